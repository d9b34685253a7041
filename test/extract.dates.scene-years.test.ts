// A bare year opening a sentence before a subject and "was/were" ("In 2003, the port was a hub of …"),
// after a day or month of that year, sets the scene of the event the text has dated: found as a date, not
// listed in event_dates. Written sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });
const events = (text: string) => run(text).event_dates.map((d) => d.date);
const found = (text: string) => run(text).dates.map((d) => d.date);

describe('a year setting the scene', () => {
  const scene = 'The ferry terminal in Tarsk was bombed on 4 June 2003. In 2003, Tarsk was the busiest port of the coast.';
  it('is not listed after a day of that year', () => {
    expect(events(scene)).toEqual(['2003-06-04']);
    expect(found(scene)).toEqual(['2003-06-04', '2003']);
  });
  it('nor with a subject of several words', () => {
    expect(events('Rebels seized the mine in March 2010. In 2010, the Northern Province was the poorest region.')).toEqual(['2010-03']);
  });
  it.each([
    ['an event of that year', 'The ferry terminal was bombed on 4 June 2003. In 2003, the governor signed a petition for the victims.', ['2003-06-04', '2003']],
    ['"there was"', 'Rebels seized the mine in March 2010. In 2010, there was a war in the north.', ['2010-03', '2010']],
    ['no earlier date of that year', 'In 2003, Tarsk was the busiest port of the coast. The terminal was bombed on 4 June 2003.', ['2003', '2003-06-04']],
    ['another year', 'The terminal was bombed on 4 June 2003. In 2001, Tarsk was the busiest port of the coast.', ['2003-06-04', '2001']],
  ])('not: %s', (_n, text, want) => {
    expect(events(text)).toEqual(want);
  });
});
