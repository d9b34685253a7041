// Branch wild20 (fresh-text audit): the Russian state news agency Sputnik, cited in a credit line or as a source,
// is a body (organisations.json's news agencies, by the name they publish under). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });

describe('organisations: Sputnik', () => {
  it('in a credit line beside another outlet, and as a source', () => {
    expect(run('WASHINGTON (UrduPoint News / Sputnik - 17th March, 2020) The United States designated him.').organisations).toContain('Sputnik');
    expect(run('A spokesman told Sputnik that the talks had failed.').organisations).toEqual(['Sputnik']);
  });
  it('not a word that only contains the name', () => {
    expect(run('The Sputniks of the 1950s were satellites.').organisations).toEqual([]);
  });
});
