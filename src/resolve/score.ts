// score(query, candidateName) → { score, explanation }: a weighted, order-free alignment of the two names'
// tokens. Each query token is paired with at most one alias token (or two adjacent ones written as one word,
// Hizbul ↔ Hizb ul) by the best rule that applies: exact, transliteration equivalence (equivalences.json),
// phonetic key, Jaro-Winkler or edit distance. The score is the weighted share of both names' tokens that
// found a partner, each pair counted at its own similarity; particles and generic words weigh less.
// Pure: no store, no nationality, ethnicity or religion — only the two names.
import { nameForms, normaliseName } from './normalise.ts';
import { jaroWinkler, levenshteinRatio } from './similarity.ts';
import { makeToken, tokenise, type Token } from './tokens.ts';

export type Rule =
  | 'exact'
  | 'equivalence'
  | 'phonetic'
  | 'jaro-winkler'
  | 'edit-distance'
  | 'particle'
  | 'unmatched';

export interface ExplanationItem {
  /** The query token (or two tokens joined, when the alias writes them as one word); null if none. */
  query: string | null;
  /** The alias token it matched; null when the query token found no partner. */
  alias: string | null;
  rule: Rule;
  /** This pair's similarity, 0..1. */
  score: number;
  /** The pair's weight in the total (particles and generic words weigh less). */
  weight: number;
  note?: string;
}

export interface ScoreResult {
  score: number;
  explanation: ExplanationItem[];
  /** Which form of each name was compared (the whole name, or a part of it). */
  query_form: string;
  alias_form: string;
}

/** Pair similarity below which two tokens are not paired at all. */
const FUZZY_MIN = 0.86;
const SCORES = { equivalence: 0.97, phonetic: 0.9, shortPhonetic: 0.8, particle: 0.9, fuzzyFactor: 0.95 };

interface PairSim {
  score: number;
  rule: Rule;
  note?: string;
}

const PAIR_CACHE = new Map<string, PairSim>();

/** The similarity of two tokens and the rule that gave it (memoised; bounded). */
export function tokenSimilarity(a: Token, b: Token): PairSim {
  if (a.text === b.text) return EXACT;
  const k = `${a.text}|${b.text}`;
  let r = PAIR_CACHE.get(k);
  if (!r) {
    r = pairSimilarity(a, b);
    if (PAIR_CACHE.size >= 500_000) PAIR_CACHE.clear();
    PAIR_CACHE.set(k, r);
  }
  return r;
}

const EXACT: PairSim = Object.freeze({ score: 1, rule: 'exact' });

function pairSimilarity(a: Token, b: Token): PairSim {
  if (a.cls === 'particle' || b.cls === 'particle') {
    return a.cls === b.cls ? { score: SCORES.particle, rule: 'particle', note: 'both are particles' } : { score: 0, rule: 'unmatched' };
  }
  if (a.canon === b.canon) return { score: SCORES.equivalence, rule: 'equivalence', note: `spellings of "${a.canon}"` };
  if (/\d/.test(a.text) || /\d/.test(b.text)) return { score: 0, rule: 'unmatched' };
  // A two-letter skeleton (Saad / Saeed → sd) says little: it counts less than a longer one.
  if (a.key && a.key === b.key && Math.min(a.text.length, b.text.length) >= 5)
    return { score: a.key.length >= 3 ? SCORES.phonetic : SCORES.shortPhonetic, rule: 'phonetic', note: `same phonetic key "${a.key}"` };
  // Fuzzy rules only between tokens of four letters or more that begin alike (Parsian is not Arian).
  if (Math.min(a.text.length, b.text.length) < 4 || a.text[0] !== b.text[0]) return { score: 0, rule: 'unmatched' };
  const jw = jaroWinkler(a.text, b.text);
  const lr = levenshteinRatio(a.text, b.text);
  const best = Math.max(jw, lr);
  if (best < FUZZY_MIN) return { score: 0, rule: 'unmatched' };
  return jw >= lr
    ? { score: round(jw * SCORES.fuzzyFactor), rule: 'jaro-winkler', note: `Jaro-Winkler ${jw.toFixed(3)}` }
    : { score: round(lr * SCORES.fuzzyFactor), rule: 'edit-distance', note: `edit ratio ${lr.toFixed(3)}` };
}

interface Pairing {
  q: number[];
  c: number[];
  sim: PairSim;
  weight: number;
}

function joined(tokens: Token[], i: number): Token {
  return makeToken(tokens[i]!.text + tokens[i + 1]!.text);
}

