// Organisations (branch orgheads-conn, the session of 2026-12-06 20:24): a lower-case particle that joins two words
// of a body's name ("we", "wa", "wal"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const orgs = (text: string) => extract(text, { gazetteer: [] }).organisations;

describe('a lower-case particle inside a name', () => {
  it('keeps the name whole', () => {
    expect(orgs('The bombing was claimed by Umkhonto we Sizwe, the armed wing of the movement.')).toEqual(['Umkhonto we Sizwe']);
  });
  it('is no name alone, and no particle outside a name', () => {
    expect(orgs('We said we would come.')).toEqual([]);
    expect(orgs('Sizwe and Thabo said we were late.')).toEqual([]);
  });
});
