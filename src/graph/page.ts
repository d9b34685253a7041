// Cursor pagination: an opaque cursor over a stable order (a unique key), so a walk sees every row exactly
// once even while rows are added behind it. SQL lists page by id in their query (toPage); lists computed in
// memory (contradictions, the review queue, timelines, centrality, jobs) page by a key tuple (pageSorted).
import { badInput } from '../model/index.ts';

export interface Page<T> {
  items: T[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  next_cursor: string | null;
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

export function encodeCursor(key: string | number): string {
  return Buffer.from(JSON.stringify({ k: key }), 'utf8').toString('base64url');
}

/** The key after which the next page starts; throws bad_input naming `cursor` when it is not ours. */
export function decodeCursor(cursor: string | undefined): string | number | null {
  if (cursor === undefined || cursor === '') return null;
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { k?: unknown };
    if (typeof v.k === 'string' || typeof v.k === 'number') return v.k;
  } catch {
    // fall through
  }
  throw badInput('not a cursor this server issued', { field: 'cursor' });
}

/** Rows were fetched with `limit + 1`: the extra row only says that there is a next page. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => string | number): Page<T> {
  const more = rows.length > limit;
  const items = more ? rows.slice(0, limit) : rows;
  return { items, next_cursor: more ? encodeCursor(keyOf(items[items.length - 1]!)) : null };
}

export interface PageOptions {
  limit?: number | undefined;
  cursor?: string | undefined;
}

/** A sort key: compared element by element, numbers numerically and strings by UTF-16 code unit. */
export type SortKey = Array<string | number>;

export function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

/** The key tuple a pageSorted cursor carries; throws bad_input naming `cursor` when it is not one of ours. */
export function decodeKeyCursor(cursor: string | undefined, arity?: number): SortKey | null {
  if (cursor === undefined || cursor === '') return null;
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { t?: unknown };
    if (Array.isArray(v.t) && (arity === undefined || v.t.length === arity) && v.t.every((x) => typeof x === 'string' || typeof x === 'number')) return v.t as SortKey;
  } catch {
    // fall through
  }
  throw badInput('not a cursor this server issued', { field: 'cursor' });
}

/**
 * One page of a list computed in memory, in the order of `keyOf` (which must be unique per item): the
 * cursor carries the last key served, so the next page starts after it whatever was added or removed.
 */
export function pageSorted<T>(items: readonly T[], opts: PageOptions, keyOf: (item: T) => SortKey): Page<T> {
  const limit = clampLimit(opts.limit);
  const keyed = items.map((item) => ({ item, key: keyOf(item) }));
  const after = decodeKeyCursor(opts.cursor, keyed[0]?.key.length);
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  const rest = after ? keyed.filter((k) => compareKeys(k.key, after) > 0) : keyed;
  const served = rest.slice(0, limit);
  const more = rest.length > limit;
  const last = served[served.length - 1];
  return {
    items: served.map((k) => k.item),
    next_cursor: more && last ? Buffer.from(JSON.stringify({ t: last.key }), 'utf8').toString('base64url') : null,
  };
}

export function clampLimit(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw badInput(`limit must be an integer from 1 to ${MAX_LIMIT}`, { field: 'limit' });
  }
  return limit;
}

/** Builds `WHERE a AND b …` with numbered parameters. */
export class Where {
  readonly params: unknown[] = [];
  private readonly parts: string[] = [];
  add(sqlWithQ: string, ...values: unknown[]): this {
    let s = sqlWithQ;
    for (const v of values) {
      this.params.push(v);
      s = s.replace('?', `$${this.params.length}`);
    }
    this.parts.push(s);
    return this;
  }
  param(v: unknown): string {
    this.params.push(v);
    return `$${this.params.length}`;
  }
  toString(): string {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : '';
  }
}
