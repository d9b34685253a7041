// The gazetteer matcher: a trie over folded token keys (the token-level equivalent of Aho-Corasick for
// whole-word names). Scans the token stream once; at each token walks the trie as far as the text goes
// and keeps the longest name whose case rule the text satisfies; longest match wins, left to right.
//
// The trie's edges are labelled by the trie's own key ids, and each word of the text is mapped to its key
// id once per process (kept by word id), so the scan compares integers, not strings.
import { nameWords, PARTICLES, TOKEN_CODES, tokenize, type Tokens, words } from './tokens.ts';
import type { GazetteerEntry } from './types.ts';
import cues from './data/cues.json' with { type: 'json' };
import { onlySubdivision } from './gazetteer.ts';
import { widened } from '../util/typed.ts';
// (bit and code constants made this module's own: V8 folds a module's constants into its code, not imported ones)
const { GAP_LINE, W_CAP, W_DIGIT, W_OPEN, W_WORD, ID_COMMA, ID_DOT } = TOKEN_CODES;

/**
 * Case rules. `acronym`: the surface is an acronym (no lower-case run of 2+, e.g. ISI, LeT, U.S.): the text
 * must repeat it exactly or in capitals. `cap`: the first word of the text must be capitalised (so "will",
 * "army", "front" in running text never match).
 */
type CaseRule = 'acronym' | 'cap';

export interface Compiled {
  entry: GazetteerEntry;
  rule: CaseRule;
  surface: string; // the surface without separators, for the acronym rule
  upper: string; // surface.toUpperCase()
  ntok: number;
  /** bit k (k ≥ 1): the surface's k-th token is a capitalised word that the text may not write in lower case */
  capsAfter: number;
}

export interface Matcher {
  size: number;
  /**
   * the names ending at each trie node (node 0 is the root): node k's are hits[hitsFrom[k], hitsFrom[k + 1]),
   * in the order given; capRule[x] is 1 when hits[x].rule is 'cap' (read without touching the object)
   */
  hits: Compiled[];
  hitsFrom: Int32Array;
  capRule: Uint8Array;
  /** capsAfter of hits[x] (see Compiled) */
  capsAfter: Int32Array;
  /**
   * 1 when hits[x] is a built-in name of the reference subdivisions: matched as spelt (case, marks and
   * separators aside), not through the folded key ("Cole" is no "Colle")
   */
  spelt: Uint8Array;
  /** key id of each folded key on an edge */
  keys: Map<string, number>;
  /**
   * by node, a pair: the key id and child of its one edge (most nodes have one or none), or NONE or MANY
   * and 0; a node of many edges has them in `edges`
   */
  single: Int32Array;
  /** edges, open addressing, a slot of three: (node, key id, child); child 0: an empty slot */
  edges: Int32Array;
  /** by word id, for `words.epoch` === `epoch`: key id + 2 (1 = on no edge, 0 = not yet looked up) */
  epoch: number;
  keyOfWord: Int32Array;
  /** by word id, once its key id is known: the trie node a name starting with it reaches, or -1 */
  firstOfWord: Int32Array;
  /** by word id, for the acronym rule: the word squashed (see `squash`), and that in lower case */
  squashed: Array<string | undefined>;
  squashedLower: string[];
}

