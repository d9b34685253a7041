// Dates: one row per form, the why in the row. Precision is kept; relative words need a published date.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const dates = (text: string, published: string | null = null) => extract(text, { gazetteer: [], published }).dates.map((d) => [d.text, d.date, d.when.precision]);

describe('dates', () => {
  it.each([
    ['month day, year', 'It happened on April 22, 2025 in the valley.', null, [['April 22, 2025', '2025-04-22', 'day']]],
    ['day month year', 'It happened on 22 April 2025.', null, [['22 April 2025', '2025-04-22', 'day']]],
    ['month and year keep month precision', 'In April 2025, agents acted.', null, [['April 2025', '2025-04', 'month']]],
    ['bare year', 'The war of 1999 ended.', null, [['1999', '1999', 'year']]],
    ['since + year', 'Since 1989, the group has grown.', null, [['1989', '1989', 'year']]],
    ['short year range', 'The invasion of 1947-48 failed.', null, [['1947-48', '1947/1948', 'range']]],
    ['decade', 'It was formed in the 1980s.', null, [['the 1980s', '1980/1989', 'range']]],
    ['day range in one month', 'The siege lasted 1–2 July 2016.', null, [['1–2 July 2016', '2016-07-01/2016-07-02', 'range']]],
    ['cross-month range', 'Fighting ran 16 January – 18 January 2024.', null, [['16 January – 18 January 2024', '2024-01-16/2024-01-18', 'range']]],
    ['numbers that are not years', 'Executive Order 13224 and resolution 1822 apply; 1,400 died.', null, []],
    ['day and month get the published year', 'On August 17, the group struck.', '2005-12-01', [['August 17', '2005-08-17', 'day']]],
    ['day and month without a published date are left out', 'On August 17, the group struck.', null, []],
    ['weekday resolved against the published date', 'The spokesman said Wednesday that talks failed.', '2011-09-28', [['Wednesday', '2011-09-28', 'day']]],
    ['weekday without a published date is left out', 'The spokesman said Wednesday that talks failed.', null, []],
    ['a yearless named event is not a date', 'The 26/11 attacks shocked India.', null, []],
    ['a sentence with a relative phrase goes to chrono, which reads its numeric date', 'Last week, on 4/28/2025, the group struck.', '2025-05-01', [['4/28/2025', '2025-04-28', 'day']]],
  ])('%s', (_why, text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });
});
