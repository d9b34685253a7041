// Branch common30: a table of common English words (src/extract/data/common-words.json, derived from WordNet's
// tagged lemmas by scripts/derive-common-words.mjs), read as a word fact (facts.ts M_COMMON), tells a capitalised
// common word ("Peace", "Parliament", "Action") from a proper name's word ("Wagner"). Two rules read it: a demonym
// before a body's name made of common words only opens the name ("Indian Peace Keeping Force"), and one common word
// after a place's preposition is no place by the preposition alone ("Those Who Sign in Blood", "Diplomacy in
// Action"), nor one after a capitalised common word inside a sentence ("titled Participate in Jihad"). Sentences
// quoted from the retired evaluation texts (encyclopedia articles, a State Department designation, a DOJ release),
// the state.gov banner, and a few written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import commonWords from '../src/extract/data/common-words.json' with { type: 'json' };
import { foldToken } from '../src/extract/fold.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });
const spans = (text: string, type: string) => run(text).mentions.filter((m) => m.type === type).map((m) => m.text);

describe('the common-words table', () => {
  const keys = new Set(commonWords.common_words);
  it('holds common words and their plurals and British spellings, as folded keys', () => {
    for (const w of ['peace', 'keeping', 'force', 'resistance', 'parliament', 'diplomacy', 'action', 'fighters', 'organisation', 'defence']) expect(keys.has(foldToken(w)), w).toBe(true);
  });
  it('leaves out proper names, given names, demonyms and built-in places', () => {
    for (const w of ['wagner', 'ansar', 'hartung', 'indian', 'turkey', 'jordan', 'africa', 'hamas', 'john']) expect(keys.has(foldToken(w)), w).toBe(false);
  });
  it('is a few tens of thousands of keys at most', () => {
    expect(keys.size).toBeGreaterThan(5000);
    expect(keys.size).toBeLessThan(25000);
  });
});

describe('a demonym before a body\'s name of common words opens the name (common30)', () => {
  it('"the Indian Peace Keeping Force" (holdout19)', () => {
    const text = 'The attack was blamed on the Liberation Tigers of Tamil Eelam (LTTE), a militant organization from Sri Lanka; at the time India had just ended its involvement, through the Indian Peace Keeping Force, in the Sri Lankan Civil War.';
    expect(spans(text, 'organization')).toContain('Indian Peace Keeping Force');
    expect(spans(text, 'organization')).not.toContain('Peace Keeping Force');
  });
  it('"the Italian Parliament" (holdout11)', () => {
    const text = 'On the morning of 16 March 1978, the day on which a new cabinet led by Giulio Andreotti was to have undergone a confidence vote in the Italian Parliament, the car of Aldo Moro was assaulted.';
    expect(spans(text, 'organization')).toContain('Italian Parliament');
  });
  it('"the Philippine Senate" (holdout19)', () => {
    expect(spans('Aquino was elected to the Philippine Senate in 1967 and was critical of Marcos.', 'organization')).toEqual(['Philippine Senate']);
  });
  it('is an adjective before a proper name ("the Russian Wagner Group")', () => {
    expect(spans('Fighters of the Russian Wagner Group were seen near the town.', 'organization')).toEqual(['Wagner Group']);
  });
  it('a ministry stays named with its state ("Chinese Foreign Ministry spokesman", holdout14)', () => {
    const x = run('Chinese Foreign Ministry spokesman Liu Jianchao said more than 200 unidentified gunmen attacked the field.');
    expect(x.mentions.filter((m) => m.type === 'organization').map((m) => m.canonical)).toEqual(['Ministry of Foreign Affairs (China)']);
  });
  it('generic words stay no name ("Afghan Security Forces")', () => {
    expect(spans('Afghan Security Forces repelled the attack in Kandahar.', 'organization')).toEqual([]);
  });
});

describe('one common word after a place\'s preposition is no place (common30)', () => {
  it('"Those Who Sign in Blood" (holdout11, a State Department designation)', () => {
    const text = 'In Belmokhtar’s first public statement after the split he threatened to fight against Western interests and announced the creation of the sub-battalion, “Those Who Sign in Blood,” reportedly made up of the organization’s best fighters.';
    expect(spans(text, 'place')).toEqual([]);
  });
  it('"Placing an Explosive in Proximity to a Terminal" (holdout15, a DOJ release)', () => {
    const text = 'RESSAM was convicted on April 6, 2001 of nine counts: An Act of Terrorism Transcending a National Boundary; Placing an Explosive in Proximity to a Terminal; False Identification Documents.';
    expect(spans(text, 'place')).toEqual([]);
  });
  it('"Diplomacy in Action", the state.gov banner (wild30)', () => {
    expect(spans('U.S. Department of State\nDiplomacy in Action\nState Sponsors of Terrorism', 'place')).toEqual([]);
  });
  it('nor one after a capitalised common word inside a sentence, a title\'s Title Case ("Participate in Jihad", wild30)', () => {
    // (wild30's audit found the title; the sentence around it is written for the test)
    expect(spans('The video, titled Participate in Jihad, urged viewers to travel to Syria.', 'place')).toEqual(['Syria']);
  });
  it('a place after a body\'s head word stays one', () => {
    expect(spans('Taliban fighters attacked Army posts in Marjah on Sunday.', 'place')).toEqual(['Marjah']);
  });
  it('a place after "in" still is one', () => {
    expect(spans('He was arrested in Bialystok and held in Peshawar.', 'place')).toEqual(['Bialystok', 'Peshawar']);
  });
});
