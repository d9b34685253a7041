// Acronyms: initials of a body's name, acronyms of bodies learnt in the text, members around a name.
import { TOKEN_CODES, type Tokens, words } from '../tokens.ts';
import { isS } from '../scan.ts';
import { OFFICE_ACRONYMS } from './cues.ts';
import { FACT_BITS, moreByWord } from './facts.ts';
import { add, type Found, foundI, foundJ, sameAs } from './found.ts';
// (bit and code constants made this module's own: V8 folds a module's constants into its code, not imported ones)
const { GAP_HYPHEN, GAP_SPACE, W_DIGIT, W_UPPER, W_WORD } = TOKEN_CODES;
const { F_CAP, F_COMMA, F_LPAREN, F_NAME, F_RPAREN, F_THE, F_WORD, M_MEMBER, M_OF } = FACT_BITS;

export const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/** `[\s\-‐-―]`: white space, a hyphen or a dash (U+2010 to U+2015). */
const isDashOrSpace = (c: number) => c === 45 || (c >= 0x2010 && c <= 0x2015) || isS(c);

/**
 * The initials of a body's name — its capitalised words' first letters, the words split at white space and
 * dashes ("Russian Imperial Movement" → RIM), n of them read into LETTERS by initialsInto — as a number (each letter A–Z one base-27 digit, 1–26: equal
 * numbers, equal initials), or -1 when there are fewer than two or more than six, which no acronym
 * (acronymAt) spells.
 */
function initialsCode(n: number): number {
  return n >= 2 ? codeOfLetters(n) : -1;
}
/**
 * The initials of a body's name as initialsCode reads them, four to six, in alphabetical order, as a number; or
 * -1. (A name translated keeps its acronym's letters in another order: "Manuel Rodríguez Patriotic Front",
 * FPMR.)
 */
function sortedInitialsCode(n: number): number {
  return n >= 4 ? sortedCode(n) : -1;
}
/** The capitalised words' first letters of a name (`canonical`, or its text from a to b), in order, into LETTERS: their count, or -1 past six. */
function initialsInto(canonical: string, a = 0, b = canonical.length): number {
  let n = 0;
  let start = true;
  for (let p = a; p < b; p++) {
    const c = canonical.charCodeAt(p);
    const sep = isDashOrSpace(c);
    if (start && !sep && c >= 65 && c <= 90) {
      if (n === 6) return -1;
      LETTERS[n++] = c;
    }
    start = sep;
  }
  return n;
}
/** A word's capitals (four to six, A–Z only) in alphabetical order as a number, or -1. */
function sortedLettersCode(raw: string): number {
  if (raw.length < 4 || raw.length > 6) return -1;
  for (let p = 0; p < raw.length; p++) {
    const c = raw.charCodeAt(p);
    if (c < 65 || c > 90) return -1;
    LETTERS[p] = c;
  }
  return sortedCode(raw.length);
}
/** The letters sortedCode and codeOfLetters read (at most six; kept from call to call: no array and no sort's copy per call). */
const LETTERS = new Int32Array(6);
/** LETTERS[0 … n - 1] sorted (an insertion sort, in place) as a number. */
function sortedCode(n: number): number {
  for (let k = 1; k < n; k++) {
    const c = LETTERS[k]!;
    let p = k;
    while (p > 0 && LETTERS[p - 1]! > c) {
      LETTERS[p] = LETTERS[p - 1]!;
      p--;
    }
    LETTERS[p] = c;
  }
  return codeOfLetters(n);
}
/** A word's letters as initialsCode gives them (capitals A–Z only, two to six), or -1. */
function lettersCode(raw: string): number {
  if (raw.length < 2 || raw.length > 6) return -1;
  let code = 0;
  for (let p = 0; p < raw.length; p++) {
    const c = raw.charCodeAt(p);
    if (c < 65 || c > 90) return -1;
    code = code * 27 + (c - 64);
  }
  return code;
}

/**
 * An acronym the document gives a body in apposition ("Russia's Federal Security Service, the FSB", "the
 * Russian Imperial Movement – also known as RIM –"), or one spelt by the initials of a body it names
 * ("Jemaah Islamiah" … "the JI"), is that body wherever it stands, before or after the full name and in
 * other sentences: a mention where nothing else is, the body's canonical name where only the acronym was.
 */
