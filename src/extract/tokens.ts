// A fast tokenizer over the body: words (letters and digits, with apostrophes inside a word kept) and
// the punctuation that can be part of a name (`. , ( ) & /`). Hyphens, dashes and whitespace separate
// tokens and are not tokens. Offsets are UTF-16 code units into the body.
import { foldToken } from './fold.ts';

/** What a distinct word or mark is, worked out once per process and shared by every token that spells it. */
interface Word {
  raw: string;
  key: string; // folded key
  lower: string; // raw in lower case
  cap: boolean; // first character is an upper-case letter
  upper: boolean; // has letters and no lower-case letter
  word: boolean; // letters/digits, not punctuation
  // a slot for one consumer's value per word (the matcher's first trie node): whose it is, and the value
  memoOwner: object | null;
  memo: unknown;
}

/**
 * One token: its span, what separates it from the previous one, and its word (shared). A token holds four
 * fields, not ten: a document's tokens are most of what extraction allocates.
 */
export class Token {
  constructor(
    readonly start: number,
    readonly end: number,
    private readonly w: Word,
    /** what separates this token from the previous one: '' none, ' ' space, '-' hyphen/dash, '\n' a line break */
    readonly gap: string,
  ) {}
  /** body.slice(start, end) */
  get raw(): string {
    return this.w.raw;
  }
  get key(): string {
    return this.w.key;
  }
  get lower(): string {
    return this.w.lower;
  }
  get cap(): boolean {
    return this.w.cap;
  }
  get upper(): boolean {
    return this.w.upper;
  }
  get word(): boolean {
    return this.w.word;
  }
  /** `compute(key)` for this token's word, remembered on the word for the last `owner` that asked. */
  memo<T>(owner: object, compute: (key: string) => T): T {
    const w = this.w;
    if (w.memoOwner !== owner) {
      w.memo = compute(w.key);
      w.memoOwner = owner;
    }
    return w.memo as T;
  }
}

const LETTER = /[\p{L}\p{N}\p{M}]/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/** Letters and digits; outside ASCII, Unicode letters, numbers and marks. */
function classify(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c === 0x2019 || c === 0x2018 || c === 0x201c || c === 0x201d || c === 0x2014 || c === 0x2013 || c === 0xa0) return false;
  return LETTER.test(String.fromCharCode(c));
}
// the answer per UTF-16 code unit, worked out on first sight (0 = not yet, 1 = word, 2 = not)
const WORD_CODE = new Uint8Array(65536);
function isWordCode(c: number): boolean {
  const k = WORD_CODE[c]!;
  if (k !== 0) return k === 1;
  const w = classify(c);
  WORD_CODE[c] = w ? 1 : 2;
  return w;
}
const isApos = (c: number) => c === 39 || c === 0x2019 || c === 0x2bc;
const isHyphen = (c: number) => c === 45 || (c >= 0x2010 && c <= 0x2015) || c === 0x2212;
// . , ( ) & / : ; ! ? " “ ” [ ]
function isPunct(c: number): boolean {
  return c === 46 || c === 44 || c === 40 || c === 41 || c === 38 || c === 47 || c === 58 || c === 59 || c === 33 || c === 63 || c === 34 || c === 0x201c || c === 0x201d || c === 91 || c === 93;
}

// Distinct words, in an open-addressing table keyed by a hash the tokenizer computes as it scans: a word
// is looked up by comparing code units in the body, so a token whose word is known costs no slice and no
// string hashing (the lookup was the tokenizer's largest cost).
let slots: Array<Word | undefined> = new Array<Word | undefined>(1 << 12);
let hashes = new Int32Array(1 << 12);
let count = 0;
const MAX_SLOTS = 1 << 19;

function sameText(raw: string, body: string, start: number): boolean {
  for (let k = 0; k < raw.length; k++) if (raw.charCodeAt(k) !== body.charCodeAt(start + k)) return false;
  return true;
}

function insert(h: number, w: Word) {
  const mask = slots.length - 1;
  let idx = h & mask;
  while (slots[idx] !== undefined) idx = (idx + 1) & mask;
  slots[idx] = w;
  hashes[idx] = h;
  count++;
}

