// Yearless dates where the published day is unknown or only a year or month (an archive's snapshot,
// "2020-06"): the text's own last date before them that names a month fixes their year, before the
// published year. Where the published day is known, it still decides. Sentences written for these rules.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string, published: string | null = null) => extract(text, { gazetteer: [], published });
const dates = (text: string, published: string | null = null) => run(text, published).dates.map((d) => [d.text, d.date]);
const events = (text: string, published: string | null = null) => run(text, published).event_dates.map((d) => d.date);

describe('dates: the year of a yearless date from the text, where the published day is unknown', () => {
  it.each([
    ['a day and month after a dated month, published only as a month', 'The floods began in October 1987. On 12 October, the dam broke; on 14 October, the army came.', '2021-03', [['October 1987', '1987-10'], ['12 October', '1987-10-12'], ['14 October', '1987-10-14']]],
    ['a day and month after a dated day, published only as a year', 'Rebels took the port on 2 May 1974. The siege ended on 30 May.', '2015', [['2 May 1974', '1974-05-02'], ['30 May', '1974-05-30']]],
    ['a month alone after a dated day, no published date', 'A bus was bombed on 3 February 1996, and a second one in August killed twelve.', null, [['3 February 1996', '1996-02-03'], ['August', '1996-08']]],
    ['a month alone after a dated month, published only as a month', 'The riots of March 1992 and the June strikes were linked.', '2019-11', [['March 1992', '1992-03'], ['June', '1992-06']]],
  ])('%s', (_n, text, published, want) => {
    expect(dates(text, published)).toEqual(want);
  });

  it('a restated month alone is listed once (the lead\'s month, then "the May riots")', () => {
    expect(events('The strikes of May 2003 spread north. Together with the May riots, they toppled the cabinet.', '2020-06')).toEqual(['2003-05']);
  });

  // what must not change
  it.each([
    ['with a published day, a yearless day takes the published year', 'The port was shelled in March 1999. On 4 June, the cease-fire held.', '2004-06-10', [['March 1999', '1999-03'], ['4 June', '2004-06-04']]],
    ['with a published day, a month alone takes the published year', 'Fighting of April 1990 is recalled. The minister resigned in June.', '2008-07-08', [['April 1990', '1990-04'], ['June', '2008-06']]],
    ['without a date before it, a partly published date still gives the year', 'On 9 March, the talks opened.', '2016-05', [['9 March', '2016-03-09']]],
    ['a bare year before it fixes no yearless day', 'The town was founded in 1950. On 6 March, talks opened.', '2011', [['1950', '1950'], ['6 March', '2011-03-06']]],
    ['nothing to take a year from: left out', 'The minister resigned in June.', null, []],
  ])('not: %s', (_n, text, published, want) => {
    expect(dates(text, published)).toEqual(want);
  });
});
