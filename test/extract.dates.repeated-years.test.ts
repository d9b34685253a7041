// event_dates and a year written again: a year written in two sentences of prose dates two events of that
// year, and is listed for each; restatements stay listed once (an infobox row, a title, a capitalised
// name's year, "since" after the year's event). Sentences written for this rule.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const events = (text: string, published: string | null = null) => extract(text, { gazetteer: [], published }).event_dates.map((d) => d.date);

describe('event_dates: a year written again in another sentence', () => {
  it.each([
    ['two events of a year in two sentences', 'The group bombed a market in 1994. Police say it also kidnapped an engineer in 1994.', ['1994', '1994']],
    ['in other paragraphs', 'Rebels seized the mine in 2011.\n\nThe governor was shot in 2011 on his way home.', ['2011', '2011']],
    ['a year before lower-case words', 'It was behind the 2003 riots in the port. It was also blamed for a 2003 raid on the garrison.', ['2003', '2003']],
    ['three sentences, three events', 'A bridge fell in 1987. A ferry sank in 1987. The mayor quit in 1987.', ['1987', '1987', '1987']],
  ])('%s', (_n, text, want) => {
    expect(events(text)).toEqual(want);
  });
  // what must not change
  it.each([
    ['twice in one sentence', 'Clashes in 1994 and further riots in 1994 left the city divided.', ['1994']],
    ['"since" restates the year\'s event', 'The front was banned in 2016. Since 2016, it has staged three attacks.', ['2016']],
    ['infobox rows (no sentence on the line)', 'Leaders\n  • Omar Tal (2012–present)\n  • Jilib (2012–present)\nThe group grew.', ['2012']],
    ['a capitalised name\'s year restated', 'The 2009 Harbour Siege began at dawn. Survivors of the 2009 Harbour Siege testified.', ['2009']],
    ['a full date restated is listed once', 'The port was bombed on 2 June 2014. Its guards died on 2 June 2014.', ['2014-06-02']],
    ['a title line then the lead', 'Floods of 2007\n\nThe floods of 2007 drowned the delta.', ['2007']],
  ])('not: %s', (_n, text, want) => {
    expect(events(text)).toEqual(want);
  });
});
