// Branch wild24 (fresh-text audit of encyclopedia articles): a range of days without a year ("24–25 December", an
// infobox row of a hijacking's sites) is that range in the year the text fixes, not its last day alone. Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const dates = (text: string) => extract(text, { gazetteer: [], published: null }).event_dates.map((e) => e.date);

describe('event dates: a yearless range of days', () => {
  it('"24–25 December" after a dated day is the range', () => {
    expect(dates('The siege began on 3 March 2011. The gunmen held the consulate on 3–5 March and fled on 6 March.')).toEqual(['2011-03-03', '2011-03-03/2011-03-05', '2011-03-06']);
    expect(dates('Fighting broke out on 2 May 2015. Site: 9-10 May: Kumanovo')).toEqual(['2015-05-02', '2015-05-09/2015-05-10']);
  });
  it('a year before the dash is no first day', () => {
    expect(dates('Talks began on 3 March 2010. They met again on 2010-25 December.')).not.toContain('2010-10-25/2010-12-25');
  });
});
