// Ingest off the HTTP thread: a job's reading, extraction and writing run in a worker thread of their own
// (ingest-thread.ts), which reaches the server's database through db.share() — on PGlite a port to the
// worker hosting it, on PostgreSQL its own pool. The server thread only relays progress.
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IngestOptions, IngestSummary } from '../ingest/index.ts';
import { DossierError, type ErrorCode, type Where } from '../model/index.ts';
import { startWorker } from '../util/worker.ts';
import type { JobContext } from './jobs.ts';

export type IngestThreadMessage =
  | { progress: [done: number, total: number] }
  | { summary: IngestSummary }
  | { error: { code: ErrorCode; message: string; where?: Where | undefined } };

const THREAD = new URL(`./ingest-thread${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

/** ingestPaths(ctx.db, paths, { kind, refresh }) in a worker thread, reporting each file as job progress. */
export async function ingestInWorker(ctx: JobContext, paths: string[], opts: Pick<IngestOptions, 'kind' | 'refresh'> = {}): Promise<IngestSummary> {
  const shared = await ctx.db.share();
  const transfer = shared.engine === 'pglite' ? [shared.port] : [];
  const worker = startWorker(THREAD, { shared, paths, kind: opts.kind, refresh: opts.refresh }, transfer);
  return new Promise<IngestSummary>((resolve, reject) => {
    let settled = false;
    worker.on('message', (m: IngestThreadMessage) => {
      if ('progress' in m) return ctx.progress(m.progress[0], m.progress[1]);
      settled = true;
      if ('summary' in m) resolve(m.summary);
      else reject(new DossierError(m.error.code, m.error.message, m.error.where));
    });
    worker.on('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new DossierError('internal', `the ingest worker stopped (exit code ${code}) before it finished`));
    });
  });
}
