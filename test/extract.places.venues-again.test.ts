// A place found by evidence is that place where its name stands again alone ("the town of Chibok" …
// "Chibok schoolgirls kidnapping"); a venue named again without its head word is the same venue ("the Grand Hyatt Hotel"
// … "at the Grand Hyatt"; "Tarata Street" … "the Tarata bombing"). Sentences from the retired sets (dev,
// holdout5, holdout7) and written ones.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const ms = (text: string) => extract(text, { gazetteer: [] }).mentions.map((m) => [text.slice(m.start, m.end), m.type, m.canonical]);

describe('a place found by evidence, named again alone', () => {
  it('is that place where it stands again, before a lower-case word or in a list', () => {
    const m = ms('Chibok schoolgirls kidnapping. Gunmen kidnapped 276 students in the town of Chibok in Borno State.');
    expect(m).toContainEqual(['Chibok', 'place', 'Chibok']);
    expect(m.filter((x) => x[0] === 'Chibok')).toHaveLength(2);
  });
  it('but not from a name found before a lower-case noun, which may be a people’s ("in Baloch areas")', () => {
    const m = ms('Fighting continued in Baloch areas. Baloch separatists claimed the attack, and Baloch leaders condemned it.');
    expect(m.filter((x) => x[0] === 'Baloch' && x[1] === 'place').length).toBeLessThanOrEqual(1);
  });
  it('but not inside a longer name', () => {
    const m = ms('Gunmen kidnapped 276 students in the town of Chibok. Chibok Mbaya said the school had no guards.');
    expect(m.filter((x) => x[0] === 'Chibok')).toHaveLength(1);
  });
});

describe('a venue named again without its head word', () => {
  it('is the venue, under its full name', () => {
    const m = ms('The explosions at the Grand Hyatt Hotel and the Radisson SAS Hotel started at 20:50. A bomber at the Grand Hyatt detonated his vest, and the Radisson SAS was evacuated.');
    expect(m).toContainEqual(['Grand Hyatt', 'place', 'Grand Hyatt Hotel']);
    expect(m).toContainEqual(['Radisson SAS', 'place', 'Radisson SAS Hotel']);
  });
  it('also before a lower-case word ("the Tarata bombing") and after a preposition', () => {
    const m = ms('The attack was carried out in Tarata Street, in Miraflores. The Tarata bombing killed 25 people.');
    expect(m).toContainEqual(['Tarata', 'place', 'Tarata Street']);
    expect(ms('Gunmen opened fire on the Holey Artisan Bakery in Dhaka. Police stormed Holey Artisan the next morning.')).toContainEqual(['Holey Artisan', 'place', 'Holey Artisan Bakery']);
  });
  it('but not where a person’s name stands (before a verb of speech, after a title)', () => {
    // (the speaker is a person: branch wild20's surname alone before "said")
    const m = ms('The wounded were taken to Jinnah Hospital in Karachi. Jinnah said in 1947 that minorities would be safe.');
    expect(m.filter((x) => x[1] === 'place').map((x) => x[0])).not.toContain('Jinnah');
  });
  it('but not inside a longer name, nor a one-word given name', () => {
    const m = ms('The explosions at the Grand Hyatt Hotel started at 20:50. The Grand Hyatt Amman reopened later.');
    expect(m.map((x) => x[0])).not.toContain('Grand Hyatt');
    expect(ms('Guests fled the Eleanor Motel. Eleanor said she had heard two shots.').filter((x) => x[1] === 'place').map((x) => x[0])).not.toContain('Eleanor');
  });
});