/** The word body.slice(start, end), whose hash (see `tokenize`) is h. */
function wordAt(body: string, start: number, end: number, h: number): Word {
  const mask = slots.length - 1;
  const len = end - start;
  let idx = h & mask;
  for (let w = slots[idx]; w !== undefined; w = slots[(idx = (idx + 1) & mask)])
    if (hashes[idx] === h && w.raw.length === len && sameText(w.raw, body, start)) return w;
  const w = makeWord(body.slice(start, end));
  if (2 * (count + 1) > slots.length) {
    // grow (or, at the cap, start afresh: the table is a cache)
    const old = slots;
    const oldH = hashes;
    const size = slots.length < MAX_SLOTS ? slots.length * 2 : slots.length;
    slots = new Array<Word | undefined>(size);
    hashes = new Int32Array(size);
    count = 0;
    if (size > old.length) for (let k = 0; k < old.length; k++) if (old[k] !== undefined) insert(oldH[k]!, old[k]!);
  }
  insert(h, w);
  return w;
}

function makeWord(raw: string): Word {
  const f = raw.charCodeAt(0);
  const cap = (f >= 65 && f <= 90) || (f > 127 && UPPER.test(String.fromCharCode(f)));
  let hasLower = false;
  let hasUpper = false;
  for (let k = 0; k < raw.length; k++) {
    const d = raw.charCodeAt(k);
    if (d >= 97 && d <= 122) hasLower = true;
    else if (d >= 65 && d <= 90) hasUpper = true;
    else if (d >= 128) {
      const ch = String.fromCharCode(d);
      if (LOWER.test(ch)) hasLower = true;
      else if (UPPER.test(ch)) hasUpper = true;
    }
  }
  return { raw, key: foldToken(raw), lower: raw.toLowerCase(), cap, upper: hasUpper && !hasLower, word: true, memoOwner: null, memo: undefined };
}

const marks = new Map<number, Word>();
/** A punctuation mark; `&` counts as the word "and". */
function markOf(c: number): Word {
  let w = marks.get(c);
  if (!w) {
    const ch = String.fromCharCode(c);
    marks.set(c, (w = { raw: ch, key: c === 38 ? 'and' : ch, lower: ch, cap: false, upper: false, word: c === 38, memoOwner: null, memo: undefined }));
  }
  return w;
}

export function tokenize(body: string): Token[] {
  return tokenizeWithStarts(body).toks;
}

/**
 * The tokens, and in the same pass the word starts in the regular-expression sense that scan.ts runs the
 * rule expressions at (`\b\w`: an ASCII letter, digit or `_` after anything else; `wordStarts` there
 * computes the same on its own).
 */
export function tokenizeWithStarts(body: string): { toks: Token[]; starts: Int32Array } {
  const out: Token[] = [];
  const n = body.length;
  const starts = new Int32Array((n >> 1) + 1);
  let k = 0;
  let prevW = false; // the previous character is \w
  let i = 0;
  let gap = '\n';
  while (i < n) {
    const c = body.charCodeAt(i);
    if (isWordCode(c)) {
      // a word character is \w exactly when it is ASCII
      if (c < 128) {
        if (!prevW) starts[k++] = i;
        prevW = true;
      } else prevW = false;
      const start = i;
      let h = c;
      i++;
      while (i < n) {
        const e = body.charCodeAt(i);
        if (isWordCode(e)) {
          if (e < 128) {
            if (!prevW) starts[k++] = i;
            prevW = true;
          } else prevW = false;
          h = (Math.imul(h, 31) + e) | 0;
          i++;
          continue;
        }
        // apostrophe inside a word: keep unless it is a possessive 's / s'
        if (isApos(e) && i + 1 < n && isWordCode(body.charCodeAt(i + 1))) {
          const s1 = body.charCodeAt(i + 1);
          const possessive = (s1 === 115 || s1 === 83) && !(i + 2 < n && isWordCode(body.charCodeAt(i + 2)));
          if (possessive) break;
          if (s1 < 128) {
            starts[k++] = i + 1; // after the apostrophe
            prevW = true;
          } else prevW = false;
          h = (Math.imul(Math.imul(h, 31) + e, 31) + s1) | 0;
          i += 2;
          continue;
        }
        break;
      }
      out.push(new Token(start, i, wordAt(body, start, i, h), gap));
      gap = '';
      continue;
    }
    if (c === 95) {
      if (!prevW) starts[k++] = i; // "_" is \w, though no word character here
      prevW = true;
    } else prevW = false;
    if (isPunct(c)) {
      out.push(new Token(i, i + 1, markOf(c), gap));
      gap = '';
      i++;
      continue;
    }
    if (c === 10) gap = '\n';
    else if (isHyphen(c)) {
      if (gap !== '\n') gap = '-';
    } else if (gap === '') gap = ' ';
    i++;
  }
  return { toks: out, starts: starts.subarray(0, k) };
}
