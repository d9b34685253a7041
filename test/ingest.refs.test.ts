// A mention's source and entity are checked per statement by triggers (migration 070), not by foreign
// keys: the same guarantees, on both engines. A mention must name a stored source and (when linked) a
// stored entity; deleting a source deletes its mentions; a source or entity that mentions name cannot be
// deleted or re-keyed. The errors carry the foreign-key SQLSTATE, 23503. A claim's source likewise
// (migration 090): it must be stored, and a source that claims name cannot be deleted or re-keyed.
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

// A claim's source (migration 090): checked per INSERT statement, and per row by an update that changes it.
function claim(db: Queryable, id: string, sourceId: string): Promise<unknown> {
  return db.query(
    `INSERT INTO claims (id, subject_name, predicate, object_kind, object_value, claimant_name, source_id, quote)
     VALUES ($1, 'Hamas', 'met', 'literal', 'Iran', 'Reuters', $2, 'Hamas and Iran met.')`,
    [id, sourceId],
  );
}

describe.each(ENGINES)('a claim’s source on %s', (engine) => {
  let s: TestStore;
  beforeAll(async () => {
    s = await freshStore(engine);
    for (const id of ['cs-1', 'cs-2', 'cs-3']) await source(s.db, id);
  });
  afterAll(async () => {
    await s?.cleanup();
  });

  it('claims of stored sources are written, several sources in one statement', async () => {
    await s.db.query(
      `INSERT INTO claims (id, subject_name, predicate, object_kind, object_value, claimant_name, source_id, quote)
       VALUES ('c-cs-1', 'Hamas', 'met', 'literal', 'Iran', 'Reuters', 'cs-1', 'q'),
              ('c-cs-1b', 'Hamas', 'met', 'literal', 'Iran', 'Reuters', 'cs-1', 'q'),
              ('c-cs-2', 'Hamas', 'met', 'literal', 'Iran', 'Reuters', 'cs-2', 'q')`,
    );
    expect(await count(s.db, `SELECT count(*)::int AS n FROM claims WHERE source_id IN ('cs-1', 'cs-2')`)).toBe(3);
  });

  it('a claim of a source the store does not have is refused, and the statement writes none of its rows', async () => {
    const err = await s.db
      .query(
        `INSERT INTO claims (id, subject_name, predicate, object_kind, object_value, claimant_name, source_id, quote)
         VALUES ('c-good', 'Hamas', 'met', 'literal', 'Iran', 'Reuters', 'cs-2', 'q'),
                ('c-bad', 'Hamas', 'met', 'literal', 'Iran', 'Reuters', 'no-such-source', 'q')`,
      )
      .catch((e: unknown) => e);
    expect(err).toEqual(FK);
    expect((err as Error).message).toMatch(/claim c-bad names source no-such-source/);
    expect(await count(s.db, `SELECT count(*)::int AS n FROM claims WHERE id IN ('c-good', 'c-bad')`)).toBe(0);
  });

  it('an update that points a claim at a missing source is refused; at a stored one, or leaving it, it is made', async () => {
    await expect(s.db.query(`UPDATE claims SET source_id = 'no-such-source' WHERE id = 'c-cs-1'`)).rejects.toEqual(FK);
    await s.db.query(`UPDATE claims SET source_id = 'cs-3' WHERE id = 'c-cs-1'`);
    await s.db.query(`UPDATE claims SET status = 'accepted', source_id = source_id WHERE id = 'c-cs-1'`);
    expect((await s.db.query(`SELECT source_id, status FROM claims WHERE id = 'c-cs-1'`))[0]).toEqual({ source_id: 'cs-3', status: 'accepted' });
  });

  it('a source that claims name cannot be deleted or re-keyed; once they are gone, or naming none, it can', async () => {
    await expect(s.db.query(`DELETE FROM sources WHERE id = 'cs-2'`)).rejects.toEqual(
      expect.objectContaining({ code: '23503', message: expect.stringMatching(/claims still name cs-2/) as unknown }),
    );
    await expect(s.db.query(`UPDATE sources SET id = 'cs-2b' WHERE id = 'cs-2'`)).rejects.toEqual(FK);
    await s.db.query(`UPDATE sources SET title = 'Renamed', id = id WHERE id = 'cs-2'`); // same id: allowed
    await s.db.query(`DELETE FROM claims WHERE id = 'c-cs-2'`);
    await s.db.query(`UPDATE sources SET id = 'cs-2b' WHERE id = 'cs-2'`);
    await s.db.query(`DELETE FROM sources WHERE id = 'cs-2b'`);
    expect(await count(s.db, `SELECT count(*)::int AS n FROM sources WHERE id LIKE 'cs-%'`)).toBe(2);
  });

  // As the key did, the check locks the source (FOR KEY SHARE) until the claim's transaction ends: a
  // concurrent delete waits for it instead of leaving the claim without its source. PGlite runs one
  // transaction at a time, so only the server can show it.
  it.runIf(engine === 'postgres')('a source cannot be deleted while another transaction writes a claim of it', async () => {
    await source(s.db, 'cs-4');
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let written!: () => void;
    const inserted = new Promise<void>((r) => (written = r));
    const writer = s.db.transaction(async (tx) => {
      await claim(tx, 'c-cs-4', 'cs-4');
      written();
      await held;
      throw new Error('rolled back');
    });
    await inserted;
    const err = await s.db
      .transaction(async (tx) => {
        await tx.query(`SET LOCAL lock_timeout = '300ms'`);
        await tx.query(`DELETE FROM sources WHERE id = 'cs-4'`);
      })
      .catch((e: unknown) => e);
    release();
    await expect(writer).rejects.toThrow('rolled back');
    expect(err).toEqual(expect.objectContaining({ code: '55P03' })); // lock_not_available
    await s.db.query(`DELETE FROM sources WHERE id = 'cs-4'`); // no claim names it now
  });
});
