// Predicates on the tokens around a name (bylines, glosses, appositive roles, heads, token lookup by offset).
import { TOKEN_CODES, type Tokens, words } from '../tokens.ts';
import { isS } from '../scan.ts';
import { isApostrophe, NAMED_AFTER, PERSON_BEFORE, ROLES, ROMANCE_HEADS, ROMANCE_OF, STANCE_PREFIXES } from './cues.ts';
import { FACT_BITS, moreByWord } from './facts.ts';
// (bit and code constants made this module's own: V8 folds a module's constants into its code, not imported ones)
const { GAP_HYPHEN, GAP_LINE, GAP_SPACE, W_UPPER } = TOKEN_CODES;
const { F_ACRO, F_AND, F_ARTICLE, F_CAP, F_COMMA, F_CONN, F_GIVEN, F_GROUPNOUN, F_LPAREN, F_NAME, F_NAMETITLE, F_ORGHEAD, F_PLACEHEAD, F_PLACEPREP, F_ROLE, F_RPAREN, F_SENTEND, F_SPEECH, F_STOP, F_THE, F_TIME, F_TITLE, F_WORD, M_COMPASS, M_DEMONYM, M_LANDFORM, M_TITLECASE, M_VENUEPREFIX } = FACT_BITS;

/** body[s, e), between two tokens, holds a separating mark: a bullet, a bar, a middle dot (not a quote: "Operation ‘Al-Aqsa Flood’ Conference"). */
export function markBetween(body: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const c = body.charCodeAt(k);
    if (c === 0x2022 || c === 0xb7 || c === 124 || c === 0x25cf || c === 0x25aa || c === 0x2023 || c === 0x2219 || c === 0xa6) return true;
  }
  return false;
}

