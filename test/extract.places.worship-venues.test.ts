// Branch wild24 (fresh-text audit of encyclopedia articles): a place of worship or a supermarket named before a
// lower-case head is a venue, head and all, as "Maalbeek metro station" is ("the Sri Maha Bodhi shrine", "the
// Eben Haezer church", "a City Mart supermarket"); a faith's word alone before the head names no place ("the Catholic
// church", "a Shi'ite mosque"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });

describe('places: places of worship named before a lower-case head', () => {
  it('the name and its head are the venue', () => {
    expect(run('Gunmen opened fire inside the Wat Phra Khao temple on Sunday.').places).toEqual(['Wat Phra Khao temple']);
    expect(run('Two bombers struck the Badr mosque during prayers.').places).toEqual(['Badr mosque']);
    expect(run('A grenade was thrown into the Santo Niño church in Jolo.').places).toEqual(['Santo Niño church', 'Jolo']);
    expect(run('The third bomb went off in a Top Value supermarket.').places).toEqual(['Top Value supermarket']);
  });
  it('a given name opening the venue is no person', () => {
    const x = run('Volunteers carried a bomb out of the Eben Haezer church.');
    expect(x.places).toEqual(['Eben Haezer church']);
    expect(x.people).toEqual([]);
  });
  it('a faith word alone names no place', () => {
    expect(run('Gunmen attacked the Catholic church after mass.').places).toEqual([]);
    expect(run('A bomber blew himself up in a Shi\'ite mosque.').places).toEqual([]);
    expect(run('The Sufi shrine was damaged.').places).toEqual([]);
  });
});
