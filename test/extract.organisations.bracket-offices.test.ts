// Organisations (branch wild5, the session of 2026-12-06 20:24; an audit of fresh texts nobody tuned on): an
// acronym in brackets does not make a body of a name that ends in an office's role or in a place noun.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const x = (text: string) => extract(text, { gazetteer: [] });

describe('a name with its acronym in brackets', () => {
  it('is no body when it ends in a role or a title (an office)', () => {
    const r = x('The Police Command Public Relations Officer (PPRO) in the state confirmed the attack on Friday.');
    expect(r.organisations).toEqual([]);
    expect(x('The Chief Executive Officer (CEO) of the firm resigned.').organisations).toEqual([]);
  });
  it('is a place when it ends in a place noun', () => {
    const r = x('Gunmen attacked a village in Tudun Local Government Area (LGA) on Monday.');
    expect(r.organisations).toEqual([]);
    expect(r.places).toContain('Tudun Local Government Area');
  });
  it('is still a body when it ends in a body\'s head', () => {
    expect(x('The Popular Liberation Front (PLF) attacked the base.').organisations).toContain('Popular Liberation Front');
  });
});
