// A span written by its two ends is one range (the annotation's convention): "between 3 and 5 May 2010",
// "from April until June" (the year from the context), "began on 2 May 2011 and lasted until 9 June 2011",
// "Tuesday night and Wednesday morning" (consecutive days of one event), and an infobox range glued to its
// label with a month on each side ("Date2 May – 9 June 2011"). Sentences written for these rules.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string, published: string | null = null) => extract(text, { gazetteer: [], published });
const dates = (text: string, published: string | null = null) => run(text, published).dates.map((d) => [d.text, d.date]);
const events = (text: string, published: string | null = null) => run(text, published).event_dates.map((d) => d.date);

describe('a span written by its two ends', () => {
  it.each([
    ['days between … and …', 'Between 3 and 5 May 2010, gunmen held the customs post near Tarsk.', null, [['3 and 5 May 2010', '2010-05-03/2010-05-05']]],
    ['days from … to …', 'The blockade of the port ran from 12 to 14 June 2017, the harbour master said.', null, [['12 to 14 June 2017', '2017-06-12/2017-06-14']]],
    ['months between … and …, the year of the sentence', 'In 2009, a wave of kidnappings hit the province between April and June.', null, [['2009', '2009'], ['April and June', '2009-04/2009-06']]],
    ['months from … until …, the year from the published month', 'The militia held the valley from March until May, officials said.', '2014-07-02', [['March until May', '2014-03/2014-05']]],
    ['started on … lasted until …', 'The siege of the garrison, which started on 2 May 2011, lasted until 9 June 2011.', null, [['2 May 2011, lasted until 9 June 2011', '2011-05-02/2011-06-09']]],
    ['began on … and ended on …', 'The strike began on March 3, 2015 and ended on March 6, 2015.', null, [['March 3, 2015 and ended on March 6, 2015', '2015-03-03/2015-03-06']]],
    ['two days of one night', 'Six bombs went off in the harbour district Tuesday night and Wednesday morning, police said.', '2019-04-25', [['Tuesday night and Wednesday', '2019-04-23/2019-04-24']]],
    ['an infobox range with a month each side, glued to its label', 'Siege of Tarsk\nDate2 May – 9 June 2011\nLocationTarsk', null, [['2 May – 9 June 2011', '2011-05-02/2011-06-09']]],
  ])('%s', (_n, text, published, want) => {
    expect(dates(text, published)).toEqual(want);
  });
  it('the lead\'s two ends and the infobox range are listed once', () => {
    expect(events('The siege of Tarsk started on 2 May 2011, lasted until 9 June 2011.\nSiege of Tarsk\nDate2 May – 9 June 2011\nLocationTarsk')).toEqual(['2011-05-02/2011-06-09']);
  });
  it('the end of a span dating a clause of its own is listed too', () => {
    expect(events('In 2005, the valley was a front line from April until July, when the truce was signed.')).toEqual(['2005', '2005-04/2005-07', '2005-07']);
  });
  it('the day written in full still anchors a relative date', () => {
    expect(events('Between 3 and 5 May 2010, gunmen held the customs post. Two days later, the army retook it.')).toEqual(['2010-05-03/2010-05-05', '2010-05-07']);
  });
  // what must not change
  it.each([
    ['a day and a month apart', 'The envoy arrived on 3 May 2010 and left on 9 June 2010.', null, [['3 May 2010', '2010-05-03'], ['9 June 2010', '2010-06-09']]],
    ['two dates without a start word', 'Bombs hit the market on 3 May 2010, until 9 June 2010 the curfew held.', null, [['3 May 2010', '2010-05-03'], ['9 June 2010', '2010-06-09']]],
    ['weekdays not one after the other', 'Rebels attacked the depot Monday night and Wednesday morning, police said.', '2019-04-25', [['Monday', '2019-04-22'], ['Wednesday', '2019-04-24']]],
    ['a month alone after "between" with no second month', 'Talks took place in June 2012 between May and the envoy.', null, [['June 2012', '2012-06']]],
    ['a descending pair of days', 'Between 9 and 5 May 2010 nothing was reported.', null, [['5 May 2010', '2010-05-05']]],
  ])('not: %s', (_n, text, published, want) => {
    expect(dates(text, published)).toEqual(want);
  });
});
