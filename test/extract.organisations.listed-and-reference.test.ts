// Organisation names on unseen text: the lists' organisations named as the document names them, names
// ended by a separating mark (letterheads), reference bodies (UN departments and missions, news agencies),
// "of the" after a body's head word, and infobox placeholders that are no names.
// Sentences written for these tests, not taken from the evaluation documents.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const x = (text: string) => extract(text, { gazetteer: [] });
const orgs = (text: string) => x(text).organisations;
const ms = (text: string) => x(text).mentions.map((m) => [m.text, m.type, m.canonical]);

describe('a listed organisation is named as the document names it', () => {
  it('the acronym, when that is all the text gives', () => {
    expect(orgs('Police blamed FARC for the car bomb. FARC denied any part in it.')).toEqual(['FARC']);
  });
  it('the full name the text writes, where the lists spell it otherwise', () => {
    expect(orgs('The Revolutionary Armed Forces of Colombia (FARC) denied the attack. FARC said so on radio.')).toEqual(['Revolutionary Armed Forces of Colombia']);
    const o = orgs('The raid was claimed by ISIS in the Greater Sahara, also known as ISIS-GS. ISIS-GS is active in Niger.');
    expect(o).toEqual(['ISIS in the Greater Sahara']);
  });
  it('the display name stays where the text writes it, or a spelling a few letters apart', () => {
    expect(orgs('The Real Irish Republican Army planted the bomb. The Real IRA later apologised.')).toEqual(['Real IRA']);
    expect(orgs('Officials linked Jemaah Islamiah to the bombing in Bali.')).toEqual(['Jemaah Islamiyah']);
  });
  it('a hand-kept canonical name is untouched', () => {
    expect(orgs('The ISI denied the report.')).toEqual(['Inter-Services Intelligence']);
  });
});

describe('a separating mark ends a name', () => {
  it('a letterhead of bodies separated by bullets', () => {
    const o = orgs('Department of Public Information • News and Media Division • New York\n\nThe Council met today.');
    expect(o).toContain('United Nations Department of Public Information');
    expect(o).toContain('News and Media Division');
    expect(o.some((n) => n.includes('•'))).toBe(false);
  });
  it('a quote inside a name is no separator', () => {
    expect(ms('Delegates attended the Jammu Solidarity ‘Freedom March’ Conference in Rawalakot.').some((m) => m[0] === 'Conference')).toBe(false);
  });
});

describe('reference bodies', () => {
  it('a UN mission by its acronym and its full name', () => {
    expect(orgs('A peacekeeper of MINUSMA was killed near Timbuktu.')).toEqual(['United Nations Multidimensional Integrated Stabilization Mission in Mali']);
    const m = ms('A peacekeeper of the United Nations Assistance Mission in Afghanistan was hurt.');
    expect(m).toContainEqual(['United Nations Assistance Mission in Afghanistan', 'organization', 'United Nations Assistance Mission in Afghanistan']);
  });
  it('a news agency is an organisation, not a place', () => {
    expect(ms('Xinhua reported that the blast killed four.')).toEqual([['Xinhua', 'organization', 'Xinhua']]);
    expect(orgs('The toll was confirmed to the Press Trust of India by police.')).toEqual(['Press Trust of India']);
  });
  it('the Charter of the United Nations is a treaty, no mention of the UN; the UN of "UN Charter" is', () => {
    expect(orgs('States must act in accordance with the Charter of the United Nations.')).toEqual([]);
    expect(orgs('States must act in accordance with the UN Charter.')).toEqual(['United Nations']);
  });
});

describe('"of the" after a body\'s head word', () => {
  it('joins the name when a capitalised word follows', () => {
    expect(orgs('Most victims were members of the Socialist Party of the Oppressed.')).toEqual(['Socialist Party of the Oppressed']);
  });
  it('not before a lower-case word', () => {
    expect(orgs('The Labour Party of the country met on Monday.')).toEqual(['Labour Party']);
  });
});

