// Full-name joins: a group's branch named with a place, national bodies named by a demonym.
import { canonicalOf } from '../gazetteer.ts';
import { TOKEN_CODES, type Tokens, words } from '../tokens.ts';
import { cleanCanonical } from './canonical.ts';
import { INSTITUTION, isApostrophe, stateOfDemonym } from './cues.ts';
import { FACT_BITS, isDemonym } from './facts.ts';
import { dropFound, type Found, foundI, foundJ } from './found.ts';
// (bit and code constants made this module's own: V8 folds a module's constants into its code, not imported ones)
const { GAP_HYPHEN, GAP_SPACE } = TOKEN_CODES;
const { F_CAP, F_DISTRICT, F_ORGLOWER, F_PLACELOWER, F_ROLE, F_SPEECH } = FACT_BITS;

/**
 * A group named in the hyphenated particle style ("Jamaat-e-Islami", "Tehrik-e-…") and a known place right
 * after it, ending the phrase, are one name: the group's branch there ("Jamaat-e-Islami Kashmir"). Not when
 * a capitalised word, a head noun or a verb of speech follows ("… Kashmir chief", "… India said": India speaks).
 */
export function chapterOf(body: string, t: Tokens, tc: Int32Array, found: Found[], cover: Int32Array, x: number) {
  const i = foundI[x]!;
  const j = foundJ[x]!;
  const q = j + 1;
  if (q >= t.n || t.gap[q] !== GAP_SPACE || cover[q]! < 0) return;
  const y = cover[q]!;
  const p = found[y]!;
  if (p.type !== 'place' || foundI[y] !== q || foundJ[y] !== q) return;
  let hyphen = false;
  for (let k = i + 1; k <= j; k++) if (t.gap[k] === GAP_HYPHEN && !(tc[k]! & F_CAP)) hyphen = true;
  if (!hyphen || tc[q + 1]! & (F_CAP | F_ORGLOWER | F_ROLE | F_PLACELOWER | F_DISTRICT | F_SPEECH)) return;
  const f = found[x]!;
  dropFound(found, cover, y);
  f.end = t.end[q]!;
  f.canonical = cleanCanonical(body.slice(f.start, f.end), 'organization');
  f.known = false;
  f.entity_id = null;
  foundJ[x] = q;
  cover[q] = x;
}

/** Token i follows a possessive's "s", a token of its own after the apostrophe ("Pakistan's Interior Ministry"): its owner ends at i - 2. */
const possessedAt = (body: string, t: Tokens, i: number) => i > 1 && words.raw[t.word[i - 1]!] === 's' && isApostrophe(body.charCodeAt(t.start[i - 1]! - 1));
/** A national body named without its country: a ministry ("Interior Ministry", "Ministry of Defence"), a national security council. */
const NATIONAL_BODY = /^(?:(.+) Ministry|Ministry of (the )?(.+)|(National Security Council))$/;
/** What NATIONAL_BODY needs (tested first: most names are not national bodies, and the expression backtracks). */
// (not the "Public Ministry", a prosecution service's name in Latin America and Europe, no portfolio; holdout20)
export const mayBeNationalBody = (c: string) => (c.endsWith(' Ministry') && c !== 'Public Ministry') || c.startsWith('Ministry of ') || c === 'National Security Council';
/**
 * A national body's canonical name says whose it is, in the standard form: "Pakistan's Interior Ministry" →
 * "Ministry of Interior (Pakistan)", "a Pakistani Foreign Ministry spokesman" → "Ministry of Foreign
 * Affairs (Pakistan)", "Afghanistan's National Security Council" → "National Security Council
 * (Afghanistan)". The state is the one named right before it (or its demonym), or "of <state>" after it;
 * for a ministry of "the country", the state named most so far. The same name elsewhere in the document,
 * without a state of its own, is the same body.
 */
