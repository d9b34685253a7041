// OFAC legacy CSV set: sdn.csv (primary records), alt.csv (strong aliases), add.csv (addresses) and
// sdn_comments.csv (overflow of long remarks), joined by ent_num. Weak aliases exist only in the remarks
// (`a.k.a. 'JUD'`). A set without sdn.csv (or an excerpt) is partial: it updates the entries it names.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { makeId, DossierError, type ListEntry, type ListEntryKind, type ListName } from '../model/index.ts';
import { readCsv } from './csv.ts';
import { clean, compact, dedupeNames, isPartialName, name, type ParsedList } from './types.ts';

export interface OfacCsvSet {
  dir: string;
  sdn: string | null;
  alt: string | null;
  add: string | null;
  comments: string | null;
}

const isSdnFile = (f: string) => /^sdn(?!_comments)[^/]*\.csv$/i.test(f);
const isSetMember = (f: string) => isSdnFile(f) || /^(alt|add|sdn_comments)\.csv$/i.test(f);

/** The set a path names: a directory, or any of its member files (sdn.csv, alt.csv, …). */
export function ofacCsvSet(path: string): OfacCsvSet | null {
  const isDir = statSync(path).isDirectory();
  if (!isDir && !isSetMember(basename(path))) return null;
  const dir = isDir ? path : dirname(path);
  const files = readdirSync(dir);
  const pick = (re: RegExp) => {
    const f = files.find((x) => re.test(x));
    return f ? join(dir, f) : null;
  };
  // Naming one sdn file (e.g. sdn.excerpt.csv) picks that one; a directory picks sdn.csv first.
  const sdn = !isDir && isSdnFile(basename(path)) ? path : (pick(/^sdn\.csv$/i) ?? pick(/^sdn(?!_comments)[^/]*\.csv$/i));
  const set: OfacCsvSet = {
    dir,
    sdn,
    alt: pick(/^alt\.csv$/i),
    add: pick(/^add\.csv$/i),
    comments: pick(/^sdn_comments\.csv$/i),
  };
  return set.sdn || set.alt ? set : null;
}

/** `-0- ` is OFAC's null marker in every column. */
export function ofacValue(v: string | undefined): string {
  const t = clean(v);
  return t === '-0-' ? '' : t;
}

/** Weak aliases from remarks: `a.k.a. 'X'` (and `f.k.a. 'X'`), apostrophes inside the name unescaped. */
export function weakAliases(remarks: string): ListName[] {
  const out: ListName[] = [];
  for (const item of remarks.split(/;\s+/)) {
    const m = /^(a|f|n)\.k\.a\.\s+'(.*)'\.?$/.exec(item.trim());
    if (m && m[2]!.trim()) out.push(name(m[2]!, m[1] === 'f' ? 'former' : 'alias', 'weak'));
  }
  return out;
}

const DETAIL_PREFIXES: Array<[RegExp, string]> = [
  [/^DOB\s+/, 'dates_of_birth'],
  [/^POB\s+/, 'places_of_birth'],
  [/^nationality\s+/, 'nationalities'],
  [/^citizen\s+/, 'citizenships'],
  [/^Gender\s+/, 'gender'],
  [/^Linked To:\s*/, 'linked_to'],
];
/** Identifying details OFAC packs into remarks, split into labelled lists; the rest stays in remarks. */
export function remarkDetails(remarks: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const raw of remarks.split(/;\s+/)) {
    const item = raw.trim().replace(/\.$/, '');
    for (const [re, key] of DETAIL_PREFIXES) {
      if (re.test(item)) (out[key] ??= []).push(item.replace(re, ''));
    }
    if (/^(Passport|National ID|Cedula|Identification Number|Registration Number|Tax ID|IMO|MMSI)\b/.test(item)) {
      (out.documents ??= []).push(item);
    }
  }
  return out;
}

const KIND: Record<string, ListEntryKind> = { individual: 'person', vessel: 'vessel', aircraft: 'aircraft', '': 'organization' };

