// A state blamed by name right after "blamed" and before "for" (wild2, an audit of fresh news texts: accusations
// between states, "Pakistan blamed India for …"). Sentences written for the tests, with what must not change.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { triple } from './helpers/attributions.ts';

const atts = (text: string) => extract(text, { gazetteer: [], publisher: 'example.org', title: null }).attributions.map(triple);
const blamed = (got: ReturnType<typeof atts>) => got.filter((a) => a[1] === 'blamed for').map((a) => [a[0], a[2]]);

describe('"X blamed <state> for <event>": the state is blamed for the event', () => {
  it('"Pakistan blamed India for the bombing of the Harbor Hotel"', () => {
    expect(blamed(atts('On Tuesday Pakistan blamed India for the bombing of the Harbor Hotel.'))).toEqual([['India', 'bombing of the Harbor Hotel']]);
  });
  it('the claimant is the blaming state, and the pair is no "associated_with" relation', () => {
    const x = extract('On Tuesday Pakistan blamed India for the bombing of the Harbor Hotel.', { gazetteer: [], publisher: 'example.org', title: null });
    expect(x.attributions.map((a) => [a.actor, a.according_to])).toEqual([['India', 'Pakistan']]);
  });
  it('not: a place that is not right after the verb ("blamed militants in Afghanistan for …")', () => {
    expect(blamed(atts('On Tuesday Pakistan blamed militants in Afghanistan for the bombing of the Harbor Hotel.')).filter((a) => a[0] === 'Afghanistan')).toEqual([]);
  });
  it('not: a state that only qualifies the noun blamed ("blamed India\'s silence for …")', () => {
    expect(blamed(atts('On Tuesday Pakistan blamed India\'s silence for the delay in the bombing inquiry.'))).toEqual([]);
  });
});
