// Degree and betweenness centrality of the entity graph (claims with entity objects), via graphology.
// Computed over the whole graph: O(V·E) for betweenness, fine for tens of thousands of edges; the server
// keeps one ranking per data version and pages through it.
import { UndirectedGraph } from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import type { Queryable } from '../store/index.ts';
import { pageSorted, type PageOptions } from './page.ts';

export interface Centrality {
  id: string;
  name: string;
  kind: string;
  degree: number;
  betweenness: number;
}

export interface CentralityResult {
  node_count: number;
  edge_count: number;
  /** Most central first: betweenness, then degree, both descending, then id. */
  items: Centrality[];
  next_cursor: string | null;
}

/** The whole ranking before paging: computed once per data version by the server (betweenness is O(V·E)). */
export interface CentralityRanking {
  node_count: number;
  edge_count: number;
  rows: Centrality[];
}

/** One page of the ranking (the cursor carries the last row's betweenness, degree and id). */
export async function centrality(db: Queryable, page: PageOptions = {}, ranking?: CentralityRanking): Promise<CentralityResult> {
  const r = ranking ?? (await centralityRanking(db));
  return { node_count: r.node_count, edge_count: r.edge_count, ...pageSorted(r.rows, page, (x) => [-x.betweenness, -x.degree, x.id]) };
}

export async function centralityRanking(db: Queryable): Promise<CentralityRanking> {
  const edges = await db.query<{ s: string; o: string }>(
    `SELECT DISTINCT subject_id AS s, object_id AS o FROM claims
     WHERE object_kind = 'entity' AND subject_id IS NOT NULL AND object_id IS NOT NULL AND subject_id <> object_id`,
  );
  const g = new UndirectedGraph();
  for (const { s, o } of edges) g.mergeEdge(s, o);
  // The package is CommonJS with an ESM-style `export default` in its types: take whichever we are given.
  type Betweenness = (graph: UndirectedGraph, options?: { normalized?: boolean }) => Record<string, number>;
  const mod = betweennessModule as unknown as Betweenness & { default?: Betweenness };
  const betweenness: Betweenness = mod.default ?? mod;
  const bc: Record<string, number> = g.order > 0 ? betweenness(g, { normalized: true }) : {};
  const ids = g.nodes();
  const names = ids.length
    ? await db.query<{ id: string; name: string; kind: string }>('SELECT id, name, kind FROM entities WHERE id = ANY($1::text[])', [ids])
    : [];
  const byId = new Map(names.map((n) => [n.id, n]));
  const rows = ids.map((id) => ({
    id,
    name: byId.get(id)?.name ?? id,
    kind: byId.get(id)?.kind ?? 'unknown',
    degree: g.degree(id),
    betweenness: Math.round((bc[id] ?? 0) * 1e6) / 1e6,
  }));
  return { node_count: g.order, edge_count: g.size, rows };
}
