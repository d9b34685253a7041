// Given names that are also English words, which the derived list (given-names.json) leaves out by its
// English-word filter, kept in cues.json's hand list: "Mark", "Tor" (first names in @faker-js/faker's lists,
// MIT). Lines from holdout6 and holdout7 (retired) and written sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const ms = (text: string) => extract(text, { gazetteer: [] }).mentions.map((m) => [text.slice(m.start, m.end), m.type, m.canonical]);

describe('a given name that is also an English word', () => {
  it('opens a person’s name: a photo credit, a list item at a line’s start', () => {
    expect(ms('Secretary-General António Guterres.\nUN Photo/Mark Garten (file)\n')).toContainEqual(['Mark Garten', 'person', 'Mark Garten']);
    const m = ms('· Tor Fredrik Vejdeland, also known as Fredrik Vejdeland, is the leader of NRM. Vejdeland is one of its longest-serving members.');
    expect(m).toContainEqual(['Tor Fredrik Vejdeland', 'person', 'Tor Fredrik Vejdeland']);
    expect(m).toContainEqual(['Fredrik Vejdeland', 'person', 'Tor Fredrik Vejdeland']);
  });
  it('but the word alone, or before a lower-case word, is no name', () => {
    expect(ms('Mark the date in your calendar.')).toEqual([]);
  });
});
