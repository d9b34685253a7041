// A fast tokenizer over the body: words (letters and digits, with apostrophes inside a word kept) and
// the punctuation that can be part of a name (`. , ( ) & /`). Hyphens, dashes and whitespace separate
// tokens and are not tokens. Offsets are UTF-16 code units into the body.
//
// Layout: a document's tokens are four typed arrays (start, end, word id, gap), not an object per token.
// A word id names a distinct spelling, worked out once per process: its text, folded key, lower case and
// case facts live in the word tables below (`words`, `nameWords`), indexed by id, and consumers keep their own facts
// per word id (the matcher's trie step, mentions' cue sets) in typed arrays of their own.
import { widened } from '../util/typed.ts';
import { foldToken } from './fold.ts';
import { codeUnits, ownSlice } from './scan.ts';
import { isOtherTerminator } from './sentences.ts';

/** What separates a token from the previous one. */
export const GAP_NONE = 0;
export const GAP_SPACE = 1;
export const GAP_HYPHEN = 2; // a hyphen or dash
export const GAP_LINE = 3; // a line break (also before the first token)

/** Word facts (`words.flags`). */
export const W_WORD = 1; // letters/digits (and `&`), not punctuation
export const W_CAP = 2; // the first character is an upper-case letter
export const W_UPPER = 4; // has letters and no lower-case letter
export const W_DIGIT = 8; // the first character is an ASCII digit
/** A word whose first character is not a lower-case ASCII letter: only there can a gazetteer name start (matcher.ts). */
export const W_OPEN = 16;
/** 1 when a word whose first code unit is c is W_OPEN, else 0 (without a branch: see `scan`). */
const openBit = (c: number) => ((c - 97) | (122 - c)) >>> 31;
/**
 * Arabic-style particles written in lower case at the start of a name ("al-Qaeda", "ash-Shabab"): W_OPEN
 * too, as a name may start there when the word after it is capitalised (matcher.ts).
 */
export const PARTICLES = new Set(['al', 'el', 'ad', 'an', 'ar', 'as', 'ash', 'at', 'az', 'ul']);
/** 1 for the first code unit of a particle: only there does the tokenizer read whether a word is W_OPEN. */
const PARTICLE_LEAD = new Uint8Array(128);
for (const p of PARTICLES) PARTICLE_LEAD[p.charCodeAt(0)] = 1;

/** The punctuation marks that are tokens; mark k has word id k in every epoch of the word table. */
const MARKS = '.,()&/:;!?"“”[]';
export const ID_DOT = 0;
export const ID_COMMA = 1;
export const ID_LPAREN = 2;
export const ID_RPAREN = 3;
/** The GAP_*, W_* and ID_* codes in one object, for modules to make them constants of their own: V8 folds a
 * module's own constants into its code, not imported ones (an imported constant is a load at every use). */
export const TOKEN_CODES = { GAP_NONE, GAP_SPACE, GAP_HYPHEN, GAP_LINE, W_WORD, W_CAP, W_UPPER, W_DIGIT, W_OPEN, ID_DOT, ID_COMMA, ID_LPAREN, ID_RPAREN };

