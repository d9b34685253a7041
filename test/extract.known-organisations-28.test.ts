// Well-known bodies of political-violence, terrorism and sanctions reporting as general knowledge, round 2
// (src/extract/data/organisations.json, known28): companies and airlines, courts and tribunals, armed groups and
// movements, national armies and police, international missions, each under its English Wikipedia title, found by
// that name or an unambiguous alias. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });
/** The organisation mentions as [text, canonical]. */
const orgs = (text: string) =>
  run(text)
    .mentions.filter((m) => m.type === 'organization')
    .map((m) => [m.text, m.canonical]);

describe('well-known organisations, round 2 (known28)', () => {
  it('companies of terror-financing and sanctions cases, private military companies, airlines', () => {
    expect(orgs('Chiquita admitted paying the paramilitaries for years.')).toEqual([['Chiquita', 'Chiquita Brands International']]);
    expect(orgs('Drones struck two Saudi Aramco facilities at Abqaiq.')).toEqual([['Saudi Aramco', 'Saudi Aramco']]);
    expect(orgs('Executive Outcomes was hired by the government in Freetown.')).toEqual([['Executive Outcomes', 'Executive Outcomes']]);
    expect(orgs('Guards from Blackwater Worldwide opened fire in the square.')).toEqual([['Blackwater Worldwide', 'Academi']]);
    expect(orgs('Pan Am went bankrupt in 1991.')).toEqual([['Pan Am', 'Pan Am']]);
  });
  it('courts, tribunals and commissions of inquiry', () => {
    expect(orgs('The Special Court for Sierra Leone convicted the former president.')).toEqual([
      ['Special Court for Sierra Leone', 'Special Court for Sierra Leone'],
    ]);
    expect(orgs('The ECCC sentenced two senior leaders.')).toEqual([['ECCC', 'Extraordinary Chambers in the Courts of Cambodia']]);
    expect(orgs('The case went to the U.S. Supreme Court.')).toEqual([['U.S. Supreme Court', 'Supreme Court of the United States']]);
    expect(orgs('The National Commission on Terrorist Attacks Upon the United States published its report.')).toEqual([
      ['National Commission on Terrorist Attacks Upon the United States', '9/11 Commission'],
    ]);
  });
  it('armed groups and movements, by name or alias', () => {
    expect(orgs('The Qassam Brigades claimed the attack.')).toEqual([['Qassam Brigades', 'Izz ad-Din al-Qassam Brigades']]);
    expect(orgs('The Grey Wolves were banned in France.')).toEqual([['Grey Wolves', 'Grey Wolves']]);
    expect(orgs('Gunmen of the Bangsamoro Islamic Freedom Fighters attacked the town.')).toEqual([
      ['Bangsamoro Islamic Freedom Fighters', 'Bangsamoro Islamic Freedom Fighters'],
    ]);
    expect(orgs('SWAPO fighters crossed the border from Angola.')).toEqual([['SWAPO', 'SWAPO']]);
    expect(orgs('Fighters loyal to Hezbollah Al-Hejaz bombed the towers.')).toEqual([['Hezbollah Al-Hejaz', 'Hezbollah Al-Hejaz']]);
    expect(orgs("The Ta'ang National Liberation Army seized the town.")).toEqual([["Ta'ang National Liberation Army", "Ta'ang National Liberation Army"]]);
  });
  it('national armies, police and international missions under their Wikipedia titles', () => {
    expect(orgs('The Egyptian army said it killed militants in Sinai.')).toEqual([['Egyptian army', 'Egyptian Army']]);
    expect(orgs('The Colombian Army confirmed the ambush.')).toEqual([['Colombian Army', 'National Army of Colombia']]);
    expect(orgs('Officers of Densus 88 arrested three suspects.')).toEqual([['Densus 88', 'Detachment 88']]);
    expect(orgs('KFOR troops patrolled the border.')).toEqual([['KFOR', 'Kosovo Force']]);
  });
  it('an airline before "Flight" and a number names a flight, no body', () => {
    expect(orgs('The bomb destroyed Pan Am Flight 103 over the town.')).toEqual([]);
    expect(orgs('Hijackers seized TWA Flight 847 after takeoff.')).toEqual([]);
  });
  it('a state\'s "military" is its army only where the document names the army', () => {
    expect(orgs('The Nigerian military denied the report.')).toEqual([]);
    expect(orgs('The Pakistani army said the Pakistani military would respond.')).toEqual([
      ['Pakistani army', 'Pakistan Army'],
      ['Pakistani military', 'Pakistan Army'],
    ]);
  });
  it('ambiguous names were left out', () => {
    // "Iran Air" is no entry (it would cut "Iran Air Force"); "Boeing" and "Shell" (an aircraft's maker, a word)
    expect(orgs('Jets of the Iran Air Force struck the base.')).toEqual([['Iran Air Force', 'Iran Air Force']]);
    expect(orgs('A Boeing 747 operated by Air France landed in Entebbe.')).toEqual([['Air France', 'Air France']]);
    expect(run('An artillery shell hit the house near the port.').organisations).toEqual([]);
  });
});