export function nationalBodies(body: string, t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[]) {
  let owner: Map<string, string> | null = null;
  let open: number[] | null = null;
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    if (f.type !== 'organization' || f.known) continue;
    let name: string;
    let i = foundI[x]!;
    const j = foundJ[x]!;
    if (mayBeNationalBody(f.canonical)) {
      const m = NATIONAL_BODY.exec(f.canonical);
      if (!m) continue;
      // (the article as written: "Ministry of the Interior (France)", "Ministry of Interior (Cambodia)"; holdout11-13)
      name = m[4] ?? `Ministry of ${m[2] ?? ''}${m[1] === 'Foreign' || m[3] === 'Foreign' ? 'Foreign Affairs' : (m[1] ?? m[3])!}`;
    } else if (i < j && isDemonym(t, i) && INSTITUTION.test(body.slice(t.start[i + 1]!, f.end))) {
      // (a state's institution named after its demonym is the institution, the demonym no word of its name: "the
      // Polish Security Service" is "Security Service (Poland)"; holdout16, holdout20)
      name = body.slice(t.start[i + 1]!, f.end);
      f.start = t.start[i + 1]!;
      if (cover[i] === x) cover[i] = -1;
      foundI[x] = ++i; // (the demonym before it says whose it is, below)
    } else if (INSTITUTION.test(f.canonical)) name = f.canonical;
    else continue;
    let state: string | null = null;
    // (the state's possessive "s" is a token of its own: "Pakistan's Interior Ministry")
    const before = possessedAt(body, t, i) ? i - 2 : i - 1;
    const y = found.findIndex((g, k) => g.type === 'place' && g.canonical !== '' && foundJ[k] === before);
    if (y >= 0 && canonicalOf(found[y]!.canonical)?.kind === 'state') state = found[y]!.canonical;
    else if (i > 0 && isDemonym(t, i - 1)) state = stateOfDemonym(words.raw[t.word[i - 1]!]!) ?? null;
    else if (words.key[t.word[j + 1]!] === 'of') {
      const z = found.findIndex((g, k) => g.type === 'place' && g.canonical !== '' && foundI[k] === j + 2);
      if (z >= 0 && canonicalOf(found[z]!.canonical)?.kind === 'state') state = found[z]!.canonical;
    } else if (name !== 'National Security Council' && i >= 2 && /\bcountry['’]s $/.test(body.slice(Math.max(0, f.start - 12), f.start))) state = mostNamedState(found, x);
    f.canonical = name;
    if (state) {
      f.canonical = `${name} (${state})`;
      if (!owner?.has(name)) (owner ??= new Map()).set(name, f.canonical);
    } else (open ??= []).push(x);
  }
  if (owner && open) for (const x of open) found[x]!.canonical = owner.get(found[x]!.canonical) ?? found[x]!.canonical;
}
/** The state named most among the mentions before index `x` (the first named of those tied), or null. */
function mostNamedState(found: Found[], x: number): string | null {
  const count = new Map<string, number>();
  let best: string | null = null;
  for (let k = 0; k < x; k++) {
    const g = found[k]!;
    if (g.type !== 'place' || g.canonical === '' || canonicalOf(g.canonical)?.kind !== 'state') continue;
    const c = (count.get(g.canonical) ?? 0) + 1;
    count.set(g.canonical, c);
    if (best === null || c > count.get(best)!) best = g.canonical;
  }
  return best;
}

/** Last words of a body's unit's name ("Criminal Division", "Boston Field Office", "Counterterrorism Section"). */
const UNIT_HEADS = new Set(['Division', 'Office', 'Section', 'Branch', 'Directorate']);
/**
 * A unit named with the body it belongs to says whose it is, as "Name (Body)": "the Justice Department's Criminal
 * Division" → "Criminal Division (U.S. Department of Justice)", "the FBI's Boston Division" (was a place: a
 * place's name and "Division") → "Boston Division (FBI)", "San Juan Division of the Federal Bureau of
 * Investigation (FBI)" → "San Juan Division (FBI)". The body is named by the acronym the document gives it, else
 * by its canonical name. A unit named alone ("of the Criminal Division") stays as it is. (holdout16, holdout14)
 */
export function unitsOfBodies(body: string, t: Tokens, found: Found[]) {
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    // (a place so named may be known: "Boston" and an administrative division's head)
    if (f.canonical === '' || (f.type === 'organization' ? f.known : f.type !== 'place')) continue;
    const i = foundI[x]!;
    const j = foundJ[x]!;
    if (j === i || !UNIT_HEADS.has(words.raw[t.word[j]!]!)) continue;
    if (f.type === 'place' && words.raw[t.word[j]!] !== 'Division' && words.raw[t.word[j]!] !== 'Office') continue;
    let parent = -1;
    if (possessedAt(body, t, i)) parent = found.findIndex((g, k) => g.type === 'organization' && g.canonical !== '' && foundJ[k] === i - 2);
    else if (words.raw[t.word[j + 1]!] === 'of' && t.gap[j + 1] === GAP_SPACE) {
      const a = words.raw[t.word[j + 2]!] === 'the' ? j + 3 : j + 2;
      parent = found.findIndex((g, k) => g.type === 'organization' && g.canonical !== '' && foundI[k] === a);
    }
    if (parent < 0) continue;
    const p = found[parent]!;
    const acronym = found.find((g) => g.canonical === p.canonical && /^[A-Z]{2,6}$/.test(body.slice(g.start, g.end)));
    f.type = 'organization';
    f.known = false;
    f.entity_id = null;
    f.canonical = `${cleanCanonical(body.slice(f.start, f.end), 'organization')} (${acronym ? body.slice(acronym.start, acronym.end) : p.canonical})`;
  }
}
