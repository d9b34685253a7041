// Branch wild24 (fresh-text audit of encyclopedia articles): a person named with the place they come from or stand
// for after "of" ("former representative Eddie Ilarde of Rizal") is the person and the place, not one person
// "Eddie Ilarde of Rizal". Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });

describe('people: "Name of Place"', () => {
  it('splits a person from a reference city or division after "of"', () => {
    const x = run('Among the wounded was Governor Teodoro Benitez of Laguna.');
    expect(x.people).toEqual(['Teodoro Benitez']);
    expect(x.places).toEqual(['Laguna']);
    const y = run('The blast also injured former congressman Arturo Valdez of Rizal.');
    expect(y.people).toEqual(['Arturo Valdez']);
    expect(y.places).toEqual(['Rizal']);
  });
  it('a one-word name and "of" is left as it was', () => {
    expect(run('A statue of Catherine of Aragon stands there.').people).not.toContain('Catherine');
  });
});
