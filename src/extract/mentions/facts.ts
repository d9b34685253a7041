// Facts of a token's word (`tc`, one integer per token): which cue sets its word is in, worked out once per
// distinct word and kept by word id; and the per-document word stamps.
import { foldToken } from '../fold.ts';
import { canonicalOf, opensCity } from '../gazetteer.ts';
import { TOKEN_CODES, type Tokens, wordIdOf, words } from '../tokens.ts';
import { beforeApostrophe } from './canonical.ts';
import { ADJECTIVES, COMMON_WORDS, COMPASS, CONNECTORS, DEMONYMS, GIVEN, GIVEN_DERIVED, GIVEN_PLAIN, GIVEN_SUFFIX, GROUP_NOUNS, HEADLINE_VERBS, LANDFORMS, MEDIA_NOUNS, MEMBER_NOUNS, NAME_TITLES, NOT_AFTER, NOT_ENTITIES, ORG_HEADS, ORG_LOWER, ORG_PREFIX, PLACE_HEADS, PLACE_LOWER, PLACE_OF, PLACE_PREPS, PLURAL_HEADS, POSSESSED_AFTER, ROLES, ROMANCE_HEADS, SPEECH, STOP, SURNAME_ENDINGS, SURNAMES, STOP_ADJECTIVES, VERBS_AFTER, SUBDIVISION_SUFFIX, TIME_WORDS, TITLE_CASE_CONN, TITLES, VENUE_HEADS, VENUE_MODIFIERS, VENUE_PREFIXES, WORD_NAMES } from './cues.ts';
// (bit and code constants made this module's own: V8 folds a module's constants into its code, not imported ones)
const { GAP_SPACE, W_CAP, W_DIGIT, W_UPPER, W_WORD } = TOKEN_CODES;

