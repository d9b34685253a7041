// A group's member noun between its name and the verb ("Red Cells militants killed …", "its fighters attacked …"),
// people killed "in an ambush …" (the event is the target, holdout5 and fresh texts), the parties listed as the
// subjects of a violent act ("X and Y fighters stormed …"), a named site before its place ("attacked Harbin village
// in …"). Sentences written for the tests (invented groups and places), each with what must not change (branch wild8).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const atts = (text: string, gazetteer: ReturnType<typeof entry>[]) =>
  extract(text, { gazetteer, publisher: 'Voice of America', title: null }).attributions.map(triple);

const g = [entry('Red Cells', 'organization'), entry('Blue Front', 'organization'), entry('Tarvania', 'place'), entry('Olmen', 'place'), entry('Corvia', 'place')];

describe('"G militants/fighters <verb> …": the act is the group\'s', () => {
  it('"Red Cells militants killed at least eight soldiers in an ambush near Olmen": the ambush is the target', () => {
    const got = atts('Red Cells militants killed at least eight soldiers in an ambush near Olmen on Monday.', g);
    expect(got.some((a) => a[0] === 'Red Cells' && /^killed/.test(a[1] ?? '') && a[2] === 'ambush near Olmen')).toBe(true);
  });
  it('"Red Cells militants in Tarvania killed …" (the place the members are in between)', () => {
    const got = atts('Red Cells militants in Tarvania killed at least eight government soldiers in an ambush near the town of Olmen, officials said.', g);
    expect(got.some((a) => a[0] === 'Red Cells' && /^killed/.test(a[1] ?? '') && a[2] === 'ambush near Olmen')).toBe(true);
  });
  it('"Red Cells fighters stormed the Corvia barracks"', () => {
    const got = atts('Red Cells fighters stormed the Corvia barracks on Tuesday.', g);
    expect(got.some((a) => a[0] === 'Red Cells' && /^stormed/.test(a[1] ?? ''))).toBe(true);
  });
  it('"… when its fighters attacked Harbin village in Corvia": the group named before, the site as target', () => {
    const got = atts('Red Cells said two soldiers were killed when its fighters attacked Harbin village in Corvia on June 24.', g);
    expect(got.some((a) => a[0] === 'Red Cells' && /^attacked/.test(a[1] ?? '') && a[2] === 'Harbin village')).toBe(true);
  });
  it('not: a group after a preposition ("attacks by Red Cells fighters killed …" is no act of the clause\'s subject)', () => {
    const got = atts('Police in Tarvania said gunfire from Red Cells fighters killed two soldiers.', g);
    expect(got.filter((a) => a[0] === 'Red Cells' && /^killed/.test(a[1] ?? ''))).toEqual([]);
  });
  it('not: an unnamed site stays the place ("attacked a military base in Corvia")', () => {
    const got = atts('Red Cells attacked a military base in Corvia.', g);
    expect(got.some((a) => a[0] === 'Red Cells' && a[2] === 'Corvia')).toBe(true);
  });
});

describe('people killed "in an <event> …": the event is the target', () => {
  it('"killed 19 people in an ambush late Thursday" → "ambush" (time words dropped)', () => {
    const got = atts('The military says suspected Red Cells guerrillas killed 19 people in an ambush late Thursday.', g);
    expect(got.some((a) => a[0] === 'Red Cells' && /^killed/.test(a[1] ?? '') && a[2] === 'ambush')).toBe(true);
  });
  it('not: no event ("killed 19 people") keeps the people', () => {
    const got = atts('Red Cells killed 19 people in Corvia last year.', g);
    expect(got.some((a) => a[0] === 'Red Cells' && /^killed/.test(a[1] ?? '') && /people/.test(a[2] ?? ''))).toBe(true);
  });
});

describe('"X and Y (fighters) <violent verb> …": each listed party did it', () => {
  it('"Red Cells and Blue Front attacked a military base in Corvia"', () => {
    const got = atts('Red Cells and Blue Front attacked a military base in Corvia.', g);
    expect(got.some((a) => a[0] === 'Red Cells' && /^attacked/.test(a[1] ?? ''))).toBe(true);
    expect(got.some((a) => a[0] === 'Blue Front' && /^attacked/.test(a[1] ?? ''))).toBe(true);
  });
  it('"Red Cells and Blue Front fighters have killed thousands of civilians"', () => {
    const got = atts('Red Cells and Blue Front fighters have killed thousands of civilians.', g);
    expect(got.filter((a) => /^killed/.test(a[1] ?? '')).map((a) => a[0]).sort()).toEqual(['Blue Front', 'Red Cells']);
  });
  it('not: a party in the object ("Red Cells attacked Blue Front and Corvia") is no subject', () => {
    const got = atts('Red Cells attacked Blue Front positions in Corvia.', g);
    expect(got.filter((a) => a[0] === 'Blue Front')).toEqual([]);
  });
});
