// Branch places12: (1) a name coordinated with places is a place: after a place and "and" ("between Santiago
// and El Melocoton"), or between a place's comma and "and" before a place ("Semporna, Kunak and Tawau"); not a
// modifier ("U.S. and Coalition forces") nor a given name. (2) Spanish place names joined by a particle: after
// a preposition of place, two names joined by "de"/"del" ("in Cajón del Maipo"); a known place continued by
// "de (la)" and a name ("the city of Santa Cruz de la Sierra"). Sentences written for these tests (the
// places named are real).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const places = (text: string) => extract(text, { gazetteer: [], published: null }).places;

describe('places: a name coordinated with places', () => {
  it.each([
    ['after a place and "and"', 'The road is a bottleneck between Santiago and El Melocoton, a country estate.', 'El Melocoton'],
    ['between a place’s comma and "and"', 'Troops were sent to Semporna, Kunak and Tawau in eastern Sabah.', 'Kunak'],
    ['before a time word', 'He visited Kabul and Mazar Sharif last week.', 'Mazar Sharif'],
  ])('%s', (_n, text, place) => {
    expect(places(text)).toContain(place);
  });
  it.each([
    ['a modifier', 'He attacked U.S. and Coalition forces in Afghanistan.', 'Coalition'],
    ['a person after a place and "and"', 'The talks in Kabul and John Smith’s visit were delayed.', 'John Smith'],
  ])('not: %s', (_n, text, name) => {
    expect(places(text)).not.toContain(name);
  });
});

describe('places: Spanish place names joined by a particle', () => {
  it.each([
    ['after "in", two names joined by "del"', 'The estate lies 30 miles southeast of the capital in Cajón del Maipo.', 'Cajón del Maipo'],
    ['a known place continued by "de la"', 'The camp was 250 kilometers southwest of the city of Santa Cruz de la Sierra.', 'Santa Cruz de la Sierra'],
  ])('%s', (_n, text, place) => {
    expect(places(text)).toContain(place);
  });
  it('not: a body’s name opened by a Spanish head', () => {
    expect(places('He held an account in Banco de Crédito for years.')).not.toContain('Banco de Crédito');
  });
});
