// Mentions: gazetteer matches, acronyms learnt in the document ("Full Name (ACR)"), surnames of people
// already named, and names the gazetteer does not know, typed by general evidence (titles and roles,
// verbs of speech, organisation and place head words, place patterns, infobox labels). Every mention's
// text is body.slice(start, end).
//
// Every pass reads the tokens' typed arrays and one integer of facts per token (`tc`): which cue sets its
// word is in (titles, roles, organisation heads, stop words …), worked out once per distinct word and kept
// by word id, so a pass over the tokens makes no string, slice or set lookup per token.
import cues from './data/cues.json' with { type: 'json' };
import demonyms from './data/demonyms.json' with { type: 'json' };
import adjectives from './data/adjectives.json' with { type: 'json' };
import nameCues from './data/name-cues.json' with { type: 'json' };
import givenNames from './data/given-names.json' with { type: 'json' };
import organisations from './data/organisations.json' with { type: 'json' };
import { matchAll, type Matcher } from './matcher.ts';
import { foldToken } from './fold.ts';
import { canonicalOf, cityOf, nameKey, onlyListed, opensCity } from './gazetteer.ts';
import { GAP_HYPHEN, GAP_LINE, GAP_NONE, GAP_SPACE, W_CAP, W_DIGIT, W_UPPER, W_WORD, wordIdOf, words, type Tokens } from './tokens.ts';
/** The word id of ";" (a mark's id is its index in tokens.ts MARKS, the same in every epoch). */
const ID_SEMI = 7;
import type { ExtractedMention, MentionType } from './types.ts';
import { byStart } from './order.ts';
import { isS } from './scan.ts';
import { widened } from '../util/typed.ts';
import { levenshtein } from '../resolve/similarity.ts';
import { OFFICE_WORDS, officeHolder, officeTitle } from './known-people.ts';

const lowerSet = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
const TITLES = lowerSet([...cues.titles_excluded, ...nameCues.titles].map((t) => t.split(' ').pop()!));
const PERSON_BEFORE = new Set(nameCues.person_before);
const NAMED_AFTER = new Set(nameCues.named_after);
const NOT_AFTER = new Set(nameCues.not_after);
const NAME_TITLES = lowerSet(cues.titles_in_name);
const DROP_TITLES = lowerSet(cues.titles_dropped_from_canonical);
const ROLES = lowerSet(cues.roles);
const SPEECH = lowerSet(cues.speech_verbs);
const ORG_HEADS = lowerSet(cues.org_heads);
const ORG_LOWER = lowerSet(cues.org_lower_heads);
/** Lower-case nouns for a body's people and heads ("FSB agents", "members of the YPG", "RIM's leaders"). */
const MEMBER_NOUNS = lowerSet(cues.member_nouns);
/** Offices written as acronyms ("the PM said", "the SSP's men"): a person's post, never a body's acronym (as written). */
const OFFICE_ACRONYMS = new Set(cues.office_acronyms);
const ORG_PREFIX = lowerSet(cues.org_prefixes.map((p) => p.split(/[\s-]/)[0]!));
const GROUP_NOUNS = lowerSet(cues.group_nouns.map((g) => g.split(' ').pop()!));
const PLACE_HEADS = lowerSet(cues.place_heads);
const PLACE_LOWER = lowerSet(cues.place_lower_heads);
/** "the city of X", "the island of X": a lower-case settlement or area noun before "of" makes the name after it a place. */
const PLACE_OF = lowerSet(cues.place_of_nouns);
/** Capitalised words that, after a known subdivision, are part of its name ("Borno State"; the sets keep "Province" out of Iran's). */
const SUBDIVISION_SUFFIX = new Set(['state']);
const PLACE_PREPS = lowerSet(cues.place_preps);
const GIVEN = lowerSet(cues.given_names);
/** Given names in many languages (data/given-names.json, derived: the folded keys of fold.ts). */
const GIVEN_DERIVED = new Set(givenNames.given_names);
const GIVEN_SUFFIX = cues.given_name_suffixes;
const NOT_ENTITIES = new Set(cues.not_entities.map(nameKey));
/** Demonyms ("Afghan", "Pakistani"): adjectives, never a place, and not part of a name they open. */
/**
 * Spanish, Portuguese and French organisation heads that open a body's name ("Banco de Crédito del Perú",
 * "Asociación Mutual Israelita Argentina"), as fold keys (not those spelt as English words, Front, Forces,
 * Association: "Forces Kenya" is no name); and the connectors of such names before a place.
 */
