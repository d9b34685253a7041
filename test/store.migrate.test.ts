import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../src/store/index.ts';
import { ENGINES, freshStore, type TestStore } from './helpers/engines.ts';

describe.each(ENGINES)('migrations on %s', (engine) => {
  let s: TestStore;
  beforeAll(async () => {
    s = await freshStore(engine);
  });
  afterAll(async () => s?.cleanup());

  it('applies every migration on an empty database and records it', async () => {
    const rows = await s.db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.name)).toContain('001_init.sql');
    const tables = await s.db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    const names = tables.map((t) => t.table_name);
    for (const t of ['sources', 'entities', 'aliases', 'claims', 'evidence', 'verdicts', 'measures', 'list_entries', 'audit_log']) {
      expect(names).toContain(t);
    }
  });

  it('is a no-op when applied again', async () => {
    const before = await s.db.query('SELECT version, applied_at FROM schema_migrations ORDER BY version');
    const applied = await migrate(s.db);
    expect(applied).toEqual([]);
    const after = await s.db.query('SELECT version, applied_at FROM schema_migrations ORDER BY version');
    expect(after).toEqual(before);
  });

  it('has the trigram and fuzzy-matching extensions', async () => {
    const [r] = await s.db.query<{ sim: number; lev: number }>(
      `SELECT similarity('lashkar e taiba', 'lashkar e tayyiba') AS sim, levenshtein('taiba', 'toiba') AS lev`,
    );
    expect(r!.sim).toBeGreaterThan(0.5);
    expect(r!.lev).toBe(1);
  });
});

// A store an earlier version created (every migration up to 080) upgrades in place: 090 replaces
// claims.source_id's foreign key by triggers and keeps every row; applying its SQL again changes nothing.
describe.each(ENGINES)('upgrading a store made by the migrations up to 080 on %s', (engine) => {
  let s: TestStore;
  const triggers = async () =>
    (await s.db.query<{ t: string }>(
      `SELECT tgname AS t FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE '%claim%' ORDER BY tgname`,
    )).map((r) => r.t);
  beforeAll(async () => {
    s = await freshStore(engine, loadMigrations().filter((m) => m.version <= 80));
    await s.db.query(`INSERT INTO sources (id, title, kind, text) VALUES ('up-1', 'Up', 'news', 'Hamas and Iran met.')`);
    await s.db.query(
      `INSERT INTO claims (id, subject_name, predicate, object_kind, object_value, claimant_name, source_id, quote)
       VALUES ('up-c', 'Hamas', 'met', 'literal', 'Iran', 'Reuters', 'up-1', 'Hamas and Iran met.')`,
    );
  });
  afterAll(async () => s?.cleanup());

  it('applies 090 and keeps the rows; the key is gone and the triggers check what it checked', async () => {
    const keyed = `SELECT count(*)::int AS n FROM pg_constraint WHERE conname = 'claims_source_id_fkey'`;
    expect((await s.db.query<{ n: number }>(keyed))[0]!.n).toBe(1);
    expect(await migrate(s.db)).toEqual(loadMigrations().filter((m) => m.version > 80).map((m) => m.name));
    expect((await s.db.query<{ n: number }>(keyed))[0]!.n).toBe(0);
    expect(await s.db.query('SELECT id, source_id FROM claims')).toEqual([{ id: 'up-c', source_id: 'up-1' }]);
    expect(await triggers()).toEqual([
      'claims_check_source_insert',
      'claims_check_source_update',
      'sources_keep_claimed_delete',
      'sources_keep_claimed_update',
    ]);
    await expect(s.db.query(`DELETE FROM sources WHERE id = 'up-1'`)).rejects.toEqual(expect.objectContaining({ code: '23503' }));
  });

  it('090 applied a second time changes nothing', async () => {
    const sql = loadMigrations().find((m) => m.version === 90)!.sql;
    await s.db.transaction((tx) => tx.exec(sql));
    expect(await triggers()).toHaveLength(4);
    await expect(
      s.db.query(
        `INSERT INTO claims (id, subject_name, predicate, object_kind, object_value, claimant_name, source_id, quote)
         VALUES ('up-bad', 'Hamas', 'met', 'literal', 'Iran', 'Reuters', 'no-such-source', 'q')`,
      ),
    ).rejects.toEqual(expect.objectContaining({ code: '23503' }));
  });
});
