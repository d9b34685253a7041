// Branch people28 (fresh-text audit of people): a word glued to a person's name that the tables took apart
// belongs to it — a hyphened first given name the tables lack ("Ann-Marie"), a one-word town or province right
// after a name of two or more words (a surname), a place opening a list item before a name that opens with a
// given name — and a name ending in a prison's head word ("Soledad Prison") is no person. Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });
const people = (text: string) => run(text).people;

describe('people28: names glued together', () => {
  it('a hyphened first given name the tables lack opens the name', () => {
    expect(people('Ann-Marie Keogh was arrested at the airport. Keogh denied the charge.')).toEqual(['Ann-Marie Keogh']);
    expect(people('Police said Ann-Kathrin Vogel had rented the van.')).toEqual(['Ann-Kathrin Vogel']);
    // (names the tables already read whole are as before)
    expect(people('Jean-Pierre Mabiala was arrested in Brussels.')).toEqual(['Jean-Pierre Mabiala']);
  });
  it('a town or a province right after a name of two words or more is its surname, a country is not', () => {
    const r = run('The Treasury named Ramon Daniel Ochoa Vargas and Luis Ortega Rodriguez, who launder money for the cartel.');
    expect(r.people).toEqual(['Ramon Daniel Ochoa Vargas', 'Luis Ortega Rodriguez']);
    expect(r.places).toEqual([]);
    expect(people('Officials named Ahmed Karimzada Pakistan')).toEqual(['Ahmed Karimzada']);
  });
  it('a place opening a list item before a given name opens the name; after a preposition it stays the place', () => {
    const r = run('The six are: Hector Ruiz Salas; Israel Daniel Ochoa Pena; and Mario Soto Lugo.');
    expect(r.people).toContain('Israel Daniel Ochoa Pena');
    expect(r.places).toEqual([]);
    const k = run('In Kabul Hamid Karzai said the talks would go on.');
    expect(k.people).toEqual(['Hamid Karzai']);
    expect(k.places).toEqual(['Kabul']);
  });
  it("a name ending in a prison's head word is no person", () => {
    expect(people("Three inmates at California's Soledad Prison were accused of killing a guard.")).toEqual([]);
    expect(run('He escaped from Evin Prison in 2009.').places).toEqual(['Evin Prison']);
  });
});
