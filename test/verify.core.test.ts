// The verification core on plain values: one row per case, the why in the row.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_REFERENCE_DIR } from '../src/reference/index.ts';
import { eventIndex } from '../src/verify/events.ts';
import { contradictions, matchEvidence, parseItemId, rate, suggestVerdict } from '../src/verify/index.ts';
import { datesCompatible, numberIn } from '../src/verify/keys.ts';
import type { ClaimFact, EvidenceFact, SourceFact, VerifyContext } from '../src/verify/index.ts';

const src = (id: string, publisher: string, reliability: SourceFact['reliability'] = 'C'): SourceFact => ({
  id, ref: id, title: `title ${id}`, publisher, kind: 'news', url: null, reliability, reliability_origin: 'publisher_default',
});
const SOURCES = new Map(
  [src('oped', 'Op-ed Weekly', 'F'), src('wire', 'Wire'), src('wire2', 'Wire'), src('paper', 'Paper', 'B'), src('gov', 'Gov', 'A'), src('list', 'UNSC', 'A')].map((s) => [s.id, s]),
);

let n = 0;
const claim = (p: Partial<ClaimFact> & Pick<ClaimFact, 'subject_id' | 'predicate' | 'source_id'>): ClaimFact => ({
  id: `c${++n}`, ref: null, version: 1, subject_name: p.subject_id ?? 'x', object_kind: 'event', object_id: 'ev1', object_value: null,
  date_start: null, date_end: null, where_id: null, where_name: null, claimant_name: p.source_id, quote: `quote ${n}`,
  negated: false, hedged: false, status: 'accepted', ...p,
});
const ctx = (over: Partial<VerifyContext> = {}): VerifyContext => ({
  sources: SOURCES,
  entityKinds: new Map([['trf', 'organization'], ['let', 'organization'], ['is', 'organization'], ['isk', 'organization'], ['jmb', 'organization'], ['pk', 'state'], ['jatt', 'person']]),
  names: new Map([['ev1', 'Event One']]),
  casualties: [],
  lists: [],
  evidence: [],
  ...over,
});

