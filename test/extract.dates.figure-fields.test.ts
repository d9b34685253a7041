// event_dates and infobox fields that date a figure or a seat: a Size, Strength, Membership or
// Headquarters row (or a bullet or figure line under it) dates an estimate or a seat, not an event.
// Rows as the retired sets write them (holdout/07, holdout7/11, holdout7/12) and written ones.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const events = (text: string, published: string | null = null) => extract(text, { gazetteer: [], published }).event_dates.map((d) => d.date);

describe('event_dates: dates on infobox figure and seat rows', () => {
  it.each([
    ['a size glued to its label', 'IdeologyRohingya nationalism\nSize~200 (January 2018)[4][5]\n500[6][7]–600[8] (2016–17 estimates)\nOpponentsState opponents\nFormed in 2013, the group attacked posts on 9 October 2016.', ['2013', '2016-10-09']],
    ['a "- Size:" list row', '- Headquarters: Horqueta\n- Size: approx. 100–1000 militants (2021)\n- Allies: FARC\nThe group was founded in 2008.', ['2008']],
    ['headquarters bullets', 'Dates of operationAugust 2006-present\nHeadquarters\n  • Kismayo (2008–12)\n  • Barawe[1] (2012–14)\nActive regions Somalia', ['2006-08']],
    ['a membership row', 'Membership (2019)\n4,000\nThe party split in 1998.', ['1998']],
  ])('%s', (_n, text, want) => {
    expect(events(text)).toEqual(want);
  });
  // what must not change
  it.each([
    ['a leader row', 'Leaders\n  • Ahmed Godane  (2007–2014)\nHeadquarters\n  • Jilib', ['2007/2014']],
    ['prose opening with the word', 'Headquarters were moved to Jilib in 2014 after the fall of the port.', ['2014']],
    ['a bullet under another label', 'Battles and wars\n  • Somalia War (2006–2009)', ['2006/2009']],
  ])('not: %s', (_n, text, want) => {
    expect(events(text)).toEqual(want);
  });
});