const ROMANCE_HEADS = new Set(
  'Banco Banca Banque Asociación Associação Sociedad Organización Ejército Exército Armée Frente Partido Parti Movimiento Movimento Mouvement Fuerzas Forças Policía Polícia Confederación Federación Unión União Comando Brigada Cártel Instituto Fundación Fundação Universidad Universidade Compañía Empresa Caja Corporación'
    .split(' ')
    .map(foldToken),
);
const ROMANCE_OF = new Set(['de', 'del', 'do', 'da', 'des', 'du'].map(foldToken));
/** The heads of a party's or a movement's name, which a demonym may open ("Spanish Socialist Workers' Party"). */
const PARTY_HEADS = new Set(['party', 'movement', 'front', 'league']);
const DEMONYMS = lowerSet(Object.keys(demonyms).filter((k) => !k.startsWith('$')));
/** Other capitalised adjectives, never places alone: demonyms demonyms.json lacks, languages (derived). */
const ADJECTIVES = new Set(adjectives.adjectives);
const isDemonym = (t: Tokens, q: number) => (moreByWord[t.word[q]!]! & M_DEMONYM) !== 0;
const CONNECTORS = new Set(['of', 'and', 'the', 'for', 'in', 'al', 'ul', 'el', 'e', 'ud', 'bin', 'ibn', 'de', 'du', 'la', 'i', 'von', 'van', 'der']);
/** Particles that open a surname of two ("von der", "van der", "de la"; keys). */
const SURNAME_PARTICLES = new Set(['von', 'van', 'de']);
/** Capitalised words that start sentences or headings and are not names by themselves. */
const STOP = new Set(
  ('the a an this that these those it its in on at by for from with after before during since as but and or if when while although though ' +
    'even yet today meanwhile some all both each his her their our my your such other many most several no not there here ' +
    'what who whom which why how where then also however moreover thus still just only we they he she i you one two three four five ' +
    'six seven eight nine ten first second third last next new former late early according under over through between against among ' +
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday ' +
    'saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec islamic islamist islamists sunni shia muslim muslims hindu hindus christian christians ' +
    'jihadist jihadists global international public press media source sources released report reports chapter').split(' '),
);
/** Adjectives among STOP that can open an organisation's name (keys). */
const STOP_ADJECTIVES = new Set('islamic sunni shia muslim hindu christian jihadist global international public'.split(' '));
/** What ends right before a translation: "transl. '", "lit.'", "literally \"", or another's "' or '". */
const TRANSLATION_BEFORE = /(?:\b(?:transl|lit|literally|meaning)\.?,?\s*|['’"”] or )['‘"“]$/;
/** `['‘"“]`, TRANSLATION_BEFORE's last character: a pre-check on the code unit before a name. */
const isOpenQuote = (c: number) => c === 39 || c === 0x2018 || c === 34 || c === 0x201c;
const isCloseQuote = (c: number) => c === 39 || c === 0x2019 || c === 34 || c === 0x201d;
const QUOTES = new Set(['"', '“', '”']);
const TITLE_CASE_CONN = new Set(['Of', 'The', 'And', 'For', 'In']);
/** Compass words that open the name of a part of a region ("East Africa", "Northern Virginia"). */
const COMPASS = new Set('north south east west northern southern eastern western central'.split(' '));
/** Place heads that name a landform, a place of its own beside the place it is named after (lower case). */
const LANDFORMS = new Set('valley river mountains hills sea strait lake desert plateau'.split(' '));
/** Words that, after a group's name and a hyphen, name the group itself, not a branch (keys). */
const CORE = new Set(['Core', 'Central'].map(foldToken));
/** Groups whose branches are named with a hyphen ("ISIS-Mozambique"; see organisations.json). */
const BRANCHED = new Set(organisations.$branches);
/** Plural heads that name several bodies at once ("the Departments of Justice and the Treasury"), and their singular. */
const PLURAL_HEADS = new Map([
  ['Departments', 'Department'],
  ['Ministries', 'Ministry'],
]);
const TIME_WORDS = new Set('january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '));
const INFOBOX: Array<[RegExp, MentionType]> = [
  [/^(commanders?\d*|leaders?|founders?|founded by|led by|leader|assailants?)$/i, 'person'],
  [/^(units?\d*|combatants?\d*|belligerents?\d*|allies|opponents|perpetrators?|suspects?|accused|split from)$/i, 'organization'],
  [/^(place|location|headquarters|area of operations|active regions|country)$/i, 'place'],
];

/**
 * A mention found: already the object `findMentions` returns, its `text` filled in at the end (so a mention
 * kept costs one object). Its token range is kept apart, by its index in the list of mentions found
 * (`foundI`, `foundJ`); a mention dropped on the way keeps its place there, with canonical ''.
 */
type Found = ExtractedMention;
const mention = (start: number, end: number, type: MentionType, canonical: string, entity_id: string | null, known: boolean): Found => ({
  text: '',
  start,
  end,
  canonical,
  type,
  entity_id,
  known,
});
/** Another mention of the same entity (built field by field: object spread is slow in V8). */
const sameAs = (f: Found, start: number, end: number): Found => mention(start, end, f.type, f.canonical, f.entity_id, f.known);
// the token range of each mention found (first and last token), by its index; kept from call to call
let foundI = new Int32Array(256);
let foundJ = new Int32Array(256);

// Facts of a token's word (`tc`, one integer per token). A token past either end reads as 0 (after the
// last: see tokenFacts) or undefined (before the first), and `undefined & F` is 0: no fact holds of a
// token that is not there.
const F_WORD = 1 << 0; // letters/digits (and `&`)
const F_CAP = 1 << 1; // first character upper case
// (1 << 2: free)
const F_NAME = 1 << 3; // can be part of a name: a capitalised or upper-case word, or an ordinal (21st)
const F_CONN = 1 << 4; // CONNECTORS (key)
const F_TIME = 1 << 5; // TIME_WORDS (key)
const F_ORGHEAD = 1 << 6; // ORG_HEADS (lower case)
const F_STOP = 1 << 7; // STOP (key)
const F_TITLE = 1 << 8; // TITLES (lower case)
const F_ROLE = 1 << 9; // ROLES (lower case)
const F_SPEECH = 1 << 10; // SPEECH (as written)
const F_ORGLOWER = 1 << 11; // ORG_LOWER (as written)
const F_PLACELOWER = 1 << 12; // PLACE_LOWER (as written)
const F_PLACEPREP = 1 << 13; // PLACE_PREPS (as written)
const F_GROUPNOUN = 1 << 14; // GROUP_NOUNS (lower case)
const F_NAMETITLE = 1 << 15; // NAME_TITLES (lower case)
const F_PLACEHEAD = 1 << 16; // PLACE_HEADS (lower case)
const F_ORGPREFIX = 1 << 17; // ORG_PREFIX (lower case, up to an apostrophe)
const F_GIVEN = 1 << 18; // a given name (cues.json's list, given-names.json, an ending: see factsOf)
const F_AND = 1 << 19; // key "and" (also `&`)
const F_ARTICLE = 1 << 20; // key a, an, the
const F_THE = 1 << 21; // key "the"
const F_DISTRICT = 1 << 22; // key district, division
const F_NEFIRST = 1 << 23; // first word of a not-entity (key)
const F_THECAP = 1 << 24; // "The" as written
const F_ACRO = 1 << 25; // can be an acronym learnt in the text: [A-Z][A-Za-z]{1,7} with 2+ capitals
const F_SENTEND = 1 << 26; // . ! ? :
const F_SENTSTART = 1 << 27; // . ! ? : " “
const F_LPAREN = 1 << 28;
const F_RPAREN = 1 << 29;
const F_DOT = 1 << 30;
const F_COMMA = 1 << 31;
// More facts of a word (the F_ bits are all taken), kept by word id beside them (moreByWord): a look-up in
// a typed array where a set of strings was asked about the word's text (each a cache miss on the string)
const M_DEMONYM = 1 << 0; // DEMONYMS (lower case)
const M_NOTAFTER = 1 << 1; // NOT_AFTER (as written)
const M_STOPADJ = 1 << 2; // STOP_ADJECTIVES (key)
const M_COMPASS = 1 << 3; // COMPASS (lower case)
const M_LANDFORM = 1 << 4; // LANDFORMS (lower case)
const M_TITLECASE = 1 << 5; // TITLE_CASE_CONN (as written)
const M_HEADS = 1 << 6; // PLURAL_HEADS (as written)
const M_VENUE = 1 << 7; // VENUE_HEADS (key)
const M_VENUEMOD = 1 << 8; // VENUE_MODIFIERS (key)
const M_OF = 1 << 9; // key "of"
const M_PLACEOF = 1 << 10; // PLACE_OF (as written)
const M_OPERATION = 1 << 11; // key "operation"
const M_SUFFIX = 1 << 12; // SUBDIVISION_SUFFIX (key)
const M_AIRPORT = 1 << 13; // key "airport"
const M_DERIVED = 1 << 14; // a given name only by given-names.json (not cues.json's list nor an ending)
const M_CITY = 1 << 15; // opens a reference city's name (as written; gazetteer.ts opensCity)
const M_MEMBER = 1 << 16; // MEMBER_NOUNS (as written)
const M_ADJECTIVE = 1 << 17; // ADJECTIVES (as written)
/** The more facts of word id w (see M_*). */
function moreFactsOf(w: number): number {
  const raw = words.raw[w]!;
  const lower = words.lower[w]!;
  let b = 0;
  if (DEMONYMS.has(lower)) b |= M_DEMONYM;
  if (NOT_AFTER.has(raw)) b |= M_NOTAFTER;
  if (STOP_ADJECTIVES.has(words.key[w]!)) b |= M_STOPADJ;
  if (COMPASS.has(lower)) b |= M_COMPASS;
  if (LANDFORMS.has(lower)) b |= M_LANDFORM;
  if (TITLE_CASE_CONN.has(raw)) b |= M_TITLECASE;
  if (PLURAL_HEADS.has(raw)) b |= M_HEADS;
  if (VENUE_HEADS.has(words.key[w]!)) b |= M_VENUE;
  if (VENUE_MODIFIERS.has(words.key[w]!)) b |= M_VENUEMOD;
  if (words.key[w] === 'of') b |= M_OF;
  if (PLACE_OF.has(raw)) b |= M_PLACEOF;
  if (words.key[w] === 'operation') b |= M_OPERATION;
  if (SUBDIVISION_SUFFIX.has(words.key[w]!)) b |= M_SUFFIX;
  if (words.key[w] === 'airport') b |= M_AIRPORT;
  if (!GIVEN.has(lower) && !givenByEnding(lower, words.key[w]!) && GIVEN_DERIVED.has(words.key[w]!)) b |= M_DERIVED;
  if (opensCity(raw)) b |= M_CITY;
  if (MEMBER_NOUNS.has(raw)) b |= M_MEMBER;
  if (ADJECTIVES.has(raw)) b |= M_ADJECTIVE;
  return b;
}

/** The facts of word id w (see F_*). */
function factsOf(w: number): number {
  const raw = words.raw[w]!;
  const key = words.key[w]!;
  const lower = words.lower[w]!;
  const fl = words.flags[w]!;
  let b = 0;
  if (fl & W_WORD) {
    b |= F_WORD;
    if (fl & (W_CAP | W_UPPER) || (fl & W_DIGIT && /^\d+(st|nd|rd|th)$/.test(raw))) b |= F_NAME;
  }
  if (fl & W_CAP) b |= F_CAP;
  if (CONNECTORS.has(key)) b |= F_CONN;
  if (TIME_WORDS.has(key)) b |= F_TIME;
  if (ORG_HEADS.has(lower)) b |= F_ORGHEAD;
  if (STOP.has(key)) b |= F_STOP;
  if (TITLES.has(lower)) b |= F_TITLE;
  if (ROLES.has(lower) || (lower.endsWith('s') && ROLES.has(lower.slice(0, -1)))) b |= F_ROLE; // (or plural: "leaders")
  if (SPEECH.has(raw)) b |= F_SPEECH;
  if (ORG_LOWER.has(raw)) b |= F_ORGLOWER;
  if (PLACE_LOWER.has(raw)) b |= F_PLACELOWER;
  if (PLACE_PREPS.has(raw)) b |= F_PLACEPREP;
  if (GROUP_NOUNS.has(lower)) b |= F_GROUPNOUN;
  if (NAME_TITLES.has(lower)) b |= F_NAMETITLE;
  if (PLACE_HEADS.has(lower)) b |= F_PLACEHEAD;
  if (ORG_PREFIX.has(beforeApostrophe(lower))) b |= F_ORGPREFIX;
  // (a stop word or a demonym is no given name by the derived list alone: "Sunni", "Muslim")
  if (GIVEN.has(lower) || givenByEnding(lower, key) || (GIVEN_DERIVED.has(key) && !STOP.has(key) && !STOP.has(lower) && !DEMONYMS.has(lower))) b |= F_GIVEN;
  if (key === 'and') b |= F_AND;
  if (key === 'a' || key === 'an' || key === 'the') b |= F_ARTICLE;
  if (key === 'the') b |= F_THE;
  if (key === 'district' || key === 'division') b |= F_DISTRICT;
  if (NOT_ENTITY_FIRST.has(key)) b |= F_NEFIRST;
  if (raw === 'The') b |= F_THECAP;
  if (fl & W_WORD && /^[A-Z][A-Za-z]{1,7}$/.test(raw) && (raw.match(/[A-Z]/g) ?? []).length >= 2) b |= F_ACRO;
  if ('.!?:'.includes(raw)) b |= F_SENTEND;
  if ('.!?:"“'.includes(raw)) b |= F_SENTSTART;
  if (raw === '(') b |= F_LPAREN;
  if (raw === ')') b |= F_RPAREN;
  if (raw === '.') b |= F_DOT;
  if (raw === ',') b |= F_COMMA;
  return b;
}

// facts by word id, for words.epoch === factsEpoch: those of the first `factsCount` words
let factsEpoch = -1;
let factsByWord = new Int32Array(0);
let moreByWord = new Uint32Array(0);
let factsCount = 0;

// per token, kept from call to call (findMentions is not re-entered): the facts, and which mention covers it
let factsScratch = new Int32Array(4096);
let coverScratch = new Int32Array(4096);
// the indices of the opening brackets, in order: the passes that look only at those walk this list, not
// every token (as the passes over name words walk the tokens' `opens`: every F_NAME word is W_OPEN)
let parenList = new Int32Array(256);
let parenCount = 0;

// Sets of words for one document (acronyms learnt, surnames, short names), as a stamp per word id: word w
// is in the set stamped g when stamps[w] === g. A token is then checked without a lookup by its text.
let stampEpoch = -1;
let stamps = new Int32Array(0);
let stampGen = 0;
function newStamp(): number {
  if (stampEpoch !== words.epoch || stamps.length < words.count || stampGen > 1 << 30) {
    stamps = new Int32Array(Math.max(1024, words.count * 2));
    stampEpoch = words.epoch;
    stampGen = 0;
  }
  return ++stampGen;
}
/** Stamp the words spelt as the keys of `m` (a word no text has yet is in no document's tokens). */
function stampKeys(m: Map<string, unknown>, g: number) {
  for (const key of m.keys()) {
    const id = wordIdOf(key);
    if (id >= 0 && id < stamps.length) stamps[id] = g;
  }
}

/**
 * The facts of each token's word; the three entries past the last token are 0 (no token, no facts). Also
 * lists the opening brackets (`parenList`).
 */
function tokenFacts(t: Tokens): Int32Array {
  if (factsEpoch !== words.epoch || factsByWord.length < words.count) {
    const a = new Int32Array(Math.max(1024, words.count * 2));
    const b = new Uint32Array(a.length);
    if (factsEpoch === words.epoch) {
      a.set(factsByWord);
      b.set(moreByWord);
    } else factsCount = 0;
    factsByWord = a;
    moreByWord = b;
    factsEpoch = words.epoch;
  }
  const byWord = factsByWord;
  // every word of the table so far, this document's among them (a word's facts are worked out once)
  for (; factsCount < words.count; factsCount++) {
    byWord[factsCount] = factsOf(factsCount);
    moreByWord[factsCount] = moreFactsOf(factsCount);
  }
  const n = t.n;
  const word = t.word;
  if (factsScratch.length < n + 3) factsScratch = new Int32Array(2 * n + 3);
  if (parenList.length < n) parenList = new Int32Array(2 * n);
  const tc = factsScratch;
  const parens = parenList;
  let np = 0;
  tc[n] = tc[n + 1] = tc[n + 2] = 0;
  for (let q = 0; q < n; q++) {
    const f = byWord[word[q]!]!;
    tc[q] = f;
    if (f & F_LPAREN) parens[np++] = q;
  }
  parenCount = np;
  return tc;
}

/** The folded keys of the words among tokens i..j, joined by spaces. */
const keyOf = (t: Tokens, tc: Int32Array, i: number, j: number) => {
  let k = '';
  for (let q = i; q <= j; q++) if (tc[q]! & F_WORD) k = k ? `${k} ${words.key[t.word[q]!]!}` : words.key[t.word[q]!]!;
  return k;
};
const UPPER_FIRST = /^\p{Lu}/u;
/** `UPPER_FIRST.test(s)`, the expression run only when the first code unit is not ASCII. */
export function upperFirst(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(s);
}
/** First words of the not-entities: a run that starts with none of them is no office or designation. */
const NOT_ENTITY_FIRST = new Set([...NOT_ENTITIES].map((k) => k.split(' ')[0]!));
/** The name at tokens i..j is an office, law or designation (or starts with one). */
function notEntityAt(t: Tokens, tc: Int32Array, i: number, j: number): boolean {
  let q = i;
  while (q <= j && !(tc[q]! & F_WORD)) q++;
  if (q > j || !(tc[q]! & F_NEFIRST)) return false;
  return notEntity(keyOf(t, tc, i, j));
}
function notEntity(key: string): boolean {
  if (NOT_ENTITIES.has(key)) return true;
  for (let p = key.lastIndexOf(' '); p > 0; p = key.lastIndexOf(' ', p - 1)) if (NOT_ENTITIES.has(key.slice(0, p))) return true;
  return false;
}

/** The given-name endings of three letters or more, and their folded keys ("uddin" → "udin"). */
const GIVEN_ENDINGS = GIVEN_SUFFIX.filter((s) => s.length > 2);
const GIVEN_ENDING_KEYS = GIVEN_ENDINGS.map((s) => foldToken(s));
/**
 * A given name by its ending (the word in lower case, long: "Nizamuddin", "Hafizullah"), or by its key's: a
 * spelling whose doubled letter moved ("Jalalludin", key "jalaludin") ends as the ending's key ("udin").
 */
const givenByEnding = (l: string, key: string) =>
  l.length > 6 && (GIVEN_ENDINGS.some((s) => l.endsWith(s)) || GIVEN_ENDING_KEYS.some((s) => key.endsWith(s)));

// The mentions of the call of findMentions under way and its tokens' cover, for `add` (a function of the
// module, not a closure made per call: tsx's keepNames names each closure it makes, a cost per call).
let addingTo: Found[] = [];
let addingCover = coverScratch;
/** Adds a mention over tokens i..j. */
function add(f: Found, i: number, j: number) {
  const x = addingTo.length;
  if (x === foundI.length) {
    foundI = widened(foundI, 2 * x);
    foundJ = widened(foundJ, 2 * x);
  }
  foundI[x] = i;
  foundJ[x] = j;
  for (let k = i; k <= j; k++) addingCover[k] = x;
  addingTo.push(f);
}

export function findMentions(body: string, t: Tokens, matcher: Matcher, published: string | null = null): ExtractedMention[] {
  const tc = tokenFacts(t);
  const raw = matchAll(matcher, t, body);
  const n = t.n;
  const S = t.start;
  const E = t.end;
  const G = t.gap;
  const WD = t.word;
  const wordRaw = words.raw;
  const opens = t.opens;
  const no = t.nOpens;
  if (coverScratch.length < n + 3) coverScratch = new Int32Array(2 * n + 3);
  const cover = coverScratch.fill(-1, 0, n + 3); // -1: no mention
  const found: Found[] = [];
  venueNames = null;
  vehicleNames = null;
  addingTo = found;
  addingCover = cover;
  for (let x = 0; x < raw.n; x++) {
    const e = raw.hit[x]!.entry;
    let i = raw.i[x]!;
    const j = raw.j[x]!;
    // an office or a designation ("Secretary of the Treasury", "Foreign Terrorist Organization"), or a known
    // name given as a gloss ("meaning Army of Justice"): no mention
    if (e.canonical === '' || glossBefore(body, S[i]!)) {
      add(mention(S[i]!, E[j]!, e.type, '', null, true), i, j);
      continue;
    }
    // an acronym's full stop right before more letters is part of a longer one ("18 U.S.C. § 2339B" cites a code)
    if (tc[j]! & F_DOT && G[j + 1] === GAP_NONE && tc[j + 1]! & F_WORD) continue;
    // "The" capitalised after a comma belongs to the name ("Malaysia, The United Kingdom"); elsewhere it
    // opens a sentence or a quote ("“The TTP is …") or is a writer's capital ("designating The BLA")
    if (i >= 2 && tc[i - 1]! & F_THECAP && G[i - 1] !== GAP_LINE && tc[i - 2]! & F_COMMA && e.type !== 'person') i--;
    add(mention(S[i]!, E[j]!, e.type, e.canonical, e.entity_id, true), i, j);
  }

  // a known group's branch named after it and a dash: "ISIS-Mozambique", "ISIS-Core" (an acronym, a hyphen
  // and a capitalised word), "Islamic State – Bengal Province" (a spaced dash and a place, ending the phrase)
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    const j = foundJ[x]!;
    const q = j + 1;
    if (f.type !== 'organization' || f.canonical === '' || q >= n || G[q] !== GAP_HYPHEN || !(tc[q]! & F_CAP)) continue;
    const spaced = S[q]! - E[j]! > 1;
    const y = cover[q]!;
    let r = y >= 0 ? foundJ[y]! : q;
    if (y >= 0 && (found[y]!.type !== 'place' || foundI[y] !== q)) continue;
    if (spaced) {
      if (y < 0) continue;
      if ((tc[r + 1]! & (F_PLACEHEAD | F_CAP)) === (F_PLACEHEAD | F_CAP) && G[r + 1] === GAP_SPACE) r++; // "Bengal Province"
      // (the phrase ends there: a comma, a bracket, a full stop or the line's end)
      if (r + 1 < n && G[r + 1] !== GAP_LINE && !(tc[r + 1]! & (F_COMMA | F_DOT | F_LPAREN | F_RPAREN))) continue;
    } else if (foundI[x] !== j || !(words.flags[WD[j]!]! & W_UPPER) || G[r + 1] === GAP_HYPHEN || !BRANCHED.has(f.canonical)) continue;
    if (y >= 0) dropFound(found, cover, y);
    f.end = E[r]!;
    for (let k = q; k <= r; k++) cover[k] = x;
    foundJ[x] = r;
    // (the group's core or centre is the group itself: "ISIS-Core", "al-Qaeda-Central")
    if (q === r && CORE.has(words.key[WD[q]!]!)) continue;
    f.canonical = cleanCanonical(body.slice(f.start, f.end), 'organization');
    f.known = false;
    f.entity_id = null;
  }

  // a place (not a country) after a plain name word, or a place that is also a given name before one, is
  // a part of a person's or another longer name ("activists Riaz Basra, …", "Virginia Smith said"): the run
  // is typed as a whole below. Not in a headline's Title Case ("Blast Hits Karachi Market", "Virginia Man
  // Arrested"), nor after a sentence's first word unless that is a given name.
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    if (f.type !== 'place' || f.canonical === '' || !f.known) continue;
    const i = foundI[x]!;
    const j = foundJ[x]!;
    const q = i - 1;
    // (the word before is a word of its own, not the end of a hyphenated name: "Jamaat-e-Islami Kashmir")
    // (a title or an office may stand before the name: "Senator John Kerry", "Secretary of State John Kerry")
    const titled = q >= 1 && G[q] === GAP_SPACE && ((tc[q - 1]! & (F_TITLE | F_CAP)) === (F_TITLE | F_CAP) || (cover[q - 1]! >= 0 && found[cover[q - 1]!]!.canonical === ''));
    const before = G[i] === GAP_SPACE && G[q] !== GAP_HYPHEN && plainNameWord(t, tc, cover, q) && (!(tc[q - 1]! & F_CAP) || (titled && (tc[q]! & F_GIVEN) !== 0)) && (tc[q]! & F_GIVEN || (G[q] !== GAP_LINE && !(tc[q - 1]! & F_SENTSTART)));
    const after = !before && tc[i]! & F_GIVEN && i === j && G[j + 1] === GAP_SPACE && plainNameWord(t, tc, cover, j + 1) && !(tc[j + 2]! & F_CAP);
    // (or after a name that opens with a given name or an honorific, one or two words, no capital before it:
    // "Marcelo Martínez Burgos"; a country so only inside the name, a name word after it: "Haji Mali Khan")
    // (tried only after a name word: most places follow none)
    if (G[i] !== GAP_SPACE || !plainNameWord(t, tc, cover, q)) {
      if (after && canonicalOf(f.canonical)?.kind !== 'state') dropFound(found, cover, x);
      continue;
    }
    const opened = !before && !after && G[q] === GAP_SPACE && tc[q - 1]! & (F_GIVEN | F_NAMETITLE) && !(tc[q - 2]! & F_CAP) && G[q - 1] !== GAP_HYPHEN && plainNameWord(t, tc, cover, q - 1);
    if (!before && !after && !opened && !(tc[q]! & F_NAMETITLE)) continue;
    const state = canonicalOf(f.canonical)?.kind === 'state';
    if (!state) {
      if (before || after || opened) dropFound(found, cover, x);
      continue;
    }
    const inside = (before || opened || (tc[q]! & F_NAMETITLE && !(tc[q - 1]! & F_CAP))) && i === j && G[j + 1] === GAP_SPACE && plainNameWord(t, tc, cover, j + 1);
    if (inside && (tc[q]! & (F_GIVEN | F_NAMETITLE) || opened)) dropFound(found, cover, x);
  }

  // acronyms learnt in the document: "Full Name (ACR)" (by word id: a word id is one spelling)
  let acr: Map<number, Found> | null = null; // (made when the first is learnt, as are the maps below)
  const acrStamp = newStamp();
  const parens = parenList;
  const np = parenCount;
  for (let x = 0; x < np; x++) {
    const k = parens[x]!;
    // (the acronym alone in the brackets, or first before a gloss: "(HSM; Arabic: …)")
    if (k < 1 || k + 2 >= n || (!(tc[k + 2]! & (F_RPAREN | F_COMMA)) && WD[k + 2] !== ID_SEMI)) continue;
    const a = k + 1;
    if (!(tc[a]! & F_ACRO)) continue;
    const aRaw = wordRaw[WD[a]!]!;
    const prevIdx = cover[k - 1]!;
    let target: Found | null = prevIdx >= 0 ? found[prevIdx]! : null;
    // a place that ends a longer name whose initials are the acronym's is part of that name:
    // "Asociación Mutual Israelita Argentina (AMIA)", "Border Guard Bangladesh (BGB)"
    if (target && target.type === 'place' && foundJ[prevIdx] === k - 1 && foundI[prevIdx]! > 0) {
      const fi = foundI[prevIdx]!;
      const seq = G[fi] === GAP_SPACE ? capSequenceEndingAt(t, tc, fi - 1, cover) : -1;
      if (seq >= 0 && initialsAre(t, tc, seq, k - 1, aRaw)) {
        dropFound(found, cover, prevIdx);
        const text = body.slice(S[seq]!, E[k - 1]!);
        target = mention(S[seq]!, E[k - 1]!, 'organization', cleanCanonical(text, 'organization'), null, false);
        add(target, seq, k - 1);
      }
    }
    if (!target) {
      const seq = capSequenceEndingAt(t, tc, k - 1, cover);
      if (seq < 0) continue;
      const si = seq;
      const sj = k - 1;
      const text = body.slice(S[si]!, E[sj]!);
      if (NOT_ENTITIES.has(nameKey(text))) continue;
      // the first word's initial must be the acronym's, or the acronym must be the initials of the name's
      // last words ("Provisional Irish Republican Army (IRA)")
      let q = si;
      while (q <= sj && !(tc[q]! & F_WORD)) q++;
      if (q > sj) continue;
      if (wordRaw[WD[q]!]![0]!.toUpperCase()[0] !== aRaw[0]) {
        let tail = false;
        for (let p = q + 1; p < sj && !tail; p++) tail = initialsAre(t, tc, p, sj, aRaw);
        if (!tail) continue;
      }
      const type = typeOfUnknown(tc, si, sj) ?? 'organization';
      target = mention(S[si]!, E[sj]!, type, cleanCanonical(text, type), null, false);
      add(target, si, sj);
    }
    if (cover[a]! < 0) add(sameAs(target, S[a]!, E[a]!), a, a);
    if (!acr?.has(WD[a]!)) {
      (acr ??= new Map()).set(WD[a]!, target);
      stamps[WD[a]!] = acrStamp;
    }
  }
  // "Ahle Hadith Andolon Bangladesh (Alhe Hadith Movement in Bangladesh)": a parenthesised name right after
  // an organisation is another name of it
  for (let x = 0; x < np; x++) {
    const k = parens[x]!;
    if (k < 1 || cover[k - 1]! < 0) continue;
    const f = found[cover[k - 1]!]!;
    if (f.type !== 'organization' || foundJ[cover[k - 1]!] !== k - 1) continue;
    // (or a name in quotes that opens the parentheses: 'Jamaat-ul-Mujahideen ("Assembly of Mujahideen", …')
    const quoted = k + 1 < n && QUOTES.has(wordRaw[WD[k + 1]!]!);
    const b = quoted ? k + 1 : k;
    let e = b + 1;
    while (e < n && e - b <= 8 && !(tc[e]! & F_RPAREN) && tc[e]! & (F_NAME | F_CONN)) e++;
    const closed = quoted ? e < n && QUOTES.has(wordRaw[WD[e]!]!) : tc[e]! & F_RPAREN;
    if (!closed || e - b < 3 || !(tc[b + 1]! & F_NAME) || !(tc[e - 1]! & F_NAME)) continue;
    // (a known place inside it is part of the name: "Movement in Bangladesh")
    let free = true;
    for (let q = b + 1; q < e; q++) if (cover[q]! >= 0 && found[cover[q]!]!.type !== 'place') free = false;
    if (!free) continue;
    for (let q = b + 1; q < e; q++) if (cover[q]! >= 0) dropFound(found, cover, cover[q]!);
    add(sameAs(f, S[b + 1]!, E[e - 1]!), b + 1, e - 1);
  }
  if (acr)
    for (let x = 0; x < no; x++) {
      // (an acronym's word can be part of a name: it is in the list)
      const k = opens[x]!;
      if (cover[k]! >= 0 || stamps[WD[k]!] !== acrStamp) continue;
      const f = acr.get(WD[k]!);
      if (f) add(sameAs(f, S[k]!, E[k]!), k, k);
    }

  // infobox lines ("Commander1: A, B", "Units2: X, Y", "Leaders Salahuddin Farooqui[1]")
  infobox(body, t, tc, cover, found, add);

  // unknown capitalised sequences typed by evidence
  let k = 0;
  for (let x = 0; x < no; x++) {
    if (opens[x]! < k || !(tc[opens[x]!]! & F_NAME)) continue;
    k = opens[x]!;
    if (cover[k]! >= 0) continue;
    if (moreByWord[WD[k]!]! & M_HEADS && moreByWord[WD[k + 1]!]! & M_OF) {
      k = pluralHeads(t, tc, cover, add, k);
      continue;
    }
    let si = k;
    let sj = k;
    let q = k + 1;
    let forced: MentionType | null = null;
    let merged = -1; // the last token of a known place the run's last word was merged into
    for (;;) {
      if (q >= n || G[q] === GAP_LINE) break;
      // a mark between two words separates names: a letterhead's "Department of Public Information • News
      // and Media Division", a table's "A | B"
      if (G[q] === GAP_SPACE && S[q]! - E[q - 1]! > 1 && markBetween(body, E[q - 1]!, S[q]!)) break;
      if (cover[q]! >= 0) {
        const f = found[cover[q]!]!;
        const fj = foundJ[cover[q]!]!;
        // a compass word before a known region or subdivision is part of its name ("East Africa", "Northern
        // Virginia"); not before a country ("Eastern Afghanistan" is a part of Afghanistan, named as such)
        if (q === sj + 1 && G[q] === GAP_SPACE && f.type === 'place' && foundI[cover[q]!] === q && moreByWord[WD[sj]!]! & M_COMPASS && canonicalOf(f.canonical)?.kind !== 'state') {
          f.start = S[sj]!;
          f.canonical = cleanCanonical(body.slice(S[sj]!, f.end), 'place');
          foundI[cover[q]!] = sj;
          cover[sj] = cover[q]!;
          merged = fj;
          sj--; // the run before it, if any, is typed on its own
          while (sj >= si && !(tc[sj]! & F_NAME)) sj--;
          break;
        }
        // a name opened by a Spanish, Portuguese or French organisation head takes the known place that ends it,
        // right after its words or after "de"/"del" ("Asociación Mutual Israelita Argentina", holdout4; "Banco
        // de Crédito del Perú", holdout5), but not an English head after that ("the Banco de Crédito del Perú Bank")
        if (f.type === 'place' && foundI[cover[q]!] === q && sj > si && romanceNameBefore(t, tc, si, sj, q)) {
          forced = 'organization';
          sj = fj;
          q = fj + 1;
          if (q < n && G[q] === GAP_SPACE && orgHeadAt(tc, q) && !ROMANCE_HEADS.has(words.key[WD[q]!]!)) break;
          continue;
        }
        // a known name inside a longer organisation name ("Pakistan High Commission", "Border Guard Bangladesh")
        if (f.type === 'place' && sj - si >= 0 && (orgHeadAt(tc, fj + 1) || tc[sj]! & F_ORGHEAD || parenOrgEnd(tc, n, fj + 1) > 0)) {
          // (a head word right before the place that ends the run makes the run a body: "Border Guard Bangladesh")
          if (sj > si && (tc[sj]! & (F_ORGHEAD | F_CAP)) === (F_ORGHEAD | F_CAP) && !orgHeadAt(tc, fj + 1) && !(tc[fj + 1]! & F_NAME && G[fj + 1] === GAP_SPACE)) forced = 'organization';
          sj = fj;
          q = fj + 1;
          continue;
        }
        // a capitalised word right before a known body's name of two or more words makes another, longer
        // name ("Afghanistan's National Security Council" is not the UN's "Security Council")
        const x = cover[q]!;
        if (
          f.type === 'organization' && f.known && f.canonical !== '' && sj === q - 1 && G[q] === GAP_SPACE && fj > q && tc[fj]! & F_ORGHEAD &&
          (tc[q]! & (F_CAP | F_THE)) === F_CAP && foundI[x] === q &&
          (tc[sj]! & (F_CAP | F_STOP | F_TITLE | F_ROLE | F_TIME)) === F_CAP && !(words.flags[WD[sj]!]! & W_UPPER) && !isDemonym(t, sj) &&
          sj > 0 && G[sj] !== GAP_LINE && !(tc[sj - 1]! & F_SENTSTART) // (not a sentence's first word, nor text in capitals)
        ) {
          dropFound(found, cover, x);
          sj = fj;
          q = fj + 1;
          continue;
        }
        // a known group right after an organisation prefix, inside a longer name ("Harakat al-Shabaab
        // al-Mujahideen"): the whole name is the organisation
        if (f.type === 'organization' && tc[q - 1]! & F_ORGPREFIX && sj === q - 1 && G[q] === GAP_SPACE && !(tc[foundI[cover[q]!]!]! & F_CAP)) {
          dropFound(found, cover, cover[q]!);
          sj = fj;
          q = fj + 1;
          continue;
        }
        break;
      }
      const tq = tc[q]!;
      // a capitalised "Of", "The", "And", "For" or "In" inside a run is a headline's Title Case, not a name's
      // connector (names write them in lower case: "Bureau of Public Affairs")
      if ((tq & (F_CONN | F_CAP)) === (F_CONN | F_CAP) && moreByWord[WD[q]!]! & M_TITLECASE) break;
      if (tq & F_NAME && (G[q] !== GAP_NONE || tc[q - 1]! & F_WORD)) {
        if (tq & F_TIME) break; // "Zargunshahr on Monday"
        sj = q++;
        continue;
      }
      if (tq & F_DOT && E[q - 1]! - S[q - 1]! === 1 && tc[q - 1]! & F_CAP && tc[q + 1]! & F_NAME) {
        q++; // middle initial "Nathan A. Sales"
        continue;
      }
      if (tq & F_WORD && !(tq & F_CAP) && G[q] === GAP_HYPHEN && tc[q - 1]! & F_CAP) {
        sj = q++; // "Para-commando"
        continue;
      }
      if (tq & F_WORD && tq & F_CONN && tc[q + 1]! & F_NAME && cover[q + 1]! < 0) {
        q++;
        continue;
      }
      // ("de"/"del" before the known place that ends a Romance body's name: "Banco de Crédito del Perú")
      if (tq & F_WORD && !(tq & F_CAP) && q === sj + 1 && cover[q + 1]! >= 0 && romanceNameBefore(t, tc, si, sj, q + 1)) {
        q++;
        continue;
      }
      // two particles of a surname ("Ursula von der Leyen", "van der", "de la")
      if (tq & F_WORD && tq & F_CONN && !(tq & F_CAP) && (tc[q + 1]! & (F_CONN | F_CAP)) === F_CONN && G[q + 1] === GAP_SPACE && tc[q + 2]! & F_NAME && cover[q + 2]! < 0 && SURNAME_PARTICLES.has(words.key[WD[q]!]!)) {
        q += 2;
        continue;
      }
      // "of the" inside a body's name after its head word ("Office of the Inspector General")
      // (or after the head that ends the name so far: "Socialist Party of the Oppressed")
      if ((tc[si]! & F_ORGHEAD || (sj > si && (tc[sj]! & (F_ORGHEAD | F_CAP)) === (F_ORGHEAD | F_CAP))) && tq & F_CONN && words.key[WD[q]!] === 'of' && tc[q + 1]! & F_THE && !(tc[q + 1]! & F_CAP) && tc[q + 2]! & F_NAME && cover[q + 2]! < 0) {
        q += 2;
        continue;
      }
      // a place head word, "of" and a known place are one place ("Eastern District of Maine")
      const pq = cover[q + 1]!;
      if (tc[sj]! & F_PLACEHEAD && tc[sj]! & F_CAP && sj > si && q === sj + 1 && words.key[WD[q]!] === 'of' && pq >= 0 && found[pq]!.type === 'place' && foundI[pq] === q + 1) {
        sj = foundJ[pq]!;
        dropFound(found, cover, pq);
        forced = 'place';
        q = sj + 1;
        continue;
      }
      break;
    }
    if (merged >= 0) {
      if (sj >= si) classify(body, t, tc, si, sj, cover, found, add);
      k = merged + 1;
      continue;
    }
    // a place head right after a known place: a landform is a place of its own ("Kashmir Valley"); an
    // administrative head adds nothing to the place it follows ("Sistan and Baluchestan Province")
    if (si === sj && si > 0 && G[si] === GAP_SPACE && (tc[si]! & (F_PLACEHEAD | F_CAP)) === (F_PLACEHEAD | F_CAP) && cover[si - 1]! >= 0) {
      const x = cover[si - 1]!;
      const f = found[x]!;
      if (f.type === 'place' && foundJ[x] === si - 1 && canonicalOf(f.canonical)?.kind !== 'state') {
        if (moreByWord[WD[si]!]! & M_LANDFORM) {
          f.end = E[si]!;
          f.canonical = cleanCanonical(body.slice(f.start, f.end), 'place');
          foundJ[x] = si;
          cover[si] = x;
        }
        k = si + 1;
        continue;
      }
    }
    // leading known place before org words: "Pakistan High Commission" starts with a known place
    if (si > 0 && cover[si - 1]! >= 0 && G[si] !== GAP_LINE && !markBetween(body, E[si - 1]!, S[si]!)) {
      const f = found[cover[si - 1]!]!;
      // (but a country before its ministry stays a place: "The Pakistan Foreign Ministry said")
      const ministry = words.key[WD[sj]!] === 'ministry' && canonicalOf(f.canonical)?.kind === 'state';
      if (f.type === 'place' && foundJ[cover[si - 1]!] === si - 1 && orgHeadWithin(tc, si, sj) && !ministry) {
        si = foundI[cover[si - 1]!]!;
        dropFound(found, cover, cover[si]!);
      }
    }
    classify(body, t, tc, si, sj, cover, found, add, forced);
    k = Math.max(sj + 1, k + 1);
  }

  // "Indian army", "Obama administration": a capitalised word before a lower-case organisation head
  // (handled in classify); known place + " district"/" division" → the district
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    if (f.type === 'organization' && f.canonical !== '') {
      chapterOf(body, t, tc, found, cover, x);
      // a known body's "News" is its news service, the same body ("VOA News", "BBC News")
      const q = foundJ[x]! + 1;
      if (f.known && q < n && G[q] === GAP_SPACE && cover[q]! < 0 && words.raw[WD[q]!] === 'News' && !(tc[q + 1]! & F_NAME && G[q + 1] === GAP_SPACE)) {
        f.end = E[q]!;
        cover[q] = x;
        foundJ[x] = q;
      }
    }
    if (f.type !== 'place' || f.canonical === '') continue;
    const q = foundJ[x]! + 1;
    // (and any known place a capitalised "Airport": the venue, "Brussels Airport")
    const mq = q < n ? moreByWord[WD[q]!]! : 0;
    const suffix = (tc[q]! & (F_CAP | F_WORD)) === (F_CAP | F_WORD) && (((mq & M_SUFFIX) !== 0 && canonicalOf(f.canonical)?.kind !== 'state') || (mq & M_AIRPORT) !== 0);
    // (a lower-case "district" only after a built-in place: "Pulwama district"; after another name it is
    // no part of it, "Khashrod district")
    if (q < n && G[q] === GAP_SPACE && ((tc[q]! & F_DISTRICT && (tc[q]! & F_CAP || canonicalOf(f.canonical) !== null)) || suffix) && cover[q]! < 0) {
      const nx = wordRaw[WD[q]!]!;
      f.end = E[q]!;
      f.canonical = `${f.canonical} ${nx[0]!.toUpperCase()}${nx.slice(1)}`;
      cover[q] = cover[q - 1]!;
      foundJ[x] = q;
    }
  }

  nationalBodies(body, t, tc, found);
  acronymsOfBodies(t, tc, cover, found);

  // surnames of people named in full, later alone ("Mike Mullen" … "Mullen")
  let surname: Map<string, Found> | null = null;
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    if (f.type !== 'person' || f.canonical === '') continue;
    // the last of two or more parts split at white space
    const c = f.canonical;
    let p = c.length - 1;
    while (p >= 0 && !isS(c.charCodeAt(p))) p--;
    if (p < 0 || c.length - p - 1 < 4) continue;
    // (a surname with the article, "al-Sahrawi", is also found by the word after it: "… or al-Sahrawi.")
    const h = p + 3;
    if (c.charCodeAt(h) === 45 && c.length - h > 4 && (c.slice(p + 1, h).toLowerCase() === 'al' || c.slice(p + 1, h).toLowerCase() === 'el')) {
      const bare = c.slice(h + 1);
      if (upperFirst(bare) && !surname?.has(bare)) (surname ??= new Map()).set(bare, f);
    }
    // (an upper-case first letter, tested by its code unit when it is ASCII)
    const z = c.charCodeAt(p + 1);
    if (z < 128 && !(z >= 65 && z <= 90)) continue;
    const last = c.slice(p + 1);
    if ((z < 128 || UPPER_FIRST.test(last)) && !surname?.has(last)) (surname ??= new Map()).set(last, f);
  }
  // (and by its key, fold.ts, a surname spelt otherwise: "Arellan" … "Arrellan"; the first person of a key)
  let surnameByKey: Map<string, Found> | null = null;
  if (surname) for (const [last, f] of surname) if (!(surnameByKey ??= new Map()).has(foldToken(last))) surnameByKey.set(foldToken(last), f);
  // a group named "<Name> network/group/movement" is also "<Name>" before a noun ("Haqqani militants")
  let short: Map<string, Found> | null = null;
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    if (f.type !== 'organization' || f.canonical === '') continue;
    // (the name must end in k, p or t, in either case, or the Kelvin sign, which /i folds to k)
    const z = f.canonical.charCodeAt(f.canonical.length - 1);
    if ((z | 32) !== 107 && (z | 32) !== 112 && (z | 32) !== 116 && z !== 0x212a) continue;
    const m = /^(\p{Lu}[\p{L}-]{3,}) (?:network|group|movement)$/iu.exec(f.canonical);
    if (m && !short?.has(m[1]!)) (short ??= new Map()).set(m[1]!, f);
  }
  // both found again in one pass over the name words: a word in both is stamped as a surname (stamped last),
  // and the surname's branch looks at the group too; a mention added at one token changes no test at another
  const shortStamp = newStamp();
  const surnameStamp = newStamp();
  if (short) stampKeys(short, shortStamp);
  if (surname) stampKeys(surname, surnameStamp);
  if (short || surname)
    for (let x = 0; x < no; x++) {
      const q = opens[x]!;
      if (!(tc[q]! & F_CAP)) continue;
      // (a word not stamped is in neither: the lookups below would find nothing)
      let st = stamps[WD[q]!];
      // (a word in neither whose key is a surname's, four letters or more: that person's surname spelt otherwise)
      const variant = st !== shortStamp && st !== surnameStamp && surnameByKey !== null && E[q]! - S[q]! >= 4 ? surnameByKey.get(words.key[WD[q]!]!) : undefined;
      if (variant) st = surnameStamp;
      // a person's surname found as a place (not a country) is the person ("Riaz Basra" … "Basra, the first …")
      const y = cover[q]!;
      // (the article of a surname: "al-" before it, and a name found by evidence over both, "Al-Sahrawi first …")
      const article = st === surnameStamp && q > 0 && G[q] === GAP_HYPHEN && (words.key[WD[q - 1]!] === 'al' || words.key[WD[q - 1]!] === 'el') && (q < 2 || G[q - 1] !== GAP_HYPHEN);
      const ownName = article && y >= 0 && foundI[y] === q - 1 && foundJ[y] === q && !found[y]!.known && found[y]!.type !== 'person';
      if (y >= 0 && !ownName && (st !== surnameStamp || found[y]!.type !== 'place' || foundI[y] !== q || foundJ[y] !== q || (canonicalOf(found[y]!.canonical)?.kind !== 'place' && cityOf(found[y]!.canonical) === undefined))) continue;
      if (st === shortStamp) {
        const f = short!.get(wordRaw[WD[q]!]!);
        if (f && q + 1 < n && tc[q + 1]! & F_WORD && !(tc[q + 1]! & F_CAP) && G[q + 1] === GAP_SPACE) add(sameAs(f, S[q]!, E[q]!), q, q);
      } else if (st === surnameStamp) {
        const f = variant ?? surname!.get(wordRaw[WD[q]!]!);
        // a word that is a person's surname and a group's short name, before a group noun or a role, is the
        // group ("Jalaluddin Haqqani" … "the Haqqani network" … "Haqqani insurgent group", "Haqqani
        // militants"; but "Haqqani said", "Haqqani was")
        const o = short?.get(wordRaw[WD[q]!]!);
        if (o && !article && lowerWordAt(t, tc, q + 1) && (tc[q + 1]! & (F_GROUPNOUN | F_ROLE) || (lowerWordAt(t, tc, q + 2) && tc[q + 2]! & (F_GROUPNOUN | F_ROLE)))) {
          if (y >= 0) dropFound(found, cover, y);
          add(sameAs(o, S[q]!, E[q]!), q, q);
          continue;
        }
        if (tc[q - 1]! & F_THE) continue; // "the Baloch separatist group"
        if (!f || (tc[q + 1]! & F_CAP && G[q + 1] === GAP_SPACE)) continue;
        // the full name again, its first words not yet found ("Azam Cheema and …", where nothing typed it)
        let p = article && (cover[q - 1]! < 0 || ownName) ? q - 1 : q;
        for (let k = 1; k <= 3 && p === q && q - k >= 0 && cover[q - k]! < 0 && G[q - k + 1] === GAP_SPACE; k++)
          if (body.slice(S[q - k]!, E[q]!) === f.canonical) p = q - k;
        if (y >= 0) dropFound(found, cover, y);
        add(sameAs(f, S[p]!, E[q]!), p, q);
      }
    }

  // another name of a person in brackets right after it ("Abdul Aziz al-Muhammadawi (Abu Fadak)", "X (aka Y)"),
  // and the same person named again shorter or with another middle initial ("Mr. Daley", "William P. Barr")
  aliasesInBrackets(t, tc, cover, found);
  samePeople(found);
  officeHolders(found, t, published && /^\d{4}/.test(published) ? Number(published.slice(0, 4)) : null);
  textForms(body, found);
  sameBodies(found);
  sameVenues(found);
  // a name found by evidence that the document gives a vehicle elsewhere is the vehicle's (no mention)
  if (vehicleNames) for (const f of found) if (!f.known && f.type !== 'person' && vehicleNames.has(f.canonical)) f.canonical = '';

  // the mentions kept, in order of their start (the sort is stable: ties stay in the order found); the list
  // found becomes the answer, in place
  let m = 0;
  let sorted = true;
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    if (f.canonical === '' || f.end <= f.start) continue;
    if (m > 0 && f.start < found[m - 1]!.start) sorted = false;
    // a mention of one token is its word's spelling: the word table's string, not a new one
    const i = foundI[x]!;
    f.text = i === foundJ[x] && f.start === S[i] && f.end === E[i] ? wordRaw[WD[i]!]! : body.slice(f.start, f.end);
    found[m++] = f;
  }
  found.length = m;
  if (!sorted) byStart(found);
  return found;
}

