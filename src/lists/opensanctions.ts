// OpenSanctions FollowTheMoney entities, one JSON object per line. Only sanctioned things (Person,
// Organization, Company, LegalEntity, Vessel, Airplane) become list entries; Address and other helper
// entities are skipped.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { makeId, DossierError, type ListEntry, type ListEntryKind, type ListName } from '../model/index.ts';
import { compact, dedupeNames, fileMeta, name, type ParsedList } from './types.ts';

const KIND: Record<string, ListEntryKind> = {
  Person: 'person',
  Organization: 'organization',
  Company: 'organization',
  LegalEntity: 'organization',
  PublicBody: 'organization',
  Vessel: 'vessel',
  Airplane: 'aircraft',
};

interface Ftm {
  id?: string;
  caption?: string;
  schema?: string;
  properties?: Record<string, unknown[]>;
  datasets?: string[];
  referents?: string[];
  first_seen?: string;
  last_change?: string;
}

const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function parseFtm(file: string): ParsedList {
  const meta = fileMeta(file, 'opensanctions', 'ftm-json', 'opensanctions');
  async function* entries(): AsyncGenerator<ListEntry> {
    const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
    let line = 0;
    let latest = '';
    for await (const text of rl) {
      line++;
      if (!text.trim()) continue;
      let e: Ftm;
      try {
        e = JSON.parse(text) as Ftm;
      } catch (err) {
        throw new DossierError('bad_input', `not JSON: ${(err as Error).message}`, { file, line }, { cause: err });
      }
      if (!e.id || !e.schema) throw new DossierError('bad_input', 'not a FollowTheMoney entity (no id or schema)', { file, line });
      if (e.last_change && e.last_change > latest) latest = e.last_change;
      const kind = KIND[e.schema];
      if (!kind) continue;
      const p = e.properties ?? {};
      const primary = e.caption ?? strs(p.name)[0];
      if (!primary) throw new DossierError('bad_input', `entity ${e.id} has no name`, { file, line });
      const names: ListName[] = [
        name(primary, 'primary'),
        ...strs(p.name).map((n) => name(n)),
        ...strs(p.alias).map((n) => name(n)),
        ...strs(p.weakAlias).map((n) => name(n, 'alias', 'weak')),
        ...strs(p.previousName).map((n) => name(n, 'former')),
      ];
      yield {
        id: makeId('list_entry', 'opensanctions', e.id),
        list: 'opensanctions',
        list_ref: e.id,
        kind,
        names: dedupeNames(names),
        programmes: [...strs(p.program), ...(e.datasets ?? [])],
        listed_on: strs(p.createdAt)[0]?.slice(0, 10) ?? e.first_seen?.slice(0, 10) ?? null,
        details: compact({
          schema: e.schema,
          datasets: e.datasets,
          referents: e.referents,
          dates_of_birth: strs(p.birthDate),
          nationalities: strs(p.nationality),
          countries: strs(p.country),
          positions: strs(p.position),
          registration_numbers: strs(p.registrationNumber),
          tax_numbers: strs(p.taxNumber),
          gender: strs(p.gender),
        }),
        remarks: strs(p.notes).join(' ') || null,
      };
    }
    meta.published = latest || null;
  }
  return { meta, entries: entries() };
}
