// Import one list file (or OFAC CSV set) as one list version, in one transaction. The version id is
// derived from the list and the files' hash, so importing the same file again changes nothing. A whole
// list version records which entries were added, updated and removed (removed entries get `delisted_in`);
// a partial version (excerpt, sample, OFAC set without sdn.csv) merges into the entries it names.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { makeId, type ListEntry, type ListId } from '../model/index.ts';
import { normaliseName } from '../resolve/index.ts';
import type { Db, Queryable } from '../store/index.ts';
import { parseListFile } from './parse.ts';
import type { ListMeta } from './types.ts';

export interface ImportOptions {
  list?: ListId;
  partial?: boolean;
  /** Called every batch with the number of entries read so far. */
  onProgress?: (p: { file: string; entries: number }) => void;
  batchSize?: number;
}

export interface ImportResult {
  list: ListId;
  feed: string;
  format: string;
  version: string;
  published: string | null;
  partial: boolean;
  /** True when this exact file was imported before: nothing was written. */
  already_imported: boolean;
  entries: number;
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
  added_refs: string[];
  removed_refs: string[];
}

async function sha256File(file: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(file)) h.update(chunk as Buffer);
  return h.digest('hex');
}

/** One hash over every file read (an OFAC set: name and hash of each member). */
export async function hashFiles(files: string[]): Promise<string> {
  if (files.length === 1) return sha256File(files[0]!);
  const parts = await Promise.all([...files].sort().map(async (f) => `${basename(f)}:${await sha256File(f)}`));
  return createHash('sha256').update(parts.join('\n')).digest('hex');
}

export function contentHash(e: ListEntry): string {
  const { id: _id, ...rest } = e;
  return createHash('sha256').update(JSON.stringify(rest)).digest('hex').slice(0, 32);
}

interface Existing {
  hash: string | null;
  delisted: boolean;
  feed: string | null;
}

const UNNEST_ENTRIES = `unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])
  AS u(id, ref, kind, pname, prog, listed, details, remarks, hash)`;

/** Whole record replaced (a whole-list version). */
const UPSERT_REPLACE = `INSERT INTO list_entries (id, list, list_ref, kind, primary_name, programmes, listed_on, details, remarks, content_hash, version_id, first_version_id, delisted_in, feed)
  SELECT u.id, $1, u.ref, u.kind, u.pname, u.prog::jsonb, u.listed, u.details::jsonb, u.remarks, u.hash, $2, $2, NULL, $3 FROM ${UNNEST_ENTRIES}
  ON CONFLICT (list, list_ref) DO UPDATE SET kind = EXCLUDED.kind, primary_name = EXCLUDED.primary_name,
    programmes = EXCLUDED.programmes, listed_on = EXCLUDED.listed_on, details = EXCLUDED.details, remarks = EXCLUDED.remarks,
    content_hash = EXCLUDED.content_hash, version_id = EXCLUDED.version_id, delisted_in = NULL, feed = EXCLUDED.feed`;

/**
 * Merged into what is there (a partial version): only what the record states overrides. `keepPrimary`:
 * the records state no primary name (an OFAC alt.csv without sdn.csv), so the stored one stays.
 */
const upsertMerge = (keepPrimary: boolean) => `INSERT INTO list_entries (id, list, list_ref, kind, primary_name, programmes, listed_on, details, remarks, content_hash, version_id, first_version_id, delisted_in, feed)
  SELECT u.id, $1, u.ref, u.kind, u.pname, u.prog::jsonb, u.listed, u.details::jsonb, u.remarks, NULL, $2, $2, NULL, $3 FROM ${UNNEST_ENTRIES}
  ON CONFLICT (list, list_ref) DO UPDATE SET
    kind = CASE WHEN EXCLUDED.kind = 'other' THEN list_entries.kind ELSE EXCLUDED.kind END,
    primary_name = ${keepPrimary ? 'list_entries.primary_name' : 'EXCLUDED.primary_name'},
    programmes = CASE WHEN EXCLUDED.programmes = '[]'::jsonb THEN list_entries.programmes ELSE EXCLUDED.programmes END,
    listed_on = COALESCE(EXCLUDED.listed_on, list_entries.listed_on),
    details = list_entries.details || EXCLUDED.details,
    remarks = COALESCE(EXCLUDED.remarks, list_entries.remarks),
    content_hash = NULL, version_id = EXCLUDED.version_id, delisted_in = NULL, feed = COALESCE(list_entries.feed, EXCLUDED.feed)`;

const INSERT_NAMES = `INSERT INTO list_names (entry_id, name, norm, type, quality, lang)
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])`;