/** A document's tokens: token k (k < n; the arrays may be longer) spans body[start[k], end[k]) and spells word[k]. */
export interface Tokens {
  n: number;
  start: Int32Array;
  end: Int32Array;
  /** word id (index into `words`) */
  word: Int32Array;
  /** GAP_NONE, GAP_SPACE, GAP_HYPHEN or GAP_LINE */
  gap: Uint8Array;
  /** the tokens whose word is W_OPEN (where a name may start), in order: opens[0, nOpens) */
  opens: Int32Array;
  nOpens: number;
  /** the tokens after a line break (GAP_LINE), in order: lines[0, nLines) */
  lines: Int32Array;
  nLines: number;
  /** the text has a line terminator other than \n (\r, U+2028, U+2029: no GAP_LINE) */
  otherBreaks: boolean;
  /** the text has a sentence terminator of another script (sentences.ts, OTHER_TERMINATORS) */
  otherTerminators: boolean;
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
// per UTF-16 code unit: 1 = word character, 2 = other, 3 = a mark that is a token, 4 = an apostrophe
// (' ’; ʼ is a letter), 0 = not yet worked out
const CODE = new Uint8Array(65536);
function codeOf(c: number): number {
  const k = classify(c) ? 1 : MARKS.includes(String.fromCharCode(c)) ? 3 : c === 39 || c === 0x2019 ? 4 : 2;
  CODE[c] = k;
  return k;
}
const isHyphen = (c: number) => c === 45 || (c >= 0x2010 && c <= 0x2015) || c === 0x2212;
const MARK_ID = new Int32Array(65536).fill(-1);
for (let k = 0; k < MARKS.length; k++) MARK_ID[MARKS.charCodeAt(k)] = k;

const MAX_WORDS = 1 << 18;
const SLOT = 2;

/**
 * Distinct words, by id: their text, folded key, lower case and case facts. A table is a cache: past
 * `MAX_WORDS` it starts afresh (at the start of a tokenization) with new arrays and `epoch` + 1, so a
 * consumer that keeps facts by word id checks `epoch` and starts afresh too. `flags` is replaced (not
 * changed in place) when it grows: read it after tokenizing.
 *
 * Words are found in an open-addressing table keyed by a hash the tokenizer computes as it scans: a word is
 * found by comparing its code units (kept in `chars`) with the body's, so a known word costs no slice.
 * A slot is two integers: hash and word id + 1; word w's code units are chars[ends[w - 1], ends[w]). The
 * three arrays are dense (a few bytes a word): the other stages of a pass evict much of the cache, and a
 * look-up then finds more of its lines still there than in a table of wide slots (eight integers, with
 * the first code units inline, made the whole pass 2% slower).
 */
export class WordTable {
  epoch = 0;
  count = 0;
  raw: string[] = [];
  key: string[] = []; // folded key (fold.ts)
  lower: string[] = [];
  flags = new Uint8Array(1024);
  table = new Int32Array(SLOT << 12); // word id + 1 = 0: empty
  chars = new Uint16Array(1 << 14); // every word's code units, one after another
  ends = new Int32Array(1024); // by word id: where its code units end in `chars`
  charsUsed = 0;

  constructor() {
    this.addMarks();
  }

  reset(): void {
    this.epoch++;
    this.count = 0;
    this.raw = [];
    this.key = [];
    this.lower = [];
    this.flags = new Uint8Array(1024);
    this.table = new Int32Array(SLOT << 12);
    this.chars = new Uint16Array(1 << 14);
    this.ends = new Int32Array(1024);
    this.charsUsed = 0;
    this.addMarks();
  }

  private addMarks(): void {
    for (let k = 0; k < MARKS.length; k++) {
      const ch = MARKS[k]!;
      const c = ch.charCodeAt(0);
      // `&` counts as the word "and"
      this.addWord(ch, c === 38 ? 'and' : ch, ch, c === 38 ? W_WORD | W_OPEN : 0, c, 1);
    }
  }

  private addWord(raw: string, key: string, lower: string, flags: number, h: number, len: number): number {
    const id = this.count++;
    if (id >= this.flags.length) {
      this.flags = widened(this.flags, this.flags.length * 2);
      this.ends = widened(this.ends, this.flags.length);
    }
    this.raw.push(raw);
    this.key.push(key);
    this.lower.push(lower);
    this.flags[id] = flags;
    if (this.charsUsed + len > this.chars.length) this.chars = widened(this.chars, Math.max(this.chars.length * 2, this.charsUsed + len));
    const chars = this.chars;
    for (let k = 0; k < len; k++) chars[this.charsUsed + k] = raw.charCodeAt(k);
    this.charsUsed += len;
    this.ends[id] = this.charsUsed;
    // (at most half the slots full)
    if (2 * SLOT * this.count > this.table.length) {
      const old = this.table;
      this.table = new Int32Array(old.length * 2);
      for (let k = 0; k < old.length; k += SLOT)
        if (old[k + 1] !== 0) {
          const idx = this.slotOf(old[k]!);
          this.table[idx] = old[k]!;
          this.table[idx + 1] = old[k + 1]!;
        }
    }
    const idx = this.slotOf(h);
    this.table[idx] = h;
    this.table[idx + 1] = id + 1;
    return id;
  }

