// Branch names10: a venue head that other languages put first takes the known place in its name ("the Hotel
// Kandahar", "Palacio de Gobierno de Lima"); lower-case "area" and "complex" after an unknown name type it a place
// (the head left out); "within" is a preposition of place. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const ms = (text: string) => extract(text, { gazetteer: [] }).mentions.map((m) => [text.slice(m.start, m.end), m.type, m.canonical]);
const places = (text: string) => extract(text, { gazetteer: [] }).places;

describe('a venue head put first takes the known place after it', () => {
  it('right after the head: the venue, not the city', () => {
    const m = ms('Two gunmen opened fire in the lobby of the Hotel Kandahar on Tuesday night.');
    expect(m).toContainEqual(['Hotel Kandahar', 'place', 'Hotel Kandahar']);
    expect(m).not.toContainEqual(['Kandahar', 'place', 'Kandahar']);
  });
  it('after "de": the whole name, and the city stays a place elsewhere', () => {
    const text = 'Protesters gathered outside the Palacio de Gobierno de Lima before the march. Arrests were later made in Lima.';
    const m = ms(text);
    expect(m).toContainEqual(['Palacio de Gobierno de Lima', 'place', 'Palacio de Gobierno de Lima']);
    expect(m).toContainEqual(['Lima', 'place', 'Lima']);
    expect(m.filter((x) => x[0] === 'Lima')).toHaveLength(1);
  });
  it('with a name word and an English head after the place', () => {
    expect(ms('The president spoke in front of the Centro Juan Quito Towers.')).toContainEqual(['Centro Juan Quito Towers', 'place', 'Centro Juan Quito Towers']);
  });
  it('but an infobox label opening its line is no venue head', () => {
    const m = ms('Place Kandahar, Afghanistan\nDate 4 May 2011');
    expect(m).toContainEqual(['Kandahar', 'place', 'Kandahar']);
    expect(m.some((x) => String(x[0]).startsWith('Place'))).toBe(false);
  });
  it('and a known place with no venue head before it stays the place', () => {
    expect(ms('The bombers had stayed in Kandahar for a week.')).toContainEqual(['Kandahar', 'place', 'Kandahar']);
  });
});

describe('lower-case "area" and "complex" after an unknown name', () => {
  it('type it a place, without the head', () => {
    const m = ms('Rescuers searched the rubble of the Zabeel complex after the blast. The fighting spread to the East Morogo area.');
    expect(m).toContainEqual(['Zabeel', 'place', 'Zabeel']);
    expect(m).toContainEqual(['East Morogo', 'place', 'East Morogo']);
  });
  it('but not a demonym before them', () => {
    expect(places('Villagers fled the Somali area of the camp.')).toEqual([]);
  });
});

describe('"within" is a preposition of place', () => {
  it('before an unknown name', () => {
    expect(ms('The attackers took refuge within Dolnja Monastery for two days.')).toContainEqual(['Dolnja Monastery', 'place', 'Dolnja Monastery']);
    expect(ms('The bomb went off within Tiergartenviertel, the government quarter.')).toContainEqual(['Tiergartenviertel', 'place', 'Tiergartenviertel']);
  });
  it('but not before a lower-case phrase', () => {
    expect(places('Officials said the attack came within hours of the warning.')).toEqual([]);
  });
});

describe('a place’s name that the text says is a people’s', () => {
  it('in apposition ("…, the second largest ethnic community") names the people everywhere in the text', () => {
    const text = 'Gunmen attacked Amhara, the second largest ethnic community in the country. Hundreds of Amhara villagers fled.';
    expect(places(text)).toEqual([]);
  });
  it('and beside another tribe', () => {
    expect(places('Elders said the clashes involved the Ginir and another Darfur tribe.')).not.toContain('Ginir');
  });
  it('but a lower-case place head after it keeps the place, and a country is never a people', () => {
    const text = 'Gunmen attacked Amhara, the second largest ethnic community. Troops entered the Amhara region.';
    expect(ms(text)).toContainEqual(['Amhara', 'place', 'Amhara']);
    expect(places('Troops moved into Somalia, a country of many clans, in 2006.')).toEqual(['Somalia']);
  });
  it('and a place in apposition to a city stays a place', () => {
    expect(places('The bomb exploded in Kabul, the capital, on Monday.')).toEqual(['Kabul']);
  });
});
