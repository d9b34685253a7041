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
    ['abbreviated months', 'He was held on Sept. 15, 2005 and seen on 3 Nov 2008.', null, [['Sept. 15, 2005', '2005-09-15', 'day'], ['3 Nov 2008', '2008-11-03', 'day']]],
    ['a phone number holds no year', 'Call (202) 555-2008 or fax 555-1888 today.', null, []],
    ['a date restated in ISO form is not a year again', 'Date 3 March 2011 (2011-03-03)', null, [['3 March 2011', '2011-03-03', 'day']]],
    ['a year opening an event name is no date when the text dates the event', '2011 Lakeside bombing\nThe 2011 Lakeside bombing took place on 3 March 2011.', null, [['3 March 2011', '2011-03-03', 'day']]],
    ['a year opening an event name stays when nothing dates it more precisely', 'The 2011 Lakeside bombing shocked the town.', null, [['2011', '2011', 'year']]],
  ])('%s', (_why, text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });
});

describe('event dates', () => {
  it('lists each date once: a dateline and "today" restate the same day', () => {
    const x = extract('WASHINGTON, March 3, 2011 - Officials said today that the 2009 plot failed.', { gazetteer: [], published: '2011-03-03' });
    expect(x.dates.map((d) => d.date)).toEqual(['2011-03-03', '2011-03-03', '2009']);
    expect(x.event_dates.map((d) => d.date)).toEqual(['2011-03-03', '2009']);
  });
});
