// The event a page is about, from its heading: also "… incident", "… coup attempt", "Attempted assassination of P",
// "Kidnapping and murder of P" (encyclopedia pages on one occurrence), so that its infobox's perpetrators and
// combatants are read (branch attr4: retired pooled attributions 510/162/733 → 515/172/728).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const g = [entry('Red Cells', 'organization'), entry('Omar Kestrel', 'person'), entry('Norland', 'place')];
// (the page's title as the header gives it, and its heading line)
const atts = (heading: string) =>
  extract(`= ${heading} =\n\n- Location: Norland\n- Perpetrators: Red Cells\n\nIt happened in Norland in 1974.`, { gazetteer: g, publisher: 'Example Wiki', title: heading }).attributions.map(triple);

describe('event pages named as occurrences', () => {
  it('"… incident", "… coup attempt": the heading is the event its rows are about', () => {
    expect(atts('Harbour incident')).toContainEqual(['Red Cells', 'perpetrator of', 'Harbour incident']);
    expect(atts('1990 Norland coup attempt')).toContainEqual(['Red Cells', 'perpetrator of', '1990 Norland coup attempt']);
  });
  it('"Attempted assassination of P", "Kidnapping and murder of P"', () => {
    expect(atts('Attempted assassination of Omar Kestrel')).toContainEqual(['Red Cells', 'perpetrator of', 'Attempted assassination of Omar Kestrel']);
    expect(atts('Kidnapping and murder of Omar Kestrel')).toContainEqual(['Red Cells', 'perpetrator of', 'Kidnapping and murder of Omar Kestrel']);
  });
  it('not: a heading about several occurrences or with no act of violence', () => {
    expect(atts('Coup attempts in Norland since 1960')).toEqual([]);
    expect(atts('Kidnapping and ransom insurance in Norland')).toEqual([]);
  });
});
