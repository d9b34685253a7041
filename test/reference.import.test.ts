import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_REFERENCE_DIR, importReference } from '../src/reference/index.ts';
import { tableCounts } from '../src/store/index.ts';
import { runCli } from './helpers/cli.ts';
import { ENGINES, freshStore, type TestStore } from './helpers/engines.ts';

const ids = async (s: TestStore, table: string) =>
  (await s.db.query<{ id: string }>(`SELECT id FROM ${table} ORDER BY id`)).map((r) => r.id);

describe.each(ENGINES)('reference import on %s', (engine) => {
  let s: TestStore;
  let work: string;
  beforeAll(async () => {
    s = await freshStore(engine);
    work = mkdtempSync(join(tmpdir(), 'dossier-ref-'));
  });
  afterAll(async () => {
    await s?.cleanup();
    rmSync(work, { recursive: true, force: true });
  });

  it('imports the bundled set, and a second import changes no count and no id', async () => {
    const summary = await importReference(s.db);
    const actors = JSON.parse(readFileSync(join(BUNDLED_REFERENCE_DIR, 'actors.json'), 'utf8')) as unknown[];
    expect(summary.sources).toBe(81);
    expect(summary.entities).toBeGreaterThanOrEqual(actors.length);
    const before = await tableCounts(s.db);
    const tables = ['sources', 'entities', 'events', 'claims', 'evidence', 'measures', 'demands'];
    const idsBefore = await Promise.all(tables.map((t) => ids(s, t)));
    await importReference(s.db);
    expect(await tableCounts(s.db)).toEqual(before);
    expect(await Promise.all(tables.map((t) => ids(s, t)))).toEqual(idsBefore);
  });

  it('finds Lashkar-e-Taiba by its aliases, each attested in a source', async () => {
    const rows = await s.db.query<{ name: string; alias: string; source: string | null }>(
      `SELECT e.name, a.name AS alias, src.ref AS source FROM entities e JOIN aliases a ON a.entity_id = e.id
       LEFT JOIN sources src ON src.id = a.source_id WHERE e.ref = 'org-lashkar-e-taiba' ORDER BY a.name`,
    );
    expect(rows[0]!.name).toBe('Lashkar-e-Taiba');
    const spelled = rows.filter((r) => r.alias !== r.name);
    expect(spelled.length).toBeGreaterThan(2);
    for (const r of spelled) expect(r.source).toMatch(/^src-/);
  });

  it('ties every claim, evidence row, casualty figure and measure to an existing source', async () => {
    const orphans = await s.db.query<{ t: string; n: number }>(`
      SELECT 'claims' t, count(*)::int n FROM claims c LEFT JOIN sources s ON s.id = c.source_id WHERE s.id IS NULL
      UNION ALL SELECT 'claims without quote', count(*)::int FROM claims WHERE quote = ''
      UNION ALL SELECT 'evidence', count(*)::int FROM evidence e LEFT JOIN sources s ON s.id = e.source_id WHERE s.id IS NULL
      UNION ALL SELECT 'casualties', count(*)::int FROM casualties c LEFT JOIN sources s ON s.id = c.source_id WHERE s.id IS NULL
      UNION ALL SELECT 'measures', count(*)::int FROM measures m LEFT JOIN sources s ON s.id = m.source_id WHERE s.id IS NULL
      UNION ALL SELECT 'measures without evidence', count(*)::int FROM measures m WHERE NOT EXISTS (SELECT 1 FROM measure_evidence x WHERE x.measure_id = m.id)
      UNION ALL SELECT 'demands', count(*)::int FROM demands d LEFT JOIN sources s ON s.id = d.source_id WHERE s.id IS NULL`);
    for (const o of orphans) expect(o, o.t).toEqual({ t: o.t, n: 0 });
  });

  it('keeps the op-ed\'s claims as claims by the op-ed', async () => {
    const rows = await s.db.query<{ claimant_name: string; kind: string }>(
      `SELECT c.claimant_name, s.kind FROM claims c JOIN sources s ON s.id = c.source_id WHERE c.ref = 'cl-oped-trf-claimed'`,
    );
    expect(rows).toEqual([{ claimant_name: 'TICE News (TICE Plus), author Manoj Singh', kind: 'op-ed' }]);
  });

  it('rejects a file with a bad last record, naming file and record, exit 2, and leaves the database as it was', async () => {
    const dir = join(work, 'bad');
    cpSync(BUNDLED_REFERENCE_DIR, dir, { recursive: true });
    const measures = JSON.parse(readFileSync(join(dir, 'measures.json'), 'utf8')) as Array<Record<string, unknown>>;
    measures.push({ ...measures[0], id: 'm-bad', start: '25 April 2025' });
    writeFileSync(join(dir, 'measures.json'), JSON.stringify(measures));
    // Also change an earlier file, so a partial write would show in the counts.
    const sources = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as Array<Record<string, unknown>>;
    sources.push({ ...sources[0], id: 'src-extra-row' });
    writeFileSync(join(dir, 'sources.json'), JSON.stringify(sources));

    const before = await tableCounts(s.db);
    const target = s.url ?? join(work, 'pgdata');
    if (!s.url) expect(runCli(target, ['import', 'reference']).status).toBe(0);
    const cliBefore = JSON.parse(runCli(target, ['stats', '--json']).stdout) as Record<string, number>;
    const r = runCli(target, ['import', 'reference', '--dir', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('measures.json');
    expect(r.stderr).toContain(`record ${measures.length - 1}`);
    expect(r.stderr).toContain('field start');
    expect(JSON.parse(runCli(target, ['stats', '--json']).stdout)).toEqual(cliBefore);
    expect(await tableCounts(s.db)).toEqual(before);
  });
});
