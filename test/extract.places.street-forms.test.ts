// Branch wild24 (fresh-text audit of encyclopedia articles): two ways of writing a street that read as a person's
// name — a name and the abbreviation "St"/"St." ("Parnell St" on a map's label, "Tarata St." in an infobox: the
// street, canonical "… Street") and the Malay and Indonesian "Jalan" opening a street's name as "Calle", "Rue" do
// ("Jalan Raden Ajeng Kartini"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });

describe('places: "X St" and "Jalan X" are streets', () => {
  it('a name and "St" is the street, the point kept in the mention', () => {
    const x = run('The second car bomb exploded on Marlborough St near the bus depot.');
    expect(x.places).toEqual(['Marlborough Street']);
    expect(x.people).toEqual([]);
    const y = run('Location: Larco St., Miraflores, Lima');
    expect(y.mentions.find((m) => m.canonical === 'Larco Street')?.text).toBe('Larco St.');
  });
  it('"St" opening a name is no street', () => {
    expect(run('Mourners gathered at St Columba cemetery.').places).not.toContain('Columba Street');
  });
  it('"Jalan" and a name is a street, not a person', () => {
    const x = run('The blast shattered windows along Jalan Hasanuddin in Makassar.');
    expect(x.places).toEqual(['Jalan Hasanuddin', 'Makassar']);
    expect(x.people).toEqual([]);
  });
});
