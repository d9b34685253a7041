// API bench (issue 7): autocannon against the real server on 127.0.0.1 — GET entity, search, 2-hop
// neighbourhood — on PGlite and PostgreSQL in the same run, over the bundled reference data. Then the event
// loop's maximum delay (and GET entity latency) while a 10k-document ingest runs on the job queue, and while
// a list import job runs after it (its verification refresh covers every claim the ingest stored).
// BENCH_API_SECONDS sets each load's duration (default 10); BENCH_API_CONNECTIONS the connections (50);
// BENCH_API_DOCS the ingest's size (10,000); BENCH_API_LIST=0 skips the list import job after it.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLED_LISTS_DIR } from '../src/lists/index.ts';
import { importReference } from '../src/reference/index.ts';
import { buildServer, JobQueue } from '../src/server/index.ts';
import { ingestInWorker } from '../src/server/worker-job.ts';
import type { Db } from '../src/store/index.ts';
import type { BenchSection } from './index.ts';
import { ENGINES } from '../test/helpers/engines.ts';
import { startChild } from './child.ts';
import { ENGINE_LABEL, onFreshStore } from './engines.ts';
import { writeDocuments } from './ingest.bench.ts';

const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_API_CONNECTIONS ?? 50);
const DOCS = Number(process.env.BENCH_API_DOCS ?? 10_000);
const JOB_LOAD_S = Math.max(2, SECONDS); // the idle watch and each load during the job
// BENCH_API_LIST=0 leaves out the list import job: after a 10k ingest its first refresh covers ~130k claims.
const LIST_JOB = process.env.BENCH_API_LIST !== '0';
const DRIVER = fileURLToPath(new URL('./load-driver.ts', import.meta.url));

interface Load {
  rps: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
}

/**
 * autocannon in a child process (bench/load-driver.ts), so it does not share the server's event loop. The
 * child is spawned once, before any watch of the loop begins: a spawn from this process, which holds the
 * database, blocks its loop (90–380 ms each at load 10–20), and a load during the ingest used to spawn
 * one child every JOB_LOAD_S seconds inside the watch.
 */
class LoadDriver {
  private constructor(private readonly child: ChildProcess) {}

  static async start(): Promise<LoadDriver> {
    const { child } = await startChild(DRIVER, [], 'the load driver');
    return new LoadDriver(child);
  }

