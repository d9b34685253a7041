// Branch wild17: a year or month on the body's first line, where that line is a title (a heading without a
// sentence), names the page's event; where the text dates that year or month more precisely it is not listed again
// ("2011 bombing of the consulate in Herat" over "on 3 May 2011"; "Market Bombings (Province) June 2012" over "On
// June 4, 2012"). Capitalised names after the year were already read so (opensName). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const events = (text: string, published: string | null = null) => extract(text, { gazetteer: [], published }).event_dates.map((d) => d.date);

describe('event_dates: a title line’s year or month', () => {
  it.each([
    ['a year before a lower-case noun', '2011 bombing of the consulate in Herat\n\nThe consulate was bombed on 3 May 2011 by two attackers.', ['2011-05-03']],
    ['a month closing the title', 'Market Bombings (Northern Province) June 2012\nOn June 4, 2012, two bombs exploded in the market.', ['2012-06-04']],
  ])('%s', (_n, text, want) => {
    expect(events(text)).toEqual(want);
  });
  // what must not change
  it.each([
    ['a title year the text dates no more precisely', '2011 bombing of the consulate in Herat\n\nThe consulate was bombed in 2011 by two attackers.', ['2011']],
    ['a first line that is a sentence', 'The front attacked the city in 2011.\nOn 3 May 2011, it bombed the consulate.', ['2011', '2011-05-03']],
    ['a month on a later line', 'Market bombings\nThe group struck in June 2012. On June 4, 2012, two bombs exploded.', ['2012-06', '2012-06-04']],
  ])('not: %s', (_n, text, want) => {
    expect(events(text)).toEqual(want);
  });
});
