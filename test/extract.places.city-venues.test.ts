// Branch wild6 (fresh encyclopedia texts): a city's name right before a building's name whose head word is
// capitalised (Hotel, Hospital, Station, Mosque …) is part of that name: "the Kabul Serena Hotel", not "Kabul"
// and "Serena Hotel". Not before a common noun ("the Minsk Metro station"). Sentences written for these tests
// (the places named are real).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const places = (text: string) => extract(text, { gazetteer: [], published: null }).places;

describe('places: a city’s name opening a building’s name', () => {
  it.each([
    ['a hotel', 'Gunmen stormed the gym of the Kabul Serena Hotel on Monday evening.', 'Kabul Serena Hotel', 'Serena Hotel'],
    ['a hospital', 'She was declared dead at Rawalpindi General Hospital an hour later.', 'Rawalpindi General Hospital', 'General Hospital'],
    ['a railway station', 'Crowds gathered outside Lahore Railway Station after the blast.', 'Lahore Railway Station', 'Railway Station'],
  ])('%s', (_n, text, whole, cut) => {
    const p = places(text);
    expect(p).toContain(whole);
    expect(p).not.toContain(cut);
  });
  it('not before a common noun', () => {
    const p = places('The bomb went off in the Minsk Metro station during the rush hour.');
    expect(p).toContain('Minsk');
    expect(p).not.toContain('Minsk Metro station');
  });
});
