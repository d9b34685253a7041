// People, third round (branch people3): a surname's particle, long names of a lineage, another name after
// "listed as", cues before a name. Sentences from the retired evaluation sets (eval/extraction, eval/holdout4,
// eval/holdout5, eval/holdout6) and written ones; exact spans and canonical names.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const x = (text: string) => extract(text, { gazetteer: [], published: null });
const persons = (text: string) =>
  x(text)
    .mentions.filter((m) => m.type === 'person')
    .map((m) => [m.text, m.start, m.canonical]);

describe("a surname found again with its particle", () => {
  it('"bin Laden" after "Osama bin Laden" (holdout6, 1998 embassy bombings)', () => {
    const s = 'The attacks were linked to Osama bin Laden. The FBI placed bin Laden on its most-wanted list.';
    expect(persons(s)).toEqual([
      ['Osama bin Laden', 27, 'Osama bin Laden'],
      ['bin Laden', 59, 'Osama bin Laden'],
    ]);
  });
  it('the full name again from an "al-" surname back (holdout4, ISIS-GS designation)', () => {
    const s = 'The Department designated its leader, Adnan Abu Walid al-Sahrawi, as an SDGT.\n\nISIS-GS emerged when Adnan Abu Walid al-Sahrawi and his followers split.';
    expect(persons(s)).toEqual([
      ['Adnan Abu Walid al-Sahrawi', 38, 'Adnan Abu Walid al-Sahrawi'],
      ['Adnan Abu Walid al-Sahrawi', 100, 'Adnan Abu Walid al-Sahrawi'],
    ]);
  });
});

describe('long names of a lineage', () => {
  it('a given name first and an article joining a name word (holdout6, HASM designation)', () => {
    const s = 'The Department has also designated Yahya al-Sayyid Ibrahim Musa and Alaa Ali Ali Mohammed al-Samahi as SDGTs.';
    expect(x(s).people).toEqual(['Yahya al-Sayyid Ibrahim Musa', 'Alaa Ali Ali Mohammed al-Samahi']);
  });
  it('"listed as" in brackets: another name of the person before (eval/extraction, ISIL-K summary)', () => {
    const s = 'They swore allegiance to the ISIL leader, Abu Bakr al-Baghdadi (listed as Ibrahim Awwad Ibrahim Ali al-Badri al-Samarrai (QDi.299)).';
    expect(persons(s)).toEqual([
      ['Abu Bakr al-Baghdadi', 42, 'Abu Bakr al-Baghdadi'],
      ['Ibrahim Awwad Ibrahim Ali al-Badri al-Samarrai', 74, 'Abu Bakr al-Baghdadi'],
    ]);
    expect(x(s).people).toEqual(['Abu Bakr al-Baghdadi']);
  });
  it('not: a body, nor a long name with a word that is no given name before its last (written)', () => {
    expect(x('The Harakat al-Shabaab al-Mujahideen Movement said.').people).toEqual([]);
    expect(x('The Hamad bin Khalifa al-Thani Hospital Project opened.').people).toEqual([]);
  });
});

describe('cues before a name', () => {
  it('"led by" (holdout5, Tokyo subway sarin attack)', () => {
    expect(x('The group, led by Shoko Asahara, had already carried out several attacks.').people).toEqual(['Shoko Asahara']);
  });
  it('not after "led by": a demonym, an acronym, a name before a lower-case noun (written)', () => {
    const s = 'The attack was led by Pakistani intelligence. The raid was led by Navy SEALs. The convoy was led by Acme Motors trucks. Forces led by Kurdish Peshmerga fighters advanced.';
    expect(x(s).people).toEqual([]);
  });
  it('"the bomber" (holdout6, Colombo Central Bank bombing)', () => {
    expect(x('While the bomber Raju died immediately, the others were apprehended.').people).toEqual(['Raju']);
  });
});

// Changes seen right in one retired set only, kept by the lead as general facts of how names are written
// (the blind sets judge them; docs/extract.md, Measures).
describe('single-set changes kept', () => {
  it('a role ending the line before is no cue (holdout6, Kumanovo clashes)', () => {
    expect(x('- Strength2: 50–70 militants\n- Casualties1: 8 killed, 37 wounded').people).toEqual([]);
  });
  it('a lower-case second syllable after a hyphen ends the name, a word made with a name does not', () => {
    expect(x('Secretary-General Ban Ki-moon issued a statement. Kim Jong-un said. John Smith-led groups met.').people).toEqual(['Ban Ki-moon', 'Kim Jong-un', 'John Smith']);
  });
  it('a name before or after "alias" (holdout6, Colombo Central Bank bombing)', () => {
    expect(x('The team Subramanium Vigneswaram alias Kittu, and Sivasamy Dharmendra alias Raju, were apprehended.').people).toEqual(['Subramanium Vigneswaram', 'Sivasamy Dharmendra']);
  });
});
