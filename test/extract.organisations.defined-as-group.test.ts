// A name defined as a group is an organisation's, whatever its words: "National Action is a neo-Nazi group", "X was
// a left-wing urban guerrilla group" (the opening of an encyclopedia's page on a group, of a release on a designated
// one). Names of common words or of no known head had no other evidence (holdout13: National Action,
// Tupamaros, Sadval). The lead's change of the session of 04:47 on 2026-12-07. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const x = (text: string) => extract(text, { gazetteer: [], published: null });

describe('organisations: a name defined as a group', () => {
  it.each([
    ['common words', 'Northern Dawn is a neo-Nazi group that was founded in 2015. The government banned Northern Dawn in 2017.', 'Northern Dawn'],
    ['one word', 'Karavan was a left-wing urban guerrilla group active in the 1970s.', 'Karavan'],
    ['a capitalised word in the description', 'Sadval is a Lezgin separatist movement based in the Caucasus.', 'Sadval'],
  ])('%s', (_n, text, org) => {
    const r = x(text);
    expect(r.organisations).toContain(org);
    expect(r.mentions.filter((m) => m.text === org).every((m) => m.type === 'organization')).toBe(true);
  });
  it('every mention of the name, after its definition too', () => {
    const r = x('Northern Dawn is a neo-Nazi group that was founded in 2015. The government banned Northern Dawn in 2017.');
    expect(r.mentions.filter((m) => m.text === 'Northern Dawn')).toHaveLength(2);
  });
  it.each([
    ['a role in the group', 'Omar Kestrel is a member of the group.'],
    ['a role after the group’s name', 'Omar Kestrel is a Valley Front commander.'],
    ['a definite description', 'Omar Kestrel was the group leader until 2004.'],
  ])('not: %s', (_n, text) => {
    expect(x(text).organisations).not.toContain('Omar Kestrel');
  });
});
