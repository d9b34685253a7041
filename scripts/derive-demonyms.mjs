// Derives src/extract/data/demonyms.json (the English demonyms of the world's states and territories → the
// place each names, as places.json names it: "Togolese" → "Togo", "Ivorian" → "Ivory Coast") from the
// countries table of mledoze/countries (https://github.com/mledoze/countries) as published in the npm package
// world-countries (5.1.0; its data under the ODC Open Database License 1.0, ODbL: demonyms.json is a derived
// database of it, see src/extract/data/README.md), and the hand-kept demonyms below (general knowledge), which
// win. The package is a devDependency, pinned to an exact version; after `npm ci`,
//   node scripts/derive-demonyms.mjs [package/countries.json] > /tmp/demonyms.json && mv /tmp/demonyms.json src/extract/data/
// (through a file elsewhere: place-names.mjs reads demonyms.json as the script starts)
// (the path defaults to node_modules/world-countries/countries.json).
// Kept: each country's English demonyms (demonyms.eng, m and f; "Antiguan, Barbudan" and "Kittitian or
// Nevisian" are two each), the place being places.json's canonical name for the country's ISO code (Unicode
// CLDR's English name as Node's ICU gives it, or the package's common or official name, in any spelling
// places.json gives: "Türkiye" → "Turkey"). Not kept:
// - a demonym of a country places.json does not know (Bouvet Island, Åland Islands …: no canonical place);
// - a demonym that is the country's (common or canonical) name or a word of it ("Djibouti", "Gibraltar",
//   "Vatican" of "Vatican City": the name, not an adjective), unless only a state's form follows it ("Czech"
//   of "Czech Republic", "Central African" of "Central African Republic");
// - a demonym that is a place's name in any spelling of places.json, subdivisions.json, cities.json or
//   divisions.json (a place stays a place);
// - a demonym several countries share, unless exactly one of them is a sovereign state, which keeps it
//   ("French": France, not the French Southern Lands; "Congolese", "Dominican", "Virgin Islander" are left
//   out: the word alone does not say which); a one-word demonym that ends another country's demonym is shared
//   with it ("Guinean": Guinea, "Equatorial Guinean", "Papua New Guinean"; "Samoan" stays Samoa's, the one
//   sovereign state of Samoa and American Samoa);
// - a demonym that is not capitalised letters, spaces and hyphens.
// Then the regenerated derived tables that read demonyms.json (adjectives.json, common-words.json,
// given-names.json, cities.json, divisions.json, list-organisations.json, state-bodies.json; see
// src/extract/data/README.md) are to be made again by their scripts.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { country, data, plain } from './place-names.mjs';

/**
 * Hand-kept demonyms (general knowledge), which win over the package's: the forms reporting writes that the
 * package spells otherwise or lacks ("Saudi", "Tajik", "Kyrgyz", "Filipina", "Chechen" → Russia), and the
 * demonyms Dossier kept by hand before this table was derived.
 */
const HAND = {
  Afghan: 'Afghanistan',
  Algerian: 'Algeria',
  American: 'United States',
  Australian: 'Australia',
  Bahraini: 'Bahrain',
  Bangladeshi: 'Bangladesh',
  Belgian: 'Belgium',
  British: 'United Kingdom',
  Burmese: 'Myanmar',
  Cameroonian: 'Cameroon',
  Canadian: 'Canada',
  Chadian: 'Chad',
  Chechen: 'Russia',
  Chinese: 'China',
  Danish: 'Denmark',
  Dutch: 'Netherlands',
  Egyptian: 'Egypt',
  Emirati: 'United Arab Emirates',
  Ethiopian: 'Ethiopia',
  Filipina: 'Philippines',
  Filipino: 'Philippines',
  French: 'France',
  German: 'Germany',
  Greek: 'Greece',
  Indian: 'India',
  Indonesian: 'Indonesia',
  Iranian: 'Iran',
  Iraqi: 'Iraq',
  Israeli: 'Israel',
  Italian: 'Italy',
  Japanese: 'Japan',
  Jordanian: 'Jordan',
  Kenyan: 'Kenya',
  Kuwaiti: 'Kuwait',
  Lebanese: 'Lebanon',
  Libyan: 'Libya',
  Malaysian: 'Malaysia',
  Malian: 'Mali',
  Moroccan: 'Morocco',
  Mozambican: 'Mozambique',
  Nepalese: 'Nepal',
  Nepali: 'Nepal',
  Nigerian: 'Nigeria',
  Norwegian: 'Norway',
  Omani: 'Oman',
  Pakistani: 'Pakistan',
  Palestinian: 'Palestine',
  Philippine: 'Philippines',
  Qatari: 'Qatar',
  Russian: 'Russia',
  Saudi: 'Saudi Arabia',
  Somali: 'Somalia',
  Spanish: 'Spain',
  'Sri Lankan': 'Sri Lanka',
  Sudanese: 'Sudan',
  Swedish: 'Sweden',
  Syrian: 'Syria',
  Tajik: 'Tajikistan',
  Tanzanian: 'Tanzania',
  Tunisian: 'Tunisia',
  Turkish: 'Turkey',
  Ugandan: 'Uganda',
  Ukrainian: 'Ukraine',
  Uzbek: 'Uzbekistan',
  Yemeni: 'Yemen',
  // (today's spellings the package gives in an older or rarer form: "Kirghiz", "Comoran", "Cape Verdian")
  Kyrgyz: 'Kyrgyzstan',
  Kazakh: 'Kazakhstan',
  Comorian: 'Comoros',
  'Cape Verdean': 'Cape Verde',
  Maldivian: 'Maldives',
  Ecuadorian: 'Ecuador',
};

