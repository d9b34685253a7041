// Branch wild23 (fresh-text audit of court, sanctions and wire reports on cartels, Colombia and the Sahel): the
// U.S. agencies that indictments name (DEA alone, ICE, CBP, HSI, IRS), the cartels by their usual names with a
// lower-case "cartel", and news agencies cited as sources (Lusa, AIM, RFE/RL, USA Today, Hiiraan Online). Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });

describe('organisations: U.S. agencies of indictments', () => {
  it('the DEA alone, and ICE, CBP, HSI and the IRS', () => {
    expect(run('The DEA seized 40 kilograms of fentanyl in Phoenix.').organisations).toEqual(['Drug Enforcement Administration']);
    expect(run('Agents of ICE and CBP worked with HSI and the IRS on the case.').organisations).toEqual([
      'U.S. Immigration and Customs Enforcement',
      'U.S. Customs and Border Protection',
      'Homeland Security Investigations',
      'Internal Revenue Service',
    ]);
  });
});

describe('organisations: cartels with a lower-case "cartel"', () => {
  it('a known cartel, the state or city of its name no place', () => {
    const x = run('He ran the Sinaloa cartel for years, and the Gulf cartel fought the Juarez cartel.');
    expect(x.organisations).toEqual(['Sinaloa Cartel', 'Gulf Cartel', 'Juárez Cartel']);
    expect(x.places).toEqual([]);
  });
  it('an unknown name before a lower-case "cartel" is a cartel', () => {
    expect(run('Police blamed the Santa Rosa cartel for the killings in Celaya.').organisations).toEqual(['Santa Rosa Cartel']);
  });
  it('Clan del Golfo and Los Zetas keep their names', () => {
    expect(run("Colombia's Clan del Golfo criminal group and Mexico's Los Zetas cartel were named.").organisations).toEqual(['Clan del Golfo', 'Los Zetas']);
  });
});

describe('organisations: news agencies cited as sources', () => {
  it('Lusa, AIM and USA Today', () => {
    expect(run('Maputo (AIM) - Lusa reported the attack, and USA Today said ten died.').organisations).toEqual([
      'Agência de Informação de Moçambique',
      'Lusa',
      'USA Today',
    ]);
  });
});

describe("organisations: a U.S. Attorney's Office", () => {
  it('with its district is one body', () => {
    const x = run("The U.S. Attorney's Office for the Western District of Texas filed the charges.");
    expect(x.organisations).toEqual(["U.S. Attorney's Office for the Western District of Texas"]);
    expect(x.places).toEqual([]);
  });
  it('alone', () => {
    expect(run("The case was brought by the U.S. Attorney’s Office in Denver.").organisations).toEqual(["U.S. Attorney's Office"]);
  });
});

describe('organisations: outlets and regional bodies', () => {
  it('CNN after "reported", the G5 Sahel force, ECOWAS', () => {
    expect(run('The bombers fled north, reported CNN.').organisations).toEqual(['CNN']);
    expect(run('ECOWAS praised the G5 Sahel Joint Force after the raid.').organisations).toEqual(['Economic Community of West African States', 'G5 Sahel Joint Force']);
  });
});
