// Dates counted in months before another, and "N days/weeks/months earlier": "in June – five months after X"
// (inside a clause: X five months before June, holdout7/06), "the Matsumoto sarin attack nine months
// earlier" (X nine months before the last month, holdout5/11). Sentences from those documents and written ones.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const dates = (text: string, published: string | null = null) => extract(text, { gazetteer: [], published }).dates.map((d) => [d.text, d.date]);

describe('dates: N months after or before another inside a clause, N units earlier', () => {
  it.each([
    ['"in June — five months after X" (published date)', 'Lebanon formed a new Cabinet in June — five months after Hezbollah and its allies forced the country\'s coalition government to collapse.', '2011-08-17', [['June', '2011-06'], ['five months after', '2011-01']]],
    ['"X nine months earlier"', 'The attack came on 20 March 1995. The group had already carried out several attacks, including the Matsumoto sarin attack nine months earlier.', null, [['20 March 1995', '1995-03-20'], ['nine months earlier', '1994-06']]],
    ['across a year', 'Talks resumed in March 2014, two months after a truce had collapsed.', null, [['March 2014', '2014-03'], ['two months after', '2014-01']]],
    ['"… three months before X" inside a clause', 'The army withdrew in May 2003, three months before the elections.', null, [['May 2003', '2003-05'], ['three months before', '2003-08']]],
    ['days earlier', 'The bridge was bombed on 4 June 2012. A bus had been hijacked two days earlier.', null, [['4 June 2012', '2012-06-04'], ['two days earlier', '2012-06-02']]],
  ])('%s', (_n, text, pub, want) => {
    expect(dates(text, pub)).toEqual(want);
  });
  // what must not change
  it.each([
    ['"N months after X, Y" opening its sentence', 'The mine exploded on 3 May 2019. Three months after the blast, it reopened.', [['3 May 2019', '2019-05-03']]],
    ['nothing to count from', 'The group had struck nine months earlier.', []],
    ['months of a figure', 'He served six months in prison.', []],
  ])('not: %s', (_n, text, want) => {
    expect(dates(text)).toEqual(want);
  });
});
