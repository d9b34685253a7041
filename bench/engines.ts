// Runs a bench body on a fresh store of each engine: PGlite in memory, and a throw-away PostgreSQL
// database (the same one the tests use: test/helpers/engines.ts), dropped afterwards.
import type { Db } from '../src/store/index.ts';
import { freshStore, type Engine } from '../test/helpers/engines.ts';

export const ENGINE_LABEL: Record<Engine, string> = { pglite: 'PGlite', postgres: 'PostgreSQL' };

export async function onFreshStore<T>(engine: Engine, fn: (db: Db) => Promise<T>): Promise<T> {
  const s = await freshStore(engine);
  try {
    return await fn(s.db);
  } finally {
    await s.cleanup();
  }
}
