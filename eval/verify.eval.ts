// Quality of automatic verification on the bundled reference data. The curator's evidence in claims.json
// (stance per op-ed claim and source) is the yardstick; automatic links are made only from other stored
// claims (events' attributions, actors' relations), never from the curated rows.
import { openStore } from '../src/store/index.ts';
import { BUNDLED_REFERENCE_DIR, loadReference, mapReference } from '../src/reference/index.ts';
import { saveReference } from '../src/reference/save.ts';
import { listContradictions, refreshVerification } from '../src/verify/index.ts';
import type { EvalSection } from './index.ts';

const DIR: Record<string, number> = { supports: 1, partially_supports: 1, disputes: -1, contradicts: -1, context: 0 };

export async function run(): Promise<EvalSection> {
  const db = await openStore({ dataDir: 'memory', databaseUrl: '' });
  try {
    await saveReference(db, mapReference(loadReference(BUNDLED_REFERENCE_DIR)));
    await refreshVerification(db);
    const rows = await db.query<{ claim: string; source: string; stance: string; origin: string }>(
      `SELECT c.ref AS claim, s.ref AS source, e.stance, e.origin FROM evidence e JOIN claims c ON c.id = e.claim_id
       JOIN sources s ON s.id = e.source_id JOIN sources cs ON cs.id = c.source_id WHERE cs.ref = 'src-oped-tice-singh'`,
    );
    const curated = new Map<string, number>();
    const auto = new Map<string, Set<number>>();
    for (const r of rows) {
      const key = `${r.claim}|${r.source}`;
      const d = DIR[r.stance] ?? 0;
      if (r.origin === 'curated') {
        if (d !== 0) curated.set(key, d);
      } else if (r.origin === 'automatic') auto.set(key, new Set([...(auto.get(key) ?? []), d]));
    }
    let found = 0;
    let agree = 0;
    for (const [k, d] of curated) {
      const a = auto.get(k);
      if (!a) continue;
      found++;
      if (a.has(d)) agree++;
    }
    const autoOnly = [...auto.keys()].filter((k) => !curated.has(k)).length;

    const contradictions = await listContradictions(db);
    const oped = (await db.query<{ id: string }>(`SELECT id FROM sources WHERE ref = 'src-oped-tice-singh'`))[0]!.id;
    const byKind = new Map<string, { all: number; oped: number }>();
    for (const c of contradictions) {
      const k = byKind.get(c.kind) ?? { all: 0, oped: 0 };
      k.all++;
      if (c.a.source_id === oped || c.b.source_id === oped) k.oped++;
      byKind.set(c.kind, k);
    }
    const automaticOped = [...byKind.entries()].filter(([k]) => k !== 'disputed_by_evidence').reduce((n, [, v]) => n + v.oped, 0);
    const missed: string[] = [];
    if (automaticOped < 1) missed.push('no automatic contradiction between the op-ed and another source');
    if (found > 0 && agree / found < 0.8) missed.push(`automatic stance agrees with the curator on ${agree}/${found} pairs (goal ≥ 80%)`);
    return {
      title: 'Verification (bundled reference data; curator evidence in claims.json as yardstick)',
      headers: ['measure', 'value'],
      rows: [
        ['curated (op-ed claim, source) pairs with a stance', curated.size],
        ['… also linked automatically', found],
        ['… automatic stance in the curator’s direction', `${agree}/${found}`],
        ['automatic links to op-ed claims the curator did not list', autoOnly],
        ...[...byKind.entries()].sort().map(([k, v]) => [`contradictions: ${k} (with the op-ed)`, `${v.all} (${v.oped})`] as [string, string]),
      ],
      missed,
      notes: [
        'Automatic links come only from other stored claims (events.json attributions, actors.json relations); most curated evidence is prose with no structured claim behind it, so recall against the curator is low by construction until extraction stores claims from those sources.',
      ],
    };
  } finally {
    await db.close();
  }
}
