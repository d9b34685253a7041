// Multi-row INSERT … ON CONFLICT for idempotent imports: the same rows twice leave the table unchanged.
import type { Queryable } from './db.ts';

export interface UpsertOptions {
  /** Columns of the unique constraint that identifies a row. */
  conflict: string[];
  /** Columns to overwrite on conflict; empty → DO NOTHING. */
  update?: string[];
  /** Rows per statement (keeps parameter counts under PostgreSQL's 65,535). */
  batch?: number;
}

/** Inserts `rows` (all with the same keys). jsonb values must be passed as JSON strings. */
export async function upsertRows(q: Queryable, table: string, rows: Array<Record<string, unknown>>, opts: UpsertOptions): Promise<void> {
  if (rows.length === 0) return;
  const cols = Object.keys(rows[0]!);
  const batch = opts.batch ?? Math.max(1, Math.floor(30_000 / cols.length));
  const onConflict =
    opts.update && opts.update.length > 0
      ? `ON CONFLICT (${opts.conflict.join(', ')}) DO UPDATE SET ${opts.update.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}`
      : `ON CONFLICT (${opts.conflict.join(', ')}) DO NOTHING`;
  for (let i = 0; i < rows.length; i += batch) {
    const chunk = rows.slice(i, i + batch);
    const params: unknown[] = [];
    const tuples = chunk.map((r) => `(${cols.map((c) => {
      params.push(r[c] ?? null);
      return `$${params.length}`;
    }).join(', ')})`);
    await q.query(`INSERT INTO ${table} (${cols.join(', ')}) VALUES ${tuples.join(', ')} ${onConflict}`, params);
  }
}
