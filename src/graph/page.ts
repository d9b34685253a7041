// Cursor pagination: an opaque cursor over a stable order (by id), so a walk sees every row exactly once
// even while rows are added behind it.
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
