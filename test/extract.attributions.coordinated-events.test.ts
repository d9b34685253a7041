// A claim's or a blame's list of events that goes on past the first: "…, as well as the attempted
// assassination of P" (holdout6), and past a toll's relative clause that holds an initialism ("… that wounded
// 77 U.S. soldiers, and the attack on …", holdout4). Sentences written for the tests, each with what must not change.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const atts = (text: string, gazetteer: ReturnType<typeof entry>[]) =>
  extract(text, { gazetteer, publisher: 'U.S. Department of State', title: null }).attributions.map(triple);

describe('"claimed responsibility for A, as well as B": B is claimed too (holdout6)', () => {
  const g = [entry('Red Cells', 'organization'), entry('Omar Saleh', 'person'), entry('Karim Haddad', 'person')];
  it('"… the assassination of P, as well as the attempted assassination of Q"', () => {
    const got = atts('Formed in 2016, Red Cells claimed responsibility for the assassination of police officer Omar Saleh, as well as the attempted assassination of the former minister Karim Haddad.', g);
    expect(got.some((a) => a[0] === 'Red Cells' && a[1] === 'claimed responsibility for' && (a[2] ?? '').includes('Omar Saleh'))).toBe(true);
    expect(got.some((a) => a[0] === 'Red Cells' && a[1] === 'claimed responsibility for' && (a[2] ?? '').includes('Karim Haddad'))).toBe(true);
  });
  it('not: "as well as" before what is no event', () => {
    const got = atts('Red Cells claimed responsibility for the assassination of police officer Omar Saleh, as well as the group\'s name.', g);
    expect(got.filter((a) => a[1] === 'claimed responsibility for' && /name/.test(a[2] ?? ''))).toEqual([]);
  });
});

describe('a list of events past a relative clause whose toll names "U.S." (holdout4)', () => {
  const g = [entry('Red Cells', 'organization')];
  it('"… the attack on a NATO base that wounded 77 U.S. soldiers, and the attack on the embassy in Kabul"', () => {
    const got = atts('Red Cells is blamed for many high-profile attacks, including last year\'s attack on a NATO base that wounded 77 U.S. soldiers, and the attack on the U.S. Embassy in Kabul.', g);
    expect(got.some((a) => a[0] === 'Red Cells' && (a[2] ?? '').includes('NATO base'))).toBe(true);
    expect(got.some((a) => a[0] === 'Red Cells' && /Embassy in Kabul/.test(a[2] ?? ''))).toBe(true);
  });
  it('not: a sentence that ends after the initialism', () => {
    const got = atts('Red Cells is blamed for the attack on a NATO base that wounded 77 U.S. soldiers. And the attack on the embassy in Kabul was condemned.', g);
    expect(got.filter((a) => a[0] === 'Red Cells' && /embassy/i.test(a[2] ?? ''))).toEqual([]);
  });
});
