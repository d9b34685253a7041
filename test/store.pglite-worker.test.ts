// PGlite runs in a worker thread behind the Db interface: results keep their types, errors keep their
// PostgreSQL fields, a transaction holds the engine while other callers wait, and close ends it all.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachDb, openPglite, type Db } from '../src/store/db.ts';
import { openStore } from '../src/store/index.ts';

describe('PGlite in a worker thread', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openPglite(undefined);
    await db.exec(`CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL UNIQUE, at timestamptz, big int8, data bytea, doc jsonb)`);
  });
  afterAll(() => db.close());

  it('returns rows with the types PGlite gives: Date, number, Uint8Array, parsed JSON, arrays', async () => {
    await db.query(`INSERT INTO t VALUES (1, 'one', '2024-03-01T10:00:00Z', 9007199254740991, $1, $2)`, [
      Buffer.from([0, 1, 255]),
      { a: [1, 'x'] },
    ]);
    const [row] = await db.query('SELECT *, ARRAY[id, id + 1] AS ids FROM t WHERE id = $1', [1]);
    expect(row!.at).toBeInstanceOf(Date);
    expect((row!.at as Date).toISOString()).toBe('2024-03-01T10:00:00.000Z');
    expect(row!.big).toBe(9007199254740991);
    expect(row!.data).toBeInstanceOf(Uint8Array);
    expect([...(row!.data as Uint8Array)]).toEqual([0, 1, 255]);
    expect(row!.doc).toEqual({ a: [1, 'x'] });
    expect(row!.ids).toEqual([1, 2]);
  });

  it('rejects with the PostgreSQL error: message, code, constraint, position', async () => {
    const dup = await db.query(`INSERT INTO t (id, name) VALUES (2, 'one')`).catch((e: unknown) => e);
    expect(dup).toBeInstanceOf(Error);
    expect(dup).toMatchObject({ code: '23505', constraint: 't_name_key', table: 't' });
    expect((dup as Error).message).toContain('duplicate key value violates unique constraint "t_name_key"');
    const syntax = await db.query('SELEC 1').catch((e: unknown) => e);
    expect(syntax).toMatchObject({ code: '42601', position: '1' });
    const missing = await db.exec('SELECT 1; SELECT * FROM nowhere').catch((e: unknown) => e);
    expect(missing).toMatchObject({ code: '42P01' });
  });

  it('commits a transaction whole and returns what its function returned', async () => {
    const out = await db.transaction(async (tx) => {
      await tx.query(`INSERT INTO t (id, name) VALUES (10, 'ten')`);
      await tx.exec(`INSERT INTO t (id, name) VALUES (11, 'eleven')`);
      return (await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM t WHERE id >= 10'))[0]!.n;
    });
    expect(out).toBe(2);
    expect(await db.query('SELECT name FROM t WHERE id >= 10 ORDER BY id')).toEqual([{ name: 'ten' }, { name: 'eleven' }]);
  });

  it('rolls a transaction back when its function throws, and rethrows that same error', async () => {
    const boom = new Error('boom');
    const err = await db
      .transaction(async (tx) => {
        await tx.query(`INSERT INTO t (id, name) VALUES (20, 'twenty')`);
        throw boom;
      })
      .catch((e: unknown) => e);
    expect(err).toBe(boom);
    expect(await db.query('SELECT 1 FROM t WHERE id = 20')).toEqual([]);
  });

  it('rolls back when a statement in the transaction fails, carrying its code; the engine stays usable', async () => {
    const err = await db
      .transaction(async (tx) => {
        await tx.query(`INSERT INTO t (id, name) VALUES (30, 'thirty')`);
        await tx.query(`INSERT INTO t (id, name) VALUES (31, 'thirty')`);
      })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: '23505' });
    expect(await db.query('SELECT 1 FROM t WHERE id IN (30, 31)')).toEqual([]);
    expect(await db.query<{ n: number }>('SELECT 1 AS n')).toEqual([{ n: 1 }]);
  });

  it('makes other callers wait while a transaction is open, then shows them what it committed', async () => {
    const order: string[] = [];
    let outside: Promise<unknown[]> | undefined;
    await db.transaction(async (tx) => {
      await tx.query(`INSERT INTO t (id, name) VALUES (40, 'forty')`);
      outside = db.query('SELECT name FROM t WHERE id = 40').then((r) => (order.push('outside'), r));
      // Give the outside statement every chance to run before the commit: it must not.
      for (let i = 0; i < 5; i++) await tx.query('SELECT pg_sleep(0.01)');
      order.push('commit');
    });
    expect(await outside).toEqual([{ name: 'forty' }]);
    expect(order).toEqual(['commit', 'outside']);
  });

  it('runs concurrent transactions one after the other, each whole', async () => {
    const ids = [50, 51, 52, 53];
    await Promise.all(
      ids.map((id) =>
        db.transaction(async (tx) => {
          const [{ n }] = (await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM t WHERE id >= 50')) as [{ n: number }];
          await tx.query('INSERT INTO t (id, name) VALUES ($1, $2)', [id, `n${n}`]);
        }),
      ),
    );
    // Serialised: each saw the rows of those before it, so the counts are 0, 1, 2, 3 in some order.
    const names = (await db.query<{ name: string }>('SELECT name FROM t WHERE id >= 50')).map((r) => r.name).sort();
    expect(names).toEqual(['n0', 'n1', 'n2', 'n3']);
  });
});

