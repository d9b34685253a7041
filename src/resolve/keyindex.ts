// Screening's candidate path: an in-process index of every current list name, built from the store's
// list_names and rebuilt when a list version is imported. Flat typed arrays, each string held once:
//  * the vocabulary: every distinct token of the names, with the names each occurs in (its postings);
//  * every two adjacent tokens of a name written as one word (Hizb ul → hizbul) → that name;
//  * keys → vocabulary tokens: a token's transliteration group, its phonetic key and, for a token of four
//    letters or more, the token itself and the token with each one letter deleted. Two tokens one edit
//    apart (a letter changed, dropped, added, or two swapped) share such a deletion key, whatever letter
//    the slip is in;
//  * the compact form of each name (no spaces), for run-together queries.
// A query token's keys reach the vocabulary tokens it may pair with; the scorer's own rule
// (tokenSimilarity) keeps those it does pair with, and each of their names gathers the pair's similarity
// × the query token's weight. From that, a bound on each name's score drops the names that cannot reach
// the threshold, and the rest are ranked and capped: a query's cost is bounded by its postings.
import type { Queryable } from '../store/index.ts';
import { nameForms, normaliseName } from './normalise.ts';
import { phoneticKey } from './phonetic.ts';
import type { CandidateRow, ListEntryRow as Entry } from './queries.ts';
import { pairScore, score } from './score.ts';
import { canonOf, makeToken, newToken, tokenClass, tokenise, WEIGHTS, type Token } from './tokens.ts';

/** One list name as the index reads it: the entry's columns and the name's. */
export type IndexRow = Entry & { name: string; norm: string; type: string; quality: string };

/** A hash table as flat arrays: bucket b holds values[start[b] .. start[b + 1]), each with its full hash. */
interface Buckets {
  mask: number;
  start: Int32Array;
  hashes: Uint32Array;
  values: Int32Array;
}

export interface NameIndex {
  signature: string;
  entries: Entry[];
  /** Per name i: its entry (index into entries), text, normalised form, type and quality (into labels), weight. */
  nameEntry: Int32Array;
  names: string[];
  norms: string[];
  nameType: Uint16Array;
  nameQuality: Uint16Array;
  labels: string[];
  /** Σ of the name's token weights. */
  nameWeight: Float32Array;
  /** The first letters of the name's tokens, one bit each (letterBit): fuzzy rules pair only tokens that begin alike. */
  nameLetters: Uint32Array;
  /** Vocabulary token v occurs in names postings[postStart[v] .. postStart[v + 1]) (a particle in none:
   * particles pair with any particle, they do not select names). */
  vocab: string[];
  /** Vocabulary token v as the scorer sees it (makeToken), made once. */
  tokens: Token[];
  /** Name n's tokens, in order, as vocabulary numbers: nameToks[nameTokStart[n] .. nameTokStart[n + 1]). */
  nameTokStart: Int32Array;
  nameToks: Int32Array;
  /** For the token at nameToks[p] and the next one of its name, written as one word: its number in
   * joinTokens (−1 after a name's last token). Each distinct join once. */
  nameJoin: Int32Array;
  /** Join j as the scorer sees it (made with the index, or on first use in a large one: joinToken). */
  joinTokens: Array<Token | undefined>;
  /** Join j is vocab[joinParts[2j]] + vocab[joinParts[2j + 1]]. */
  joinParts: Int32Array;
  postStart: Int32Array;
  postings: Int32Array;
  /** Hash of a key → vocabulary tokens (a collision only adds a token the scorer's rule then rejects). */
  keys: Buckets;
  /** Hash of two adjacent tokens written as one (and of its group's first spelling) → names. */
  joined: Buckets;
  /** Hash of a name's compact form → names. */
  compact: Buckets;
  /** Scratch space of one query, one slot per name (or vocabulary token), reused: stamped, never cleared. */
  scratch: Scratch;
}

/**
 * Per name, what a query's tokens pair with: acc (Σ best similarity × query token weight), paired (one bit per
 * query token), and by which way — solo (the token itself), viaNext / viaPrev (written as one with the next
 * or the previous query token): a part of the query pairs only through its own tokens.
 */
interface Scratch {
  acc: Float32Array;
  paired: Uint32Array;
  solo: Uint32Array;
  viaNext: Uint32Array;
  viaPrev: Uint32Array;
  seen: Int32Array;
  credited: Int32Array;
  /** One query token's best similarity per name, whether a join credit fixed it, and the names credited. */
  best: Float64Array;
  fixed: Int32Array;
  list: Int32Array;
  reached: Int32Array;
  stamp: number;
}

/** FNV-1a over the string's UTF-16 units, skipping spaces (so a norm hashes like its compact form). */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) continue;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

