// Branch wild17: a day written with an abbreviated month and no year ("Aug. 21", "Sept. 22") is read like "August
// 21": the published year dates it. An abbreviated month's point inside a date ("Aug. 18, 2017 — Cambrils" on a
// heading line) ends no sentence, so "On Aug. 18, …" under it restates that day (listed once). Sentences written
// for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const events = (text: string, published: string | null = null) => extract(text, { gazetteer: [], published }).event_dates.map((d) => d.date);

describe('event_dates: an abbreviated month without a year', () => {
  it.each([
    ['"Aug. 21"', 'The gunman was shot dead Aug. 21 after a two-day manhunt.', '2019-10-02', ['2019-08-21']],
    ['"Sept. 22", a sentencing to come', 'His cousin is scheduled to be sentenced Sept. 22 in Denver.', '2020-08-30', ['2020-09-22']],
    ['"Dec. 5" and "Jan. 3"', 'The blast of Dec. 5 was claimed on Jan. 3 by the front.', '2021-01-10', ['2020-12-05', '2021-01-03']],
    ['a heading’s day restated under it', 'Aug. 18, 2017 — Tarragona\n\nOn Aug. 18, a car hit people on the seafront.', null, ['2017-08-18']],
  ])('%s', (_n, text, pub, want) => {
    expect(events(text, pub)).toEqual(want);
  });
  // what must not change
  it.each([
    ['a full month name', 'The gunman was shot dead August 21 after a manhunt.', '2019-10-02', ['2019-08-21']],
    ['an abbreviated month with its year', 'The gunman was shot dead Aug. 21, 2018 after a manhunt.', '2019-10-02', ['2018-08-21']],
    ['a sentence ending on a month, then a number', 'The trial opened in March. 21 people testified.', '2019-10-02', ['2019-03']],
    ['a second day in another sentence of prose', 'On Aug. 18, 2017, a van hit people. On Aug. 18, 2017, police also raided a flat.', null, ['2017-08-18', '2017-08-18']],
  ])('not: %s', (_n, text, pub, want) => {
    expect(events(text, pub)).toEqual(want);
  });
});
