// Branch wild21 (fresh-text audit): "Katmandu", the wires' older spelling, is Kathmandu. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });

describe('places: Katmandu', () => {
  it('is Kathmandu, as its usual spelling is', () => {
    expect(run('The post lies about 90 miles west of the capital, Katmandu.').places).toEqual(['Kathmandu']);
    expect(run('Rebels set off two bombs in Kathmandu on Wednesday.').places).toEqual(['Kathmandu']);
  });
  it('not a word that merely starts the same', () => {
    expect(run('The Katmandus were a band.').places).toEqual([]);
  });
});
