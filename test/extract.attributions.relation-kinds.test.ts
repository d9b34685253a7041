// Relation kinds the annotators of every evaluation set record consistently (attr6): a party's declared aim,
// an act of violence against people with its doer as the subject, "killed in a <state> drone strike"; and
// meetings, which no set records (a claim, no attribution). Sentences written for these tests (invented
// names, not taken from the eval sets); each rule also has what it must not extract.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const gazetteer = [
  entry('Northern Brigade', 'organization'),
  entry('Valley Front', 'organization'),
  entry('River Council', 'organization'),
  entry('Omar Kestrel', 'person'),
  entry('Lina Farouk', 'person'),
  entry('Sami Dunn', 'person'),
  entry('Egypt', 'place'),
  entry('Norway', 'place'),
  entry('Kharan', 'place'),
];
const run = (text: string) => extract(text, { gazetteer, publisher: 'Daily Ledger', published: '2021-08-01' });
const atts = (text: string) => run(text).attributions.map(triple);

describe('a party’s declared aim, related to the first party the aim names', () => {
  it('"aims to", "seeks to", "is fighting for"', () => {
    expect(atts('Valley Front aims to separate Kharan from Egypt.')).toContainEqual(['Valley Front', 'aims to separate', 'Kharan']);
    expect(atts('Northern Brigade is fighting for an independent state in the south of Norway.')).toContainEqual(['Northern Brigade', 'fighting for an independent state in the south of', 'Norway']);
    expect(atts('Valley Front seeks to establish an Egypt-aligned government in Kharan.')).toContainEqual(['Valley Front', 'seeks to establish an Egypt-aligned government in', 'Kharan']);
  });
  it('"X’s goal is to", "its objective is to" (the group the text is about)', () => {
    expect(atts('The State Department says Valley Front’s ultimate goal is to carry out attacks to unify Kharan under its rule.')).toContainEqual(['Valley Front', 'aims to carry out attacks to unify', 'Kharan']);
    expect(atts('Northern Brigade is an armed group. Its objective is to merge Kharan with Norway.')).toContainEqual(['Northern Brigade', 'aims to merge', 'Kharan']);
  });
  it('not: an aim naming no party, a subject that is no party, "aimed at"', () => {
    expect(atts('Valley Front aims to grow its membership.')).toEqual([]);
    expect(atts('Valley Front aims to create a state incorporating three countries: Egypt, Norway and Kharan.')).toEqual([]);
    expect(atts('These designations seek to deny Valley Front the resources it needs in Kharan.').filter((a) => /seek/.test(a[1]!))).toEqual([]);
    expect(atts('Valley Front ran a campaign aimed at recruiting fighters in Kharan.').filter((a) => /aim/.test(a[1]!))).toEqual([]);
  });
});

describe('an act of violence against people, its doer right before the verb', () => {
  it('"X has killed about 1,300 civilians"; "they have taken dozens of hostages"; "X kidnapped P"', () => {
    expect(atts('Valley Front has killed about 1,300 civilians since 2017.')).toContainEqual(['Valley Front', 'killed about 1,300 civilians', 'civilians']);
    expect(atts('Northern Brigade operates in Kharan. In addition to bombings, they have taken dozens of hostages, including foreign tourists.')).toContainEqual(['Northern Brigade', 'taken dozens of hostages', 'hostages']);
    expect(atts('Northern Brigade kidnapped Lina Farouk in March.')).toContainEqual(['Northern Brigade', 'kidnapped Lina Farouk', 'Lina Farouk']);
    expect(atts('Valley Front beheaded several of its captives.')).toContainEqual(['Valley Front', 'beheaded several of its captives', 'captives']);
  });
  it('not: an event or an unnamed doer as subject, a passive, an object that is not people', () => {
    expect(atts('The bombing in Kharan killed 30 people.')).toEqual([]);
    expect(atts('Gunmen kidnapped five tourists near Kharan.')).toEqual([]);
    expect(atts('Five soldiers of Northern Brigade were killed near Kharan.')).toEqual([]);
    // (step 8 may relate the pair in the text's words; no act against people is read)
    expect(run('Valley Front executed the plan in Kharan.').claims.filter((c) => c.predicate === 'perpetrated')).toEqual([]);
    expect(atts('Valley Front claimed responsibility for the attack that killed 30 people.').filter((a) => /killed/.test(a[1]!))).toEqual([]);
  });
});

describe('"P was killed in a <state> drone strike": the state killed P', () => {
  it('named, or "he" after the person', () => {
    expect(atts('Omar Kestrel was killed by a Norway drone strike in Kharan.')).toContainEqual(['Norway', 'killed in a drone strike', 'Omar Kestrel']);
    expect(atts('Valley Front was led by Omar Kestrel until he was killed in a Norway air strike in 2020.')).toContainEqual(['Norway', 'killed in a air strike', 'Omar Kestrel']);
  });
  it('not: an event named after a place, no military means, no person', () => {
    expect(atts('Omar Kestrel was killed in the Kharan attack.')).toEqual([]);
    expect(atts('Omar Kestrel was killed in a Norway car accident.')).toEqual([]);
    expect(atts('Three guards were killed in a Norway drone strike.')).toEqual([]);
  });
});

describe('meetings are claims, not attributions', () => {
  it('"X met with Y"', () => {
    const x = run('Lina Farouk met with Sami Dunn in Kharan.');
    expect(x.claims.filter((c) => c.predicate === 'met').map((c) => [c.subject.name, (c.object as { name: string }).name])).toEqual([['Lina Farouk', 'Sami Dunn']]);
    expect(x.attributions.filter((a) => a.actor === 'Lina Farouk' && a.target_or_event === 'Sami Dunn')).toEqual([]);
  });
});

describe('"X, a G splinter group": X is a branch of G', () => {
  it('the parent named before the noun, an acronym in brackets between', () => {
    expect(atts('The raid was carried out by Valley Front (VF), a Northern Brigade (NB) splinter group that opposed the truce.')).toContainEqual(['Valley Front', 'is a splinter group of', 'Northern Brigade']);
    expect(atts('Officials named Valley Front, a River Council affiliate, as the main suspect.')).toContainEqual(['Valley Front', 'is an affiliate of', 'River Council']);
  });
  it('not: a noun after no group, a group not in apposition, "affiliate of" (the apposition rule)', () => {
    expect(atts('Valley Front, a militant faction, said it had no role.')).toEqual([]);
    expect(atts('Valley Front said a Northern Brigade faction was to blame.').filter((a) => /faction/.test(a[1]!))).toEqual([]);
    expect(atts('Valley Front, an affiliate of River Council, grew in Kharan.')).toEqual([['Valley Front', 'is affiliate of', 'River Council']]);
  });
});
