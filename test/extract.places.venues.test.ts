// Venues named by a head word that opens the name (Place, Plaza, Avenida, Gare, Cinema …), embassies where
// something happened, and the words around a place that belong to its mention ("Republic of", "Province").
// Sentences written for these tests, not taken from the evaluation documents.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const ms = (text: string) => extract(text, { gazetteer: [] }).mentions.map((m) => [text.slice(m.start, m.end), m.type, m.canonical]);

describe('a venue head word that opens the name', () => {
  it('makes a square, an avenue or a station a place, head word and all', () => {
    expect(ms('Police sealed off the Piazza Fontana after the blast.')).toContainEqual(['Piazza Fontana', 'place', 'Piazza Fontana']);
    expect(ms('Thousands had gathered in the Plaza de Mayo for the rally.')).toContainEqual(['Plaza de Mayo', 'place', 'Plaza de Mayo']);
    expect(ms('The car bomb went off on the busy Avenida Bolívar at noon.')).toContainEqual(['Avenida Bolívar', 'place', 'Avenida Bolívar']);
    expect(ms('A suitcase was found at the Gare du Nord on Friday.')).toContainEqual(['Gare du Nord', 'place', 'Gare du Nord']);
    expect(ms('It was the worst fire since the Cinema Rex attack of 1978.')).toContainEqual(['Cinema Rex', 'place', 'Cinema Rex']);
  });
  it('but not as a sentence’s first word, where it is a verb or a noun of the sentence', () => {
    expect(ms('Place Sandbags along the river, officials told residents.').map((m) => m[0])).not.toContain('Place Sandbags');
  });
});

describe('an embassy where something happened', () => {
  it('is a venue named by the state and the city, past a compass word', () => {
    expect(ms('A truck bomb exploded at the Norwegian Embassy in Oslo.')).toContainEqual(['Norwegian Embassy', 'place', 'Norwegian Embassy in Oslo']);
    expect(ms('Soldiers patrolled near the French Embassy in central Bamako on Monday.')).toContainEqual(['French Embassy', 'place', 'French Embassy in Bamako']);
  });
  it('but one that speaks, or is only named, is not: the state and the city are the places', () => {
    expect(ms('The Canadian Embassy in Nairobi said it had no information.')).toEqual([
      ['Nairobi', 'place', 'Nairobi'],
    ]);
    expect(ms('The statement was posted by the U.S. Embassy in Lebanon.')).toEqual([
      ['U.S.', 'place', 'United States'],
      ['Lebanon', 'place', 'Lebanon'],
    ]);
  });
});

describe('words around a place that belong to its mention', () => {
  it('"Republic of" before a place is part of the mention, the canonical the place’s', () => {
    expect(ms('The visitors came from the Republic of Ireland by bus.')).toEqual([['Republic of Ireland', 'place', 'Ireland']]);
  });
  it('a capitalised "Province" or "Municipality" after a place is part of it, not its lower-case "province"', () => {
    expect(ms('Fighting spread across Kandahar Province last week.')).toEqual([['Kandahar Province', 'place', 'Kandahar']]);
    expect(ms('Fighting spread across Kandahar province last week.').map((m) => m[0])).toEqual(['Kandahar']);
  });
});
