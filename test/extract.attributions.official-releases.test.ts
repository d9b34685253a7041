// Official releases (designation notes, sanctions notices, home-ministry listings): the rules of branch wild18,
// found in an audit of fresh official releases. Sentences written for the tests, each with what must not change.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const G = [
  entry('Red Cells', 'organization'),
  entry('Blue Front', 'organization'),
  entry('Green Brigade', 'organization'),
  entry('Omar Saleh', 'person'),
  entry('Karim Haddad', 'person'),
];
const atts = (text: string, publisher = 'example.org', gazetteer = G) =>
  extract(text, { gazetteer, publisher, title: null }).attributions.map(triple);

describe('"as an FTO … and as an SDGT": one designation on each list', () => {
  it('"has designated X as a Foreign Terrorist Organization under … and as a Specially Designated Global Terrorist under …"', () => {
    const got = atts('The Department of State has designated Red Cells as a Foreign Terrorist Organization under Section 219 of the Immigration and Nationality Act and as a Specially Designated Global Terrorist under section 1(b) of Executive Order (E.O.) 13224.');
    expect(got).toContainEqual(['U.S. Department of State', 'designated as a Foreign Terrorist Organization', 'Red Cells']);
    expect(got).toContainEqual(['U.S. Department of State', 'designated as a Specially Designated Global Terrorist', 'Red Cells']);
  });
  it('not: one list named', () => {
    const got = atts('The Department of State has designated Red Cells as a Foreign Terrorist Organization under Section 219 of the Immigration and Nationality Act.');
    expect(got.filter((a) => a[2] === 'Red Cells')).toEqual([['U.S. Department of State', 'designated as a Foreign Terrorist Organization', 'Red Cells']]);
  });
  it('not: an intention announced ("intent to designate … as an FTO and as an SDGT") stays one', () => {
    const got = atts('The Department of State will notify Congress of my intent to designate Red Cells as a Foreign Terrorist Organization, and as a Specially Designated Global Terrorist entity.');
    expect(got.filter((a) => a[2] === 'Red Cells' && /Specially/.test(a[1] ?? ''))).toEqual([]);
  });
});

describe('"The Government has (re-)listed …" in a release that names no department', () => {
  it('a government host: its state lists each group', () => {
    const got = atts('The Government has re-listed Red Cells, Blue Front and Green Brigade as terrorist organisations under the Criminal Code.', 'minister.example.gov.au');
    for (const g of ['Red Cells', 'Blue Front', 'Green Brigade']) expect(got).toContainEqual(['Australia', 're-listed', g]);
  });
  it('no government host: the state the text says a listing holds in', () => {
    const got = atts('The Government has listed Red Cells as a terrorist organisation under the Criminal Code. Red Cells was first listed as a terrorist organisation in Australia in 2009.', 'news.example.com');
    expect(got).toContainEqual(['Australia', 'listed', 'Red Cells']);
    expect(got).toContainEqual(['Australia', 'first listed', 'Red Cells']);
    expect(got.filter((a) => a[0] === 'Red Cells' && a[2] === 'Australia')).toEqual([]);
  });
  it('the groups on the bullet lines after "listed … :"', () => {
    const got = atts('The Government has listed two terrorist organisations under the Criminal Code:\n\n  • Red Cells; and\n  • Blue Front.\n', 'www.example.gov.au');
    expect(got).toContainEqual(['Australia', 'listed', 'Red Cells']);
    expect(got).toContainEqual(['Australia', 'listed', 'Blue Front']);
  });
  it('a group\'s possessive before its own body lists the body', () => {
    const g = [...G, entry('Red Cells Youth Wing', 'organization')];
    const got = atts("The Government has listed Blue Front and Red Cells' Red Cells Youth Wing as terrorist organisations.", 'www.example.gov.au', g);
    expect(got).toContainEqual(['Australia', 'listed', 'Red Cells Youth Wing']);
    expect(got.filter((a) => a[2] === 'Red Cells')).toEqual([]);
  });
  it('not: "the Government" with no state to name, nor one that is not the subject', () => {
    expect(atts('The Government has listed Red Cells as a terrorist organisation.', 'news.example.com').filter((a) => a[2] === 'Red Cells' && /listed/.test(a[1] ?? ''))).toEqual([]);
    expect(atts('Officials of the Government have long listed grievances against Red Cells in Australia.', 'www.example.gov.au').filter((a) => a[0] === 'Australia')).toEqual([]);
  });
});

