// A news agency's credit in brackets in a dateline or a table's source mark (branch wild1, from an audit of
// fresh texts; the table mark as in holdout7/08). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const orgs = (text: string) => extract(text, { gazetteer: [] }).mentions.filter((m) => m.type === 'organization').map((m) => [m.text, m.canonical]);

describe('an agency\'s credit in brackets', () => {
  it('after a dateline\'s place or date, before a dash', () => {
    expect(orgs('LAGOS, Nigeria (AP) — Gunmen attacked a church on Sunday, officials said.')).toEqual([['AP', 'Associated Press']]);
    expect(orgs('March 3 (Bloomberg) -- A car bomb exploded near the ministry.')).toEqual([['Bloomberg', 'Bloomberg']]);
  });
  it('"(AP)" as a table\'s source mark', () => {
    expect(orgs('| Hotel blast | 12 | (AP) |')).toEqual([['AP', 'Associated Press']]);
  });
  it('must not: a body\'s acronym, a page\'s word, a time word, or a bracket later in a sentence', () => {
    expect(orgs('Members of the Norwegian Labour Party (AP) were shot.').map((o) => o[1])).not.toContain('Associated Press');
    expect(orgs('March 3 (Photo) - A car bomb exploded.')).toEqual([]);
    expect(orgs('On March 3 (Monday) - a car bomb exploded.')).toEqual([]);
    expect(orgs('The police said that the bomb went off at the market in 2019 (Smith) - a report said.')).toEqual([]);
  });
});
