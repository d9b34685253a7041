// The ingest capability's SQL: the gazetteer read from the store, and documents written in one statement
// (one INSERT … SELECT FROM json_to_recordset(…) per table, as data-modifying WITH clauses).
import type { Queryable } from '../store/index.ts';
import type { EntityKind } from '../model/index.ts';
import type { GazetteerEntry, MentionType } from '../extract/types.ts';
import { surfaceForms } from '../extract/gazetteer.ts';
import type { DocumentRows } from './records.ts';

const TYPE_OF_KIND: Record<EntityKind, MentionType> = {
  person: 'person',
  organization: 'organization',
  agency: 'organization',
  state: 'place',
  place: 'place',
};

/**
 * The forms of a stored name to look for in text, as src/extract reads names ("Dr. Khaled Qaddoumi" →
 * "Khaled Qaddoumi"; "Haqqani Network (HQN)" → both), except that a parenthesised part is a name of its
 * own only when it is an acronym: "Ministry of Home Affairs (India)" must not make "India" a name of
 * the ministry.
 */
export function lookupForms(name: string): string[] {
  const m = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(name);
  if (m && !/^[\p{Lu}\d][\p{Lu}\d&.-]{1,11}$/u.test(m[2]!.trim())) return surfaceForms(m[1]!);
  return surfaceForms(name);
}

/**
 * Every entity name and alias in the store → GazetteerEntry[]. A merged entity's names point to the
 * entity it was merged into. Sorted, so the same store gives the same gazetteer.
 */
