// Canonical names: a title dropped, spacing and apostrophes, a lower-case last word capitalised.
import { canonicalOf } from '../gazetteer.ts';
import type { MentionType } from '../types.ts';
import { isS } from '../scan.ts';
import { DROP_TITLES } from './cues.ts';

/** `text.replace(/\s+/g, ' ').trim()` would change text. */
export function needsSpacing(text: string): boolean {
  const n = text.length;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c === 32) {
      if (k === 0 || k === n - 1 || text.charCodeAt(k + 1) === 32) return true;
    } else if (c <= 32 ? c >= 9 && c <= 13 : c > 127 && isS(c)) return true;
  }
  return false;
}

/** The first code units of the titles dropped from a person's name, in either case. */
const DROP_FIRST = new Set([...DROP_TITLES].flatMap((t) => [t.charCodeAt(0), t.toUpperCase().charCodeAt(0)]));

/**
 * A person's name without a leading title of DROP_TITLES ("Mullah Omar" → "Omar"): its first space-separated
 * part, in lower case, is looked up only when its first code unit can begin one (beyond ASCII, always).
 */
export function withoutTitle(s: string): string {
  const c = s.charCodeAt(0);
  if (c < 128 && !DROP_FIRST.has(c)) return s;
  const sp = s.indexOf(' ');
  const first = (sp < 0 ? s : s.slice(0, sp)).toLowerCase();
  return DROP_TITLES.has(first) ? s.slice(first.length).trim() : s;
}

/** Initials opening a name, with full stops or spaces or both ("L.K.Advani", "L.K Advani", "S A Basha"), before the name. */
const INITIALS = /^((?:\p{Lu}(?:\.\s?|\s)){1,3})(?=\p{Lu}\p{Ll})/u;
/** A person's name opened by initials, in one spelling: "L. K. Advani" for "L.K. Advani", "L.K Advani" and "L.K.Advani", "S. A. Basha" for "S A Basha" (holdout16). */
export function spacedInitials(s: string): string {
  const m = INITIALS.exec(s);
  return m ? `${[...m[1]!.replace(/[.\s]/g, '')].join('. ')}. ${s.slice(m[0].length)}` : s;
}

export function cleanCanonical(text: string, type: MentionType): string {
  let s = needsSpacing(text) ? text.replace(/\s+/g, ' ').trim() : text;
  if (type === 'person') {
    s = withoutTitle(s);
    // (the cheap test first: a capital letter and a full stop or a space open the name)
    const c = s.charCodeAt(0);
    if (c >= 65 && c <= 90 && (s.charCodeAt(1) === 46 || s.charCodeAt(1) === 32)) s = spacedInitials(s);
  }
  const c = canonicalOf(s);
  return c && c.type === type ? c.canonical : s;
}

/** The word up to its first apostrophe ("lashkar" of "lashkar’s"). */
export function beforeApostrophe(w: string): string {
  let k = w.indexOf("'");
  const k2 = w.indexOf('’');
  if (k < 0 || (k2 >= 0 && k2 < k)) k = k2;
  return k < 0 ? w : w.slice(0, k);
}

/**
 * The name with its last word capitalised if it is a lower-case word ("Indian army" → "Indian Army"): as
 * `s.replace(/ (\p{Ll})(\p{L}*)$/u, …)`, which can only match from the last space, since letters follow it.
 */
export function capitalisedLast(s: string): string {
  const p = s.lastIndexOf(' ');
  if (p < 0) return s;
  const m = LOWER_WORD.exec(s.slice(p + 1));
  return m ? `${s.slice(0, p)} ${m[1]!.toUpperCase()}${m[2]!}` : s;
}
const LOWER_WORD = /^(\p{Ll})(\p{L}*)$/u;