export const isDemonym = (t: Tokens, q: number) => (moreByWord[t.word[q]!]! & M_DEMONYM) !== 0;
/** Token q's word is a common English word (COMMON_WORDS: "Peace", "Resistance"; not "Wagner"). */
export const isCommonWord = (t: Tokens, q: number) => (moreByWord[t.word[q]!]! & M_COMMON) !== 0;
// Facts of a token's word (`tc`, one integer per token). A token past either end reads as 0 (after the
// last: see tokenFacts) or undefined (before the first), and `undefined & F` is 0: no fact holds of a
// token that is not there.
export const F_WORD = 1 << 0; // letters/digits (and `&`)
export const F_CAP = 1 << 1; // first character upper case
export const F_OUTLET = 1 << 2; // OWNED_OUTLETS (lower case): find.ts ownedOutlets walks every token for it
export const F_NAME = 1 << 3; // can be part of a name: a capitalised or upper-case word, or an ordinal (21st)
export const F_CONN = 1 << 4; // CONNECTORS (key)
export const F_TIME = 1 << 5; // TIME_WORDS (key)
export const F_ORGHEAD = 1 << 6; // ORG_HEADS (lower case)
export const F_STOP = 1 << 7; // STOP (key)
export const F_TITLE = 1 << 8; // TITLES (lower case)
export const F_ROLE = 1 << 9; // ROLES (lower case)
export const F_SPEECH = 1 << 10; // SPEECH (as written)
export const F_ORGLOWER = 1 << 11; // ORG_LOWER (as written)
export const F_PLACELOWER = 1 << 12; // PLACE_LOWER (as written)
export const F_PLACEPREP = 1 << 13; // PLACE_PREPS (as written)
export const F_GROUPNOUN = 1 << 14; // GROUP_NOUNS (lower case)
export const F_NAMETITLE = 1 << 15; // NAME_TITLES (lower case)
export const F_PLACEHEAD = 1 << 16; // PLACE_HEADS (lower case)
export const F_ORGPREFIX = 1 << 17; // ORG_PREFIX (lower case, up to an apostrophe)
export const F_GIVEN = 1 << 18; // a given name (cues.json's list, given-names.json, an ending: see factsOf)
export const F_AND = 1 << 19; // key "and" (also `&`)
export const F_ARTICLE = 1 << 20; // key a, an, the
export const F_THE = 1 << 21; // key "the"
export const F_DISTRICT = 1 << 22; // key district, division
const F_NEFIRST = 1 << 23; // first word of a not-entity (key)
export const F_THECAP = 1 << 24; // "The" as written
export const F_ACRO = 1 << 25; // can be an acronym learnt in the text: [A-Z][A-Za-z]{1,7} with 2+ capitals
export const F_SENTEND = 1 << 26; // . ! ? :
export const F_SENTSTART = 1 << 27; // . ! ? : " “
export const F_LPAREN = 1 << 28;
export const F_RPAREN = 1 << 29;
export const F_DOT = 1 << 30;
export const F_COMMA = 1 << 31;
// More facts of a word (the F_ bits are all taken), kept by word id beside them (moreByWord): a look-up in
// a typed array where a set of strings was asked about the word's text (each a cache miss on the string)
export const M_DEMONYM = 1 << 0; // DEMONYMS (lower case)
export const M_NOTAFTER = 1 << 1; // NOT_AFTER (as written)
export const M_STOPADJ = 1 << 2; // STOP_ADJECTIVES (key)
export const M_COMPASS = 1 << 3; // COMPASS (lower case)
export const M_LANDFORM = 1 << 4; // LANDFORMS (lower case)
export const M_TITLECASE = 1 << 5; // TITLE_CASE_CONN (as written)
export const M_HEADS = 1 << 6; // PLURAL_HEADS (as written)
export const M_VENUE = 1 << 7; // VENUE_HEADS (key)
export const M_VENUEMOD = 1 << 8; // VENUE_MODIFIERS (key)
export const M_OF = 1 << 9; // key "of"
export const M_PLACEOF = 1 << 10; // PLACE_OF (as written)
export const M_OPERATION = 1 << 11; // key "operation"
export const M_SUFFIX = 1 << 12; // SUBDIVISION_SUFFIX (key)
export const M_AIRPORT = 1 << 13; // key "airport"
export const M_DERIVED = 1 << 14; // a given name only by given-names.json (not cues.json's list nor an ending)
export const M_CITY = 1 << 15; // opens a reference city's name (as written; gazetteer.ts opensCity)
export const M_MEMBER = 1 << 16; // MEMBER_NOUNS (as written)
export const M_ADJECTIVE = 1 << 17; // ADJECTIVES (as written)
export const M_SURNAME = 1 << 18; // a surname's ending (SURNAME_ENDINGS), six letters or more, no demonym nor adjective
export const M_VERBAFTER = 1 << 19; // VERBS_AFTER (as written)
export const M_POSSESSED = 1 << 20; // POSSESSED_AFTER (as written)
export const M_VENUEPREFIX = 1 << 21; // VENUE_PREFIXES (as written)
export const M_ROMANCE = 1 << 22; // ROMANCE_HEADS (key)
export const M_MEDIA = 1 << 23; // MEDIA_NOUNS (key)
export const M_ISWAS = 1 << 24; // "is" or "was" (as written)
export const M_ALIAS = 1 << 25; // "alias" (as written)
export const M_EVENTHEAD = 1 << 26; // EVENT_HEADS (lower case): "Revolution", "Uprising", "Olympics", "Thought"
export const M_HEADVERB = 1 << 27; // HEADLINE_VERBS (lower case): a verb and nothing else, "Sentenced" (runs.ts headlineVerb)
export const M_TOPONYM = 1 << 28; // TOPONYM_HEADS (lower case), capitalised, not all upper case (find.ts toponymHeads)
export const M_SPEECHS = 1 << 29; // SPEECH (lower case) and ending in "s": a headline's verb ("Says", runs.ts headlineVerb)
export const M_ROMANCEART = 1 << 30; // ROMANCE_ARTICLES (key): la, las, los, el, le, les (runs.ts)
export const M_COMMON = 1 << 31; // COMMON_WORDS (key): a common English word, "Peace", "Resistance" (negative as an int: test with `!== 0`)
/**
 * The last words of the names of events and doctrines, never a person, body or place: a revolution or uprising
 * ("the Cedar Revolution"), games ("the Munich Olympics"), a doctrine named for its author ("Gonzalo Thought").
 * (wild6: fresh encyclopedia texts typed them a body, a place and a person.)
 */
