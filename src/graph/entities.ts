// Entities: list/filter by name, and one entity with everything known about it, each fact with its source.
import { DossierError } from '../model/index.ts';
import { normaliseName } from '../resolve/index.ts';
import type { Queryable } from '../store/index.ts';
import { clampLimit, decodeCursor, toPage, Where, type Page } from './page.ts';
import { sourceJson, type SourceRef } from './refs.ts';
import { CLAIM_VIEW_SQL, type ClaimView } from './claims.ts';

export const ENTITY_COLS = ['id', 'ref', 'kind', 'name', 'description', 'lat', 'lon', 'merged_into'] as const;

export interface EntityRow {
  id: string;
  ref: string | null;
  kind: string;
  name: string;
  description: string | null;
  lat: number | null;
  lon: number | null;
  merged_into: string | null;
}

export interface AliasView {
  name: string;
  note: string | null;
  source: SourceRef | null;
}

export interface EntitySummary extends EntityRow {
  aliases: AliasView[];
}

export interface ExternalIdView {
  scheme: string;
  value: string;
  quote: string | null;
  source: SourceRef | null;
}

export interface MeasureView {
  id: string;
  ref: string | null;
  actor_id: string;
  authority_id: string | null;
  authority_name: string;
  kind: string;
  kind_detail: string | null;
  status: string;
  date_start: string | null;
  date_end: string | null;
  reference: string | null;
  legal_basis: string | null;
  quote: string | null;
  list_entry_id: string | null;
  note: string | null;
  source: SourceRef | null;
}

export interface EntityDetail extends EntitySummary {
  external_ids: ExternalIdView[];
  claims: ClaimView[];
  /** True when the entity has more claims than `claims` holds; page through /api/claims?entity=<id>. */
  claims_truncated: boolean;
  measures: MeasureView[];
}

export const MEASURE_COLS = [
  'id', 'ref', 'actor_id', 'authority_id', 'authority_name', 'kind', 'kind_detail', 'status', 'date_start', 'date_end',
  'reference', 'legal_basis', 'quote', 'list_entry_id', 'note', 'source_id',
] as const;

export interface EntityFilter {
  q?: string | undefined;
  kind?: string | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
}

/** Entities whose name or an alias matches `q` (exactly, by prefix or by trigram word similarity), by id. */
export async function listEntities(db: Queryable, f: EntityFilter): Promise<Page<EntitySummary>> {
  const limit = clampLimit(f.limit);
  const w = new Where();
  if (f.q !== undefined) {
    const norm = normaliseName(f.q);
    if (norm === '') throw new DossierError('bad_input', 'q has no letters or digits', { field: 'q' });
    const p = w.param(norm);
    w.add(`e.id IN (SELECT entity_id FROM aliases WHERE norm = ${p} OR norm LIKE ${p} || '%' OR ${p} <% norm)`);
  }
  if (f.kind !== undefined) w.add('e.kind = ?', f.kind);
  const after = decodeCursor(f.cursor);
  if (after !== null) w.add('e.id > ?', String(after));
  const rows = await db.query<EntityRow & Record<string, unknown>>(
    `SELECT ${ENTITY_COLS.map((c) => `e.${c}`).join(', ')} FROM entities e ${w} ORDER BY e.id LIMIT ${limit + 1}`,
    w.params,
  );
  const page = toPage(rows, limit, (r) => r.id);
  const aliases = await aliasesOf(db, page.items.map((e) => e.id));
  return { ...page, items: page.items.map((e) => ({ ...e, aliases: aliases.get(e.id) ?? [] })) };
}

