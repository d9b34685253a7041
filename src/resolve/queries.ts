// The store side of screening and resolution: candidate names from the trigram index (list_names.norm
// gin_trgm_ops) plus exact and compact-form look-ups, so short or run-together names are not missed.
import type { Queryable } from '../store/index.ts';
import type { Token } from './tokens.ts';

/** A list entry as screening reads it (the index signature lets it pass as a query row). */
export interface ListEntryRow {
  [k: string]: unknown;
  entry_id: string;
  list: string;
  list_ref: string;
  kind: string;
  primary_name: string;
  programmes: unknown;
  details: unknown;
}

/** One of a list entry's names, found for a query. */
export interface CandidateRow extends ListEntryRow {
  name: string;
  norm: string;
  type: string;
  quality: string;
  sim: number;
  /** The name's tokens and each two adjacent written as one, when the key index found it (it holds them). */
  tokens?: Token[];
  joins?: Token[];
}

export interface CandidateFilter {
  lists?: string[];
  kind?: string;
  /** How many names the trigram path may return (best similarity first). */
  limit: number;
}

const ENTRY_COLS = `e.id AS entry_id, e.list, e.list_ref, e.kind, e.primary_name, e.programmes, e.details,
  n.name, n.norm, n.type, n.quality`;

function filters(f: CandidateFilter, params: unknown[]): string {
  let sql = ' AND e.delisted_in IS NULL';
  if (f.lists && f.lists.length) {
    params.push(f.lists);
    sql += ` AND e.list = ANY($${params.length}::text[])`;
  }
  if (f.kind) {
    // Entries whose kind the list does not say are kept: the kind filter only removes the other kind.
    params.push(f.kind);
    sql += ` AND (e.kind = $${params.length} OR e.kind NOT IN ('person', 'organization'))`;
  }
  return sql;
}

/** Candidate list names for a normalised query. */
export async function listCandidates(db: Queryable, norm: string, f: CandidateFilter): Promise<CandidateRow[]> {
  const p1: unknown[] = [norm, f.limit];
  const trigram = db.query<CandidateRow>(
    `SELECT ${ENTRY_COLS}, similarity(n.norm, $1) AS sim
       FROM list_names n JOIN list_entries e ON e.id = n.entry_id
      WHERE n.norm % $1 ${filters(f, p1)}
      ORDER BY sim DESC LIMIT $2`,
    p1,
  );
  const p2: unknown[] = [norm, norm.replace(/ /g, '')];
  const exact = db.query<CandidateRow>(
    `SELECT ${ENTRY_COLS}, 1.0::float8 AS sim
       FROM list_names n JOIN list_entries e ON e.id = n.entry_id
      WHERE (n.norm = $1 OR replace(n.norm, ' ', '') = $2) ${filters(f, p2)}`,
    p2,
  );
  const [a, b] = await Promise.all([trigram, exact]);
  return [...b, ...a];
}
