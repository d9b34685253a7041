// Branch wild17: the year closing a statute's title ("the Explosive Substances Act, 1908", "the Public Safety Act
// of 1994") is a part of the law's name, not an event date: left out of event_dates (still in dates). Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const events = (text: string, published: string | null = null) => extract(text, { gazetteer: [], published }).event_dates.map((d) => d.date);
const all = (text: string, published: string | null = null) => extract(text, { gazetteer: [], published }).dates.map((d) => d.date);

describe('event_dates: a statute’s year', () => {
  it.each([
    ['"Act, YYYY"', 'The police charged him on 3 March 2019 under the Explosive Substances Act, 1908.', ['2019-03-03']],
    ['"Act of YYYY"', 'Under the Public Safety Act of 1994, the minister banned the front in 2002.', ['2002']],
    ['an Ordinance', 'The group was proscribed in June 2015 under the Security Ordinance, 1960.', ['2015-06']],
  ])('%s', (_n, text, want) => {
    expect(events(text)).toEqual(want);
    expect(all(text).length).toBeGreaterThan(want.length);
  });
  // what must not change
  it.each([
    ['a law passed in a year', 'Parliament passed the act in 1994 after the bombing.', ['1994']],
    ['a year after a capitalised "Act" of a play', 'In Act II the hero returns; the play opened in 1994.', ['1994']],
    ['a comma and a year after another name', 'He joined the Northern Front, 1998 saw its first attack.', ['1998']],
  ])('not: %s', (_n, text, want) => {
    expect(events(text)).toEqual(want);
  });
});