/**
 * An organisation known only by the official lists' display name, which the document never writes, is
 * named as the document names it: its longest form there, in words ("Jama’at Nusrat al-Islam wal Muslimin"
 * for the lists' "Jama'a Nusrat ul-Islam wa al-Muslimin"), the first of those, or its acronym when that is
 * all the text gives ("FARC", not "Revolutionary Armed Forces of Colombia"). Where the text writes the
 * display name or a spelling of it (a few letters apart: "Jemaah Islamiah"), it stays ("Real IRA").
 */
function textForms(body: string, found: Found[]) {
  let forms: Map<string, Found[]> | null = null;
  for (const f of found) {
    if (f.type !== 'organization' || f.canonical === '' || !f.known || !onlyListed(f.canonical)) continue;
    let g = (forms ??= new Map()).get(f.canonical);
    if (!g) forms.set(f.canonical, (g = []));
    g.push(f);
  }
  if (!forms) return;
  for (const [canonical, fs] of forms) {
    const key = nameKey(canonical);
    let best = '';
    let bestWords = 0;
    let written = false;
    for (const f of fs) {
      const text = body.slice(f.start, f.end);
      // (the display name, or a spelling of it: "Jemaah Islamiah" for "Jemaah Islamiyah")
      const k = nameKey(text);
      if (k === key || (Math.abs(k.length - key.length) <= 3 && levenshtein(k, key) <= Math.max(2, key.length / 10))) {
        written = true;
        break;
      }
      const n = nameKey(text).split(' ').length;
      if (n > bestWords) {
        best = text;
        bestWords = n;
      }
    }
    if (written || best === '') continue;
    const c = needsSpacing(best) ? best.replace(/\s+/g, ' ').trim() : best;
    for (const f of fs) f.canonical = c;
  }
}

