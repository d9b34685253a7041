// The worker thread behind ingestInWorker (ingest-job.ts): reads, extracts and stores the files through
// the database the server shared with it, posting progress after each file and the summary at the end.
import { parentPort, workerData } from 'node:worker_threads';
import { ingestPaths, type IngestOptions } from '../ingest/index.ts';
import { DossierError } from '../model/index.ts';
import { attachDb, type SharedDb } from '../store/index.ts';
import type { IngestThreadMessage } from './ingest-job.ts';

const { shared, paths, kind, refresh } = workerData as { shared: SharedDb; paths: string[]; kind: IngestOptions['kind']; refresh: IngestOptions['refresh'] };
const post = (m: IngestThreadMessage) => parentPort!.postMessage(m);
const db = await attachDb(shared);
try {
  const summary = await ingestPaths(db, paths, { kind, refresh, onProgress: (done, total) => post({ progress: [done, total] }) });
  post({ summary });
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
