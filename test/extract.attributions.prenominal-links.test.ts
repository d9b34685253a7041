// Branch wild25's fresh-text audit: "<G>-linked X" and "<State>-backed X" before the group they describe (not only
// after it, past a comma): X is linked to G, the state backs X; the name before the hyphen may be of several words
// ("Blue Front-linked"). Sentences written for the tests, each with what must not change.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const g = [entry('Red Cells', 'organization'), entry('Blue Front', 'organization'), entry('Norland', 'place')];
const atts = (text: string) => extract(text, { gazetteer: g, publisher: 'Example News', title: null }).attributions.map(triple);

describe('"<G>-linked" / "<State>-backed" right before the group described', () => {
  it('"the Blue Front-linked militant group Red Cells": Red Cells linked to the Blue Front', () => {
    expect(atts('Officials blamed the Blue Front-linked militant group Red Cells for the ambush on Tuesday.')).toContainEqual(['Red Cells', 'linked to', 'Blue Front']);
  });
  it('"the Norland-backed Red Cells": Norland backs Red Cells', () => {
    expect(atts('Witnesses said the Norland-backed Red Cells shelled the village overnight.')).toContainEqual(['Norland', 'backs', 'Red Cells']);
  });
  it('still: the apposition after a comma ("Red Cells, a Blue Front-linked faction")', () => {
    expect(atts('Red Cells, a Blue Front-linked faction, seized the port.')).toContainEqual(['Red Cells', 'linked to', 'Blue Front']);
  });
  it('not: a verb between the phrase and the next group ("Norland-backed fighters attacked Red Cells")', () => {
    expect(atts('Norland-backed fighters attacked Red Cells near the border.').filter((a) => a[1] === 'backs' || a[1] === 'linked to')).toEqual([]);
  });
});
