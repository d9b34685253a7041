// Store reads and writes for accountability: list versions and entries, measures with their sources,
// demands, and actor look-up by id, reference slug or name.
import { DossierError, makeId } from '../model/index.ts';
import { defaultReliability } from '../model/index.ts';
import { normaliseName } from '../resolve/normalise.ts';
import type { Queryable } from '../store/index.ts';
import { upsertRows } from '../store/upsert.ts';
import { linkEntries, listAuthority, listMeasures, MIN_LINK_NAME, type ListMeasure } from './from-lists.ts';
import type { DemandFact, EntityNames, EntryLink, ListEntryFact, ListVersionFact, MeasureFact } from './types.ts';

/**
 * The latest whole (not partial) imported version of each list feed, with the source row standing for it.
 * Only a whole version can show that an actor is absent from a list; an excerpt says nothing about absence.
 */
export async function latestListVersions(q: Queryable): Promise<ListVersionFact[]> {
  const rows = await q.query<{ id: string; list: string; published: string | null; file_name: string; imported_at: unknown }>(
    `SELECT DISTINCT ON (list, coalesce(feed, list)) id, list, published, file_name, imported_at FROM list_versions
     WHERE NOT partial ORDER BY list, coalesce(feed, list), imported_at DESC, id DESC`,
  );
  const out: ListVersionFact[] = [];
  for (const r of rows) out.push({ ...r, imported_at: iso(r.imported_at), source_id: await listSourceId(q, r.id) });
  return out;
}

export async function allListVersions(q: Queryable): Promise<ListVersionFact[]> {
  const rows = await q.query<{ id: string; list: string; published: string | null; file_name: string; imported_at: unknown }>(
    `SELECT id, list, published, file_name, imported_at FROM list_versions ORDER BY list, imported_at, id`,
  );
  const out: ListVersionFact[] = [];
  for (const r of rows) out.push({ ...r, imported_at: iso(r.imported_at), source_id: await listSourceId(q, r.id) });
  return out;
}

function iso(x: unknown): string {
  return x instanceof Date ? x.toISOString() : String(x);
}

/** The source row of a list version: one the list import made (ref = version id), else ours. */
async function listSourceId(q: Queryable, versionId: string): Promise<string | null> {
  const rows = await q.query<{ id: string }>(
    `SELECT id FROM sources WHERE ref IN ($1, $2) OR id = $1 ORDER BY (ref = $1) DESC, id LIMIT 1`,
    [versionId, `list-version:${versionId}`],
  );
  return rows[0]?.id ?? null;
}

/** Makes sure every list version has a source row (kind list) that measures and contradictions can cite. */
export async function ensureListSources(q: Queryable): Promise<void> {
  const versions = await q.query<{ id: string; list: string; published: string | null; file_name: string; file_hash: string }>(
    `SELECT id, list, published, file_name, file_hash FROM list_versions ORDER BY id`,
  );
  for (const v of versions) {
    if (await listSourceId(q, v.id)) continue;
    const auth = listAuthority(v.list);
    await upsertRows(
      q,
      'sources',
      [{
        id: makeId('source', `list-version:${v.id}`), ref: `list-version:${v.id}`, url: null,
        title: `${auth.name}: ${v.file_name}${v.published ? ` (${v.published.slice(0, 10)})` : ''}`,
        publisher: auth.name, published: v.published && /^\d{4}(-\d{2}(-\d{2})?)?/.test(v.published) ? v.published.slice(0, 10) : null,
        kind: 'list', content_hash: v.file_hash,
      }],
      { conflict: ['id'], update: ['title', 'publisher', 'published'] },
    );
  }
}

/**
 * The list entries that can name a stored entity: one of their names has the normalised key of an alias
 * (aliases include each entity's own name), or the resolve step linked them. Found in SQL on the norm
 * indexes, so a refresh does not read every list entry.
 */
