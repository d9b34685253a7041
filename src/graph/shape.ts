// The graph as served: nodes (entities) and edges (one per subject → object → predicate, with the ids of
// the claims behind it). A claim is an assertion by its claimant, never a fact: follow claim_ids.
import type { Queryable } from '../store/index.ts';

export interface GraphNode {
  id: string;
  name: string;
  kind: string;
  /** Hops from the start node (neighbourhood) or position on the path (paths). */
  depth: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  predicate: string;
  claim_ids: string[];
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Edges among `ids`: claims whose subject and entity object are both in the set, grouped by predicate. */
export async function edgesAmong(db: Queryable, ids: string[]): Promise<GraphEdge[]> {
  if (ids.length === 0) return [];
  const rows = await db.query<{ source: string; target: string; predicate: string; claim_ids: string[] }>(
    `SELECT subject_id AS source, object_id AS target, predicate, array_agg(id ORDER BY id) AS claim_ids
     FROM claims
     WHERE object_kind = 'entity' AND subject_id = ANY($1::text[]) AND object_id = ANY($1::text[])
     GROUP BY subject_id, object_id, predicate
     ORDER BY subject_id, object_id, predicate`,
    [ids],
  );
  return rows;
}

export async function nodesOf(db: Queryable, depthOf: Map<string, number>): Promise<GraphNode[]> {
  const ids = [...depthOf.keys()];
  if (ids.length === 0) return [];
  const rows = await db.query<{ id: string; name: string; kind: string }>(
    'SELECT id, name, kind FROM entities WHERE id = ANY($1::text[])',
    [ids],
  );
  return rows
    .map((r) => ({ ...r, depth: depthOf.get(r.id) ?? 0 }))
    .sort((a, b) => a.depth - b.depth || (a.id < b.id ? -1 : 1));
}
