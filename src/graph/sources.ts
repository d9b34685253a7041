// Sources (documents and list versions that assert things): list, and one with its mentions and claims.
import { DossierError } from '../model/index.ts';
import type { MentionRow } from '../ingest/records.ts';
import type { Queryable } from '../store/index.ts';
import { CLAIM_VIEW_SQL, type ClaimView } from './claims.ts';
import { clampLimit, decodeCursor, toPage, Where, type Page } from './page.ts';

export const SOURCE_COLS = [
  'id', 'ref', 'url', 'title', 'publisher', 'author', 'published', 'kind', 'content_hash', 'reliability',
  'reliability_note', 'licence',
] as const;

export interface SourceRow {
  id: string;
  ref: string | null;
  url: string | null;
  title: string;
  publisher: string | null;
  author: string | null;
  published: string | null;
  kind: string;
  content_hash: string | null;
  reliability: string | null;
  reliability_note: string | null;
  licence: string | null;
  /** Length of the canonical text in UTF-16 code units, 0 when the source has no text. */
  text_length: number;
}

/** A stored mention, read back as ingest wrote it (one row type for both). */
export type MentionView = MentionRow;

export interface SourceDetail extends SourceRow {
  text: string | null;
  mentions: MentionView[];
  claims: ClaimView[];
}

export interface SourceFilter {
  kind?: string | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
}

const SELECT = `${SOURCE_COLS.join(', ')}, coalesce(length(text), 0)::int AS text_length`;

export async function listSources(db: Queryable, f: SourceFilter): Promise<Page<SourceRow>> {
  const limit = clampLimit(f.limit);
  const w = new Where();
  if (f.kind !== undefined) w.add('kind = ?', f.kind);
  const after = decodeCursor(f.cursor);
  if (after !== null) w.add('id > ?', String(after));
  const rows = await db.query<SourceRow & Record<string, unknown>>(
    `SELECT ${SELECT} FROM sources ${w} ORDER BY id LIMIT ${limit + 1}`,
    w.params,
  );
  return toPage(rows, limit, (r) => r.id);
}

export async function getSource(db: Queryable, idOrRef: string): Promise<SourceDetail> {
  const [row] = await db.query<SourceRow & { text: string | null } & Record<string, unknown>>(
    `SELECT ${SELECT}, text FROM sources WHERE id = $1 OR ref = $1 LIMIT 1`,
    [idOrRef],
  );
  if (!row) throw new DossierError('not_found', `no source ${idOrRef}`, { field: 'id' });
  const [mentions, claims] = await Promise.all([
    db.query<MentionView & Record<string, unknown>>(
      `SELECT id, span_start, span_end, surface, type, entity_id, canonical, known FROM mentions
       WHERE source_id = $1 ORDER BY span_start, span_end, id`,
      [row.id],
    ),
    db.query<ClaimView & Record<string, unknown>>(`${CLAIM_VIEW_SQL} WHERE c.source_id = $1 ORDER BY c.span_start NULLS LAST, c.id`, [row.id]),
  ]);
  return { ...row, mentions, claims };
}
