// A statement of support or solidarity is for the party named after its description: "P reiterated the support
// of the United Nations to the Government and people of X" → P, X (holdout7, holdout8); "G reiterated their full
// support to Y" (holdout4); "P stands in solidarity with the people and Government of X" (holdout5). The party
// after "support of" is whose support it is, not what P relates to. Sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const atts = (text: string, gazetteer: ReturnType<typeof entry>[]) =>
  extract(text, { gazetteer, publisher: 'UN News', title: null }).attributions.map(triple);

describe('stated support: its target is the party it is for', () => {
  const g = [entry('Maria Lindqvist', 'person'), entry('United Nations', 'organization'), entry('Ruritania', 'place'), entry('Northern Relief Mission', 'organization'), entry('Security Council', 'organization')];
  it('"… the support of the United Nations to the Government and people of X": X, and not the United Nations', () => {
    const got = atts('The spokesman added that Maria Lindqvist reiterates the support of the United Nations to the Government and people of Ruritania in their efforts to counter violent extremism.', g);
    expect(got.some((a) => a[0] === 'Maria Lindqvist' && a[2] === 'Ruritania' && /support of the United Nations to/.test(a[1] ?? ''))).toBe(true);
    expect(got.filter((a) => a[0] === 'Maria Lindqvist' && a[2] === 'United Nations')).toEqual([]);
  });
  it('"… to the X Government and people": X', () => {
    const got = atts('Maria Lindqvist reiterated the support of the United Nations to the Ruritania Government and people after the bombing.', g);
    expect(got.some((a) => a[0] === 'Maria Lindqvist' && a[2] === 'Ruritania')).toBe(true);
  });
  it('"reiterated their full support to G": G', () => {
    const got = atts('The members of the Security Council reiterated their full support to the Northern Relief Mission.', g);
    expect(got.some((a) => /Security Council$/.test(a[0] ?? '') && a[1] === 'reiterated their full support to' && a[2] === 'Northern Relief Mission')).toBe(true);
  });
  it('"stands in solidarity with the people and Government of X": X', () => {
    const got = atts('Maria Lindqvist stands in solidarity with the people and Government of Ruritania in this time of grief.', g);
    expect(got.some((a) => a[0] === 'Maria Lindqvist' && a[1] === 'stands in solidarity with the people and Government of' && a[2] === 'Ruritania')).toBe(true);
  });
  it('not: support for those the text does not name ("to the families of the victims in X")', () => {
    const got = atts('Maria Lindqvist expressed her solidarity with the families of the victims in Ruritania.', g);
    expect(got.filter((a) => a[0] === 'Maria Lindqvist')).toEqual([]);
  });
  it('not: "the support of the United Nations" with no one it is for', () => {
    const got = atts('Maria Lindqvist reiterated the support of the United Nations.', g);
    expect(got.filter((a) => a[0] === 'Maria Lindqvist')).toEqual([]);
  });
  it('unchanged: "received the support of X" still relates the two', () => {
    const got = atts('The Northern Relief Mission received the support of Ruritania for years.', g);
    expect(got.some((a) => a[0] === 'Northern Relief Mission' && a[2] === 'Ruritania')).toBe(true);
  });
});