describe('infobox placeholders', () => {
  it('"Unknown" in an infobox is no name; a name there is', () => {
    const text = 'Westfield siege\n- Units1: Unknown\n- Units2: Kenya Police Service\n';
    expect(orgs(text)).toEqual(['Kenya Police Service']);
  });
});

describe('a building after a preposition of place is the venue', () => {
  it('a place, and the same name again in the document', () => {
    const m = ms('The blast went off outside the Harwick Culture Centre. Survivors were taken from Harwick Culture Centre to hospital.');
    expect(m.filter((x) => x[0] === 'Harwick Culture Centre').map((x) => x[1])).toEqual(['place', 'place']);
    expect(orgs('Gunmen stormed dormitories at Lanford University College before dawn.')).toEqual([]);
  });
  it('a body that speaks or acts is no venue', () => {
    expect(orgs('The Lanford University College said classes would resume.')).toEqual(['Lanford University College']);
    expect(orgs('Researchers from the Harwick Policy Centre published the figures.')).toEqual(['Harwick Policy Centre']);
  });
});

describe('more evidence for a body', () => {
  it("a group's core is the group itself; another branch is a branch", () => {
    expect(orgs('The affiliate was acknowledged by ISIS-Core in 2019.')).toEqual(['Islamic State']);
    const o = orgs('The affiliate ISIS-Somalia grew in 2019.');
    expect(o).toHaveLength(1);
    expect(o).not.toContain('Islamic State');
  });
  it('several units by their numbers are no name; one numbered unit is', () => {
    expect(orgs('The group staffed the 12th, 14th, and 15th Brigades.')).toEqual([]);
    expect(orgs('The 46th Independent Infantry Brigade secured the area.')).toEqual(['46th Independent Infantry Brigade']);
  });
  it('a name after a group noun and "named" or "called" is a group; after a person noun it is not', () => {
    expect(orgs('The attack was carried out by a local sect of Islamic State named Korvathlar.')).toEqual(['Islamic State', 'Korvathlar']);
    expect(orgs('Police arrested a faction called Verdanists.')).toEqual(['Verdanists']);
    expect(orgs('Police arrested a man named Korvath Delmi.')).toEqual([]);
  });
  it("a known body's short name, adjectives and its group noun are that body", () => {
    expect(orgs('He is a senior leader of the Haqqani terrorist network.')).toEqual(['Haqqani network']);
    expect(orgs('He is a senior leader of the Marlow terrorist network.')).toEqual([]);
  });
});

describe("a body's country in brackets in an infobox", () => {
  it('is part of its name; another note is not', () => {
    const text = 'Harwick siege\n- Units2: Coast Guard Service (Kenya), Border Patrol Unit (reserve)\n';
    expect(orgs(text)).toEqual(['Coast Guard Service (Kenya)', 'Border Patrol Unit']);
    expect(ms(text)).toContainEqual(['Coast Guard Service (Kenya)', 'organization', 'Coast Guard Service (Kenya)']);
  });
});

describe('an acronym whose initials span a place', () => {
  it('the place is the end of the longer name', () => {
    const x1 = x('A bomb destroyed the Sociedad Mutual Hebrea Argentina (SMHA) building. SMHA rebuilt it.');
    expect(x1.organisations).toEqual(['Sociedad Mutual Hebrea Argentina']);
    expect(x1.places).not.toContain('Argentina');
  });
  it('not when the initials differ', () => {
    const x2 = x('Colonists from Sierra Blanca Argentina (SBX) left.');
    expect(x2.organisations).not.toContain('Sierra Blanca Argentina');
    expect(x2.places).toContain('Argentina');
  });
});

describe('fold keys: "ee" is "i" before doubled letters go single', () => {
  it('Tehreek/Tehrik and Mujahideen/Mujaahidiin meet; Qaddoumi/Qadoumi still do', async () => {
    const { foldToken } = await import('../src/extract/fold.ts');
    expect(foldToken('Tehreek')).toBe(foldToken('Tehrik'));
    expect(foldToken('Mujahideen')).toBe(foldToken('Mujaahidiin'));
    expect(foldToken('Qaddoumi')).toBe(foldToken('Qadoumi'));
    expect(foldToken('Tehreek')).not.toBe(foldToken('Tehrak'));
  });
  it('a listed alias spelt with "ee" finds its group', () => {
    expect(orgs('Harakat al-Shabaab al-Mujahideen claimed the attack.')).toEqual(['al-Shabaab']);
  });
});

