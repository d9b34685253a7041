// Worker threads that run this package's TypeScript modules.
import { createRequire } from 'node:module';
import { getPriority, setPriority } from 'node:os';
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

/** How far below the thread that serves requests a background thread (a job's, PGlite's) runs: nice +10. */
export const BACKGROUND_NICE = 10;

/**
 * Lowers the calling thread's scheduling priority by BACKGROUND_NICE (at most to 19), so that when the cores
 * are short the server's thread, idle most of the time, is given one before a job's or PGlite's busy thread.
 * Linux shares the cores between sessions (autogroup) and then between the threads of one: the server's
 * thread competes with its own process's job first (docs/api.md, "The server thread during a list import").
 * On Linux a priority is per thread; elsewhere setPriority(0) would lower the whole process: nothing done.
 */
export function lowerThreadPriority(): void {
  if (process.platform !== 'linux') return;
  setPriority(0, Math.min(19, getPriority(0) + BACKGROUND_NICE));
}