  /** The free slot for a new word whose hash is h. */
  private slotOf(h: number): number {
    const table = this.table;
    const mask = table.length - SLOT;
    let idx = home(h, mask);
    while (table[idx + 1] !== 0) idx = (idx + SLOT) & mask;
    return idx;
  }

  /** Whether word w is spelt `text[start, start + len)`. */
  private sameWord(w: number, text: Uint16Array, start: number, len: number): boolean {
    const ends = this.ends;
    const e = ends[w]!;
    const o = w === 0 ? 0 : ends[w - 1]!;
    if (e - o !== len) return false;
    const cs = this.chars;
    for (let k = 0; k < len; k++) if (cs[o + k] !== text[start + k]) return false;
    return true;
  }

  /** The id of the word body.slice(start, end) (its code units `text[start, end)`), whose hash (see `scan`) is h. */
  wordAt(body: string, text: Uint16Array, start: number, end: number, h: number): number {
    const tb = this.table;
    const mask = tb.length - SLOT;
    const len = end - start;
    for (let idx = home(h, mask); ; idx = (idx + SLOT) & mask) {
      const v = tb[idx + 1]!;
      if (v === 0) break;
      if (tb[idx] === h && this.sameWord(v - 1, text, start, len)) return v - 1;
    }
    // (a string of its own, not a view of the document: the word table keeps it for the process's life)
    return this.makeWord(ownSlice(body, start, end), h);
  }

  /** The id of the word spelt `s`, or -1 if no text tokenized into this table so far has it. */
  idOf(s: string): number {
    const len = s.length;
    if (len === 0) return -1;
    let h = s.charCodeAt(0);
    for (let k = 1; k < len; k++) h = (Math.imul(h, 31) + s.charCodeAt(k)) | 0;
    const table = this.table;
    const mask = table.length - SLOT;
    for (let idx = home(h, mask); ; idx = (idx + SLOT) & mask) {
      const v = table[idx + 1]!;
      if (v === 0) return -1;
      if (table[idx] !== h) continue;
      const e = this.ends[v - 1]!;
      const o = v === 1 ? 0 : this.ends[v - 2]!;
      if (e - o !== len) continue;
      let k = 0;
      while (k < len && this.chars[o + k] === s.charCodeAt(k)) k++;
      if (k === len) return v - 1;
    }
  }