export function acronymsOfBodies(body: string, t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[]) {
  // (the text's acronyms first: most texts have few, some none, and only they are looked up below)
  let acronyms: number[] | null = null;
  for (let x = 0; x < t.nOpens; x++) {
    const k = t.opens[x]!;
    if (words.flags[t.word[k]!]! & W_UPPER && acronymAt(t, k)) (acronyms ??= []).push(k);
  }
  if (!acronyms) return;
  // (the initials wanted: the acronyms' letters; a body's initials are worked out only when some can match)
  let wanted: Set<number> | null = null;
  let wantedSorted: Set<number> | null = null;
  for (const k of acronyms) {
    const raw = words.raw[t.word[k]!]!;
    const c = lettersCode(raw);
    if (c >= 0) (wanted ??= new Set()).add(c);
    const d = sortedLettersCode(raw);
    if (d >= 0) (wantedSorted ??= new Set()).add(d);
  }
  const n = t.n;
  let byWord: Map<number, Found> | null = null;
  // (by initialsCode: no string built per body)
  let byInitials: Map<number, Found | null> | null = null;
  // (and by sortedInitialsCode, for an acronym of four letters or more of a name translated)
  let bySorted: Map<number, Found | null> | null = null;
  let typed: Map<number, Found> | null = null;
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    if (f.type !== 'organization' || f.canonical === '') continue;
    // (an acronym typed a body in one place is that body in every other: "a member of the YPG" … "the YPG")
    if (foundI[x] === foundJ[x]) {
      const q = foundI[x]!;
      if (!f.known && acronymAt(t, q) && !typed?.has(t.word[q]!)) (typed ??= new Map()).set(t.word[q]!, f);
      continue;
    }
    // (the name's initials read once for both codes: the sorted code sorts LETTERS in place, so it comes second)
    const nIni = wanted || wantedSorted ? initialsInto(f.canonical) : -1;
    const ini = wanted ? initialsCode(nIni) : -1;
    const sorted = wantedSorted ? sortedInitialsCode(nIni) : -1;
    if (ini >= 0 && wanted!.has(ini)) byInitials = bodyByCode(byInitials, ini, f);
    if (sorted >= 0 && wantedSorted!.has(sorted)) bySorted = bodyByCode(bySorted, sorted, f);
    // (and of the name as written where the body is named otherwise: "Autodefensas Unidas de Colombia", listed as
    // "United Self-Defense Forces of Colombia", is the AUC; holdout17)
    // (read in the body, no slice made: branch speed29)
    if (wanted && f.known && (f.end - f.start !== f.canonical.length || !body.startsWith(f.canonical, f.start))) {
      // (three letters at least: two are too easily another thing's, "SC/11461" a document's symbol)
      const k = initialsInto(body, f.start, f.end);
      const w = k >= 3 ? initialsCode(k) : -1;
      if (w >= 0 && w !== ini && wanted.has(w)) byInitials = bodyByCode(byInitials, w, f);
    }
    const j = foundJ[x]!;
    let q = j + 1;
    const comma = (tc[q]! & F_COMMA) !== 0;
    if (comma) q++;
    let a = -1;
    if (words.key[t.word[q]!] === 'also' && words.key[t.word[q + 1]!] === 'known' && words.key[t.word[q + 2]!] === 'as') a = q + 3;
    // (in apposition after a comma, opening with the name's first letter and sharing another with it, in order:
    // "Russia's Federal Security Service, the FSB"; not the next item of a list, "the Awami League, the ANC and …")
    else if (comma && (tc[q]! & (F_THE | F_CAP)) === F_THE && q + 1 < n && appositeAcronym(words.raw[t.word[q + 1]!]!, f.canonical)) a = q + 1;
    // (or in brackets, the name found by evidence after the pass over brackets, its acronym of the name in another
    // language: "the Workers' Youth League (AUF)", "the ANC's Umkhonto we Sizwe (MK)"; or the name in brackets after
    // the acronym: "the FDLR [Democratic Forces for the Liberation of Rwanda]"; branch orgs1)
    if (a < 0) {
      a = acronymBracketed(t, tc, foundI[x]!, j);
      // (an acronym of the name in another language shares two letters with it at least, in order: AUF and
      // "Workers' Youth League" (Arbeidernes ungdomsfylking), MK and "Umkhonto we Sizwe"; not "(QZX)")
      if (a >= 0 && lettersInOrder(words.raw[t.word[a]!]!, f.canonical) < 2) a = -1;
    }
    if (a < 0 || a >= n || !acronymAt(t, a) || (a > j && tc[a + 1]! & F_NAME && t.gap[a + 1] === GAP_SPACE)) continue;
    (byWord ??= new Map()).set(t.word[a]!, f);
  }
  if (!byWord && !byInitials && !typed && !bySorted) return;
  for (const k of acronyms) {
    const w = t.word[k]!;
    const said = byWord?.get(w);
    const f = said ?? (byInitials ? byInitials.get(lettersCode(words.raw[w]!)) : undefined) ?? (bySorted ? bySorted.get(sortedLettersCode(words.raw[w]!)) : undefined) ?? typed?.get(w);
    if (!f) continue;
    const y = cover[k]!;
    if (y < 0) add(sameAs(f, t.start[k]!, t.end[k]!), k, k);
    else if (
      found[y]!.type === 'organization' &&
      foundI[y] === k &&
      foundJ[y] === k &&
      // (or known as another body, when the document says which it is: "Harakat Sawa'd Misr – also known as
      // HASM –", not the list's entry "HASM")
      ((!found[y]!.known && found[y]!.canonical === words.raw[w]) || (said && found[y]!.known && found[y]!.canonical !== '' && !sharesNameWord(found[y]!.canonical, f.canonical)))
    ) {
      found[y]!.canonical = f.canonical;
      found[y]!.entity_id = f.entity_id;
      found[y]!.known = f.known;
    } else if (said && !f.known && f.canonical !== '' && found[y]!.type === 'organization' && found[y]!.known && found[y]!.canonical !== '' && foundI[y] === k && foundJ[y] === k && sharesNameWord(found[y]!.canonical, f.canonical, true)) {
      // (a known body's acronym and the name the document gives it, found by evidence, are one body, named as the
      // text names it: "the FDLR [Democratic Forces for the Liberation of Rwanda]", listed as "Forces
      // Democratiques de Liberation du Rwanda")
      const g = found[y]!;
      const was = f.canonical;
      for (const h of found) if (h.type === 'organization' && !h.known && h.canonical === was) {
        h.canonical = g.canonical;
        h.entity_id = g.entity_id;
        h.known = true;
      }
    }
  }
}

