// Branch wild24 (fresh-text audit of encyclopedia articles): a body of water or an island named by its head word,
// "of" and a name is one place — "the Gulf of Aqaba" was the Persian Gulf and Aqaba, "the Strait of Malacca" a
// body. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });

describe('places: "Gulf of X", "Strait of X", "Sea of X"', () => {
  it('a known place after the head and "of" is part of one place', () => {
    expect(run('Pirates boarded a tanker in the Gulf of Aden on Monday.').places).toEqual(['Gulf of Aden']);
    expect(run('The divers worked off the Gulf of Aqaba coast.').places).toEqual(['Gulf of Aqaba']);
  });
  it('an unknown name after the head and "of" is a place, not a body', () => {
    const x = run('Patrol boats escorted the convoy through the Strait of Malacca.');
    expect(x.places).toEqual(['Strait of Malacca']);
    expect(x.organisations).toEqual([]);
    expect(run('Two ships were hit in the Sea of Azov.').places).toEqual(['Sea of Azov']);
  });
  it('"Gulf" alone is still the Persian Gulf', () => {
    expect(run('Shipping in the Gulf slowed after the attack.').places).toEqual(['Persian Gulf']);
  });
});
