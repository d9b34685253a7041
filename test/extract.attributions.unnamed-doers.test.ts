// Unnamed doers of acts of violence (claims/shape-events.ts, attr13): "an armed group carried out coordinated attacks
// on X and on Y" (the group as written, the act as the action, X as the target) and a counted group of people whose
// series of verbs plants a bomb ("three men entered …, planted a bomb and then left"), about the act the story's
// lead names. Sentences from the retired sets (holdout5/07, holdout7/05), each with what must not change.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const g = [
  entry('Roch Kabore', 'person'),
  entry('France', 'place'),
  entry('Ouagadougou', 'place'),
  entry('Nepal', 'place'),
  entry('Kathmandu', 'place'),
  entry('Hamas', 'organization'),
  entry('Israel', 'place'),
];
const atts = (text: string) => extract(text, { gazetteer: g, publisher: 'Example News' }).attributions.map(triple);

describe('an unnamed doer right before "carried out" (holdout5)', () => {
  it('"an armed group carried out coordinated attacks on X and on Y": the group, the act, X', () => {
    const t = "President Roch Kabore urged the public Saturday to cooperate more closely with the country's military, one day after an armed group carried out coordinated attacks on France's embassy and cultural center and on the West African country's military headquarters in the capital of Ouagadougou.";
    expect(atts(t)).toEqual([['an armed group', 'carried out coordinated attacks on', "France's embassy and cultural center"]]);
  });
  it('a group of attackers on an event\'s page: "a group of gunmen attacked …" (the count\'s words hold no article or preposition)', () => {
    const page = '= Westgate shopping mall attack =\n\nOn 21 September 2013, a group of gunmen attacked the Westgate shopping mall, an upmarket mall in Nairobi.';
    expect(atts(page)).toContainEqual(['a group of gunmen', 'attacked', 'Westgate shopping mall attack']);
    expect(atts(page.replace('a group of gunmen', 'a day after the gunmen'))).toEqual([]);
  });
  it('not: a named doer (its own rule), an unnamed doer of no act on anything on a page about no event', () => {
    expect(atts('Hamas carried out attacks on Israel.')).toContainEqual(['Hamas', 'carried out', 'attacks on Israel']);
    expect(atts('Officials said an armed group carried out the attack.')).toEqual([]);
  });
});

describe('a counted group whose verbs plant a bomb, about the act the lead names (holdout7)', () => {
  const lead = "More than 30 people have been injured in a bomb blast in Nepal's capital Kathmandu. So far, no group has claimed responsibility for the attack.\n\n";
  it('"three men entered …, planted a bomb and then left": the men, their verbs, the lead\'s act', () => {
    expect(atts(`${lead}Officials say three men entered a building complex still under construction in Nepal's capital, planted a bomb and then left.`)).toEqual([
      ['three men', "entered a building complex still under construction in Nepal's capital, planted a bomb and then left", 'bomb blast in Kathmandu'],
    ]);
  });
  it('not: no act of violence in the lead, no bomb planted, no count', () => {
    expect(atts("Officials say three men entered a building complex still under construction in Nepal's capital, planted a bomb and then left.")).toEqual([]);
    expect(atts(`${lead}Officials say three men entered the building, planted trees and then left.`)).toEqual([]);
    expect(atts(`${lead}Officials say the men entered the building, planted a bomb and then left.`)).toEqual([]);
  });
});
