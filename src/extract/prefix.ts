// Which first two characters can begin a match of a regular expression: a small reading of the
// expression (literals, classes, groups, alternatives, quantifiers, assertions) that errs on the side of
// "may match" whenever it meets something it does not model. scan.ts uses it to try the rule
// expressions (data/attribution.json, the date rules) only where they can start.

/** A set of characters: indexes 0–127 are ASCII code units; 128 stands for every code unit ≥ 128. */
type CharSet = Uint8Array;
/** One item of a prefix: a character, or a zero-width mark seen before the first character. */
type Item = CharSet | '^' | 'b';
type Prefix = Item[];

let K = 2; // prefix length in characters (2 for the pair tables, 4 for the finer check)
const chars = (p: Prefix) => p.reduce((n, x) => n + (typeof x === 'string' ? 0 : 1), 0);
const ANY = (): CharSet => new Uint8Array(129).fill(1);
const setOf = (codes: Iterable<number>): CharSet => {
  const s = new Uint8Array(129);
  for (const c of codes) s[c < 128 ? c : 128] = 1;
  return s;
};
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const DIGIT = range(48, 57);
const WORD = [...DIGIT, ...range(65, 90), ...range(97, 122), 95];
const SPACE = [9, 10, 11, 12, 13, 32, 128];
const NOT_WORD = [...range(0, 127).filter((c) => !WORD.includes(c)), 128];

class Reader {
  i = 0;
  constructor(
    readonly src: string,
    readonly ignoreCase: boolean,
  ) {}
  peek() {
    return this.src[this.i];
  }
  fail(): never {
    throw new Unmodelled();
  }
}
class Unmodelled extends Error {}

function caseFold(s: CharSet, r: Reader): CharSet {
  if (!r.ignoreCase) return s;
  for (let c = 65; c <= 90; c++) if (s[c] || s[c + 32]) s[c] = s[c + 32] = 1;
  return s;
}

/** The escape after a backslash (the reader is past it): a character set, or a mark. */
function escape(r: Reader, inClass: boolean): CharSet | 'b' | null {
  const e = r.src[r.i++];
  if (e === undefined) r.fail();
  switch (e) {
    case 'd':
      return setOf(DIGIT);
    case 'w':
      return setOf(WORD);
    case 's':
      return setOf(SPACE);
    case 'W':
      return setOf(NOT_WORD);
    case 'D':
    case 'S':
    case 'p':
    case 'P':
      if (e === 'p' || e === 'P') {
        if (r.peek() === '{') r.i = r.src.indexOf('}', r.i) + 1;
      }
      return ANY();
    case 'b':
      return inClass ? setOf([8]) : 'b';
    case 'B':
      return null; // a zero-width assertion that proves nothing
    case 'n':
      return setOf([10]);
    case 't':
      return setOf([9]);
    case 'r':
      return setOf([13]);
    case 'u':
    case 'x': {
      const m = e === 'x' ? /^[0-9a-fA-F]{2}/.exec(r.src.slice(r.i)) : /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\})/.exec(r.src.slice(r.i));
      if (!m) r.fail();
      r.i += m[0].length;
      return setOf([parseInt(m[0].replace(/[{}]/g, ''), 16)]);
    }
    default:
      if (/[1-9]/.test(e)) r.fail(); // a back-reference
      return setOf([e.charCodeAt(0)]);
  }
}

function charClass(r: Reader): CharSet {
  // the reader is past '['
  const negated = r.peek() === '^';
  if (negated) r.i++;
  const s = new Uint8Array(129);
  let prev = -1;
  while (r.peek() !== ']') {
    if (r.peek() === undefined) r.fail();
    let c: number;
    if (r.peek() === '\\') {
      r.i++;
      const e = escape(r, true);
      if (!(e instanceof Uint8Array)) r.fail();
      const single = e.reduce((n: number, x) => n + x, 0) === 1 ? e.indexOf(1) : -1;
      for (let k = 0; k < 129; k++) if (e[k]) s[k] = 1;
      if (single < 0 || single === 128) {
        prev = -1;
        continue;
      }
      c = single;
    } else c = r.src.charCodeAt(r.i++);
    if (r.peek() === '-' && prev < 0 && r.src[r.i + 1] !== ']' && r.src[r.i + 1] !== undefined) {
      // a range c-d
      r.i++;
      let d: number;
      if (r.peek() === '\\') {
        r.i++;
        const e = escape(r, true);
        if (!(e instanceof Uint8Array) || e.reduce((n: number, x) => n + x, 0) !== 1) r.fail();
        d = e.indexOf(1) === 128 ? 0xffff : e.indexOf(1);
      } else d = r.src.charCodeAt(r.i++);
      for (let k = c; k <= Math.min(d, 127); k++) s[k] = 1;
      if (d >= 128) s[128] = 1;
      prev = -1;
      continue;
    }
    s[c < 128 ? c : 128] = 1;
    prev = -1;
  }
  r.i++;
  // a negated class: any character it leaves out may come (an over-approximation is safe)
  return caseFold(negated ? ANY() : s, r);
}

