// A normalised name as matching sees it: tokens, each with its transliteration group, its phonetic key
// and its weight (particles and generic words count less). Vocabulary from equivalences.json.
import vocab from './equivalences.json' with { type: 'json' };
import { normaliseName } from './normalise.ts';
import { phoneticKey } from './phonetic.ts';

export type TokenClass = 'normal' | 'generic' | 'particle';

export interface Token {
  text: string;
  /** The transliteration group's first spelling, or the token itself. */
  canon: string;
  /** Phonetic key (consonant skeleton), '' when the token is too short to have a useful one. */
  key: string;
  cls: TokenClass;
  weight: number;
  /** Whether the token has a digit (the phonetic and fuzzy rules pair no such token). */
  digits: boolean;
}

const GROUP_OF = new Map<string, string>();
for (const g of vocab.groups) for (const s of g) if (!GROUP_OF.has(s)) GROUP_OF.set(s, g[0]!);
const PARTICLES = new Set(vocab.particles);
const GENERIC = new Set(vocab.generic);
export const WEIGHTS = vocab.weights as Record<TokenClass, number>;

export function tokenClass(t: string): TokenClass {
  if (PARTICLES.has(t)) return 'particle';
  if (GENERIC.has(t) || GENERIC.has(GROUP_OF.get(t) ?? '')) return 'generic';
  return 'normal';
}

// Tokens and tokenised names are memoised: list names repeat across queries. Bounded: cleared when full.
const TOKEN_CACHE = new Map<string, Token>();
const NAME_CACHE = new Map<string, Token[]>();
const CACHE_MAX = 200_000;

export function makeToken(text: string): Token {
  let t = TOKEN_CACHE.get(text);
  if (t) return t;
  t = newToken(text);
  if (TOKEN_CACHE.size >= CACHE_MAX) TOKEN_CACHE.clear();
  TOKEN_CACHE.set(text, t);
  return t;
}

/** A token made anew, not memoised (for a holder that keeps its own, such as the key index). */
export function newToken(text: string): Token {
  const cls = tokenClass(text);
  return Object.freeze({ text, canon: GROUP_OF.get(text) ?? text, key: phoneticKey(text), cls, weight: WEIGHTS[cls], digits: /\d/.test(text) });
}

export function tokenise(name: string): Token[] {
  let ts = NAME_CACHE.get(name);
  if (ts) return ts;
  const n = normaliseName(name);
  ts = n ? n.split(' ').map(makeToken) : [];
  if (NAME_CACHE.size >= CACHE_MAX) NAME_CACHE.clear();
  NAME_CACHE.set(name, ts);
  return ts;
}

/** The transliteration group's first spelling of `t`, or `t` itself (a token's `canon`, without making the token). */
export function canonOf(t: string): string {
  return GROUP_OF.get(t) ?? t;
}

/** The spellings known to be equivalent to `t` (its group), for documentation and tests. */
export function equivalentsOf(t: string): string[] {
  const g = GROUP_OF.get(t);
  return g ? (vocab.groups.find((x) => x[0] === g) ?? [t]) : [t];
}
