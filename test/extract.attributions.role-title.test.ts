// A role's holder named after the role with a title before the name ("the former head of the G, General P": P is the
// former head of G; claims/shape-roles.ts withoutTitle, branch attr31, holdout18/05). Sentences written for these
// tests, each with what must not change.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const g = [entry('Marcus Feld', 'person'), entry('Ostland Workers Party', 'organization'), entry('Ostland Army', 'organization')];
const atts = (text: string) => extract(text, { gazetteer: g, publisher: 'Example News' }).attributions.map(triple);

describe('a title between the role and the name', () => {
  it('"the former head of the G, General P": P', () => {
    expect(atts('Police arrested the former head of the Ostland Army, General Marcus Feld, on Monday.')).toContainEqual(['Marcus Feld', 'is the former head of', 'Ostland Army']);
  });
  it('"the leader of the G, Dr. P": P', () => {
    expect(atts('Police arrested the leader of the Ostland Workers Party, Dr. Marcus Feld, on Monday.')).toContainEqual(['Marcus Feld', 'is the leader of', 'Ostland Workers Party']);
  });
  it('not: a capitalised word that is no title ("the leader of the G, Then P")', () => {
    expect(atts('He met the leader of the Ostland Workers Party, Later Marcus Feld, on Monday.').filter((t) => t[0] === 'Marcus Feld')).toEqual([]);
  });
});
