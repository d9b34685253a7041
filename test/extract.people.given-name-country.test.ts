// Branch wild19 (fresh-text audit): a country's name right after a given name is that person's surname ("Lisa
// Monaco said"), not the country. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });

describe('people: a given name before a country’s name', () => {
  it('the person, not the country', () => {
    const x = run('Mark Holland, the adviser, said the sanctions would follow.');
    expect(x.people).toEqual(['Mark Holland']);
    expect(x.places).toEqual([]);
  });
  it('after a lower-case role', () => {
    const x = run('The move was announced by the counterterrorism adviser Lisa Monaco on Wednesday.');
    expect(x.people).toEqual(['Lisa Monaco']);
    expect(x.places).not.toContain('Monaco');
  });
  it('not after an article, nor an adjective that is also a given name', () => {
    expect(run('The Christian Lebanon of the 1950s was gone.').places).toContain('Lebanon');
  });
  it('not a country after a verb', () => {
    expect(run('Officials said Jordan would help.').places).toContain('Jordan');
  });
  it('not a country that goes on a capitalised name', () => {
    expect(run('Troops crossed from Mark Kenya Road into the town.').people).not.toContain('Mark Kenya');
  });
});
