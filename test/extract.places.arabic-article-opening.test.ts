// Branch wild24 (fresh-text audit of encyclopedia articles): a place found by evidence that the Arabic article opens
// in lower case, glued by a hyphen, takes the article in ("in al-Sabeen Square" was "Sabeen Square", a second
// canonical beside the heading's "Al-Sabeen Square"); a known place keeps its table's name. Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });

describe('places: a lower-case Arabic article opening a place found by evidence', () => {
  it('is part of the name', () => {
    const x = run('Soldiers were drilling in al-Tahrir Square when the bomb went off.');
    expect(x.places).toEqual(['al-Tahrir Square']);
    expect(x.mentions.map((m) => m.text)).toEqual(['al-Tahrir Square']);
  });
  it('takes the capitalised spelling written elsewhere as its canonical', () => {
    expect(run('Location: Al-Noor mosque, Sanaa\nGunmen stormed the al-Noor mosque at noon.').places).toEqual(['Al-Noor mosque', 'Sanaa']);
  });
  it('a known place keeps its table name', () => {
    expect(run('The fighting reached al-Mukalla by June.').places).toEqual(['Mukalla']);
  });
});
