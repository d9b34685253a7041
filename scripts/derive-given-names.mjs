// Derives src/extract/data/given-names.json (given names in many languages, a signal that a capitalised word
// opens a person's name) from two npm packages, both MIT, pinned as devDependencies (and WordNet's adjectives,
// scripts/wordnet.mjs, for `word_names`):
//   - @faker-js/faker: the `person.first_name` lists of every locale written in Latin script (some 60 locales:
//     European, Turkish, Indonesian, Indian, Nigerian, Ghanaian, Senegalese, South African, Vietnamese …)
//   - gender-detection-from-name: its name lists (en, it, es, fr, de, tr); only the names are read, never the
//     gender it gives them
//   node bin/run-ts.mjs scripts/derive-given-names.mjs > src/extract/data/given-names.json
// (through run-ts: it reads src/extract/fold.ts, whose keys it stores)
// A name is a signal that a token is a given name, nothing more: the lists' locales and genders are dropped and
// no person is typed, scored or labelled by where a name comes from.
// Dropped (so that a capitalised word that is also something else does not open a person's name): names of
// fewer than three letters; a word the English dictionary of dictionary-en (Hunspell en_US, SCOWL) lists in
// lower case ("may", "will", "mark", "grant", "said", "long"); a place or an organisation of the built-in data
// (places.json, subdivisions.json, organisations.json: "Jordan", "Georgia", "Victoria") or a demonym
// (demonyms.json); particles and words that open place names ("al", "ibn", "san", "santa", "saint"). The
// hand-written list in cues.json (`given_names`) is read beside this one and keeps its names whatever this
// filter says ("John", "Virginia"). Names are stored as the tokens' folded keys (src/extract/fold.ts: lower case,
// no diacritics, doubled letters single …), so a spelling variant meets its name ("Muamar"/"Muammar"); a key
// that is also an English word's or a built-in name's is dropped with them.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { allLocales } from '@faker-js/faker';
import { foldToken } from '../src/extract/fold.ts';
import { romanizeCyrillic } from './romanize-cyrillic.mjs';
import { readIndex } from './wordnet.mjs';

// (a package's folder under node_modules, found the way Node finds it: some packages export no package.json)
const require = createRequire(import.meta.url);
const pkgOf = (name) => {
  const dir = (require.resolve.paths(name) ?? []).map((p) => join(p, name)).find((d) => existsSync(join(d, 'package.json')));
  if (!dir) throw new Error(`${name} is not installed (npm install)`);
  return { dir, ...JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) };
};
const faker = pkgOf('@faker-js/faker');
const gender = pkgOf('gender-detection-from-name');
const dictionary = pkgOf('dictionary-en');
const data = (f) => JSON.parse(readFileSync(new URL(`../src/extract/data/${f}`, import.meta.url), 'utf8'));

