// A small learned typer for capitalised spans the rules left untyped (branch ner1). Candidates are the
// sub-spans of each maximal run of capitalised tokens (connectors such as "of", "the", "al", "bin" inside); each
// is scored by a multinomial logistic regression over string features (its words, shapes, suffixes, the words
// around it, a few of the token facts the rules read) into none / person / organization / place, trained on the
// retired annotated sets' gold mentions by eval/train-names.ts (`npm run train:names`).
// OFF by default: no weights are bundled and `extract` runs rules only. Leave-one-set-out over the retired sets
// (eval/names-cv.ts, `npm run eval:names-cv`) found no gain — organisations' F1 down, the rest flat — so the
// model was not integrated; the hook stays for measuring a better model the same way (docs/extract.md, ner1).
// Trained and tested on each retired set's leftovers as the rules stood while it was blind (eval/names-blind.ts,
// branch ner2), it added no gain either: organisations +0.002, places −0.001 pooled over eleven folds.
import { PARTICLES, TOKEN_CODES, type Tokens, words } from '../tokens.ts';
import type { MentionType } from '../types.ts';
import { cleanCanonical } from './canonical.ts';
import { CONNECTORS } from './cues.ts';
import { FACT_BITS } from './facts.ts';
import { add, dropFound, type Found, foundI, foundJ, mention } from './found.ts';

const { GAP_HYPHEN, GAP_LINE, GAP_NONE, GAP_SPACE, W_CAP, W_UPPER, W_WORD, ID_DOT, ID_LPAREN, ID_RPAREN } = TOKEN_CODES;
const { F_GIVEN, F_ORGHEAD, F_PLACEHEAD, F_TITLE, F_ROLE, F_NAMETITLE, F_SENTSTART, F_TIME, F_STOP } = FACT_BITS;

/** The classes, in the order of each feature's weights. */
export const CLASSES = ['none', 'person', 'organization', 'place'] as const;
export const NC = CLASSES.length;
/** A model: each feature's weights, one per class (a feature not listed weighs nothing). */
export interface NameModel {
  weights: Map<string, Float64Array>;
}
/** The longest candidate, in tokens (a longer run gives its sub-spans of at most SPAN_MAX tokens: spansOf). */
export const SPAN_MAX = 7;
/** The probability a span must have for its best class (not none) to become a mention: fixed in advance. */
export const THRESHOLD = 0.7;
let threshold = THRESHOLD;

let model: NameModel | null = null;
/** The model the extractor uses (null, the default: rules only); the cross-validation swaps in each fold's. */
export function setNameModel(m: NameModel | null, th: number = THRESHOLD, veto: number | null = null) {
  model = m;
  threshold = th;
  vetoAt = veto;
}
/** The probability of "none" at which the model drops a rule's unknown mention (null: never; eval/names-cv.ts --veto). */
let vetoAt: number | null = null;
export const nameModel = () => model;

export interface ModelJSON {
  scale: number;
  features: Record<string, number[]>;
}
export function fromJSON(j: ModelJSON): NameModel {
  const weights = new Map<string, Float64Array>();
  for (const [f, w] of Object.entries(j.features)) weights.set(f, Float64Array.from(w, (x) => x / j.scale));
  return { weights };
}

/** A capitalised word of a name (not a connector), not a time word ("Monday", "January"). */
const capAt = (t: Tokens, q: number) => {
  const fl = words.flags[t.word[q]!]!;
  return (fl & W_WORD) !== 0 && (fl & (W_CAP | W_UPPER)) !== 0;
};
const connAt = (t: Tokens, q: number) => {
  const fl = words.flags[t.word[q]!]!;
  return (fl & W_WORD) !== 0 && (fl & W_CAP) === 0 && CONNECTORS.has(words.lower[t.word[q]!]!);
};
/** Token q joins the run before it: a space or a hyphen between, nothing else. */
const joins = (body: string, t: Tokens, q: number) => {
  const g = t.gap[q];
  if (g !== GAP_SPACE && g !== GAP_HYPHEN) return false;
  for (let c = t.end[q - 1]!; c < t.start[q]!; c++) {
    const x = body.charCodeAt(c);
    if (x !== 32 && x !== 45 && x !== 0x2010 && x !== 0x2011 && x !== 0xa0) return false;
  }
  return true;
};

/** Token q is a point right after an initial or a short capitalised word ("U.S.", "William P. Barr"). */
const initialDot = (t: Tokens, q: number) => q > 0 && t.word[q] === ID_DOT && t.start[q] === t.end[q - 1] && capAt(t, q - 1) && t.end[q - 1]! - t.start[q - 1]! <= 2;
/** Token q is a lower-case Arabic article glued by a hyphen to a capitalised word ("al-Shabaab"). */
const particleAt = (t: Tokens, q: number) => q + 1 < t.n && PARTICLES.has(words.raw[t.word[q]!]!) && t.gap[q + 1] === GAP_HYPHEN && t.start[q + 1] === t.end[q]! + 1 && capAt(t, q + 1);
/** A candidate may open at token q. */
const opensAt = (t: Tokens, q: number) => capAt(t, q) || particleAt(t, q);
/** A candidate may close at token q. */
const closesAt = (t: Tokens, q: number) => capAt(t, q) || initialDot(t, q);

