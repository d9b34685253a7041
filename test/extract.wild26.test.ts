// Branch wild26's fresh-text audit of attributions (designations): the parties a designation counted, named in a
// sentence after it; an object pronoun of a designation; a counted description's own party is not designated;
// a passive's unnamed subject is not the text's topic. Sentences written for the tests, each with what must not change.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const g = [
  entry('Red Cells', 'organization'),
  entry('Blue Front', 'organization'),
  entry('Grey Hand', 'organization'),
  entry('Office of Foreign Assets Control', 'organization'),
  entry('Omar Kestrel', 'person'),
  entry('Lina Farrow', 'person'),
  entry('Tariq Ellsworth', 'person'),
];
const atts = (text: string) => extract(text, { gazetteer: g, publisher: 'Example News', title: null }).attributions.map(triple);
const designated = (got: string[][], who: string) => got.some((a) => /sanction|designat/.test(a[1]!) && a[2] === who);

describe('the parties a designation counted, named in the next sentence', () => {
  it('"sanctions on three officials. The sanctioned officials include P and Q and R": each designated', () => {
    const got = atts('The Office of Foreign Assets Control announced sanctions on three Red Cells officials on Monday. The sanctioned officials include finance chief Omar Kestrel and envoys Lina Farrow and Tariq Ellsworth.');
    for (const p of ['Omar Kestrel', 'Lina Farrow', 'Tariq Ellsworth']) expect(designated(got, p)).toBe(true);
  });
  it('"designated five groups. The other two groups designated were A and B": both', () => {
    const got = atts('The Office of Foreign Assets Control designated five armed groups on Friday. The other two groups designated were Blue Front and Grey Hand.');
    expect(designated(got, 'Blue Front')).toBe(true);
    expect(designated(got, 'Grey Hand')).toBe(true);
  });
  it('not: the same wording with no designation just before', () => {
    const got = atts('Red Cells held a rally in the capital. Rain fell all day. The officials present were Omar Kestrel and Lina Farrow.');
    expect(designated(got, 'Omar Kestrel')).toBe(false);
  });
});

describe('an object pronoun of a designation', () => {
  it('"accused P, Q and R of acting for G and designated them as …": each designated, not G', () => {
    const got = atts('The Office of Foreign Assets Control sanctioned Red Cells in May. Further, the office accused Omar Kestrel, Lina Farrow and Tariq Ellsworth of acting on behalf of Red Cells and designated them as Specially Designated Global Terrorists.');
    for (const p of ['Omar Kestrel', 'Lina Farrow', 'Tariq Ellsworth']) expect(designated(got, p)).toBe(true);
  });
  it('"It accused P of … and designated him as …": P', () => {
    const got = atts('The Office of Foreign Assets Control sanctioned Blue Front in May. It accused Omar Kestrel of acting on behalf of Blue Front and designated him as a Specially Designated Global Terrorist.');
    expect(designated(got, 'Omar Kestrel')).toBe(true);
  });
});

describe('a counted description of the designated', () => {
  it('"designated two experts affiliated with G": not G', () => {
    const got = atts('The Office of Foreign Assets Control designated two software experts affiliated with Grey Hand for training its recruits.');
    expect(designated(got, 'Grey Hand')).toBe(false);
  });
  it('still: "designated two leaders of G, P and Q, as …": P and Q', () => {
    const got = atts('The Office of Foreign Assets Control designated two leaders of Grey Hand, Omar Kestrel and Lina Farrow, as terrorists.');
    expect(designated(got, 'Omar Kestrel')).toBe(true);
    expect(designated(got, 'Lina Farrow')).toBe(true);
  });
  it('"The five were designated by A …": not the text\'s topic', () => {
    const got = atts('Grey Hand lost five of its bankers last week. The five were designated by the Office of Foreign Assets Control for moving money to Grey Hand.');
    expect(designated(got, 'Grey Hand')).toBe(false);
  });
});
