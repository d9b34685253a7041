// A passive act of violence whose doer is named after a description of him ("by right-wing extremist P", "by one of
// his own bodyguards, P"), and whose victim has an office in apposition ("P, General-Secretary of the X (XP), was
// assassinated by …") (claims/acts-violence.ts, branch attr31; holdout17/09, holdout20/12). Sentences written for
// these tests, each with what must not change.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const g = [
  entry('Arnold Berger', 'person'),
  entry('Marcus Feld', 'person'),
  entry('Ostland Workers Party', 'organization'),
  entry('Ostland', 'place'),
];
const atts = (text: string) => extract(text, { gazetteer: g, publisher: 'Example News' }).attributions.map(triple);

describe('a doer named after his description', () => {
  it('"by right-wing extremist P": P', () => {
    expect(atts('Arnold Berger was assassinated by right-wing extremist Marcus Feld in 1990.')).toContainEqual(['Marcus Feld', 'assassinated', 'Arnold Berger']);
  });
  it('"by his bodyguard P": P', () => {
    expect(atts('Arnold Berger was shot dead by his bodyguard Marcus Feld outside the palace.')).toContainEqual(['Marcus Feld', 'shot dead', 'Arnold Berger']);
  });
  it('"by one of his own bodyguards, P, who …": P', () => {
    expect(atts('Arnold Berger was killed by one of his own bodyguards, Marcus Feld, who acted alone.')).toContainEqual(['Marcus Feld', 'killed', 'Arnold Berger']);
  });
  it('not: a name after "of" ("by supporters of P")', () => {
    expect(atts('Arnold Berger was killed by supporters of Marcus Feld in 1990.').filter((t) => t[0] === 'Marcus Feld')).toEqual([]);
  });
  it('not: a name after a clause\'s word ("by gunmen and later freed by P")', () => {
    expect(atts('Arnold Berger was kidnapped by gunmen who later handed him to Marcus Feld.').filter((t) => t[0] === 'Marcus Feld')).toEqual([]);
  });
  it('not: a means before the name ("by a bomb sent to P")', () => {
    expect(atts('Arnold Berger was killed by a parcel bomb sent from Marcus Feld.').filter((t) => t[0] === 'Marcus Feld')).toEqual([]);
  });
});

describe('a victim with an office in apposition', () => {
  it('"P, General-Secretary of the X (XP), was assassinated by …": P', () => {
    expect(atts('Arnold Berger, General-Secretary of the Ostland Workers Party (OWP), was assassinated by right-wing extremist Marcus Feld on 2 May 1990.')).toContainEqual(['Marcus Feld', 'assassinated', 'Arnold Berger']);
  });
  it('after a time: "On 2 May, P, Minister of Finance of X, was shot dead by …": P', () => {
    expect(atts('On 2 May, Arnold Berger, Minister of Finance of Ostland, was shot dead by his bodyguard Marcus Feld.')).toContainEqual(['Marcus Feld', 'shot dead', 'Arnold Berger']);
  });
  it('not: the person is no clause\'s subject ("A driver of P, General-Secretary of the X (XP), was shot dead by …")', () => {
    expect(atts('A driver of Arnold Berger, General-Secretary of the Ostland Workers Party (OWP), was shot dead by his bodyguard Marcus Feld.').filter((t) => t[2] === 'Arnold Berger')).toEqual([]);
  });
});
