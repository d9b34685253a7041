// Derives src/extract/data/headline-verbs.json: inflected verbs that can only be verbs, which a headline in Title
// Case writes capitalised between names ("… Abu Ghayth Sentenced in Manhattan Federal Court", "Court Imposes …").
// From WordNet 3.0 (Princeton University; WordNet 3.0 licence, see src/extract/data/README.md) as Debian's package
// `wordnet-base` (1:3.0-37) installs it, and Debian's `wamerican` word list (SCOWL) for the inflected forms:
//   apt-get install -y wordnet-base wamerican
//   node scripts/derive-headline-verbs.mjs > src/extract/data/headline-verbs.json
// Kept: a lower-case word of the word list that is a verb's past form ("-ed", or an irregular past in WordNet's
// verb.exc) or its third person ("-s", "-es"), whose lemma is a WordNet verb, and that is nothing else: the word is
// no WordNet noun or adjective (a participle used as an adjective, "armed", "united", "organized", heads bodies'
// names), its "-s" form's lemma is no noun (else the word is a plural: "forces", "links"), and it is no word of a
// built-in name (organisations, places, state bodies, listed organisations). Words of three letters or fewer are left out.
import { readFileSync } from 'node:fs';
import { readExceptions, readIndex } from './wordnet.mjs';

const WORDS = process.env.WORDS ?? '/usr/share/dict/words';
/** The lemmas of a WordNet index (lower case, one word). */
const lemmas = (pos) => new Set([...readIndex(pos).keys()].filter((w) => /^[a-z]+$/.test(w)));
const verbs = lemmas('verb');
const nouns = lemmas('noun');
const adjectives = new Set([...lemmas('adj'), ...lemmas('adv')]);
// irregular pasts and plurals WordNet lists (verb.exc: "broke break"); a word WordNet lists as a noun's plural is a noun
const irregularPast = new Map();
for (const [form, base] of readExceptions('verb')) if (form && base && /^[a-z]+$/.test(form) && verbs.has(base)) irregularPast.set(form, base);
const plurals = new Set(readExceptions('noun').map(([form]) => form).filter(Boolean));
// the words of every built-in name (as lower case), which a headline may write as a name's
const nameWords = new Set();
const addName = (n) => { for (const w of String(n).toLowerCase().split(/[^a-z]+/)) if (w) nameWords.add(w); };
const data = (f) => JSON.parse(readFileSync(new URL(`../src/extract/data/${f}`, import.meta.url), 'utf8'));
function walk(v) {
  if (typeof v === 'string') addName(v);
  else if (Array.isArray(v)) v.forEach(walk);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { if (!k.startsWith('$')) addName(k); walk(x); }
}
for (const f of ['organisations.json', 'places.json', 'state-bodies.json', 'list-organisations.json']) walk(data(f));

/** The verb lemma of a past form ("sentenced" → "sentence", "banned" → "ban", "carried" → "carry"), or null. */
function pastLemma(w) {
  if (irregularPast.has(w)) return irregularPast.get(w);
  if (!w.endsWith('ed')) return null;
  const s = w.slice(0, -2);
  for (const c of [s + 'e', s, s.endsWith('i') ? s.slice(0, -1) + 'y' : '', /(.)\1$/.test(s) ? s.slice(0, -1) : '']) if (c && verbs.has(c)) return c;
  return null;
}
/** The verb lemma of a third person ("imposes" → "impose", "carries" → "carry"), or null. */
function thirdLemma(w) {
  if (!w.endsWith('s') || w.endsWith('ss')) return null;
  const s = w.slice(0, -1);
  for (const c of [s, w.endsWith('es') ? w.slice(0, -2) : '', w.endsWith('ies') ? w.slice(0, -3) + 'y' : '']) if (c && verbs.has(c)) return c;
  return null;
}
const out = new Set();
for (const w of readFileSync(WORDS, 'utf8').split('\n')) {
  if (!/^[a-z]{4,}$/.test(w) || nouns.has(w) || adjectives.has(w) || plurals.has(w) || nameWords.has(w)) continue;
  const past = pastLemma(w);
  const third = past ? null : thirdLemma(w);
  if (past || (third && !nouns.has(third))) out.add(w);
}
const list = [...out].sort();
console.log(JSON.stringify({ $comment: 'Derived by scripts/derive-headline-verbs.mjs from WordNet 3.0 (WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. WordNet 3.0 licence, see src/extract/data/README.md; Debian wordnet-base 1:3.0-37) and Debian wamerican (SCOWL); regenerate, do not edit. Past and third-person forms of verbs that are no noun, adjective or word of a built-in name.', verbs: list }, null, 0).replace('"verbs":', '\n"verbs":\n'));