describe('matchEvidence', () => {
  const cases: Array<{ why: string; a: Partial<ClaimFact> & Pick<ClaimFact, 'subject_id' | 'predicate' | 'source_id'>; b: Partial<ClaimFact> & Pick<ClaimFact, 'subject_id' | 'predicate' | 'source_id'>; stance: string | null }> = [
    { why: 'same subject, predicate, event, other source → supports', a: { subject_id: 'trf', predicate: 'claimed_responsibility_for', source_id: 'oped' }, b: { subject_id: 'trf', predicate: 'claimed_responsibility_for', source_id: 'wire' }, stance: 'supports' },
    { why: 'same source never evidences itself', a: { subject_id: 'trf', predicate: 'perpetrated', source_id: 'wire' }, b: { subject_id: 'trf', predicate: 'perpetrated', source_id: 'wire' }, stance: null },
    { why: 'an accusation partially supports a perpetration claim (rules.json)', a: { subject_id: 'trf', predicate: 'perpetrated', source_id: 'oped' }, b: { subject_id: 'trf', predicate: 'accused_of', source_id: 'gov' }, stance: 'partially_supports' },
    { why: 'front-of supports proxy-of', a: { subject_id: 'trf', predicate: 'proxy_of', source_id: 'oped', object_kind: 'entity', object_id: 'let' }, b: { subject_id: 'trf', predicate: 'alias_or_front_of', source_id: 'gov', object_kind: 'entity', object_id: 'let' }, stance: 'supports' },
    { why: 'a hedged claim supports only partially', a: { subject_id: 'trf', predicate: 'perpetrated', source_id: 'oped' }, b: { subject_id: 'trf', predicate: 'perpetrated', source_id: 'wire', hedged: true }, stance: 'partially_supports' },
    { why: 'different subject: no link', a: { subject_id: 'trf', predicate: 'perpetrated', source_id: 'oped' }, b: { subject_id: 'let', predicate: 'perpetrated', source_id: 'wire' }, stance: null },
    { why: 'a denial is not support (it is a contradiction)', a: { subject_id: 'trf', predicate: 'perpetrated', source_id: 'oped' }, b: { subject_id: 'trf', predicate: 'denied', source_id: 'wire', negated: true }, stance: null },
    { why: 'unrelated predicates: no link', a: { subject_id: 'trf', predicate: 'attended', source_id: 'oped' }, b: { subject_id: 'trf', predicate: 'perpetrated', source_id: 'wire' }, stance: null },
    { why: 'entity objects: dates 2 years apart are outside the tolerance', a: { subject_id: 'trf', predicate: 'member_of', source_id: 'oped', object_kind: 'entity', object_id: 'let', date_start: '2019' }, b: { subject_id: 'trf', predicate: 'member_of', source_id: 'wire', object_kind: 'entity', object_id: 'let', date_start: '2021-06' }, stance: null },
    { why: 'entity objects: dates within the tolerance match', a: { subject_id: 'trf', predicate: 'member_of', source_id: 'oped', object_kind: 'entity', object_id: 'let', date_start: '2021-06' }, b: { subject_id: 'trf', predicate: 'member_of', source_id: 'wire', object_kind: 'entity', object_id: 'let', date_start: '2021-06-20' }, stance: 'supports' },
    { why: 'event objects: claims carry the date they were made, so dates are not compared', a: { subject_id: 'trf', predicate: 'perpetrated', source_id: 'oped', date_start: '2025-04-22' }, b: { subject_id: 'trf', predicate: 'perpetrated', source_id: 'gov', date_start: '2025-07-17' }, stance: 'supports' },
    { why: 'unresolved subjects match on the normalised name', a: { subject_id: null, subject_name: 'The  Resistance-Front', predicate: 'perpetrated', source_id: 'oped' }, b: { subject_id: null, subject_name: 'the resistance front', predicate: 'perpetrated', source_id: 'wire' }, stance: 'supports' },
    { why: 'a rejected claim is no evidence', a: { subject_id: 'trf', predicate: 'perpetrated', source_id: 'oped' }, b: { subject_id: 'trf', predicate: 'perpetrated', source_id: 'wire', status: 'rejected' }, stance: null },
  ];
  it.each(cases)('$why', ({ a, b, stance }) => {
    const ca = claim(a);
    const cb = claim(b);
    const links = matchEvidence([ca, cb]).filter((l) => l.claim_id === ca.id);
    expect(links.map((l) => l.stance)[0] ?? null).toBe(stance);
    if (stance) {
      expect(links[0]!.other_claim_id).toBe(cb.id);
      expect(links[0]!.quote).toBe(cb.quote);
    }
  });

  it('is deterministic: the same claims give the same ids in any order', () => {
    const cs = [claim({ subject_id: 'trf', predicate: 'perpetrated', source_id: 'oped' }), claim({ subject_id: 'trf', predicate: 'perpetrated', source_id: 'wire' }), claim({ subject_id: 'trf', predicate: 'perpetrated', source_id: 'gov' })];
    expect(matchEvidence([...cs].reverse())).toEqual(matchEvidence(cs));
    expect(matchEvidence(cs)).toHaveLength(6);
  });

  it('with sources, keeps one link per publisher and stance: copies add no rows and leave the verdict as it was', () => {
    // 40 copies of one wire story (two wire sources, 'Wire') and one paper story behind the op-ed's claim.
    const copies = new Map(SOURCES);
    for (let i = 0; i < 40; i++) copies.set(`w${i}`, src(`w${i}`, 'Wire', i === 7 ? 'B' : 'C'));
    const oped = claim({ subject_id: 'trf', predicate: 'perpetrated', source_id: 'oped' });
    const others = [...Array(40).keys()].map((i) => claim({ subject_id: 'trf', predicate: 'perpetrated', source_id: `w${i}` }));
    const paper = claim({ subject_id: 'trf', predicate: 'perpetrated', source_id: 'paper' });
    const all = [oped, ...others, paper];
    const every = matchEvidence(all).filter((l) => l.claim_id === oped.id);
    const kept = matchEvidence(all, undefined, copies).filter((l) => l.claim_id === oped.id);
    expect(every).toHaveLength(41);
    // One for Wire (the B-rated copy, w7) and one for Paper.
    expect(kept.map((l) => l.source_id).sort()).toEqual(['paper', 'w7']);
    const asEvidence = (ls: typeof every): EvidenceFact[] => ls.map((l) => ({ ...l, origin: 'automatic' }));
    const full = suggestVerdict(oped, asEvidence(every), copies);
    const bounded = suggestVerdict(oped, asEvidence(kept), copies);
    expect(bounded.rating).toBe(full.rating);
    expect(bounded.evidence_ids).toEqual(full.evidence_ids);
    expect(bounded.support).toBe(full.support);
  });

  it('with sources, among equally reliable copies keeps the smallest other claim id that qualifies (not its own source, within the dates)', () => {
    const copies = new Map(SOURCES);
    for (let i = 0; i < 5; i++) copies.set(`v${i}`, src(`v${i}`, 'Wire'));
    const mk = (id: string, source_id: string, date_start: string) =>
      claim({ id, subject_id: 'trf', predicate: 'member_of', object_kind: 'entity', object_id: 'let', source_id, date_start });
    const a = mk('k5', 'v0', '2021-06-01');
    const own = mk('k0', 'v0', '2021-06-02'); // the claim's own source: never its evidence
    const far = mk('k1', 'v1', '2023-01-01'); // outside the date tolerance
    const near = [mk('k3', 'v2', '2021-06-10'), mk('k2', 'v3', '2021-05-20'), mk('k4', 'v4', '2021-06-15')];
    const all = [a, own, far, ...near];
    const kept = matchEvidence(all, undefined, copies).filter((l) => l.claim_id === a.id);
    expect(kept.map((l) => l.other_claim_id)).toEqual(['k2']);
    // The same as ranking every pair's link.
    const every = matchEvidence(all).filter((l) => l.claim_id === a.id);
    expect(every.map((l) => l.other_claim_id).sort()).toEqual(['k2', 'k3', 'k4']);
    expect(kept[0]).toEqual(every.find((l) => l.other_claim_id === 'k2'));
  });
});

