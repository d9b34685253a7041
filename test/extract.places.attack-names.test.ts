// Branch wild19 (fresh-text audit): an unknown one-word name between "the" (perhaps a year) and an attack's noun
// ("massacre", "bombing", or a vehicle's noun and one) is the attack's place; before "train bombing" it is no
// vehicle's name that hides the town everywhere. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });

describe('places: the place that opens an attack’s name', () => {
  it('"the X massacre"', () => {
    expect(run('The Koundougou massacre left 40 villagers dead.').places).toContain('Koundougou');
  });
  it('"the YEAR X bus bombing", and the town named again', () => {
    const x = run('The 2004 Mirpurkhas bus bombing killed nine people. A second bomb went off in Mirpurkhas, Pakistan, a week later.');
    expect(x.places).toContain('Mirpurkhas');
    expect(x.mentions.filter((m) => m.text === 'Mirpurkhas' && m.type === 'place')).toHaveLength(2);
  });
  it('a title line before the prose', () => {
    const x = run('Mirpurkhas bus bombing\n\nThe Mirpurkhas bus bombing killed nine people.');
    expect(x.places).toContain('Mirpurkhas');
  });
  it('the same word with a street head names the street', () => {
    expect(run('The Kivuli bombing was carried out in Kivuli Street in Lima.').places).toEqual(['Kivuli Street', 'Lima']);
  });
  it('a ship named elsewhere is no place', () => {
    expect(run('The destroyer Fenwick was hit in port. The Fenwick bombing killed 17 sailors.').places).toEqual([]);
  });
  it('a person’s surname is the person', () => {
    const x = run('Harald Tvedt shot 20 people. The Tvedt massacre shocked the country.');
    expect(x.places).toEqual([]);
    expect(x.people).toEqual(['Harald Tvedt']);
  });
  it('a named train stays a vehicle, a common word at a line’s start no place', () => {
    expect(run('They boarded the Khyber Mail train at dawn.').places).not.toContain('Khyber Mail');
    expect(run('Suicide bombings rose in 2016.').places).toEqual([]);
  });
  it('not a known group before the noun', () => {
    const x = run('The Hamas bombing killed ten people.');
    expect(x.places).toEqual([]);
    expect(x.organisations).toContain('Hamas');
  });
});
