// EU Financial Sanctions Files, XML 1.1 (root export generationDate=…, default namespace).
import { makeId, DossierError, type ListEntry, type ListName } from '../model/index.ts';
import { readXmlRecords, recordsUnder, kid, kids, type XNode } from './xml.ts';
import { clean, compact, dedupeNames, fileMeta, name, type ParsedList } from './types.ts';

const attr = (n: XNode | undefined, a: string) => clean(n?.attrs[a]) || null;

/** Alias quality is only in the alias's free-text remark (`low quality alias`, sic `aliias`). */
function quality(alias: XNode): ListName['quality'] {
  return kids(alias, 'remark').some((r) => /low quality/i.test(r.text)) ? 'weak' : 'strong';
}

function toEntry(n: XNode, file: string): ListEntry {
  const logicalId = attr(n, 'logicalId');
  if (!logicalId) throw new DossierError('bad_input', 'sanctionEntity without logicalId', { file, line: n.line, element: 'sanctionEntity' });
  const subject = attr(kid(n, 'subjectType'), 'code');
  const names: ListName[] = kids(n, 'nameAlias').map((a) => {
    const whole = attr(a, 'wholeName') ?? [attr(a, 'firstName'), attr(a, 'middleName'), attr(a, 'lastName')].filter(Boolean).join(' ');
    return name(whole, 'alias', quality(a), attr(a, 'nameLanguage')?.toLowerCase() ?? null);
  });
  // The first strong name split into first/last name, English or untagged, is shown as the primary.
  const aliases = kids(n, 'nameAlias');
  const englishOrUntagged = (i: number) => names[i]!.quality === 'strong' && (names[i]!.lang === 'en' || names[i]!.lang === null);
  const split = names.findIndex((_, i) => englishOrUntagged(i) && !!attr(aliases[i], 'lastName'));
  const p = names[split >= 0 ? split : names.findIndex((_, i) => englishOrUntagged(i))] ?? names[0];
  if (!p) throw new DossierError('bad_input', `sanctionEntity ${logicalId} has no nameAlias`, { file, line: n.line, element: 'sanctionEntity' });
  p.type = 'primary';
  const regs = kids(n, 'regulation');
  const dates = regs.map((r) => attr(r, 'publicationDate')).filter((d): d is string => !!d).sort();
  return {
    id: makeId('list_entry', 'eu', logicalId),
    list: 'eu',
    list_ref: logicalId,
    kind: subject === 'person' ? 'person' : subject === 'enterprise' ? 'organization' : 'other',
    names: dedupeNames([p, ...names.filter((x) => x !== p)]),
    programmes: [...new Set(regs.map((r) => attr(r, 'programme')).filter((x): x is string => !!x))],
    listed_on: attr(n, 'designationDate') ?? dates[0] ?? null,
    details: compact({
      eu_reference: attr(n, 'euReferenceNumber'),
      un_reference: attr(n, 'unitedNationId'),
      designation_details: attr(n, 'designationDetails'),
      regulations: regs.map((r) => attr(r, 'numberTitle')).filter(Boolean),
      titles: [...new Set(kids(n, 'nameAlias').map((a) => attr(a, 'title')).filter(Boolean))],
      functions: [...new Set(kids(n, 'nameAlias').map((a) => attr(a, 'function')).filter(Boolean))],
      dates_of_birth: kids(n, 'birthdate').map((b) =>
        attr(b, 'birthdate') ??
        ([attr(b, 'yearRangeFrom'), attr(b, 'yearRangeTo')].filter(Boolean).join('–') || attr(b, 'year')) +
          (attr(b, 'circa') === 'true' ? ' (circa)' : ''),
      ),
      places_of_birth: kids(n, 'birthdate')
        .map((b) => [attr(b, 'city'), attr(b, 'place'), attr(b, 'countryDescription')].filter((x) => x && x !== '-' && x !== 'UNKNOWN').join(', '))
        .filter(Boolean),
      citizenships: kids(n, 'citizenship').map((c) => attr(c, 'countryDescription')).filter(Boolean),
      documents: kids(n, 'identification').map((d) =>
        compact({ type: attr(d, 'identificationTypeDescription'), number: attr(d, 'number'), country: attr(d, 'countryDescription'), expired: attr(d, 'knownExpired') === 'true' ? true : null }),
      ),
      addresses: kids(n, 'address')
        .map((a) => [attr(a, 'street'), attr(a, 'city'), attr(a, 'region'), attr(a, 'countryDescription')].filter((x) => x && x !== '-' && x !== 'UNKNOWN').join(', '))
        .filter(Boolean),
    }),
    remarks: kids(n, 'remark').map((r) => clean(r.text)).filter(Boolean).join(' ') || null,
  };
}

export function parseEu(file: string): ParsedList {
  const doc = readXmlRecords(file, 2);
  const meta = fileMeta(file, 'eu', 'eu-fsf-xml', 'eu');
  async function* entries() {
    for await (const n of recordsUnder(doc, file, 'export', 'an EU FSF XML')) {
      meta.published ??= doc.root?.attrs.generationDate ?? null;
      if (n.name === 'sanctionEntity') yield toEntry(n, file);
    }
    meta.published ??= doc.root?.attrs.generationDate ?? null;
  }
  return { meta, entries: entries() };
}
