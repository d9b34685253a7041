// An event page's perpetrators' and suspects' rows read more fully (claims/infobox.ts, branch attr21): persons in
// the value's brackets, a group after a part of it ("splinter group of G"), a state by its demonym before
// "involvement", unnamed people as written ("Other unknown accomplices (alleged)"); the suspects' row's action
// carries its label. Rows from the retired sets (holdout4/03, holdout10/10, holdout10/11, holdout10/12), on pages
// written for these tests, each with what must not change.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const g = [
  entry("al-Gama'a al-Islamiyya", 'organization'),
  entry('Hezbollah', 'organization'),
  entry('Zvezdan Jovanović', 'person'),
  entry('Milorad Ulemek', 'person'),
  entry('Gundolf Köhler', 'person'),
  entry('Belgrade', 'place'),
];
const atts = (text: string) => extract(text, { gazetteer: g, publisher: 'Example Wiki' }).attributions.map(triple);
const rows = (text: string) => atts(text).filter((t) => /perpetrator|suspect/.test(t[1]!));

describe('a suspects\' row', () => {
  it('"Suspected perpetrators" alone on its line, "splinter group of G" on the next: G, the action carries the label', () => {
    const page = '2001 Karnak temple attack\n\nDate 17 November 2001\nSuspected perpetrators\nsplinter group of al-Gama\'a al-Islamiyya[1]\n\nThe 2001 Karnak temple attack was the killing of tourists.';
    expect(rows(page)).toEqual([["al-Gama'a al-Islamiyya", 'suspected perpetrator in', '2001 Karnak temple attack']]);
  });
  it('not: a value line of other words before the group ("a statement by G")', () => {
    const page = '2001 Karnak temple attack\n\nDate 17 November 2001\nSuspected perpetrators\na statement by al-Gama\'a al-Islamiyya[1]\n\nThe 2001 Karnak temple attack was the killing of tourists.';
    expect(rows(page)).toEqual([]);
  });
});

describe('a perpetrators\' row on its label\'s line', () => {
  const page = (value: string) => `2003 Belgrade sniper attack\n\nLocation | Belgrade |\nPerpetrators | ${value} |\nThe 2003 Belgrade sniper attack was the killing of a minister in Belgrade.`;
  it('a person inside the value\'s brackets is one of the perpetrators too ("(incl. 11 accomplices under the orders of P …)")', () => {
    const a = rows(page('Zvezdan Jovanović (incl. 11 accomplices under the orders of Milorad Ulemek with ties to organised crime)'));
    expect(a).toContainEqual(['Zvezdan Jovanović', 'perpetrator of', '2003 Belgrade sniper attack']);
    expect(a).toContainEqual(['Milorad Ulemek', 'perpetrator of', '2003 Belgrade sniper attack']);
  });
  it('not: a place inside the brackets', () => {
    expect(rows(page('Zvezdan Jovanović (arrested in Belgrade)'))).toEqual([['Zvezdan Jovanović', 'perpetrator of', '2003 Belgrade sniper attack']]);
  });
});

describe('a state by its demonym, and unnamed people as written', () => {
  const page = (value: string) => `= 1994 Rosario bombing =\n\nInfobox\n- Location: Rosario\n- Perps: ${value}\n\nThe 1994 Rosario bombing was a terrorist attack.`;
  it('"Suspected Hezbollah and Iranian involvement": Hezbollah and Iran', () => {
    const a = rows(page('Suspected Hezbollah and Iranian involvement'));
    expect(a).toContainEqual(['Hezbollah', 'perpetrator of', '1994 Rosario bombing']);
    expect(a).toContainEqual(['Iran', 'perpetrator of', '1994 Rosario bombing']);
  });
  it('"P, Other unknown accomplices (alleged)": the accomplices as written, alleged', () => {
    const a = rows(page('Gundolf Köhler, Other unknown accomplices (alleged)'));
    expect(a).toContainEqual(['Other unknown accomplices', 'alleged perpetrator of', '1994 Rosario bombing']);
  });
  it('not: a demonym that qualifies no state\'s part ("Iranian-born"), words that count no people ("other reasons")', () => {
    const a = rows(page('Hezbollah, Iranian-born man, other reasons'));
    expect(a).toEqual([['Hezbollah', 'perpetrator of', '1994 Rosario bombing']]);
  });
});
