// Rule expressions run only where they can start. Most rules begin with a word boundary and a word
// character (`\b(?:claimed|…)`, `\b(\d{1,2}) (January|…)`), so a match can only start where a word starts
// (in the regular-expression sense: an ASCII letter, digit or `_` after anything else) and only with
// one of a few first characters. One pass over the text lists the word starts; a rule is then tried
// (sticky) at the starts whose first characters it allows, instead of at every position of the text.
// The matches are those of `text.matchAll(rule)`: leftmost first, none overlapping.
import { widened } from '../util/typed.ts';
import { deepOf, startsOf, type Codes, type Starts } from './prefix.ts';

export { startsOf, type Starts };

/**
 * Which first two characters a rule allows, as a table over pairs of UTF-16 code units (index
 * c1 * 128 + c2, see prefix.ts); 127 also stands for "any code unit ≥ 127, or the end of the text".
 */
export type FirstChars = Uint8Array;

const PAIRS = 128 * 128;
// bits of a memo value beside (offset << 7) | count (offsets stay below 2^23): DEEPER, a rule allowed has a
// `deep` test to make; ANY, a value of the second table (never 0, which marks an empty slot there)
const DEEPER = 1 << 30;
const ANY = 1 << 31;
const POOL_MASK = (1 << 23) - 1;

/** A regular-expression word character (`\w`: ASCII letters, digits, `_`). */
export const isW = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
/** An ASCII digit, upper-case letter, lower-case letter (code units). */
export const isDigit = (c: number) => c >= 48 && c <= 57;
export const isUpper = (c: number) => c >= 65 && c <= 90;
export const isLower = (c: number) => c >= 97 && c <= 122;
/** A regular-expression space (`\s`, which is also what String.prototype.trim removes). */
export const isS = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

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

// A text's UTF-16 code units in a typed array kept from call to call (one native copy of the text):
// reading it costs a third of charCodeAt on a string sliced from a larger one, as a document read from a
// file is. The copy of the last text asked is kept, so the stages of one document share it.
const hasBuffer = typeof Buffer === 'function';
let unitsBuf: Buffer | null = null;
let units = new Uint16Array(0);
let unitsText: string | null = null;

/**
 * `text`'s code units: [0, text.length) of the array returned (longer arrays hold stale units past it).
 * Valid until the next call with another text.
 */
export function codeUnits(text: string): Uint16Array {
  if (text === unitsText) return units;
  const n = text.length;
  if (units.length < n) {
    units = new Uint16Array((Math.max(n, units.length * 2, 1 << 14) + 1) & ~1); // (even: a Uint32Array may view it)
    unitsBuf = hasBuffer ? Buffer.from(units.buffer) : null; // the same memory
  }
  if (unitsBuf) unitsBuf.write(text, 0, n * 2, 'utf16le');
  else for (let k = 0; k < n; k++) units[k] = text.charCodeAt(k);
  unitsText = text;
  return units;
}

/**
 * text.slice(start, end) as a string of its own, for a string kept long after `text` (the word table's):
 * V8 makes a slice of 13 or more code units a view that keeps the whole of `text` alive. Copied from the
 * code units when they are `text`'s (after codeUnits(text)).
 */
export function ownSlice(text: string, start: number, end: number): string {
  if (end - start < 13 || !hasBuffer) return text.slice(start, end);
  if (text !== unitsText) codeUnits(text);
  return unitsBuf!.toString('utf16le', 2 * start, 2 * end);
}

/** A rule to run at word starts: `re` must be sticky (`y`) and match only at a word start (it begins `\b\w…`). */
export interface StartRule {
  re: RegExp;
  first: FirstChars;
  codes: Codes | null;
  /**
   * What the rule's author knows beyond `first` and `codes`: true for a start's first four characters
   * (packed as RuleSet.run packs them) where the rule cannot match. Asked once per distinct four.
   */
  veto: ((key: number) => boolean) | null;
  /**
   * A test of the text at a start `p` the rule is about to be tried at (`units`: the text's code units,
   * n of them): false where it cannot match, so that the expression is not run (a failed run costs
   * tens of code units' reading). It must be cheaper than that, and never false where the rule matches.
   */
  check: ((units: Uint16Array, p: number, n: number) => boolean) | null;
  /**
   * What the rule's first eight characters can be (prefix.ts, `deepOf`), or null: a start whose first four
   * allow the rule is tried only when its first eight fit one of these (worked out once per distinct eight).
   */
  deep: Uint8Array[][] | null;
}

