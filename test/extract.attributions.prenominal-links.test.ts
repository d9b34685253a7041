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

// Same audit: a passive designation of coordinated subjects designates each ("A and B, leaders of G, also were
// designated"), and ", as were C and D" after it designates those too.
describe('coordinated subjects of a passive designation; ", as were C and D"', () => {
  const g2 = [entry('Red Cells', 'organization'), entry('Blue Front', 'organization'), entry('Grey Hand', 'organization'), entry('Omar Kestrel', 'person'), entry('Lina Farrow', 'person')];
  const run = (text: string) => extract(text, { gazetteer: g2, publisher: 'Example News', title: null }).attributions.map(triple);
  it('"A and B were designated, as were C": all three', () => {
    const got = run('The State Department said Red Cells and the Blue Front were designated on Monday, as were Omar Kestrel and Lina Farrow.');
    for (const t of ['Red Cells', 'Blue Front', 'Omar Kestrel', 'Lina Farrow']) expect(got.some((a) => a[1] === 'designated' && a[2] === t)).toBe(true);
  });
  it('"P and Q, leaders of G, also were designated": both people', () => {
    const got = run('The State Department designated Grey Hand in May. Omar Kestrel and Lina Farrow, leaders of Grey Hand, also were designated.');
    expect(got.some((a) => a[1] === 'designated' && a[2] === 'Omar Kestrel')).toBe(true);
    expect(got.some((a) => a[1] === 'designated' && a[2] === 'Lina Farrow')).toBe(true);
  });
  it('not: a verb of sanctioning restated ("A and B were sanctioned because of …"), nor a non-list before the parties', () => {
    const got = run('The State Department said Omar Kestrel and Lina Farrow were sanctioned because of their past actions.');
    expect(got.filter((a) => a[2] === 'Omar Kestrel')).toEqual([]);
  });
});
