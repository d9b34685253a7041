// Loads the official list files the screening eval was built from into a store through the lists
// capability's import (src/lists), from the bundled copies in data/lists. The small readers below
// (names, kind, programme — what screening needs; they follow tools/build_screening_eval.py) let tests
// load a handful of real entries without importing whole files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { SaxesParser } from 'saxes';
import { BUNDLED_LISTS_DIR, importList } from '../../src/lists/index.ts';
import { makeId } from '../../src/model/ids.ts';
import { normaliseName } from '../../src/resolve/normalise.ts';
import type { Db } from '../../src/store/index.ts';

export const LISTS_DIR = process.env.DOSSIER_LISTS_DIR ?? BUNDLED_LISTS_DIR;

/** The files the eval's expectations were computed from (screening/README.md), in import order. */
export const EVAL_LIST_FILES = [
  'un/consolidated.xml',
  'ofac/sdn-2021-07-bench/sdn.csv',
  'ofac/sdn-2025-12-partial/alt.csv',
  'ofac/sdn-2026-excerpt/sdn.excerpt.csv',
  'uk/uk-sanctions-list.excerpt.xml',
  'india/uapa-first-schedule-as-on-2015-03-30.csv',
  'india/uapa-fourth-schedule-partial.csv',
];

export interface MiniEntry {
  list: string;
  ref: string;
  kind: string;
  primary: string;
  programmes: string[];
  names: Array<{ name: string; type: string; quality: string }>;
}

interface El {
  name: string;
  text: string;
  kids: El[];
}

/** Reads `file` and calls `onRecord` for each element named `record` (as a small tree). No DTDs. */
function xmlRecords(file: string, record: string, onRecord: (el: El) => void): void {
  const p = new SaxesParser();
  const stack: El[] = [];
  p.on('doctype', () => {
    throw new Error(`${file}: DOCTYPE refused`);
  });
  p.on('opentag', (t) => {
    const local = t.name.replace(/^.*:/, '');
    if (stack.length || local === record) {
      const el: El = { name: local, text: '', kids: [] };
      stack[stack.length - 1]?.kids.push(el);
      stack.push(el);
    }
  });
  p.on('text', (t) => {
    if (stack.length) stack[stack.length - 1]!.text += t;
  });
  p.on('closetag', () => {
    const el = stack.pop();
    if (el && stack.length === 0) onRecord(el);
  });
  p.write(readFileSync(file, 'utf8')).close();
}
const kid = (e: El, n: string) => e.kids.find((k) => k.name === n);
const txt = (e: El | undefined, n: string) => (e ? (kid(e, n)?.text ?? '').trim() : '');

export function readUn(file = join(LISTS_DIR, 'un/consolidated.xml')): MiniEntry[] {
  const out: MiniEntry[] = [];
  for (const [tag, kind, atag] of [
    ['INDIVIDUAL', 'person', 'INDIVIDUAL_ALIAS'],
    ['ENTITY', 'organization', 'ENTITY_ALIAS'],
  ] as const) {
    xmlRecords(file, tag, (x) => {
      const primary = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'].map((t) => txt(x, t)).filter(Boolean).join(' ');
      const names = [{ name: primary, type: 'primary', quality: 'strong' }];
      for (const a of x.kids.filter((k) => k.name === atag)) {
        const n = txt(a, 'ALIAS_NAME');
        if (n) names.push({ name: n, type: 'alias', quality: txt(a, 'QUALITY') === 'Low' ? 'weak' : 'strong' });
      }
      out.push({ list: 'un', ref: txt(x, 'REFERENCE_NUMBER'), kind, primary, programmes: [txt(x, 'UN_LIST_TYPE')], names });
    });
  }
  return out;
}

function ofacCsv(file: string): string[][] {
  return parse(readFileSync(file, 'utf8').replace(new RegExp(String.fromCharCode(26) + '\\s*$'), ''), { relax_column_count: true, skip_empty_lines: true, relax_quotes: true }) as string[][];
}
const nul = (v: string | undefined) => (v ?? '').trim().replace(/^-0-$/, '');

export function readOfac(dir = LISTS_DIR): MiniEntry[] {
  const ents = new Map<string, MiniEntry>();
  const rows = [...ofacCsv(join(dir, 'ofac/sdn-2021-07-bench/sdn.csv')), ...ofacCsv(join(dir, 'ofac/sdn-2026-excerpt/sdn.excerpt.csv'))];
  for (const r of rows) {
    const [id, name, typ, prog, remarks] = [r[0]!, r[1]!, nul(r[2]), nul(r[3]), nul(r[11])];
    const kind = typ === 'individual' ? 'person' : typ === '' ? 'organization' : typ;
    const names = [{ name, type: 'primary', quality: 'strong' }];
    for (const m of remarks.matchAll(/a\.k\.a\. '([^;]*?)'(?=[.;]|$)/g)) names.push({ name: m[1]!, type: 'alias', quality: 'weak' });
    ents.set(id, { list: 'ofac', ref: id, kind, primary: name, programmes: prog ? prog.split('] [') : [], names });
  }
  for (const f of ['ofac/sdn-2021-07-bench/alt.csv', 'ofac/sdn-2025-12-partial/alt.csv']) {
    for (const r of ofacCsv(join(dir, f))) {
      const [id, name] = [r[0]!, nul(r[3])];
      if (!name) continue;
      let e = ents.get(id);
      if (!e) ents.set(id, (e = { list: 'ofac', ref: id, kind: 'other', primary: name, programmes: [], names: [] }));
      if (!e.names.some((n) => n.name === name)) e.names.push({ name, type: 'alias', quality: 'strong' });
    }
  }
  return [...ents.values()];
}