/** Scores two token lists. */
export function scoreTokens(q: Token[], c: Token[]): { score: number; explanation: ExplanationItem[] } {
  const wq = q.reduce((s, t) => s + t.weight, 0);
  const wc = c.reduce((s, t) => s + t.weight, 0);
  if (wq === 0 || wc === 0) return { score: 0, explanation: [] };
  const options: Pairing[] = [];
  for (let i = 0; i < q.length; i++) {
    for (let j = 0; j < c.length; j++) {
      const sim = tokenSimilarity(q[i]!, c[j]!);
      if (sim.score > 0) options.push({ q: [i], c: [j], sim, weight: q[i]!.weight + c[j]!.weight });
    }
  }
  // Two adjacent tokens on one side written as one word on the other (Hizbul ↔ Hizb ul, ISISK ↔ ISIS K).
  for (let j = 0; j + 1 < c.length; j++) {
    const cj = joined(c, j);
    for (let i = 0; i < q.length; i++) {
      const sim = tokenSimilarity(q[i]!, cj);
      if (sim.score >= 0.9 && sim.rule !== 'particle')
        options.push({ q: [i], c: [j, j + 1], sim: { ...sim, note: `written as one word; ${sim.note ?? sim.rule}` }, weight: q[i]!.weight + c[j]!.weight + c[j + 1]!.weight });
    }
  }
  for (let i = 0; i + 1 < q.length; i++) {
    const qi = joined(q, i);
    for (let j = 0; j < c.length; j++) {
      const sim = tokenSimilarity(qi, c[j]!);
      if (sim.score >= 0.9 && sim.rule !== 'particle')
        options.push({ q: [i, i + 1], c: [j], sim: { ...sim, note: `written as one word; ${sim.note ?? sim.rule}` }, weight: q[i]!.weight + q[i + 1]!.weight + c[j]!.weight });
    }
  }
  options.sort((a, b) => b.sim.score - a.sim.score || b.weight - a.weight);
  const usedQ = new Set<number>();
  const usedC = new Set<number>();
  const chosen: Pairing[] = [];
  for (const o of options) {
    if (o.q.some((i) => usedQ.has(i)) || o.c.some((j) => usedC.has(j))) continue;
    o.q.forEach((i) => usedQ.add(i));
    o.c.forEach((j) => usedC.add(j));
    chosen.push(o);
  }
  let got = 0;
  const explanation: ExplanationItem[] = [];
  chosen.sort((a, b) => a.q[0]! - b.q[0]!);
  for (const o of chosen) {
    got += o.sim.score * o.weight;
    const item: ExplanationItem = {
      query: o.q.map((i) => q[i]!.text).join(' '),
      alias: o.c.map((j) => c[j]!.text).join(' '),
      rule: o.sim.rule,
      score: round(o.sim.score),
      weight: round(o.weight),
    };
    if (o.sim.note) item.note = o.sim.note;
    explanation.push(item);
  }
  q.forEach((t, i) => {
    if (!usedQ.has(i)) explanation.push({ query: t.text, alias: null, rule: 'unmatched', score: 0, weight: t.weight, note: `${t.cls} word of the query found no partner` });
  });
  c.forEach((t, j) => {
    if (!usedC.has(j)) explanation.push({ query: null, alias: t.text, rule: 'unmatched', score: 0, weight: t.weight, note: `${t.cls} word of the alias found no partner` });
  });
  return { score: round(got / (wq + wc)), explanation };
}

export interface ScoreOptions {
  /** Compare also the parts of packed names (';'-joined, parenthesised). Default true. */
  forms?: boolean;
}

/** Scores a query name against one candidate name; the explanation says which token matched which. */
export function score(query: string, candidateName: string, opts: ScoreOptions = {}): ScoreResult {
  const qForms = opts.forms === false ? [{ text: query, form: 'whole name' }] : nameForms(query);
  const cForms = opts.forms === false ? [{ text: candidateName, form: 'whole name' }] : nameForms(candidateName);
  let best: ScoreResult = { score: 0, explanation: [], query_form: 'whole name', alias_form: 'whole name' };
  for (const qf of qForms) {
    const qt = tokenise(qf.text);
    for (const cf of cForms) {
      // A part of one name is compared with the other whole name, never with a part of it: two names
      // that share only a qualifier or an acronym in parentheses are not one.
      if (qf.form !== 'whole name' && cf.form !== 'whole name') continue;
      const r = scoreTokens(qt, tokenise(cf.text));
      // A part of a name counts a little less than the whole: the whole wins a tie.
      const penalty = (qf.form === 'whole name' ? 0 : 0.01) + (cf.form === 'whole name' ? 0 : 0.01);
      const s = round(Math.max(0, r.score - penalty));
      if (s > best.score) best = { score: s, explanation: r.explanation, query_form: qf.form, alias_form: cf.form };
    }
  }
  return best;
}

/** True when the two names are the same after normalisation, whatever their word order. */
export function sameTokens(a: string, b: string): boolean {
  const k = (s: string) => normaliseName(s).split(' ').sort().join(' ');
  return k(a) === k(b);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
