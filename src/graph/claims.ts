// Claims: filter and fetch, each with its source, its current verdict and (one at a time) its evidence.
import { DossierError } from '../model/index.ts';
import type { Queryable, Row } from '../store/index.ts';
import { clampLimit, decodeCursor, toPage, Where, type Page } from './page.ts';
import { refOf, sourceRefs, type SourceRef } from './refs.ts';

export const CLAIM_COLS = [
  'id', 'ref', 'subject_id', 'subject_name', 'predicate', 'object_kind', 'object_id', 'object_value', 'date_start',
  'date_end', 'precision', 'where_id', 'where_name', 'claimant_id', 'claimant_name', 'source_id', 'quote', 'span_start',
  'span_end', 'negated', 'hedged', 'status', 'confidence', 'credibility', 'version',
] as const;

export interface ClaimRow {
  id: string;
  ref: string | null;
  subject_id: string | null;
  subject_name: string;
  predicate: string;
  object_kind: string;
  object_id: string | null;
  object_value: string | null;
  date_start: string | null;
  date_end: string | null;
  precision: string | null;
  where_id: string | null;
  where_name: string | null;
  claimant_id: string | null;
  claimant_name: string;
  source_id: string;
  quote: string;
  span_start: number | null;
  span_end: number | null;
  negated: boolean;
  hedged: boolean;
  status: string;
  confidence: number;
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

export async function listClaims(db: Queryable, f: ClaimFilter): Promise<Page<ClaimView>> {
  const limit = clampLimit(f.limit);
  const w = new Where();
  if (f.subject !== undefined) w.add('c.subject_id = ?', f.subject);
  if (f.object !== undefined) w.add('c.object_id = ?', f.object);
  if (f.entity !== undefined) {
    const p = w.param(f.entity);
    w.add(`(c.subject_id = ${p} OR c.object_id = ${p})`);
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
  const rows = await db.query(
    `SELECT ${CLAIM_COLS.map((c) => `c.${c}`).join(', ')} FROM claims c ${w} ORDER BY c.id LIMIT ${limit + 1}`,
    w.params,
  );
  const page = toPage(rows as unknown as ClaimRow[], limit, (r) => r.id);
  return { ...page, items: await decorateClaims(db, page.items as unknown as Row[]) };
}

/** Adds object names, current verdicts and sources to claim rows (three queries for the whole batch). */
export async function decorateClaims(db: Queryable, rows: Row[]): Promise<ClaimView[]> {
  const claims = rows as unknown as ClaimRow[];
  if (claims.length === 0) return [];
  const ids = claims.map((c) => c.id);
  const objectIds = claims.filter((c) => c.object_id).map((c) => c.object_id!);
  const [names, verdicts, refs] = await Promise.all([
    objectIds.length
      ? db.query<{ id: string; name: string }>(
          'SELECT id, name FROM entities WHERE id = ANY($1::text[]) UNION ALL SELECT id, name FROM events WHERE id = ANY($1::text[])',
          [objectIds],
        )
      : Promise.resolve([]),
    db.query<{ claim_id: string; rating: string }>(
      `SELECT DISTINCT ON (claim_id) claim_id, rating FROM verdicts WHERE claim_id = ANY($1::text[])
       ORDER BY claim_id, decided_at DESC, id DESC`,
      [ids],
    ),
    sourceRefs(db, claims.map((c) => c.source_id)),
  ]);
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  const verdictOf = new Map(verdicts.map((v) => [v.claim_id, v.rating]));
  return claims.map((c) => ({
    ...c,
    object_name: c.object_id ? (nameOf.get(c.object_id) ?? null) : c.object_value,
    verdict: verdictOf.get(c.id) ?? null,
    source: refOf(refs, c.source_id),
  }));
}

export async function getClaim(db: Queryable, idOrRef: string): Promise<ClaimDetail> {
  const [row] = await db.query(`SELECT ${CLAIM_COLS.join(', ')} FROM claims WHERE id = $1 OR ref = $1 LIMIT 1`, [idOrRef]);
  if (!row) throw new DossierError('not_found', `no claim ${idOrRef}`, { field: 'id' });
  const [view] = await decorateClaims(db, [row]);
  const id = view!.id;
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
    ...view!,
    evidence: ev.map(({ other_claim_id, source_id, ...e }) => ({
      ...e,
      other_claim: other_claim_id ? (otherOf.get(other_claim_id) ?? null) : null,
      source: refOf(refs, source_id),
    })),
    verdicts: verdicts.map((v) => ({ ...v, decided_at: new Date(v.decided_at).toISOString() })),
  };
}