/** A name's words for sameBodies: fold keys, a plural's "s" dropped ("Operations" is "Operation"). */
const bodyWords = (c: string) => nameKey(c).split(' ').map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w));
/**
 * Bodies found by evidence named again shorter: a name of two or more words whose words are, in order, among
 * those of one longer name of the document with the same head (last) word is that body ("Kenya's Disaster
 * Operations Center" after "the Kenya National Disaster Operation Center"). Not when it fits two.
 */
function sameBodies(found: Found[]) {
  let names: string[] | null = null;
  // (not a national body named with its state: "Ministry of Interior (Pakistan)")
  for (const f of found) if (f.type === 'organization' && f.canonical !== '' && !f.known && !f.canonical.endsWith(')') && !(names ??= []).includes(f.canonical)) names.push(f.canonical);
  if (!names || names.length < 2) return;
  const ws = names.map(bodyWords);
  let to: Map<string, string> | null = null;
  for (let a = 0; a < names.length; a++) {
    const wa = ws[a]!;
    if (wa.length < 2) continue;
    let target = -1;
    let ambiguous = false;
    for (let b = 0; b < names.length; b++) {
      const wb = ws[b]!;
      if (b === a || wb.length <= wa.length || wb[wb.length - 1] !== wa[wa.length - 1]) continue;
      let k = 0;
      for (const w of wb) if (k < wa.length && w === wa[k]) k++;
      if (k !== wa.length) continue;
      if (target >= 0) ambiguous = true;
      target = b;
    }
    if (target >= 0 && !ambiguous) (to ??= new Map()).set(names[a]!, names[target]!);
  }
  if (to) for (const f of found) if (f.type === 'organization' && !f.known && to.has(f.canonical)) f.canonical = to.get(f.canonical)!;
}

/** Words that say another name of what comes before follows ("aka", "alias"; "a.k.a." is read by letter). */
const AKA = new Set(['aka', 'alias']);
/**
 * A person's name, then another person's name found by evidence, in brackets or after "aka", "a.k.a." or
 * "alias" (in quotes or not): the second is another name of the first ("Abdul Aziz al-Muhammadawi (Abu
 * Fadak)", "Farooq Ahmed Nali (a.k.a. Abu Ubaida)", "Al-Marimi, aka, “Hasan Abu Ojalya Ibrahim”"). Not a
 * known name of its own, nor anything but a person (a group in brackets after a person is theirs: "Hafiz
 * Saeed (LeT)").
 */
function aliasesInBrackets(t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[]) {
  const n = t.n;
  for (let p = 0; p < found.length; p++) {
    const f = found[p]!;
    if (f.type !== 'person' || f.canonical === '') continue;
    let q = foundJ[p]! + 1;
    if (q < n && QUOTES.has(words.raw[t.word[q]!]!)) q++; // (the end of a name in quotes)
    const bracket = (tc[q]! & F_LPAREN) !== 0;
    if (bracket || tc[q]! & F_COMMA) q++;
    let aka = false;
    if (q < n && AKA.has(words.lower[t.word[q]!]!)) {
      q++;
      aka = true;
    } else if (q + 5 < n && words.lower[t.word[q]!] === 'a' && tc[q + 1]! & F_DOT && words.lower[t.word[q + 2]!] === 'k' && tc[q + 3]! & F_DOT && words.lower[t.word[q + 4]!] === 'a' && tc[q + 5]! & F_DOT) {
      q += 6;
      aka = true;
    }
    if (!bracket && !aka) continue;
    if (aka && tc[q]! & F_COMMA) q++;
    const quoted = q < n && QUOTES.has(words.raw[t.word[q]!]!);
    if (quoted) q++;
    const y = q < n ? cover[q]! : -1;
    if (y < 0 || y === p || foundI[y] !== q) continue;
    // (in brackets without "aka", the name alone fills them)
    let e = foundJ[y]! + 1;
    if (quoted && e < n && QUOTES.has(words.raw[t.word[e]!]!)) e++;
    if (bracket && !aka && !(tc[e]! & F_RPAREN)) continue;
    const g = found[y]!;
    if (g.type !== 'person' || g.known || g.canonical === '') continue;
    g.canonical = f.canonical;
    g.entity_id = f.entity_id;
    g.known = f.known;
  }
}

/** A person's name as the words compared by samePeople: lower case, without initials ("P.") or a leading title of DROP_TITLES. */
export function personNameWords(canonical: string): string[] {
  // (split at runs of \s as `split(/\s+/)` does, without an expression)
  const s = withoutTitle(canonical).toLowerCase();
  const out: string[] = [];
  for (let i = 0, n = s.length; i < n; ) {
    while (i < n && isS(s.charCodeAt(i))) i++;
    let j = i;
    while (j < n && !isS(s.charCodeAt(j))) j++;
    if (j - i > 1 && !(j - i === 2 && s.charCodeAt(j - 1) === 46)) out.push(s.slice(i, j));
    i = j;
  }
  return out;
}
/** `a` (shorter) is in `b`, in order, and ends with b's last word. */
function inName(a: string[], b: string[]): boolean {
  if (a.length === 0 || a[a.length - 1] !== b[b.length - 1]) return false;
  let k = 0;
  for (const w of b) if (k < a.length && w === a[k]) k++;
  return k === a.length;
}
/**
 * Two names of as many words are spellings of one name: the surnames' keys (fold.ts) are equal, and each other
 * word's key is the other's or a transliteration of it, in a word of four letters or more ("Jalaluddin"/
 * "Jalalludin", "Nikolay"/"Nikolai", "Ahmad"/"Ahmed"; not "Ali"/"Adi", "Jamal"/"Kamal", "Maria"/"Mario").
 */
function spellingOf(a: string[], b: string[]): boolean {
  const last = a.length - 1;
  if (last < 1 || foldToken(a[last]!) !== foldToken(b[last]!)) return false;
  for (let k = 0; k < last; k++) {
    const x = foldToken(a[k]!);
    const y = foldToken(b[k]!);
    if (x !== y && (x.length < 4 || y.length < 4 || !vowelVariant(x, y))) return false;
  }
  return true;
}
const VOWELISH = new Set('aeiouyh');
/**
 * Two keys one vowel apart (a vowel, y or h changed, added or dropped), with the same first letter and, at the
 * end, only y for i ("Nikolay"/"Nikolai"): an ending vowel often tells two people apart ("Maria"/"Mario").
 */
function vowelVariant(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 1 || x[0] !== y[0]) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const end = i === Math.max(x.length, y.length) - 1;
  if (x.length === y.length) {
    const p = x[i]!;
    const q = y[i]!;
    if (!VOWELISH.has(p) || !VOWELISH.has(q) || x.slice(i + 1) !== y.slice(i + 1)) return false;
    return !end || (p === 'y' && q === 'i') || (p === 'i' && q === 'y');
  }
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  return !end && VOWELISH.has(long[i]!) && long.slice(i + 1) === short.slice(i);
}
/**
 * The people found by evidence named again: a name whose words (without initials) are those of another person
 * of the document, or a part of them ending with the surname, is that person ("Mr. Daley" after "Matthew
 * Daley", "President Karzai" after "Hamid Karzai", "Abdur Rahman" after "Shaykh Abdur Rahman", "William P.
 * Barr" after "William Barr"). The longer name wins; of two names with the same words, the first written.
 * Not when the shorter one fits two people ("Haqqani" of "Jalaluddin Haqqani" and "Sirajuddin Haqqani").
 */
function samePeople(found: Found[]) {
  let people: Found[] | null = null;
  for (const f of found) if (f.type === 'person' && f.canonical !== '') (people ??= []).push(f);
  if (!people || people.length < 2) return;
  // the distinct canonical names, in order of first mention, with their words
  const names: string[] = [];
  const wordsOf = new Map<string, string[]>();
  for (const f of people)
    if (!wordsOf.has(f.canonical)) {
      names.push(f.canonical);
      wordsOf.set(f.canonical, personNameWords(f.canonical));
    }
  if (names.length < 2) return;
  const to = new Map<string, string>();
  const ws = names.map((a) => wordsOf.get(a)!); // (names[x]'s words; the names are distinct)
  for (let x = 0; x < names.length; x++) {
    const wa = ws[x]!;
    let target = -1;
    let ambiguous = false;
    for (let y = 0; y < names.length; y++) {
      if (y === x) continue;
      const wb = ws[y]!;
      // (or a spelling of the same name: "Jalalludin Haqqani" after "Jalaluddin Haqqani")
      const same = wa.length === wb.length && (inName(wa, wb) || spellingOf(wa, wb));
      // (the same words: the first written stays; a longer name: the shorter is a part of it)
      if ((same && y < x) || (wa.length < wb.length && inName(wa, wb))) {
        if (target >= 0 && target !== y && !sameWords(ws[target]!, wb)) ambiguous = true;
        if (target < 0 || wb.length > ws[target]!.length) target = y;
      }
    }
    if (target >= 0 && !ambiguous) to.set(names[x]!, names[target]!);
  }
  if (to.size === 0) return;
  for (const f of people) {
    if (f.known) continue;
    let c = to.get(f.canonical);
    // (follow a chain: "Daley" → "Mr. Daley"'s name → "Matthew Daley")
    for (let k = 0; c !== undefined && to.has(c) && k < 4; k++) c = to.get(c);
    if (c !== undefined) f.canonical = c;
  }
}
/**
 * A person the document names only by an office's title and a surname ("President Trump", "Prime Minister
 * Khan"), whom no fuller name there names (samePeople leaves a one-word name), is that office's one holder of
 * the surname in the text's year (any year when the date is unknown; known-people.ts): Donald Trump. Not when
 * several holders fit, nor without a title ("Trump said" may be anyone of that name).
 */
function officeHolders(found: Found[], t: Tokens, year: number | null) {
  let to: Map<string, string> | null = null;
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    const i = foundI[x]!;
    if (f.type !== 'person' || f.known || i !== foundJ[x] || f.canonical.includes(' ') || to?.has(f.canonical)) continue;
    // the title's words right before the name, on its line ("Vice President", "Prime Minister")
    let title = '';
    for (let q = i - 1; q >= 0 && q >= i - 3 && t.gap[q + 1] === GAP_SPACE; q--) {
      const l = words.lower[t.word[q]!]!;
      if (!OFFICE_WORDS.has(l)) break;
      title = title ? `${l} ${title}` : l;
    }
    if (!title) continue;
    const name = officeHolder(words.key[t.word[i]!]!, officeTitle(title), year);
    if (name) (to ??= new Map()).set(f.canonical, name);
  }
  if (!to) return;
  for (const f of found) {
    const c = f.type === 'person' && !f.known ? to.get(f.canonical) : undefined;
    if (c !== undefined) f.canonical = c;
  }
}
const sameWords = (a: string[], b: string[]) => a.length === b.length && a.every((w, k) => w === b[k]);

/**
 * A group named in the hyphenated particle style ("Jamaat-e-Islami", "Tehrik-e-…") and a known place right
 * after it, ending the phrase, are one name: the group's branch there ("Jamaat-e-Islami Kashmir"). Not when
 * a capitalised word, a head noun or a verb of speech follows ("… Kashmir chief", "… India said": India speaks).
 */