async function loadMulti(file: string | null, keyCol = 0): Promise<Map<string, string[][]>> {
  const m = new Map<string, string[][]>();
  if (!file) return m;
  for await (const r of readCsv(file)) {
    const key = clean(r.cells[keyCol]);
    if (!/^\d+$/.test(key)) {
      throw new DossierError('bad_input', `expected a numeric ent_num in column 1, got "${key.slice(0, 40)}"`, { file, line: r.line });
    }
    let rows = m.get(key);
    if (!rows) m.set(key, (rows = []));
    rows.push(r.cells);
  }
  return m;
}

export function parseOfacCsv(path: string): ParsedList {
  const found = ofacCsvSet(path);
  if (!found) throw new DossierError('bad_input', 'not an OFAC CSV set (no sdn.csv or alt.csv)', { file: path });
  const set: OfacCsvSet = found;
  const files = [set.sdn, set.alt, set.add, set.comments].filter((f): f is string => !!f && existsSync(f));
  const excerpt = (set.sdn !== null && isPartialName(set.sdn)) || isPartialName(set.dir);
  const meta: ParsedList['meta'] = {
    list: 'ofac',
    format: 'ofac-csv',
    feed: 'ofac:sdn',
    published: null, // the legacy CSV states no date
    partial: !set.sdn || excerpt,
    files,
  };
  async function* entries(): AsyncGenerator<ListEntry> {
    const alt = await loadMulti(set.alt);
    const add = await loadMulti(set.add);
    const comments = await loadMulti(set.comments);
    const addresses = (ent: string) =>
      (add.get(ent) ?? []).map((r) => [2, 3, 4, 5].map((i) => ofacValue(r[i])).filter(Boolean).join(', ')).filter(Boolean);
    const altNames = (ent: string) =>
      (alt.get(ent) ?? []).map((r) => name(ofacValue(r[3]), ofacValue(r[2]).toLowerCase() === 'fka' ? 'former' : 'alias'));
    if (set.sdn) {
      for await (const r of readCsv(set.sdn)) {
        const c = r.cells;
        const ent = clean(c[0]);
        if (!/^\d+$/.test(ent) || c.length < 12) {
          throw new DossierError('bad_input', `not an OFAC sdn.csv row (expected 12 columns starting with a numeric ent_num, got ${c.length})`, {
            file: set.sdn,
            line: r.line,
          });
        }
        const primary = ofacValue(c[1]);
        if (!primary) throw new DossierError('bad_input', `ent_num ${ent} has no name`, { file: set.sdn, line: r.line, field: 'SDN_Name' });
        const remarks = [ofacValue(c[11]), ...(comments.get(ent) ?? []).map((x) => x[1] ?? '')].join('').trim();
        const type = ofacValue(c[2]).toLowerCase();
        yield {
          id: makeId('list_entry', 'ofac', ent),
          list: 'ofac',
          list_ref: ent,
          kind: KIND[type] ?? 'other',
          names: dedupeNames([name(primary, 'primary'), ...altNames(ent), ...weakAliases(remarks)]),
          programmes: ofacValue(c[3]).split(/\]\s*\[/).map(clean).filter(Boolean),
          listed_on: null,
          details: compact({
            sdn_type: ofacValue(c[2]) || 'entity',
            title: ofacValue(c[4]),
            call_sign: ofacValue(c[5]),
            vessel_type: ofacValue(c[6]),
            tonnage: ofacValue(c[7]),
            grt: ofacValue(c[8]),
            vessel_flag: ofacValue(c[9]),
            vessel_owner: ofacValue(c[10]),
            addresses: addresses(ent),
            ...remarkDetails(remarks),
          }),
          remarks: remarks || null,
        };
      }
    } else {
      // alt.csv/add.csv without sdn.csv: only the aliases are known; the store merges them into the entry.
      for (const ent of alt.keys()) {
        yield {
          id: makeId('list_entry', 'ofac', ent),
          list: 'ofac',
          list_ref: ent,
          kind: 'other',
          names: dedupeNames(altNames(ent)),
          programmes: [],
          listed_on: null,
          details: compact({ addresses: addresses(ent) }),
          remarks: null,
        };
      }
    }
  }
  return { meta, entries: entries() };
}
