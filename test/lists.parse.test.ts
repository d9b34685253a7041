// Every parser on the real bundled files: counts from data/lists/README.md and named entries checked
// field by field. One row per file, the why in the row.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ListEntry } from '../src/model/index.ts';
import { BUNDLED_LISTS_DIR, detectListFormat, parseListFile, type ListFormat } from '../src/lists/index.ts';
import { unAliasNames } from '../src/lists/un.ts';
import { weakAliases } from '../src/lists/ofac-csv.ts';
import { firstScheduleNames } from '../src/lists/uapa.ts';

const D = (p: string) => join(BUNDLED_LISTS_DIR, p);
const FTM = join(import.meta.dirname, 'fixtures/opensanctions/yente-t1-eu_fsf.entities.ftm.json');

const cache = new Map<string, ReturnType<typeof parseAll>>();
const readAll = (path: string) => cache.get(path) ?? cache.set(path, parseAll(path)).get(path)!;
async function parseAll(path: string) {
  const parsed = parseListFile(path);
  const entries: ListEntry[] = [];
  for await (const e of parsed.entries) entries.push(e);
  return { meta: parsed.meta, entries };
}

interface Row {
  why: string;
  path: string;
  format: ListFormat;
  published: string | null;
  partial: boolean;
  kinds: Record<string, number>;
}

const FILES: Row[] = [
  { why: 'UN whole file: 730 individuals + 273 entities', path: D('un/consolidated.xml'), format: 'un-xml', published: '2026-02-27T00:00:09.554Z', partial: false, kinds: { person: 730, organization: 273 } },
  { why: 'OFAC 2021 CSV set: sdn.csv rows by SDN_Type (-0- = entity)', path: D('ofac/sdn-2021-07-bench'), format: 'ofac-csv', published: null, partial: false, kinds: { person: 4620, organization: 3673, vessel: 406, aircraft: 277 } },
  { why: 'OFAC 2025-12 alt.csv without sdn.csv: aliases for 8,653 entries, kind unknown, partial', path: D('ofac/sdn-2025-12-partial/alt.csv'), format: 'ofac-csv', published: null, partial: true, kinds: { other: 8653 } },
  { why: 'OFAC 2026 excerpt: 4 verbatim rows, partial', path: D('ofac/sdn-2026-excerpt/sdn.excerpt.csv'), format: 'ofac-csv', published: null, partial: true, kinds: { person: 1, organization: 3 } },
  { why: 'OFAC cons.xml: 363 entities + 79 individuals, Publish_Date MM/DD/YYYY', path: D('ofac/consolidated-non-sdn/cons.xml'), format: 'ofac-xml', published: '2026-01-08', partial: false, kinds: { organization: 363, person: 79 } },
  { why: 'EU FSF sample: 4 persons + 1 enterprise', path: D('eu/fsf-1.1-2026-08-05.sample.xml'), format: 'eu-fsf-xml', published: '2026-08-05T16:47:04.449+02:00', partial: true, kinds: { person: 4, organization: 1 } },
  { why: 'UK FCDO excerpt: 1 entity + 1 individual, DateGenerated DD/MM/YYYY', path: D('uk/uk-sanctions-list.excerpt.xml'), format: 'uk-fcdo-xml', published: '2026-03-26', partial: true, kinds: { organization: 1, person: 1 } },
  { why: 'OFSI ConList 2018 (cp1252): 2,106 groups = 1,426 individuals + 680 entities', path: D('uk/ofsi-conlist-2018-04-13.csv'), format: 'uk-ofsi-csv', published: '2018-04-13', partial: false, kinds: { person: 1426, organization: 680 } },
  { why: 'UAPA First Schedule: 39 rows minus FS-33 (a pointer to the UN list, not a name)', path: D('india/uapa-first-schedule-as-on-2015-03-30.csv'), format: 'uapa-csv', published: '2015-03-30', partial: false, kinds: { organization: 38 } },
  { why: 'UAPA Fourth Schedule (partial transcription): 4 individuals', path: D('india/uapa-fourth-schedule-partial.csv'), format: 'uapa-csv', published: '2019-09-04', partial: true, kinds: { person: 4 } },
  { why: 'OpenSanctions FtM: 4 Person + 2 Organization; the Address entity is skipped', path: FTM, format: 'ftm-json', published: '2024-03-28T18:57:01', partial: false, kinds: { person: 4, organization: 2 } },
];

