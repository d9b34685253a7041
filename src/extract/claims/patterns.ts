// The attribution rules (data/attribution.json) as expressions: one alternation over all rules (COMBINED), each
// rule on its own, and the cheap checks rules.ts runs before them; "X-backed" suffixes.
import rules from '../data/attribution.json' with { type: 'json' };

type Shape = string;
export interface Rule {
  re: string;
  predicate: string;
  shape: Shape;
  hedge: boolean;
  /** the attribution's action, where it is not the words matched */
  action?: string;
}
// (each rule with every field: one shape of object where the rules are read, per hit)
export const RULES: Rule[] = rules.rules.map((r: { re: string; predicate: string; shape: string; hedge?: boolean; action?: string }) => ({ re: r.re, predicate: r.predicate, shape: r.shape, hedge: r.hedge === true, action: r.action }));
export const COMBINED = new RegExp(`\\b(?:${RULES.map((r) => `(${r.re})\\b`).join('|')})`, 'gi');
/**
 * COMBINED's alternatives, each on its own: rules.ts tries them in order at the word starts their first
 * characters allow, the first that matches wins, as in COMBINED (the rules have no groups of their own).
 */
export const CLAIM_ALTERNATIVES = RULES.map((r) => new RegExp(`\\b(?:${r.re})\\b`, 'i'));
/**
 * The top-level alternatives of an expression's source (its `|` outside groups and classes), up to the
 * end or to a `)` that closes a group the source is inside of; `end`: where they stop.
 */
function alternativesOf(source: string): { alts: string[]; end: number } {
  const alts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  let i = 0;
  for (; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && depth-- === 0) break;
    else if (c === '|' && depth === 0) {
      alts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  alts.push(source.slice(from, i));
  return { alts, end: i };
}
const COUNT = '\\d[\\d,]* ';
/** An alternative that begins with a count, a space and a word. */
export const counted = (a: string) => a.startsWith(COUNT) && wordFirst(a.slice(COUNT.length));
/** An alternative that begins with an ASCII letter, or with a group (not optional) of such alternatives. */
function wordFirst(a: string): boolean {
  if (/^[a-z]/i.test(a)) return true;
  if (!a.startsWith('(?:')) return false;
  const { alts, end } = alternativesOf(a.slice(3));
  return !/^\)[?*{]/.test(a.slice(3 + end)) && alts.every(wordFirst);
}
/**
 * For each attribution rule, a test of what follows a start before its expression is run there (scan.ts,
 * StartRule.check), or null. A rule whose alternatives all begin with a group of words or with a count
 * (`\d[\d,]* ` then a group of words: "26 civilians … killed") cannot match at a number not followed by
 * a space and a letter: a year, most numbers, where it was tried and failed.
 */
export const CLAIM_CHECKS = RULES.map((r) => {
  const { alts } = alternativesOf(r.re);
  return alts.some(counted) && alts.every((a) => wordFirst(a) || counted(a)) ? countThenWord : null;
});
function countThenWord(units: Uint16Array, p: number, n: number): boolean {
  const c = units[p]!;
  if (c < 48 || c > 57) return true; // (a group of words)
  let i = p + 1;
  while (i < n && ((units[i]! >= 48 && units[i]! <= 57) || units[i] === 44)) i++;
  if (i + 1 >= n || units[i] !== 32) return false;
  const d = units[i + 1]! | 32;
  return d >= 97 && d <= 122;
}
/** "-backed", "-sponsored" …: the words, as whole words (rules.ts finds them at the word starts); see backedSuffixes. */
export const BACKED_WORD = /\b(?:backed|sponsored|funded|supported|linked)\b/;
const BACKED_SUFFIX = /[-‐](backed|sponsored|funded|supported|linked)\b/g;
/**
 * The matches of BACKED_SUFFIX, from those of BACKED_WORD (`words`; null: not run at word starts): a word
 * right after a hyphen.
 */
export function backedSuffixes(body: string, words: RegExpExecArray[] | null): RegExpMatchArray[] {
  if (!words) return [...body.matchAll(BACKED_SUFFIX)];
  const out: RegExpMatchArray[] = [];
  for (const w of words) {
    const h = w.index - 1;
    const c = body.charCodeAt(h);
    if (c !== 45 && c !== 0x2010) continue;
    const m = [body[h]! + w[0], w[0]] as unknown as RegExpMatchArray;
    m.index = h;
    out.push(m);
  }
  return out;
}