const squash = (s: string) => s.replace(/[\s\-‐-―'’]+/g, '');

export function caseRuleOf(name: string): CaseRule {
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return 'cap';
  if (/\p{Ll}{2,}/u.test(letters) && letters.length > 3) return 'cap';
  if (letters.length <= 6 && /^\p{Lu}/u.test(letters)) return 'acronym';
  return 'cap';
}

const edgeHash = (node: number, key: number) => (Math.imul(node, 0x9e3779b1) ^ Math.imul(key, 0x85ebca6b)) >>> 0;

const NONE = -1;
const MANY = -2;

function child(m: Matcher, node: number, key: number): number {
  const one = m.single[2 * node]!;
  if (one === key) return m.single[2 * node + 1]!;
  if (one !== MANY) return -1;
  const e = m.edges;
  const slots = e.length / 3;
  for (let idx = (edgeHash(node, key) & (slots - 1)) * 3; e[idx + 2] !== 0; idx = idx + 3 === e.length ? 0 : idx + 3)
    if (e[idx] === node && e[idx + 1] === key) return e[idx + 2]!;
  return -1;
}

export function buildMatcher(entries: GazetteerEntry[]): Matcher {
  const out: Array<Compiled[] | null> = [null];
  const keys = new Map<string, number>();
  const edgeIds = new Map<string, number>(); // `${node} ${key id}` → child, while building
  const edgeList: number[] = [];
  let size = 0;
  for (const e of entries) {
    const t = tokenize(e.name); // (word ids in nameWords)
    const flags = nameWords.flags;
    const path: number[] = [];
    for (let q = 0; q < t.n; q++) {
      const w = t.word[q]!;
      if (flags[w]! & W_WORD || w === ID_DOT || w === ID_COMMA) path.push(w);
    }
    if (path.length === 0) continue;
    let node = 0;
    for (const w of path) {
      const key = nameWords.key[w]!;
      let kid = keys.get(key);
      if (kid === undefined) keys.set(key, (kid = keys.size));
      const ek = `${node} ${kid}`;
      let nx = edgeIds.get(ek);
      if (nx === undefined) {
        nx = out.length;
        out.push(null);
        edgeIds.set(ek, nx);
        edgeList.push(node, kid, nx);
      }
      node = nx;
    }
    const rule = caseRuleOf(e.name);
    const surface = squash(e.name);
    const here = (out[node] ??= []);
    if (here.some((o) => o.entry.canonical === e.canonical && o.rule === rule && o.surface === surface)) continue;
    let capsAfter = 0;
    for (let k = 1; k < Math.min(path.length, 31); k++) if (flags[path[k]!]! & W_CAP && !LOWER_OK.has(nameWords.lower[path[k]!]!)) capsAfter |= 1 << k;
    here.push({ entry: e, rule, surface, upper: surface.toUpperCase(), ntok: path.length, capsAfter });
    size++;
  }
  const hits: Compiled[] = [];
  const hitsFrom = new Int32Array(out.length + 1);
  for (let k = 0; k < out.length; k++) {
    hitsFrom[k] = hits.length;
    hits.push(...(out[k] ?? []));
  }
  hitsFrom[out.length] = hits.length;
  const capRule = Uint8Array.from(hits, (c) => (c.rule === 'cap' ? 1 : 0));
  const capsAfter = Int32Array.from(hits, (c) => c.capsAfter);
  const spelt = Uint8Array.from(hits, (c) => (c.entry.type === 'place' && c.entry.entity_id === null && onlySubdivision(c.entry.canonical) ? 1 : 0));
  const single = new Int32Array(2 * out.length);
  for (let k = 0; k < out.length; k++) single[2 * k] = NONE;
  for (let k = 0; k < edgeList.length; k += 3) {
    const at = 2 * edgeList[k]!;
    single[at] = single[at] === NONE ? edgeList[k + 1]! : MANY;
    single[at + 1] = single[at] === MANY ? 0 : edgeList[k + 2]!;
  }
  let slots = 16;
  while (slots < (edgeList.length / 3) * 2) slots *= 2;
  const edges = new Int32Array(3 * slots);
  for (let k = 0; k < edgeList.length; k += 3) {
    let idx = edgeHash(edgeList[k]!, edgeList[k + 1]!) & (slots - 1);
    while (edges[3 * idx + 2] !== 0) idx = (idx + 1) & (slots - 1);
    edges.set(edgeList.slice(k, k + 3), 3 * idx);
  }
  return { size, hits, hitsFrom, capRule, capsAfter, spelt, keys, single, edges, epoch: -1, keyOfWord: new Int32Array(0), firstOfWord: new Int32Array(0), squashed: [], squashedLower: [] };
}

/**
 * The matches of one scan: match k spans tokens i[k]..j[k] (inclusive) and names hit[k]. Kept from call to
 * call (no object per match): valid until the next `matchAll`.
 */
export interface Matches {
  n: number;
  i: Int32Array;
  j: Int32Array;
  hit: Compiled[];
}
const matches: Matches = { n: 0, i: new Int32Array(256), j: new Int32Array(256), hit: [] };

const isParticle = (w: number) => PARTICLES.has(words.raw[w]!);

/**
 * Head words that running text writes in lower case inside a name ("the State department", "the Haqqani
 * Network" as "network"): a capitalised word of a name other than these must be capitalised in the text
 * too ("an Islamic state" is no "Islamic State").
 */
const LOWER_OK = new Set(cues.org_heads.map((h) => h.toLowerCase()));
/** A name without case, marks and separators ("Nord-Kivu" → "nordkivu"), to compare spellings. */
function plainSpelling(s: string): string {
  return s.normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
}
/** body[s, e) spells `name`, case, marks and separators aside (ASCII letters compared in place first: most are spelt alike). */
function sameSpelling(body: string, s: number, e: number, name: string): boolean {
  if (e - s === name.length) {
    let k = 0;
    while (k < name.length && (body.charCodeAt(s + k) | 32) === (name.charCodeAt(k) | 32)) k++;
    if (k === name.length) return true;
  }
  return plainSpelling(body.slice(s, e)) === plainSpelling(name);
}

/** The text's tokens i..j are all words in lower case. */
function lowerTail(word: Int32Array, i: number, j: number): boolean {
  for (let k = i; k <= j; k++) if ((words.flags[word[k]!]! & (W_WORD | W_CAP | W_DIGIT)) !== W_WORD) return false;
  return true;
}
/** The text's tokens i+1..j are capitalised (or not words) where the name's `capsAfter` wants it. */
function casesAgree(word: Int32Array, i: number, j: number, capsAfter: number): boolean {
  const flags = words.flags;
  for (let k = 1; k <= j - i && k < 31; k++)
    if ((capsAfter >>> k) & 1 && (flags[word[i + k]!]! & (W_WORD | W_CAP | W_DIGIT)) === W_WORD) return false;
  return true;
}

/** The acronym rule (see `CaseRule`) for c at tokens i..j. */
function acronymOk(m: Matcher, c: Compiled, t: Tokens, i: number, j: number, body: string): boolean {
  let text: string;
  let lower: string;
  if (i === j) {
    // one token: its word, whose squashed forms are kept by word id
    const w = t.word[i]!;
    text = m.squashed[w] ?? learnSquashed(m, w);
    lower = m.squashedLower[w]!;
  } else {
    text = squash(body.slice(t.start[i]!, t.end[j]!));
    lower = text.toLowerCase();
  }
  return text === c.surface || (text === c.upper && text !== lower);
}
function learnSquashed(m: Matcher, w: number): string {
  const text = squash(words.raw[w]!);
  m.squashed[w] = text;
  m.squashedLower[w] = text.toLowerCase();
  return text;
}

/** Make the matcher's arrays by word id fit the word table (its epoch and size). */
function fit(m: Matcher): void {
  if (m.epoch !== words.epoch || m.keyOfWord.length < words.count) {
    const size = Math.max(1024, words.count * 2);
    const ko = new Int32Array(size);
    const fo = new Int32Array(size);
    if (m.epoch === words.epoch) {
      ko.set(m.keyOfWord);
      fo.set(m.firstOfWord);
    }
    if (m.epoch !== words.epoch) {
      m.squashed = [];
      m.squashedLower = [];
    }
    m.epoch = words.epoch;
    m.keyOfWord = ko;
    m.firstOfWord = fo;
  }
}

/** Work out the key id and first trie step of word w (on its first sight by this matcher). */
function learn(m: Matcher, w: number): void {
  const k = m.keys.get(words.key[w]!) ?? -1;
  m.keyOfWord[w] = k + 2;
  // only a word where a name may start (W_OPEN: not one that starts with a lower-case ASCII letter, but a
  // particle): no case rule passes elsewhere (`cap` wants a capital, a digit or a particle before a capital;
  // an `acronym` surface starts with a capital or a non-letter, and so does its upper case)
  m.firstOfWord[w] = words.flags[w]! & W_OPEN && k >= 0 ? child(m, 0, k) : -1;
}

/**
 * All longest, non-overlapping gazetteer matches, left to right (see `Matches`). A name starts only at a
 * W_OPEN word (see `learn`): the scan looks at the tokens' `opens`, not at every token.
 */
export function matchAll(m: Matcher, t: Tokens, body: string): Matches {
  const n = t.n;
  const word = t.word;
  const gap = t.gap;
  const flags = words.flags;
  fit(m);
  const ko = m.keyOfWord;
  const fo = m.firstOfWord;
  const { hits, hitsFrom, capRule, capsAfter, spelt } = m;
  let count = 0;
  let next = 0; // (the tokens before it are inside the last match)
  const opens = t.opens;
  for (let x = 0; x < t.nOpens; x++) {
    const i = opens[x]!;
    if (i < next) continue;
    const w = word[i]!;
    if (ko[w] === 0) learn(m, w);
    let node = fo[w]!;
    let best = -1; // (an index into hits)
    let bestJ = i;
    let j = i;
    while (node > 0) {
      for (let y = hitsFrom[node]!, end = hitsFrom[node + 1]!; y < end; y++)
        // (the `cap` rule: the first word is capitalised or a number, or a particle before a capital)
        if (
          capRule[y] === 1
            ? ((flags[w]! & (W_CAP | W_DIGIT)) !== 0 || (i < j && (flags[word[i + 1]!]! & W_CAP) !== 0 && isParticle(w))) &&
              (capsAfter[y] === 0 || casesAgree(word, i, j, capsAfter[y]!)) &&
              (spelt[y] === 0 || sameSpelling(body, t.start[i]!, t.end[j]!, hits[y]!.entry.name))
            : acronymOk(m, hits[y]!, t, i, j, body)
        ) {
          // (a known name's own head written in lower case after a shorter name of the same entity is the text's
          // description, not part of the name: "the Abu Sayyaf group", "the Xinhua news agency"; branch names9)
          if (best < 0 || hits[best]!.entry.canonical !== hits[y]!.entry.canonical || !lowerTail(word, bestJ + 1, j)) {
            best = y;
            bestJ = j;
          }
          break;
        }
      if (j + 1 >= n || gap[j + 1] === GAP_LINE) break;
      const w2 = word[j + 1]!;
      if (ko[w2] === 0) learn(m, w2);
      const k = ko[w2]!;
      if (k < 2) break;
      node = child(m, node, k - 2);
      j++;
    }
    if (best >= 0) {
      if (count === matches.i.length) {
        matches.i = widened(matches.i, 2 * count);
        matches.j = widened(matches.j, 2 * count);
      }
      matches.i[count] = i;
      matches.j[count] = bestJ;
      matches.hit[count] = hits[best]!;
      count++;
      next = bestJ + 1;
    }
  }
  matches.n = count;
  return matches;
}