export async function candidateEntryIds(q: Queryable): Promise<string[]> {
  const rows = await q.query<{ entry_id: string }>(
    `SELECT DISTINCT ln.entry_id FROM list_names ln JOIN aliases a ON a.norm = ln.norm JOIN entities e ON e.id = a.entity_id
     WHERE e.merged_into IS NULL AND length(ln.norm) >= ${MIN_LINK_NAME} ORDER BY ln.entry_id`,
  );
  const linked = (await loadResolveLinks(q)).map((l) => l.entry_id);
  return [...new Set([...rows.map((r) => r.entry_id), ...linked])].sort();
}

export async function loadListEntries(q: Queryable, ids?: string[]): Promise<ListEntryFact[]> {
  if (ids && ids.length === 0) return [];
  const filter = ids ? 'WHERE id = ANY($1::text[])' : '';
  const entries = await q.query<{ id: string; list: string; list_ref: string; kind: string; primary_name: string; listed_on: string | null; programmes: unknown; version_id: string; delisted_in: string | null }>(
    `SELECT id, list, list_ref, kind, primary_name, listed_on, programmes, version_id, delisted_in FROM list_entries ${filter} ORDER BY id`,
    ids ? [ids] : [],
  );
  const names = await q.query<{ entry_id: string; name: string; type: string }>(
    `SELECT entry_id, name, type FROM list_names ${ids ? 'WHERE entry_id = ANY($1::text[])' : ''} ORDER BY entry_id, name`,
    ids ? [ids] : [],
  );
  const byEntry = new Map<string, Array<{ name: string; type: string }>>();
  for (const n of names) byEntry.set(n.entry_id, [...(byEntry.get(n.entry_id) ?? []), { name: n.name, type: n.type }]);
  return entries.map((e) => ({
    ...e,
    programmes: Array.isArray(e.programmes) ? (e.programmes as string[]) : typeof e.programmes === 'string' ? (JSON.parse(e.programmes) as string[]) : [],
    names: byEntry.get(e.id) ?? [],
  }));
}

export async function loadEntityNames(q: Queryable): Promise<EntityNames[]> {
  const rows = await q.query<{ id: string; kind: string; name: string; alias: string | null }>(
    `SELECT e.id, e.kind, e.name, a.name AS alias FROM entities e LEFT JOIN aliases a ON a.entity_id = e.id
     WHERE e.merged_into IS NULL ORDER BY e.id, a.name`,
  );
  const out = new Map<string, EntityNames>();
  for (const r of rows) {
    const e = out.get(r.id) ?? { id: r.id, kind: r.kind, name: r.name, aliases: [] };
    if (r.alias && r.alias !== r.name) e.aliases.push(r.alias);
    out.set(r.id, e);
  }
  return [...out.values()];
}

/**
 * Entity ↔ list entry links made by the resolve step, if its table exists (entity_list_links with
 * entity_id, entry_id); none otherwise, and links fall back to exact name matching.
 */
