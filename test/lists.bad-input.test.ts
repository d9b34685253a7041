// Bad input through the real CLI, on both engines: a clear error naming the file and the line or element,
// exit 2, and the list stays at its previous version.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_LISTS_DIR } from '../src/lists/index.ts';
import { runCli } from './helpers/cli.ts';
import { ENGINES, freshStore, type TestStore } from './helpers/engines.ts';

const D = (p: string) => join(BUNDLED_LISTS_DIR, p);
const UN_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const UN_BODY = '<CONSOLIDATED_LIST dateGenerated="2030-01-01T00:00:00Z"><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&x;</FIRST_NAME><REFERENCE_NUMBER>QDi.999</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>\n';

interface Case {
  why: string;
  list: string;
  /** Writes the bad file into `dir` and returns [path, extra args]. */
  make: (dir: string) => [string, string[]];
  /** What stderr must say besides the file name. */
  says: RegExp;
}

const CASES: Case[] = [
  {
    why: 'truncated XML (the UN file cut in the middle of a record)',
    list: 'un',
    make: (dir) => {
      const xml = readFileSync(D('un/consolidated.xml'), 'utf8');
      const p = join(dir, 'un-truncated.xml');
      writeFileSync(p, xml.slice(0, Math.floor(xml.length * 0.6)));
      return [p, []];
    },
    says: /line [1-9]\d{3,}, element CONSOLIDATED_LIST\/[A-Z_/]+: XML ends early/,
  },
  {
    why: 'a file that does not match --list',
    list: 'un',
    make: () => [D('india/uapa-first-schedule-as-on-2015-03-30.csv'), ['--list', 'un']],
    says: /is uapa-csv \(list uapa\), not list un/,
  },
  {
    why: 'XXE: an external entity naming a local file',
    list: 'un',
    make: (dir) => {
      const p = join(dir, 'xxe.xml');
      writeFileSync(p, `${UN_HEAD}<!DOCTYPE CONSOLIDATED_LIST [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>\n${UN_BODY}`);
      return [p, []];
    },
    says: /line 2, element !DOCTYPE: XML with a DOCTYPE declaring entities is refused/,
  },
  {
    why: 'billion laughs: nested entity expansion',
    list: 'un',
    make: (dir) => {
      const ents = ['<!ENTITY l0 "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`), '<!ENTITY x "&l9;">'];
      const p = join(dir, 'laughs.xml');
      writeFileSync(p, `${UN_HEAD}<!DOCTYPE CONSOLIDATED_LIST [\n${ents.join('\n')}\n]>\n${UN_BODY}`);
      return [p, []];
    },
    says: /element !DOCTYPE: XML with a DOCTYPE declaring entities is refused/,
  },
  {
    why: 'CSV with broken quoting deep in an OFAC sdn.csv (earlier rows were already read)',
    list: 'ofac',
    make: (dir) => {
      const lines = readFileSync(D('ofac/sdn-2021-07-bench/sdn.csv'), 'utf8').split('\r\n');
      lines[4000] = lines[4000]!.replace(/^(\d+),"/, '$1,"BROKEN "QUOTE" ');
      mkdirSync(join(dir, 'ofac-broken'), { recursive: true });
      const p = join(dir, 'ofac-broken', 'sdn.csv');
      writeFileSync(p, lines.join('\r\n'));
      return [p, []];
    },
    says: /sdn\.csv, line 4001: malformed CSV/,
  },
];

describe.each(ENGINES)('bad list input on %s', (engine) => {
  let s: TestStore | null = null;
  let work: string;
  let target: string;
  const previous: Record<string, ReturnType<typeof versions>> = {};
  const versions = (list: string) => {
    const r = runCli(target, ['lists', '--json']);
    expect(r.status).toBe(0);
    const all = JSON.parse(r.stdout) as Array<{ list: string; entries: number; versions: Array<{ id: string }> }>;
    const x = all.find((l) => l.list === list);
    return { entries: x?.entries ?? 0, versions: (x?.versions ?? []).map((v) => v.id) };
  };

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'dossier-lists-bad-'));
    if (engine === 'postgres') {
      s = await freshStore(engine);
      target = s.url!;
    } else target = join(work, 'data');
    // A previous version of each list touched below.
    expect(runCli(target, ['lists', 'import', D('un/consolidated.xml')]).status).toBe(0);
    const head = readFileSync(D('ofac/sdn-2021-07-bench/sdn.csv'), 'utf8').split('\r\n').slice(0, 50).join('\r\n');
    mkdirSync(join(work, 'ofac-good'));
    writeFileSync(join(work, 'ofac-good', 'sdn.csv'), head);
    expect(runCli(target, ['lists', 'import', join(work, 'ofac-good')]).status).toBe(0);
    previous.un = versions('un');
    previous.ofac = versions('ofac');
  }, 300_000);
  afterAll(async () => {
    await s?.cleanup();
    rmSync(work, { recursive: true, force: true });
  });

  it('lists show <list> <ref> --json prints the entry with its names (the good version is there)', () => {
    const r = runCli(target, ['lists', 'show', 'un', 'QDe.118', '--json']);
    expect(r.status).toBe(0);
    const e = JSON.parse(r.stdout) as { primary_name: string; names: Array<{ name: string }> };
    expect(e.primary_name).toBe('LASHKAR-E-TAYYIBA');
    expect(e.names.map((n) => n.name)).toContain('Lashkar-e-Toiba');
  });

  it.each(CASES)('$why: exit 2, names the place, list unchanged', (c) => {
    const before = previous[c.list]!;
    expect(before.versions).toHaveLength(1);
    const [path, args] = c.make(work);
    const r = runCli(target, ['lists', 'import', path, ...args]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(path);
    expect(r.stderr).toMatch(c.says);
    expect(r.stderr).not.toMatch(/root:x:0/); // nothing of /etc/passwd
    expect(versions(c.list)).toEqual(before);
  }, 240_000); // two CLI processes, each opening the store
});
