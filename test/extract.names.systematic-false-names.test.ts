// Names that were false on any text, read from the retired sets' false positives (the lead's change of the session
// of 07:26 on 2026-12-07): an infobox label's words ("Active region(s)") name nothing; a name with a model's
// number ("Douglas DC-8") is no person; a leader's name and "Government"/"Administration" is a body, not a person
// ("the Morrison Government"); "Correspondent" is a title; a "Stock Exchange" is a body. Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const x = (text: string) => extract(text, { gazetteer: [], published: null });

describe('false names', () => {
  it('an infobox label names no place', () => {
    const r = x('Tarvek\nActive region(s) Uruguay\nIdeology Communism');
    expect(r.places).toEqual(['Uruguay']);
    expect(r.mentions.some((m) => m.text === 'Active')).toBe(false);
  });
  it('a model with a number is no person', () => {
    expect(x('The plane was a Douglas DC-8 jet.').people).toEqual([]);
    // (a given name's second syllable after a hyphen still is)
    expect(x('Kim Jong-un spoke at the rally.').people).toEqual(['Kim Jong-un']);
  });
  it('a leader\'s government is a body', () => {
    const r = x('The Kessler Government listed the group in March.');
    expect(r.people).toEqual([]);
    expect(r.organisations).toEqual(['Kessler Government']);
    expect(x('The Reagan Administration agreed.').organisations).toEqual(['Reagan Administration']);
  });
  it('a government by its kind is not named so', () => {
    expect(x('The Federal Government denied it.').organisations).toEqual([]);
  });
  it('"Correspondent" is a title, not a word of the name', () => {
    expect(x('The report is by Correspondent Steve Herman.').people).toEqual(['Steve Herman']);
  });
  it('a stock exchange is a body', () => {
    const r = x('Shares fell on the Varna Stock Exchange on Monday.');
    expect(r.people).toEqual([]);
    expect(r.organisations).toEqual(['Varna Stock Exchange']);
  });
});

describe('a demonym in an armed group\'s name', () => {
  it('a demonym, a name\'s own word and "Army" keep the demonym', () => {
    expect(x('The Japanese Red Army attacked the embassy.').organisations).toEqual(['Japanese Red Army']);
    expect(x('The Syrian Arab Army advanced on the town.').organisations).toEqual(['Syrian Arab Army']);
  });
  it('not generic words', () => {
    expect(x('Afghan Security Forces withdrew from the town.').organisations).toEqual([]);
  });
});
