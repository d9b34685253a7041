// "Sen" is a title's abbreviation (Senator) and a common surname: ending a name it is the surname ("Hun Sen",
// "Amartya Sen"), as no title ends a name. The lead's change of the session of 04:47 on 2026-12-07, from holdout13
// (read after its retirement). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const people = (text: string) => extract(text, { gazetteer: [], published: null }).people;

describe('people: "Sen" ending a name', () => {
  it.each([
    ['after a title', 'Prime Minister Hun Sen said on Monday that the vote would go ahead.', 'Hun Sen'],
    ['at a sentence’s end', 'The troops were loyal to prime minister Hun Sen.', 'Hun Sen'],
    ['before a verb of speech', 'Amartya Sen said the famine had political causes.', 'Amartya Sen'],
  ])('%s', (_n, text, person) => {
    expect(people(text)).toContain(person);
  });
  it('still a title before a name', () => {
    const p = people('Sen. Lindsey Graham said the sanctions should stay.');
    expect(p).toContain('Lindsey Graham');
    expect(p.some((x) => x.includes('Sen'))).toBe(false);
  });
});

// A British post-nominal (MP, QC, OBE …) after a name of two or three words is no word of the name, and says the
// name is a person's ("the murder of Jo Cox MP"). The same session's change, from holdout13.
describe('people: a post-nominal after the name', () => {
  it.each([
    ['MP', 'The group celebrated the murder of Jo Cox MP in 2016.', 'Jo Cox'],
    ['QC', 'Michael Mansfield QC told the inquiry that the evidence was withheld.', 'Michael Mansfield'],
  ])('%s', (pn, text, person) => {
    const r = extract(text, { gazetteer: [], published: null });
    expect(r.people).toContain(person);
    expect(r.people.some((p) => p.endsWith(pn))).toBe(false);
    const m = r.mentions.find((x) => x.text === person);
    expect(m?.type).toBe('person');
  });
  // (after an article the letters are a noun and the words before them a party's name: "a Sinn Fein MP" is a
  // member of Sinn Fein, no person named Sinn Fein; branch review4)
  it.each([
    ['a', 'The motion was backed by a Sinn Fein MP and a Plaid Cymru MP on Tuesday.'],
    ['A', 'A Democratic Unionist MP and a Green Party MP voted against it.'],
    ['the', 'The letter was signed by the Sinn Fein MP for the constituency.'],
  ])('not a party after "%s"', (_a, text) => {
    expect(people(text)).toEqual([]);
  });
  it('not an honour alone', () => {
    expect(people('He was appointed OBE in 2010 for services to policing.')).toEqual([]);
  });
});

// "King" is a title's word and a common surname: ending a name it is the surname ("Stephen King"), before a
// generational suffix too ("Martin Luther King Jr."), and a person's "Jr." or "Sr." keeps its point ("Petr Bernatík
// Jr.", holdout11). The same session's change.
describe('people: "King" ending a name, and "Jr."', () => {
  it.each([
    ['a surname', 'The novel was written by Stephen King in 1986.', 'Stephen King'],
    ['before a verb', 'Rodney King was beaten by police officers in 1991.', 'Rodney King'],
  ])('%s', (_n, text, person) => {
    expect(people(text)).toContain(person);
  });
  it('a generational suffix keeps its point, in the text and the canonical name', () => {
    const r = extract('The plant was run by Petr Bernatík Jr. at the time of the blast.', { gazetteer: [], published: null });
    expect(r.people).toContain('Petr Bernatík Jr.');
    expect(r.mentions.find((m) => m.type === 'person')?.text).toBe('Petr Bernatík Jr.');
  });
  it('still a title before a name', () => {
    expect(people('King Abdullah of Jordan met the envoy on Monday.')).toContain('Abdullah');
  });
});
