// The screen / resolve / merge commands through the real CLI, on both engines.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore, type TestStore } from './helpers/engines.ts';
import { insertEntries, readUapa, readUn } from '../eval/screening/load-lists.ts';
import { openStore, type Db } from '../src/store/index.ts';

const UN = readUn().filter((e) => ['QDe.118', 'QDe.008', 'QDi.263'].includes(e.ref));
const UAPA = readUapa().filter((e) => ['FS-5', 'FS-8'].includes(e.ref));

describe.each(ENGINES)('dossier screen / resolve / merge on %s', (engine) => {
  let dir: string;
  let args: string[];
  let s: TestStore | null = null;
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const cli = (...a: string[]) => spawnSync(process.execPath, ['bin/dossier.mjs', ...args, ...a], { encoding: 'utf8', env });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-resolve-cli-'));
    let db: Db;
    if (engine === 'pglite') {
      db = await openStore({ dataDir: join(dir, 'store'), databaseUrl: '' });
      args = ['--data', join(dir, 'store')];
    } else {
      s = await freshStore('postgres');
      db = s.db;
      args = ['--database-url', s.url!];
    }
    await insertEntries(db, 'un', UN);
    await insertEntries(db, 'uapa', UAPA);
    if (engine === 'pglite') await db.close();
  }, 60_000);
  afterAll(async () => {
    await s?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('screen --json prints the documented shape, best match first', () => {
    const r = cli('screen', 'Lashkar e Toiba', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.query).toBe('Lashkar e Toiba');
    expect(out.threshold).toBe(0.9);
    expect(out.matches.map((m: { list: string; id: string }) => `${m.list}:${m.id}`)).toEqual(['un:QDe.118', 'uapa:FS-5']);
    expect(out.matches[0].explanation.length).toBeGreaterThan(0);
  });

  it('screen prints the explanation as text, and "no match" for an ordinary name', () => {
    expect(cli('screen', 'Hizbul Mujahideen').stdout).toMatch(/uapa FS-8[\s\S]*hizbul ↔ hizb ul: exact/);
    expect(cli('screen', 'Hizbul Mujahideen').stdout).not.toMatch(/QDe\.008/);
    expect(cli('screen', 'Amnesty International').stdout).toMatch(/no match/);
  });

  it('bad options exit 2', () => {
    expect(cli('screen', 'x', '--threshold', '2').status).toBe(2);
    expect(cli('screen', 'x', '--lists', 'nope').status).toBe(2);
    expect(cli('screen').status).toBe(2);
  });

  it('screen --csv --out writes every name, a match row or a no-match row', () => {
    const input = join(dir, 'in.csv');
    const out = join(dir, 'out.csv');
    writeFileSync(input, 'name,kind\nLashkar-e-Taiba,organization\n"SAEED, Hafiz Muhammad",person\nNordic Timber AB,\n');
    const r = cli('screen', '--csv', input, '--out', out);
    expect(r.status).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('query,rank,list,id,name,matched_alias,score,explanation');
    expect(lines.some((l) => l.startsWith('Lashkar-e-Taiba,1,uapa,FS-5,'))).toBe(true);
    expect(lines.some((l) => l.startsWith('Lashkar-e-Taiba,2,un,QDe.118,'))).toBe(true);
    expect(lines.some((l) => l.startsWith('"SAEED, Hafiz Muhammad",1,un,QDi.263'))).toBe(true);
    expect(lines).toContain('Nordic Timber AB,,,,,,,no match');
  });

  it('a CSV with broken quoting exits 2 and writes nothing', () => {
    const input = join(dir, 'bad.csv');
    const out = join(dir, 'bad-out.csv');
    writeFileSync(input, 'name\n"Lashkar\n');
    const r = cli('screen', '--csv', input, '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.csv/);
    expect(existsSync(out)).toBe(false);
  });

  it('resolve --json and merge list run on an empty entity table', () => {
    const r = cli('resolve', '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ links: [], merges: [] });
    expect(cli('merge', 'list').stdout).toMatch(/no merge decisions/);
    expect(cli('merge', 'accept', 'nope').status).toBe(1);
  });
});
