// The accountability core on plain values: list entries → measures, the gap report, demand matching.
import { describe, expect, it } from 'vitest';
import { bodyMatches } from '../src/measures/gaps.ts';
import { gapRows, linkEntries, listMeasures, measureStatus, demandReport } from '../src/measures/index.ts';
import type { DemandFact, EntityNames, ListEntryFact, ListVersionFact, MeasureFact } from '../src/measures/index.ts';

const ENTITIES: EntityNames[] = [
  { id: 'let', kind: 'organization', name: 'Lashkar-e-Taiba', aliases: ['Lashkar e-Tayyiba', 'LeT'] },
  { id: 'trf', kind: 'organization', name: 'The Resistance Front', aliases: ['TRF'] },
  { id: 'saeed', kind: 'person', name: 'Hafiz Saeed', aliases: ['Hafiz Muhammad Saeed'] },
  { id: 'is', kind: 'organization', name: 'Islamic State', aliases: ['IS'] },
];
const entry = (id: string, list: string, primary: string, names: string[], over: Partial<ListEntryFact> = {}): ListEntryFact => ({
  id, list, list_ref: `${list}-${id}`, kind: 'organization', primary_name: primary, listed_on: '2005-05-02', programmes: ['SDGT'],
  version_id: 'v2', delisted_in: null, names: names.map((name) => ({ name, type: 'alias' })), ...over,
});
const VERSIONS: ListVersionFact[] = [
  { id: 'v1', list: 'ofac', published: '2021-07-01', file_name: 'sdn-2021.csv', imported_at: '2026-01-01T00:00:00Z', source_id: 's1' },
  { id: 'v2', list: 'ofac', published: '2026-01-01', file_name: 'sdn-2026.csv', imported_at: '2026-02-01T00:00:00Z', source_id: 's2' },
];

describe('linkEntries', () => {
  it.each([
    { why: 'primary name equals an alias after normalisation', e: entry('1', 'ofac', 'LASHKAR E-TAYYIBA', []), want: ['let:exact_alias'] },
    { why: 'an a.k.a. names a second stored entity (TRF listed as an alias of LeT)', e: entry('1', 'ofac', 'LASHKAR E-TAYYIBA', ['THE RESISTANCE FRONT']), want: ['let:exact_alias', 'trf:exact_name'] },
    { why: 'a person entry never links to an organisation', e: entry('1', 'un', 'LASHKAR-E-TAIBA', [], { kind: 'person' }), want: [] },
    { why: 'person to person', e: entry('1', 'un', 'Hafiz Muhammad SAEED', [], { kind: 'person' }), want: ['saeed:exact_alias'] },
    { why: 'two-letter names are too ambiguous to link', e: entry('1', 'un', 'IS', []), want: [] },
    { why: 'a near miss is not an exact match', e: entry('1', 'un', 'Lashkar-e-Taibah', []), want: [] },
  ])('$why', ({ e, want }) => {
    expect(linkEntries([e], ENTITIES).map((l) => `${l.entity_id}:${l.how}`)).toEqual(want);
  });
  it('a link from the resolve step wins over names', () => {
    const e = entry('1', 'ofac', 'LASHKAR E-TAYYIBA', []);
    expect(linkEntries([e], ENTITIES, [{ entry_id: '1', entity_id: 'trf', how: 'resolve_link', matched_name: '' }]).map((l) => l.entity_id)).toEqual(['trf']);
  });
});

describe('listMeasures', () => {
  it('a listing is a designation from listed_on, in force; a delisting ends it on the version that dropped it', () => {
    const live = entry('1', 'ofac', 'LASHKAR E-TAYYIBA', ['THE RESISTANCE FRONT']);
    const gone = entry('2', 'ofac', 'Hafiz Muhammad Saeed', [], { kind: 'person', version_id: 'v1', delisted_in: 'v2', listed_on: '2012-04-02' });
    const ms = listMeasures([live, gone], VERSIONS, linkEntries([live, gone], ENTITIES));
    const by = Object.fromEntries(ms.map((m) => [m.actor_id, m]));
    expect(by.let).toMatchObject({ kind: 'designation', status: 'in_force', start: '2005-05-02', end: null, list_entry_id: '1', kind_detail: 'ofac_listing' });
    expect(by.trf).toMatchObject({ status: 'in_force', kind_detail: 'ofac_listing_as_alias', quote: 'THE RESISTANCE FRONT' });
    expect(by.trf!.note).toContain('exact normalised name match');
    expect(by.saeed).toMatchObject({ status: 'ended', start: '2012-04-02', end: '2026-01-01', source_version_id: 'v1' });
    expect(listMeasures([live], VERSIONS, linkEntries([live], ENTITIES))).toEqual(listMeasures([live], VERSIONS, linkEntries([live], ENTITIES)));
  });
  it('an aggregator list (opensanctions) yields no measures', () => {
    const e = entry('1', 'opensanctions', 'LASHKAR E-TAYYIBA', []);
    expect(listMeasures([e], VERSIONS, linkEntries([e], ENTITIES))).toEqual([]);
  });
});

