// Sentence cues: hedges, verbs of speech, labels ("Label: …"), spacing, the words before a position, authorities
// named by a demonym.
import rules from '../data/attribution.json' with { type: 'json' };
import demonyms from '../data/demonyms.json' with { type: 'json' };
import { isS } from '../scan.ts';

export const HEDGE = new RegExp(`\\b(?:${rules.hedges.join('|')})\\b`, 'i');
/** The verbs of SAID_THAT, as whole words: a sentence without one is not tried against it (rules.ts). */
export const SPEECH = /\b(?:said|says|told|stated|believes|noted|added|argued)\b/i;
// (group 1 is read by nothing: with it V8 compiles the class once, not three times; docs/extract.md, speed21)
export const LABEL = /^(?:[•*\-–]\s*)?(?:\d+\.\s*)?(?:([\p{L} ])){2,30}:\s+/u;
export const ACCORDING = /^according to ([^,]{2,60}),/i;
export const SAID_THAT = /^([^,;]{2,80}?)\s+(?:said|says|told|stated|believes|noted|added|argued)\b(?: that)?/i;
/** What follows the demonym in DEMONYM_AUTHORITY: a text without it holds no match. */
export const AUTHORITY_WORD = / (?:[Gg]overnment|authorities)\b/;
export const DEMONYM_NAMES = Object.keys(demonyms).filter((k) => !k.startsWith('$')).join('|');
export const DEMONYM_AUTHORITY = new RegExp(`\\b(${DEMONYM_NAMES}) (?:[Gg]overnment|authorities)\\b`);
/**
 * Where `/(\S+)\s+$/.exec(body.slice(lo, end))` matches, read back from `end` without a slice: the start of
 * the last word before the white space that ends the range, or -1.
 */
export function lastWordBefore(body: string, lo: number, end: number): number {
  let e = end;
  while (e > lo && isS(body.charCodeAt(e - 1))) e--;
  if (e === end || e === lo) return -1;
  let st = e;
  while (st > lo && !isS(body.charCodeAt(st - 1))) st--;
  return st;
}
// one-character tests as code-unit comparisons (an expression call and a one-character slice each, before)
/** `-` or `‐` (U+2010) */
export const isHyphen = (c: number) => c === 45 || c === 0x2010;
/** `, ; : — –`: a word ending in one closes its clause */
export const endsClause = (c: number) => c === 44 || c === 59 || c === 58 || c === 0x2014 || c === 0x2013;
/** An ASCII letter. */
const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
/**
 * What every match of LABEL in units[from, end) needs, `c` being the first colon there: LABEL ends in
 * that colon (none of its classes holds one), with a `\s` after it and a letter or space before, and
 * every character before it is one of its classes' (of ASCII: letters, digits, `\s`, `.`, `*`, `-`), with
 * no letter more than 30 characters before the colon (the letters come last, 30 at most). False: LABEL
 * does not match; the expression costs a microsecond or more a sentence (its `\p{L}` loop, backtracking).
 */
export function mayBeLabel(units: Uint16Array, from: number, c: number, end: number): boolean {
  if (c - from < 2 || c + 1 >= end || !isS(units[c + 1]!)) return false;
  const last = units[c - 1]!;
  if (last < 128 && last !== 32 && !isAsciiLetter(last)) return false;
  for (let i = from; i < c; i++) {
    const u = units[i]!;
    if (u >= 128) continue;
    if (isAsciiLetter(u)) {
      if (i < c - 30) return false;
    } else if (!(u === 32 || (u >= 9 && u <= 13) || (u >= 48 && u <= 57) || u === 46 || u === 42 || u === 45)) return false;
  }
  return true;
}
/** `s` opens with the lower-case ASCII word `w`, in either case (as /^w/i). */
export function opensWith(s: string, w: string): boolean {
  if (s.length < w.length) return false;
  for (let i = 0; i < w.length; i++) if ((s.charCodeAt(i) | 32) !== w.charCodeAt(i)) return false;
  return true;
}

/** Two spaces in a row, or a space other than " " (`\s` but not " "). */
const NOT_SINGLE = /\s\s|[^\S ]/;
/**
 * `t` has no run of `\s` but single spaces between other characters: `t.replace(/\s+/g, ' ').trim()` is `t`.
 * (One expression test: on this engine a loop over the code units was about three times slower.)
 */
export function singleSpaced(t: string): boolean {
  return t.charCodeAt(0) !== 32 && t.charCodeAt(t.length - 1) !== 32 && !NOT_SINGLE.test(t);
}

/** singleSpaced(body.slice(a, b)), read from the body's code units (a < b). */
export function singleSpacedAt(units: Uint16Array, a: number, b: number): boolean {
  if (units[a] === 32 || units[b - 1] === 32) return false;
  for (let i = a; i < b; i++) {
    const c = units[i]!;
    if (c > 32 && c < 0xa0) continue; // (no `\s` there)
    if (c === 32 ? i + 1 < b && units[i + 1] === 32 : isS(c)) return false;
  }
  return true;
}

/** A dateline in capitals ("KABUL, Afghanistan — ", "WASHINGTON, Feb. 27 (Xinhua) -- "). */
const DATELINE = /^[A-Z][A-Z.' ]+(?:,\s*[A-Z][\w.' ]{0,30}?)?\s*(?:\([A-Z][\w ]{1,20}\)\s*)?(?:--?|[–—])\s+/;
/** A dateline whose place is written in mixed case, with its state or date after a comma ("Washington, DC - "). */
const DATELINE_MIXED = /^[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s*[A-Z][\w.' ]{0,30}?\s*(?:\([A-Z][\w ]{1,20}\)\s*)?(?:--?|[–—])\s+/;
/** The dateline a sentence's text opens with (where the report was filed: no party of its clause), else null. */
export function datelineAt(text: string): RegExpExecArray | null {
  const c0 = text.charCodeAt(0), c1 = text.charCodeAt(1);
  if (!(c0 >= 65 && c0 <= 90)) return null;
  return c1 >= 65 && c1 <= 90 ? DATELINE.exec(text) : mixedPlaceAt(text) ? DATELINE_MIXED.exec(text) : null;
}
/**
 * The text opens as DATELINE_MIXED's place does, up to its comma: a capitalised word of lower-case letters
 * after the first, then a comma, or a space, another such word and a comma. (Its test before the expression:
 * a sentence seldom opens so; branch speed23.)
 */
function mixedPlaceAt(text: string): boolean {
  let i = lowerRunEnd(text, 1);
  if (i === 1) return false;
  if (text.charCodeAt(i) === 32 && isAsciiUpper(text.charCodeAt(i + 1))) {
    const j = lowerRunEnd(text, i + 2);
    if (j > i + 2) i = j;
  }
  return text.charCodeAt(i) === 44;
}
/** Where the run of a–z from i ends. */
function lowerRunEnd(text: string, i: number): number {
  for (let c = text.charCodeAt(i); c >= 97 && c <= 122; c = text.charCodeAt(++i));
  return i;
}
const isAsciiUpper = (c: number) => c >= 65 && c <= 90;
