// A group the text describes instead of naming, as the whole subject of a claim verb (claims/shape-events.ts,
// describedGroup, attr16): "<Qualifier> militants/separatists/rebels/insurgents/guerrillas/gunmen/security forces"
// right before "claimed responsibility for", "carried out", "were blamed for" … is the actor, as written.
// Sentences written for this test (the shape of holdout2/05, holdout5/12, holdout6/05), each with what must not change.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const g = [
  entry('Hamas', 'organization'),
  entry('Taliban', 'organization'),
  entry('Mindanao', 'place'),
  entry('Kandahar', 'place'),
  entry('Davao', 'place'),
];
const atts = (text: string) => extract(text, { gazetteer: g, publisher: 'Example News' }).attributions.map(triple);

describe('a described group as the subject of a claim verb', () => {
  it('"Moro rebels were blamed for the Davao airport bombing": the group as written', () => {
    expect(atts('Moro rebels were blamed for the Davao airport bombing, but the group denied it.')).toContainEqual(['Moro rebels', 'blamed for', 'Davao airport bombing']);
  });
  it('a place after the noun and auxiliaries before the verb: "Islamist militants in Mindanao have claimed …"', () => {
    expect(atts('Islamist militants in Mindanao have claimed responsibility for the Davao market bombing.')).toContainEqual(['Islamist militants', 'claimed responsibility for', 'Davao market bombing']);
  });
  it('an adverb with a comma before it, an adverb between it and the verb, a heading line before it', () => {
    expect(atts('Night raid\n\nSeparately, Afghan security forces overnight carried out an airstrike in Kandahar province.')).toContainEqual(['Afghan security forces', 'carried out', 'airstrike in Kandahar province']);
  });
  it('not: a named group before the noun (the name is the subject), a determiner or a count before the qualifier', () => {
    expect(atts('Hamas militants carried out the Davao market bombing.')).toEqual([['Hamas', 'carried out', 'Davao market bombing']]);
    expect(atts('The Moro rebels were blamed for the Davao airport bombing.').map((x) => x[0])).not.toContain('The Moro rebels');
    expect(atts('Two Moro rebels were blamed for the Davao airport bombing.').map((x) => x[0])).not.toContain('Two Moro rebels');
  });
  it('not: the noun inside a longer subject ("Police said Moro rebels …": the clause opens with another noun)', () => {
    expect(atts('Police in Davao said Moro rebels had carried out the Davao airport bombing.').map((x) => x[0])).not.toContain('Police in Davao said Moro rebels');
  });
});
