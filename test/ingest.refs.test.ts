// A mention's source and entity are checked per statement by triggers (migration 070), not by foreign
// keys: the same guarantees, on both engines. A mention must name a stored source and (when linked) a
// stored entity; deleting a source deletes its mentions; a source or entity that mentions name cannot be
// deleted or re-keyed. The errors carry the foreign-key SQLSTATE, 23503.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '../src/store/index.ts';
import { ENGINES, freshStore, type TestStore } from './helpers/engines.ts';

const FK = expect.objectContaining({ code: '23503', message: expect.stringMatching(/violates foreign key/) as unknown });

async function source(db: Queryable, id: string): Promise<void> {
  await db.query(`INSERT INTO sources (id, title, kind, text) VALUES ($1, $1, 'news', 'Hamas and Iran met.')`, [id]);
}
async function entity(db: Queryable, id: string): Promise<void> {
  await db.query(`INSERT INTO entities (id, kind, name) VALUES ($1, 'organization', $1)`, [id]);
}
function mention(db: Queryable, id: string, sourceId: string, entityId: string | null): Promise<unknown> {
  return db.query(
    `INSERT INTO mentions (id, source_id, span_start, span_end, surface, type, entity_id, known) VALUES ($1, $2, 0, 5, 'Hamas', 'organization', $3::text, $3::text IS NOT NULL)`,
    [id, sourceId, entityId],
  );
}
const count = async (db: Queryable, sql: string, params: unknown[] = []) => (await db.query<{ n: number }>(sql, params))[0]!.n;

describe.each(ENGINES)('a mention’s references on %s', (engine) => {
  let s: TestStore;
  beforeAll(async () => {
    s = await freshStore(engine);
    await source(s.db, 'src-1');
    await source(s.db, 'src-2');
    await entity(s.db, 'ent-1');
    await entity(s.db, 'ent-2');
  });
  afterAll(async () => {
    await s?.cleanup();
  });

  it('a mention of a stored source and entity (or of no entity) is written', async () => {
    await mention(s.db, 'm-1', 'src-1', 'ent-1');
    await mention(s.db, 'm-2', 'src-1', null);
    expect(await count(s.db, `SELECT count(*)::int AS n FROM mentions WHERE source_id = 'src-1'`)).toBe(2);
  });

  it.each([
    ['a source the store does not have', 'no-such-source', 'ent-1', /mention m-bad names source no-such-source/],
    ['an entity the store does not have', 'src-1', 'no-such-entity', /mention m-bad names entity no-such-entity/],
  ])('a mention of %s is refused, and the statement writes none of its rows', async (_why, sourceId, entityId, message) => {
    const err = await s.db
      .query(
        `INSERT INTO mentions (id, source_id, span_start, span_end, surface, type, entity_id, known)
         VALUES ('m-good', 'src-2', 0, 5, 'Hamas', 'organization', 'ent-2', true),
                ('m-bad', $1, 0, 5, 'Hamas', 'organization', $2, true)`,
        [sourceId, entityId],
      )
      .catch((e: unknown) => e);
    expect(err).toEqual(FK);
    expect((err as Error).message).toMatch(message);
    expect(await count(s.db, `SELECT count(*)::int AS n FROM mentions WHERE id IN ('m-good', 'm-bad')`)).toBe(0);
  });

  it('an update that points a mention at a missing entity is refused; at a stored one, it is made', async () => {
    await expect(s.db.query(`UPDATE mentions SET entity_id = 'no-such-entity' WHERE id = 'm-1'`)).rejects.toEqual(FK);
    await s.db.query(`UPDATE mentions SET entity_id = 'ent-2' WHERE id = 'm-1'`);
    expect((await s.db.query(`SELECT entity_id FROM mentions WHERE id = 'm-1'`))[0]).toEqual({ entity_id: 'ent-2' });
    await s.db.query(`UPDATE mentions SET entity_id = 'ent-1' WHERE id = 'm-1'`);
  });

  it('an entity that mentions name cannot be deleted or re-keyed; one they do not name can', async () => {
    await expect(s.db.query(`DELETE FROM entities WHERE id = 'ent-1'`)).rejects.toEqual(FK);
    await expect(s.db.query(`UPDATE entities SET id = 'ent-1b' WHERE id = 'ent-1'`)).rejects.toEqual(FK);
    await s.db.query(`UPDATE entities SET name = 'Renamed', id = id WHERE id = 'ent-1'`); // same id: allowed
    await entity(s.db, 'ent-unused');
    await s.db.query(`UPDATE entities SET id = 'ent-unused-2' WHERE id = 'ent-unused'`);
    await s.db.query(`DELETE FROM entities WHERE id = 'ent-unused-2'`);
    expect(await count(s.db, `SELECT count(*)::int AS n FROM entities WHERE id LIKE 'ent-%'`)).toBe(2);
  });

  it('a source that mentions name cannot be re-keyed; deleting it deletes its mentions and no other', async () => {
    await expect(s.db.query(`UPDATE sources SET id = 'src-1b' WHERE id = 'src-1'`)).rejects.toEqual(FK);
    await mention(s.db, 'm-3', 'src-2', 'ent-2');
    await s.db.query(`DELETE FROM sources WHERE id = 'src-1'`);
    expect(await count(s.db, `SELECT count(*)::int AS n FROM mentions WHERE source_id = 'src-1'`)).toBe(0);
    expect(await count(s.db, `SELECT count(*)::int AS n FROM mentions WHERE source_id = 'src-2'`)).toBe(1);
  });
});
