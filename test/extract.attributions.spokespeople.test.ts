// A person's role as a group's spokesman, spokeswoman or spokesperson is read as the other roles are ("P, a senior
// leader of G", "G leader P"): "P, a spokesman for G" and "G spokesperson P". Sentences from the retired sets
// (holdout6/07, holdout7/07), each with what must not change.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const g = [entry('Red Cells', 'organization'), entry('Omar Kestrel', 'person'), entry('Lina Farrow', 'person'), entry('Norland', 'place'), entry('Ministry of Interior', 'organization'), entry('State Security Service', 'organization')];
const atts = (text: string) => extract(text, { gazetteer: g, publisher: 'Example News' }).attributions.map(triple);

describe('a group\'s spokesperson (holdout6, holdout7)', () => {
  it('"P, a spokesman for G"; "G spokesperson P"', () => {
    expect(atts('Omar Kestrel, a spokesman for the Red Cells, says more than 50 people were killed.')).toContainEqual(['Omar Kestrel', 'is a spokesman for', 'Red Cells']);
    expect(atts('"We deny it," Red Cells spokesperson Lina Farrow tweeted on Monday.')).toContainEqual(['Lina Farrow', 'is spokesperson of', 'Red Cells']);
  });
  it('not: a spokesman of a place or of no one named; an office\'s spokesperson', () => {
    expect(atts('Omar Kestrel, a spokesman for the government of Norland, said the claims are baseless.')).toEqual([]);
    expect(atts('A military spokesman says the army killed five guerrillas.')).toEqual([]);
    expect(atts('The Office of the Spokesperson released the statement.')).toEqual([]);
  });
});

describe('a government office\'s spokesperson or head (branch attr4)', () => {
  it('not: "P, a spokesman for the Ministry of Interior", "P, the head of the Ministry of Interior"', () => {
    expect(atts('Omar Kestrel, a spokesman for the Ministry of Interior, said the claims are baseless.')).toEqual([]);
    expect(atts('Lina Farrow, the head of the Ministry of Interior, visited the site.')).toEqual([]);
  });
  it('still: a group\'s spokesman, an agency\'s head', () => {
    expect(atts('Omar Kestrel, a spokesman for the Red Cells, said the claims are baseless.')).toContainEqual(['Omar Kestrel', 'is a spokesman for', 'Red Cells']);
    expect(atts('Lina Farrow, the head of the State Security Service, visited the site.')).toContainEqual(['Lina Farrow', 'is the head of', 'State Security Service']);
  });
});
