// Infobox values glued to their labels as stored pages give them ("Date14 February 2019", "Dates of
// operationAugust 2006"): a range's first day ("Date4–16 September 1999") and a month-day-year
// ("DateAugust 7, 1998") glued to the label are read as dates too. Sentences written for these rules.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string, published: string | null = null) => extract(text, { gazetteer: [], published });
const dates = (text: string, published: string | null = null) => run(text, published).dates.map((d) => [d.text, d.date]);
const events = (text: string, published: string | null = null) => run(text, published).event_dates.map((d) => d.date);

describe('dates glued to an infobox label', () => {
  it.each([
    ['a day range glued to the label', 'Siege of Tarsk\nDate3–9 October 2011\nLocationTarsk', [['3–9 October 2011', '2011-10-03/2011-10-09']]],
    ['a day range with spaces round the dash', 'Date3 – 9 October 2011\nTargetBarracks', [['3 – 9 October 2011', '2011-10-03/2011-10-09']]],
    ['a month, day and year glued to the label', 'Harbour bombing\nDateMarch 12, 2003\n9:15 a.m. local time', [['March 12, 2003', '2003-03-12']]],
    ['a month, day and year without the comma', 'DateMarch 12 2003\nTargetFerry', [['March 12 2003', '2003-03-12']]],
  ])('%s', (_n, text, want) => {
    expect(dates(text)).toEqual(want);
  });
  it('the infobox date and the lead\'s are listed once', () => {
    expect(events('The harbour bombing took place on March 12, 2003.\nHarbour bombing\nDateMarch 12, 2003\n9:15 a.m.')).toEqual(['2003-03-12']);
  });
  // what must not change
  it.each([
    ['a day glued to the label (before)', 'Date14 June 2012 LocationTarsk', [['14 June 2012', '2012-06-14']]],
    ['a range not glued (before)', 'The siege lasted 3–9 October 2011.', [['3–9 October 2011', '2011-10-03/2011-10-09']]],
    ['a dash without a day before it is no range', 'Date–9 October 2011', [['9 October 2011', '2011-10-09']]],
    ['three digits glued before a dash are no day', 'Deaths120–9 October 2011', [['9 October 2011', '2011-10-09']]],
    ['a descending pair is no range', 'Date9–3 October 2011', [['3 October 2011', '2011-10-03']]],
    ['a glued month with a year only keeps the month (before)', 'Dates of operationAugust 2006–present', [['August 2006', '2006-08']]],
    ['a day after the month with no year is not glued', 'DateAugust 7 LocationTarsk', []],
  ])('not: %s', (_n, text, want) => {
    expect(dates(text)).toEqual(want);
  });
});
