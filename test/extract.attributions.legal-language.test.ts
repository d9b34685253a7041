// The legal language of official releases and encyclopedia pages (claims/shape-legal.ts, branch attr21): pleas,
// sentences, charges and convictions, and the person who announced designations. Sentences from the retired sets
// (holdout/02, holdout2/06, holdout3/05, holdout3/08, holdout6/12, holdout7/03, holdout8/03, holdout9/01, holdout9/02,
// holdout9/08) and
// sentences written for these tests, each with what must not change.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const g = [
  entry('Mahdi Hashi', 'person'),
  entry('John Smith', 'person'),
  entry('Jed S. Rakoff', 'person'),
  entry('Ali Asad Chandia', 'person'),
  entry('Mohammed Ajmal Khan', 'person'),
  entry('Abu Agela Mas’ud Kheir Al-Marimi', 'person'),
  entry('William Barr', 'person'),
  entry('Marco Rubio', 'person'),
  entry('Nathan A. Sales', 'person'),
  entry('al-Shabaab', 'organization'),
  entry('Lashkar-e-Taiba', 'organization'),
  entry('Viv Ansanm', 'organization'),
  entry('Gran Grif', 'organization'),
  entry('al-Ashtar Brigades', 'organization'),
  entry('U.S. Department of State', 'organization'),
  entry('James Cleverly', 'person'),
  entry('Hizb ut-Tahrir', 'organization'),
  entry('United Kingdom', 'place'),
];
const atts = (text: string, title: string | null = null) => extract(text, { gazetteer: g, publisher: 'Example News', title }).attributions.map(triple);
const legal = (text: string, title: string | null = null) => atts(text, title).filter((t) => /guilty|sentenced|charged|announced/.test(t[1]!));

describe('pleas: the person pleaded guilty, about the party the offence names or the page\'s event', () => {
  it('"P was sentenced …, after pleading guilty … to conspiring to help support the Islamist group": the group is the text\'s topic (holdout2)', () => {
    const t = 'A U.S. court has sentenced a Somali national for providing material support to the Islamist militant group al-Shabaab.\n\nHashi, 26, was sentenced in Brooklyn, New York Friday after pleading guilty in May to conspiring to help support the Islamist group.';
    expect(legal(`Mahdi Hashi was born in Somalia. ${t}`)).toContainEqual(['Mahdi Hashi', 'pleading guilty to conspiring to help support', 'al-Shabaab']);
  });
  it('"the two agents pleaded guilty to manslaughter": the counted group named before, about the page\'s event (holdout9)', () => {
    const page = 'Sinking of the Rainbow Warrior\n\nThe sinking of the Rainbow Warrior was an operation in 1985. France initially denied responsibility, but two French agents were captured by New Zealand Police and charged with arson and murder. It led to a resignation, while the two agents pleaded guilty to manslaughter and were sentenced to ten years in prison.';
    const a = legal(page, 'Sinking of the Rainbow Warrior');
    expect(a).toContainEqual(['two French agents', 'charged with arson and murder', 'Sinking of the Rainbow Warrior']);
    expect(a).toContainEqual(['two French agents', 'pleaded guilty to manslaughter', 'Sinking of the Rainbow Warrior']);
    // (the police captured them; it is not the body that charged them)
    expect(a.map((x) => x[0])).not.toContain('New Zealand Police');
  });
  it('not: a plea of not guilty, a plea with no one named', () => {
    expect(legal('John Smith pleaded not guilty to all charges.')).toEqual([]);
    expect(legal('The man pleaded guilty to the charges.')).toEqual([]);
  });
});

describe('sentences: a judge named sentenced the person; the person\'s sentence is about the party the offence names', () => {
  it('"P was sentenced by U.S. District Judge J to 20 years in prison for providing material support to G": both', () => {
    const a = legal('John Smith was sentenced today by U.S. District Judge Jed S. Rakoff to 20 years in prison for providing material support to al-Shabaab.');
    expect(a).toContainEqual(['Jed S. Rakoff', 'sentenced to 20 years in prison', 'John Smith']);
    expect(a).toContainEqual(['John Smith', 'sentenced to 20 years in prison', 'al-Shabaab']);
  });
  it('"the court sentenced two Swedish citizens … for working alongside P to help G": the people, about G (holdout2)', () => {
    expect(legal('The court also sentenced two Swedish citizens last week for working alongside Hashi to help al-Shabaab.')).toEqual([['two Swedish citizens', 'sentenced for working alongside Hashi to help', 'al-Shabaab']]);
  });
  it('not: a sentence with no one named or counted, an unnamed court\'s sentence of an unnamed person', () => {
    expect(legal('A U.S. court has sentenced a Somali national to nine years in prison.')).toEqual([]);
    expect(legal('The sentence was long.')).toEqual([]);
  });
});

