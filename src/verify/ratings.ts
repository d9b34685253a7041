// Source reliability, editable by a reviewer: every rating is a new source_ratings row (history kept) and
// an audit entry; the source's current grade is the latest rating.
import { DossierError, RELIABILITY_CODES } from '../model/index.ts';
import type { Db, Queryable } from '../store/index.ts';
import { loadSources } from './queries.ts';
import { defaultReviewer } from './review.ts';
import { refreshIn } from './refresh.ts';
import type { SourceFact } from './types.ts';

export async function findSource(q: Queryable, text: string): Promise<{ id: string; ref: string | null; title: string }> {
  const rows = await q.query<{ id: string; ref: string | null; title: string }>(`SELECT id, ref, title FROM sources WHERE id = $1 OR ref = $1`, [text]);
  if (!rows[0]) throw new DossierError('not_found', `no source "${text}" (give its id or its ref, e.g. src-…)`, { field: 'source' });
  return rows[0];
}

export interface RatingOutcome {
  source_id: string;
  ref: string | null;
  before: { reliability: string; origin: string };
  after: { reliability: string; origin: 'rated' };
  rated_by: string;
  note: string | null;
  suggestions_changed: number;
}

export async function rateSource(db: Db, source: string, code: string, opts: { note?: string; reviewer?: string } = {}): Promise<RatingOutcome> {
  const grade = code.trim().toUpperCase();
  if (!(RELIABILITY_CODES as readonly string[]).includes(grade))
    throw new DossierError('bad_input', `reliability must be one of ${RELIABILITY_CODES.join(', ')} (Admiralty scale), not "${code}"`, { field: 'reliability' });
  const reviewer = opts.reviewer ?? defaultReviewer();
  return db.transaction(async (tx) => {
    const s = await findSource(tx, source);
    const before = (await loadSources(tx)).get(s.id)!;
    await tx.query(`INSERT INTO source_ratings (source_id, reliability, note, rated_by, rated_at) VALUES ($1, $2, $3, $4, clock_timestamp())`, [s.id, grade, opts.note ?? null, reviewer]);
    await tx.query(`UPDATE sources SET reliability = $2 WHERE id = $1`, [s.id, grade]);
    await tx.query(
      `INSERT INTO audit_log (actor, action, target_type, target_id, before, after, note) VALUES ($1, 'source.rate', 'source', $2, $3::jsonb, $4::jsonb, $5)`,
      [reviewer, s.id, JSON.stringify({ reliability: before.reliability, origin: before.reliability_origin }), JSON.stringify({ reliability: grade }), opts.note ?? null],
    );
    // Reliability weighs in every suggested verdict that cites this source.
    const refreshed = await refreshIn(tx);
    return {
      suggestions_changed: refreshed.suggestions_changed, source_id: s.id, ref: s.ref, before: { reliability: before.reliability, origin: before.reliability_origin }, after: { reliability: grade, origin: 'rated' }, rated_by: reviewer, note: opts.note ?? null };
  });
}

export async function sourceRatings(db: Db, source: string): Promise<{ source: SourceFact; history: Array<{ reliability: string; note: string | null; rated_by: string; rated_at: string }> }> {
  const s = await findSource(db, source);
  const src = (await loadSources(db)).get(s.id)!;
  const history = await db.query<{ reliability: string; note: string | null; rated_by: string; rated_at: string }>(
    `SELECT reliability, note, rated_by, to_char(rated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS rated_at FROM source_ratings WHERE source_id = $1 ORDER BY rated_at, id`,
    [s.id],
  );
  return { source: src, history };
}

/** Every source with its current reliability and where the grade comes from. */
export async function listSources(db: Db): Promise<SourceFact[]> {
  return [...(await loadSources(db)).values()];
}