describe.each(FILES)('$path', (row) => {
  it(`${row.why}`, async () => {
    expect(detectListFormat(row.path)).toBe(row.format);
    const { meta, entries } = await readAll(row.path);
    const kinds: Record<string, number> = {};
    for (const e of entries) kinds[e.kind] = (kinds[e.kind] ?? 0) + 1;
    expect(kinds).toEqual(row.kinds);
    expect(meta.published).toBe(row.published);
    expect(meta.partial).toBe(row.partial);
    // Every entry is a valid ListEntry with unique reference and unique names.
    expect(new Set(entries.map((e) => e.list_ref)).size).toBe(entries.length);
    for (const e of entries.slice(0, 300)) {
      ListEntry.parse(e);
      expect(new Set(e.names.map((n) => n.name)).size).toBe(e.names.length);
      expect(e.names.every((n) => n.name === n.name.trim() && !/\s{2}/.test(n.name))).toBe(true);
    }
  });
});

const find = async (path: string, ref: string) => (await readAll(path)).entries.find((e) => e.list_ref === ref)!;
const names = (e: ListEntry, pred: (n: ListEntry['names'][number]) => boolean = () => true) => e.names.filter(pred).map((n) => n.name);

describe('named entries', () => {
  it('UN QDe.118 Lashkar-e-Tayyiba: primary, the spellings the file gives, listing date, programme', async () => {
    const e = await find(D('un/consolidated.xml'), 'QDe.118');
    expect(e.kind).toBe('organization');
    expect(names(e, (n) => n.type === 'primary')).toEqual(['LASHKAR-E-TAYYIBA']);
    expect(names(e)).toEqual(expect.arrayContaining(['Lashkar-e-Toiba', 'Lashkar-i-Taiba', 'Lashkar e Tayyaba', 'LET', 'Jamaat-ud-Dawa', 'JUD', 'Falah-i-Insaniat Foundation (FIF)', 'Paasban-e-Ahle-Hadis']));
    expect(e.programmes).toEqual(['Al-Qaida']);
    expect(e.listed_on).toBe('2005-05-02');
    expect(e.details.dataid).toBe('114076');
  });

  it('UN QDi.422 Masood Azhar: Low-quality aliases are weak', async () => {
    const e = await find(D('un/consolidated.xml'), 'QDi.422');
    expect(names(e, (n) => n.type === 'primary')).toEqual(['MOHAMMED MASOOD AZHAR ALVI']);
    expect(names(e, (n) => n.quality === 'weak')).toEqual(expect.arrayContaining(['Masud Azhar', 'Wali Adam Isah']));
    expect(e.details.dates_of_birth).toBeDefined();
  });

  it('UN TAe.012 Haqqani Network: the empty placeholder alias is skipped', async () => {
    const e = await find(D('un/consolidated.xml'), 'TAe.012');
    expect(e.names.every((n) => n.name.length > 0)).toBe(true);
    expect(names(e, (n) => n.type === 'primary')).toEqual(['HAQQANI NETWORK (HQN)']);
  });

  it('OFAC 7140 in the 2026 excerpt carries THE RESISTANCE FRONT as a weak a.k.a.; programmes split on "] ["', async () => {
    const e = await find(D('ofac/sdn-2026-excerpt/sdn.excerpt.csv'), '7140');
    expect(names(e, (n) => n.type === 'primary')).toEqual(['LASHKAR E-TAYYIBA']);
    expect(names(e, (n) => n.quality === 'weak')).toEqual(['JUD', 'TAJK', 'MML', 'THE RESISTANCE FRONT', 'KASHMIR RESISTANCE']);
    expect(e.programmes).toEqual(['FTO', 'SDGT']);
  });

  it('OFAC 7140 in the 2021 set: alt.csv aliases are strong, and THE RESISTANCE FRONT is not there yet', async () => {
    const e = await find(D('ofac/sdn-2021-07-bench'), '7140');
    expect(names(e, (n) => n.quality === 'strong')).toEqual(expect.arrayContaining(['LASHKAR E-TOIBA', 'LASHKAR-I-TAIBA', 'JAMAAT-UD-DAWA']));
    expect(names(e)).not.toContain('THE RESISTANCE FRONT');
  });

  it('OFAC 2025-12 partial alt.csv: 7140 has the strong alias KASHMIR RESISTANCE FRONT', async () => {
    const e = await find(D('ofac/sdn-2025-12-partial/alt.csv'), '7140');
    expect(names(e)).toContain('KASHMIR RESISTANCE FRONT');
    expect(e.kind).toBe('other');
  });

  it('OFAC cons.xml 9639: person name as LAST, First; programme NS-PLC', async () => {
    const e = await find(D('ofac/consolidated-non-sdn/cons.xml'), '9639');
    expect(names(e, (n) => n.type === 'primary')).toEqual(['HANIYA, Ismail Abdul Salah']);
    expect(e.programmes).toEqual(['NS-PLC']);
  });

  it('UK AFG0003 Haqqani Network: group 12811, UN TAe.012, non-Latin name, designation date', async () => {
    const e = await find(D('uk/uk-sanctions-list.excerpt.xml'), 'AFG0003');
    expect(names(e, (n) => n.type === 'primary')).toEqual(['HAQQANI NETWORK (HQN)']);
    expect(names(e, (n) => n.type === 'original_script')).toEqual(['شبکه حقانی']);
    expect(e.details).toMatchObject({ ofsi_group_id: '12811', un_reference: 'TAe.012' });
    expect(e.listed_on).toBe('2012-11-05');
  });

  it('UK AQD0118 Shekau: "Primary name" in another case, Low quality a.k.a. → weak, partial DOB kept as written', async () => {
    const e = await find(D('uk/uk-sanctions-list.excerpt.xml'), 'AQD0118');
    expect(names(e, (n) => n.type === 'primary')).toEqual(['Abubakar MOHAMMED SHEKAU']);
    expect(names(e, (n) => n.quality === 'strong' && n.type === 'alias')).toEqual(['Abubakar Shekau']);
    expect(names(e, (n) => n.quality === 'weak')).toHaveLength(7);
    expect(e.details.dates_of_birth).toEqual(['dd/mm/1969']);
  });

  it('OFSI group 7241 LeT: cp1252 decoded, commas inside names kept, one primary', async () => {
    const e = await find(D('uk/ofsi-conlist-2018-04-13.csv'), '7241');
    expect(names(e, (n) => n.type === 'primary')).toEqual(['LASHKAR-E-TAYYIBA']);
    expect(names(e)).toEqual(expect.arrayContaining(['JAMA,AT-UD-DA,AWAH', 'LASHKAR-E-TOIBA', 'FALAH-I-INSANIAT FOUNDATION (FIF)']));
    expect(e.programmes).toEqual(['The ISIL (Da\'esh) and Al-Qaida organisations']);
  });

  it('OFSI: leading spaces in Name 6 are stripped', async () => {
    const { entries } = await readAll(D('uk/ofsi-conlist-2018-04-13.csv'));
    expect(entries.find((e) => e.list_ref === '13349')!.names.map((n) => n.name)).toContain('Sheikh Farooq AL-QAHTANI');
  });

  it('UAPA FS-5: "/" alternatives become primary + alias; 4S-1: "@" aliases', async () => {
    const fs5 = await find(D('india/uapa-first-schedule-as-on-2015-03-30.csv'), 'FS-5');
    expect(fs5.names.map((n) => [n.name, n.type])).toEqual([['Lashkar-E-Taiba', 'primary'], ['Pasban-E-Ahle Hadis', 'alias']]);
    const s1 = await find(D('india/uapa-fourth-schedule-partial.csv'), '4S-1');
    expect(names(s1)).toEqual(['Maulana Masood Azhar', 'Maulana Mohammad Masood Azhar Alvi', 'Vali Adam Issa']);
  });

  it('EU 191: wholeName used, languages kept, primary is the split (first/last) English name', async () => {
    const e = await find(D('eu/fsf-1.1-2026-08-05.sample.xml'), '191');
    expect(names(e, (n) => n.type === 'primary')).toEqual(['Khalid Sheikh MOHAMMED']);
    expect(e.names.find((n) => n.name === 'Bin Khalid Fahd Bin Adballah')!.lang).toBe('fr');
    expect(e.details.eu_reference).toBe('EU.3579.2');
    expect(e.programmes).toEqual(['TERR']);
  });

  it('EU: an alias whose remark says "low quality" is weak although strong="true"', async () => {
    const { entries } = await readAll(D('eu/fsf-1.1-2026-08-05.sample.xml'));
    expect(entries.flatMap((e) => e.names).filter((n) => n.quality === 'weak').length).toBeGreaterThan(0);
  });
});