describe('contradictions', () => {
  it.each([
    { why: 'a claim and its retraction from another source', cs: [{ subject_id: 'trf', predicate: 'claimed_responsibility_for', source_id: 'oped' }, { subject_id: 'trf', predicate: 'retracted_claim_for', source_id: 'wire', negated: true }], kind: 'denial' },
    { why: 'a denial of an accusation', cs: [{ subject_id: 'pk', predicate: 'accused_of', source_id: 'gov' }, { subject_id: 'pk', predicate: 'denied', source_id: 'wire', negated: true }], kind: 'denial' },
    { why: 'a denial from the same source is the source reporting both: no contradiction between sources', cs: [{ subject_id: 'pk', predicate: 'accused_of', source_id: 'wire' }, { subject_id: 'pk', predicate: 'denied', source_id: 'wire', negated: true }], kind: null },
    { why: 'two unrelated organisations credited with the same event', cs: [{ subject_id: 'is', predicate: 'claimed_responsibility_for', source_id: 'wire' }, { subject_id: 'jmb', predicate: 'accused_of', source_id: 'gov' }], kind: 'attribution' },
    { why: 'a branch and its parent credited with the same event agree', cs: [{ subject_id: 'is', predicate: 'claimed_responsibility_for', source_id: 'wire' }, { subject_id: 'isk', predicate: 'perpetrated', source_id: 'gov' }, { subject_id: 'isk', predicate: 'branch_of', source_id: 'paper', object_kind: 'entity', object_id: 'is' }], kind: null },
    { why: 'an organisation condemning an event another claimed is no attribution of it', cs: [{ subject_id: 'is', predicate: 'claimed_responsibility_for', source_id: 'wire' }, { subject_id: 'jmb', predicate: 'condemned', source_id: 'gov' }], kind: null },
    { why: 'a state accused beside an organisation is no exclusive attribution', cs: [{ subject_id: 'trf', predicate: 'perpetrated', source_id: 'gov' }, { subject_id: 'pk', predicate: 'accused_of', source_id: 'wire' }], kind: null },
    { why: 'a person charged beside an organisation is no exclusive attribution', cs: [{ subject_id: 'trf', predicate: 'perpetrated', source_id: 'gov' }, { subject_id: 'jatt', predicate: 'accused_of', source_id: 'wire' }], kind: null },
    { why: 'two dates for one event', cs: [{ subject_id: 'ev1', predicate: 'occurred_on', source_id: 'oped', object_kind: 'literal', object_id: null, object_value: '2025-04' }, { subject_id: 'ev1', predicate: 'occurred_on', source_id: 'wire', object_kind: 'literal', object_id: null, object_value: '2024-03-22' }], kind: 'date' },
    { why: 'a month and a day inside it agree', cs: [{ subject_id: 'ev1', predicate: 'occurred_on', source_id: 'oped', object_kind: 'literal', object_id: null, object_value: '2024-03' }, { subject_id: 'ev1', predicate: 'occurred_on', source_id: 'wire', object_kind: 'literal', object_id: null, object_value: '2024-03-22' }], kind: null },
    { why: 'two places for one event', cs: [{ subject_id: 'ev1', predicate: 'occurred_at', source_id: 'oped', object_kind: 'literal', object_id: null, object_value: 'Moscow' }, { subject_id: 'ev1', predicate: 'occurred_at', source_id: 'wire', object_kind: 'literal', object_id: null, object_value: 'Dhaka' }], kind: 'place' },
    { why: 'a place inside a longer name of the same place agrees', cs: [{ subject_id: 'ev1', predicate: 'occurred_at', source_id: 'oped', object_kind: 'literal', object_id: null, object_value: 'Pahalgam' }, { subject_id: 'ev1', predicate: 'occurred_at', source_id: 'wire', object_kind: 'literal', object_id: null, object_value: 'Baisaran meadow near Pahalgam' }], kind: null },
    { why: 'two death tolls', cs: [{ subject_id: 'ev1', predicate: 'killed', source_id: 'oped', object_kind: 'literal', object_id: null, object_value: '26 civilians' }, { subject_id: 'ev1', predicate: 'killed', source_id: 'wire', object_kind: 'literal', object_id: null, object_value: '28' }], kind: 'casualties' },
  ] as Array<{ why: string; cs: Array<Parameters<typeof claim>[0]>; kind: string | null }>)('$why', ({ cs, kind }) => {
    const found = contradictions(cs.map(claim), ctx());
    expect(found.map((c) => c.kind)[0] ?? null).toBe(kind);
    for (const c of found) {
      expect(c.a.source_id).not.toBe(c.b.source_id);
      expect(c.a.quote ?? c.b.quote).toBeTruthy();
    }
  });

  it('compares a killed claim with the casualty records and records with each other', () => {
    const c = claim({ subject_id: 'ev1', predicate: 'killed', source_id: 'oped', object_kind: 'literal', object_id: null, object_value: '26 civilians' });
    const rec = (source_id: string, value: number) => ({ event_id: 'ev1', event_name: 'Event One', kind: 'killed', value, reported_by: source_id, source_id, quote: `${value} died` });
    const found = contradictions([c], ctx({ casualties: [rec('wire', 26), rec('paper', 28)] }));
    expect(found.map((x) => [x.kind, x.a.type, x.b.type].join(' '))).toEqual(expect.arrayContaining(['casualties casualty casualty']));
    expect(found.filter((x) => x.a.claim_id === c.id || x.b.claim_id === c.id)).toHaveLength(1); // 26 agrees with wire, not with paper
  });

  it('flags a claim that an authority listed an actor its imported list does not contain', () => {
    const c = claim({ subject_id: 'trf', predicate: 'designated_by', source_id: 'oped', object_kind: 'entity', object_id: 'unsc' });
    const list = { list: 'un', authority_id: 'unsc', authority_name: 'UNSC', version_id: 'v1', source_id: 'list', file_name: 'consolidated.xml', published: '2026-02-27', contains: new Map() };
    const found = contradictions([c], ctx({ lists: [list] }));
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('official_record');
    list.contains.set('trf', { entry_id: 'e1', list_ref: 'QDe.1', name: 'TRF', delisted: false });
    expect(contradictions([c], ctx({ lists: [list] }))).toHaveLength(0);
  });
});

