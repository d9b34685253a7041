// Branch wild20 (fresh-text audit): Colombia's M-19 guerrillas, by their acronym (with or without the hyphen)
// or their English name, are the 19th of April Movement (holdout14's canonical). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });

describe('organisations: the 19th of April Movement', () => {
  it('the acronym, with or without its hyphen, and the English name', () => {
    expect(run('M-19 guerrillas seized the court building in Bogotá.').organisations).toEqual(['19th of April Movement']);
    expect(run('The M19 was a left-wing guerrilla group.').organisations).toEqual(['19th of April Movement']);
    expect(run('The April 19 Movement signed a peace deal in 1990.').organisations).toEqual(['19th of April Movement']);
  });
  it('not another code of a letter and a number', () => {
    expect(run('Soldiers carried M16 rifles along the M-9 road.').organisations).toEqual([]);
  });
});
