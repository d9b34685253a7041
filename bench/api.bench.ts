// API bench (issue 7): autocannon against the real server on 127.0.0.1 — GET entity, search, 2-hop
// neighbourhood — on PGlite and PostgreSQL in the same run, over the bundled reference data. Then the event
// loop's maximum delay (and GET entity latency) while a 10k-document job writes in the background.
// BENCH_API_SECONDS sets each load's duration (default 10); BENCH_API_CONNECTIONS the connections (50).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_LISTS_DIR } from '../src/lists/index.ts';
import { importReference } from '../src/reference/index.ts';
import { buildServer, JobQueue } from '../src/server/index.ts';
import type { Db } from '../src/store/index.ts';
import { makeId } from '../src/model/ids.ts';
import type { BenchSection } from './index.ts';
import { ENGINES } from '../test/helpers/engines.ts';
import { ENGINE_LABEL, onFreshStore } from './engines.ts';

const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_API_CONNECTIONS ?? 50);
const DOCS = Number(process.env.BENCH_API_DOCS ?? 10_000);
const DOCS_PER_TX = 5;
const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

interface Load {
  rps: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
}

/** Runs autocannon in a child process (so it does not share the server's event loop) and parses --json. */
function autocannon(url: string, seconds: number): Promise<Load> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [AUTOCANNON, '-c', String(CONNECTIONS), '-d', String(seconds), '-j', url], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', () => {
      try {
        const r = JSON.parse(out) as {
          requests: { average: number };
          latency: { p50: number; p99: number; max: number };
          errors: number;
          timeouts: number;
          non2xx: number;
        };
        resolve({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max, errors: r.errors + r.timeouts + r.non2xx });
      } catch (err) {
        reject(new Error(`autocannon gave no JSON: ${out.slice(0, 200)}`, { cause: err }));
      }
    });
  });
}

// Real words for the synthetic documents: the bundled claims' quotes.
async function corpus(db: Db): Promise<string[]> {
  const rows = await db.query<{ quote: string }>('SELECT quote FROM claims ORDER BY id');
  return rows.map((r) => r.quote);
}

/**
 * Stands in for ingest until that capability lands: writes DOCS documents (text ≈ 2 KB each, full-text
 * indexed by the generated tsvector) in transactions of DOCS_PER_TX, yielding to the event loop between them.
 */
function registerDocumentJob(jobs: JobQueue, quotes: string[], tag: string): void {
  jobs.register('bench-documents', async (_input, ctx) => {
    for (let i = 0; i < DOCS; i += DOCS_PER_TX) {
      const ids: string[] = [];
      const titles: string[] = [];
      const texts: string[] = [];
      for (let j = i; j < Math.min(DOCS, i + DOCS_PER_TX); j++) {
        let text = '';
        for (let k = 0; text.length < 2000; k++) text += `${quotes[(j * 7 + k * 13) % quotes.length]} `;
        ids.push(makeId('source', `bench-${tag}-${j}`));
        titles.push(`Bench document ${j}`);
        texts.push(text);
      }
      await ctx.db.transaction((tx) =>
        tx.query(
          `INSERT INTO sources (id, title, kind, text) SELECT id, title, 'news', text
           FROM unnest($1::text[], $2::text[], $3::text[]) AS t(id, title, text) ON CONFLICT (id) DO NOTHING`,
          [ids, titles, texts],
        ),
      );
      ctx.progress(Math.min(DOCS, i + DOCS_PER_TX), DOCS);
      await ctx.yield();
    }
    return { documents: DOCS };
  });
}

