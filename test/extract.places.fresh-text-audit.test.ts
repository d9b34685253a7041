// Branch wild3 (audit of the extractor on fresh texts nobody tuned on): a name after "neighborhood of" is a
// place; so is a name before a lower-case "village" ("the Hajaj village"); but not a word after "a"/"an" before a
// place noun ("a Shiite area", "a Kurdish village": it qualifies the noun), nor a demonym before the noun and "of"
// and a name ("the Angolan province of Cabinda": the place is after "of"). Written sentences of the fresh
// texts' shapes, and one of holdout7 (retired).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const places = (text: string) => extract(text, { gazetteer: [] }).places;

describe('a place named beside a lower-case place noun', () => {
  it('after "neighborhood of" / "neighbourhood of"', () => {
    expect(places('The car was parked in the mostly Sunni neighborhood of Dora.')).toEqual(['Dora']);
    expect(places('Shops burned in the neighbourhood of Kisenyi on Sunday.')).toEqual(['Kisenyi']);
  });
  it('before "village", after "the" or nothing', () => {
    expect(places('The explosion in the Hajaj village killed nine people.')).toEqual(['Hajaj']);
  });
  it('not a word after "a"/"an" that qualifies the place noun', () => {
    expect(places('A car bomb exploded at a market in a Shiite area of the city.')).toEqual([]);
    expect(places('Gunmen attacked a Fulani village at dawn.')).toEqual([]);
  });
  it('not a demonym before the noun and "of" and a name; the name after "of" is the place', () => {
    expect(places('The team traveled through the Angolan province of Cabinda on the way to the tournament.')).toEqual(['Cabinda']);
  });
});
