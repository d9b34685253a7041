// Branch wild24 (fresh-text audit of encyclopedia articles): a bay named after a known place is a place of its own,
// as "Kashmir Valley" is ("Manila Bay" was Manila). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });

describe('places: a bay named after a known place', () => {
  it('is its own place, the city still a place where written alone', () => {
    expect(run('The ferry burned and sank in Manila Bay after leaving port.').places).toEqual(['Manila Bay']);
    expect(run('The ship left Manila at night and sank in Manila Bay.').places).toEqual(['Manila', 'Manila Bay']);
  });
});
