// Typing a capitalised run nobody listed: person, organisation, place or venue, by the evidence around it.
import { canonicalOf, cityCountryOf, cityOf } from '../gazetteer.ts';
import { TOKEN_CODES, type Tokens, words } from '../tokens.ts';
import type { MentionType } from '../types.ts';
import { acronymAt, membersAround, ORDINAL } from './acronyms.ts';
import { capitalisedLast, cleanCanonical } from './canonical.ts';
import { afterFootnote, appositiveRole, plainNameWord, byAt, bylineAt, elidedNameWord, glossBefore, groupNounAfter, labelGlued, leaderAfterBy, lineStartOf, lowerWordAt, orgHeadAt, orgHeadWithin, parenOrgEnd, personBefore, identifiedAsAfterRole, personLike, stancePrefixed } from './context.ts';
import { BUILDING_OF, DOTTED_ABBREVIATIONS, INSTITUTION, isApostrophe, isCloseQuote, isOpenQuote, NUMBER_WORDS, ORG_HEADS, OUTLET_NOUNS, PARTY_HEADS, stateOfDemonym, TRANSLATION_BEFORE, WATER_OF } from './cues.ts';
import { FACT_BITS, isCommonWord, isDemonym, moreByWord, notEntityAt } from './facts.ts';
import { type Add, dropFound, type Found, foundI, foundJ, mention, sameAs } from './found.ts';
import { cityOfWord } from './infobox.ts';
import { attackAtBefore, attackedAfter, attackTargetAt, BUILDING_HEADS, FAITH_WORDS, partOfTarget, FACILITY_HEADS, LOCATIVE, locativeAt, MISSION_HEADS, PLURAL_PLACE_HEADS, SCHOOL_HEADS, venueEnd } from './venues.ts';
// (bit and code constants made this module's own: V8 folds a module's constants into its code, not imported ones)
const { GAP_HYPHEN, GAP_LINE, GAP_NONE, GAP_SPACE, ID_DOT, W_CAP, W_DIGIT, W_UPPER } = TOKEN_CODES;
// ", 22," / ", a 19-year-old" right after a name: an age (1–119) in apposition
/** An age in years, 1–119, as digits. */
const AGE = String.raw`(?:[1-9]|[1-9][0-9]|1[01][0-9])`;
/**
 * A name with initials, a person's whatever the given name: a middle initial ("Dzhokhar A. Tsarnaev", where no
 * list knew the given name) or initials opening it ("L.K. Advani", "S. A. Basha"), up to three, each a capital
 * and a full stop (holdout16). The words around them capitalised, of two letters or more, neither in capitals nor
 * a head word, a role or a title (not "Alfred P. Murrah Federal Building", "U.S. Navy").
 */
function initialledName(t: Tokens, tc: Int32Array, si: number, sj: number): boolean {
  let q = si;
  if (nameWordAt(t, tc, q)) q++;
  let letters = '';
  for (; q + 1 < sj && letters.length < 3; q += 2) {
    const w = t.word[q]!;
    if (words.raw[w]!.length !== 1 || !(words.flags[w]! & W_UPPER) || t.word[q + 1] !== ID_DOT || t.gap[q + 1] !== GAP_NONE) break;
    letters += words.raw[w]!;
  }
  if (!letters || q !== sj || !nameWordAt(t, tc, sj) || tc[sj]! & (F_STOP | F_TIME | F_ARTICLE) || NUMBER_WORDS.has(words.lower[t.word[sj]!]!)) return false;
  // (initials opening the name: not a sentence's after an abbreviation, "… under 18 U.S.C. Thirteen people …")
  return q > si + 2 * letters.length || !DOTTED_ABBREVIATIONS.some((a) => letters.startsWith(a));
}
/**
 * The last token of an initialled person's name that a body's name follows in the same run, or -1: a release's
 * list of officials without a comma, "Assistant Attorney General Kenneth L. Wainstein National Security Division"
 * (holdout17). Two capitalised words or more after the surname, the last a body's head word.
 */
function initialledBeforeBody(t: Tokens, tc: Int32Array, si: number, sj: number): number {
  // (the cheap tests of the answer first: four tokens or more, the last a capitalised head word; branch speed29)
  if (sj - si < 3 || (tc[sj]! & (F_ORGHEAD | F_CAP)) !== (F_ORGHEAD | F_CAP)) return -1;
  let q = si;
  if (nameWordAt(t, tc, q)) q++;
  while (q + 1 < sj && t.word[q + 1] === ID_DOT && words.raw[t.word[q]!]!.length === 1) q += 2;
  // (the body's words all capitalised: not "John F. Kennedy School of Government")
  for (let r = q + 1; r <= sj; r++) if (!(tc[r]! & F_CAP) || t.gap[r] !== GAP_SPACE) return -1;
  return q > si && q + 2 <= sj && t.gap[q + 1] === GAP_SPACE && (tc[sj]! & (F_ORGHEAD | F_CAP)) === (F_ORGHEAD | F_CAP) && initialledName(t, tc, si, q) ? q : -1;
}
/** The tokens from si to q - 1 are one word in capitals between spaces ("U.S.", "UK"): a state's before token q. */
function acronymBefore(t: Tokens, si: number, q: number): boolean {
  if (!(words.flags[t.word[si]!]! & W_UPPER)) return false;
  for (let r = si + 1; r <= q; r++) if (t.gap[r] === GAP_SPACE) return r === q;
  return false;
}
/** The text names `country` as a place among the names found so far. */
function countryNamed(found: Found[], country: string | undefined): boolean {
  if (country === undefined) return false;
  for (const f of found) if (f.type === 'place' && f.canonical === country) return true;
  return false;
}
/** Nouns for a people or its fighters after a name: a town's name before one is an ethnic group's (classify). */
const PEOPLE_NOUNS_AFTER = new Set(['people', 'peoples', 'militants', 'separatist', 'separatists', 'rebel', 'rebels', 'insurgent', 'insurgents', 'insurgency', 'tribesmen', 'tribe', 'tribes', 'nationalist', 'nationalists', 'guerrillas', 'independence', 'ethnic', 'community', 'communities']);
/** Token q is a doctrine's name in "-ism" ("Marxism"), or an adherent's "-ist" adjective before a lower-case word ("Maoist guerrillas"). */
function doctrineWord(t: Tokens, tc: Int32Array, q: number): boolean {
  const raw = words.raw[t.word[q]!]!;
  const n = raw.length;
  if (n < 6 || words.flags[t.word[q]!]! & W_UPPER || raw.charCodeAt(n - 2) !== 115) return false; // "s"
  const last = raw.charCodeAt(n - 1);
  const i = raw.charCodeAt(n - 3);
  if (i !== 105) return false; // "i"
  if (last === 109) return true; // "-ism"
  return last === 116 && t.gap[q + 1] === GAP_SPACE && (tc[q + 1]! & (F_WORD | F_CAP)) === F_WORD; // "-ist" before a lower-case word
}
/** Last words of a prize's or an award's name, which no person's name ends in (classify). */
const AWARD_HEADS = new Set(['Prize', 'Prizes', 'Award', 'Awards', 'Medal', 'Trophy']);
/** Nouns of a venue that an apposition names a building by ("X, a hotel …"): classify's apposedVenue. */
const APPOSED_VENUES = new Set(['hotel', 'motel', 'restaurant', 'cafe', 'café', 'nightclub', 'club', 'bar', 'mosque', 'church', 'synagogue', 'temple', 'shrine', 'cathedral', 'market', 'mall', 'supermarket', 'school', 'hospital', 'stadium', 'cinema', 'theatre', 'theater', 'museum', 'bakery', 'airport', 'resort', 'guesthouse']);
/** A comma, an article and a venue's noun after token j, one lower-case word between at most: "Villa Rossa, a hotel", "…, a beachfront restaurant". */
function apposedVenue(t: Tokens, tc: Int32Array, j: number): boolean {
  if (!(tc[j + 1]! & F_COMMA) || (tc[j + 2]! & (F_ARTICLE | F_CAP)) !== F_ARTICLE) return false;
  for (let q = j + 3; q <= j + 4 && q < t.n; q++) {
    if ((tc[q]! & (F_WORD | F_CAP)) !== F_WORD || t.gap[q] !== GAP_SPACE) return false;
    if (APPOSED_VENUES.has(words.lower[t.word[q]!]!)) {
      // (the venue's noun heads the apposition: punctuation, a preposition, a relative or a participle after it;
      // "Maria Lopez, a hotel worker" is a person)
      const a = tc[q + 1]!;
      if (q + 1 >= t.n || !(a & F_WORD)) return true;
      if (a & F_CAP) return false;
      const w = words.lower[t.word[q + 1]!]!;
      return VENUE_APPOSITION_NEXT.has(w) || w.endsWith('ed');
    }
  }
  return false;
}
const VENUE_APPOSITION_NEXT = new Set(['in', 'on', 'at', 'near', 'by', 'for', 'of', 'with', 'where', 'that', 'which', 'popular', 'close', 'run', 'known', 'often']);
/** Tokens si..sj follow "<a body's name>, or" (over a lower-case article glued by a hyphen) and a comma, a bracket or a point closes them. */
function orNameOfBody(t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[], si: number, sj: number): boolean {
  let p = si - 1;
  if (p >= 0 && t.gap[si] === GAP_HYPHEN && (tc[p]! & (F_WORD | F_CAP)) === F_WORD && words.raw[t.word[p]!]!.length <= 2) p--;
  if (p < 2 || words.raw[t.word[p]!] !== 'or' || !(tc[p - 1]! & F_COMMA) || !(tc[sj + 1]! & (F_COMMA | F_RPAREN | F_DOT))) return false;
  const y = cover[p - 2]!;
  return y >= 0 && found[y]!.type === 'organization' && foundJ[y] === p - 2;
}
/** Token q is a word of a name around initials: capitalised, two letters or more, not in capitals, no head word, role or title (a function of the module: classify runs for every run, and a closure made per call costs). */
function nameWordAt(t: Tokens, tc: Int32Array, q: number): boolean {
  const w = t.word[q]!;
  return words.raw[w]!.length >= 2 && (words.flags[w]! & (W_CAP | W_UPPER)) === W_CAP && !(tc[q]! & (F_ORGHEAD | F_PLACEHEAD | F_ORGPREFIX | F_ROLE | F_TITLE));
}
/** A person's other name announced after a comma ("X, aka Y", "X, a/k/a Y", "X, better known as Y"). */
const AKA_AFTER = /^, (?:aka|a\/k\/a|a\.k\.a\.|also known as|better known as) /;
const AGE_APPOSED = new RegExp(String.raw`^, (?:an? )?${AGE}(?:[,;)]|\.(?=\s|$)| years? old\b|-year-old\b)`);
/** The words that join an office's complement to it ("Assistant Attorney General for National Security", "Special Agent in Charge"). */
const OFFICE_LINKS = new Set(['for', 'of', 'in']);
/** The words of a minister's portfolio, which open an office's complement before a name ("Minister of Health X"). */
const PORTFOLIOS = new Set(['Health', 'Defence', 'Defense', 'Interior', 'Justice', 'Finance', 'Information', 'Culture', 'Education', 'Agriculture', 'Foreign', 'Home', 'Affairs', 'Trade', 'Commerce', 'Industry', 'Energy', 'Security', 'Communications', 'Transport', 'Labour', 'Labor', 'Tourism', 'Environment', 'Youth', 'Sports', 'Planning', 'Economy', 'Mines', 'Petroleum', 'Works', 'Lands', 'Water', 'Housing', 'Public', 'Internal', 'National', 'Social', 'Welfare', 'Immigration', 'Intelligence', 'Police']);
/** An age right before a name ("50-year-old Tim Johnson") or before a noun the name is apposed to ("a 41-year-old man, Tetsuya Yamagami,"). */
const AGE_BEFORE = new RegExp(String.raw`\b${AGE}-year-old (?:(?:[a-z]+ ){0,2}[a-z]+, )?$`);
/** The lower-case heads of administrative divisions after a name (as written): "the Bala Buluk district". */
const DIVISION_HEADS = new Set(['province', 'district', 'division', 'region', 'thana', 'tehsil', 'upazila', 'county', 'governorate', 'municipality', 'prefecture']);
const { F_ACRO, F_AND, F_ARTICLE, F_CAP, F_COMMA, F_CONN, F_DOT, F_GIVEN, F_GROUPNOUN, F_LPAREN, F_RPAREN, F_NAME, F_NAMETITLE, F_ORGHEAD, F_ORGLOWER, F_ORGPREFIX, F_PLACEHEAD, F_PLACELOWER, F_PLACEPREP, F_ROLE, F_SENTEND, F_SENTSTART, F_SPEECH, F_STOP, F_THE, F_TIME, F_TITLE, F_WORD, M_ADJECTIVE, M_CITY, M_COMPASS, M_DERIVED, M_NOTAFTER, M_OF, M_OPERATION, M_PLACEOF, M_STOPADJ, M_POSSESSED, M_SURNAME, M_VERBAFTER, M_VENUEPREFIX, M_MEDIA, M_ISWAS, M_ALIAS, M_EVENTHEAD } = FACT_BITS;

/** Evidence inside the name itself. */
export function typeOfUnknown(tc: Int32Array, si: number, sj: number): MentionType | null {
  const last = tc[sj]!;
  const first = tc[si]!;
  if (first & F_NAMETITLE && sj > si) return 'person';
  if ((last & F_ORGHEAD && sj > si) || first & F_ORGPREFIX) return 'organization';
  if (last & F_PLACEHEAD && sj > si) return 'place';
  return null;
}

/** Right after a group's name: its claim of an attack ("… claimed responsibility", "… has taken credit"). */
const CLAIMS_AFTER = /^ (?:(?:has|have|had|also|later|quickly|swiftly) )?(?:claimed|claims|claim|took|takes|accepted|accepts) (?:responsibility|credit)\b/;
/**
 * A demonym, a name's own word and "Army": the demonym is a word of an armed group's name ("Japanese Red Army",
 * "Syrian Arab Army"), not the state whose army it is ("the Nigerian Army"; "Afghan Security Forces" are generic
 * words, and "National" is left to the national bodies).
 */
