// refreshVerification: runs after every ingest or import. In one transaction it rebuilds list-derived
// measures, links matching claims as evidence, turns contradictions into disputing evidence, and records a
// new suggested verdict wherever the evidence changed it. Idempotent: a second run changes nothing.
import { makeId } from '../model/index.ts';
import type { Db, Queryable } from '../store/index.ts';
import { upsertRows } from '../store/upsert.ts';
import { refreshMeasures } from '../measures/index.ts';
import { contradictions } from './contradictions.ts';
import { disputeLinks } from './dispute-links.ts';
import { liveClaims, matchEvidence } from './match.ts';
import { loadClaims, loadContext, loadEvidence } from './queries.ts';
import { suggestVerdict } from './suggest.ts';
import type { EvidenceFact } from './types.ts';

export interface RefreshSummary {
  evidence_links: number;
  evidence_added: number;
  evidence_removed: number;
  contradictions: number;
  suggestions_changed: number;
  list_measures: number;
}

export async function refreshVerification(db: Db): Promise<RefreshSummary> {
  return db.transaction((tx) => refreshIn(tx));
}

/** The same, inside a transaction the caller already holds (an import that wants one commit). */
export async function refreshIn(tx: Queryable): Promise<RefreshSummary> {
  const measures = await refreshMeasures(tx);
  const claims = await loadClaims(tx);
  const ctx = await loadContext(tx);
  const found = contradictions(claims, ctx);
  const links = [...matchEvidence(claims), ...disputeLinks(found)];
  const before = new Set((await tx.query<{ id: string }>(`SELECT id FROM evidence WHERE origin = 'automatic'`)).map((r) => r.id));
  await upsertRows(
    tx,
    'evidence',
    links.map((l) => ({ id: l.id, claim_id: l.claim_id, other_claim_id: l.other_claim_id, source_id: l.source_id, stance: l.stance, quote: l.quote, note: l.note, origin: 'automatic' })),
    { conflict: ['id'], update: ['source_id', 'quote', 'note'] },
  );
  const keep = new Set(links.map((l) => l.id));
  const stale = [...before].filter((id) => !keep.has(id));
  for (const id of stale) await tx.query(`DELETE FROM evidence WHERE id = $1 AND origin = 'automatic'`, [id]);

  // Suggested verdicts: a new row only when the rating or the evidence it counts changed.
  const evidence = await loadEvidence(tx);
  const byClaim = new Map<string, EvidenceFact[]>();
  for (const e of evidence) byClaim.set(e.claim_id, [...(byClaim.get(e.claim_id) ?? []), e]);
  const latest = new Map(
    (
      await tx.query<{ id: string; claim_id: string; rating: string; evidence_ids: unknown }>(
        `SELECT DISTINCT ON (claim_id) id, claim_id, rating, evidence_ids FROM verdicts WHERE suggested ORDER BY claim_id, decided_at DESC, id DESC`,
      )
    ).map((r) => [r.claim_id, r]),
  );
  const credibility = new Map((await tx.query<{ id: string; credibility: string | null }>(`SELECT id, credibility FROM claims`)).map((r) => [r.id, r.credibility]));
  let changed = 0;
  for (const c of liveClaims(claims)) {
    const s = suggestVerdict(c, byClaim.get(c.id) ?? [], ctx.sources);
    const prev = latest.get(c.id);
    const prevIds = prev ? jsonArray(prev.evidence_ids).join(',') : '';
    const same = prev ? prev.rating === s.rating && prevIds === s.evidence_ids.join(',') : s.rating === 'unverified' && s.evidence_ids.length === 0;
    if (same) {
      if (credibility.get(c.id) !== s.credibility) await tx.query(`UPDATE claims SET credibility = $2 WHERE id = $1`, [c.id, s.credibility]);
      continue;
    }
    changed++;
    const id = makeId('verdict', c.id, s.rating, 'suggested', prev?.id ?? '', s.evidence_ids.join(','));
    await tx.query(
      `INSERT INTO verdicts (id, claim_id, rating, rationale, evidence_ids, reviewer, suggested, decided_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, NULL, true, clock_timestamp()) ON CONFLICT (id) DO NOTHING`,
      [id, c.id, s.rating, s.rationale, JSON.stringify(s.evidence_ids)],
    );
    await tx.query(`UPDATE claims SET version = version + 1, credibility = $2 WHERE id = $1`, [c.id, s.credibility]);
    await tx.query(
      `INSERT INTO audit_log (actor, action, target_type, target_id, before, after, note) VALUES ('dossier', 'verdict.suggest', 'claim', $1, $2::jsonb, $3::jsonb, $4)`,
      [c.id, JSON.stringify(prev ? { rating: prev.rating, evidence_ids: jsonArray(prev.evidence_ids) } : null), JSON.stringify({ rating: s.rating, evidence_ids: s.evidence_ids, verdict_id: id }), 'suggested verdict recomputed from evidence'],
    );
  }
  return {
    evidence_links: links.length,
    evidence_added: links.filter((l) => !before.has(l.id)).length,
    evidence_removed: stale.length,
    contradictions: found.length,
    suggestions_changed: changed,
    list_measures: measures.list_measures,
  };
}

export function jsonArray(x: unknown): string[] {
  if (Array.isArray(x)) return x as string[];
  if (typeof x === 'string') return JSON.parse(x) as string[];
  return [];
}
