// A stored document read back as DocumentRows' shape (src/ingest): its source (null when none is stored) and its
// mentions, claims and demands by id, every column the writers write.
import type { Queryable } from '../../src/store/index.ts';

export async function readBack(db: Queryable, sourceId: string) {
  const [source] = await db.query('SELECT id, url, title, publisher, author, published, kind, text, content_hash, licence FROM sources WHERE id = $1', [sourceId]);
  const mentions = await db.query(
    'SELECT id, span_start, span_end, surface, type, entity_id, canonical, known FROM mentions WHERE source_id = $1 ORDER BY id',
    [sourceId],
  );
  const claims = await db.query(
    `SELECT id, subject_id, subject_name, predicate, object_kind, object_id, object_value, date_start, date_end, precision,
            where_id, where_name, claimant_id, claimant_name, quote, span_start, span_end, negated, hedged, confidence
       FROM claims WHERE source_id = $1 ORDER BY id`,
    [sourceId],
  );
  const demands = await db.query(
    'SELECT id, measure_kind, of_whom, against_id, against_name, quote, span_start, span_end FROM demands WHERE source_id = $1 ORDER BY id',
    [sourceId],
  );
  return { source: source ?? null, mentions, claims, demands };
}
