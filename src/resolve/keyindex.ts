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
import { tokenSimilarity } from './score.ts';
import { canonOf, makeToken, tokenClass, tokenise, WEIGHTS, type Token } from './tokens.ts';

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
  /** Vocabulary token v occurs in names postings[postStart[v] .. postStart[v + 1]). */
  vocab: string[];
  postStart: Int32Array;
  postings: Int32Array;
  /** Hash of a key → vocabulary tokens (a collision only adds a token the scorer's rule then rejects). */
  keys: Buckets;
  /** Hash of two adjacent tokens written as one (and of its group's first spelling) → names. */
  joined: Buckets;
  /** Hash of a name's compact form → names. */
  compact: Buckets;
  /** Scratch space of one query, one slot per name (or vocabulary token), reused: stamped, never cleared. */
  scratch: { acc: Float32Array; paired: Uint32Array; seen: Int32Array; credited: Int32Array; reached: Int32Array; stamp: number };
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
  const intern = (t: string, i: number) => {
    let v = vocabNo.get(t);
    if (v === undefined) {
      v = vocab.push(t) - 1;
      vocabNo.set(t, v);
      lastName.push(-1);
    }
    if (lastName[v] === i) return;
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
      if (cls !== 'particle') intern(toks[j]!, i);
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
  const keyHashes: number[] = [];
  const keyVocab: number[] = [];
  vocab.forEach((t, v) => {
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
    postStart,
    postings,
    keys: buckets(keyHashes, keyVocab),
    joined: buckets(joinedHashes, joinedNames),
    compact: buckets(compactHashes, nameIds),
    scratch: { acc: new Float32Array(n), paired: new Uint32Array(n), seen: new Int32Array(n), credited: new Int32Array(n), reached: new Int32Array(vocab.length), stamp: 0 },
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
  cache.set(db, idx);
  return idx;
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
function nextStamp(s: NameIndex['scratch']): number {
  if (s.stamp >= 0x3fffffff) {
    s.seen.fill(0);
    s.credited.fill(0);
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
      const sim = tokenSimilarity(t, makeToken(text));
      if (sim.score >= min && sim.score > 0 && sim.rule !== 'particle' && sim.score > (out.get(v) ?? 0)) out.set(v, sim.score);
    });
  }
}

/** The score bound of name n if every unreached query token that may pair by a fuzzy rule (a name token of
 * the same first letter, or one after the previous query token's) paired at the fuzzy rules' best, 0.95. */
function mayReach(idx: NameIndex, q: Token[], n: number, wanted: number, particles: number, particleW: number, wq: number, min: number): boolean {
  const s = idx.scratch;
  const letters = idx.nameLetters[n]!;
  let acc = s.acc[n]!;
  let paired = s.paired[n]!;
  for (let i = 0; i < q.length; i++) {
    const b = 1 << Math.min(i, 31);
    if (!(wanted & b) || paired & b) continue;
    if (letters & letterBit(q[i]!.text) || (i > 0 && letters & letterBit(q[i - 1]!.text))) {
      acc += 0.95 * q[i]!.weight;
      paired |= b;
    }
  }
  const m = Math.min(idx.nameWeight[n]!, 2 * popcount(paired) + WEIGHTS.particle * particles);
  return (acc + particleW + m) / (wq + m) >= min;
}

function popcount(x: number): number {
  let c = 0;
  for (; x; x &= x - 1) c++;
  return c;
}

/**
 * The pairs the keys do not reach: two slips or more in one token (Strehkov / Strielkov). The scorer's
 * Jaro-Winkler and edit-distance rules pair only tokens that begin alike, so the query tokens a name was
 * not reached by are compared with that name's tokens (and adjacent pairs) of the same first letter, and
 * the name is credited as for a reached pair.
 */
function completePairs(idx: NameIndex, q: Token[], n: number): void {
  const s = idx.scratch;
  const toks = idx.norms[n]!.split(' ');
  // Only fuzzy rules are left (a group or phonetic-key partner is reached by the keys): tokens of four letters
  // or more that begin alike.
  const best = (t: Token, min: number) => {
    let b = 0;
    if (t.text.length < 4) return 0;
    for (let j = 0; j < toks.length; j++) {
      const c = toks[j]!;
      if (c[0] !== t.text[0]) continue;
      if (c.length >= 4) b = Math.max(b, tokenSimilarity(t, makeToken(c)).score);
      if (j + 1 < toks.length) {
        const sim = tokenSimilarity(t, makeToken(c + toks[j + 1]!));
        if (sim.score >= 0.9 && sim.rule !== 'particle') b = Math.max(b, sim.score);
      }
    }
    return b >= min ? b : 0;
  };
  for (let i = 0; i < q.length; i++) {
    const t = q[i]!;
    const b = 1 << Math.min(i, 31);
    if (t.cls === 'particle' || s.paired[n]! & b) continue;
    let sim = best(t, 0);
    if (i + 1 < q.length) sim = Math.max(sim, best(makeToken(t.text + q[i + 1]!.text), 0.9));
    if (i > 0) sim = Math.max(sim, best(makeToken(q[i - 1]!.text + t.text), 0.9));
    if (sim > 0) {
      s.acc[n]! += sim * t.weight;
      s.paired[n]! |= b;
    }
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
  const wq = q.reduce((a, t) => a + t.weight, 0);
  // Per query token: the vocabulary tokens it pairs with, and how well.
  const pairs = q.map(() => new Map<number, number>());
  q.forEach((t, i) => {
    if (t.cls !== 'particle') reach(idx, t, 0, pairs[i]!);
  });
  // Two query tokens written as one word in the name (Hizb ul ↔ Hizbul): both count as paired.
  for (let i = 0; i + 1 < q.length; i++) {
    const joined = new Map<number, number>();
    reach(idx, makeToken(q[i]!.text + q[i + 1]!.text), 0.9, joined);
    for (const k of [i, i + 1]) {
      if (q[k]!.cls === 'particle') continue;
      for (const [v, sim] of joined) if (sim > (pairs[k]!.get(v) ?? 0)) pairs[k]!.set(v, sim);
    }
  }
  // Particles pair with any particle: counted as paired with every name (a bound, not a guess).
  const particles = q.filter((t) => t.cls === 'particle').length;
  const particleW = particles * WEIGHTS.particle;
  const thisQuery = nextStamp(s);
  const touched: number[] = [];
  // Which query tokens a name pairs with, one bit each (a query of more than 32 words shares the last bit).
  const bit = (i: number) => 1 << Math.min(i, 31);
  let wanted = 0;
  q.forEach((t, i) => {
    if (t.cls === 'particle') return;
    wanted |= bit(i);
    const credit = nextStamp(s);
    const add = (n: number, sim: number) => {
      if (s.credited[n] === credit) return;
      s.credited[n] = credit;
      if (s.seen[n] !== thisQuery) {
        s.seen[n] = thisQuery;
        s.acc[n] = 0;
        s.paired[n] = 0;
        touched.push(n);
      }
      s.acc[n]! += sim * t.weight;
      s.paired[n]! |= bit(i);
    };
    // Best pair first: a name is credited once per query token, with its best similarity. Names that
    // write this token as two (hizbul ↔ Hizb ul) first, as an exact or group pair.
    lookup(idx.joined, hash(`j${t.text}`), (n) => add(n, 1));
    if (t.canon !== t.text) lookup(idx.joined, hash(`j${t.canon}`), (n) => add(n, 0.97));
    for (const [v, sim] of [...pairs[i]!].sort((a, b) => b[1] - a[1])) {
      for (let p = idx.postStart[v]!; p < idx.postStart[v + 1]!; p++) add(idx.postings[p]!, sim);
    }
  });
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
  }
  const bounded = nameForms(query).length === 1;
  const bound = (n: number) => {
    const m = Math.min(idx.nameWeight[n]!, 2 * popcount(s.paired[n]!) + WEIGHTS.particle * particles);
    return (s.acc[n]! + particleW + m) / (wq + m);
  };
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
    else if (!bounded || mayReach(idx, q, n, wanted, particles, particleW, wq, min)) partial.push(n);
  }
  partial.sort(byAcc);
  for (const n of partial.slice(0, COMPLETE)) {
    completePairs(idx, q, n);
    picked.push(n);
  }
  const kept = bounded ? picked.filter((n) => whole.has(n) || bound(n) >= min) : picked;
  kept.sort(byAcc);
  const picked2 = kept;
  return picked2.slice(0, f.limit).map((n) => ({
    ...idx.entries[idx.nameEntry[n]!]!,
    name: idx.names[n]!,
    norm: idx.norms[n]!,
    type: idx.labels[idx.nameType[n]!]!,
    quality: idx.labels[idx.nameQuality[n]!]!,
    sim: Math.min(1, (s.acc[n]! + particleW) / wq),
  }));
}
