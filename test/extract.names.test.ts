// Names: general rules added for unseen articles (particles, longer names, demonyms, letterheads, infobox
// forms, reference places). Sentences written for these tests, not taken from the evaluation documents.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const ms = (text: string) => extract(text, { gazetteer: [] }).mentions.map((m) => [m.text, m.type, m.canonical]);
const has = (text: string, surface: string, type: string) => expect(ms(text).filter((m) => m[0] === surface && m[1] === type)).toHaveLength(1);
const hasNot = (text: string, surface: string) => expect(ms(text).filter((m) => m[0] === surface)).toEqual([]);

describe('lower-case particles open known names', () => {
  it.each([
    ['al- before a capital', 'Officials said al-Qaeda trained them.', 'al-Qaeda'],
    ['al- with another spelling', 'It kept close ties to al-Qaida for years.', 'al-Qaida'],
    ['mid-sentence al-Shabaab', 'Forces fought al-Shabaab near the coast.', 'al-Shabaab'],
  ])('%s', (_why, text, surface) => has(text, surface, 'organization'));

  it('a particle before a lower-case word starts nothing', () => {
    expect(ms('He said al qaeda-like cells formed.')).toEqual([]);
  });

  it('an organisation prefix takes in a known group written with a particle', () => {
    has('Harakat al-Shabaab al-Mujahideen is its full name.', 'Harakat al-Shabaab al-Mujahideen', 'organization');
    has('Members of Harakat al-Shabaab al-Mujahideen fled.', 'Harakat al-Shabaab al-Mujahideen', 'organization');
  });

  it('but not a capitalised known name that follows it', () => {
    const m = ms('They split into Ansar Tawhid-ul-Hind The Resistance Front and others.');
    expect(m.map((x) => x[0])).toContain('The Resistance Front');
  });
});

describe('demonyms are adjectives, not places', () => {
  it.each([
    ['after "at"', 'Officials hit back at Afghan allegations of shelling.', 'Afghan'],
    ['before a lower-case place head', 'Shells fell on the eastern Afghan province of Kunar.', 'Afghan province'],
    ['before an acronym', 'The Afghan NSC said the border was shelled.', 'Afghan NSC'],
  ])('%s', (_why, text, surface) => hasNot(text, surface));

  it('a demonym before an organisation name stays out of its span', () => {
    has('A Pakistani Foreign Ministry spokesperson rejected it.', 'Foreign Ministry', 'organization');
  });
  it('but opens a national institution’s own name', () => {
    has('Troops of the Afghan National Border Police moved in.', 'Afghan National Border Police', 'organization');
  });
  it('"Pakistani-administered Kashmir" is the region', () => {
    expect(ms('They are based in Pakistani-administered Kashmir.')).toEqual([['Pakistani-administered Kashmir', 'place', 'Pakistan-administered Kashmir']]);
  });
});

describe('places: reference subdivisions and longer place names', () => {
  it.each([
    ['a U.S. state', 'He was arrested at his home in Nebraska.', 'Nebraska'],
    ['a province elsewhere', 'Clashes were reported in Mudug overnight.', 'Mudug'],
    ['a compass word before a region', 'Aid reached West Africa late.', 'West Africa'],
    ['a compass word before a subdivision, after other words', 'Raids in Northern Ontario ended.', 'Northern Ontario'],
    ['a place head, "of" and a known place', 'He was tried in the Western District of Texas.', 'Western District of Texas'],
    ['a landform named after a place', 'Troops entered the Swat Valley at dawn.', 'Swat Valley'],
  ])('%s', (_why, text, surface) => has(text, surface, 'place'));

  it.each([
    ['a compass word alone', 'Fighting spread in Eastern Afghanistan.', 'Eastern'],
    ['a compass word before a country stays apart', 'Fighting spread in Eastern Afghanistan.', 'Eastern Afghanistan'],
    ['an administrative head after a known place', 'Rockets hit Sistan and Baluchestan Province again.', 'Province'],
    ['a plain English word listed as a region elsewhere', 'Source: the ministry.', 'Source'],
  ])('not: %s', (_why, text, surface) => hasNot(text, surface));
});

describe('people: titles, apposition, bylines', () => {
  it.each([
    ['a title from the added list', 'U.S. Attorney Maria Kovalenko of the district announced it.', 'Maria Kovalenko'],
    ['a lower-case "citizen" before the name', 'The blast killed British citizen Rowan Pellew and two others.', 'Rowan Pellew'],
    ['"a member named"', 'A cell member named Tariq Usman Lone was held.', 'Tariq Usman Lone'],
    ['a byline: a name on its own line, an office on the next', 'Jane Merriweather\nActing Deputy Spokesman, Office of Press Relations\nMay 1, 2020', 'Jane Merriweather'],
  ])('%s', (_why, text, surface) => has(text, surface, 'person'));

  it.each([
    ['a word after a body named after a title', 'Department of Justice Seal Department of Justice', 'Seal'],
    ['a title after "for" belongs to a name', 'The Rewards for Justice Program paid more.', 'Program'],
    ['a title on the line before', 'WWW.AGENCY.GOV\nCRM\n(202) 555-0100', 'CRM'],
    ['a name ending in an office word', 'Jane Merriweather\nActing Deputy Department Spokesman, Office of Press Relations', 'Department Spokesman'],
    ['a head word after a role and comma', 'Acting Deputy Spokesman, Office of Press Relations', 'Office'],
    ['"named" after a non-person noun', 'The army launched an operation named Operation Sandstorm.', 'Operation Sandstorm'],
  ])('not: %s', (_why, text, surface) => expect(ms(text).filter((m) => m[0] === surface && m[1] === 'person')).toEqual([]));
});

