// The doers of an event page's act named right after their noun (claims.ts namedDoers, branch attr31): "The
// hijackers were P, Q, his wife R and S", "killing two of the perpetrators, P and Q", "two suicide bombers—husband
// and wife P and Q" (holdout14/08, holdout10/08). Pages written for these tests, each with what must not change.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const g = [
  entry('Marcus Feld', 'person'),
  entry('Ivo Brandt', 'person'),
  entry('Lena Brandt', 'person'),
  entry('Otto Kern', 'person'),
  entry('Ostland', 'place'),
];
const atts = (text: string) => extract(text, { gazetteer: g, publisher: 'Example Wiki' }).attributions.map(triple);
const page = (prose: string) => `1977 Ostland ferry hijacking\n\nThe 1977 Ostland ferry hijacking was a hijacking of a ferry in Ostland on 3 May 1977. ${prose}`;
const doers = (text: string) => atts(text).filter((t) => /^(?:hijacker|perpetrator|bomber|gunman|attacker) of$/.test(t[1]!));

describe('doers named after their noun', () => {
  it('"The hijackers were P, Q, his wife R and S": each a hijacker of the page\'s event', () => {
    expect(doers(page('The hijackers were Marcus Feld, Ivo Brandt, his wife Lena Brandt, and Otto Kern.'))).toEqual([
      ['Marcus Feld', 'hijacker of', '1977 Ostland ferry hijacking'],
      ['Ivo Brandt', 'hijacker of', '1977 Ostland ferry hijacking'],
      ['Lena Brandt', 'hijacker of', '1977 Ostland ferry hijacking'],
      ['Otto Kern', 'hijacker of', '1977 Ostland ferry hijacking'],
    ]);
  });
  it('"killing two of the perpetrators, P and Q": each a perpetrator', () => {
    expect(doers(page('A bomb went off early, killing two of the perpetrators, Marcus Feld and Otto Kern.'))).toEqual([
      ['Marcus Feld', 'perpetrator of', '1977 Ostland ferry hijacking'],
      ['Otto Kern', 'perpetrator of', '1977 Ostland ferry hijacking'],
    ]);
  });
  it('"two suicide bombers—husband and wife P and Q": each a bomber', () => {
    expect(doers(page('At the pier, two suicide bombers—husband and wife Ivo Brandt and Lena Brandt—entered the hall.'))).toEqual([
      ['Ivo Brandt', 'bomber of', '1977 Ostland ferry hijacking'],
      ['Lena Brandt', 'bomber of', '1977 Ostland ferry hijacking'],
    ]);
  });
  it('not: the noun with "of" after it ("the hijackers of another ferry were P")', () => {
    expect(doers(page('The hijackers of another ferry were Marcus Feld and Otto Kern.'))).toEqual([]);
  });
  it('not: no "the" or count before the noun ("many attackers, P among them")', () => {
    expect(doers(page('Police said that many attackers, Marcus Feld among them, escaped.'))).toEqual([]);
  });
  it('not: other words between the noun and a name ("the gunmen were released after Marcus Feld …")', () => {
    expect(doers(page('The gunmen were released after Marcus Feld negotiated with them.'))).toEqual([]);
  });
  it('not: a page about no event', () => {
    expect(doers('Marcus Feld\n\nMarcus Feld is a writer from Ostland. The hijackers were Ivo Brandt and Otto Kern.')).toEqual([]);
  });
});
