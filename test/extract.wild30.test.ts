// Branch wild30 (fresh-text audit of U.S. Government releases, VOA stories and encyclopedia articles on
// assassinations, designations and sanctions): "Amir" as a surname, a title hyphened to "in" ("Director-in-Charge"),
// "Department of Treasury", the designation acronyms FTO and SDGT, "Justice" inside a body's or a programme's name,
// "ISIS-Greater Sahara", a faith's adjective or a word before a number after a place's preposition, "Kings of
// Israel Square", a testimony title's "Before the", a letterhead's "Contact:" and "New" opening a known place.
// Short quotes from the audited texts (a DOJ release, Treasury and State Department releases, a VOA story,
// Wikipedia articles).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });
const spans = (text: string, type: string) => run(text).mentions.filter((m) => m.type === type).map((m) => m.text);

describe('"Amir" after a plain name word is a surname (wild30)', () => {
  it('is part of the person\'s name', () => {
    expect(spans('The assailant was Yigal Amir, an Israeli law student.', 'person')).toEqual(['Yigal Amir']);
  });
  it('stays a title after a body, an acronym or a place', () => {
    const text = 'The Taliban Amir spoke. The ISIS Amir spoke. The Kuwait Amir met the envoy.';
    expect(spans(text, 'person')).toEqual([]);
    expect(spans(text, 'organization')).toEqual(['Taliban', 'ISIS']);
  });
});

describe('a title hyphened to "in" (wild30)', () => {
  it('is no place', () => {
    const text = 'JANICE K. FEDARCYK, the Assistant Director-in-Charge of the New York Office of the Federal Bureau of Investigation, announced the sentencing.';
    expect(spans(text, 'place')).toEqual([]);
  });
  it('a place after "in" still is one', () => {
    expect(spans('He was arrested in Bialystok.', 'place')).toEqual(['Bialystok']);
  });
});

describe('"Department of Treasury" (wild30)', () => {
  it('is the Treasury, one mention', () => {
    const x = run('The designations demonstrate the U.S. Department of Treasury’s ongoing efforts targeting Hizballah.');
    const orgs = x.mentions.filter((m) => m.type === 'organization');
    expect(orgs.map((m) => [m.text, m.canonical])).toEqual([
      ['U.S. Department of Treasury', 'U.S. Department of the Treasury'],
      ['Hizballah', 'Hezbollah'],
    ]);
  });
});

describe('the designation acronyms (wild30)', () => {
  it('FTO and SDGT name no body', () => {
    expect(spans('In March 2015, the leader of the FTO and SDGT group Boko Haram pledged allegiance to ISIS.', 'organization')).toEqual(['Boko Haram', 'ISIS']);
  });
});

describe('"Justice" inside a name (wild30)', () => {
  it('after "for" and before a capitalised word it is no title', () => {
    expect(spans('Rewards for Justice Program\nAgency overview', 'person')).toEqual([]);
  });
  it('a judge is still one', () => {
    expect(spans('Justice Kennedy wrote the opinion.', 'person')).toEqual(['Kennedy']);
  });
});

describe('"Greater" after a group\'s hyphen (wild30)', () => {
  it('opens the place of the branch\'s name', () => {
    const x = run('The committee added ISIS-West Africa (ISIS-WA) and ISIS-Greater Sahara (ISIS-GS) to its list.');
    expect(x.mentions.filter((m) => m.type === 'organization').map((m) => [m.text, m.canonical])).toEqual([
      ['ISIS-West Africa', 'ISIS-West Africa'],
      ['ISIS-WA', 'ISIS-West Africa'],
      ['ISIS-Greater Sahara', 'ISIS-Greater Sahara'],
      ['ISIS-GS', 'ISIS-Greater Sahara'],
    ]);
    expect(x.mentions.filter((m) => m.type === 'place')).toEqual([]);
  });
});

describe('one word after a place\'s preposition that is no place (wild30)', () => {
  it('a faith\'s adjective before a lower-case noun', () => {
    expect(spans('Netanyahu accused the government of being "removed from Jewish tradition and Jewish values".', 'place')).toEqual([]);
  });
  it('a word before a number', () => {
    expect(spans('A hostage taker stood on the balcony at Building 31 of the Munich Olympic Village.', 'place')).toEqual(['Munich Olympic Village']);
  });
});

describe('a square named with "of" and a known place (wild30)', () => {
  it('is one place', () => {
    expect(spans('Rabin was assassinated at the end of a rally at Kings of Israel Square in Tel Aviv.', 'place')).toEqual(['Kings of Israel Square', 'Tel Aviv']);
  });
});

describe('a testimony\'s title (wild30)', () => {
  it('"Before the" ends the witness\'s name', () => {
    const x = run('Statement of Robert A. Hartung Before the House Foreign Affairs Subcommittee on Terrorism, Nonproliferation, and Trade\n\nMarch 7, 2012');
    expect(x.mentions.filter((m) => m.type === 'person').map((m) => m.text)).toEqual(['Robert A. Hartung']);
    // (a subcommittee's "on" and the next name are words of its name since holdout19's rule; the list after the comma is not)
    expect(x.mentions.filter((m) => m.type === 'organization').map((m) => m.text)).toEqual(['House Foreign Affairs Subcommittee on Terrorism']);
  });
});

describe('"New" opening a known place before a venue\'s head (wild30)', () => {
  it('stays in the venue\'s name', () => {
    expect(spans('VOA correspondent Adam Phillips discusses the judge\'s decision from the New York City Court House:', 'place')).toEqual(['New York City Court House']);
  });
});

describe('a letterhead\'s "Contact:" (wild30)', () => {
  it('is not part of the district\'s name', () => {
    expect(spans('United States Attorney\'s Office October 5, 2010 Southern District of New York Contact: (212) 637-2600', 'place')).toEqual(['Southern District of New York']);
  });
});
