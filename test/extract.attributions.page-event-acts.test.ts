// On a page about one event, an act of its doers against people no name identifies ("G massacred 62 people") is
// about the page's event, as the golds of such pages write it (branch attr4: retired pooled attributions
// 509/164/734 → 510/162/733). A headline that suspects someone names no event.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const g = [entry('Red Cells', 'organization'), entry('Omar Kestrel', 'person'), entry('Norland', 'place'), entry('Harlow', 'place')];
const atts = (text: string) => extract(text, { gazetteer: g, publisher: 'Example Wiki' }).attributions.map(triple);

describe('acts against people on an event\'s page', () => {
  it('"G massacred 40 people" on the page "Harlow market massacre": the page\'s event', () => {
    const page = '= Harlow market massacre =\n\nThe Harlow market massacre took place in Norland in 1990. In the morning attack, Red Cells massacred 40 people.';
    expect(atts(page)).toContainEqual(['Red Cells', 'massacred 40 people', 'Harlow market massacre']);
  });
  it('not: a victim named; a page about no event; a headline that suspects someone', () => {
    const named = '= Harlow market massacre =\n\nThe Harlow market massacre took place in Norland in 1990. Red Cells kidnapped Omar Kestrel.';
    expect(atts(named)).toContainEqual(['Red Cells', 'kidnapped Omar Kestrel', 'Omar Kestrel']);
    expect(atts('Red Cells\n\nRed Cells is a militant group in Norland. Red Cells killed 12 people in 1990.')).toContainEqual(['Red Cells', 'killed 12 people in 1990', 'people']);
    const headline = 'Police Suspect Red Cells in Bombing\n\nRed Cells killed 12 people in Harlow.';
    expect(atts(headline).map((t) => t[2])).not.toContain('Police Suspect Red Cells in Bombing');
  });
});

describe('acts described before "by" on an event\'s page (branch attr4: 522/159/721 → 523/158/720)', () => {
  it('"The Harlow attacks were two coordinated bomb attacks by G": the page\'s event', () => {
    const page = '= 1990 Harlow attacks =\n\nThe 1990 Harlow attacks were two coordinated bomb attacks by the Red Cells in Norland.';
    expect(atts(page)).toContainEqual(['Red Cells', 'carried out', '1990 Harlow attacks']);
  });
  it('not: on a page about no event, the acts as written; a named act stays named', () => {
    expect(atts('Red Cells\n\nIn 1990 there were two coordinated bomb attacks by the Red Cells in Norland.')).toContainEqual(['Red Cells', 'carried out', 'two coordinated bomb attacks']);
    const named = '= 1990 Harlow attacks =\n\nThe 1990 Harlow attacks followed the Norland Bridge bombing by the Red Cells.';
    expect(atts(named).map((a) => a[2])).not.toContain('1990 Harlow attacks');
  });
});
