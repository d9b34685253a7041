// Well-known places of political-violence reporting as general knowledge (src/extract/data/places.json,
// known27): former states, colonies and empires (each its own place, not today's state), conflict and
// disputed regions, seas and straits, and districts named in attack reports, each under its English
// Wikipedia title, found by that name or an alias, with the span the text writes. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });
/** The place mentions as [text, start, end, canonical]. */
const places = (text: string) =>
  run(text)
    .mentions.filter((m) => m.type === 'place')
    .map((m) => [m.text, m.start, m.end, m.canonical]);

describe('well-known places (known27)', () => {
  it('former states, colonies and empires are their own places', () => {
    expect(places('Guerrillas crossed from Mozambique into Rhodesia in 1976.')).toEqual([
      ['Mozambique', 24, 34, 'Mozambique'],
      ['Rhodesia', 40, 48, 'Rhodesia'],
    ]);
    expect(places('Refugees fled Yugoslavia as the federation broke apart.')).toEqual([['Yugoslavia', 14, 24, 'Yugoslavia']]);
    // (not "Palestine" inside it)
    expect(places('The Irgun bombed the hotel in Mandatory Palestine in 1946.')).toEqual([['Mandatory Palestine', 30, 49, 'Mandatory Palestine']]);
    expect(places('The Ottoman Empire and Austria-Hungary both collapsed in 1918.')).toEqual([
      ['Ottoman Empire', 4, 18, 'Ottoman Empire'],
      ['Austria-Hungary', 23, 38, 'Austria-Hungary'],
    ]);
    expect(places('Agents of East Germany trained fighters from South Yemen.')).toEqual([
      ['East Germany', 10, 22, 'East Germany'],
      ['South Yemen', 45, 56, 'South Yemen'],
    ]);
    expect(places('Troops from Nazi Germany occupied the town.')).toEqual([['Nazi Germany', 12, 24, 'Nazi Germany']]);
    expect(places('The war over Biafra left more than a million dead.')).toEqual([['Biafra', 13, 19, 'Biafra']]);
  });
  it('regions, conflict areas and disputed territories', () => {
    expect(places('Attacks across the Maghreb and the Sahel rose that year.')).toEqual([
      ['Maghreb', 19, 26, 'Maghreb'],
      ['Sahel', 35, 40, 'Sahel'],
    ]);
    expect(places('Veterans of the wars in Indochina joined the mutiny.')).toEqual([['Indochina', 24, 33, 'Indochina']]);
    expect(places('Fighting in the Ogaden drew Somali troops across the border.')).toEqual([['Ogaden', 16, 22, 'Ogaden']]);
    expect(places('Ceasefire violations were reported in Nagorno-Karabakh and South Ossetia.')).toEqual([
      ['Nagorno-Karabakh', 38, 54, 'Nagorno-Karabakh'],
      ['South Ossetia', 59, 72, 'South Ossetia'],
    ]);
    expect(places('Separatists in the Casamance and in Ambazonia laid down their arms.')).toEqual([
      ['Casamance', 19, 28, 'Casamance'],
      ['Ambazonia', 36, 45, 'Ambazonia'],
    ]);
    expect(places('The insurgency in Aceh ended with the 2005 accord.')).toEqual([['Aceh', 18, 22, 'Aceh']]);
    expect(places('The attack in the Kurdistan Region was blamed on Iran.')).toEqual([
      ['Kurdistan Region', 18, 34, 'Kurdistan Region'],
      ['Iran', 49, 53, 'Iran'],
    ]);
  });
  it('seas, straits and gulfs', () => {
    expect(places('Tankers were seized in the Strait of Hormuz and the Gulf of Aden.')).toEqual([
      ['Strait of Hormuz', 27, 43, 'Strait of Hormuz'],
      ['Gulf of Aden', 52, 64, 'Gulf of Aden'],
    ]);
    expect(places('Houthi missiles struck a ship in the Red Sea near the Bab-el-Mandeb.')).toEqual([
      ['Red Sea', 37, 44, 'Red Sea'],
      ['Bab-el-Mandeb', 54, 67, 'Bab-el-Mandeb'],
    ]);
    expect(places('Sabotage damaged the pipelines under the Baltic Sea.')).toEqual([['Baltic Sea', 41, 51, 'Baltic Sea']]);
  });
  it('towns and districts of attack reports', () => {
    expect(places('Soldiers were ambushed near Jenin and in Sheikh Jarrah.')).toEqual([
      ['Jenin', 28, 33, 'Jenin'],
      ['Sheikh Jarrah', 41, 54, 'Sheikh Jarrah'],
    ]);
    // (the official name is one place, not "Bangsamoro" and "Autonomous Region")
    expect(places('Troops were sent to the Bangsamoro Autonomous Region after the blast.')).toEqual([
      ['Bangsamoro Autonomous Region', 24, 52, 'Bangsamoro'],
    ]);
    expect(places('The bomb in Sadr City killed twelve people.')).toEqual([['Sadr City', 12, 21, 'Sadr City']]);
    expect(places('Militants overran Mocímboa da Praia in Cabo Delgado.')).toEqual([
      ['Mocímboa da Praia', 18, 35, 'Mocímboa da Praia'],
      ['Cabo Delgado', 39, 51, 'Cabo Delgado'],
    ]);
    expect(places('Gunmen attacked the Shankill Road in Belfast.')).toEqual([
      ['Shankill Road', 20, 33, 'Shankill Road'],
      ['Belfast', 37, 44, 'Belfast'],
    ]);
  });
  it('MI5 is a body under its own name', () => {
    const x = run('MI5 said the plot had been disrupted.');
    expect([x.organisations, x.places]).toEqual([['MI5'], []]);
  });
  it('a name that folds like another place is left out (Samarra is not Samara)', () => {
    expect(places('The delegation flew to Samara on Monday.')).toEqual([['Samara', 23, 29, 'Samara']]);
  });
});