  private makeWord(raw: string, h: number): number {
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
    const flags = W_WORD | (cap ? W_CAP : 0) | (hasUpper && !hasLower ? W_UPPER : 0) | (f >= 48 && f <= 57 ? W_DIGIT : 0) | (openBit(f) === 1 || PARTICLES.has(raw) ? W_OPEN : 0);
    return this.addWord(raw, foldToken(raw), raw.toLowerCase(), flags, h, raw.length);
  }
}

/**
 * The slot where a search for hash h starts: the hash's bits mixed, so that words whose hashes are close
 * ("w1a", "w1b", numbers in a table) do not fill runs of neighbouring slots.
 */
function home(h: number, mask: number): number {
  const x = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return ((x ^ (x >>> 16)) << 1) & mask; // (<< 1: a slot is SLOT = 2 integers)
}

/**
 * The words of documents (`tokenizeWithStarts`), by id. Consumers keep their own facts per word id (the
 * matcher's trie step, mentions' cue sets) in typed arrays of their own.
 */
export const words = new WordTable();
/**
 * The words of names and short texts (`tokenize`): the gazetteer's names, a mention's name whose key is
 * asked. A table of their own, so that a document's look-ups search a table of documents' words only: the
 * thousands of words that occur only in gazetteer names made the documents' table four times larger (and
 * it would grow with every name added), and the tokenizer's time goes mostly to the first read of a slot.
 * Its ids are used only right after `tokenize` (nothing keeps them), so it starts afresh when it is full.
 */
export const nameWords = new WordTable();

/**
 * The documents' word table is full: the next `tokenizeWithStarts` starts it afresh, and the word ids of the
 * tokens made before are then stale (`extractMany` ends a batch there).
 */
export const wordsFull = (): boolean => words.count >= MAX_WORDS;

/** The id of the word spelt `s` in the documents' table (`words`), or -1 if no document so far has it. */
export const wordIdOf = (s: string): number => words.idOf(s);

// The arrays a scan writes, kept from call to call (allocating typed arrays per document costs more than
// filling them): one set for documents, one for names.
interface Scratch {
  start: Int32Array;
  end: Int32Array;
  word: Int32Array;
  gap: Uint8Array;
  opens: Int32Array;
  lines: Int32Array;
  starts: Int32Array;
}
const newScratch = (size: number): Scratch => ({
  start: new Int32Array(size),
  end: new Int32Array(size),
  word: new Int32Array(size),
  gap: new Uint8Array(size),
  opens: new Int32Array(size),
  lines: new Int32Array(size),
  starts: new Int32Array(size),
});
const docScratch = newScratch(4096);
const nameScratch = newScratch(64);

/**
 * The tokens of a name or a short text; their word ids are in `nameWords`, not the documents' `words`, so
 * a caller working on a document's tokens may tokenize names on the way. The arrays and ids are valid
 * until the next call of `tokenize` (`nameWords` may start afresh then).
 */
export function tokenize(body: string): Tokens {
  if (nameWords.count >= MAX_WORDS) nameWords.reset();
  return scan(body, nameWords, nameScratch, false).toks;
}

/**
 * A document's tokens, and in the same pass the word starts in the regular-expression sense that scan.ts
 * runs the rule expressions at (`\b\w`: an ASCII letter, digit or `_` after anything else; `wordStarts`
 * there computes the same on its own). The token arrays and `starts` are valid until the next call of
 * `tokenizeWithStarts` (they are kept from call to call; the token arrays' length may exceed `n`): copy
 * what must outlive it. The word table may start afresh here (see `words`).
 */
export function tokenizeWithStarts(body: string): { toks: Tokens; starts: Int32Array } {
  if (words.count >= MAX_WORDS) words.reset();
  return scan(body, words, docScratch, true);
}

function grow(sc: Scratch, size: number) {
  sc.start = widened(sc.start, size);
  sc.end = widened(sc.end, size);
  sc.word = widened(sc.word, size);
  sc.gap = widened(sc.gap, size);
  sc.opens = widened(sc.opens, size);
  sc.lines = widened(sc.lines, size);
}

const EMPTY = new Int32Array(0);

function scan(body: string, wt: WordTable, sc: Scratch, keepStarts: boolean): { toks: Tokens; starts: Int32Array } {
  const n = body.length;
  const text = codeUnits(body);
  if (sc.starts.length < (n >> 1) + 1) sc.starts = new Int32Array(n + 16);
  const starts = sc.starts;
  let size = sc.start.length;
  let tStart = sc.start;
  let tEnd = sc.end;
  let tWord = sc.word;
  let tGap = sc.gap;
  let tOpens = sc.opens;
  let nOpens = 0;
  let tLines = sc.lines;
  let nLines = 0;
  let otherBreaks = false;
  let otherTerminators = false;
  let t = 0;
  let k = 0;
  let prevW = false; // the previous character is \w
  let i = 0;
  let gap = GAP_LINE;
  while (i < n) {
    const c = text[i]!;
    if (c === 32) {
      // (the commonest separator first: a space)
      prevW = false;
      if (gap === GAP_NONE) gap = GAP_SPACE;
      i++;
      continue;
    }
    let kind = CODE[c]!;
    if (kind === 0) kind = codeOf(c);
    let start = i;
    let id: number;
    let open: number; // the word is W_OPEN: 1, else 0
    if (kind === 1) {
      // a word character is \w exactly when it is ASCII
      if (c < 128) {
        if (!prevW) starts[k++] = i;
        prevW = true;
      } else prevW = false;
      let h = c;
      i++;
      while (i < n) {
        let e = text[i]!;
        if (((e | 32) >= 97 && (e | 32) <= 122) || (e >= 48 && e <= 57)) {
          // a run of ASCII letters and digits (the commonest case): \w, so a word start only at its first
          if (!prevW) starts[k++] = i;
          prevW = true;
          do {
            h = (Math.imul(h, 31) + e) | 0;
            if (++i === n) break;
            e = text[i]!;
          } while (((e | 32) >= 97 && (e | 32) <= 122) || (e >= 48 && e <= 57));
          continue;
        }
        let ek = CODE[e]!;
        if (ek === 0) ek = codeOf(e);
        if (ek === 1) {
          // (not ASCII)
          prevW = false;
          h = (Math.imul(h, 31) + e) | 0;
          i++;
          continue;
        }
        // apostrophe inside a word: keep unless it is a possessive 's / s'
        if (ek === 4 && i + 1 < n) {
          const s1 = text[i + 1]!;
          let sk = CODE[s1]!;
          if (sk === 0) sk = codeOf(s1);
          if (sk !== 1) break;
          if (s1 === 115 || s1 === 83) {
            // a possessive unless a word character follows
            if (i + 2 >= n) break;
            const s2 = text[i + 2]!;
            let k2 = CODE[s2]!;
            if (k2 === 0) k2 = codeOf(s2);
            if (k2 !== 1) break;
          }
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
      id = wt.wordAt(body, text, start, i, h);
      open = openBit(c) | (c < 128 && PARTICLE_LEAD[c] === 1 && wt.flags[id]! & W_OPEN ? 1 : 0);
    } else {
      if (c === 95) {
        if (!prevW) starts[k++] = i; // "_" is \w, though no word character here
        prevW = true;
      } else prevW = false;
      i++;
      if (kind === 3) {
        id = MARK_ID[c]!;
        open = c === 38 ? 1 : 0; // (`&`)
      } else {
        if (c === 10) gap = GAP_LINE;
        else if (isHyphen(c)) {
          if (gap !== GAP_LINE) gap = GAP_HYPHEN;
        } else {
          if (c === 13 || c === 0x2028 || c === 0x2029) otherBreaks = true;
          else if (c > 127 && isOtherTerminator(c)) otherTerminators = true;
          if (gap === GAP_NONE) gap = GAP_SPACE;
        }
        continue;
      }
      start = i - 1;
    }
    if (t === size) {
      grow(sc, (size *= 2));
      tStart = sc.start;
      tEnd = sc.end;
      tWord = sc.word;
      tGap = sc.gap;
      tOpens = sc.opens;
      tLines = sc.lines;
    }
    tStart[t] = start;
    tEnd[t] = i;
    tWord[t] = id;
    tGap[t] = gap;
    // (listed without a branch: which words are W_OPEN follows no pattern a branch predictor learns)
    tOpens[nOpens] = t;
    nOpens += open;
    if (gap === GAP_LINE) tLines[nLines++] = t;
    t++;
    gap = GAP_NONE;
  }
  const toks = { n: t, start: tStart, end: tEnd, word: tWord, gap: tGap, opens: tOpens, nOpens, lines: tLines, nLines, otherBreaks, otherTerminators };
  return { toks, starts: keepStarts ? starts.subarray(0, k) : EMPTY };
}