const measure = (id: string, authority: string, kind: string, status: string, start: string | null, end: string | null = null): MeasureFact => ({
  id, ref: id, actor_id: 'trf', actor_name: 'The Resistance Front', authority_id: null, authority_name: authority, kind, kind_detail: null, status, start, end,
  reference: null, list_entry_id: null, note: null, sources: [{ source_id: `src-${id}`, title: `source of ${id}`, publisher: null, reliability: 'C', quote: `quote ${id}` }],
});
const demand = (id: string, kind: string, of_whom: string | null, against_id: string | null = 'trf'): DemandFact => ({
  id, source_id: 'oped', source_title: 'The op-ed', measure_kind: kind, of_whom, against_id, against_name: 'The Resistance Front', quote: `demand ${id}`,
});

describe('gapRows', () => {
  const actor = { id: 'trf', name: 'The Resistance Front', kind: 'organization' };
  const un: ListVersionFact = { id: 'u1', list: 'un', published: '2026-02-27', file_name: 'consolidated.xml', imported_at: '2026-03-01', source_id: 'src-un' };
  it.each([
    { why: 'in force as the source says', ms: [measure('m1', 'U.S. Department of State', 'designation', 'in_force_as_of_source', '2025-07-17')], want: ['U.S. Department of State designation in_force 2025-07-17 —'] },
    { why: 'an end date in the past ends it', ms: [measure('m1', 'FATF', 'grey_listing', 'in_force', '2018-06', '2022-10-21')], want: ['FATF grey_listing ended 2018-06 2022-10-21'] },
    { why: 'ended then renewed: in force since the renewal', ms: [measure('m1', 'FATF', 'grey_listing', 'ended', '2008-02-28', '2010-06'), measure('m2', 'FATF', 'grey_listing', 'in_force', '2018-06')], want: ['FATF grey_listing in_force 2018-06 —'] },
    { why: 'only proposed counts as nothing done', ms: [measure('m1', 'Home Office', 'designation', 'proposed_as_of_source', '2007-07-03')], want: ['Home Office designation none — —'] },
  ])('$why', ({ ms, want }) => {
    const rows = gapRows({ actor, measures: ms, demands: [], lists: [], asOf: '2026-11-25' });
    expect(rows.map((r) => [r.authority, r.measure_kind, r.status, r.start ?? '—', r.end ?? '—'].join(' '))).toEqual(want);
    for (const r of rows) expect(r.sources.length).toBeGreaterThan(0);
  });

  it('an imported list without the actor is a none cell whose source is that list; a demand of that body joins it', () => {
    const rows = gapRows({ actor, measures: [measure('m1', 'U.S. Department of State', 'designation', 'in_force', '2025-07-17')], demands: [demand('d1', 'designation', 'UN')], lists: [un], asOf: '2026-11-25' });
    const unRow = rows.find((r) => r.authority === 'United Nations Security Council')!;
    expect(unRow).toMatchObject({ status: 'none', measure_kind: 'designation', demands: ['d1'] });
    expect(unRow.sources.map((s) => s.source_id)).toEqual(['src-un', 'oped']);
    expect(rows.find((r) => r.authority === 'U.S. Department of State')!.demands).toEqual([]);
  });

  it('a demand of no particular body is answered by any authority; an unanswered one gets its own none cell', () => {
    const rows = gapRows({ actor, measures: [measure('m1', 'U.S. Department of State', 'designation', 'in_force', '2025-07-17')], demands: [demand('d1', 'designation', 'world leaders'), demand('d2', 'aid_suspension', null)], lists: [], asOf: '2026-11-25' });
    expect(rows.find((r) => r.measure_kind === 'designation')!.demands).toEqual(['d1']);
    expect(rows.find((r) => r.measure_kind === 'aid_suspension')).toMatchObject({ status: 'none', authority: 'any authority', demands: ['d2'] });
  });
});

describe('demands and bodies', () => {
  it.each([
    ['UN', 'United Nations Security Council', true], ['the Commonwealth', 'Commonwealth of Nations', true], ['FATF', 'Financial Action Task Force', true],
    ['world leaders', 'United Nations Security Council', false], ['UK', 'United Nations Security Council', false],
  ] as Array<[string, string, boolean]>)('bodyMatches(%s, %s) = %s', (a, b, ok) => expect(bodyMatches(a, b)).toBe(ok));

  it('a demand addressed to a body with no named target is matched to that body’s measures', () => {
    const m = { ...measure('c1', 'Commonwealth of Nations', 'suspension', 'in_force_as_of_source', '2007-11-22'), actor_id: 'pk', actor_name: 'Pakistan' };
    const r = demandReport([demand('d1', 'suspension', 'Commonwealth of Nations', null)], [m], '2026-11-25');
    expect(r[0]!.status).toBe('in_force');
    expect(r[0]!.answered_by.map((x) => x.actor)).toEqual(['Pakistan']);
  });

  it.each([
    ['ended', null, 'ended'], ['in_force_as_of_source', null, 'in_force'], ['filed', null, 'in_force'], ['proposed_as_of_source', null, 'none'], ['in_force', '2020-01', 'ended'],
  ] as Array<[string, string | null, string]>)('measureStatus(%s, end %s) = %s', (status, end, want) => expect(measureStatus({ status, end }, '2026-11-25')).toBe(want));
});
