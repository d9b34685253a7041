// Venues and plural heads: venue names ("Westgate shopping mall"), "the Departments of Justice and the Treasury".
import { foldToken } from '../fold.ts';
import { canonicalOf } from '../gazetteer.ts';
import { TOKEN_CODES, type Tokens, words } from '../tokens.ts';
import { PLURAL_HEADS } from './cues.ts';
import { FACT_BITS, moreByWord } from './facts.ts';
import { type Add, type Found, foundI, foundJ, mention, sameAs } from './found.ts';
// (bit and code constants made this module's own: V8 folds a module's constants into its code, not imported ones)
const { GAP_HYPHEN, GAP_LINE, GAP_SPACE } = TOKEN_CODES;
const { F_AND, F_CAP, F_COMMA, F_CONN, F_GIVEN, F_NAME, F_PLACELOWER, F_PLACEPREP, F_ROLE, F_SENTSTART, F_SPEECH, F_STOP, F_THE, F_TIME, F_TITLE, F_WORD, M_ADJECTIVE, M_COMPASS, M_DEMONYM, M_VENUE, M_VENUEMOD, M_VERBAFTER } = FACT_BITS;

/** Heads of bodies named by the place where they sit ("High Commission in Dhaka"; folded keys). */
export const MISSION_HEADS = new Set(['Commission', 'Mission'].map(foldToken));
/** Organisation heads that name a building, a venue after a preposition of place (folded keys). */
export const BUILDING_HEADS = new Set(['Centre', 'Center', 'College', 'University', 'School', 'Club', 'Academy'].map(foldToken));
/**
 * Heads of a building's or a site's name that no person's name ends in (folded keys): "Bardo Museum", "Ambassador
 * Hotel" are places, never people (branch wild3; "Soledad Prison", branch people28; words that are also surnames,
 * "Temple", "Church", "Palace", are not here).
 */
export const FACILITY_HEADS = new Set(['Hotel', 'Motel', 'Building', 'Hospital', 'Museum', 'Mosque', 'Masjid', 'Cathedral', 'Synagogue', 'Stadium', 'Airport', 'Cemetery', 'Graveyard', 'Bazaar', 'Mall', 'Ballroom', 'Embassy', 'Consulate', 'Cinema', 'Mandir', 'Gurdwara', 'Dargah', 'Base', 'Prison', 'Jail', 'Penitentiary'].map(foldToken));
/**
 * Words of a faith or a denomination, which qualify a place of worship without naming it: "the Catholic church", "a
 * Shi'ite mosque", "the Sufi shrine" (folded keys; branch wild24).
 */
export const FAITH_WORDS = new Set(['Catholic', 'Protestant', 'Orthodox', 'Anglican', 'Methodist', 'Baptist', 'Lutheran', 'Presbyterian', 'Pentecostal', 'Evangelical', 'Coptic', 'Christian', 'Muslim', 'Islamic', 'Sunni', 'Shia', "Shi'a", 'Shiite', "Shi'ite", 'Sufi', 'Ahmadi', 'Ahmadiyya', 'Alawite', 'Ismaili', 'Hindu', 'Sikh', 'Buddhist', 'Jewish', 'Jain', 'Zoroastrian', 'Mormon', 'Armenian', 'Maronite', 'Chaldean', 'Assyrian'].map(foldToken));
/** Prepositions of place before a building's name (as written). */
export const LOCATIVE = new Set(['at', 'outside', 'inside', 'near', 'into', 'behind']);
/** Plural place heads (lower case). */
export const PLURAL_PLACE_HEADS = new Set(['provinces', 'districts', 'regions', 'counties', 'states']);
/** Verbs whose object is an attack's target, a venue (as written). */
const ATTACK_VERBS = new Set(['attacked', 'stormed', 'bombed', 'raided', 'targeted', 'besieged']);
/** Nouns of an attack "on" its target (lower case). */
const ATTACK_NOUNS = new Set(['attack', 'attacks', 'assault', 'raid', 'siege', 'bombing', 'strike']);
/** A school's heads: after "at" alone such a name is the institution (studied, taught, worked at it), a place only where an attack was at it. */
export const SCHOOL_HEADS = new Set(['University', 'College', 'Academy'].map(foldToken));
/** Words of an attack, besides ATTACK_VERBS and ATTACK_NOUNS, that make "at X" the place where it was. */
const ATTACK_AT = new Set(['shooting', 'massacre', 'blast', 'explosion', 'gunmen', 'gunman', 'bomber', 'bombers', 'hostage', 'hostages']);
/**
 * "an attack at X", "Gunmen stormed dormitories at X": a word of an attack among the six words before "at"
 * (token p), in its sentence.
 */