async function writeBatch(tx: Queryable, meta: ListMeta, versionId: string, batch: ListEntry[], hashes: string[]): Promise<void> {
  if (batch.length === 0) return;
  const primaryOf = (e: ListEntry) => e.names.find((n) => n.type === 'primary');
  const upsert = async (sql: string, part: ListEntry[], partHashes: string[]) => {
    if (part.length === 0) return;
    const col = <T>(f: (e: ListEntry, i: number) => T) => part.map(f);
    await tx.query(sql, [
      meta.list,
      versionId,
      meta.feed,
      col((e) => e.id),
      col((e) => e.list_ref),
      col((e) => e.kind),
      col((e) => (primaryOf(e) ?? e.names[0]!).name),
      col((e) => JSON.stringify(e.programmes)),
      col((e) => e.listed_on),
      col((e) => JSON.stringify(e.details)),
      col((e) => e.remarks),
      col((_e, i) => partHashes[i]!),
    ]);
  };
  const ids = batch.map((e) => e.id);
  if (!meta.partial) {
    await upsert(UPSERT_REPLACE, batch, hashes);
    await tx.query('DELETE FROM list_names WHERE entry_id = ANY($1::text[])', [ids]);
  } else {
    const stated = batch.filter((e) => primaryOf(e));
    const unstated = batch.filter((e) => !primaryOf(e));
    await upsert(upsertMerge(false), stated, []);
    await upsert(upsertMerge(true), unstated, []);
    // A partial record that states a primary name demotes the old primary to an alias.
    if (stated.length) {
      await tx.query(`UPDATE list_names SET type = 'alias' WHERE entry_id = ANY($1::text[]) AND type = 'primary'`, [stated.map((e) => e.id)]);
    }
  }
  const rows = batch.flatMap((e) => e.names.map((n) => [e.id, n.name, normaliseName(n.name), n.type, n.quality, n.lang] as const));
  const names = [0, 1, 2, 3, 4, 5].map((i) => rows.map((r) => r[i]));
  await tx.query(
    meta.partial
      ? `${INSERT_NAMES} ON CONFLICT (entry_id, name) DO UPDATE SET type = CASE WHEN EXCLUDED.type = 'primary' THEN 'primary' ELSE list_names.type END,
           quality = CASE WHEN EXCLUDED.quality = 'strong' THEN 'strong' ELSE list_names.quality END`
      : INSERT_NAMES,
    names,
  );
}

/** Imports `path` as a version of its list. Throws DossierError('bad_input') and writes nothing on bad input. */
export async function importList(db: Db, path: string, opts: ImportOptions = {}): Promise<ImportResult> {
  const parsed = parseListFile(path, { list: opts.list, partial: opts.partial });
  const { meta } = parsed;
  const fileHash = await hashFiles(meta.files);
  const versionId = makeId('list_version', meta.list, fileHash);
  const batchSize = opts.batchSize ?? 500;
  return db.transaction(async (tx) => {
    const prior = await tx.query<{ published: string | null; entry_count: number; feed: string | null; format: string | null; partial: boolean }>(
      'SELECT published, entry_count, feed, format, partial FROM list_versions WHERE id = $1',
      [versionId],
    );
    if (prior[0]) {
      const p = prior[0];
      return {
        list: meta.list,
        feed: p.feed ?? meta.feed,
        format: p.format ?? meta.format,
        version: versionId,
        published: p.published,
        partial: p.partial,
        already_imported: true,
        entries: p.entry_count,
        added: 0,
        updated: 0,
        removed: 0,
        unchanged: p.entry_count,
        added_refs: [],
        removed_refs: [],
      };
    }
    const existing = new Map<string, Existing>();
    for (const r of await tx.query<{ list_ref: string; content_hash: string | null; delisted_in: string | null; feed: string | null }>(
      'SELECT list_ref, content_hash, delisted_in, feed FROM list_entries WHERE list = $1',
      [meta.list],
    )) {
      existing.set(r.list_ref, { hash: r.content_hash, delisted: r.delisted_in !== null, feed: r.feed });
    }
    await tx.query(
      `INSERT INTO list_versions (id, list, published, file_hash, file_name, entry_count, feed, format, partial) VALUES ($1, $2, NULL, $3, $4, 0, $5, $6, $7)`,
      [versionId, meta.list, fileHash, meta.files.map((f) => basename(f)).join(' + '), meta.feed, meta.format, meta.partial],
    );
    const seen = new Set<string>();
    const added: string[] = [];
    const updated: string[] = [];
    const unchanged: string[] = [];
    let batch: ListEntry[] = [];
    let hashes: string[] = [];
    const flush = async () => {
      await writeBatch(tx, meta, versionId, batch, hashes);
      batch = [];
      hashes = [];
      opts.onProgress?.({ file: path, entries: seen.size });
    };
    for await (const e of parsed.entries) {
      if (seen.has(e.list_ref)) continue; // a file naming one reference twice: the first record wins
      seen.add(e.list_ref);
      const h = contentHash(e);
      const old = existing.get(e.list_ref);
      if (!old || old.delisted) added.push(e.list_ref);
      else if (!meta.partial && old.hash === h && old.feed === meta.feed) {
        unchanged.push(e.list_ref);
        continue;
      } else updated.push(e.list_ref);
      batch.push(e);
      hashes.push(h);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    for (let i = 0; i < unchanged.length; i += 5000) {
      await tx.query('UPDATE list_entries SET version_id = $1 WHERE list = $2 AND list_ref = ANY($3::text[])', [
        versionId,
        meta.list,
        unchanged.slice(i, i + 5000),
      ]);
    }
    const removed: string[] = [];
    if (!meta.partial) {
      for (const [ref, old] of existing) {
        if (!old.delisted && old.feed === meta.feed && !seen.has(ref)) removed.push(ref);
      }
      if (removed.length) {
        await tx.query('UPDATE list_entries SET delisted_in = $1 WHERE list = $2 AND list_ref = ANY($3::text[])', [versionId, meta.list, removed]);
      }
    }
    await tx.query(
      // published and feed may only be known once the file has been read (a header, the UAPA schedule).
      'UPDATE list_versions SET published = $2, entry_count = $3, added = $4::jsonb, removed = $5::jsonb, updated = $6::jsonb, feed = $7 WHERE id = $1',
      [versionId, meta.published, seen.size, JSON.stringify(added), JSON.stringify(removed), JSON.stringify(updated), meta.feed],
    );
    return {
      list: meta.list,
      feed: meta.feed,
      format: meta.format,
      version: versionId,
      published: meta.published,
      partial: meta.partial,
      already_imported: false,
      entries: seen.size,
      added: added.length,
      updated: updated.length,
      removed: removed.length,
      unchanged: unchanged.length,
      added_refs: added,
      removed_refs: removed,
    };
  });
}