export function readUk(file = join(LISTS_DIR, 'uk/uk-sanctions-list.excerpt.xml')): MiniEntry[] {
  const out: MiniEntry[] = [];
  xmlRecords(file, 'Designation', (d) => {
    const names = (kid(d, 'Names')?.kids ?? []).map((n) => ({
      name: [1, 2, 3, 4, 5, 6].map((i) => txt(n, `Name${i}`)).filter(Boolean).join(' '),
      type: /primary/i.test(txt(n, 'NameType')) ? 'primary' : 'alias',
      quality: /low/i.test(txt(n, 'AliasStrength')) ? 'weak' : 'strong',
    }));
    const kind = txt(d, 'IndividualEntityShip') === 'Individual' ? 'person' : 'organization';
    out.push({ list: 'uk', ref: txt(d, 'UniqueID'), kind, primary: names[0]!.name, programmes: [txt(d, 'RegimeName')], names });
  });
  return out;
}

export function readUapa(dir = LISTS_DIR): MiniEntry[] {
  const out: MiniEntry[] = [];
  const first = parse(readFileSync(join(dir, 'india/uapa-first-schedule-as-on-2015-03-30.csv'), 'utf8'), { columns: true }) as Array<Record<string, string>>;
  for (const r of first) {
    let t = r.entry_verbatim!;
    if (t.startsWith('Organisations listed in the Schedule')) continue;
    t = t.replace(/,?\s*(and )?all its (formations|Manifestations).*$/i, '').trim().replace(/\s+--\s+/g, ' - ');
    const parts = t.split('/').map((s) => s.trim()).filter(Boolean);
    out.push({ list: 'uapa', ref: r.id!, kind: 'organization', primary: parts[0]!, programmes: ['UAPA First Schedule'], names: parts.map((name, i) => ({ name, type: i ? 'alias' : 'primary', quality: 'strong' })) });
  }
  const fourth = parse(readFileSync(join(dir, 'india/uapa-fourth-schedule-partial.csv'), 'utf8'), { columns: true }) as Array<Record<string, string>>;
  for (const r of fourth) {
    const parts = r.entry!.split(' @ ').map((s) => s.trim());
    out.push({ list: 'uapa', ref: r.id!, kind: 'person', primary: parts[0]!, programmes: ['UAPA Fourth Schedule'], names: parts.map((name, i) => ({ name, type: i ? 'alias' : 'primary', quality: 'strong' })) });
  }
  return out;
}

/** Writes entries into list_versions / list_entries / list_names, one version per list. */
export async function insertEntries(db: Db, list: string, entries: MiniEntry[], fileName = `${list} (eval loader)`): Promise<void> {
  const versionId = makeId('list_version', list, fileName);
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO list_versions (id, list, file_hash, file_name, entry_count) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`,
      [versionId, list, fileName, fileName, entries.length],
    );
    const B = 1000;
    for (let i = 0; i < entries.length; i += B) {
      const part = entries.slice(i, i + B);
      const ids = part.map((e) => makeId('list_entry', e.list, e.ref));
      await tx.query(
        `INSERT INTO list_entries (id, list, list_ref, kind, primary_name, programmes, version_id)
         SELECT u.id, u.list, u.ref, u.kind, u.pname, to_jsonb(string_to_array(u.progs, '|')), $7
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS u(id, list, ref, kind, pname, progs)
         ON CONFLICT (list, list_ref) DO NOTHING`,
        [ids, part.map((e) => e.list), part.map((e) => e.ref), part.map((e) => e.kind), part.map((e) => e.primary), part.map((e) => e.programmes.join('|')), versionId],
      );
      const rows = part.flatMap((e, k) => {
        const seen = new Set<string>();
        return e.names.filter((n) => n.name && normaliseName(n.name) && !seen.has(n.name) && seen.add(n.name)).map((n) => ({ id: ids[k]!, ...n }));
      });
      await tx.query(
        `INSERT INTO list_names (entry_id, name, norm, type, quality)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) ON CONFLICT DO NOTHING`,
        [rows.map((r) => r.id), rows.map((r) => r.name), rows.map((r) => normaliseName(r.name)), rows.map((r) => r.type), rows.map((r) => r.quality)],
      );
    }
  });
}

/** Loads the eval's lists (EVAL_LIST_FILES) with the lists import. Returns entry and name counts. */
export async function loadEvalLists(db: Db, files = EVAL_LIST_FILES): Promise<{ entries: number; names: number }> {
  for (const f of files) await importList(db, join(LISTS_DIR, f));
  await db.exec('ANALYZE list_entries; ANALYZE list_names');
  const [c] = await db.query<{ e: number; n: number }>(`SELECT (SELECT count(*) FROM list_entries)::int AS e, (SELECT count(*) FROM list_names)::int AS n`);
  return { entries: c!.e, names: c!.n };
}