function chapterOf(body: string, t: Tokens, tc: Int32Array, found: Found[], cover: Int32Array, x: number) {
  const i = foundI[x]!;
  const j = foundJ[x]!;
  const q = j + 1;
  if (q >= t.n || t.gap[q] !== GAP_SPACE || cover[q]! < 0) return;
  const y = cover[q]!;
  const p = found[y]!;
  if (p.type !== 'place' || foundI[y] !== q || foundJ[y] !== q) return;
  let hyphen = false;
  for (let k = i + 1; k <= j; k++) if (t.gap[k] === GAP_HYPHEN && !(tc[k]! & F_CAP)) hyphen = true;
  if (!hyphen || tc[q + 1]! & (F_CAP | F_ORGLOWER | F_ROLE | F_PLACELOWER | F_DISTRICT | F_SPEECH)) return;
  const f = found[x]!;
  dropFound(found, cover, y);
  f.end = t.end[q]!;
  f.canonical = cleanCanonical(body.slice(f.start, f.end), 'organization');
  f.known = false;
  f.entity_id = null;
  foundJ[x] = q;
  cover[q] = x;
}

/** body[s, e), between two tokens, holds a separating mark: a bullet, a bar, a middle dot (not a quote: "Operation ‘Al-Aqsa Flood’ Conference"). */
function markBetween(body: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const c = body.charCodeAt(k);
    if (c === 0x2022 || c === 0xb7 || c === 124 || c === 0x25cf || c === 0x25aa || c === 0x2023 || c === 0x2219 || c === 0xa6) return true;
  }
  return false;
}

/** The initials of the capitalised words among tokens i..j are the capitals of `acronym`, in order. */
function initialsAre(t: Tokens, tc: Int32Array, i: number, j: number, acronym: string): boolean {
  let k = 0;
  for (let q = i; q <= j; q++) {
    if (!(tc[q]! & F_CAP) || !(tc[q]! & F_WORD)) continue;
    while (k < acronym.length && !(acronym.charCodeAt(k) >= 65 && acronym.charCodeAt(k) <= 90)) k++;
    if (k >= acronym.length || words.raw[t.word[q]!]!.charCodeAt(0) !== acronym.charCodeAt(k)) return false;
    k++;
  }
  while (k < acronym.length && !(acronym.charCodeAt(k) >= 65 && acronym.charCodeAt(k) <= 90)) k++;
  return k === acronym.length && j > i;
}

/** Token r is a lower-case word after a space. */
const lowerWordAt = (t: Tokens, tc: Int32Array, r: number) => r < t.n && (tc[r]! & (F_WORD | F_CAP)) === F_WORD && t.gap[r] === GAP_SPACE;

/**
 * A word among tokens i..j is a label glued to its value, as copied from a rendered infobox: a capital after
 * four or more lower-case letters ("LeaderRiaz"; "McDonald", "MacArthur" have fewer). ASCII.
 */
function labelGlued(t: Tokens, i: number, j: number): boolean {
  for (let q = i; q <= j; q++) {
    const w = words.raw[t.word[q]!]!;
    let lower = 0;
    for (let k = 1; k < w.length; k++) {
      const c = w.charCodeAt(k);
      if (c >= 97 && c <= 122) lower++;
      else if (c >= 65 && c <= 90 && lower >= 4) return true;
      else lower = 0;
    }
  }
  return false;
}

/** Token q follows a sentence's end and footnote marks ("… Afghanistan.[12] Like …"). */
function afterFootnote(t: Tokens, tc: Int32Array, q: number): boolean {
  let p = q - 1;
  for (let k = 0; k < 4 && p >= 2 && words.raw[t.word[p]!] === ']' && words.raw[t.word[p - 2]!] === '['; k++) p -= 3;
  return p < q - 1 && p >= 0 && (tc[p]! & F_SENTEND) !== 0;
}

/** Token q is a capitalised word not yet in a mention that can be part of a person's name (no cue word, acronym or demonym). */
function plainNameWord(t: Tokens, tc: Int32Array, cover: Int32Array, q: number): boolean {
  if (q < 0 || q >= t.n || cover[q]! >= 0) return false;
  const f = tc[q]!;
  const cue = F_STOP | F_TITLE | F_ROLE | F_TIME | F_CONN | F_PLACEPREP | F_ORGHEAD | F_PLACEHEAD;
  if ((f & (F_CAP | F_WORD)) !== (F_CAP | F_WORD) || f & cue) return false;
  const w = t.word[q]!;
  return !(words.flags[w]! & W_UPPER) && !(moreByWord[w]! & (M_DEMONYM | M_COMPASS | M_LANDFORM | M_TITLECASE));
}

const isApostrophe = (c: number) => c === 39 || c === 0x2019;
/** A national body named without its country: a ministry ("Interior Ministry", "Ministry of Defence"), a national security council. */
const NATIONAL_BODY = /^(?:(.+) Ministry|Ministry of (?:the )?(.+)|(National Security Council))$/;
/** What NATIONAL_BODY needs (tested first: most names are not national bodies, and the expression backtracks). */
const mayBeNationalBody = (c: string) => c.endsWith(' Ministry') || c.startsWith('Ministry of ') || c === 'National Security Council';
const DEMONYM_STATE = new Map(Object.entries(demonyms).filter(([k]) => !k.startsWith('$')) as Array<[string, string]>);
/**
 * A national body's canonical name says whose it is, in the standard form: "Pakistan's Interior Ministry" →
 * "Ministry of Interior (Pakistan)", "a Pakistani Foreign Ministry spokesman" → "Ministry of Foreign
 * Affairs (Pakistan)", "Afghanistan's National Security Council" → "National Security Council
 * (Afghanistan)". The state is the one named right before it (or its demonym), or "of <state>" after it;
 * for a ministry of "the country", the state named most so far. The same name elsewhere in the document,
 * without a state of its own, is the same body.
 */
function nationalBodies(body: string, t: Tokens, tc: Int32Array, found: Found[]) {
  let owner: Map<string, string> | null = null;
  let open: number[] | null = null;
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    if (f.type !== 'organization' || f.known || !mayBeNationalBody(f.canonical)) continue;
    const m = NATIONAL_BODY.exec(f.canonical);
    if (!m) continue;
    const name = m[3] ?? `Ministry of ${m[1] === 'Foreign' || m[2] === 'Foreign' ? 'Foreign Affairs' : (m[1] ?? m[2])!}`;
    const i = foundI[x]!;
    const j = foundJ[x]!;
    let state: string | null = null;
    // (the state's possessive "s" is a token of its own: "Pakistan's Interior Ministry")
    const before = i > 1 && words.raw[t.word[i - 1]!] === 's' && isApostrophe(body.charCodeAt(t.start[i - 1]! - 1)) ? i - 2 : i - 1;
    const y = found.findIndex((g, k) => g.type === 'place' && g.canonical !== '' && foundJ[k] === before);
    if (y >= 0 && canonicalOf(found[y]!.canonical)?.kind === 'state') state = found[y]!.canonical;
    else if (i > 0 && isDemonym(t, i - 1)) state = DEMONYM_STATE.get(words.raw[t.word[i - 1]!]!) ?? null;
    else if (words.key[t.word[j + 1]!] === 'of') {
      const z = found.findIndex((g, k) => g.type === 'place' && g.canonical !== '' && foundI[k] === j + 2);
      if (z >= 0 && canonicalOf(found[z]!.canonical)?.kind === 'state') state = found[z]!.canonical;
    } else if (m[3] === undefined && i >= 2 && /\bcountry['’]s $/.test(body.slice(Math.max(0, f.start - 12), f.start))) state = mostNamedState(found, x);
    f.canonical = name;
    if (state) {
      f.canonical = `${name} (${state})`;
      if (!owner?.has(name)) (owner ??= new Map()).set(name, f.canonical);
    } else (open ??= []).push(x);
  }
  if (owner && open) for (const x of open) found[x]!.canonical = owner.get(found[x]!.canonical) ?? found[x]!.canonical;
}
/** The state named most among the mentions before index `x` (the first named of those tied), or null. */
function mostNamedState(found: Found[], x: number): string | null {
  const count = new Map<string, number>();
  let best: string | null = null;
  for (let k = 0; k < x; k++) {
    const g = found[k]!;
    if (g.type !== 'place' || g.canonical === '' || canonicalOf(g.canonical)?.kind !== 'state') continue;
    const c = (count.get(g.canonical) ?? 0) + 1;
    count.set(g.canonical, c);
    if (best === null || c > count.get(best)!) best = g.canonical;
  }
  return best;
}

function dropFound(found: Found[], cover: Int32Array, idx: number) {
  const f = found[idx]!;
  for (let q = foundI[idx]!; q <= foundJ[idx]!; q++) if (cover[q] === idx) cover[q] = -1;
  f.canonical = '';
}

/** Tokens si..sj open with a capitalised Romance organisation head and end right before token q, or before a "de"/"del" at q - 1. */
function romanceNameBefore(t: Tokens, tc: Int32Array, si: number, sj: number, q: number): boolean {
  if (!(tc[si]! & F_CAP) || !ROMANCE_HEADS.has(words.key[t.word[si]!]!)) return false;
  if (q === sj + 1) return t.gap[q] === GAP_SPACE;
  return q === sj + 2 && t.gap[q] === GAP_SPACE && t.gap[q - 1] === GAP_SPACE && !(tc[q - 1]! & F_CAP) && ROMANCE_OF.has(words.key[t.word[q - 1]!]!);
}
function orgHeadAt(tc: Int32Array, q: number): boolean {
  return (tc[q]! & (F_CAP | F_ORGHEAD)) === (F_CAP | F_ORGHEAD);
}
/**
 * "(Alhe Hadith Movement in Bangladesh)" at token q: a parenthesised name with an organisation head word.
 * Returns the index of its last name token, or -1.
 */
function parenOrgEnd(tc: Int32Array, n: number, q: number): number {
  if (!(tc[q]! & F_LPAREN) || !(tc[q + 1]! & F_NAME)) return -1;
  let e = q + 1;
  let head = false;
  while (e < n && e - q <= 8 && !(tc[e]! & F_RPAREN) && tc[e]! & (F_NAME | F_CONN)) {
    if (orgHeadAt(tc, e)) head = true;
    e++;
  }
  if (!(tc[e]! & F_RPAREN) || e - q < 3 || !head || !(tc[e - 1]! & F_NAME)) return -1;
  return e - 1;
}

function orgHeadWithin(tc: Int32Array, i: number, j: number): boolean {
  for (let q = i; q <= j; q++) if (orgHeadAt(tc, q)) return true;
  return false;
}

/** The first token of the capitalised run (with connectors) ending at token `end`, not covered by a mention; -1 if none. */
function capSequenceEndingAt(t: Tokens, tc: Int32Array, end: number, cover: Int32Array): number {
  if (!(tc[end]! & F_NAME) || cover[end]! >= 0) return -1;
  let si = end;
  while (si > 0) {
    if (t.gap[si] === GAP_LINE) break;
    const p = si - 1;
    if (cover[p]! >= 0 && !(tc[p]! & F_CAP && tc[end]! & F_ORGHEAD)) break;
    if (tc[p]! & F_NAME && cover[p]! < 0) {
      si--;
      continue;
    }
    if (tc[p]! & F_WORD && tc[p]! & F_CONN && tc[si - 2]! & F_NAME && cover[si - 2]! < 0) {
      si -= 2;
      continue;
    }
    break;
  }
  while (si < end && tc[si]! & F_STOP) si++;
  return si;
}

/** `text.replace(/\s+/g, ' ').trim()` would change text. */
function needsSpacing(text: string): boolean {
  const n = text.length;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c === 32) {
      if (k === 0 || k === n - 1 || text.charCodeAt(k + 1) === 32) return true;
    } else if (c <= 32 ? c >= 9 && c <= 13 : c > 127 && isS(c)) return true;
  }
  return false;
}

/** The first code units of the titles dropped from a person's name, in either case. */
const DROP_FIRST = new Set([...DROP_TITLES].flatMap((t) => [t.charCodeAt(0), t.toUpperCase().charCodeAt(0)]));

/**
 * A person's name without a leading title of DROP_TITLES ("Mullah Omar" → "Omar"): its first space-separated
 * part, in lower case, is looked up only when its first code unit can begin one (beyond ASCII, always).
 */
export function withoutTitle(s: string): string {
  const c = s.charCodeAt(0);
  if (c < 128 && !DROP_FIRST.has(c)) return s;
  const sp = s.indexOf(' ');
  const first = (sp < 0 ? s : s.slice(0, sp)).toLowerCase();
  return DROP_TITLES.has(first) ? s.slice(first.length).trim() : s;
}

function cleanCanonical(text: string, type: MentionType): string {
  let s = needsSpacing(text) ? text.replace(/\s+/g, ' ').trim() : text;
  if (type === 'person') s = withoutTitle(s);
  const c = canonicalOf(s);
  return c && c.type === type ? c.canonical : s;
}

/** The word up to its first apostrophe ("lashkar" of "lashkar’s"). */
function beforeApostrophe(w: string): string {
  let k = w.indexOf("'");
  const k2 = w.indexOf('’');
  if (k < 0 || (k2 >= 0 && k2 < k)) k = k2;
  return k < 0 ? w : w.slice(0, k);
}

/** Evidence inside the name itself. */
function typeOfUnknown(tc: Int32Array, si: number, sj: number): MentionType | null {
  const last = tc[sj]!;
  const first = tc[si]!;
  if (first & F_NAMETITLE && sj > si) return 'person';
  if ((last & F_ORGHEAD && sj > si) || first & F_ORGPREFIX) return 'organization';
  if (last & F_PLACEHEAD && sj > si) return 'place';
  return null;
}

