// Store reads for verification: claims, sources with their current reliability, casualty records, list
// facts and evidence, shaped as the pure core's plain values.
import type { Queryable } from '../store/index.ts';
import type { Stance } from '../model/index.ts';
import { effectiveReliability } from './reliability.ts';
import type { CasualtyFact, ClaimFact, EvidenceFact, ListFact, SourceFact, VerifyContext } from './types.ts';
import { listFacts } from '../measures/queries.ts';
import { resolveEventLiterals, type EventRef } from './events.ts';
import { originKeys } from './keys.ts';

export const CLAIM_COLUMNS = `c.id, c.ref, c.version, c.subject_id, c.subject_name, c.predicate, c.object_kind, c.object_id, c.object_value,
  coalesce(oe.name, ov.name) AS object_name, c.date_start, c.date_end, c.where_id, c.where_name, c.claimant_name, c.source_id,
  c.quote, c.negated, c.hedged, c.status`;
export const CLAIM_JOINS = `LEFT JOIN entities oe ON oe.id = c.object_id LEFT JOIN events ov ON ov.id = c.object_id`;

/** Claims as the core sees them: literal event names read as the stored events they name (events.ts). */
export async function loadClaims(q: Queryable, where = 'TRUE', params: unknown[] = []): Promise<ClaimFact[]> {
  const claims = await q.query<ClaimFact & Record<string, unknown>>(
    `SELECT ${CLAIM_COLUMNS} FROM claims c ${CLAIM_JOINS} WHERE ${where} ORDER BY c.id`,
    params,
  );
  return resolveEventLiterals(claims, await loadEvents(q));
}

export async function loadSources(q: Queryable): Promise<Map<string, SourceFact>> {
  const rows = await q.query<{
    id: string; ref: string | null; title: string; publisher: string | null; kind: string; url: string | null;
    reliability: string | null; rated: string | null;
  }>(
    `SELECT s.id, s.ref, s.title, s.publisher, s.kind, s.url, s.reliability,
       (SELECT r.reliability FROM source_ratings r WHERE r.source_id = s.id ORDER BY r.rated_at DESC, r.id DESC LIMIT 1) AS rated
     FROM sources s ORDER BY s.id`,
  );
  const origins = originKeys(rows);
  return new Map(
    rows.map((r) => {
      const eff = effectiveReliability(r.kind, r.reliability, r.rated);
      return [r.id, { id: r.id, ref: r.ref, title: r.title, publisher: r.publisher, kind: r.kind, url: r.url, reliability: eff.reliability, reliability_origin: eff.origin, origin_key: origins.get(r.id)! }];
    }),
  );
}

/** Evidence rows: all, or only what people wrote (curated and reviewer), or only the automatic links. */
export async function loadEvidence(q: Queryable, which: 'all' | 'curated' | 'automatic' = 'all'): Promise<EvidenceFact[]> {
  const where = which === 'all' ? '' : which === 'automatic' ? `WHERE origin = 'automatic'` : `WHERE origin <> 'automatic'`;
  return q.query<EvidenceFact & Record<string, unknown>>(
    `SELECT id, claim_id, other_claim_id, source_id, stance, quote, note, origin FROM evidence ${where} ORDER BY id`,
  );
}

export async function loadEvents(q: Queryable): Promise<EventRef[]> {
  return q.query<EventRef & Record<string, unknown>>(`SELECT id, name, place_name, date_start FROM events ORDER BY id`);
}

export async function loadCasualties(q: Queryable): Promise<CasualtyFact[]> {
  return q.query<CasualtyFact & Record<string, unknown>>(
    `SELECT c.event_id, e.name AS event_name, c.kind, c.value, c.reported_by, c.source_id, c.quote
     FROM casualties c JOIN events e ON e.id = c.event_id ORDER BY c.event_id, c.kind, c.source_id, c.value`,
  );
}

/** Sources, entities, events, casualty records, list facts and evidence (`evidence`: which rows; see loadEvidence). */
export async function loadContext(q: Queryable, evidence: 'all' | 'curated' = 'all'): Promise<VerifyContext> {
  // One after another: `q` may be a transaction's single connection, which runs one query at a time.
  const sources = await loadSources(q);
  const kinds = await q.query<{ id: string; kind: string; name: string }>(`SELECT id, kind, name FROM entities`);
  const events = await q.query<{ id: string; name: string }>(`SELECT id, name FROM events`);
  const casualties = await loadCasualties(q);
  const lists = await listFacts(q);
  const rows = await loadEvidence(q, evidence);
  const names = new Map<string, string>([...kinds.map((k) => [k.id, k.name] as const), ...events.map((e) => [e.id, e.name] as const)]);
  return { sources, entityKinds: new Map(kinds.map((k) => [k.id, k.kind])), names, casualties, lists: lists as ListFact[], evidence: rows };
}

export type { Stance };