describe('organisations: longer names around known or stop words', () => {
  it('an adjective among the stop words opens a name with an organisation head', () => {
    has('Fighters of the Islamic Courts Union regrouped.', 'Islamic Courts Union', 'organization');
  });
  it('but alone it is no name', () => {
    expect(ms('Islamic militants attacked the post.')).toEqual([]);
  });
  it('a capitalised word before a known body’s alias makes a longer name', () => {
    const m = ms('On Monday, Kenya’s National Security Council met.');
    expect(m).toContainEqual(['National Security Council', 'organization', 'National Security Council (Kenya)']);
    expect(m.map((x) => x[2])).not.toContain('United Nations Security Council');
  });
  it.each([
    ['a sentence’s first word', 'Later Security Council members met.'],
    ['a designation name (an office, not a body)', 'It is a Designated Foreign Terrorist Organization now.'],
  ])('not after %s', (_why, text) => expect(ms(text).filter((m) => m[2] !== 'United Nations Security Council')).toEqual([]));
});

describe('infobox labels glued to their values', () => {
  it.each([
    ['a place', 'Date3 March 2011\nLocationKhanpur, Punjab, Pakistan', 'Khanpur', 'place'],
    ['an assailant', 'Deaths4\nAssailantsRahim Bakhsh Lone', 'Rahim Bakhsh Lone', 'person'],
  ])('%s', (_why, text, surface, type) => has(text, surface, type));
  it('a label followed by a lower-case word is prose', () => {
    hasNot('Location of the attack in Punjab', 'Location');
  });
});

describe('headlines, offices and glosses', () => {
  it('Title Case connectors end a run: the headline is not one name', () => {
    // (the story names the body again: a body that only a headline names is a description, headlines.ts)
    expect(ms('Sanctions Designation Of The Hill Brigade\n\nToday the Hill Brigade was listed.')).toEqual([
      ['Hill Brigade', 'organization', 'Hill Brigade'],
      ['Hill Brigade', 'organization', 'Hill Brigade'],
    ]);
  });
  it('a head word and "of" (the) open a body’s name', () => {
    has('A statement from the Bureau of Consular Affairs followed.', 'Bureau of Consular Affairs', 'organization');
    has('Jane Roe\nDeputy Spokesman, Office of the Spokesman', 'Office of the Spokesman', 'organization');
    has('Bureau of Consular Affairs\nWashington', 'Bureau of Consular Affairs', 'organization');
  });
  it('a vehicle’s name is not annotated', () => hasNot('Gunmen stopped the Khyber Mail Express train near Bolan.', 'Khyber Mail Express'));
  it('a translation in quotes is no name of its own', () => {
    expect(ms("Tanzeem (transl. 'Movement of the Faithful') is a group.").map((m) => m[0])).not.toContain('Movement of the Faithful');
    expect(ms("It means 'Army of Light' or 'Front of the Brave'.").map((m) => m[0])).not.toContain('Front of the Brave');
  });
  it('a name in quotes opening the parentheses after a known group is another name of it', () => {
    const m = extract('Lashkar-e-Taiba ("Army of the Pure in Kashmir", or LeT) grew.', { gazetteer: [] }).mentions;
    expect(m.map((x) => [x.text, x.canonical])).toEqual([
      ['Lashkar-e-Taiba', 'Lashkar-e-Taiba'],
      ['Army of the Pure in Kashmir', 'Lashkar-e-Taiba'],
      ['LeT', 'Lashkar-e-Taiba'],
    ]);
  });
  it('the tribal areas go by their full name', () => {
    expect(ms('He hid in FATA for years.')).toEqual([['FATA', 'place', 'Federally Administered Tribal Areas']]);
  });
});

describe('people: appositives and full names again', () => {
  it.each([
    ['", a senior commander"', 'Police arrested Karim Baig, a senior commander of the cell.', 'Karim Baig'],
    ['", one of its key commanders"', 'Sanctions hit Nadir Qasim, one of Tanzeem Nur’s key commanders, last year.', 'Nadir Qasim'],
  ])('%s', (_why, text, surface) => has(text, surface, 'person'));
  it('a group noun first makes the appositive an organisation’s', () => {
    expect(ms('They joined Tanzeem Nur, a militant group whose leader fled.').filter((m) => m[1] === 'person')).toEqual([]);
  });
  it('a person named in full is found again in full where nothing else types the name', () => {
    const m = ms('Police arrested Karim Baig, a senior commander. Karim Baig and two others were charged.');
    expect(m.filter((x) => x[2] === 'Karim Baig').map((x) => x[0])).toEqual(['Karim Baig', 'Karim Baig']);
  });
});

describe('a group’s branch in a place', () => {
  it('a particle-style group name and a known place ending the phrase are one name', () => {
    has('Its members came from Tehreek-e-Insaf Nepal – a small branch.', 'Tehreek-e-Insaf Nepal', 'organization');
  });
  it.each([
    ['a head noun follows', 'Jamaat-e-Islami Kashmir chief spoke.'],
    ['a verb of speech follows (the place speaks)', 'Support for Lashkar-e-Taiba India said was rising.'],
    ['a name without particles', 'Aid to Hamas Gaza fell.'],
  ])('not when %s', (_why, text) => expect(ms(text).filter((m) => m[1] === 'organization' && / (Kashmir|India|Gaza)$/.test(String(m[0])))).toEqual([]));
});