  /** One load of `seconds`; with `until`, loads of `seconds` one after another until `until` resolves. */
  run(url: string, seconds: number, until?: Promise<unknown>): Promise<Load[]> {
    const answer = new Promise<Load[]>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the load driver stopped (exit code ${code})`));
      this.child.once('exit', onExit);
      this.child.once('message', (m: { loads: Load[] }) => {
        this.child.off('exit', onExit);
        resolve(m.loads);
      });
    });
    this.child.send({ url, seconds, connections: CONNECTIONS, until: until ? 'stop' : 'once' });
    void until?.then(() => this.child.send({ stop: true }));
    return answer;
  }

  async once(url: string, seconds: number): Promise<Load> {
    return (await this.run(url, seconds))[0]!;
  }

  stop(): void {
    this.child.kill();
  }
}

/** Runs `fn` while watching this thread's event loop: its result, and the loop's maximum delay in ms. */
async function loopMax<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  try {
    return [await fn(), Math.round(h.max / 1e6)];
  } finally {
    h.disable();
  }
}

/** Several consecutive loads as one: requests per second averaged over their time, the worst p50, p99, max. */
function combine(loads: Load[]): Load {
  return {
    rps: loads.reduce((n, l) => n + l.rps, 0) / loads.length,
    p50: Math.max(...loads.map((l) => l.p50)),
    p99: Math.max(...loads.map((l) => l.p99)),
    max: Math.max(...loads.map((l) => l.max)),
    errors: loads.reduce((n, l) => n + l.errors, 0),
  };
}

/**
 * The real ingest on the server's job queue, the way a job over many files runs it: ingestInWorker
 * (reading, extraction and writes in a worker thread of their own) over a folder of DOCS news-size
 * documents (bench/ingest.bench.ts writes them: 3–5 KB of real sentences each).
 */
function registerIngestJob(jobs: JobQueue, dir: string): void {
  jobs.register('bench-ingest', async (_input, ctx) => {
    // Without the verification refresh that follows it: that runs in the same two worker threads, and its
    // cost on recombined sentences is timed apart by the ingest bench (docs/ingest.md).
    const r = await ingestInWorker(ctx, [dir], { kind: 'news', refresh: false });
    return { ingested: r.ingested, unchanged: r.unchanged, failed: r.failed };
  });
}

async function measure(engine: string, db: Db, docs: string): Promise<Array<Array<string | number>>> {
  await importReference(db);
  const jobs = new JobQueue(db);
  registerIngestJob(jobs, docs);
  const token = randomBytes(16).toString('hex');
  const app: FastifyInstance = await buildServer({ db, token, rateLimit: false, jobs });
  const bare: FastifyInstance = await buildServer({ db, token, rateLimit: false, cache: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  await bare.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const bareBase = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}`;
  const [let_] = await db.query<{ id: string }>(`SELECT id FROM entities WHERE ref = 'org-lashkar-e-taiba'`);
  const rows: Array<Array<string | number>> = [];
  const driver = await LoadDriver.start();
  try {
    const routes: Array<[string, string]> = [
      ['GET /api/entities/:id (Lashkar-e-Taiba)', `${base}/api/entities/${let_!.id}`],
      ['GET /api/search?q=lashkar', `${base}/api/search?q=lashkar`],
      ['GET /api/entities/:id/neighbourhood?depth=2', `${base}/api/entities/${let_!.id}/neighbourhood?depth=2`],
      ['GET /api/entities/:id, cache off', `${bareBase}/api/entities/${let_!.id}`],
      ['GET /api/search?q=lashkar, cache off', `${bareBase}/api/search?q=lashkar`],
    ];
    let loadedMax = 0; // the event loop's maximum delay under the first load (GET entity, cached), no job running
    for (const [label, url] of routes) {
      const [r, max] = await loopMax(() => driver.once(url, SECONDS));
      if (rows.length === 0) loadedMax = max;
      rows.push([engine, label, Math.round(r.rps), r.p50, r.p99, r.errors]);
    }

    // The event loop with nothing running: on a shared machine the scheduler alone delays it.
    const [, idleMax] = await loopMax(() => new Promise((r) => setTimeout(r, JOB_LOAD_S * 1000)));
    rows.push([engine, `event loop max delay with no job running, ${JOB_LOAD_S} s (ms): the machine's own noise`, '', '', idleMax, '']);
    rows.push([engine, `event loop max delay under GET entity load (the first row), no job running (ms)`, '', '', loadedMax, '']);

    // Event loop while the ingest job runs, with GET entity load alongside, from the job's start to its end:
    // one autocannon run after another, JOB_LOAD_S each.
    const t0 = performance.now();
    const [{ job, slices }, ingestMax] = await loopMax(async () => {
      const job = jobs.submit('bench-ingest', {});
      const slices = await driver.run(`${base}/api/entities/${let_!.id}`, JOB_LOAD_S, jobs.idle());
      return { job, slices };
    });
    const jobS = (performance.now() - t0) / 1000;
    const during = combine(slices);
    const done = jobs.get(job.id);
    const ingested = (done.result as { ingested?: number } | null)?.ingested ?? 0;
    rows.push([engine, `GET entity during the ${DOCS}-document ingest (${slices.length} loads of ${JOB_LOAD_S} s; worst p50/p99)`, Math.round(during.rps), during.p50, during.p99, during.errors]);
    rows.push([engine, `event loop max delay during the ingest (ms); job ${done.status}, ${ingested} ingested in ${jobS.toFixed(1)} s`, '', '', ingestMax, '']);
    // The same load once the job is over: the entity now has the ingest's claims (the answer is larger), so
    // this, not the first row, is what the rows during the ingest compare with.
    const size = (await (await fetch(`${base}/api/entities/${let_!.id}`)).text()).length;
    const [after, afterMax] = await loopMax(() => driver.once(`${base}/api/entities/${let_!.id}`, SECONDS));
    rows.push([engine, `GET entity after the ingest, no job running (the answer is now ${Math.round(size / 1024)} KB)`, Math.round(after.rps), after.p50, after.p99, after.errors]);
    rows.push([engine, 'event loop max delay under that load (ms)', '', '', afterMax, '']);

    if (!LIST_JOB) return rows;
    // The same during a list import job (the UN consolidated list, 1,003 entries: parse, one transaction, then
    // the verification refresh — the first since the ingest, so over every claim), all in a worker thread.
    const bytes = readFileSync(join(BUNDLED_LISTS_DIR, 'un/consolidated.xml'));
    const t1 = performance.now();
    const [listJob, listMax] = await loopMax(async () => {
      const j = jobs.submit('import-list', { name: 'consolidated.xml', bytes });
      await jobs.idle();
      return j;
    });
    const listDone = jobs.get(listJob.id);
    rows.push([engine, `event loop max delay during a UN list import job (ms); job ${listDone.status} in ${((performance.now() - t1) / 1000).toFixed(1)} s`, '', '', listMax, '']);
  } finally {
    driver.stop();
    await app.close();
    await bare.close();
  }
  return rows;
}

export async function run(): Promise<BenchSection> {
  const load = loadavg().map((x) => x.toFixed(1)).join(' ');
  const docs = mkdtempSync(join(tmpdir(), 'dossier-api-bench-'));
  const rows: Array<Array<string | number>> = [];
  try {
    writeDocuments(docs, DOCS);
    for (const engine of ENGINES) rows.push(...(await onFreshStore(engine, (db) => measure(ENGINE_LABEL[engine], db, docs))));
  } finally {
    rmSync(docs, { recursive: true, force: true });
  }
  return {
    title: `API (autocannon, ${CONNECTIONS} connections, ${SECONDS} s per route, 127.0.0.1)`,
    headers: ['engine', 'load', 'req/s', 'p50 ms', 'p99 ms', 'errors'],
    rows,
    notes: [
      'Goal: GET entity on PGlite ≥ 3,000 req/s with p99 < 50 ms; event loop max delay < 100 ms while a 10k-document ingest runs.',
      'PGlite runs in a worker thread (src/store/db.ts), so its statements never block the server\'s event loop; every job that writes (ingest, list import, reference import) runs its work, the verification refresh included, in a worker thread of its own (runInWorker, src/server/worker-job.ts).',
      'Data: the bundled reference set (47 entities, 71 claims, 81 sources). Rate limiting off for the bench; autocannon runs in one child process (bench/load-driver.ts), spawned before any event loop watch: until 2026-12-05 a child was spawned inside each watch (every 10 s during the ingest), and a spawn from the server process blocks its loop (90–380 ms each at load 10–20), which those rows counted as the server\'s.',
      'Rows without "cache off" hit the server\'s GET cache (valid until the next write; an answer is kept as UTF-8 bytes, so a hit only writes them); "cache off" rows run every query. During the job its steps make the cached answers stale at most once a second: one request reads the store afresh while the others get the last answer (stale while revalidate, src/server/cache.ts).',
      'During the ingest, GET entity load runs from the job\'s start to its end (consecutive autocannon runs); its row gives their average req/s and their worst p50 and p99.',
      `The ingest job runs ingestPaths in a worker thread (ingestInWorker) over a folder of ${DOCS} news-size documents (3–5 KB of real sentences, as in the ingest bench) on the server's job queue, up to the last document stored (the verification refresh after it is timed by the ingest bench); the "event loop max delay" rows put their figure in the p99 column.`,
      'The list import job runs importList and then refreshVerification in its worker thread; after an ingest without refresh every claim is new, so that refresh is a full one (docs/verify.md).',
      `Load average when the section started: ${load} (2 shared cores). BENCH_API_SECONDS=2 and BENCH_API_DOCS=1000 for a quick run.`,
    ],
  };
}
