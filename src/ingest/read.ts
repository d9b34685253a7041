// Reading one file into a document: format by extension, size limit, decoding, canonical text, metadata.
// Everything wrong with the file is a DossierError('bad_input') that names the file and the problem.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { marked } from 'marked';
import { parseHTML } from 'linkedom';
import { badInput, type PartialDate } from '../model/index.ts';
import { canonicalText, contentHash } from './canonical.ts';
import { decodeText } from './decode.ts';
import { blockText, dropNonText, readHtml } from './html.ts';
import { EMPTY_META, firstLineTitle, splitHeader, type DocumentMeta } from './metadata.ts';
import { readPdf } from './pdf.ts';

export type DocumentFormat = 'txt' | 'md' | 'html' | 'pdf';

export const FORMATS: Record<string, DocumentFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
};

/** Default size limit per file: 20 MB (`--max-size <MB>` or $DOSSIER_MAX_DOC_MB change it). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface ReadOptions {
  /** Largest file accepted, in bytes. */
  maxBytes?: number;
  /** Encoding of .txt/.md files when not UTF-8 (any name iconv-lite knows, e.g. windows-1252). */
  encoding?: string;
}

/** A document ready for extraction: its canonical body and what is known about it. */
export interface ReadDocument {
  file: string;
  format: DocumentFormat;
  /** Canonical NFC text of the body (header lines removed): every span points into it. */
  text: string;
  content_hash: string;
  title: string;
  author: string | null;
  publisher: string | null;
  published: PartialDate | null;
  url: string | null;
  licence: string | null;
}

export function formatOf(file: string): DocumentFormat | null {
  return FORMATS[extname(file).toLowerCase()] ?? null;
}

export function maxBytesFromEnv(): number {
  const mb = Number(process.env.DOSSIER_MAX_DOC_MB);
  return Number.isFinite(mb) && mb > 0 ? Math.round(mb * 1024 * 1024) : DEFAULT_MAX_BYTES;
}

export async function readDocument(file: string, opts: ReadOptions = {}): Promise<ReadDocument> {
  const format = formatOf(file);
  if (!format) {
    throw badInput(`unsupported file type "${extname(file) || '(none)'}" (expected ${Object.keys(FORMATS).join(', ')})`, { file });
  }
  const maxBytes = opts.maxBytes ?? maxBytesFromEnv();
  const st = await stat(file).catch((err: NodeJS.ErrnoException) => {
    throw badInput(`cannot read file (${err.code ?? err.message})`, { file });
  });
  if (!st.isFile()) throw badInput('not a regular file', { file });
  if (st.size > maxBytes) {
    throw badInput(`file is ${mb(st.size)}, over the ${mb(maxBytes)} limit (raise it with --max-size <MB>)`, { file });
  }
  const bytes = new Uint8Array(await readFile(file));
  const { text, meta } = await parse(format, bytes, file, opts);
  const body = canonicalText(text);
  if (!body.trim()) {
    const why = format === 'html' ? 'no readable text (the page holds only scripts, styles or markup)' : 'no text';
    throw badInput(why, { file });
  }
  return {
    file,
    format,
    text: body,
    content_hash: contentHash(body),
    title: meta.title ?? firstLineTitle(body) ?? basename(file),
    author: meta.author,
    publisher: meta.publisher,
    published: meta.published,
    url: meta.url,
    licence: meta.licence,
  };
}

async function parse(
  format: DocumentFormat,
  bytes: Uint8Array,
  file: string,
  opts: ReadOptions,
): Promise<{ text: string; meta: DocumentMeta }> {
  switch (format) {
    case 'pdf':
      return readPdf(bytes, file);
    case 'html':
      return readHtml(decodeHtml(bytes, file, opts));
    case 'txt': {
      const all = canonicalText(decodeText(bytes, file, opts.encoding));
      const { meta, bodyStart } = splitHeader(all);
      return { text: all.slice(bodyStart), meta };
    }
    case 'md': {
      const all = canonicalText(decodeText(bytes, file, opts.encoding));
      const { meta, bodyStart } = splitHeader(all);
      const html = await marked.parse(all.slice(bodyStart), { async: true, gfm: true });
      const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
      dropNonText(document);
      return { text: blockText(document.body as never), meta: { ...EMPTY_META, ...meta } };
    }
  }
}

/** HTML declares its charset; honour a non-UTF-8 `<meta charset>` when no --encoding is given. */
function decodeHtml(bytes: Uint8Array, file: string, opts: ReadOptions): string {
  if (opts.encoding) return decodeText(bytes, file, opts.encoding);
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString('latin1');
  const cs = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
  return decodeText(bytes, file, cs && !/^utf-?8$/i.test(cs) ? cs : undefined);
}

function mb(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.round(n / 1024)} KB`;
}