const plain = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const LATIN = /^[\p{Script=Latin}\p{M}'’-]+$/u;

// the English words written in lower case (a Hunspell .dic: "word/FLAGS", one a line, the count first)
const english = new Set();
// (and those it lists capitalised too, as a name: "Martin" beside "martin")
const capitalised = new Set();
for (const line of readFileSync(join(dictionary.dir, 'index.dic'), 'utf8').split('\n').slice(1)) {
  const w = line.split('/')[0].trim();
  if (w && w === w.toLowerCase()) english.add(plain(w));
  else if (/^\p{Lu}\p{Ll}+$/u.test(w)) capitalised.add(plain(w));
}

// one-word places, organisations and demonyms of the built-in data, and the first words of longer places and
// demonyms of places.json and demonyms.json ("Sri" of "Sri Lanka", "Sri Lankan")
const builtIn = new Set();
// (and the one-word places on their own: a given name among them, "Jordan", "Nelson", "Victoria", is kept apart)
const oneWordPlaces = new Set();
const addNames = (xs, firstWords = false, place = false) => {
  for (const x of xs) {
    if (x.startsWith('$')) continue;
    const parts = x.trim().split(/\s+/);
    if (parts.length === 1 || firstWords) builtIn.add(plain(parts[0]));
    if (parts.length === 1 && place) oneWordPlaces.add(plain(parts[0]));
  }
};
const places = data('places.json');
for (const k of ['countries', 'regions', 'subnational']) for (const [name, variants] of Object.entries(places[k])) addNames([name, ...variants], true, true);
addNames(Object.keys(data('subdivisions.json').subdivisions), false, true);
for (const name of Object.keys(data('cities.json').cities)) if (!/\s/.test(name.trim())) oneWordPlaces.add(plain(name.trim()));
for (const [name, variants] of Object.entries(data('organisations.json'))) if (Array.isArray(variants)) addNames([name, ...variants]);
addNames(Object.keys(data('demonyms.json')), true);

const PARTICLES = new Set(
  'al el ul ud ibn bin bint ben abd de del della der di da dos das du la le les los las van von ter mac mc san santa santo sao saint sainte st'.split(' '),
);

const candidates = new Set();
const take = (n) => {
  for (const w of String(n).split(/\s+/)) if (w && LATIN.test(w)) candidates.add(plain(w).replace(/’/g, "'"));
};
/** A faker locale's first names: one list, or lists by gender. */
const firstNamesOf = (fn) => (Array.isArray(fn) ? fn : [...(fn.generic ?? []), ...(fn.female ?? []), ...(fn.male ?? [])]);
// (the English-language names apart too: the place names among them, below)
const englishGiven = new Set();
for (const [code, locale] of Object.entries(allLocales)) {
  const fn = locale.person?.first_name;
  if (!fn) continue;
  const englishLocale = code === 'en' || code.startsWith('en_');
  for (const n of firstNamesOf(fn)) {
    take(n);
    if (englishLocale) for (const w of String(n).split(/\s+/)) englishGiven.add(plain(w));
  }
}
// Russian and Ukrainian given names, written in Cyrillic in faker, romanized (four letters or more; the same
// filters apply below)
for (const language of ['ru', 'uk']) {
  for (const n of firstNamesOf(allLocales[language].person.first_name)) {
    for (const w of String(n).split(/\s+/)) for (const latin of romanizeCyrillic(w, language)) if (latin.length >= 4) candidates.add(latin);
  }
}
const genderDir = join(gender.dir, 'names');
for (const f of ['en', 'it', 'es', 'fr', 'de', 'tr']) for (const m of readFileSync(join(genderDir, `${f}.js`), 'utf8').matchAll(/\['([^']+)',/g)) {
  take(m[1]);
  if (f === 'en') englishGiven.add(plain(m[1]));
}

const englishKeys = new Set([...english].map((w) => foldToken(w)));
const builtInKeys = new Set([...builtIn].map((w) => foldToken(w)));
const kept = [
  ...new Set(
    [...candidates]
      .filter((w) => w.replace(/[^a-z]/g, '').length >= 3 && !english.has(w) && !builtIn.has(w) && !PARTICLES.has(w))
      .map((w) => foldToken(w))
      .filter((k) => k.length >= 3 && !englishKeys.has(k) && !builtInKeys.has(k) && !PARTICLES.has(k)),
  ),
].sort();
// the names lost only because their folded key is an English word's ("jared" folds as "jarred" does, "scott" as
// "scot", "phillip" as "philip"…): kept apart, to be read by the word in lower case, not by its key
const plainOnly = [
  ...new Set(
    [...candidates].filter(
      (w) => /^[a-z]{3,}$/.test(w) && !english.has(w) && !builtIn.has(w) && !PARTICLES.has(w) && englishKeys.has(foldToken(w)) && !builtInKeys.has(foldToken(w)),
    ),
  ),
].sort();
// the English-language given names (faker's English locales, gender-detection's English list) that are one-word
// places of the built-in data and nothing else (no English word, demonym,
// organisation or particle): a signal for a place's name before a surname, "By Jordan Davis"
const organisationsAndDemonyms = new Set();
for (const [name, variants] of Object.entries(data('organisations.json'))) if (Array.isArray(variants)) for (const x of [name, ...variants]) organisationsAndDemonyms.add(plain(x.trim()));
for (const name of Object.keys(data('demonyms.json'))) if (!name.startsWith('$')) organisationsAndDemonyms.add(plain(name.trim().split(/\s+/)[0]));
const placeNames = [
  ...new Set(
    [...englishGiven]
      .filter((w) => w.replace(/[^a-z]/g, '').length >= 3 && !english.has(w) && oneWordPlaces.has(w) && !organisationsAndDemonyms.has(w) && !PARTICLES.has(w))
      .map((w) => foldToken(w))
      .filter((k) => !englishKeys.has(k) && !PARTICLES.has(k)),
  ),
].sort();
// the English-language given names that are English words too and that the dictionary also lists capitalised
// ("martin", "victor", "grace", "nick"): dropped above, kept apart, to be read as a given name only before a
// capitalised word that is no common word ("Martin Sabrow", not "Grace Period"; facts.ts); not a built-in name, a
// particle or a word the cue tables give a role (a title, a role, a head word, a month …: cueWords)
const cues = data('cues.json');
const nameCues = data('name-cues.json');
const cueWords = new Set(
  [...cues.titles_excluded, ...cues.titles_in_name, ...cues.roles, ...cues.org_heads, ...cues.place_heads, ...cues.venue_prefixes, ...nameCues.titles]
    .flatMap((x) => x.split(/\s+/))
    .map(plain),
);
const MONTHS_AND_DAYS = new Set('january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '));
// (words of faith, myth and trade that the name lists carry but that open no person's name in reporting)
const NOT_NAMES = new Set('amen ave genesis exodus messiah savior providence trinity leviathan titan spartan pharaoh male god majesty nation nirvana paradise odyssey galaxy epiphany don dona kaiser'.split(' '));
// (nor an adjective of WordNet's, which opens bodies' and peoples' names as often: "Royal Netherlands …", "Roman
// Catholic", "Golden Dawn")
const adjectives = readIndex('adj');
const wordNames = [
  ...new Set(
    [...englishGiven].filter(
      (w) =>
        /^[a-z]{3,}$/.test(w) && english.has(w) && capitalised.has(w) && !builtIn.has(w) && !oneWordPlaces.has(w) && !organisationsAndDemonyms.has(w) &&
        !PARTICLES.has(w) && !cueWords.has(w) && !MONTHS_AND_DAYS.has(w) && !NOT_NAMES.has(w) && !adjectives.has(w),
    ),
  ),
].sort();
process.stdout.write(
  `${JSON.stringify({
    $comment: `Given names as folded keys (src/extract/fold.ts): ${kept.length} keys derived by scripts/derive-given-names.mjs from ${faker.name}@${faker.version} (licence ${faker.license}), its Russian and Ukrainian names romanized by scripts/romanize-cyrillic.mjs, and ${gender.name}@${gender.version} (licence ${gender.license}), filtered by ${dictionary.name}@${dictionary.version} and the built-in places and organisations. A signal that a word is a given name, nothing more. Regenerate, do not edit by hand.`,
    given_names: kept,
    $plain_names: 'Given names of the same sources and filters whose folded key alone is an English word\'s ("jared" as "jarred", "scott" as "scot"): read by the word in lower case, not by its key.',
    plain_names: plainOnly,
    $place_names: 'English-language given names of the same sources that are one-word places of the built-in data (places.json, subdivisions.json, cities.json) and no English word, organisation or demonym, left out of given_names: "Jordan", "Nelson", "Victoria".',
    place_names: placeNames,
    $word_names: 'English-language given names of the same sources that are English words too and that the dictionary also lists capitalised ("martin", "victor", "grace"), without built-in names, particles and the cue tables\' words: a given name only before a capitalised word that is no common word (src/extract/mentions/facts.ts). Lower case, as written.',
    word_names: wordNames,
  }).replace(/","/g, '",\n"')}\n`,
);
