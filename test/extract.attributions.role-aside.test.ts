// A role in apposition after a bracketed aside: "P (AKA Q), a member of G", "P (born 1950), a leader of G" are read
// as "P, a member of G" is (branch attr4: retired pooled attributions 516/167/727 → 517/167/726).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const g = [entry('Red Cells', 'organization'), entry('Omar Kestrel', 'person'), entry('Lina Farrow', 'person'), entry('Norland', 'place')];
const atts = (text: string) => extract(text, { gazetteer: g, publisher: 'Example Wiki' }).attributions.map(triple);

describe('a role after a bracketed aside', () => {
  it('"P (AKA Q), a member of G"; "P (born 1950), a senior leader of G"', () => {
    expect(atts('A truck driven by Omar Kestrel (AKA Bagzi), a member of the Red Cells, an armed group, forced the car off the road.')).toContainEqual(['Omar Kestrel', 'is a member of', 'Red Cells']);
    expect(atts('Lina Farrow (born 1950), a senior leader of the Red Cells, was arrested in Norland.')).toContainEqual(['Lina Farrow', 'is a senior leader of', 'Red Cells']);
  });
  it('not: a bracket that holds a clause, or no person before it', () => {
    expect(atts('The group met Omar Kestrel (who had left the city after the attacks of the previous year in the north of Norland), a member of the Red Cells.').filter((a) => a[0] === 'Omar Kestrel')).toEqual([]);
    expect(atts('The car (a stolen sedan), a member of the Red Cells said, was found in Norland.')).toEqual([]);
  });
});
