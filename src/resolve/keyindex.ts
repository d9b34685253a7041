// The cheap candidate path: an in-process index of every current list name by its tokens' transliteration
// group and phonetic key (and by its compact form), built from the store's list_names and rebuilt when a
// list version is imported. It finds reordered, re-spelt and short names in well under a millisecond;
// the trigram index (queries.ts) covers what it cannot (spelling slips in the first letters).
import type { Queryable } from '../store/index.ts';
import type { CandidateRow, ListEntryRow as Entry } from './queries.ts';
import { makeToken, tokenise, type Token } from './tokens.ts';

export interface NameIndex {
  signature: string;
  entries: Entry[];
  /** Per name: its entry (index into entries), name, norm, type, quality. */
  nameEntry: Int32Array;
  names: Array<{ name: string; norm: string; type: string; quality: string }>;
  postings: Map<string, number[]>;
}

function keysOf(tokens: Token[]): string[] {
  const keys = new Set<string>();
  tokens.forEach((t, i) => {
    if (t.cls !== 'particle') {
      keys.add(`c:${t.canon}`);
      if (t.key) keys.add(`k:${t.key}`);
    }
    const next = tokens[i + 1];
    if (next) {
      const j = makeToken(t.text + next.text);
      keys.add(`c:${j.canon}`);
    }
  });
  if (tokens.length) keys.add(`x:${tokens.map((t) => t.text).join('')}`);
  return [...keys];
}

export function buildIndex(signature: string, rows: Array<Entry & { name: string; norm: string; type: string; quality: string }>): NameIndex {
  const entries: Entry[] = [];
  const entryNo = new Map<string, number>();
  const nameEntry = new Int32Array(rows.length);
  const names: NameIndex['names'] = [];
  const postings = new Map<string, number[]>();
  rows.forEach((r, i) => {
    let e = entryNo.get(r.entry_id);
    if (e === undefined) {
      e = entries.length;
      entryNo.set(r.entry_id, e);
      entries.push({ entry_id: r.entry_id, list: r.list, list_ref: r.list_ref, kind: r.kind, primary_name: r.primary_name, programmes: r.programmes, details: r.details });
    }
    nameEntry[i] = e;
    names.push({ name: r.name, norm: r.norm, type: r.type, quality: r.quality });
    for (const k of keysOf(tokenise(r.name))) {
      const p = postings.get(k);
      if (p) p.push(i);
      else postings.set(k, [i]);
    }
  });
  return { signature, entries, nameEntry, names, postings };
}

const cache = new WeakMap<object, NameIndex>();

async function signatureOf(db: Queryable): Promise<string> {
  const [r] = await db.query<{ s: string }>(
    `SELECT count(*)::text || '/' || coalesce(max(imported_at)::text, '') || '/' || coalesce(max(id), '') AS s FROM list_versions`,
  );
  return r?.s ?? '';
}

/** How long an index is trusted before the store is asked again whether a list version was imported. */
export const RECHECK_MS = 2000;
const checkedAt = new WeakMap<object, number>();

/**
 * The index for this store, (re)built when the lists changed since it was built. The store is asked at
 * most every RECHECK_MS whether they changed: a list imported by another process shows within 2 s.
 */
export async function nameIndex(db: Queryable): Promise<NameIndex> {
  const have = cache.get(db);
  const now = Date.now();
  if (have && now - (checkedAt.get(db) ?? 0) < RECHECK_MS) return have;
  const sig = await signatureOf(db);
  checkedAt.set(db, now);
  if (have && have.signature === sig) return have;
  const rows = await db.query<Entry & { name: string; norm: string; type: string; quality: string }>(
    `SELECT e.id AS entry_id, e.list, e.list_ref, e.kind, e.primary_name, e.programmes, e.details, n.name, n.norm, n.type, n.quality
       FROM list_names n JOIN list_entries e ON e.id = n.entry_id WHERE e.delisted_in IS NULL`,
  );
  const idx = buildIndex(sig, rows);
  cache.set(db, idx);
  return idx;
}

/** Forget the index of this store (after reindexNames). */
export function invalidateNameIndex(db: Queryable): void {
  cache.delete(db);
  checkedAt.delete(db);
}

/**
 * Names sharing tokens with the query (by group, phonetic key or compact form), the best `limit` by the
 * weight of the query tokens they share.
 */
export function keyCandidates(idx: NameIndex, query: string, f: { lists?: string[]; kind?: string; limit: number }): CandidateRow[] {
  const q = tokenise(query);
  const total = q.reduce((s, t) => s + t.weight, 0);
  const acc = new Map<number, number>();
  const perToken = q.map((t, i) => {
    const keys = keysOf(i + 1 < q.length ? [t, q[i + 1]!] : [t]).filter((k) => !k.startsWith('x:'));
    return { t, keys };
  });
  for (const { t, keys } of perToken) {
    const seen = new Set<number>();
    for (const k of keys) for (const n of idx.postings.get(k) ?? []) seen.add(n);
    for (const n of seen) acc.set(n, (acc.get(n) ?? 0) + t.weight);
  }
  for (const n of idx.postings.get(`x:${q.map((t) => t.text).join('')}`) ?? []) acc.set(n, total);
  const lists = f.lists && f.lists.length ? new Set(f.lists) : null;
  const picked: Array<[number, number]> = [];
  for (const [n, w] of acc) {
    if (w < total * 0.5) continue;
    const e = idx.entries[idx.nameEntry[n]!]!;
    if (lists && !lists.has(e.list)) continue;
    if (f.kind && e.kind !== f.kind && (e.kind === 'person' || e.kind === 'organization')) continue;
    picked.push([n, w]);
  }
  picked.sort((a, b) => b[1] - a[1] || idx.names[a[0]]!.norm.length - idx.names[b[0]]!.norm.length);
  return picked.slice(0, f.limit).map(([n, w]) => {
    const e = idx.entries[idx.nameEntry[n]!]!;
    return { ...e, ...idx.names[n]!, sim: w / (total || 1) };
  });
}
