// Rule expressions run only where they can start. Most rules begin with a word boundary and a word
// character (`\b(?:claimed|…)`, `\b(\d{1,2}) (January|…)`), so a match can only start where a word starts
// (in the regular-expression sense: an ASCII letter, digit or `_` after anything else) and only with
// one of a few first characters. One pass over the text lists the word starts; a rule is then tried
// (sticky) at the starts whose first characters it allows, instead of at every position of the text.
// The matches are those of `text.matchAll(rule)`: leftmost first, none overlapping.
import { startsOf, type Codes, type Starts } from './prefix.ts';

export { startsOf, type Starts };

/**
 * Which first two characters a rule allows, as a table over pairs of UTF-16 code units (index
 * c1 * 128 + c2, see prefix.ts); 127 also stands for "any code unit ≥ 127, or the end of the text".
 */
export type FirstChars = Uint8Array;

const PAIRS = 128 * 128;
const pairIndex = (c1: number, c2: number) => (c1 >= 127 ? 127 : c1) * 128 + (c2 >= 127 || Number.isNaN(c2) ? 127 : c2);

/** A regular-expression word character (`\w`: ASCII letters, digits, `_`). */
export const isW = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** Positions where a regular-expression word (`\w`, ASCII) starts: `\b` followed by a word character. */
export function wordStarts(text: string): Int32Array {
  const n = text.length;
  const out = new Int32Array((n >> 1) + 1); // at most one start in two characters
  let k = 0;
  let prev = false;
  for (let i = 0; i < n; i++) {
    const w = isW(text.charCodeAt(i));
    if (w && !prev) out[k++] = i;
    prev = w;
  }
  return out.subarray(0, k);
}

/** A rule to run at word starts: `re` must be sticky (`y`) and match only at a word start (it begins `\b\w…`). */
export interface StartRule {
  re: RegExp;
  first: FirstChars;
  codes: Codes | null;
}

const lowerCode = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c >= 127 || c !== c ? 127 : c);
const code = (c: number) => (c >= 127 || c !== c ? 127 : c);

/** The finer check (prefix.ts, `Codes`): can the rule start with the characters at p? */
function codesAllow(x: Codes, text: string, p: number): boolean {
  const f = x.ignoreCase ? lowerCode : code;
  const b = (f(text.charCodeAt(p)) << 7) | f(text.charCodeAt(p + 1));
  const look = x.pairs[b]!;
  if (look <= 1) return look === 1;
  const c = (b << 7) | f(text.charCodeAt(p + 2));
  return ((look & 2) !== 0 && x.set.has(c)) || ((look & 4) !== 0 && x.set.has((c << 7) | f(text.charCodeAt(p + 3))));
}

/** The rule to run at word starts for `re`; null when its matches may begin elsewhere (see prefix.ts). */
export function startRule(re: RegExp): StartRule | null {
  const s = startsOf(re);
  if (!s.inner || s.anchored) return null;
  return { re: new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'y'), first: s.inner, codes: s.codes };
}

/**
 * Several rules run together in one pass over the word starts: at each start, each rule whose first
 * characters allow it is tried (a rule is not tried inside its own previous match). `run` gives each
 * rule's matches as `text.matchAll(rule)` would.
 */
export class RuleSet {
  // per first two characters: the rules they may start (bit r); the narrowest array that holds the bits,
  // as it is read at every word start and a smaller table stays in the cache
  private readonly masks: Uint8Array | Uint16Array | Uint32Array;
  constructor(readonly rules: StartRule[]) {
    if (rules.length > 32) throw new Error('RuleSet: at most 32 rules');
    this.masks = rules.length <= 8 ? new Uint8Array(PAIRS) : rules.length <= 16 ? new Uint16Array(PAIRS) : new Uint32Array(PAIRS);
    rules.forEach((r, i) => {
      for (let c = 0; c < PAIRS; c++) if (r.first[c] === 1) this.masks[c]! |= 1 << i;
    });
  }

  /** Each rule's matches (in the order of `rules`); `enabled` (bit r) leaves rules out. */
  run(text: string, starts: Int32Array, enabled = 0xffffffff): RegExpExecArray[][] {
    const { rules, masks } = this;
    const out: RegExpExecArray[][] = rules.map(() => []);
    const lastEnd = new Int32Array(rules.length);
    for (let k = 0; k < starts.length; k++) {
      const p = starts[k]!;
      let m = masks[pairIndex(text.charCodeAt(p), text.charCodeAt(p + 1))]! & enabled;
      while (m !== 0) {
        const r = 31 - Math.clz32(m & -m); // lowest set bit
        m &= m - 1;
        if (p < lastEnd[r]!) continue;
        const rule = rules[r]!;
        if (rule.codes && !codesAllow(rule.codes, text, p)) continue;
        const re = rule.re;
        re.lastIndex = p;
        const x = re.exec(text);
        if (x) {
          out[r]!.push(x);
          lastEnd[r] = p + x[0].length;
        }
      }
    }
    return out;
  }
}

/** The matches of one rule, as `text.matchAll(rule)` would give them. */
export function matchesAt(rule: StartRule, text: string, starts: Int32Array): RegExpExecArray[] {
  return new RuleSet([rule]).run(text, starts)[0]!;
}
