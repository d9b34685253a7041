// Branch wild7: a wire report's dateline, the date written next to the agency's name in brackets ("March 27
// (UPI) --", "LONDON, May 3 (Reuters) -", "(Sputnik - 10th September 2019)"), dates the report, not an
// event of it: not in event_dates (still in dates). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const events = (text: string, published: string | null = null) => extract(text, { gazetteer: [], published }).event_dates.map((d) => d.date);
const all = (text: string, published: string | null = null) => extract(text, { gazetteer: [], published }).dates.map((d) => d.date);

describe('event_dates: a wire report’s dateline', () => {
  it.each([
    ['a day before "(UPI) --"', 'March 27 (UPI) -- The ministry froze the assets of four companies on March 25.', '2030-03-28', ['2030-03-25']],
    ['a place, a day and "(Reuters) -"', 'LONDON, May 3, 2021 (Reuters) - Police arrested two men in Leeds on April 30, 2021.', null, ['2021-04-30']],
    ['a date closing the agency’s bracket', 'GENEVA (City News / Wire Agency - 10th September 2019) The council designated the militia in March 2018.', null, ['2018-03']],
  ])('%s', (_n, text, pub, want) => {
    expect(events(text, pub)).toEqual(want);
    expect(all(text, pub).length).toBeGreaterThan(want.length);
  });
  // what must not change
  it.each([
    ['a date before an acronym in brackets, no dash', 'The attack of 17 November 2002 (the third that year) killed four people.', null, ['2002-11-17']],
    ['a date in prose before a bracketed name and a dash', 'On 5 June 2014 (Monday) gunmen stormed the village.', null, ['2014-06-05']],
    ['a bracket and a dash before a lower-case word', 'On 5 June 2014 (Monday) - gunmen stormed the village.', null, ['2014-06-05']],
    ['a period to the present', 'Dates of operation 2013 (AQI) – present', null, ['2013']],
    ['a press release’s dateline line', 'December 23, 2003\n\nThe Department of State designated the group today.', null, ['2003-12-23']],
  ])('not: %s', (_n, text, pub, want) => {
    expect(events(text, pub)).toEqual(want);
  });
});
