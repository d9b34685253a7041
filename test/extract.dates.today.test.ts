// "today" in a statement is the day it was issued: the document's date, which the header gives, not a date
// the text fixes. event_dates lists it only where the body also writes that day. Sentences written for
// this rule.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string, published: string | null = null) => extract(text, { gazetteer: [], published });
const events = (text: string, published: string | null = null) => run(text, published).event_dates.map((d) => d.date);

describe('event_dates: "today"', () => {
  it('"today" alone is not listed (the header date)', () => {
    expect(events('The following statement was issued today by the Council President: the members condemn the attack.', '2021-05-04')).toEqual([]);
    expect(events('Today, the Department is designating the Harbour Front as a terrorist group.', '2017-11-20')).toEqual([]);
  });
  it('still found as a date (claims and attributions may use it)', () => {
    expect(run('The following statement was issued today by the Council.', '2021-05-04').dates.map((d) => d.date)).toEqual(['2021-05-04']);
  });
  // what must not change
  it('listed where the body writes the day, once', () => {
    expect(events('WASHINGTON, May 4, 2021 - The ministry today named the Harbour Front a terrorist group.', '2021-05-04')).toEqual(['2021-05-04']);
    expect(events('The ministry today named the Harbour Front, it said in a note dated May 4, 2021.', '2021-05-04')).toEqual(['2021-05-04']);
  });
  it('other relative days from the published date are listed', () => {
    expect(events('Gunmen attacked the depot yesterday.', '2021-05-04')).toEqual(['2021-05-03']);
    expect(events('The envoy said Monday the talks had failed.', '2021-05-04')).toEqual(['2021-05-03']);
  });
});
