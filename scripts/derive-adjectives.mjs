// Derives src/extract/data/adjectives.json: capitalised adjectives that are never places by themselves, the
// demonyms demonyms.json does not list and the English names of languages ("in Argentine history", "a
// statement in Arabic"). Sources: the Demonym words of the lexicon of compromise (MIT, a devDependency) and
// the English names of the ISO 639-1 languages from Unicode CLDR as Node's ICU gives them
// (Intl.DisplayNames; Unicode License v3):
//   node scripts/derive-adjectives.mjs > src/extract/data/adjectives.json
// Not kept: a plural form ("Afghans": the singular is kept), a name that is also a place in places.json,
// subdivisions.json (or a word of a subdivision's name), cities.json or divisions.json, in any spelling
// ("Tonga", "Komi" of "Komi Republic"), a name of fewer than
// four letters, and a name of more than one word.
import { data, lexicon, placeSpellings, plain } from './place-names.mjs';

const places = new Set(placeSpellings);
// (and every word of a subdivision's name: "Komi" of "Komi Republic", "Afar" of "Afar Region" name places)
for (const s of Object.keys(data('subdivisions.json').subdivisions)) for (const w of [s, ...s.split(/[\s-]+/)]) places.add(plain(w));
for (const [c, row] of Object.entries(data('cities.json').cities)) for (const v of [c, ...row.slice(1)]) places.add(plain(v));
for (const d of Object.keys(data('divisions.json').divisions)) places.add(plain(d));
const demonyms = new Set(Object.keys(data('demonyms.json')).map((k) => k.toLowerCase()));

const candidates = new Set();
// compromise's demonyms, singular
const demonymWords = new Set(Object.entries(lexicon).filter(([, t]) => [t].flat().includes('Demonym')).map(([w]) => w));
for (const w of demonymWords) {
  if ((w.endsWith('s') && demonymWords.has(w.slice(0, -1))) || (w.endsWith('es') && demonymWords.has(w.slice(0, -2))) || (w.endsWith('ies') && demonymWords.has(`${w.slice(0, -3)}y`))) continue;
  candidates.add(w.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase()));
}
// the English names of the ISO 639-1 languages
const language = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const a = 'abcdefghijklmnopqrstuvwxyz';
for (const x of a) for (const y of a) {
  const name = language.of(x + y);
  if (name) candidates.add(name);
}
const out = [...candidates]
  .filter((n) => /^\p{Lu}\p{L}{3,}$/u.test(n) && !demonyms.has(n.toLowerCase()) && !places.has(plain(n)))
  .sort();
process.stdout.write(
  `${JSON.stringify(
    {
      $comment: `Capitalised adjectives that are no places by themselves: demonyms that demonyms.json does not list (compromise's lexicon, MIT) and the English names of languages (Unicode CLDR via Node's ICU ${process.versions.icu}, Unicode License v3), without names that are also places; derived by scripts/derive-adjectives.mjs. General reference data: regenerate, do not edit by hand.`,
      adjectives: out,
    },
    null,
    0,
  ).replace(/","/g, '",\n"')}\n`,
);
