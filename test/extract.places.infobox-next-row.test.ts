// An infobox row with its value on the label's line ("Active regions Uruguay") may go on with more values, one a
// line, but a line opened by another label's word ("Ideology Socialism", "Size 500") is the next row, not a value.
// The lead's change of the session of 04:47 on 2026-12-07, from holdout13 (read after its retirement); rows
// written for these tests as rendered copies of Wikipedia's infoboxes give them.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const x = (text: string) => extract(text, { gazetteer: [], published: null, publisher: 'Wikipedia' });

describe('infobox: the next row is no value', () => {
  it.each([
    ['Active regions', 'Valley Front\nActive regions Uruguay\nIdeology Socialism\n\nThe Valley Front was an armed group.'],
    ['Location', 'Valley Front\nLocation Uruguay\nPolitical position Far-left\n\nThe Valley Front was an armed group.'],
  ])('after a "%s" row', (_n, text) => {
    const r = x(text);
    expect(r.places).toContain('Uruguay');
    expect(r.places.filter((p) => p !== 'Uruguay')).toEqual([]);
  });
  it('values one a line still go on', () => {
    const r = x('Valley Front\nLeader Ali Rezaei\nOmar Haddad\nIdeology Islamism\n\nThe Valley Front was an armed group.');
    expect(r.people).toEqual(expect.arrayContaining(['Ali Rezaei', 'Omar Haddad']));
    expect(r.people).toHaveLength(2);
  });
});
