// Reading imported lists back: versions per list, one entry with its names.
import { DossierError, type ListId } from '../model/index.ts';
import type { Queryable } from '../store/index.ts';

export type ListVersionRow = {
  id: string;
  list: ListId;
  feed: string | null;
  format: string | null;
  published: string | null;
  partial: boolean;
  file_name: string;
  file_hash: string;
  entry_count: number;
  added: number;
  updated: number;
  removed: number;
  imported_at: string;
};

export interface ListSummary {
  list: ListId;
  entries: number;
  delisted: number;
  names: number;
  versions: ListVersionRow[];
}

export async function listSummaries(db: Queryable): Promise<ListSummary[]> {
  const versions = await db.query<Omit<ListVersionRow, 'imported_at'> & { imported_at: Date | string }>(
    `SELECT id, list, feed, format, published, partial, file_name, file_hash, entry_count,
            jsonb_array_length(added) AS added, jsonb_array_length(updated) AS updated, jsonb_array_length(removed) AS removed, imported_at
       FROM list_versions ORDER BY list, imported_at, id`,
  );
  const counts = await db.query<{ list: ListId; entries: number; delisted: number; names: number }>(
    `SELECT e.list, count(*) FILTER (WHERE e.delisted_in IS NULL)::int AS entries, count(*) FILTER (WHERE e.delisted_in IS NOT NULL)::int AS delisted,
            coalesce(sum((SELECT count(*) FROM list_names n WHERE n.entry_id = e.id)), 0)::int AS names
       FROM list_entries e GROUP BY e.list ORDER BY e.list`,
  );
  const out = new Map<string, ListSummary>();
  for (const c of counts) out.set(c.list, { ...c, versions: [] });
  for (const v of versions) {
    const s = out.get(v.list) ?? { list: v.list, entries: 0, delisted: 0, names: 0, versions: [] };
    out.set(v.list, s);
    s.versions.push({ ...v, imported_at: v.imported_at instanceof Date ? v.imported_at.toISOString() : String(v.imported_at) });
  }
  return [...out.values()];
}

export type StoredListEntry = {
  id: string;
  list: ListId;
  list_ref: string;
  feed: string | null;
  kind: string;
  primary_name: string;
  programmes: string[];
  listed_on: string | null;
  details: Record<string, unknown>;
  remarks: string | null;
  version_id: string;
  first_version_id: string | null;
  delisted_in: string | null;
  names: Array<{ name: string; norm: string; type: string; quality: string; lang: string | null }>;
};

export async function getListEntry(db: Queryable, list: string, ref: string): Promise<StoredListEntry> {
  const rows = await db.query<Omit<StoredListEntry, 'names'>>(
    `SELECT id, list, list_ref, feed, kind, primary_name, programmes, listed_on, details, remarks, version_id, first_version_id, delisted_in
       FROM list_entries WHERE list = $1 AND list_ref = $2`,
    [list, ref],
  );
  const e = rows[0];
  if (!e) throw new DossierError('not_found', `no entry ${ref} in list ${list}`);
  const names = await db.query<StoredListEntry['names'][number]>(
    `SELECT name, norm, type, quality, lang FROM list_names WHERE entry_id = $1
      ORDER BY CASE type WHEN 'primary' THEN 0 WHEN 'alias' THEN 1 WHEN 'former' THEN 2 ELSE 3 END, CASE quality WHEN 'strong' THEN 0 ELSE 1 END, name`,
    [e.id],
  );
  return { ...e, names };
}