/** A bit for a token's first letter (letters beyond a–z share bits: a shared bit only keeps a name longer). */
function letterBit(t: string): number {
  return 1 << (t.charCodeAt(0) & 31);
}

function buckets(hashes: number[], values: number[]): Buckets {
  let size = 16;
  while (size < hashes.length * 2) size *= 2;
  const mask = size - 1;
  const start = new Int32Array(size + 1);
  for (const h of hashes) start[(h & mask) + 1]!++;
  for (let b = 0; b < size; b++) start[b + 1]! += start[b]!;
  const fill = start.slice(0, size);
  const out = new Int32Array(hashes.length);
  const full = new Uint32Array(hashes.length);
  hashes.forEach((h, i) => {
    const at = fill[h & mask]!++;
    out[at] = values[i]!;
    full[at] = h;
  });
  return { mask, start, hashes: full, values: out };
}

/** Calls fn with each value stored under this hash. */
function lookup(t: Buckets, h: number, fn: (value: number) => void): void {
  const b = h & t.mask;
  for (let p = t.start[b]!; p < t.start[b + 1]!; p++) if (t.hashes[p] === h) fn(t.values[p]!);
}

/**
 * The keys of a token. Deletion keys only for tokens of four letters or more without digits: the scorer's
 * fuzzy rules pair no shorter token, nor one with digits.
 */
function keysOf(text: string): string[] {
  const keys = [`c${canonOf(text)}`];
  const k = phoneticKey(text);
  if (k) keys.push(`k${k}`);
  if (text.length >= 4 && !/\d/.test(text)) {
    keys.push(`d${text}`);
    for (let i = 0; i < text.length; i++) keys.push(`d${text.slice(0, i)}${text.slice(i + 1)}`);
  }
  return keys;
}

