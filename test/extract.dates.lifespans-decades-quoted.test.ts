// Dates, general knowledge of how texts write them (the lead's change of the session of 07:26 on 2026-12-07, from
// eval/holdout12–13's dates): a person's life in brackets after the name is no event's span; two decades joined
// are one period; a day and month in quotation marks without a year is a name ("the “20 January” station").
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const dates = (text: string) => extract(text, { gazetteer: [], published: null }).event_dates.map((e) => e.date);

describe('event dates', () => {
  it('a lifespan in brackets is no event', () => {
    expect(dates('Omar Kestrel (March 3, 1921 – May 9, 1988) was a diplomat. He was shot on May 9, 1988.')).toEqual(['1988-05-09']);
  });
  it('an event\'s days in brackets still are', () => {
    expect(dates('The Varna siege (6–7 November 1985) ended in a fire.')).toEqual(['1985-11-06/1985-11-07']);
  });
  it('two decades joined are one period', () => {
    expect(dates('It was an urban guerrilla group in the 1960s and 1970s.')).toEqual(['1960/1979']);
    expect(dates('From the 1980s to the 2000s it fought the army.')).toEqual(['1980/2009']);
    expect(dates('It grew in the 1980s. By the 1990s it had split.')).toEqual(['1980/1989', '1990/1999']);
  });
  it('a day and month in quotation marks is a name', () => {
    const d = dates('The bombings of 1994 hit the metro. The first was at the “20 January” metro station on 19 March 1994. The second took place between the "28 May" and "Ganjlik" stations on 3 July 1994.');
    expect(d).toContain('1994-03-19');
    expect(d).toContain('1994-07-03');
    expect(d).not.toContain('1994-05-28');
    expect(d).not.toContain('1994-01-20');
  });
});
