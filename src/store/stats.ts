// Row counts per table: `dossier stats`.
import type { Queryable } from './db.ts';

export const COUNTED_TABLES = [
  'sources', 'entities', 'aliases', 'external_ids', 'events', 'casualties', 'mentions', 'claims', 'evidence', 'verdicts',
  'source_ratings', 'measures', 'measure_evidence', 'demands', 'list_versions', 'list_entries', 'list_names',
  'merge_decisions', 'audit_log',
] as const;

export async function tableCounts(q: Queryable): Promise<Record<string, number>> {
  const sql = COUNTED_TABLES.map((t) => `SELECT '${t}' AS t, count(*)::int AS n FROM ${t}`).join(' UNION ALL ');
  const rows = await q.query<{ t: string; n: number }>(sql);
  return Object.fromEntries(COUNTED_TABLES.map((t) => [t, rows.find((r) => r.t === t)?.n ?? 0]));
}
