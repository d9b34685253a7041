// Derives src/extract/data/common-words.json: common English words ("peace", "resistance", "parliament", "fighters",
// "diplomacy"), as the tokens' folded keys (src/extract/fold.ts), so that the extractor can tell a capitalised common
// word from a proper name's word ("Wagner", "Ansar", "Hartung") where both are capitalised: "Indian Peace Keeping
// Force" is a name of its own, demonym and all, while "the Russian Wagner Group" is the Wagner Group.
// From WordNet 3.0 (Princeton University; WordNet 3.0 licence, see src/extract/data/README.md) as Debian's package
// `wordnet-base` (1:3.0-37) installs it, and Debian's `wamerican` word list (SCOWL) for the plurals:
//   apt-get install -y wordnet-base wamerican
//   node bin/run-ts.mjs scripts/derive-common-words.mjs > src/extract/data/common-words.json
// (through run-ts: it reads src/extract/fold.ts, whose keys it stores)
// Kept: a one-word WordNet lemma that WordNet's sense-tagged texts (cntlist.rev, the Brown corpus part of SemCor)
// use at least MIN_TAGGED times (once) as a noun, a verb or an adjective (adverbs name nothing) in senses whose synsets write it in lower case, more often than in senses that
// write it capitalised (a name: "Africa", "Turkey", "Bush" are proper names first and are left out), of three
// letters or more; the plurals the word list gives of its nouns ("fighters", "forces", "brigades") and WordNet's
// irregular ones (noun.exc: "militia" … "people"); and the British spellings of its -ize, -or, -er, -ense words
// ("organisation", "labour", "centre", "defence"), which the American word list lacks.
// Why so few (some 22,600 keys, not the 64,000 lower-case words of the word list nor WordNet's 150,000 lemmas): the
// table says that a word is an ordinary English word, the sign that a capitalised run of such words describes
// rather than names; the long tail of a dictionary holds the words of names ("jihad", "ansar" as a transliteration,
// "sunni", rare surnames that are also rare nouns), and a word that tagged running text never used is no sign of
// ordinary English. A tagged frequency is a small, checked measure of use.
// Not kept, as for given-names.json: a key that is also a given name's (cues.json `given_names`, given-names.json),
// a demonym's (demonyms.json) or a capitalised adjective's (adjectives.json), or the key of a one-word built-in
// place or body (places.json, organisations.json, state-bodies.json, list-organisations.json, cities.json,
// subdivisions.json, capitals.json: "Jordan", "Chad", "Hamas").
import { readFileSync } from 'node:fs';
import { foldToken } from '../src/extract/fold.ts';
import { readData, readExceptions, readIndex, wordnetLines } from './wordnet.mjs';

const WORDS = process.env.WORDS ?? '/usr/share/dict/words';
const MIN_TAGGED = 1;
const POS = { 1: 'noun', 2: 'verb', 3: 'adj', 4: 'adv', 5: 'adj' };

// index.<pos>: lemma → its synset offsets, sense 1 first
const offsets = {};
for (const pos of ['noun', 'verb', 'adj', 'adv']) offsets[pos] = new Map([...readIndex(pos)].map(([lemma, e]) => [lemma, e.offsets]));
// data.<pos>: synset offset → its words as written (adjective markers such as "(a)" cut off)
const written = {};
for (const pos of ['noun', 'verb', 'adj', 'adv']) written[pos] = new Map([...readData(pos)].map(([off, s]) => [off, s.words.map((w) => w.replace(/\(.*\)$/, ''))]));
// tagged uses of each lemma in lower-case senses and in capitalised ones (cntlist.rev: "sense_key sense_number tag_cnt")
const lower = new Map();
const capital = new Map();
for (const line of wordnetLines('cntlist.rev')) {
  const m = /^([a-z]+)%(\d):\S* (\d+) (\d+)$/.exec(line);
  if (!m) continue;
  const [, lemma, ss, sense, count] = m;
  if (ss === '4') continue; // (adverbs name nothing: "abroad", "together")
  const pos = POS[ss];
  const off = offsets[pos].get(lemma)?.[parseInt(sense, 10) - 1];
  const ws = off ? written[pos].get(off) ?? [] : [];
  const asWritten = ws.find((w) => w.toLowerCase() === lemma);
  const into = asWritten !== undefined && asWritten !== lemma ? capital : lower;
  into.set(lemma, (into.get(lemma) ?? 0) + parseInt(count, 10));
}
const common = new Set();
for (const [w, c] of lower) if (w.length >= 3 && c >= MIN_TAGGED && c > (capital.get(w) ?? 0)) common.add(w);

