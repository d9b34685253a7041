// pageSorted: lists computed in memory page by a unique key tuple; a walk sees each row once, in key order,
// even when rows are added before the cursor between pages; a cursor of another shape is a 400 on `cursor`.
import { describe, expect, it } from 'vitest';
import { DossierError } from '../src/model/index.ts';
import { pageSorted, type Page } from '../src/graph/index.ts';

interface Row {
  id: string;
  score: number;
}
const byScore = (r: Row) => [-r.score, r.id];

function walk(rows: Row[], limit: number, between?: (page: number) => void): Row[] {
  const seen: Row[] = [];
  let cursor: string | undefined;
  for (let n = 0; n < 100; n++) {
    const p: Page<Row> = pageSorted(rows, { limit, cursor }, byScore);
    seen.push(...p.items);
    if (!p.next_cursor) return seen;
    cursor = p.next_cursor;
    between?.(n);
  }
  throw new Error('no last page');
}

describe('pageSorted', () => {
  const rows: Row[] = [
    { id: 'b', score: 2 },
    { id: 'a', score: 10 },
    { id: 'c', score: 2 },
    { id: 'd', score: 0.5 },
    { id: 'e', score: -1 },
  ];

  it('orders numbers numerically (10 before 2, descending by negation), ties by id, and serves each row once', () => {
    expect(walk(rows, 2).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(walk(rows, 1).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(pageSorted(rows, { limit: 5 }, byScore).next_cursor).toBeNull();
    expect(pageSorted([], {}, byScore)).toEqual({ items: [], next_cursor: null });
  });

  it('a row added before the cursor is not served again, nor does it push a served row onto the next page', () => {
    const live = [...rows];
    const seen = walk(live, 2, (n) => void (n === 0 && live.push({ id: 'z', score: 100 }, { id: 'c2', score: 2 })));
    // z ranks first but arrived after page one: skipped; c2 sorts after c, still ahead: served once.
    expect(seen.map((r) => r.id)).toEqual(['a', 'b', 'c', 'c2', 'd', 'e']);
  });

  it('refuses a cursor it did not issue, or one of another list (another key shape), naming cursor', () => {
    const other = pageSorted(['x', 'y'], { limit: 1 }, (s) => [s]).next_cursor!;
    for (const cursor of ['garbage', other, Buffer.from('{"t":[{}]}').toString('base64url')]) {
      let err: unknown;
      try {
        pageSorted(rows, { cursor }, byScore);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(DossierError);
      expect((err as DossierError).where?.field).toBe('cursor');
    }
    expect(() => pageSorted(rows, { limit: 0 }, byScore)).toThrow(/limit/);
  });
});
