// Relations between parties that encyclopedic and official texts state: infobox fields, leaders and
// members, passive and noun-phrase forms. Sentences written for these tests (not taken from the eval sets).
import { describe, expect, it } from 'vitest';
import { extract, type GazetteerEntry } from '../src/extract/index.ts';

const entry = (name: string, type: 'organization' | 'person' | 'place'): GazetteerEntry => ({ name, canonical: name, type, entity_kind: type, entity_id: null });
const gazetteer = [
  entry('Northern Brigade', 'organization'),
  entry('Valley Front', 'organization'),
  entry('Coastal Agency', 'organization'),
  entry('River Council', 'organization'),
  entry('Omar Kestrel', 'person'),
  entry('Lina Farouk', 'person'),
  entry('Egypt', 'place'),
  entry('Norway', 'place'),
];
const run = (text: string) => extract(text, { gazetteer, publisher: 'Daily Ledger' });
const atts = (text: string) => run(text).attributions.map((a) => [a.actor, a.action, a.target_or_event]);

describe('infobox fields', () => {
  it('a table row per relation: founders, commanders, splinters, allegiance, part of', () => {
    const text = [
      'Northern Brigade',
      'Founders | Omar Kestrel |',
      'Supreme Commander | Lina Farouk |',
      'Split to | Valley Front |',
      'Allegiance | Egypt |',
      'Part of | River Council |',
      'Headquarters | Norway |',
    ].join('\n');
    expect(atts(text)).toEqual([
      ['Omar Kestrel', 'founded', 'Northern Brigade'],
      ['Lina Farouk', 'is supreme commander of', 'Northern Brigade'],
      ['Valley Front', 'split from', 'Northern Brigade'],
      ['Northern Brigade', 'owes allegiance to', 'Egypt'],
      ['Northern Brigade', 'is part of', 'River Council'],
    ]);
  });

  it('a label alone on its line, one party a line, periods and "(alleged)" kept apart', () => {
    const text = 'Northern Brigade\nLeaders\n  • Omar Kestrel (2014–present)\n  • Lina Farouk (2007–2014)\nAllies\nValley Front (alleged)\nSize 500';
    expect(atts(text)).toEqual([
      ['Omar Kestrel', 'is leader of', 'Northern Brigade'],
      ['Lina Farouk', 'is leader of', 'Northern Brigade'],
      ['Valley Front', 'alleged ally of', 'Northern Brigade'],
    ]);
  });

  it('not a field: the word in prose, a party of the wrong type, a party in brackets', () => {
    expect(atts('Northern Brigade is active. Leaders of Valley Front spoke to Omar Kestrel in Egypt.')).toEqual([]);
    expect(atts('Northern Brigade\nCommander | Egypt |')).toEqual([]);
    expect(atts('Northern Brigade\nCommander | Omar Kestrel (deputy of Lina Farouk) |')).toEqual([['Omar Kestrel', 'is commander of', 'Northern Brigade']]);
  });
});
