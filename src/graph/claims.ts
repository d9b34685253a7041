// Claims: filter and fetch, each with its source, its current verdict and (one at a time) its evidence.
import { DossierError } from '../model/index.ts';
import type { Queryable, Row } from '../store/index.ts';
import type { ClaimRow as ClaimWrite } from '../ingest/records.ts';
import { clampLimit, decodeCursor, toPage, Where, type Page } from './page.ts';
import { refOf, sourceJson, sourceRefs, type SourceRef } from './refs.ts';

export const CLAIM_COLS = [
  'id', 'ref', 'subject_id', 'subject_name', 'predicate', 'object_kind', 'object_id', 'object_value', 'date_start',
  'date_end', 'precision', 'where_id', 'where_name', 'claimant_id', 'claimant_name', 'source_id', 'quote', 'span_start',
  'span_end', 'negated', 'hedged', 'status', 'confidence', 'credibility', 'version',
] as const;

/**
 * A claims row as read: the columns ingest writes (src/ingest/records.ts), with a curated claim's spans
 * null and every object kind, and the columns the store and review keep.
 */
export interface ClaimRow extends Omit<ClaimWrite, 'object_kind' | 'span_start' | 'span_end'> {
  ref: string | null;
  object_kind: string;
  source_id: string;
  span_start: number | null;
  span_end: number | null;
  status: string;
  credibility: string | null;
  version: number;
}

export interface ClaimView extends ClaimRow {
  /** The object's display name: an entity's or event's name, or the literal value. */
  object_name: string | null;
  /** The current verdict's rating (latest verdict), or null when none. */
  verdict: string | null;
  source: SourceRef | null;
}

export interface EvidenceView {
  id: string;
  stance: string;
  quote: string | null;
  note: string | null;
  origin: string;
  other_claim: ClaimRow | null;
  source: SourceRef | null;
}

export interface VerdictView {
  id: string;
  rating: string;
  rationale: string;
  evidence_ids: string[];
  reviewer: string | null;
  suggested: boolean;
  decided_at: string;
}

export interface ClaimDetail extends ClaimView {
  evidence: EvidenceView[];
  /** Every verdict, latest first: the first is the current one. */
  verdicts: VerdictView[];
}

export interface ClaimFilter {
  subject?: string | undefined;
  object?: string | undefined;
  entity?: string | undefined;
  predicate?: string | undefined;
  source?: string | undefined;
  status?: string | undefined;
  verdict?: string | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
}

const CURRENT_VERDICT = `(SELECT v.rating FROM verdicts v WHERE v.claim_id = c.id ORDER BY v.decided_at DESC, v.id DESC LIMIT 1)`;

/**
 * Claims as served, in one statement: the row, its object's name, its current verdict and its source.
 * Append `WHERE …` over `c` and an ORDER BY.
 */
export const CLAIM_VIEW_SQL = `
SELECT ${CLAIM_COLS.map((c) => `c.${c}`).join(', ')},
       coalesce(oe.name, ov.name, CASE WHEN c.object_id IS NULL THEN c.object_value END) AS object_name,
       ${CURRENT_VERDICT} AS verdict,
       ${sourceJson('s')} AS source
FROM claims c
LEFT JOIN sources s ON s.id = c.source_id
LEFT JOIN entities oe ON oe.id = c.object_id
LEFT JOIN events ov ON ov.id = c.object_id AND oe.id IS NULL`;

export async function listClaims(db: Queryable, f: ClaimFilter): Promise<Page<ClaimView>> {
  const limit = clampLimit(f.limit);
  const w = new Where();
  if (f.subject !== undefined) w.add('c.subject_id = ?', f.subject);
  if (f.object !== undefined) w.add('c.object_id = ?', f.object);
  if (f.entity !== undefined) {
    const p = w.param(f.entity);
    // As on the entity's page (getEntity): the claims it is the subject, object or claimant of.
    w.add(`(c.subject_id = ${p} OR c.object_id = ${p} OR c.claimant_id = ${p})`);
  }
  if (f.predicate !== undefined) w.add('c.predicate = ?', f.predicate);
  if (f.source !== undefined) w.add('c.source_id = ?', f.source);
  if (f.status !== undefined) w.add('c.status = ?', f.status);
  if (f.verdict !== undefined) {
    if (f.verdict === 'none') w.add(`${CURRENT_VERDICT} IS NULL`);
    else w.add(`${CURRENT_VERDICT} = ?`, f.verdict);
  }
  const after = decodeCursor(f.cursor);
  if (after !== null) w.add('c.id > ?', String(after));
  const rows = await db.query<ClaimView & Row>(`${CLAIM_VIEW_SQL} ${w} ORDER BY c.id LIMIT ${limit + 1}`, w.params);
  return toPage(rows, limit, (r) => r.id);
}

export async function getClaim(db: Queryable, idOrRef: string): Promise<ClaimDetail> {
  const [view] = await db.query<ClaimView & Row>(`${CLAIM_VIEW_SQL} WHERE c.id = $1 OR c.ref = $1 LIMIT 1`, [idOrRef]);
  if (!view) throw new DossierError('not_found', `no claim ${idOrRef}`, { field: 'id' });
  const id = view.id;
  const [ev, verdicts] = await Promise.all([
    db.query<{ id: string; stance: string; quote: string | null; note: string | null; origin: string; other_claim_id: string | null; source_id: string | null }>(
      'SELECT id, stance, quote, note, origin, other_claim_id, source_id FROM evidence WHERE claim_id = $1 ORDER BY id',
      [id],
    ),
    db.query<VerdictView & Row>(
      `SELECT id, rating, rationale, evidence_ids, reviewer, suggested, decided_at FROM verdicts WHERE claim_id = $1
       ORDER BY decided_at DESC, id DESC`,
      [id],
    ),
  ]);
  const others = ev.some((e) => e.other_claim_id)
    ? await db.query(`SELECT ${CLAIM_COLS.join(', ')} FROM claims WHERE id = ANY($1::text[])`, [ev.map((e) => e.other_claim_id).filter(Boolean)])
    : [];
  const otherOf = new Map((others as unknown as ClaimRow[]).map((o) => [o.id, o]));
  const refs = await sourceRefs(db, ev.map((e) => e.source_id));
  return {
    ...view,
    evidence: ev.map(({ other_claim_id, source_id, ...e }) => ({
      ...e,
      other_claim: other_claim_id ? (otherOf.get(other_claim_id) ?? null) : null,
      source: refOf(refs, source_id),
    })),
    verdicts: verdicts.map((v) => ({ ...v, decided_at: new Date(v.decided_at).toISOString() })),
  };
}
