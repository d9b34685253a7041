// The store's front door: openStore() picks the engine, applies migrations and hands back a Db.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { openPglite, openPostgres, type Db } from './db.ts';
import { migrate } from './migrate.ts';
import { lockDataDir } from './lock.ts';
import { restoreIndexes } from './indexes.ts';

export type { Db, Queryable, Row, SharedDb } from './db.ts';
export { attachDb } from './db.ts';
export { migrate, loadMigrations } from './migrate.ts';
export { tableCounts, COUNTED_TABLES } from './stats.ts';
export { upsertRows } from './upsert.ts';
export { BULK_DEFERRABLE_INDEXES, deferIndexes, restoreIndexes } from './indexes.ts';

export interface StoreOptions {
  /** PostgreSQL connection string; defaults to $DATABASE_URL. When unset, PGlite is used. */
  databaseUrl?: string;
  /** PGlite data folder; defaults to $DOSSIER_DATA or ./.dossier. 'memory' keeps it in memory. */
  dataDir?: string;
}

export function dataDirOf(opts: StoreOptions = {}): string {
  return resolve(opts.dataDir ?? process.env.DOSSIER_DATA ?? '.dossier');
}

export async function openStore(opts: StoreOptions = {}): Promise<Db> {
  const url = opts.databaseUrl ?? process.env.DATABASE_URL;
  let db: Db;
  if (url) {
    db = await openPostgres(url);
  } else if (opts.dataDir === 'memory') {
    db = await openPglite(undefined);
  } else {
    const dir = dataDirOf(opts);
    mkdirSync(dir, { recursive: true });
    const release = lockDataDir(dir);
    try {
      db = await openPglite(`${dir}/pgdata`);
    } catch (err) {
      release();
      throw err;
    }
    const close = db.close;
    db = { ...db, close: async () => { try { await close(); } finally { release(); } } };
  }
  try {
    await migrate(db);
    // indexes a killed bulk ingest dropped (src/store/indexes.ts) are built before anyone reads the store
    await restoreIndexes(db);
  } catch (err) {
    // (a store that cannot be made ready is closed: its connections, and PGlite's folder lock, freed)
    await db.close().catch(() => undefined);
    throw err;
  }
  return db;
}