/** Prefixes of an alternation, up to the closing ')' or the end. */
function alternation(r: Reader): Prefix[] {
  const out: Prefix[] = [];
  for (;;) {
    out.push(...sequence(r));
    if (r.peek() === '|') {
      r.i++;
      continue;
    }
    return out;
  }
}

function concat(a: Prefix[], b: Prefix[]): Prefix[] {
  const out: Prefix[] = [];
  for (const p of a) {
    const n0 = chars(p);
    if (n0 >= K) {
      out.push(p);
      continue;
    }
    for (const q of b) {
      const x: Prefix = [...p];
      let n = n0; // chars(x)
      for (const it of q) {
        if (n >= K) break;
        if (typeof it === 'string') {
          if (n > 0) continue; // marks after the first character prove nothing here
        } else n++;
        x.push(it);
      }
      out.push(x);
    }
    // (deepOf's reading, far into the expression, gives up where the alternatives multiply)
    if (K > 4 && out.length > 2048) throw new Unmodelled();
  }
  return dedupe(out);
}

// each character set's contents as a short number, worked out once per set (dedupe asks often when
// reading far): sets of the same contents have the same number
const setIds = new WeakMap<CharSet, number>();
const idOfContents = new Map<string, number>();
const keyOfSet = (x: CharSet) => {
  let k = setIds.get(x);
  if (k === undefined) {
    const c = x.join('');
    k = idOfContents.get(c);
    if (k === undefined) idOfContents.set(c, (k = idOfContents.size));
    setIds.set(x, k);
  }
  return k;
};

function dedupe(ps: Prefix[]): Prefix[] {
  const seen = new Map<string, Prefix>();
  for (const p of ps) seen.set(p.map((x) => (typeof x === 'string' ? x : keyOfSet(x))).join(','), p);
  return [...seen.values()];
}

function sequence(r: Reader): Prefix[] {
  let acc: Prefix[] = [[]];
  for (;;) {
    const c = r.peek();
    if (c === undefined || c === '|' || c === ')') return acc;
    let atom: Prefix[];
    if (c === '(') {
      r.i++;
      const look = /^\?(?:<?[=!])/.exec(r.src.slice(r.i));
      if (look) {
        r.i += look[0].length;
        alternation(r); // a lookaround: zero width, and what it demands is not modelled
        atom = [[]];
      } else {
        const named = /^\?(?::|<[A-Za-z_$][\w$]*>)/.exec(r.src.slice(r.i));
        if (named) r.i += named[0].length;
        else if (r.peek() === '?') r.fail();
        atom = alternation(r);
      }
      if (r.peek() !== ')') r.fail();
      r.i++;
    } else if (c === '[') {
      r.i++;
      atom = [[charClass(r)]];
    } else if (c === '\\') {
      r.i++;
      const e = escape(r, false);
      atom = e === null ? [[]] : e === 'b' ? [['b']] : [[caseFold(e, r)]];
    } else if (c === '^') {
      r.i++;
      atom = [['^']];
    } else if (c === '$') {
      r.i++;
      atom = [[]];
    } else if (c === '.') {
      r.i++;
      atom = [[ANY()]];
    } else if ('*+?{'.includes(c)) {
      r.fail();
    } else {
      r.i++;
      atom = [[caseFold(setOf([r.src.charCodeAt(r.i - 1)]), r)]];
    }
    // a quantifier: repetitions beyond K add no new prefix of K characters
    const q = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(r.src.slice(r.i));
    if (q) {
      r.i += q[0].length;
      const min = q[1] === '*' || q[1] === '?' ? 0 : q[1] === '+' ? 1 : Number(q[2]);
      const max = q[1] === '?' ? 1 : q[1] ? Infinity : q[3] ? (q[4] ? Number(q[4]) : Infinity) : Number(q[2]);
      let rep: Prefix[] = [[]];
      const alts: Prefix[] = [];
      for (let n = 0; n <= Math.min(max, K); n++) {
        if (n >= Math.min(min, K)) alts.push(...rep);
        rep = concat(rep, atom);
      }
      atom = dedupe(alts);
    }
    acc = concat(acc, atom);
  }
}

/**
 * The finer check at a word start: its first one to four characters (ASCII, lower-cased when the rule
 * ignores case), packed 7 bits each, must be one of `list` (scan.ts puts the codes of every rule of a set
 * in one table).
 */
export interface Codes {
  ignoreCase: boolean;
  /** per first two codes (c1 * 128 + c2): 1 = a code of one or two characters allows it; 2, 4 = look up codes of three, four */
  pairs: Uint8Array;
  /** the codes, of every length (their ranges do not overlap: a first character is never 0) */
  list: number[];
}