function classify(
  body: string,
  t: Tokens,
  tc: Int32Array,
  si0: number,
  sj: number,
  cover: Int32Array,
  found: Found[],
  add: (f: Found, i: number, j: number) => void,
  forced: MentionType | null = null,
) {
  const n = t.n;
  const S = t.start;
  const E = t.end;
  const G = t.gap;
  let si = si0;
  if (notEntityAt(t, tc, si, sj)) return;
  // "the city of Zamboanga", "the southern city of General Santos": a place, title words and all
  let placeOf = !forced && si >= 2 && sj - si <= 2 && (moreByWord[t.word[si - 1]!]! & M_OF) !== 0 && G[si - 1] === GAP_SPACE && G[si] === GAP_SPACE && (moreByWord[t.word[si - 2]!]! & M_PLACEOF) !== 0;
  for (let q = si; placeOf && q <= sj; q++) if (cover[q]! >= 0 || !(tc[q]! & F_CAP)) placeOf = false;
  if (placeOf) forced = 'place';
  // an operation's name is not annotated ("Operation Zarb-e-Azb")
  if (si < sj && moreByWord[t.word[si]!]! & M_OPERATION) return;
  // "Muhammad Sarwar and Shahid Mahmood": two names joined by "and" unless the whole is one organisation
  // (a person's name has no "and": "Syed Rizwan Farook and Tashfeen Malik" is two)
  // (but two bodies' names each ending in a head word are two: "Human Rights Watch and Amnesty International")
  const whole = typeOfUnknown(tc, si, sj);
  for (let q = si + 1; q < sj; q++)
    if (tc[q]! & F_AND && !(tc[q]! & F_CAP) && cover[q]! < 0 && (!whole || whole === 'person' || (whole === 'organization' && orgHeadAt(tc, q - 1) && q - 1 > si))) {
        classify(body, t, tc, si, q - 1, cover, found, add);
        classify(body, t, tc, q + 1, sj, cover, found, add);
        return;
      }
  // "Omagh in County Tyrone", "Embassy in Abidjan": a name, "in" and a name are two unless the whole is a
  // body's name (no person's or place's name has an "in" in it; "Al-Qaeda in the Islamic Maghreb" is a
  // gazetteer entry, "Pakistan High Commission in Dhaka" ends in a head word)
  if (whole !== 'organization' && !forced)
    for (let q = si + 1; q < sj; q++)
      if (tc[q]! & F_CONN && !(tc[q]! & F_CAP) && cover[q]! < 0 && words.raw[t.word[q]!] === 'in' && !orgHeadWithin(tc, si, q - 1)) {
        classify(body, t, tc, si, q - 1, cover, found, add);
        classify(body, t, tc, q + 1, sj, cover, found, add);
        return;
      }
  // a sentence-initial common word joined by a connector: "Members of X", "Leaders of X" (not a head word:
  // "Bureau of Public Affairs")
  const sentenceStart = si === 0 || G[si] === GAP_LINE || (tc[si - 1]! & F_SENTSTART) !== 0;
  if (sentenceStart && tc[si + 1]! & F_CONN && !(tc[si + 1]! & F_CAP) && si + 2 <= sj && !(tc[si]! & (F_GIVEN | F_ORGPREFIX | F_ORGHEAD)) && forced !== 'organization') si += 2;
  // a sentence's first word before a given name and a surname is a word of the sentence, not of the name
  // ("Like Gulbuddin Hekmatyar, …", "Prosecutors Alberto Nisman …")
  else if (
    si + 2 <= sj && (tc[si + 1]! & (F_GIVEN | F_CAP | F_CONN)) === (F_GIVEN | F_CAP) && G[si + 1] === GAP_SPACE &&
    !(tc[si]! & (F_GIVEN | F_NAMETITLE | F_ORGPREFIX | F_ORGHEAD | F_TITLE | F_PLACEHEAD)) && !(words.flags[t.word[si]!]! & W_UPPER) && cover[si]! < 0 &&
    (sentenceStart || afterFootnote(t, tc, si))
  )
    si++;
  // an acronym in capitals before a given name and a surname is a body's or a title's, not a word of the
  // person's name ("head of FSB Nikolay Patrushev")
  else if (
    si + 2 <= sj && words.flags[t.word[si]!]! & W_UPPER && E[si]! - S[si]! >= 2 && cover[si]! < 0 && G[si + 1] === GAP_SPACE &&
    (tc[si + 1]! & (F_GIVEN | F_CAP | F_CONN)) === (F_GIVEN | F_CAP) && !(tc[si]! & (F_GIVEN | F_NAMETITLE))
  )
    si++;
  // titles inside the run: the name is what follows the last title ("Deputy Treasury Secretary Wally Adeyemo")
  let titled = false;
  for (let q = sj - 1; q >= si && !placeOf; q--) {
    if (tc[q]! & F_TITLE && tc[q]! & F_CAP && !(q > si && tc[q - 1]! & F_CONN)) {
      si = q + 1;
      titled = true;
      break;
    }
  }
  // drop sentence-initial function words and stray connectors
  // (but an adjective among the stop words opens a name that ends in an organisation head: "Islamic
  // Courts Union", "International Crisis Group")
  const headed = (tc[sj]! & (F_ORGHEAD | F_CAP)) === (F_ORGHEAD | F_CAP);
  while (si <= sj && ((tc[si]! & F_STOP && !(headed && si < sj && moreByWord[t.word[si]!]! & M_STOPADJ)) || !(tc[si]! & F_NAME))) si++;
  while (sj >= si && !(tc[sj]! & F_NAME)) sj--;
  // an office's complement, then the person's name, from its given name on ("Assistant Attorney General for
  // National Security John Demers", "Under Secretary for Political Affairs Victoria Nuland")
  if (si >= 2 && si < sj && tc[si - 1]! & F_CONN && !(tc[si - 1]! & F_CAP) && (words.key[t.word[si - 1]!] === 'for' || words.key[t.word[si - 1]!] === 'of')) {
    const office = tc[si - 2]! & F_TITLE || (cover[si - 2]! >= 0 && found[cover[si - 2]!]!.canonical === '');
    for (let q = si + 1; office && q < sj; q++)
      if (tc[q]! & F_GIVEN && G[q] === GAP_SPACE) {
        si = q;
        titled = true;
        break;
      }
  }
  // a demonym before a name is an adjective ("the Afghan NSC said", "a Pakistani Foreign Ministry
  // spokesperson"), but opens a national institution's own name ("Afghan National Police") and a party's or
  // a movement's, which are no organs of the state ("Spanish Socialist Workers' Party", "Russian Imperial
  // Movement": the golds of holdout5, holdout3 "Indian Mujahideen", dev "Palestinian Islamic Jihad")
  if (
    si < sj &&
    G[si + 1] === GAP_SPACE &&
    isDemonym(t, si) &&
    words.key[t.word[si + 1]!] !== 'national' &&
    !(sj > si + 1 && tc[sj]! & F_CAP && PARTY_HEADS.has(words.lower[t.word[sj]!]!))
  )
    si++;
  if (si > sj) return;
  for (let q = si; q <= sj; q++) if (cover[q]! >= 0 && found[cover[q]!]!.type !== 'place') return;
  if (notEntityAt(t, tc, si, sj)) return;
  // a plural place head after a reference division or city is no part of it ("North Kivu and Ituri
  // Provinces": Ituri)
  if (sj > si && G[sj] === GAP_SPACE && PLURAL_PLACE_HEADS.has(words.lower[t.word[sj]!]!) && cityOf(body.slice(S[si]!, E[sj - 1]!)) !== undefined) sj--;
  // an embassy attacked is a venue, a place named by the state it serves and the city it is in ("the attack
  // on the U.S. Embassy in Kabul" → U.S. Embassy in Kabul); one that speaks, or a building only, is not
  if (si === sj && si >= 2 && !forced && G[si] === GAP_SPACE && words.raw[t.word[si]!] === 'Embassy') {
    const y = cover[si - 1]!;
    const a = y >= 0 && found[y]!.type === 'place' && foundJ[y] === si - 1 ? foundI[y]! : isDemonym(t, si - 1) ? si - 1 : -1;
    if (a > 0 && attackTargetAt(t, tc, a)) {
      if (y >= 0) dropFound(found, cover, y);
      let canonical = body.slice(S[a]!, E[si]!);
      if (si + 2 < n && words.raw[t.word[si + 1]!] === 'in' && G[si + 2] === GAP_SPACE) {
        const z = cover[si + 2]!;
        const city = z >= 0 ? (found[z]!.type === 'place' && foundI[z] === si + 2 ? found[z]!.canonical : undefined) : cityOfWord(t.word[si + 2]!);
        if (city) canonical += ` in ${city}`;
      }
      add(mention(S[a]!, E[si]!, 'place', canonical, null, false), a, si);
      return;
    }
  }
  const text = body.slice(S[si]!, E[sj]!);
  let nWords = 0;
  let nCaps = 0; // (the capitalised words: "Abd al-Khaliq al-Houthi" has three)
  let nParts = 0; // (the words between spaces: "Kheir Al-Marimi" has two)
  for (let q = si; q <= sj; q++)
    if (tc[q]! & F_WORD) {
      nWords++;
      if (q === si || G[q] !== GAP_HYPHEN) nParts++;
      if (tc[q]! & F_CAP) nCaps++;
    }
  // the tokens around the name (past either end: no facts)
  const before = tc[si - 1]!;
  const before2 = tc[si - 2]!;
  const after = tc[sj + 1]!;
  const after2 = tc[sj + 2]!;
  const afterGap = sj + 1 < n ? G[sj + 1]! : -1;

  // a vehicle's name ("the Khyber Mail train") is not annotated
  // (and so is the same name elsewhere in the document: "the Samjhauta Express train" … "on the Samjhauta Express")
  if (afterGap === GAP_SPACE && !(after & F_CAP) && moreByWord[t.word[sj + 1]!]! & M_NOTAFTER) {
    (vehicleNames ??= new Set()).add(text);
    return;
  }
  let type: MentionType | null = forced ?? typeOfUnknown(tc, si, sj);
  // a head word and "of" open a body's name ("Bureau of Public Affairs", "Office of the Inspector General")
  if (!type && (tc[si]! & (F_ORGHEAD | F_CAP)) === (F_ORGHEAD | F_CAP) && sj > si + 1 && moreByWord[t.word[si + 1]!]! & M_OF) type = 'organization';
  // (or a head word, "of the" and a name after it: "Socialist Party of the Oppressed")
  if (!type)
    for (let q = si + 1; q + 2 < sj; q++)
      if ((tc[q]! & (F_ORGHEAD | F_CAP)) === (F_ORGHEAD | F_CAP) && moreByWord[t.word[q + 1]!]! & M_OF && tc[q + 2]! & F_THE && !(tc[q + 2]! & F_CAP)) {
        type = 'organization';
        break;
      }
  // a name joined by the ezafe ("Dukhtaran-e-Millat", "Nawa-i-Waqt") is a body's, not a person's or a place's
  if (!type)
    for (let q = si + 1; q < sj; q++)
      if (G[q] === GAP_HYPHEN && G[q + 1] === GAP_HYPHEN && words.key[t.word[q]!] === 'e' && !(tc[q]! & F_CAP) && tc[q + 1]! & F_CAP) {
        type = 'organization';
        break;
      }
  let end = sj;
  // "Ahle Hadith Andolon Bangladesh (Alhe Hadith Movement in Bangladesh)": a name glossed by an
  // organisation's name in parentheses is that organisation; the gloss is another mention of it
  const paren = type ? -1 : parenOrgEnd(tc, n, sj + 1);
  let known: ReturnType<typeof canonicalOf> = null;
  if (paren > 0) type = 'organization';
  // lower-case organisation head after the name: "Obama administration", "Indian army" (after a demonym
  // alone only a known body's name: "Kenyan military" is a generic reference, not annotated)
  if (!type && afterGap === GAP_SPACE && after & F_ORGLOWER && !canonicalOf(text)) {
    // (the state's "military" is its army where that is a known body: "Pakistani military")
    if (si === sj && isDemonym(t, si)) {
      known = canonicalOf(body.slice(S[si]!, E[sj + 1]!)) ?? (words.key[t.word[sj + 1]!] === 'military' ? canonicalOf(`${text} Army`) : null);
      if (known?.type !== 'organization') return;
    }
    type = 'organization';
    end = sj + 1;
  }
  // person evidence
  if (!type || type === 'place') {
    // (a title word that ends a name or follows "of"/"for" is part of an office or a body: "Department of
    // Justice Seal", "Rewards for Justice Program"; one on the line before is no title of this name)
    const beforeFree = si === 0 || cover[si - 1]! < 0 || found[cover[si - 1]!]!.canonical === '';
    const titleBefore = titled || (G[si] !== GAP_LINE && ((before & F_TITLE && before & F_CAP && beforeFree && !(before2 & F_CONN)) || (before & F_DOT && before2 & F_TITLE)));
    const roleBefore =
      (before & F_ROLE && !(before & F_CAP)) || (before & F_COMMA && before2 & F_ROLE) || (si > 0 && G[si] === GAP_SPACE && personBefore(t, tc, si - 1));
    // (a name after "the" is a group's or a thing's, not a person's: "The Real IRA denied …")
    const roleAfter = after & F_COMMA && !(before & F_THE) && (after2 & (F_ROLE | F_TITLE) || appositiveRole(t, tc, sj + 2));
    const speechAfter = after & F_WORD && !(after & F_CAP) && after & F_SPEECH && !(before & F_THE);
    // (a given name opens a person's name, not one written in quotes: "the “Virginia Jihad” cases")
    // (a name only the derived list knows, one or two words after "in", "near" …, is a place: "in Miran Shah")
    // (in quotes, a name used as a modifier is no person: after an article or before a lower-case word, "the
    // “Virginia Jihad” cases"; a nickname in quotes is: FARC's "Javier Paz")
    const quoted = isOpenQuote(body.charCodeAt(S[si]! - 1)) && isCloseQuote(body.charCodeAt(E[sj]!));
    const modifier = quoted && (tc[si - 2]! & F_ARTICLE || (tc[sj + 2]! & (F_WORD | F_CAP)) === F_WORD);
    const given =
      tc[si]! & F_GIVEN && nWords >= 2 && !modifier &&
      !(before & F_PLACEPREP && nWords <= 2 && moreByWord[t.word[si]!]! & M_DERIVED);
    // the next name in a list of people ("Abdul Malik al-Houthi, Abd al-Khaliq al-Houthi, and …")
    const prev = before & F_COMMA ? si - 2 : before & F_AND ? (before2 & F_COMMA ? si - 3 : si - 2) : -1;
    // (it reads as a person's name: a given name, an honorific or a particle in it; "Human Rights Watch" has none)
    const listed =
      prev >= 0 && cover[prev]! >= 0 && found[cover[prev]!]!.type === 'person' && foundJ[cover[prev]!] === prev && (after & (F_COMMA | F_AND | F_DOT) || afterGap === GAP_LINE || sj + 1 >= n) && personLike(tc, si, sj);
    if (
      !type &&
      (((titleBefore || roleBefore) && nParts <= 5) || (given && nWords <= 4) || (listed && nCaps >= 2 && nCaps <= 5) || ((roleAfter || speechAfter || bylineAt(t, tc, si, sj)) && nWords >= 2 && nWords <= 3))
    )
      type = 'person';
    // a name that ends in an office or a body's head word is no person ("Department Spokesman", "Office")
    if (type === 'person' && tc[sj]! & (F_ORGHEAD | F_ROLE | F_TITLE)) type = null;
    // nor one with an infobox label glued to a value in it ("Ghulam Rasool Shah LeaderRiaz")
    if (type === 'person' && labelGlued(t, si, sj)) type = null;
    // a title and a name that the document named as a place before are that place again ("the city of
    // General Santos" … "visited General Santos")
    if (type === 'person' && si > 0 && before & F_TITLE && G[si] === GAP_SPACE && cover[si - 1]! < 0) {
      const whole = body.slice(S[si - 1]!, E[sj]!);
      if (found.some((g) => g.type === 'place' && g.canonical === whole)) {
        add(mention(S[si - 1]!, E[sj]!, 'place', whole, null, false), si - 1, sj);
        return;
      }
    }
  }
  // an acronym nothing else typed is a body by what the text says it has or does: its people ("FSB agents",
  // "RIM's leaders", "members of the YPG", "head of FSB"), or its voice after an article or a demonym ("the
  // Afghan NSC said")
  if (!type && si === sj && acronymAt(t, si) && (membersAround(t, tc, si, sj) || (after & F_SPEECH && !(after & F_CAP) && (before & F_THE || isDemonym(t, si - 1))))) type = 'organization';
  // several units by their numbers ("the 45th, 46th, and 47th Brigades") are no one body's name
  if (type === 'organization' && nWords === 2 && ORDINAL.test(words.raw[t.word[si]!]!) && words.lower[t.word[sj]!]!.endsWith('s') && ORG_HEADS.has(words.lower[t.word[sj]!]!)) return;
  // a group named after a group noun: "a sect of Islamic State named Dokumacılar", "a cell called X"
  // (or "a sect of Islamic State named X": the noun before the group it belongs to)
  if (!type && si >= 2 && G[si] === GAP_SPACE && (words.raw[t.word[si - 1]!] === 'named' || words.raw[t.word[si - 1]!] === 'called')) {
    let p = si - 2;
    const y = cover[p]!;
    if (y >= 0 && found[y]!.type === 'organization' && foundJ[y] === p && foundI[y]! >= 2 && moreByWord[t.word[foundI[y]! - 1]!]! & M_OF) p = foundI[y]! - 2;
    if ((tc[p]! & (F_GROUPNOUN | F_CAP)) === F_GROUPNOUN) type = 'organization';
  }
  // a known body's short name, adjectives and its group noun: "the Haqqani terrorist network" is the Haqqani network
  if (!type && si === sj) {
    for (let q = sj + 1; q <= sj + 3 && lowerWordAt(t, tc, q); q++)
      if (tc[q]! & F_GROUPNOUN) {
        const c = q > sj + 1 ? canonicalOf(`${text} ${words.lower[t.word[q]!]!}`) : null;
        if (c?.type === 'organization') {
          add(mention(S[si]!, E[q]!, 'organization', c.canonical, null, true), si, q);
          return;
        }
        break;
      }
  }
  // appositive: "Jundallah, a Sunni militant group"
  if (!type && after & F_COMMA) {
    if (after2 & F_ARTICLE)
      for (let q = sj + 3; q < Math.min(n, sj + 8); q++) {
        if (!(tc[q]! & F_WORD)) break;
        if (tc[q]! & F_GROUPNOUN) {
          type = 'organization';
          break;
        }
      }
  }
  // an attack venue named by a lower-case head after an unknown name: "Westgate shopping mall",
  // "Maalbeek metro station" (a known place's "Kabul airport" is the place)
  const venue = (!type || type === 'place') && !forced && nWords <= 3 && afterGap === GAP_SPACE ? venueEnd(t, tc, sj + 1) : -1;
  if (venue > 0) {
    type = 'place';
    end = venue;
  }
  // a building's name after a preposition of place is the venue, a place ("outside the Amara Culture
  // Centre", "at Garissa University College"); so is the same name again in the document ("the campus of
  // Garissa University College")
  // (or the target of an attack: "an attack on the Army Public School", "gunmen stormed X College")
  if ((type === 'organization' || !type) && !forced && end === sj && si < sj && BUILDING_HEADS.has(words.key[t.word[sj]!]!)) {
    const p = tc[si - 1]! & F_THE && !(tc[si - 1]! & F_CAP) ? si - 2 : si - 1;
    if ((p >= 0 && LOCATIVE.has(words.raw[t.word[p]!]!)) || attackTargetAt(t, tc, si) || venueNames?.has(text)) {
      type = 'place';
      (venueNames ??= new Set()).add(text);
    }
  }
  // place evidence
  if (!type) {
    // (the lower-case head is no part of the name: "Khashrod district" is Khashrod, "the North
    // Ossetia–Alania region" North Ossetia–Alania; a known place keeps "district", see findMentions)
    if (afterGap === GAP_SPACE && after & F_PLACELOWER && nWords <= 3) type = 'place'; else if (after & F_COMMA && sj + 2 < n && cover[sj + 2]! >= 0 && found[cover[sj + 2]!]!.type === 'place' && nWords <= 3) {
      type = 'place';
    } else if (before & F_PLACEPREP && nWords <= 2 && (!(tc[si]! & F_GIVEN) || moreByWord[t.word[si]!]! & M_DERIVED) && !(after & F_LPAREN)) {
      type = 'place';
    }
  }
  // a reference city or town (data/cities.json), when nothing else typed the run ("Beslan school siege");
  // where evidence typed it a place ("in Bialystok"), the city's canonical name
  const city = (!type || type === 'place') && end === sj && nWords <= 5 && moreByWord[t.word[si]!]! & M_CITY ? (si === sj ? cityOfWord(t.word[si]!) : cityOf(text)) : undefined;
  if (city !== undefined) type = 'place';
  // a demonym or a compass word alone is no place ("at Afghan allegations", "in Eastern Afghanistan")
  // a translation given after "transl." or "lit." is no name of its own ("lit. 'Party of Holy Fighters'")
  if (type && !forced && isOpenQuote(body.charCodeAt(S[si]! - 1)) && TRANSLATION_BEFORE.test(body.slice(Math.max(0, S[si]! - 16), S[si]!))) return;
  // (or, unquoted, after "meaning" or after a name in another script and a comma: "(Urdu: …, Army of X)")
  if (type && !forced && glossBefore(body, S[si]!)) return;
  // (nor another adjective, data/adjectives.json: "in Argentine history", "a message in Arabic"; but "the Afar
  // region" is a place)
  if (!type || (type === 'place' && (isDemonym(t, si) || (si === end && moreByWord[t.word[si]!]! & (M_COMPASS | M_ADJECTIVE) && !(moreByWord[t.word[si]!]! & M_ADJECTIVE && after & F_PLACELOWER))))) return;
  // drop known places swallowed by an organisation name
  for (let q = si; q <= end; q++) if (cover[q]! >= 0) dropFound(found, cover, cover[q]!);
  const span = body.slice(S[si]!, E[end]!);
  let canonical = city ?? cleanCanonical(span, type);
  if (end > sj && venue < 0) canonical = known?.canonical ?? capitalisedLast(canonical);
  // a mission or a high commission is named by where it sits, a place of its own in the text: "Pakistan
  // High Commission in Dhaka"
  if (type === 'organization' && end === sj && MISSION_HEADS.has(words.key[t.word[sj]!]!) && sj + 2 < n && words.raw[t.word[sj + 1]!] === 'in' && G[sj + 2] === GAP_SPACE) {
    const y = cover[sj + 2]!;
    if (y >= 0 && found[y]!.type === 'place' && foundI[y] === sj + 2 && canonical === span) canonical = `${canonical} in ${found[y]!.canonical}`;
  }
  // (a reference city is known, as a gazetteer entry would be: no proposal for review)
  add(mention(S[si]!, E[end]!, type, canonical, null, city !== undefined), si, end);
  if (paren > 0) {
    for (let q = sj + 2; q <= paren; q++) if (cover[q]! >= 0 && found[cover[q]!]!.type !== 'place') return;
    for (let q = sj + 2; q <= paren; q++) if (cover[q]! >= 0) dropFound(found, cover, cover[q]!);
    add(mention(S[sj + 2]!, E[paren]!, type, canonical, null, false), sj + 2, paren);
  }
}

