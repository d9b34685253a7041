// Branch wild13 (fresh-text audit): a landform is a place of its own. "Lake" before a place's name is one place
// with it ("around Lake Chad", not "Lake" and the country); "Forest" and "Ocean" end a place's name like "River"
// and "Desert" ("the Sambisa Forest", "the Atlantic Ocean"). Sentences written for these tests (the places named
// are real).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const places = (text: string) => extract(text, { gazetteer: [], published: null }).places;

describe('places: landforms', () => {
  it('"Lake" before a country’s name', () => {
    const p = places('The group has been consolidating its grip on the islands around Lake Chad since 2021.');
    expect(p).toContain('Lake Chad');
    expect(p).not.toContain('Lake');
    expect(p).not.toContain('Chad');
  });
  it('"Lake" before a city’s name', () => {
    const p = places('The ferry capsized on Lake Victoria with more than 200 passengers aboard.');
    expect(p).toContain('Lake Victoria');
    expect(p).not.toContain('Lake');
  });
  it('the country alone stays the country', () => {
    expect(places('Troops from Chad and Niger crossed the border on Monday.')).toEqual(expect.arrayContaining(['Chad', 'Niger']));
  });
  it.each([
    ['a forest', 'Soldiers rescued dozens of hostages from the Sambisa Forest in April.', 'Sambisa Forest'],
    ['an ocean', 'The aircraft broke up over the Atlantic Ocean at 31,000 feet.', 'Atlantic Ocean'],
  ])('%s', (_n, text, whole) => {
    expect(places(text)).toContain(whole);
  });
});
