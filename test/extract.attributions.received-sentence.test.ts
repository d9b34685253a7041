// "P received 15 years …", "P received a 10-year sentence": a person's sentence written with "received", about the
// party the last legal act in the text was about (fresh texts 17, 18 of branch wild8's audit; no retired set has
// the shape). Sentences written for the tests (invented names), each with what must not change (branch wild8).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const atts = (text: string, gazetteer: ReturnType<typeof entry>[]) =>
  extract(text, { gazetteer, publisher: 'Voice of America', title: null }).attributions.map(triple);

const g = [entry('Red Cells', 'organization'), entry('Omar Saleh', 'person'), entry('Karim Haddad', 'person')];

describe('"P received N years / a N-year sentence"', () => {
  it('"Omar Saleh, 21, received a 10-year sentence" after "… sentenced for conspiring to support Red Cells"', () => {
    const got = atts('Three men were sentenced on Monday for conspiring to support Red Cells. Omar Saleh, 21, received a 10-year sentence, the harshest handed down on Monday.', g);
    expect(got.some((a) => a[0] === 'Omar Saleh' && a[1] === 'received a 10-year sentence' && a[2] === 'Red Cells')).toBe(true);
  });
  it('"one of his co-defendants, Karim Haddad, received 15 years on charges connected to the plot"', () => {
    const got = atts('Omar Saleh is being sentenced for conspiring to join Red Cells. Earlier Tuesday, one of his co-defendants, Karim Haddad, received 15 years on charges connected to the plot.', g);
    expect(got.some((a) => a[0] === 'Karim Haddad' && a[1] === 'received 15 years' && a[2] === 'Red Cells')).toBe(true);
  });
  it('not: "received" without a penalty ("received a 10-year contract", "received funds from")', () => {
    const got = atts('Omar Saleh was sentenced for conspiring to support Red Cells. Karim Haddad received a 10-year contract and received funds from Red Cells.', g);
    expect(got.filter((a) => a[0] === 'Karim Haddad' && /^received (?:a 10-year|\d)/.test(a[1] ?? ''))).toEqual([]);
  });
});
