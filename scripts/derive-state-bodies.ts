// Derives src/extract/data/state-bodies.json (national state bodies: intelligence and security services and
// legislatures, name → aliases, country, kind) from the two source copies in data/state-bodies:
//   node bin/run-ts.mjs scripts/derive-state-bodies.ts > src/extract/data/state-bodies.json
//
// Sources (see data/state-bodies/README.md for commits and licences, both CC0):
// - misp-galaxy-intelligence-agencies.json: MISP galaxy's "Intelligence Agencies" cluster, built from English
//   Wikipedia's "List of intelligence agencies": one value per agency (its Wikipedia title), its country, a
//   description "English name (ACR) – native name" and native-name synonyms.
// - everypolitician-countries.json: EveryPolitician's countries.json (every country's legislatures by name),
//   reduced to the names, countries and legislatures.
//
// Why: news and encyclopedia texts name these bodies bare ("the Federal Security Service", "the Knesset",
// "Russian Duma speaker", "ISI") with nothing in the sentence that marks them as organisations.
//
// Precision filters (a name is matched in any text, so it must name one kind of body and never be a plain
// word): Latin script only; one-word names that are English words (dictionary-en, as derive-given-names)
// or near-spellings of one ("Sénat") are dropped; names of legislatures whose every word is an English word
// ("National Assembly", "House of Representatives", "Senate") are kept only when one country's legislature
// bears it and it has three words or more ("National People's Congress", "House of Keys"), as two-word
// ones ("National Council", "Legislative Assembly") name many bodies, and so do an agency's ("Border Guard",
// "Military Intelligence", "Special Branch", which also open longer names: "Border Guard Bangladesh"); an agency is kept only when its
// description spells its name (the list sometimes links a parent body, "Indian Army" for its Directorate of
// Military Intelligence); an agency name that several countries' agencies share ("Intelligence Bureau") is
// one entry without a country (still an organisation wherever it is written with capitals); a
// Wikipedia qualifier "(Russia)" is dropped. Acronyms (from the description's brackets, "Security
// Service/MI5"): three characters or more, not an English word, not shared by two bodies. Any name that the
// built-in places, subdivisions, organisations or list organisations give another entity is dropped (the
// built-in data wins); a canonical that organisations.json knows under another spelling takes that one.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { nameKey } from '../src/extract/gazetteer.ts';

const ROOT = new URL('../', import.meta.url);
const readJson = (p: string) => JSON.parse(readFileSync(new URL(p, ROOT), 'utf8')) as unknown;
const organisations = readJson('src/extract/data/organisations.json') as Record<string, string[]>;
const places = readJson('src/extract/data/places.json') as Record<string, Record<string, string[]>>;
const subdivisions = (readJson('src/extract/data/subdivisions.json') as { subdivisions: Record<string, string> }).subdivisions;
const listOrgs = (readJson('src/extract/data/list-organisations.json') as { organisations: Record<string, { aliases: string[] }> })
  .organisations;
const demonyms = readJson('src/extract/data/demonyms.json') as Record<string, unknown>;

const require = createRequire(import.meta.url);
const dictDir = require.resolve
  .paths('dictionary-en')!
  .map((p) => join(p, 'dictionary-en'))
  .find((d) => existsSync(join(d, 'index.dic')));
