// Branch attr32: general passive shapes of perpetration. A time or a place between the passive's verb and its doer
// ("carried out on 3 March 1977 by G", rule `passive_by_when`); "committed by" and "undertaken by" (the active form
// "undertook" as the action); "the assassination" standing for the page's event; "was shot dead by members of the
// G" is no relation of the victim to G (relations.ts). Sentences written for these tests, each with what must not
// change.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const g = [
  entry('Red Dawn Brigade', 'organization'),
  entry('Kofi Baraka', 'person'),
  entry('Anna Bregg', 'person'),
  entry('Ruth Okafor', 'person'),
  entry('Carrville', 'place'),
];
const atts = (text: string, title: string | null = null) => extract(text, { gazetteer: g, publisher: 'Example News', title }).attributions.map(triple);
const PAGE = 'Halvard Hotel bombing\n\nThe Halvard Hotel bombing was a terrorist attack in Carrville in March 1977. ';

describe('a time or a place between a passive and its doer', () => {
  it('"the attack was carried out on <date> by G": G carried out the page\'s event', () => {
    expect(atts(`${PAGE}The attack was carried out on 3 March 1977 by the Red Dawn Brigade.`, 'Halvard Hotel bombing')).toContainEqual(['Red Dawn Brigade', 'carried out', 'Halvard Hotel bombing']);
  });
  it('"… was carried out in the early morning, by G" (a comma before "by")', () => {
    expect(atts('The bombing of the Carrville depot was carried out in the early morning, by the Red Dawn Brigade.')).toContainEqual(['Red Dawn Brigade', 'carried out', 'bombing of the Carrville depot']);
  });
  it('"… was planned in 1976 by P": P planned it', () => {
    expect(atts('The bombing of the Carrville depot was planned in 1976 by Kofi Baraka.')).toContainEqual(['Kofi Baraka', 'planned', 'bombing of the Carrville depot']);
  });
  it('not: no "by" in the clause ("carried out on 3 March in Carrville")', () => {
    expect(atts('The bombing of the Carrville depot was carried out on 3 March in Carrville.')).toEqual([]);
  });
  it('not: a "by" past the clause ("… on 3 March; it was claimed by G" is read once, as a claim)', () => {
    expect(atts('The bombing of the Carrville depot was carried out on 3 March; it was claimed by the Red Dawn Brigade.').filter((t) => t[1] === 'carried out')).toEqual([]);
  });
});

describe('"committed by", "undertaken by"', () => {
  it('"the massacre was committed by G"', () => {
    expect(atts('The massacre in Carrville was committed by the Red Dawn Brigade.')).toContainEqual(['Red Dawn Brigade', 'committed', 'massacre in Carrville']);
  });
  it('"the assassination was undertaken by members of G" on the page of that assassination: G undertook it', () => {
    const text = 'Assassination of Ruth Okafor\n\nThe assassination of Ruth Okafor took place in Carrville in 1971. The assassination was undertaken by members of the Red Dawn Brigade.';
    expect(atts(text, 'Assassination of Ruth Okafor')).toContainEqual(['Red Dawn Brigade', 'undertook', 'Assassination of Ruth Okafor']);
  });
  it('not: "undertaken by" a study ("a survey undertaken by G") is no act of violence', () => {
    expect(atts('A survey of Carrville was undertaken by the Red Dawn Brigade.')).toEqual([]);
  });
});

describe('a passive whose doer is a noun phrase holding the party', () => {
  it('"P was shot dead by members of G": G\'s members did it, P is no actor', () => {
    const a = atts('Anna Bregg was shot dead by members of the Red Dawn Brigade.');
    expect(a.filter((t) => t[0] === 'Anna Bregg')).toEqual([]);
    expect(a).toContainEqual(['members of the Red Dawn Brigade', 'shot dead', 'Anna Bregg']);
  });
  it('still: "G was founded by P" (the party right after "by")', () => {
    expect(atts('The Red Dawn Brigade was founded by Kofi Baraka.')).toContainEqual(['Kofi Baraka', 'founded', 'Red Dawn Brigade']);
  });
});

describe('the doers of an event page\'s event as the text describes them', () => {
  const PAGE2 = 'Halvard Hotel siege\n\nThe Halvard Hotel siege was a hostage-taking in Carrville in March 1977. ';
  const pageAtts = (s: string) => atts(`${PAGE2}${s}`, 'Halvard Hotel siege');
  it('"the hostage-takers killed several children": their act in the page\'s event', () => {
    expect(pageAtts('During the siege, the hostage-takers killed several children with grenades.')).toContainEqual(['the hostage-takers', 'killed several children with grenades', 'Halvard Hotel siege']);
  });
  it('"The gunmen killed two guards …"', () => {
    expect(pageAtts('The gunmen killed two guards and took twenty guests hostage.')).toContainEqual(['the gunmen', 'killed two guards and took twenty guests hostage', 'Halvard Hotel siege']);
  });
  it('not: a standing body ("The army killed two guards")', () => {
    expect(pageAtts('The army killed two guards.')).toEqual([]);
  });
  it('not: off an event\'s page ("the gunmen killed two guards" in a report)', () => {
    expect(atts('Police said the gunmen killed two guards in Carrville.')).toEqual([]);
  });
  it('still: a named group\'s act ("the Red Dawn Brigade killed two guards")', () => {
    expect(pageAtts('The Red Dawn Brigade killed two guards.').filter((t) => t[0] === 'Red Dawn Brigade')).toHaveLength(1);
  });
});
