// One database interface over two engines: PGlite (embedded, a data folder) and PostgreSQL (DATABASE_URL).
// Both speak the same SQL; callers never know which one they have.
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, type MessagePort, type Transferable, type Worker } from 'node:worker_threads';
import pg from 'pg';
import { startWorker } from '../util/worker.ts';
import type { CopyIn, HostError, HostReply, HostRequest } from './pglite-protocol.ts';

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
  /**
   * PGlite only: runs `COPY … FROM '/dev/blob'` statements, each reading its own rows (COPY's text format),
   * in one transaction and one round trip. Absent on PostgreSQL (node-postgres has no COPY FROM STDIN).
   */
  copyIn?(copies: CopyIn[]): Promise<void>;
  /** A handle through which another thread (a job's worker) reaches this same database: see attachDb. */
  share(): Promise<SharedDb>;
  close(): Promise<void>;
}

/** What another thread needs to reach the same database: pass it to attachDb (transfer `port` with it). */
export type SharedDb = { engine: 'pglite'; port: MessagePort } | { engine: 'postgres'; url: string };

/**
 * PGlite hosted in a worker thread (pglite-host.ts): statements are posted to it and their rows come back,
 * so no statement ever blocks the caller's event loop. A transaction holds the engine (other callers'
 * statements wait, as PGlite serialises them anyway). `dataDir` undefined keeps the database in memory.
 */
export async function openPglite(dataDir: string | undefined): Promise<Db> {
  const host = startWorker(new URL(`./pglite-host${extname(fileURLToPath(import.meta.url))}`, import.meta.url), { dataDir });
  const client = pgliteClient(host, true);
  host.on('error', (err) => client.fail(new Error(`the PGlite worker failed: ${err.message}`, { cause: err })));
  host.on('exit', () => client.fail(new Error('the PGlite database is closed')));
  try {
    await client.ready;
  } catch (err) {
    await host.terminate();
    throw new Error(`cannot open the PGlite database${dataDir ? ` in ${dataDir}` : ''}: ${(err as Error).message}`, { cause: err });
  }
  return client.db(async () => {
    await client.send({ op: 'close' });
    await host.terminate();
  });
}

/** Opens, in this thread, the database another thread shared (`db.share()`); close() ends only this link. */
export async function attachDb(shared: SharedDb): Promise<Db> {
  if (shared.engine === 'postgres') return openPostgres(shared.url);
  const client = pgliteClient(shared.port, false);
  shared.port.on('close', () => client.fail(new Error('the PGlite database is closed')));
  return client.db(async () => shared.port.close());
}

type Link = Pick<Worker, 'postMessage' | 'ref' | 'unref'> & { on(event: 'message', fn: (r: HostReply) => void): unknown };
type Request = HostRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** A client of the PGlite host over a worker or a message port: one reply per request, matched by id. */
function pgliteClient(link: Link, awaitReady: boolean) {
  const pending = new Map<number, { resolve: (r: HostReply & { ok: true }) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let gone: Error | null = null;
  // The link keeps the process alive only while a reply is awaited (as an in-thread engine would).
  link.on('message', (r) => {
    const p = pending.get(r.id);
    if (!p) return;
    pending.delete(r.id);
    if (pending.size === 0) link.unref();
    if (r.ok) p.resolve(r);
    else p.reject(toError(r.error));
  });
  const fail = (err: Error) => {
    gone ??= err;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
    link.unref();
  };
  const send = (req: Request, transfer: Transferable[] = []): Promise<HostReply & { ok: true }> =>
    new Promise((resolve, reject) => {
      if (gone) return reject(gone);
      if (pending.size === 0) link.ref();
      const id = nextId++;
      pending.set(id, { resolve, reject });
      link.postMessage({ ...req, id }, transfer as never);
    });
  // A new host's first message (id 0) says whether PGlite opened; a port to a running host needs no wait.
  if (awaitReady) link.ref();
  const ready = awaitReady ? new Promise((resolve, reject) => pending.set(0, { resolve, reject })) : Promise.resolve();
  const on = (tx?: number): Queryable => ({
    async query<T extends Row>(sql: string, params: unknown[] = []) {
      return (await send({ op: 'query', sql, params, tx })).rows as T[];
    },
    async exec(sql: string) {
      await send({ op: 'exec', sql, tx });
    },
  });
  const db = (close: () => Promise<void>): Db => ({
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
    async copyIn(copies) {
      // the rows' buffers move to the host rather than being copied (each one once)
      await send({ op: 'copy', copies }, [...new Set(copies.map((c) => c.data.buffer))]);
    },
    async share() {
      const { port1, port2 } = new MessageChannel();
      await send({ op: 'connect', port: port2 }, [port2]);
      return { engine: 'pglite', port: port1 };
    },
    async close() {
      if (gone) return;
      await close();
      fail(new Error('the PGlite database is closed'));
    },
  });
  return { ready, send, fail, db };
}

/** A PostgreSQL error from the host, rebuilt with its fields (code, detail, constraint…) as own properties. */
function toError(e: HostError): Error {
  return Object.assign(new Error(e.message), e.fields);
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
    share: async () => ({ engine: 'postgres', url }),
    close: () => pool.end(),
  };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