const lowerCode = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c >= 127 || c !== c ? 127 : c);
const code = (c: number) => (c >= 127 || c !== c ? 127 : c);
/** `code` of a code unit read inside the text (never NaN) */
const ascii = (c: number) => (c >= 127 ? 127 : c);

/** Bit 29 marks the codes of rules that do not ignore case (codes have 28 bits at most). */
const CASED = 1 << 29;

/**
 * The finer checks (prefix.ts, `Codes`) of every rule of a set in one table: per code of three or four
 * characters (lower-cased for a rule that ignores case, else with bit 29 set), the rules it allows, as a
 * bit set of `words` integers (open addressing; a lookup costs a multiply and a load or two).
 */
class CodeTable {
  private readonly keys: Int32Array;
  private readonly sets: Int32Array; // slot i's bit set: sets[i * words, (i + 1) * words)
  private readonly words: number;
  private readonly bits: number;
  constructor(rules: StartRule[]) {
    this.words = Math.max(1, Math.ceil(rules.length / 32));
    const m = new Map<number, number[]>();
    rules.forEach((r, i) => {
      if (!r.codes) return;
      for (const c of r.codes.list) {
        if (c < 1 << 14) continue; // one or two characters: the pair tables decide
        const key = r.codes.ignoreCase ? c : c | CASED;
        const v = m.get(key) ?? new Array<number>(this.words).fill(0);
        v[i >> 5]! |= 1 << (i & 31);
        m.set(key, v);
      }
    });
    this.bits = Math.max(4, Math.ceil(Math.log2(m.size * 4 + 1)));
    this.keys = new Int32Array(1 << this.bits);
    this.sets = new Int32Array((1 << this.bits) * this.words);
    for (const [key, v] of m) {
      let i = Math.imul(key, 0x9e3779b1) >>> (32 - this.bits);
      while (this.keys[i] !== 0) i = (i + 1) & (this.keys.length - 1);
      this.keys[i] = key;
      this.sets.set(v, i * this.words);
    }
  }
  /** The slot of `key`, or -1. */
  find(key: number): number {
    const t = this.keys;
    let i = Math.imul(key, 0x9e3779b1) >>> (32 - this.bits);
    for (let x = t[i]!; x !== 0; x = t[(i = (i + 1) & (t.length - 1))]!) if (x === key) return i;
    return -1;
  }
  /** Does the code at slot `i` allow rule r? */
  allows(i: number, r: number): boolean {
    return i >= 0 && ((this.sets[i * this.words + (r >> 5)]! >>> (r & 31)) & 1) === 1;
  }
}