export function buildIndex(signature: string, rows: IndexRow[]): NameIndex {
  const n = rows.length;
  const entries: Entry[] = [];
  const entryNo = new Map<string, number>();
  const nameEntry = new Int32Array(n);
  const names: string[] = new Array<string>(n);
  const norms: string[] = new Array<string>(n);
  const nameType = new Uint16Array(n);
  const nameQuality = new Uint16Array(n);
  const labels: string[] = [];
  const labelNo = new Map<string, number>();
  const label = (s: string) => {
    let l = labelNo.get(s);
    if (l === undefined) labelNo.set(s, (l = labels.push(s) - 1));
    return l;
  };
  const nameWeight = new Float32Array(n);
  const nameLetters = new Uint32Array(n);
  const vocab: string[] = [];
  const vocabNo = new Map<string, number>();
  const lastName: number[] = [];
  const pairVocab: number[] = [];
  const pairName: number[] = [];
  const joinedHashes: number[] = [];
  const joinedNames: number[] = [];
  const nameTokStart = new Int32Array(n + 1);
  const nameToks: number[] = [];
  const intern = (t: string, i: number, posting: boolean) => {
    let v = vocabNo.get(t);
    if (v === undefined) {
      v = vocab.push(t) - 1;
      vocabNo.set(t, v);
      lastName.push(-1);
    }
    nameToks.push(v);
    if (!posting || lastName[v] === i) return;
    lastName[v] = i;
    pairVocab.push(v);
    pairName.push(i);
  };
  const compactHashes: number[] = new Array<number>(n);
  const nameIds: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    let e = entryNo.get(r.entry_id);
    if (e === undefined) {
      e = entries.push({ entry_id: r.entry_id, list: r.list, list_ref: r.list_ref, kind: r.kind, primary_name: r.primary_name, programmes: r.programmes, details: r.details }) - 1;
      entryNo.set(r.entry_id, e);
    }
    nameEntry[i] = e;
    names[i] = r.name;
    // The stored norm is normaliseName(name) (reindexNames keeps it so); rows built in memory may omit it.
    const norm = r.norm || normaliseName(r.name);
    norms[i] = norm;
    nameType[i] = label(r.type);
    nameQuality[i] = label(r.quality);
    const toks = norm ? norm.split(' ') : [];
    let w = 0;
    let letters = 0;
    for (let j = 0; j < toks.length; j++) {
      letters |= letterBit(toks[j]!);
      const cls = tokenClass(toks[j]!);
      w += WEIGHTS[cls];
      intern(toks[j]!, i, cls !== 'particle');
      if (j + 1 < toks.length) {
        const joined = toks[j]! + toks[j + 1]!;
        const canon = canonOf(joined);
        joinedHashes.push(hash(`j${joined}`));
        joinedNames.push(i);
        if (canon !== joined) {
          joinedHashes.push(hash(`j${canon}`));
          joinedNames.push(i);
        }
      }
    }
    nameTokStart[i + 1] = nameToks.length;
    nameWeight[i] = w;
    nameLetters[i] = letters;
    compactHashes[i] = hash(norm);
    nameIds[i] = i;
  }
  // Postings: the (vocabulary, name) pairs sorted by vocabulary token (a counting sort).
  const postStart = new Int32Array(vocab.length + 1);
  for (const v of pairVocab) postStart[v + 1]!++;
  for (let v = 0; v < vocab.length; v++) postStart[v + 1]! += postStart[v]!;
  const fill = postStart.slice(0, vocab.length);
  const postings = new Int32Array(pairVocab.length);
  for (let p = 0; p < pairVocab.length; p++) postings[fill[pairVocab[p]!]!++] = pairName[p]!;
  // Joins: every two adjacent tokens of a name, numbered once each.
  const nameJoin = new Int32Array(nameToks.length).fill(-1);
  const joinParts: number[] = [];
  // An open-addressing table of (first, second) → join number.
  let size = 16;
  while (size < nameToks.length * 2) size *= 2;
  const slot = new Int32Array(size).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let p = nameTokStart[i]!; p + 1 < nameTokStart[i + 1]!; p++) {
      const a = nameToks[p]!;
      const b = nameToks[p + 1]!;
      let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca6b)) & (size - 1);
      let j = slot[h]!;
      while (j >= 0 && (joinParts[2 * j] !== a || joinParts[2 * j + 1] !== b)) {
        h = (h + 1) & (size - 1);
        j = slot[h]!;
      }
      if (j < 0) {
        j = joinParts.length / 2;
        slot[h] = j;
        joinParts.push(a, b);
      }
      nameJoin[p] = j;
    }
  }

  const keyHashes: number[] = [];
  const keyVocab: number[] = [];
  const tokens = vocab.map(makeToken);
  vocab.forEach((t, v) => {
    if (tokens[v]!.cls === 'particle') return;
    for (const k of new Set(keysOf(t))) {
      keyHashes.push(hash(k));
      keyVocab.push(v);
    }
  });
  return {
    signature,
    entries,
    nameEntry,
    names,
    norms,
    nameType,
    nameQuality,
    labels,
    nameWeight,
    nameLetters,
    vocab,
    tokens,
    nameTokStart,
    nameToks: Int32Array.from(nameToks),
    nameJoin,
    // Made with the index up to EAGER_JOINS (the bundled lists have ≈60k), else on first use.
    joinTokens: Array.from({ length: joinParts.length / 2 }, (_, j) => (joinParts.length / 2 <= EAGER_JOINS ? newToken(vocab[joinParts[2 * j]!]! + vocab[joinParts[2 * j + 1]!]!) : undefined)),
    joinParts: Int32Array.from(joinParts),
    postStart,
    postings,
    keys: buckets(keyHashes, keyVocab),
    joined: buckets(joinedHashes, joinedNames),
    compact: buckets(compactHashes, nameIds),
    scratch: {
      acc: new Float32Array(n),
      paired: new Uint32Array(n),
      solo: new Uint32Array(n),
      viaNext: new Uint32Array(n),
      viaPrev: new Uint32Array(n),
      seen: new Int32Array(n),
      credited: new Int32Array(n),
      best: new Float64Array(n),
      fixed: new Int32Array(n),
      list: new Int32Array(n),
      reached: new Int32Array(vocab.length),
      stamp: 0,
    },
  };
}

const cache = new WeakMap<object, NameIndex>();

async function signatureOf(db: Queryable): Promise<string> {
  const [r] = await db.query<{ s: string }>(
    `SELECT count(*)::text || '/' || coalesce(max(imported_at)::text, '') || '/' || coalesce(max(id), '') AS s FROM list_versions`,
  );
  return r?.s ?? '';
}

/** How long an index is trusted before the store is asked again whether a list version was imported. */
export const RECHECK_MS = 2000;
const checkedAt = new WeakMap<object, number>();

/**
 * The index for this store, (re)built when the lists changed since it was built. The store is asked at
 * most every RECHECK_MS whether they changed: a list imported by another process shows within 2 s.
 */
export async function nameIndex(db: Queryable): Promise<NameIndex> {
  const have = cache.get(db);
  const now = Date.now();
  if (have && now - (checkedAt.get(db) ?? 0) < RECHECK_MS) return have;
  const sig = await signatureOf(db);
  checkedAt.set(db, now);
  if (have && have.signature === sig) return have;
  const rows = await db.query<IndexRow>(
    `SELECT e.id AS entry_id, e.list, e.list_ref, e.kind, e.primary_name, e.programmes, e.details, n.name, n.norm, n.type, n.quality
       FROM list_names n JOIN list_entries e ON e.id = n.entry_id WHERE e.delisted_in IS NULL`,
  );
  const idx = buildIndex(sig, rows);
  warmIndex(idx);
  cache.set(db, idx);
  return idx;
}

