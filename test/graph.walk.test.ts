// Neighbourhood, shortest path and centrality on a small graph whose answers are known by construction:
// a chain a → b → c → d → e plus a star around h, on both engines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centrality, neighbourhood, shortestPath } from '../src/graph/index.ts';
import { ENGINES, freshStore, type TestStore } from './helpers/engines.ts';

// [claim id, subject, predicate, object]; claims point both ways along the chain to show direction is ignored.
const CLAIMS: Array<[string, string, string, string]> = [
  ['c1', 'a', 'member_of', 'b'],
  ['c2', 'c', 'part_of', 'b'], // points backwards: still one hop from b to c
  ['c3', 'c', 'funds', 'd'],
  ['c3b', 'c', 'funds', 'd'], // a second claim for the same edge: both ids on it
  ['c4', 'd', 'member_of', 'e'],
  ['s1', 'h', 'associated_with', 'x'],
  ['s2', 'h', 'associated_with', 'y'],
  ['s3', 'h', 'associated_with', 'z'],
];
const NODES = ['a', 'b', 'c', 'd', 'e', 'h', 'x', 'y', 'z'];

describe.each(ENGINES)('graph walks on %s', (engine) => {
  let s: TestStore;
  beforeAll(async () => {
    s = await freshStore(engine);
    await s.db.query(`INSERT INTO sources (id, title, kind) VALUES ('src', 'test source', 'news')`);
    for (const n of NODES) await s.db.query(`INSERT INTO entities (id, kind, name) VALUES ($1, 'organization', $2)`, [n, `Org ${n.toUpperCase()}`]);
    for (const [id, sub, pred, obj] of CLAIMS) {
      await s.db.query(
        `INSERT INTO claims (id, subject_id, subject_name, predicate, object_kind, object_id, claimant_name, source_id, quote)
         VALUES ($1, $2, $2, $3, 'entity', $4, 'test', 'src', 'q')`,
        [id, sub, pred, obj],
      );
    }
  });
  afterAll(() => s?.cleanup());

  it.each([
    ['depth 1 from b reaches a and c (one claim each way)', 'b', 1, { b: 0, a: 1, c: 1 }],
    ['depth 2 from b adds d', 'b', 2, { b: 0, a: 1, c: 1, d: 2 }],
    ['depth 3 from a reaches d, not e', 'a', 3, { a: 0, b: 1, c: 2, d: 3 }],
    ['the star is its own component', 'x', 2, { x: 0, h: 1, y: 2, z: 2 }],
  ])('neighbourhood: %s', async (_why, start, depth, expected) => {
    const g = await neighbourhood(s.db, start, { depth });
    expect(Object.fromEntries(g.nodes.map((n) => [n.id, n.depth]))).toEqual(expected);
    expect(g.truncated).toBe(false);
    // Every edge joins two returned nodes and names its claims.
    for (const e of g.edges) {
      expect(expected).toHaveProperty(e.source);
      expect(expected).toHaveProperty(e.target);
      expect(e.claim_ids.length).toBeGreaterThan(0);
    }
  });

  it('neighbourhood: the edge c → d carries both claims; max_nodes truncates nearest-first', async () => {
    const g = await neighbourhood(s.db, 'c', { depth: 1 });
    expect(g.edges.find((e) => e.source === 'c' && e.target === 'd')!.claim_ids).toEqual(['c3', 'c3b']);
    const cut = await neighbourhood(s.db, 'a', { depth: 3, maxNodes: 2 });
    expect(cut.truncated).toBe(true);
    expect(cut.nodes.map((n) => n.id)).toEqual(['a', 'b']);
  });

  it.each([
    ['along the chain, either direction', 'a', 'e', 4, ['a', 'b', 'c', 'd', 'e']],
    ['backwards', 'e', 'b', 3, ['e', 'd', 'c', 'b']],
    ['to itself', 'c', 'c', 0, ['c']],
    ['across components: none', 'a', 'x', null, []],
  ])('shortest path %s', async (_why, from, to, length, path) => {
    const p = await shortestPath(s.db, from, to);
    expect(p.length).toBe(length);
    expect(p.nodes.map((n) => n.id)).toEqual(path);
    expect(p.edges.length).toBe(Math.max(0, path.length - 1));
  });

  it('a path longer than max_hops is not found', async () => {
    expect((await shortestPath(s.db, 'a', 'e', 3)).length).toBeNull();
  });

  it('centrality: the chain middle has the highest betweenness, the hub the highest degree', async () => {
    const c = await centrality(s.db, { limit: 20 });
    expect(c.node_count).toBe(NODES.length);
    expect(c.edge_count).toBe(7); // c3 and c3b are one edge
    expect(c.items[0]!.id).toBe('c');
    const byId = Object.fromEntries(c.items.map((i) => [i.id, i]));
    expect(byId.h!.degree).toBe(3);
    expect(byId.a!.betweenness).toBe(0);
  });

  it('centrality pages of two walk the same ranking as one page, node and edge counts beside each', async () => {
    const whole = await centrality(s.db, { limit: 500 });
    const walked: string[] = [];
    let cursor: string | undefined;
    do {
      const p = await centrality(s.db, { limit: 2, cursor });
      expect([p.node_count, p.edge_count]).toEqual([whole.node_count, whole.edge_count]);
      walked.push(...p.items.map((i) => i.id));
      cursor = p.next_cursor ?? undefined;
    } while (cursor);
    expect(walked).toEqual(whole.items.map((i) => i.id));
    expect(walked.length).toBe(NODES.length);
  });
});
