// A bench's helper process: a TypeScript module run by bin/run-ts.mjs in a child process of its own, with
// an IPC channel, whose first message says it is ready (bench/load-driver.ts, bench/extract-tool.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const RUN_TS = fileURLToPath(new URL('../bin/run-ts.mjs', import.meta.url));

/**
 * Starts `module` (a path) with `args` and waits for its first message, which it returns beside the child.
 * Rejects, naming `what`, if the child fails to start or exits first.
 */
export async function startChild<T>(module: string, args: string[], what: string, stdout: 'ignore' | 'inherit' = 'ignore'): Promise<{ child: ChildProcess; ready: T }> {
  const child = spawn(process.execPath, [RUN_TS, module, ...args], { stdio: ['ignore', stdout, 'inherit', 'ipc'] });
  let onError!: (e: Error) => void;
  let onExit!: (code: number | null) => void;
  try {
    const ready = await new Promise<T>((resolve, reject) => {
      onError = reject;
      onExit = (code) => reject(new Error(`${what} stopped (exit code ${code})`));
      child.once('message', (m) => resolve(m as T));
      child.once('error', onError);
      child.once('exit', onExit);
    });
    return { child, ready };
  } finally {
    child.off('error', onError);
    child.off('exit', onExit);
  }
}