if (!dictDir) throw new Error('dictionary-en is not installed (npm install)');
const plain = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const english = new Set<string>();
for (const line of readFileSync(join(dictDir, 'index.dic'), 'utf8').split('\n').slice(1)) {
  const w = line.split('/')[0]!.trim();
  if (w && w === w.toLowerCase()) english.add(plain(w));
}
/** A word English writes in lower case, as listed or inflected (the Hunspell list holds stems: "deputies", "states"). */
const isEnglishWord = (w: string) => {
  const p = plain(w).replace(/['’]s$/, '');
  return [p, p.replace(/s$/, ''), p.replace(/es$/, ''), p.replace(/ies$/, 'y'), p.replace(/ed$/, ''), p.replace(/ing$/, '')].some((x) => english.has(x));
};
/** An English word, or a spelling of one a letter off at the end ("Sénat"). */
const englishLike = (w: string) => isEnglishWord(w) || english.has(`${plain(w)}e`);

// the built-in names: key → canonical (places first, then organisations, subdivisions, list organisations)
const builtin = new Map<string, string>();
const addB = (n: string, c: string) => {
  const k = nameKey(n);
  if (k && !builtin.has(k)) builtin.set(k, c);
};
for (const [g, table] of Object.entries(places))
  if (!g.startsWith('$')) for (const [c, vs] of Object.entries(table)) for (const n of [c, ...vs]) addB(n, `place:${c}`);
for (const [c, vs] of Object.entries(organisations)) if (!c.startsWith('$')) for (const n of [c, ...vs]) addB(n, c);
for (const n of Object.keys(subdivisions)) addB(n, `place:${n}`);
for (const [c, { aliases }] of Object.entries(listOrgs)) for (const n of [c, ...aliases]) addB(n, c);
for (const d of Object.keys(demonyms)) if (!d.startsWith('$')) addB(d, `demonym:${d}`);

const LATIN = /^[\p{Script=Latin}\p{M}\d\s'’.&-]+$/u;
const words = (s: string) => s.split(/[\s-]+/).filter((w) => /\p{L}/u.test(w));
/** Not a plain word: two words or more, or one that is no English word and no spelling of one. */
const nameLike = (s: string) => LATIN.test(s) && s.length >= 4 && (words(s).length >= 2 || !englishLike(s));
const ACRONYM = /^[A-Z][A-Z\d&]{1,7}$/;
const acronymLike = (s: string) => ACRONYM.test(s) && s.replace(/[^\p{L}\d]/gu, '').length >= 3 && !isEnglishWord(s);
const tidy = (s: string) =>
  s
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\(page does not exist\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
/** A Wikipedia title without its qualifier: "Federal Security Service (Russia)" → Federal Security Service. */
const unqualified = (s: string) => s.replace(/\s*\([^()]*\)\s*$/, '').trim();

interface Body {
  canonical: string;
  names: Set<string>;
  acronyms: Set<string>;
  countries: Set<string>;
  kind: 'intelligence' | 'legislature';
}
const bodies = new Map<string, Body>(); // by canonical's key
function body(canonical: string, kind: Body['kind'], country: string): Body {
  const k = nameKey(canonical);
  let b = bodies.get(k);
  if (!b) bodies.set(k, (b = { canonical, names: new Set(), acronyms: new Set(), countries: new Set(), kind }));
  b.countries.add(country);
  return b;
}

// --- intelligence and security services (MISP galaxy) ----------------------------------------------------
const intel = readJson('data/state-bodies/misp-galaxy-intelligence-agencies.json') as {
  values: { value: string; description?: string; meta?: { country_name?: string; synonyms?: string[] } }[];
};
for (const v of intel.values) {
  const name = unqualified(tidy(v.value));
  const desc = tidy(v.description ?? '');
  const country = v.meta?.country_name ?? '';
  // (a ministry is a parent body; "Director of National Intelligence" is an office, a person's title)
  if (!nameLike(name) || /^(Ministry|Department|Director|Minister|Secretary|Head|Chief)\b/.test(name) || /\(/.test(name)) continue;
  if (!plain(desc).includes(plain(name))) continue; // the entry links another body than it describes
  // (two English words name a part of many bodies: "Border Guard" of "Border Guard Bangladesh", "Special Branch")
  if (words(name).length < 3 && words(name).every(isEnglishWord)) continue;
  const b = body(name, 'intelligence', country);
  // acronyms: "(FSB)", "(DGSE; Direction …)", "Security Service/MI5", "(SIS)/MI6"
  for (const m of desc.matchAll(/\(([^()]+)\)|\/\s*([\p{Lu}][\p{Lu}\d]+)\b/gu)) {
    const part = (m[1] ?? m[2]!).split(/[;,]/)[0]!.trim();
    if (acronymLike(part)) b.acronyms.add(part);
  }
  for (const s of v.meta?.synonyms ?? []) {
    const t = tidy(s);
    if (nameLike(t) && !/[()]/.test(t) && t !== name) b.names.add(t);
  }
}

// --- legislatures (EveryPolitician) -----------------------------------------------------------------------
// EveryPolitician names a legislature as its own site or Wikidata's label does, often in its language
// ("Duma", "Alþingi", "Tweede Kamer"); Dossier's canonical names are English Wikipedia's article titles, so
// these take the title (general knowledge, written for Dossier) and keep the source's name as an alias.
// A title is a name of its own: it is kept even where its words are all English ("Legislative Yuan").
const TITLES: Record<string, string> = {
  'Russia|Duma': 'State Duma',
  'Iceland|Alþingi': 'Althing',
  'Iran|Majles': 'Islamic Consultative Assembly',
  'Albania|Kuvendi': 'Parliament of Albania',
  'Kosovo|Kuvendit': 'Assembly of the Republic of Kosovo',
  'Croatia|Sabor': 'Croatian Parliament',
  'Finland|Eduskunta': 'Parliament of Finland',
  'Austria|Nationalrat': 'National Council (Austria)',
  'Netherlands|Tweede Kamer': 'House of Representatives (Netherlands)',
  'Japan|Shūgiin': 'House of Representatives (Japan)',
  'Afghanistan|Wolesi Jirga': 'House of the People (Afghanistan)',
  'Bangladesh|Jatiyo Sangshad': 'Jatiya Sangsad',
  'Indonesia|Dewan Perwakilan Rakyat': 'House of Representatives (Indonesia)',
  'Macedonia|Sobranie': 'Assembly of North Macedonia',
  'Montenegro|Skupština': 'Parliament of Montenegro',
  'Slovenia|Državni zbor': 'National Assembly (Slovenia)',
  'Hungary|Országgyűlés': 'National Assembly (Hungary)',
  'Maldives|Majlis': "People's Majlis",
  'Turkmenistan|Mejlis': 'Assembly of Turkmenistan',
  'Moldova|Parlament': 'Parliament of Moldova',
  'Samoa|Fono': 'Legislative Assembly of Samoa',
  'Spain|Congreso de los Diputados': 'Congress of Deputies',
  'Åland|Lagting': 'Parliament of Åland',
  'Liechtenstein|Landtag': 'Landtag of Liechtenstein',
  'Turkey|Grand National Assembly': 'Grand National Assembly of Turkey',
  'Taiwan|Legislative Yuan': 'Legislative Yuan',
  'Wales|National Assembly for Wales': 'Senedd',
  'Argentina|Cámara de Diputados': 'Argentine Chamber of Deputies',
  'Argentina|Cámara de Senadores': 'Argentine Senate',
  'Colombia|Senado': 'Senate of Colombia',
  'Colombia|Cámara de Representantes': 'Chamber of Representatives of Colombia',
  'Timor Leste|Parlamento': 'National Parliament (East Timor)',
};
/** Source names that are a language's word for a parliament (many bodies bear them): no alias of the title. */
const COMMON_NOUNS = new Set(['Majlis', 'Mejlis', 'Parlament', 'Parlamento', 'Senado', 'Landtag', 'Skupština', 'Sobranie']);
const countries = readJson('data/state-bodies/everypolitician-countries.json') as { country: string; legislatures: { name: string }[] }[];
const legislatureCount = new Map<string, number>();
for (const c of countries) for (const l of c.legislatures) legislatureCount.set(nameKey(l.name), (legislatureCount.get(nameKey(l.name)) ?? 0) + 1);
for (const c of countries)
  for (const l of c.legislatures) {
    const name = tidy(l.name).replace(/’/g, "'");
    const title = TITLES[`${c.country}|${l.name}`];
    const generic = words(name).every((w) => isEnglishWord(w) || /^(of|the|and)$/i.test(w));
    const kept = nameLike(name) && !(generic && (legislatureCount.get(nameKey(name))! > 1 || words(name).length < 3));
    if (!kept && !title) continue;
    const b = body(title ?? name, 'legislature', c.country);
    if (title && kept && title !== name && !COMMON_NOUNS.has(name)) b.names.add(name);
  }

// --- names: drop what the built-in data or another body claims ---------------------------------------------
const claims = new Map<string, Set<string>>(); // a name's key → the canonical keys that give it
for (const [bk, b] of bodies)
  for (const n of [b.canonical, ...b.names, ...b.acronyms]) {
    const k = nameKey(n);
    if (!claims.has(k)) claims.set(k, new Set());
    claims.get(k)!.add(bk);
  }
const out: Record<string, { aliases: string[]; country: string | null; kind: string }> = {};
const sorted = [...bodies.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.canonical.localeCompare(b.canonical));
for (const b of sorted) {
  const own = builtin.get(nameKey(b.canonical));
  if (own?.includes(':')) continue; // a place or demonym
  const canonical = own ?? b.canonical;
  const aliases: string[] = [];
  if (own && own !== b.canonical) aliases.push(b.canonical);
  for (const n of [...b.names, ...b.acronyms]) {
    const k = nameKey(n);
    if (claims.get(k)!.size > 1) continue;
    const other = builtin.get(k);
    if (other !== undefined && other !== canonical) continue;
    if (!aliases.includes(n) && n !== canonical) aliases.push(n);
  }
  if (out[canonical]) {
    for (const a of aliases) if (!out[canonical].aliases.includes(a)) out[canonical].aliases.push(a);
    continue;
  }
  out[canonical] = { aliases, country: b.countries.size === 1 ? [...b.countries][0]! || null : null, kind: b.kind };
}

const lines = Object.entries(out).map(([c, v]) => `${JSON.stringify(c)}:${JSON.stringify(v)}`);
process.stdout.write(
  `{"$comment":${JSON.stringify(
    'National state bodies (intelligence and security services, legislatures) as reference data: name → { aliases, country (null when several countries\' bodies bear the name), kind }. Derived by scripts/derive-state-bodies.ts from data/state-bodies (MISP galaxy intelligence agencies, EveryPolitician legislatures; CC0): regenerate, do not edit by hand.',
  )},"organisations":{\n${lines.join(',\n')}}}\n`,
);
