// Shared plumbing for commands: open the store from the global options, print JSON or text.
import type { Command } from 'commander';
import { openStore, type Db } from '../store/index.ts';

export interface GlobalOptions {
  data?: string;
  databaseUrl?: string;
}

export function globalOptions(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals<GlobalOptions>();
}

/** Opens the store named by the global options, runs `fn`, and always closes the store. */
export async function withStore<T>(cmd: Command, fn: (db: Db) => Promise<T>): Promise<T> {
  const o = globalOptions(cmd);
  const db = await openStore({ dataDir: o.data, databaseUrl: o.databaseUrl });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