export async function aliasesOf(db: Queryable, ids: string[]): Promise<Map<string, AliasView[]>> {
  const out = new Map<string, AliasView[]>();
  if (ids.length === 0) return out;
  const rows = await db.query<{ entity_id: string; name: string; note: string | null; source: SourceRef | null }>(
    `SELECT a.entity_id, a.name, a.note, ${sourceJson('s')} AS source
     FROM aliases a LEFT JOIN sources s ON s.id = a.source_id
     WHERE a.entity_id = ANY($1::text[]) ORDER BY a.entity_id, a.name`,
    [ids],
  );
  for (const r of rows) {
    const list = out.get(r.entity_id) ?? [];
    list.push({ name: r.name, note: r.note, source: r.source });
    out.set(r.entity_id, list);
  }
  return out;
}

/** Finds an entity by id or by its bundled ref; throws not_found naming `id`. */
export async function findEntityRow(db: Queryable, idOrRef: string): Promise<EntityRow> {
  const [row] = await db.query<EntityRow & Record<string, unknown>>(
    `SELECT ${ENTITY_COLS.join(', ')} FROM entities WHERE id = $1 OR ref = $1 LIMIT 1`,
    [idOrRef],
  );
  if (!row) throw new DossierError('not_found', `no entity ${idOrRef}`, { field: 'id' });
  return row;
}

export const ENTITY_CLAIMS_MAX = 200;

/**
 * One entity with its aliases, external ids, claims (the first ENTITY_CLAIMS_MAX) and measures, in one
 * statement: each list is built as JSON inside the database. On PGlite a statement's fixed cost (a round
 * trip, parse and plan) outweighed these small reads, so five statements cost about five times one.
 */
export async function getEntity(db: Queryable, idOrRef: string): Promise<EntityDetail> {
  const [row] = await db.query<EntityRow & { aliases: AliasView[]; external_ids: ExternalIdView[]; claims: ClaimView[]; measures: MeasureView[] } & Record<string, unknown>>(
    `WITH e AS (SELECT ${ENTITY_COLS.join(', ')} FROM entities WHERE id = $1 OR ref = $1 LIMIT 1)
     SELECT e.*,
       (SELECT coalesce(json_agg(json_build_object('name', a.name, 'note', a.note, 'source', ${sourceJson('s')}) ORDER BY a.name), '[]')
        FROM aliases a LEFT JOIN sources s ON s.id = a.source_id WHERE a.entity_id = e.id) AS aliases,
       (SELECT coalesce(json_agg(json_build_object('scheme', x.scheme, 'value', x.value, 'quote', x.quote, 'source', ${sourceJson('s')}) ORDER BY x.scheme, x.value), '[]')
        FROM external_ids x LEFT JOIN sources s ON s.id = x.source_id WHERE x.entity_id = e.id) AS external_ids,
       (SELECT coalesce(json_agg(row_to_json(c) ORDER BY c.id), '[]')
        FROM (${CLAIM_VIEW_SQL} WHERE c.subject_id = e.id OR c.object_id = e.id OR c.claimant_id = e.id ORDER BY c.id LIMIT ${ENTITY_CLAIMS_MAX + 1}) c) AS claims,
       (SELECT coalesce(json_agg(row_to_json(m) ORDER BY m.date_start NULLS LAST, m.id), '[]')
        FROM (SELECT ${MEASURE_COLS.filter((c) => c !== 'source_id').map((c) => `m.${c}`).join(', ')}, ${sourceJson('s')} AS source
              FROM measures m LEFT JOIN sources s ON s.id = m.source_id WHERE m.actor_id = e.id OR m.authority_id = e.id) m) AS measures
     FROM e`,
    [idOrRef],
  );
  if (!row) throw new DossierError('not_found', `no entity ${idOrRef}`, { field: 'id' });
  const { aliases, external_ids, claims, measures, ...e } = row;
  return {
    ...e,
    aliases,
    external_ids,
    claims: claims.slice(0, ENTITY_CLAIMS_MAX),
    claims_truncated: claims.length > ENTITY_CLAIMS_MAX,
    measures,
  };
}

export async function getAliases(db: Queryable, idOrRef: string): Promise<AliasView[]> {
  const e = await findEntityRow(db, idOrRef);
  return (await aliasesOf(db, [e.id])).get(e.id) ?? [];
}
