// An ordinal in figures alone is no name, before a lower-case organisation head too: "the 71st organisation to be
// proscribed" gave the organisation "71st" (holdout13). The lead's change of the session of 04:47 on 2026-12-07.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const x = (text: string) => extract(text, { gazetteer: [], published: null });

describe('organisations: an ordinal alone', () => {
  it.each([
    ['before "organisation"', 'The group became the 71st organisation to be banned under the Act.'],
    ['before "army"', 'Units of the 14th army group crossed the river at dawn.'],
  ])('%s is no organisation', (_n, text) => {
    const r = x(text);
    expect(r.organisations).toEqual([]);
    expect(r.mentions.filter((m) => /^\d/.test(m.text))).toEqual([]);
  });
  it('an ordinal that opens a unit’s name stays in it', () => {
    expect(x('Soldiers of the 2nd Battalion of the Parachute Regiment opened fire.').organisations).toContain('2nd Battalion of the Parachute Regiment');
  });
});