/** The map (made when null) with body f under its initials' code; two bodies of the same code: neither (null). */
function bodyByCode(map: Map<number, Found | null> | null, code: number, f: Found): Map<number, Found | null> {
  map ??= new Map();
  const g = map.get(code);
  if (g === undefined) map.set(code, f);
  else if (g && g.canonical !== f.canonical) map.set(code, null);
  return map;
}
/** An acronym that may stand in apposition to a body's name: its first letter the name's, two of its letters in the name in order. */
function appositeAcronym(acronym: string, name: string): boolean {
  return acronym.charCodeAt(0) === name.toUpperCase().charCodeAt(0) && lettersInOrder(acronym, name) >= 2;
}
/** How many of the acronym's letters stand in the name, in order (case aside, each after the one before). */
function lettersInOrder(acronym: string, name: string): number {
  const lower = name.toLowerCase();
  let from = 0;
  let n = 0;
  for (const c of acronym.toLowerCase()) {
    const k = lower.indexOf(c, from);
    if (k < 0) continue;
    n++;
    from = k + 1;
  }
  return n;
}
/** The token of an acronym alone in brackets right after tokens i..j ("X (ACR)"), or right before them and their brackets ("ACR [X]", "ACR (X)"), or -1. */
function acronymBracketed(t: Tokens, tc: Int32Array, i: number, j: number): number {
  if (j + 3 < t.n && tc[j + 1]! & F_LPAREN && tc[j + 3]! & F_RPAREN) return j + 2;
  if (i < 2 || j + 1 >= t.n) return -1;
  const open = words.raw[t.word[i - 1]!];
  const close = words.raw[t.word[j + 1]!];
  return (open === '[' && close === ']') || (tc[i - 1]! & F_LPAREN && tc[j + 1]! & F_RPAREN) ? i - 2 : -1;
}

/**
 * Two names share a word of three letters or more ("Tehrik-i-Taliban Pakistan", "Tehreek-e-Taliban Pakistan"; not
 * "GIA", "Armed Islamic Group"); with `linkWordsAside`, a word that is not a link word ("the", "for": LINK_WORDS).
 */
