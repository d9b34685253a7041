// Branch wild17: a period written by its two ends after "from" or "between", each a month or a year in figures
// ("from March 2006 to June 2006", "from 2004 through May 2009", "from January 2010 through at least August
// 2011"), is one range in event_dates (`2006-03/2006-06`), not two dates. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const events = (text: string, published: string | null = null) => extract(text, { gazetteer: [], published }).event_dates.map((d) => d.date);

describe('event_dates: a period written "from X to Y"', () => {
  it.each([
    ['two months of one year', 'The cell met in a garage from March 2006 to June 2006, the court heard.', ['2006-03/2006-06']],
    ['a year through a month', 'He admitted that from 2004 through May 2009 he wired money to the militia.', ['2004/2009-05']],
    ['"through at least"', 'From January 2010 through at least August 2011, the pair ran a fund for the front.', ['2010-01/2011-08']],
    ['"between … and …"', 'Between March 2010 and May 2011 the group trained recruits near the border.', ['2010-03/2011-05']],
    ['a range, then the same month again for another event', 'From February 2008 through July 2009 he sent money to the group, designated in February 2008.', ['2008-02/2009-07', '2008-02']],
  ])('%s', (_n, text, want) => {
    expect(events(text)).toEqual(want);
  });
  // what must not change
  it.each([
    ['two years (read where they are found)', 'The front was active from 2011 to 2012 in the north.', ['2011/2012']],
    ['two months without "from"', 'He was arrested in March 2006 and charged in June 2006.', ['2006-03', '2006-06']],
    ['"from" before a month, then a later month in another clause', 'He returned from Syria in March 2006, and in June 2006 he was charged.', ['2006-03', '2006-06']],
    ['a later date first', 'From June 2006 to March 2006 is no period.', ['2006-06', '2006-03']],
    // (two days in full were here as two dates until the session of 04:47 on 2026-12-07; they are one range since,
    // as the sets' annotators write a span of days: test/extract.dates.full-ranges.test.ts)
  ])('not: %s', (_n, text, want) => {
    expect(events(text)).toEqual(want);
  });
});
