// A person's name that another rule cut short: the word glued to it belongs to the name (branch people28,
// fresh-text audit of people). Spans only: no new person is found here.
import { canonicalOf } from '../gazetteer.ts';
import { TOKEN_CODES, type Tokens } from '../tokens.ts';
import { cleanCanonical } from './canonical.ts';
import { FACT_BITS } from './facts.ts';
import { dropFound, type Found, foundI, foundJ } from './found.ts';

const { GAP_HYPHEN, GAP_LINE, GAP_SPACE } = TOKEN_CODES;
const { F_AND, F_CAP, F_COMMA, F_GIVEN, F_SENTSTART } = FACT_BITS;
/** A capitalised word of letters ("Ann"), no acronym ("ISIS") and no initial ("A"). */
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * Widens a person's name over a word glued to it that the tables took apart:
 * - a first given name hyphened to the name's first word, where the tables lack it ("Ann-Marie Murphy" was
 *   "Marie Murphy", "Ann-Kathrin Schmidt" was "Kathrin Schmidt");
 * - a one-word place right after a name of two or more words: a surname that is also a town or a province
 *   ("Israel Daniel Paez Vargas", "Salvador Diaz Guerrero"), not a country ("… Ahmed Khan Pakistan" stays);
 * - a one-word place right before such a name that opens with a given name, where the place opens a list
 *   item or a sentence (after a comma, a semicolon, "and", a colon or at a line's start: "Israel Daniel Paez
 *   Vargas"), not after a preposition ("in Kabul Hamid Karzai" stays: the place is where).
 */
export function gluedNameParts(body: string, t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[]) {
  const n = t.n;
  const G = t.gap;
  const S = t.start;
  const E = t.end;
  const count = found.length;
  for (let x = 0; x < count; x++) {
    const f = found[x]!;
    if (f.type !== 'person' || f.canonical === '') continue;
    let i = foundI[x]!;
    let j = foundJ[x]!;
    const i0 = i;
    const j0 = j;
    // a hyphened first given name ("Ann-" of "Ann-Marie")
    if (i > 0 && G[i] === GAP_HYPHEN && S[i] === E[i - 1]! + 1 && body.charCodeAt(E[i - 1]!) === 45 && cover[i - 1]! < 0 && G[i - 1] !== GAP_HYPHEN && tc[i - 1]! & F_CAP && TITLE_WORD.test(body.slice(S[i - 1]!, E[i - 1]!))) i--;
    if (j > i0) {
      // a surname the tables know as a town or a province
      const q = j + 1;
      if (q < n && G[q] === GAP_SPACE && S[q] === E[j]! + 1 && onePlace(found, cover, q) && !(q + 1 < n && G[q + 1] !== GAP_LINE && tc[q + 1]! & F_CAP)) {
        dropFound(found, cover, cover[q]!);
        j = q;
      }
      // a place opening a list item or a sentence before a given name
      const p = i0 - 1;
      if (i === i0 && p >= 0 && G[i0] === GAP_SPACE && S[i0] === E[p]! + 1 && tc[i0]! & F_GIVEN && onePlace(found, cover, p, true) && (G[p] === GAP_LINE || (p > 0 && (tc[p - 1]! & (F_COMMA | F_AND | F_SENTSTART) || body.charCodeAt(S[p - 1]!) === 59)))) {
        dropFound(found, cover, cover[p]!);
        i = p;
      }
    }
    if (i === i0 && j === j0) continue;
    for (let k = i; k <= j; k++) cover[k] = x;
    foundI[x] = i;
    foundJ[x] = j;
    f.start = S[i]!;
    f.end = E[j]!;
    f.canonical = cleanCanonical(body.slice(f.start, f.end), 'person');
  }
}

/** A place mention of the one token q (a country too when `states`); a country is no surname after a name. */
function onePlace(found: Found[], cover: Int32Array, q: number, states = false): boolean {
  const y = cover[q]!;
  if (y < 0 || foundI[y] !== q || foundJ[y] !== q) return false;
  const g = found[y]!;
  return g.type === 'place' && g.canonical !== '' && (states || canonicalOf(g.canonical)?.kind !== 'state');
}
