// Small shared shapes: how a row names its source.
import type { Queryable } from '../store/index.ts';

export interface SourceRef {
  id: string;
  ref: string | null;
  title: string;
  url: string | null;
  kind: string;
  publisher: string | null;
  published: string | null;
}

export const SOURCE_REF_COLS = ['id', 'ref', 'title', 'url', 'kind', 'publisher', 'published'] as const;

/** Loads the sources named by `ids` (nulls skipped) as a map id → SourceRef. */
export async function sourceRefs(db: Queryable, ids: Array<string | null | undefined>): Promise<Map<string, SourceRef>> {
  const wanted = [...new Set(ids.filter((x): x is string => typeof x === 'string'))];
  if (wanted.length === 0) return new Map();
  const rows = await db.query<SourceRef & Record<string, unknown>>(
    `SELECT ${SOURCE_REF_COLS.join(', ')} FROM sources WHERE id = ANY($1::text[])`,
    [wanted],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

export function refOf(map: Map<string, SourceRef>, id: string | null | undefined): SourceRef | null {
  return id ? (map.get(id) ?? null) : null;
}

/** SQL for a SourceRef as JSON (or null) from the sources row aliased `s` (joined with LEFT JOIN). */
export function sourceJson(s = 's'): string {
  return `CASE WHEN ${s}.id IS NULL THEN NULL ELSE json_build_object(${SOURCE_REF_COLS.map((c) => `'${c}', ${s}.${c}`).join(', ')}) END`;
}
