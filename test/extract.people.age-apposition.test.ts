// Branch wild9 (audit of people on fresh news texts and court releases): an age set off by commas right after
// a name of two or three capitalised words ("X Y, 22,", "X Y, a 19-year-old …", "…, and X Y, 20.") says the
// name is a person's, whether or not a list knows its given name. Written sentences of the shapes the fresh
// texts had.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const x = (text: string) => extract(text, { gazetteer: [] });

describe('an age in apposition after a name', () => {
  it('makes an unknown two-word name a person (", a 19-year-old")', () => {
    expect(x('Yazariah Obdin, a 19-year-old U.S. citizen, first opened a social media account in 2017.').people).toEqual(['Yazariah Obdin']);
  });
  it('and with the age alone between commas (", 22,")', () => {
    expect(x('Colt Ridgely, 22, of Stow, pleaded guilty.').people).toEqual(['Colt Ridgely']);
    expect(x('Yazariah Obdin, 19, pleaded guilty.').people).toEqual(['Yazariah Obdin']);
  });
  it('and at the end of a list of the accused (", 20.")', () => {
    expect(x('The accused are Hanad Mursal Odowaa, 21; and Guled Warfa Omar, 20. All are from the city.').people).toEqual(['Hanad Mursal Odowaa', 'Guled Warfa Omar']);
  });
  it('but not after a place, a body or a year', () => {
    expect(x('The gunmen struck Kaduna State, 22, in the north.').people).toEqual([]);
    expect(x('Police said in Maiduguri, 2019, that the road was shut.').people).toEqual([]);
  });
});