describe('the designated counted or described, not named', () => {
  it('"is designating <demonym> supporters of X and Y": the description, not X and Y', () => {
    const got = atts('Today, the United States is designating Maldivian supporters of Red Cells and Blue Front, along with 29 associated companies.');
    expect(got).toContainEqual(['United States', 'designating', 'Maldivian supporters of Red Cells and Blue Front']);
    expect(got.filter((a) => a[0] === 'United States' && (a[2] === 'Red Cells' || a[2] === 'Blue Front'))).toEqual([]);
  });
  it('"designated a network of five financial facilitators who funded X"', () => {
    const got = atts("On May 9, the Treasury's Office of Foreign Assets Control designated a network of five financial facilitators who funded Red Cells activities.");
    expect(got).toContainEqual(['Office of Foreign Assets Control', 'designated', 'a network of five financial facilitators']);
    expect(got.filter((a) => a[2] === 'Red Cells' && /designat/.test(a[1] ?? ''))).toEqual([]);
  });
  it('the people the description names after it, in brackets', () => {
    const got = atts('The Department of State has designated Blue Front as a Foreign Terrorist Organization. The Department also designated two Red Cells-affiliated individuals (Omar Saleh and Karim Haddad) as SDGTs in March 2017.');
    expect(got).toContainEqual(['U.S. Department of State', 'designated as a Specially Designated Global Terrorist', 'Omar Saleh']);
    expect(got).toContainEqual(['U.S. Department of State', 'designated as a Specially Designated Global Terrorist', 'Karim Haddad']);
  });
  it('not: groups counted (their names follow elsewhere), nor a named group', () => {
    expect(atts('The United States has designated two militant groups in Libya as terrorist organizations.').filter((a) => /groups/.test(a[2] ?? ''))).toEqual([]);
    expect(atts('The Department of State has designated Red Cells as a Specially Designated Global Terrorist.')).toContainEqual(['U.S. Department of State', 'designated as a Specially Designated Global Terrorist', 'Red Cells']);
  });
});

describe('a dateline and "said it has designated"', () => {
  it('"WASHINGTON, Feb. 27 (Agency) -- The State Department said it has designated X": the department designates', () => {
    const g = [...G, entry('Newswire', 'organization')];
    const got = atts('WASHINGTON, Feb. 27 (Newswire) -- The U.S. State Department on Tuesday said it has designated Red Cells as a Specially Designated Global Terrorist.', 'example.org', g);
    expect(got).toContainEqual(['U.S. Department of State', 'designated as a Specially Designated Global Terrorist', 'Red Cells']);
    expect(got.filter((a) => a[0] === 'Newswire')).toEqual([]);
  });
  it('"Washington, DC - The Department of State has designated X": the dateline is no actor', () => {
    const got = atts('Washington, DC - The Department of State has designated Red Cells as a Foreign Terrorist Organization.');
    expect(got.filter((a) => a[0] === 'Washington, D.C.')).toEqual([]);
  });
  it('not: a sentence that opens with a place and a comma but no dash', () => {
    const got = atts('Washington, in turn, said Red Cells attacked Blue Front.');
    expect(got.some((a) => a[0] === 'Red Cells' && a[2] === 'Blue Front')).toBe(true);
  });
});

describe('a passive designation whose subject lists named parties', () => {
  it('"A, B, and C, all of which have been designated by the United States as FTOs … and as SDGT entities"', () => {
    const got = atts('These individuals are associated with Red Cells (RC), Blue Front, and Green Brigade, all of which have been designated by the United States as Foreign Terrorist Organizations pursuant to section 219 and as SDGT entities under E.O. 13224.');
    for (const g of ['Red Cells', 'Blue Front', 'Green Brigade']) {
      expect(got).toContainEqual(['United States', 'designated', g]);
      expect(got).toContainEqual(['United States', 'designated as a Specially Designated Global Terrorist', g]);
    }
  });
  it('"Three of the groups, namely A, B and C, were also designated as FTOs"', () => {
    const got = atts('The Department of State named them today. Three of the groups, namely Red Cells, Blue Front and Green Brigade, were also designated as Foreign Terrorist Organizations (FTOs).');
    for (const g of ['Red Cells', 'Blue Front', 'Green Brigade']) expect(got).toContainEqual(['U.S. Department of State', 'designated as a Foreign Terrorist Organization', g]);
  });
  it('not: "is also designated" with one subject (unchanged)', () => {
    const got = atts('The Department of State named them today. Its leader, Omar Saleh, is also designated as an SDGT.');
    expect(got.filter((a) => a[2] === 'Omar Saleh' && /designat/.test(a[1] ?? ''))).toEqual([]);
  });
});

describe('"al-Qa’ida in the Arabian Peninsula" and "al-Qa’ida in the (Lands of the) Islamic Maghreb": the canonical names AQAP and AQIM have', () => {
  it('each spelling is one organisation with its acronym', () => {
    const x = extract("The Department of State amended the designation of al-Qa'ida in the Arabian Peninsula (AQAP). AQAP works with al-Qa'ida in the Lands of the Islamic Maghreb and AQIM.", { gazetteer: [], publisher: 'example.org', title: null });
    expect(x.organisations).toContain('al-Qaeda in the Arabian Peninsula');
    expect(x.organisations).toContain('al-Qaeda in the Islamic Maghreb');
    expect(x.organisations.filter((o) => /Qa'?ida in/.test(o))).toEqual([]);
  });
  it('not: al-Qaeda itself', () => {
    const x = extract("Al-Qa'ida leaders met in 2010.", { gazetteer: [], publisher: 'example.org', title: null });
    expect(x.organisations).toEqual(['al-Qaeda']);
  });
});
