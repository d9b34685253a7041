// PDF → text and metadata with unpdf (PDF.js). Pages are joined by a blank line; lines within a page keep
// their line ends. A PDF that PDF.js cannot open, that is encrypted, or that has no text layer is bad input.
import type * as UnpdfModule from 'unpdf';
import { badInput } from '../model/index.ts';
import { EMPTY_META, parseDate, type DocumentMeta } from './metadata.ts';

export interface PdfDocument {
  text: string;
  meta: DocumentMeta;
}

type Unpdf = typeof UnpdfModule;
let unpdf: Promise<Unpdf> | null = null;

/**
 * unpdf, loaded on first use. PDF.js prints "Warning: Please use the `legacy` build in Node.js" with
 * console.log when it loads (on stdout, where it would spoil --json output); that one line is held back.
 */
function loadUnpdf(): Promise<Unpdf> {
  unpdf ??= (async () => {
    const log = console.log;
    console.log = (...args: unknown[]) => {
      if (typeof args[0] === 'string' && args[0].includes('`legacy` build')) return;
      log(...args);
    };
    try {
      const mod = await import('unpdf');
      await mod.getResolvedPDFJS();
      return mod;
    } finally {
      console.log = log;
    }
  })();
  return unpdf;
}

export async function readPdf(bytes: Uint8Array, file: string): Promise<PdfDocument> {
  if (!startsWithPdfMagic(bytes)) throw badInput('not a PDF (no %PDF- signature at the start)', { file });
  const { extractText, getDocumentProxy, getMeta } = await loadUnpdf();
  let pdf: Awaited<ReturnType<Unpdf['getDocumentProxy']>>;
  try {
    // PDF.js detaches the buffer it is given: hand it a copy. verbosity 0: errors only, no console noise.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
  } catch (err) {
    const e = err as Error;
    const why = e.name === 'PasswordException' ? 'encrypted PDF (password required)' : `corrupt PDF (${e.message})`;
    throw badInput(why, { file });
  }
  try {
    const { text } = await extractText(pdf, { mergePages: false });
    const body = text
      .map((page) => page.replace(/[ \t]+\n/g, '\n').trim())
      .filter((page) => page.length > 0)
      .join('\n\n');
    if (!body) throw badInput('the PDF has no text layer (a scan?); run OCR first', { file });
    const { info } = (await getMeta(pdf)) as { info: Record<string, unknown> };
    const str = (k: string) => (typeof info[k] === 'string' && (info[k] as string).trim()) || null;
    const meta: DocumentMeta = {
      ...EMPTY_META,
      title: str('Title'),
      author: str('Author'),
      publisher: null,
      published: parseDate(str('CreationDate') ?? '') ?? null,
    };
    return { text: body, meta };
  } catch (err) {
    if (err instanceof Error && err.name === 'DossierError') throw err;
    throw badInput(`corrupt PDF (${(err as Error).message})`, { file });
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

function startsWithPdfMagic(b: Uint8Array): boolean {
  // The signature may follow up to 1 KB of junk, as readers allow.
  const head = Buffer.from(b.buffer, b.byteOffset, Math.min(b.byteLength, 1024)).toString('latin1');
  return head.includes('%PDF-');
}
