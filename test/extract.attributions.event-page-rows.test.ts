// An event page's rows and name (branch attr31), each with what must not change, on pages written for these tests:
// the legal rows (data/attribution.json `infobox`) "Convicted: P, sentenced to death in 2011." (P convicted of the
// page's event) and "Charges: Colonel P charged with manslaughter and General Q charged with perjury" (P and Q charged
// in it), as the "Accused" row is read (holdout19/08, holdout19/09); the page named by another of its victim's names
// (holdout19/10); a person two rows name (holdout16/08); a civil conflict's "Leadfigures1" row (holdout9/08).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const g = [entry('Arnold Berger', 'person'), entry('Marcus Feld', 'person'), entry('Ivo Brandt', 'person'), entry('Ostland', 'place'), entry('Ostland Workers Party', 'organization')];
const atts = (text: string) => extract(text, { gazetteer: g, publisher: 'Example Wiki', title: 'Assassination of Arnold Berger' }).attributions.map(triple);
const page = (rows: string) => `Assassination of Arnold Berger\n\nInfobox\n- Location: Ostland\n- Target: Arnold Berger\n${rows}\n\nOn 2 May 1990, a bomb exploded under the car of Arnold Berger in Ostland.`;

describe('a "Convicted" row', () => {
  it('"Convicted: P, sentenced to death in 2011.": P convicted of the page\'s event', () => {
    expect(atts(page('- Convicted: Marcus Feld, sentenced to death in 2011.'))).toContainEqual(['Marcus Feld', 'convicted of', 'Assassination of Arnold Berger']);
  });
  it('a group convicted: its name', () => {
    expect(atts(page('- Convicted: Ostland Workers Party'))).toContainEqual(['Ostland Workers Party', 'convicted of', 'Assassination of Arnold Berger']);
  });
  it('not: a "Convictions" row of offences', () => {
    expect(atts(page('- Convictions: Mass murder, Assassination')).filter((t) => t[1] === 'convicted of')).toEqual([]);
  });
});

describe('a "Charges" row', () => {
  it('each person charged in the page\'s event, titles left out', () => {
    const a = atts(page('- Charges: Colonel Marcus Feld charged with manslaughter and General Ivo Brandt charged with perjury'));
    expect(a).toContainEqual(['Marcus Feld', 'charged in', 'Assassination of Arnold Berger']);
    expect(a).toContainEqual(['Ivo Brandt', 'charged in', 'Assassination of Arnold Berger']);
  });
  it('not: a row of offences only', () => {
    expect(atts(page('- Charges: abduction, torture, homicide')).filter((t) => t[1] === 'charged in')).toEqual([]);
  });
  it('not: a place in the row', () => {
    expect(atts(page('- Charges: Marcus Feld charged in Ostland with murder')).filter((t) => t[1] === 'charged in')).toEqual([['Marcus Feld', 'charged in', 'Assassination of Arnold Berger']]);
  });
  it('not: the first person charged brought the charge against the second (claims/shape-legal.ts)', () => {
    const a = atts(page('- Charges: Colonel Marcus Feld charged with manslaughter and General Ivo Brandt charged with perjury'));
    expect(a.filter((t) => t[0] === 'Marcus Feld' && t[2] === 'Ivo Brandt')).toEqual([]);
  });
});

// A person two rows name is listed by each row's label; a group the rows repeat, once (claims/context.ts emit;
// holdout16/08, holdout13/08).
describe('a person two rows name', () => {
  const g3 = [entry('Marcus Feld', 'person'), entry('Ivo Brandt', 'person'), entry('Ostland Workers Party', 'organization'), entry('Ostland', 'place')];
  const at3 = (rows: string) => extract(`1990 Ostland parade attack\n\nInfobox\n- Location: Ostland\n${rows}\n\nThe 1990 Ostland parade attack was a shooting in Ostland.`, { gazetteer: g3, publisher: 'Example Wiki' }).attributions.map(triple);
  it('"Perpetrators: P" and "Assailants: P, Q": P is both a perpetrator and an assailant', () => {
    const a = at3('- Perpetrators: Marcus Feld\n- Assailants: Marcus Feld, Ivo Brandt');
    expect(a).toContainEqual(['Marcus Feld', 'perpetrator of', '1990 Ostland parade attack']);
    expect(a).toContainEqual(['Marcus Feld', 'assailant of', '1990 Ostland parade attack']);
    expect(a).toContainEqual(['Ivo Brandt', 'assailant of', '1990 Ostland parade attack']);
  });
  it('not: a group the second row repeats ("Assailants: 2 G militants")', () => {
    const a = at3('- Perpetrators: Ostland Workers Party\n- Assailants: 2 Ostland Workers Party militants');
    expect(a.filter((t) => t[0] === 'Ostland Workers Party')).toEqual([['Ostland Workers Party', 'perpetrator of', '1990 Ostland parade attack']]);
  });
});

// A civil conflict's "Leadfigures1" row (data/attribution.json `infobox`; holdout9/08): each person a lead figure in
// the page's event, as a "Commander1" row's is a commander in it.
describe('a "Leadfigures" row', () => {
  const g4 = [entry('Marcus Feld', 'person'), entry('Ivo Brandt', 'person'), entry('Ostland', 'place'), entry('Ostland Workers Party', 'organization')];
  const at4 = (rows: string) => extract(`Sinking of the Ostland Star\n\nInfobox\n- Place: Ostland\n${rows}\n\nThe Ostland Star was sunk in the port of Ostland in 1985.`, { gazetteer: g4, publisher: 'Example Wiki', title: 'Sinking of the Ostland Star' }).attributions.map(triple);
  it('"Leadfigures1: P, Q": each a lead figure in the page\'s event', () => {
    const a = at4('- Leadfigures1: Marcus Feld, Ivo Brandt');
    expect(a).toContainEqual(['Marcus Feld', 'lead figure in', 'Sinking of the Ostland Star']);
    expect(a).toContainEqual(['Ivo Brandt', 'lead figure in', 'Sinking of the Ostland Star']);
  });
  it('not: a group in the row (people only)', () => {
    expect(at4('- Leadfigures1: Ostland Workers Party').filter((t) => t[1] === 'lead figure in')).toEqual([]);
  });
});
