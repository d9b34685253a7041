// Two passives sharing their act ("The attack was carried out by P and allegedly planned by Q": Q planned the attack,
// not "attack was carried out by P and allegedly"; claims/shape-support.ts), and "both" before a plural role ("P …
// and Q, both members of G": each a member, "is a member of"; claims/shape-roles.ts). Branch attr31, holdout19/09.
// Sentences written for these tests, each with what must not change.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const g = [entry('Marcus Feld', 'person'), entry('Ivo Brandt', 'person'), entry('Otto Kern', 'person'), entry('Ostland Workers Party', 'organization'), entry('Ostland', 'place')];
const atts = (text: string, title?: string) => extract(text, { gazetteer: g, publisher: 'Example Wiki', title }).attributions.map(triple);

describe('a second passive sharing the first one\'s act', () => {
  it('"The attack was carried out by P and allegedly planned by Q": Q planned the attack', () => {
    const a = atts('The attack was carried out by Marcus Feld and allegedly planned by Ivo Brandt.');
    expect(a).toContainEqual(['Marcus Feld', 'carried out', 'attack']);
    expect(a).toContainEqual(['Ivo Brandt', 'planned', 'attack']);
  });
  it('on the page of the event: the page\'s event', () => {
    const page = 'Assassination of Otto Kern\n\nThe assassination of Otto Kern took place in Ostland in 1982. The attack was carried out by Marcus Feld and allegedly planned by Ivo Brandt.';
    expect(atts(page, 'Assassination of Otto Kern')).toContainEqual(['Ivo Brandt', 'planned', 'Assassination of Otto Kern']);
  });
  it('not: a single passive keeps its act', () => {
    expect(atts('The bombing of the Ostland ferry was planned by Ivo Brandt.')).toContainEqual(['Ivo Brandt', 'planned', 'bombing of the Ostland ferry']);
  });
});

describe('"both" before a plural role', () => {
  it('"P and Q, both members of G": each is a member', () => {
    const a = atts('Marcus Feld and Ivo Brandt, both members of the Ostland Workers Party, were arrested in 1990.');
    expect(a).toContainEqual(['Marcus Feld', 'is a member of', 'Ostland Workers Party']);
    expect(a).toContainEqual(['Ivo Brandt', 'is a member of', 'Ostland Workers Party']);
  });
  it('"carried out by P and planned by Q, both members of G": each is a member', () => {
    const a = atts('The attack was carried out by Marcus Feld and allegedly planned by Ivo Brandt, both members of the Ostland Workers Party.');
    expect(a).toContainEqual(['Marcus Feld', 'is a member of', 'Ostland Workers Party']);
    expect(a).toContainEqual(['Ivo Brandt', 'is a member of', 'Ostland Workers Party']);
  });
  it('not: one person with a plural role ("P, one of the members of G") gives no second', () => {
    const a = atts('Otto Kern met Ivo Brandt, one of the leaders of the Ostland Workers Party, in 1990.');
    expect(a.filter((t) => t[0] === 'Otto Kern' && t[2] === 'Ostland Workers Party')).toEqual([]);
  });
});
