// A fast tokenizer over the body: words (letters and digits, with apostrophes inside a word kept) and
// the punctuation that can be part of a name (`. , ( ) & /`). Hyphens, dashes and whitespace separate
// tokens and are not tokens. Offsets are UTF-16 code units into the body.
import { foldToken } from './fold.ts';

export interface Token {
  start: number;
  end: number;
  raw: string; // body.slice(start, end)
  key: string; // folded key
  cap: boolean; // first character is an upper-case letter
  upper: boolean; // has letters and no lower-case letter
  word: boolean; // letters/digits, not punctuation
  /** what separates this token from the previous one: '' none, ' ' space, '-' hyphen/dash, '\n' a line break */
  gap: string;
}

const LETTER = /[\p{L}\p{N}\p{M}]/u;
const PUNCT = new Set(['.', ',', '(', ')', '&', '/', ':', ';', '!', '?', '"', '“', '”', '[', ']']);

function isWordChar(c: number, ch: string): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(ch);
}
const isApos = (c: number) => c === 39 || c === 0x2019 || c === 0x2bc;
const isHyphen = (c: number) => c === 45 || (c >= 0x2010 && c <= 0x2015) || c === 0x2212;

export function tokenize(body: string): Token[] {
  const out: Token[] = [];
  const n = body.length;
  let i = 0;
  let gap = '\n';
  while (i < n) {
    const c = body.charCodeAt(i);
    const ch = body[i]!;
    if (isWordChar(c, ch)) {
      const start = i;
      i++;
      while (i < n) {
        const d = body.charCodeAt(i);
        if (isWordChar(d, body[i]!)) {
          i++;
          continue;
        }
        // apostrophe inside a word: keep unless it is a possessive 's / s'
        if (isApos(d) && i + 1 < n && isWordChar(body.charCodeAt(i + 1), body[i + 1]!)) {
          const after = body.charCodeAt(i + 2);
          const possessive = (body[i + 1] === 's' || body[i + 1] === 'S') && !(i + 2 < n && isWordChar(after, body[i + 2]!));
          if (possessive) break;
          i += 2;
          continue;
        }
        break;
      }
      const raw = body.slice(start, i);
      const f = raw.charCodeAt(0);
      const cap = (f >= 65 && f <= 90) || (f > 127 && raw[0] !== raw[0]!.toLowerCase());
      const upper = raw !== raw.toLowerCase() && raw === raw.toUpperCase();
      out.push({ start, end: i, raw, key: foldToken(raw), cap, upper, word: true, gap });
      gap = '';
      continue;
    }
    if (PUNCT.has(ch)) {
      out.push({ start: i, end: i + 1, raw: ch, key: ch === '&' ? 'and' : ch, cap: false, upper: false, word: ch === '&', gap });
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
  return out;
}
