// OFAC sdnList XML (sdn.xml, and the non-SDN consolidated list cons.xml in the same schema).
import { basename } from 'node:path';
import { makeId, DossierError, type ListEntry, type ListEntryKind, type ListName } from '../model/index.ts';
import { readXmlRecords, recordsUnder, kid, kids, txt, type XNode } from './xml.ts';
import { compact, dedupeNames, fileMeta, name, type ParsedList } from './types.ts';

/** OFAC writes people `LAST, First` in every product; kept that way so CSV and XML agree. */
function fullName(n: XNode): string {
  const last = txt(n, 'lastName');
  const first = txt(n, 'firstName');
  return last && first ? `${last}, ${first}` : (last ?? first ?? '');
}

/** `MM/DD/YYYY` → `YYYY-MM-DD`. */
export function mdy(s: string | null): string | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s ?? '');
  return m ? `${m[3]}-${m[1]}-${m[2]}` : null;
}

const KIND: Record<string, ListEntryKind> = { individual: 'person', entity: 'organization', vessel: 'vessel', aircraft: 'aircraft' };

function toEntry(n: XNode, file: string): ListEntry {
  const uid = txt(n, 'uid');
  if (!uid) throw new DossierError('bad_input', 'sdnEntry without uid', { file, line: n.line, element: 'sdnEntry' });
  const names: ListName[] = [name(fullName(n), 'primary')];
  for (const a of kids(kid(n, 'akaList'), 'aka')) {
    const t = (txt(a, 'type') ?? '').toLowerCase();
    names.push(name(fullName(a), t === 'f.k.a.' ? 'former' : 'alias', txt(a, 'category') === 'weak' ? 'weak' : 'strong'));
  }
  const type = (txt(n, 'sdnType') ?? '').toLowerCase();
  const list = (path: string, item: string, field: string) => kids(kid(n, path), item).map((x) => txt(x, field)).filter(Boolean);
  return {
    id: makeId('list_entry', 'ofac', uid),
    list: 'ofac',
    list_ref: uid,
    kind: KIND[type] ?? 'other',
    names: dedupeNames(names.filter((x) => x.name)),
    programmes: kids(kid(n, 'programList'), 'program').map((p) => txt(p)).filter((p): p is string => !!p),
    listed_on: null,
    details: compact({
      sdn_type: txt(n, 'sdnType'),
      title: txt(n, 'title'),
      dates_of_birth: list('dateOfBirthList', 'dateOfBirthItem', 'dateOfBirth'),
      places_of_birth: list('placeOfBirthList', 'placeOfBirthItem', 'placeOfBirth'),
      nationalities: list('nationalityList', 'nationality', 'country'),
      citizenships: list('citizenshipList', 'citizenship', 'country'),
      documents: kids(kid(n, 'idList'), 'id').map((d) =>
        compact({ type: txt(d, 'idType'), number: txt(d, 'idNumber'), country: txt(d, 'idCountry') }),
      ),
      addresses: kids(kid(n, 'addressList'), 'address')
        .map((a) => ['address1', 'address2', 'address3', 'city', 'stateOrProvince', 'postalCode', 'country'].map((f) => txt(a, f)).filter(Boolean).join(', '))
        .filter(Boolean),
    }),
    remarks: txt(n, 'remarks'),
  };
}

export function parseOfacXml(file: string): ParsedList {
  const doc = readXmlRecords(file, 2);
  const meta = fileMeta(file, 'ofac', 'ofac-xml', /cons/i.test(basename(file)) ? 'ofac:consolidated' : 'ofac:sdn');
  async function* entries() {
    for await (const n of recordsUnder(doc, file, 'sdnList', 'an OFAC sdnList XML')) {
      if (n.name === 'publshInformation') meta.published = mdy(txt(n, 'Publish_Date'));
      if (n.name === 'sdnEntry') yield toEntry(n, file);
    }
  }
  return { meta, entries: entries() };
}
