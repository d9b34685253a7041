// Dates relative to a year the text has given: "in May of the following year" is that month of the year
// (not the bare year, nor May of the published year), and "that same year" dates another event of the
// year, so event_dates lists it even where the year is listed already. Sentences written for these rules.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string, published: string | null = null) => extract(text, { gazetteer: [], published });
const dates = (text: string, published: string | null = null) => run(text, published).dates.map((d) => [d.text, d.date]);
const events = (text: string, published: string | null = null) => run(text, published).event_dates.map((d) => d.date);

describe('dates relative to a year of the text', () => {
  it.each([
    ['a month of the same year', 'The strike of 2001 ended in September of the same year.', null, [['2001', '2001'], ['September of the same year', '2001-09']]],
    ['a month of the following year', 'The dam failed on 4 March 1988. In May of the following year, the town was rebuilt.', null, [['4 March 1988', '1988-03-04'], ['May of the following year', '1989-05']]],
    ['a month of that same year, not the published year', 'Riots broke out in 2003, and in June of that same year the cabinet fell.', '2010-01-01', [['2003', '2003'], ['June of that same year', '2003-06']]],
    ['"on <month> of the same year"', 'A car bomb hit the avenue on 2 May 1990, before the arrest on October of the same year of its planner.', null, [['2 May 1990', '1990-05-02'], ['October of the same year', '1990-10']]],
  ])('%s', (_n, text, published, want) => {
    expect(dates(text, published)).toEqual(want);
  });
  it('"that same year" is listed as another event of the year', () => {
    expect(events('A blast in the capital in 2006 killed nine. Bombings in the port killed twelve that same year.')).toEqual(['2006', '2006']);
  });
  // what must not change
  it.each([
    ['"the following year" alone is a year', 'The plant was bombed in 1995 and rebuilt the following year.', null, [['1995', '1995'], ['the following year', '1996']]],
    ['a month alone after "in" still takes the published year', 'The minister resigned in June.', '2008-07-08', [['June', '2008-06']]],
    ['"of" and another word after a month is no relative date', 'In June of each year the talks resume.', '2008-07-08', [['June', '2008-06']]],
  ])('not: %s', (_n, text, published, want) => {
    expect(dates(text, published)).toEqual(want);
  });
});
