// Measures (what an authority did to an actor): a filtered, paginated list, each with its source.
import type { Queryable } from '../store/index.ts';
import { MEASURE_COLS, type MeasureView } from './entities.ts';
import { clampLimit, decodeCursor, toPage, Where, type Page } from './page.ts';
import { sourceJson } from './refs.ts';

export interface MeasureFilter {
  actor?: string | undefined;
  authority?: string | undefined;
  kind?: string | undefined;
  status?: string | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
}

export interface MeasureListItem extends MeasureView {
  actor_name: string;
}

export async function listMeasures(db: Queryable, f: MeasureFilter): Promise<Page<MeasureListItem>> {
  const limit = clampLimit(f.limit);
  const w = new Where();
  if (f.actor !== undefined) w.add('m.actor_id = ?', f.actor);
  if (f.authority !== undefined) w.add('m.authority_id = ?', f.authority);
  if (f.kind !== undefined) w.add('m.kind = ?', f.kind);
  if (f.status !== undefined) w.add('m.status = ?', f.status);
  const after = decodeCursor(f.cursor);
  if (after !== null) w.add('m.id > ?', String(after));
  const rows = await db.query<MeasureListItem & Record<string, unknown>>(
    `SELECT ${MEASURE_COLS.filter((c) => c !== 'source_id').map((c) => `m.${c}`).join(', ')}, e.name AS actor_name,
            ${sourceJson('s')} AS source
     FROM measures m JOIN entities e ON e.id = m.actor_id LEFT JOIN sources s ON s.id = m.source_id
     ${w} ORDER BY m.id LIMIT ${limit + 1}`,
    w.params,
  );
  return toPage(rows, limit, (r) => r.id);
}