/**
 * The maximal runs of capitalised tokens, as [first, last] token pairs: capitalised words joined by a space or
 * a hyphen, with lower-case connectors inside ("Bank of England", "Abu Bakr al-Baghdadi"), an initial's point
 * ("U.S.", "William P. Barr"), opened by a glued article ("al-Shabaab"); never ending on a connector.
 */
export function capitalisedRuns(body: string, t: Tokens): number[] {
  const out: number[] = [];
  const n = t.n;
  for (let q = 0; q < n; q++) {
    if (!opensAt(t, q)) continue;
    let j = q;
    let k = q + 1;
    while (k < n) {
      if (initialDot(t, k)) j = k++;
      else if (t.gap[k] === GAP_NONE && t.word[k - 1] === ID_DOT && k - 1 === j && capAt(t, k)) j = k++;
      else if (!joins(body, t, k)) break;
      else if (capAt(t, k)) j = k++;
      else if (connAt(t, k)) k++;
      else break;
    }
    out.push(q, j);
    q = j;
  }
  return out;
}

/** The candidates of a run: each sub-span [a, b] opening and closing on a name's word, at most SPAN_MAX tokens. */
export function spansOf(t: Tokens, i: number, j: number, each: (a: number, b: number) => void) {
  for (let a = i; a <= j; a++) {
    if (!opensAt(t, a)) continue;
    for (let b = a; b <= j && b - a < SPAN_MAX; b++) if (closesAt(t, b)) each(a, b);
  }
}

const lowerAt = (t: Tokens, q: number) => (q >= 0 && q < t.n ? words.lower[t.word[q]!]! : q < 0 ? '<s>' : '</s>');
/** A word's shape: X for a capital, x for lower-case letters (runs collapsed), d for digits, other marks as such. */
function shape(w: string): string {
  let s = '';
  for (const ch of w) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\d/.test(ch) ? 'd' : ch;
    if (!s.endsWith(c) || c === 'X') s += c;
  }
  return s.length > 6 ? s.slice(0, 6) : s;
}

/**
 * The features of span [a, b]. `lowerInDoc` holds the words the document also writes in lower case (a common
 * word, read from the text itself: the extractor reads no dictionary).
 */
export function features(t: Tokens, tc: Int32Array, a: number, b: number, lowerInDoc: Set<string>, free = true, body = ''): string[] {
  const f: string[] = ['bias'];
  const first = lowerAt(t, a);
  const last = lowerAt(t, b);
  const len = b - a + 1;
  f.push(`len=${Math.min(len, 5)}`, `f=${first}`, `l=${last}`, `fl=${first}|${last}`);
  if (last.length > 3) f.push(`s3=${last.slice(-3)}`, `s2=${last.slice(-2)}`);
  if (first.length > 3) f.push(`fs3=${first.slice(-3)}`);
  let shapes = '';
  let common = 0;
  for (let q = a; q <= b; q++) {
    const w = lowerAt(t, q);
    f.push(`w=${w}`);
    shapes += (shapes ? ' ' : '') + shape(words.raw[t.word[q]!]!);
    if (capAt(t, q) && lowerInDoc.has(w)) common++;
  }
  f.push(`shape=${shapes}`, `common=${Math.min(common, 3)}/${Math.min(len, 3)}`);
  if (lowerInDoc.has(first)) f.push('fcommon');
  if (lowerInDoc.has(last)) f.push('lcommon');
  const p1 = lowerAt(t, a - 1);
  const p2 = lowerAt(t, a - 2);
  const n1 = lowerAt(t, b + 1);
  const n2 = lowerAt(t, b + 2);
  f.push(`p1=${p1}`, `p2=${p2} ${p1}`, `n1=${n1}`, `n2=${n1} ${n2}`);
  const start = a === 0 || t.gap[a] === GAP_LINE || (tc[a - 1]! & F_SENTSTART) !== 0;
  if (start) f.push('sentstart');
  if (a > 0 && t.word[a - 1] === ID_LPAREN && b + 1 < t.n && t.word[b + 1] === ID_RPAREN) f.push('inparen');
  if (b + 2 < t.n && t.word[b + 1] === ID_LPAREN && words.flags[t.word[b + 2]!]! & W_UPPER) f.push('acr-after');
  if (b + 1 < t.n && t.gap[b + 1] === 0 && lowerAt(t, b + 1) === 's') f.push('possessive');
  const fa = tc[a]!;
  const fb = tc[b]!;
  if (fa & F_GIVEN) f.push('given');
  if (fb & F_ORGHEAD) f.push('orghead');
  if (fb & F_PLACEHEAD) f.push('placehead');
  if (fa & (F_TITLE | F_NAMETITLE)) f.push('title-first');
  if (a > 0 && tc[a - 1]! & (F_TITLE | F_NAMETITLE)) f.push('title-before');
  if (a > 0 && tc[a - 1]! & F_ROLE) f.push('role-before');
  if (fa & F_TIME || fb & F_TIME) f.push('time');
  if (fa & F_STOP) f.push('stop-first');
  if (body) {
    // how often the document writes the span, and whether once inside a sentence (a name is repeated; a
    // capitalised common word mostly opens sentences)
    const text = body.slice(t.start[a]!, t.end[b]!);
    let reps = 0;
    let inside = false;
    for (let k = body.indexOf(text); k >= 0 && reps < 3; k = body.indexOf(text, k + 1)) {
      const e = k + text.length;
      if ((k > 0 && /[\p{L}\p{N}]/u.test(body[k - 1]!)) || (e < body.length && /[\p{L}\p{N}]/u.test(body[e]!))) continue;
      reps++;
      if (k > 2 && body[k - 1] === ' ' && /[\p{Ll},]/u.test(body[k - 2]!)) inside = true;
    }
    f.push(`reps=${reps}`);
    if (inside) f.push('rep-inside');
  }
  // (the same facts of a span no rule took, as every span the model is asked about is: those are mostly no name)
  if (free) for (let k = 0, n = f.length; k < n; k++) if (FREE_CONJ.test(f[k]!)) f.push(`free|${f[k]!}`);
  return f;
}