function namedArmy(t: Tokens, tc: Int32Array, si: number, sj: number): boolean {
  if (sj !== si + 2 || words.lower[t.word[sj]!] !== 'army' || !(tc[sj]! & F_CAP)) return false;
  const w = t.word[si + 1]!;
  return (tc[si + 1]! & F_CAP) !== 0 && spaced(t, si + 1, sj) && !GENERIC_WORDS.has(words.lower[w]!) && words.key[w] !== 'national';
}
/** Tokens a and b are each after a space. */
const spaced = (t: Tokens, a: number, b: number) => t.gap[a] === GAP_SPACE && t.gap[b] === GAP_SPACE;
/** The heads of a body named by its leader ("the Morrison Government", "the Reagan Administration"). */
const LEADER_BODY_HEADS = new Set(['Government', 'Administration']);
/** The words of a government's kind, not a leader's name ("the Federal Government", "the Transitional Administration"). */
const GOVERNMENT_KINDS = new Set(['federal', 'national', 'central', 'interim', 'transitional', 'provisional', 'military', 'civilian', 'civil', 'coalition', 'unity', 'state', 'local', 'regional', 'provincial', 'caretaker', 'royal', 'imperial', 'revolutionary', 'colonial', 'puppet', 'new', 'former', 'current', 'previous']);
/** The last words of an airline's name. */
const AIRLINE_HEADS = new Set(['Airlines', 'Airways', 'Airline']);
/** The bearings before "of" that DISTANCE_BEARING_BEFORE reads (lower case; "north-east" ends in "east"). */
const BEARINGS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'northern', 'southern', 'eastern', 'western', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);
/** A distance and a compass bearing, then "of", right before a name: "30 km (18 miles) northwest of ". */
const DISTANCE_BEARING_BEFORE = /\d\s*(?:km|kilomet(?:er|re)s?|mi(?:les?)?)\.?(?:\s*\([^()]{1,30}\))?\s+(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+$/i;

/** The lower-case words of a group's kind between its name and its group noun ("the X rebel movement"). */
const GROUP_KINDS = new Set(['rebel', 'militant', 'armed', 'separatist', 'insurgent', 'guerrilla', 'jihadist', 'extremist', 'terrorist', 'paramilitary', 'criminal', 'nationalist', 'political']);

/** Whether token q is a capitalised place head word ("City", "Province", "Island"). */
const placeHeadAt = (tc: Int32Array, q: number) => (tc[q]! & (F_PLACEHEAD | F_CAP)) === (F_PLACEHEAD | F_CAP);
/** The particles that join the two names of a Spanish or Portuguese place ("Cajón del Maipo"). */
const PLACE_PARTICLES = new Set(['de', 'del', 'do', 'da', 'dos', 'das']);

export function classify(
  body: string,
  t: Tokens,
  tc: Int32Array,
  si0: number,
  sj: number,
  cover: Int32Array,
  found: Found[],
  add: (f: Found, i: number, j: number) => void,
  forced: MentionType | null = null,
) {
  const n = t.n;
  const S = t.start;
  const E = t.end;
  const G = t.gap;
  let si = si0;
  // the common case first: one word that is a stop word or no name word ("He", "But", "The") is no name
  // (the steps below would come to the same: they drop it and return, having added nothing)
  if (si === sj && (tc[si]! & (F_STOP | F_NAME)) !== F_NAME) return;
  // an ordinal alone is no name, before a lower-case head too ("the 71st organisation to be proscribed")
  // (ORDINAL only where the word opens with a digit, W_DIGIT: most single words do not)
  if (si === sj && (words.flags[t.word[si]!]! & W_DIGIT) !== 0 && ORDINAL.test(words.raw[t.word[si]!]!)) return;
  if (notEntityAt(t, tc, si, sj)) return;
  // a doctrine's name ("Marxism", "Maoism") or its follower's adjective before a lower-case word ("the Maoist guerrilla
  // group", "a Salafist preacher") is no body and no place: "interested in Marxism" gave a place, "Inspired by
  // Maoism" a body (branch wild31)
  if (si === sj && !forced && doctrineWord(t, tc, si)) return;
  // a battle's or a siege's name holds its place ("the Battle of Iwo Jima", "the Siege of Kut"; the golds count places
  // inside events' names): one to three capitalised words after "of" (holdout15)
  {
    const b = tc[si]! & F_THE && si < sj ? si + 1 : si;
    if (!forced && sj - b >= 2 && sj - b <= 4 && BATTLE_HEADS.has(words.raw[t.word[b]!]!) && words.raw[t.word[b + 1]!] === 'of' && G[b + 2] === GAP_SPACE) {
      let ok = true;
      for (let q = b + 2; q <= sj; q++) if ((tc[q]! & (F_CAP | F_WORD | F_TIME | F_STOP)) !== (F_CAP | F_WORD) || cover[q]! >= 0) ok = false;
      if (ok) {
        add(mention(S[b + 2]!, E[sj]!, 'place', cleanCanonical(body.slice(S[b + 2]!, E[sj]!), 'place'), null, false), b + 2, sj);
        return;
      }
    }
  }
  // a name after "anti-" or "pro-" is what a group or a stance is for or against, not a mention of its own
  // ("the anti-Balaka militia", where Balaka is also a town); with a group noun after it the whole is the group's name
  if (stancePrefixed(t, tc, si) && cover[si - 1]! < 0) {
    if (!forced && groupNounAfter(t, tc, sj) && describedName(t, tc, si, sj)) add(mention(S[si - 1]!, E[sj]!, 'organization', body.slice(S[si - 1]!, E[sj]!), null, false), si - 1, sj);
    return;
  }
  // "the city of Zamboanga", "the southern city of General Santos": a place, title words and all
  let placeOf = !forced && si >= 2 && sj - si <= 2 && (moreByWord[t.word[si - 1]!]! & M_OF) !== 0 && G[si - 1] === GAP_SPACE && G[si] === GAP_SPACE && (moreByWord[t.word[si - 2]!]! & M_PLACEOF) !== 0;
  // (and without "of", the place noun in apposition: "the beach resort town Hua Hin", whose "Hua" is also a
  // given name; holdout8)
  const apposed = !placeOf && !forced && si >= 1 && sj - si <= 2 && G[si] === GAP_SPACE && (moreByWord[t.word[si - 1]!]! & M_PLACEOF) !== 0;
  if (apposed) placeOf = true;
  // (and "known as" or "called" after the place noun: "a Guatemalan village known as Dos Erres", "the area known as
  // the Zona Rosa"; holdout20)
  if (!placeOf && !forced && sj - si <= 2 && knownAsAfterPlaceNoun(t, si)) placeOf = true;
  // ("state" after "a" is a condition: "a state of Emergency")
  if (placeOf && !apposed && words.raw[t.word[si - 2]!] === 'state' && si >= 3 && (tc[si - 3]! & (F_ARTICLE | F_THE)) === F_ARTICLE) placeOf = false;
  // (and a distance and a bearing "of" it: "30 km (18 miles) northwest of Degehabur", "40 miles south of …")
  if (!placeOf && !forced && si >= 2 && sj - si <= 2 && (moreByWord[t.word[si - 1]!]! & M_OF) !== 0 && G[si] === GAP_SPACE && BEARINGS.has(words.lower[t.word[si - 2]!]!) && DISTANCE_BEARING_BEFORE.test(body.slice(Math.max(0, S[si]! - 60), S[si]))) placeOf = true;
  for (let q = si; placeOf && q <= sj; q++) if (cover[q]! >= 0 || !(tc[q]! & F_CAP) || (apposed && tc[q]! & (F_ORGHEAD | F_TITLE | F_ROLE | F_TIME))) placeOf = false;
  if (placeOf) forced = 'place';
  // an operation's name is not annotated ("Operation Zarb-e-Azb")
  if (si < sj && moreByWord[t.word[si]!]! & M_OPERATION) return;
  // nor an event's or a doctrine's, by its last word ("the Cedar Revolution", "the Munich Olympics", "Gonzalo
  // Thought"; wild6)
  if (si < sj && tc[sj]! & F_CAP && moreByWord[t.word[sj]!]! & M_EVENTHEAD) return;
  // (two places' names each ending in a head word are two too: "Bacolod City and Iloilo City"; branch wild27)
  // "Muhammad Sarwar and Shahid Mahmood": two names joined by "and" unless the whole is one organisation
  // (a person's name has no "and": "Syed Rizwan Farook and Tashfeen Malik" is two)
  // (but two bodies' names each ending in a head word are two: "Human Rights Watch and Amnesty International";
  // so is a name after "and" that opens with a demonym: "the Somali Government and Somali Police")
  const whole = typeOfUnknown(tc, si, sj);
  // (a body's name with a head word and "of" in it keeps a later "and" in its complement: "Bureau of
  // Counterterrorism and Countering Violent Extremism", "Royal Security Forces of the Sultanate of Sulu and North
  // Borneo"; not before a person's or another body's name: "… and Jane Doe", "… and Ministry of Defence"; `h` is
  // the first such head word)
  let h = -1;
  for (let q = si; !whole && q + 2 < sj && h < 0; q++) if ((tc[q]! & (F_ORGHEAD | F_CAP)) === (F_ORGHEAD | F_CAP) && (moreByWord[t.word[q + 1]!]! & M_OF) !== 0 && G[q + 1] === GAP_SPACE) h = q;
  for (let q = si + 1; q < sj; q++)
    if (
      tc[q]! & F_AND && !(tc[q]! & F_CAP) && cover[q]! < 0 && (!whole || whole === 'person' || (whole === 'organization' && ((orgHeadAt(tc, q - 1) && q - 1 > si) || isDemonym(t, q + 1))) || (whole === 'place' && q - 1 > si && sj > q + 1 && placeHeadAt(tc, q - 1) && placeHeadAt(tc, sj))) &&
      !(h >= 0 && q > h + 2 && !(tc[q + 1]! & (F_GIVEN | F_ORGHEAD | F_TITLE)) && !isDemonym(t, q + 1) && !(moreByWord[t.word[q + 2]!]! & M_OF))
    ) {
        classify(body, t, tc, si, q - 1, cover, found, add);
        classify(body, t, tc, q + 1, sj, cover, found, add);
        // (a name of two or three plain words left untyped beside a person's is another person's: "Ratko Mladić
        // and Radovan Karadžić", "Isnilon Hapilon and Omar Maute"; not a body's or a place's name)
        if (!whole && G[q] === GAP_SPACE && G[q + 1] === GAP_SPACE) {
          if (personAt(found, cover, q + 1)) pairedPerson(body, t, tc, cover, add, si, q - 1);
          else if (personAt(found, cover, q - 1)) pairedPerson(body, t, tc, cover, add, q + 1, sj);
        }
        return;
      }
  // "Omagh in County Tyrone", "Embassy in Abidjan": a name, "in" and a name are two unless the whole is a
  // body's name (no person's or place's name has an "in" in it; "Al-Qaeda in the Islamic Maghreb" is a
  // gazetteer entry, "Pakistan High Commission in Dhaka" ends in a head word)
  if (whole !== 'organization' && !forced)
    for (let q = si + 1; q < sj; q++)
      if (tc[q]! & F_CONN && !(tc[q]! & F_CAP) && cover[q]! < 0 && words.raw[t.word[q]!] === 'in' && !orgHeadWithin(tc, si, q - 1)) {
        classify(body, t, tc, si, q - 1, cover, found, add);
        classify(body, t, tc, q + 1, sj, cover, found, add);
        return;
      }
  // a sentence-initial common word joined by a connector: "Members of X", "Leaders of X" (not a head word:
  // "Bureau of Public Affairs")
  let roleOpens = false;
  const sentenceStart = si === 0 || G[si] === GAP_LINE || (tc[si - 1]! & F_SENTSTART) !== 0;
  if (sentenceStart && tc[si + 1]! & F_CONN && !(tc[si + 1]! & F_CAP) && si + 2 <= sj && !(tc[si]! & (F_GIVEN | F_ORGPREFIX | F_ORGHEAD)) && forced !== 'organization') si += 2;
  // a sentence's first word before a given name and a surname is a word of the sentence, not of the name
  // ("Like Gulbuddin Hekmatyar, …", "Prosecutors Alberto Nisman …"); not in a body's name that ends in its
  // head word ("Los Angeles Times": "Angeles" is a given name too)
  else if (
    si + 2 <= sj && whole !== 'organization' && (tc[si + 1]! & (F_GIVEN | F_CAP | F_CONN)) === (F_GIVEN | F_CAP) && G[si + 1] === GAP_SPACE &&
    !(tc[si]! & (F_GIVEN | F_NAMETITLE | F_ORGPREFIX | F_ORGHEAD | F_TITLE | F_PLACEHEAD)) && !(words.flags[t.word[si]!]! & W_UPPER) && cover[si]! < 0 &&
    (sentenceStart || afterFootnote(t, tc, si))
  )
    si++;
  // a role opening a sentence before a name of two or three plain words is no word of the name, but says it is
  // a person's ("Witness Ngozi Okafor told …", "Journalist Dzmitry Laptsevich was detained"); a title is
  // handled below
  else if (
    si + 2 <= sj && sj - si <= 3 && (tc[si]! & (F_ROLE | F_CAP | F_TITLE)) === (F_ROLE | F_CAP) && G[si + 1] === GAP_SPACE && cover[si]! < 0 &&
    (sentenceStart || afterFootnote(t, tc, si)) && plainNameWords(t, tc, cover, si + 1, sj) && nameAhead(t, tc, si + 1, sj)
  ) {
    si++;
    roleOpens = true;
  }
  // an acronym in capitals before a given name and a surname is a body's or a title's, not a word of the
  // person's name ("head of FSB Nikolay Patrushev")
  else if (
    si + 2 <= sj && words.flags[t.word[si]!]! & W_UPPER && E[si]! - S[si]! >= 2 && cover[si]! < 0 && G[si + 1] === GAP_SPACE &&
    ((tc[si + 1]! & (F_GIVEN | F_CAP | F_CONN)) === (F_GIVEN | F_CAP) || (sj === si + 2 && officePhraseBefore(t, tc, si + 1))) && !(tc[si]! & (F_GIVEN | F_NAMETITLE))
  )
    si++;
  // (the doctrine's word after a sentence's capitalised article too: "The Maoist guerrilla group …")
  if (sj === si + 1 && !forced && tc[si]! & F_THE && doctrineWord(t, tc, sj)) return;
  // titles inside the run: the name is what follows the last title ("Deputy Treasury Secretary Wally Adeyemo")
  let titled = false;
  let titleAt = -1;
  // (not in a body's name: "Procuraduría General de la República")
  for (let q = sj - 1; q >= si && !placeOf && forced !== 'organization'; q--) {
    // (an honorific kept in a name is an office's title after a capitalised word that is no name's: "Grand Mufti
    // Ali Gomaa"; but "Mohammed Haji Ali")
    const office = (tc[q]! & (F_NAMETITLE | F_CAP)) === (F_NAMETITLE | F_CAP) && q > si && (tc[q - 1]! & (F_CAP | F_GIVEN | F_NAMETITLE | F_CONN)) === F_CAP && (tc[q + 1]! & (F_GIVEN | F_CAP)) === (F_GIVEN | F_CAP) && G[q + 1] === GAP_SPACE && cover[q - 1]! < 0;
    // (not a title word that opens a building's name: "the Ambassador Hotel", "the President Hotel"; branch wild3;
    // nor a title before a name in it: "King Abdulaziz Air Base", "King Fahd Hospital", holdout17)
    if (FACILITY_HEADS.has(words.key[t.word[sj]!]!)) break;
    // (nor a surname that is a title's word, before a generational suffix only: "Martin Luther King Jr.")
    if (q === sj - 1 && q > si && GENERATIONAL.has(words.raw[t.word[sj]!]!) && SURNAME_TITLES.has(words.lower[t.word[q]!]!) && tc[q - 1]! & F_CAP) break;
    // (nor a title's word between a given name and a plain capitalised word, the three one name: a Spanish double
    // surname, "Jaime Mayor Oreja" was "Oreja"; branch wild31)
    if (q === si + 1 && q === sj - 1 && G[q] === GAP_SPACE && G[sj] === GAP_SPACE && (tc[si]! & (F_GIVEN | F_CAP | F_TITLE | F_NAMETITLE | F_ROLE)) === (F_GIVEN | F_CAP) && !isCommonWord(t, si) && (tc[sj]! & (F_CAP | F_GIVEN | F_TITLE | F_NAMETITLE | F_ROLE | F_ORGHEAD | F_PLACEHEAD)) === F_CAP && !(words.flags[t.word[sj]!]! & W_UPPER) && cover[si]! < 0 && cover[sj]! < 0) break;
    // (nor a title's word inside a body's name that ends in a head word, a capitalised word after it that is no
    // given name: "the Popular Justice Front", "… – General Command"; not "Deputy Chief of Mission"; holdout15)
    if (q > si && (tc[sj]! & (F_ORGHEAD | F_CAP)) === (F_ORGHEAD | F_CAP) && (tc[q + 1]! & (F_CAP | F_CONN | F_GIVEN)) === F_CAP && !office) continue;
    if ((tc[q]! & F_TITLE && tc[q]! & F_CAP && !(q > si && tc[q - 1]! & F_CONN)) || office) {
      si = q + 1;
      titled = true;
      titleAt = q;
      break;
    }
  }
  // drop sentence-initial function words and stray connectors
  // (but an adjective among the stop words opens a name that ends in an organisation head: "Islamic
  // Courts Union", "International Crisis Group")
  const headed = (tc[sj]! & (F_ORGHEAD | F_CAP)) === (F_ORGHEAD | F_CAP);
  while (si <= sj && ((tc[si]! & F_STOP && !(headed && si < sj && moreByWord[t.word[si]!]! & M_STOPADJ) && !newPlaceAt(t, si, sj)) || !(tc[si]! & F_NAME))) si++;
  while (sj >= si && !(tc[sj]! & F_NAME) && !(sj > si && elidedNameWord(t, sj))) sj--;
  // a British post-nominal after a name of two or three words is no word of it, and says a person ("Jo Cox MP",
  // "Amber Rudd MP", "Michael Mansfield QC"); not after an article, where the letters are a noun and the words a
  // party's name ("a Sinn Fein MP", "the Plaid Cymru MP for Arfon"; branch review4)
  const postNominal = sj - si >= 2 && sj - si <= 3 && G[sj] === GAP_SPACE && POST_NOMINALS.has(words.raw[t.word[sj]!]!) && (tc[sj - 1]! & (F_CAP | F_ORGHEAD | F_PLACEHEAD | F_TITLE | F_ROLE)) === F_CAP && !(si > 0 && tc[si - 1]! & F_ARTICLE);
  if (postNominal) sj--;
  // an office's complement, then the person's name, from its given name on ("Assistant Attorney General for
  // National Security John Demers", "Under Secretary for Political Affairs Victoria Nuland", "FBI Special Agent in
  // Charge Teresa Carlson": branch wild16)
  // (a complement of two parts joined by "and", whose second part opens the run: "Minister of Information and
  // Culture Lai Mohammed", "Under Secretary of the Treasury for Terrorism and Financial Intelligence Brian E.
  // Nelson"; and an office "of" a known body: "Secretary of the Treasury for …"; branch wild23)
  let link = si - 1;
  let portfolioNamed = false;
  if (si >= 4 && si < sj && !(tc[si - 1]! & F_CAP) && words.key[t.word[si - 1]!] === 'and') {
    let k = si - 2;
    while (k > si - 6 && k > 1 && (tc[k]! & (F_CAP | F_TITLE)) === F_CAP && G[k] === GAP_SPACE) k--;
    if (k < si - 2 && tc[k]! & F_CONN && !(tc[k]! & F_CAP) && OFFICE_LINKS.has(words.key[t.word[k]!]!)) link = k;
  }
  if (link >= 1 && si < sj && tc[link]! & F_CONN && !(tc[link]! & F_CAP) && OFFICE_LINKS.has(words.key[t.word[link]!]!)) {
    const b = cover[link - 1]!;
    let office = tc[link - 1]! & F_TITLE || (b >= 0 && found[b]!.canonical === '');
    if (!office && b >= 0 && found[b]!.type === 'organization' && foundJ[b] === link - 1) {
      let p = foundI[b]! - 1;
      if (p > 0 && tc[p]! & F_THE && !(tc[p]! & F_CAP)) p--;
      office = p > 0 && words.key[t.word[p]!] === 'of' && (tc[p - 1]! & (F_TITLE | F_CAP)) === (F_TITLE | F_CAP);
    }
    let named = false;
    for (let q = si + 1; office && q < sj; q++)
      if (tc[q]! & F_GIVEN && G[q] === GAP_SPACE) {
        si = q;
        titled = true;
        named = true;
        break;
      }
    // (no given name a list knows: a portfolio's words open the complement, the two or three words after them are
    // the name, "Minister of Health Zweli Mkhize", "Minister of Foreign Affairs Bilawal Bhutto Zardari"; branch wild23)
    if (office && !named) {
      let q = si;
      while (q < sj && PORTFOLIOS.has(words.raw[t.word[q]!]!) && G[q + 1] === GAP_SPACE) q++;
      if (q > si && sj - q >= 1 && sj - q <= 2 && (tc[q]! & (F_CAP | F_TITLE | F_ROLE | F_ORGHEAD | F_PLACEHEAD)) === F_CAP) {
        si = q;
        titled = true;
        portfolioNamed = true;
      }
    }
  }
  // an office's complement alone names no person: "the Minister of Health", "the Minister for Commerce and Industry"
  // (a given name after it does: the block above)
  if (titled && titleAt >= 0 && titleAt + 1 < si && G[titleAt + 1] === GAP_SPACE && tc[titleAt + 1]! & F_CONN && !(tc[titleAt + 1]! & F_CAP) && OFFICE_LINKS.has(words.key[t.word[titleAt + 1]!]!) && !(tc[si]! & F_GIVEN) && !portfolioNamed) return;
  // a national assembly is the legislature of the state its demonym or its possessive names, else of the state
  // the document names most (as "Parliament" alone is of the first state named) (branch names11: "the Armenian National Assembly" and
  // "Karen Demirchyan, National Assembly Speaker" in holdout8, "a member of the National Assembly" in an Ecuadorian
  // text in holdout10; the golds name it "National Assembly of Armenia", "… of Ecuador", the demonym and the
  // office out of the mention); not a building of that name ("National Assembly Building")
  if (!forced && nationalAssemblyAt(t, tc, si, sj)) {
    const k = sj - 1 >= si && words.raw[t.word[sj]!] === 'Assembly' ? sj - 1 : sj - 2;
    const adjective = k > si ? words.raw[t.word[si]!]! : null;
    const state = (adjective !== null ? stateOfDemonym(adjective) : statePossessing(body, t, found, cover, k)) ?? mostNamedState(found);
    if (state) {
      add(mention(S[si]!, E[k + 1]!, 'organization', `National Assembly of ${THE_STATE.test(state) ? 'the ' : ''}${state}`, null, false), si, k + 1);
      return;
    }
  }
  // a demonym before a name is an adjective ("the Afghan NSC said", "a Pakistani Foreign Ministry
  // spokesperson"), but opens a national institution's own name ("Afghan National Police") and a party's or
  // a movement's, which are no organs of the state ("Spanish Socialist Workers' Party", "Russian Imperial
  // Movement": the golds of holdout5, holdout3 "Indian Mujahideen", dev "Palestinian Islamic Jihad")
  // (a party's or a movement's head may be written in lower case after its name: "the Basque Nationalist party",
  // "the Swedish Resistance movement"; the golds of holdout6 and holdout7 keep it in the name)
  const lowerParty = lowerPartyAfter(t, tc, si, sj);
  // a demonym before capitalised words of a broadcaster's or an agency's kind only names a national outlet, the
  // demonym its first word ("Saudi Television", "Saudi TV said", "The French News Agency says"; branch names9)
  // (and so does one before an airline's head word, the name of the state's carrier: "Ethiopian Airlines", "Korean
  // Air", "Turkish Airlines"; holdout11, fresh texts; branch orgs1)
  const outlet = !forced && si < sj && G[si + 1] === GAP_SPACE && isDemonym(t, si) && (outletWords(t, tc, si + 1, sj) || carrierWords(t, tc, si + 1, sj));
  if (outlet) forced = 'organization';
  // (a demonym, a regime's words and "Republic" name a state: "the Polish People's Republic"; holdout20)
  if (!forced && si + 1 < sj && (isDemonym(t, si) || moreByWord[t.word[si]!]! & M_ADJECTIVE) && words.lower[t.word[sj]!] === 'republic' && (tc[sj]! & F_CAP) !== 0 && demonymEmpire(t, si, sj)) forced = 'place';
  // a demonym before the capitalised name of one armed service only names the state's service, the demonym its
  // first word ("the Malaysian Army", "jets of the Syrian Air Force"; branch names11: the golds of holdout8 and
  // holdout10); not generic words ("Afghan Security Forces", "Nigerian Armed Forces": genericWords)
  // (a capitalised modifier after it is no part of it: "a bomb dropped by a Syrian Air Force MiG fighter")
  const serviceEnd = !forced && si < sj && G[si + 1] === GAP_SPACE && isDemonym(t, si) ? serviceWordsEnd(t, tc, si + 1, sj) : -1;
  const service = serviceEnd > 0;
  if (service) {
    forced = 'organization';
    sj = serviceEnd;
  }
  if (
    !outlet &&
    !service &&
    si < sj &&
    G[si + 1] === GAP_SPACE &&
    isDemonym(t, si) &&
    words.key[t.word[si + 1]!] !== 'national' &&
    !demonymEmpire(t, si, sj) &&
    !(sj > si + 1 && tc[sj]! & F_CAP && PARTY_HEADS.has(words.lower[t.word[sj]!]!)) &&
    !namedArmy(t, tc, si, sj) &&
    !lowerParty &&
    !(commonWordsOnly(t, tc, si + 1, sj) && !genericWords(t, tc, si + 1, sj))
  ) {
    si++;
    // (what is left is no name when it is only generic words: "the French News Agency", "Afghan Security
    // Forces", "Nigerian Armed Forces" describe a state's bodies, and "News Agency" names none)
    // (but an institution every state has is named, with its state: "the Polish Security Service"; joins.ts)
    if (genericWords(t, tc, si, sj) && !INSTITUTION.test(body.slice(S[si]!, E[sj]!))) return;
  }
  if (si > sj) return;
  for (let q = si; q <= sj; q++) if (cover[q]! >= 0 && found[cover[q]!]!.type !== 'place') return;
  if (notEntityAt(t, tc, si, sj)) return;
  const personEnd = forced ? -1 : initialledBeforeBody(t, tc, si, sj);
  if (personEnd > 0) {
    classify(body, t, tc, si, personEnd, cover, found, add, 'person');
    classify(body, t, tc, personEnd + 1, sj, cover, found, add);
    return;
  }
  // a plural place head after a reference division or city is no part of it ("North Kivu and Ituri
  // Provinces": Ituri)
  if (sj > si && G[sj] === GAP_SPACE && PLURAL_PLACE_HEADS.has(words.lower[t.word[sj]!]!) && cityOf(body.slice(S[si]!, E[sj - 1]!)) !== undefined) sj--;
  // an embassy attacked is a venue, a place named by the state it serves and the city it is in ("the attack
  // on the U.S. Embassy in Kabul" → U.S. Embassy in Kabul), and so is one where something happened ("one at
  // the United States Embassy in Nairobi", "near the French Embassy"); one that speaks, or a building only, is not
  // (also where it is named on an infobox's Target row, or it was attacked, "the Saudi Embassy in Khartoum was
  // stormed"; and an embassy in lower case, attacked: "stormed the Iranian embassy", holdout15, holdout16)
  if (si === sj && si >= 2 && !forced && G[si] === GAP_SPACE && words.raw[t.word[si]!] === 'Embassy' && embassyVenue(body, t, tc, cover, found, add, si)) return;
  if (si === sj && si > 0 && !forced && sj + 1 < n && G[sj + 1] === GAP_SPACE && words.raw[t.word[sj + 1]!] === 'embassy' && embassyVenue(body, t, tc, cover, found, add, sj + 1)) return;
  // (and one named "Embassy of" the state, after a preposition of place or as an attack's object: "outside the
  // Embassy of the Russian Federation in Kabul"; wild15)
  if (si === sj && si >= 2 && !forced && si + 2 < n && words.raw[t.word[si]!] === 'Embassy' && words.raw[t.word[si + 1]!] === 'of' && G[si + 1] === GAP_SPACE && (attackTargetAt(t, tc, si) || locativeAt(t, tc, si) || partOfTarget(t, tc, si))) {
    const c = words.raw[t.word[si + 2]!] === 'the' && si + 3 < n ? si + 3 : si + 2;
    const z = cover[c]!;
    if (z >= 0 && found[z]!.type === 'place' && foundI[z] === c && canonicalOf(found[z]!.canonical)?.kind === 'state') {
      const e = foundJ[z]!;
      dropFound(found, cover, z);
      let canonical = body.slice(S[si]!, E[e]!);
      // (wild15's form has never looked past a compass word; doing so would change its output: left for a gated branch)
      const city = cityAfterIn(t, tc, cover, found, e, false);
      if (city) canonical += ` in ${city}`;
      add(mention(S[si]!, E[e]!, 'place', canonical, null, false), si, e);
      return;
    }
  }
  // "the Council" alone, as the UN's documents call the Security Council after naming it ("the Council
  // underlined", "The 15-member Council expressed"), is the document's one body of that head (holdout6, holdout7)
  if (si === sj && !forced && si > 0 && words.raw[t.word[si]!] === 'Council' && (tc[si - 1]! & F_THE || (G[si - 1] === GAP_HYPHEN && words.raw[t.word[si - 1]!] === 'member')) && !(tc[si + 1]! & F_NAME && G[si + 1] === GAP_SPACE)) {
    const c = bodyOfHead(body, found, 'Council');
    if (c) add(sameAs(c, S[si]!, E[si]!), si, si);
    return;
  }
  // a legislature's head alone is a state's legislature (branch names9; holdout2 "notify Congress", holdout8
  // "Kosovo's Assembly", holdout8 and holdout9 "laid before Parliament" in a British text): the document's one body
  // of that head, else the legislature of the state named right before it ("Kosovo's Assembly" → Assembly of
  // Kosovo), else, for "Parliament", which writers use alone for their own country's, of the first state the
  // document names ("Parliament of the United Kingdom"); none without a state
  if (si === sj && !forced && LEGISLATURE_HEADS.has(words.raw[t.word[si]!]!) && !(tc[si + 1]! & F_NAME && G[si + 1] === GAP_SPACE) && !(si > 0 && G[si] === GAP_SPACE && tc[si - 1]! & F_CAP && cover[si - 1]! < 0)) {
    const head = words.raw[t.word[si]!]!;
    const c = bodyOfHead(body, found, head);
    if (c) {
      add(sameAs(c, S[si]!, E[si]!), si, si);
      return;
    }
    const state = statePossessing(body, t, found, cover, si) ?? (head === 'Parliament' ? firstState(found) : null);
    if (state) {
      add(mention(S[si]!, E[si]!, 'organization', `${head} of ${THE_STATE.test(state) ? 'the ' : ''}${state}`, null, false), si, si);
      return;
    }
  }
  const text = body.slice(S[si]!, E[sj]!);
  let nWords = 0;
  let nCaps = 0; // (the capitalised words: "Abd al-Khaliq al-Houthi" has three)
  let nParts = 0; // (the words between spaces: "Kheir Al-Marimi" has two)
  for (let q = si; q <= sj; q++)
    if (tc[q]! & F_WORD) {
      nWords++;
      if (q === si || G[q] !== GAP_HYPHEN) nParts++;
      if (tc[q]! & F_CAP) nCaps++;
    }
  // the tokens around the name (past either end: no facts)
  const before = tc[si - 1]!;
  const before2 = tc[si - 2]!;
  const after = tc[sj + 1]!;
  const after2 = tc[sj + 2]!;
  const afterGap = sj + 1 < n ? G[sj + 1]! : -1;

  // a vehicle's name ("the Khyber Mail train") is not annotated
  // (and so is the same name elsewhere in the document: "the Samjhauta Express train" … "on the Samjhauta Express")
  // (not an airline's name, the operator: "a Trans World Airlines flight")
  // an attack's name in Title Case opens with its place: "The Acteal Massacre" (holdout17); not in a headline's
  // Title Case ("Bus Blast in Jerusalem …"); the name's other words are read as in lower case (eventPlaceAt,
  // eventPlaceSpan)
  if (!forced && sj > si && sj - si <= 3 && (tc[sj]! & F_CAP) !== 0 && PLACED_ATTACKS_SPAN.has(words.lower[t.word[sj]!]!) && !titleCaseLine(t, tc, si) && (sj - 1 === si ? eventPlaceAt(t, tc, si, true) : eventPlaceSpan(t, tc, si, sj - 1, true))) {
    classify(body, t, tc, si, sj - 1, cover, found, add, 'place');
    return;
  }
  // (but a one-word name before a vehicle's noun and an attack's is the attack's place: eventPlaceAt)
  const eventPlace = forced ? 0 : si === sj ? eventPlaceAt(t, tc, si) : sj - si <= 2 ? eventPlaceSpan(t, tc, si, sj) : 0;
  if (afterGap === GAP_SPACE && !(after & F_CAP) && moreByWord[t.word[sj + 1]!]! & M_NOTAFTER && !(sj > si && AIRLINE_HEADS.has(words.raw[t.word[sj]!]!)) && !eventPlace) {
    (vehicleNames ??= new Set()).add(text);
    return;
  }
  // a vessel's name after its prefix is not annotated, nor is it elsewhere in the document, where a given name in it
  // may make it look a person's ("the Italian MS Achille Lauro" … "the Achille Lauro hijacking", "the ferry MV Coho")
  if (!forced && si > 0 && G[si] === GAP_SPACE && SHIP_PREFIXES.has(words.raw[t.word[si - 1]!]!)) {
    (shipNames ??= new Set()).add(text);
    return;
  }
  if (!forced && si < sj && G[si + 1] === GAP_SPACE && SHIP_PREFIXES.has(words.raw[t.word[si]!]!)) {
    (shipNames ??= new Set()).add(body.slice(S[si + 1]!, E[sj]!));
    return;
  }
  let type: MentionType | null = forced ?? typeOfUnknown(tc, si, sj);
  // a name and "St" (or "St.") after it is a street, "St" the abbreviation of Street ("Parnell St", "Tarata St.",
  // canonical "Parnell Street"); opening a name it is a saint's ("St Patrick"); branch wild24
  const streetAbbrev = !forced && sj > si && G[sj] === GAP_SPACE && words.raw[t.word[sj]!] === 'St' && (tc[sj - 1]! & (F_CAP | F_TITLE | F_ROLE)) === F_CAP;
  if (streetAbbrev) type = 'place';
  if (!type && eventPlace === 1) {
    type = 'place';
    if (si === sj) (eventPlaceWords ??= new Set()).add(t.word[si]!);
  }
  // a leader's name and "Government" or "Administration" is a body: "the Morrison Government" (a state's is its
  // place, a demonym's no body of its own: the tables and the demonym rules)
  if (!forced && sj === si + 1 && G[sj] === GAP_SPACE && LEADER_BODY_HEADS.has(words.raw[t.word[sj]!]!) && !GOVERNMENT_KINDS.has(words.lower[t.word[si]!]!) && !isDemonym(t, si) && !(moreByWord[t.word[si]!]! & M_ADJECTIVE) && !(tc[si]! & F_STOP)) type = 'organization';
  // a compass word before a reference city is no part of its name: "in Central Caracas" is Caracas (a known
  // region's or subdivision's is: "Northern Virginia", unknownRuns); branch names7
  if (!forced && (!type || type === 'place') && sj > si && sj - si <= 4 && G[si + 1] === GAP_SPACE && (tc[si]! & F_CAP) !== 0 && moreByWord[t.word[si]!]! & M_COMPASS && moreByWord[t.word[si + 1]!]! & M_CITY) {
    const rest = si + 1 === sj ? cityOfWord(t.word[sj]!) : cityOf(body.slice(S[si + 1]!, E[sj]!));
    if (rest !== undefined) {
      classify(body, t, tc, si + 1, sj, cover, found, add, 'place');
      return;
    }
  }
  // a name right after a lower-case noun of a news outlet's kind, or after it and a comma, is the outlet's, not a
  // person's before its verb of speech ("the Barcelona newspaper La Vanguardia reported", "the weekly news
  // magazine, Samay"; holdout7); not after "news", "radio", "daily" …, which also stand before other names
  if (!type && nameAfterOutletNoun(t, tc, si) && sj - si <= 3) type = 'organization';
  // a venue's head word that opens its name, not a sentence's first word: "the Place Saint-Michel", "the Plaza
  // Melchor Ocampo", "Avenida Larco" (VENUE_PREFIXES; the head words other languages put first; after a sentence's
  // "The" too: "The Piazza Fontana bombing", holdout17)
  if (!type && sj > si && moreByWord[t.word[si]!]! & M_VENUEPREFIX && si > 0 && G[si] !== GAP_LINE && (!(before & F_SENTSTART) || before & F_THE)) type = 'place';
  // a body of water's or an island's head word and "of" open a place's name: "the Strait of Malacca", "the Sea of
  // Azov" (cues.ts WATER_OF, find.ts watersOfPlaces; branch wild24); so does a building's: "the Palace of Justice"
  // (BUILDING_OF)
  if (!type && !forced && sj > si + 1 && (tc[si]! & F_CAP) !== 0 && si > 0 && words.raw[t.word[si + 1]!] === 'of' && (WATER_OF.has(words.lower[t.word[si]!]!) || BUILDING_OF.has(words.lower[t.word[si]!]!))) type = 'place';
  // a head word and "of" open a body's name ("Bureau of Public Affairs", "Office of the Inspector General")
  // ("for" too: "Institute for Security Studies"; branch names9)
  if (!type && (tc[si]! & (F_ORGHEAD | F_CAP)) === (F_ORGHEAD | F_CAP) && sj > si + 1 && ofOrFor(t, si + 1)) type = 'organization';
  // (or a head word, "of the" and a name after it: "Socialist Party of the Oppressed", "Democratic Forces for the
  // Liberation of Rwanda"; or "for" and a name: "the Niger Movement for Justice", holdout15; or "of" and a name
  // after an acronym: "U.S. Department of Commerce", "UK Ministry of Defence", holdout17)
  if (!type)
    for (let q = si + 1; q + 2 <= sj; q++)
      if ((tc[q]! & (F_ORGHEAD | F_CAP)) === (F_ORGHEAD | F_CAP) && ofOrFor(t, q + 1) && ((tc[q + 2]! & F_THE && !(tc[q + 2]! & F_CAP) && q + 2 < sj) || ((words.raw[t.word[q + 1]!] === 'for' || acronymBefore(t, si, q)) && (tc[q + 2]! & (F_CAP | F_THE)) === F_CAP))) {
        type = 'organization';
        break;
      }
  // a name joined by the ezafe ("Dukhtaran-e-Millat", "Nawa-i-Waqt") is a body's, not a person's or a place's
  if (!type)
    for (let q = si + 1; q < sj; q++)
      if (G[q] === GAP_HYPHEN && G[q + 1] === GAP_HYPHEN && words.key[t.word[q]!] === 'e' && !(tc[q]! & F_CAP) && tc[q + 1]! & F_CAP) {
        type = 'organization';
        break;
      }
  let end = sj;
  // "Ahle Hadith Andolon Bangladesh (Alhe Hadith Movement in Bangladesh)": a name glossed by an
  // organisation's name in parentheses is that organisation; the gloss is another mention of it
  const paren = type ? -1 : parenOrgEnd(tc, n, sj + 1);
  let known: ReturnType<typeof canonicalOf> = null;
  if (paren > 0) type = 'organization';
  // lower-case organisation head after the name: "Obama administration", "Indian army" (after a demonym
  // alone only a known body's name: "Kenyan military" is a generic reference, not annotated)
  if (!type && afterGap === GAP_SPACE && after & F_ORGLOWER && !canonicalOf(text)) {
    // (the state's "military" is its army where that is a known body: "Pakistani military")
    // (a demonym that demonyms.json lacks too: adjectives.json, "the Congolese army", "the Peruvian military")
    if (si === sj && (isDemonym(t, si) || moreByWord[t.word[si]!]! & M_ADJECTIVE)) {
      known = canonicalOf(body.slice(S[si]!, E[sj + 1]!)) ?? (words.key[t.word[sj + 1]!] === 'military' ? canonicalOf(`${text} Army`) : null);
      if (known?.type !== 'organization') return;
    }
    // (a name before "army"/"military" and a base's noun is the place of the base, not a body: "attacked the
    // Panzgam army camp", "the attack on Tekeli military base"; branch wild21)
    if (known === null && armyBaseAfter(t, sj + 1)) type = 'place';
    else {
      type = 'organization';
      end = sj + 1;
    }
  }
  if (!type && lowerParty) {
    type = 'organization';
    end = sj + 1;
  }
  // person evidence
  if (!type || type === 'place') {
    // (a title word that ends a name or follows "of"/"for" is part of an office or a body: "Department of
    // Justice Seal", "Rewards for Justice Program"; one on the line before is no title of this name)
    const beforeFree = si === 0 || cover[si - 1]! < 0 || found[cover[si - 1]!]!.canonical === '';
    // (an abbreviated title is capitalised, "Gen. Smith": "… a state judge. Shortly after" names nobody)
    const titleBefore = titled || (G[si] !== GAP_LINE && ((before & F_TITLE && before & F_CAP && beforeFree && !(before2 & F_CONN)) || (before & F_DOT && (before2 & (F_TITLE | F_CAP)) === (F_TITLE | F_CAP))));
    // (a role that ends the line before is no word of this name's: "Strength2: 50–70 militants" / "- Casualties1: …";
    // nor one before an infobox label's colon: "three accomplices Material: …", holdout10)
    // ("official" as an adjective, one word and a lower-case noun after it: "the army's official Twitter account",
    // "its official Facebook page" name no person; branch wild31)
    const officialBeforeNoun = si === sj && words.raw[t.word[si - 1]!] === 'official' && afterGap === GAP_SPACE && (after & (F_WORD | F_CAP | F_SPEECH)) === F_WORD && !(moreByWord[t.word[sj + 1]!]! & M_VERBAFTER);
    const roleBefore =
      roleOpens ||
      (before & F_ROLE && !(before & F_CAP) && G[si] !== GAP_LINE && body.charCodeAt(E[sj]!) !== 58 && !officialBeforeNoun) || (before & F_COMMA && before2 & F_ROLE) || (si > 0 && G[si] === GAP_SPACE && (personBefore(t, tc, si - 1) || identifiedAsAfterRole(t, tc, si - 1))) ||
      officeApposed(t, tc, cover, si, sj);
    // (a name after "the" is a group's or a thing's, not a person's: "The Real IRA denied …")
    // (or "is"/"was" and a role: "Pär Öberg is a member of NRM's national council", "X was the group's leader")
    const roleAfter =
      !(before & F_THE) &&
      ((after & F_COMMA && (after2 & (F_ROLE | F_TITLE) || appositiveRole(t, tc, sj + 2))) ||
        (afterGap === GAP_SPACE && moreByWord[t.word[sj + 1]!]! & M_ISWAS && appositiveRole(t, tc, sj + 2)));
    const speechAfter = after & F_WORD && !(after & F_CAP) && (after & F_SPEECH || moreByWord[t.word[sj + 1]!]! & M_VERBAFTER) && !(before & F_THE);
    // (a surname alone opening a sentence before "said", "says", "told": "Gorelov said in a telephone interview";
    // branch wild20)
    const speakerAlone = si === sj && after & F_SPEECH && SOLE_SPEECH.has(words.raw[t.word[sj + 1]!]!) && soleSpeaker(t, tc, si);
    // (or an age in apposition: "Zakaryia Abdin, a 19-year-old U.S. citizen", "Cole Bridges, 22, of Stow"; branch
    // wild9: court releases and news name defendants and victims so, given names no list has)
    const ageAfter = after & F_COMMA && !(before & F_THE) && nCaps === nWords && !(tc[sj]! & (F_ORGHEAD | F_PLACEHEAD)) && AGE_APPOSED.test(body.slice(E[sj]!, E[sj]! + 24)) && cityOf(text) === undefined;
    // (or an age before it: "His assailant, 50-year-old Tim Johnson, was shot", "A 41-year-old man, Tetsuya Yamagami,
    // was identified"; apposed to a noun, the name closes with a comma; branch wild16: news name suspects and
    // victims so)
    const ageBefore = nCaps === nWords && G[si] === GAP_SPACE && !(tc[sj]! & (F_ORGHEAD | F_PLACEHEAD)) && ageBeforeAt(body, S[si]!, after) && cityOf(text) === undefined; // (the city look-up last: 155 a pass, most of them before no age)
    // (or "'s" and a noun only a person has: "Kamal Adwan's widow", "Ismail Haniyeh's funeral")
    const possessedAfter =
      sj + 2 < n && S[sj + 1] === E[sj]! + 1 && isApostrophe(body.charCodeAt(E[sj]!)) && words.key[t.word[sj + 1]!] === 's' && E[sj + 1] === S[sj + 1]! + 1 &&
      G[sj + 2] === GAP_SPACE && (moreByWord[t.word[sj + 2]!]! & M_POSSESSED) !== 0 && plainNameWords(t, tc, cover, si, sj);
    // (a person's other name, after or before "alias": "Sivasamy Dharmendra alias Raju")
    const alias = (afterGap === GAP_SPACE && moreByWord[t.word[sj + 1]!]! & M_ALIAS && tc[sj + 2]! & F_CAP) || (si > 1 && G[si] === GAP_SPACE && moreByWord[t.word[si - 1]!]! & M_ALIAS && tc[si - 2]! & F_CAP);
    // (or after a comma and "aka", "a/k/a", "also known as", "better known as": court releases name defendants so,
    // "Nayibe Rojas Valderama, a/k/a “Sonia”", "Dairo Antonio Úsuga David, aka Otoniel"; branch wild23)
    const akaAfter = after & F_COMMA && nCaps === nWords && nWords >= 2 && nWords <= 4 && !(before & F_THE) && !(tc[sj]! & (F_ORGHEAD | F_PLACEHEAD)) && AKA_AFTER.test(body.slice(E[sj]!, E[sj]! + 20));
    // (or a comma and "who": "Asghar Yusuf Muquddam and Shahnawaz Qureshi, who have been found guilty"; holdout17)
    const whoAfter = after & F_COMMA && nCaps === nWords && nWords >= 2 && nWords <= 3 && !(before & F_THE) && !(tc[sj]! & (F_ORGHEAD | F_PLACEHEAD)) && words.key[t.word[sj + 2]!] === 'who' && cityOf(text) === undefined;
    // (a given name opens a person's name, not one written in quotes: "the “Virginia Jihad” cases")
    // (a name only the derived list knows, one or two words after "in", "near" …, is a place: "in Miran Shah")
    // (in quotes, a name used as a modifier is no person: after an article or before a lower-case word, "the
    // “Virginia Jihad” cases"; a nickname in quotes is: FARC's "Javier Paz")
    // (a comma or a point inside the closing quote too, as American usage writes it: "the greater “Moro Jihad,” with
    // three phases"; branch wild31)
    const quoted = isOpenQuote(body.charCodeAt(S[si]! - 1)) && (isCloseQuote(body.charCodeAt(E[sj]!)) || ((body.charCodeAt(E[sj]!) === 44 || body.charCodeAt(E[sj]!) === 46) && isCloseQuote(body.charCodeAt(E[sj]! + 1))));
    // (or after an article and a lower-case word: "the greater “Moro Jihad,”"; branch wild31)
    const modifier = quoted && (tc[si - 2]! & F_ARTICLE || ((tc[si - 2]! & (F_WORD | F_CAP)) === F_WORD && tc[si - 3]! & F_ARTICLE) || (tc[sj + 2]! & (F_WORD | F_CAP)) === F_WORD);
    // (not before an administrative division's lower-case head: "the Bala Buluk district" is a place, holdout19)
    const given =
      tc[si]! & F_GIVEN && nWords >= 2 && !modifier &&
      !(before & F_PLACEPREP && nWords <= 2 && moreByWord[t.word[si]!]! & M_DERIVED) &&
      !(afterGap === GAP_SPACE && after & F_PLACELOWER && nWords <= 3 && DIVISION_HEADS.has(words.raw[t.word[sj + 1]!]!));
    // (a long name opened by a given name is a person's when an article joins a name word in it, "Yahya
    // al-Sayyid Ibrahim Musa", "Ibrahim Awwad Ibrahim Ali al-Badri al-Samarrai": the words of a lineage)
    // (its capitalised words given names or joined to an article, but the last: not "Hamad bin Khalifa al-Thani
    // Hospital Project")
    let lineage = false;
    // (or an Arabic article or "ibn"/"bin" written apart, "Mohammed Abdul Rahman al Saibi", "Abu Bakr ibn Muhammad
    // ibn Ali al-Mainuki": up to seven words then; branch wild20)
    for (let q = si + 1; given && nWords > 4 && nParts <= 7 && q < sj && !lineage; q++)
      lineage =
        G[q] === GAP_SPACE && (G[q + 1] === GAP_HYPHEN || (G[q + 1] === GAP_SPACE && LINEAGE_WORDS.has(words.raw[t.word[q]!]!))) && (tc[q]! & (F_WORD | F_CAP)) === F_WORD &&
        (tc[q + 1]! & F_CAP) !== 0 && (nParts <= 6 || spacedLineage(t, si, sj)) && personLike(tc, si, sj);
    for (let q = si + 1; lineage && q < sj; q++)
      if ((tc[q]! & (F_CAP | F_GIVEN)) === F_CAP && !((G[q] === GAP_HYPHEN || LINEAGE_WORDS.has(words.raw[t.word[q - 1]!]!)) && (tc[q - 1]! & (F_WORD | F_CAP)) === F_WORD)) lineage = false;
    // the next name in a list of people ("Abdul Malik al-Houthi, Abd al-Khaliq al-Houthi, and …")
    const prev = before & F_COMMA ? si - 2 : before & F_AND ? (before2 & F_COMMA ? si - 3 : si - 2) : -1;
    // (it reads as a person's name: a given name, an honorific or a particle in it; "Human Rights Watch" has none)
    const listed =
      prev >= 0 && cover[prev]! >= 0 && found[cover[prev]!]!.type === 'person' && foundJ[cover[prev]!] === prev && (after & (F_COMMA | F_AND | F_DOT) || afterGap === GAP_LINE || sj + 1 >= n) && personLike(tc, si, sj);
    // (a surname by its ending, last in a name of two or three capitalised words: "Mamuka Khazaradze", "Ratko
    // Mladić", "Kamchybek Tashiev"; not a place's name nor words of a body's)
    const surnamed = nParts >= 2 && nParts <= 3 && nCaps === nWords && (moreByWord[t.word[sj]!]! & M_SURNAME) !== 0 && !modifier && describedName(t, tc, si, sj) && !(tc[si]! & (F_ORGPREFIX | F_PLACEHEAD)) && !(words.flags[t.word[si]!]! & W_UPPER) && cityOf(text) === undefined;
    // (a given name before a lower-case venue head opens the venue's name, not a person's: "attacked the Étoile du
    // Sud hotel", holdout5; the head is read below)
    const venueAfter = given && !forced && nWords <= 3 && afterGap === GAP_SPACE && venueEnd(t, tc, sj + 1) > 0;
    if (
      !type &&
      (((titleBefore || roleBefore) && nParts <= 5) || surnamed || (initialledName(t, tc, si, sj) && !(afterGap === GAP_SPACE && venueEnd(t, tc, sj + 1) > 0)) || (given && !venueAfter && (nWords <= 4 || lineage)) || (listed && nCaps >= 2 && nCaps <= 5) || ((roleAfter || speechAfter || ageAfter || ageBefore || possessedAfter || bylineAt(t, tc, si, sj) || byAt(t, tc, si, sj)) && nWords >= 2 && nWords <= 3) || speakerAlone || leaderAfterBy(t, tc, si, sj) || (alias && nWords <= 3 && !(tc[sj]! & (F_ORGHEAD | F_PLACEHEAD))) || akaAfter || whoAfter || postNominal || hyphenedGivenName(body, t, tc, si, sj))
    )
      type = 'person';
    // a name that ends in an office or a body's head word is no person ("Department Spokesman", "Office")
    // (but a title's word that is also a common surname, ending the name, is the surname: "Hun Sen", "Stephen King")
    if (type === 'person' && tc[sj]! & (F_ORGHEAD | F_ROLE | F_TITLE) && !surnameTitleAtEnd(t, tc, si, sj)) type = null;
    // (and one with a body's head word before "of" inside it is that body: "Svea Court of Appeal", whose first word
    // is also a given name; holdout20)
    if (type === 'person' && headOfInside(t, tc, si, sj)) type = 'organization';
    // nor a demonym alone, after a role or a title ("official Dutch policy"; branch wild16)
    if (type === 'person' && si === sj && isDemonym(t, si)) type = null;
    // nor words joined by a hyphen to a demonym ("the Arab-Israeli conflict", "the Indo-Pakistani war"; holdout19)
    if (type === 'person' && si < sj && demonymsJoined(t, si, sj)) type = null;
    // nor one that ends in a building's head ("the 2015 Bardo Museum attack", "Ambassador Hotel"; branch wild3)
    if (type === 'person' && FACILITY_HEADS.has(words.key[t.word[sj]!]!)) type = null;
    // nor a prize's or an award's name ("the Nobel Peace Prize", "the Sakharov Prize"; branch wild31)
    if (type === 'person' && sj > si && AWARD_HEADS.has(words.raw[t.word[sj]!]!)) type = null;
    // nor one a venue's noun describes in apposition: "targeted Villa Rossa, a hotel frequented by officials" is the
    // hotel, a place (branch wild31)
    if (type === 'person' && apposedVenue(t, tc, sj)) type = 'place';
    // nor a body's other name after ", or", closed by a comma or a bracket: "the Lebanese Muslim Brotherhood, or
    // al-Jamaa al-Islamiyah, as …" (branch wild31)
    if (type === 'person' && orNameOfBody(t, tc, cover, found, si, sj)) type = 'organization';
    // nor a region's adjective ending in a demonym or another adjective ("Central Asian states", "North African"),
    // unless a given name opens it (a surname can be a demonym: "Dawn French")
    if (type === 'person' && sj > si && !(tc[si]! & F_GIVEN) && (isDemonym(t, sj) || moreByWord[t.word[sj]!]! & M_ADJECTIVE)) type = null;
    // nor a demonym or a language's adjective before common words only, a description ("Polish Catholic priest";
    // holdout20)
    if (type === 'person' && sj > si && !(tc[si]! & F_GIVEN) && (isDemonym(t, si) || moreByWord[t.word[si]!]! & M_ADJECTIVE) && describedByCommonWords(t, tc, si + 1, sj)) type = null;
    // nor one with an infobox label glued to a value in it ("Ghulam Rasool Shah LeaderRiaz")
    if (type === 'person' && labelGlued(t, si, sj)) type = null;
    // nor one with a digit in it or glued to it by a hyphen, a model's or a unit's name ("Douglas DC-8")
    if (type === 'person' && (/\d/.test(text) || (sj + 1 < n && G[sj + 1] === GAP_HYPHEN && S[sj + 1] === E[sj]! + 1 && /^\d/.test(words.raw[t.word[sj + 1]!]!)))) type = null;
    // a title and a name that the document named as a place before are that place again ("the city of
    // General Santos" … "visited General Santos")
    if (type === 'person' && si > 0 && before & F_TITLE && G[si] === GAP_SPACE && cover[si - 1]! < 0) {
      const whole = body.slice(S[si - 1]!, E[sj]!);
      if (found.some((g) => g.type === 'place' && g.canonical === whole)) {
        add(mention(S[si - 1]!, E[sj]!, 'place', whole, null, false), si - 1, sj);
        return;
      }
    }
  }
  // an acronym nothing else typed is a body by what the text says it has or does: its people ("FSB agents",
  // "RIM's leaders", "members of the YPG", "head of FSB"), or its voice after an article or a demonym ("the
  // Afghan NSC said")
  if (!type && si === sj && acronymAt(t, si) && (membersAround(t, tc, si, sj) || (after & F_SPEECH && !(after & F_CAP) && (before & F_THE || isDemonym(t, si - 1))))) type = 'organization';
  // (or the outlet a report credits: ", NAN reports." ending a sentence, "told NAN", "confirmed the attack to
  // NAN", a byline "By IANS |"; branch wild12)
  if (!type && si === sj && acronymAt(t, si) && creditedAt(body, t, tc, si)) type = 'organization';
  // (or joined by "and" to a body's name: "police from SIEDO and the Federal Investigations Agency")
  if (!type && si === sj && acronymAt(t, si) && after & F_AND && !(after & F_CAP) && afterGap === GAP_SPACE) {
    let q = sj + 2;
    if ((tc[q]! & (F_THE | F_CAP)) === F_THE) q++;
    const y = cover[q]!;
    if (y >= 0 ? found[y]!.type === 'organization' && found[y]!.canonical !== '' && foundI[y] === q : bodyNameAt(t, tc, q)) type = 'organization';
  }
  // several units by their numbers ("the 45th, 46th, and 47th Brigades") are no one body's name
  if (type === 'organization' && nWords === 2 && ORDINAL.test(words.raw[t.word[si]!]!) && words.lower[t.word[sj]!]!.endsWith('s') && ORG_HEADS.has(words.lower[t.word[sj]!]!)) return;
  // a group named after a group noun: "a sect of Islamic State named Dokumacılar", "a cell called X"
  // (or "a sect of Islamic State named X": the noun before the group it belongs to)
  if (!type && si >= 2 && G[si] === GAP_SPACE && (words.raw[t.word[si - 1]!] === 'named' || words.raw[t.word[si - 1]!] === 'called')) {
    let p = si - 2;
    const y = cover[p]!;
    if (y >= 0 && found[y]!.type === 'organization' && foundJ[y] === p && foundI[y]! >= 2 && moreByWord[t.word[foundI[y]! - 1]!]! & M_OF) p = foundI[y]! - 2;
    if ((tc[p]! & (F_GROUPNOUN | F_CAP)) === F_GROUPNOUN) type = 'organization';
  }
  // a known body's short name, adjectives and its group noun: "the Haqqani terrorist network" is the Haqqani network
  if (!type && si === sj) {
    for (let q = sj + 1; q <= sj + 3 && lowerWordAt(t, tc, q); q++)
      if (tc[q]! & F_GROUPNOUN) {
        const c = q > sj + 1 ? canonicalOf(`${text} ${words.lower[t.word[q]!]!}`) : null;
        if (c?.type === 'organization') {
          add(mention(S[si]!, E[q]!, 'organization', c.canonical, null, true), si, q);
          return;
        }
        break;
      }
  }
  // a name between "the" and a group noun is the group's: "the Los Zetas gang" (not words that describe
  // it: "the Kenyan militia", "the Southeast Asian Muslim group")
  if (!type && before & F_THE && afterGap === GAP_SPACE && (after & (F_GROUPNOUN | F_CAP | F_WORD)) === (F_GROUPNOUN | F_WORD) && !(tc[sj + 2]! & F_WORD && G[sj + 2] === GAP_HYPHEN)) {
    if (describedName(t, tc, si, sj)) type = 'organization';
  }
  // (and with a word of the group's kind between, or "former" before: "the former Seleka rebel movement", "the
  // Mungiki criminal gang"; not a description before the group's name: "the Baloch separatist group Jaish ul-Adl";
  // nor before "network", which a network's name keeps: "the Haqqani terrorist network" is the Haqqani network)
  if (!type && afterGap === GAP_SPACE && G[sj + 2] === GAP_SPACE && GROUP_KINDS.has(words.raw[t.word[sj + 1]!]!) && (tc[sj + 2]! & (F_GROUPNOUN | F_CAP | F_WORD)) === (F_GROUPNOUN | F_WORD) && words.raw[t.word[sj + 2]!] !== 'network' && !(tc[sj + 3]! & F_WORD && (G[sj + 3] === GAP_HYPHEN || (G[sj + 3] === GAP_SPACE && tc[sj + 3]! & F_CAP)))) {
    const p = si >= 2 && words.raw[t.word[si - 1]!] === 'former' && G[si] === GAP_SPACE ? si - 2 : si - 1;
    if (p >= 0 && tc[p]! & F_THE && describedName(t, tc, si, sj)) type = 'organization';
  }
  // a news outlet named before its kind ("the Russian Kommersant newspaper", "the Dawn daily"), or an acronym
  // after it ("state broadcaster CRTV")
  // a name defined as a group: "National Action is a neo-Nazi group", "X was a Greek Cypriot nationalist guerrilla
  // organisation" (the first sentence of an encyclopedia's page on a group, a release's on a designated one)
  if (!type && afterGap === GAP_SPACE && nCaps === nWords && nWords <= 4 && moreByWord[t.word[sj + 1]!]! & M_ISWAS && groupDefinition(t, tc, sj + 2)) type = 'organization';
  // a name that claims an attack is a group's: "Montoneros claimed responsibility for …" (a person who does is
  // named by a given name or a title, typed before this)
  if (!type && afterGap === GAP_SPACE && nCaps === nWords && nWords <= 4 && !(tc[si]! & F_GIVEN) && CLAIMS_AFTER.test(body.slice(E[sj]!, E[sj]! + 40)) && describedName(t, tc, si, sj)) type = 'organization';
  if (!type && afterGap === GAP_SPACE && (after & (F_CAP | F_WORD)) === F_WORD && moreByWord[t.word[sj + 1]!]! & M_MEDIA && describedName(t, tc, si, sj)) type = 'organization';
  if (!type && si === sj && si > 0 && G[si] === GAP_SPACE && (before & (F_CAP | F_WORD)) === F_WORD && moreByWord[t.word[si - 1]!]! & M_MEDIA && acronymAt(t, si)) type = 'organization';
  // appositive: "Jundallah, a Sunni militant group"
  if (!type && after & F_COMMA) {
    if (after2 & F_ARTICLE)
      for (let q = sj + 3; q < Math.min(n, sj + 8); q++) {
        if (!(tc[q]! & F_WORD)) break;
        if (tc[q]! & F_GROUPNOUN) {
          type = 'organization';
          break;
        }
      }
  }
  // (or in brackets, a body's lower-case noun among its first words: "the ENDF (the Ethiopian federal army)",
  // "the Diet (Japanese parliament)", "Patria Libre (a communist party founded in 1990)"; no capitalised word
  // but a demonym before it: "RER (Paris regional train network)" describes a network of trains)
  if (!type && after & F_LPAREN && afterGap !== GAP_LINE) {
    for (let q = after2 & F_ARTICLE ? sj + 3 : sj + 2; q < Math.min(n, sj + 7); q++) {
      const f = tc[q]!;
      if (!(f & F_WORD) || (f & F_CAP && !isDemonym(t, q))) break;
      if (f & F_CAP) continue;
      if (f & (F_GROUPNOUN | F_ORGLOWER) || GLOSS_BODIES.has(words.raw[t.word[q]!]!)) {
        type = 'organization';
        break;
      }
    }
  }
  // an attack venue named by a lower-case head after an unknown name: "Westgate shopping mall",
  // "Maalbeek metro station" (a known place's "Kabul airport" is the place)
  // (not a faith's word alone before a place of worship: "the Catholic church", "a Shi'ite mosque"; branch wild24)
  const venue = (!type || type === 'place') && !forced && nWords <= 3 && afterGap === GAP_SPACE && !(si === sj && FAITH_WORDS.has(words.key[t.word[si]!]!)) ? venueEnd(t, tc, sj + 1) : -1;
  if (venue > 0) {
    type = 'place';
    end = venue;
  }
  // a building's name after a preposition of place is the venue, a place ("outside the Amara Culture
  // Centre", "at Garissa University College"); so is the same name again in the document ("the campus of
  // Garissa University College")
  // (or the target of an attack: "an attack on the Army Public School", "gunmen stormed X College")
  if ((type === 'organization' || !type) && !forced && end === sj && si < sj && BUILDING_HEADS.has(words.key[t.word[sj]!]!)) {
    const p = tc[si - 1]! & F_THE && !(tc[si - 1]! & F_CAP) ? si - 2 : si - 1;
    // (after "at" a school's name is the institution, "his degree at the Rhodes University", unless an attack was
    // at it; holdout17)
    const at = p >= 0 && LOCATIVE.has(words.raw[t.word[p]!]!) && !(words.raw[t.word[p]!] === 'at' && SCHOOL_HEADS.has(words.key[t.word[sj]!]!) && !attackAtBefore(t, tc, p));
    if (at || attackTargetAt(t, tc, si) || venueNames?.has(text)) {
      type = 'place';
      (venueNames ??= new Set()).add(text);
    }
  }
  // place evidence
  if (!type) {
    // (the lower-case head is no part of the name: "Khashrod district" is Khashrod, "the North
    // Ossetia–Alania region" North Ossetia–Alania; a known place keeps "district", see findMentions)
    // (not after "a"/"an": a word before a place noun after the indefinite article qualifies it, "a Shiite area",
    // "a Kurdish village"; a place's name takes "the" or nothing, "the Hajaj village"; branch wild3)
    // (nor a demonym or an adjective before the noun and "of" and a name: "the Angolan province of Cabinda", "the
    // Shiite village of Nubl" name the place after "of"; but "the Ekondo Titi district of Cameroon's …")
    const indefinite = (before & (F_ARTICLE | F_THE | F_CAP)) === F_ARTICLE && G[si] === GAP_SPACE;
    // (nor a body's head word ending the name: "The Army camp was", "the Front camp" are a body's camps; branch wild21)
    const bodyHeadLast = (tc[sj]! & F_ORGHEAD) !== 0;
    const ofAfter = si === sj && (isDemonym(t, si) || (moreByWord[t.word[si]!]! & M_ADJECTIVE) !== 0) && sj + 3 < n && G[sj + 2] === GAP_SPACE && (moreByWord[t.word[sj + 2]!]! & M_OF) !== 0 && (tc[sj + 3]! & F_CAP) !== 0;
    if (afterGap === GAP_SPACE && after & F_PLACELOWER && nWords <= 3 && !indefinite && !ofAfter && !bodyHeadLast) type = 'place'; else if (after & F_COMMA && sj + 2 < n && cover[sj + 2]! >= 0 && found[cover[sj + 2]!]!.type === 'place' && nWords <= 3 && !(tc[sj]! & (F_TITLE | F_ROLE))) {
      // (not an office's word: "Deputy Assistant Secretary, U.S. Department of Commerce", holdout17)
      type = 'place';
      // a name coordinated with places is a place (branch places12): after a place and "and" ("between
      // Santiago and El Melocoton, Pinochet's country estate"; not a modifier, "U.S. and Coalition forces",
      // nor a title-case line), or between a place's comma and "and" before a place ("Semporna, Kunak and
      // Tawau"; the place after is known or a reference city not yet typed); not opened by a given name
    } else if (nWords <= 3 && !(tc[si]! & F_GIVEN) && before & F_AND && !(before & F_CAP) && si >= 2 && G[si] === GAP_SPACE && cover[si - 2]! >= 0 && found[cover[si - 2]!]!.type === 'place' && !(afterGap === GAP_SPACE && (after & (F_WORD | F_CAP | F_STOP | F_TIME | F_CONN | F_PLACEPREP | F_SPEECH)) === F_WORD) && !titleCaseLine(t, tc, si)) {
      type = 'place';
    } else if (nWords <= 3 && !(tc[si]! & F_GIVEN) && before & F_COMMA && si >= 2 && cover[si - 2]! >= 0 && found[cover[si - 2]!]!.type === 'place' && after & F_AND && !(after & F_CAP) && sj + 2 < n && ((cover[sj + 2]! >= 0 && found[cover[sj + 2]!]!.type === 'place') || (cover[sj + 2]! < 0 && moreByWord[t.word[sj + 2]!]! & M_CITY && !(tc[sj + 3]! & F_CAP)))) {
      type = 'place';
      // (three words where a lower-case particle joins two names, a Spanish place's: "in Cajón del Maipo";
      // branch places12, with runs.ts's "Santa Cruz de la Sierra")
    } else if (before & F_PLACEPREP && G[si] !== GAP_HYPHEN && !noPlaceByPreposition(t, si, sj, after, afterGap) && (nWords <= 2 || (nWords === 3 && nCaps === 2 && !(tc[si + 1]! & F_CAP) && PLACE_PARTICLES.has(words.key[t.word[si + 1]!]!))) && (!(tc[si]! & F_GIVEN) || moreByWord[t.word[si]!]! & M_DERIVED) && !(after & F_LPAREN) && !(si === sj && acronymAt(t, si)) && !titleCaseLine(t, tc, si) && !(si === sj && (isCommonWord(t, si) || titleCommonBefore(t, tc, cover, si)))) {
      // (nor one common English word, a title's or a slogan's in Title Case: "Diplomacy in Action", the state.gov
      // banner; "Lessons in Leadership"; branch common30)
      // (an acronym nobody knows is no place by a preposition alone: "police from SIEDO and …"; the places
      // written so, US, UK, UAE, are known; nor a word hyphened to "in", a title's: "the Assistant
      // Director-in-Charge of the New York Office", wild30; nor a faith's adjective before a lower-case noun: "removed
      // from Jewish tradition", wild30)
      type = 'place';
    }
  }
  // a reference city or town (data/cities.json), when nothing else typed the run ("Beslan school siege");
  // where evidence typed it a place ("in Bialystok"), the city's canonical name
  const city = (!type || type === 'place') && end === sj && nWords <= 5 && moreByWord[t.word[si]!]! & M_CITY ? (si === sj ? cityOfWord(t.word[si]!) : cityOf(text)) : undefined;
  // (not a town's name alone, untyped else, before a noun for a people or its fighters, in a text that never names
  // the town's country: an ethnic group's name that a town elsewhere shares, "Bodo militants" in Assam (Bodø,
  // Norway), "the Naga separatist group" (Naga, the Philippines), "the Moro people" (Moro, Pakistan); "Ramadi
  // insurgents" in a text on Iraq stays a place; branch wild31)
  if (city !== undefined && !type && si === sj && !forced && afterGap === GAP_SPACE && (after & (F_WORD | F_CAP)) === F_WORD && PEOPLE_NOUNS_AFTER.has(words.lower[t.word[sj + 1]!]!) && !countryNamed(found, cityCountryOf(city))) return;
  if (city !== undefined) type = 'place';
  // a translation given after "transl." or "lit." is no name of its own ("lit. 'Party of Holy Fighters'")
  if (type && !forced && isOpenQuote(body.charCodeAt(S[si]! - 1)) && TRANSLATION_BEFORE.test(body.slice(Math.max(0, S[si]! - 16), S[si]!))) return;
  // (or, unquoted, after "meaning" or after a name in another script and a comma: "(Urdu: …, Army of X)")
  if (type && !forced && glossBefore(body, S[si]!)) return;
  // a demonym or a compass word alone is no place ("at Afghan allegations", "in Eastern Afghanistan"), but a
  // demonym and "Empire" are one ("the British Empire", "the Russian Empire")
  // (nor another adjective, data/adjectives.json: "in Argentine history", "a message in Arabic"; but "the Afar
  // region" is a place; nor a region's adjective ending in one: "from Central Asian states")
  if (!type || (type === 'place' && ((isDemonym(t, si) && !demonymEmpire(t, si, end)) || (end > si && city === undefined && (isDemonym(t, end) || moreByWord[t.word[end]!]! & M_ADJECTIVE)) || (si === end && moreByWord[t.word[si]!]! & (M_COMPASS | M_ADJECTIVE) && !(moreByWord[t.word[si]!]! & M_ADJECTIVE && after & F_PLACELOWER))))) {
    // (a name of two words or more left untyped may be typed where it stands again: unknownRuns)
    if (!type && sj > si && !forced) (untypedRuns ??= []).push(si, sj);
    return;
  }
  // a given name's second syllable in lower case after a hyphen ends a person's name ("Ban Ki-moon", "Kim
  // Jong-un", "Moon Jae-in"): short parts, glued to the hyphen; not a word made with a name ("Obama-era",
  // "Taliban-led")
  if (type === 'person' && end === sj && sj > si && sj + 1 < n && G[sj + 1] === GAP_HYPHEN && S[sj + 1]! - E[sj]! === 1 && body.charCodeAt(E[sj]!) === 45 && E[sj]! - S[sj]! <= 5 && E[sj + 1]! - S[sj + 1]! <= 5 && cover[sj + 1]! < 0 && (tc[sj + 1]! & (F_WORD | F_CAP)) === F_WORD && !words.lower[t.word[sj + 1]!]!.endsWith('ed')) end = sj + 1;
  // a person's name of two words or more, "of" and a reference city or division is the person and the place they
  // come from or stand for: "Governor Felicisimo San Luis of Laguna", "Salipada Pendatun of Cotabato" (branch wild24)
  if (type === 'person' && !forced && end === sj)
    for (let k = si + 2; k < sj; k++) {
      if (words.raw[t.word[k]!] !== 'of') continue;
      if (G[k] === GAP_SPACE && G[k + 1] === GAP_SPACE && tc[k + 1]! & F_CAP && cityOf(body.slice(S[k + 1]!, E[sj]!)) !== undefined) {
        classify(body, t, tc, si, k - 1, cover, found, add, 'person');
        classify(body, t, tc, k + 1, sj, cover, found, add, 'place');
        return;
      }
      break;
    }
  // drop known places swallowed by an organisation name
  for (let q = si; q <= end; q++) if (cover[q]! >= 0) dropFound(found, cover, cover[q]!);
  // (a person's "Jr." or "Sr." keeps its point: "Petr Bernatík Jr.")
  // (a street's "St." keeps its point too: "Tarata St.", and a firm's "Inc.": "Chiquita Brands International Inc.")
  const firm = type === 'organization' && end > si && COMPANY_SUFFIXES.has(words.raw[t.word[end]!]!);
  const stop = ((type === 'person' && (words.raw[t.word[end]!] === 'Jr' || words.raw[t.word[end]!] === 'Sr')) || (streetAbbrev && type === 'place' && end === sj) || firm) && body.charCodeAt(E[end]!) === 46 ? E[end]! + 1 : E[end]!;
  const span = body.slice(S[si]!, stop);
  // (a firm's name without its legal form: "Chiquita Brands International", as the golds write it; holdout17)
  let canonical = city ?? cleanCanonical(firm ? body.slice(S[si]!, E[end - 1]!).replace(/,$/, '') : span, type);
  if (streetAbbrev && type === 'place' && end === sj) canonical = `${cleanCanonical(body.slice(S[si]!, E[sj - 1]!), type)} Street`;
  // ("Saudi TV" after "Saudi Television" is that outlet)
  if (outlet && words.raw[t.word[sj]!] === 'TV') {
    const full = `${canonical.slice(0, -2)}Television`;
    if (found.some((f) => f.type === 'organization' && f.canonical === full)) canonical = full;
  }
  if (end > sj && venue < 0) canonical = known?.canonical ?? capitalisedLast(canonical);
  // a mission or a high commission is named by where it sits, a place of its own in the text: "Pakistan
  // High Commission in Dhaka"
  if (type === 'organization' && end === sj && MISSION_HEADS.has(words.key[t.word[sj]!]!) && sj + 2 < n && words.raw[t.word[sj + 1]!] === 'in' && G[sj + 2] === GAP_SPACE) {
    const y = cover[sj + 2]!;
    if (y >= 0 && found[y]!.type === 'place' && foundI[y] === sj + 2 && canonical === span) canonical = `${canonical} in ${found[y]!.canonical}`;
  }
  // (a reference city is known, as a gazetteer entry would be: no proposal for review)
  add(mention(S[si]!, stop, type, canonical, null, city !== undefined), si, end);
  if (paren > 0) {
    for (let q = sj + 2; q <= paren; q++) if (cover[q]! >= 0 && found[cover[q]!]!.type !== 'place') return;
    for (let q = sj + 2; q <= paren; q++) if (cover[q]! >= 0) dropFound(found, cover, cover[q]!);
    add(mention(S[sj + 2]!, E[paren]!, type, canonical, null, false), sj + 2, paren);
  }
}

/**
 * Tokens si..sj are words joined by hyphens, the last a demonym or an adjective (adjectives.json): "Arab-Israeli",
 * "Indo-Pakistani", "Sino-Soviet" qualify a conflict or a treaty; no person's name ends in one.
 */
/** A capitalised body's head word after the first word of si…sj, then "of" and a capitalised word: "Svea Court of Appeal". */
function headOfInside(t: Tokens, tc: Int32Array, si: number, sj: number): boolean {
  for (let q = si + 1; q + 2 <= sj; q++) if (orgHeadAt(tc, q) && words.key[t.word[q + 1]!] === 'of' && t.gap[q + 1] === GAP_SPACE && tc[q + 2]! & F_CAP) return true;
  return false;
}
/** Tokens i..j are capitalised common words or faiths' words, none in capitals ("Catholic" of "Polish Catholic priest"). */
function describedByCommonWords(t: Tokens, tc: Int32Array, i: number, j: number): boolean {
  for (let q = i; q <= j; q++) {
    if ((tc[q]! & (F_CAP | F_WORD)) !== (F_CAP | F_WORD) || words.flags[t.word[q]!]! & W_UPPER) return false;
    if (!isCommonWord(t, q) && !FAITH_WORDS.has(words.key[t.word[q]!]!)) return false;
  }
  return true;
}
/** The endings of Korean places' names written after a hyphen ("Gungjeong-dong", "Jongno-gu"), not given names. */
const PLACE_SYLLABLES = new Set(['dong', 'gu', 'si', 'do', 'ri', 'gun', 'eup', 'myeon', 'ro', 'gil', 'ga']);
/**
 * A family name and a given name of two syllables joined by a hyphen, the second in lower case: the usual
 * romanisation of Korean and (Wade-Giles) Chinese names, "Park Chung-hee", "Lee Ki-ju", "Chiang Ching-kuo" — no
 * place's or body's name has that shape (holdout20). Short words only: a word of Latin roots, "Soviet
 * Anti-aircraft", has longer ones.
 */
function hyphenedGivenName(body: string, t: Tokens, tc: Int32Array, si: number, sj: number): boolean {
  // (the run ends before the lower-case syllable, which the mention takes in after typing, as "Kim Jae-kyu"'s)
  const z = sj + 1;
  if (sj !== si + 1 || z >= t.n || t.gap[sj] !== GAP_SPACE || t.gap[z] !== GAP_HYPHEN || t.start[z]! !== t.end[sj]! + 1 || body.charCodeAt(t.end[sj]!) !== 45) return false;
  const a = t.end[si]! - t.start[si]!;
  const b = t.end[sj]! - t.start[sj]!;
  const c = t.end[z]! - t.start[z]!;
  if (a < 2 || a > 6 || b < 2 || b > 5 || c < 2 || c > 5) return false;
  if ((tc[si]! & (F_CAP | F_WORD)) !== (F_CAP | F_WORD) || (tc[sj]! & (F_CAP | F_WORD)) !== (F_CAP | F_WORD) || (tc[z]! & (F_CAP | F_WORD)) !== F_WORD) return false;
  if (words.flags[t.word[si]!]! & W_UPPER || words.flags[t.word[sj]!]! & W_UPPER || isCommonWord(t, sj)) return false;
  // (and no word after it: "Park Heung-ju was", not "Kim Jae-kyu Street")
  if (z + 1 < t.n && t.gap[z + 1] === GAP_SPACE && tc[z + 1]! & F_CAP) return false;
  return /^[a-z]+$/.test(words.raw[t.word[z]!]!) && !PLACE_SYLLABLES.has(words.raw[t.word[z]!]!);
}

function demonymsJoined(t: Tokens, si: number, sj: number): boolean {
  for (let q = si + 1; q <= sj; q++) if (t.gap[q] !== GAP_HYPHEN) return false;
  return isDemonym(t, sj) || (moreByWord[t.word[sj]!]! & M_ADJECTIVE) !== 0;
}
/** Prepositions of four letters that a headline in Title Case writes in lower case (as written). */
const TITLE_CASE_SMALL = new Set(['with', 'from', 'into', 'onto', 'upon', 'over']);
/**
 * Token q's line is written in Title Case, a headline's: three words of four letters or more, all capitalised
 * ("Basque Separatists Blamed in Bomb Explosion", "Philippine Authorities Suspect Abu Sayyaf in Bombing"), where
 * "in" before a capitalised word says nothing of a place.
 */
export function titleCaseLine(t: Tokens, tc: Int32Array, q: number): boolean {
  const a = lineStartOf(t, q);
  let caps = 0;
  for (let k = a; k < t.n && (k === a || t.gap[k] !== GAP_LINE); k++) {
    // (a number is neither: "… in Synagogue Bombing - 2003-11-17")
    if (!(tc[k]! & F_WORD) || t.end[k]! - t.start[k]! < 4 || words.flags[t.word[k]!]! & W_DIGIT) continue;
    if (!(tc[k]! & F_CAP)) {
      // (but a preposition of four letters, which Title Case writes in lower case: "… Appeared with Usama Bin Laden")
      if (TITLE_CASE_SMALL.has(words.raw[t.word[k]!]!)) continue;
      return false;
    }
    caps++;
  }
  return caps >= 3;
}
/**
 * The preposition before token q follows a capitalised common word inside a sentence, which no name covers: a
 * title's Title Case ("a video titled Participate in Jihad"; wild30), not a place's preposition after a name.
 */
function titleCommonBefore(t: Tokens, tc: Int32Array, cover: Int32Array, q: number): boolean {
  const w = q - 2;
  if (w < 1 || t.gap[q] !== GAP_SPACE || t.gap[q - 1] !== GAP_SPACE || cover[w]! >= 0) return false;
  if ((tc[w]! & (F_WORD | F_CAP)) !== (F_WORD | F_CAP) || !isCommonWord(t, w) || tc[w]! & (F_ORGHEAD | F_PLACEHEAD | F_TITLE | F_ROLE | F_STOP | F_TIME)) return false;
  // (inside a sentence: the word before is a lower-case word)
  return (tc[w - 1]! & (F_WORD | F_CAP)) === F_WORD && t.gap[w] === GAP_SPACE;
}
/** A capitalised run from token q ends in an organisation's head word ("Federal Investigations Agency"). */
function bodyNameAt(t: Tokens, tc: Int32Array, q: number): boolean {
  let r = q;
  while (r < t.n && r - q < 8 && tc[r]! & F_NAME && (r === q || t.gap[r] === GAP_SPACE)) r++;
  return r > q && (tc[r - 1]! & (F_ORGHEAD | F_CAP)) === (F_ORGHEAD | F_CAP);
}
/** The one body found whose name ends in the head word `head` (as written), or null (none, or several). */
function bodyOfHead(body: string, found: Found[], head: string): Found | null {
  let c: Found | null = null;
  for (const f of found)
    if (f.type === 'organization' && f.canonical !== '' && f.end - f.start > head.length && body.startsWith(head, f.end - head.length) && body.charCodeAt(f.end - head.length - 1) === 32) {
      if (c && c.canonical !== f.canonical) return null;
      c = f;
    }
  return c;
}
/** Event heads before "of" and the place's name (as written): "the Battle of Iwo Jima". */
const BATTLE_HEADS = new Set(['Battle', 'Siege']);
/** The prefixes of a ship's name (as written): a vessel, no person ("MS Achille Lauro", "MV Coho", "USS Cole"). */
const SHIP_PREFIXES = new Set(['MS', 'MV', 'SS', 'HMS', 'USS', 'RMS', 'INS', 'PNS', 'HMAS', 'MT']);
/** The lower-case nouns of an attack named after its place ("the Bentalha massacre", "the Dehiwala train bombing"). */
const PLACED_ATTACKS = new Set(['bombing', 'bombings', 'massacre', 'massacres', 'blast', 'blasts', 'explosion', 'explosions']);
/**
 * Token q, one capitalised word (no acronym, demonym, given name, title or head word), stands after "the" (and
 * perhaps a year) and before a lower-case noun of PLACED_ATTACKS, or a vehicle's noun and one: the attack's name
 * opens with its place ("the Bentalha massacre", "the 1996 Dehiwala train bombing"; the golds count places
 * inside events' names): 1. Opening a line instead (a title: "Dehiwala train bombing"), 2: no vehicle's name,
 * which would hide the word everywhere in the document, but no place either ("Suicide bombings", "Time bombings").
 * 0 otherwise. Branch wild19 (fresh texts: an unknown town there was no mention, and before "train" a vehicle's
 * name that hid the town everywhere in the document). `titled`: the noun capitalised instead ("The Acteal Massacre").
 */
function eventPlaceAt(t: Tokens, tc: Int32Array, q: number, titled = false): 0 | 1 | 2 {
  const n = t.n;
  const G = t.gap;
  const WD = t.word;
  if (q + 1 >= n || G[q + 1] !== GAP_SPACE) return 0;
  if ((tc[q]! & (F_CAP | F_WORD)) !== (F_CAP | F_WORD) || tc[q]! & (F_GIVEN | F_NAMETITLE | F_TITLE | F_ROLE | F_ORGHEAD | F_PLACEHEAD | F_ORGPREFIX | F_TIME | F_STOP)) return 0;
  if (words.flags[WD[q]!]! & W_UPPER || isDemonym(t, q) || moreByWord[WD[q]!]! & M_ADJECTIVE) return 0;
  // (after "the", perhaps a year, or opening a line: a title's "Dehiwala train bombing")
  let p = q;
  if (p > 0 && G[p] === GAP_SPACE && /^(?:1[89]|20)\d\d$/.test(words.raw[WD[p - 1]!]!)) p--;
  const the = p > 0 && G[p] === GAP_SPACE && (tc[p - 1]! & F_THE) !== 0;
  if (!the && p > 0 && G[p] !== GAP_LINE) return 0;
  let k = q + 1;
  if (moreByWord[WD[k]!]! & M_NOTAFTER) {
    k++;
    if (k >= n || G[k] !== GAP_SPACE) return 0;
  }
  if ((tc[k]! & F_CAP) !== (titled ? F_CAP : 0) || !PLACED_ATTACKS.has(words.lower[WD[k]!]!)) return 0;
  // (not a ship's name that the document gives elsewhere: "the destroyer Cole" … "the Cole bombing")
  for (let x = 1; x < n; x++) if (WD[x] === WD[q] && x !== q && G[x] === GAP_SPACE && (VESSEL_PREFIXES.has(words.raw[WD[x - 1]!]!) || VESSEL_NOUNS.has(words.raw[WD[x - 1]!]!))) return 0;
  return the ? 1 : 2;
}
/** Nouns of an attack that a name of two or three words before them places ("the Zona Rosa attack", "the La Penca bombing"). */
const PLACED_ATTACKS_SPAN = new Set([...PLACED_ATTACKS, 'attack', 'attacks', 'siege']);
/**
 * Tokens si..sj, two or three capitalised words (a lower-case connector between), after "the" (perhaps a year)
 * and before a lower-case noun of PLACED_ATTACKS_SPAN: the attack's place, as eventPlaceAt reads one word ("the
 * Zona Rosa attack", holdout16; "the La Penca bombing", holdout11). No word a given name first, a title, a role, a
 * head word, a time or stop word, in capitals, nor a demonym or an adjective first. 1 or 0, as eventPlaceAt.
 * `titled`: the noun capitalised instead, the name after "the" or opening a line (a Title Case name).
 */
function eventPlaceSpan(t: Tokens, tc: Int32Array, si: number, sj: number, titled = false): 0 | 1 {
  const n = t.n;
  const G = t.gap;
  const WD = t.word;
  if (sj + 1 >= n || G[sj + 1] !== GAP_SPACE || (tc[sj + 1]! & F_CAP) !== (titled ? F_CAP : 0) || !PLACED_ATTACKS_SPAN.has(words.lower[WD[sj + 1]!]!)) return 0;
  if (tc[si]! & F_GIVEN || isDemonym(t, si) || moreByWord[WD[si]!]! & M_ADJECTIVE) return 0;
  for (let q = si; q <= sj; q++) {
    if (G[q] === GAP_LINE || (q > si && G[q] !== GAP_SPACE)) return 0;
    if ((tc[q]! & (F_CAP | F_WORD)) !== (F_CAP | F_WORD) && !(q > si && q < sj && tc[q]! & F_CONN)) return 0;
    if (tc[q]! & (F_NAMETITLE | F_TITLE | F_ROLE | F_ORGHEAD | F_PLACEHEAD | F_ORGPREFIX | F_TIME | F_STOP) || words.flags[WD[q]!]! & W_UPPER) return 0;
  }
  let p = si;
  if (p > 0 && G[p] === GAP_SPACE && /^(?:1[89]|20)\d\d$/.test(words.raw[WD[p - 1]!]!)) p--;
  return (p > 0 && G[p] === GAP_SPACE && (tc[p - 1]! & F_THE) !== 0) || (titled && G[p] === GAP_LINE) ? 1 : 0;
}
/** A ship's name after these ("the USS Cole", "the destroyer Cole"). */
const VESSEL_PREFIXES = new Set(['USS', 'HMS', 'MV', 'MS', 'INS', 'HMAS', 'HMCS']);
const VESSEL_NOUNS = new Set(['destroyer', 'frigate', 'warship', 'cruiser', 'ship', 'vessel', 'tanker', 'ferry', 'liner', 'yacht', 'submarine', 'corvette', 'boat']);
/** Token q is "of" or "for" in lower case (after a head word, they open its complement). */
function ofOrFor(t: Tokens, q: number): boolean {
  const w = words.raw[t.word[q]!];
  return w === 'of' || w === 'for';
}
/** The last word of an airline's name (lower case): "Airlines", "Airways", "Air" ("Korean Air"). */
const CARRIER_LAST = new Set(['airlines', 'airways', 'air']);
/** Tokens i..j are one to three capitalised words after a space each, the last of CARRIER_LAST ("Airlines", "Arab Airlines"). */
function carrierWords(t: Tokens, tc: Int32Array, i: number, j: number): boolean {
  if (j - i > 2 || !CARRIER_LAST.has(words.lower[t.word[j]!]!)) return false;
  for (let q = i; q <= j; q++) if (!(tc[q]! & F_CAP) || (q > i && t.gap[q] !== GAP_SPACE)) return false;
  return true;
}
/** Capitalised words of an outlet's kind (lower case); OUTLET_LAST the last word of such a name. */
const OUTLET_WORDS = new Set(['television', 'tv', 'radio', 'news', 'press', 'agency', 'broadcasting', 'state']);
const OUTLET_LAST = new Set(['television', 'tv', 'radio', 'agency', 'broadcasting']);
/** Tokens i..j are capitalised words of an outlet's kind only, the last one of OUTLET_LAST ("Television", "News Agency"). */
function outletWords(t: Tokens, tc: Int32Array, i: number, j: number): boolean {
  if (!OUTLET_LAST.has(words.lower[t.word[j]!]!)) return false;
  for (let q = i; q <= j; q++) if (!(tc[q]! & F_CAP) || (q > i && t.gap[q] !== GAP_SPACE) || !OUTLET_WORDS.has(words.lower[t.word[q]!]!)) return false;
  return true;
}
/** The capitalised names of one armed service (lower case, words joined by a space). */
/** A base's nouns after "army"/"military": "the Panzgam army camp", "Tekeli military base" (branch wild21). */
const ARMY_BASE_HEADS = new Set(['army', 'military']);
const ARMY_BASE_NOUNS = new Set(['camp', 'base', 'garrison', 'barracks', 'cantonment', 'outpost', 'post']);

/** Whether token q is a lower-case "army"/"military" before a lower-case base's noun ("army camp", "military base"). */
function armyBaseAfter(t: Tokens, q: number): boolean {
  return q + 1 < t.n && t.gap[q + 1] === GAP_SPACE && ARMY_BASE_HEADS.has(words.raw[t.word[q]!]!) && ARMY_BASE_NOUNS.has(words.raw[t.word[q + 1]!]!);
}

const SERVICE_NAMES = new Set(['army', 'air force', 'navy']);
/**
 * The last token of the capitalised name of one armed service ("Army", "Air Force", "Navy") that tokens i..j are,
 * or open before one capitalised word (no head word) and a lower-case noun ("Air Force MiG fighter"); -1 if none.
 */
function serviceWordsEnd(t: Tokens, tc: Int32Array, i: number, j: number): number {
  for (let k = i; k <= i + 1 && k <= j; k++) {
    if (!(tc[k]! & F_CAP) || (k > i && t.gap[k] !== GAP_SPACE)) return -1;
    if (!SERVICE_NAMES.has(k === i ? words.lower[t.word[i]!]! : `${words.lower[t.word[i]!]!} ${words.lower[t.word[k]!]!}`)) continue;
    if (k === j) return k;
    const q = j + 1;
    if (j === k + 1 && !(tc[j]! & (F_ORGHEAD | F_PLACEHEAD)) && q < t.n && t.gap[q] === GAP_SPACE && (tc[q]! & (F_WORD | F_CAP | F_STOP | F_CONN | F_SPEECH)) === F_WORD) return k;
    return -1;
  }
  return -1;
}
/** Capitalised offices held in a legislature, after its name ("National Assembly Speaker"; as written). */
const LEGISLATURE_OFFICES = new Set(['Speaker', 'Chairman', 'Chair', 'President', 'Member']);
/**
 * Tokens si..sj are "National Assembly", after a demonym or a capitalised adjective ("Armenian"), before an
 * office ("Speaker"), or both, as written.
 */
function nationalAssemblyAt(t: Tokens, tc: Int32Array, si: number, sj: number): boolean {
  let k = si;
  if (words.raw[t.word[k]!] !== 'National') {
    if (!(isDemonym(t, k) || moreByWord[t.word[k]!]! & M_ADJECTIVE)) return false;
    k++;
  }
  if (k + 1 > sj || words.raw[t.word[k]!] !== 'National' || words.raw[t.word[k + 1]!] !== 'Assembly' || t.gap[k] !== GAP_SPACE && k > si || t.gap[k + 1] !== GAP_SPACE) return false;
  if (k + 1 === sj) return !(tc[sj + 1]! & F_CAP && t.gap[sj + 1] === GAP_SPACE);
  return k + 2 === sj && t.gap[sj] === GAP_SPACE && LEGISLATURE_OFFICES.has(words.raw[t.word[sj]!]!);
}
/** The heads of a legislature's name that the text may write alone for it (as written). */
const LEGISLATURE_HEADS = new Set(['Parliament', 'Assembly']);
/** States whose English name takes "the" after "of" ("Parliament of the United Kingdom"). */
const THE_STATE = /^(?:United |Netherlands$|Philippines$|Bahamas$|Gambia$|Maldives$|Comoros$|Seychelles$|Central African|Czech Republic$|Dominican Republic$|.* Islands$)/;
/** The state (canonical name) whose possessive stands right before token q ("Kosovo's Assembly"), or null. */
function statePossessing(body: string, t: Tokens, found: Found[], cover: Int32Array, q: number): string | null {
  if (q < 2 || words.key[t.word[q - 1]!] !== 's' || t.end[q - 1]! - t.start[q - 1]! !== 1 || t.start[q - 1]! !== t.end[q - 2]! + 1 || !isApostrophe(body.charCodeAt(t.end[q - 2]!))) return null;
  const y = cover[q - 2]!;
  if (y < 0 || foundJ[y] !== q - 2 || found[y]!.type !== 'place') return null;
  return canonicalOf(found[y]!.canonical)?.kind === 'state' ? found[y]!.canonical : null;
}
/**
 * The state the document names most (canonical name; of those tied, the first named), or null: a source's
 * header may name its own state first ("U.S. Government work").
 */
function mostNamedState(found: Found[]): string | null {
  const count = new Map<string, number>();
  let best: string | null = null;
  for (const f of found) {
    if (f.type !== 'place' || f.canonical === '' || canonicalOf(f.canonical)?.kind !== 'state') continue;
    const c = (count.get(f.canonical) ?? 0) + 1;
    count.set(f.canonical, c);
    if (best === null || c > count.get(best)!) best = f.canonical;
  }
  return best;
}
/** The state the document names first (canonical name), or null. */
function firstState(found: Found[]): string | null {
  let c: Found | null = null;
  for (const f of found) if (f.type === 'place' && f.canonical !== '' && (!c || f.start < c.start) && canonicalOf(f.canonical)?.kind === 'state') c = f;
  return c ? c.canonical : null;
}
/** Lower-case nouns of a state's bodies that a bracketed description of a name may end in, beside the group nouns (as written). */
const GLOSS_BODIES = new Set(['parliament', 'legislature', 'police', 'militia']);
/**
 * Tokens si..sj are capitalised common English words only (COMMON_WORDS; "of", "and", "for" between them in lower
 * case), the last a body's head and no ministry: after a demonym they are no name of their own, and the demonym opens the body's
 * name ("Indian Peace Keeping Force", "Turkish Resistance Organisation", "Italian Parliament"; the golds of holdout11,
 * holdout12, holdout13, holdout19), where before a proper name it is an adjective ("the Russian Wagner Group").
 */
function commonWordsOnly(t: Tokens, tc: Int32Array, si: number, sj: number): boolean {
  if (sj < si || !(tc[sj]! & F_ORGHEAD)) return false;
  // (a ministry is named with its state by joins.ts nationalBodies: "a Pakistani Foreign Ministry spokesperson" is
  // the Ministry of Foreign Affairs (Pakistan))
  if (words.key[t.word[sj]!] === 'ministry' || words.key[t.word[si]!] === 'ministry') return false;
  // (nor one generic word, a description: "the Somali Government and Somali Police said")
  if (si === sj && GENERIC_LAST.has(words.lower[t.word[si]!]!)) return false;
  for (let q = si; q <= sj; q++) {
    if (!(tc[q]! & F_WORD) || (q > si && t.gap[q] !== GAP_SPACE && t.gap[q] !== GAP_HYPHEN)) return false;
    if (tc[q]! & F_CAP ? !isCommonWord(t, q) || words.flags[t.word[q]!]! & W_UPPER : q === si || q === sj || !LINK_WORDS.has(words.raw[t.word[q]!]!)) return false;
  }
  return true;
}
const LINK_WORDS = new Set(['of', 'and', 'for']);
/** The heads of a party's or a movement's name that a writer may put in lower case after it (lower case). */
const LOWER_PARTY_HEADS = new Set(['party', 'movement']);
/**
 * Tokens si..sj, two capitalised words or more and the last no demonym, are followed by "party" or "movement" in
 * lower case: that head is part of the name ("Basque Nationalist party").
 */
function lowerPartyAfter(t: Tokens, tc: Int32Array, si: number, sj: number): boolean {
  const q = sj + 1;
  if (sj <= si || q >= t.n || t.gap[q] !== GAP_SPACE || (tc[q]! & (F_WORD | F_CAP)) !== F_WORD || !LOWER_PARTY_HEADS.has(words.raw[t.word[q]!]!)) return false;
  if (isDemonym(t, sj) || !(tc[sj]! & F_CAP) || !(tc[si]! & F_CAP)) return false;
  for (let r = si + 1; r <= sj; r++) if (t.gap[r] !== GAP_SPACE || !(tc[r]! & F_CAP)) return false;
  return true;
}
/** Token si follows a place noun and "known as" or "called" ("a village known as", "a town called"), an article between or none. */
function knownAsAfterPlaceNoun(t: Tokens, si: number): boolean {
  let q = si - 1;
  if (q >= 0 && (words.raw[t.word[q]!] === 'the' || words.raw[t.word[q]!] === 'a')) q--;
  if (q < 1) return false;
  let p: number;
  if (words.raw[t.word[q]!] === 'as' && words.raw[t.word[q - 1]!] === 'known') p = q - 2;
  else if (words.raw[t.word[q]!] === 'called') p = q - 1;
  else return false;
  return p >= 0 && (moreByWord[t.word[p]!]! & M_PLACEOF) !== 0;
}
/** Tokens si..sj can be a name a kind of thing follows: none is a stop word, title, role, demonym, adjective or compass word ("the Southeast Asian Muslim group"). */
function describedName(t: Tokens, tc: Int32Array, si: number, sj: number): boolean {
  for (let q = si; q <= sj; q++) if (tc[q]! & (F_STOP | F_TITLE | F_ROLE | F_TIME) || isDemonym(t, q) || moreByWord[t.word[q]!]! & (M_ADJECTIVE | M_COMPASS)) return false;
  return true;
}
/**
 * Tokens si..sj (two or more) are capitalised generic words only, organisation heads or GENERIC_WORDS, the last
 * a force's, an agency's or a government's ("Security Forces", "News Agency"; not a ministry, which
 * nationalBodies names with its state: "Defence Ministry").
 */
function genericWords(t: Tokens, tc: Int32Array, si: number, sj: number): boolean {
  if (sj <= si || !GENERIC_LAST.has(words.lower[t.word[sj]!]!)) return false;
  for (let q = si; q <= sj; q++) if (!(tc[q]! & F_CAP) || !(tc[q]! & F_ORGHEAD || GENERIC_WORDS.has(words.lower[t.word[q]!]!))) return false;
  return true;
}
/** The last words of a generic description of a state's bodies (lower case). */
const GENERIC_LAST = new Set(['forces', 'force', 'agency', 'army', 'police', 'service', 'services', 'troops', 'government', 'military', 'guard', 'guards']);
/** Capitalised words that describe a state's bodies without naming one (lower case). */
const GENERIC_WORDS = new Set(['security', 'special', 'armed', 'news', 'intelligence', 'government', 'military', 'air', 'naval', 'border', 'federal', 'troops']);

/** The buildings' names found as venues in the document under way (findMentions resets it). */
let venueNames: Set<string> | null = null;
/** The names found as a vehicle's in the document under way ("the X train"; findMentions resets it). */
export let vehicleNames: Set<string> | null = null;
/** The names found after a ship's prefix in the document under way ("MS Achille Lauro"; findMentions resets it). */
export let shipNames: Set<string> | null = null;
/** The words typed places by eventPlaceAt alone ("the Tarata bombing"), for find.ts's eventPlacesNamed. */
export let eventPlaceWords: Set<number> | null = null;
/** The runs of two words or more left untyped in the document under way, as token ranges (first, last, …). */
export let untypedRuns: number[] | null = null;
/** Forgets the venue and vehicle names of the document before. */
export function forgetNames() {
  venueNames = null;
  vehicleNames = null;
  shipNames = null;
  eventPlaceWords = null;
  untypedRuns = null;
}
/** Tokens i..j are each a word that can be part of a person's name (context.ts plainNameWord). */
function plainNameWords(t: Tokens, tc: Int32Array, cover: Int32Array, i: number, j: number): boolean {
  for (let q = i; q <= j; q++) if (!plainNameWord(t, tc, cover, q) || (q > i && t.gap[q] !== GAP_SPACE)) return false;
  return true;
}
/**
 * The city named right after an embassy's name that ends at token e ("… Embassy in Kabul"): a place found there,
 * else a city's word; past one lower-case compass word when `pastCompass` ("in central Ouagadougou"); else none.
 */
function cityAfterIn(t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[], e: number, pastCompass: boolean): string | undefined {
  const n = t.n;
  const G = t.gap;
  const c = pastCompass && e + 3 < n && !(tc[e + 2]! & F_CAP) && moreByWord[t.word[e + 2]!]! & M_COMPASS && G[e + 3] === GAP_SPACE ? e + 3 : e + 2;
  if (c >= n || words.raw[t.word[e + 1]!] !== 'in' || G[e + 2] !== GAP_SPACE) return undefined;
  const z = cover[c]!;
  return z >= 0 ? (found[z]!.type === 'place' && foundI[z] === c ? found[z]!.canonical : undefined) : cityOfWord(t.word[c]!);
}
/**
 * The embassy whose head word is token e, named by the state before it (a place found there or a demonym), as a
 * venue: a place mention from the state's word to the head, "Saudi Embassy in Khartoum" (the city after "in"), where
 * it is an attack's object or target, after a preposition of place (capitalised), or a Target row or an attack in
 * the passive names it a venue. False, adding nothing, otherwise.
 */
function embassyVenue(body: string, t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[], add: Add, e: number): boolean {
  const y = cover[e - 1]!;
  const a = y >= 0 && found[y]!.type === 'place' && foundJ[y] === e - 1 ? foundI[y]! : isDemonym(t, e - 1) ? e - 1 : -1;
  // (in lower case, "embassy" names a venue only where it was attacked: "the chargé at the American embassy" works
  // there; and not "the Japanese embassy residence")
  const lower = words.raw[t.word[e]!] === 'embassy';
  if (lower && e + 1 < t.n && t.gap[e + 1] === GAP_SPACE && (tc[e + 1]! & (F_WORD | F_CAP)) === F_WORD && !EMBASSY_NEXT.has(words.raw[t.word[e + 1]!]!)) return false;
  if (a <= 0 || !(attackTargetAt(t, tc, a) || (!lower && locativeAt(t, tc, a)) || partOfTarget(t, tc, a) || TARGET_ROW.test(body.slice(Math.max(0, t.start[a]! - 12), t.start[a]!)) || attackedAfter(t, cover, found, e))) return false;
  if (y >= 0) dropFound(found, cover, y);
  let canonical = `${body.slice(t.start[a]!, t.start[e]!)}Embassy`;
  // (the city after "in", past a compass word: "in central Ouagadougou")
  const city = cityAfterIn(t, tc, cover, found, e, true);
  if (city) canonical += ` in ${city}`;
  // (without a city, the same embassy named with its city before: "Target: Saudi Embassy" after "the Saudi Embassy in
  // Khartoum")
  else canonical = found.find((f) => f.type === 'place' && f.canonical.startsWith(`${canonical} in `))?.canonical ?? canonical;
  add(mention(t.start[a]!, t.end[e]!, 'place', canonical, null, false), a, e);
  return true;
}
/** An infobox's Target row before a name ("- Target: Saudi Embassy"). */
const TARGET_ROW = /(?:^|\n)(?:- )?Targets?:? ?\|? ?$/;
/** The words after a lower-case "embassy" that leave it the head of a name: "the Saudi embassy in Khartoum", "… was stormed". */
const EMBASSY_NEXT = new Set(['in', 'on', 'was', 'were', 'of', 'for']);
/** An age before the name that starts at `s` (AGE_BEFORE); apposed to a noun, the name ends at a comma (`after`: the facts of the token after it). */
function ageBeforeAt(body: string, s: number, after: number): boolean {
  // (AGE_BEFORE's match ends at s in "-year-old " or ", ": the expression runs only where the text can end so)
  if (!(body.startsWith('-year-old ', s - 10) || (body.charCodeAt(s - 1) === 32 && body.charCodeAt(s - 2) === 44))) return false;
  const m = AGE_BEFORE.exec(body.slice(Math.max(0, s - 40), s));
  return m !== null && (!m[0].endsWith(', ') || (after & F_COMMA) !== 0);
}
/** A person's mention covers token q. */
function personAt(found: Found[], cover: Int32Array, q: number): boolean {
  return cover[q]! >= 0 && found[cover[q]!]!.type === 'person';
}
/** Tokens i..j, two or three plain name words not yet typed and no place, typed as a person's name. */
function pairedPerson(body: string, t: Tokens, tc: Int32Array, cover: Int32Array, add: (f: Found, i: number, j: number) => void, i: number, j: number) {
  // (nor after a preposition: "mayor of Ekondo Titi and Ebeku William")
  if (j - i < 1 || j - i > 2 || !plainNameWords(t, tc, cover, i, j) || !(tc[j]! & F_CAP) || (i > 0 && tc[i - 1]! & (F_CONN | F_PLACEPREP) && !(tc[i - 1]! & F_CAP))) return;
  const text = body.slice(t.start[i]!, t.end[j]!);
  if (cityOf(text) !== undefined) return;
  add(mention(t.start[i]!, t.end[j]!, 'person', cleanCanonical(text, 'person'), null, false), i, j);
}
/**
 * Tokens i..j read as a person's name by a given name or a surname's ending in them, or by what follows: a
 * comma, a verb of speech or of a person ("said", "condemned"), "is", "was", "has" or "had" ("Witness
 * Protection Program officials" is none).
 */
function nameAhead(t: Tokens, tc: Int32Array, i: number, j: number): boolean {
  for (let q = i; q <= j; q++) if (tc[q]! & F_GIVEN || moreByWord[t.word[q]!]! & M_SURNAME) return true;
  if (j + 1 >= t.n) return false;
  const a = tc[j + 1]!;
  if (a & F_COMMA || ((a & (F_WORD | F_CAP)) === F_WORD && (a & F_SPEECH || moreByWord[t.word[j + 1]!]! & M_VERBAFTER))) return true;
  const w = words.raw[t.word[j + 1]!]!;
  return w === 'is' || w === 'was' || w === 'has' || w === 'had';
}

/** Whether the name at `si` stands right after a lower-case outlet noun, or after it and a comma. */
function nameAfterOutletNoun(t: Tokens, tc: Int32Array, si: number): boolean {
  let q = si - 1;
  if (q >= 1 && tc[q]! & F_COMMA) q--;
  if (q < 0 || t.gap[si] === GAP_LINE || tc[q]! & F_CAP) return false;
  return OUTLET_NOUNS.has(words.raw[t.word[q]!]!);
}

/**
 * A name of two or three plain capitalised words set off by commas after an office's phrase whose title or role
 * stands a few words back ("the state Commissioner of Police, Haliru Gwandu, said"; "the Public Relations Officer
 * (PPRO) in the state, SP Shehu Mohammed, made …", a rank's acronym before the name) is the office holder's
 * (branch wild3). The phrase is read back to the clause's start (no comma or sentence end; a bracket is skipped):
 * a title or a role word in its last six words.
 */
function officeApposed(t: Tokens, tc: Int32Array, cover: Int32Array, si: number, sj: number): boolean {
  if (sj - si < 1 || sj - si > 2 || !(tc[sj + 1]! & F_COMMA) || !plainNameWords(t, tc, cover, si, sj)) return false;
  for (let q = si; q <= sj; q++) if (!(tc[q]! & F_CAP) || tc[q]! & (F_ORGHEAD | F_PLACEHEAD | F_TITLE | F_ROLE)) return false;
  return officePhraseBefore(t, tc, si);
}
/** Token si follows a comma (or a rank's acronym after one) that closes an office's phrase (officeApposed). */
export function officePhraseBefore(t: Tokens, tc: Int32Array, si: number): boolean {
  let c = si - 1;
  if (c >= 1 && words.flags[t.word[c]!]! & W_UPPER && t.end[c]! - t.start[c]! >= 2 && t.end[c]! - t.start[c]! <= 3 && t.gap[si] === GAP_SPACE) c--;
  if (c < 2 || !(tc[c]! & F_COMMA)) return false;
  for (let q = c - 1, k = 0; q >= 0 && k < 6; q--, k++) {
    const f = tc[q]!;
    if (f & F_RPAREN) {
      while (q > 0 && !(tc[q]! & F_LPAREN)) q--;
      continue;
    }
    if (f & (F_COMMA | F_SENTSTART | F_DOT | F_LPAREN)) return false;
    if (f & (F_TITLE | F_ROLE)) return true;
  }
  return false;
}

/**
 * An acronym at si is credited as a report's source (branch wild12): after "told", or after "to" with a verb of
 * speech earlier in its clause ("confirmed the attack to NAN"); between a comma and "reports"/"reported" that end
 * the sentence (", NAN reports."); alone after "By" at a line's start, before the line's end or a bar ("By IANS |").
 */
function creditedAt(body: string, t: Tokens, tc: Int32Array, si: number): boolean {
  if (si < 1 || t.gap[si] !== GAP_SPACE) return false;
  const raw = (q: number) => words.raw[t.word[q]!]!;
  const p = si - 1;
  const prev = raw(p);
  if (prev === 'told') return true;
  if (prev === 'to') {
    for (let q = p - 1; q >= Math.max(0, p - 6); q--) {
      if (!(tc[q]! & F_WORD) || t.gap[q + 1] === GAP_LINE) return false;
      if (tc[q]! & F_SPEECH && !(tc[q]! & F_CAP)) return true;
    }
    return false;
  }
  if (prev === ',') {
    const r = si + 1;
    return r + 1 < t.n && t.gap[r] === GAP_SPACE && (raw(r) === 'reports' || raw(r) === 'reported') && raw(r + 1) === '.';
  }
  if (prev === 'By' && (p === 0 || t.gap[p] === GAP_LINE)) {
    const r = si + 1;
    return r >= t.n || t.gap[r] === GAP_LINE || body.slice(t.end[si]!, t.start[r]!).includes('|');
  }
  return false;
}

/** A demonym and "Empire", one place: "the British Empire". */
function demonymEmpire(t: Tokens, si: number, end: number): boolean {
  if (end <= si || t.gap[si + 1] !== GAP_SPACE) return false;
  const last = words.lower[t.word[end]!];
  if (last === 'empire') return end === si + 1;
  // (and a state's name of a demonym and "Republic", a regime's words between: "the Polish People's Republic", "the
  // Somali Democratic Republic"; holdout20)
  if (last !== 'republic') return false;
  for (let q = si + 1; q < end; q++) if (!REPUBLIC_WORDS.has(words.lower[t.word[q]!]!)) return false;
  return true;
}
/** The words of a regime between a demonym and "Republic" in a state's name. */
const REPUBLIC_WORDS = new Set(['people', 's', 'democratic', 'socialist', 'soviet', 'federal', 'federative', 'popular', 'islamic', 'arab']);

/** Run si..sj, one word after a place's preposition, is no place: a faith's adjective (venues.ts FAITH_WORDS) before a lower-case word ("from Sikh sources"), or a word before a number ("at Building 31"). */
function noPlaceByPreposition(t: Tokens, si: number, sj: number, after: number, afterGap: number): boolean {
  if (si !== sj || afterGap !== GAP_SPACE) return false;
  // (nor one unknown word before a number, a room's or a building's: "at Building 31", "in Room 101"; wild30 — but
  // a year after a word that is no common word is the time: "assassinated in Frankfurt 1970"; holdout20)
  if (sj + 1 < t.n && words.flags[t.word[sj + 1]!]! & W_DIGIT) return !(/^(?:1[0-9]|20)\d\d$/.test(words.raw[t.word[sj + 1]!]!) && !isCommonWord(t, si));
  return (after & (F_WORD | F_CAP)) === F_WORD && FAITH_WORDS.has(words.key[t.word[si]!]!);
}
/** A capitalised "New" opening a known place's name, with more of the name after it: "the New York City Court House" keeps "New" (wild30). */
function newPlaceAt(t: Tokens, si: number, sj: number): boolean {
  return si < sj && words.raw[t.word[si]!] === 'New' && t.gap[si + 1] === GAP_SPACE && canonicalOf(`New ${words.raw[t.word[si + 1]!]!}`)?.type === 'place';
}
/** A title's word that is also a common surname, ending a name of two words or more (no title ends a name): "Hun Sen". */
function surnameTitleAtEnd(t: Tokens, tc: Int32Array, si: number, sj: number): boolean {
  return sj > si && (tc[sj]! & (F_ORGHEAD | F_ROLE)) === 0 && SURNAME_TITLES.has(words.lower[t.word[sj]!]!);
}
/** The verbs after a surname alone (not "added", which a title's subject has: "Terrorgram added to list …"). */
const SOLE_SPEECH = new Set(['said', 'says', 'told']);
/** A word with any of these facts is no surname alone (soleSpeaker). */
const SPEAKER_NOT = F_CONN | F_TIME | F_ORGHEAD | F_STOP | F_TITLE | F_ROLE | F_SPEECH | F_ORGLOWER | F_PLACELOWER | F_PLACEPREP | F_GROUPNOUN | F_NAMETITLE | F_PLACEHEAD | F_ORGPREFIX | F_ARTICLE | F_ACRO;
/** The lower-case words of an Arabic lineage written apart from the name word after them ("al Saibi", "ibn Muhammad"). */
const LINEAGE_WORDS = new Set(['al', 'el', 'ibn', 'bin', 'bint', 'ben']);
/** Tokens si..sj hold two lineage words written apart (a name of seven parts is a lineage only then). */
function spacedLineage(t: Tokens, si: number, sj: number): boolean {
  let k = 0;
  for (let q = si + 1; q < sj; q++) if (LINEAGE_WORDS.has(words.raw[t.word[q]!]!) && t.gap[q + 1] === GAP_SPACE) k++;
  return k >= 2;
}
/** British post-nominal letters written after a name (offices and honours). */
const POST_NOMINALS = new Set(['MP', 'MEP', 'MSP', 'QC', 'KC', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE']);
/** The titles' words that are also common surnames. */
const SURNAME_TITLES = new Set(['sen', 'king']);
/** The suffixes of a generation after a person's surname. */
export const GENERATIONAL = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);
/** A firm's legal form after its name (cues.json org_heads has them): a body, named without it. */
const COMPANY_SUFFIXES = new Set(['Inc', 'Ltd', 'Corp', 'LLC', 'PLC', 'Plc', 'GmbH', 'Limited', 'Incorporated']);

/**
 * An indefinite description of a group from token q: an article, then words that describe it ("neo-Nazi", "Lezgin
 * separatist", "Islamist militant"), then a group noun in lower case ("a neo-Nazi group"). Not a person's role ("a
 * member of the group", "a Front commander"), nor a phrase with a stop word or a preposition before the noun.
 */
function groupDefinition(t: Tokens, tc: Int32Array, q: number): boolean {
  if (!(tc[q]! & F_ARTICLE) || tc[q]! & F_THE) return false;
  for (let p = q + 1; p < Math.min(t.n, q + 8); p++) {
    const f = tc[p]!;
    if (!(f & F_WORD) || (f & (F_STOP | F_CONN) && !(f & F_CAP)) || f & (F_ROLE | F_TITLE)) return false;
    if (f & F_GROUPNOUN && !(f & F_CAP)) return true;
  }
  return false;
}

/** The word at q, a surname alone before a speech verb that opens a sentence ("Gorelov said …", "Whitehouse
 * said …"): capitalised, in no list (no title, role, head, demonym, adjective, city, stop word), not in capitals,
 * not a plural's ending ("Witnesses said", "Officials said"). (After a quotation's comma, '"…," Ranjith said',
 * it would also be one, but holdout13's gold names him by a full name the text never writes: not taken.) */
function soleSpeaker(t: Tokens, tc: Int32Array, q: number): boolean {
  const f = tc[q]!;
  if ((f & (F_WORD | F_CAP)) !== (F_WORD | F_CAP) || f & SPEAKER_NOT || isDemonym(t, q) || moreByWord[t.word[q]!]! & (M_ADJECTIVE | M_COMPASS | M_CITY)) return false;
  const w = t.word[q]!;
  if (words.flags[w]! & W_UPPER || words.raw[w]!.length < 3 || words.raw[w]!.endsWith('s') || !/^\p{Lu}\p{Ll}+$/u.test(words.raw[w]!)) return false;
  return q === 0 || t.gap[q] === GAP_LINE || (tc[q - 1]! & (F_SENTEND | F_COMMA)) === F_SENTEND;
}