/**
 * Screens a few names of the index, slipped and reordered, through the candidate path and the scorer, so
 * that the first queries after a build do not pay for compiling them. Nothing is kept but the compiled code
 * (and the scorer's token memo of those names).
 */
export function warmIndex(idx: NameIndex, rounds = 12): void {
  const n = idx.names.length;
  if (!n) return;
  for (let k = 0; k < rounds; k++) {
    const name = idx.names[Math.floor((k * n) / rounds)]!;
    const toks = idx.norms[Math.floor((k * n) / rounds)]!.split(' ');
    const slipped = toks.map((t, i) => (i === k % toks.length && t.length > 4 ? t.slice(0, 2) + t.slice(3) : t)).join(' ');
    for (const q of k % 2 ? [name, `${slipped} (${toks[0]!.slice(0, 3).toUpperCase()})`] : [slipped, [...toks].reverse().join(' ')]) {
      for (const c of keyCandidates(idx, q, { limit: 100, threshold: 0.9 })) score(q, c.name);
    }
  }
}

/** Forget the index of this store (after reindexNames). */
export function invalidateNameIndex(db: Queryable): void {
  cache.delete(db);
  checkedAt.delete(db);
}

export interface KeyFilter {
  lists?: string[];
  kind?: string;
  /** How many names to return at most (the best by the share of the query they pair with). */
  limit: number;
  /** Names whose score cannot reach this are not returned (default 0: every name sharing a token). */
  threshold?: number;
}

/** Stamps are compared for equality only; before they overflow, the scratch arrays are cleared. */
function nextStamp(s: Scratch): number {
  if (s.stamp >= 0x3fffffff) {
    s.seen.fill(0);
    s.credited.fill(0);
    s.fixed.fill(0);
    s.reached.fill(0);
    s.stamp = 0;
  }
  return ++s.stamp;
}

/**
 * The vocabulary tokens `t` pairs with by the scorer's rules, with the pair's similarity. A token reached
 * by a deletion key only can pair by a fuzzy rule only: both of four letters or more, the same first letter.
 */
function reach(idx: NameIndex, t: Token, min: number, out: Map<number, number>): void {
  const s = idx.scratch;
  const stamp = nextStamp(s);
  // keysOf lists the group and phonetic keys first: a token they reach is not filtered as a deletion's.
  for (const k of keysOf(t.text)) {
    const byDeletion = k[0] === 'd';
    lookup(idx.keys, hash(k), (v) => {
      if (s.reached[v] === stamp) return;
      const text = idx.vocab[v]!;
      if (byDeletion && (text[0] !== t.text[0] || text.length < 4)) return;
      s.reached[v] = stamp;
      // Keys lead to no particle, so the rule 'particle' (both tokens particles) cannot be the pair's.
      const sim = pairScore(t, idx.tokens[v]!);
      if (sim >= min && sim > 0 && sim > (out.get(v) ?? 0)) out.set(v, sim);
    });
  }
}

/**
 * One query's view of its own tokens, made once per query: what the score bound and the token-by-token
 * completion need.
 */
interface QueryPlan {
  q: Token[];
  /** q[i] and q[i + 1] written as one word (joins[i]); the last is undefined. */
  joins: Array<Token | undefined>;
  wq: number;
  particles: number;
  particleW: number;
  /** One bit per non-particle query token (a query of more than 32 words shares the last bit). */
  wanted: number;
  /** Per query token, letterBit of its first letter. */
  letter: number[];
  /** Bits of the tokens of four letters or more (the fuzzy rules' least); of the tokens whose join with the
   * next token (nextLong), or with the previous one (prevLong), has four letters or more. */
  long: number;
  nextLong: number;
  prevLong: number;
  /**
   * The query's forms (the whole name and, when it packs more, its parts) as sets of its token positions,
   * for the bound: a form's score counts only its own tokens. Empty for a query of more than 31 words
   * (positions share a bit): the whole name's bound is then computed without them.
   */
  forms: FormPlan[];
  /** False when a part of the query cannot be placed on its tokens: no bound then. */
  bounded: boolean;
  /** Per query-side token (a token of q, or a join), the pairs already compared: name token (or two) → score. */
  memo: Map<Token, Map<number, number>>;
}