const EVENT_HEADS = new Set(['revolution', 'uprising', 'intifada', 'olympics', 'thought']);
/** The nouns of an outlet that a group or a state owns, before its name: "its broadcaster, …", "the group's news agency …" (find.ts ownedOutlets). */
const OWNED_OUTLETS = new Set(['agency', 'broadcaster', 'mouthpiece', 'newspaper', 'channel', 'magazine', 'outlet']);
/**
 * The Arabic (and Berber) words that open a place's name: "Deir" (monastery), "Tal"/"Tel" (hill), "Ras" (cape,
 * head), "Ain"/"Ein" (spring), "Bir" (well), "Beit" (house), "Kafr" (village), "Wadi", "Jabal", "Jisr" (bridge),
 * "Qasr"; "In" and "Tin" only glued by a hyphen ("In-Amenas", "Tin-Zaouatine"), as the preposition never is
 * (find.ts toponymHeads).
 */
/** The Spanish articles between "de" and a name: "Santa Cruz de la Sierra" (runs.ts). */
const ROMANCE_ARTICLES = new Set(['la', 'las', 'los', 'el', 'le', 'les']);
const TOPONYM_HEADS = new Set(['deir', 'dayr', 'tal', 'tel', 'tell', 'ras', 'ain', 'ayn', 'ein', 'bir', 'beit', 'bayt', 'kafr', 'kfar', 'wadi', 'jabal', 'jebel', 'jisr', 'qasr', 'in', 'tin']);
/** The F_* and M_* bits in one object, for modules to make them constants of their own (see their header). */
export const FACT_BITS = { F_WORD, F_CAP, F_OUTLET, F_NAME, F_CONN, F_TIME, F_ORGHEAD, F_STOP, F_TITLE, F_ROLE, F_SPEECH, F_ORGLOWER, F_PLACELOWER, F_PLACEPREP, F_GROUPNOUN, F_NAMETITLE, F_PLACEHEAD, F_ORGPREFIX, F_GIVEN, F_AND, F_ARTICLE, F_THE, F_DISTRICT, F_NEFIRST, F_THECAP, F_ACRO, F_SENTEND, F_SENTSTART, F_LPAREN, F_RPAREN, F_DOT, F_COMMA, M_DEMONYM, M_NOTAFTER, M_STOPADJ, M_COMPASS, M_LANDFORM, M_TITLECASE, M_HEADS, M_VENUE, M_VENUEMOD, M_OF, M_PLACEOF, M_OPERATION, M_SUFFIX, M_AIRPORT, M_DERIVED, M_CITY, M_MEMBER, M_ADJECTIVE, M_SURNAME, M_VERBAFTER, M_POSSESSED, M_VENUEPREFIX, M_ROMANCE, M_MEDIA, M_ISWAS, M_ALIAS, M_EVENTHEAD, M_TOPONYM, M_SPEECHS, M_ROMANCEART, M_HEADVERB, M_COMMON };
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
  if (!GIVEN.has(lower) && !givenByEnding(lower, words.key[w]!) && (GIVEN_DERIVED.has(words.key[w]!) || GIVEN_PLAIN.has(lower))) b |= M_DERIVED;
  if (opensCity(raw)) b |= M_CITY;
  if (MEMBER_NOUNS.has(raw)) b |= M_MEMBER;
  if (ADJECTIVES.has(raw)) b |= M_ADJECTIVE;
  if (VERBS_AFTER.has(raw)) b |= M_VERBAFTER;
  if (POSSESSED_AFTER.has(raw)) b |= M_POSSESSED;
  if ((lower.length >= 6 && SURNAME_ENDINGS.some((e) => lower.endsWith(e)) && !DEMONYMS.has(lower) && !ADJECTIVES.has(raw)) || SURNAMES.has(raw)) b |= M_SURNAME;
  if (VENUE_PREFIXES.has(raw)) b |= M_VENUEPREFIX;
  if (ROMANCE_HEADS.has(words.key[w]!)) b |= M_ROMANCE;
  if (MEDIA_NOUNS.has(words.key[w]!) || MEDIA_NOUNS.has(lower)) b |= M_MEDIA; // (the key folds double letters: "chanel")
  if (raw === 'is' || raw === 'was') b |= M_ISWAS;
  if (raw === 'alias') b |= M_ALIAS;
  if (EVENT_HEADS.has(lower)) b |= M_EVENTHEAD;
  if (TOPONYM_HEADS.has(lower) && (words.flags[w]! & (W_CAP | W_UPPER)) === W_CAP) b |= M_TOPONYM;
  if (lower.endsWith('s') && SPEECH.has(lower)) b |= M_SPEECHS;
  if (HEADLINE_VERBS.has(lower)) b |= M_HEADVERB;
  if (ROMANCE_ARTICLES.has(words.key[w]!)) b |= M_ROMANCEART;
  if (COMMON_WORDS.has(words.key[w]!)) b |= M_COMMON;
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
  if (STOP.has(key) || STOP.has(lower)) b |= F_STOP;
  if (TITLES.has(lower)) b |= F_TITLE;
  if (ROLES.has(lower) || (lower.endsWith('s') && ROLES.has(lower.slice(0, -1)))) b |= F_ROLE; // (or plural: "leaders")
  if (SPEECH.has(raw)) b |= F_SPEECH;
  if (ORG_LOWER.has(raw)) b |= F_ORGLOWER;
  if (PLACE_LOWER.has(raw)) b |= F_PLACELOWER;
  if (PLACE_PREPS.has(raw)) b |= F_PLACEPREP;
  if (GROUP_NOUNS.has(lower)) b |= F_GROUPNOUN;
  if (OWNED_OUTLETS.has(lower)) b |= F_OUTLET;
  if (NAME_TITLES.has(lower)) b |= F_NAMETITLE;
  if (PLACE_HEADS.has(lower)) b |= F_PLACEHEAD;
  if (ORG_PREFIX.has(beforeApostrophe(lower))) b |= F_ORGPREFIX;
  // (a stop word or a demonym is no given name by the derived list alone: "Sunni", "Muslim")
  if (GIVEN.has(lower) || givenByEnding(lower, key) || ((GIVEN_DERIVED.has(key) || GIVEN_PLAIN.has(lower)) && !STOP.has(key) && !STOP.has(lower) && !DEMONYMS.has(lower))) b |= F_GIVEN;
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
export let moreByWord = new Uint32Array(0);
let factsCount = 0;