export function attackAtBefore(t: Tokens, tc: Int32Array, p: number): boolean {
  for (let q = p - 1; q >= 0 && q >= p - 6; q--) {
    const w = words.lower[t.word[q]!]!;
    if (ATTACK_NOUNS.has(w) || ATTACK_VERBS.has(w) || ATTACK_AT.has(w)) return true;
    if (tc[q]! & F_SENTSTART || t.gap[q] === GAP_LINE) return false;
  }
  return false;
}
/** Verbs of an attack on a building in the passive, after "was"/"were": ATTACK_VERBS and more. */
const ATTACKED = new Set([...ATTACK_VERBS, 'seized', 'occupied', 'hit', 'struck', 'torched', 'shelled', 'overrun']);
/** After the name ending at token e (and "in" and a place), "was" or "were" and a verb of an attack: "the Saudi Embassy in Khartoum was stormed". */
export function attackedAfter(t: Tokens, cover: Int32Array, found: Found[], e: number): boolean {
  let q = e + 1;
  if (q + 1 < t.n && words.raw[t.word[q]!] === 'in' && cover[q + 1]! >= 0 && found[cover[q + 1]!]!.type === 'place') q = foundJ[cover[q + 1]!]! + 1;
  if (q + 1 >= t.n || (words.raw[t.word[q]!] !== 'was' && words.raw[t.word[q]!] !== 'were')) return false;
  return ATTACKED.has(words.raw[t.word[q + 1]!]!);
}
/** The name at token a is an attack's object: "attacked the X", "an attack on the X". */
export function attackTargetAt(t: Tokens, tc: Int32Array, a: number): boolean {
  const p = tc[a - 1]! & F_THE && !(tc[a - 1]! & F_CAP) ? a - 2 : a - 1;
  if (p < 0) return false;
  const w = words.raw[t.word[p]!]!;
  return ATTACK_VERBS.has(w) || (w === 'on' && p > 0 && ATTACK_NOUNS.has(words.lower[t.word[p - 1]!]!));
}
/** Words for a part of a building, before "of the" and its name: "the headquarters of the Russian Embassy". */
const BUILDING_PARTS = new Set(['headquarters', 'building', 'compound', 'premises', 'gate', 'gates', 'entrance']);
/**
 * The name at token a is named as a part's building that is an attack's object or after a preposition of place:
 * "the attack on the headquarters of the Russian Embassy", "outside the gates of the X" (wild15).
 */
export function partOfTarget(t: Tokens, tc: Int32Array, a: number): boolean {
  const p = tc[a - 1]! & F_THE && !(tc[a - 1]! & F_CAP) ? a - 2 : a - 1;
  if (p < 2 || words.raw[t.word[p]!] !== 'of' || !BUILDING_PARTS.has(words.raw[t.word[p - 1]!]!)) return false;
  return attackTargetAt(t, tc, p - 1) || locativeAt(t, tc, p - 1);
}
/** The name at token a follows a preposition of place (LOCATIVE, then "the" or not): "at the X", "near X". */
export function locativeAt(t: Tokens, tc: Int32Array, a: number): boolean {
  const p = tc[a - 1]! & F_THE && !(tc[a - 1]! & F_CAP) ? a - 2 : a - 1;
  return p >= 0 && LOCATIVE.has(words.raw[t.word[p]!]!);
}
/** The last token of a lower-case venue head at token q ("shopping mall", "metro station", "mall"), or -1. */
export function venueEnd(t: Tokens, tc: Int32Array, q: number): number {
  if (q >= t.n || tc[q]! & F_CAP) return -1;
  const m = moreByWord[t.word[q]!]!;
  if (m & M_VENUE) return q;
  if (!(m & M_VENUEMOD) || q + 1 >= t.n || t.gap[q + 1] !== GAP_SPACE || tc[q + 1]! & F_CAP) return -1;
  return moreByWord[t.word[q + 1]!]! & M_VENUE ? q + 1 : -1;
}

/**
 * "the Departments of Justice and the Treasury" at token k: each one-word item is a body of its own
 * ("Department of Justice", the built-in canonical where known). Returns the token after the list.
 */
export function pluralHeads(t: Tokens, tc: Int32Array, cover: Int32Array, add: Add, k: number): number {
  const head = PLURAL_HEADS.get(words.raw[t.word[k]!]!)!;
  let q = k + 2;
  for (let item = 0; q < t.n && item < 4; item++) {
    const the = (tc[q]! & (F_THE | F_CAP)) === F_THE;
    if (the) q++;
    if ((tc[q]! & (F_CAP | F_WORD)) !== (F_CAP | F_WORD)) break;
    if (cover[q]! < 0 && !(tc[q + 1]! & F_NAME && t.gap[q + 1] === GAP_SPACE)) {
      const name = `${head} of ${the ? 'the ' : ''}${words.raw[t.word[q]!]!}`;
      const c = canonicalOf(name);
      add(mention(t.start[q]!, t.end[q]!, 'organization', c?.type === 'organization' ? c.canonical : name, null, c !== null), q, q);
    }
    q++;
    if (!(tc[q]! & (F_COMMA | F_AND))) break;
    q++;
  }
  return q;
}

