// PGlite worker bench: what the worker-thread hop costs per statement, against PGlite in the caller's
// thread (the way db.ts ran it before). Wall time per statement, and the caller's event-loop busy time per
// statement (performance.eventLoopUtilization: the time the caller's thread could not serve anything else).
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { openPglite, type Queryable } from '../src/store/db.ts';
import type { BenchSection } from './index.ts';

const N = Number(process.env.BENCH_WORKER_N ?? 2000);

interface Engine {
  q: Queryable;
  transaction(fn: (tx: Queryable) => Promise<void>): Promise<void>;
}

async function inThread(): Promise<Engine & { close(): Promise<void> }> {
  const db = await PGlite.create({ extensions: { pg_trgm, fuzzystrmatch } });
  const wrap = (x: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    query: async <T,>(sql: string, params: unknown[] = []) => (await x.query<T>(sql, params)).rows,
    exec: async (sql: string) => void (await x.exec(sql)),
  });
  return { q: wrap(db), transaction: (fn) => db.transaction((tx) => fn(wrap(tx))), close: () => db.close() };
}

/** Runs `fn` n times in sequence; wall µs and the caller's busy µs per call. */
async function per(n: number, fn: (i: number) => Promise<unknown>): Promise<{ wall: number; busy: number }> {
  for (let i = 0; i < Math.min(50, n); i++) await fn(i); // warm up (plans, JIT)
  const e0 = performance.eventLoopUtilization();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await fn(i);
  const wall = performance.now() - t0;
  const e = performance.eventLoopUtilization(e0);
  return { wall: (wall * 1000) / n, busy: (e.active * 1000) / n };
}

async function measure(e: Engine): Promise<Array<{ wall: number; busy: number }>> {
  await e.q.exec('CREATE TABLE IF NOT EXISTS w (id int PRIMARY KEY, name text, at timestamptz DEFAULT now())');
  await e.q.exec('TRUNCATE w');
  let id = 0;
  return [
    await per(N, () => e.q.query('SELECT 1 AS one')),
    await per(N, () => e.q.query(`SELECT g AS id, 'name ' || g AS name, now() AS at, repeat('x', 100) AS pad FROM generate_series(1, 100) g`)),
    await per(N, (i) => e.q.query('INSERT INTO w (id, name) VALUES ($1, $2)', [++id, `n${i}`])),
    await per(N / 10, () =>
      e.transaction(async (tx) => {
        for (let k = 0; k < 5; k++) await tx.query('INSERT INTO w (id, name) VALUES ($1, $2)', [++id, 'tx']);
      }),
    ),
  ];
}

export async function run(): Promise<BenchSection> {
  const load = loadavg().map((x) => x.toFixed(1)).join(' ');
  const a = await inThread();
  const inside = await measure(a);
  await a.close();
  const b = await openPglite(undefined);
  const worker = await measure({ q: b, transaction: (fn) => b.transaction(fn) });
  await b.close();
  const labels = ['SELECT 1', 'SELECT 100 rows × 4 columns', 'INSERT one row (autocommit)', 'transaction of 5 INSERTs'];
  const f = (x: number) => Math.round(x);
  return {
    title: `PGlite in the caller's thread vs in a worker thread (${N} statements each, in memory)`,
    headers: ['statement', 'in-thread wall µs', 'worker wall µs', 'hop µs', 'in-thread busy µs', 'worker busy µs'],
    rows: labels.map((l, i) => [l, f(inside[i]!.wall), f(worker[i]!.wall), f(worker[i]!.wall - inside[i]!.wall), f(inside[i]!.busy), f(worker[i]!.busy)]),
    notes: [
      'wall: time per statement, awaited one after another. hop: the worker\'s extra wall time (message both ways, structured clone).',
      'busy: the caller\'s event-loop active time per statement — what it cannot spend serving requests. In-thread it is the whole statement.',
      `Load average when the section started: ${load} (2 shared cores). BENCH_WORKER_N sets the count.`,
    ],
  };
}
