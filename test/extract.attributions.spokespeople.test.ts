// A person's role as a group's spokesman, spokeswoman or spokesperson is read as the other roles are ("P, a senior
// leader of G", "G leader P"): "P, a spokesman for G" and "G spokesperson P". Sentences from the retired sets
// (holdout6/07, holdout7/07), each with what must not change.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const g = [entry('Red Cells', 'organization'), entry('Omar Kestrel', 'person'), entry('Lina Farrow', 'person'), entry('Norland', 'place')];
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
