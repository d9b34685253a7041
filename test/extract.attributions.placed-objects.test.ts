// Relations in the text's own words (relations.ts): a verb whose object comes before a preposition of place
// ("finds a new base in X", "closed a handful of embassies across X", "made an announcement in the X") places
// its object there; the place (or body) after the preposition is no party of a relation. Sentences from the
// retired sets (extraction/00, holdout4/05, holdout5/12, holdout6/04), each with what must not change.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const g = [
  entry('Hamas', 'organization'),
  entry('United States', 'place'),
  entry('Southeast Asia', 'place'),
  entry('Libya', 'place'),
  entry('Gennadiy Seleznyov', 'person'),
  entry('State Duma', 'organization'),
  entry('Jaish-e-Mohammed', 'organization'),
  entry('Jammu and Kashmir', 'place'),
  entry('Lashkar-e-Taiba', 'organization'),
  entry('Pakistan', 'place'),
  entry('Egypt', 'place'),
  entry('Red Cells', 'organization'),
];
const atts = (text: string) => extract(text, { gazetteer: g, publisher: 'Example News' }).attributions.map(triple);

describe('a verb\'s object placed by a preposition of place relates no party (extraction, holdout4, holdout5, holdout6)', () => {
  it('"finds a new base in X", "closed a handful of embassies across X", "has designated two militant groups in X", "made an announcement in the X"', () => {
    expect(atts('Hamas finds a new base in Jammu and Kashmir.')).toEqual([]);
    expect(atts('The United States closed a handful of embassies across Southeast Asia.')).toEqual([]);
    expect(atts('The United States has designated two militant groups in Libya as terrorist organizations.')).toEqual([]);
    expect(atts('Gennadiy Seleznyov made an announcement in the State Duma about a report.')).toEqual([]);
  });
  it('not: a copula\'s phrase, a phrase with no object, a preposition that is not of place', () => {
    expect(atts('Jaish-e-Mohammed is the principal terrorist organization in Jammu and Kashmir.')).toContainEqual(['Jaish-e-Mohammed', 'is the principal terrorist organization in', 'Jammu and Kashmir']);
    expect(atts('Red Cells is a terrorist group active in Egypt.')).toContainEqual(['Red Cells', 'is a terrorist group active in', 'Egypt']);
    expect(atts('Lashkar-e-Taiba continues to operate freely within Pakistan.')).toContainEqual(['Lashkar-e-Taiba', 'continues to operate freely within', 'Pakistan']);
  });
});
