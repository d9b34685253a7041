// Branch wild15 (fresh-text audit): a place's name opened by an Arabic toponym head ("Deir", "Tal", "Ras", "Ain",
// "Bir", "Kafr", "Beit", …; "In" only glued by a hyphen) is one place, whatever its parts were typed alone
// ("Deir ez-Zor" was "Deir" and "Zor", "Ras al-Ain" nothing, "In-Amenas" the word "Amenas"). Sentences written
// for these tests (the places named are real).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });
const places = (text: string) => run(text).places;

describe('places: Arabic toponym heads', () => {
  it('a head, an article glued by hyphens and a name', () => {
    const p = places('Government troops held out for three years in the city of Deir ez-Zor.');
    expect(p).toContain('Deir ez-Zor');
    expect(p).not.toContain('Deir');
    expect(p).not.toContain('Zor');
  });
  it('with a place head after it', () => {
    expect(places('The militants lost most of Deir ez-Zor Governorate by the end of the year.')).toContain('Deir ez-Zor Governorate');
  });
  it.each([
    ['a spring', 'Kurdish units pushed the fighters back from Ras al-Ain on Tuesday.', 'Ras al-Ain'],
    ['a head and a name', 'The convoy reached Ain Issa before nightfall.', 'Ain Issa'],
    ['a hill', 'Residents fled Tal Abyad as the shelling grew heavier.', 'Tal Abyad'],
    ['"In-" glued by a hyphen, spelt with a space', 'Gunmen seized the gas plant near In-Amenas, Algeria, in January.', 'In Amenas'],
  ])('%s', (_n, text, whole) => {
    expect(places(text)).toContain(whole);
  });
  it('a person’s name is no longer read in it', () => {
    const x = run('Officials in Deir al-Balah counted the wounded.');
    expect(x.places).toContain('Deir al-Balah');
    expect(x.people).toEqual([]);
  });
  it('the preposition "In" with a space opens no place', () => {
    const p = places('In Baghdad, police said the blast killed four.');
    expect(p).toEqual(['Baghdad']);
  });
});
