// Branch places12: (1) a news report's dateline alone on its line, its weekday in lower case after the capital
// ("Tuesday, April 12, 2011" under a Wikinews headline), dates the report, not an event of it: not in
// event_dates (still in dates); a press release's dateline in capitals or without a weekday is kept.
// (2) the text's first day, restated where an article's section narrates the event (a "==Attack==" heading
// between, or the first written on an infobox's date row), is listed once; restated in prose with no section
// between, or another day restated at a sentence's opening, it is still listed again. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string, published: string | null = null) => extract(text, { gazetteer: [], published });
const events = (text: string, published: string | null = null) => run(text, published).event_dates.map((d) => d.date);

describe('event_dates: a dateline alone on its line', () => {
  it('a Wikinews dateline dates the report', () => {
    const text = 'Two dead after blast in river port\n\nTuesday, April 12, 2011\n\nTwo people were killed when a bomb went off at a ferry terminal on Monday evening.';
    expect(events(text, '2011-04-12')).toEqual(['2011-04-11']);
    expect(run(text, '2011-04-12').dates.map((d) => d.date)).toContain('2011-04-12');
  });
  it.each([
    ['a release dateline in capitals', 'FRIDAY, SEPTEMBER 16, 2005\n\nA man was arrested today on charges of supporting a banned group.', '2005-09-16'],
    ['a release dateline without a weekday', 'Office of the Spokesperson\nDecember 23, 2003\n\nThe Department amended the designation of the group.', '2003-12-23'],
    ['a weekday and date in prose', 'The attack took place on Tuesday, April 12, 2011 in the old town.', '2011-04-12'],
  ])('not: %s', (_n, text, date) => {
    expect(events(text)).toContain(date);
  });
});

describe('event_dates: the first day restated in a section', () => {
  it.each([
    ['a section opening "On <date>"', 'The attack on the assembly happened on 27 October 1999 in Yerevan.\n\n==Attack==\n\nOn 27 October 1999, at around 5:15 p.m., five gunmen entered the hall.', ['1999-10-27']],
    ['"At <time> on <date>"', 'On 26 September 1980, a bomb exploded at the fair.\n\n==Attack==\n\nAt 10:19 p.m. on 26 September 1980, a bomb exploded in a bin near the entrance.', ['1980-09-26']],
    ['under an infobox’s date row', 'Date | July 29, 2018 [1] |\nTarget | cyclists |\nThe attack on the cyclists happened on July 29, 2018. [1] Four were killed.\nThe road is popular with tourists. [3]\nOn July 29, 2018 at approximately 3:30 pm, a car rammed the group.', ['2018-07-29']],
  ])('%s', (_n, text, want) => {
    expect(events(text)).toEqual(want);
  });
  it('the first day restated in prose with no section between is listed again', () => {
    expect(events('Gunmen seized the depot on 3 June 2012.\n\nOn 3 June 2012, the army closed the border.')).toEqual(['2012-06-03', '2012-06-03']);
  });
  it('another day restated at a sentence’s opening is listed again', () => {
    const text = 'The group was designated on May 18, 2009. The Secretary amended the listing on April 22, 2009.\nAlso on April 22, 2009, the Secretary revoked another listing.';
    expect(events(text).filter((d) => d === '2009-04-22')).toHaveLength(2);
  });
});
