// The ingest pipeline: files → documents → extraction → one transaction per document. One file's
// failure never stops the others; the summary says what happened to each.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DossierError, badInput, type SourceKind } from '../model/index.ts';
import type { Db } from '../store/index.ts';
import type { Extraction, GazetteerEntry } from '../extract/types.ts';
import { defaultExtractor, type Extractor } from './extractor.ts';
import { loadGazetteer, sourceExists, storeDocument } from './queries.ts';
import { formatOf, readDocument, type ReadDocument, type ReadOptions } from './read.ts';
import { sourceIdFor, toRows } from './records.ts';

export interface IngestOptions extends ReadOptions {
  /** The sources.kind of every document: news (default), op-ed, official, think-tank, encyclopedia. */
  kind?: SourceKind;
  /** Defaults to every name and alias in the store. */
  gazetteer?: GazetteerEntry[];
  extractor?: Extractor;
  /**
   * Documents in flight at once (each in its own transaction). Default: 4 on PostgreSQL, where a
   * document's commit waits on the server while the next one is read and extracted; 1 on PGlite, which
   * runs in this thread.
   */
  concurrency?: number;
  /** Called after each file. */
  onProgress?: (done: number, total: number, last: FileResult) => void;
}

export type FileStatus = 'ingested' | 'unchanged' | 'failed';

export interface FileResult {
  file: string;
  status: FileStatus;
  source_id?: string;
  title?: string;
  mentions?: number;
  unknown_names?: number;
  claims?: number;
  demands?: number;
  /** For failures: the problem, naming the file. */
  error?: string;
  code?: string;
}

export interface IngestSummary {
  ingested: number;
  unchanged: number;
  failed: number;
  /** Files in the given folders that are not a supported format. */
  skipped: string[];
  files: FileResult[];
  failures: Array<{ file: string; error: string }>;
}

/** Expands files and folders (recursively, sorted, dot-files left out) into the files to ingest. */
export async function listInputs(paths: string[]): Promise<{ files: string[]; skipped: string[] }> {
  const files: string[] = [];
  const skipped: string[] = [];
  const visit = async (p: string, explicit: boolean): Promise<void> => {
    const st = await stat(p).catch(() => null);
    if (!st) {
      files.push(p); // reported as a failure with its reason when read
      return;
    }
    if (st.isDirectory()) {
      const names = (await readdir(p)).filter((n) => !n.startsWith('.')).sort();
      for (const n of names) await visit(join(p, n), false);
      return;
    }
    if (explicit || formatOf(p)) files.push(p);
    else skipped.push(p);
  };
  for (const p of paths) await visit(p, true);
  return { files, skipped };
}

/** Reads and extracts one file without storing anything. */
export async function extractFile(
  file: string,
  gazetteer: GazetteerEntry[],
  opts: ReadOptions & { extractor?: Extractor } = {},
): Promise<{ document: ReadDocument; extraction: Extraction }> {
  const document = await readDocument(file, opts);
  const extraction = runExtractor(document, gazetteer, opts.extractor ?? defaultExtractor);
  return { document, extraction };
}

function runExtractor(doc: ReadDocument, gazetteer: GazetteerEntry[], extractor: Extractor): Extraction {
  return extractor(doc.text, {
    gazetteer,
    published: doc.published,
    title: doc.title,
    author: doc.author,
    publisher: doc.publisher,
  });
}

/** Ingests one file; never throws for the file's own problems (they come back as a failed result). */
export async function ingestFile(
  db: Db,
  file: string,
  gazetteer: GazetteerEntry[],
  opts: IngestOptions = {},
): Promise<FileResult> {
  try {
    const doc = await readDocument(file, opts);
    const id = sourceIdFor(doc.content_hash);
    if (await sourceExists(db, id)) return { file, status: 'unchanged', source_id: id, title: doc.title };
    const extraction = runExtractor(doc, gazetteer, opts.extractor ?? defaultExtractor);
    const rows = toRows(doc, opts.kind ?? 'news', extraction);
    const counts = await storeDocument(db, rows);
    if (!counts.created) return { file, status: 'unchanged', source_id: id, title: doc.title };
    return {
      file,
      status: 'ingested',
      source_id: id,
      title: doc.title,
      mentions: counts.mentions,
      unknown_names: rows.mentions.filter((m) => !m.known).length,
      claims: counts.claims,
      demands: counts.demands,
    };
  } catch (err) {
    const e = err instanceof DossierError ? err : null;
    const message = e ? e.describe() : `${file}: ${(err as Error).message}`;
    return { file, status: 'failed', error: e?.where?.file ? message : `${file}: ${message}`, code: e?.code ?? 'internal' };
  }
}

/** Ingests files and folders; each document in its own transaction. */
export async function ingestPaths(db: Db, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  if (paths.length === 0) throw badInput('nothing to ingest: name at least one file or folder');
  const { files, skipped } = await listInputs(paths);
  const gazetteer = opts.gazetteer ?? (await loadGazetteer(db));
  const results: FileResult[] = new Array<FileResult>(files.length);
  const workers = Math.max(1, Math.min(opts.concurrency ?? (db.engine === 'postgres' ? 4 : 1), files.length));
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      const r = await ingestFile(db, files[i]!, gazetteer, opts);
      results[i] = r;
      opts.onProgress?.(++done, files.length, r);
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  return summarise(results, skipped);
}

export function summarise(files: FileResult[], skipped: string[] = []): IngestSummary {
  const count = (s: FileStatus) => files.filter((f) => f.status === s).length;
  return {
    ingested: count('ingested'),
    unchanged: count('unchanged'),
    failed: count('failed'),
    skipped,
    files,
    failures: files.filter((f) => f.status === 'failed').map((f) => ({ file: f.file, error: f.error ?? '' })),
  };
}

/** Exit code for a summary: 0 all well, 2 when any file was bad input, 1 when anything else failed. */
export function exitCodeForSummary(s: IngestSummary): number {
  if (s.failed === 0) return 0;
  return s.files.some((f) => f.status === 'failed' && f.code !== 'bad_input') ? 1 : 2;
}