/** Where a rule's matches can begin, as tables over first-character pairs (see scan.ts, `FirstChars`). */
export interface Starts {
  /**
   * the pairs of first characters that can begin a match; null when a match may begin elsewhere than at a word start
   * (an alternative not led by `\b` and a word character) or an alternative may match nothing
   */
  inner: Uint8Array | null;
  /** some alternative is anchored with `^` */
  anchored: boolean;
  /** the finer check for word starts, when `inner` is not null */
  codes: Codes | null;
}

const PAIRS = 128 * 128;
const bucket = (c: number) => (c >= 127 ? 127 : c);

/** The first-character tables of `re`; every pair allowed when the expression is beyond this reading. */
export function startsOf(re: RegExp): Starts {
  const all = (): Starts => ({ inner: null, anchored: true, codes: null });
  if (re.flags.includes('m') || re.flags.includes('u') || re.flags.includes('v') || re.flags.includes('s')) return all();
  const prefixes = read(re, 2);
  if (!prefixes) return all();
  let inner: Uint8Array | null = new Uint8Array(PAIRS);
  let anchored = false;
  for (const p of prefixes) {
    const marks = p.filter((x) => typeof x === 'string');
    const sets = p.filter((x): x is CharSet => typeof x !== 'string');
    if (sets.length === 0) return all(); // may match the empty string
    const isAnchored = marks.includes('^');
    anchored ||= isAnchored;
    const bounded = marks.includes('b') && sets[0]!.every((v, c) => !v || WORD.includes(c));
    const second = sets[1] ?? ANY();
    for (let c1 = 0; c1 < 129; c1++) {
      if (!sets[0]![c1]) continue;
      for (let c2 = 0; c2 < 129; c2++) {
        if (!second[c2]) continue;
        if (inner && !isAnchored) inner[bucket(c1) * 128 + bucket(c2)] = 1;
      }
    }
    if (!isAnchored && !bounded) inner = null;
  }
  return { inner, anchored, codes: inner ? codesOf(re) : null };
}

function read(re: RegExp, k: number): Prefix[] | null {
  K = k;
  try {
    const r = new Reader(re.source, re.flags.includes('i'));
    const prefixes = alternation(r);
    return r.i === re.source.length ? prefixes : null;
  } catch (e) {
    if (e instanceof Unmodelled) return null;
    throw e;
  } finally {
    K = 2;
  }
}

/**
 * The first four characters of every alternative, as packed codes; an alternative whose characters
 * widen (a class of many, a character beyond ASCII) is cut before them, down to one character.
 */
function codesOf(re: RegExp): Codes | null {
  const prefixes = read(re, 4);
  if (!prefixes) return null;
  const ignoreCase = re.flags.includes('i');
  const all: number[] = [];
  const members = (cs: CharSet) => {
    const out = new Set<number>();
    for (let c = 0; c < 128; c++) if (cs[c]) out.add(ignoreCase && c >= 65 && c <= 90 ? c + 32 : c);
    return [...out];
  };
  for (const p of prefixes) {
    const cs = p.filter((x): x is CharSet => typeof x !== 'string');
    let codes = [0];
    let n = 0;
    for (const set of cs) {
      if (set[128] || set[127]) break;
      const m = members(set);
      if (n > 0 && codes.length * m.length > 512) break;
      codes = codes.flatMap((c) => m.map((x) => (c << 7) | x));
      n++;
    }
    if (n === 0) return null;
    all.push(...codes);
  }
  const pairs = new Uint8Array(128 * 128);
  for (const c of all) {
    if (c < 1 << 7) pairs.fill(1, c * 128, c * 128 + 128);
    else if (c < 1 << 14) pairs[c] = 1;
    else if (c < 1 << 21) pairs[c >> 7]! |= 2;
    else pairs[c >> 14]! |= 4;
  }
  return { ignoreCase, pairs, list: [...new Set(all)] };
}

/** How many first characters `deepOf` reads (the finer check reads four). */
export const DEEP = 8;

/**
 * What the first `DEEP` characters of a match can be, per alternative: its character sets in order (ASCII
 * code units, index 128 for every code unit ≥ 128; case folded when the rule ignores case), as many as
 * the reading gives, up to DEEP (an alternative that ends sooner has fewer). scan.ts tries a rule only
 * where some alternative's sets hold the text's characters. null when no alternative says more than the
 * finer check's four characters, or the reading gives too many alternatives to test.
 */
export function deepOf(re: RegExp): CharSet[][] | null {
  if (re.flags.includes('m') || re.flags.includes('u') || re.flags.includes('v') || re.flags.includes('s')) return null;
  const prefixes = read(re, DEEP);
  if (!prefixes || prefixes.length > 4096) return null;
  const out = prefixes.map((p) => p.filter((x): x is CharSet => typeof x !== 'string'));
  return out.some((p) => p.length > 4) ? out : null;
}
