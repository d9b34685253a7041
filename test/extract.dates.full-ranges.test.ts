// A period written by two days in full is one range, as the annotated sets write it ("1965-09-22/1968-08-28"):
// with a dash between them ("September 22, 1965 – August 28, 1968", an infobox's term of office), after "from … to"
// or "between … and", and a first day and month before a last day, month and year ("from 11 February to 24 March
// 2013"). The lead's change of the session of 04:47 on 2026-12-07, from holdout8 and holdout13. Sentences written
// for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const dates = (text: string) => extract(text, { gazetteer: [], published: null }).event_dates.map((d) => d.date);

describe('dates: a period written by two days in full', () => {
  it.each([
    ['a dash between two days with their years', 'He served as ambassador September 22, 1965 – August 28, 1968, in the capital.', '1965-09-22/1968-08-28'],
    ['an infobox row', 'Ambassador\nIn office\nSeptember 22, 1965 – August 28, 1968\n\nHe was a diplomat.', '1965-09-22/1968-08-28'],
    ['from … to', 'The siege lasted from March 3, 1990 to June 5, 1992, according to the report.', '1990-03-03/1992-06-05'],
    ['between … and', 'The offensive ran between 3 March 1990 and 5 June 1992 in the north.', '1990-03-03/1992-06-05'],
    ['a first day and month before the last', 'The standoff lasted from 11 February to 24 March 2013 in the district.', '2013-02-11/2013-03-24'],
  ])('%s', (_n, text, range) => {
    const d = dates(text);
    expect(d).toContain(range);
    expect(d).toHaveLength(1);
  });
  it('two days of two events stay two dates', () => {
    expect(dates('The first bomb exploded on March 3, 1990, and the second on June 5, 1992.')).toEqual(['1990-03-03', '1992-06-05']);
  });
  // (the year written once, after the last day, is the last day's: a first month after the last is the year before;
  // branch review4)
  it.each([
    ['after "from … to"', 'The siege lasted from 28 December to 3 January 2011, officials said.'],
    ['with a dash', 'The siege lasted 28 December – 3 January 2011, officials said.'],
  ])('a period across the new year, %s', (_n, text) => {
    expect(dates(text)).toEqual(['2010-12-28/2011-01-03']);
  });
});
