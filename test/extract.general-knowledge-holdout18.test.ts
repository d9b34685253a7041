// General knowledge from eval/holdout18's errors (read after it was retired at 19:13 on 2026-12-07): a person's
// last names as the full name writes them are that person, territories and former states are places, a monarch's
// title is no part of the name, a role before a name types it a person, an event's name in Title Case is no person,
// "Nobody" is no body, a saint's "St." opens a name, a French body's name takes the known body after "de la",
// ranges and dates written "May 4 - 5, 1988", "25–26 August of 1879", "13 March , 1881", and the Justice
// Department's units named alone in its own release; and from holdout14–17's, a broadcaster's service and Burmese
// names. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string, publisher: string | null = null) => extract(text, { gazetteer: [], published: null, publisher });
const spans = (text: string) => run(text).mentions.map((m) => [m.text, m.type, m.canonical]);
const dates = (text: string) => run(text).event_dates.map((d) => d.date);

describe('general knowledge from holdout18', () => {
  it("a person's last names as the full name writes them are that person", () => {
    expect(spans('Rodrigo Esteban Salcedo Ibarra, 41, was sentenced today. Salcedo Ibarra is among three leaders.')).toEqual([
      ['Rodrigo Esteban Salcedo Ibarra', 'person', 'Rodrigo Esteban Salcedo Ibarra'],
      ['Salcedo Ibarra', 'person', 'Rodrigo Esteban Salcedo Ibarra'],
    ]);
  });
  it('territories and former states are places of their own', () => {
    expect(run('Hostages were held on an island of New Caledonia, far from Tahiti.').places).toEqual(['New Caledonia', 'Tahiti']);
    expect(run('Exiles in the French Third Republic plotted against the Kingdom of Portugal.').places).toEqual(['French Third Republic', 'Kingdom of Portugal']);
    expect(run('The French Republic protested.').places).toEqual(['France']);
  });
  it("a monarch's title is no part of the name", () => {
    expect(spans('The murder of Tsar Alexander II took place in 1881.')).toEqual([['Alexander II', 'person', 'Alexander II']]);
    expect(run('Emperor Menelik II received the envoys.').people).toEqual(['Menelik II']);
  });
  it('a role before a name types it a person', () => {
    expect(run('During the debate, the ultranationalist Tokaji Sabuto charged onto the stage.').people).toEqual(['Tokaji Sabuto']);
  });
  it("an event's name in Title Case is no person's, whatever title opens it", () => {
    expect(run('Man Sentenced in Saudi Ambassador Assassination Plot').people).toEqual([]);
    expect(run('King Faisal Hotel Bombing').people).toEqual([]);
  });
  it('"Nobody" is no body', () => {
    expect(run('Twelve people were killed. Nobody has claimed responsibility for the attacks.').organisations).toEqual([]);
  });
  it('a saint\'s "St." opens a name; after a name it is a street\'s', () => {
    expect(spans('The plane crashed north of the St. Gotthard Pass.')).toEqual([['St. Gotthard Pass', 'place', 'St. Gotthard Pass']]);
    expect(run('He lived on Tarata St. The police came.').places).toEqual(['Tarata Street']);
  });
  it('a French body\'s name goes on over "de la" and the known body that ends it', () => {
    expect(spans("The Groupe d'Intervention de la Gendarmerie Nationale stormed the cave.")).toEqual([
      ["Groupe d'Intervention de la Gendarmerie Nationale", 'organization', "Groupe d'Intervention de la Gendarmerie Nationale"],
    ]);
    expect(run('Officers of the Gendarmerie Nationale arrived.').organisations).toEqual(['National Gendarmerie']);
    // (and the acronym in brackets after it is that body's, not the known one's inside it)
    expect(run("Three came from the Escadron Parachutiste d'Intervention de la Gendarmerie Nationale (EPIGN).").organisations).toEqual([
      "Escadron Parachutiste d'Intervention de la Gendarmerie Nationale",
    ]);
  });
  it('a range of days after the month, "of" before a year and a spaced comma are read', () => {
    expect(dates('The assault took place on May 4 - 5, 1988 on the island.')).toEqual(['1988-05-04/1988-05-05']);
    expect(dates('On 25–26 August of 1879, the committee resolved to act.')).toEqual(['1879-08-25/1879-08-26']);
    expect(dates('The assassination took place on 13 March , 1881 in the capital.')).toEqual(['1881-03-13']);
  });
  it("a broadcaster's language service or regional bureau is the broadcaster, in one mention (holdout14–17)", () => {
    expect(spans("He told VOA's West and Central Africa bureau that it was over.")).toEqual([["VOA's West and Central Africa bureau", 'organization', 'Voice of America']]);
    expect(spans('He spoke to the VOA Burmese service.')).toEqual([['VOA Burmese service', 'organization', 'Voice of America']]);
    expect(run("Hamas's Internal Security Service arrested him.").organisations).toEqual(['Hamas', 'Internal Security Service']);
    // (a broadcaster's only: a department's bureau is no mention of the department)
    expect(spans("He told the State Department's Africa bureau.")).toEqual([
      ['State Department', 'organization', 'U.S. Department of State'],
      ['Africa', 'place', 'Africa'],
    ]);
    expect(run("Naomi Schwarz has more from VOA's West Africa Bureau.").attributions).toEqual([]);
  });
  it("a built-in place's head word written in lower case is still the place (holdout14, 15, 17)", () => {
    expect(spans('Two bombs exploded in Shan state on Sunday.')).toEqual([['Shan state', 'place', 'Shan State']]);
    expect(spans('Tensions on the Korean peninsula rose.')).toEqual([['Korean peninsula', 'place', 'Korean Peninsula']]);
    // (not where no built-in place is so named: the head stays out of the mention)
    expect(run('Voters in the Halden region were told to stay home.').mentions.map((m) => m.text)).toEqual(['Halden']);
  });
  it("a state's formal name is the state, in one mention (holdout15)", () => {
    expect(spans('He met officials of the State of Kuwait on Monday.')).toEqual([['State of Kuwait', 'place', 'Kuwait']]);
    expect(spans('Envoys of the Islamic Republic of Iran arrived.')).toEqual([['Islamic Republic of Iran', 'place', 'Iran']]);
  });
  it('"is among three G leaders" makes the person "a leader of" G, not "a mong three leader"', () => {
    const x = run('Rodrigo Salcedo, 41, was sentenced today. Salcedo is among three Shining Path leaders who have been convicted.');
    expect(x.attributions.map((a) => a.action)).toEqual(['is a leader of']);
  });
  it('Burmese names, which have no surname, are read by their words (holdout17)', () => {
    expect(run('Police said Saw Myint Lwin was injured in the blast.').people).toEqual(['Saw Myint Lwin']);
    expect(run('General Min Aung Hlaing spoke on television.').people).toEqual(['Min Aung Hlaing']);
  });
  it("the Justice Department's units named alone in its own release are its", () => {
    const text = 'For Immediate Release\nOffice of Public Affairs\n\nA man was sentenced today, the National Security Division said.';
    expect(run(text, 'justice.gov').organisations).toEqual(['Office of Public Affairs (U.S. Department of Justice)', 'National Security Division (U.S. Department of Justice)']);
    expect(run(text, 'example.org').organisations).toEqual(['Office of Public Affairs', 'National Security Division']);
  });
});
