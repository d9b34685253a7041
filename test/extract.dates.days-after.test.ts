// Dates counted in days or weeks before or after another: "A week after the raid, …" (opening its sentence:
// the sentence's event that long after the last day), "… on 3 May 2010 – three days before the vote" (inside
// a clause: the other event that long after the clause's day), as "a day after" was read. Sentences
// written for these rules.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string, published: string | null = null) => extract(text, { gazetteer: [], published });
const dates = (text: string, published: string | null = null) => run(text, published).dates.map((d) => [d.text, d.date]);
const events = (text: string, published: string | null = null) => run(text, published).event_dates.map((d) => d.date);

describe('dates: N days or weeks after or before another', () => {
  it.each([
    ['"A week after X, Y" opening a sentence', 'The depot was shelled on 2 October 2012. A week after the shelling, troops left the town.', [['2 October 2012', '2012-10-02'], ['A week after', '2012-10-09']]],
    ['after a footnote mark', 'The depot was shelled on 2 October 2012.[3] Two weeks after the shelling, troops left.', [['2 October 2012', '2012-10-02'], ['Two weeks after', '2012-10-16']]],
    ['"… three days before Y" inside a clause', 'The ferry sank on 3 May 2010 – three days before the national vote.', [['3 May 2010', '2010-05-03'], ['three days before', '2010-05-06']]],
    ['"… five days after Y" inside a clause: Y before the clause\'s day', 'Troops sealed the border on 20 June 2015, five days after a raid on the post.', [['20 June 2015', '2015-06-20'], ['five days after', '2015-06-15']]],
    ['"3 days before" with digits', 'Riots broke out on 9 April 2011, 3 days before the summit.', [['9 April 2011', '2011-04-09'], ['3 days before', '2011-04-12']]],
  ])('%s', (_n, text, want) => {
    expect(dates(text)).toEqual(want);
  });
  it('a clause restating the relation counts from the written day, not from the resolved one', () => {
    expect(events('The ferry sank on 3 May 2010 – three days before the national vote. The sinking came three days before the vote.')).toEqual(['2010-05-03', '2010-05-06']);
  });
  // what must not change
  it.each([
    ['"a day after" opening a sentence', 'Gunmen struck the bank on 7 May 2019. A day after the raid, police made arrests.', [['7 May 2019', '2019-05-07'], ['A day after', '2019-05-08']]],
    ['"a day before" inside a clause', 'The raid came on 5 June 2016, a day before the talks were to open.', [['5 June 2016', '2016-06-05'], ['a day before', '2016-06-06']]],
    ['nothing to count from', 'A week after the raid, troops left the town.', []],
    ['months after are not counted', 'The mine exploded on 3 May 2019. Three months after the blast, it reopened.', [['3 May 2019', '2019-05-03']]],
  ])('not: %s', (_n, text, want) => {
    expect(dates(text)).toEqual(want);
  });
});