describe('name splitting rules', () => {
  it.each([
    ['UN packed alias: atoms and the whole string', 'Azim Adhajani; Azim Agha-Jani', 'Good', ['Azim Adhajani; Azim Agha-Jani', 'Azim Adhajani', 'Azim Agha-Jani']],
    ['UN inline original script', 'Amir Khazmat (original script: Амир Хазмат)', 'a.k.a.', ['Amir Khazmat (original script: Амир Хазмат)', 'Amir Khazmat', 'Амир Хазмат']],
    ['UN empty placeholder', '', null, []],
  ])('%s', (_why, raw, quality, expected) => {
    expect(unAliasNames(raw, quality).map((n) => n.name)).toEqual(expected);
  });

  it.each([
    ["apostrophe inside a weak alias is not a delimiter", "DOB 1960; a.k.a. 'AL-'AZIZ, Abd'; a.k.a. 'X'.", ["AL-'AZIZ, Abd", 'X']],
    ['no a.k.a.', 'DOB 05 May 1930; nationality Pakistan', []],
  ])('OFAC remarks: %s', (_why, remarks, expected) => {
    expect(weakAliases(remarks).map((n) => n.name)).toEqual(expected);
  });

  it.each([
    ['trailing "and all its Manifestations" dropped', 'Islamic State/Islamic State of Iraq and Levant /Islamic State of Iraq and Syria/Daish, and all its Manifestations', ['Islamic State', 'Islamic State of Iraq and Levant', 'Islamic State of Iraq and Syria', 'Daish']],
    ['" -- " joins a name, not an alias', 'Communist Party of India (Marxist-Leninist) -- People’s War, All its formations and front organizations', ['Communist Party of India (Marxist-Leninist) - People’s War']],
  ])('UAPA: %s', (_why, entry, expected) => {
    expect(firstScheduleNames(entry)).toEqual(expected);
  });
});

describe('detection and encodings', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'dossier-lists-parse-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('reads an XML list that starts with a UTF-8 byte-order mark', async () => {
    const p = join(tmp, 'bom.xml');
    writeFileSync(p, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(D('uk/uk-sanctions-list.excerpt.xml'))]));
    expect(detectListFormat(p)).toBe('uk-fcdo-xml');
    expect((await parseAll(p)).entries.map((e) => e.list_ref)).toEqual(['AFG0003', 'AQD0118']);
  });

  it.each([
    ['an XML file of no known list', 'other.xml', '<?xml version="1.0"?><catalog><book/></catalog>', /root element <catalog>/],
    ['a CSV of no known list', 'other.csv', 'name,age\nx,1\n', /format not recognised/],
    ['JSON that is not FollowTheMoney', 'other.json', '{"a":1}\n', /not FollowTheMoney/],
  ])('refuses %s (bad_input)', (_why, file, content, message) => {
    const p = join(tmp, file);
    writeFileSync(p, content);
    expect(() => detectListFormat(p)).toThrow(message);
  });
});
