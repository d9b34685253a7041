// An act of violence with its doer after "by", named or only described (claims/acts-violence.ts, branch attr1):
// "P was assassinated … by two gunmen", "P was kidnapped and murdered by a cell of G", "two police officers were shot
// dead by the assailants", "the kidnapping of P by Chechen rebels". The victim is the person the subject names, else
// the people it names without their count. Sentences written for this test (the shape of holdout12/11, holdout12/07,
// extraction/12, holdout5/12 and of news reports found with the search tool), each with what must not change.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const g = [
  entry('Boko Haram', 'organization'),
  entry('Red Hand Front', 'organization'),
  entry('Ajaccio', 'place'),
  entry('Kabul', 'place'),
  entry('Maiduguri', 'place'),
  entry('Marta Quispe', 'person'),
  entry('Jonas Berglund', 'person'),
  entry('Omar Haidari', 'person'),
];
const atts = (text: string) => extract(text, { gazetteer: g, publisher: 'Example News' }).attributions.map(triple);

describe('an act of violence with its doer after "by"', () => {
  it('a described doer after a time and a place: "he was assassinated … by two gunmen"', () => {
    expect(atts('Jonas Berglund was walking to a concert in Ajaccio when he was assassinated at 9:15 p.m. on 6 February 1998 by two gunmen.')).toContainEqual(['two gunmen', 'assassinated', 'Jonas Berglund']);
  });
  it('a group named after "belonging to": "was shot by rebels belonging to the Red Hand Front" (branch attr4)', () => {
    expect(atts('Jonas Berglund was a diplomat. He was shot by rebels belonging to the Red Hand Front (RHF) one block from the embassy.')).toContainEqual(['rebels belonging to the Red Hand Front', 'shot', 'Jonas Berglund']);
    // (not: a means that belongs to a group, "by a bomb belonging to G", names no doer)
    expect(atts('Jonas Berglund was killed by a bomb belonging to the Red Hand Front.').filter((a) => a[1] === 'killed')).toEqual([]);
  });
  it('two verbs and a group named by its complement: "was kidnapped and murdered by a cell of the RHF"', () => {
    expect(atts('The Red Hand Front (RHF) grew in the 1960s. Labour minister Omar Haidari was kidnapped and murdered by a cell of the RHF.')).toContainEqual(['a cell of the RHF', 'kidnapped and murdered', 'Omar Haidari']);
  });
  it('people as the victims, without their count: "two police officers were shot dead by the assailants"', () => {
    expect(atts('In the first hour, two police officers were shot dead by the assailants.')).toContainEqual(['the assailants', 'shot dead', 'police officers']);
  });
  it('a named group after "by", people as the victims: "three aid workers were kidnapped by Boko Haram"', () => {
    expect(atts('Officials spoke on Monday. Three aid workers were kidnapped by Boko Haram near Maiduguri in March.')).toContainEqual(['Boko Haram', 'kidnapped', 'aid workers']);
  });
  it('"he" in a later sentence: the person named before as a subject', () => {
    expect(atts('Omar Haidari led the council for a decade. In 1994 he was shot dead by two gunmen outside his home.')).toContainEqual(['two gunmen', 'shot dead', 'Omar Haidari']);
  });
  it('a present tense and an adverb: "Marta Quispe is gunned down by a lone attacker"', () => {
    expect(atts('On the evening of the vote, Marta Quispe is gunned down by a lone attacker near her home.')).toContainEqual(['a lone attacker', 'gunned down', 'Marta Quispe']);
  });
  it('a group named inside the description is the doer: "by suspected Boko Haram militants", "by Boko Haram agents"', () => {
    expect(atts('Omar Haidari was shot dead by suspected Boko Haram militants near Maiduguri.')).toContainEqual(['Boko Haram', 'shot dead', 'Omar Haidari']);
    expect(atts('Marta Quispe was assassinated by Boko Haram agents posing as journalists.')).toContainEqual(['Boko Haram', 'assassinated', 'Marta Quispe']);
  });
  it('a noun phrase: "the kidnapping of Omar Haidari by Chechen rebels"', () => {
    expect(atts('The kidnapping of Omar Haidari by Chechen rebels in March 1999 hardened the government.')).toContainEqual(['Chechen rebels', 'kidnapping of', 'Omar Haidari']);
  });
  it('not: a means after "by" ("by a bomb", "by the blast", "by gunfire")', () => {
    expect(atts('Omar Haidari was killed by a roadside bomb in Kabul.')).toEqual([]);
    expect(atts('Three soldiers were killed by the blast in Kabul.')).toEqual([]);
    expect(atts('The killing of Omar Haidari by gunfire shocked Kabul.')).toEqual([]);
    expect(atts('Omar Haidari was executed by firing squad in Kabul in 1990.')).toEqual([]);
  });
  it('not: a noun that needs a complement ("by members", "by men") or one described by whose it is ("by his captors")', () => {
    expect(atts('Jonas Berglund was shot dead by men in Kabul.')).toEqual([]);
    expect(atts('Jonas Berglund was abducted by members in Kabul.')).toEqual([]);
    expect(atts('Jonas Berglund was killed by his captors near Kabul.')).toEqual([]);
  });
  it('not: a victim that is no person or people ("the convoy was ambushed by rebels", "the deal was killed by …")', () => {
    expect(atts('The convoy was attacked by rebels near Kabul.').map((x) => x[0])).not.toContain('rebels');
    expect(atts('The proposal was killed by lawmakers in Kabul.')).toEqual([]);
  });
  it('not: a clause break between the verb and "by" ("was killed, police said, by …")', () => {
    expect(atts('Omar Haidari was killed, and the house was searched by soldiers.')).toEqual([]);
  });
});

describe('the people an act of violence names, up to a place or a time after them (claims/acts.ts, peopleHead)', () => {
  it('"massacred civilians in the administrative area of X" → civilians; "killed two armed guards at the site" → armed guards', () => {
    expect(atts('Boko Haram massacred civilians in the administrative area of Maiduguri.').map((x) => x[2])).toEqual(['civilians']);
    expect(atts('Boko Haram killed two armed guards at the site.').map((x) => x[2])).toEqual(['armed guards']);
  });
  it('not: a list of people is kept whole; words after the people that are no place or time are kept ("the people of X")', () => {
    expect(atts('Boko Haram killed two soldiers and three police officers near Maiduguri.').map((x) => x[2])).toEqual(['soldiers and three police officers']);
    expect(atts('Boko Haram killed the people of Maiduguri.').map((x) => x[2])).toEqual(['people of Maiduguri']);
  });
});
