// Organisations (branch names9, the session of 2026-12-06 17:21): a known name's head in lower case, a legislature's
// head alone, national outlets named by a demonym, a known group with its state, "for" in a body's name, bodies
// glossed in another language. Sentences written for these tests, not taken from the eval sets; each rule also
// has what it must not extract.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const mentions = (text: string) => extract(text, { gazetteer: [] }).mentions;
const orgs = (text: string) => mentions(text).filter((m) => m.type === 'organization').map((m) => [m.text, m.canonical]);

describe("a known name's own head written in lower case", () => {
  it('is the text describing the body, not part of its name', () => {
    expect(orgs('Troops pursued the Abu Sayyaf group into the hills of Basilan.')).toEqual([['Abu Sayyaf', 'Abu Sayyaf']]);
    expect(orgs('The official Xinhua news agency carried the statement on Tuesday.')).toEqual([['Xinhua', 'Xinhua']]);
  });
  it('capitalised, it is still the name as listed', () => {
    expect(orgs('A spokesman for the Abu Sayyaf Group made the claim.')).toEqual([['Abu Sayyaf Group', 'Abu Sayyaf']]);
    expect(orgs('Officers blamed the Haqqani network for the raid.')).toEqual([['Haqqani network', 'Haqqani network']]);
  });
});

describe("a legislature's head alone", () => {
  it('"Parliament" is the legislature of the first state the document names', () => {
    expect(orgs('The United Kingdom will ban the network once an order laid before Parliament on Monday is approved by Parliament.')).toEqual([
      ['Parliament', 'Parliament of the United Kingdom'],
      ['Parliament', 'Parliament of the United Kingdom'],
    ]);
    expect(orgs('Canada said the bill would go to Parliament in the spring.')).toEqual([['Parliament', 'Parliament of Canada']]);
  });
  it('"Assembly" after a state in the possessive is that state\'s legislature', () => {
    expect(orgs("Albania's Assembly voted to condemn the raid.")).toEqual([['Assembly', 'Assembly of Albania']]);
  });
  it('is the one body of that head the document names', () => {
    expect(orgs('The European Parliament met in Strasbourg. Parliament adopted the motion.')).toEqual([
      ['European Parliament', 'European Parliament'],
      ['Parliament', 'European Parliament'],
    ]);
  });
  it('is no body without a state, nor inside a longer name or title', () => {
    expect(orgs('The bill went to Parliament on Monday.')).toEqual([]);
    expect(orgs('The Assembly met again on Friday.')).toEqual([]);
    expect(mentions('Canada said Parliament Speaker Jane Doe resigned.').some((m) => m.text === 'Parliament')).toBe(false);
  });
});

describe('a national outlet named by a demonym', () => {
  it("a demonym and an outlet's kind only name the outlet, demonym and all", () => {
    expect(orgs('Saudi Television showed the wounded in hospital. The toll had risen, Saudi TV said.')).toEqual([
      ['Saudi Television', 'Saudi Television'],
      ['Saudi TV', 'Saudi Television'],
    ]);
    expect(orgs('The French News Agency says the rebels claim more.')).toEqual([['French News Agency', 'French News Agency']]);
  });
  it('"TV" alone names no body, and a demonym before a state\'s forces still names none', () => {
    expect(orgs('The woman sat in what the TV said was a hospital.')).toEqual([]);
    expect(orgs('Afghan Security Forces cleared the road.')).toEqual([]);
  });
});

describe('a known group with its state', () => {
  it('right after it, or after "of" where its name ends in a head word, is one body', () => {
    expect(orgs('The ban covers every branch, including Hizb ut-Tahrir Britain.').map((o) => o[1])).toEqual(['Hizb ut-Tahrir Britain']);
    expect(orgs('He fought with the National Liberation Army of Bolivia, which Che Guevara led.').map((o) => o[1])).toEqual(['National Liberation Army of Bolivia']);
  });
  it('not where the state only says where it acts, nor before another name word', () => {
    const o = mentions('Hizb ut-Tahrir in Britain held a rally.');
    expect(o.find((m) => m.text === 'Britain')?.type).toBe('place');
    expect(mentions('The Hamas Egypt talks resumed.').some((m) => m.text === 'Hamas Egypt')).toBe(false);
  });
});

describe('"for" in a body\'s name', () => {
  it('a head word and "for" open a body\'s name, as "of" does', () => {
    expect(orgs('An analyst from the Institute for Security Studies says the rebels are divided.')).toEqual([['Institute for Security Studies', 'Institute for Security Studies']]);
  });
  it('after a head\'s "for the", the name goes on over "of" and a place', () => {
    expect(orgs('Rwanda blamed the Democratic Forces for the Liberation of Rwanda for the blast.').map((o) => o[0])).toEqual(['Democratic Forces for the Liberation of Rwanda']);
  });
  it('a capitalised word hyphened to a participle is no part of the name after it', () => {
    expect(orgs('An analyst at the Kenya-based Institute for Security Studies disagreed.').map((o) => o[0])).toEqual(['Institute for Security Studies']);
  });
  it('"for" after a word that is no head word opens no body', () => {
    expect(orgs('Campaign for Peace was the slogan of the march.')).toEqual([]);
  });
});

describe('a body glossed in another language', () => {
  it('its Spanish name in brackets, with its acronym, is the same body under the English name', () => {
    expect(orgs('The Colombian People\'s Front (Frente Popular de Colombia, FPC) attacked a base. The FPC denied it.').map((o) => o[1])).toEqual([
      "Colombian People's Front",
      "Colombian People's Front",
      "Colombian People's Front",
      "Colombian People's Front",
    ]);
  });
  it('two English names in brackets stay two bodies', () => {
    const o = extract('The Islamic Courts Union (Al-Shabaab) fought on.', { gazetteer: [] }).organisations;
    expect(o).toContain('Islamic Courts Union');
  });
});
