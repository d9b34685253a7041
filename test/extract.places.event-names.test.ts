// An attack named by its place: "the X massacre", "the X sarin attack" (one or two capitalised words after "the",
// an event noun right after or after one lower-case word) makes X a place; a venue's name without its head there
// is the venue. Sentences from holdout5 and holdout7 (retired) and written ones.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const ms = (text: string) => extract(text, { gazetteer: [] }).mentions.map((m) => [text.slice(m.start, m.end), m.type, m.canonical]);

describe('"the X massacre"', () => {
  it('makes X a place', () => {
    expect(ms('No official report of the Tole massacre has been published.')).toContainEqual(['Tole', 'place', 'Tole']);
    expect(ms('They had carried out several attacks, including the Matsumoto sarin attack nine months earlier.')).toContainEqual(['Matsumoto', 'place', 'Matsumoto']);
  });
  it('a venue’s name without its head word there is the venue', () => {
    expect(ms('The car bombs exploded in Tarata Street. The Tarata bombing killed 25.')).toContainEqual(['Tarata', 'place', 'Tarata Street']);
  });
  it('but not a feast, a given name, an acronym or a demonym', () => {
    const places = (s: string) => ms(s).filter((m) => m[1] === 'place').map((m) => m[0]);
    expect(places('Survivors of the Easter bombings gathered on Sunday.')).toEqual([]);
    expect(places('The report on the KLF attack was published.')).toEqual([]);
    expect(places('Survivors of the Nigerian massacre spoke.')).toEqual([]);
    expect(places('Witnesses of the Ahmed shooting spoke.')).toEqual([]);
  });
});
