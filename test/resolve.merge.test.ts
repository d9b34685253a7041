// Entity resolution on both engines: links to list entries, merge proposals, accept / reject / undo.
// Undo must restore both entities, their names, identifiers and every reference to them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore, type TestStore } from './helpers/engines.ts';
import { insertEntries, readOfac, readUn } from '../eval/screening/load-lists.ts';
import { acceptMerge, listMerges, normaliseName, rejectMerge, resolveEntities, undoMerge } from '../src/resolve/index.ts';
import type { Queryable } from '../src/store/index.ts';

const UN = readUn().filter((e) => ['QDe.118', 'QDi.263'].includes(e.ref));
const OFAC = readOfac().filter((e) => ['7140', '10689', '18619'].includes(e.ref));

async function seed(db: Queryable) {
  await db.query(`INSERT INTO sources (id, title, kind) VALUES ('s1', 'op-ed', 'op-ed')`);
  const ents: Array<[string, string | null, string, string, string[]]> = [
    ['e-let', 'let', 'organization', 'Lashkar-e-Taiba', ['LeT']],
    ['e-let2', null, 'organization', 'Lashkar e Toiba', []],
    ['e-saeed', null, 'person', 'Hafiz Saeed', []],
    ['e-state', null, 'state', 'Pakistan', []],
  ];
  for (const [id, ref, kind, name, extra] of ents) {
    await db.query(`INSERT INTO entities (id, ref, kind, name) VALUES ($1, $2, $3, $4)`, [id, ref, kind, name]);
    for (const a of [name, ...extra]) await db.query(`INSERT INTO aliases (entity_id, name, norm) VALUES ($1, $2, $3)`, [id, a, normaliseName(a)]);
  }
  await db.query(`INSERT INTO external_ids (entity_id, scheme, value) VALUES ('e-let2', 'wikidata', 'Q000')`);
  await db.query(`INSERT INTO mentions (id, source_id, span_start, span_end, surface, type, entity_id) VALUES ('m1', 's1', 0, 15, 'Lashkar e Toiba', 'org', 'e-let2')`);
  await db.query(
    `INSERT INTO claims (id, subject_id, subject_name, predicate, object_kind, object_id, claimant_name, source_id, quote)
     VALUES ('c1', 'e-let2', 'Lashkar e Toiba', 'supports', 'entity', 'e-state', 'author', 's1', 'q'),
            ('c2', 'e-state', 'Pakistan', 'supports', 'entity', 'e-let2', 'author', 's1', 'q')`,
  );
}

const snapshotOf = async (db: Queryable) => ({
  entities: await db.query(`SELECT id, name, merged_into FROM entities ORDER BY id`),
  aliases: await db.query(`SELECT entity_id, name FROM aliases ORDER BY entity_id, name`),
  ids: await db.query(`SELECT entity_id, scheme, value FROM external_ids ORDER BY 1, 2, 3`),
  mentions: await db.query(`SELECT id, entity_id FROM mentions ORDER BY id`),
  claims: await db.query(`SELECT id, subject_id, object_id FROM claims ORDER BY id`),
});

