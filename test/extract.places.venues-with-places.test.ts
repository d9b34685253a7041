// Known places inside a venue's name: a city that ends a venue's name ("Army Public School Peshawar"), the places
// a road's name opens with ("Jammu Srinagar National Highway"). Lines from holdout and holdout4 (retired) and
// written ones.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const ms = (text: string) => extract(text, { gazetteer: [] }).mentions.map((m) => [text.slice(m.start, m.end), m.type, m.canonical]);

describe('a known city right after a venue’s name', () => {
  it('is part of the venue, which the name without it names too', () => {
    const m = ms('- Location: Army Public School Peshawar, Warsak Road, Peshawar, Pakistan\n\nGunmen attacked the Army Public School in the city of Peshawar.');
    expect(m).toContainEqual(['Army Public School Peshawar', 'place', 'Army Public School Peshawar']);
    expect(m).toContainEqual(['Army Public School', 'place', 'Army Public School Peshawar']);
    expect(m).toContainEqual(['Peshawar', 'place', 'Peshawar']);
  });
  it('but not a country, nor a place that opens a longer name', () => {
    expect(ms('Students at the Army Public School Pakistan were evacuated.')).toContainEqual(['Pakistan', 'place', 'Pakistan']);
  });
});

describe('known places before a road’s name', () => {
  it('open the road’s name', () => {
    expect(ms('A convoy on the Jammu Srinagar National Highway was attacked by a suicide bomber.')).toContainEqual(['Jammu Srinagar National Highway', 'place', 'Jammu Srinagar National Highway']);
  });
  // (before a building's name with a capitalised head a known city now opens it too: branch wild6, fresh
  // encyclopedia texts cut "Rawalpindi General Hospital" and "the Kabul Serena Hotel" in two;
  // test/extract.places.city-venues.test.ts)
  it('and before a building’s name', () => {
    expect(ms('Troops guarded the Kabul Serena Hotel on Monday.')).toContainEqual(['Kabul Serena Hotel', 'place', 'Kabul Serena Hotel']);
  });
});
