// The ingest capability's SQL: the gazetteer read from the store, and one document written in one
// transaction with batched inserts (one INSERT … SELECT FROM unnest(…) per table).
import type { Db, Queryable } from '../store/index.ts';
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

export interface StoredCounts {
  /** false when the source was already there: nothing was written. */
  created: boolean;
  mentions: number;
  claims: number;
  demands: number;
}

/** Writes one document and everything extracted from it in one transaction: all of it or none of it. */
export async function storeDocument(db: Db, rows: DocumentRows): Promise<StoredCounts> {
  return db.transaction((tx) => writeDocument(tx, rows));
}

/** The writes of storeDocument, inside a transaction the caller holds. */
export async function writeDocument(tx: Queryable, rows: DocumentRows): Promise<StoredCounts> {
  const s = rows.source;
  const inserted = await tx.query(
    `INSERT INTO sources (id, url, title, publisher, author, published, kind, text, content_hash, licence)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [s.id, s.url, s.title, s.publisher, s.author, s.published, s.kind, s.text, s.content_hash, s.licence],
  );
  if (inserted.length === 0) return { created: false, mentions: 0, claims: 0, demands: 0 };
  const m = rows.mentions;
  if (m.length) {
    await tx.query(
      `INSERT INTO mentions (id, source_id, span_start, span_end, surface, type, entity_id, canonical, known)
       SELECT u.id, $1, u.s, u.e, u.surface, u.type, u.entity_id, u.canonical, u.known
       FROM unnest($2::text[], $3::int[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[], $9::boolean[])
         AS u(id, s, e, surface, type, entity_id, canonical, known)
       ON CONFLICT (id) DO NOTHING`,
      [
        s.id,
        m.map((r) => r.id),
        m.map((r) => r.span_start),
        m.map((r) => r.span_end),
        m.map((r) => r.surface),
        m.map((r) => r.type),
        m.map((r) => r.entity_id),
        m.map((r) => r.canonical),
        m.map((r) => r.known),
      ],
    );
  }
  const c = rows.claims;
  if (c.length) {
    await tx.query(
      `INSERT INTO claims (id, subject_id, subject_name, predicate, object_kind, object_id, object_value,
                           date_start, date_end, precision, where_id, where_name, claimant_id, claimant_name,
                           source_id, quote, span_start, span_end, negated, hedged, status, confidence)
       SELECT u.id, u.subject_id, u.subject_name, u.predicate, u.object_kind, u.object_id, u.object_value,
              u.date_start, u.date_end, u.precision, u.where_id, u.where_name, u.claimant_id, u.claimant_name,
              $1, u.quote, u.s, u.e, u.negated, u.hedged, 'proposed', u.confidence
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                   $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[],
                   $17::int[], $18::int[], $19::boolean[], $20::boolean[], $21::float8[])
         AS u(id, subject_id, subject_name, predicate, object_kind, object_id, object_value, date_start, date_end,
              precision, where_id, where_name, claimant_id, claimant_name, quote, s, e, negated, hedged, confidence)
       ON CONFLICT (id) DO NOTHING`,
      [
        s.id,
        c.map((r) => r.id),
        c.map((r) => r.subject_id),
        c.map((r) => r.subject_name),
        c.map((r) => r.predicate),
        c.map((r) => r.object_kind),
        c.map((r) => r.object_id),
        c.map((r) => r.object_value),
        c.map((r) => r.date_start),
        c.map((r) => r.date_end),
        c.map((r) => r.precision),
        c.map((r) => r.where_id),
        c.map((r) => r.where_name),
        c.map((r) => r.claimant_id),
        c.map((r) => r.claimant_name),
        c.map((r) => r.quote),
        c.map((r) => r.span_start),
        c.map((r) => r.span_end),
        c.map((r) => r.negated),
        c.map((r) => r.hedged),
        c.map((r) => r.confidence),
      ],
    );
  }
  const d = rows.demands;
  if (d.length) {
    await tx.query(
      `INSERT INTO demands (id, source_id, measure_kind, of_whom, against_id, against_name, quote, span_start, span_end)
       SELECT u.id, $1, u.measure_kind, u.of_whom, u.against_id, u.against_name, u.quote, u.s, u.e
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::int[])
         AS u(id, measure_kind, of_whom, against_id, against_name, quote, s, e)
       ON CONFLICT (id) DO NOTHING`,
      [
        s.id,
        d.map((r) => r.id),
        d.map((r) => r.measure_kind),
        d.map((r) => r.of_whom),
        d.map((r) => r.against_id),
        d.map((r) => r.against_name),
        d.map((r) => r.quote),
        d.map((r) => r.span_start),
        d.map((r) => r.span_end),
      ],
    );
  }
  return { created: true, mentions: m.length, claims: c.length, demands: d.length };
}
