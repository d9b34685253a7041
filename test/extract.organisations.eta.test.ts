// Branch wild20 (fresh-text audit): the Basque group ETA, by its acronym (also written "Eta", as British papers do)
// or its full Basque or English name, is ETA (holdout7's canonical); the list data lack the acronym (a word of the
// English dictionary there). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });

describe('organisations: ETA', () => {
  it('the acronym, also in title case and after "pro-"', () => {
    expect(run('The attack was blamed on the separatist group ETA.').organisations).toEqual(['ETA']);
    expect(run('The government blamed Eta, which has waged a long campaign.').organisations).toEqual(['ETA']);
    expect(run('He was accused of courting pro-ETA parties.').organisations).toEqual(['ETA']);
  });
  it('the full names are the same body, not a second one', () => {
    const x = run('ETA, whose initials stand for Euskadi ta Askatasuna, or Basque Homeland and Freedom, is banned.');
    expect(x.organisations).toEqual(['ETA']);
    expect(x.places).toEqual([]);
  });
});
