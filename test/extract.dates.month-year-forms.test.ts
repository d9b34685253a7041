// Branch wild17: a month's name joined to its year by "of" or a hyphen ("in December of 2019", "in March-2023") is
// read at the month's precision (2019-12), not as the bare year; "July of that year" then takes the month too.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const events = (text: string, published: string | null = null) => extract(text, { gazetteer: [], published }).event_dates.map((d) => d.date);

describe('event_dates: "Month of YYYY", "Month-YYYY"', () => {
  it.each([
    ['"of"', 'In December of 2018, a man from Ohio was arrested at the airport.', ['2018-12']],
    ['"of", then "of that year"', 'He was charged in October of 2016. In May of that year he had flown to Turkey.', ['2016-10', '2016-05']],
    ['a hyphen', 'The agency filed a chargesheet in April-2022 and registered the case in June-2021.', ['2022-04', '2021-06']],
    ['an abbreviation with a hyphen', 'The module was busted in Sept-2020.', ['2020-09']],
  ])('%s', (_n, text, want) => {
    expect(events(text)).toEqual(want);
  });
  // what must not change
  it.each([
    ['the usual form', 'He was arrested in December 2018 in Ohio.', ['2018-12']],
    ['a month with a comma', 'He was arrested in December, 2018 in Ohio.', ['2018-12']],
    ['a verb "may" and a year', 'Officials said the group may in 2019 have moved south.', ['2019']],
    ['a number after "March of"', 'The March of 1000 mothers reached the capital in 2011.', ['2011']],
  ])('not: %s', (_n, text, want) => {
    expect(events(text)).toEqual(want);
  });
});
