// score(query, candidateName) → { score, explanation }: a weighted, order-free alignment of the two names'
// tokens. Each query token is paired with at most one alias token (or two adjacent ones written as one word,
// Hizbul ↔ Hizb ul) by the best rule that applies: exact, transliteration equivalence (equivalences.json),
// phonetic key, Jaro-Winkler or edit distance. The score is the weighted share of both names' tokens that
// found a partner, each pair counted at its own similarity; particles and generic words weigh less.
// Pure: no store, no nationality, ethnicity or religion — only the two names.
import { nameForms, normaliseName } from './normalise.ts';
import { jaroWinkler, levenshteinRatio } from './similarity.ts';
import { widened } from '../util/typed.ts';
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

/**
 * The similarity of two tokens and the rule that gave it. Not memoised: most pairs are told apart by cheap
 * tests (class, group, key, first letter, common letters) before any string similarity is computed, and
 * a memo of every pair met grew without bound between queries (its lookups and garbage cost more than the
 * work they saved).
 */
export function tokenSimilarity(a: Token, b: Token): PairSim {
  return a.text === b.text ? EXACT : pairSimilarity(a, b);
}

const EXACT: PairSim = Object.freeze({ score: 1, rule: 'exact' });
const UNMATCHED: PairSim = Object.freeze({ score: 0, rule: 'unmatched' });

// The rule pairCore chose, and the similarity it read, for pairSimilarity's note (set on each call).
const R_NONE = 0;
const R_PARTICLE = 1;
const R_EQUIVALENCE = 2;
const R_PHONETIC = 3;
const R_JARO = 4;
const R_EDIT = 5;
let lastRule = R_NONE;
let lastSim = 0;

// Letter counts of one token, for commonLetters (ASCII only; zeroed again after each use).
const COUNTS = new Int32Array(128);

/**
 * How many letters two tokens have in common, counted with repeats (−1 when one is not ASCII). Both
 * similarities are bounded by it: Jaro's matches are common letters, and an edit distance is at least the
 * longer length minus the common letters.
 */
function commonLetters(a: string, b: string): number {
  let ascii = true;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (c >= 128) ascii = false;
    else COUNTS[c]!++;
  }
  let common = 0;
  for (let i = 0; i < b.length && ascii; i++) {
    const c = b.charCodeAt(i);
    if (c >= 128) ascii = false;
    else if (COUNTS[c]! > 0) {
      COUNTS[c]!--;
      common++;
    }
  }
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (c < 128) COUNTS[c] = 0;
  }
  return ascii ? common : -1;
}

/**
 * Whether Jaro-Winkler or the edit ratio of a and b may reach `min`, from their common letters: a cheap
 * test that never says no to a pair that does (the fuzzy rules' cost is in the pairs that do not).
 */