/**
 * A venue found by evidence and named again with another head or another form of a middle word ("Westgate
 * shopping mall" … "Westgate Mall", "Amara Culture Centre" … "Amara Cultural Centre") is the same venue: its
 * first words and its head word agree; the first in the text gives the canonical name.
 */
function sameVenues(found: Found[]) {
  let first: Map<string, Found> | null = null;
  for (const f of found) {
    if (f.type !== 'place' || f.known || f.canonical === '') continue;
    const sp = f.canonical.indexOf(' ');
    if (sp < 0) continue;
    const head = f.canonical.slice(f.canonical.lastIndexOf(' ') + 1).toLowerCase();
    if (!PLACE_HEADS.has(head) && !VENUE_HEADS.has(foldToken(head)) && !BUILDING_HEADS.has(foldToken(head))) continue;
    const k = `${f.canonical.slice(0, sp)}|${head}`;
    const g = (first ??= new Map()).get(k);
    if (!g || f.start < g.start) first.set(k, f);
  }
  if (!first) return;
  for (const f of found) {
    if (f.type !== 'place' || f.known || f.canonical === '') continue;
    const sp = f.canonical.indexOf(' ');
    if (sp < 0) continue;
    const g = first.get(`${f.canonical.slice(0, sp)}|${f.canonical.slice(f.canonical.lastIndexOf(' ') + 1).toLowerCase()}`);
    if (g && g !== f) f.canonical = g.canonical;
  }
}

const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/** The initials of a body's name: its capitalised words' first letters ("Russian Imperial Movement" → RIM), or ''. */
export function initialsOf(canonical: string): string {
  let a = '';
  let words = 0;
  for (const w of canonical.split(/[\s\-‐-―]+/)) {
    const c = w.charCodeAt(0);
    if (!(c >= 65 && c <= 90)) continue;
    a += w[0];
    words++;
  }
  return words >= 2 ? a : '';
}

/**
 * An acronym the document gives a body in apposition ("Russia's Federal Security Service, the FSB", "the
 * Russian Imperial Movement – also known as RIM –"), or one spelt by the initials of a body it names
 * ("Jemaah Islamiah" … "the JI"), is that body wherever it stands, before or after the full name and in
 * other sentences: a mention where nothing else is, the body's canonical name where only the acronym was.
 */
function acronymsOfBodies(t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[]) {
  const n = t.n;
  let byWord: Map<number, Found> | null = null;
  let byInitials: Map<string, Found | null> | null = null;
  let typed: Map<number, Found> | null = null;
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    if (f.type !== 'organization' || f.canonical === '') continue;
    // (an acronym typed a body in one place is that body in every other: "a member of the YPG" … "the YPG")
    if (foundI[x] === foundJ[x]) {
      const q = foundI[x]!;
      if (!f.known && acronymAt(t, q) && !typed?.has(t.word[q]!)) (typed ??= new Map()).set(t.word[q]!, f);
      continue;
    }
    const ini = initialsOf(f.canonical);
    if (ini.length >= 2) {
      byInitials ??= new Map();
      const g = byInitials.get(ini);
      // (two bodies of the same initials: neither)
      if (g === undefined) byInitials.set(ini, f);
      else if (g && g.canonical !== f.canonical) byInitials.set(ini, null);
    }
    const j = foundJ[x]!;
    let q = j + 1;
    const comma = (tc[q]! & F_COMMA) !== 0;
    if (comma) q++;
    let a = -1;
    if (words.key[t.word[q]!] === 'also' && words.key[t.word[q + 1]!] === 'known' && words.key[t.word[q + 2]!] === 'as') a = q + 3;
    else if (comma && (tc[q]! & (F_THE | F_CAP)) === F_THE) a = q + 1;
    if (a < 0 || a >= n || !acronymAt(t, a) || (tc[a + 1]! & F_NAME && t.gap[a + 1] === GAP_SPACE)) continue;
    (byWord ??= new Map()).set(t.word[a]!, f);
  }
  if (!byWord && !byInitials && !typed) return;
  for (let x = 0; x < t.nOpens; x++) {
    const k = t.opens[x]!;
    if (!(words.flags[t.word[k]!]! & W_UPPER) || !acronymAt(t, k)) continue;
    const f = byWord?.get(t.word[k]!) ?? byInitials?.get(words.raw[t.word[k]!]!) ?? typed?.get(t.word[k]!);
    if (!f) continue;
    const y = cover[k]!;
    if (y < 0) add(sameAs(f, t.start[k]!, t.end[k]!), k, k);
    else if (found[y]!.type === 'organization' && !found[y]!.known && foundI[y] === k && foundJ[y] === k && found[y]!.canonical === words.raw[t.word[k]!]) {
      found[y]!.canonical = f.canonical;
      found[y]!.entity_id = f.entity_id;
      found[y]!.known = f.known;
    }
  }
}

/** Token q is an acronym: two to six capitals (no lower-case letter, no digit), not in a line of capitals, not an office's (PM, SSP). */
function acronymAt(t: Tokens, q: number): boolean {
  const w = t.word[q]!;
  const len = t.end[q]! - t.start[q]!;
  if (len < 2 || len > 6 || (words.flags[w]! & (W_UPPER | W_DIGIT)) !== W_UPPER || OFFICE_ACRONYMS.has(words.raw[w]!)) return false;
  // (a headline or a letterhead in capitals: the words beside it are capitals too)
  const upper = (r: number) => r >= 0 && r < t.n && (words.flags[t.word[r]!]! & (W_UPPER | W_WORD)) === (W_UPPER | W_WORD) && t.end[r]! - t.start[r]! > 1;
  return !upper(q - 1) && !upper(q + 1);
}

/** A lower-case member noun ("agents", "leaders", "members", "head") at token q. */
const memberAt = (t: Tokens, tc: Int32Array, q: number) => q >= 0 && q < t.n && (tc[q]! & (F_WORD | F_CAP)) === F_WORD && (moreByWord[t.word[q]!]! & M_MEMBER) !== 0;

/**
 * The name si..sj has people, by the text: a member noun after it (after a possessive too: "FSB agents",
 * "RIM's leaders", a line break between: "ATF\nmembers"), or before "of" and it ("members of the YPG",
 * "head of FSB").
 */
function membersAround(t: Tokens, tc: Int32Array, si: number, sj: number): boolean {
  let q = sj + 1;
  // (the possessive's "s": the apostrophe is no token)
  if (q < t.n && t.start[q] === t.end[sj]! + 1 && t.end[q] === t.start[q]! + 1 && words.key[t.word[q]!] === 's') q++;
  if (q < t.n && t.gap[q] !== GAP_HYPHEN && memberAt(t, tc, q)) return true;
  let p = si - 1;
  if ((tc[p]! & (F_THE | F_CAP)) === F_THE) p--;
  return p >= 1 && (moreByWord[t.word[p]!]! & M_OF) !== 0 && memberAt(t, tc, p - 1);
}
/** Heads of bodies named by the place where they sit ("High Commission in Dhaka"; folded keys). */
const MISSION_HEADS = new Set(['Commission', 'Mission'].map(foldToken));
/** Organisation heads that name a building, a venue after a preposition of place (folded keys). */
const BUILDING_HEADS = new Set(['Centre', 'Center', 'College', 'University', 'School', 'Club', 'Academy'].map(foldToken));
/** Prepositions of place before a building's name (as written). */
const LOCATIVE = new Set(['at', 'outside', 'inside', 'near', 'into', 'behind']);
/** Plural place heads (lower case). */
const PLURAL_PLACE_HEADS = new Set(['provinces', 'districts', 'regions', 'counties', 'states']);
/** Verbs whose object is an attack's target, a venue (as written). */
const ATTACK_VERBS = new Set(['attacked', 'stormed', 'bombed', 'raided', 'targeted', 'besieged']);
/** Nouns of an attack "on" its target (lower case). */
const ATTACK_NOUNS = new Set(['attack', 'attacks', 'assault', 'raid', 'siege', 'bombing', 'strike']);
/** The name at token a is an attack's object: "attacked the X", "an attack on the X". */
function attackTargetAt(t: Tokens, tc: Int32Array, a: number): boolean {
  const p = tc[a - 1]! & F_THE && !(tc[a - 1]! & F_CAP) ? a - 2 : a - 1;
  if (p < 0) return false;
  const w = words.raw[t.word[p]!]!;
  return ATTACK_VERBS.has(w) || (w === 'on' && p > 0 && ATTACK_NOUNS.has(words.lower[t.word[p - 1]!]!));
}
/** The buildings' names found as venues in the document under way (findMentions resets it). */
let venueNames: Set<string> | null = null;
/** The names found as a vehicle's in the document under way ("the X train"; findMentions resets it). */
let vehicleNames: Set<string> | null = null;

// (folded keys, fold.ts: "mall" is "mal")
const VENUE_HEADS = new Set(['mall', 'station', 'hotel', 'club'].map(foldToken));
const VENUE_MODIFIERS = new Set(['shopping', 'metro', 'railway', 'train', 'bus', 'subway'].map(foldToken));
/** The last token of a lower-case venue head at token q ("shopping mall", "metro station", "mall"), or -1. */
function venueEnd(t: Tokens, tc: Int32Array, q: number): number {
  if (q >= t.n || tc[q]! & F_CAP) return -1;
  const m = moreByWord[t.word[q]!]!;
  if (m & M_VENUE) return q;
  if (!(m & M_VENUEMOD) || q + 1 >= t.n || t.gap[q + 1] !== GAP_SPACE || tc[q + 1]! & F_CAP) return -1;
  return moreByWord[t.word[q + 1]!]! & M_VENUE ? q + 1 : -1;
}

/**
 * "the Departments of Justice and the Treasury" at token k: each one-word item is a body of its own
 * ("Department of Justice", the built-in canonical where known). Returns the token after the list.
 */
function pluralHeads(t: Tokens, tc: Int32Array, cover: Int32Array, add: Add, k: number): number {
  const head = PLURAL_HEADS.get(words.raw[t.word[k]!]!)!;
  let q = k + 2;
  for (let item = 0; q < t.n && item < 4; item++) {
    const the = (tc[q]! & (F_THE | F_CAP)) === F_THE;
    if (the) q++;
    if ((tc[q]! & (F_CAP | F_WORD)) !== (F_CAP | F_WORD)) break;
    if (cover[q]! < 0 && !(tc[q + 1]! & F_NAME && t.gap[q + 1] === GAP_SPACE)) {
      const name = `${head} of ${the ? 'the ' : ''}${words.raw[t.word[q]!]!}`;
      const c = canonicalOf(name);
      add(mention(t.start[q]!, t.end[q]!, 'organization', c?.type === 'organization' ? c.canonical : name, null, c !== null), q, q);
    }
    q++;
    if (!(tc[q]! & (F_COMMA | F_AND))) break;
    q++;
  }
  return q;
}

/** Tokens i..j have a given name, an honorific of a name ("Qari") or a lower-case particle ("al", "bin"), and no stop word. */
function personLike(tc: Int32Array, i: number, j: number): boolean {
  let cue = false;
  for (let q = i; q <= j; q++) {
    const f = tc[q]!;
    if (f & F_STOP) return false;
    if (f & (F_GIVEN | F_NAMETITLE) || (f & (F_CONN | F_CAP)) === F_CONN) cue = true;
  }
  return cue;
}

/** Letters of scripts other than Latin (from Hebrew on; not Latin Extended Additional nor punctuation). */
const otherScript = (c: number) => c >= 0x0590 && c < 0x1e00;
/**
 * The name at `s` glosses what comes before it: after "meaning " or after text in another script and ", "
 * (read by the code units before it: this runs at every name found).
 */
function glossBefore(body: string, s: number): boolean {
  if (s < 3 || body.charCodeAt(s - 1) !== 32) return false;
  const c = body.charCodeAt(s - 2);
  if (c === 103) return s >= 8 && body.startsWith('meaning', s - 8); // "g"
  if (c !== 44) return false; // ","
  let p = s - 3;
  while (p >= 0 && isS(body.charCodeAt(p))) p--;
  return p >= 0 && otherScript(body.charCodeAt(p));
}

/**
 * An appositive that names a role, from token q (after the comma): "a senior commander", "one of its key
 * commanders", "the founder of …"; a group noun first makes it an organisation's ("a group whose leader").
 */
function appositiveRole(t: Tokens, tc: Int32Array, q: number): boolean {
  if (!(tc[q]! & F_ARTICLE) && words.key[t.word[q]!] !== 'one') return false;
  for (let p = q + 1; p < Math.min(t.n, q + 9); p++) {
    const f = tc[p]!;
    if (!(f & F_WORD) || f & F_GROUPNOUN) return false;
    if (f & F_ROLE && !(f & F_CAP)) return true;
    const l = words.lower[t.word[p]!]!;
    if (l.endsWith('s') && ROLES.has(l.slice(0, -1))) return true; // "commanders"
  }
  return false;
}

/** Token q, right before a name, says a person follows: "citizen", "national", "a member/man named". */
function personBefore(t: Tokens, tc: Int32Array, q: number): boolean {
  const w = words.raw[t.word[q]!]!;
  if (PERSON_BEFORE.has(w)) return true;
  return w === 'named' && q > 0 && ((tc[q - 1]! & F_ROLE) !== 0 || NAMED_AFTER.has(words.lower[t.word[q - 1]!]!));
}

/**
 * A byline: the name is a line of its own and the next line names an office within its first four
 * words ("Jane Roe\nActing Deputy Spokesman, Office of …").
 */
function bylineAt(t: Tokens, tc: Int32Array, si: number, sj: number): boolean {
  if ((si > 0 && t.gap[si] !== GAP_LINE) || sj + 1 >= t.n || t.gap[sj + 1] !== GAP_LINE) return false;
  for (let q = sj + 1; q < Math.min(t.n, sj + 5); q++) {
    if (q > sj + 1 && t.gap[q] === GAP_LINE) break;
    if (tc[q]! & F_CAP && tc[q]! & (F_TITLE | F_ROLE)) return true;
  }
  return false;
}

/**
 * The name with its last word capitalised if it is a lower-case word ("Indian army" → "Indian Army"): as
 * `s.replace(/ (\p{Ll})(\p{L}*)$/u, …)`, which can only match from the last space, since letters follow it.
 */
export function capitalisedLast(s: string): string {
  const p = s.lastIndexOf(' ');
  if (p < 0) return s;
  const m = LOWER_WORD.exec(s.slice(p + 1));
  return m ? `${s.slice(0, p)} ${m[1]!.toUpperCase()}${m[2]!}` : s;
}
const LOWER_WORD = /^(\p{Ll})(\p{L}*)$/u;

