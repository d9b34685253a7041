// Two names joined by a slash and given one acronym in brackets are one body, as the State Department names some
// designated groups: "Communist Party of the Philippines/New People's Army (CPP/NPA)" (holdout15),
// "Harakat ul-Jihad-i-Islami/Bangladesh (HUJI-B)" (holdout17).
import { type Tokens, words } from '../tokens.ts';
import { add, dropFound, type Found, foundI, foundJ, mention, renamed, sameAs } from './found.ts';
import { tokenAt } from './context.ts';
import { ORG_HEADS } from './cues.ts';
import { cleanCanonical } from './canonical.ts';

/** Capitals (and digits, hyphens) in two or more parts joined by slashes: "DHKP/C", "CPP/NPA". */
const SLASHED_ACRONYM = /^[A-Z][A-Z0-9-]*(?:\/[A-Z][A-Z0-9-]*)+$/;
/** Whether a mention covers any of tokens i..j. */
function coveredAny(cover: Int32Array, i: number, j: number): boolean {
  for (let q = i; q <= j; q++) if (cover[q]! >= 0) return true;
  return false;
}
/** The slashed acronym `raw` is a mention of the body wherever it stands as whole tokens that no mention covers. */
function acronymEverywhere(body: string, t: Tokens, cover: Int32Array, raw: string, whole: Found) {
  for (let p = body.indexOf(raw); p >= 0; p = body.indexOf(raw, p + raw.length)) {
    const i = tokenAt(t, p, 'start');
    const j = tokenAt(t, p + raw.length, 'end');
    if (i < 0 || j < 0 || coveredAny(cover, i, j)) continue;
    add(sameAs(whole, p, p + raw.length), i, j);
  }
}

/** Token q is a slash glued to the words on both sides. */
const slashAt = (t: Tokens, q: number) => q + 1 < t.n && t.gap[q] === 0 && t.gap[q + 1] === 0 && words.raw[t.word[q]!] === '/';

/** The mention that covers exactly tokens i..j, or -1. */
function exactly(cover: Int32Array, i: number, j: number): number {
  const y = cover[i]!;
  return y >= 0 && foundI[y] === i && foundJ[y] === j ? y : -1;
}

/**
 * A body's name, a glued slash and a body's or a place's name, then its acronym in brackets: one body named by
 * the whole ("Communist Party of the Philippines/New People's Army"). The acronym in the brackets — one mention
 * ("HUJI-B") or two joined by a slash ("CPP/NPA") — is that body wherever it stands.
 */
export function slashedBodies(body: string, t: Tokens, cover: Int32Array, found: Found[]) {
  if (!body.includes('/')) return;
  const n = t.n;
  let pairs: Map<string, Found> | null = null; // "CPP\u0000NPA" → the body
  let acronyms: Map<string, Found> | null = null; // canonical of the bracket's one mention → the body
  const count = found.length;
  for (let x = 0; x < count; x++) {
    // (the slash first, read in the token arrays: most mentions have none after them; branch speed29)
    const j = foundJ[x]!;
    if (j + 2 >= n || !slashAt(t, j + 1)) continue;
    const f = found[x]!;
    if (f.type !== 'organization' || f.canonical === '') continue;
    const y = cover[j + 2]!;
    // (or a body's head word alone after the slash: "Revolutionary People's Liberation Party/Front (DHKP/C)"; holdout19)
    const head = y < 0 && ORG_HEADS.has(words.lower[t.word[j + 2]!]!) && words.raw[t.word[j + 2]!]!.charCodeAt(0) <= 90;
    if (!head && (y < 0 || foundI[y] !== j + 2 || found[y]!.canonical === '' || (found[y]!.type !== 'organization' && found[y]!.type !== 'place'))) continue;
    const e = head ? j + 2 : foundJ[y]!;
    const wholeEnd = t.end[e]!;
    // (the brackets right after: the acronym, one mention or two joined by a slash, and nothing else)
    const open = e + 1;
    if (open + 2 >= n || words.raw[t.word[open]!] !== '(' || t.gap[open] === 0) continue;
    let close = open + 1;
    while (close < n && close - open <= 4 && words.raw[t.word[close]!] !== ')') close++;
    if (close >= n || words.raw[t.word[close]!] !== ')') continue;
    const one = exactly(cover, open + 1, close - 1);
    const two = close - open === 4 && slashAt(t, open + 2) ? [exactly(cover, open + 1, open + 1), exactly(cover, open + 3, open + 3)] : null;
    // (or capitals joined by a slash that no mention covers: "DHKP/C")
    const raw = body.slice(t.start[open + 1]!, t.end[close - 1]!);
    const plain = one < 0 && !(two && two[0]! >= 0 && two[1]! >= 0) && SLASHED_ACRONYM.test(raw) && !coveredAny(cover, open + 1, close - 1);
    if (!(one >= 0 && found[one]!.type === 'organization') && !(two && two[0]! >= 0 && two[1]! >= 0) && !plain) continue;
    const i = foundI[x]!;
    const whole = mention(f.start, wholeEnd, 'organization', cleanCanonical(body.slice(f.start, wholeEnd), 'organization'), null, false);
    dropFound(found, cover, x);
    if (!head) dropFound(found, cover, y);
    add(whole, i, e);
    if (plain) acronymEverywhere(body, t, cover, raw, whole);
    else if (one >= 0) (acronyms ??= new Map()).set(found[one]!.canonical, whole);
    else (pairs ??= new Map()).set(`${found[two![0]!]!.canonical}\u0000${found[two![1]!]!.canonical}`, whole);
  }
  if (!pairs && !acronyms) return;
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    if (f.type !== 'organization' || f.canonical === '') continue;
    const was = acronyms?.get(f.canonical);
    if (was) {
      renamed(f, was);
      continue;
    }
    // (two acronyms joined by a slash: one mention of the body)
    const j = foundJ[x]!;
    if (!pairs || !slashAt(t, j + 1) || j + 2 >= n) continue;
    const y = cover[j + 2]!;
    if (y < 0 || foundI[y] !== j + 2 || found[y]!.type !== 'organization') continue;
    const to = pairs.get(`${f.canonical}\u0000${found[y]!.canonical}`);
    if (!to) continue;
    const i = foundI[x]!;
    const e = foundJ[y]!;
    const m = mention(f.start, found[y]!.end, 'organization', to.canonical, null, false);
    dropFound(found, cover, x);
    dropFound(found, cover, y);
    add(m, i, e);
  }
}