const path = process.argv[2] ?? 'node_modules/world-countries/countries.json';
const countries = JSON.parse(readFileSync(path, 'utf8'));
const pkg = JSON.parse(readFileSync(join(dirname(path), 'package.json'), 'utf8'));

// places.json: every spelling (plain) → its canonical name; and every spelling of the other place tables
const places = data('places.json');
const canonical = new Map();
for (const [group, table] of Object.entries(places)) {
  if (group.startsWith('$')) continue;
  for (const [c, vs] of Object.entries(table)) for (const v of [c, ...vs]) if (!canonical.has(plain(v))) canonical.set(plain(v), c);
}
const isCanonical = new Set([...canonical.values()]);
const placeNames = new Set(canonical.keys());
for (const s of Object.keys(data('subdivisions.json').subdivisions)) placeNames.add(plain(s));
for (const [c, row] of Object.entries(data('cities.json').cities)) for (const v of [c, ...row.slice(1)]) placeNames.add(plain(v));
for (const [d, row] of Object.entries(data('divisions.json').divisions)) for (const v of [d, ...row.slice(1)]) placeNames.add(plain(v));
for (const [d, place] of Object.entries(HAND)) if (!isCanonical.has(place)) throw new Error(`hand-kept ${d}: ${place} is no canonical name of places.json`);

/** The words that make a state's name of a demonym ("Czech Republic", "Central African Republic"). */
const STATE_FORMS = new Set(['republic', 'federation', 'confederation', 'kingdom', 'union', 'states']);
/** The demonym is one of the names or a word of one, other than before a state's form ("Djibouti", "Vatican" of "Vatican City"; not "Czech"). */
const namesCountry = (d, names) =>
  names.some((n) => {
    const words = n.split(/[\s-]+/);
    const at = words.findIndex((_, i) => words.slice(i, i + d.split(' ').length).join(' ') === d);
    if (at < 0) return false;
    const rest = [...words.slice(0, at), ...words.slice(at + d.split(' ').length)];
    return rest.length === 0 || !rest.every((w) => STATE_FORMS.has(w.toLowerCase()));
  });

/** demonym → [{ place, sovereign }] */
const found = new Map();
const dropped = [];
/** every demonym of the package, kept or not → its country (for the shared test) */
const allDemonyms = new Map();
for (const c of countries) {
  const place = [country(c.cca2), c.name.common, c.name.official].map((n) => canonical.get(plain(n))).find((x) => x !== undefined);
  const eng = c.demonyms?.eng;
  if (!eng) continue;
  const names = new Set([eng.m, eng.f].flatMap((d) => (d ?? '').split(/,\s*|\s+or\s+/)).map((d) => d.trim()).filter(Boolean));
  for (const d of names) allDemonyms.set(d, { place: place ?? c.name.common, sovereign: c.independent === true });
  if (!place) {
    if (names.size) dropped.push(`${[...names].join('/')} (${c.name.common}: no place)`);
    continue;
  }
  for (const d of names) {
    if (!/^\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*)*$/u.test(d)) dropped.push(`${d} (not a capitalised name)`);
    else if (namesCountry(d, [c.name.common, place])) dropped.push(`${d} (the country's name)`);
    else if (placeNames.has(plain(d))) dropped.push(`${d} (a place's name)`);
    else {
      if (!found.has(d)) found.set(d, []);
      const rows = found.get(d);
      if (!rows.some((r) => r.place === place)) rows.push({ place, sovereign: c.independent === true });
    }
  }
}

// (a one-word demonym that ends another country's demonym is shared with it too: "Guinean" of Guinea,
// "Equatorial Guinean", "Papua New Guinean"; "Samoan" of Samoa and "American Samoan")
for (const [d, rows] of found)
  if (!d.includes(' '))
    for (const [o, { place, sovereign }] of allDemonyms) if (o.endsWith(` ${d}`) && !rows.some((r) => r.place === place)) rows.push({ place, sovereign });
const out = new Map();
for (const [d, rows] of found) {
  const sovereign = rows.filter((r) => r.sovereign);
  const one = rows.length === 1 ? rows[0] : sovereign.length === 1 ? sovereign[0] : undefined;
  if (one) out.set(d, one.place);
  else dropped.push(`${d} (shared: ${rows.map((r) => r.place).join(', ')})`);
}
for (const [d, place] of Object.entries(HAND)) out.set(d, place);
if (process.env.VERBOSE) for (const x of dropped) process.stderr.write(`dropped ${x}\n`);

const sorted = [...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
process.stdout.write(
  `${JSON.stringify(
    {
      $comment: `Demonyms → the state or territory each names (${sorted.length}), as places.json names it. Demonyms are never place mentions; they resolve an authority written as '<demonym> government/authorities' to its state. Derived by scripts/derive-demonyms.mjs from mledoze/countries as the npm package ${pkg.name} ${pkg.version} publishes it (ODC Open Database License 1.0: this table is a derived database under the ODbL, see src/extract/data/README.md) and the hand-kept demonyms in the script, which win. General reference data: regenerate, do not edit by hand.`,
      ...Object.fromEntries(sorted),
    },
    null,
    1,
  )}\n`,
);