async function measure(engine: string, db: Db): Promise<Array<Array<string | number>>> {
  await importReference(db);
  const jobs = new JobQueue(db);
  registerDocumentJob(jobs, await corpus(db), randomBytes(4).toString('hex'));
  const token = randomBytes(16).toString('hex');
  const app: FastifyInstance = await buildServer({ db, token, rateLimit: false, jobs });
  const bare: FastifyInstance = await buildServer({ db, token, rateLimit: false, cache: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  await bare.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const bareBase = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}`;
  const [let_] = await db.query<{ id: string }>(`SELECT id FROM entities WHERE ref = 'org-lashkar-e-taiba'`);
  const rows: Array<Array<string | number>> = [];
  try {
    const routes: Array<[string, string]> = [
      ['GET /api/entities/:id (Lashkar-e-Taiba)', `${base}/api/entities/${let_!.id}`],
      ['GET /api/search?q=lashkar', `${base}/api/search?q=lashkar`],
      ['GET /api/entities/:id/neighbourhood?depth=2', `${base}/api/entities/${let_!.id}/neighbourhood?depth=2`],
      ['GET /api/entities/:id, cache off', `${bareBase}/api/entities/${let_!.id}`],
      ['GET /api/search?q=lashkar, cache off', `${bareBase}/api/search?q=lashkar`],
    ];
    for (const [label, url] of routes) {
      const r = await autocannon(url, SECONDS);
      rows.push([engine, label, Math.round(r.rps), r.p50, r.p99, r.errors]);
    }

    // Event loop while the document job runs, with GET entity load alongside.
    const h = monitorEventLoopDelay({ resolution: 10 });
    const job = jobs.submit('bench-documents', {});
    h.enable();
    const t0 = performance.now();
    const loadDuring = autocannon(`${base}/api/entities/${let_!.id}`, Math.max(2, SECONDS));
    await jobs.idle();
    const jobS = (performance.now() - t0) / 1000;
    h.disable();
    const during = await loadDuring;
    const done = jobs.get(job.id);
    rows.push([engine, `GET entity during the ${DOCS}-document job`, Math.round(during.rps), during.p50, during.p99, during.errors]);
    rows.push([engine, `event loop max delay during the job (ms); job ${done.status} in ${jobS.toFixed(1)} s`, '', '', Math.round(h.max / 1e6), '']);

    // The same during a list import job (the UN consolidated list, 1,003 entries: parse, then one transaction).
    const h2 = monitorEventLoopDelay({ resolution: 10 });
    const bytes = readFileSync(join(BUNDLED_LISTS_DIR, 'un/consolidated.xml'));
    h2.enable();
    const t1 = performance.now();
    const listJob = jobs.submit('import-list', { name: 'consolidated.xml', bytes });
    await jobs.idle();
    h2.disable();
    const listDone = jobs.get(listJob.id);
    rows.push([engine, `event loop max delay during a UN list import job (ms); job ${listDone.status} in ${((performance.now() - t1) / 1000).toFixed(1)} s`, '', '', Math.round(h2.max / 1e6), '']);
  } finally {
    await app.close();
    await bare.close();
  }
  return rows;
}

export async function run(): Promise<BenchSection> {
  const rows: Array<Array<string | number>> = [];
  for (const engine of ENGINES) rows.push(...(await onFreshStore(engine, (db) => measure(ENGINE_LABEL[engine], db))));
  return {
    title: `API (autocannon, ${CONNECTIONS} connections, ${SECONDS} s per route, 127.0.0.1)`,
    headers: ['engine', 'load', 'req/s', 'p50 ms', 'p99 ms', 'errors'],
    rows,
    notes: [
      'Goal: GET entity on PGlite ≥ 3,000 req/s with p99 < 50 ms; event loop max delay < 100 ms while a 10k-document job runs.',
      'Data: the bundled reference set (47 entities, 71 claims, 81 sources). Rate limiting off for the bench; autocannon runs in a child process.',
      'Rows without "cache off" hit the server\'s GET cache (valid until the next write); "cache off" rows run every query. During the job every progress step invalidates the cache, so that row is uncached too.',
      `The document job stands in for ingest (not merged yet): ${DOCS} documents of ~2 KB, ${DOCS_PER_TX} per transaction, yielding between transactions; the "event loop max delay" row puts its figure in the p99 column.`,
      'BENCH_API_SECONDS=2 for a quick run.',
    ],
  };
}
