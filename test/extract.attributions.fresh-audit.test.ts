// Branch wild4's fresh-text audit: "armed" as an adjective ("armed forces", "the armed wing of") is no act of
// arming, and a counted group sentenced or charged in the passive is named without the auxiliaries before
// "been"/"be" ("Two … men have been sentenced", "nine men who will be sentenced"). Sentences written for the
// tests, each with what must not change.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const atts = (text: string, gazetteer: ReturnType<typeof entry>[]) =>
  extract(text, { gazetteer, publisher: 'Voice of America', title: null }).attributions.map(triple);

describe('"armed" before a noun it describes is an adjective, not a verb of support', () => {
  const g = [entry('Red Cells', 'organization'), entry('Blue Front', 'organization')];
  it('"the armed wing of G": no "armed"', () => {
    const got = atts('Red Cells, the armed wing of the Blue Front, began its campaign in 1990.', g);
    expect(got.filter((a) => a[1] === 'armed')).toEqual([]);
  });
  it('"sided with armed forces in the war against G": no "armed"', () => {
    const got = atts('Violence fell after local tribes sided with government armed forces in the war against Red Cells.', g);
    expect(got.filter((a) => a[1] === 'armed')).toEqual([]);
  });
  it('not: "X armed G", "X armed and trained G" stay acts of arming', () => {
    expect(atts('The Blue Front armed Red Cells in the 1990s.', g).some((a) => a[0] === 'Blue Front' && a[1] === 'armed' && a[2] === 'Red Cells')).toBe(true);
    expect(atts('The Blue Front armed and trained Red Cells.', g).some((a) => a[0] === 'Blue Front' && a[1] === 'armed' && a[2] === 'Red Cells')).toBe(true);
  });
});

describe('a counted group in a passive of sentence or charge: the group without auxiliaries', () => {
  const g = [entry('Red Cells', 'organization')];
  it('"Two more men have been sentenced …": "Two more men"', () => {
    const got = atts('Two more Ruritanian men have been sentenced to prison for conspiring to provide material support to Red Cells.', g);
    expect(got.some((a) => a[0] === 'Two more Ruritanian men' && a[2] === 'Red Cells')).toBe(true);
    expect(got.filter((a) => /\bhave$/.test(a[0] ?? ''))).toEqual([]);
  });
  it('"nine men who will be sentenced …": "nine men"', () => {
    const got = atts('The three are part of a larger group of nine men who will be sentenced in federal court this week for their attempts to aid Red Cells.', g);
    expect(got.some((a) => a[0] === 'nine men' && a[2] === 'Red Cells')).toBe(true);
    expect(got.filter((a) => /\bwill$/.test(a[0] ?? ''))).toEqual([]);
  });
  it('not: "Three men were sentenced …" unchanged', () => {
    const got = atts('Three men were sentenced on Monday for conspiring to support Red Cells.', g);
    expect(got.some((a) => a[0] === 'Three men' && a[2] === 'Red Cells')).toBe(true);
  });
});

describe('"X, the armed wing of Y": the branch relation keeps the words that describe the branch', () => {
  const g = [entry('Red Cells', 'organization'), entry('Blue Front', 'organization')];
  it('"the armed wing of": "is the armed wing of"', () => {
    const got = atts('Red Cells, the armed wing of the Blue Front, began its campaign in 1990.', g);
    expect(got).toContainEqual(['Red Cells', 'is the armed wing of', 'Blue Front']);
  });
  it('"the youth wing of": "is the youth wing of"', () => {
    const got = atts('Red Cells, the youth wing of the Blue Front, held a summer camp.', g);
    expect(got).toContainEqual(['Red Cells', 'is the youth wing of', 'Blue Front']);
  });
});

describe('"P, an G official", "P is an G associate": the role nouns official, associate, operative', () => {
  const g = [entry('Red Cells', 'organization'), entry('Omar Saleh', 'person')];
  it('"P, a Red Cells official who …": "is a … official of"', () => {
    const got = atts('The designated men include Omar Saleh, a Red Cells official who facilitates travel.', g);
    expect(got.some((a) => a[0] === 'Omar Saleh' && /official of$/.test(a[1] ?? '') && a[2] === 'Red Cells')).toBe(true);
  });
  it('"P is a Red Cells associate who planned …": "is an associate of"', () => {
    const got = atts('Omar Saleh is a Red Cells associate who planned the 2015 museum attack.', g);
    expect(got.some((a) => a[0] === 'Omar Saleh' && /associate of$/.test(a[1] ?? '') && a[2] === 'Red Cells')).toBe(true);
  });
});
