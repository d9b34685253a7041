import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/store/index.ts';
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
