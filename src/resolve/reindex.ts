// When normaliseName changes, the stored keys (aliases.norm, list_names.norm) must follow.
import type { Db } from '../store/index.ts';
import { invalidateNameIndex } from './keyindex.ts';
import { normaliseName } from './normalise.ts';

/** Recomputes aliases.norm and list_names.norm with the current normaliseName; returns rows changed. */
export async function reindexNames(db: Db): Promise<{ aliases: number; list_names: number }> {
  invalidateNameIndex(db);
  return db.transaction(async (tx) => {
    const counts = { aliases: 0, list_names: 0 };
    for (const [table, keyCols] of [
      ['aliases', ['entity_id', 'name']],
      ['list_names', ['entry_id', 'name']],
    ] as const) {
      const rows = await tx.query<{ k: string; name: string; norm: string }>(`SELECT ${keyCols[0]} AS k, name, norm FROM ${table}`);
      const changed = rows.map((r) => ({ ...r, next: normaliseName(r.name) })).filter((r) => r.next !== r.norm);
      for (let i = 0; i < changed.length; i += 500) {
        const part = changed.slice(i, i + 500);
        await tx.query(
          `UPDATE ${table} t SET norm = u.norm FROM unnest($1::text[], $2::text[], $3::text[]) AS u(k, name, norm)
            WHERE t.${keyCols[0]} = u.k AND t.name = u.name`,
          [part.map((r) => r.k), part.map((r) => r.name), part.map((r) => r.next)],
        );
      }
      counts[table] = changed.length;
    }
    return counts;
  });
}
