// Names, third round: causes of name errors a retired blind set exposed (well-known groups missing from
// the built-in list, constituent countries, place patterns, infobox marks, generic demonym phrases).
// Sentences written for these tests, not taken from the evaluation documents.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const ms = (text: string) => extract(text, { gazetteer: [] }).mentions.map((m) => [m.text, m.type, m.canonical]);
const has = (text: string, surface: string, type: string) => expect(ms(text).filter((m) => m[0] === surface && m[1] === type)).toHaveLength(1);
const hasNot = (text: string, surface: string) => expect(ms(text).filter((m) => m[0] === surface)).toEqual([]);

describe('well-known groups and constituent countries in the built-in lists', () => {
  it('finds groups by name and variant, with the canonical name', () => {
    expect(ms('Troops clashed with Abu Sayyaf Group fighters near the coast.')).toContainEqual(['Abu Sayyaf Group', 'organization', 'Abu Sayyaf']);
    expect(ms('The statement was signed by Kataib Hezbollah commanders.')).toContainEqual(['Kataib Hezbollah', 'organization', "Kata'ib Hezbollah"]);
    has('MEND said it had attacked a pipeline.', 'MEND', 'organization');
    has('Talks with the Moro Islamic Liberation Front resumed.', 'Moro Islamic Liberation Front', 'organization');
  });
  it('a longer known name is not cut down to the known name inside it', () => {
    hasNot("Kata'ib Hezbollah fired rockets.", 'Hezbollah');
  });
  it('constituent countries are places, also inside a force’s name only as part of it', () => {
    has('The suspect was flown to Scotland on Monday.', 'Scotland', 'place');
    has('Officers from Police Scotland met the families.', 'Police Scotland', 'organization');
    hasNot('Officers from Police Scotland met the families.', 'Scotland');
    has('Rallies were held across Wales and Northern Ireland.', 'Northern Ireland', 'place');
  });
});

describe('infobox marks around a name', () => {
  const box = 'Attack on the hotel\n- Commander1: Faisal Raqib al-KhuriKIA , Samir Adel KIA\n- Commander2: 20px Peter Mwangi Otieno, 20px Ruth AkinyiWIA\n';
  it('a casualty mark after a name, glued or not, and a flag icon’s size before it are no part of the person', () => {
    has(box, 'Faisal Raqib al-Khuri', 'person');
    has(box, 'Samir Adel', 'person');
    has(box, 'Peter Mwangi Otieno', 'person');
    has(box, 'Ruth Akinyi', 'person');
    hasNot(box, 'Samir Adel KIA');
  });
  it('an all-capital item that only ends in the letters is kept whole', () => {
    has('Attack on the port\n- Belligerents: NAKIA, Iran\n', 'NAKIA', 'organization');
  });
});

describe('a demonym and a lower-case head', () => {
  it('is a generic reference unless it names a known body', () => {
    hasNot('He said the Kenyan military had shelled the camp.', 'Kenyan military');
    hasNot('Rebels fled as the Philippine military advanced.', 'Philippine military');
    // (a state's "military" is its army only where the document names the army too: known28)
    hasNot('He said the Pakistani military had shelled the camp.', 'Pakistani military');
    expect(ms('The Pakistani army denied it. He said the Pakistani military had shelled the camp.')).toContainEqual(['Pakistani military', 'organization', 'Pakistan Army']);
    has('Troops of the Indian army crossed the line.', 'Indian army', 'organization');
  });
  it('a name that is not a demonym still takes the head', () => {
    has('Officials of the Obama administration declined.', 'Obama administration', 'organization');
  });
});

describe('place patterns', () => {
  it('"the city/town/island of X" makes X a place, a title word in it included', () => {
    has('Two bombs went off in the city of Marawi on Sunday.', 'Marawi', 'place');
    has('Troops landed on the southern island of Tawi Tawi.', 'Tawi Tawi', 'place');
    has('Shops closed in the mostly Muslim city of General Luna.', 'General Luna', 'place');
    hasNot('Shops closed in the mostly Muslim city of General Luna.', 'Luna');
  });
  it('but not a body or a person after "of" with another noun', () => {
    expect(ms('He is the head of General Motors.').filter((m) => m[1] === 'place')).toEqual([]);
    hasNot('The mayor of the city, Ahmed Musa, spoke.', 'city');
  });
  it('a known subdivision takes a capitalised "State" after it', () => {
    expect(ms('Gunmen struck a school in Kano State on Monday.')).toContainEqual(['Kano State', 'place', 'Kano State']);
    has('He grew up in Kano state.', 'Kano', 'place');
    hasNot('He grew up in Kano state.', 'Kano state');
  });
  it('a country does not ("the Pakistan State Bank")', () => {
    hasNot('Officials of Pakistan State Bank met.', 'Pakistan State');
  });
});

describe('attack venues', () => {
  it('a lower-case venue head after an unknown name is part of the place', () => {
    has('Gunmen stormed the Sarit shopping mall on Saturday.', 'Sarit shopping mall', 'place');
    has('A second bomb went off at Arts-Loi metro station.', 'Arts-Loi metro station', 'place');
    has('Security at the Sarit Mall was tightened.', 'Sarit Mall', 'place');
  });
  it('a known place keeps a capitalised "Airport", not a lower-case one', () => {
    has('Flights left Lahore Airport late.', 'Lahore Airport', 'place');
    has('He flew out of Kabul airport.', 'Kabul', 'place');
    hasNot('He flew out of Kabul airport.', 'Kabul airport');
  });
  it('a head alone or after a capitalised sentence word is no venue', () => {
    expect(ms('He walked to the mall and then the station.')).toEqual([]);
    hasNot('Gunmen shot two men near a bus station.', 'bus station');
  });
});

describe('long names after a role', () => {
  it('a name of up to five words (a hyphenated particle with its word counting one) after a role is a person', () => {
    has('He charged a former intelligence operative, Abu Hamza Saleh Omar Al-Tarhuni, for the bombing.', 'Abu Hamza Saleh Omar Al-Tarhuni', 'person');
    has('He charged a former operative, Agela Kheir Al-Marimi, for his role.', 'Agela Kheir Al-Marimi', 'person');
  });
  it('but a longer run is names run together, not one person', () => {
    hasNot('He charged an operative, Abu Hamza Saleh Omar Tarhuni Ali, for it.', 'Abu Hamza Saleh Omar Tarhuni Ali');
  });
});
