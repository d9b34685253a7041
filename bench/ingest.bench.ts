// Ingest bench (issue 4): read + extract + store of N news-size documents (default 10,000, 3–5 KB each)
// into PGlite (a data folder on disk) and PostgreSQL (DATABASE_URL, or a throw-away database on the local
// server), one transaction per document, the gazetteer loaded from the reference data. Reports time,
// throughput, rows written and the peak RSS sampled during each run.
// The documents are synthetic but made of real sentences: those of the annotated evaluation documents
// (when the repo has them under eval/), the seed op-ed, and every quote in data/reference, recombined
// at random (fixed seed) into paragraphs, each file with a Title/Source/Published header.
// BENCH_INGEST_DOCS changes N; BENCH_INGEST_REFRESH=0 leaves out the verification refresh timed after it.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestPaths } from '../src/ingest/index.ts';
import { importReference } from '../src/reference/index.ts';
import { refreshVerification } from '../src/verify/index.ts';
import { openStore, type Db } from '../src/store/index.ts';
import type { BenchSection } from './index.ts';
import { onFreshStore } from './engines.ts';
import { BLIND_DIRS } from '../eval/extraction/documents.ts';

const N = Number(process.env.BENCH_INGEST_DOCS ?? 10_000);
const REFRESH = process.env.BENCH_INGEST_REFRESH !== '0';
const GOAL_S = 60;
/** Outlets the synthetic articles are spread over (a 10k-article corpus from ~50 outlets). */
const PUBLISHERS = 50;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function rng(seed: number) {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

function filesUnder(dir: string, ext: string): string[] {
  let out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const n of names) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) out = out.concat(filesUnder(p, ext));
    else if (n.endsWith(ext)) out.push(p);
  }
  return out;
}

function collectQuotes(v: unknown, out: string[]): void {
  if (Array.isArray(v)) for (const x of v) collectQuotes(x, out);
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      if (k === 'quote' && typeof x === 'string') out.push(x);
      else collectQuotes(x, out);
    }
  }
}

