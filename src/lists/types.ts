// What every list parser hands back: the list, its format and feed, the list's own publication date,
// whether the file is a whole list or only part of one, and the entries as a stream.
import { basename } from 'node:path';
import type { ListEntry, ListId, ListName } from '../model/index.ts';

export type ListFormat =
  | 'un-xml'
  | 'ofac-csv'
  | 'ofac-xml'
  | 'eu-fsf-xml'
  | 'uk-fcdo-xml'
  | 'uk-ofsi-csv'
  | 'uapa-csv'
  | 'ftm-json';

export interface ListMeta {
  list: ListId;
  format: ListFormat;
  /**
   * A list can have several independent products (OFAC SDN vs OFAC non-SDN consolidated; UK FCDO list vs
   * OFSI ConList; UAPA First vs Fourth Schedule). Delistings are computed within one feed only.
   */
  feed: string;
  /** The list's own publication date (ISO date or date-time), from the file; null when the file has none. */
  published: string | null;
  /**
   * True for an excerpt, sample or partial set: its entries update the store but an entry missing from it
   * is not a delisting.
   */
  partial: boolean;
  /** The files read (an OFAC CSV set has several). */
  files: string[];
}

export interface ParsedList {
  /** Filled as the file is read: `published` may come from a header, so read it after iterating. */
  meta: ListMeta;
  entries: AsyncIterable<ListEntry>;
}

/** Excerpts, samples and partial sets say so in their file name (the bundled excerpts do). */
export function isPartialName(path: string): boolean {
  return /excerpt|sample|partial/i.test(basename(path));
}

/** The meta of a one-file list, before reading: no publication date yet, partial by its name. */
export function fileMeta(file: string, list: ListId, format: ListFormat, feed: string): ListMeta {
  return { list, format, feed, published: null, partial: isPartialName(file), files: [file] };
}

/** Collapses white space and trims. */
export function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Keeps each spelling once (list_names is keyed by entry and name), keeping its strongest reading:
 * primary over alias, strong over weak.
 */
export function dedupeNames(names: ListName[]): ListName[] {
  const rank = (n: ListName) => (n.type === 'primary' ? 0 : 2) + (n.quality === 'strong' ? 0 : 1);
  const byName = new Map<string, ListName>();
  for (const n of names) {
    const name = clean(n.name);
    if (!name) continue;
    const prev = byName.get(name);
    if (!prev || rank(n) < rank(prev)) byName.set(name, { ...n, name });
  }
  return [...byName.values()];
}

export function name(
  value: string,
  type: ListName['type'] = 'alias',
  quality: ListName['quality'] = 'strong',
  lang: string | null = null,
): ListName {
  return { name: clean(value), type, quality, lang };
}

/** `DD/MM/YYYY` (unknown parts as `00`/`dd`/`mm`) → `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null if unreadable. */
export function dmy(s: string | null | undefined): string | null {
  const m = /^(\d{2}|dd|00)\/(\d{2}|mm|00)\/(\d{4})$/i.exec(clean(s));
  if (!m) return null;
  const [, d, mo, y] = m;
  if (!/^\d\d$/.test(mo!) || mo === '00') return y!;
  if (!/^\d\d$/.test(d!) || d === '00') return `${y}-${mo}`;
  return `${y}-${mo}-${d}`;
}

/** Drops empty values and empty arrays from a details object. */
export function compact(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === null || v === undefined || v === '') continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[k] = v;
  }
  return out;
}
