// Speed of verification: the pure core at scale (synthetic claims made from the real stored ones by
// renaming subjects and sources), and the store path (refreshVerification, gap report) on PGlite with the
// bundled reference data and lists.
import { openStore } from '../src/store/index.ts';
import { importReference } from '../src/reference/index.ts';
import { importBundledLists } from '../src/lists/index.ts';
import { contradictions, matchEvidence, refreshVerification } from '../src/verify/index.ts';
import { loadClaims, loadContext } from '../src/verify/queries.ts';
import { gapReport } from '../src/measures/index.ts';
import type { ClaimFact } from '../src/verify/index.ts';
import type { BenchSection } from './index.ts';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths } from '../src/ingest/index.ts';
import { writeDocuments } from './ingest.bench.ts';

/** Bench documents for the incremental refresh rows (0 skips them). */
const DOCS = Number(process.env.BENCH_VERIFY_DOCS ?? 1000);

async function cpu<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const c0 = process.cpuUsage();
  const r = await fn();
  const c = process.cpuUsage(c0);
  return [(c.user + c.system) / 1e6, r];
}

/**
 * The incremental refresh on a corpus: DOCS bench documents ingested without refresh into PGlite on disk,
 * then the first refresh (full: nothing remembered), one with nothing new, one after one more document,
 * and a full one. CPU seconds of the whole process (PGlite's thread included).
 */
async function incremental(rows: Array<[string, number | string, string]>): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'dossier-verify-bench-'));
  try {
    writeDocuments(join(work, 'docs'), DOCS);
    mkdirSync(join(work, 'one'));
    writeDocuments(join(work, 'one'), 1, 777);
    const db = await openStore({ dataDir: join(work, 'pglite'), databaseUrl: '' });
    try {
      await importReference(db);
      await ingestPaths(db, [join(work, 'docs')], { kind: 'news', refresh: false });
      const row = (label: string, [s, r]: [number, Awaited<ReturnType<typeof refreshVerification>>]) =>
        rows.push([`${label} (${DOCS} docs, PGlite)`, s.toFixed(1), `CPU s, ${r.mode}, ${r.claims_recomputed} claims recomputed, ${r.evidence_links} links; load ${loadavg()[0]!.toFixed(1)}`]);
      row('refresh after the ingest', await cpu(() => refreshVerification(db)));
      row('refresh, nothing new', await cpu(() => refreshVerification(db)));
      await ingestPaths(db, [join(work, 'one')], { kind: 'news', refresh: false });
      row('refresh after one more document', await cpu(() => refreshVerification(db)));
      row('refresh { full: true }', await cpu(() => refreshVerification(db, { full: true })));
    } finally {
      await db.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function scale(claims: ClaimFact[], copies: number): ClaimFact[] {
  const out: ClaimFact[] = [];
  for (let i = 0; i < copies; i++) {
    for (const c of claims) {
      // Each copy: its own subjects/objects (so groups stay realistic in size) and sources rotated.
      out.push({ ...c, id: `${c.id}#${i}`, subject_id: c.subject_id ? `${c.subject_id}#${i % (copies / 4)}` : null, object_id: c.object_id ? `${c.object_id}#${i % (copies / 4)}` : null, source_id: `${c.source_id}#${i % 3}` });
    }
  }
  return out;
}

async function time<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const t0 = performance.now();
  const r = await fn();
  return [performance.now() - t0, r];
}

export async function run(): Promise<BenchSection> {
  const db = await openStore({ dataDir: 'memory', databaseUrl: '' });
  const rows: Array<[string, number | string, string]> = [];
  try {
    await importReference(db);
    const [tLists] = await time(() => importBundledLists(db));
    rows.push(['import bundled lists + refresh (PGlite)', Math.round(tLists), 'ms, 10 files, ~22k entries']);
    const [tRefresh, r] = await time(() => refreshVerification(db));
    rows.push(['refreshVerification, nothing new (PGlite)', Math.round(tRefresh), `ms, ${r.mode}, ${r.claims_recomputed} claims recomputed, ${r.list_measures} list measures`]);
    const [tFull, f] = await time(() => refreshVerification(db, { full: true }));
    rows.push(['refreshVerification { full: true } (PGlite)', Math.round(tFull), `ms, ${f.claims_recomputed} claims, ${f.evidence_links} links, ${f.contradictions} contradictions`]);
    const [tGap] = await time(() => gapReport(db));
    rows.push(['gap report, every actor (PGlite)', Math.round(tGap), 'ms']);
    const claims = await loadClaims(db);
    const ctx = await loadContext(db);
    for (const copies of [40, 400]) {
      const big = scale(claims, copies);
      const [tm, links] = await time(() => matchEvidence(big));
      rows.push([`matchEvidence, ${big.length} claims (pure)`, Math.round(tm), `ms, ${links.length} links`]);
      const [tc, found] = await time(() => contradictions(big, { ...ctx, casualties: [], evidence: [] }));
      rows.push([`contradictions, ${big.length} claims (pure)`, Math.round(tc), `ms, ${found.length} found`]);
    }
  } finally {
    await db.close();
  }
  if (DOCS > 0) await incremental(rows);
  return { title: 'Verification and accountability speed', headers: ['step', 'time', 'unit / size'], rows, notes: [
    'One run each on this machine (2 shared cores); PGlite in memory, except the incremental rows (on disk).',
    `Incremental rows: BENCH_VERIFY_DOCS (default 1000; 0 skips them) bench documents (bench/ingest.bench.ts), ingested without refresh; CPU s of the whole process. Their recombined sentences recur in hundreds of articles, so one new article touches large groups: a worst case.`,
  ] };
}
