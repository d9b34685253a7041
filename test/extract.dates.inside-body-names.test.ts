// Branch wild24: a date that is a word of a body's name dates no event ("the April 19 Movement", "the 17 November
// Group"); the event dates of the same sentences stay. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: '2024-06-01' });

describe('event dates: no date inside a body\'s name', () => {
  it('the name\'s day and month are no event date', () => {
    expect(run('Guerrillas of the April 19 Movement seized the building.').event_dates).toEqual([]);
    expect(run('Members of the 17 November Group were arrested in 2002.').event_dates.map((e) => e.date)).toEqual(['2002']);
  });
  it('a date after the name is still read', () => {
    expect(run('The April 19 Movement attacked the palace on 6 November 1985.').event_dates.map((e) => e.date)).toEqual(['1985-11-06']);
  });
});