interface FormPlan {
  /** Bits of its non-particle tokens; of all its tokens. */
  mask: number;
  all: number;
  /** Bits of tokens that are adjacent in the form but not in the query (a parenthesised part between them),
   * or that the query has twice: the keys may not have credited their pairs, so the bound counts them as
   * paired. */
  gap: number;
  w: number;
  particles: number;
  /** What the scorer takes off a part of the query: 0.01. */
  penalty: number;
}

const bit = (i: number) => 1 << Math.min(i, 31);

function planQuery(query: string, q: Token[]): QueryPlan {
  const wq = q.reduce((a, t) => a + t.weight, 0);
  const particles = q.filter((t) => t.cls === 'particle').length;
  let wanted = 0;
  let long = 0;
  let nextLong = 0;
  let prevLong = 0;
  const joins = q.map((t, i) => (i + 1 < q.length ? makeToken(t.text + q[i + 1]!.text) : undefined));
  q.forEach((t, i) => {
    if (t.cls !== 'particle') wanted |= bit(i);
    if (t.text.length >= 4) long |= bit(i);
    if (i + 1 < q.length && joins[i]!.text.length >= 4) nextLong |= bit(i);
    if (i > 0 && joins[i - 1]!.text.length >= 4) prevLong |= bit(i);
  });
  const forms: FormPlan[] = [];
  const qForms = nameForms(query);
  let bounded = true;
  if (q.length <= 31) {
    // A word the query has twice may be placed on either: the bound counts both as possibly paired.
    let twice = 0;
    q.forEach((t, i) => {
      if (q.some((u, j) => j !== i && u.text === t.text)) twice |= bit(i);
    });
    // Each part's tokens are tokens of the whole name: place them (each position once).
    for (const f of qForms) {
      const ft = f.form === 'whole name' ? q : tokenise(f.text);
      const used = new Set<number>();
      const at: number[] = [];
      for (const t of ft) {
        let p = -1;
        for (let i = 0; i < q.length; i++) {
          if (!used.has(i) && q[i]!.text === t.text) {
            p = i;
            break;
          }
        }
        if (p < 0) break;
        used.add(p);
        at.push(p);
      }
      if (at.length < ft.length) {
        bounded = false;
        break;
      }
      if (!ft.length) continue;
      let mask = 0;
      let all = 0;
      let gap = 0;
      let w = 0;
      let fp = 0;
      at.forEach((p, k) => {
        w += q[p]!.weight;
        all |= bit(p);
        if (q[p]!.cls === 'particle') fp++;
        else mask |= bit(p);
        if (k > 0 && at[k - 1] !== p - 1) gap |= bit(p) | bit(at[k - 1]!);
      });
      forms.push({ mask, all, gap: f.form === 'whole name' ? 0 : (gap | twice) & wanted, w, particles: fp, penalty: f.form === 'whole name' ? 0 : 0.01 });
    }
  } else bounded = qForms.length === 1;
  return {
    q,
    joins,
    wq,
    particles,
    particleW: particles * WEIGHTS.particle,
    wanted,
    letter: q.map((t) => letterBit(t.text)),
    long,
    nextLong,
    prevLong,
    forms: bounded ? forms : [],
    bounded,
    memo: new Map(),
  };
}

/** The bound on a name's score by one form of the query, the tokens of p (bits) counted as paired: see boundOf. */
function formBound(plan: QueryPlan, f: FormPlan, nw: number, acc: number, paired: number, p: number): number {
  p = (p | f.gap) & f.mask;
  // The form's share of acc: at most acc (with the weight of tokens acc may lack), and at most the weights
  // of its paired tokens.
  let wp = 0;
  let extra = 0;
  for (let x = p; x; x &= x - 1) {
    const b = x & -x;
    const w = plan.q[31 - Math.clz32(b)]!.weight;
    wp += w;
    if (!(paired & b)) extra += w;
  }
  const a = Math.min(acc + extra, wp);
  const m = Math.min(nw, 2 * popcount(p) + WEIGHTS.particle * f.particles);
  return (a + WEIGHTS.particle * f.particles + m) / (f.w + m) - f.penalty;
}

/** The query tokens name n pairs with within form f: by themselves, or written as one with a neighbour of f. */
function pairedIn(s: Scratch, n: number, f: FormPlan): number {
  return s.paired[n]! & (s.solo[n]! | (s.viaNext[n]! & (f.all >>> 1)) | (s.viaPrev[n]! & (f.all << 1)));
}

/**
 * The tokens of `open` that may pair with name n by a fuzzy rule within form f, pairs the keys do not
 * reach: a name token of the same first letter and the query token of four letters or more, or written as
 * one with its neighbour in f (the join of four letters or more, a name token beginning like the join).
 */
