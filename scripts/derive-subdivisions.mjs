// Derives src/extract/data/subdivisions.json (first-level subdivisions of the world's countries) from the npm
// package country-region-data (MIT, © Benjamin Keen; https://github.com/country-regions/country-region-data).
// The package is not a dependency: unpack it anywhere (`npm pack country-region-data@4.1.0 && tar xzf …`) and
//   node scripts/derive-subdivisions.mjs path/to/package [/usr/share/dict/words] > src/extract/data/subdivisions.json
// The word list is Debian's wamerican (SCOWL; `apt-get install wamerican`).
// Kept: names of countries the package lists at most 100 regions for (above that it lists municipalities or
// boroughs: United Kingdom, Slovenia, Latvia), of 4+ letters (5+ for one word), without digits, commas or slashes, and not a plain
// word: not a generic geographic word, not an English word in lower case in the word list ("Source"), not a
// demonym (src/extract/data/demonyms.json: "Somali"). Places that are also given names (Virginia, Victoria)
// are kept.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node scripts/derive-subdivisions.mjs <country-region-data package dir>');
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
const data = JSON.parse(readFileSync(join(dir, 'data.json'), 'utf8'));
const english = new Set(readFileSync(process.argv[3] ?? '/usr/share/dict/words', 'utf8').split('\n').filter((w) => w && w === w.toLowerCase()));
const demonyms = new Set(Object.keys(JSON.parse(readFileSync(new URL('../src/extract/data/demonyms.json', import.meta.url), 'utf8'))));
const GENERIC = new Set(
  'central capital centre center north south east west northern southern eastern western coast coastal islands island lakes lake upper lower middle mountain mountains valley river highlands plateau interior littoral national district city region province'.split(' '),
);
const plainWord = (w) => {
  const l = w.toLowerCase();
  return GENERIC.has(l) || english.has(l) || demonyms.has(w);
};
const out = {};
for (const c of data) {
  if (c.regions.length > 100) continue;
  for (const { name } of c.regions) {
    const letters = name.replace(/[^\p{L}]/gu, '');
    const oneWord = !/[\s-]/.test(name);
    if (letters.length < (oneWord ? 5 : 4) || /[\d,()/]/.test(name)) continue;
    if (oneWord && plainWord(name)) continue;
    if (name.split(/[\s-]+/).every((w) => GENERIC.has(w.toLowerCase()))) continue;
    if (!(name in out)) out[name] = c.countryName;
  }
}
process.stdout.write(
  `${JSON.stringify(
    {
      $comment: `First-level subdivisions (name → country), derived by scripts/derive-subdivisions.mjs from ${pkg.name}@${pkg.version} (licence ${pkg.license}, © Benjamin Keen, https://github.com/country-regions/country-region-data). General reference data: regenerate, do not edit by hand.`,
      subdivisions: out,
    },
    null,
    0,
  ).replace(/","/g, '",\n"')}\n`,
);
