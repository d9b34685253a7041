// Branch wild22 (fresh-text audit): "Rifles" ends a body's name as "Rangers" does ("46 Rashtriya Rifles" in wild21
// text 05 and wild22 text 04, read as a camp's place or missed). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });

describe('organisations: a unit named "... Rifles"', () => {
  it('is a body, the cardinal before it left out, and its camp is no place', () => {
    const x = run('Gunmen fired at the 22 Rashtriya Rifles camp outside Sopore on Monday.');
    expect(x.organisations).toEqual(['Rashtriya Rifles']);
    expect(x.places).toEqual(['Sopore']);
  });
  it('takes the place word before it into the name', () => {
    const x = run('Soldiers of the Assam Rifles patrolled the border in Manipur.');
    expect(x.organisations).toEqual(['Assam Rifles']);
    expect(x.places).toEqual(['Manipur']);
  });
  it('not lower-case rifles, nor a capitalised "Rifles" with no name before it', () => {
    expect(run('Police recovered three rifles in Kupwara.').organisations).toEqual([]);
    expect(run('Rifles and grenades were found in Kupwara.').organisations).toEqual([]);
  });
});
