// What derive-cities.mjs and derive-divisions.mjs share: the tables and word lists that keep a plain word,
// a demonym, a given name or a name the built-in tables already give out of a derived place table, and the
// English name of a country by its ISO code.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

/** A bundled table of src/extract/data, parsed. */
export const data = (f) => JSON.parse(readFileSync(new URL(`../src/extract/data/${f}`, import.meta.url), 'utf8'));

/** The lower-case words of a word list (Debian's wamerican by default): English words, not names. */
export const englishWords = (path = '/usr/share/dict/words') => new Set(readFileSync(path, 'utf8').split('\n').filter((w) => w && w === w.toLowerCase()));

/** compromise's English lexicon (MIT, a devDependency) and the tags it gives places. */
export const lexicon = /** @type {{ one: { lexicon: Record<string, string | string[]> } }} */ (nlp.model()).one.lexicon;
export const PLACE_TAGS = new Set(['Place', 'Region', 'City', 'Country']);

export const demonyms = new Set(Object.keys(data('demonyms.json')));
export const given = new Set(data('cues.json').given_names.map((g) => g.toLowerCase()));
export const GENERIC = new Set(
  'central capital centre center north south east west northern southern eastern western coast coastal islands island lakes lake upper lower middle mountain mountains valley river highlands plateau interior littoral national district city region province town village new old saint san santa'.split(
    ' ',
  ),
);

/** A name without case, marks and separators, as the matcher compares spellings. */
export const plain = (s) => s.normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();

/** Every spelling places.json gives (plain); countryOf: its canonical country by a country's name or variant. */
export const placeSpellings = new Set();
const countryOf = new Map();
for (const [group, table] of Object.entries(data('places.json'))) {
  if (group.startsWith('$')) continue;
  for (const [c, vs] of Object.entries(table)) {
    for (const v of [c, ...vs]) {
      placeSpellings.add(plain(v));
      if (group === 'countries') countryOf.set(v, c);
    }
  }
}

const regionName = new Intl.DisplayNames(['en'], { type: 'region' });
// (CLDR's short names that places.json spells otherwise)
const CLDR = { CD: 'Democratic Republic of the Congo', CG: 'Republic of the Congo', PS: 'Palestine', HK: 'Hong Kong', MO: 'Macau' };
/** A country by its ISO code: Unicode CLDR's English name (Intl.DisplayNames), or places.json's canonical for it. */
export const country = (code) => {
  const n = (CLDR[code] ?? regionName.of(code) ?? code).replace(/\s*\(.*\)$/, '').replace(/’/g, "'");
  return countryOf.get(n) ?? n;
};