describe.each(ENGINES)('entity resolution on %s', (engine) => {
  let s: TestStore;
  beforeAll(async () => {
    s = await freshStore(engine);
    await insertEntries(s.db, 'un', UN);
    await insertEntries(s.db, 'ofac', OFAC);
    await seed(s.db);
  }, 60_000);
  afterAll(() => s.cleanup());

  it('links entities to list entries, proposes the merge, and is idempotent', async () => {
    const r = await resolveEntities(s.db, { actor: 'test' });
    const links = r.links.filter((l) => !l.ambiguous).map((l) => `${l.entity_id}→${l.list}:${l.id}`);
    expect(links).toEqual(expect.arrayContaining(['e-let→un:QDe.118', 'e-let→ofac:7140', 'e-let2→un:QDe.118', 'e-saeed→un:QDi.263']));
    // 'Hafiz Saeed' is carried by two OFAC entries (10689, 18619): a name alone does not choose.
    expect(r.links.filter((l) => l.entity_id === 'e-saeed' && l.list === 'ofac').every((l) => l.ambiguous)).toBe(true);
    expect(r.links.some((l) => l.entity_id === 'e-state')).toBe(false);
    const ids = await s.db.query(`SELECT entity_id, scheme, value FROM external_ids WHERE scheme LIKE 'list:%' ORDER BY 1, 2, 3`);
    expect(ids).toContainEqual({ entity_id: 'e-let', scheme: 'list:un', value: 'QDe.118' });
    expect(ids.filter((x) => x.entity_id === 'e-saeed' && x.scheme === 'list:ofac')).toEqual([]);
    expect(r.merges).toHaveLength(1);
    expect(r.merges[0]).toMatchObject({ kept_id: 'e-let', merged_id: 'e-let2', new: true });
    expect(r.merges[0]!.explanation.tokens.length).toBeGreaterThan(0);
    const again = await resolveEntities(s.db, { actor: 'test' });
    expect(again.links.filter((l) => l.new)).toEqual([]);
    expect(again.merges.filter((m) => m.new)).toEqual([]);
    const audit = await s.db.query(`SELECT action FROM audit_log WHERE actor = 'test'`);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['link_list_entry', 'propose_merge']));
  });

  it('accepting a merge moves names, identifiers and references; undo restores both entities exactly', async () => {
    const [m] = await listMerges(s.db, 'proposed');
    const before = await snapshotOf(s.db);
    const accepted = await acceptMerge(s.db, m!.id, { actor: 'reviewer-1' });
    expect(accepted.status).toBe('accepted');
    expect(await s.db.query(`SELECT merged_into FROM entities WHERE id = 'e-let2'`)).toEqual([{ merged_into: 'e-let' }]);
    expect(await s.db.query(`SELECT entity_id FROM mentions WHERE id = 'm1'`)).toEqual([{ entity_id: 'e-let' }]);
    expect(await s.db.query(`SELECT subject_id, object_id FROM claims ORDER BY id`)).toEqual([
      { subject_id: 'e-let', object_id: 'e-state' },
      { subject_id: 'e-state', object_id: 'e-let' },
    ]);
    const keptNames = (await s.db.query<{ name: string }>(`SELECT name FROM aliases WHERE entity_id = 'e-let'`)).map((r) => r.name);
    expect(keptNames).toContain('Lashkar e Toiba');
    expect(await s.db.query(`SELECT value FROM external_ids WHERE entity_id = 'e-let' AND scheme = 'wikidata'`)).toEqual([{ value: 'Q000' }]);
    await expect(acceptMerge(s.db, m!.id)).rejects.toMatchObject({ code: 'conflict' });

    const undone = await undoMerge(s.db, m!.id, { actor: 'reviewer-2' });
    expect(undone.status).toBe('undone');
    expect(await snapshotOf(s.db)).toEqual(before);
    const audit = await s.db.query(`SELECT action, actor FROM audit_log WHERE target_id = $1 ORDER BY id`, [m!.id]);
    expect(audit).toEqual([
      { action: 'propose_merge', actor: 'test' },
      { action: 'accept_merge', actor: 'reviewer-1' },
      { action: 'undo_merge', actor: 'reviewer-2' },
    ]);
  });

  it('a rejected or undone pair is not proposed again; unknown ids are not_found', async () => {
    const r = await resolveEntities(s.db);
    expect(r.merges.filter((m) => m.new)).toEqual([]);
    await expect(rejectMerge(s.db, 'nope')).rejects.toMatchObject({ code: 'not_found' });
    const [m] = await listMerges(s.db, 'undone');
    await expect(rejectMerge(s.db, m!.id)).rejects.toMatchObject({ code: 'conflict' });
  });
});