function fuzzyMay(idx: NameIndex, plan: QueryPlan, n: number, f: FormPlan, open: number): number {
  if (!open) return 0;
  const letters = idx.nameLetters[n]!;
  let self = 0;
  let prev = 0;
  for (let x = open; x; x &= x - 1) {
    const b = x & -x;
    const i = 31 - Math.clz32(b);
    if (letters & plan.letter[i]!) self |= b;
    if (i > 0 && letters & plan.letter[i - 1]!) prev |= b;
  }
  return open & ((self & (plan.long | (plan.nextLong & (f.all >>> 1)))) | (prev & plan.prevLong & (f.all << 1)));
}

/**
 * The bound on name n's score from what its tokens pair with: the query's side counts the pairs found
 * (particles as paired), the name's side at most two name tokens per paired query token. For a query of
 * several forms (a part scores 0.01 less than the whole), the best form's: a form counts its own tokens'
 * pairs, and a token paired only through a neighbour outside the form as possibly paired by a fuzzy rule.
 */
function boundOf(idx: NameIndex, plan: QueryPlan, n: number): number {
  const s = idx.scratch;
  const nw = idx.nameWeight[n]!;
  const acc = s.acc[n]!;
  const paired = s.paired[n]!;
  if (!plan.forms.length) {
    const m = Math.min(nw, 2 * popcount(paired) + WEIGHTS.particle * plan.particles);
    return (acc + plan.particleW + m) / (plan.wq + m);
  }
  let best = 0;
  for (const f of plan.forms) {
    const own = pairedIn(s, n, f);
    best = Math.max(best, formBound(plan, f, nw, acc, paired, own | fuzzyMay(idx, plan, n, f, paired & ~own & f.mask)));
  }
  return best;
}

/**
 * Whether name n, which some query token did not reach, may reach min if each such token paired at the
 * fuzzy rules' best, 0.95, where a fuzzy pair is possible (fuzzyMay).
 */
function mayReach(idx: NameIndex, plan: QueryPlan, n: number, min: number): boolean {
  const s = idx.scratch;
  const q = plan.q;
  const acc = s.acc[n]!;
  const paired = s.paired[n]!;
  if (!plan.forms.length) {
    // More than 31 words: positions share a bit, the old rule (a name token of this or the previous query
    // token's first letter), on the whole name.
    const letters = idx.nameLetters[n]!;
    let a = acc;
    let p = paired;
    for (let i = 0; i < q.length; i++) {
      const b = bit(i);
      if (!(plan.wanted & b) || p & b) continue;
      if (letters & plan.letter[i]! || (i > 0 && letters & plan.letter[i - 1]!)) {
        a += 0.95 * q[i]!.weight;
        p |= b;
      }
    }
    const m = Math.min(idx.nameWeight[n]!, 2 * popcount(p) + WEIGHTS.particle * plan.particles);
    return (a + plan.particleW + m) / (plan.wq + m) >= min;
  }
  const nw = idx.nameWeight[n]!;
  for (const f of plan.forms) {
    const own = pairedIn(s, n, f);
    const opt = fuzzyMay(idx, plan, n, f, plan.wanted & ~own & f.mask);
    let a = acc;
    for (let x = opt & ~paired; x; x &= x - 1) a += 0.95 * q[31 - Math.clz32(x & -x)]!.weight;
    if (formBound(plan, f, nw, a, paired | opt, own | opt) >= min) return true;
  }
  return false;
}

function popcount(x: number): number {
  let c = 0;
  for (; x; x &= x - 1) c++;
  return c;
}

/** Two particles that are not one token pair by the rule 'particle', which a join never takes. */
function particlePair(a: Token, b: Token): boolean {
  return a.cls === 'particle' && b.cls === 'particle' && a.text !== b.text;
}

/** Name n's tokens and joins as the index holds them. */
function nameTokens(idx: NameIndex, n: number): { tokens: Token[]; joins: Token[] } {
  const tokens: Token[] = [];
  const joins: Token[] = [];
  for (let p = idx.nameTokStart[n]!; p < idx.nameTokStart[n + 1]!; p++) {
    tokens.push(idx.tokens[idx.nameToks[p]!]!);
    if (idx.nameJoin[p]! >= 0) joins.push(joinToken(idx, idx.nameJoin[p]!));
  }
  return { tokens, joins };
}

/** How many joins are made with the index; beyond, each on first use. */
const EAGER_JOINS = 200_000;

/** Join j as a token. */
export function joinToken(idx: NameIndex, j: number): Token {
  let t = idx.joinTokens[j];
  if (!t) idx.joinTokens[j] = t = newToken(idx.vocab[idx.joinParts[2 * j]!]! + idx.vocab[idx.joinParts[2 * j + 1]!]!);
  return t;
}

