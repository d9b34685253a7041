// UK lists: the FCDO "UK Sanctions List" XML (Designations/Designation, UniqueID) and HM Treasury OFSI's
// Consolidated List CSV (cp1252, a `Last Updated,DD/MM/YYYY` preamble, one row per name × DOB × address,
// grouped by Group ID).
import { makeId, DossierError, type ListEntry, type ListEntryKind, type ListName } from '../model/index.ts';
import { readXmlRecords, recordsUnder, kid, kids, txt, txts, type XNode } from './xml.ts';
import { readCsv } from './csv.ts';
import { clean, compact, dedupeNames, dmy, fileMeta, name, type ParsedList } from './types.ts';

const KIND: Record<string, ListEntryKind> = { individual: 'person', entity: 'organization', ship: 'vessel' };
/** Name6 is the surname or the whole entity name; display order is Name1..Name5 then Name6. */
const joinParts = (parts: Array<string | null | undefined>) => parts.map(clean).filter(Boolean).join(' ');

function fcdoEntry(n: XNode, file: string): ListEntry {
  const id = txt(n, 'UniqueID');
  if (!id) throw new DossierError('bad_input', 'Designation without UniqueID', { file, line: n.line, element: 'Designation' });
  const names: ListName[] = kids(kid(n, 'Names'), 'Name').map((x) => {
    const primary = /^primary name$/i.test(txt(x, 'NameType') ?? '');
    const weak = /low quality/i.test(txt(x, 'AliasStrength') ?? '');
    return name(joinParts([1, 2, 3, 4, 5, 6].map((i) => txt(x, `Name${i}`))), primary ? 'primary' : 'alias', weak ? 'weak' : 'strong');
  });
  for (const s of txts(n, 'NonLatinNames/NonLatinName/NameNonLatinScript')) names.push(name(s, 'original_script'));
  if (!names.some((x) => x.name)) throw new DossierError('bad_input', `designation ${id} has no name`, { file, line: n.line, element: 'Designation' });
  const regime = txt(n, 'RegimeName');
  return {
    id: makeId('list_entry', 'uk', id),
    list: 'uk',
    list_ref: id,
    kind: KIND[(txt(n, 'IndividualEntityShip') ?? '').toLowerCase()] ?? 'other',
    names: dedupeNames(names),
    programmes: regime ? [regime] : [],
    listed_on: dmy(txt(n, 'DateDesignated')),
    details: compact({
      ofsi_group_id: txt(n, 'OFSIGroupID'),
      un_reference: txt(n, 'UNReferenceNumber'),
      designation_source: txt(n, 'DesignationSource'),
      sanctions_imposed: (txt(n, 'SanctionsImposed') ?? '').split('|').map(clean).filter(Boolean),
      titles: txts(n, 'Titles/Title'),
      dates_of_birth: txts(n, 'IndividualDetails/Individual/DOBs/DOB'),
      nationalities: txts(n, 'IndividualDetails/Individual/Nationalities/Nationality'),
      places_of_birth: kids(kid(kid(kid(n, 'IndividualDetails'), 'Individual'), 'BirthDetails'), 'Location').map((l) =>
        [txt(l, 'TownOfBirth'), txt(l, 'CountryOfBirth')].filter(Boolean).join(', '),
      ),
      addresses: kids(kid(n, 'Addresses'), 'Address')
        .map((a) => a.children.map((c) => clean(c.text)).filter(Boolean).join(', '))
        .filter(Boolean),
      last_updated: dmy(txt(n, 'LastUpdated')),
      statement_of_reasons: txt(n, 'UKStatementofReasons'),
    }),
    remarks: txt(n, 'OtherInformation'),
  };
}

export function parseUkXml(file: string): ParsedList {
  const doc = readXmlRecords(file, 2);
  const meta = fileMeta(file, 'uk', 'uk-fcdo-xml', 'uk:fcdo');
  async function* entries() {
    for await (const n of recordsUnder(doc, file, 'Designations', 'an FCDO UK Sanctions List XML')) {
      if (n.name === 'DateGenerated') meta.published = dmy(txt(n));
      if (n.name === 'Designation') yield fcdoEntry(n, file);
    }
  }
  return { meta, entries: entries() };
}

// ---- OFSI ConList CSV ----