// per token, kept from call to call (findMentions is not re-entered): the facts
let factsScratch = new Int32Array(4096);
// the indices of the opening brackets, in order: the passes that look only at those walk this list, not
// every token (as the passes over name words walk the tokens' `opens`: every F_NAME word is W_OPEN)
export let parenList = new Int32Array(256);
export let parenCount = 0;

// Sets of words for one document (acronyms learnt, surnames, short names), as a stamp per word id: word w
// is in the set stamped g when stamps[w] === g. A token is then checked without a lookup by its text.
let stampEpoch = -1;
export let stamps = new Int32Array(0);
let stampGen = 0;
export function newStamp(): number {
  if (stampEpoch !== words.epoch || stamps.length < words.count || stampGen > 1 << 30) {
    stamps = new Int32Array(Math.max(1024, words.count * 2));
    stampEpoch = words.epoch;
    stampGen = 0;
  }
  return ++stampGen;
}
/** Stamp the words spelt as the keys of `m` (a word no text has yet is in no document's tokens). */
export function stampKeys(m: Map<string, unknown>, g: number) {
  for (const key of m.keys()) {
    const id = wordIdOf(key);
    if (id >= 0 && id < stamps.length) stamps[id] = g;
  }
}

/**
 * The facts of each token's word; the three entries past the last token are 0 (no token, no facts). Also
 * lists the opening brackets (`parenList`).
 */
