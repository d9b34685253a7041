// List entries → designation measures (pure). Each entry that names a store entity becomes a designation
// by the list's authority, starting on the date it was listed; an entry a later version no longer has
// (delisted_in) ends then. The entity is the one the resolve step linked to the entry when such a link
// exists, else an entity whose name or alias equals one of the entry's names after normalisation.
import { makeId } from '../model/index.ts';
import { vocabularies } from '../model/index.ts';
import { normaliseName } from '../resolve/normalise.ts';
import authorities from './authorities.json' with { type: 'json' };
import type { EntityNames, EntryLink, ListEntryFact, ListVersionFact } from './types.ts';

export interface ListAuthority {
  actor_ref: string | null;
  measures: boolean;
}

export function listAuthority(list: string): ListAuthority & { name: string } {
  const a = (authorities as unknown as Record<string, ListAuthority>)[list] ?? { actor_ref: null, measures: true };
  const v = (vocabularies.lists as unknown as Record<string, { authority: string }>)[list];
  return { ...a, name: v?.authority ?? list };
}

/** Names shorter than this (after normalisation) are too ambiguous to link on ("is", "hm"). */
export const MIN_LINK_NAME = 3;

const COMPATIBLE: Record<string, string[]> = {
  person: ['person'],
  organization: ['organization', 'agency'],
};

/**
 * Entry → entity links. Resolve links win; for entries without one, exact normalised name equality between
 * any of the entry's names and the entity's name (exact_name) or one of its aliases (exact_alias), of a
 * compatible kind. Deterministic: sorted by entry, then entity.
 */
export function linkEntries(entries: ListEntryFact[], entities: EntityNames[], resolveLinks: EntryLink[] = []): EntryLink[] {
  const byNorm = new Map<string, Array<{ entity: EntityNames; how: 'exact_name' | 'exact_alias' }>>();
  for (const e of entities) {
    const seen = new Set<string>();
    for (const [n, how] of [[e.name, 'exact_name'], ...e.aliases.map((a) => [a, 'exact_alias'])] as Array<[string, 'exact_name' | 'exact_alias']>) {
      const k = normaliseName(n);
      if (k.length < MIN_LINK_NAME || seen.has(k)) continue;
      seen.add(k);
      byNorm.set(k, [...(byNorm.get(k) ?? []), { entity: e, how }]);
    }
  }
  const resolved = new Map<string, EntryLink[]>();
  for (const l of resolveLinks) resolved.set(l.entry_id, [...(resolved.get(l.entry_id) ?? []), l]);
  const out: EntryLink[] = [];
  for (const entry of entries) {
    const r = resolved.get(entry.id);
    if (r) {
      out.push(...r);
      continue;
    }
    const found = new Map<string, EntryLink>();
    for (const n of [{ name: entry.primary_name }, ...entry.names]) {
      for (const hit of byNorm.get(normaliseName(n.name)) ?? []) {
        if (!(COMPATIBLE[entry.kind] ?? []).includes(hit.entity.kind)) continue;
        const prev = found.get(hit.entity.id);
        if (prev && prev.how === 'exact_name') continue;
        found.set(hit.entity.id, { entry_id: entry.id, entity_id: hit.entity.id, how: hit.how, matched_name: n.name });
      }
    }
    out.push(...found.values());
  }
  return out.sort((a, b) => a.entry_id.localeCompare(b.entry_id) || a.entity_id.localeCompare(b.entity_id));
}

export interface ListMeasure {
  id: string;
  ref: string;
  actor_id: string;
  authority_ref: string | null;
  authority_name: string;
  kind: 'designation';
  kind_detail: string;
  status: 'in_force' | 'ended';
  start: string | null;
  end: string | null;
  reference: string;
  legal_basis: string | null;
  source_version_id: string; // the list version whose source backs the measure
  quote: string; // the entry's name as the list writes it
  list_entry_id: string;
  note: string;
}

/** One designation measure per (entry, linked entity); ended when the entry was delisted. */
export function listMeasures(entries: ListEntryFact[], versions: ListVersionFact[], links: EntryLink[]): ListMeasure[] {
  const entryById = new Map(entries.map((e) => [e.id, e]));
  const versionById = new Map(versions.map((v) => [v.id, v]));
  const out: ListMeasure[] = [];
  for (const l of links) {
    const e = entryById.get(l.entry_id);
    if (!e) continue;
    const auth = listAuthority(e.list);
    if (!auth.measures) continue;
    const delisted = e.delisted_in ? versionById.get(e.delisted_in) : undefined;
    const endDate = delisted ? (delisted.published ?? delisted.imported_at).slice(0, 10) : null;
    const asAlias = normaliseName(l.matched_name) !== normaliseName(e.primary_name);
    const how =
      l.how === 'resolve_link'
        ? 'linked by the resolve step'
        : `linked by exact normalised ${l.how === 'exact_name' ? 'name' : 'alias'} match on "${l.matched_name}"`;
    out.push({
      id: makeId('measure', 'list', e.id, l.entity_id),
      ref: `list:${e.list}:${e.list_ref}:${l.entity_id}`,
      actor_id: l.entity_id,
      authority_ref: auth.actor_ref,
      authority_name: auth.name,
      kind: 'designation',
      kind_detail: `${e.list}_listing${asAlias ? '_as_alias' : ''}`,
      status: e.delisted_in ? 'ended' : 'in_force',
      start: e.listed_on,
      end: endDate,
      reference: e.list_ref,
      legal_basis: e.programmes.length ? e.programmes.join('; ') : null,
      source_version_id: e.delisted_in ? e.version_id : e.version_id,
      quote: l.matched_name,
      list_entry_id: e.id,
      note: `${e.list.toUpperCase()} entry ${e.list_ref} (${e.primary_name})${asAlias ? `, listed under the name "${l.matched_name}"` : ''}; ${how}${delisted ? `; not in ${delisted.file_name}` : ''}.`,
    });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}
