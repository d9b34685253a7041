// A day and month without a year that names an event ("the 14 May attacks", "known in Ruritania as 3
// June") takes the published year only for an event of the two months before the published date (a report
// of a recent attack, dated by its dateline); further back the name gives no year and is left out, as the
// annotation leaves it out. Sentences written for this rule.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string, published: string | null = null) => extract(text, { gazetteer: [], published });
const events = (text: string, published: string | null = null) => run(text, published).event_dates.map((d) => d.date);

describe('a day and month naming an event', () => {
  it.each([
    ['before an event noun, months before the report', 'The minister condemned the group for praising the 14 May attacks.', '2021-09-20', []],
    ['with an adjective before the noun', 'Officials recalled the 14 May terrorist attack in the capital.', '2021-09-20', []],
    ['a month-day name four months back', 'The sanctions answer the group\'s May 14 bombing of the ferry.', '2022-09-30', []],
    ['after "known as"', 'The Harbour Square shooting, known in Ruritania as 3 June, killed nine.', '2019-10', []],
    ['after "referred to as"', 'The bombings, referred to as 3 June by the press, killed nine.', '2019-10-01', []],
  ])('has no year: %s', (_n, text, published, want) => {
    expect(events(text, published)).toEqual(want);
  });
  it.each([
    ['a recent attack takes the dateline\'s year', 'The Treasury announced sanctions on Friday over the group\'s May 14 attack on the port.', '2021-05-28', ['2021-05-28', '2021-05-14']],
    ['a published month holding the day', 'The Council condemned the 7 March terrorist attack in the border town.', '2016-03', ['2016-03-07']],
    ['a day that is no name', 'Rebels had claimed another bombing in the capital 14 May that killed six.', '2021-09-20', ['2021-05-14']],
    ['the text gives the year (no published date)', 'The siege began on 2 June 2018. The 3 June attacks followed it.', null, ['2018-06-02', '2018-06-03']],
  ])('is dated: %s', (_n, text, published, want) => {
    expect(events(text, published)).toEqual(want);
  });
});
