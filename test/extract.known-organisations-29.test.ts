// Well-known bodies of political-violence reporting as general knowledge, round 3 (src/extract/data/organisations.json,
// known29): human-rights, humanitarian and monitoring bodies, news outlets cited as sources, political parties,
// police and security forces, armed groups, each under its English Wikipedia title (or, where that title carries a
// qualifier, named as the document writes it: organisations.json `$text_forms`). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });
/** The organisation mentions as [text, canonical]. */
const orgs = (text: string) =>
  run(text)
    .mentions.filter((m) => m.type === 'organization')
    .map((m) => [m.text, m.canonical]);

describe('well-known organisations, round 3 (known29)', () => {
  it('human-rights, humanitarian and monitoring bodies', () => {
    expect(orgs('The Syrian Observatory for Human Rights said 12 people died.')).toEqual([
      ['Syrian Observatory for Human Rights', 'Syrian Observatory for Human Rights'],
    ]);
    expect(orgs('Investigators at Bellingcat traced the launcher.')).toEqual([['Bellingcat', 'Bellingcat']]);
    expect(orgs('The HRCP condemned the killings.')).toEqual([['HRCP', 'Human Rights Commission of Pakistan']]);
    expect(orgs('Aid from the Norwegian Refugee Council reached the camp.')).toEqual([['Norwegian Refugee Council', 'Norwegian Refugee Council']]);
  });
  it('news outlets by the names they publish under', () => {
    expect(orgs('Haaretz reported that the unit had been warned.')).toEqual([['Haaretz', 'Haaretz']]);
    expect(orgs('According to the Hindustan Times, the blast killed four.')).toEqual([['Hindustan Times', 'Hindustan Times']]);
    expect(orgs('Al-Manar broadcast the statement.')).toEqual([['Al-Manar', 'Al-Manar']]);
    // (a qualified title gives way to the document's own form)
    expect(orgs('El Mundo published the letter.')).toEqual([['El Mundo', 'El Mundo']]);
  });
  it('political parties, with unambiguous acronyms', () => {
    expect(orgs('Supporters of the Awami League marched in Dhaka.')).toEqual([['Awami League', 'Awami League']]);
    expect(orgs('The DUP walked out of the assembly.')).toEqual([['DUP', 'Democratic Unionist Party']]);
    expect(orgs('Sinn Fein called for calm.')).toEqual([['Sinn Fein', 'Sinn Féin']]);
    expect(orgs('The AKP won the vote.')).toEqual([['AKP', 'AKP']]);
  });
  it('police and security forces', () => {
    expect(orgs('The Haitian National Police retook the station.')).toEqual([['Haitian National Police', 'Haitian National Police']]);
    expect(orgs('Scotland Yard opened an inquiry.')).toEqual([['Scotland Yard', 'Metropolitan Police']]);
  });
  it('a new name does not cut a longer one or a person', () => {
    // ("Fatah" is no entry: "Abdel Fattah" folds to it)
    expect(run('General Abdel Fattah al-Burhan met the envoy.').people).toEqual(['Abdel Fattah al-Burhan']);
    expect(orgs('Greenpeace International protested.')).toEqual([['Greenpeace International', 'Greenpeace']]);
    expect(orgs('The Kosovo Police Service was founded in 1999.')).toEqual([['Kosovo Police Service', 'Kosovo Police']]);
    expect(orgs('The Pakistan Peoples Party Parliamentarians met.')).toEqual([
      ['Pakistan Peoples Party Parliamentarians', 'Pakistan Peoples Party Parliamentarians'],
    ]);
  });
  it("a clock time's AM is no body's initials, nor a police constable's or foreign minister's title", () => {
    expect(orgs('At 10 AM, Al-Manar reported the strike.')).toEqual([['Al-Manar', 'Al-Manar']]);
    expect(orgs('The Future Movement said FM Ahmed Khan would travel.')).toEqual([['Future Movement', 'Future Movement']]);
  });
});