// plurals: a lower-case word of the word list that is a kept noun's plural by the common English rule, or WordNet's irregular plural
const nouns = offsets.noun;
const plurals = new Set();
for (const w of readFileSync(WORDS, 'utf8').split('\n')) {
  if (!/^[a-z]{4,}s$/.test(w) || common.has(w)) continue;
  const cands = [w.slice(0, -1), w.endsWith('es') ? w.slice(0, -2) : '', w.endsWith('ies') ? `${w.slice(0, -3)}y` : ''];
  if (cands.some((c) => c && common.has(c) && nouns.has(c))) plurals.add(w);
}
for (const [form, base] of readExceptions('noun')) if (form && base && /^[a-z]+$/.test(form) && common.has(base)) plurals.add(form);
for (const w of plurals) common.add(w);
// British spellings of the kept words
const british = (w) => {
  const out = [];
  if (/iz(e|es|ed|ing|ation|ations|er|ers)$/.test(w)) out.push(w.replace(/iz(e|es|ed|ing|ation|ations|er|ers)$/, 'is$1'));
  if (/[^aeiou]or(s|ed|ing|ful|less)?$/.test(w) && w.length > 5) out.push(w.replace(/or(s|ed|ing|ful|less)?$/, 'our$1'));
  if (/[^aeiou]ter(s)?$/.test(w) && /^(center|theater|meter|liter|fiber|caliber|saber|somber|specter|luster|miter)s?$/.test(w)) out.push(w.replace(/er(s)?$/, 're$1'));
  if (/^(defense|offense|pretense|license)s?$/.test(w)) out.push(w.replace(/se(s)?$/, 'ce$1'));
  return out;
};
// (only where the American spelling is no other word's: "color" → "colour", not "motor" → "moutour")
const britishOf = new Set(['color', 'colors', 'labor', 'labors', 'favor', 'favors', 'honor', 'honors', 'harbor', 'harbors', 'neighbor', 'neighbors', 'behavior', 'behaviors', 'rumor', 'rumors', 'vigor', 'valor', 'armor', 'humor', 'endeavor', 'endeavors', 'savior', 'saviors', 'splendor', 'fervor', 'rigor', 'candor', 'ardor', 'clamor', 'parlor', 'tumor', 'vapor', 'odor', 'flavor', 'glamor']);
for (const w of [...common]) {
  for (const b of british(w)) {
    if (b.endsWith('our') || /our(s|ed|ing|ful|less)$/.test(b)) {
      const stem = w.replace(/(s|ed|ing|ful|less)$/, '');
      if (!britishOf.has(w) && !britishOf.has(stem)) continue;
    }
    common.add(b);
  }
}

// the keys that name something else
const data = (f) => JSON.parse(readFileSync(new URL(`../src/extract/data/${f}`, import.meta.url), 'utf8'));
const names = new Set();
const addKey = (s) => {
  const parts = String(s).trim().split(/\s+/);
  if (parts.length === 1 && parts[0]) names.add(foldToken(parts[0]));
};
/** A table's names (`name → [aliases]` or `name → { aliases }`), its one-word ones kept. */
const addTable = (table) => {
  for (const [name, v] of Object.entries(table)) {
    if (name.startsWith('$')) continue;
    addKey(name);
    for (const a of Array.isArray(v) ? v : v && typeof v === 'object' && Array.isArray(v.aliases) ? v.aliases : []) addKey(a);
  }
};
const places = data('places.json');
for (const k of ['countries', 'regions', 'subnational']) addTable(places[k]);
addTable(data('organisations.json'));
addTable(data('state-bodies.json').organisations);
addTable(data('list-organisations.json').organisations);
addTable(data('subdivisions.json').subdivisions);
addTable(data('capitals.json').capitals);
addTable(data('cities.json').cities);
addTable(data('demonyms.json'));
for (const a of data('adjectives.json').adjectives) addKey(a);
for (const k of data('given-names.json').given_names) names.add(k);
for (const k of data('cues.json').given_names) names.add(foldToken(k));

const keys = new Set();
for (const w of common) {
  const k = foldToken(w);
  if (!names.has(k) && !names.has(foldToken(w.replace(/s$/, '')))) keys.add(k);
}
const list = [...keys].sort();
console.log(JSON.stringify({ $comment: `Common English words as folded keys (src/extract/fold.ts): ${list.length} keys derived by scripts/derive-common-words.mjs from WordNet 3.0 (WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. WordNet 3.0 licence, see src/extract/data/README.md; Debian wordnet-base 1:3.0-37: lemmas its tagged texts use at least ${MIN_TAGGED} times in lower-case senses) and Debian wamerican (SCOWL: their plurals), without given names, demonyms, adjectives and one-word built-in names. A signal that a capitalised word is an ordinary word, nothing more. Regenerate, do not edit.`, common_words: list }, null, 0).replace('"common_words":', '\n"common_words":\n'));
