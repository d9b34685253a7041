// Worker threads that run this package's TypeScript modules.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type Transferable } from 'node:worker_threads';

/**
 * Starts a worker thread on `file`. From source (.ts, run through tsx) the worker needs tsx's loader as
 * well, which the main thread registered at start-up (bin/run-ts.mjs, bin/dossier.mjs) but a worker does
 * not inherit.
 */
export function startWorker(file: URL, workerData: unknown, transferList: Transferable[] = []): Worker {
  if (!file.pathname.endsWith('.ts')) return new Worker(file, { workerData, transferList: transferList as never });
  // require.resolve finds the CommonJS build of tsx/esm/api; the worker imports its ES module twin.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(file.href)}); })`;
  return new Worker(boot, { eval: true, workerData, transferList: transferList as never });
}