function fuzzyMayReach(a: string, b: string, min: number): boolean {
  const c = commonLetters(a, b);
  if (c < 0) return true;
  const la = a.length;
  const lb = b.length;
  if (c / Math.max(la, lb) >= min) return true;
  if (c === 0) return false;
  const jaro = (c / la + c / lb + 1) / 3;
  let p = 0;
  while (p < Math.min(4, la, lb) && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return jaro + p * 0.1 * (1 - jaro) >= min;
}

/**
 * The score of two different tokens by the first rule that applies (0: none); the rule in lastRule. A
 * fuzzy pair whose score is below `min` may be reported as 0.
 */
function pairCore(a: Token, b: Token, min = 0): number {
  if (a.cls === 'particle' || b.cls === 'particle') {
    lastRule = a.cls === b.cls ? R_PARTICLE : R_NONE;
    return lastRule === R_PARTICLE ? SCORES.particle : 0;
  }
  lastRule = R_NONE;
  if (a.canon === b.canon) {
    lastRule = R_EQUIVALENCE;
    return SCORES.equivalence;
  }
  if (a.digits || b.digits) return 0;
  // A two-letter skeleton (Saad / Saeed → sd) says little: it counts less than a longer one.
  if (a.key && a.key === b.key && Math.min(a.text.length, b.text.length) >= 5) {
    lastRule = R_PHONETIC;
    return a.key.length >= 3 ? SCORES.phonetic : SCORES.shortPhonetic;
  }
  // Fuzzy rules only between tokens of four letters or more that begin alike (Parsian is not Arian).
  if (Math.min(a.text.length, b.text.length) < 4 || a.text.charCodeAt(0) !== b.text.charCodeAt(0)) return 0;
  // Scores are rounded to 0.001: a similarity a little under min / fuzzyFactor may still round to min.
  if (!fuzzyMayReach(a.text, b.text, Math.max(FUZZY_MIN, (min - 0.001) / SCORES.fuzzyFactor))) return 0;
  const jw = jaroWinkler(a.text, b.text);
  const lr = levenshteinRatio(a.text, b.text);
  if (Math.max(jw, lr) < FUZZY_MIN) return 0;
  lastRule = jw >= lr ? R_JARO : R_EDIT;
  lastSim = jw >= lr ? jw : lr;
  return round(lastSim * SCORES.fuzzyFactor);
}

/**
 * The score tokenSimilarity gives two tokens, without its rule and note, and not memoised: for the key
 * index, which memoises per query what it compares. A score below `min` may be reported as 0.
 */
export function pairScore(a: Token, b: Token, min = 0): number {
  return a.text === b.text ? 1 : pairCore(a, b, min);
}

function pairSimilarity(a: Token, b: Token): PairSim {
  const score = pairCore(a, b);
  switch (lastRule) {
    case R_PARTICLE:
      return { score, rule: 'particle', note: 'both are particles' };
    case R_EQUIVALENCE:
      return { score, rule: 'equivalence', note: `spellings of "${a.canon}"` };
    case R_PHONETIC:
      return { score, rule: 'phonetic', note: `same phonetic key "${a.key}"` };
    case R_JARO:
      return { score, rule: 'jaro-winkler', note: `Jaro-Winkler ${lastSim.toFixed(3)}` };
    case R_EDIT:
      return { score, rule: 'edit-distance', note: `edit ratio ${lastSim.toFixed(3)}` };
    default:
      return UNMATCHED;
  }
}

function joined(tokens: Token[], i: number): Token {
  return makeToken(tokens[i]!.text + tokens[i + 1]!.text);
}

// An alignment's options, in module buffers reused from call to call (scoring allocates little): option k
// pairs query token(s) optI[k] (and the next one when optKind[k] is Q_JOIN) with name token(s) optJ[k] (and
// the next one when C_JOIN), at optScore[k], weighing optWeight[k].
const SINGLE = 0;
const C_JOIN = 1;
const Q_JOIN = 2;
let optScore = new Float64Array(64);
let optWeight = new Float64Array(64);
let optI = new Int32Array(64);
let optJ = new Int32Array(64);
let optKind = new Uint8Array(64);
let optOrder = new Int32Array(64);
let nOpt = 0;
let usedQ = new Uint8Array(64);
let usedC = new Uint8Array(64);
/** The options chosen by the last align, by query position. */
let chosen = new Int32Array(64);
let nChosen = 0;

function addOption(score: number, weight: number, i: number, j: number, kind: number): void {
  if (nOpt === optScore.length) {
    const size = optScore.length * 2;
    optScore = widened(optScore, size);
    optWeight = widened(optWeight, size);
    optI = widened(optI, size);
    optJ = widened(optJ, size);
    optKind = widened(optKind, size);
    optOrder = new Int32Array(optScore.length);
    chosen = new Int32Array(optScore.length);
  }
  optScore[nOpt] = score;
  optWeight[nOpt] = weight;
  optI[nOpt] = i;
  optJ[nOpt] = j;
  optKind[nOpt] = kind;
  nOpt++;
}

/**
 * Aligns two token lists: every pair that scores (and every two adjacent tokens on one side written as one
 * word on the other, at 0.9 or more), best pair first, each token in one pair at most. Returns the score;
 * the pairs are left in chosen[0 .. nChosen), by query position.
 */
function align(q: Token[], c: Token[], wq: number, wc: number, qj?: Token[], cj?: Token[]): number {
  nOpt = 0;
  for (let i = 0; i < q.length; i++) {
    for (let j = 0; j < c.length; j++) {
      const sim = pairScore(q[i]!, c[j]!);
      if (sim > 0) addOption(sim, q[i]!.weight + c[j]!.weight, i, j, SINGLE);
    }
  }
  // Two adjacent tokens on one side written as one word on the other (Hizbul ↔ Hizb ul, ISISK ↔ ISIS K).
  for (let j = 0; j + 1 < c.length; j++) {
    const cjt = cj ? cj[j]! : joined(c, j);
    for (let i = 0; i < q.length; i++) {
      const sim = pairScore(q[i]!, cjt, 0.9);
      if (sim >= 0.9 && !particlePair(q[i]!, cjt)) addOption(sim, q[i]!.weight + c[j]!.weight + c[j + 1]!.weight, i, j, C_JOIN);
    }
  }
  for (let i = 0; i + 1 < q.length; i++) {
    const qi = qj ? qj[i]! : joined(q, i);
    for (let j = 0; j < c.length; j++) {
      const sim = pairScore(qi, c[j]!, 0.9);
      if (sim >= 0.9 && !particlePair(qi, c[j]!)) addOption(sim, q[i]!.weight + q[i + 1]!.weight + c[j]!.weight, i, j, Q_JOIN);
    }
  }
  // Best first: score, then weight, then the order found (a stable insertion sort: options are few).
  for (let k = 0; k < nOpt; k++) {
    let p = k;
    while (p > 0) {
      const o = optOrder[p - 1]!;
      if (optScore[o]! > optScore[k]! || (optScore[o] === optScore[k] && optWeight[o]! >= optWeight[k]!)) break;
      optOrder[p] = o;
      p--;
    }
    optOrder[p] = k;
  }
  if (usedQ.length < q.length) usedQ = new Uint8Array(q.length * 2);
  if (usedC.length < c.length) usedC = new Uint8Array(c.length * 2);
  usedQ.fill(0, 0, q.length);
  usedC.fill(0, 0, c.length);
  nChosen = 0;
  for (let r = 0; r < nOpt; r++) {
    const o = optOrder[r]!;
    const i = optI[o]!;
    const j = optJ[o]!;
    const i2 = optKind[o] === Q_JOIN ? i + 1 : i;
    const j2 = optKind[o] === C_JOIN ? j + 1 : j;
    if (usedQ[i] || usedQ[i2] || usedC[j] || usedC[j2]) continue;
    usedQ[i] = usedQ[i2] = 1;
    usedC[j] = usedC[j2] = 1;
    // Kept by query position (each query token is in one chosen pair at most).
    let p = nChosen++;
    while (p > 0 && optI[chosen[p - 1]!]! > i) {
      chosen[p] = chosen[p - 1]!;
      p--;
    }
    chosen[p] = o;
  }
  let got = 0;
  for (let k = 0; k < nChosen; k++) got += optScore[chosen[k]!]! * optWeight[chosen[k]!]!;
  return round(got / (wq + wc));
}

/** Two particles that are not one token pair by the rule 'particle', which a join never takes. */
function particlePair(a: Token, b: Token): boolean {
  return a.cls === 'particle' && b.cls === 'particle' && a.text !== b.text;
}

/** The explanation of the last align of q and c. */
function explain(q: Token[], c: Token[], qj?: Token[], cj?: Token[]): ExplanationItem[] {
  const explanation: ExplanationItem[] = [];
  for (let k = 0; k < nChosen; k++) {
    const o = chosen[k]!;
    const i = optI[o]!;
    const j = optJ[o]!;
    const kind = optKind[o]!;
    const qt = kind === Q_JOIN ? (qj ? qj[i]! : joined(q, i)) : q[i]!;
    const ct = kind === C_JOIN ? (cj ? cj[j]! : joined(c, j)) : c[j]!;
    const sim = tokenSimilarity(qt, ct);
    const item: ExplanationItem = {
      query: kind === Q_JOIN ? `${q[i]!.text} ${q[i + 1]!.text}` : q[i]!.text,
      alias: kind === C_JOIN ? `${c[j]!.text} ${c[j + 1]!.text}` : c[j]!.text,
      rule: sim.rule,
      score: round(optScore[o]!),
      weight: round(optWeight[o]!),
    };
    const note = kind === SINGLE ? sim.note : `written as one word; ${sim.note ?? sim.rule}`;
    if (note) item.note = note;
    explanation.push(item);
  }
  q.forEach((t, i) => {
    if (!usedQ[i]) explanation.push({ query: t.text, alias: null, rule: 'unmatched', score: 0, weight: t.weight, note: `${t.cls} word of the query found no partner` });
  });
  c.forEach((t, j) => {
    if (!usedC[j]) explanation.push({ query: null, alias: t.text, rule: 'unmatched', score: 0, weight: t.weight, note: `${t.cls} word of the alias found no partner` });
  });
  return explanation;
}

function weightOf(tokens: Token[]): number {
  let w = 0;
  for (const t of tokens) w += t.weight;
  return w;
}

/** Scores two token lists. */
export function scoreTokens(q: Token[], c: Token[]): { score: number; explanation: ExplanationItem[] } {
  const wq = weightOf(q);
  const wc = weightOf(c);
  if (wq === 0 || wc === 0) return { score: 0, explanation: [] };
  const score = align(q, c, wq, wc);
  return { score, explanation: explain(q, c) };
}

export interface ScoreOptions {
  /** Compare also the parts of packed names (';'-joined, parenthesised). Default true. */
  forms?: boolean;
}

/** One form of a name as the scorer reads it: its tokens, each two adjacent ones written as one, its weight. */
export interface NameSide {
  form: string;
  tokens: Token[];
  joins: Token[];
  weight: number;
}

function side(form: string, tokens: Token[], joins?: Token[]): NameSide {
  return { form, tokens, joins: joins ?? tokens.slice(1).map((_, i) => joined(tokens, i)), weight: weightOf(tokens) };
}

/**
 * The forms of a name to compare (nameForms), read once: a caller scoring one name against many (screening's
 * query) or holding a name's tokens already (the key index) need not read it again. `tokens` and `joins`,
 * when given, are the whole name's (tokenise(name), and each two adjacent written as one).
 */
export function nameSides(name: string, forms = true, tokens?: Token[], joins?: Token[]): NameSide[] {
  // Only a name with ';' or '(' has parts (nameForms).
  if (!forms || (tokens && !name.includes(';') && !name.includes('('))) return [side('whole name', tokens ?? tokenise(name), joins)];
  return nameForms(name).map((f) => (f.form === 'whole name' && tokens ? side(f.form, tokens, joins) : side(f.form, tokenise(f.text))));
}

/** Scores a query name against one candidate name; the explanation says which token matched which. */
export function score(query: string, candidateName: string, opts: ScoreOptions = {}): ScoreResult {
  return scoreSides(nameSides(query, opts.forms !== false), nameSides(candidateName, opts.forms !== false));
}

/** score() on names read by nameSides. */
export function scoreSides(qSides: NameSide[], cSides: NameSide[]): ScoreResult {
  let best = 0;
  let bestQ: NameSide | undefined;
  let bestC: NameSide | undefined;
  for (const qf of qSides) {
    for (const cf of cSides) {
      // A part of one name is compared with the other whole name, never with a part of it: two names
      // that share only a qualifier or an acronym in parentheses are not one.
      if (qf.form !== 'whole name' && cf.form !== 'whole name') continue;
      if (qf.weight === 0 || cf.weight === 0) continue;
      // A part of a name counts a little less than the whole: the whole wins a tie.
      const penalty = (qf.form === 'whole name' ? 0 : 0.01) + (cf.form === 'whole name' ? 0 : 0.01);
      const s = round(Math.max(0, align(qf.tokens, cf.tokens, qf.weight, cf.weight, qf.joins, cf.joins) - penalty));
      if (s > best) {
        best = s;
        bestQ = qf;
        bestC = cf;
      }
    }
  }
  if (!bestQ || !bestC) return { score: 0, explanation: [], query_form: 'whole name', alias_form: 'whole name' };
  // The explanation of the best pair of forms only.
  align(bestQ.tokens, bestC.tokens, bestQ.weight, bestC.weight, bestQ.joins, bestC.joins);
  return { score: best, explanation: explain(bestQ.tokens, bestC.tokens, bestQ.joins, bestC.joins), query_form: bestQ.form, alias_form: bestC.form };
}

/** True when the two names are the same after normalisation, whatever their word order. */
export function sameTokens(a: string, b: string): boolean {
  const k = (s: string) => normaliseName(s).split(' ').sort().join(' ');
  return k(a) === k(b);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