export function tokenFacts(t: Tokens): Int32Array {
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
    else if ((f & (F_ROLE | F_CAP)) === (F_ROLE | F_CAP) && q > 0 && ROLE_SURNAMES.has(words.lower[word[q]!]!) && surnameAfter(t, tc, q - 1)) tc[q] = f & ~F_ROLE;
    // (a judge's title after "of", or after "for" before a capitalised word, is the noun of a name: "the Rewards
    // for Justice Program", "the Palace of Justice", not "Justice Program", a person; wild30)
    else if ((f & (F_TITLE | F_CAP)) === (F_TITLE | F_CAP) && q > 0 && t.gap[q] === GAP_SPACE && words.lower[word[q]!] === 'justice' && justiceInName(t, q, n)) tc[q] = f & ~F_TITLE;
    // (a given name that is an English word too is one before a capitalised word that is no common word: "Martin
    // Sabrow", "Victor Orbán"; not "Grace Period", "Will Power")
    else if ((f & (F_CAP | F_GIVEN)) === F_CAP && q + 1 < n && t.gap[q + 1] === GAP_SPACE && WORD_NAMES.has(words.lower[word[q]!]!) && nameWordAt(t, q + 1)) tc[q] = f | F_GIVEN;
  }
  parenCount = np;
  return tc;
}

/** Token q is a capitalised word of a name, no common word, head, title, role, demonym or adjective, not in capitals. */
function nameWordAt(t: Tokens, q: number): boolean {
  const w = t.word[q]!;
  const f = factsByWord[w]!;
  if ((f & (F_CAP | F_WORD)) !== (F_CAP | F_WORD) || words.flags[w]! & W_UPPER) return false;
  if (f & (F_ORGHEAD | F_PLACEHEAD | F_TITLE | F_ROLE | F_STOP | F_TIME | F_NAMETITLE | F_ORGPREFIX | F_CONN)) return false;
  return (moreByWord[w]! & (M_COMMON | M_DEMONYM | M_ADJECTIVE | M_COMPASS)) === 0;
}

/** Leaders' titles that are also common surnames: after a plain name word the word is the surname (wild30). */
const ROLE_SURNAMES = new Set(['amir', 'ameer']);
/** "Justice" at token q is a name's noun: after "of" ("the Palace of Justice siege"), or after "for" and before a capitalised word ("the Rewards for Justice Program"; "information to Rewards for Justice" is left as it was). */
function justiceInName(t: Tokens, q: number, n: number): boolean {
  const prev = words.raw[t.word[q - 1]!]!;
  if (prev === 'of') return true;
  return prev === 'for' && q + 1 < n && t.gap[q + 1] === GAP_SPACE && (words.flags[t.word[q + 1]!]! & W_CAP) !== 0;
}
/**
 * Token q, just before a capitalised "Amir", is a plain name word, so "Amir" is a surname, not the title ("The
 * assailant was Yigal Amir"): capitalised, not in capitals (an acronym: "ISIS Amir"), no head word, title, role,
 * stop word or demonym, and no place's name ("the Taliban Amir" is a body's title: "Taliban" is a body's head).
 */
function surnameAfter(t: Tokens, tc: Int32Array, q: number): boolean {
  const w = t.word[q]!;
  if (t.gap[q + 1] !== GAP_SPACE || (tc[q]! & (F_CAP | F_WORD)) !== (F_CAP | F_WORD) || words.flags[w]! & W_UPPER) return false;
  if (tc[q]! & (F_ORGHEAD | F_PLACEHEAD | F_TITLE | F_ROLE | F_STOP | F_TIME | F_NAMETITLE | F_ORGPREFIX | F_ACRO)) return false;
  return !isDemonym(t, q) && canonicalOf(words.raw[w]!) === null;
}

/** The folded keys of the words among tokens i..j, joined by spaces. */
const keyOf = (t: Tokens, tc: Int32Array, i: number, j: number) => {
  let k = '';
  for (let q = i; q <= j; q++) if (tc[q]! & F_WORD) k = k ? `${k} ${words.key[t.word[q]!]!}` : words.key[t.word[q]!]!;
  return k;
};
export const UPPER_FIRST = /^\p{Lu}/u;
/** `UPPER_FIRST.test(s)`, the expression run only when the first code unit is not ASCII. */
export function upperFirst(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(s);
}
/** First words of the not-entities: a run that starts with none of them is no office or designation. */
const NOT_ENTITY_FIRST = new Set([...NOT_ENTITIES].map((k) => k.split(' ')[0]!));
/** The name at tokens i..j is an office, law or designation (or starts with one). */
export function notEntityAt(t: Tokens, tc: Int32Array, i: number, j: number): boolean {
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
