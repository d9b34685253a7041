// One database interface over two engines: PGlite (embedded, a data folder) and PostgreSQL (DATABASE_URL).
// Both speak the same SQL; callers never know which one they have.
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import type { HostError, HostReply, HostRequest } from './pglite-protocol.ts';

export type Row = Record<string, unknown>;

export interface Queryable {
  query<T extends Row = Row>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs several statements separated by semicolons, with no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly engine: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: everything it writes lands together or not at all. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * PGlite hosted in a worker thread (pglite-host.ts): statements are posted to it and their rows come back,
 * so no statement ever blocks the caller's event loop. A transaction holds the engine (other callers'
 * statements wait, as PGlite serialises them anyway). `dataDir` undefined keeps the database in memory.
 */
export async function openPglite(dataDir: string | undefined): Promise<Db> {
  const host = startHost(new URL(`./pglite-host${extname(fileURLToPath(import.meta.url))}`, import.meta.url), { dataDir });
  const pending = new Map<number, { resolve: (r: HostReply & { ok: true }) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let gone: Error | null = null;
  // The worker keeps the process alive only while a reply is awaited (as an in-thread engine would).
  const settle = (r: HostReply) => {
    const p = pending.get(r.id);
    if (!p) return;
    pending.delete(r.id);
    if (pending.size === 0) host.unref();
    if (r.ok) p.resolve(r);
    else p.reject(toError(r.error));
  };
  const fail = (err: Error) => {
    gone ??= err;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  host.on('message', settle);
  host.on('error', (err) => fail(new Error(`the PGlite worker failed: ${err.message}`, { cause: err })));
  host.on('exit', () => fail(new Error('the PGlite database is closed')));

  type Request = HostRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
  const send = (req: Request): Promise<HostReply & { ok: true }> =>
    new Promise((resolve, reject) => {
      if (gone) return reject(gone);
      if (pending.size === 0) host.ref();
      const id = nextId++;
      pending.set(id, { resolve, reject });
      host.postMessage({ ...req, id });
    });
  // The host's first message (id 0) says whether PGlite opened.
  host.ref();
  try {
    await new Promise((resolve, reject) => pending.set(0, { resolve, reject }));
  } catch (err) {
    await host.terminate();
    throw new Error(`cannot open the PGlite database${dataDir ? ` in ${dataDir}` : ''}: ${(err as Error).message}`, { cause: err });
  }

  const on = (tx?: number): Queryable => ({
    async query<T extends Row>(sql: string, params: unknown[] = []) {
      return (await send({ op: 'query', sql, params, tx })).rows as T[];
    },
    async exec(sql: string) {
      await send({ op: 'exec', sql, tx });
    },
  });
  return {
    engine: 'pglite',
    ...on(),
    async transaction(fn) {
      const { tx } = await send({ op: 'begin' });
      let out;
      try {
        out = await fn(on(tx));
      } catch (err) {
        await send({ op: 'end', tx: tx!, commit: false }).catch(() => undefined);
        throw err;
      }
      await send({ op: 'end', tx: tx!, commit: true });
      return out;
    },
    async close() {
      if (gone) return;
      await send({ op: 'close' });
      await host.terminate();
    },
  };
}

/** A PostgreSQL error from the host, rebuilt with its fields (code, detail, constraint…) as own properties. */
function toError(e: HostError): Error {
  return Object.assign(new Error(e.message), e.fields);
}

/**
 * Starts the host worker. From source (.ts, run through tsx) the worker needs tsx's loader as well, which
 * the main thread registered at start-up (bin/run-ts.mjs, bin/dossier.mjs) but a worker does not inherit.
 */
function startHost(file: URL, workerData: unknown): Worker {
  if (!file.pathname.endsWith('.ts')) return new Worker(file, { workerData });
  // require.resolve finds the CommonJS build of tsx/esm/api; the worker imports its ES module twin.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(file.href)}); })`;
  return new Worker(boot, { eval: true, workerData });
}

export async function openPostgres(url: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  // An idle client whose server connection ends (restart, DROP DATABASE … FORCE) must not crash the process;
  // the pool drops it and the next query opens a new connection.
  pool.on('error', () => undefined);
  // Return bigint (int8) as number and keep timestamps as ISO strings, the way PGlite gives them.
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') => {
      if (oid === 20) return (v: string) => Number(v);
      if (oid === 1184 || oid === 1114) return (v: string) => new Date(v);
      return pg.types.getTypeParser(oid, format);
    },
  };
  const wrap = (c: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T extends Row>(sql: string, params: unknown[] = []) {
      const r = await c.query<T>({ text: sql, values: params, types });
      return r.rows;
    },
    async exec(sql: string) {
      await c.query(sql);
    },
  });
  // Fail now, with a clear message, rather than on the first query.
  try {
    const c = await pool.connect();
    c.release();
  } catch (err) {
    await pool.end();
    throw new Error(`cannot connect to PostgreSQL at ${redact(url)}: ${(err as Error).message}`, { cause: err });
  }
  return {
    engine: 'postgres',
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn(wrap(client));
        await client.query('COMMIT');
        return out;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
