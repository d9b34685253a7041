// Organisations whose name ends in "Faction" or "Cells" (branch wild10): two head words of armed groups' names
// that the head lists lacked, found in an audit of fresh encyclopedia articles. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const x = (text: string) => extract(text, { gazetteer: [] });
/** The organisation mentions as [text, start, end]. */
const orgs = (text: string) => x(text).mentions.filter((m) => m.type === 'organization').map((m) => [m.text, m.start, m.end]);
const span = (text: string, s: string) => [s, text.indexOf(s), text.indexOf(s) + s.length];

describe('"Faction" ends a body\'s name', () => {
  it('after "of the", with nothing else said of it', () => {
    const s = 'The hijackers demanded the release of one of the founders of the Red Army Faction, who was held in prison.';
    expect(orgs(s)).toContainEqual(span(s, 'Red Army Faction'));
    expect(x(s).organisations).toContain('Red Army Faction');
  });
  it('as the subject of a sentence', () => {
    const s = 'The Popular Resistance Faction claimed the attack on the convoy.';
    expect(orgs(s)).toContainEqual(span(s, 'Popular Resistance Faction'));
  });
});

describe('"Cells" ends a body\'s name', () => {
  it('after "than the", with nothing else said of it', () => {
    const s = 'The group conducted fewer attacks than the Revolutionary Cells, which is held responsible for 296 bomb attacks.';
    expect(orgs(s)).toContainEqual(span(s, 'Revolutionary Cells'));
  });
  it('as the subject of a sentence', () => {
    const s = 'The Revolutionary Cells claimed the bombing of the courthouse.';
    expect(x(s).organisations).toEqual(['Revolutionary Cells']);
  });
  it('no body in a lower-case "cells" or "faction"', () => {
    const s = 'Police said three cells of the group and a rival faction were dismantled in Hamburg.';
    expect(x(s).organisations).toEqual([]);
  });
});
