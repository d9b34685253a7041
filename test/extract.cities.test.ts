// The reference cities and towns (src/extract/data/cities.json, derived from GeoNames by
// scripts/derive-cities.mjs), looked up for a run of capitalised words no gazetteer entry matched: found as
// places with their canonical names, common words and people's names left out, and a person's name that is
// also a town kept as the person where the text says so.
// Sentences written for these tests, not taken from the evaluation documents.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import type { GazetteerEntry } from '../src/extract/index.ts';
import places from '../src/extract/data/places.json' with { type: 'json' };
import cities from '../src/extract/data/cities.json' with { type: 'json' };

const ms = (text: string, gazetteer: GazetteerEntry[] = []) => extract(text, { gazetteer }).mentions.map((m) => [m.text, m.type, m.canonical]);
const hasNot = (text: string, surface: string) => expect(ms(text).filter((m) => m[0] === surface)).toEqual([]);
const table = cities.cities as Record<string, string[]>;

describe('reference cities and towns', () => {
  it('a town no hand-kept table lists is a place, with its canonical name', () => {
    expect(JSON.stringify(places)).not.toContain('"Beslan"');
    expect(ms('Gunmen seized a school in Beslan in 2004.')).toEqual([['Beslan', 'place', 'Beslan']]);
    expect(extract('Gunmen seized a school in Beslan in 2004.', { gazetteer: [] }).mentions[0]!.known).toBe(true);
    expect(extract('They met at Landi Kotal, Pakistan.', { gazetteer: [] }).mentions[0]!.known).toBe(false);
    expect(ms('The bomb went off outside a church in Jolo on Sunday.')).toContainEqual(['Jolo', 'place', 'Jolo']);
  });
  it('written without the marks of its name, or with the ASCII letters for its own, it is the same place', () => {
    expect(ms('Two men were arrested in Bialystok.')).toContainEqual(['Bialystok', 'place', 'Białystok']);
    expect(ms('Protesters gathered in Białystok.')).toContainEqual(['Białystok', 'place', 'Białystok']);
  });
  it('a scholarly transliteration is not the canonical name: English text does not write it', () => {
    expect(table['Panipat']).toEqual(['India']);
    expect(ms('A train was bombed near Panipat.')).toContainEqual(['Panipat', 'place', 'Panipat']);
  });
  it('a city spelt otherwise than the subdivision of the same name is still the city ("Hà Nội" is a subdivision)', () => {
    expect(table['Hanoi']).toEqual(['Vietnam']);
    expect(ms('The delegation left for talks, and Hanoi welcomed the offer.')).toEqual([['Hanoi', 'place', 'Hanoi']]);
  });
  it('a name transliterated from Cyrillic is written without the soft sign’s apostrophe', () => {
    expect(table['Ryazan']).toEqual(['Russia']);
    expect(table["Ryazan'"]).toBeUndefined();
    expect(ms('Residents of a Ryazan apartment block found sacks in the basement.')).toEqual([['Ryazan', 'place', 'Ryazan']]);
  });
  it('a large city may have a name of three letters', () => {
    expect(ms('Police said Jos was calm after the bombing.')).toEqual([['Jos', 'place', 'Jos']]);
    expect(ms('Pilgrims said Qom was crowded.')).toEqual([['Qom', 'place', 'Qom']]);
  });
  it('a town must start with a capital, and be spelt as listed', () => {
    hasNot('Troops moved through beslan overnight.', 'beslan');
    hasNot('Agent Tom Beslann testified.', 'Beslann');
  });
  it('a city before an administrative head names the area around it', () => {
    expect(ms('Troops were sent to Şanlıurfa Province.')).toContainEqual(['Şanlıurfa Province', 'place', 'Şanlıurfa Province']);
  });
});

describe('names left out of the reference cities', () => {
  it('a lower-case English word, a given name, a person’s name or a name many places bear is no city there', () => {
    for (const n of ['Mission', 'Police', 'Reading', 'Than', 'Thān', 'Brits', 'Victoria', 'Florence', 'Jackson', 'Hassan', 'Xinhua', 'Springdale']) expect(table[n], n).toBeUndefined();
  });
  it('so a sentence that opens with the word, or a surname alone, gives no place', () => {
    expect(ms('Mission accomplished, the officer said.').filter((m) => m[1] === 'place')).toEqual([]);
    expect(ms('Reading the statement, he paused.').filter((m) => m[1] === 'place')).toEqual([]);
    expect(ms('Jackson said the talks had failed.').filter((m) => m[1] === 'place')).toEqual([]);
  });
});

describe('a person whose name is also a town', () => {
  it('with a title before the name, stays a person', () => {
    expect(ms('Mayor Victoria Smith said the roads were closed.')).toEqual([['Victoria Smith', 'person', 'Victoria Smith']]);
    expect(ms('Home Minister Palaniappan Chidambaram spoke. Chidambaram described the attacks.')).toEqual([
      ['Palaniappan Chidambaram', 'person', 'Palaniappan Chidambaram'],
      ['Chidambaram', 'person', 'Palaniappan Chidambaram'],
    ]);
  });
  it('after an initial, stays a person; the town alone is a place', () => {
    expect(ms('Former minister P. Chidambaram said so.')).toEqual([['P. Chidambaram', 'person', 'P. Chidambaram']]);
    expect(ms('Troops reached Chidambaram late.')).toEqual([['Chidambaram', 'place', 'Chidambaram']]);
  });
  it('a title or role before the town alone, or the surname of a person named in full, is the person', () => {
    expect(ms('Ambassador Chidambaram said the talks failed.')).toEqual([['Chidambaram', 'person', 'Chidambaram']]);
    expect(ms('A spokesman, Chidambaram, said so.')).toEqual([['Chidambaram', 'person', 'Chidambaram']]);
    expect(ms('White House spokesman Jay Carney said so. Carney said more.')).toContainEqual(['Carney', 'person', 'Jay Carney']);
  });
  it('a role word before the town and a name word after it make a person', () => {
    expect(table['Mubi']).toBeDefined();
    expect(ms('The group’s leader Mubi Adamu Garba was killed.')).toContainEqual(['Mubi Adamu Garba', 'person', 'Mubi Adamu Garba']);
  });
  it('a town joined by a hyphen and a connector is part of a longer name', () => {
    expect(table['Banat']).toBeDefined();
    expect(ms('Members of Banat-e-Kashmiri marched.')).toEqual([['Banat-e-Kashmiri', 'organization', 'Banat-e-Kashmiri']]);
  });
  it('the caller’s own entity of that name wins over the town', () => {
    const gz: GazetteerEntry[] = [{ name: 'Mubi', canonical: 'Mubi Holdings', type: 'organization', entity_kind: 'organization', entity_id: null }];
    expect(ms('Mubi said profits had fallen.', gz)).toEqual([['Mubi', 'organization', 'Mubi Holdings']]);
  });
});