describe('suggestVerdict', () => {
  const c = claim({ subject_id: 'trf', predicate: 'perpetrated', source_id: 'oped' });
  const ev = (id: string, source_id: string, stance: EvidenceFact['stance']): EvidenceFact => ({ id, claim_id: c.id, other_claim_id: null, source_id, stance, quote: 'q', note: null, origin: 'automatic' });
  it.each([
    { why: 'no evidence → unverified', evidence: [], rating: 'unverified' },
    { why: "the claim's own source is not independent", evidence: [ev('e1', 'oped', 'supports')], rating: 'unverified' },
    { why: 'context alone says nothing', evidence: [ev('e1', 'gov', 'context')], rating: 'unverified' },
    { why: 'one reliable (A) supporting source → mostly true', evidence: [ev('e1', 'gov', 'supports')], rating: 'mostly_true' },
    { why: 'two independent publishers → true', evidence: [ev('e1', 'gov', 'supports'), ev('e2', 'paper', 'supports')], rating: 'true' },
    { why: 'two copies of one publisher count once', evidence: [ev('e1', 'wire', 'supports'), ev('e2', 'wire2', 'supports')], rating: 'mostly_true' },
    { why: 'a weak partial support is too thin', evidence: [ev('e1', 'wire', 'partially_supports')], rating: 'unverified' },
    { why: 'support and dispute of similar weight → mixed', evidence: [ev('e1', 'gov', 'supports'), ev('e2', 'paper', 'contradicts')], rating: 'mixed' },
    { why: 'reliable contradiction only → false', evidence: [ev('e1', 'gov', 'contradicts'), ev('e2', 'paper', 'contradicts')], rating: 'false' },
  ] as Array<{ why: string; evidence: EvidenceFact[]; rating: string }>)('$why', ({ evidence, rating }) => {
    const s = suggestVerdict(c, evidence, SOURCES);
    expect(s.rating).toBe(rating);
    expect(s.reasoning).toHaveLength(evidence.length);
    for (const id of s.evidence_ids) expect(evidence.map((e) => e.id)).toContain(id);
    if (rating === 'unverified') expect(s.credibility).toBe('6');
  });

  it.each([
    [0, 0, 'unverified'], [1, 0, 'mostly_true'], [1.2, 0, 'true'], [0, 0.6, 'mostly_false'], [1, 1, 'mixed'], [0.9, 0.2, 'mostly_true'], [0.2, 0.9, 'mostly_false'],
  ] as Array<[number, number, string]>)('rate(%s for, %s against) = %s', (f, a, r) => expect(rate(f, a)).toBe(r));
});

