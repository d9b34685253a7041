// Names, second round: general rules for unseen articles (a capitalised "The", reference subdivisions
// beside other name words, infobox lists, group branches, translations). Sentences written for these
// tests, not taken from the evaluation documents.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const ms = (text: string) => extract(text, { gazetteer: [] }).mentions.map((m) => [m.text, m.type, m.canonical]);
const has = (text: string, surface: string, type: string) => expect(ms(text).filter((m) => m[0] === surface && m[1] === type)).toHaveLength(1);
const hasNot = (text: string, surface: string) => expect(ms(text).filter((m) => m[0] === surface)).toEqual([]);

describe('a capitalised "The" before a known name', () => {
  it('opens a quote or a sentence, not the name', () => {
    has('He said:\n"The TTP is a threat," an official added.', 'TTP', 'organization');
    hasNot('He said:\n"The TTP is a threat," an official added.', 'The TTP');
    has('It was “semantics.” The White House aide agreed.', 'White House', 'organization');
  });
  it('a writer’s capital mid-sentence stays out of the span', () => {
    has('The State Department is designating The Balochistan Liberation Army today.', 'Balochistan Liberation Army', 'organization');
  });
  it('but after a comma in a list it is part of the name', () => {
    has('Envoys came from Malaysia, The United Kingdom and Chile.', 'The United Kingdom', 'place');
  });
});
