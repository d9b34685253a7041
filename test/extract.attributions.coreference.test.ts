// Coreference for attribution parties (src/extract/claims/coref.ts, branch attr17): a cue's subject, object or
// possessor given as a pronoun or a definite description ("the rebels", "the government", "blamed it for", "the
// group's members") stands for the last named party of a compatible kind nearby; no link when two parties are as
// near, when the description's head names another kind of party, or across a heading. Sentences written for the
// tests (invented names), each with what must not happen.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const run = (text: string, gazetteer: ReturnType<typeof entry>[]) => extract(text, { gazetteer, publisher: 'Example News', title: null });
const atts = (text: string, gazetteer: ReturnType<typeof entry>[]) => run(text, gazetteer).attributions.map(triple);
const g = [
  entry('Red Cells', 'organization'),
  entry('Black Dawn Front', 'organization'),
  entry('Mountain Liberation Army', 'organization'),
  entry('Interior Ministry', 'organization'),
  entry('Omar Saleh', 'person'),
  entry('Karim Haddad', 'person'),
];

describe('an object pronoun after a verb of blame or accusation ("blamed it for")', () => {
  it('"…, which blamed it for the attack": the group the sentence before named', () => {
    const got = atts('Black Dawn Front is also the name of a group in the north. That group was banned on Friday by the Interior Ministry, which blamed it for a 2019 attack on the court house in Kodor.', g);
    expect(got.some((a) => a[0] === 'Black Dawn Front' && a[1] === 'blamed for' && /attack on the court house/.test(a[2] ?? ''))).toBe(true);
    expect(got.filter((a) => a[0] === 'Interior Ministry' && a[1] === 'blamed for')).toEqual([]);
  });
  it('not: two groups as near, neither the sentence\'s subject', () => {
    const got = atts('On Monday, officials met with Red Cells and Black Dawn Front. The Interior Ministry later blamed it for the bombing of the Kodor bridge.', g);
    expect(got.filter((a) => a[1] === 'blamed for')).toEqual([]);
  });
  it('"accused them of …": the group named before', () => {
    const got = atts('Red Cells has operated in the north since 2001. The Interior Ministry accused them of planning the bombing of the Kodor bridge.', g);
    expect(got.some((a) => a[0] === 'Red Cells' && /^accused of/.test(a[1] ?? '') && /Kodor bridge/.test(a[2] ?? ''))).toBe(true);
  });
});

describe('a definite description as the subject ("the rebels", "the government")', () => {
  it('"The rebels claimed responsibility …": the armed group named before', () => {
    const got = atts('The Mountain Liberation Army was formed in 1998 in the hills above Kodor. The rebels claimed responsibility for the bombing of the Kodor bridge.', g);
    expect(got).toContainEqual(['Mountain Liberation Army', 'claimed responsibility for', 'bombing of the Kodor bridge']);
  });
  it('not: a government body for "the rebels" (the head names another kind of party)', () => {
    const got = atts('The Interior Ministry announced new measures on Monday. The rebels claimed responsibility for the bombing of the Kodor bridge.', g);
    expect(got.filter((a) => a[0] === 'Interior Ministry')).toEqual([]);
  });
  it('not across a heading', () => {
    const got = atts('The Mountain Liberation Army was formed in 1998.\n\nAttacks in the north\n\nThe rebels claimed responsibility for the bombing of the Kodor bridge.', g);
    expect(got.filter((a) => a[1] === 'claimed responsibility for')).toEqual([]);
  });
  it('"the government" stands for the state named before (a state, not a group)', () => {
    const x = run('Chad closed its eastern border on Monday. The government blamed Red Cells for the bombing of the Kodor bridge.', g);
    const c = x.claims.find((c) => c.subject.name === 'Red Cells' && c.predicate === 'perpetrated');
    expect(c?.claimant.name).toBe('Chad');
  });
  it('not: "the government" where no state is named nearby', () => {
    const x = run('Red Cells has operated in the north since 2001. The government blamed Black Dawn Front for the bombing of the Kodor bridge.', g);
    const c = x.claims.find((c) => c.subject.name === 'Black Dawn Front' && c.predicate === 'perpetrated');
    expect(c?.claimant.name).not.toBe('Red Cells');
  });
});