/** The initials of the capitalised words among tokens i..j are the capitals of `acronym`, in order. */
export function initialsAre(t: Tokens, tc: Int32Array, i: number, j: number, acronym: string): boolean {
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

/** The first token of token q's line: the token after the line break before it, or the first. */
export function lineStartOf(t: Tokens, q: number): number {
  let a = q;
  while (a > 0 && t.gap[a] !== GAP_LINE) a--;
  return a;
}

/** Token r is a lower-case word after a space. */
export const lowerWordAt = (t: Tokens, tc: Int32Array, r: number) => r < t.n && (tc[r]! & (F_WORD | F_CAP)) === F_WORD && t.gap[r] === GAP_SPACE;

/**
 * A word among tokens i..j is a label glued to its value, as copied from a rendered infobox: a capital after
 * four or more lower-case letters ("LeaderRiaz"; "McDonald", "MacArthur" have fewer). ASCII.
 */
export function labelGlued(t: Tokens, i: number, j: number): boolean {
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
export function afterFootnote(t: Tokens, tc: Int32Array, q: number): boolean {
  let p = q - 1;
  for (let k = 0; k < 4 && p >= 2 && words.raw[t.word[p]!] === ']' && words.raw[t.word[p - 2]!] === '['; k++) p -= 3;
  return p < q - 1 && p >= 0 && (tc[p]! & F_SENTEND) !== 0;
}

/** Token q is a capitalised word not yet in a mention that can be part of a person's name (no cue word, acronym or demonym). */
export function plainNameWord(t: Tokens, tc: Int32Array, cover: Int32Array, q: number): boolean {
  if (q < 0 || q >= t.n || cover[q]! >= 0) return false;
  const f = tc[q]!;
  const cue = F_STOP | F_TITLE | F_ROLE | F_TIME | F_CONN | F_PLACEPREP | F_ORGHEAD | F_PLACEHEAD;
  if ((f & (F_CAP | F_WORD)) !== (F_CAP | F_WORD) || f & cue) return false;
  const w = t.word[q]!;
  return !(words.flags[w]! & W_UPPER) && !(moreByWord[w]! & (M_DEMONYM | M_COMPASS | M_LANDFORM | M_TITLECASE));
}

/**
 * Tokens si..sj open with a capitalised venue head that other languages put first (`cues.json` `venue_prefixes`:
 * Hotel, Palacio, Centro, Avenida …) and end right before token q, or before a "de"/"del" at q - 1: the known place
 * at q is a word of the venue's name ("the Hotel Farah", "Palacio de Justicia de Caracas"). Not an infobox label
 * that opens its line ("Place Kabul").
 */
export function venueNameBefore(t: Tokens, tc: Int32Array, si0: number, sj: number, q: number): boolean {
  // (after a sentence's "The": "The Piazza Fontana bombing", holdout17)
  const si = si0 < sj && tc[si0]! & F_THE ? si0 + 1 : si0;
  if (!(tc[si]! & F_CAP) || !(moreByWord[t.word[si]!]! & M_VENUEPREFIX)) return false;
  if ((si === 0 || t.gap[si] === GAP_LINE) && INFOBOX_PLACE_LABEL.test(words.raw[t.word[si]!]!)) return false;
  return namePartAt(t, tc, sj, q);
}
/** The infobox labels of a place's row that are also venue prefixes (as written). */
const INFOBOX_PLACE_LABEL = /^(?:Place|Location)$/;

/** Tokens si..sj open with a capitalised Romance organisation head and end right before token q, or before a "de"/"del" at q - 1. */
export function romanceNameBefore(t: Tokens, tc: Int32Array, si: number, sj: number, q: number): boolean {
  if (!(tc[si]! & F_CAP) || !ROMANCE_HEADS.has(words.key[t.word[si]!]!)) return false;
  return namePartAt(t, tc, sj, q);
}
/** Token q stands right after a name's last word sj, or after a lower-case "de"/"del" right after it (ROMANCE_OF). */
function namePartAt(t: Tokens, tc: Int32Array, sj: number, q: number): boolean {
  if (q === sj + 1) return t.gap[q] === GAP_SPACE;
  return q === sj + 2 && t.gap[q] === GAP_SPACE && t.gap[q - 1] === GAP_SPACE && !(tc[q - 1]! & F_CAP) && ROMANCE_OF.has(words.key[t.word[q - 1]!]!);
}
export function orgHeadAt(tc: Int32Array, q: number): boolean {
  return (tc[q]! & (F_CAP | F_ORGHEAD)) === (F_CAP | F_ORGHEAD);
}
/**
 * "(Alhe Hadith Movement in Bangladesh)" at token q: a parenthesised name with an organisation head word.
 * Returns the index of its last name token, or -1.
 */
export function parenOrgEnd(tc: Int32Array, n: number, q: number): number {
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

export function orgHeadWithin(tc: Int32Array, i: number, j: number): boolean {
  for (let q = i; q <= j; q++) if (orgHeadAt(tc, q)) return true;
  return false;
}

/** The first token of the capitalised run (with connectors) ending at token `end`, not covered by a mention; -1 if none. */
export function capSequenceEndingAt(t: Tokens, tc: Int32Array, end: number, cover: Int32Array): number {
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

/** Tokens i..j have a given name, an honorific of a name ("Qari") or a lower-case particle ("al", "bin"), and no stop word. */
export function personLike(tc: Int32Array, i: number, j: number): boolean {
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
 * The name at `s` glosses what comes before it: after "meaning ", "English: " (holdout17) or after text in another
 * script and ", " (read by the code units before it: this runs at every name found).
 */
export function glossBefore(body: string, s: number): boolean {
  if (s < 3 || body.charCodeAt(s - 1) !== 32) return false;
  const c = body.charCodeAt(s - 2);
  if (c === 103) return s >= 8 && body.startsWith('meaning', s - 8); // "g"
  if (c === 58) return s >= 9 && body.startsWith('English', s - 9); // ":", a translation: "(English: Party of God in the Hijaz)"
  if (c !== 44) return false; // ","
  let p = s - 3;
  while (p >= 0 && isS(body.charCodeAt(p))) p--;
  return p >= 0 && otherScript(body.charCodeAt(p));
}

/**
 * An appositive that names a role, from token q (after the comma): "a senior commander", "one of its key
 * commanders", "the founder of …"; a group noun first makes it an organisation's ("a group whose leader").
 */
export function appositiveRole(t: Tokens, tc: Int32Array, q: number): boolean {
  if (!(tc[q]! & F_ARTICLE) && words.key[t.word[q]!] !== 'one') return false;
  for (let p = q + 1; p < Math.min(t.n, q + 9); p++) {
    const f = tc[p]!;
    if (!(f & F_WORD) || f & F_GROUPNOUN) return false;
    // (a role word that describes a group noun after it is no person's: "a Sunni militant group")
    if (f & F_ROLE && !(f & F_CAP)) return !(tc[p + 1]! & F_GROUPNOUN && !(tc[p + 1]! & F_CAP));
    const l = words.lower[t.word[p]!]!;
    if (l.endsWith('s') && ROLES.has(l.slice(0, -1))) return true; // "commanders"
  }
  return false;
}

/** Verbs of leading a group, before "by" and its leader ("led by", "founded by", "headed by"). */
const LEADING = new Set(['led', 'founded', 'headed']);
/**
 * The name at tokens i..j reads as a leader's after "led by", "founded by" or "headed by": two or three
 * capitalised words, none an acronym, in capitals or a demonym, that end the phrase (no lower-case noun after
 * them): "The group, led by Shoko Asahara, …"; not "led by Pakistani intelligence", "led by Navy SEALs".
 */
export function leaderAfterBy(t: Tokens, tc: Int32Array, i: number, j: number): boolean {
  if (i < 2 || j - i < 1 || j - i > 2 || t.gap[i] !== GAP_SPACE || words.raw[t.word[i - 1]!] !== 'by' || !LEADING.has(words.raw[t.word[i - 2]!]!)) return false;
  for (let q = i; q <= j; q++) {
    const w = t.word[q]!;
    if ((tc[q]! & (F_WORD | F_CAP | F_ACRO)) !== (F_WORD | F_CAP) || words.flags[w]! & W_UPPER || moreByWord[w]! & M_DEMONYM) return false;
  }
  const a = tc[j + 1]!;
  return !(j + 1 < t.n && t.gap[j + 1] === GAP_SPACE && (a & (F_WORD | F_CAP)) === F_WORD && !(a & (F_CONN | F_AND | F_STOP | F_SPEECH)));
}
/** Token q, right before a name, says a person follows: "citizen", "national", "a member/man named". */
export function personBefore(t: Tokens, tc: Int32Array, q: number): boolean {
  const w = words.raw[t.word[q]!]!;
  if (PERSON_BEFORE.has(w)) return true;
  return w === 'named' && q > 0 && ((tc[q - 1]! & F_ROLE) !== 0 || NAMED_AFTER.has(words.lower[t.word[q - 1]!]!));
}

/** Copulas before "identified as" ("The gunman was identified as X"). */
const IDENTIFIED_COPULAS = new Set(['was', 'is', 'been', 'being']);
/**
 * Token q, right before a name, is the "as" of "identified as" after a role noun in lower case, a comma, or a
 * copula between: "The suspect, identified as Tetsuya Yamagami, …", "the gunman was identified as …" (news name
 * suspects and victims so, given names no list has; branch wild31). A group's name after "identified itself as"
 * or after no role is not read.
 */
export function identifiedAsAfterRole(t: Tokens, tc: Int32Array, q: number): boolean {
  if (q < 2 || words.raw[t.word[q]!] !== 'as' || words.raw[t.word[q - 1]!] !== 'identified') return false;
  let r = q - 2;
  if (tc[r]! & F_COMMA || IDENTIFIED_COPULAS.has(words.raw[t.word[r]!]!)) r--;
  return r >= 0 && (tc[r]! & (F_ROLE | F_CAP | F_WORD)) === (F_ROLE | F_WORD);
}

/**
 * A byline: the name is a line of its own and the next line names an office within its first four
 * words ("Jane Roe\nActing Deputy Spokesman, Office of …").
 */
export function bylineAt(t: Tokens, tc: Int32Array, si: number, sj: number): boolean {
  if ((si > 0 && t.gap[si] !== GAP_LINE) || sj + 1 >= t.n || t.gap[sj + 1] !== GAP_LINE) return false;
  for (let q = sj + 1; q < Math.min(t.n, sj + 5); q++) {
    if (q > sj + 1 && t.gap[q] === GAP_LINE) break;
    if (tc[q]! & F_CAP && tc[q]! & (F_TITLE | F_ROLE)) return true;
  }
  return false;
}

/**
 * A byline opened by "By": the name follows "By" at the start of a line and ends the line, or a comma or
 * "and" follows it ("By Tendai Musarurwa", "By Jane Roe and John Doe"); not "By Monday", which no name is.
 */
export function byAt(t: Tokens, tc: Int32Array, si: number, sj: number): boolean {
  if (si < 1 || t.gap[si] !== GAP_SPACE || (si > 1 && t.gap[si - 1] !== GAP_LINE) || words.raw[t.word[si - 1]!] !== 'By') return false;
  return sj + 1 >= t.n || t.gap[sj + 1] === GAP_LINE || (tc[sj + 1]! & (F_COMMA | F_AND)) !== 0;
}

/** Index of the token whose start (or end) is exactly `pos`, by binary search; -1 if none. */
export function tokenAt(t: Tokens, pos: number, edge: 'start' | 'end'): number {
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
export function tokenAround(t: Tokens, pos: number): number {
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

/**
 * Token i follows "anti-" or "pro-" (a lower-case word glued by a hyphen): the name is what a group or a stance is
 * against or for ("the anti-Balaka militia"), no mention of its own (classify.ts for unknown names, find.ts
 * gazetteerHits for entries).
 */
export const stancePrefixed = (t: Tokens, tc: Int32Array, i: number) =>
  i > 0 && t.gap[i] === GAP_HYPHEN && (tc[i - 1]! & (F_WORD | F_CAP)) === F_WORD && STANCE_PREFIXES.has(words.lower[t.word[i - 1]!]!);
/** A lower-case group noun right after token j, one space on ("… militia"). */
export const groupNounAfter = (t: Tokens, tc: Int32Array, j: number) => j + 1 < t.n && t.gap[j + 1] === GAP_SPACE && (tc[j + 1]! & (F_GROUPNOUN | F_CAP)) === F_GROUPNOUN;

/** A word that is an elided Italian or French article glued to a capitalised name word ("dell'Agricoltura", "d'Italia"). */
const ELIDED = /^(?:dell|dall|nell|sull|all|d)['’]\p{Lu}/u;
/** Token q is such a word, a name's word though it opens in lower case. */
export function elidedNameWord(t: Tokens, q: number): boolean {
  const raw = words.raw[t.word[q]!]!;
  // (ELIDED's apostrophe stands at 1, 3 or 4: a word without one there is none, no expression run; branch speed29)
  return raw.length > 3 && (isApostrophe(raw.charCodeAt(1)) || isApostrophe(raw.charCodeAt(3)) || isApostrophe(raw.charCodeAt(4))) && ELIDED.test(raw);
}
