// Organisations (branch wild5, the session of 2026-12-06 20:24; an audit of fresh texts nobody tuned on): a body's
// name glued by a hyphen to a place names its branch there. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const orgs = (text: string) => extract(text, { gazetteer: [] }).organisations;
const places = (text: string) => extract(text, { gazetteer: [] }).places;

describe('a body and a place joined by a hyphen', () => {
  it('names a branched group\'s branch in any spelling of the group', () => {
    const o = orgs('The list now holds Daesh-Egypt, Daesh-Somalia and the Maute Group.');
    expect(o).toContain('Daesh-Egypt');
    expect(o).toContain('Daesh-Somalia');
    expect(places('The list now holds Daesh-Egypt, Daesh-Somalia and the Maute Group.')).not.toContain('Egypt');
  });
  it('takes a compass word glued to the hyphen with the place after it', () => {
    expect(orgs('The department named IS-West Africa and two leaders.')).toContain('IS-West Africa');
    expect(orgs('The department named IS-West Africa and two leaders.')).not.toContain('IS-West');
  });
  it('names any body\'s branch in a state where the phrase ends', () => {
    expect(orgs('The groups listed were Jund al-Khilafah-Tunisia, a cell in the south, and two others.')).toContain('Jund al-Khilafah-Tunisia');
  });
  it('is no branch before a word that goes on the phrase', () => {
    const o = orgs('The Hamas-Egypt talks ended on Monday.');
    expect(o.some((x) => x.includes('-Egypt'))).toBe(false);
  });
});