/** The features repeated for a span no rule took. */
const FREE_CONJ = /^(?:bias|reps=|rep-inside|len=|shape=|common=|fcommon|lcommon|sentstart|inparen|acr-after|possessive|given|orghead|placehead|title-|role-|time|stop-|s3=|f=|l=|p1=|n1=)/;

/** The probabilities of the classes for a feature list (softmax of the summed weights). */
export function probs(m: NameModel, fs: string[], out: Float64Array = new Float64Array(NC)): Float64Array {
  out.fill(0);
  for (const f of fs) {
    const w = m.weights.get(f);
    if (w) for (let c = 0; c < NC; c++) out[c]! += w[c]!;
  }
  let mx = -Infinity;
  for (let c = 0; c < NC; c++) mx = Math.max(mx, out[c]!);
  let z = 0;
  for (let c = 0; c < NC; c++) z += out[c] = Math.exp(out[c]! - mx);
  for (let c = 0; c < NC; c++) out[c]! /= z;
  return out;
}

/** The words the document writes in lower case. */
export function lowerWords(t: Tokens): Set<string> {
  const s = new Set<string>();
  for (let q = 0; q < t.n; q++) {
    const w = t.word[q]!;
    if ((words.flags[w]! & (W_WORD | W_CAP | W_UPPER)) === W_WORD) s.add(words.raw[w]!);
  }
  return s;
}

/** The most probable class of a name (not none) in a span's class probabilities. */
export function nameClass(pr: Float64Array): number {
  let c = 1;
  for (let k = 2; k < NC; k++) if (pr[k]! > pr[c]!) c = k;
  return c;
}

/**
 * The spans no rule typed that the model types person, organisation or place with probability THRESHOLD or
 * more, best first, none overlapping another or a mention found: unknown mentions, canonical as the rules'.
 */
export function learnedNames(body: string, t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[]) {
  const m = model;
  if (!m) return;
  if (vetoAt !== null) {
    const lw = lowerWords(t);
    const pv = new Float64Array(NC);
    for (let x = 0; x < found.length; x++) {
      const f = found[x]!;
      if (f.known || f.canonical === '') continue;
      const a = foundI[x]!;
      const b = foundJ[x]!;
      if (!opensAt(t, a) || !closesAt(t, b)) continue;
      if (probs(m, features(t, tc, a, b, lw, false, body), pv)[0]! >= vetoAt) dropFound(found, cover, x);
    }
  }
  const runs = capitalisedRuns(body, t);
  let lower: Set<string> | null = null;
  const picks: Array<{ a: number; b: number; p: number; c: number }> = [];
  const pr = new Float64Array(NC);
  for (let x = 0; x < runs.length; x += 2) {
    const i = runs[x]!;
    const j = runs[x + 1]!;
    let free = false;
    for (let q = i; q <= j && !free; q++) free = cover[q]! < 0;
    if (!free) continue;
    lower ??= lowerWords(t);
    const lw = lower;
    spansOf(t, i, j, (a, b) => {
      for (let q = a; q <= b; q++) if (cover[q]! >= 0) return;
      probs(m, features(t, tc, a, b, lw, true, body), pr);
      const c = nameClass(pr);
      if (pr[c]! >= threshold) picks.push({ a, b, p: pr[c]!, c });
    });
  }
  picks.sort((u, v) => v.p - u.p || u.a - v.a || u.b - v.b);
  for (const k of picks) {
    let ok = true;
    for (let q = k.a; q <= k.b && ok; q++) ok = cover[q]! < 0;
    if (!ok) continue;
    const type = CLASSES[k.c] as MentionType;
    const text = body.slice(t.start[k.a]!, t.end[k.b]!);
    const canonical = cleanCanonical(text, type);
    if (!canonical) continue;
    add(mention(t.start[k.a]!, t.end[k.b]!, type, canonical, null, false), k.a, k.b);
  }
}
