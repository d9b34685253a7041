// A headline in Title Case: "in" before a capitalised word there says nothing of a place ("Blamed in Bomb
// Explosion"). Headlines from holdout3 and holdout7 (retired) and written sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const ms = (text: string) => extract(text, { gazetteer: [] }).mentions.map((m) => [text.slice(m.start, m.end), m.type, m.canonical]);

describe('"in" and a capitalised word in a Title Case headline', () => {
  it('makes no place', () => {
    expect(ms('Basque Separatists Blamed in Bomb Explosion\n\nA car bomb exploded in Bilbao on Thursday.').map((m) => m[0])).not.toContain('Bomb Explosion');
    expect(ms('Philippine Authorities Suspect Abu Sayyaf in Bombing\n\nTwo people were killed.').map((m) => m[0])).not.toContain('Bombing');
  });
  it('but in a sentence it still does', () => {
    expect(ms('Gunmen kidnapped the students in Chibok last night.')).toContainEqual(['Chibok', 'place', 'Chibok']);
  });
});

describe('a verb of speech in a Title Case headline ends a name', () => {
  it('the place before it stays a place, and no name runs through it', () => {
    const a = ms('Kenya Says Foreign Agency Had Role in Hotel Siege\n\nThe police said on Monday that four men were held.');
    expect(a).toContainEqual(['Kenya', 'place', 'Kenya']);
    const b = ms('Mali President Urges Calm After Market Attack\n\nThe police said on Monday that four men were held.');
    expect(b.filter((m) => m[1] === 'person')).toEqual([]);
    expect(b).toContainEqual(['Mali', 'place', 'Mali']);
  });
  it('not in a sentence, where the capitalised word may be a name\'s ("the Claims Commission")', () => {
    expect(ms('Lawyers of the Claims Commission said on Monday that it had paid.').map((m) => m[0])).toContain('Claims Commission');
  });
});
