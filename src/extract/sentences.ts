// Sentence split per paragraph (a paragraph is a line). A rule scan proposes boundaries after . ! ? (and
// closing quotes/brackets) followed by a space and an upper-case letter, digit or quote; a boundary right
// after a known abbreviation ("Dr.", "U.S.", "Gen.") or a single initial is taken back. Paragraphs with
// other scripts' terminators (。 ؟ । …) are split by Intl.Segmenter, with the same abbreviation check.
import cues from './data/cues.json' with { type: 'json' };
import { codeUnits } from './scan.ts';

export interface Sentence {
  start: number;
  end: number; // exclusive, trailing whitespace trimmed
  para: number; // paragraph index
}

const ABBR = new Set(cues.abbreviations.map((a) => a.toLowerCase()));
/** The longest abbreviation: a longer word before a period is none (the walk back stops there). */
const ABBR_MAX = Math.max(...[...ABBR].map((a) => a.length));
/** A word's length and its first and last characters (ASCII letters or ".", lower-cased), packed. */
const shape = (length: number, first: number, last: number) => (length << 14) | ((first | 32) << 7) | (last | 32);
/** The shapes of the abbreviations: a word of another is none (no string to make and look up). */
const ABBR_SHAPES = new Set([...ABBR].map((a) => shape(a.length, a.charCodeAt(0), a.charCodeAt(a.length - 1))));
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
export const OTHER_TERMINATORS = /[。！？؟।॥።]/;
/** A code unit OTHER_TERMINATORS matches. */
export const isOtherTerminator = (c: number) => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x61f || c === 0x964 || c === 0x965 || c === 0x1362;
const HIGH = 0xfe00fe00; // a unit of a pair at or past U+0200 (every terminator is)
let pairs: Uint32Array = new Uint32Array(0); // a view of codeUnits' array, two units an element

/**
 * `OTHER_TERMINATORS.test(body)`, read from the body's code units two at a time, four pairs a test: only
 * pairs with a unit at or past U+0200 (few in most texts) are looked at one by one. (The expression reads
 * a unit at a time: three times slower.)
 */
export function hasOtherTerminator(body: string): boolean {
  const u = codeUnits(body);
  if (pairs.buffer !== u.buffer) pairs = new Uint32Array(u.buffer);
  const w = pairs;
  const m = body.length >> 1;
  let i = 0;
  for (; i + 4 <= m; i += 4) if (((w[i]! | w[i + 1]! | w[i + 2]! | w[i + 3]!) & HIGH) !== 0 && terminatorIn(w, i, i + 4)) return true;
  if (terminatorIn(w, i, m)) return true;
  return (body.length & 1) === 1 && isOtherTerminator(u[body.length - 1]!);
}

function terminatorIn(w: Uint32Array, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const x = w[i]!;
    if ((x & HIGH) !== 0 && (isOtherTerminator(x & 0xffff) || isOtherTerminator(x >>> 16))) return true;
  }
  return false;
}

/** True when the text before a period at `dot` is an abbreviation or an initial. */
export function abbreviationAt(body: string, dot: number): boolean {
  let a = dot;
  while (a > 0) {
    const c = body.charCodeAt(a - 1);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46) a--;
    else break;
    if (dot - a > ABBR_MAX) return false; // (ASCII letters and dots: lower-casing keeps the length)
  }
  const n = dot - a;
  if (n === 0) return false;
  const first = body.charCodeAt(a);
  if (n === 1 && first >= 65 && first <= 90) return true; // "Nathan A. Sales"
  if (!ABBR_SHAPES.has(shape(n, first, body.charCodeAt(dot - 1)))) return false;
  return ABBR.has(body.slice(a, dot).toLowerCase());
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 13 || c === 10;

/**
 * The sentences of `body`. `otherScripts`: whether it has a terminator of OTHER_TERMINATORS, when the
 * caller knows (the tokenizer's `otherTerminators`), else worked out here.
 */
export function splitSentences(body: string, otherScripts = hasOtherTerminator(body)): Sentence[] {
  const out: Sentence[] = [];
  // (without one, no line needs the test)
  const units = codeUnits(body);
  let para = 0;
  let p = 0;
  const n = body.length;
  // the next . ! ? at or after a position, found with indexOf and kept until passed (Infinity: no more)
  let dot = -1;
  let bang = -1;
  let quest = -1;
  while (p < n) {
    let q = body.indexOf('\n', p);
    if (q < 0) q = n;
    // a line broken mid-sentence (it ends in a lower-case word or a comma and the next line goes on) is
    // one paragraph with the next
    while (q < n && body.charCodeAt(q + 1) !== 10 && endsLowerOrComma(body, p, q) && goesOn(body, q + 1) && !headingAt(body, p, q)) {
      const r = body.indexOf('\n', q + 1);
      q = r < 0 ? n : r;
    }
    let a = p;
    while (a < q && isSpace(body.charCodeAt(a))) a++;
    if (a < q) {
      if (otherScripts && OTHER_TERMINATORS.test(body.slice(p, q))) segmentWithIntl(body, p, q, para, out);
      else {
        let s = a;
        for (let i = a; ; i++) {
          // the next terminator at or after i
          if (dot < i) dot = nextOf(body, '.', i);
          if (bang < i) bang = nextOf(body, '!', i);
          if (quest < i) quest = nextOf(body, '?', i);
          i = Math.min(dot, bang, quest);
          if (i >= q) break;
          const c = body.charCodeAt(i);
          let j = i + 1;
          while (j < q) {
            const d = body.charCodeAt(j);
            if (d === 34 || d === 39 || d === 41 || d === 93 || d === 0x201d || d === 0x2019 || d === 46) j++;
            else if (d === 91) {
              const f = footnoteAt(units, j, n); // footnote mark "[9]"
              if (f === 0) break;
              j += f;
            } else break;
          }
          if (j >= q || !isSpace(body.charCodeAt(j))) continue;
          let k = j;
          while (k < q && isSpace(body.charCodeAt(k))) k++;
          if (k >= q) continue;
          const e = body.charCodeAt(k);
          const startsSentence = (e >= 65 && e <= 90) || (e >= 48 && e <= 57) || e === 34 || e === 0x201c || e === 39 || e === 0x2018 || e === 40 || (e > 127 && /\p{Lu}/u.test(body[k]!));
          if (!startsSentence) continue;
          if (c === 46 && abbreviationAt(body, i)) continue;
          pushTrim(out, body, s, j, para);
          s = k;
          i = k - 1;
        }
        pushTrim(out, body, s, q, para);
      }
      para++;
    }
    p = q + 1;
  }
  return out;
}

