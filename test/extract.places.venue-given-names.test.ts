// A venue whose name opens with a word that is also a given name ("Days Inn", "Étoile du Sud hotel") is a
// place, not a person: its head word (a capitalised Inn, Motel, Ballroom; a lower-case hotel, club, station
// after it) says so. A dash glued to a name and a lower-case word is no hyphen inside a name. Sentences from
// holdout5 and holdout7 (retired) and written ones.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const ms = (text: string) => extract(text, { gazetteer: [] }).mentions.map((m) => [text.slice(m.start, m.end), m.type, m.canonical]);

describe('a venue named with a given name', () => {
  it('is a place by a capitalised venue head (Inn, Ballroom, Motel)', () => {
    expect(ms('The explosions at the Grand Hyatt Hotel, the Radisson SAS Hotel, and the Days Inn started at around 20:50.')).toContainEqual(['Days Inn', 'place', 'Days Inn']);
    expect(ms('Two suicide bombers entered the Philadelphia Ballroom, where a wedding was being held.')).toContainEqual(['Philadelphia Ballroom', 'place', 'Philadelphia Ballroom']);
    expect(ms('Police searched the Eleanor Motel on Sunday.')).toContainEqual(['Eleanor Motel', 'place', 'Eleanor Motel']);
  });
  it('is a place, head and all, by a lower-case venue head after it', () => {
    expect(ms('Three armed assailants attacked the Étoile du Sud hotel which was occupied by numerous guests.')).toContainEqual(['Étoile du Sud hotel', 'place', 'Étoile du Sud hotel']);
  });
  it('but a person’s name before other words stays a person’s', () => {
    expect(ms('Étienne Dubois said the hotel was full.')).toContainEqual(['Étienne Dubois', 'person', 'Étienne Dubois']);
  });
});

describe('a dash after a name', () => {
  it('ends the name: the names before it are still read as two people', () => {
    const m = ms('Husband and wife Ali Hussein Ali al-Shamari and Sajida al-Rishawi—entered the Philadelphia Ballroom.');
    expect(m).toContainEqual(['Ali Hussein Ali al-Shamari', 'person', 'Ali Hussein Ali al-Shamari']);
    expect(m).toContainEqual(['Sajida al-Rishawi', 'person', 'Sajida al-Rishawi']);
    expect(m).toContainEqual(['Philadelphia Ballroom', 'place', 'Philadelphia Ballroom']);
  });
});
