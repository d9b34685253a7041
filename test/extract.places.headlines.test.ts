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
