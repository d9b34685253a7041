// event_dates and a decade's middle: "the mid-1970s" names no range the annotation writes (the decade's
// years are "the 1970s"), so it is found as a date but not listed as an event's; "the 1980s", "the late
// 1980s" still are. Sentences from extraction/15 and holdout/07 and written ones.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });
const events = (text: string) => run(text).event_dates.map((d) => d.date);

describe('event_dates: "the mid-1970s"', () => {
  it.each([
    ['extraction/15', 'Originating in Afghanistan during the mid-1970s, it was nurtured by foreign services.', []],
    ['holdout/07', 'Formed in the mid-2000s as part of the Islamic Courts Union, al-Shabaab came to prominence in 2006.', ['2006']],
  ])('%s', (_n, text, want) => {
    expect(events(text)).toEqual(want);
  });
  it('still a date (for claims)', () => {
    expect(run('The cell was formed in the mid-1990s.').dates.map((d) => d.date)).toEqual(['1990/1999']);
  });
  // what must not change
  it.each([
    ['a whole decade', 'The insurgency grew during the 1990s.', ['1990/1999']],
    ['a late decade', 'The insurgency began to proliferate in the late 1980s.', ['1980/1989']],
  ])('not: %s', (_n, text, want) => {
    expect(events(text)).toEqual(want);
  });
});
