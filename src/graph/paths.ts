// Shortest paths between two actors: grow the entity graph from both ends in SQL, one hop at a time, into a
// graphology graph; then graphology finds the shortest path (bidirectional BFS, direction ignored: "A funds
// B" and "B is funded by A" connect them alike). Each edge on the path carries the claims behind it.
import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { badInput } from '../model/index.ts';
import type { Queryable } from '../store/index.ts';
import { findEntityRow } from './entities.ts';
import { edgesAmong, nodesOf, type GraphEdge, type GraphNode } from './shape.ts';

export const MAX_PATH_HOPS = 6;

export interface PathResult {
  from: string;
  to: string;
  /** Hops on the shortest path, or null when none within max_hops. */
  length: number | null;
  /** The path's nodes in order (depth = position). */
  nodes: GraphNode[];
  /** The claims joining consecutive nodes, either direction. */
  edges: GraphEdge[];
}

type EdgeRow = { s: string; o: string };

async function expand(db: Queryable, frontier: string[]): Promise<EdgeRow[]> {
  return db.query<EdgeRow>(
    `SELECT DISTINCT subject_id AS s, object_id AS o FROM claims
     WHERE object_kind = 'entity' AND subject_id IS NOT NULL AND object_id IS NOT NULL
       AND (subject_id = ANY($1::text[]) OR object_id = ANY($1::text[]))`,
    [frontier],
  );
}

export async function shortestPath(db: Queryable, a: string, b: string, maxHops = MAX_PATH_HOPS): Promise<PathResult> {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) {
    throw badInput(`max_hops must be 1 to ${MAX_PATH_HOPS}`, { field: 'max_hops' });
  }
  const [from, to] = await Promise.all([
    findEntityRow(db, a).catch((e: unknown) => { throw withField(e, 'from'); }),
    findEntityRow(db, b).catch((e: unknown) => { throw withField(e, 'to'); }),
  ]);
  const g = new UndirectedGraph();
  g.mergeNode(from.id);
  g.mergeNode(to.id);
  const seenA = new Set([from.id]);
  const seenB = new Set([to.id]);
  let fa = [from.id];
  let fb = [to.id];
  let path: string[] | null = from.id === to.id ? [from.id] : null;
  // Each round grows the smaller side by one hop; stop when the sides meet or hops run out.
  for (let hops = 0; path === null && hops < maxHops; hops++) {
    const growA = fa.length <= fb.length;
    const frontier = growA ? fa : fb;
    const seen = growA ? seenA : seenB;
    if (frontier.length === 0) break;
    const next: string[] = [];
    for (const { s, o } of await expand(db, frontier)) {
      if (s === o) continue;
      g.mergeEdge(s, o);
      for (const n of [s, o]) if (!seen.has(n)) { seen.add(n); next.push(n); }
    }
    if (growA) fa = next; else fb = next;
    if (next.some((n) => (growA ? seenB : seenA).has(n))) path = bidirectional(g, from.id, to.id);
  }
  if (!path) return { from: from.id, to: to.id, length: null, nodes: [], edges: [] };
  const order = new Map(path.map((id, i) => [id, i]));
  const nodes = await nodesOf(db, order);
  const all = await edgesAmong(db, path);
  const edges = all.filter((e) => Math.abs(order.get(e.source)! - order.get(e.target)!) === 1);
  return { from: from.id, to: to.id, length: path.length - 1, nodes, edges };
}

function withField(e: unknown, field: string): unknown {
  if (e instanceof Error && 'where' in e) (e as { where: { field?: string } }).where = { field };
  return e;
}
