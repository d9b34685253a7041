// Entities: list/filter by name, and one entity with everything known about it, each fact with its source.
import { DossierError } from '../model/index.ts';
import { normaliseName } from '../resolve/index.ts';
import type { Queryable } from '../store/index.ts';
import { clampLimit, decodeCursor, toPage, Where, type Page } from './page.ts';
import { refOf, sourceRefs, type SourceRef } from './refs.ts';
import { CLAIM_COLS, decorateClaims, type ClaimView } from './claims.ts';

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
  const rows = await db.query<{ entity_id: string; name: string; note: string | null; source_id: string | null }>(
    'SELECT entity_id, name, note, source_id FROM aliases WHERE entity_id = ANY($1::text[]) ORDER BY entity_id, name',
    [ids],
  );
  const refs = await sourceRefs(db, rows.map((r) => r.source_id));
  for (const r of rows) {
    const list = out.get(r.entity_id) ?? [];
    list.push({ name: r.name, note: r.note, source: refOf(refs, r.source_id) });
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

export async function getEntity(db: Queryable, idOrRef: string): Promise<EntityDetail> {
  const e = await findEntityRow(db, idOrRef);
  const [aliases, ext, claimRows, measureRows] = await Promise.all([
    aliasesOf(db, [e.id]),
    db.query<{ scheme: string; value: string; quote: string | null; source_id: string | null }>(
      'SELECT scheme, value, quote, source_id FROM external_ids WHERE entity_id = $1 ORDER BY scheme, value',
      [e.id],
    ),
    db.query(
      `SELECT ${CLAIM_COLS.join(', ')} FROM claims WHERE subject_id = $1 OR object_id = $1 OR claimant_id = $1
       ORDER BY id LIMIT ${ENTITY_CLAIMS_MAX + 1}`,
      [e.id],
    ),
    db.query<Omit<MeasureView, 'source'> & { source_id: string | null }>(
      `SELECT ${MEASURE_COLS.join(', ')} FROM measures WHERE actor_id = $1 OR authority_id = $1 ORDER BY date_start NULLS LAST, id`,
      [e.id],
    ),
  ]);
  const refs = await sourceRefs(db, [...ext.map((x) => x.source_id), ...measureRows.map((m) => m.source_id)]);
  const claims = await decorateClaims(db, claimRows.slice(0, ENTITY_CLAIMS_MAX));
  return {
    ...e,
    aliases: aliases.get(e.id) ?? [],
    external_ids: ext.map(({ source_id, ...x }) => ({ ...x, source: refOf(refs, source_id) })),
    claims,
    claims_truncated: claimRows.length > ENTITY_CLAIMS_MAX,
    measures: measureRows.map(({ source_id, ...m }) => ({ ...m, source: refOf(refs, source_id) })),
  };
}

export async function getAliases(db: Queryable, idOrRef: string): Promise<AliasView[]> {
  const e = await findEntityRow(db, idOrRef);
  return (await aliasesOf(db, [e.id])).get(e.id) ?? [];
}
