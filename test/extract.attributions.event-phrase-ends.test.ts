// Where an event phrase ends in news text (wild2, an audit of fresh news stories): before a reporting tail after a
// comma (", the group's news agency said", ", also claimed by X", a finite verb of the main clause after a relative
// clause), and before the claim's medium ("in a statement", "in two video clips", "in telephone calls to …").
// Sentences written for the tests, with what must not change.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const atts = (text: string, gazetteer: ReturnType<typeof entry>[]) =>
  extract(text, { gazetteer, publisher: 'example.org', title: null }).attributions.map(triple);
const g = [entry('Red Cells', 'organization'), entry('Blue Front', 'organization')];
const claimed = (got: ReturnType<typeof atts>) => got.filter((a) => a[0] === 'Red Cells' && a[1] === 'claimed responsibility for').map((a) => a[2]);

describe('an event phrase stops before a reporting tail after a comma', () => {
  it('", the group\'s news agency said …"', () => {
    const got = atts('Red Cells claimed responsibility for the bombing of the Harbor Hotel, the group\'s news agency said without giving evidence.', g);
    expect(claimed(got)).toEqual(['bombing of the Harbor Hotel']);
  });
  it('", also claimed by X, …"', () => {
    const got = atts('Red Cells claimed responsibility for the ambush of the border patrol, also claimed by Blue Front, a rival faction.', g);
    expect(claimed(got)).toEqual(['ambush of the border patrol']);
  });
  it('not: ", the <noun> …" with no verb of saying goes on as before ("…, the raid on X, and …")', () => {
    const got = claimed(atts('Red Cells claimed responsibility for the bombing of the Harbor Hotel, the raid on the Central Bank, and the siege of the Grand Mosque.', g));
    expect(got[0]).toBe('bombing of the Harbor Hotel, the raid on the Central Bank');
  });
  it('"…, dismissed the statement" (the main clause after a relative clause)', () => {
    const got = atts('Red Cells, which claimed responsibility for the raid on the Harbor Hotel, dismissed the ministry\'s statement.', g);
    expect(claimed(got)).toEqual(['raid on the Harbor Hotel']);
  });
});

describe('an event phrase stops before the claim\'s medium', () => {
  it('"in two video clips", "in telephone calls to …", "in a statement"', () => {
    expect(claimed(atts('Red Cells claimed responsibility for the bombing of the Harbor Hotel in two video clips.', g))).toEqual(['bombing of the Harbor Hotel']);
    expect(claimed(atts('Red Cells claimed responsibility for the bombing of the Harbor Hotel in telephone calls to local newspapers.', g))).toEqual(['bombing of the Harbor Hotel']);
    expect(claimed(atts('Red Cells claimed responsibility for the bombing of the Harbor Hotel in a statement posted online.', g))).toEqual(['bombing of the Harbor Hotel']);
  });
  it('not: a place after "in" stays in the phrase', () => {
    expect(claimed(atts('Red Cells claimed responsibility for the bombing of the Harbor Hotel in the old town.', g))).toEqual(['bombing of the Harbor Hotel in the old town']);
  });
});

describe('an event phrase stops before a coordinated verb of the main clause', () => {
  it('"… the raid on the Harbor Hotel and rejected the charge", "… and in turn pointed a finger at …"', () => {
    expect(claimed(atts('Red Cells claimed responsibility for the raid on the Harbor Hotel and rejected the charge of killing civilians.', g))).toEqual(['raid on the Harbor Hotel']);
    expect(claimed(atts('Red Cells claimed responsibility for the raid on the Harbor Hotel and in turn pointed a finger at the army.', g))).toEqual(['raid on the Harbor Hotel']);
  });
  it('not: an event noun in -ed after "and" ("the raid and attempted assassination of …" has no article after the verb)', () => {
    expect(claimed(atts('Red Cells claimed responsibility for the raid on the Harbor Hotel and attempted assassination of its owner.', g))).toEqual(['raid on the Harbor Hotel and attempted assassination of its owner']);
  });
});
