// A name between "the" and a word of a group's kind with its group noun is the group's: "the former Seleka rebel
// movement", "the Mungiki criminal gang" (eval/holdout14's errors read at its retirement; the lead's change of the
// session of 07:26 on 2026-12-07). Not a description before the group's own name ("the Baloch separatist group Jaish
// ul-Adl"), nor a demonym. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const x = (text: string) => extract(text, { gazetteer: [], published: null });

describe('organisations: the X rebel movement', () => {
  it.each([
    ['"former" before', 'Clashes broke out between factions of the former Tarvek rebel movement on Monday.', 'Tarvek'],
    ['sentence-initial "The"', 'The Ulanga criminal gang attacked the market.', 'Ulanga'],
    ['an armed group', 'Fighting with the Kessoun armed group went on for days.', 'Kessoun'],
  ])('%s', (_n, text, org) => {
    const r = x(text);
    expect(r.organisations).toContain(org);
    expect(r.mentions.find((m) => m.text === org)?.type).toBe('organization');
  });
  it.each([
    ['a description before the name', 'Troops targeted militants of the Varani separatist group Jaish al-Talwar.', 'Varani'],
    ['a demonym', 'The Kenyan militant group claimed the attack.', 'Kenyan'],
    ['no article', 'Tarvek rebel movement members fled.', 'Tarvek'],
  ])('not: %s', (_n, text, name) => {
    expect(x(text).organisations).not.toContain(name);
  });
});