export function sharesNameWord(a: string, b: string, linkWordsAside = false): boolean {
  const mine = nameWords(a);
  // (a word of b that is no link word and is one of a's: the same word of a is no link word either)
  for (const w of nameWords(b)) if (!(linkWordsAside && LINK_WORDS.has(w)) && mine.includes(w)) return true;
  return false;
}
/** The words that link a name's words, no name word of their own ("Movement for Unity and Jihad"). */
const LINK_WORDS = new Set(['the', 'and', 'for', 'des', 'del', 'los', 'las', 'wal']);
const NOT_NAME_CHARS = /[^\p{L}\p{N}]+/u;
/**
 * A name's words of three letters or more, lower-cased, kept by name for the process (the same canonicals are
 * compared again in every document: the split was a fifth of a pass's expression executions; branch speed23).
 * Cleared when it holds `NAME_WORDS_MAX` names (a guard for long runs over many names).
 */
const NAME_WORDS_MAX = 4096;
const nameWordsOf = new Map<string, readonly string[]>();
function nameWords(s: string): readonly string[] {
  let ws = nameWordsOf.get(s);
  if (ws === undefined) {
    if (nameWordsOf.size >= NAME_WORDS_MAX) nameWordsOf.clear();
    ws = s.toLowerCase().split(NOT_NAME_CHARS).filter((w) => w.length >= 3);
    nameWordsOf.set(s, ws);
  }
  return ws;
}

/**
 * Token q is an acronym: two to eight capitals ("FRODEBU", "MINUSMA"; no lower-case letter, no digit), not in a line of capitals, not an
 * office's (PM, SSP), not a clock time's AM or PM after its number ("at 10 AM": no body's initials, Al-Manar's).
 */
export function acronymAt(t: Tokens, q: number): boolean {
  const w = t.word[q]!;
  const len = t.end[q]! - t.start[q]!;
  if (len < 2 || len > 8 || (words.flags[w]! & (W_UPPER | W_DIGIT)) !== W_UPPER || OFFICE_ACRONYMS.has(words.raw[w]!)) return false;
  if (len === 2 && q > 0 && words.flags[t.word[q - 1]!]! & W_DIGIT && (words.raw[w] === 'AM' || words.raw[w] === 'PM')) return false;
  // (a headline or a letterhead in capitals: the words beside it are capitals too)
  return !capitalsWordAt(t, q - 1) && !capitalsWordAt(t, q + 1);
}
/**
 * Token r is a word of two or more capitals. (A module function, not a closure in acronymAt: run through
 * tsx, whose esbuild keeps names, every closure made costs a `defineProperty` call.)
 */
function capitalsWordAt(t: Tokens, r: number): boolean {
  return r >= 0 && r < t.n && (words.flags[t.word[r]!]! & (W_UPPER | W_WORD)) === (W_UPPER | W_WORD) && t.end[r]! - t.start[r]! > 1;
}

/** A lower-case member noun ("agents", "leaders", "members", "head") at token q. */
const memberAt = (t: Tokens, tc: Int32Array, q: number) => q >= 0 && q < t.n && (tc[q]! & (F_WORD | F_CAP)) === F_WORD && (moreByWord[t.word[q]!]! & M_MEMBER) !== 0;

/**
 * The name si..sj has people, by the text: a member noun after it (after a possessive too: "FSB agents",
 * "RIM's leaders", a line break between: "ATF\nmembers"), or before "of" and it ("members of the YPG",
 * "head of FSB").
 */
export function membersAround(t: Tokens, tc: Int32Array, si: number, sj: number): boolean {
  let q = sj + 1;
  // (the possessive's "s": the apostrophe is no token)
  if (q < t.n && t.start[q] === t.end[sj]! + 1 && t.end[q] === t.start[q]! + 1 && words.key[t.word[q]!] === 's') q++;
  if (q < t.n && t.gap[q] !== GAP_HYPHEN && memberAt(t, tc, q)) return true;
  let p = si - 1;
  if ((tc[p]! & (F_THE | F_CAP)) === F_THE) p--;
  return p >= 1 && (moreByWord[t.word[p]!]! & M_OF) !== 0 && memberAt(t, tc, p - 1);
}

/** LETTERS[0 … n - 1] as a number, each letter A–Z one base-27 digit (1–26). */
function codeOfLetters(n: number): number {
  let code = 0;
  for (let k = 0; k < n; k++) code = code * 27 + (LETTERS[k]! - 64);
  return code;
}
