// Derives src/extract/data/divisions.json (the English names of the world's administrative divisions that
// ISO 3166-2 codes, first and second level: provinces, districts, counties … → country) from Unicode CLDR's
// English subdivision names as published in the npm package cldr-subdivisions-full (a devDependency, pinned
// to an exact version; Unicode License v3): after `npm ci`,
//   node bin/run-ts.mjs scripts/derive-divisions.mjs [node_modules/cldr-subdivisions-full] [/usr/share/dict/words] > src/extract/data/divisions.json
// The word list is Debian's wamerican (SCOWL; `apt-get install wamerican`); people's names come from the
// lexicon of compromise (MIT, a devDependency).
// CLDR names divisions as English text writes them ("Ituri", "Basilan", "Nimruz"), where ISO 3166-2 gives
// the local form ("Nīmrōz"). Kept: names that start with a capital, have no digits and no marks of
// punctuation but the hyphen, the apostrophe and the full stop, and at least 4 letters (5 for one word).
// Not kept:
// - the divisions of a country CLDR names more than MAX_PER_COUNTRY of (there it names municipalities,
//   boroughs or communes: the United Kingdom, Slovenia, Latvia, France …);
// - a one-word name that is a plain word: a generic geographic word, an English word in lower case in the
//   word list ("Centre"), a demonym ("Chechen"), a given name (cues.json given_names, given-names.json:
//   "Angus", "Aurora"), or a word compromise's lexicon knows as anything but a place ("Kerry" is a surname
//   as often as a county), or a people's name that CLDR gives for a longer subdivision name of the same
//   country (CLDR's short forms of Russia's republics: "Buryat" of "Republic of Buryatia", a word's
//   beginning; "Chuvash" of "Chuvash Republic", "Jewish" of "Jewish Autonomous Oblast", a word before
//   "Republic" or "Autonomous": no places), but not the short name of a division whose full name goes on
//   ("Michoacán" of "Michoacán de Ocampo", "Leningrad" of "Leningrad Oblast", "Sulawesi" of "Sulawesi Utara");
// - a name with a comma (a merged council's "Armagh, Banbridge and Craigavon");
// - a name places.json, subdivisions.json or cities.json already gives, in any spelling (theirs wins), and
//   a name two countries' divisions share (the name alone does not say which).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { country, data, demonyms, englishWords, GENERIC, given, lexicon, PLACE_TAGS, placeSpellings, plain } from './place-names.mjs';
import { foldToken } from '../src/extract/fold.ts';

const MAX_PER_COUNTRY = 110;
// (subdivisions.json names some countries as country-region-data does)
const SUBDIVISION_COUNTRY = { Russia: 'Russian Federation' };

const dir = process.argv[2] ?? 'node_modules/cldr-subdivisions-full';
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
const names = JSON.parse(readFileSync(join(dir, 'subdivisions', 'en', 'en.json'), 'utf8')).subdivisions.localeDisplayNames.subdivisions;
const english = englishWords(process.argv[3]);
/** compromise's lexicon knows the word, as something other than a place (a name, a demonym, an adjective). */
const lexiconWord = (name) => {
  const t = lexicon[name.toLowerCase()];
  if (t === undefined) return false;
  const tags = Array.isArray(t) ? t : [t];
  return !tags.some((x) => PLACE_TAGS.has(x));
};
const givenKeys = new Set(data('given-names.json').given_names);
const known = new Set(placeSpellings);
const longerNames = new Map(); // country → its longer subdivision names, as lists of words
for (const [s, c] of Object.entries(data('subdivisions.json').subdivisions)) {
  known.add(plain(s));
  const words = s.split(/[\s-]+/);
  if (words.length > 1) longerNames.set(c, [...(longerNames.get(c) ?? []), words]);
}
const PEOPLE_HEADS = new Set(['Republic', 'Autonomous']);
const opensLongerName = (name, c) =>
  (longerNames.get(c) ?? []).some((ws) => ws.some((w, i) => w.startsWith(name) && (w !== name || PEOPLE_HEADS.has(ws[i + 1]))));
for (const [c, row] of Object.entries(data('cities.json').cities)) for (const v of [c, ...row.slice(1)]) known.add(plain(v));

const goodName = (name) => {
  const letters = name.replace(/[^\p{L}]/gu, '');
  const parts = name.split(/[\s-]+/);
  if (letters.length < (parts.length === 1 ? 5 : 4) || !/^\p{Lu}/u.test(name) || /[^\p{L}\s.'’-]/u.test(name)) return false;
  if (parts.length === 1) {
    const l = name.toLowerCase();
    if (GENERIC.has(l) || english.has(l) || english.has(plain(name)) || demonyms.has(name) || given.has(l) || givenKeys.has(foldToken(name)) || lexiconWord(name)) return false;
  }
  return !parts.every((w) => GENERIC.has(w.toLowerCase()));
};

const perCountry = new Map();
for (const code of Object.keys(names)) perCountry.set(code.slice(0, 2), (perCountry.get(code.slice(0, 2)) ?? 0) + 1);
const byName = new Map(); // name → the countries whose divisions bear it
for (const [code, name] of Object.entries(names)) {
  if (perCountry.get(code.slice(0, 2)) > MAX_PER_COUNTRY) continue;
  if (!goodName(name) || known.has(plain(name))) continue;
  const cc = code.slice(0, 2).toUpperCase();
  const list = byName.get(name) ?? new Set();
  list.add(cc);
  byName.set(name, list);
}
const out = {};
for (const [name, ccs] of [...byName].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  if (ccs.size !== 1) continue;
  const c = country([...ccs][0]);
  if (!/[\s-]/.test(name) && (opensLongerName(name, c) || opensLongerName(name, SUBDIVISION_COUNTRY[c] ?? c))) continue;
  // the spelling without its marks as a variant ("Michoacan"), made as derive-cities.mjs makes the cities'
  const bare = name.normalize('NFKD').replace(/\p{M}/gu, '');
  out[name] = bare === name ? [c] : [c, bare];
}
process.stderr.write(`${Object.keys(out).length} divisions\n`);
process.stdout.write(
  `${JSON.stringify(
    {
      $comment: `English names of the world's administrative divisions (ISO 3166-2, first and second level; name → [country, its spelling without marks where it differs]), derived by scripts/derive-divisions.mjs from Unicode CLDR's English subdivision names (© Unicode, Inc., Unicode License v3, https://www.unicode.org/license.txt; selected, see the script) in ${pkg.name}@${pkg.version}, without the names places.json, subdivisions.json and cities.json give. General reference data: regenerate, do not edit by hand.`,
      divisions: out,
    },
    null,
    0,
  ).replace(/\],"/g, '],\n"')}\n`,
);