describe('PGlite worker: a second client through db.share()', () => {
  it('reaches the same database, takes part in its transactions, and closes only its own link', async () => {
    const db = await openPglite(undefined);
    try {
      await db.exec('CREATE TABLE s (id int PRIMARY KEY)');
      const shared = await db.share();
      expect(shared.engine).toBe('pglite');
      const other = await attachDb(shared);
      await other.query('INSERT INTO s VALUES (1)');
      expect(await db.query('SELECT id FROM s')).toEqual([{ id: 1 }]);
      // A transaction through the second client holds the engine: the first client's statement waits.
      const order: string[] = [];
      let outside: Promise<unknown> | undefined;
      await other.transaction(async (tx) => {
        await tx.query('INSERT INTO s VALUES (2)');
        outside = db.query('SELECT count(*)::int AS n FROM s').then((r) => (order.push('outside'), r));
        for (let i = 0; i < 5; i++) await tx.query('SELECT pg_sleep(0.01)');
        order.push('commit');
      });
      expect(await outside).toEqual([{ n: 2 }]);
      expect(order).toEqual(['commit', 'outside']);
      await expect(other.query('SELECT * FROM nowhere')).rejects.toMatchObject({ code: '42P01' });
      // A client that goes away mid-transaction: its transaction is rolled back and the engine freed.
      const third = await attachDb(await db.share());
      const gone = third.transaction(async (tx) => {
        await tx.query('INSERT INTO s VALUES (3)');
        await third.close();
      });
      await expect(gone).rejects.toThrow('closed');
      expect(await db.query('SELECT count(*)::int AS n FROM s')).toEqual([{ n: 2 }]);
      await other.close();
      await expect(other.query('SELECT 1')).rejects.toThrow('closed');
      expect(await db.query('SELECT count(*)::int AS n FROM s')).toEqual([{ n: 2 }]);
    } finally {
      await db.close();
    }
  });
});

describe('PGlite worker: open and close', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-pgworker-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps a data folder across close and reopen, and refuses statements once closed', async () => {
    const a = await openStore({ dataDir: dir, databaseUrl: '' });
    await a.query(`INSERT INTO entities (id, kind, name) VALUES ('e1', 'person', 'Ada')`);
    await a.close();
    await expect(a.query('SELECT 1')).rejects.toThrow('the PGlite database is closed');
    await a.close(); // closing twice is harmless
    const b = await openStore({ dataDir: dir, databaseUrl: '' });
    expect(await b.query('SELECT name FROM entities WHERE id = $1', ['e1'])).toEqual([{ name: 'Ada' }]);
    await b.close();
  });

  it('names the folder when PGlite cannot open it', async () => {
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, 'x');
    await expect(openPglite(join(file, 'pgdata'))).rejects.toThrow(`cannot open the PGlite database in ${join(file, 'pgdata')}`);
  });
});
