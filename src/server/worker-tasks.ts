// The work a server job can hand to a worker thread (worker-job.ts): each task takes the database the
// thread attached, its input (structured-cloneable) and a progress callback, and returns a cloneable result.
// Everything that ends in a verification refresh is here, so none of it holds the server's event loop.
import { ingestPaths, type IngestOptions, type IngestSummary } from '../ingest/index.ts';
import { importBundledLists, importList, type ImportResult } from '../lists/index.ts';
import type { ListId } from '../model/index.ts';
import { importReference } from '../reference/index.ts';
import type { Db } from '../store/index.ts';
import { rateSource, refreshVerification, type RefreshSummary } from '../verify/index.ts';

export type Progress = (done: number, total: number | null, message?: string) => void;

export const WORKER_TASKS = {
  ingest: async (db: Db, input: { paths: string[]; kind?: IngestOptions['kind']; refresh?: boolean }, progress: Progress): Promise<IngestSummary> =>
    ingestPaths(db, input.paths, { kind: input.kind, refresh: input.refresh, onProgress: (done, total) => progress(done, total) }),

  /** One list file as a list version, then the refresh (list entries → designation measures; official records vs claims). */
  'import-list': async (db: Db, input: { path: string; list?: ListId; partial?: boolean }, progress: Progress): Promise<ImportResult & { refresh: RefreshSummary }> => {
    const r = await importList(db, input.path, { list: input.list, partial: input.partial, onProgress: (p) => progress(p.entries, null, `${p.entries} entries read`) });
    progress(r.entries, null, 'refreshing the verification');
    const refresh = await refreshVerification(db);
    return { ...r, refresh };
  },

  'import-reference': async (db: Db, _input: unknown) => importReference(db),

  'import-bundled-lists': async (db: Db, _input: unknown, progress: Progress) =>
    importBundledLists(db, (p) => progress(p.result ? p.index + 1 : p.index, p.total, p.file)),

  refresh: async (db: Db, input: { full?: boolean }) => refreshVerification(db, input),

  /** A source's new rating and the refresh it calls for, in one transaction (a request waits for it). */
  'rate-source': async (db: Db, input: { source: string; code: string; note?: string; reviewer?: string }) =>
    rateSource(db, input.source, input.code, {
      ...(input.note !== undefined ? { note: input.note } : {}),
      ...(input.reviewer !== undefined ? { reviewer: input.reviewer } : {}),
    }),
} satisfies Record<string, (db: Db, input: never, progress: Progress) => Promise<unknown>>;

export type WorkerTask = keyof typeof WORKER_TASKS;
export type TaskInput<T extends WorkerTask> = Parameters<(typeof WORKER_TASKS)[T]>[1];
export type TaskResult<T extends WorkerTask> = Awaited<ReturnType<(typeof WORKER_TASKS)[T]>>;
