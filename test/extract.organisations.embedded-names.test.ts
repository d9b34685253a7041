// A known name that opens a longer body's name is part of that name (branch wild1, from an audit of fresh
// texts). Sentences written for these tests; each rule also has what it must leave alone.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const mentions = (text: string) => extract(text, { gazetteer: [] }).mentions;
const typed = (text: string) => mentions(text).map((m) => [m.text, m.type]);

describe('a known name opening a longer body\'s name', () => {
  it('"Mission" is an organisation head, so a country before it is part of the name', () => {
    expect(typed('A spokesman for the Nepal Monitoring Mission said the report was accurate.')).toEqual([['Nepal Monitoring Mission', 'organization']]);
    expect(typed('Observers of the Peace Verification Mission left Kabul.')).toEqual([
      ['Peace Verification Mission', 'organization'],
      ['Kabul', 'place'],
    ]);
    // (must not: a lower-case mission is no head, the country stays a place)
    expect(typed('The Nepal mission of the monitors ended.')).toEqual([['Nepal', 'place']]);
  });
  it('a known body\'s acronym and two capitalised words or more ending in a head are one body', () => {
    expect(typed('Officials of the Counter ISIS Finance Group met in Rome.')).toEqual([
      ['Counter ISIS Finance Group', 'organization'],
      ['Rome', 'place'],
    ]);
    expect(typed('The FBI Joint Terrorism Task Force arrested him.')).toEqual([['FBI Joint Terrorism Task Force', 'organization']]);
    // (must not: the acronym before a lower-case word, one head word only, or a name word after the head)
    expect(typed('ISIS fighters attacked the town.')).toEqual([['ISIS', 'organization']]);
    expect(typed('He told VOA News on Monday.').map((m) => m[0])).toEqual(['VOA News']);
    expect(typed('The ISIS Finance Group Chief Omar Khan spoke.').map((m) => m[0])).toContain('ISIS');
  });
});