describe('a vehicle named once is a vehicle throughout', () => {
  it('the train is no body, wherever it is named', () => {
    expect(orgs('The Karavan Express bombing killed 40. Bombs hit two carriages of the Karavan Express train near the border.')).toEqual([]);
  });
  it('a newspaper named "Express" is still a body when nothing calls it a vehicle', () => {
    expect(orgs('The Karavan Express reported the figures on Monday.')).toEqual(['Karavan Express']);
  });
});

describe('a mission named by where it sits', () => {
  it('the body is named with its place; the place stays a place', () => {
    const r = x('Funds came from officers at the Ruritania High Commission in Dhaka last year.');
    expect(r.organisations).toEqual(['Ruritania High Commission in Dhaka']);
    expect(r.places).toContain('Dhaka');
  });
  it('not a body with another head, nor a place that is no mention', () => {
    expect(orgs('The Ruritania Trade Council in Dhaka met.')).toEqual(['Ruritania Trade Council']);
  });
});

describe('a body named again shorter', () => {
  it('is the longer name of the document that holds its words and head', () => {
    const text = 'The Veluria National Flood Response Center said 40 were rescued. Later the Flood Responses Center said 12 were missing.';
    expect(orgs(text)).toEqual(['Veluria National Flood Response Center']);
  });
  it('not with another head, nor when two longer names fit', () => {
    expect(orgs('The Veluria Flood Response Center and the Flood Response Council met.')).toEqual(['Veluria Flood Response Center', 'Flood Response Council']);
    const two = orgs('The North Flood Response Center, the South Flood Response Center and the Flood Response Center met.');
    expect(two).toContain('Flood Response Center');
  });
});

describe('a head word right before a place that ends the name', () => {
  it('makes the run a body', () => {
    expect(orgs('Police were joined by Coast Guard Bangladesh on Monday.')).toEqual(['Coast Guard Bangladesh']);
  });
  it('not a place after a name word without a head', () => {
    expect(orgs('Police were joined by Rahim Khan Bangladesh on Monday.')).toEqual([]);
  });
});

describe('a unit one bullet deeper in an infobox', () => {
  it('is named with the item above it', () => {
    const text = 'Border clash\n- Units1: * Coast Watch Corps, ** Harbour Patrol Force\n';
    expect(orgs(text)).toEqual(['Coast Watch Corps', 'Coast Watch Corps Harbour Patrol Force']);
  });
  it('items at one depth are each their own', () => {
    const text = 'Border clash\n- Units1: * Coast Watch Corps, * Harbour Patrol Force\n';
    expect(orgs(text)).toEqual(['Coast Watch Corps', 'Harbour Patrol Force']);
  });
});

describe("an acronym of a name's last words", () => {
  it('stands for the whole name', () => {
    const m = ms('It was a Breakaway Irish Citizens Army (ICA) unit. The ICA denied it.');
    expect(m.filter((x) => x[0] === 'ICA').map((x) => x[2])).toEqual(['Breakaway Irish Citizens Army', 'Breakaway Irish Citizens Army']);
  });
  it('not an acronym that fits no words of the name', () => {
    expect(ms('It was a Breakaway Irish Citizens Army (QZX) unit.').some((x) => x[0] === 'QZX')).toBe(false);
  });
});

describe("a known body's News", () => {
  it('is the same body, in one mention', () => {
    expect(ms('Reporting by VOA News in Nairobi.')).toContainEqual(['VOA News', 'organization', 'Voice of America']);
  });
  it('not an unknown name, nor a longer name', () => {
    expect(ms('Reporting by Kestrel News in Nairobi.').some((m) => m[0] === 'Kestrel News' && m[2] === 'Voice of America')).toBe(false);
    expect(ms('The BBC News Agency said.').some((m) => m[0] === 'BBC News')).toBe(false);
  });
});