/** The rule to run at word starts for `re`; null when its matches may begin elsewhere (see prefix.ts). */
export function startRule(re: RegExp): StartRule | null {
  const s = startsOf(re);
  if (!s.inner || s.anchored) return null;
  return { re: new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'y'), first: s.inner, codes: s.codes, veto: null, check: null, deep: deepOf(re) };
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
  // ids[offsets[pair]] … ids[offsets[pair + 1] - 1], and for each the finer check's first step (`looks`:
  // the rule's codes.pairs for these two characters; bit 1 = allowed by a code of one or two characters,
  // 2 and 4 = codes of three or four characters to look up), so that no rule's own table is read at a start
  private readonly offsets: Uint32Array;
  private readonly ids: Uint8Array;
  private readonly looks: Uint8Array;
  private readonly codes: CodeTable;
  private readonly cased: Uint8Array; // per rule: 1 when it does not ignore case
  private readonly lastEnd: Int32Array; // per list: where its last match ends (reset by each run)
  private readonly slotOf: Uint8Array;
  readonly lists: number;
  constructor(
    readonly rules: StartRule[],
    slots: number[] = rules.map((_, i) => i),
  ) {
    if (rules.length > 127) throw new Error('RuleSet: at most 127 rules'); // (a start's count of rules has 7 bits)
    this.codes = new CodeTable(rules);
    this.cased = Uint8Array.from(rules, (r) => (r.codes && !r.codes.ignoreCase ? 1 : 0));
    this.slotOf = Uint8Array.from(slots);
    this.lists = Math.max(0, ...slots) + 1;
    this.lastEnd = new Int32Array(this.lists);
    // the first step of the finer check: 0 leaves the pair out
    const look = (r: StartRule, c: number) => (!r.codes ? 1 : r.codes.pairs[r.codes.ignoreCase ? (lowerCode(c >> 7) << 7) | lowerCode(c & 127) : c]!);
    const counts = new Uint32Array(PAIRS + 1);
    for (const r of rules) for (let c = 0; c < PAIRS; c++) if (r.first[c] === 1 && look(r, c) !== 0) counts[c + 1]!++;
    for (let c = 0; c < PAIRS; c++) counts[c + 1]! += counts[c]!;
    this.offsets = counts;
    this.ids = new Uint8Array(counts[PAIRS]!);
    this.looks = new Uint8Array(counts[PAIRS]!);
    const fill = counts.slice(0, PAIRS);
    rules.forEach((r, i) => {
      for (let c = 0; c < PAIRS; c++)
        if (r.first[c] === 1 && look(r, c) !== 0) {
          this.looks[fill[c]!] = look(r, c);
          this.ids[fill[c]!++] = i;
        }
    });
  }

  /**
   * Each list's matches (in the order of `slots`); `enabled[r] === 0` leaves rule r out. `which`, when
   * given, gets the rule of each match of the lists it has an array for (which[l]).
   */
  run(text: string, starts: Int32Array, enabled?: Uint8Array, which?: number[][]): RegExpExecArray[][] {
    const { rules, slotOf } = this;
    const out: RegExpExecArray[][] = [];
    for (let l = 0; l < this.lists; l++) out.push([]);
    const lastEnd = this.lastEnd.fill(0);
    const n = text.length;
    const u = codeUnits(text);
    // the memo table in locals (`remember` may replace its arrays: they are read again after it)
    let memo = this.memo;
    let shift = this.memoShift;
    let pool = this.pool;
    for (let k = 0; k < starts.length; k++) {
      const p = starts[k]!;
      // the first four characters (7 bits each; 127: beyond ASCII, or past the end), never 0 at a word start
      // (read from the typed copy within the text; near its end charCodeAt, whose NaN past it would make
      // the key a float elsewhere)
      const key =
        p + 3 < n
          ? (((((ascii(u[p]!) << 7) | ascii(u[p + 1]!)) << 7) | ascii(u[p + 2]!)) << 7) | ascii(u[p + 3]!)
          : (((((code(text.charCodeAt(p)) << 7) | code(text.charCodeAt(p + 1))) << 7) | code(text.charCodeAt(p + 2))) << 7) | code(text.charCodeAt(p + 3));
      const mask = memo.length - 2;
      let h = (Math.imul(key, 0x9e3779b1) >>> shift) << 1;
      let x = memo[h]!;
      while (x !== key && x !== 0) x = memo[(h = (h + 2) & mask)]!;
      let v: number;
      if (x === key) v = memo[h + 1]!;
      else {
        v = this.remember(key);
        memo = this.memo;
        shift = this.memoShift;
        pool = this.pool;
      }
      if (v & DEEPER) {
        // some rule allowed wants more than four characters: the rules the first eight allow
        const key2 =
          p + 7 < n
            ? (((((ascii(u[p + 4]!) << 7) | ascii(u[p + 5]!)) << 7) | ascii(u[p + 6]!)) << 7) | ascii(u[p + 7]!)
            : (((((code(text.charCodeAt(p + 4)) << 7) | code(text.charCodeAt(p + 5))) << 7) | code(text.charCodeAt(p + 6))) << 7) | code(text.charCodeAt(p + 7));
        const memo2 = this.memo2;
        const mask2 = memo2.length - 4;
        let h2 = ((Math.imul(key ^ Math.imul(key2, 0x85ebca6b), 0x9e3779b1) >>> this.memo2Shift) << 2) & mask2;
        let y = memo2[h2 + 2]!;
        while (y !== 0 && (memo2[h2] !== key || memo2[h2 + 1] !== key2)) y = memo2[(h2 = (h2 + 4) & mask2) + 2]!;
        if (y !== 0) v = y;
        else {
          v = this.rememberDeep(key, key2, v);
          memo = this.memo;
          shift = this.memoShift;
          pool = this.pool;
        }
      }
      const count = v & 127;
      if (count === 0) continue;
      for (let j = (v >>> 7) & POOL_MASK, end = j + count; j < end; j++) {
        const r = pool[j]!;
        const l = slotOf[r]!;
        if (p < lastEnd[l]! || (enabled && enabled[r] === 0)) continue;
        const rule = rules[r]!;
        if (rule.check !== null && !rule.check(u, p, n)) continue;
        const re = rule.re;
        re.lastIndex = p;
        const m = re.exec(text);
        if (m) {
          out[l]!.push(m);
          if (which) which[l]?.push(r);
          lastEnd[l] = p + m[0].length;
        }
      }
    }
    return out;
  }

  // The rules the first four characters at a start allow (the pair lists and the finer check), worked
  // out once per distinct four characters and kept: a table from the four characters (packed, as
  // `run` computes them) to (offset in `pool` << 7) | count, each key beside its value (one cache line).
  private memo = new Int32Array(2 << 12);
  private memoShift = 32 - 12; // (2^12 slots)
  private memoSize = 0;
  private pool = new Uint8Array(1 << 12);
  private poolSize = 0;
  // the same for starts whose first four characters allow a rule with a `deep` test (DEEPER in the memo's
  // value): a table from the first four and the next four characters (packed the same way) to the rules
  // they allow; a slot is four integers (key, key2, value | ANY, unused), value 0 = an empty slot
  private memo2 = new Int32Array(4 << 10);
  private memo2Shift = 32 - 10;
  private memo2Size = 0;

  /** The rules allowed at a start whose first four characters are `key`, as `run` reads the table. */
  private remember(key: number): number {
    const c1 = key >>> 21;
    const c2 = (key >>> 14) & 127;
    const c3 = (key >>> 7) & 127;
    const c4 = key & 127;
    const { offsets, ids, looks, codes, cased } = this;
    const raw = c1 * 128 + c2;
    const lower2 = (lowerCode(c1) << 7) | lowerCode(c2);
    const lo3 = codes.find((lower2 << 7) | lowerCode(c3));
    const lo4 = codes.find((((lower2 << 7) | lowerCode(c3)) << 7) | lowerCode(c4));
    const raw3 = codes.find(((raw << 7) | c3) | CASED);
    const raw4 = codes.find(((((raw << 7) | c3) << 7) | c4) | CASED);
    const allowed: number[] = [];
    for (let i = offsets[raw]!, e = offsets[raw + 1]!; i < e; i++) {
      const r = ids[i]!;
      const look = looks[i]!;
      if ((look & 1) === 0) {
        const [three, four] = cased[r] === 0 ? [lo3, lo4] : [raw3, raw4];
        if (!(((look & 2) !== 0 && codes.allows(three, r)) || ((look & 4) !== 0 && codes.allows(four, r)))) continue;
      }
      if (this.rules[r]!.veto?.(key)) continue;
      allowed.push(r);
    }
    const v = this.listed(allowed) | (allowed.some((r) => this.rules[r]!.deep !== null) ? DEEPER : 0);
    if ((this.memoSize + 1) * 4 > this.memo.length) this.growMemo(); // (half the slots at most)
    this.insert(key, v);
    return v;
  }

  /** `allowed` added to the pool, as the memo's value: (offset << 7) | count. */
  private listed(allowed: number[]): number {
    // a table grown past 2^20 prefixes (or 2^23 rules listed: offsets stay below 2^30) is started again (a
    // guard for unusual texts)
    if (this.memoSize >= 1 << 20 || this.memo2Size >= 1 << 20 || this.poolSize + allowed.length > 1 << 23) {
      this.memo = new Int32Array(2 << 12);
      this.memoShift = 32 - 12;
      this.memoSize = 0;
      this.memo2 = new Int32Array(4 << 10);
      this.memo2Shift = 32 - 10;
      this.memo2Size = 0;
      this.poolSize = 0;
    }
    if (this.poolSize + allowed.length > this.pool.length) this.pool = widened(this.pool, Math.max(this.pool.length * 2, this.poolSize + allowed.length));
    const v = (this.poolSize << 7) | allowed.length;
    this.pool.set(allowed, this.poolSize);
    this.poolSize += allowed.length;
    return v;
  }

  /** The rules allowed at a start whose first four characters are `key` (memo value v) and next four `key2`. */
  private rememberDeep(key: number, key2: number, v: number): number {
    const cs = [key >>> 21, (key >>> 14) & 127, (key >>> 7) & 127, key & 127, key2 >>> 21, (key2 >>> 14) & 127, (key2 >>> 7) & 127, key2 & 127];
    // (a code of 127: a code unit ≥ 127, or past the text's end, where no character set's 127 or 128 allows it)
    const holds = (set: Uint8Array, c: number) => set[c] === 1 || (c === 127 && set[128] === 1);
    const allowed: number[] = [];
    for (let j = (v >>> 7) & POOL_MASK, end = j + (v & 127); j < end; j++) {
      const r = this.pool[j]!;
      const deep = this.rules[r]!.deep;
      if (deep === null || deep.some((sets) => sets.every((set, k) => holds(set, cs[k]!)))) allowed.push(r);
    }
    const v2 = this.listed(allowed) | ANY;
    if ((this.memo2Size + 1) * 8 > this.memo2.length) this.growMemo2(); // (half the slots at most)
    this.insert2(key, key2, v2);
    return v2;
  }

  private insert2(key: number, key2: number, v: number) {
    const memo2 = this.memo2;
    const mask2 = memo2.length - 4;
    let h = ((Math.imul(key ^ Math.imul(key2, 0x85ebca6b), 0x9e3779b1) >>> this.memo2Shift) << 2) & mask2;
    while (memo2[h + 2] !== 0) h = (h + 4) & mask2;
    memo2[h] = key;
    memo2[h + 1] = key2;
    memo2[h + 2] = v;
    this.memo2Size++;
  }

  private growMemo2() {
    const old = this.memo2;
    this.memo2 = new Int32Array(old.length * 2);
    this.memo2Shift--;
    this.memo2Size = 0;
    for (let h = 0; h < old.length; h += 4) if (old[h + 2] !== 0) this.insert2(old[h]!, old[h + 1]!, old[h + 2]!);
  }

  private insert(key: number, v: number) {
    const memo = this.memo;
    let h = (Math.imul(key, 0x9e3779b1) >>> this.memoShift) << 1;
    while (memo[h] !== 0) h = (h + 2) & (memo.length - 2);
    memo[h] = key;
    memo[h + 1] = v;
    this.memoSize++;
  }

  private growMemo() {
    const old = this.memo;
    this.memo = new Int32Array(old.length * 2);
    this.memoShift--;
    this.memoSize = 0;
    for (let h = 0; h < old.length; h += 2) if (old[h] !== 0) this.insert(old[h]!, old[h + 1]!);
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
    if (this.k > 0) {
      const prev = ms[this.k - 1]!;
      if (prev.index + prev[0].length > a) return null;
    }
    const m = ms[this.k];
    if (!m || m.index >= b) return false;
    return m.index + m[0].length <= b ? true : null;
  }
}