export async function loadGazetteer(db: Queryable): Promise<GazetteerEntry[]> {
  const entities = await db.query<{ id: string; kind: EntityKind; name: string; merged_into: string | null }>(
    'SELECT id, kind, name, merged_into FROM entities ORDER BY id',
  );
  const byId = new Map(entities.map((e) => [e.id, e]));
  const target = (id: string) => {
    let e = byId.get(id);
    for (let hops = 0; e?.merged_into && hops < 20; hops++) e = byId.get(e.merged_into) ?? e;
    return e!;
  };
  const aliases = await db.query<{ entity_id: string; name: string }>(
    'SELECT entity_id, name FROM aliases ORDER BY entity_id, name',
  );
  const seen = new Set<string>();
  const out: GazetteerEntry[] = [];
  const add = (entityId: string, name: string) => {
    const e = target(entityId);
    if (!e) return;
    const canonical = lookupForms(e.name)[0] ?? e.name;
    for (const form of lookupForms(name)) {
      const k = `${e.id}\u0000${form}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({ name: form, canonical, type: TYPE_OF_KIND[e.kind] ?? 'organization', entity_kind: e.kind, entity_id: e.id });
    }
  };
  for (const e of entities) add(e.id, e.name);
  for (const a of aliases) if (byId.has(a.entity_id)) add(a.entity_id, a.name);
  return out;
}

export async function sourceExists(db: Queryable, id: string): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM sources WHERE id = $1', [id]);
  return rows.length > 0;
}

/** Which of these source ids are stored already. */
export async function existingSources(db: Queryable, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.query<{ id: string }>('SELECT id FROM sources WHERE id = ANY($1::text[])', [ids]);
  return new Set(rows.map((r) => r.id));
}

export interface StoredCounts {
  /** false when the source was already there: nothing was written for it. */
  created: boolean;
  mentions: number;
  claims: number;
  demands: number;
}

/** Writes one document and everything extracted from it in one statement: all of it or none of it. */
export async function storeDocument(db: Queryable, rows: DocumentRows): Promise<StoredCounts> {
  return (await storeDocuments(db, [rows]))[0]!;
}

/**
 * Writes several documents in one statement (one INSERT per table for all of them, as data-modifying
 * WITH clauses): all of them or none of them. One statement is one round trip, so the database never
 * waits on the caller between tables. The caller retries one by one when it needs to know which document
 * was at fault.
 */
export async function storeDocuments(db: Queryable, docs: DocumentRows[]): Promise<StoredCounts[]> {
  return writeDocuments(db, docs);
}

/**
 * The statement of storeDocuments (on a Db, or inside a transaction the caller holds). Sources already
 * stored are left as they are, and so is a source named twice in `docs` the second time.
 */
export async function writeDocuments(q: Queryable, docs: DocumentRows[]): Promise<StoredCounts[]> {
  if (docs.length === 0) return [];
  const first = new Map<string, DocumentRows>();
  for (const d of docs) if (!first.has(d.source.id)) first.set(d.source.id, d);
  const unique = [...first.values()];
  // Rows are written only for the sources this statement creates (WHERE … IN (SELECT id FROM src)), and
  // toRows has dropped duplicates: no child row can exist yet, so the inserts need no ON CONFLICT (which
  // costs a probe per row).
  const children = <T extends object>(pick: (d: DocumentRows) => T[]) => {
    const out: Array<T & { source_id: string }> = [];
    for (const d of unique) for (const r of pick(d)) out.push({ ...r, source_id: d.source.id });
    return JSON.stringify(out);
  };
  const inserted = await q.query<{ id: string }>(
    `WITH src AS (
       INSERT INTO sources (id, url, title, publisher, author, published, kind, text, content_hash, licence)
       SELECT u.id, u.url, u.title, u.publisher, u.author, u.published, u.kind, u.text, u.content_hash, u.licence
       FROM json_to_recordset($1::json) AS u(id text, url text, title text, publisher text, author text, published text,
                                            kind text, text text, content_hash text, licence text)
       ON CONFLICT (id) DO NOTHING RETURNING id
     ), men AS (
       INSERT INTO mentions (id, source_id, span_start, span_end, surface, type, entity_id, canonical, known)
       SELECT u.id, u.source_id, u.span_start, u.span_end, u.surface, u.type, u.entity_id, u.canonical, u.known
       FROM json_to_recordset($2::json) AS u(id text, source_id text, span_start int, span_end int, surface text,
                                            type text, entity_id text, canonical text, known boolean)
       WHERE u.source_id IN (SELECT id FROM src)
     ), cla AS (
       INSERT INTO claims (id, subject_id, subject_name, predicate, object_kind, object_id, object_value,
                           date_start, date_end, precision, where_id, where_name, claimant_id, claimant_name,
                           source_id, quote, span_start, span_end, negated, hedged, status, confidence)
       SELECT u.id, u.subject_id, u.subject_name, u.predicate, u.object_kind, u.object_id, u.object_value,
              u.date_start, u.date_end, u.precision, u.where_id, u.where_name, u.claimant_id, u.claimant_name,
              u.source_id, u.quote, u.span_start, u.span_end, u.negated, u.hedged, 'proposed', u.confidence
       FROM json_to_recordset($3::json) AS u(id text, subject_id text, subject_name text, predicate text,
              object_kind text, object_id text, object_value text, date_start text, date_end text, precision text,
              where_id text, where_name text, claimant_id text, claimant_name text, source_id text, quote text,
              span_start int, span_end int, negated boolean, hedged boolean, confidence float8)
       WHERE u.source_id IN (SELECT id FROM src)
     ), dem AS (
       INSERT INTO demands (id, source_id, measure_kind, of_whom, against_id, against_name, quote, span_start, span_end)
       SELECT u.id, u.source_id, u.measure_kind, u.of_whom, u.against_id, u.against_name, u.quote, u.span_start, u.span_end
       FROM json_to_recordset($4::json) AS u(id text, source_id text, measure_kind text, of_whom text, against_id text,
                                            against_name text, quote text, span_start int, span_end int)
       WHERE u.source_id IN (SELECT id FROM src)
     )
     SELECT id FROM src`,
    [JSON.stringify(unique.map((d) => d.source)), children((d) => d.mentions), children((d) => d.claims), children((d) => d.demands)],
  );
  const created = new Set(inserted.map((r) => r.id));
  return docs.map((d) =>
    created.has(d.source.id) && first.get(d.source.id) === d
      ? { created: true, mentions: d.mentions.length, claims: d.claims.length, demands: d.demands.length }
      : { created: false, mentions: 0, claims: 0, demands: 0 },
  );
}
