// Branch wild19 (fresh-text audit): a country's name and "District" before a court's word ("U.S. District Judge",
// "United States District Court") is the country alone, no "United States District" place. Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });

describe('places: a federal court’s name', () => {
  it('"U.S. District Judge" names the country only', () => {
    const x = run('The man pleaded guilty before U.S. District Judge Karen Holt in Ohio.');
    expect(x.places).toEqual(['United States', 'Ohio']);
    expect(x.mentions.find((m) => m.type === 'place' && m.text.startsWith('U.S.'))?.text).toBe('U.S.');
  });
  it('"United States District Court"', () => {
    expect(run('A warrant was issued by the United States District Court in Maine.').places).not.toContain('United States District');
  });
  it('not a district that is a place', () => {
    expect(run('The case was filed in the Northern District of Georgia.').places).toContain('Northern District of Georgia');
  });
});
