// Long work off the HTTP thread: a job's task (worker-tasks.ts: ingest, list import, reference import,
// verification refresh) runs in a worker thread of its own (job-thread.ts), which reaches the server's
// database through db.share() — on PGlite a port to the worker hosting it, on PostgreSQL its own pool. The
// server thread only relays progress, so its event loop stays free to answer requests.
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IngestOptions, IngestSummary } from '../ingest/index.ts';
import { DossierError, type ErrorCode, type Where } from '../model/index.ts';
import { startWorker } from '../util/worker.ts';
import type { JobContext } from './jobs.ts';
import type { TaskInput, TaskResult, WorkerTask } from './worker-tasks.ts';

export type JobThreadMessage =
  | { progress: [done: number, total: number | null, message?: string] }
  | { result: unknown }
  | { error: { code: ErrorCode; message: string; where?: Where | undefined } };

const THREAD = new URL(`./job-thread${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

/** WORKER_TASKS[task](db, input) in a worker thread on ctx.db, its progress reported as the job's (or dropped). */
export async function runInWorker<T extends WorkerTask>(ctx: Pick<JobContext, 'db' | 'progress'>, task: T, input: TaskInput<T>): Promise<TaskResult<T>> {
  const shared = await ctx.db.share();
  const transfer = shared.engine === 'pglite' ? [shared.port] : [];
  const worker = startWorker(THREAD, { shared, task, input }, transfer);
  return new Promise<TaskResult<T>>((resolve, reject) => {
    let settled = false;
    worker.on('message', (m: JobThreadMessage) => {
      if ('progress' in m) return ctx.progress(m.progress[0], m.progress[1], m.progress[2]);
      settled = true;
      if ('result' in m) resolve(m.result as TaskResult<T>);
      else reject(new DossierError(m.error.code, m.error.message, m.error.where));
    });
    worker.on('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new DossierError('internal', `the ${task} worker stopped (exit code ${code}) before it finished`));
    });
  });
}

/** ingestPaths(ctx.db, paths, { kind, refresh }) in a worker thread, reporting each file as job progress. */
export async function ingestInWorker(ctx: JobContext, paths: string[], opts: Pick<IngestOptions, 'kind' | 'refresh'> = {}): Promise<IngestSummary> {
  return runInWorker(ctx, 'ingest', { paths, kind: opts.kind, refresh: opts.refresh });
}
