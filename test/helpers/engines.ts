// Every store test runs on both engines. PGlite in memory; PostgreSQL in a throw-away database created on
// the server named by DATABASE_URL (default: the local trust-auth server). PostgreSQL being down is a
// failure, never a skip.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate, openStore, type Db } from '../../src/store/index.ts';
import { openPglite, openPostgres } from '../../src/store/db.ts';
import type { Migration } from '../../src/store/migrate.ts';

export const ENGINES = ['pglite', 'postgres'] as const;
export type Engine = (typeof ENGINES)[number];

export const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export interface TestStore {
  db: Db;
  /** The connection string of the throw-away database (postgres only), for spawning the CLI against it. */
  url: string | null;
  cleanup(): Promise<void>;
}

/**
 * A new empty database with every migration applied, or only `migrations` when given (to test the
 * upgrade of a store an earlier version created).
 */
export async function freshStore(engine: Engine, migrations?: Migration[]): Promise<TestStore> {
  const open = async (url: string | undefined): Promise<Db> => {
    if (!migrations) return url ? openStore({ databaseUrl: url }) : openStore({ dataDir: 'memory', databaseUrl: '' });
    const db = url ? await openPostgres(url) : await openPglite(undefined);
    await migrate(db, migrations);
    return db;
  };
  if (engine === 'pglite') {
    const db = await open(undefined);
    return { db, url: null, cleanup: () => db.close() };
  }
  const name = `dossier_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = withDatabase(ADMIN_URL, name);
  const db = await open(url);
  return {
    db,
    url,
    async cleanup() {
      await db.close();
      const a = new pg.Client({ connectionString: ADMIN_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}