export async function loadResolveLinks(q: Queryable): Promise<EntryLink[]> {
  const t = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'entity_list_links' AND column_name IN ('entity_id', 'entry_id')`,
  );
  if ((t[0]?.n ?? 0) < 2) return [];
  const rows = await q.query<{ entity_id: string; entry_id: string }>(`SELECT entity_id, entry_id FROM entity_list_links ORDER BY entry_id, entity_id`);
  return rows.map((r) => ({ entry_id: r.entry_id, entity_id: r.entity_id, how: 'resolve_link' as const, matched_name: '' }));
}

/** Which entities each latest list version contains (for contradictions against official records). */
export async function listFacts(q: Queryable) {
  const versions = await latestListVersions(q);
  if (versions.length === 0) return [];
  const entries = await loadListEntries(q, await candidateEntryIds(q));
  const links = linkEntries(entries, await loadEntityNames(q), await loadResolveLinks(q));
  const entryById = new Map(entries.map((e) => [e.id, e]));
  const authIds = await authorityIds(q);
  const byList = new Map<string, ListVersionFact>();
  for (const v of versions) if (!byList.has(v.list)) byList.set(v.list, v);
  return [...byList.values()].map((v) => {
    const auth = listAuthority(v.list);
    const contains = new Map<string, { entry_id: string; list_ref: string; name: string; delisted: boolean }>();
    for (const l of links) {
      const e = entryById.get(l.entry_id);
      if (!e || e.list !== v.list) continue;
      const prev = contains.get(l.entity_id);
      if (prev && !prev.delisted) continue;
      contains.set(l.entity_id, { entry_id: e.id, list_ref: e.list_ref, name: e.primary_name, delisted: e.delisted_in !== null });
    }
    return {
      list: v.list,
      authority_id: auth.actor_ref ? (authIds.get(auth.actor_ref) ?? null) : null,
      authority_name: auth.name,
      version_id: v.id,
      source_id: v.source_id,
      file_name: v.file_name,
      published: v.published,
      contains,
    };
  });
}

async function authorityIds(q: Queryable): Promise<Map<string, string>> {
  const rows = await q.query<{ id: string; ref: string }>(`SELECT id, ref FROM entities WHERE ref IS NOT NULL`);
  return new Map(rows.map((r) => [r.ref, r.id]));
}

/** Rebuilds the designation measures that list entries imply; idempotent, ids deterministic. */
export async function saveListMeasures(q: Queryable): Promise<{ measures: number; removed: number; links: EntryLink[] }> {
  await ensureListSources(q);
  const versions = await allListVersions(q);
  const entries = await loadListEntries(q, await candidateEntryIds(q));
  const links = linkEntries(entries, await loadEntityNames(q), await loadResolveLinks(q));
  const ms: ListMeasure[] = listMeasures(entries, versions, links);
  const authIds = await authorityIds(q);
  const sourceOf = new Map(versions.map((v) => [v.id, v.source_id]));
  const authNames = await q.query<{ id: string; name: string }>(`SELECT id, name FROM entities WHERE ref IS NOT NULL`);
  const nameOf = new Map(authNames.map((r) => [r.id, r.name]));
  const rows = ms.map((m) => {
    const authority_id = m.authority_ref ? (authIds.get(m.authority_ref) ?? null) : null;
    return {
      id: m.id, ref: m.ref, actor_id: m.actor_id, authority_id, authority_name: authority_id ? (nameOf.get(authority_id) ?? m.authority_name) : m.authority_name,
      kind: m.kind, kind_detail: m.kind_detail, status: m.status, date_start: m.start, date_end: m.end, reference: m.reference,
      legal_basis: m.legal_basis, source_id: sourceOf.get(m.source_version_id) ?? null, quote: m.quote, list_entry_id: m.list_entry_id, note: m.note,
    };
  });
  await upsertRows(q, 'measures', rows, {
    conflict: ['id'],
    update: ['actor_id', 'authority_id', 'authority_name', 'kind', 'kind_detail', 'status', 'date_start', 'date_end', 'reference', 'legal_basis', 'source_id', 'quote', 'list_entry_id', 'note'],
  });
  await upsertRows(
    q,
    'measure_evidence',
    rows.filter((r) => r.source_id).map((r) => ({ measure_id: r.id, source_id: r.source_id, quote: r.quote })),
    { conflict: ['measure_id', 'source_id', 'quote'] },
  );
  const keep = new Set(rows.map((r) => r.id));
  const stale = (await q.query<{ id: string }>(`SELECT id FROM measures WHERE list_entry_id IS NOT NULL AND ref LIKE 'list:%'`)).filter((r) => !keep.has(r.id));
  for (const s of stale) await q.query(`DELETE FROM measures WHERE id = $1`, [s.id]);
  return { measures: rows.length, removed: stale.length, links };
}

export async function loadMeasures(q: Queryable, actorId?: string): Promise<MeasureFact[]> {
  const rows = await q.query<{
    id: string; ref: string | null; actor_id: string; actor_name: string; authority_id: string | null; authority_name: string; kind: string;
    kind_detail: string | null; status: string; start: string | null; end: string | null; reference: string | null; list_entry_id: string | null; note: string | null;
  }>(
    `SELECT m.id, m.ref, m.actor_id, e.name AS actor_name, m.authority_id, m.authority_name, m.kind, m.kind_detail, m.status,
       m.date_start AS start, m.date_end AS "end", m.reference, m.list_entry_id, m.note
     FROM measures m JOIN entities e ON e.id = m.actor_id ${actorId ? 'WHERE m.actor_id = $1' : ''} ORDER BY m.id`,
    actorId ? [actorId] : [],
  );
  const ev = await q.query<{ measure_id: string; source_id: string; title: string | null; publisher: string | null; kind: string; reliability: string | null; rated: string | null; quote: string }>(
    `SELECT x.measure_id, x.source_id, s.title, s.publisher, s.kind, s.reliability, x.quote,
       (SELECT r.reliability FROM source_ratings r WHERE r.source_id = s.id ORDER BY r.rated_at DESC, r.id DESC LIMIT 1) AS rated
     FROM measure_evidence x JOIN sources s ON s.id = x.source_id ${actorId ? 'JOIN measures m ON m.id = x.measure_id WHERE m.actor_id = $1' : ''}
     ORDER BY x.measure_id, x.source_id, x.quote`,
    actorId ? [actorId] : [],
  );
  const byMeasure = new Map<string, MeasureFact['sources']>();
  for (const e of ev) {
    const rel = e.rated ?? e.reliability ?? defaultReliability(e.kind);
    byMeasure.set(e.measure_id, [...(byMeasure.get(e.measure_id) ?? []), { source_id: e.source_id, title: e.title, publisher: e.publisher, reliability: rel, quote: e.quote }]);
  }
  return rows.map((r) => ({ ...r, sources: byMeasure.get(r.id) ?? [] }));
}

export async function loadDemands(q: Queryable, actorId?: string): Promise<Array<DemandFact & { published: string | null }>> {
  return q.query<DemandFact & { published: string | null } & Record<string, unknown>>(
    `SELECT d.id, d.source_id, s.title AS source_title, s.published, d.measure_kind, d.of_whom, d.against_id,
       coalesce(e.name, d.against_name) AS against_name, d.quote
     FROM demands d JOIN sources s ON s.id = d.source_id LEFT JOIN entities e ON e.id = d.against_id
     ${actorId ? 'WHERE d.against_id = $1' : ''} ORDER BY d.id`,
    actorId ? [actorId] : [],
  );
}

export interface ActorRef {
  id: string;
  name: string;
  kind: string;
}

/** An actor by store id, reference slug, or name/alias (normalised, exact). Ambiguous names are refused. */
export async function findActor(q: Queryable, text: string): Promise<ActorRef> {
  const direct = await q.query<ActorRef & Record<string, unknown>>(`SELECT id, name, kind FROM entities WHERE id = $1 OR ref = $1`, [text]);
  if (direct[0]) return direct[0];
  const norm = normaliseName(text);
  const rows = await q.query<ActorRef & Record<string, unknown>>(
    `SELECT DISTINCT e.id, e.name, e.kind FROM entities e LEFT JOIN aliases a ON a.entity_id = e.id
     WHERE e.merged_into IS NULL AND (a.norm = $1 OR lower(e.name) = lower($2)) ORDER BY e.id`,
    [norm, text],
  );
  if (rows.length === 1) return rows[0]!;
  if (rows.length === 0) throw new DossierError('not_found', `no actor named "${text}"`, { field: 'actor' });
  throw new DossierError('bad_input', `"${text}" names ${rows.length} actors (${rows.map((r) => `${r.name} ${r.id}`).join(', ')}): give an id`, { field: 'actor' });
}

/** Actors the gap report covers when none is named: those with a measure or a demand against them. */
export async function actorsWithMeasuresOrDemands(q: Queryable): Promise<ActorRef[]> {
  return q.query<ActorRef & Record<string, unknown>>(
    `SELECT e.id, e.name, e.kind FROM entities e
     WHERE EXISTS (SELECT 1 FROM measures m WHERE m.actor_id = e.id) OR EXISTS (SELECT 1 FROM demands d WHERE d.against_id = e.id)
     ORDER BY e.name, e.id`,
  );
}