/**
 * The best pair of query-side token t (a query token, or two written as one) with name n's tokens of the
 * same first letter: one token of four letters or more, or two adjacent ones written as one (at 0.9 or
 * more). Below min: 0. Each pair is compared once per query (plan.memo).
 */
function bestPair(idx: NameIndex, plan: QueryPlan, t: Token, n: number, min: number): number {
  if (t.text.length < 4) return 0;
  let memo = plan.memo.get(t);
  if (!memo) plan.memo.set(t, (memo = new Map()));
  const nv = idx.vocab.length;
  const first = t.text.charCodeAt(0);
  const end = idx.nameTokStart[n + 1]!;
  let b = 0;
  for (let p = idx.nameTokStart[n]!; p < end; p++) {
    const v = idx.nameToks[p]!;
    const c = idx.vocab[v]!;
    if (c.charCodeAt(0) !== first) continue;
    if (c.length >= 4) {
      let sim = memo.get(v);
      if (sim === undefined) memo.set(v, (sim = pairScore(t, idx.tokens[v]!)));
      if (sim > b) b = sim;
    }
    const j = idx.nameJoin[p]!;
    if (j >= 0) {
      let sim = memo.get(nv + j);
      if (sim === undefined) {
        const jt = joinToken(idx, j);
        sim = pairScore(t, jt, 0.9);
        if (sim < 0.9 || particlePair(t, jt)) sim = 0;
        memo.set(nv + j, sim);
      }
      if (sim > b) b = sim;
    }
  }
  return b >= min ? b : 0;
}

/**
 * The pairs the keys do not reach: two slips or more in one token (Strehkov / Strielkov). The scorer's
 * Jaro-Winkler and edit-distance rules pair only tokens that begin alike, so the query tokens a name was
 * not reached by are compared with that name's tokens (and adjacent pairs) of the same first letter, and
 * the name is credited as for a reached pair.
 */
function completePairs(idx: NameIndex, plan: QueryPlan, n: number): void {
  const s = idx.scratch;
  const q = plan.q;
  for (let i = 0; i < q.length; i++) {
    const t = q[i]!;
    const b = bit(i);
    if (t.cls === 'particle' || s.paired[n]! & b) continue;
    const solo = bestPair(idx, plan, t, n, 0);
    const next = i + 1 < q.length ? bestPair(idx, plan, plan.joins[i]!, n, 0.9) : 0;
    const prev = i > 0 ? bestPair(idx, plan, plan.joins[i - 1]!, n, 0.9) : 0;
    const sim = Math.max(solo, next, prev);
    if (sim > 0) {
      s.acc[n]! += sim * t.weight;
      s.paired[n]! |= b;
      if (solo > 0) s.solo[n]! |= b;
      if (next > 0) s.viaNext[n]! |= b;
      if (prev > 0) s.viaPrev[n]! |= b;
    }
  }
}

/** One query token's crediting of names (keyCandidates). */
interface Credit {
  s: Scratch;
  thisQuery: number;
  credit: number;
  bit: number;
  listed: number;
  touched: number[];
  /** The similarity being credited (a field, not an argument: no number boxed per name). */
  sim: number;
}

function creditName(cr: Credit, n: number, way: Uint32Array, fixed: boolean): void {
  const s = cr.s;
  const sim = cr.sim;
  if (s.seen[n] !== cr.thisQuery) {
    s.seen[n] = cr.thisQuery;
    s.acc[n] = 0;
    s.paired[n] = 0;
    s.solo[n] = 0;
    s.viaNext[n] = 0;
    s.viaPrev[n] = 0;
    cr.touched.push(n);
  }
  way[n]! |= cr.bit;
  if (s.credited[n] !== cr.credit) {
    s.credited[n] = cr.credit;
    s.best[n] = sim;
    s.fixed[n] = fixed ? cr.credit : 0;
    s.list[cr.listed++] = n;
  } else if (s.fixed[n] !== cr.credit && sim > s.best[n]!) s.best[n] = sim;
}

/** Credits the names of each vocabulary token of `pairs` (token → similarity). */
function creditPostings(idx: NameIndex, cr: Credit, pairs: Map<number, number>, way: Uint32Array): void {
  for (const v of pairs.keys()) {
    cr.sim = pairs.get(v)!;
    const end = idx.postStart[v + 1]!;
    for (let p = idx.postStart[v]!; p < end; p++) creditName(cr, idx.postings[p]!, way, false);
  }
}

/** How many names reached by some query tokens only are compared token by token on the others, at most. */
const COMPLETE = 300;

/**
 * Names whose tokens pair with the query's (by the scorer's rules: group, phonetic key, one-edit slips,
 * two tokens written as one) or whose compact form is the query's, best first by the weighted share of the
 * query they pair with, at most `limit`. A name whose score bound is below `threshold` is left out.
 */