/** Index of the token whose start (or end) is exactly `pos`, by binary search; -1 if none. */
function tokenAt(t: Tokens, pos: number, edge: 'start' | 'end'): number {
  const a = edge === 'start' ? t.start : t.end;
  let lo = 0;
  let hi = t.n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = a[mid]!;
    if (v === pos) return mid;
    if (v < pos) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Index of the token with start < pos < end, by binary search; -1 if none. */
function tokenAround(t: Tokens, pos: number): number {
  let lo = 0;
  let hi = t.n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (t.end[mid]! <= pos) lo = mid + 1;
    else if (t.start[mid]! >= pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** The infobox labels, as expressions. */
const INFOBOX_LABELS = [
  'Commanders?', 'Leaders?', 'Founders?', 'Founded by', 'Led by', 'Units?', 'Combatants?', 'Belligerents?', 'Allies',
  'Opponents', 'Perpetrators?', 'Suspects?', 'Accused', 'Assailants?', 'Split from', 'Place', 'Location', 'Headquarters', 'Area of operations',
  'Active regions', 'Country',
];
// the label, then a colon, a space before a capital, a table's bar ("Location | Lethpora |"), or nothing
// before a capitalised word (a label glued to its value, as copied from a rendered infobox:
// "LocationLethpora"); or the label alone on its line, its values on the lines after it
export const INFOBOX_LINE = new RegExp(
  `^[-*•\\s]*(${INFOBOX_LABELS.join('|')})(\\d*)(?:(?::[ \\t]*| (?=\\p{Lu})|(?=\\p{Lu}\\p{Ll})| *\\| *)(.+)|[ \\t]*:?[ \\t]*)$`,
  'gmu',
);
const INFOBOX_LINE_AT = new RegExp(INFOBOX_LINE.source, 'ymu');
/** A word a label begins with, and the digits after it ("Commanders2", "Founded" of "Founded by"), or glued to its value ("LocationLethpora"). */
const LABEL_WORD = new RegExp(`^(?:${INFOBOX_LABELS.map((s) => s.split(' ')[0]!).join('|')})\\d*(?:$|\\p{Lu}\\p{Ll})`, 'u');
/** `[-*•\s]`: what may come before a label on its line. */
const isLead = (c: number) => c === 45 || c === 42 || c === 0x2022 || isS(c);

// the reference city a word alone spells (gazetteer.ts cityOf), by word id, for words.epoch === cityEpoch:
// null = none, undefined = not yet known
let cityEpoch = -1;
let cityByWord: (string | null | undefined)[] = [];
function cityOfWord(w: number): string | undefined {
  if (cityEpoch !== words.epoch) {
    cityByWord = [];
    cityEpoch = words.epoch;
  }
  let c = cityByWord[w];
  if (c === undefined) cityByWord[w] = c = cityOf(words.raw[w]!) ?? null;
  return c ?? undefined;
}

// by word id, for words.epoch === labelEpoch: 2 = LABEL_WORD, 1 = not, 0 = not yet known
let labelEpoch = -1;
let labelByWord = new Uint8Array(0);
function isLabelWord(w: number): boolean {
  if (labelEpoch !== words.epoch || labelByWord.length <= w) {
    const a = new Uint8Array(Math.max(1024, words.count * 2));
    if (labelEpoch === words.epoch) a.set(labelByWord);
    labelByWord = a;
    labelEpoch = words.epoch;
  }
  let v = labelByWord[w]!;
  if (v === 0) labelByWord[w] = v = LABEL_WORD.test(words.raw[w]!) ? 2 : 1;
  return v === 2;
}

/**
 * The matches of INFOBOX_LINE in body (its tokens `t`), as `body.matchAll(INFOBOX_LINE)` gives them. What
 * comes before a label on its line (bullets, white space) makes no token, so a label begins with the first
 * token after a line break, and that token's word is a LABEL_WORD: the expression is tried only at the line
 * start before such a token (any line start from which only `[-*•\s]` come before it matches alike; the
 * first is the match's).
 */
export function infoboxLines(body: string, t: Tokens): RegExpExecArray[] {
  // line terminators other than \n (which make no GAP_LINE) are rare: there, the plain scan
  if (t.otherBreaks) return [...body.matchAll(INFOBOX_LINE)];
  const out: RegExpExecArray[] = [];
  // (a match ends at its line's end, before the next token after a line break: matches cannot overlap)
  for (let x = 0; x < t.nLines; x++) {
    const q = t.lines[x]!;
    if (!isLabelWord(t.word[q]!)) continue;
    const s = t.start[q]!;
    let b = s;
    while (b > 0 && isLead(body.charCodeAt(b - 1))) b--;
    let line = b;
    if (b > 0 && body.charCodeAt(b - 1) !== 10) {
      line = body.indexOf('\n', b) + 1; // (0: none)
      if (line === 0 || line > s) continue; // not on a line of its own: "# Commander"
    }
    INFOBOX_LINE_AT.lastIndex = line;
    const m = INFOBOX_LINE_AT.exec(body);
    if (m) out.push(m);
  }
  return out;
}

type Add = (f: Found, i: number, j: number) => void;
function infobox(body: string, toks: Tokens, tc: Int32Array, cover: Int32Array, found: Found[], add: Add) {
  for (const m of infoboxLines(body, toks)) {
    parentItem = null;
    const label = m[1]!.trim();
    const hit = INFOBOX.find(([re]) => re.test(label));
    if (!hit) continue;
    const type = hit[1];
    const end = m.index + m[0].length;
    const rest = m[3];
    if (rest !== undefined && rest.length <= 400) infoboxItems(body, toks, tc, cover, found, add, type, end - rest.length, end);
    // the values on the lines after it, one a line ("LeaderAli Rezaei\nOmar Haddad\n• Tariq Saleem"), up to
    // a line that is not a name (a label glued to its value, a sentence) or a second blank line
    let blank = 0;
    let values = 0;
    for (let s = end + 1, k = 0; s < body.length && k < 8 && blank < 2; k++) {
      let e = body.indexOf('\n', s);
      if (e < 0) e = body.length;
      const [a, b] = trimmedItem(body, s, e);
      if (a === b) blank++;
      else {
        const ti = tokenAt(toks, a, 'start');
        const tj = tokenAt(toks, b, 'end');
        if (ti < 0 || tj < ti || tj - ti > 24 || !namesOnly(tc, ti, tj) || gluedLabel(words.raw[toks.word[ti]!]!)) break;
        // (one plain word on a line without a bullet, after a first value, may be the next label:
        // "Headquarters\nMiranshah\nFunding\nUnknown")
        if (ti === tj && cover[ti]! < 0 && a === s && (values > 0 || rest !== undefined)) break;
        values++;
        INFOBOX_LINE_AT.lastIndex = s;
        if (INFOBOX_LINE_AT.test(body)) break;
        infoboxItems(body, toks, tc, cover, found, add, type, a, b);
        blank = 0;
      }
      s = e + 1;
    }
  }
}
/** Tokens i..j are names only: their words capitalised (or ordinals) or lower-case connectors and particles ("of", "al"). */
function namesOnly(tc: Int32Array, i: number, j: number): boolean {
  for (let q = i; q <= j; q++) if (tc[q]! & F_WORD && !(tc[q]! & (F_NAME | F_CONN))) return false;
  return true;
}
/** A word that is a label glued to its value, a lower-case letter before a capital inside it ("IdeologyIslamism"; ASCII). */
function gluedLabel(w: string): boolean {
  for (let k = 2; k < w.length - 1; k++) {
    const c = w.charCodeAt(k);
    const p = w.charCodeAt(k - 1);
    if (c >= 65 && c <= 90 && p >= 97 && p <= 122) return true;
  }
  return false;
}

/** The items of body[s, e), the runs of characters between commas or `<hr>` rules (and before a table's closing bar). */
function infoboxItems(body: string, toks: Tokens, tc: Int32Array, cover: Int32Array, found: Found[], add: Add, type: MentionType, s: number, e: number) {
  while (e > s && (isS(body.charCodeAt(e - 1)) || body.charCodeAt(e - 1) === 124)) e--;
  for (let p = s; p < e; ) {
    // (the next comma or " <hr> " before e, found by a scan of the item, not of the body past it)
    let q = p;
    let hr = false;
    for (; q < e; q++) {
      const c = body.charCodeAt(q);
      if (c === 44) break;
      // (a footnote mark and a space end an item too: "Lashkar-e-Taiba[1][2] Abhinav Bharat[3]")
      if (c === 93 && q + 1 < e && isS(body.charCodeAt(q + 1)) && body.charCodeAt(q - 1) >= 48 && body.charCodeAt(q - 1) <= 57) break;
      if (c === 60 && body.startsWith('<hr>', q)) {
        hr = true;
        break;
      }
    }
    if (q > p) infoboxItem(body, toks, tc, cover, found, add, type, p, q);
    p = hr ? q + 4 : q + 1;
  }
}

/** One infobox item, body[s, e): trimmed of markup, bullets, footnote marks and notes, a mention if it is a name. */
/** Punctuation that makes an infobox item a sentence, not a name. */
const ITEM_PUNCT = /[.:;!?]/;
/** An infobox value that says the field is not known ("Units: Unknown"), no name. */
const PLACEHOLDER = /^(?:unknown|none|n\/a|unclear|disputed|various|undisclosed)$/i;
/** An image size before an infobox item ("20px "), as copied from a flag icon. */
const ICON_SIZE = /^\d{1,3}px\s+/;
/** An infobox casualty mark after a name: killed, wounded, missing in action, prisoner of war. */
const CASUALTY_MARK = /(?<=\p{Ll}|\s)\s*(?:KIA|WIA|MIA|POW)$/u;
function infoboxItem(body: string, toks: Tokens, tc: Int32Array, cover: Int32Array, found: Found[], add: Add, type: MentionType, s0: number, e0: number) {
  let [s, e] = trimmedItem(body, s0, e0);
  // a body's country in brackets, as a link's title gives it, is part of its name ("National Intelligence
  // Service (Kenya)": there are many); other notes are not
  // (and the item is that body, not a built-in name of its own inside it: "National Intelligence Service")
  let qualified = false;
  if (type === 'organization' && e < e0 && body.charCodeAt(e) === 32 && body.charCodeAt(e + 1) === 40) {
    const close = body.indexOf(')', e + 2);
    if (close > 0 && close < e0 && canonicalOf(body.slice(e + 2, close))?.kind === 'state') {
      e = close + 1;
      qualified = true;
    }
  }
  // a flag icon's size before the name and a casualty mark after it, glued or not, are no part of it
  // ("20px Grace Kaindi", "Omar Nabhan KIA", "Abu Baara al SudaniKIA")
  // (each tried only where it can match: a digit first, a mark's last letter A or W last)
  const d = body.charCodeAt(s);
  const lead = s < e && d >= 48 && d <= 57 ? ICON_SIZE.exec(body.slice(s, Math.min(e, s + 8))) : null;
  if (lead) s += lead[0].length;
  const z = body.charCodeAt(e - 1);
  const mark = e > s && (z === 65 || z === 87) ? CASUALTY_MARK.exec(body.slice(Math.max(s, e - 5), e)) : null;
  if (mark && e - mark[0].length > s) e -= mark[0].length;
  // a name written twice, as a rendered infobox gives a flag icon's title and the link ("Islamic State
  // Islamic State"), is the name once
  const half = (e - s - 1) >> 1;
  if (e - s >= 5 && (e - s) % 2 === 1 && body.charCodeAt(s + half) === 32 && body.startsWith(body.slice(s, s + half), s + half + 1)) e = s + half;
  const text = body.slice(s, e);
  // (a unit under the item before it, one bullet deeper: "* IRGC, ** Aerospace Force" is the IRGC's)
  let depth = 0;
  for (let k = s0; k < s; k++) if (body.charCodeAt(k) === 42) depth++;
  const parent = depth >= 2 ? parentItem : null;
  if (depth === 1) parentItem = type === 'organization' ? text : null;
  if (!text || text.endsWith(':') || !upperFirst(text) || text.includes('  ')) return;
  if (ITEM_PUNCT.test(text) || PLACEHOLDER.test(text)) return;
  // (a value glued to its label starts inside the label's token; a glued mark ends inside the name's)
  let ti = tokenAt(toks, s, 'start');
  if (ti < 0) ti = tokenAround(toks, s);
  let tj = tokenAt(toks, e, 'end');
  if (tj < 0) tj = tokenAround(toks, e);
  if (ti < 0 || tj < ti || tj - ti > 8) return;
  // (a name, not a sentence: "Founded by X in 2000, …"; the first token of a glued value is the label's)
  if (!namesOnly(tc, ti + 1, tj)) return;
  // (a person's name has at most five capitalised words: more are names run together, "A B C D E F")
  if (type === 'person') {
    let caps = 0;
    for (let q = ti; q <= tj; q++) if (tc[q]! & F_CAP) caps++;
    if (caps > 5) return;
  }
  // a known place inside a person's or a group's name is part of it ("FoundersRiaz Basra", "Split
  // fromSipah-e-Sahaba Pakistan"); any other mention inside the item, or places that make the whole item
  // ("Iran Iran"), keep it
  let places = false;
  let free = false;
  for (let q = ti; q <= tj; q++) {
    const x = cover[q]!;
    if (x < 0) {
      if (tc[q]! & F_WORD) free = true;
      continue;
    }
    if (qualified) continue;
    if (type === 'place' || found[x]!.type !== 'place') return;
    places = true;
  }
  if (places && !free) return;
  if (NOT_ENTITIES.has(nameKey(text))) return;
  if (places || qualified) for (let q = ti; q <= tj; q++) if (cover[q]! >= 0) dropFound(found, cover, cover[q]!);
  const canonical = cleanCanonical(text, type);
  add(mention(s, e, type, parent && type === 'organization' && canonical === text ? `${parent} ${text}` : canonical, null, false), ti, tj);
}
/** The last infobox item of one bullet ("* IRGC"), whose units the items one bullet deeper are (as written; null: none). */
let parentItem: string | null = null;

/**
 * An infobox item body[s, e) without its leading markup and bullets (/^(?:\s|\*|•|<hr>|&)+/) and its trailing
 * notes and footnote marks (/(?:\s*\([^)]*\)|\s*\[\d+\]|\s)+$/), found without slicing: [start, end).
 */
export function trimmedItem(body: string, s: number, e: number): [number, number] {
  const start = s + leadLength(body, s, e);
  return [start, start + keptLength(body, start, e)];
}

/** The length of the match of /^(?:\s|\*|•|<hr>|&)+/ in body[s, e) (0 if none). */
function leadLength(body: string, s: number, e: number): number {
  let p = s;
  while (p < e) {
    const c = body.charCodeAt(p);
    if (c === 42 || c === 38 || c === 0x2022 || isS(c)) p++;
    else if (c === 60 && p + 4 <= e && body.startsWith('<hr>', p)) p += 4;
    else break;
  }
  return p - s;
}

// star[p - s]: body[p, e) is a run of the pieces `\s`, `\s*\([^)]*\)` and `\s*\[\d+\]` (kept from call to call)
let star = new Uint8Array(512);
/**
 * The length of body[s, e) without the match of /(?:\s*\([^)]*\)|\s*\[\d+\]|\s)+$/ (trailing white space,
 * parenthetical notes and footnote marks). The expression matches at the first p from which the rest is a
 * run of its pieces; each piece starting at p can end at one place only, so the runs are found backwards.
 */
function keptLength(body: string, s: number, e: number): number {
  const len = e - s;
  // every piece ends in white space, ")" or "]": an item that ends otherwise keeps all its characters
  // (most do: "Ali Rezaei")
  const last = body.charCodeAt(e - 1);
  if (len === 0 || (last !== 41 && last !== 93 && !isS(last))) return len;
  if (star.length < len + 1) star = new Uint8Array(2 * len + 1);
  star[len] = 1;
  let first = len;
  for (let p = e - 1; p >= s; p--) {
    let ok = isS(body.charCodeAt(p)) && star[p + 1 - s] === 1;
    if (!ok) {
      const q = pieceEnd(body, p, e);
      ok = q > 0 && star[q - s] === 1;
    }
    star[p - s] = ok ? 1 : 0;
    if (ok) first = p - s;
  }
  return first;
}
/** Where the piece `\s*\([^)]*\)` or `\s*\[\d+\]` that starts at p ends (body[p, e)), or -1. */
function pieceEnd(body: string, p: number, e: number): number {
  let k = p;
  while (k < e && isS(body.charCodeAt(k))) k++;
  if (k >= e) return -1;
  const c = body.charCodeAt(k);
  if (c === 40) {
    const close = body.indexOf(')', k + 1);
    return close >= 0 && close < e ? close + 1 : -1;
  }
  if (c !== 91) return -1;
  let d = k + 1;
  while (d < e && body.charCodeAt(d) >= 48 && body.charCodeAt(d) <= 57) d++;
  return d > k + 1 && d < e && body.charCodeAt(d) === 93 ? d + 1 : -1;
}

