// UN Security Council Consolidated List (XML, root CONSOLIDATED_LIST dateGenerated=…).
import { makeId, DossierError, type ListEntry, type ListName } from '../model/index.ts';
import { readXmlRecords, recordsUnder, kids, txt, txts, type XNode } from './xml.ts';
import { clean, compact, dedupeNames, fileMeta, name, type ParsedList } from './types.ts';

/**
 * A UN alias as written, plus its atoms when it packs several: `A; B; C`, `A (original script: Б)`,
 * `A (HTS) (هيئة … (original script); B; C)`. The verbatim string is kept as one of the names.
 */
export function unAliasNames(raw: string, quality: string | null): ListName[] {
  const whole = clean(raw);
  if (!whole) return [];
  const q = (quality ?? '').trim().toLowerCase();
  const strength = q === 'low' ? 'weak' : 'strong';
  const type: ListName['type'] = q === 'f.k.a.' ? 'former' : 'alias';
  const out: ListName[] = [name(whole, type, strength)];
  const inline = /^(.*?)\s*\(original script:\s*(.+)\)$/i.exec(whole);
  if (inline) {
    out.push(name(inline[1]!, type, strength), name(inline[2]!, 'original_script', strength));
    return out;
  }
  if (!whole.includes(';')) return out;
  for (const atom of whole.split(';')) {
    let a = atom.trim();
    if (balance(a) < 0) a = a.replace(/\)$/, '');
    const script = /^(.*?)\s*\(([^()]+)\s*\(original script\)$/i.exec(a);
    if (script) {
      out.push(name(script[1]!, type, strength), name(script[2]!, 'original_script', strength));
    } else if (a) out.push(name(a, type, strength));
  }
  return out;
}

function balance(s: string): number {
  let b = 0;
  for (const c of s) b += c === '(' ? 1 : c === ')' ? -1 : 0;
  return b;
}

function dob(d: XNode): string | null {
  const type = txt(d, 'TYPE_OF_DATE');
  const date = txt(d, 'DATE') ?? txt(d, 'YEAR');
  const from = txt(d, 'FROM_YEAR');
  const to = txt(d, 'TO_YEAR');
  const v = date ?? (from || to ? `${from ?? '?'}–${to ?? '?'}` : null);
  if (!v) return null;
  return type && type !== 'EXACT' ? `${v} (${type.toLowerCase()})` : v;
}

function toEntry(n: XNode, file: string): ListEntry {
  const person = n.name === 'INDIVIDUAL';
  const ref = txt(n, 'REFERENCE_NUMBER');
  if (!ref) throw new DossierError('bad_input', 'record without REFERENCE_NUMBER', { file, line: n.line, element: n.name });
  const primary = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME']
    .map((t) => txt(n, t))
    .filter(Boolean)
    .join(' ');
  const names: ListName[] = [];
  if (primary) names.push(name(primary, 'primary'));
  for (const a of kids(n, person ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS')) {
    names.push(...unAliasNames(txt(a, 'ALIAS_NAME') ?? '', txt(a, 'QUALITY')));
  }
  const script = txt(n, 'NAME_ORIGINAL_SCRIPT');
  if (script) names.push(name(script, 'original_script'));
  if (names.length === 0) {
    throw new DossierError('bad_input', `record ${ref} has no name`, { file, line: n.line, element: n.name });
  }
  const listType = txt(n, 'UN_LIST_TYPE');
  const addresses = kids(n, person ? 'INDIVIDUAL_ADDRESS' : 'ENTITY_ADDRESS')
    .map((a) => ['STREET', 'CITY', 'STATE_PROVINCE', 'ZIP_CODE', 'COUNTRY', 'NOTE'].map((t) => txt(a, t)).filter(Boolean).join(', '))
    .filter(Boolean);
  const details = compact({
    dataid: txt(n, 'DATAID'),
    un_list_type: listType,
    gender: txt(n, 'GENDER'),
    titles: txts(n, 'TITLE/VALUE'),
    designations: txts(n, 'DESIGNATION/VALUE'),
    nationalities: txts(n, 'NATIONALITY/VALUE'),
    dates_of_birth: kids(n, 'INDIVIDUAL_DATE_OF_BIRTH').map(dob).filter(Boolean),
    places_of_birth: kids(n, 'INDIVIDUAL_PLACE_OF_BIRTH')
      .map((p) => ['CITY', 'STATE_PROVINCE', 'COUNTRY'].map((t) => txt(p, t)).filter(Boolean).join(', '))
      .filter(Boolean),
    documents: kids(n, 'INDIVIDUAL_DOCUMENT')
      .map((d) =>
        compact({
          type: txt(d, 'TYPE_OF_DOCUMENT'),
          type2: txt(d, 'TYPE_OF_DOCUMENT2'),
          number: txt(d, 'NUMBER'),
          country: txt(d, 'ISSUING_COUNTRY') ?? txt(d, 'COUNTRY_OF_ISSUE'),
          note: txt(d, 'NOTE'),
        }),
      )
      .filter((d) => Object.keys(d).length > 0),
    addresses,
    last_updated: txts(n, 'LAST_DAY_UPDATED/VALUE'),
  });
  return {
    id: makeId('list_entry', 'un', ref),
    list: 'un',
    list_ref: ref,
    kind: person ? 'person' : 'organization',
    names: dedupeNames(names),
    programmes: listType ? [listType] : [],
    listed_on: txt(n, 'LISTED_ON'),
    details,
    remarks: txt(n, 'COMMENTS1'),
  };
}

export function parseUn(file: string): ParsedList {
  const doc = readXmlRecords(file, 3);
  const meta = fileMeta(file, 'un', 'un-xml', 'un');
  async function* entries() {
    for await (const n of recordsUnder(doc, file, 'CONSOLIDATED_LIST', 'a UN consolidated list')) {
      meta.published ??= doc.root?.attrs.dateGenerated ?? null;
      if (n.name !== 'INDIVIDUAL' && n.name !== 'ENTITY') continue;
      yield toEntry(n, file);
    }
    meta.published ??= doc.root?.attrs.dateGenerated ?? null;
  }
  return { meta, entries: entries() };
}
