// The worker thread behind runInWorker (worker-job.ts): attaches the database the server shared with it,
// runs one task of worker-tasks.ts, posting progress as it goes and the result (or the error) at the end.
import { parentPort, workerData } from 'node:worker_threads';
import { DossierError } from '../model/index.ts';
import { attachDb, type SharedDb } from '../store/index.ts';
import type { JobThreadMessage } from './worker-job.ts';
import { WORKER_TASKS, type WorkerTask } from './worker-tasks.ts';

const { shared, task, input } = workerData as { shared: SharedDb; task: WorkerTask; input: never };
const post = (m: JobThreadMessage) => parentPort!.postMessage(m);
const db = await attachDb(shared);
try {
  const run = WORKER_TASKS[task] as (db: unknown, input: unknown, progress: (done: number, total: number | null, message?: string) => void) => Promise<unknown>;
  const result = await run(db, input, (done, total, message) => post({ progress: message === undefined ? [done, total] : [done, total, message] }));
  post({ result });
} catch (err) {
  post({
    error:
      err instanceof DossierError
        ? { code: err.code, message: err.message, where: err.where }
        : { code: 'internal', message: (err as Error).message ?? String(err) },
  });
} finally {
  await db.close();
}