/** Real sentences to recombine: the op-ed, the eval texts but those of the blind sets, the reference quotes. */
export function sentencePool(): string[] {
  const texts: string[] = [readFileSync(join(root, 'data', 'seed', 'op-ed.txt'), 'utf8')];
  for (const f of filesUnder(join(root, 'eval'), '.txt')) {
    if (BLIND_DIRS.some((d) => f.startsWith(d + sep))) continue;
    const raw = readFileSync(f, 'utf8');
    const i = raw.indexOf('\n\n');
    texts.push(/^Title:/.test(raw) && i > 0 ? raw.slice(i + 2) : raw);
  }
  const quotes: string[] = [];
  for (const f of filesUnder(join(root, 'data', 'reference'), '.json')) collectQuotes(JSON.parse(readFileSync(f, 'utf8')), quotes);
  texts.push(...quotes);
  const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
  const pool = new Set<string>();
  for (const t of texts) {
    for (const para of t.split(/\n\s*\n/)) {
      for (const { segment } of seg.segment(para.replace(/\s+/g, ' '))) {
        const s = segment.trim();
        if (s.length >= 40 && /[.!?”"]$/.test(s)) pool.add(s);
      }
    }
  }
  return [...pool];
}

/** Writes N documents of 3–5 KB into `dir`; returns their total size in bytes. */
export function writeDocuments(dir: string, n: number, seed = 20261125): number {
  const pool = sentencePool();
  const r = rng(seed);
  let bytes = 0;
  for (let d = 0; d < n; d++) {
    const target = 3000 + Math.floor(r() * 2000);
    const paras: string[] = [];
    let size = 0;
    while (size < target) {
      const k = 2 + Math.floor(r() * 4);
      const p: string[] = [];
      for (let i = 0; i < k; i++) p.push(pool[Math.floor(r() * pool.length)]!);
      const para = p.join(' ');
      paras.push(para);
      size += para.length + 2;
    }
    const day = 1 + (d % 28);
    // A corpus has many articles per publisher: PUBLISHERS outlets, each with its own site.
    const outlet = d % PUBLISHERS;
    const text = `Title: Report ${d + 1}\nPublisher: Outlet ${outlet + 1}\nSource: https://outlet-${outlet + 1}.invalid/${d + 1}\nPublished: 2025-0${1 + (d % 9)}-${String(day).padStart(2, '0')}\nLicence: synthetic bench document\n\n${paras.join('\n\n')}\n`;
    const sub = join(dir, String(Math.floor(d / 1000)).padStart(3, '0'));
    if (d % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `doc-${String(d).padStart(5, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

/**
 * CPU seconds of this process's main thread and of all its other threads (the PGlite worker, V8's GC and
 * compiler helpers, libuv's pool), from /proc on Linux; null elsewhere. Per-thread CPU does not grow with
 * the machine's load the way wall time does.
 */
function threadCpu(): { main: number; other: number } | null {
  const tick = 100; // USER_HZ
  try {
    let main = 0;
    let other = 0;
    for (const t of readdirSync('/proc/self/task')) {
      let stat: string;
      try {
        stat = readFileSync(`/proc/self/task/${t}/stat`, 'utf8');
      } catch {
        continue; // the thread ended
      }
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cpu = (Number(f[11]) + Number(f[12])) / tick;
      if (t === String(process.pid)) main += cpu;
      else other += cpu;
    }
    return { main, other };
  } catch {
    return null;
  }
}

async function measure(db: Db, dir: string) {
  await importReference(db);
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  const c0 = process.cpuUsage();
  const th0 = threadCpu();
  const t0 = performance.now();
  const summary = await ingestPaths(db, [dir], { kind: 'news', refresh: false });
  const seconds = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  const th1 = threadCpu();
  const cpuSeconds = (c.user + c.system) / 1e6;
  const threads = th0 && th1 ? { main: th1.main - th0.main, other: th1.other - th0.other } : null;
  // What `dossier ingest` does next: link evidence, surface contradictions, suggest verdicts (timed apart).
  const r0 = performance.now();
  const refresh = REFRESH ? await refreshVerification(db) : null;
  const refreshSeconds = (performance.now() - r0) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const count = async (t: string) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t} WHERE source_id IN (SELECT id FROM sources WHERE ref IS NULL)`))[0]!.n;
  return {
    seconds,
    cpuSeconds,
    threads,
    refreshSeconds: refresh ? refreshSeconds : null,
    evidenceLinks: refresh?.evidence_links ?? null,
    summary,
    mentions: await count('mentions'),
    claims: await count('claims'),
    demands: await count('demands'),
    peakMb: peak / 1024 / 1024,
  };
}

export async function run(): Promise<BenchSection> {
  const load = loadavg()[0]!.toFixed(1);
  const loads: string[] = [];
  const work = mkdtempSync(join(tmpdir(), 'dossier-ingest-bench-'));
  const docs = join(work, 'docs');
  const bytes = writeDocuments(docs, N);
  const mb = bytes / 1024 / 1024;
  const rows: BenchSection['rows'] = [];
  const notes: string[] = [];
  const row = (engine: string, m: Awaited<ReturnType<typeof measure>>) => [
    engine,
    m.summary.ingested,
    m.summary.failed,
    m.seconds.toFixed(1),
    m.cpuSeconds.toFixed(1),
    m.threads ? m.threads.main.toFixed(1) : '',
    m.threads ? m.threads.other.toFixed(1) : '',
    Math.round(m.summary.ingested / m.seconds),
    (mb / m.seconds).toFixed(2),
    m.mentions,
    m.claims,
    m.demands,
    Math.round(m.peakMb),
    m.refreshSeconds?.toFixed(1) ?? 'not run',
    m.evidenceLinks ?? '',
    // The goal is for 10k documents; a smaller run says nothing about it.
    engine.startsWith('PGlite') && N >= 10_000 ? (m.seconds < GOAL_S ? `< ${GOAL_S} s: met` : `< ${GOAL_S} s: missed (wall)`) : '',
  ];
  try {
    const lite = await openStore({ dataDir: join(work, 'pglite'), databaseUrl: '' });
    try {
      rows.push(row('PGlite (disk)', await measure(lite, docs)));
      loads.push(`PGlite ${loadavg()[0]!.toFixed(1)}`);
    } finally {
      await lite.close();
    }
    try {
      rows.push(row('PostgreSQL', await onFreshStore('postgres', (db) => measure(db, docs))));
      loads.push(`PostgreSQL ${loadavg()[0]!.toFixed(1)}`);
    } catch (err) {
      notes.push(`PostgreSQL not measured: ${(err as Error).message}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  notes.push(
    `${N} synthetic documents, ${mb.toFixed(1)} MB in all (3–5 KB each, real sentences recombined, spread over ${PUBLISHERS} outlets), read from disk, extracted with the gazetteer from the reference data, written 50 documents per batch (the first batches 5, 10, 20 and 40; on PostgreSQL one INSERT … SELECT FROM unnest(string_to_array(…)) per table, as WITH clauses of one statement; on PGlite one COPY … FROM '/dev/blob' per table in one transaction, the statement should it fail; a failed batch is retried one document per statement), in a pipeline: while one batch is written, the next is read and extracted.`,
    'wall s / CPU s: ingest and store, up to the last document committed. refresh s: the verification refresh `dossier ingest` runs next (evidence links, contradictions, suggested verdicts), timed apart (not run when BENCH_INGEST_REFRESH=0); the recombined sentences repeat each claim across hundreds of documents, far more than news does, so its links and time are a worst case.',
    `CPU s: user + system time of the bench process during the run. For PGlite it is all the work (the database runs in a worker thread of the same process; with reading and extraction in the other thread, the wall time can fall below it on two cores); for PostgreSQL the server's CPU is not in it. main s / other s: CPU of the bench's main thread (reading, extraction, rows) and of its other threads (the PGlite worker, V8's GC and compiler helpers), from /proc; these do not grow with the machine's load as wall time does. Load average when the bench started: ${load} on ${availableParallelism()} cores; after each engine's run: ${loads.join(', ')}.`,
    'Peak RSS: the largest resident set sampled every 100 ms during that run (the whole bench process, PGlite’s WebAssembly heap included).',
  );
  return {
    title: `Ingest: read + extract + store ${N} news-size documents`,
    headers: ['engine', 'ingested', 'failed', 'wall s', 'CPU s (bench process)', 'main s', 'other s', 'docs/s (wall)', 'MB/s', 'mentions', 'claims', 'demands', 'peak RSS MB', 'refresh s', 'evidence links', 'goal'],
    rows,
    notes,
  };
}