/** Head words of a built venue or a street, whose name without them still names it (folded keys). */
export const BUILT_HEADS = new Set(
  ['Hotel', 'Inn', 'Motel', 'Ballroom', 'Mall', 'Bakery', 'Cafe', 'Café', 'Mosque', 'Temple', 'Church', 'Cathedral', 'Shrine', 'Bazaar', 'Market', 'Stadium', 'Hospital', 'Station', 'Street', 'Road', 'Avenue', 'Highway', 'Plaza', 'Square', 'Complex', 'Club', 'Centre', 'Center', 'College', 'University', 'School', 'Academy'].map(foldToken),
);
/** Head words of a road, which the places it joins may open ("Jammu Srinagar National Highway"; folded keys). */
export const ROAD_HEADS = new Set(['Highway', 'Road', 'Motorway', 'Expressway'].map(foldToken));
/**
 * A place found by evidence is that place where its words stand again alone (no capitalised name word joined
 * before or after them) and nothing covers them ("the town of Chibok" … "Chibok schoolgirls kidnapping"); a venue
 * whose last word is a built venue's or a street's head also where its other words stand so ("the Holey Artisan
 * Bakery" … "at Holey Artisan", "Tarata Street" … "the Tarata bombing", "the Grand Hyatt Hotel" … "at the Grand
 * Hyatt"). The words are the place's own: not a one-word given name, nor a word that describes ("Central").
 */
export function placesAgain(t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[], add: Add) {
  let names: number[] | null = null; // (a place's index and the number of its words to find again, in pairs)
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    const i = foundI[x]!;
    const j = foundJ[x]!;
    if (f.type !== 'place' || f.known || f.canonical === '' || !ownWord(t, tc, i)) continue;
    // (found where it stands as a noun, not before a lower-case word other than a function word or a place's or a
    // venue's head: "in Baloch areas" may type a people's name, no place to find again in "Baloch separatists")
    const noun = !(j + 1 < t.n && t.gap[j + 1] === GAP_SPACE && (tc[j + 1]! & (F_WORD | F_CAP)) === F_WORD && !(tc[j + 1]! & (F_PLACELOWER | F_STOP | F_CONN | F_PLACEPREP)) && !(moreByWord[t.word[j + 1]!]! & M_VENUE));
    if (noun && ownWord(t, tc, j) && !(i === j && tc[i]! & F_GIVEN)) (names ??= []).push(x, j - i + 1);
    if (j > i && BUILT_HEADS.has(words.key[t.word[j]!]!) && t.gap[j] === GAP_SPACE && ownWord(t, tc, j - 1) && !(i === j - 1 && tc[i]! & F_GIVEN)) (names ??= []).push(x, j - i);
  }
  if (!names) return;
  const n = t.n;
  const W = t.word;
  for (let o = 0; o < t.nOpens; o++) {
    const p = t.opens[o]!;
    if (cover[p]! >= 0) continue;
    for (let y = 0; y < names.length; y += 2) {
      const x = names[y]!;
      const i = foundI[x]!;
      const len = names[y + 1]!;
      if (W[p] !== W[i] || p + len > n) continue;
      let same = true;
      for (let k = 1; k < len && same; k++) same = W[p + k] === W[i + k] && t.gap[p + k] === t.gap[i + k] && cover[p + k]! < 0;
      if (!same) continue;
      const e = p + len - 1;
      // (alone: not inside a longer name, "Grand Hyatt Amman")
      if (p > 0 && (tc[p - 1]! & (F_CAP | F_WORD)) === (F_CAP | F_WORD) && !(tc[p - 1]! & (F_STOP | F_THE)) && (t.gap[p] === GAP_SPACE || t.gap[p] === GAP_HYPHEN)) continue;
      if (e + 1 < n && tc[e + 1]! & F_NAME && (t.gap[e + 1] === GAP_SPACE || t.gap[e + 1] === GAP_HYPHEN)) continue;
      // (nor where a person's name stands: after a title, before a verb of speech or of a person ("Jinnah
      // Hospital" … "Jinnah said"))
      if ((p > 0 && tc[p - 1]! & F_TITLE && tc[p - 1]! & F_CAP) || (e + 1 < n && (tc[e + 1]! & (F_WORD | F_CAP)) === F_WORD && (tc[e + 1]! & F_SPEECH || moreByWord[t.word[e + 1]!]! & M_VERBAFTER))) continue;
      add(sameAs(found[x]!, t.start[p]!, t.end[e]!), p, e);
      break;
    }
  }
}
/** Token q is a capitalised word a venue's name can open or end with: no stop word, title, role, time word, demonym, adjective or compass word. */
function ownWord(t: Tokens, tc: Int32Array, q: number): boolean {
  const f = tc[q]!;
  if ((f & (F_CAP | F_WORD)) !== (F_CAP | F_WORD) || f & (F_STOP | F_TITLE | F_ROLE | F_TIME | F_CONN)) return false;
  return !(moreByWord[t.word[q]!]! & (M_DEMONYM | M_ADJECTIVE | M_COMPASS));
}
