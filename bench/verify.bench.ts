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
  const rows: Array<[string, number, string]> = [];
  try {
    await importReference(db);
    const [tLists] = await time(() => importBundledLists(db));
    rows.push(['import bundled lists + refresh (PGlite)', Math.round(tLists), 'ms, 10 files, ~22k entries']);
    const [tRefresh, r] = await time(() => refreshVerification(db));
    rows.push(['refreshVerification, nothing new (PGlite)', Math.round(tRefresh), `ms, ${r.evidence_links} links, ${r.contradictions} contradictions, ${r.list_measures} list measures`]);
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
  return { title: 'Verification and accountability speed', headers: ['step', 'time', 'unit / size'], rows, notes: ['One run each on this machine (2 shared cores); PGlite in memory.'] };
}
