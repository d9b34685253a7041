// People (branch names11, the session of 2026-12-06 20:24): a person's other name after "aka" or "also known as",
// and a person called by the first word of their name. Sentences written for these tests, not taken from the eval
// sets; each rule also has what it must not extract. Both rules add mentions of a person already named: no new person.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const mentions = (text: string) => extract(text, { gazetteer: [] }).mentions;
const people = (text: string) => mentions(text).filter((m) => m.type === 'person').map((m) => [m.text, m.canonical]);

describe("a person's other name after aka or also known as", () => {
  it('in brackets after "AKA", or after ", also known as", is the person', () => {
    expect(people('The car was driven by Goran Petrović (AKA Kobra), a member of the gang.')).toEqual([
      ['Goran Petrović', 'Goran Petrović'],
      ['Kobra', 'Goran Petrović'],
    ]);
    expect(people('The killing was planned by Marko Ilić, also known as Vuk.')).toEqual([
      ['Marko Ilić', 'Marko Ilić'],
      ['Vuk', 'Marko Ilić'],
    ]);
  });
  it('a short form in brackets after an alias in quotes is the person too', () => {
    expect(people('Charges were filed against Ahmed Salem Nouri, aka, “Hasan Abu Ibrahim” (Masoud), for the bombing.').map((p) => p[1])).toEqual([
      'Ahmed Salem Nouri',
      'Ahmed Salem Nouri',
      'Ahmed Salem Nouri',
    ]);
  });
  it('not a code, nor a phrase that goes on', () => {
    expect(people('Its leader, Ibrahim Awwad (listed as Ibrahim Ali (QDi.299)), spoke.').map((p) => p[0])).not.toContain('QDi');
    expect(people('He was jailed with Marko Ilić, also known as Vuk Karadzic Street.').map((p) => p[0])).not.toContain('Vuk');
  });
});

describe('a person called by the first word of their name', () => {
  it('is the person named in full', () => {
    expect(people('Prime Minister Abiy Ahmed denied it. Critics said Abiy had ignored the warnings.')).toEqual([
      ['Abiy Ahmed', 'Abiy Ahmed'],
      ['Abiy', 'Abiy Ahmed'],
    ]);
  });
  it('not a first word two people share, nor a quoted name', () => {
    expect(people('Ali Hassan and Ali Karimi were arrested. Police said Ali had fled.').map((p) => p[0])).not.toContain('Ali');
    expect(people('The sergeant Mario Terán fired. Three of his friends, all named "Mario", had died.').map((p) => p[0])).not.toContain('Mario');
  });
});
