// Branch wild3 (audit of the extractor on fresh texts nobody tuned on): a building's name is no person's, even
// after a title word that opens it ("the Ambassador Hotel", "the 2015 Bardo Museum attack"); the West-African
// honorifics Alhaji, Alhaja, Mallam and Malam are kept in the mention and dropped from the canonical, as Haji
// is; a name set off by commas after an office's phrase is the office holder's. Written sentences of the shapes
// the fresh texts had.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const x = (text: string) => extract(text, { gazetteer: [] });
const ms = (text: string) => x(text).mentions.map((m) => [text.slice(m.start, m.end), m.type, m.canonical]);

describe('a building’s name', () => {
  it('is no person’s name when its head is a building’s (Museum, Hotel, Hospital)', () => {
    expect(x('He planned the 2015 Bardo Museum attack in Tunis.').people).toEqual([]);
    expect(ms('He planned the 2015 Bardo Museum attack in Tunis.')).toContainEqual(['Bardo Museum', 'place', 'Bardo Museum']);
    expect(x('The wounded were taken to the Laila Hospital in the city.').people).toEqual([]);
  });
  it('keeps a title word that opens it: "the Ambassador Hotel" is a place, not a person named Hotel', () => {
    const r = x('The senator was shot at the Ambassador Hotel in Los Angeles.');
    expect(r.people).toEqual([]);
    expect(ms('The senator was shot at the Ambassador Hotel in Los Angeles.')).toContainEqual(['Ambassador Hotel', 'place', 'Ambassador Hotel']);
  });
  it('but a person’s name before other words stays a person’s', () => {
    expect(x('Ambassador Laila Hassan said the hotel was safe.').people).toEqual(['Laila Hassan']);
  });
});

describe('West-African honorifics', () => {
  it('are kept in the mention and dropped from the canonical (Alhaji, Mallam, Malam)', () => {
    expect(ms('Also killed was a community leader, Mallam Sadiq Obomi.')).toContainEqual(['Mallam Sadiq Obomi', 'person', 'Sadiq Obomi']);
    expect(ms('The Speaker of the state assembly, Alhaji Nasiru Magarya, visited the village.')).toContainEqual(['Alhaji Nasiru Magarya', 'person', 'Nasiru Magarya']);
    expect(x('A survivor of the attack, Malam Sani Abdullahi, told reporters that the gunmen fled.').people).toEqual(['Sani Abdullahi']);
  });
  it('open a person’s name of one word too ("the village head, Alhaji Maiyara")', () => {
    expect(x('The gunmen killed the village head identified as Alhaji Maiyara and 17 others.').people).toEqual(['Maiyara']);
  });
});

describe('a name set off by commas after an office’s phrase', () => {
  it('is a person’s, the title or role a few words back ("the state Commissioner of Police, X Y, said")', () => {
    expect(x('Confirming the report, the state Commissioner of Police, Haliru Gwandu, said the incident happened.').people).toEqual(['Haliru Gwandu']);
  });
  it('past a bracketed acronym, and without the rank’s acronym before the name', () => {
    expect(x('The Public Relations Officer (PRO) in the state, SP Tanko Bello, made the confirmation on Friday.').people).toEqual(['Tanko Bello']);
  });
  it('but not after a group’s phrase with no title or role ("the group’s affiliate, X Y, said")', () => {
    expect(x('The militant group’s affiliate, Ansar Kura, said it carried out the attack.').people).toEqual([]);
  });
});
