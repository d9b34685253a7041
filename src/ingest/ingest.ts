// The ingest pipeline: files → documents → extraction → one transaction per document. One file's
// failure never stops the others; the summary says what happened to each.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DossierError, badInput, type SourceKind } from '../model/index.ts';
import { deferIndexes, restoreIndexes, type Db } from '../store/index.ts';
import type { Extraction, GazetteerEntry } from '../extract/types.ts';
import { defaultExtractor, extractMany, type Extractor } from './extractor.ts';
import { existingSources, loadGazetteer, storeDocument, storeDocuments, type StoredCounts } from './queries.ts';
import { formatOf, readDocument, type ReadDocument, type ReadOptions } from './read.ts';
import { sourceIdFor, toRows, type DocumentRows } from './records.ts';
import { refreshVerification } from '../verify/index.ts';

export interface IngestOptions extends ReadOptions {
  /** The sources.kind of every document: news (default), op-ed, official, think-tank, encyclopedia. */
  kind?: SourceKind;
  /** Defaults to every name and alias in the store. */
  gazetteer?: GazetteerEntry[];
  extractor?: Extractor;
  /**
   * Documents written per transaction (default 50, the first batches smaller: see batchStarts); a failed
   * batch is retried one document at a time.
   */
  batchSize?: number;
  /**
   * Batches in flight at once (default 2): while one batch's transaction runs in the database (the
   * PostgreSQL server, or PGlite's own worker thread), the next is read and extracted in this thread.
   */
  concurrency?: number;
  /**
   * Refresh verification (evidence links, contradictions, suggested verdicts) once the files are stored
   * (default true). The ingest bench turns it off to time the two apart.
   */
  refresh?: boolean;
  /**
   * Drop the search indexes of the tables ingest fills (full-text, secondary B-trees) and build them once
   * at the end, failure or not (src/store/indexes.ts). Default: when there are at least BULK_MIN files and
   * no fewer than the sources already stored, where one build is cheaper than a row-by-row update.
   * Meanwhile the store answers every query as before, searches without their index.
   */
  deferIndexes?: boolean;
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

/**
 * Expands files and folders (recursively, sorted, dot-files left out) into the files to ingest. A folder's
 * entries are typed by readdir itself (no stat per file: a 10,000-file folder took seconds of stat calls
 * before the first document was read); only entries readdir cannot type (a symbolic link, a file system
 * that gives no type) are stat-ed, as every path was before.
 */
export async function listInputs(paths: string[]): Promise<{ files: string[]; skipped: string[] }> {
  const files: string[] = [];
  const skipped: string[] = [];
  const visit = async (p: string, explicit: boolean, known?: 'file' | 'dir'): Promise<void> => {
    const kind = known ?? (await stat(p).then((st) => (st.isDirectory() ? 'dir' : 'file'), () => null));
    if (!kind) {
      files.push(p); // reported as a failure with its reason when read
      return;
    }
    if (kind === 'dir') {
      const entries = (await readdir(p, { withFileTypes: true })).filter((e) => !e.name.startsWith('.'));
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) await visit(join(p, e.name), false, e.isDirectory() ? 'dir' : e.isFile() ? 'file' : undefined);
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
  return extractor(doc.text, optionsOf(doc, gazetteer));
}

const optionsOf = (doc: ReadDocument, gazetteer: GazetteerEntry[]) => ({
  gazetteer,
  published: doc.published,
  title: doc.title,
  author: doc.author,
  publisher: doc.publisher,
});

/** Ingests one file; never throws for the file's own problems (they come back as a failed result). */
export async function ingestFile(
  db: Db,
  file: string,
  gazetteer: GazetteerEntry[],
  opts: IngestOptions = {},
): Promise<FileResult> {
  return (await ingestBatch(db, [file], gazetteer, opts))[0]!;
}

function failure(file: string, err: unknown): FileResult {
  const e = err instanceof DossierError ? err : null;
  const message = e ? e.describe() : (err as Error).message;
  return { file, status: 'failed', error: e?.where?.file ? message : `${file}: ${message}`, code: e?.code ?? 'internal' };
}

/** A batch on its way through the pipeline: read and checked (`docs` are the new ones), then extracted (`todo`). */
interface Batch {
  files: string[];
  results: FileResult[];
  docs: Array<{ i: number; doc: ReadDocument; id: string }>;
  todo: Array<{ i: number; rows: DocumentRows }>;
}

/** Reads each file of the batch on its own; a file that cannot be read fails alone. */
async function readBatch(files: string[], opts: IngestOptions): Promise<Batch> {
  const results: FileResult[] = new Array<FileResult>(files.length);
  const docs: Batch['docs'] = [];
  for (let i = 0; i < files.length; i++) {
    try {
      const doc = await readDocument(files[i]!, opts);
      docs.push({ i, doc, id: sourceIdFor(doc.content_hash) });
    } catch (err) {
      results[i] = failure(files[i]!, err);
    }
  }
  return { files, results, docs, todo: [] };
}

/** Marks the documents the store already has (and a text twice in the batch) unchanged: they are not extracted. */
async function checkBatch(db: Db, b: Batch): Promise<Batch> {
  const seen = await existingSources(db, b.docs.map((d) => d.id)).catch(() => new Set<string>());
  b.docs = b.docs.filter(({ i, doc, id }) => {
    if (seen.has(id)) {
      b.results[i] = { file: doc.file, status: 'unchanged', source_id: id, title: doc.title };
      return false;
    }
    seen.add(id); // the same text twice in one batch: the second is unchanged
    return true;
  });
  return b;
}

/** Extracts the new documents and turns each extraction into rows; a document that fails here fails alone. */
function extractBatch(b: Batch, gazetteer: GazetteerEntry[], opts: IngestOptions): Batch {
  const extractor = opts.extractor ?? defaultExtractor;
  // the default extractor takes the batch's documents through each of its stages together (`extractMany`: the
  // same output, ~1.15× faster); should that throw, one document at a time finds the one at fault
  let many: Extraction[] | null = null;
  if (extractor === defaultExtractor && b.docs.length > 1) {
    try {
      many = extractMany(b.docs.map(({ doc }) => ({ body: doc.text, opts: optionsOf(doc, gazetteer) })));
    } catch {
      many = null;
    }
  }
  b.docs.forEach(({ i, doc }, k) => {
    try {
      const extraction = many ? many[k]! : runExtractor(doc, gazetteer, extractor);
      b.todo.push({ i, rows: toRows(doc, opts.kind ?? 'news', extraction) });
    } catch (err) {
      b.results[i] = failure(doc.file, err);
    }
  });
  b.docs = []; // the texts are in the rows now
  return b;
}

/**
 * Writes the batch's rows in one transaction. Should that transaction fail, each document is written again
 * in a transaction of its own, so a bad document fails alone and every document is stored whole or not at all.
 */
async function storeBatch(db: Db, b: Batch): Promise<FileResult[]> {
  const { files, results, todo } = b;
  const done = (i: number, rows: DocumentRows, c: StoredCounts): FileResult =>
    c.created
      ? {
          file: files[i]!,
          status: 'ingested',
          source_id: rows.source.id,
          title: rows.source.title,
          mentions: c.mentions,
          unknown_names: rows.mentions.filter((m) => !m.known).length,
          claims: c.claims,
          demands: c.demands,
        }
      : { file: files[i]!, status: 'unchanged', source_id: rows.source.id, title: rows.source.title };
  if (todo.length > 1) {
    try {
      const counts = await storeDocuments(db, todo.map((t) => t.rows));
      todo.forEach((t, k) => (results[t.i] = done(t.i, t.rows, counts[k]!)));
      return results;
    } catch {
      // fall through: one transaction per document finds the one at fault
    }
  }
  for (const t of todo) {
    try {
      results[t.i] = done(t.i, t.rows, await storeDocument(db, t.rows));
    } catch (err) {
      results[t.i] = failure(files[t.i]!, err);
    }
  }
  return results;
}

/**
 * Ingests a batch of files: each is read and checked on its own; the new ones are extracted and written
 * together in one transaction. Should that transaction fail, each document is written again in a
 * transaction of its own, so a bad document fails alone and every document is stored whole or not at all.
 */
export async function ingestBatch(
  db: Db,
  files: string[],
  gazetteer: GazetteerEntry[],
  opts: IngestOptions = {},
): Promise<FileResult[]> {
  const b = await checkBatch(db, await readBatch(files, opts));
  return storeBatch(db, extractBatch(b, gazetteer, opts));
}

/** Documents per batch by default; the first batches are smaller (RAMP, then doubling up to it). */
const BATCH = 50;
const RAMP = 5;

/**
 * Where each batch starts. With the default size the first batches grow (5, 10, 20, 40, then 50): the
 * first extraction runs on a cold extractor (its code not yet compiled) while the database has nothing to
 * do, so a small first batch gets the database writing sooner, and each next batch is extracted while
 * the one before is written. An explicit `batchSize` is used from the first batch on.
 */
export function batchStarts(n: number, batchSize?: number): number[] {
  const size = Math.max(1, batchSize ?? BATCH);
  let next = batchSize === undefined ? Math.min(RAMP, size) : size;
  const starts: number[] = [];
  for (let i = 0; i < n; i += next, next = Math.min(size, next * 2)) starts.push(i);
  return starts;
}

/**
 * Ingests files and folders in batches; every document is stored whole or not at all.
 *
 * A pipeline: while batch k's transaction runs in the database, batch k+1 is extracted in this thread.
 * Batch k+1 is read and checked against the store (which of its texts are there already) before batch k's
 * transaction starts, as PGlite runs one statement at a time and a check sent later would wait for the
 * whole transaction, leaving the extraction of k+1 nothing to overlap.
 */
export async function ingestPaths(db: Db, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  if (paths.length === 0) throw badInput('nothing to ingest: name at least one file or folder');
  // the folder walk and the gazetteer's queries overlap (the database works while the folders are read)
  const [{ files, skipped }, gazetteer] = await Promise.all([listInputs(paths), opts.gazetteer ?? loadGazetteer(db)]);
  const deferred = (opts.deferIndexes ?? (await isBulk(db, files.length))) ? await deferIndexes(db) : [];
  let results: FileResult[];
  try {
    results = await ingestFiles(db, files, gazetteer, opts);
  } catch (err) {
    // the indexes are built again whatever happened (should that fail too, the next openStore builds them);
    // the ingest's own error is the one reported
    if (deferred.length > 0) await restoreIndexes(db).catch(() => undefined);
    throw err;
  }
  if (deferred.length > 0) await restoreIndexes(db);
  // New claims: link evidence, surface contradictions, recompute suggested verdicts.
  if (opts.refresh !== false && results.some((r) => r?.status === 'ingested')) await refreshVerification(db);
  return summarise(results, skipped);
}

/** Files from which an ingest defers its indexes by default (when the store holds no more sources). */
export const BULK_MIN = 1000;

/** Whether an ingest of `n` files is a bulk load: at least BULK_MIN files, and no fewer than the sources stored. */
async function isBulk(db: Db, n: number): Promise<boolean> {
  if (n < BULK_MIN) return false;
  const [{ stored }] = (await db.query<{ stored: number }>(
    'SELECT count(*)::int AS stored FROM (SELECT 1 FROM sources LIMIT $1) s',
    [n + 1],
  )) as [{ stored: number }];
  return stored <= n;
}

/** The pipeline of ingestPaths over the listed files: their results, in order. */
async function ingestFiles(db: Db, files: string[], gazetteer: GazetteerEntry[], opts: IngestOptions): Promise<FileResult[]> {
  const starts = batchStarts(files.length, opts.batchSize);
  const results: FileResult[] = new Array<FileResult>(files.length);
  // Batches in flight: one (or more, on PostgreSQL) being written, one being prepared.
  const depth = Math.max(1, opts.concurrency ?? 2);
  let done = 0;
  const prepare = async (k: number) => checkBatch(db, await readBatch(files.slice(starts[k]!, starts[k + 1] ?? files.length), opts));
  const writing: Array<Promise<void>> = [];
  let next = starts.length > 0 ? await prepare(0) : null;
  for (let k = 0; next; k++) {
    const current = extractBatch(next, gazetteer, opts);
    next = k + 1 < starts.length ? await prepare(k + 1) : null;
    while (writing.length > 0 && writing.length >= depth - 1) await writing.shift();
    const start = starts[k]!;
    const w = storeBatch(db, current).then((out) =>
      out.forEach((r, j) => {
        results[start + j] = r;
        opts.onProgress?.(++done, files.length, r);
      }),
    );
    w.catch(() => undefined); // awaited below; this keeps a failure from being reported as unhandled meanwhile
    writing.push(w);
    if (depth === 1) await writing.shift();
  }
  await Promise.all(writing);
  return results;
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
