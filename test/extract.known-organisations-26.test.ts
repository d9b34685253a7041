// Well-known bodies of political-violence reporting as general knowledge (src/extract/data/organisations.json,
// known26): armed groups and movements, state military and security bodies named bare, international bodies,
// each under its English Wikipedia title, found by that name or an alias, with the span the text writes.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });
/** The organisation mentions as [text, start, end, canonical]. */
const orgs = (text: string) =>
  run(text)
    .mentions.filter((m) => m.type === 'organization')
    .map((m) => [m.text, m.start, m.end, m.canonical]);

describe('well-known organisations (known26)', () => {
  it('armed groups of Europe, by name, alias or acronym', () => {
    expect(orgs('PLO officials in Tunis denied any role in the hijacking.')).toEqual([['PLO', 0, 3, 'Palestine Liberation Organization']]);
    expect(orgs('The Red Brigades kidnapped the magistrate in Genoa in 1974.')).toEqual([['Red Brigades', 4, 16, 'Red Brigades']]);
    expect(orgs('Police linked the bombing to the Baader-Meinhof Gang.')).toEqual([['Baader-Meinhof Gang', 33, 52, 'Red Army Faction']]);
    expect(orgs('The Ulster Volunteer Force and the INLA both issued statements.')).toEqual([
      ['Ulster Volunteer Force', 4, 26, 'Ulster Volunteer Force'],
      ['INLA', 35, 39, 'Irish National Liberation Army'],
    ]);
    expect(orgs('Gunmen from the Kosovo Liberation Army ambushed the patrol.')).toEqual([['Kosovo Liberation Army', 16, 38, 'Kosovo Liberation Army']]);
  });
  it('armed groups of Latin America, Africa and Asia', () => {
    expect(orgs('Guerrillas of the Tupac Amaru Revolutionary Movement seized the residence.')).toEqual([
      ['Tupac Amaru Revolutionary Movement', 18, 52, 'Túpac Amaru Revolutionary Movement'],
    ]);
    expect(orgs('The MRTA released several hostages.')).toEqual([['MRTA', 4, 8, 'Túpac Amaru Revolutionary Movement']]);
    expect(orgs('The Janjaweed militia burned the village.')).toEqual([['Janjaweed', 4, 13, 'Janjaweed']]);
    expect(orgs('The Rapid Support Forces shelled the market in El Fasher.')).toEqual([['Rapid Support Forces', 4, 24, 'Rapid Support Forces']]);
    expect(orgs('Members of the Japanese Red Army attacked the airport at Lod.')).toEqual([['Japanese Red Army', 15, 32, 'Japanese Red Army']]);
    expect(orgs('Leaders of the Muslim Brotherhood were detained in Cairo.')).toEqual([['Muslim Brotherhood', 15, 33, 'Muslim Brotherhood']]);
  });
  it('state military and security bodies named bare', () => {
    expect(orgs('Soldiers of the Special Air Service stormed the building after six days.')).toEqual([['Special Air Service', 16, 35, 'Special Air Service']]);
    expect(orgs('A spokesman for the Shin Bet said the cell had been dismantled.')).toEqual([['Shin Bet', 20, 28, 'Shin Bet']]);
    // (no longer the place "United States")
    const x = run('The United States Marines secured the airport perimeter.');
    expect([x.organisations, x.places]).toEqual([['United States Marine Corps'], []]);
    expect(orgs('Two U.S. Marines were wounded in the ambush near the port.')).toEqual([['U.S. Marines', 4, 16, 'United States Marine Corps']]);
    expect(orgs('Navy SEALs raided the compound before dawn.')).toEqual([['Navy SEALs', 0, 10, 'United States Navy SEALs']]);
    expect(orgs('The KGB and the Stasi shared files on the group.')).toEqual([
      ['KGB', 4, 7, 'KGB'],
      ['Stasi', 16, 21, 'Stasi'],
    ]);
  });
  it('international bodies', () => {
    expect(orgs('The Arab League condemned the attack on the embassy.')).toEqual([['Arab League', 4, 15, 'Arab League']]);
    expect(orgs('Europol said the network had cells in four countries.')).toEqual([['Europol', 0, 7, 'Europol']]);
    expect(orgs('Investigators from the ICTY visited the site.')).toEqual([['ICTY', 23, 27, 'International Criminal Tribunal for the former Yugoslavia']]);
  });
  it('a body of `$text_forms` is named as the text writes it where it gives only the acronym', () => {
    expect(orgs('Fighters of the YPG held the town.')).toEqual([['YPG', 16, 19, 'YPG']]);
    expect(orgs("The People's Defense Units (YPG) held the town.")[0]).toEqual(["People's Defense Units", 4, 26, "People's Defense Units"]);
  });
  it('ambiguous short forms were left out', () => {
    // "SAS" (Scandinavian Airlines, its hotels) and "Israeli police" (any Israeli police officers) are no alias
    expect(run('The bomb at the Radisson SAS Hotel exploded in the ballroom.').organisations).toEqual([]);
    expect(run('Israeli police said the bus was hit at rush hour.').organisations).toEqual([]);
  });
});
