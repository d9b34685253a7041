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

/** The finer check (prefix.ts, `Codes`): can the rule start with the characters at p? (`lo`, `raw`: the first two, packed) */
function codesAllow(x: Codes, text: string, p: number, lo: number, raw: number): boolean {
  const b = x.ignoreCase ? lo : raw;
  const look = x.pairs[b]!;
  if (look <= 1) return look === 1;
  const f = x.ignoreCase ? lowerCode : code;
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
 * characters allow it is tried. Rules give their matches to an output list (`slots`, by default one per
 * rule); rules that share a list are the alternatives of one expression, in order: at a start the first
 * that matches wins, and no rule of the list is tried inside the list's previous match. `run` gives each
 * list's matches as `text.matchAll` would give those of the expression (for alternatives A, B, …: of
 * `A|B|…`, each match with the index of its rule in `which`).
 */
export class RuleSet {
  // per first two characters (c1 * 128 + c2): the rules they may start, in order, as the range
  // ids[offsets[pair]] … ids[offsets[pair + 1] - 1]
  private readonly offsets: Uint32Array;
  private readonly ids: Uint8Array;
  private readonly slotOf: Uint8Array;
  readonly lists: number;
  constructor(
    readonly rules: StartRule[],
    slots: number[] = rules.map((_, i) => i),
  ) {
    if (rules.length > 255) throw new Error('RuleSet: at most 255 rules');
    this.slotOf = Uint8Array.from(slots);
    this.lists = Math.max(0, ...slots) + 1;
    const counts = new Uint32Array(PAIRS + 1);
    for (const r of rules) for (let c = 0; c < PAIRS; c++) if (r.first[c] === 1) counts[c + 1]!++;
    for (let c = 0; c < PAIRS; c++) counts[c + 1]! += counts[c]!;
    this.offsets = counts;
    this.ids = new Uint8Array(counts[PAIRS]!);
    const fill = counts.slice(0, PAIRS);
    rules.forEach((r, i) => {
      for (let c = 0; c < PAIRS; c++) if (r.first[c] === 1) this.ids[fill[c]!++] = i;
    });
  }

  /**
   * Each list's matches (in the order of `slots`); `enabled[r] === 0` leaves rule r out. `which`, when
   * given, gets per list the rule of each match.
   */
  run(text: string, starts: Int32Array, enabled?: Uint8Array, which?: number[][]): RegExpExecArray[][] {
    const { rules, offsets, ids, slotOf } = this;
    const out: RegExpExecArray[][] = [];
    for (let l = 0; l < this.lists; l++) out.push([]);
    const lastEnd = new Int32Array(this.lists);
    for (let k = 0; k < starts.length; k++) {
      const p = starts[k]!;
      const c1 = text.charCodeAt(p);
      const c2 = text.charCodeAt(p + 1);
      const raw = (c1 >= 127 ? 127 : c1) * 128 + (c2 >= 127 || c2 !== c2 ? 127 : c2);
      let i = offsets[raw]!;
      const e = offsets[raw + 1]!;
      if (i === e) continue;
      const lo = (lowerCode(c1) << 7) | lowerCode(c2);
      for (; i < e; i++) {
        const r = ids[i]!;
        const l = slotOf[r]!;
        if (p < lastEnd[l]! || (enabled && enabled[r] === 0)) continue;
        const rule = rules[r]!;
        if (rule.codes && !codesAllow(rule.codes, text, p, lo, raw)) continue;
        const re = rule.re;
        re.lastIndex = p;
        const x = re.exec(text);
        if (x) {
          out[l]!.push(x);
          if (which) (which[l] ??= []).push(r);
          lastEnd[l] = p + x[0].length;
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

/**
 * Whether an expression of whole words (`\b(?:…)\b`, nothing else looking outside its match) matches
 * inside text.slice(a, b), answered from its matches in the whole text (in order; the spans must be asked
 * in order of position). The slice's ends are word boundaries the text may not have, so when a word
 * character stands right outside the span, or a match of the text straddles one of its ends, the
 * answer is null: test the slice itself.
 */
export class InSpan {
  private k = 0;
  constructor(
    private readonly text: string,
    private readonly ms: RegExpExecArray[] | null, // null: not run at word starts, always test the slice
  ) {}
  has(a: number, b: number): boolean | null {
    const { ms, text } = this;
    if (!ms) return null;
    while (this.k < ms.length && ms[this.k]!.index < a) this.k++;
    if ((a > 0 && isW(text.charCodeAt(a - 1))) || isW(text.charCodeAt(b))) return null;
    const prev = ms[this.k - 1];
    if (prev && prev.index + prev[0].length > a) return null;
    const m = ms[this.k];
    if (!m || m.index >= b) return false;
    return m.index + m[0].length <= b ? true : null;
  }
}
