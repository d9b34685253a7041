// Leadership, membership and criminal justice (branch attr2 of the session of 2026-12-07 02:17): a role after a
// possessive pronoun ("G and its leader, P"), affiliation ("P was affiliated
// with G", "two G-affiliated individuals (P and Q)"), and the legal verbs suspected of / in, confessed to, found
// guilty, plead guilty, indicted, admitted responsibility for. Sentences written for the tests (invented names), each
// with what must not change.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const atts = (text: string, gazetteer: ReturnType<typeof entry>[], title: string | null = null) =>
  extract(text, { gazetteer, publisher: 'Test Publisher', title }).attributions.map(triple);
const has = (got: (string | null | undefined)[][], actor: string, action: RegExp, target: string) =>
  got.some((a) => a[0] === actor && action.test(a[1] ?? '') && a[2] === target);

describe('a role after a possessive pronoun: "G and its leader, P" (holdout6, holdout7, holdout11)', () => {
  const g = [entry('Red Cells', 'organization'), entry('Blue Front', 'organization'), entry('Omar Saleh', 'person'), entry('Karim Haddad', 'person')];
  it('"pledged his allegiance to G and its leader, P": P is the leader of G', () => {
    const got = atts('In 2014, Karim Haddad pledged his allegiance to Red Cells and its leader, Omar Saleh.', g);
    expect(has(got, 'Omar Saleh', /^is the leader of$/, 'Red Cells')).toBe(true);
  });
  it('"G became a separate organization after its leader, P, split from H": G, not H', () => {
    const got = atts('Originally part of Blue Front, Red Cells became a separate organization in late 2012 after its leader, Omar Saleh, split from Blue Front.', g);
    expect(has(got, 'Omar Saleh', /leader/, 'Red Cells')).toBe(true);
    expect(has(got, 'Omar Saleh', /leader/, 'Blue Front')).toBe(false);
  });
  it('"under its former leader, P": the words before the noun are kept', () => {
    const got = atts('The group was originally known as the Old Cells but rebranded itself as Red Cells in 2016 under its former leader, Omar Saleh.', g);
    expect(has(got, 'Omar Saleh', /^is the former leader of$/, 'Red Cells')).toBe(true);
  });
  it('not: "its leaders" (a plural names no one) nor "its leader" with no person after it', () => {
    expect(atts('Red Cells and its leaders, Omar Saleh and Karim Haddad, were designated.', g).filter((a) => /is the leaders? of/.test(a[1] ?? ''))).toEqual([]);
    expect(atts('Red Cells said its leader would not negotiate with Blue Front.', g).filter((a) => /leader/.test(a[1] ?? ''))).toEqual([]);
  });
});

describe('affiliation (holdout2, holdout9)', () => {
  const g = [entry('Red Cells', 'organization'), entry('RC', 'organization', 'Red Cells'), entry('Omar Saleh', 'person'), entry('Karim Haddad', 'person'), entry('Lina Darwish', 'person')];
  it('"two RC-affiliated individuals (P and Q)": each is affiliated with the group', () => {
    const got = atts('The Department also designated two RC-affiliated individuals (Omar Saleh and Karim Haddad) as Specially Designated Global Terrorists.', g);
    expect(has(got, 'Omar Saleh', /^is affiliated with$/, 'Red Cells')).toBe(true);
    expect(has(got, 'Karim Haddad', /^is affiliated with$/, 'Red Cells')).toBe(true);
  });
  it('"P, a cleric formerly affiliated with G"; "Prosecutors say he was affiliated with P"', () => {
    const got = atts('Police charged eight people, including Omar Saleh, a cleric formerly affiliated with Red Cells.', g);
    expect(has(got, 'Omar Saleh', /^formerly affiliated with$/, 'Red Cells')).toBe(true);
    const got2 = atts('Karim Haddad was sentenced on Friday. Prosecutors say he was affiliated with Lina Darwish and her fighters.', g);
    expect(has(got2, 'Karim Haddad', /affiliated with/, 'Lina Darwish')).toBe(true);
  });
  it('not: no party named ("six gunmen affiliated with G", "an RC-affiliated group was behind the attack")', () => {
    expect(atts('Six gunmen affiliated with Red Cells attacked the school.', g).filter((a) => /affiliated/.test(a[1] ?? ''))).toEqual([]);
    expect(atts('Police said an RC-affiliated group was probably behind the assault on the market.', g).filter((a) => /affiliated/.test(a[1] ?? ''))).toEqual([]);
    expect(atts('Omar Saleh, a cleric affiliated with Red Cells fighters, was arrested.', g).filter((a) => /affiliated/.test(a[1] ?? ''))).toEqual([]);
  });
});

describe('the legal verbs: suspected of, confessed to, indicted, found guilty, plead guilty (holdout, holdout9, holdout11, holdout12)', () => {
  const g = [entry('Red Cells', 'organization'), entry('Blue Front', 'organization'), entry('Green Army', 'organization'), entry('Omar Saleh', 'person'), entry('International Criminal Court', 'organization')];
  it('"it has been suspected of forging ties with A, B and C": each group listed', () => {
    const got = atts('Red Cells is based in the north. Allied with no one since 2012, it has also been suspected of forging ties with Blue Front, Green Army, and the Old Cells.', g);
    expect(has(got, 'Red Cells', /suspected of forging ties with/, 'Blue Front')).toBe(true);
    expect(has(got, 'Red Cells', /suspected of forging ties with/, 'Green Army')).toBe(true);
  });
  it('"the woman, P, survived and later confessed to the bombing": P and the page\'s event', () => {
    const got = atts('Bombing of Flight 100\n\nThe two bombers were traced to the coast. The man died, but the woman, Omar Saleh, survived and later confessed to the bombing.', g, 'Bombing of Flight 100');
    expect(has(got, 'Omar Saleh', /confessed to/, 'Bombing of Flight 100')).toBe(true);
  });
  it('"P was indicted in 2005 for war crimes by the court": the court acted on P', () => {
    const got = atts('Omar Saleh was indicted in 2005 for war crimes and crimes against humanity by the International Criminal Court.', g);
    expect(has(got, 'International Criminal Court', /^indicted for war crimes/, 'Omar Saleh')).toBe(true);
  });
  it('not: "suspected" with no named person before it, nor "indicted" with no offence after it', () => {
    expect(atts('Police sought a 39-year-old man suspected of ramming a truck into the crowd.', g).filter((a) => /suspected/.test(a[1] ?? ''))).toEqual([]);
    expect(atts('Omar Saleh was indicted. Red Cells was not.', g).filter((a) => /indicted/.test(a[1] ?? ''))).toEqual([]);
  });
});