describe('helpers', () => {
  it.each([
    ['2025-04', '2025-04-22', 0, true], ['2024', '2025-01-10', 10, true], ['2024-03-22', '2025-04', 30, false], [null, '2025', 0, true],
  ] as Array<[string | null, string, number, boolean]>)('dates %s and %s within %s days: %s', (a, b, t, ok) =>
    expect(datesCompatible({ date_start: a, date_end: null }, { date_start: b, date_end: null }, t)).toBe(ok));
  it.each([['26 civilians', 26], ['1,363 wounded', 1363], ['none', null]] as Array<[string, number | null]>)('numberIn(%s) = %s', (t, v) => expect(numberIn(t)).toBe(v));
  it.each([
    ['claim:abc@v3', undefined, { type: 'claim', target: 'abc', version: 3 }],
    ['verdict:abc', 2, { type: 'verdict', target: 'abc', version: 2 }],
  ] as Array<[string, number | undefined, object]>)('parseItemId(%s, %s)', (id, v, want) => expect(parseItemId(id, v)).toEqual(want));
  it.each([['claim:abc', undefined, 'version'], ['thing:abc@v1', undefined, 'not a review item'], ['claim:abc@v1', 2, 'says version 1']] as Array<[string, number | undefined, string]>)(
    'parseItemId(%s, %s) is refused', (id, v, msg) => expect(() => parseItemId(id, v)).toThrow(msg));
});

describe('reading event names as stored events (the op-ed’s own wording against events.json)', () => {
  const events = (JSON.parse(readFileSync(join(BUNDLED_REFERENCE_DIR, 'events.json'), 'utf8')) as Array<{ id: string; name: string; place: { name: string } | null; date_start: string }>).map(
    (e) => ({ id: e.id, name: e.name, place_name: e.place?.name ?? null, date_start: e.date_start }),
  );
  const oped = readFileSync(join(BUNDLED_REFERENCE_DIR, '..', 'seed', 'op-ed.txt'), 'utf8');
  const index = eventIndex(events);
  it.each([
    ['The massacre in Pahalgam', null, 'ev-2025-04-22-pahalgam', 'a place only one event has'],
    ['Moscow concert hall attack', '2025-04', 'ev-2024-03-22-crocus-city-hall', 'Moscow and hall are in the place name; the claim date is when Russia spoke, not the attack'],
    ['2016 Dhaka cafe attack', '2016', 'ev-2016-07-01-holey-artisan-dhaka', 'Dhaka, and the year agrees'],
    ['26/11 Mumbai attacks', null, 'ev-2008-11-26-mumbai', 'numbers are not words'],
    ['2005 London bombings', null, 'ev-2005-07-07-london-bombings', 'London'],
    ['attacks like the 2008 Indian Embassy bombing', null, 'ev-2008-07-07-kabul-indian-embassy', 'the year rules out the 2011 embassy attack'],
    ['2011 assault on the US Embassy in Kabul', null, 'ev-2011-09-13-kabul-us-embassy', 'the year rules out the 2008 embassy bombing'],
    ['rally in Pakistan-occupied Kashmir (PoK)', '2025-02-05', 'ev-2025-02-05-rawalakot', 'words shared with Operation Sindoor too; the claim’s day is the rally’s'],
    ['rally in Pakistan-occupied Kashmir (PoK)', null, null, 'without a date it is ambiguous: no guess'],
    ['cross-border attacks', null, null, 'no distinctive word'],
    ['Kargil War', null, 'ev-1999-kargil-war', 'Kargil'],
  ] as Array<[string, string | null, string | null, string]>)('"%s" (claim dated %s) → %s: %s', (literal, date, want) => {
    expect(oped).toContain(literal);
    expect(index.resolve(literal, date)?.id ?? null).toBe(want);
  });
});