const NAME_COLS = ['Name 1', 'Name 2', 'Name 3', 'Name 4', 'Name 5', 'Name 6'];
const DETAIL_COLS: Array<[string, string]> = [
  ['Title', 'titles'],
  ['DOB', 'dates_of_birth'],
  ['Town of Birth', 'towns_of_birth'],
  ['Country of Birth', 'countries_of_birth'],
  ['Nationality', 'nationalities'],
  ['Passport Details', 'passports'],
  ['NI Number', 'national_ids'],
  ['Position', 'positions'],
];

interface Group {
  ref: string;
  line: number;
  type: string;
  names: ListName[];
  regimes: Set<string>;
  listed: string[];
  details: Record<string, Set<string>>;
  other: Set<string>;
}

export function parseOfsiCsv(file: string): ParsedList {
  const meta = fileMeta(file, 'uk', 'uk-ofsi-csv', 'uk:ofsi');
  async function* entries(): AsyncGenerator<ListEntry> {
    let header: string[] | null = null;
    const col = (row: string[], h: string) => clean(row[header!.indexOf(h)]);
    const groups = new Map<string, Group>();
    for await (const { cells, line } of readCsv(file, { encoding: 'win1252' })) {
      const first = clean(cells[0]);
      if (!header) {
        if (first === 'Last Updated' && !meta.published) {
          meta.published = dmy(cells[1]);
          continue;
        }
        if (first === 'Name 6' && cells.map(clean).includes('Group ID')) {
          header = cells.map(clean);
          continue;
        }
        throw new DossierError('bad_input', 'not an OFSI Consolidated List CSV (expected a "Last Updated" line, then a header starting "Name 6")', { file, line });
      }
      const ref = col(cells, 'Group ID');
      if (!/^\d+$/.test(ref)) throw new DossierError('bad_input', `Group ID "${ref.slice(0, 30)}" is not a number`, { file, line, field: 'Group ID' });
      let g = groups.get(ref);
      if (!g) {
        g = { ref, line, type: col(cells, 'Group Type'), names: [], regimes: new Set(), listed: [], details: {}, other: new Set() };
        groups.set(ref, g);
      }
      const alias = col(cells, 'Alias Type').toLowerCase();
      const full = joinParts(NAME_COLS.map((h) => col(cells, h)));
      if (full) g.names.push(name(full, alias === 'prime alias' ? 'primary' : alias === 'fka' ? 'former' : 'alias'));
      const regime = col(cells, 'Regime');
      if (regime) g.regimes.add(regime);
      const listed = dmy(col(cells, 'Listed On'));
      if (listed) g.listed.push(listed);
      for (const [h, key] of DETAIL_COLS) {
        const v = col(cells, h);
        if (v && header.includes(h)) (g.details[key] ??= new Set()).add(v);
      }
      const addr = ['Address 1', 'Address 2', 'Address 3', 'Address 4', 'Address 5', 'Address 6', 'Post/Zip Code', 'Country']
        .map((h) => col(cells, h))
        .filter(Boolean)
        .join(', ');
      if (addr) (g.details.addresses ??= new Set()).add(addr);
      const other = col(cells, 'Other Information');
      if (other) g.other.add(other);
    }
    if (!header) throw new DossierError('bad_input', 'no header row found (empty file?)', { file, line: 1 });
    for (const g of groups.values()) {
      if (g.names.length === 0) throw new DossierError('bad_input', `group ${g.ref} has no name`, { file, line: g.line });
      // Several rows of one group may be "Prime Alias"; the first is shown as primary, the others are aliases.
      const names = dedupeNames(g.names);
      let seen = false;
      for (const n of names) {
        if (n.type === 'primary') {
          if (seen) n.type = 'alias';
          seen = true;
        }
      }
      if (!seen) names[0]!.type = 'primary';
      names.sort((a, b) => (a.type === 'primary' ? -1 : b.type === 'primary' ? 1 : 0));
      const other = [...g.other].join(' ');
      const un = /UN\s*Ref\.?\s*:?\s*([A-Z]{2,4}\s*\.?\s*[a-zA-Z]?\.?\s*[\d.]+\d)/i.exec(other);
      yield {
        id: makeId('list_entry', 'uk', g.ref),
        list: 'uk',
        list_ref: g.ref,
        kind: KIND[g.type.toLowerCase()] ?? 'other',
        names,
        programmes: [...g.regimes],
        listed_on: g.listed.sort()[0] ?? null,
        details: compact({
          group_type: g.type,
          un_reference: un ? un[1]!.replace(/\s+/g, '') : null,
          ...Object.fromEntries(Object.entries(g.details).map(([k, v]) => [k, [...v]])),
        }),
        remarks: other || null,
      };
    }
  }
  return { meta, entries: entries() };
}