export function keyCandidates(idx: NameIndex, query: string, f: KeyFilter): CandidateRow[] {
  const q = tokenise(query);
  if (!q.length) return [];
  const s = idx.scratch;
  const plan = planQuery(query, q);
  const { wq, particleW, wanted } = plan;
  // Per query token: the vocabulary tokens it pairs with, and how well.
  const pairs = q.map(() => new Map<number, number>());
  q.forEach((t, i) => {
    if (t.cls !== 'particle') reach(idx, t, 0, pairs[i]!);
  });
  // Two query tokens written as one word in the name (Hizb ul ↔ Hizbul): both count as paired.
  const joined = q.map((_, i) => {
    const m = new Map<number, number>();
    if (i + 1 < q.length) reach(idx, plan.joins[i]!, 0.9, m);
    return m;
  });
  const thisQuery = nextStamp(s);
  const touched: number[] = [];
  const cr: Credit = { s, thisQuery, credit: 0, bit: 0, listed: 0, touched, sim: 0.5 };
  for (let i = 0; i < q.length; i++) {
    const t = q[i]!;
    if (t.cls === 'particle') continue;
    cr.credit = nextStamp(s);
    cr.bit = bit(i);
    cr.listed = 0;
    // A name is credited once per query token, with its best similarity (and each way it pairs noted).
    // Names that write this token as two (hizbul ↔ Hizb ul) first, as an exact or group pair: that credit
    // stands.
    cr.sim = 1;
    lookup(idx.joined, hash(`j${t.text}`), (n) => creditName(cr, n, s.solo, true));
    cr.sim = 0.97;
    if (t.canon !== t.text) lookup(idx.joined, hash(`j${t.canon}`), (n) => creditName(cr, n, s.solo, true));
    creditPostings(idx, cr, pairs[i]!, s.solo);
    creditPostings(idx, cr, joined[i]!, s.viaNext);
    if (i > 0) creditPostings(idx, cr, joined[i - 1]!, s.viaPrev);
    for (let k = 0; k < cr.listed; k++) {
      const n = s.list[k]!;
      s.acc[n]! += s.best[n]! * t.weight;
      s.paired[n]! |= cr.bit;
    }
  }
  // Run-together names: the query's compact form is the name's.
  const whole = new Set<number>();
  const qc = q.map((t) => t.text).join('');
  lookup(idx.compact, hash(qc), (n) => {
    if (idx.norms[n]!.replaceAll(' ', '') === qc) whole.add(n);
  });
  for (const n of whole) {
    if (s.seen[n] !== thisQuery) touched.push(n);
    s.seen[n] = thisQuery;
    s.acc[n] = wq - particleW;
    s.paired[n] = wanted;
    s.solo[n] = wanted;
    s.viaNext[n] = 0;
    s.viaPrev[n] = 0;
  }
  const bounded = plan.bounded;
  const byAcc = (a: number, b: number) => s.acc[b]! - s.acc[a]! || idx.nameWeight[a]! - idx.nameWeight[b]! || idx.norms[a]!.length - idx.norms[b]!.length || a - b;
  const min = (f.threshold ?? 0) - 0.002; // scores are rounded to 0.001
  const lists = f.lists && f.lists.length ? new Set(f.lists) : null;
  const picked: number[] = [];
  const partial: number[] = [];
  for (const n of touched) {
    const e = idx.entries[idx.nameEntry[n]!]!;
    if (lists && !lists.has(e.list)) continue;
    if (f.kind && e.kind !== f.kind && (e.kind === 'person' || e.kind === 'organization')) continue;
    if (s.paired[n] === wanted || whole.has(n)) picked.push(n);
    // A name some query token did not reach: first the bound if each such token paired as well as a fuzzy
    // pair can; then (for the most promising only) the pairs themselves.
    else if (!bounded || mayReach(idx, plan, n, min)) partial.push(n);
  }
  partial.sort(byAcc);
  for (const n of partial.slice(0, COMPLETE)) {
    completePairs(idx, plan, n);
    picked.push(n);
  }
  const kept = bounded ? picked.filter((n) => whole.has(n) || boundOf(idx, plan, n) >= min) : picked;
  kept.sort(byAcc);
  return kept.slice(0, f.limit).map((n) => ({
    ...idx.entries[idx.nameEntry[n]!]!,
    name: idx.names[n]!,
    norm: idx.norms[n]!,
    type: idx.labels[idx.nameType[n]!]!,
    quality: idx.labels[idx.nameQuality[n]!]!,
    sim: Math.min(1, (s.acc[n]! + particleW) / wq),
    ...nameTokens(idx, n),
  }));
}
