// Branch wild15 (fresh-text audit): an embassy attacked is a venue also when named "Embassy of" the state ("outside
// the Embassy of the Russian Federation in Kabul") or as the building a part of which was attacked ("the attack on
// the headquarters of the Russian Embassy"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const places = (text: string) => extract(text, { gazetteer: [], published: null }).places;

describe('places: embassies attacked', () => {
  it('"Embassy of" the state, after a preposition of place', () => {
    const p = places('A suicide bomber blew himself up outside the Embassy of the Russian Federation in Kabul on Monday.');
    expect(p).toContain('Embassy of the Russian Federation in Kabul');
    expect(p).toContain('Kabul');
  });
  it('the headquarters of an embassy, an attack’s object', () => {
    expect(places('The minister condemned the attack on the headquarters of the French Embassy in the capital.')).toContain('French Embassy');
  });
  it('an embassy that speaks is no venue', () => {
    const p = places('The Embassy of the Russian Federation said the visa rules had changed.');
    expect(p.some((x) => x.includes('Embassy'))).toBe(false);
  });
  it('a visit to the headquarters is no attack', () => {
    expect(places('The minister visited the headquarters of the French Embassy.').some((x) => x.includes('Embassy'))).toBe(false);
  });
});