describe('charges: the authority named charged the person; else the person was charged, about the offence\'s party or event', () => {
  it('"a Kenyan court charged four Somali nationals with harbouring the gunmen" (holdout3)', () => {
    expect(legal('On 4 November 2013, a Kenyan court charged four Somali nationals with harbouring the gunmen in their homes, with each pleading not guilty.')).toEqual([['a Kenyan court', 'charged with harbouring the gunmen in their homes', 'four Somali nationals']]);
  });
  it('"30 militants were arrested and charged with terrorism-related charges by the Macedonian authorities" (holdout6)', () => {
    expect(legal('The shooting ended on 10 May 2015, in an operation by the police, in which 30 militants were arrested and charged with terrorism-related charges by the Macedonian authorities.')).toEqual([['the Macedonian authorities', 'charged with terrorism-related charges', '30 militants']]);
  });
  it('"announced new charges against P … for his role in building the bomb … in the destruction of X over Y" (holdout3)', () => {
    const t = 'Attorney General William Barr announced new charges against a former Libyan intelligence operative, Abu Agela Mas’ud Kheir Al-Marimi, for his role in building the bomb that killed 270 individuals in the destruction of Pan Am Flight 103 over Lockerbie, Scotland on Dec. 21, 1988.';
    expect(legal(t)).toContainEqual(['Abu Agela Mas’ud Kheir Al-Marimi', 'charged for his role in building the bomb', 'destruction of Pan Am Flight 103 over Lockerbie']);
  });
  it('the case a release\'s title names, for each person coordinated; a grand jury is no party (holdout)', () => {
    const title = 'Maryland Man Arrested on Charges of Providing Material Support to Lashkar-e-Taiba';
    const t = `${title}\n\nChandia and another defendant, Mohammed Ajmal Khan of Great Britain, were charged in a four-count indictment returned by a federal grand jury on Sept. 14, 2005.`;
    const a = legal(`Ali Asad Chandia was arrested on Sept. 15, 2005.\n\n${t}`, title);
    expect(a).toContainEqual(['Ali Asad Chandia', 'charged in a four-count indictment returned', 'Lashkar-e-Taiba']);
    expect(a).toContainEqual(['Mohammed Ajmal Khan', 'charged in a four-count indictment returned', 'Lashkar-e-Taiba']);
    expect(a.map((x) => x[0])).not.toContain('a federal grand jury');
  });
  it('not: "charged" in another sense (no offence, no case)', () => {
    expect(legal('The battery was charged overnight and the crowd charged the gate.')).toEqual([]);
  });
});

describe('a person who announced designations announced each (holdout7, holdout9)', () => {
  it('"I am announcing the State Department\'s designation of X and Y": the statement\'s signatory; the designation stays the department\'s', () => {
    const t = 'Terrorist Designations Of Viv Ansanm And Gran Grif\nMarco Rubio, Secretary of State\nMay 2, 2025\nToday, I am announcing the State Department\'s designation of Viv Ansanm and Gran Grif as Foreign Terrorist Organizations.';
    const a = atts(t);
    expect(a).toContainEqual(['Marco Rubio', "announced the State Department's designation of", 'Viv Ansanm']);
    expect(a).toContainEqual(['Marco Rubio', "announced the State Department's designation of", 'Gran Grif']);
    expect(a).toContainEqual(['U.S. Department of State', 'designated', 'Viv Ansanm']);
  });
  it('"In announcing these designations, Coordinator for Counterterrorism P emphasized …": the parties the last designation designated', () => {
    const t = 'The Department of State has designated al-Ashtar Brigades as a Foreign Terrorist Organization. In announcing these designations, Coordinator for Counterterrorism Nathan A. Sales emphasized that Iran is using terrorist proxies.';
    expect(atts(t)).toContainEqual(['Nathan A. Sales', 'announced these designations', 'al-Ashtar Brigades']);
  });
  it('not: "I" with no signatory line, an announcement of no designation', () => {
    expect(legal('Today, I am announcing the State Department\'s designation of Viv Ansanm as a Foreign Terrorist Organization.')).toEqual([]);
    expect(legal('Marco Rubio announced the new policy.')).toEqual([]);
  });
});

describe('"to proscribe G": the clause\'s subject designates G (holdout8, holdout9)', () => {
  it('"The Home Secretary, P, yesterday (15 January) laid a draft order before Parliament to proscribe the … organisation G"', () => {
    const t = 'The Home Secretary, James Cleverly, yesterday (15 January) laid a draft order before Parliament to proscribe the international political organisation Hizb ut-Tahrir under the Terrorism Act 2000.';
    expect(atts(t)).toContainEqual(['James Cleverly', 'laid a draft order before Parliament to proscribe', 'Hizb ut-Tahrir']);
  });
  it('"The UK is to become the first country in the world to proscribe the X collective": a group named with its noun', () => {
    const t = 'The UK is to become the first country in the world to proscribe the Terrorgram collective after a draft order has been laid.';
    // (Terrorgram is a known body since branch known29: the group, named with its noun or not, is "Terrorgram")
    expect(atts(t)).toContainEqual(['United Kingdom', 'is to become the first country in the world to proscribe', 'Terrorgram']);
  });
  it('not: no group named after the verb ("to proscribe this organisation"), a clause with no party', () => {
    expect(atts('The UK is the first country to proscribe this organisation.').filter((x) => /proscribe/.test(x[1]!))).toEqual([]);
    expect(atts('It was decided to proscribe the Terrorgram collective.').filter((x) => /proscribe/.test(x[1]!))).toEqual([]);
  });
});
