// Neighbourhood: every entity within `depth` hops (≤ 3) of a start entity, following claims with an entity
// object in either direction — one recursive CTE in SQL.
import { badInput } from '../model/index.ts';
import type { Queryable } from '../store/index.ts';
import { findEntityRow } from './entities.ts';
import { edgesAmong, nodesOf, type Graph } from './shape.ts';

export const MAX_DEPTH = 3;
export const DEFAULT_MAX_NODES = 500;

export interface NeighbourhoodOptions {
  depth?: number | undefined;
  /** Cap on the nodes returned (nearest first); `truncated` says when it cut. */
  maxNodes?: number | undefined;
}

export interface Neighbourhood extends Graph {
  center: string;
  depth: number;
  truncated: boolean;
}

const SQL = `
WITH RECURSIVE walk(node, depth) AS (
  SELECT $1::text, 0
  UNION
  SELECT n.other, w.depth + 1
  FROM walk w
  CROSS JOIN LATERAL (
    SELECT c.object_id AS other FROM claims c WHERE c.subject_id = w.node AND c.object_kind = 'entity' AND c.object_id IS NOT NULL
    UNION
    SELECT c.subject_id FROM claims c WHERE c.object_id = w.node AND c.object_kind = 'entity' AND c.subject_id IS NOT NULL
  ) n
  WHERE w.depth < $2
)
SELECT node, min(depth)::int AS depth FROM walk GROUP BY node ORDER BY min(depth), node LIMIT $3`;

export async function neighbourhood(db: Queryable, idOrRef: string, opts: NeighbourhoodOptions = {}): Promise<Neighbourhood> {
  const depth = opts.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) throw badInput(`depth must be 1 to ${MAX_DEPTH}`, { field: 'depth' });
  const maxNodes = opts.maxNodes ?? DEFAULT_MAX_NODES;
  if (!Number.isInteger(maxNodes) || maxNodes < 1 || maxNodes > 10_000) throw badInput('max_nodes must be 1 to 10000', { field: 'max_nodes' });
  const start = await findEntityRow(db, idOrRef);
  const rows = await db.query<{ node: string; depth: number }>(SQL, [start.id, depth, maxNodes + 1]);
  const truncated = rows.length > maxNodes;
  const depthOf = new Map(rows.slice(0, maxNodes).map((r) => [r.node, r.depth]));
  const [nodes, edges] = await Promise.all([nodesOf(db, depthOf), edgesAmong(db, [...depthOf.keys()])]);
  return { center: start.id, depth, truncated, nodes, edges };
}