describe('a possessive anaphor opening the subject ("The group\'s members …")', () => {
  it('"The group\'s members and leaders have carried out attacks …": the group\'s act', () => {
    const got = atts('Red Cells is a militant group based in the north. The group\'s members and leaders have carried out attacks on police stations in Kodor.', g);
    expect(got.some((a) => a[0] === 'Red Cells' && a[1] === 'carried out' && /police stations/.test(a[2] ?? ''))).toBe(true);
  });
  it('not: a possessive whose antecedent is no group', () => {
    const got = atts('Omar Saleh lives in the north. The group\'s members and leaders have carried out attacks on police stations in Kodor.', g);
    expect(got.filter((a) => a[1] === 'carried out')).toEqual([]);
  });
});

describe('a passive accusation: "P has been accused by A of …"', () => {
  it('"He has been accused by prosecutors of ordering …": the person named before is the accused', () => {
    const got = atts('Omar Saleh founded Red Cells in 2001. He has been accused by prosecutors of ordering the bombing of the Kodor bridge.', g);
    expect(got.some((a) => a[0] === 'Omar Saleh' && a[1] === 'accused of ordering' && /Kodor bridge/.test(a[2] ?? ''))).toBe(true);
  });
  it('a named accused: "Red Cells has been accused by the Interior Ministry of …" (the ministry is no accused)', () => {
    const got = atts('Red Cells has been accused by the Interior Ministry of being involved with smugglers in the north.', g);
    expect(got.some((a) => a[0] === 'Red Cells' && /^accused of/.test(a[1] ?? ''))).toBe(true);
    expect(got.filter((a) => a[0] === 'Interior Ministry')).toEqual([]);
  });
  it('not a second attribution for "accused by A of being behind X" (the rule of "behind" states it)', () => {
    const got = atts('Red Cells has also been accused by the police of being behind the bombing of the Kodor bridge.', g);
    expect(got.filter((a) => a[0] === 'Red Cells' && /^accused/.test(a[1] ?? ''))).toEqual([]);
    expect(got.some((a) => a[0] === 'Red Cells' && a[1] === 'behind')).toBe(true);
  });
});

describe('"the agency", and a description before an act on people', () => {
  const ga = [...g, entry('Federal Intelligence Agency', 'organization')];
  it('"The agency blamed …": the body named before whose name is an agency\'s is the claimant', () => {
    const x = run('The Federal Intelligence Agency opened an inquiry on Monday. The agency blamed Red Cells for the bombing of the Kodor bridge.', ga);
    expect(x.claims.find((c) => c.subject.name === 'Red Cells' && c.predicate === 'perpetrated')?.claimant.name).toBe('Federal Intelligence Agency');
  });
  it('not: "the agency" for a body that is no agency', () => {
    const x = run('The Interior Ministry opened an inquiry on Monday. The agency blamed Red Cells for the bombing of the Kodor bridge.', ga);
    expect(x.claims.find((c) => c.subject.name === 'Red Cells' && c.predicate === 'perpetrated')?.claimant.name).not.toBe('Interior Ministry');
  });
  it('"The rebels have kidnapped …": the armed group named before', () => {
    const got = atts('The Mountain Liberation Army was formed in 1998. The rebels have kidnapped two aid workers near Kodor.', g);
    expect(got.some((a) => a[0] === 'Mountain Liberation Army' && /^kidnapped/.test(a[1] ?? ''))).toBe(true);
  });
  it('not: "the rebels" after a person alone', () => {
    const got = atts('Omar Saleh visited Kodor in 1998. The rebels have kidnapped two aid workers near Kodor.', g);
    expect(got.filter((a) => /^kidnapped/.test(a[1] ?? ''))).toEqual([]);
  });
});
