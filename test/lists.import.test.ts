// Importing lists into the store, on both engines: versions, idempotence, delistings, partial merges.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_LISTS_DIR, getListEntry, importBundledLists, importList, listSummaries } from '../src/lists/index.ts';
import { normaliseName } from '../src/resolve/index.ts';
import { ENGINES, freshStore, type TestStore } from './helpers/engines.ts';

const D = (p: string) => join(BUNDLED_LISTS_DIR, p);
const count = async (s: TestStore, sql: string, params: unknown[] = []) => Number((await s.db.query<{ n: number }>(sql, params))[0]!.n);

describe.each(ENGINES)('list import on %s', (engine) => {
  let s: TestStore;
  let work: string;
  beforeAll(async () => {
    s = await freshStore(engine);
    work = mkdtempSync(join(tmpdir(), 'dossier-lists-'));
  });
  afterAll(async () => {
    await s?.cleanup();
    rmSync(work, { recursive: true, force: true });
  });

  it('imports the UN list as one version with its publication date; the same file again changes nothing', async () => {
    const r = await importList(s.db, D('un/consolidated.xml'));
    expect(r).toMatchObject({ list: 'un', entries: 1003, added: 1003, removed: 0, already_imported: false, published: '2026-02-27T00:00:09.554Z' });
    const names = await count(s, `SELECT count(*)::int AS n FROM list_names n JOIN list_entries e ON e.id = n.entry_id WHERE e.list = 'un'`);
    const again = await importList(s.db, D('un/consolidated.xml'));
    expect(again).toMatchObject({ version: r.version, already_imported: true, added: 0, removed: 0, unchanged: 1003 });
    expect(await count(s, `SELECT count(*)::int AS n FROM list_versions WHERE list = 'un'`)).toBe(1);
    expect(await count(s, `SELECT count(*)::int AS n FROM list_names n JOIN list_entries e ON e.id = n.entry_id WHERE e.list = 'un'`)).toBe(names);
  });

  it('stores list_names.norm as normaliseName() of each name', async () => {
    const rows = await s.db.query<{ name: string; norm: string }>(
      `SELECT n.name, n.norm FROM list_names n JOIN list_entries e ON e.id = n.entry_id WHERE e.list = 'un' AND e.list_ref = 'QDe.118'`,
    );
    expect(rows.length).toBeGreaterThan(20);
    for (const r of rows) expect(r.norm).toBe(normaliseName(r.name));
  });

  it('a new version without one entry records it as removed and sets delisted_in; putting it back relists it', async () => {
    const xml = readFileSync(D('un/consolidated.xml'), 'utf8');
    const at = xml.lastIndexOf('<ENTITY>', xml.indexOf('<REFERENCE_NUMBER>QDe.118<'));
    expect(at).toBeGreaterThan(0);
    const end = xml.indexOf('</ENTITY>', at) + '</ENTITY>'.length;
    const modified = join(work, 'un-without-let.xml');
    writeFileSync(modified, xml.slice(0, at) + xml.slice(end));
    const r = await importList(s.db, modified);
    expect(r).toMatchObject({ added: 0, removed: 1, removed_refs: ['QDe.118'], unchanged: 1002 });
    const e = await getListEntry(s.db, 'un', 'QDe.118');
    expect(e.delisted_in).toBe(r.version);
    const v = (await s.db.query<{ removed: string[] }>('SELECT removed FROM list_versions WHERE id = $1', [r.version]))[0]!;
    expect(v.removed).toEqual(['QDe.118']);
    // The original file is a different version: importing it after the cut relists LeT.
    const back = await importList(s.db, D('un/consolidated.xml'));
    expect(back.already_imported).toBe(true); // same bytes as the first version: nothing changes …
    const copy = join(work, 'un-again.xml');
    writeFileSync(copy, `${xml}\n`);
    const relist = await importList(s.db, copy); // … a new publication containing it relists it
    expect(relist).toMatchObject({ added: 1, added_refs: ['QDe.118'], removed: 0 });
    expect((await getListEntry(s.db, 'un', 'QDe.118')).delisted_in).toBeNull();
  });

  it('refuses a file of another list than --list, and writes nothing', async () => {
    const before = await count(s, 'SELECT count(*)::int AS n FROM list_versions');
    await expect(importList(s.db, D('un/consolidated.xml'), { list: 'ofac' })).rejects.toMatchObject({ code: 'bad_input' });
    expect(await count(s, 'SELECT count(*)::int AS n FROM list_versions')).toBe(before);
  });

  it('imports every bundled list; partial OFAC sets merge into the 2021 set (7140 gains THE RESISTANCE FRONT, weak)', async () => {
    const results = await importBundledLists(s.db);
    expect(results.map((r) => r.file)).toContain('ofac/sdn-2026-excerpt/sdn.excerpt.csv');
    const let7140 = await getListEntry(s.db, 'ofac', '7140');
    expect(let7140.primary_name).toBe('LASHKAR E-TAYYIBA');
    expect(let7140.kind).toBe('organization'); // the alias-only 2025-12 set does not overwrite the kind
    expect(let7140.programmes).toEqual(['FTO', 'SDGT']);
    const q = (n: string) => let7140.names.find((x) => x.name === n);
    expect(q('THE RESISTANCE FRONT')).toMatchObject({ type: 'alias', quality: 'weak' });
    expect(q('KASHMIR RESISTANCE FRONT')).toMatchObject({ quality: 'strong' });
    expect(q('LASHKAR E-TOIBA')).toMatchObject({ quality: 'strong' }); // from 2021 alt.csv, kept
    expect(let7140.names.filter((n) => n.type === 'primary')).toHaveLength(1);
    // Partial versions delist nothing: every 2021 SDN entry is still in force.
    expect(await count(s, `SELECT count(*)::int AS n FROM list_entries WHERE list = 'ofac' AND delisted_in IS NOT NULL`)).toBe(0);
    const uk = await getListEntry(s.db, 'uk', 'AFG0003');
    expect(uk.details).toMatchObject({ ofsi_group_id: '12811' });
    expect((await getListEntry(s.db, 'uapa', 'FS-5')).primary_name).toBe('Lashkar-E-Taiba');
    // Again: every file is recognised and nothing is written.
    const again = await importBundledLists(s.db);
    expect(again.every((r) => r.already_imported)).toBe(true);
    const feeds = await s.db.query<{ feed: string }>(`SELECT feed FROM list_versions WHERE list = 'uapa' ORDER BY feed`);
    expect(feeds.map((f) => f.feed)).toEqual(['uapa:first-schedule', 'uapa:fourth-schedule']);
    const summaries = await listSummaries(s.db);
    expect(summaries.map((x) => x.list).sort()).toEqual(['eu', 'ofac', 'uapa', 'uk', 'un']);
  }, 300_000); // ~55k names twice over; generous for a loaded CI machine

  it('a whole version of one feed never delists entries of another feed of the same list', async () => {
    // cons.xml (ofac:consolidated) was imported after the SDN set: SDN entries stay in force.
    const sdn = await count(s, `SELECT count(*)::int AS n FROM list_entries WHERE list = 'ofac' AND feed = 'ofac:sdn' AND delisted_in IS NULL`);
    expect(sdn).toBeGreaterThan(8000);
  });
});
