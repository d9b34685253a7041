// Search indexes dropped for a bulk load and built once at its end (migration 110). A bulk ingest into an
// empty store spends most of the database's time keeping these indexes up to date row by row; building
// each one from the finished table (one sort) is far cheaper. Only indexes no constraint needs are
// dropped: the primary keys and unique keys stay, so ON CONFLICT and the reference triggers work as ever.
import type { Db } from './db.ts';

/**
 * The indexes of the tables ingest fills that no constraint, trigger or ingest query needs: full-text
 * (`sources_tsv`), and the secondary B-trees of sources, mentions and claims.
 */
export const BULK_DEFERRABLE_INDEXES = [
  'sources_tsv',
  'sources_hash',
  'mentions_source',
  'mentions_entity',
  'claims_subject',
  'claims_object',
  'claims_source',
  'claims_status',
  'claims_edge_out',
  'claims_edge_in',
  'claims_claimant',
] as const;

/**
 * Drops the given indexes (those of them that exist), recording each one's definition in
 * `deferred_indexes` in the same transaction. Returns the names dropped; an index another bulk load has
 * already dropped is left to that load.
 */
export async function deferIndexes(db: Db, names: readonly string[] = BULK_DEFERRABLE_INDEXES): Promise<string[]> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ name: string }>(
      `INSERT INTO deferred_indexes (name, definition)
       SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ANY($1::text[])
       ON CONFLICT (name) DO NOTHING RETURNING name`,
      [names],
    );
    const dropped = rows.map((r) => r.name).sort();
    for (const name of dropped) await tx.exec(`DROP INDEX ${quoteIdent(name)}`);
    return dropped;
  });
}

/**
 * Builds every index recorded in `deferred_indexes` and deletes its row, all in one transaction (a failure
 * leaves the rows, so the next call builds them). Returns the names built. Cheap when there are none: one
 * read of an empty table, so openStore calls it every time (a killed ingest leaves its indexes here).
 */
export async function restoreIndexes(db: Db): Promise<string[]> {
  const owed = await db.query<{ name: string }>('SELECT name FROM deferred_indexes');
  if (owed.length === 0) return [];
  return db.transaction(async (tx) => {
    // Row locks: two callers at once (two processes on PostgreSQL) build each index once.
    const rows = await tx.query<{ name: string; definition: string }>(
      'SELECT name, definition FROM deferred_indexes ORDER BY name FOR UPDATE',
    );
    for (const r of rows) {
      await tx.exec(r.definition.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX IF NOT EXISTS '));
    }
    await tx.query('DELETE FROM deferred_indexes WHERE name = ANY($1::text[])', [rows.map((r) => r.name)]);
    return rows.map((r) => r.name);
  });
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