/**
 * The length of the footnote mark ("[" then one to three digits then "]", `/^\[\d{1,3}\]/`) at j of a text
 * of n code units, or 0 when there is none.
 */
export function footnoteAt(units: Uint16Array, j: number, n: number): number {
  let k = j + 1;
  while (k < n && k <= j + 4 && units[k]! >= 48 && units[k]! <= 57) k++;
  const digits = k - j - 1;
  return digits >= 1 && digits <= 3 && k < n && units[k] === 93 ? digits + 2 : 0;
}

/** The first `ch` at or after i, or Infinity. */
function nextOf(body: string, ch: string, i: number): number {
  const k = body.indexOf(ch, i);
  return k < 0 ? Infinity : k;
}

/**
 * The line at `i` begins with a letter or digit, after one space at most: `/^\s*[\p{L}\d]/u` on its first
 * two characters, answered from the first one when it is an ASCII letter, digit or other non-space.
 */
export function goesOn(body: string, i: number): boolean {
  const c = body.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (c < 128 && c !== 32 && !(c >= 9 && c <= 13)) return false;
  return /^\s*[\p{L}\d]/u.test(body.slice(i, i + 2));
}

/**
 * A heading's line, not a sentence broken at its end: words of four letters or more all capitalised, at
 * least two of them ("Office of the Spokesperson", "Terrorist Designations of HASM and its Leaders").
 */
const HEADING = /^[ \t]*\p{Lu}[\p{L}\p{N}’'.-]*[ \t]+(?:(?:\p{Lu}[\p{L}\p{N}’'.-]*|\p{Ll}{1,3}|&|[\d–-]+)[ \t]+)*\p{Lu}[\p{L}\p{N}’'.-]*[ \t]*$/u;
/**
 * The line p..q, a paragraph's first, is a heading (HEADING) and the next line opens with no lower-case
 * letter: a line of its own ("Colombian Vice President Francisco Santos / blamed …" is a sentence broken).
 */
function headingAt(body: string, p: number, q: number): boolean {
  if (q > p + 200 || body.lastIndexOf('\n', q - 1) >= p) return false;
  const c = body.charCodeAt(q + 1);
  if ((c >= 97 && c <= 122) || body.charCodeAt(q - 1) === 44) return false;
  // (cheap tests first, where HEADING cannot match: the line's first and last words must open with a
  // capital, so an ASCII character other than A–Z there, or a comma last, rules it out)
  let a = p;
  while (a < q && (body.charCodeAt(a) === 32 || body.charCodeAt(a) === 9)) a++;
  if (!maybeUpper(body.charCodeAt(a))) return false;
  let z = q;
  while (z > a && (body.charCodeAt(z - 1) === 32 || body.charCodeAt(z - 1) === 9)) z--;
  while (z > a && body.charCodeAt(z - 1) !== 32 && body.charCodeAt(z - 1) !== 9) z--;
  if (z === a || !maybeUpper(body.charCodeAt(z))) return false;
  // (nor a word of four characters or more that opens with a lower-case ASCII letter: only \p{Ll}{1,3} may)
  for (let k = a, w = a; k <= z; k++) {
    const ch = k < z ? body.charCodeAt(k) : 32;
    if (ch !== 32 && ch !== 9) continue;
    if (k - w >= 4 && body.charCodeAt(w) >= 97 && body.charCodeAt(w) <= 122) return false;
    w = k + 1;
  }
  return HEADING.test(body.slice(p, q));
}
/** Code unit c may be a capital: A–Z or beyond ASCII. */
const maybeUpper = (c: number) => (c >= 65 && c <= 90) || c >= 128;
/** The line p..q ends in a lower-case letter or a comma. */
function endsLowerOrComma(body: string, p: number, q: number): boolean {
  if (q <= p) return false;
  const c = body.charCodeAt(q - 1);
  if (c < 128) return (c >= 97 && c <= 122) || c === 44;
  return /\p{Ll}$/u.test(body.slice(q - 1, q));
}

function segmentWithIntl(body: string, p: number, q: number, para: number, out: Sentence[]) {
  let curStart = -1;
  for (const s of segmenter.segment(body.slice(p, q))) {
    const a = p + s.index;
    if (curStart < 0) curStart = a;
    const b = a + s.segment.length;
    const trimmed = s.segment.trimEnd();
    if (b < q && trimmed.endsWith('.') && abbreviationAt(body, a + trimmed.length - 1)) continue;
    pushTrim(out, body, curStart, b, para);
    curStart = -1;
  }
  if (curStart >= 0) pushTrim(out, body, curStart, q, para);
}

function pushTrim(out: Sentence[], body: string, a: number, b: number, para: number) {
  while (a < b && isSpace(body.charCodeAt(a))) a++;
  while (b > a && isSpace(body.charCodeAt(b - 1))) b--;
  if (b > a) out.push({ start: a, end: b, para });
}
