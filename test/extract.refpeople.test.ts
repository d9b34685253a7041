// People from reference data (branch refpeople): Russian and Ukrainian given names romanized as reporting
// spells them (scripts/romanize-cyrillic.mjs into data/given-names.json), and holders of high office
// (data/known-people.json) for a person named only by title and surname. Sentences from the retired
// evaluation sets (eval/holdout5) and written ones; exact spans and canonical names.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extract } from '../src/extract/index.ts';
import { foldToken } from '../src/extract/fold.ts';
import { officeHolder, officeTitle } from '../src/extract/known-people.ts';
// @ts-expect-error: a plain .mjs module of the derivation scripts, without types
import { romanizeCyrillic } from '../scripts/romanize-cyrillic.mjs';

const x = (text: string, published: string | null = null) => extract(text, { gazetteer: [], published });
const persons = (text: string, published: string | null = null) =>
  x(text, published)
    .mentions.filter((m) => m.type === 'person')
    .map((m) => [m.text, m.start, m.canonical]);

describe('romanized Cyrillic given names', () => {
  const rom = romanizeCyrillic as (name: string, language: string) => string[];
  it('gives the spellings reporting uses', () => {
    expect(rom('Геннадий', 'ru')).toEqual(['gennadiy', 'gennady', 'gennadi', 'gennadii']);
    expect(rom('Евгений', 'ru')).toContain('yevgeny');
    expect(rom('Евгений', 'ru')).toContain('evgeny');
    expect(rom('Алексей', 'ru')).toEqual(['aleksey', 'aleksei', 'alexey', 'alexei']);
    expect(rom('Олександр', 'uk')).toContain('oleksandr');
    expect(rom('Фёдор', 'ru')).toEqual(['fyodor', 'fedor']);
  });
  it('are in given-names.json as folded keys', () => {
    const keys = new Set((JSON.parse(readFileSync(new URL('../src/extract/data/given-names.json', import.meta.url), 'utf8')) as { given_names: string[] }).given_names);
    for (const n of ['Gennady', 'Gennadiy', 'Yevgeny', 'Dmitry', 'Oleksandr', 'Vyacheslav']) expect(keys.has(foldToken(n)), n).toBe(true);
  });
  it('open a person’s name in running text (eval/holdout5, Russian apartment bombings)', () => {
    const a = 'The kidnapping of Gennady Shpigun by Chechen rebels in March 1999, the Invasion of Dagestan in August 1999, together with the September bombings triggered the Second Chechen War.';
    expect(persons(a)).toEqual([['Gennady Shpigun', 18, 'Gennady Shpigun']]);
    const b = 'On 13 September, Russian Duma speaker Gennadiy Seleznyov made an announcement in the Duma about receiving a report that another bombing had just happened in the city of Volgodonsk.';
    expect(persons(b)).toEqual([['Gennadiy Seleznyov', 38, 'Gennadiy Seleznyov']]);
  });
});

describe('an acronym before a given name is no word of the name', () => {
  it('"head of FSB Nikolay Patrushev" (eval/holdout5, Russian apartment bombings)', () => {
    const s = 'On 24 September 1999, head of FSB Nikolay Patrushev announced that the incident in Ryazan had been an anti-terror drill and the device found there contained only sugar.';
    expect(persons(s)).toEqual([['Nikolay Patrushev', 34, 'Nikolay Patrushev']]);
  });
});

describe('a title, a given name and a surname that is also a place', () => {
  it('"U.S. Secretary of State John Kerry" is a person (eval/holdout5, VOA 2016)', () => {
    const s = 'U.S. Secretary of State John Kerry called Turkish Foreign Minister Mevlut Cavusoglu to express Washington\'s "steadfast commitment" to Turkey.';
    expect(persons(s)).toEqual([
      ['John Kerry', 24, 'John Kerry'],
      ['Mevlut Cavusoglu', 67, 'Mevlut Cavusoglu'],
    ]);
    expect(x('Senator John Kerry called the minister.').people).toEqual(['John Kerry']);
  });
  it('the place alone stays a place', () => {
    expect(x('The storm reached Kerry on Tuesday.').places).toEqual(['Kerry']);
  });
});

describe('holders of high office named by title and surname', () => {
  it('officeHolder: one holder of the office with that surname in the year', () => {
    expect(officeTitle('President of the United States')).toBe('president');
    expect(officeTitle('Federal Chancellor of Germany')).toBe('chancellor');
    expect(officeHolder(foldToken('Trump'), 'president', 2019)).toBe('Donald Trump');
    expect(officeHolder(foldToken('Bush'), 'president', 2005)).toBe('George W. Bush');
    expect(officeHolder(foldToken('Bush'), 'president', 1990)).toBe('George H. W. Bush');
    expect(officeHolder(foldToken('Bush'), 'president', null)).toBeNull(); // two presidents Bush
    expect(officeHolder(foldToken('Bush'), 'vice president', null)).toBe('George H. W. Bush');
    expect(officeHolder(foldToken('Clinton'), 'president', 2009)).toBeNull(); // not in office then
    expect(officeHolder(foldToken('Khan'), 'prime minister', 2019)).toBe('Imran Khan');
  });
  it('"President Trump" is Donald Trump (eval/holdout5, State Department 2020)', () => {
    const s = 'After the El Paso attack, President Trump said, “In one voice, our nation must condemn racism, bigotry, and white supremacy.”';
    expect(persons(s, '2020-04-06')).toEqual([['Trump', 36, 'Donald Trump']]);
    expect(x(s, '2020-04-06').people).toEqual(['Donald Trump']);
  });
  it('the text’s year picks the holder; an unknown year with two holders leaves the surname', () => {
    expect(x('President Bush said the attack would not go unanswered.', '2005-07-08').people).toEqual(['George W. Bush']);
    expect(x('President Bush said the invasion of Kuwait would not stand.', '1990-08-05').people).toEqual(['George H. W. Bush']);
    expect(x('President Bush said the attack would not go unanswered.').people).toEqual(['Bush']);
  });
  it('another title, or no title, names no holder', () => {
    // (no Secretary of State is in the data; "Secretary" is not the presidency of Bill Clinton)
    const s = 'Secretary Clinton took this action in consultation with the Attorney General and the Secretary of the Treasury.';
    expect(x(s, '2009-05-18').people).toEqual(['Clinton']);
    expect(x('Trump said the talks had failed.', '2019-06-01').people.includes('Donald Trump')).toBe(false);
  });
  it('a fuller name in the document wins', () => {
    expect(x('Donald Trump visited the site. Later, President Trump spoke to reporters.', '2019-08-05').people).toEqual(['Donald Trump']);
  });
});
