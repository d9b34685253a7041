// findMentions: the gazetteer's matches, then the passes over capitalised runs, acronyms, infoboxes, and the
// merging passes, in order.
import { matchAll, type Matcher, type Matches } from '../matcher.ts';
import { canonicalOf, cityOf, nameKey, onlyListed, subdivisionCountry } from '../gazetteer.ts';
import { PARTICLES, TOKEN_CODES, type Tokens, words } from '../tokens.ts';
import type { ExtractedMention } from '../types.ts';
import { byStart } from '../order.ts';
import { isS } from '../scan.ts';
import { acronymAt, acronymsOfBodies, sharesNameWord } from './acronyms.ts';
import { quotedDefinedTerms } from './defined-terms.ts';
import { slashedBodies } from './slashed.ts';
import { beforeApostrophe, cleanCanonical } from './canonical.ts';
import { eventPlaceWords, forgetNames, GENERATIONAL, shipNames, typeOfUnknown, vehicleNames } from './classify.ts';
import { capSequenceEndingAt, glossBefore, groupNounAfter, initialsAre, markBetween, plainNameWord, stancePrefixed } from './context.ts';
import { BRANCHED, CORE, ID_SEMI, isApostrophe, NOT_ENTITIES, ROMANCE_OF, PLACE_HEADS, PLACE_LOWER, QUOTES, STOP_ADJECTIVES, VENUE_HEADS, WATER_OF } from './cues.ts';
import { foldToken } from '../fold.ts';
import { FACT_BITS, isCommonWord, moreByWord, newStamp, parenCount, parenList, stamps, tokenFacts } from './facts.ts';
import { add, dropFound, type Found, foundI, foundJ, mention, renamed, sameAs, startAdding } from './found.ts';
import { eitherEntriesTyped, infobox } from './infobox.ts';
import { chapterOf, nationalBodies, unitsOfBodies } from './joins.ts';
import { aliasesInBrackets, officeHolders, renamedBodies, sameBodies, samePeople, sameVenues, textForms } from './merge.ts';
import { unknownRuns } from './runs.ts';
import { learnedNames } from './learned.ts';
import { placesAgain } from './venues.ts';
import { givenNamesAlone, surnamesAndShortNames } from './surnames.ts';
import { gluedNameParts } from './glued.ts';
import { headlineOnlyNames } from './headlines.ts';
import { stateAbbreviations, townsAndStates } from './us-states.ts';
// (bit and code constants made this module's own: V8 folds a module's constants into its code, not imported ones)
const { GAP_HYPHEN, GAP_LINE, GAP_NONE, GAP_SPACE, ID_DOT, W_CAP, W_DIGIT, W_UPPER } = TOKEN_CODES;
const { F_ACRO, F_AND, F_ARTICLE, F_CAP, F_COMMA, F_CONN, F_DISTRICT, F_DOT, F_GIVEN, F_LPAREN, F_NAME, F_NAMETITLE, F_ORGHEAD, F_OUTLET, F_PLACEHEAD, F_ROLE, F_RPAREN, F_SENTSTART, F_STOP, F_THE, F_THECAP, F_TIME, F_TITLE, F_WORD, M_ADJECTIVE, M_AIRPORT, M_ALIAS, M_COMPASS, M_DEMONYM, M_OF, M_ROMANCE, M_ROMANCEART, M_SUFFIX, M_TOPONYM } = FACT_BITS;

export function findMentions(body: string, t: Tokens, matcher: Matcher, published: string | null = null): ExtractedMention[] {
  const tc = tokenFacts(t);
  const raw = matchAll(matcher, t, body);
  const found: Found[] = [];
  const cover = startAdding(found, t.n); // -1: no mention
  forgetNames();
  gazetteerHits(body, t, tc, raw);
  groupBranches(body, t, tc, cover, found);
  placesInNames(t, tc, cover, found);
  lowerCaseHeads(body, t, tc, cover, found);
  capitalDatelines(body, t, cover);
  // a state's abbreviation after a town and a comma ("Delray Beach, Fla.")
  stateAbbreviations(t, tc, cover);
  // a state's name and "City" that spell a reference city, before the runs take "City" ("Kansas City and Iowa City")
  citiesOverPlaces(body, t, found, cover);
  acronymsInBrackets(body, t, tc, cover, found);
  creditsInBrackets(body, t, tc, cover, found);
  // infobox lines ("Commander1: A, B", "Units2: X, Y", "Leaders Salahuddin Farooqui[1]")
  const eitherEntries = infobox(body, t, tc, cover, found, add);
  unknownRuns(body, t, tc, cover, found);
  airlinesOfPlaces(body, t, cover, found);
  namesOrAcronymInBrackets(body, t, tc, cover, found);
  bodiesOverPlaces(t, tc, cover, found);
  ownedOutlets(body, t, tc, cover);
  outletServices(body, t, tc, cover, found);
  cityVenues(body, t, found, cover);
  surnamesThatArePlaces(body, t, found, cover);
  givenNamesBeforeStates(body, t, tc, found, cover);
  // a nickname in quotes inside a person's name ('Joaquin "El Chapo" Guzman')
  nicknamedPeople(body, t, tc, cover, found);
  // a place before a lower-case "cartel" names the cartel ("the Tamaulipas cartel")
  placeCartels(body, t, cover, found);
  // "U.S. Attorney's Office for the District of Arizona" is one body
  districtOffices(body, t, cover, found);
  afterKnownNames(body, t, tc, cover, found);
  // the other names in a list of people or bodies ("Sita Singh, Ranjit Singh, Satwant Singh Kaleka, and Suveg Singh")
  namesInLists(body, t, tc, cover, found);
  nationalBodies(body, t, tc, cover, found);
  unitsOfBodies(body, t, found);
  acronymsOfBodies(body, t, tc, cover, found);
  // two names joined by a slash and given one acronym ("Communist Party of the Philippines/New People's Army (CPP/NPA)")
  slashedBodies(body, t, cover, found);
  // a short name defined in brackets and quotes ('Chiquita Brands International Inc. ("Chiquita")')
  quotedDefinedTerms(body, t, cover, found);
  // the capitalised spans no rule typed that the learned typer (learned.ts) types with confidence (branch ner1)
  learnedNames(body, t, tc, cover, found);
  // a word glued to a person's name that the tables took apart ("Ann-Marie Murphy", "Daniel Paez Vargas")
  gluedNameParts(body, t, tc, cover, found);
  surnamesAndShortNames(body, t, tc, cover, found);
  // another name of a person in brackets right after it ("Abdul Aziz al-Muhammadawi (Abu Fadak)", "X (aka Y)"),
  // and the same person named again shorter or with another middle initial ("Mr. Daley", "William P. Barr")
  aliasesInBrackets(t, tc, cover, found);
  samePeople(found);
  // a person's first word alone, where the writer calls them by it ("Abiy Ahmed" … "Abiy")
  givenNamesAlone(body, t, tc, cover, found);
  // an infobox entry typed as a body by its row, a person the prose names ("Perpetrator | Anders Behring Breivik |")
  eitherEntriesTyped(found, eitherEntries);
  officeHolders(found, t, published && /^\d{4}/.test(published) ? Number(published.slice(0, 4)) : null);
  definedInBrackets(t, tc, cover, found);
  textForms(body, found);
  sameBodies(found);
  renamedBodies(body, found);
  glossedBodies(body, t, tc, cover, found);
  sameVenues(found);
  if (eventPlaceWords) eventPlacesNamed(t, found, eventPlaceWords);
  // a place found by evidence, named again alone ("Chibok"), a venue also without its head word ("the Grand Hyatt")
  placesAgain(t, tc, cover, found, add);
  placesNamingThings(body, t, found);
  courtsOfStates(body, t, cover, found);
  townsAndStates(body, found);
  toponymHeads(body, t, found, cover);
  landformsBefore(body, t, found, cover);
  watersOfPlaces(body, t, found, cover);
  streetsOfPlaces(body, t, found, cover);
  articlesOfNames(body, t, found, cover);
  militaryAsArmy(body, found);
  eventsNotPeople(body, t, tc, cover, found);
  headlineOnlyNames(body, t, tc, found);
  timeZonesNotBodies(body, found);
  // a name found by evidence that the document gives a vehicle elsewhere is the vehicle's (no mention)
  if (vehicleNames) for (const f of found) if (!f.known && f.type !== 'person' && vehicleNames.has(f.canonical)) f.canonical = '';
  // (a vessel's, whatever its type elsewhere: "the Achille Lauro hijacking" after "MS Achille Lauro")
  if (shipNames) for (const f of found) if (!f.known && shipNames.has(f.canonical)) f.canonical = '';
  return keptInOrder(body, t, found);
}

/** A capitalised body's head word among tokens [i, j). */
function headBefore(tc: Int32Array, i: number, j: number): boolean {
  for (let q = i; q < j; q++) if ((tc[q]! & (F_ORGHEAD | F_CAP)) === (F_ORGHEAD | F_CAP)) return true;
  return false;
}

/** Time zones' abbreviations that are also bodies' acronyms ("PST", Norway's police security service). */
const TIME_ZONES = new Set(['PST', 'PDT', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'GMT', 'UTC', 'IST', 'CET', 'CEST', 'EET', 'EEST', 'BST', 'JST', 'KST', 'PKT', 'WAT', 'EAT', 'CAT', 'MSK', 'AEST', 'HKT', 'SGT', 'WIB', 'ICT', 'AST']);
/** A time zone's abbreviation after a clock time is no body: "c. 13:00 PST (UTC+08:00)" (holdout19). */
function timeZonesNotBodies(body: string, found: Found[]) {
  for (const f of found)
    if (f.canonical !== '' && f.end - f.start <= 4 && TIME_ZONES.has(body.slice(f.start, f.end)) && CLOCK_BEFORE.test(body.slice(Math.max(0, f.start - 10), f.start))) f.canonical = '';
}

/**
 * A name found by evidence that ends in an event's noun is the event's name, no person's, whatever title opens it
 * ("… Saudi Ambassador Assassination Plot", "King David Hotel Bombing"; holdout18); a body's name and the noun
 * name the body without it.
 */
function eventsNotPeople(body: string, t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[]) {
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    const j = foundJ[x]!;
    if (f.known || f.canonical === '' || !EVENT_ENDS.has(words.lower[t.word[j]!]!)) continue;
    if (f.type === 'person') f.canonical = '';
    // (a body's name before the event's noun is the body's: "the League of Blood Incident" names the League of Blood)
    else if (f.type === 'organization' && tc[j]! & F_CAP && headBefore(tc, foundI[x]!, j)) {
      f.end = t.end[j - 1]!;
      f.canonical = cleanCanonical(body.slice(f.start, f.end), 'organization');
      foundJ[x] = j - 1;
      if (cover[j] === x) cover[j] = -1;
    }
  }
}

/**
 * A state's "military" that classify.ts takes for its army ("the Pakistani military": Pakistan Army) is that army
 * only where the document names the army too ("Pakistani army" in holdout/05); alone it is a generic reference, no
 * mention, as "Kenyan military" is (the retired golds annotate no "Nigerian military", "Russian military").
 */
function militaryAsArmy(body: string, found: Found[]) {
  let any = false;
  for (const f of found)
    if (f.canonical !== '' && militaryOf(body, f)) {
      any = true;
      break;
    }
  if (!any) return;
  const named = new Set<string>();
  for (const f of found) if (f.type === 'organization' && !militaryOf(body, f)) named.add(f.canonical);
  for (const f of found) if (militaryOf(body, f) && !named.has(f.canonical)) f.canonical = '';
}
/** A body's mention ending in " military" (its text is filled in at the end: read the body). */
// (its last letter "y" read first: most bodies' names end otherwise; branch speed29)
const militaryOf = (body: string, f: Found) => f.type === 'organization' && (f.end < 9 || body.charCodeAt(f.end - 1) === 121) && body.startsWith(' military', f.end - 9);

/**
 * A broadcaster's language service or regional bureau named after its name or its possessive is the broadcaster,
 * in one mention over the whole ("told VOA's French to Africa Service", "VOA's West and Central Africa bureau", "the
 * VOA Burmese service" are Voice of America, as the golds of holdout14–17 mark them; branch wild20 first dropped the
 * unit's name). A broadcaster (BROADCASTERS), "'s" or not, then one to five words that each name a language, a
 * people, a place or a direction, or are "to" or "and", then "Service", "Bureau" or "Desk" (either case); not "Hamas's
 * Internal Security Service", nor "the State Department's Africa bureau". A place or a body found by evidence inside
 * the span is no mention of its own.
 */
/** International broadcasters with language services and regional bureaus (canonical names). */
const BROADCASTERS = new Set(['Voice of America', 'BBC', 'Radio Free Europe', 'Radio Free Asia', 'Deutsche Welle', 'Radio France Internationale', 'Al Jazeera']);
/** The heads of a broadcaster's own units, named by a language or a region (as written). */
const OUTLET_UNITS = new Set(['Service', 'Bureau', 'Desk', 'service', 'bureau', 'desk']);
function outletServices(body: string, t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[]) {
  const WD = t.word;
  const n = t.n;
  const tongue = (q: number) => {
    const w = WD[q]!;
    if (words.raw[w] === 'to' || words.raw[w] === 'and') return true;
    if (!(tc[q]! & F_CAP)) return false;
    return (moreByWord[w]! & (M_ADJECTIVE | M_DEMONYM | M_COMPASS)) !== 0 || canonicalOf(words.raw[w]!)?.type === 'place';
  };
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    if (f.type !== 'organization' || !f.known || !BROADCASTERS.has(f.canonical)) continue;
    const j = foundJ[x]!;
    let q = j + 1;
    // (a possessive's "s": the apostrophe is no token)
    if (q < n && words.raw[WD[q]!] === 's' && t.start[q] === t.end[j]! + 1 && t.end[q] === t.start[q]! + 1 && isApostrophe(body.charCodeAt(t.end[j]!))) q++;
    const first = q;
    while (q < n && q - first < 5 && t.gap[q] === GAP_SPACE && tongue(q)) q++;
    if (q === first || q >= n || t.gap[q] !== GAP_SPACE || !OUTLET_UNITS.has(words.raw[WD[q]!]!) || !(tc[first]! & F_CAP)) continue;
    // (the words inside: no mention, or places and bodies found by evidence that end before the head or at it)
    let free = true;
    for (let k = j + 1; k <= q && free; k++) {
      const y = cover[k]!;
      if (y >= 0 && y !== x && ((found[y]!.type === 'organization' && found[y]!.known) || foundI[y]! < j + 1 || foundJ[y]! > q)) free = false;
    }
    if (!free) continue;
    for (let k = j + 1; k <= q; k++) if (cover[k]! >= 0 && cover[k] !== x) dropFound(found, cover, cover[k]!);
    for (let k = j + 1; k <= q; k++) cover[k] = x;
    f.end = t.end[q]!;
    foundJ[x] = q;
  }
}

/**
 * A name right after an outlet's noun that something owns, or after it and a comma, is the outlet's (branch
 * wild14): "the group's news agency Amaq said", "announced through its broadcaster, al-Andalus" — a name that may
 * open with a lower-case Arabic article, which no capitalised run takes. The owner is "its", "their" or a
 * possessive "'s"; "agency" only after "news". Up to four words; not a name some other evidence typed.
 */
function ownedOutlets(body: string, t: Tokens, tc: Int32Array, cover: Int32Array) {
  const n = t.n;
  const G = t.gap;
  const WD = t.word;
  for (let q = 2; q + 1 < n; q++) {
    // (OWNED_OUTLETS as a bit of the token's facts: a set asked about every token's text was 1.5% of a pass,
    // a look-up of the word's more facts 0.4%)
    if ((tc[q]! & (F_CAP | F_OUTLET)) !== F_OUTLET) continue;
    let p = q - 1;
    if (words.lower[WD[q]!] === 'agency') {
      if (words.lower[WD[p]!] !== 'news' || tc[p]! & F_CAP) continue;
      p--;
    }
    const owner = words.lower[WD[p]!]!;
    // (a possessive's "s": the apostrophe is no token)
    if (p < 1 || !(owner === 'its' || owner === 'their' || (owner === 's' && t.end[p]! === t.start[p]! + 1 && t.start[p]! === t.end[p - 1]! + 1))) continue;
    let a = q + 1;
    if (a < n && tc[a]! & F_COMMA) a++;
    if (a >= n || G[a] === GAP_LINE) continue;
    const s0 = a;
    // (a lower-case article joined by a hyphen: "al-Andalus")
    if (a + 1 < n && !(tc[a]! & F_CAP) && PARTICLES.has(words.lower[WD[a]!]!) && G[a + 1] === GAP_HYPHEN) a++;
    if (cover[a]! >= 0 || (tc[a]! & (F_CAP | F_WORD)) !== (F_CAP | F_WORD) || tc[a]! & (F_TIME | F_STOP)) continue;
    let e = a;
    while (e + 1 < n && e - s0 < 3 && cover[e + 1]! < 0 && (G[e + 1] === GAP_SPACE || G[e + 1] === GAP_HYPHEN)) {
      const f = tc[e + 1]!;
      if ((f & (F_CAP | F_WORD)) === (F_CAP | F_WORD) && !(f & F_TIME)) e++;
      else if (e + 2 < n && !(f & F_CAP) && PARTICLES.has(words.lower[WD[e + 1]!]!) && G[e + 2] === GAP_HYPHEN && tc[e + 2]! & F_CAP && cover[e + 2]! < 0) e += 2;
      else break;
    }
    if (cover[s0]! >= 0) continue;
    const text = body.slice(t.start[s0]!, t.end[e]!);
    const c = canonicalOf(text);
    add(mention(t.start[s0]!, t.end[e]!, 'organization', c?.type === 'organization' ? c.canonical : cleanCanonical(text, 'organization'), null, c?.type === 'organization'), s0, e);
    q = e;
  }
}

/**
 * The head words of a building's or a site's name that a city's name may open ("… Hotel", "… General Hospital",
 * "… Railway Station"; cityVenues). Not venues.ts's FACILITY_HEADS, the heads no person's name ends in, which
 * leaves out the surnames Church, Temple and Palace.
 */
const CITY_VENUE_HEADS = new Set(['hotel', 'base', 'hospital', 'station', 'mosque', 'airport', 'market', 'stadium', 'mall', 'bazaar', 'cathedral', 'church', 'temple', 'shrine', 'museum', 'palace', 'cafe', 'café', 'inn', 'motel', 'masjid', 'mandir', 'gurdwara', 'dargah', 'cemetery', 'graveyard', 'bakery', 'ballroom', 'arena', 'theater', 'theatre']);
/**
 * A city's name right before a building's name is part of it: "Rawalpindi General Hospital", "the Kabul Serena
 * Hotel", "Rawalpindi Railway Station" were the city and a cut name ("General Hospital"); a city the gazetteer
 * knows was found first and the run after it typed alone (a city only the cities' table knows was already read
 * whole: "Kunming Railway Station"). Only a single space between, the building's name not a known one, its head
 * word capitalised ("the Minsk Metro station" stays the city and a common noun). (wild6)
 */
/** The venue heads that may follow a city's name alone, as the whole rest of the building's name (cityVenues). */
const LONE_VENUE_HEADS = new Set(['arena', 'theater', 'theatre']);
function cityVenues(body: string, t: Tokens, found: Found[], cover: Int32Array) {
  const G = t.gap;
  for (let y = 1; y < found.length; y++) {
    const g = found[y]!;
    if (g.type !== 'place' || g.known || g.canonical === '') continue;
    const i = foundI[y]!;
    const j = foundJ[y]!;
    if (i < 1 || G[i] !== GAP_SPACE || !(words.flags[t.word[j]!]! & W_CAP) || !CITY_VENUE_HEADS.has(words.lower[t.word[j]!]!)) continue;
    const x = cover[i - 1]!;
    if (x < 0 || x === y) continue;
    const f = found[x]!;
    if (f.type !== 'place' || f.canonical === '' || foundJ[x] !== i - 1 || foundJ[x]! - foundI[x]! > 2) continue;
    const start = f.start;
    const xi = foundI[x]!;
    dropFound(found, cover, x);
    g.start = start;
    g.canonical = body.slice(start, g.end);
    foundI[y] = xi;
    for (let q = xi; q < i; q++) cover[q] = y;
  }
  // a lone head word of an arena's or a theatre's name after the city's is the rest of the name, no name of its
  // own: "the Manchester Arena", "the Moscow Theatre" (no capitalised word after it; branch wild27)
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    const h = foundJ[x]! + 1;
    if (f.type !== 'place' || f.canonical === '' || foundJ[x]! - foundI[x]! > 2 || h >= t.n || G[h] !== GAP_SPACE || cover[h]! >= 0) continue;
    if (!(words.flags[t.word[h]!]! & W_CAP) || !LONE_VENUE_HEADS.has(words.lower[t.word[h]!]!)) continue;
    if (h + 1 < t.n && G[h + 1] === GAP_SPACE && words.flags[t.word[h + 1]!]! & W_CAP) continue;
    f.end = t.end[h]!;
    f.canonical = body.slice(f.start, f.end);
    f.known = false;
    foundJ[x] = h;
    cover[h] = x;
  }
}

const HYPHEN_ONLY_HEADS = new Set(['in', 'tin', 'tell']);
/** The Arabic article as transliterated, glued by a hyphen to the word after it ("ez-Zor", "al-Ain", "ash-Shaddadi"). */
const ARABIC_ARTICLES = new Set(['al', 'el', 'ez', 'ed', 'es', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'adh', 'ath', 'ul', 'un', 'ud']);
/**
 * A place's name opened by an Arabic toponym head (TOPONYM_HEADS), the head capitalised and followed by one
 * capitalised word, after a space or a hyphen, or after an article glued by hyphens ("Ras al-Ain", "Deir
 * ez-Zor", "Ain Issa", "In-Amenas"): one place, whatever the parts were typed alone ("Deir" and "Zor" two
 * places, "Deir al-Balah" a person, "Amenas" alone, "Ras al-Ain" nothing). A place found that starts on the
 * last word and goes on is taken in ("Deir ez-Zor Governorate"); no part may belong to a body's name or to a
 * mention that reaches outside the span; a span already one mention is left as it is. Canonical: the
 * reference city's spelling where the cities' table has it, else as written, "In-"/"Tin-" with a space (the
 * English spelling, "In Amenas"). (wild15)
 */
function toponymHeads(body: string, t: Tokens, found: Found[], cover: Int32Array) {
  const G = t.gap;
  const WD = t.word;
  const n = t.n;
  const opens = t.opens;
  // (a capitalised word is W_OPEN: only the tokens listed in `opens` can be a head; M_TOPONYM is the head's test)
  for (let x = 0; x < t.nOpens; x++) {
    const i = opens[x]!;
    if (i + 1 >= n) break;
    const w = WD[i]!;
    if (!(moreByWord[w]! & M_TOPONYM)) continue;
    const lw = words.lower[w]!;
    let k = i + 1;
    if (HYPHEN_ONLY_HEADS.has(lw)) {
      if (G[k] !== GAP_HYPHEN || t.start[k]! - t.end[i]! !== 1) continue;
    } else if (G[k] !== GAP_SPACE && !(G[k] === GAP_HYPHEN && t.start[k]! - t.end[i]! === 1)) continue;
    if (!HYPHEN_ONLY_HEADS.has(lw) && ARABIC_ARTICLES.has(words.lower[WD[k]!]!) && !(words.flags[WD[k]!]! & W_CAP) && k + 1 < n && G[k + 1] === GAP_HYPHEN && t.start[k + 1]! - t.end[k]! === 1) k++;
    const wk = WD[k]!;
    if (!(words.flags[wk]! & W_CAP) || words.flags[wk]! & W_UPPER || STOP_ADJECTIVES.has(words.key[wk]!)) continue;
    let end = k;
    let ok = true;
    const seen: number[] = [];
    for (let q = i; q <= k && ok; q++) {
      const x = cover[q]!;
      if (x < 0 || seen.includes(x)) continue;
      const f = found[x]!;
      if (f.canonical === '' || f.type === 'organization') {
        ok = false;
        continue;
      }
      if (foundI[x]! < i) ok = false;
      else if (foundJ[x]! > k) {
        if (f.type === 'place' && foundI[x] === k && foundJ[x]! - k <= 2) end = foundJ[x]!;
        else ok = false;
      }
      seen.push(x);
    }
    if (!ok) continue;
    if (seen.length === 1 && foundI[seen[0]!] === i && foundJ[seen[0]!] === end && found[seen[0]!]!.type === 'place') continue;
    for (const x of seen) dropFound(found, cover, x);
    const text = body.slice(t.start[i]!, t.end[end]!);
    let canonical = cityOf(text) ?? text;
    if (HYPHEN_ONLY_HEADS.has(lw) && canonical === text) canonical = text.slice(0, t.end[i]! - t.start[i]!) + ' ' + text.slice(t.start[k]! - t.start[i]!);
    add(mention(t.start[i]!, t.end[end]!, 'place', canonical, null, false), i, end);
    while (x + 1 < t.nOpens && opens[x + 1]! <= end) x++;
  }
}

/**
 * A person's name goes on over a place's name that is its surname: after a middle initial and its full stop
 * ("Brian E. Nelson" was the person "Brian E" and the New Zealand region Nelson), and after an Arabic article
 * glued by a hyphen ("Sabah al-Ahmad al-Sabah" was "Sabah al-Ahmad" and the Malaysian state Sabah). Only a
 * place of one word, found right there (a single space after the stop; the article's hyphen right before it),
 * no country (a sentence after an initial opens with one: "… Nathan A. India said"), and no capitalised word
 * right after it. (wild15)
 */
function surnamesThatArePlaces(body: string, t: Tokens, found: Found[], cover: Int32Array) {
  const G = t.gap;
  const WD = t.word;
  const n = t.n;
  for (let y = 0; y < found.length; y++) {
    const g = found[y]!;
    if (g.type !== 'person' || g.canonical === '') continue;
    const j = foundJ[y]!;
    let p = -1;
    const last = WD[j]!;
    if (j > foundI[y]! && words.flags[last]! & W_CAP && t.end[j]! - t.start[j]! === 1 && j + 2 < n && WD[j + 1] === ID_DOT && G[j + 1] === GAP_NONE && G[j + 2] === GAP_SPACE) p = j + 2;
    else if (j + 2 < n && G[j + 1] === GAP_SPACE && ARABIC_ARTICLES.has(words.raw[WD[j + 1]!]!) && G[j + 2] === GAP_HYPHEN && t.start[j + 2]! - t.end[j + 1]! === 1) p = j + 2;
    if (p < 0) continue;
    const x = cover[p]!;
    if (x < 0 || x === y || cover[p - 1]! >= 0) continue;
    const f = found[x]!;
    if (f.type !== 'place' || f.canonical === '' || foundI[x] !== p || foundJ[x] !== p || canonicalOf(f.canonical)?.kind === 'state') continue;
    if (p + 1 < n && (G[p + 1] === GAP_SPACE || G[p + 1] === GAP_HYPHEN) && words.flags[WD[p + 1]!]! & W_CAP) continue;
    dropFound(found, cover, x);
    g.end = t.end[p]!;
    g.canonical = cleanCanonical(body.slice(g.start, g.end), 'person');
    for (let q = j + 1; q <= p; q++) cover[q] = y;
    foundJ[y] = p;
  }
}

/**
 * A country's name right after a given name is that person's surname, not the country: "Lisa Monaco said",
 * "the adviser Lisa Monaco" (branch wild19, fresh texts: two reports of one designation). The given name
 * capitalised, uncovered or a person found alone, no adjective ("the Christian Lebanon"); no article before it
 * and no capitalised word other than a title or a role, none after the country; a single space between.
 */
function givenNamesBeforeStates(body: string, t: Tokens, tc: Int32Array, found: Found[], cover: Int32Array) {
  const G = t.gap;
  const WD = t.word;
  const n = t.n;
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    if (f.type !== 'place' || f.canonical === '' || foundI[x] !== foundJ[x] || canonicalOf(f.canonical)?.kind !== 'state') continue;
    const p = foundI[x]!;
    const g = p - 1;
    if (g < 0 || G[p] !== GAP_SPACE || (tc[g]! & (F_GIVEN | F_CAP)) !== (F_GIVEN | F_CAP) || tc[g]! & (F_TITLE | F_ROLE | F_NAMETITLE)) continue;
    if (canonicalOf(words.raw[WD[g]!]!) || moreByWord[WD[g]!]! & (M_ADJECTIVE | M_DEMONYM) || (g > 0 && G[g] === GAP_SPACE && tc[g - 1]! & (F_THE | F_ARTICLE))) continue;
    const y = cover[g]!;
    if (y >= 0 && (found[y]!.type !== 'person' || foundI[y] !== g || foundJ[y] !== g)) continue;
    if (g > 0 && G[g] === GAP_SPACE && (tc[g - 1]! & (F_CAP | F_WORD)) === (F_CAP | F_WORD) && !(tc[g - 1]! & (F_TITLE | F_ROLE | F_NAMETITLE | F_THE))) continue;
    if (p + 1 < n && (G[p + 1] === GAP_SPACE || G[p + 1] === GAP_HYPHEN) && words.flags[WD[p + 1]!]! & W_CAP) continue;
    dropFound(found, cover, x);
    if (y >= 0) dropFound(found, cover, y);
    add(mention(t.start[g]!, t.end[p]!, 'person', cleanCanonical(body.slice(t.start[g]!, t.end[p]!), 'person'), null, false), g, p);
  }
}

const DISTRICT_COMPASS = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'middle']);
/**
 * A federal prosecutor's office named with its district is one body: "the U.S. Attorney's Office for the District
 * of Arizona", "… for the Southern District of New York" (branch wild23: DOJ and Treasury releases; the district
 * was a place of its own after the office, as "U.S. District Court for the District of Connecticut" is one name,
 * holdout14's gold). A body ending in "Office" or "Offices", then "for the", a compass word or none, "District of"
 * and a known place; so is a court ending so, where the district's place is a known one ("the U.S. District Court
 * for the District of Columbia", holdout17; the court keeps the document's words).
 */
function districtOffices(body: string, t: Tokens, cover: Int32Array, found: Found[]) {
  const G = t.gap;
  const WD = t.word;
  const n = t.n;
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    if (f.type !== 'organization' || f.canonical === '') continue;
    const head = words.raw[WD[foundJ[x]!]!];
    if (head !== 'Office' && head !== 'Offices' && head !== 'Court') continue;
    let q = foundJ[x]! + 1;
    if (q + 3 >= n || words.lower[WD[q]!] !== 'for' || words.lower[WD[q + 1]!] !== 'the') continue;
    q += 2;
    if (DISTRICT_COMPASS.has(words.lower[WD[q]!]!) && words.flags[WD[q]!]! & W_CAP) q++;
    if (q + 2 >= n || words.raw[WD[q]!] !== 'District' || words.lower[WD[q + 1]!] !== 'of' || G[q + 2] !== GAP_SPACE) continue;
    const y = cover[q + 2]!;
    // (the district's place may be found over "Southern District of New York" or over "New York" alone)
    const z = cover[q]!;
    const place = y >= 0 && found[y]!.type === 'place' ? y : z >= 0 && found[z]!.type === 'place' ? z : -1;
    if (place < 0) continue;
    const e = foundJ[place]!;
    for (let k = foundJ[x]! + 1; k <= e; k++) if (cover[k]! >= 0) dropFound(found, cover, cover[k]!);
    const i = foundI[x]!;
    const text = body.slice(t.start[i]!, t.end[e]!).replace(/’/g, "'").replace(/\s+/g, ' ');
    dropFound(found, cover, x);
    add(mention(t.start[i]!, t.end[e]!, 'organization', head === 'Court' ? text : text.replace(/^United States |^US /, 'U.S. '), null, false), i, e);
  }
}

/**
 * A known place (no country) before a lower-case "cartel", or "drug cartel", is the cartel's name, a body and no
 * place: "the Tamaulipas cartel", "the Santa Rosa de Lima cartel" (branch wild23: cartels are named after their
 * state or city; cues.json's `org_lower_heads` "cartel" types an unknown name so, and the well-known ones are in
 * organisations.json). Not a demonym's ("the Mexican cartels" is no name).
 */
function placeCartels(body: string, t: Tokens, cover: Int32Array, found: Found[]) {
  const G = t.gap;
  const WD = t.word;
  const n = t.n;
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    if (f.type !== 'place' || f.canonical === '' || canonicalOf(f.canonical)?.kind === 'state') continue;
    const i = foundI[x]!;
    let j = foundJ[x]! + 1;
    if (j < n && G[j] === GAP_SPACE && words.lower[WD[j]!] === 'drug' && !(words.flags[WD[j]!]! & W_CAP)) j++;
    if (j >= n || G[j] !== GAP_SPACE || words.raw[WD[j]!] !== 'cartel') continue;
    const name = body.slice(t.start[i]!, t.end[foundJ[x]!]!);
    dropFound(found, cover, x);
    add(mention(t.start[i]!, t.end[j]!, 'organization', cleanCanonical(`${name} Cartel`, 'organization'), null, false), i, j);
  }
}

/**
 * A nickname in quotes inside a person's name is the person's, one mention over the whole name, the nickname out of
 * the canonical (branch wild23: court and wire reports on cartels name their defendants so, 'Joaquin "El Chapo"
 * Guzman', 'Marciano "Chano" Millan Vasquez', 'Ismael "Mayo" Zambada Garcia'; the runs broke at the quotes and
 * gave "Joaquin" alone or the surname alone). A given name (and one more capitalised word), a space, a quoted
 * capitalised nickname of one to four words glued to its quotes, a space and one to three capitalised words that
 * are no head, stop word or title; no known body or place among the name's words; a possessive ends the name.
 */
function nicknamedPeople(body: string, t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[]) {
  const G = t.gap;
  const WD = t.word;
  const n = t.n;
  const NOT_NAME = F_ORGHEAD | F_PLACEHEAD | F_STOP | F_TITLE | F_ROLE | F_TIME | F_THE | F_ARTICLE | F_CONN;
  const nameWord = (k: number) => (tc[k]! & (F_CAP | F_WORD)) === (F_CAP | F_WORD) && !(tc[k]! & NOT_NAME) && !(words.flags[WD[k]!]! & W_UPPER);
  for (let g = 0; g + 4 < n; g++) {
    if (!((tc[g]! & (F_GIVEN | F_CAP)) === (F_GIVEN | F_CAP)) || !nameWord(g)) continue;
    let q = g + 1;
    if (G[q] === GAP_SPACE && nameWord(q) && !QUOTES.has(words.raw[WD[q]!]!)) q++;
    // (the quotes may stand in brackets: 'José ("Pupo") Román'; holdout20)
    const given = q;
    const bracketed = q + 4 < n && G[q] === GAP_SPACE && tc[q]! & F_LPAREN && G[q + 1] === GAP_NONE && QUOTES.has(words.raw[WD[q + 1]!]!);
    if (bracketed) q++;
    if (q + 3 >= n || G[q] !== (bracketed ? GAP_NONE : GAP_SPACE) || !QUOTES.has(words.raw[WD[q]!]!) || words.raw[WD[q]!] === '”') continue;
    let r = q + 1;
    if (G[r] !== GAP_NONE || !(tc[r]! & F_CAP)) continue;
    while (r < n && r - q <= 5 && !QUOTES.has(words.raw[WD[r]!]!) && G[r] !== GAP_LINE) r++;
    if (r >= n || r - q < 2 || r - q > 5 || !QUOTES.has(words.raw[WD[r]!]!) || words.raw[WD[r]!] === '“' || G[r] !== GAP_NONE) continue;
    const close = r;
    if (bracketed) {
      if (r + 1 >= n || !(tc[r + 1]! & F_RPAREN) || G[r + 1] !== GAP_NONE) continue;
      r++;
    }
    let j = r + 1;
    if (j >= n || G[j] !== GAP_SPACE || !nameWord(j)) continue;
    let end = t.end[j]!;
    for (;;) {
      const w = words.raw[WD[j]!]!;
      const cut = beforeApostrophe(w);
      if (cut !== w) {
        end = t.start[j]! + cut.length;
        break;
      }
      end = t.end[j]!;
      if (j + 1 < n && j - r < 3 && (G[j + 1] === GAP_SPACE || G[j + 1] === GAP_HYPHEN) && nameWord(j + 1)) j++;
      else break;
    }
    let clash = false;
    for (let k = g; k <= j && !clash; k++) {
      if (k >= given && k <= r) continue;
      const x = cover[k]!;
      if (x >= 0 && found[x]!.type !== 'person' && found[x]!.known) clash = true;
    }
    if (clash) continue;
    // ("Jr." and "Sr." keep their point: 'Benigno "Ninoy" Aquino Jr.'; holdout19)
    if ((words.raw[WD[j]!] === 'Jr' || words.raw[WD[j]!] === 'Sr') && body.charCodeAt(end) === 46) end++;
    for (let k = g; k <= j; k++) if (cover[k]! >= 0) dropFound(found, cover, cover[k]!);
    const name = `${body.slice(t.start[g]!, t.end[given - 1]!)} ${body.slice(t.start[r + 1]!, end)}`;
    const canonical = cleanCanonical(name, 'person');
    add(mention(t.start[g]!, end, 'person', canonical, null, false), g, j);
    // (a one-word nickname and the surname are the person too, wherever they stand: "Ninoy Aquino")
    const surname = GENERATIONAL.has(words.raw[WD[j]!]!) && j > r + 1 ? j - 1 : j;
    if (close === q + 2) nicknameAndSurname(t, cover, found, WD[q + 1]!, WD[surname]!, canonical);
    g = j;
  }
}
/** Every "<nickname> <surname>" is a mention of the person named `canonical`; a person's mention of either word alone there gives way. */
function nicknameAndSurname(t: Tokens, cover: Int32Array, found: Found[], nick: number, surname: number, canonical: string) {
  for (let k = 0; k + 1 < t.n; k++) {
    if (t.word[k] !== nick || t.word[k + 1] !== surname || t.gap[k + 1] !== GAP_SPACE) continue;
    const a = cover[k]!;
    const b = cover[k + 1]!;
    if ((a >= 0 && (found[a]!.type !== 'person' || foundI[a]! < k)) || (b >= 0 && (found[b]!.type !== 'person' || foundJ[b]! > k + 1))) continue;
    if (a >= 0) dropFound(found, cover, a);
    if (b >= 0 && b !== a) dropFound(found, cover, b);
    add(mention(t.start[k]!, t.end[k + 1]!, 'person', canonical, null, false), k, k + 1);
  }
}

/** The capitalised words after "U.S. District" that make it a federal court's, no place ("U.S. District Judge"). */
const COURT_AFTER = new Set(['Judge', 'Judges', 'Court', 'Courts', 'Courthouse', 'Attorney', 'Attorneys', 'Clerk']);
/**
 * A country's name and "District" before a court's word is the country alone: "before U.S. District Judge Jed S.
 * Rakoff", "in United States District Court" (the golds of holdout10 and holdout12 keep "U.S." a place and the
 * rest no name; fresh texts of branch wild19: three court reports). Not "the Northern District of Georgia".
 */
function courtsOfStates(body: string, t: Tokens, cover: Int32Array, found: Found[]) {
  const n = t.n;
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    const i = foundI[x]!;
    const j = foundJ[x]!;
    if (f.type !== 'place' || f.canonical === '' || j <= i || words.raw[t.word[j]!] !== 'District' || j + 1 >= n || t.gap[j + 1] !== GAP_SPACE || !COURT_AFTER.has(words.raw[t.word[j + 1]!]!)) continue;
    const state = canonicalOf(body.slice(f.start, t.end[j - 1]!));
    if (state?.kind !== 'state') continue;
    f.end = t.end[j - 1]!;
    f.canonical = state.canonical;
    foundJ[x] = j - 1;
    if (cover[j] === x) cover[j] = -1;
  }
}

/** Landform words that come before the name they head ("Lake Chad"). */
const LANDFORM_FIRST = new Set(['lake']);
/**
 * A capitalised landform word right before a place's name is one place with it: "around Lake Chad" was "Lake"
 * and the country, "on Lake Victoria" the city alone. Only a single space between, the landform word found alone
 * as a place or not found, the name after it a place of at most three words. (wild13)
 */
function landformsBefore(body: string, t: Tokens, found: Found[], cover: Int32Array) {
  const G = t.gap;
  for (let y = 0; y < found.length; y++) {
    const g = found[y]!;
    if (g.type !== 'place' || g.canonical === '') continue;
    const i = foundI[y]!;
    if (i < 1 || G[i] !== GAP_SPACE || foundJ[y]! - i > 2) continue;
    const w = t.word[i - 1]!;
    if (!(words.flags[w]! & W_CAP) || !LANDFORM_FIRST.has(words.lower[w]!)) continue;
    const x = cover[i - 1]!;
    if (x === y) continue;
    placeOpensAt(body, t, found, cover, y, i - 1);
  }
}

/**
 * Place y's name opens at token a instead, the words between joining it ("Lake" + "Chad", "Gulf" "of" + "Aden"):
 * a one-word place found at a is dropped; anything else found there or between keeps the place as it was.
 */
function placeOpensAt(body: string, t: Tokens, found: Found[], cover: Int32Array, y: number, a: number) {
  const g = found[y]!;
  const i = foundI[y]!;
  for (let q = a + 1; q < i; q++) if (cover[q]! >= 0) return;
  const x = cover[a]!;
  if (x >= 0) {
    const f = found[x]!;
    if (f.type !== 'place' || f.canonical === '' || foundI[x] !== a || foundJ[x] !== a) return;
    dropFound(found, cover, x);
  }
  g.start = t.start[a]!;
  g.canonical = body.slice(g.start, g.end);
  g.known = false;
  g.entity_id = null;
  foundI[y] = a;
  for (let q = a; q < i; q++) cover[q] = y;
}

/**
 * Mention y's name closes at token q instead, the tokens after it joining it, the name ending at character `end`
 * (a street's "St." keeps its point) under `canonical`, a name no table knows ("Marlborough" + "St", "Kansas" +
 * "City", "Hezbollah" + "Al-Hejaz"): placeOpensAt's twin at the other end.
 */
function nameClosesAt(found: Found[], cover: Int32Array, y: number, q: number, end: number, canonical: string) {
  const g = found[y]!;
  g.end = end;
  g.canonical = canonical;
  g.known = false;
  g.entity_id = null;
  for (let k = foundJ[y]! + 1; k <= q; k++) cover[k] = y;
  foundJ[y] = q;
}

/**
 * A body of water named by its head, "of" and a known place is one place, not the place (and "Gulf" no Persian
 * Gulf): "the Gulf of Aden", "the Gulf of Aqaba", "the Sea of Japan" (cues.ts WATER_OF; branch wild24; classify.ts types such a name
 * when no word of it is known, "the Strait of Malacca").
 */
function watersOfPlaces(body: string, t: Tokens, found: Found[], cover: Int32Array) {
  const G = t.gap;
  for (let y = 0; y < found.length; y++) {
    const g = found[y]!;
    if (g.type !== 'place' || g.canonical === '') continue;
    const i = foundI[y]!;
    if (i < 2 || G[i] !== GAP_SPACE || G[i - 1] !== GAP_SPACE || words.raw[t.word[i - 1]!] !== 'of') continue;
    const w = t.word[i - 2]!;
    if (!(words.flags[w]! & W_CAP) || !WATER_OF.has(words.lower[w]!)) continue;
    placeOpensAt(body, t, found, cover, y, i - 2);
  }
}

/**
 * A known place's name and the abbreviation "St" ("St.") after it is a street, as classify.ts reads an unknown name
 * so: "Marlborough St" is Marlborough Street, not the town (branch wild24); not before a capitalised word with no
 * point between ("Paris St Germain").
 */
function streetsOfPlaces(body: string, t: Tokens, found: Found[], cover: Int32Array) {
  const G = t.gap;
  for (let y = 0; y < found.length; y++) {
    const g = found[y]!;
    if (g.type !== 'place' || g.canonical === '') continue;
    const q = foundJ[y]! + 1;
    if (q >= t.n || G[q] !== GAP_SPACE || cover[q]! >= 0 || words.raw[t.word[q]!] !== 'St') continue;
    const dot = body.charCodeAt(t.end[q]!) === 46;
    if (!dot && q + 1 < t.n && G[q + 1] === GAP_SPACE && words.flags[t.word[q + 1]!]! & W_CAP) continue;
    nameClosesAt(found, cover, y, q, t.end[q]! + (dot ? 1 : 0), `${body.slice(g.start, g.end)} Street`);
  }
}

/** An event's nouns, which may follow a city's name in a heading ("Oklahoma City Bombing"). */
const EVENT_NOUNS = new Set(['bombing', 'bombings', 'attack', 'attacks', 'massacre', 'siege', 'shooting', 'riots', 'explosion', 'explosions']);
/** The last words of an event's name (EVENT_NOUNS and more), capitalised in a headline or a title: eventsNotPeople. */
const EVENT_ENDS = new Set([...EVENT_NOUNS, 'plot', 'assassination', 'hijacking', 'raid', 'killing', 'killings', 'kidnapping', 'uprising', 'ambush', 'war', 'wars', 'incident', 'affair', 'rebellion', 'revolt', 'coup', 'putsch', 'mutiny', 'battle', 'trial', 'pogrom', 'pogroms']);
/** The head words of built-in places' names that texts also write in lower case ("Shan state", "the Korean peninsula"). */
const LOWER_HEADS = new Set(['state', 'region', 'peninsula', 'province', 'valley', 'island', 'islands', 'desert', 'governorate', 'prefecture']);
/**
 * A built-in place whose name ends in a head word, written with that word in lower case, is that place: "in Shan
 * state" is Shan State, "the Korean peninsula" the Korean Peninsula, "the Somali region" the Somali Region (holdout14,
 * holdout15, holdout17). One to three capitalised words before the head, found as nothing or as a mention inside
 * them; the whole must be a built-in place's name with the head capitalised.
 */
function lowerCaseHeads(body: string, t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[]) {
  const WD = t.word;
  for (let h = 1; h < t.n; h++) {
    if (t.gap[h] !== GAP_SPACE || !LOWER_HEADS.has(words.raw[WD[h]!]!) || cover[h]! >= 0 || !(tc[h - 1]! & F_CAP)) continue;
    const raw = words.raw[WD[h]!]!;
    const head = raw[0]!.toUpperCase() + raw.slice(1);
    for (let k = 1; k <= 3 && h - k >= 0 && tc[h - k]! & F_CAP && (k === 1 || t.gap[h - k + 1] === GAP_SPACE); k++) {
      const a = h - k;
      const c = canonicalOf(`${body.slice(t.start[a]!, t.end[h - 1]!)} ${head}`);
      if (c?.type !== 'place') continue;
      // (the words before the head: no mention, or mentions that lie inside them)
      let inside = true;
      for (let q = a; q < h && inside; q++) if (cover[q]! >= 0 && (foundI[cover[q]!]! < a || foundJ[cover[q]!]! > h - 1)) inside = false;
      if (!inside) break;
      for (let q = a; q < h; q++) if (cover[q]! >= 0) dropFound(found, cover, cover[q]!);
      add(mention(t.start[a]!, t.end[h]!, 'place', c.canonical, null, true), a, h);
      break;
    }
  }
}

/**
 * A known place and the capitalised word after it that together spell a reference city are the city: "Oklahoma
 * City", "Kansas City", "Iowa City" were the state alone (the cities' table is asked only for runs no entry
 * matched). Not before another capitalised word ("Kansas City Chiefs") but an event's noun in a heading ("Oklahoma
 * City Bombing"). (holdout16)
 */
function citiesOverPlaces(body: string, t: Tokens, found: Found[], cover: Int32Array) {
  const G = t.gap;
  for (let y = 0; y < found.length; y++) {
    const g = found[y]!;
    if (g.type !== 'place' || g.canonical === '') continue;
    const q = foundJ[y]! + 1;
    if (q >= t.n || G[q] !== GAP_SPACE || cover[q]! >= 0 || !(words.flags[t.word[q]!]! & W_CAP)) continue;
    if (q + 1 < t.n && G[q + 1] === GAP_SPACE && words.flags[t.word[q + 1]!]! & W_CAP && !EVENT_NOUNS.has(words.lower[t.word[q + 1]!]!)) continue;
    const city = cityOf(body.slice(g.start, t.end[q]!));
    if (city !== undefined) nameClosesAt(found, cover, y, q, t.end[q]!, city);
  }
}

/**
 * A place or a body found by evidence (no table's) opens with the Arabic article glued to it in lower case: the
 * article is the name's, "the al-Rawda mosque", "in al-Sabeen Square" (were "Rawda mosque", "Sabeen Square" beside
 * the heading's "Al-Rawda mosque"; branch wild24), "al-Jama'a al-Islamiyya" (was "Jama'a al-Islamiyya",
 * holdout16). Not after a word the article is glued to ("Bir al-Abed" is found whole), nor a known name
 * ("al-Mukalla" stays Mukalla).
 */
function articlesOfNames(body: string, t: Tokens, found: Found[], cover: Int32Array) {
  const G = t.gap;
  for (let y = 0; y < found.length; y++) {
    const g = found[y]!;
    if ((g.type !== 'place' && g.type !== 'organization') || g.known || g.canonical === '') continue;
    const i = foundI[y]!;
    if (i < 1 || G[i] !== GAP_HYPHEN || t.start[i]! - t.end[i - 1]! !== 1 || cover[i - 1]! >= 0 || (i >= 2 && G[i - 1] === GAP_HYPHEN)) continue;
    const w = t.word[i - 1]!;
    if (words.flags[w]! & W_CAP || !ARABIC_ARTICLES.has(words.lower[w]!)) continue;
    g.start = t.start[i - 1]!;
    if (g.canonical === body.slice(t.start[i]!, g.end)) {
      // (the same name written with a capital elsewhere, a heading's "Al-Rawda mosque", gives its canonical)
      const lower = body.slice(g.start, g.end).toLowerCase();
      g.canonical = found.find((f) => f.type === g.type && f.canonical.toLowerCase() === lower)?.canonical ?? body.slice(g.start, g.end);
    }
    foundI[y] = i - 1;
    cover[i - 1] = y;
  }
}

/** Words after a place's name that make it a pact's name ("the Ohrid agreement", "the Minsk accords"). */
const PACT_WORDS = new Set(['agreement', 'agreements', 'accord', 'accords', 'treaty', 'protocol']);
/** A hyphen and an en dash, as they join two parties' names. */
const DASHES = new Set([45, 0x2013]);
/**
 * A place's name said to be a people's, in apposition or beside another tribe: ", the second largest ethnic
 * community in …", "the X and another Darfur tribe" (lower-case words and capitalised modifiers between; branch
 * names10).
 */
const PEOPLE_AFTER = /^(?:, (?:the|a|an|one of the) |\s+and (?:an|another|other|the other) )(?:[\w’'-]+ ){0,4}?(?:ethnic|tribe|tribes|clan|clans)\b/;
/** What PEOPLE_AFTER needs at e: ", " and t, a or o, or one white space and "and ". */
function peopleAfterAt(body: string, e: number): boolean {
  const c = body.charCodeAt(e);
  if (c === 44) {
    const c2 = body.charCodeAt(e + 2);
    return body.charCodeAt(e + 1) === 32 && (c2 === 116 || c2 === 97 || c2 === 111);
  }
  return body.charCodeAt(e + 1) === 97 && isS(c) && body.startsWith('and ', e + 1);
}
/**
 * A place's name right before the name of a pact or of a time zone names that, not the place: "the Ohrid
 * agreement was signed", "at 21:20 Bangladesh Standard Time" (a mention of no name). And a place's name that
 * the text says is a people's (PEOPLE_AFTER) names that people wherever it stands in the document ("Amhara
 * villagers"), but before a lower-case place head ("the Amhara region"); a country's name never.
 */
function placesNamingThings(body: string, t: Tokens, found: Found[]) {
  const G = t.gap;
  const WD = t.word;
  let peoples: Set<string> | null = null;
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    if (f.type !== 'place' || f.canonical === '') continue;
    if (peopleAfterAt(body, f.end)) {
      // (", the …", ", a …", ", one …" or " and …": the cheap test before the expression)
      if (PEOPLE_AFTER.test(body.slice(f.end, f.end + 80)) && canonicalOf(f.canonical)?.kind !== 'state') (peoples ??= new Set()).add(f.canonical);
    }
    // (the parties of a pact joined by a dash name it together: "the Egypt–Israel Peace Treaty")
    const chain = [x];
    for (let y = x; y >= 0 && DASHES.has(body.charCodeAt(found[y]!.end)); ) {
      const e = found[y]!.end + 1;
      y = found.findIndex((g) => g.type === 'place' && g.canonical !== '' && g.start === e);
      if (y >= 0) chain.push(y);
    }
    let j = foundJ[chain[chain.length - 1]!]! + 1;
    if (j >= t.n || G[j] !== GAP_SPACE) continue;
    if (words.lower[WD[j]!] === 'peace' && j + 1 < t.n && G[j + 1] === GAP_SPACE) j++;
    const w = words.lower[WD[j]!]!;
    if (PACT_WORDS.has(w) || (w === 'standard' && j + 1 < t.n && G[j + 1] === GAP_SPACE && words.lower[WD[j + 1]!] === 'time')) for (const z of chain) found[z]!.canonical = '';
  }
  if (!peoples) return;
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    if (f.type !== 'place' || !peoples.has(f.canonical)) continue;
    const j = foundJ[x]! + 1;
    if (j < t.n && G[j] === GAP_SPACE && PLACE_LOWER.has(words.lower[WD[j]!]!)) continue;
    f.canonical = '';
  }
}

/** The gazetteer's matches, as mentions (an office or a gloss as a mention of no name, kept to cover its words). */
function gazetteerHits(body: string, t: Tokens, tc: Int32Array, raw: Matches) {
  const S = t.start;
  const E = t.end;
  const G = t.gap;
  for (let x = 0; x < raw.n; x++) {
    const e = raw.hit[x]!.entry;
    let i = raw.i[x]!;
    const j = raw.j[x]!;
    // an office or a designation ("Secretary of the Treasury", "Foreign Terrorist Organization"), or a known
    // name given as a gloss ("meaning Army of Justice"): no mention
    if (e.canonical === '' || glossBefore(body, S[i]!)) {
      add(mention(S[i]!, E[j]!, e.type, '', null, true), i, j);
      continue;
    }
    // an acronym's full stop right before more letters is part of a longer one ("18 U.S.C. § 2339B" cites a code)
    if (tc[j]! & F_DOT && G[j + 1] === GAP_NONE && tc[j + 1]! & F_WORD) continue;
    // a body's name before "Flight" and a number names the flight, no mention ("Pan Am Flight 103", "TWA Flight
    // 847"), as airlinesOfPlaces has it
    const flight = e.type === 'organization' ? flightNumberEnd(t, j + 1) : -1;
    if (flight > 0) {
      add(mention(S[i]!, E[flight]!, e.type, '', null, true), i, flight);
      continue;
    }
    // "The" capitalised after a comma belongs to the name ("Malaysia, The United Kingdom"); elsewhere it
    // opens a sentence or a quote ("“The TTP is …") or is a writer's capital ("designating The BLA")
    if (i >= 2 && tc[i - 1]! & F_THECAP && G[i - 1] !== GAP_LINE && tc[i - 2]! & F_COMMA && e.type !== 'person') i--;
    // a town's or a province's name after "anti-"/"pro-" is what a group is against or for, no place ("the
    // anti-Balaka militia"; a country's name there is still its place: "anti-Pakistan", as the annotation rules have
    // "Pakistan-backed"); with a group noun after it the whole is the group's (as classify has it for unknown names)
    if (e.type === 'place' && e.entity_kind !== 'state' && stancePrefixed(t, tc, i)) {
      if (groupNounAfter(t, tc, j)) add(mention(S[i - 1]!, E[j]!, 'organization', body.slice(S[i - 1]!, E[j]!), null, false), i - 1, j);
      continue;
    }
    add(mention(S[i]!, E[j]!, e.type, e.canonical, e.entity_id, true), i, j);
  }
}

/** The last token of "Flight" and a number at token q ("Flight 103"), or -1. */
function flightNumberEnd(t: Tokens, q: number): number {
  if (q + 1 >= t.n || t.gap[q] !== GAP_SPACE || t.gap[q + 1] !== GAP_SPACE || words.key[t.word[q]!] !== 'flight') return -1;
  return words.flags[t.word[q + 1]!]! & W_DIGIT ? q + 1 : -1;
}

/** A known group's branch named after it and a dash. */
function groupBranches(body: string, t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[]) {
  const n = t.n;
  const S = t.start;
  const E = t.end;
  const G = t.gap;
  const WD = t.word;
  // a known group's branch named after it and a dash: "ISIS-Mozambique", "ISIS-Core" (an acronym, a hyphen
  // and a capitalised word), "Islamic State – Bengal Province" (a spaced dash and a place, ending the phrase)
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    const j = foundJ[x]!;
    const q = j + 1;
    if (f.type === 'organization' && f.canonical !== '' && q < n && G[q] === GAP_SPACE) {
      nationalBranch(body, t, tc, cover, found, x);
      continue;
    }
    if (f.type !== 'organization' || f.canonical === '' || q >= n || G[q] !== GAP_HYPHEN || !(tc[q]! & F_CAP)) continue;
    const spaced = S[q]! - E[j]! > 1;
    let y = cover[q]!;
    let r = y >= 0 ? foundJ[y]! : q;
    if (y >= 0 && (found[y]!.type !== 'place' || foundI[y] !== q)) continue;
    // (a compass word glued to the hyphen opens the place after it: "IS-West Africa", "Daesh-East Asia"; so does
    // "Greater": "ISIS-Greater Sahara", wild30)
    if (!spaced && y < 0 && (moreByWord[WD[q]!]! & M_COMPASS || words.raw[WD[q]!] === 'Greater') && G[q + 1] === GAP_SPACE) {
      const z = cover[q + 1]!;
      if (z >= 0 && found[z]!.type === 'place' && foundI[z] === q + 1) {
        dropFound(found, cover, z);
        r = foundJ[z]!;
        y = z;
      }
    }
    if (spaced) {
      if (y < 0) continue;
      if ((tc[r + 1]! & (F_PLACEHEAD | F_CAP)) === (F_PLACEHEAD | F_CAP) && G[r + 1] === GAP_SPACE) r++; // "Bengal Province"
      // (the phrase ends there: a comma, a bracket, a full stop or the line's end)
      if (r + 1 < n && G[r + 1] !== GAP_LINE && !(tc[r + 1]! & (F_COMMA | F_DOT | F_LPAREN | F_RPAREN))) continue;
    } else if (G[r + 1] === GAP_HYPHEN) continue;
    else if (foundI[x] !== j || !(words.flags[WD[j]!]! & W_UPPER) || !BRANCHED.has(f.canonical)) {
      // a body's name glued by a hyphen to a place that ends the phrase (a comma, a full stop, a bracket, "and",
      // the line's end) is its branch there: "Daesh-Egypt, Daesh-Somalia", "Jund al-Khilafah-Tunisia, IS-Egypt";
      // a branched group's name in any case, any other body's only before a state ("Hamas-Egypt talks" has a
      // word after; a word glued to a name's end is no place: "al-Qaeda-linked")
      if (y < 0 || !(BRANCHED.has(f.canonical) || canonicalOf(found[y]!.canonical)?.kind === 'state')) continue;
      if (r + 1 < n && G[r + 1] !== GAP_LINE && !(tc[r + 1]! & (F_COMMA | F_DOT | F_LPAREN | F_RPAREN | F_AND)) && body.charCodeAt(S[r + 1]!) !== 59) continue;
    }
    if (y >= 0) dropFound(found, cover, y);
    f.end = E[r]!;
    for (let k = q; k <= r; k++) cover[k] = x;
    foundJ[x] = r;
    // (the group's core or centre is the group itself: "ISIS-Core", "al-Qaeda-Central")
    if (q === r && CORE.has(words.key[WD[q]!]!)) continue;
    f.canonical = cleanCanonical(body.slice(f.start, f.end), 'organization');
    f.known = false;
    f.entity_id = null;
  }
}

/**
 * A known group named with a state after it, as one name, is its national branch or the country's group of that
 * name (branch names9): right after it ("Hizb ut-Tahrir Britain"), or after "of" where its name ends in an
 * organisation head ("the National Liberation Army of Bolivia"); the phrase ends there (a comma, a bracket, a
 * full stop, a semicolon or the line's end: not "the Hamas Egypt talks"). Not "X in Mozambique" (where it acts).
 */
function nationalBranch(body: string, t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[], x: number) {
  const f = found[x]!;
  const j = foundJ[x]!;
  let q = j + 1;
  const of = words.raw[t.word[q]!];
  if (((of === 'of' && (tc[j]! & (F_ORGHEAD | F_CAP)) === (F_ORGHEAD | F_CAP)) || ((of === 'de' || of === 'del') && moreByWord[t.word[foundI[x]!]!]! & M_ROMANCE)) && t.gap[q + 1] === GAP_SPACE) q++;
  const y = cover[q]!;
  if (y < 0 || found[y]!.type !== 'place' || foundI[y] !== q || canonicalOf(found[y]!.canonical)?.kind !== 'state') return;
  const r = foundJ[y]!;
  if (r + 1 < t.n && t.gap[r + 1] !== GAP_LINE && !(tc[r + 1]! & (F_COMMA | F_DOT | F_LPAREN | F_RPAREN)) && body.charCodeAt(t.start[r + 1]!) !== 59) return;
  dropFound(found, cover, y);
  f.end = t.end[r]!;
  for (let k = j + 1; k <= r; k++) cover[k] = x;
  foundJ[x] = r;
  f.canonical = cleanCanonical(body.slice(f.start, f.end), 'organization');
  f.known = false;
  f.entity_id = null;
}

/**
 * A body's name and its name in Spanish, Portuguese or French in brackets after it, or the other way round, the
 * bracket ending or going on with a comma or a semicolon ("The Paraguayan People's Army (Ejército del Pueblo
 * Paraguayo, EPP)", "Ejército de Liberación Nacional de Bolivia (National Liberation Army of Bolivia; ELN)"), are
 * one body, named by its English name (branch names9: the golds of holdout7 and holdout9).
 */
function glossedBodies(body: string, t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[]) {
  const n = t.n;
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    const j = foundJ[x]!;
    if (f.type !== 'organization' || f.canonical === '' || j + 2 >= n || !(tc[j + 1]! & F_LPAREN)) continue;
    const y = cover[j + 2]!;
    if (y < 0 || foundI[y] !== j + 2) continue;
    const g = found[y]!;
    const r = foundJ[y]! + 1;
    if (g.type !== 'organization' || g.canonical === '' || g.canonical === f.canonical || r >= n || !(tc[r]! & (F_RPAREN | F_COMMA) || body.charCodeAt(t.start[r]!) === 59)) continue;
    const fr = (moreByWord[t.word[foundI[x]!]!]! & M_ROMANCE) !== 0;
    const gr = (moreByWord[t.word[j + 2]!]! & M_ROMANCE) !== 0;
    if (fr === gr) continue;
    const [from, to] = fr ? [f, g] : [g, f];
    const was = from.canonical;
    for (const h of found) if (h.canonical === was && h.type === 'organization') renamed(h, to);
  }
}

/** The Arabic article in lower case, as it joins a name's words ("al-Ahmad al-Sabah"). */
const ARTICLE_AL = new Set(['al', 'el']);
/** A known place inside a person's or another longer name is dropped, so that the run is typed whole. */
function placesInNames(t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[]) {
  const G = t.gap;
  // a place (not a country) after a plain name word, or a place that is also a given name before one, is
  // a part of a person's or another longer name ("activists Riaz Basra, …", "Virginia Smith said"): the run
  // is typed as a whole below. Not in a headline's Title Case ("Blast Hits Karachi Market", "Virginia Man
  // Arrested"), nor after a sentence's first word unless that is a given name.
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    if (f.type !== 'place' || f.canonical === '' || !f.known) continue;
    const i = foundI[x]!;
    const j = foundJ[x]!;
    const q = i - 1;
    // (the word before is a word of its own, not the end of a hyphenated name: "Jamaat-e-Islami Kashmir")
    // (a title or an office may stand before the name: "Senator John Kerry", "Secretary of State John Kerry")
    const titled = q >= 1 && G[q] === GAP_SPACE && ((tc[q - 1]! & (F_TITLE | F_CAP)) === (F_TITLE | F_CAP) || (cover[q - 1]! >= 0 && found[cover[q - 1]!]!.canonical === ''));
    const before = G[i] === GAP_SPACE && G[q] !== GAP_HYPHEN && plainNameWord(t, tc, cover, q) && (!(tc[q - 1]! & F_CAP) || (titled && (tc[q]! & F_GIVEN) !== 0)) && (tc[q]! & F_GIVEN || (G[q] !== GAP_LINE && !(tc[q - 1]! & F_SENTSTART)));
    const after = !before && tc[i]! & F_GIVEN && i === j && G[j + 1] === GAP_SPACE && plainNameWord(t, tc, cover, j + 1) && !(tc[j + 2]! & F_CAP);
    // (or after a name that opens with a given name or an honorific, one or two words, no capital before it:
    // "Marcelo Martínez Burgos"; a country so only inside the name, a name word after it: "Haji Mali Khan")
    // (tried only after a name word: most places follow none)
    // (a place joined by "al-" to a given name, no country: "Sabah al-Ahmad al-Sabah"; branch wild16)
    const article = G[i] === GAP_HYPHEN && i === j && q >= 1 && G[q] === GAP_SPACE && ARTICLE_AL.has(words.raw[t.word[q]!]!) && tc[q - 1]! & F_GIVEN && plainNameWord(t, tc, cover, q - 1);
    // (or a town's name after a role or a title, before a surname: "spokesman Nelson Chamisa"; holdout20)
    const roled = !before && i === j && q >= 0 && G[i] === GAP_SPACE && tc[q]! & (F_ROLE | F_TITLE) && G[j + 1] === GAP_SPACE && plainNameWord(t, tc, cover, j + 1) && !isCommonWord(t, j + 1) && !(G[j + 2] === GAP_SPACE && tc[j + 2]! & F_CAP);
    if (G[i] !== GAP_SPACE || !plainNameWord(t, tc, cover, q)) {
      if ((after || article || roled) && canonicalOf(f.canonical)?.kind !== 'state') dropFound(found, cover, x);
      continue;
    }
    // (a title or an office may stand before it: "Security Minister Omar Hashi Aden"; branch wild16)
    const opened = !before && !after && G[q] === GAP_SPACE && tc[q - 1]! & (F_GIVEN | F_NAMETITLE) && (!(tc[q - 2]! & F_CAP) || (tc[q - 2]! & F_TITLE && G[q - 1] === GAP_SPACE)) && G[q - 1] !== GAP_HYPHEN && plainNameWord(t, tc, cover, q - 1);
    if (!before && !after && !opened && !(tc[q]! & F_NAMETITLE)) continue;
    const state = canonicalOf(f.canonical)?.kind === 'state';
    if (!state) {
      if (before || after || opened) dropFound(found, cover, x);
      continue;
    }
    const inside = (before || opened || (tc[q]! & F_NAMETITLE && !(tc[q - 1]! & F_CAP))) && i === j && G[j + 1] === GAP_SPACE && plainNameWord(t, tc, cover, j + 1);
    if (inside && (tc[q]! & (F_GIVEN | F_NAMETITLE) || opened)) dropFound(found, cover, x);
  }
}

/** A clock time right before ("12:00 (EEST)", "13:00 PST", "10 a.m. EST"). */
const CLOCK_BEFORE = /\d(?:[:.]\d\d\s?(?:[ap]\.?m\.?)?|\s?[ap]\.?m\.?)\s*$/i;
/**
 * A dateline's city in capitals that the cities' table knows in its own case ("CINCINNATI (AP) —", "LIMA, Peru
 * (AP) _", "MEDELLIN, COLOMBIA —"): the city, its table canonical (branch wild19, fresh texts: the city was
 * missed, or kept as written beside its table name). One to three words in capitals opening a line, uncovered,
 * before a comma, a bracket or a dash.
 */
function capitalDatelines(body: string, t: Tokens, cover: Int32Array) {
  const n = t.n;
  const G = t.gap;
  const WD = t.word;
  for (let i = 0; i < n; i++) {
    if (i > 0 && G[i] !== GAP_LINE) continue;
    let j = i;
    while (j < n && j - i < 3 && (words.flags[WD[j]!]! & (W_UPPER | W_CAP)) === (W_UPPER | W_CAP) && cover[j]! < 0 && (j === i || G[j] === GAP_SPACE)) j++;
    if (j === i || j >= n || G[j] === GAP_LINE || t.end[j - 1]! - t.start[i]! < 3) continue;
    const next = body.charCodeAt(t.start[j]!);
    // (",", "(", a dash: "—", "–", "-", "_")
    if (next !== 44 && next !== 40 && next !== 0x2014 && next !== 0x2013 && next !== 45 && next !== 95) continue;
    const text = body.slice(t.start[i]!, t.end[j - 1]!);
    const city = cityOf(text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase()));
    if (city === undefined) continue;
    add(mention(t.start[i]!, t.end[j - 1]!, 'place', city, null, false), i, j - 1);
  }
}
/** A page's own words, which a bracket before a dash may hold: no agency. */
const PAGE_WORDS = new Set(['photo', 'photos', 'video', 'videos', 'file', 'audio', 'updated', 'update', 'graphic', 'map', 'watch', 'listen', 'live', 'opinion', 'analysis', 'editorial', 'advertisement']);
/**
 * A news agency's credit in brackets (wild audit, branch wild1): a dateline's "ABUJA, Nigeria (AP) —",
 * "Dec. 11 (Bloomberg) --", or a table's source mark "| 36 | (AP) |". One capitalised word alone in brackets,
 * after the dateline's place or date (or a line's start, or a table's bar) and before a dash or the line's end,
 * in the line's first six tokens, is the agency that filed the text. "AP" is the Associated Press's own credit
 * (AP Stylebook, "datelines"), also in a table's mark anywhere on its line. Not after a body's name, whose
 * acronym it is ("Norwegian Labour Party (AP)"), nor a word in capitals other than AP, a stop or time word, or
 * a page's own word ("(Photo) —", "(Updated) -").
 */
function creditsInBrackets(body: string, t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[]) {
  const n = t.n;
  const G = t.gap;
  const WD = t.word;
  for (let x = 0; x < parenCount; x++) {
    const k = parenList[x]!;
    const a = k + 1;
    // ("AP" read as the place's own acronym before it, "ISLAMABAD (AP) —", is still the agency's credit)
    const placeAlias = cover[a]! >= 0 && words.raw[WD[a]!] === 'AP' && found[cover[a]!]!.type === 'place' && foundI[cover[a]!] === a && foundJ[cover[a]!] === a;
    if (a + 1 >= n || (cover[a]! >= 0 && !placeAlias) || !(tc[a + 1]! & F_RPAREN) || (tc[a]! & (F_CAP | F_WORD)) !== (F_CAP | F_WORD) || G[a] !== GAP_NONE) continue;
    const raw = words.raw[WD[a]!]!;
    const ap = raw === 'AP';
    // (an acronym of two to six capitals is an agency's too: "(CNN) --", "(RHC)--"; branch wild14)
    // (not a time zone after a clock time: "12:00 (EEST)")
    const upper = (words.flags[WD[a]!]! & W_UPPER) !== 0;
    if (!ap && ((upper && (!acronymAt(t, a) || CLOCK_BEFORE.test(body.slice(Math.max(0, t.start[k]! - 8), t.start[k]!)))) || tc[a]! & (F_STOP | F_TIME) || PAGE_WORDS.has(raw.toLowerCase()))) continue;
    // (after: a dash, or the line's end; a table's bar is no token)
    const r = a + 2;
    // (the old AP wire's dash, an underscore: "BERLIN (AP) _ Terrorist groups …")
    if (r < n && G[r] !== GAP_LINE && G[r] !== GAP_HYPHEN && !(ap && (markBetween(body, t.end[a + 1]!, t.start[r]!) || body.slice(t.end[a + 1]!, t.start[r]!) === ' _ '))) continue;
    // (before: the dateline's place or date, a line's start, or a table's bar)
    const p = k - 1;
    const before = k === 0 || G[k] === GAP_LINE || (cover[p]! >= 0 && found[cover[p]!]!.type === 'place') || (cover[p]! < 0 && (words.flags[WD[p]!]! & W_DIGIT) !== 0) || (ap && markBetween(body, t.end[p]!, t.start[k]!));
    if (!before) continue;
    let line = k;
    while (line > 0 && G[line] !== GAP_LINE && k - line < 6) line--;
    if (!ap && line > 0 && G[line] !== GAP_LINE) continue;
    if (placeAlias) dropFound(found, cover, cover[a]!);
    add(mention(t.start[a]!, t.end[a]!, 'organization', ap ? 'Associated Press' : raw, null, false), a, a);
  }
}

/**
 * A body found by evidence (an infobox row, a head word) whose name holds a known place ("Operator: Air India",
 * "Trinidad and Tobago Television") is that body where its words stand again as written, the place inside them no
 * place ("the history of Air India", "Air Rhodesia's regular service"); before "Flight" and a number they name a
 * flight, no mention ("Air India Flight 182"; the golds of holdout9, holdout11, holdout12; branch orgs1).
 */
function bodiesOverPlaces(t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[]) {
  const n = t.n;
  const WD = t.word;
  const G = t.gap;
  let bodies: number[] | null = null; // (indices of the bodies to find again)
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    if (f.type !== 'organization' || f.known || f.canonical === '' || foundJ[x]! - foundI[x]! < 1 || foundJ[x]! - foundI[x]! > 5) continue;
    let place = false;
    for (let q = foundI[x]!; q <= foundJ[x]! && !place; q++) place = placeWord(t, q);
    if (place) (bodies ??= []).push(x);
  }
  if (!bodies) return;
  for (const x of bodies) {
    const f = found[x]!;
    const i = foundI[x]!;
    const len = foundJ[x]! - i;
    for (let k = 0; k + len < n; k++) {
      if (WD[k] !== WD[i] || k === i || (k > 0 && G[k] !== GAP_LINE && (tc[k - 1]! & (F_CAP | F_WORD)) === (F_CAP | F_WORD) && G[k] === GAP_SPACE && cover[k - 1]! < 0)) continue;
      let same = true;
      let places = 0;
      for (let d = 0; d <= len && same; d++) {
        const q = k + d;
        if (WD[q] !== WD[i + d] || (d > 0 && G[q] !== G[i + d])) same = false;
        else if (cover[q]! >= 0) {
          const y = cover[q]!;
          if (found[y]!.type !== 'place' || foundI[y]! < k || foundJ[y]! > k + len) same = false;
          else places++;
        }
      }
      // (a longer name goes on after it: "Air India Express")
      const e = k + len;
      if (!same || places === 0 || (e + 1 < n && G[e + 1] === GAP_SPACE && (tc[e + 1]! & (F_CAP | F_WORD)) === (F_CAP | F_WORD) && words.key[WD[e + 1]!] !== 'flight')) continue;
      for (let q = k; q <= e; q++) if (cover[q]! >= 0) dropFound(found, cover, cover[q]!);
      const flight = e + 2 < n && words.key[WD[e + 1]!] === 'flight' && (words.flags[WD[e + 2]!]! & W_DIGIT) !== 0;
      if (flight) add(mention(t.start[k]!, t.end[e + 2]!, 'organization', '', null, false), k, e + 2);
      else add(sameAs(f, t.start[k]!, t.end[e]!), k, e);
      k = e;
    }
  }
}
/**
 * A capitalised "Air" right before a place's name opens an airline's name, not the place (branch wild19; fresh
 * texts: "via Air France Flight 132", "an Air France plane", "the hijack of Air France Flight 8969"): the carrier
 * is a body ("Air France", as the golds of holdout9 and holdout12 keep "Air India", "Air Rhodesia"), and before
 * "Flight" and a number the words name a flight, no mention (as bodiesOverPlaces). Not where "Air" goes on a
 * capitalised name before it ("Royal Air Maroc"), nor before a place that a capitalised word continues ("Air
 * Force"-like names are no places) other than "Flight".
 */
const ARTICLES_CAP = new Set(['The', 'A', 'An']);
function airlinesOfPlaces(body: string, t: Tokens, cover: Int32Array, found: Found[]) {
  const n = t.n;
  const WD = t.word;
  const G = t.gap;
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    if (f.type !== 'place' || f.canonical === '') continue;
    const i = foundI[x]!;
    const j = foundJ[x]!;
    const a = i - 1;
    if (a < 0 || G[i] !== GAP_SPACE || words.raw[WD[a]!] !== 'Air' || cover[a]! >= 0) continue;
    if (a > 0 && G[a] === GAP_SPACE && words.flags[WD[a - 1]!]! & W_CAP && !ARTICLES_CAP.has(words.raw[WD[a - 1]!]!)) continue;
    const e = j + 1;
    const flight = e + 1 < n && G[e] === GAP_SPACE && words.key[WD[e]!] === 'flight' && (words.flags[WD[e + 1]!]! & W_DIGIT) !== 0;
    if (!flight && e < n && G[e] === GAP_SPACE && words.flags[WD[e]!]! & W_CAP && words.key[WD[e]!] !== 'flight') continue;
    dropFound(found, cover, x);
    if (flight) add(mention(t.start[a]!, t.end[e + 1]!, 'organization', '', null, false), a, e + 1);
    else add(mention(t.start[a]!, t.end[j]!, 'organization', body.slice(t.start[a]!, t.end[j]!), null, false), a, j);
  }
}
/**
 * A place that only an attack's name gave ("the Tarata bombing": classify.ts eventPlaceAt) is the longer place
 * the document names with the same first word and a place's or a venue's head ("Tarata Street"), and a person's
 * surname is that person ("Anders Behring Breivik" … "the Breivik massacre"). (wild19)
 */
function eventPlacesNamed(t: Tokens, found: Found[], placeWords: Set<number>) {
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    if (f.type !== 'place' || f.known || f.canonical === '' || foundI[x] !== foundJ[x] || !placeWords.has(t.word[foundI[x]!]!)) continue;
    const prefix = `${f.canonical} `;
    // (a person's surname is the person's: "Anders Behring Breivik" … "the Breivik massacre")
    const suffix = ` ${f.canonical}`;
    const person = found.find((g) => g.type === 'person' && g.canonical.endsWith(suffix));
    if (person) {
      f.type = 'person';
      f.canonical = person.canonical;
      continue;
    }
    for (const g of found) {
      if (g === f || g.type !== 'place' || g.canonical === '' || !g.canonical.startsWith(prefix) || g.canonical.indexOf(' ', prefix.length) >= 0) continue;
      const head = g.canonical.slice(prefix.length).toLowerCase();
      if (!PLACE_HEADS.has(head) && !VENUE_HEADS.has(foldToken(head))) continue;
      f.canonical = g.canonical;
      break;
    }
  }
}
/** Token q's word alone is a built-in place's name ("India", "Rhodesia"). */
function placeWord(t: Tokens, q: number): boolean {
  return canonicalOf(words.raw[t.word[q]!]!)?.type === 'place';
}

/** Acronyms learnt in brackets ("Full Name (ACR)") and found again; another name of a body in brackets. */
function acronymsInBrackets(body: string, t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[]) {
  const n = t.n;
  const S = t.start;
  const E = t.end;
  const G = t.gap;
  const WD = t.word;
  const wordRaw = words.raw;
  const opens = t.opens;
  const no = t.nOpens;
  // acronyms learnt in the document: "Full Name (ACR)" (by word id: a word id is one spelling)
  let acr: Map<number, Found> | null = null; // (made when the first is learnt, as are the maps below)
  let redefined: Map<number, string> | null = null; // (an acronym's word → the known canonical it no longer has)
  const acrStamp = newStamp();
  const parens = parenList;
  const np = parenCount;
  for (let x = 0; x < np; x++) {
    const k = parens[x]!;
    // (the acronym alone in the brackets, or first before a gloss: "(HSM; Arabic: …)")
    if (k < 1 || k + 2 >= n || (!(tc[k + 2]! & (F_RPAREN | F_COMMA)) && WD[k + 2] !== ID_SEMI)) continue;
    const a = k + 1;
    if (!(tc[a]! & F_ACRO)) continue;
    const aRaw = wordRaw[WD[a]!]!;
    const prevIdx = cover[k - 1]!;
    let target: Found | null = prevIdx >= 0 ? found[prevIdx]! : null;
    // a place that ends a longer name whose initials are the acronym's is part of that name:
    // "Asociación Mutual Israelita Argentina (AMIA)", "Border Guard Bangladesh (BGB)"
    // (or after "of": "Amhara Association of America (AAA)", "Front for the Liberation of the Enclave of Cabinda (FLEC)")
    if (target && target.type === 'place' && foundJ[prevIdx] === k - 1 && foundI[prevIdx]! > 0) {
      const fi = foundI[prevIdx]!;
      const of = fi >= 2 && G[fi - 1] === GAP_SPACE && (tc[fi - 1]! & (F_CONN | F_CAP)) === F_CONN && moreByWord[WD[fi - 1]!]! & M_OF;
      let seq = G[fi] === GAP_SPACE ? capSequenceEndingAt(t, tc, of ? fi - 2 : fi - 1, cover) : -1;
      if (seq >= 0) seq = throughArticles(t, tc, cover, seq, k - 1, aRaw);
      if (seq >= 0 && initialsAre(t, tc, seq, k - 1, aRaw)) {
        dropFound(found, cover, prevIdx);
        const text = body.slice(S[seq]!, E[k - 1]!);
        target = mention(S[seq]!, E[k - 1]!, 'organization', cleanCanonical(text, 'organization'), null, false);
        add(target, seq, k - 1);
      } else if (fi === k - 1 ? aRaw.length > 2 || wordRaw[WD[fi]!]!.charCodeAt(0) !== aRaw.charCodeAt(0) : !initialsAre(t, tc, fi, k - 1, aRaw)) continue;
      // (an acronym the place's name does not spell is no name of the place: "… of Cabinda (FLEC)", "… of America (AAA)")
    }
    // a known body's name opened by known places or "People's" that the acronym spells too is a longer body's
    // ("Sudan People's Liberation Army (SPLA)", not the People's Liberation Army; branch orgs1)
    if (target && target.type === 'organization' && foundJ[prevIdx] === k - 1) {
      const fi = foundI[prevIdx]!;
      const spelt = initialsAre(t, tc, fi, k - 1, aRaw); // (the known name alone is what the acronym spells)
      let wider = spelt ? fi : nameOpeningBefore(t, tc, cover, found, fi, k - 1, aRaw);
      // (or uncovered capitalised words before it that the acronym spells with it: "African National Congress
      // (ANC)", not the known "Congress")
      if (wider === fi && !spelt) {
        let p = fi;
        while (p > 0 && G[p] === GAP_SPACE && cover[p - 1]! < 0 && (tc[p - 1]! & (F_CAP | F_WORD | F_STOP | F_THE)) === (F_CAP | F_WORD) && fi - p < 4) p--;
        for (let q = p; q < fi; q++) if (initialsAre(t, tc, q, k - 1, aRaw)) {
          wider = q;
          break;
        }
      }
      // (a known name after "de", "de la", "du" … that the acronym does not spell ends a longer French or Spanish
      // name, which the runs find, and the acronym is that name's: "Escadron Parachutiste d'Intervention de la
      // Gendarmerie Nationale (EPIGN)"; holdout18)
      if (wider === fi && !spelt && target.known && fi > 1 && !(tc[fi - 1]! & F_CAP) && (ROMANCE_OF.has(words.key[WD[fi - 1]!]!) || moreByWord[WD[fi - 1]!]! & M_ROMANCEART)) continue;
      if (wider < fi) {
        for (let q = wider; q <= k - 1; q++) if (cover[q]! >= 0) dropFound(found, cover, cover[q]!);
        const text = body.slice(S[wider]!, E[k - 1]!);
        target = mention(S[wider]!, E[k - 1]!, 'organization', cleanCanonical(text, 'organization'), null, false);
        add(target, wider, k - 1);
      }
    }
    if (!target) {
      // (an acronym in the plural names things, not one body: "Improvised Explosive Devices (IEDs)")
      if (PLURAL_ACRONYM.test(aRaw)) continue;
      const seq = capSequenceEndingAt(t, tc, k - 1, cover);
      if (seq < 0) continue;
      const through = throughArticles(t, tc, cover, seq, k - 1, aRaw);
      let si = through;
      const sj = k - 1;
      // (an adjective that opens a name, when the acronym spells it too: "International Crisis Group (ICG)",
      // "Islamic Salvation Front (FIS)")
      const o = si - 1;
      if (o >= 0 && G[si] === GAP_SPACE && cover[o]! < 0 && (tc[o]! & (F_CAP | F_WORD | F_STOP)) === (F_CAP | F_WORD | F_STOP) && STOP_ADJECTIVES.has(words.key[WD[o]!]!) && (initialsAre(t, tc, o, sj, aRaw) || initialsReordered(t, tc, o, sj, aRaw))) si = o;
      // (known places, "People's" and a word hyphened to the next that open the name, when the acronym spells them
      // too: "Zimbabwe People's Revolutionary Army (ZIPRA)", "East Asia Anti-Japan Armed Front (EAAJAF)", "Trinidad
      // and Tobago Television (TTT)"; holdout12, branch orgs1)
      const wider = nameOpeningBefore(t, tc, cover, found, si, sj, aRaw);
      if (wider < si) {
        for (let q = wider; q < si; q++) if (cover[q]! >= 0) dropFound(found, cover, cover[q]!);
        si = wider;
      }
      const text = body.slice(S[si]!, E[sj]!);
      if (NOT_ENTITIES.has(nameKey(text))) continue;
      // the first word's initial must be the acronym's, or the acronym must be the initials of the name's
      // last words ("Provisional Irish Republican Army (IRA)")
      let q = si;
      while (q <= sj && !(tc[q]! & F_WORD)) q++;
      if (q > sj) continue;
      // ("Islamic Salvation Front (FIS)", "Armed Islamic Group (GIA)": a name translated, its initials the
      // acronym's letters in another order)
      if (through === seq && wordRaw[WD[q]!]![0]!.toUpperCase()[0] !== aRaw[0] && !initialsReordered(t, tc, q, sj, aRaw) && !translatedAcronym(t, tc, q, sj, aRaw)) {
        let tail = false;
        for (let p = q + 1; p < sj && !tail; p++) tail = initialsAre(t, tc, p, sj, aRaw);
        if (!tail) continue;
      }
      let type = typeOfUnknown(tc, si, sj);
      if (!type) {
        // (an office's name ending in its role or title is no body: "the Police Command Public Relations Officer
        // (PPRO)"; an area's, ending in a place noun, is a place: "Gubio Local Government Area (LGA)")
        if (sj > si && tc[sj]! & (F_ROLE | F_TITLE)) continue;
        if (sj > si && PLACE_LOWER.has(words.lower[WD[sj]!]!)) type = 'place';
      }
      type ??= 'organization';
      target = mention(S[si]!, E[sj]!, type, cleanCanonical(text, type), null, false);
      add(target, si, sj);
    }
    if (cover[a]! < 0) add(sameAs(target, S[a]!, E[a]!), a, a);
    else if (otherBody(found, cover[a]!, a, target)) {
      // the document's own definition wins over a known body of the same acronym ("Armed Islamic Group
      // (GIA)", not Mongolia's General Intelligence Agency), here and wherever the acronym stands again
      (redefined ??= new Map()).set(WD[a]!, found[cover[a]!]!.canonical);
      renamed(found[cover[a]!]!, target);
    }
    if (!acr?.has(WD[a]!)) {
      (acr ??= new Map()).set(WD[a]!, target);
      stamps[WD[a]!] = acrStamp;
    }
  }
  // "Ahle Hadith Andolon Bangladesh (Alhe Hadith Movement in Bangladesh)": a parenthesised name right after
  // an organisation is another name of it
  for (let x = 0; x < np; x++) {
    const k = parens[x]!;
    if (k < 1 || cover[k - 1]! < 0) continue;
    const f = found[cover[k - 1]!]!;
    if (f.type !== 'organization' || foundJ[cover[k - 1]!] !== k - 1) continue;
    // (or a name in quotes that opens the parentheses: 'Jamaat-ul-Mujahideen ("Assembly of Mujahideen", …')
    const quoted = k + 1 < n && QUOTES.has(wordRaw[WD[k + 1]!]!);
    const b = quoted ? k + 1 : k;
    let e = b + 1;
    while (e < n && e - b <= 8 && !(tc[e]! & F_RPAREN) && tc[e]! & (F_NAME | F_CONN)) e++;
    const closed = quoted ? e < n && QUOTES.has(wordRaw[WD[e]!]!) : tc[e]! & F_RPAREN;
    if (!closed || e - b < 3 || !(tc[b + 1]! & F_NAME) || !(tc[e - 1]! & F_NAME)) continue;
    // (a known place inside it is part of the name: "Movement in Bangladesh")
    let free = true;
    for (let q = b + 1; q < e; q++) if (cover[q]! >= 0 && found[cover[q]!]!.type !== 'place') free = false;
    if (!free) continue;
    for (let q = b + 1; q < e; q++) if (cover[q]! >= 0) dropFound(found, cover, cover[q]!);
    add(sameAs(f, S[b + 1]!, E[e - 1]!), b + 1, e - 1);
  }
  if (acr)
    for (let x = 0; x < no; x++) {
      // (an acronym's word can be part of a name: it is in the list)
      const k = opens[x]!;
      if ((cover[k]! >= 0 && redefined === null) || stamps[WD[k]!] !== acrStamp) continue; // (a covered word needs `redefined`)
      const f = acr.get(WD[k]!);
      if (f && cover[k]! < 0) add(sameAs(f, S[k]!, E[k]!), k, k);
      else if (f && redefined?.get(WD[k]!) === found[cover[k]!]!.canonical && otherBody(found, cover[k]!, k, f)) renamed(found[cover[k]!]!, f);
    }
}


/**
 * A body's name and, in brackets, another name of it "or" its acronym are one body (branch wild19; fresh texts:
 * "the Armed Islamic Group (Groupe Islamique Armée, or GIA)", "the Rote Armee Fraktion (Red Army Faction or
 * RAF)"): the name before the brackets or the one inside is an organisation found (the first found wins), the
 * other, when no mention, takes its canonical, and so does the acronym wherever it stands, a known body of the
 * same letters included (as acronymsInBrackets' `redefined`). The acronym must be the initials of one of the
 * names (in order, reordered or translated); each name one to six capitalised words (and connectors).
 */
function namesOrAcronymInBrackets(body: string, t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[]) {
  const n = t.n;
  const WD = t.word;
  const G = t.gap;
  for (let x = 0; x < parenCount; x++) {
    const k = parenList[x]!;
    if (k < 2) continue;
    let e = k + 1;
    while (e < n && e - k <= 10 && !(tc[e]! & F_RPAREN) && G[e] !== GAP_LINE) e++;
    if (e >= n || !(tc[e]! & F_RPAREN) || e - k < 4) continue;
    const a = e - 1;
    const or = a - 1;
    if (!(tc[a]! & F_ACRO) || words.raw[WD[or]!] !== 'or') continue;
    const ie = or - 1 > k && tc[or - 1]! & F_COMMA ? or - 2 : or - 1;
    const ii = k + 1;
    if (ie < ii || ie - ii > 7 || !(tc[ii]! & F_NAME) || !(tc[ie]! & F_NAME)) continue;
    let plain = true;
    for (let q = ii; q <= ie && plain; q++) plain = (tc[q]! & (F_NAME | F_CONN)) !== 0;
    if (!plain) continue;
    const aRaw = words.raw[WD[a]!]!;
    const spells = (i: number, j: number) => initialsAre(t, tc, i, j, aRaw) || initialsReordered(t, tc, i, j, aRaw) || translatedAcronym(t, tc, i, j, aRaw);
    // the name before the brackets: a found organisation ending there, or uncovered capitalised words
    const y = cover[k - 1]!;
    let oi: number;
    let outside: Found | null = null;
    if (y >= 0) {
      if (found[y]!.type !== 'organization' || foundJ[y] !== k - 1) continue;
      outside = found[y]!;
      oi = foundI[y]!;
    } else {
      oi = capSequenceEndingAt(t, tc, k - 1, cover);
      if (oi < 0 || k - 1 - oi > 5) continue;
    }
    // the name inside: one organisation found over all of it, or no mention at all
    let inside: Found | null = null;
    let free = true;
    for (let q = ii; q <= ie; q++) if (cover[q]! >= 0) free = false;
    if (!free) {
      const z = cover[ii]!;
      if (z < 0 || found[z]!.type !== 'organization' || foundI[z] !== ii || foundJ[z] !== ie) continue;
      inside = found[z]!;
    }
    const target = outside ?? inside;
    if (!target || !(spells(oi, k - 1) || spells(ii, ie))) continue;
    if (!outside) add(sameAs(target, t.start[oi]!, t.end[k - 1]!), oi, k - 1);
    if (!inside) add(sameAs(target, t.start[ii]!, t.end[ie]!), ii, ie);
    // the acronym, here and wherever it stands
    for (let q = 0; q < n; q++) {
      if (WD[q] !== WD[a]) continue;
      const c = cover[q]!;
      if (c < 0) add(sameAs(target, t.start[q]!, t.end[q]!), q, q);
      else if (foundI[c] === q && foundJ[c] === q && found[c]!.type === 'organization' && found[c]!.canonical !== target.canonical) renamed(found[c]!, target);
    }
  }
}

/**
 * The first token of a longer name ending at token j that goes on before `seq` over "of the" or "for the"
 * ("Committee for the Protection of Journalists", "Front for the Liberation of the Enclave of Cabinda"), when
 * the acronym is its initials; else seq.
 */
function throughArticles(t: Tokens, tc: Int32Array, cover: Int32Array, seq: number, j: number, acronym: string): number {
  let best = seq;
  for (let s = seq; s >= 3; ) {
    if ((tc[s - 1]! & (F_THE | F_CAP)) !== F_THE || (tc[s - 2]! & (F_CONN | F_CAP)) !== F_CONN || t.gap[s] !== GAP_SPACE || t.gap[s - 1] !== GAP_SPACE || t.gap[s - 2] !== GAP_SPACE) break;
    const key = words.key[t.word[s - 2]!];
    if (key !== 'of' && key !== 'for') break;
    const h = s - 3;
    s = capSequenceEndingAt(t, tc, h, cover);
    if (s < 0) break;
    // (or the acronym of the name in its own language, its head before "of the": "Socialist Party of the
    // Oppressed (ESP)", Ezilenlerin Sosyalist Partisi)
    if (initialsAre(t, tc, s, j, acronym) || initialsReordered(t, tc, s, j, acronym) || (h > s && translatedAcronym(t, tc, s, h, acronym))) best = s;
  }
  return best;
}

/**
 * The first token of a name ending at sj that opens before si with known places, "People's" or a capitalised word
 * joined by a hyphen to the next ("Anti-Japan"), up to four steps back, whose capitalised words' initials start
 * with the acronym's first letter and are, in order, among its letters ("Zimbabwe People's Revolutionary Army" and
 * ZIPRA); else si.
 */
function nameOpeningBefore(t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[], si: number, sj: number, acronym: string): number {
  if (!/^[A-Z]{3,}$/.test(acronym)) return si;
  const S = t.start;
  const E = t.end;
  const G = t.gap;
  let best = si;
  let s = si;
  for (let step = 0; step < 4 && s > 0 && (G[s] === GAP_SPACE || G[s] === GAP_HYPHEN); step++) {
    const p = s - 1;
    const x = cover[p]!;
    if (x >= 0 && found[x]!.type === 'place' && foundJ[x] === p) s = foundI[x]!;
    else if (x < 0 && p > 0 && words.key[t.word[p]!] === 's' && words.raw[t.word[p - 1]!] === 'People' && S[p] === E[p - 1]! + 1 && cover[p - 1]! < 0) s = p - 1;
    else if (x < 0 && G[s] === GAP_HYPHEN && (tc[p]! & (F_CAP | F_WORD | F_STOP | F_THE | F_TIME | F_TITLE | F_ROLE)) === (F_CAP | F_WORD)) s = p;
    else break;
    const initials = capitalInitials(t, tc, s, sj);
    if (initials[0] === acronym[0] && inOrder(initials, acronym)) best = s;
  }
  return best;
}
/** The letters of `a` are, in order, among those of `b`. */
function inOrder(a: string, b: string): boolean {
  let k = 0;
  for (const c of a) {
    while (k < b.length && b[k] !== c) k++;
    if (k === b.length) return false;
    k++;
  }
  return true;
}

/** An acronym in the plural: two capitals or more and a lower-case "s" ("IEDs", "NGOs", "SDGTs"). */
const PLURAL_ACRONYM = /^[A-Z]{2,}s$/;

/** The first letters of the capitalised words among tokens i..j. */
function capitalInitials(t: Tokens, tc: Int32Array, i: number, j: number): string {
  let initials = '';
  for (let q = i; q <= j; q++) if ((tc[q]! & (F_CAP | F_WORD)) === (F_CAP | F_WORD)) initials += words.raw[t.word[q]!]![0]!;
  return initials;
}

/** The initials of the capitalised words among tokens i..j are the letters of `acronym` (all capitals, three or more), in another order. */
function initialsReordered(t: Tokens, tc: Int32Array, i: number, j: number, acronym: string): boolean {
  if (acronym.length < 3 || !/^[A-Z]+$/.test(acronym)) return false;
  const initials = capitalInitials(t, tc, i, j);
  return initials.length === acronym.length && [...initials].sort().join('') === [...acronym].sort().join('');
}

/**
 * The acronym is of the name in its own language ("Spanish Socialist Workers' Party (PSOE)", "Socialist Party
 * of the Oppressed (ESP)"): the name ends in an organisation's head word and two of the acronym's letters at
 * least are initials of its capitalised words.
 */
function translatedAcronym(t: Tokens, tc: Int32Array, i: number, j: number, acronym: string): boolean {
  if (!(tc[j]! & F_ORGHEAD) || !/^[A-Z]+$/.test(acronym)) return false;
  const initials = capitalInitials(t, tc, i, j);
  let shared = 0;
  for (const c of new Set(acronym)) if (initials.includes(c)) shared++;
  return shared >= 2;
}

/**
 * The mention at token q is the acronym alone, known as another body than f: an organisation whose canonical
 * shares no word of three letters or more with f's ("General Intelligence Agency of Mongolia", "Armed Islamic
 * Group"; not "Tehrik-i-Taliban Pakistan", "Tehreek-e-Taliban Pakistan").
 */
function otherBody(found: Found[], x: number, q: number, f: Found): boolean {
  const g = found[x]!;
  if (foundI[x] !== q || foundJ[x] !== q || !g.known || g.type !== 'organization' || f.type !== 'organization') return false;
  if (g.canonical === '' || f.canonical === '' || g.canonical === f.canonical) return false;
  return !sharesNameWord(g.canonical, f.canonical);
}
/**
 * A body's name and, alone in brackets right after it, a known body's name or acronym that shares a name word
 * with it are one body, wherever either stands ("ISIS-Khorasan (ISIS-K)", "al-Qa’ida in the Islamic Maghreb
 * (AQIM)", "Movement for Unity and Jihad in West Africa (MUJAO)"). Its name is the known one where the first
 * is a name no list knows, or one known only by the official lists' display name where the other is a
 * hand-kept body's ("Organization of al-Qaida in the Islamic Maghreb" for AQIM's "al-Qaeda in the Islamic
 * Maghreb"); otherwise the first's (MUJAO is listed under the French name). Not a group and another in
 * brackets that shares no word with it (a faction and its parent: "Jamaat-ul-Ahrar (TTP)").
 */
function definedInBrackets(t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[]) {
  const n = t.n;
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    const j = foundJ[x]!;
    if (f.type !== 'organization' || f.canonical === '' || j + 3 >= n || !(tc[j + 1]! & F_LPAREN)) continue;
    const y = cover[j + 2]!;
    if (y < 0 || foundI[y] !== j + 2) continue;
    const g = found[y]!;
    const r = foundJ[y]! + 1;
    if (g.type !== 'organization' || !g.known || g.canonical === '' || g.canonical === f.canonical || r >= n || !(tc[r]! & F_RPAREN)) continue;
    if (!sharesNameWord(f.canonical, g.canonical, true)) continue;
    const [from, to] = !f.known || (onlyListed(f.canonical) && !onlyListed(g.canonical)) ? [f, g] : [g, f];
    const was = from.canonical;
    for (const h of found) if (h.type === 'organization' && h.canonical === was) renamed(h, to);
  }
}

/**
 * The names in a list of people or of bodies that no evidence typed (branch wild16): court releases and reports
 * name the convicts, the victims, the designated in lists ("The 14 convicts are: Mofizur Rahman, Mahmud Azhar,
 * Rasheduzzaman, …", "confirmed as Prakash Singh, Sita Singh, Ranjit Singh, Satwant Singh Kaleka, and Suveg
 * Singh"; "Basque groups Batasuna, Euskal Herritarrok, and Herri Batasuna", holdout16), where a name without a
 * given name the lists know, or a body's name without a head word, stays untyped. Items joined by commas and
 * "and", on one line; an item is a person's or a body's mention (a person's with "alias" and another one), or one
 * to four plain capitalised words not yet in a mention. A list of three items or more, all of them such, at
 * least two of them of one kind (people or bodies), none of the other, and at least as many of that kind as
 * untyped items, makes each untyped item of that kind (a person of one word only in a list of four or more). Any
 * other item (a place, a lower-case word) is no such list.
 */
function namesInLists(body: string, t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[]) {
  const n = t.n;
  const G = t.gap;
  if (listItems.i.length < n) listItems = { i: new Int32Array(2 * n), j: new Int32Array(2 * n), p: new Uint8Array(2 * n) };
  const items = listItems;
  let k = 0; // the items of the list under way: items.i/j/p[0, k)
  let q = 0;
  while (q < n) {
    // an item at q
    let j = -1;
    let kind = LIST_UNTYPED;
    if (personCovered(found, cover, n, q)) {
      j = foundJ[cover[q]!]!;
      kind = LIST_PERSON;
      // (and "alias" and another person's mention: "Wadud Sheikh alias Gazi Khan")
      if (j + 2 < n && G[j + 1] === GAP_SPACE && moreByWord[t.word[j + 1]!]! & M_ALIAS && G[j + 2] === GAP_SPACE && personCovered(found, cover, n, j + 2)) j = foundJ[cover[j + 2]!]!;
    } else if (bodyCovered(found, cover, n, q)) {
      j = foundJ[cover[q]!]!;
      kind = LIST_BODY;
    } else if (plainNameWord(t, tc, cover, q) && (q === 0 || G[q] !== GAP_NONE)) {
      j = q;
      while (j + 1 < n && j - q < 3 && G[j + 1] === GAP_SPACE && plainNameWord(t, tc, cover, j + 1)) j++;
      // (the item ends at a separator or the sentence's end, not inside a longer name)
      if (j + 1 < n && G[j + 1] !== GAP_LINE && !(tc[j + 1]! & (F_COMMA | F_DOT)) && !((tc[j + 1]! & (F_AND | F_CAP)) === F_AND)) j = -1;
    }
    if (j < 0) {
      if (k) k = closeList(body, t, items, k);
      q++;
      continue;
    }
    items.i[k] = q;
    items.j[k] = j;
    items.p[k++] = kind;
    // the separator: ",", "and" or ", and", on the same line
    let r = j + 1;
    if (r < n && G[r] !== GAP_LINE && tc[r]! & F_COMMA) r++;
    if (r < n && G[r] !== GAP_LINE && (tc[r]! & (F_AND | F_CAP)) === F_AND) r++;
    if (r === j + 1 || r >= n || G[r] === GAP_LINE) {
      k = closeList(body, t, items, k);
      q = j + 1;
      continue;
    }
    q = r;
  }
  if (k) closeList(body, t, items, k);
}
// namesInLists's items, kept from call to call (arrays emptied and pushed again at every item were ~37 KB
// of garbage a pass) and its helpers, made once (not closures per call)
let listItems = { i: new Int32Array(256), j: new Int32Array(256), p: new Uint8Array(256) };
/** A list item's kind (listItems.p): a plain capitalised run, a person's mention, a body's. */
const LIST_UNTYPED = 0;
const LIST_PERSON = 1;
const LIST_BODY = 2;
/** A mention of type `type` starts at token q. */
const typeCovered = (found: Found[], cover: Int32Array, n: number, q: number, type: Found['type']) =>
  q < n && cover[q]! >= 0 && found[cover[q]!]!.type === type && found[cover[q]!]!.canonical !== '' && foundI[cover[q]!] === q;
const personCovered = (found: Found[], cover: Int32Array, n: number, q: number) => typeCovered(found, cover, n, q, 'person');
const bodyCovered = (found: Found[], cover: Int32Array, n: number, q: number) => typeCovered(found, cover, n, q, 'organization');
/** The list's k items done: its untyped items typed where the list is one of people or of bodies (above). Returns 0 (no items under way). */
function closeList(body: string, t: Tokens, items: typeof listItems, k: number): number {
  let people = 0;
  let bodies = 0;
  for (let x = 0; x < k; x++) {
    if (items.p[x] === LIST_PERSON) people++;
    else if (items.p[x] === LIST_BODY) bodies++;
  }
  const kind = people && bodies ? LIST_UNTYPED : people ? LIST_PERSON : LIST_BODY;
  const typed = people + bodies;
  if (k < 3 || kind === LIST_UNTYPED || typed < 2 || typed < k - typed) return 0;
  for (let x = 0; x < k; x++) {
    const i = items.i[x]!;
    const j = items.j[x]!;
    if (items.p[x] !== LIST_UNTYPED || (i === j && k < 4 && kind === LIST_PERSON)) continue;
    const text = body.slice(t.start[i]!, t.end[j]!);
    const type = kind === LIST_PERSON ? 'person' : 'organization';
    add(mention(t.start[i]!, t.end[j]!, type, cleanCanonical(text, type), null, false), i, j);
  }
  return 0;
}

/** The Arabic article before a name word (folded keys). */
const ARTICLES = new Set(['al', 'el', 'ul']);
/** What follows a known name and belongs to it: a branch in a place, "News", "district", "State", "Airport". */
function afterKnownNames(body: string, t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[]) {
  const n = t.n;
  const E = t.end;
  const G = t.gap;
  const WD = t.word;
  const wordRaw = words.raw;
  // "Indian army", "Obama administration": a capitalised word before a lower-case organisation head
  // (handled in classify); known place + " district"/" division" → the district
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    if (f.type === 'organization' && f.canonical !== '') {
      chapterOf(body, t, tc, found, cover, x);
      // a known body's "News" is its news service, the same body ("VOA News", "BBC News")
      const q = foundJ[x]! + 1;
      if (f.known && q < n && G[q] === GAP_SPACE && cover[q]! < 0 && words.raw[WD[q]!] === 'News' && !(tc[q + 1]! & F_NAME && G[q + 1] === GAP_SPACE)) {
        f.end = E[q]!;
        cover[q] = x;
        foundJ[x] = q;
      }
      // a known body's acronym and a capital letter glued to it by a hyphen name another body, a branch of it:
      // "HUJI-B" is not HUJI (holdout17; "ISIS-K" is known whole)
      if (f.known && foundI[x] === foundJ[x] && q < n && G[q] === GAP_HYPHEN && t.start[q] === E[q - 1]! + 1 && cover[q]! < 0 && words.flags[WD[q - 1]!]! & W_UPPER && wordRaw[WD[q]!]!.length === 1 && words.flags[WD[q]!]! & W_UPPER && !(q + 1 < n && G[q + 1] !== GAP_SPACE && G[q + 1] !== GAP_LINE && tc[q + 1]! & F_NAME)) {
        const text = body.slice(f.start, E[q]!);
        const c = canonicalOf(text);
        nameClosesAt(found, cover, x, q, E[q]!, c?.type === 'organization' ? c.canonical : text);
        f.known = c?.type === 'organization';
        continue;
      }
      // a known body's one-word name and an Arabic article glued to a name after it name a branch of it, another
      // body: "Hezbollah Al-Hejaz" (holdout17), not Hezbollah and a place (a name with its own article is not read
      // so: "ash-Shabāb al-Mujāhidīn" is al-Shabaab)
      if (f.known && foundI[x] === foundJ[x] && G[foundI[x]!] !== GAP_HYPHEN && q + 1 < n && G[q] === GAP_SPACE && G[q + 1] === GAP_HYPHEN && ARTICLES.has(words.key[WD[q]!]!) && (tc[q + 1]! & F_CAP) !== 0 && !(q + 2 < n && G[q + 2] === GAP_SPACE && tc[q + 2]! & F_NAME)) {
        const y = cover[q + 1]!;
        if (cover[q]! >= 0 && cover[q] !== y) continue;
        if (y >= 0) {
          if (found[y]!.type !== 'place' || foundJ[y] !== q + 1) continue;
          dropFound(found, cover, y);
        }
        nameClosesAt(found, cover, x, q + 1, E[q + 1]!, body.slice(f.start, E[q + 1]!));
      }
    }
    if (f.type !== 'place' || f.canonical === '') continue;
    const q = foundJ[x]! + 1;
    // (and any known place a capitalised "Airport": the venue, "Brussels Airport")
    const mq = q < n ? moreByWord[WD[q]!]! : 0;
    const suffix = (tc[q]! & (F_CAP | F_WORD)) === (F_CAP | F_WORD) && (((mq & M_SUFFIX) !== 0 && canonicalOf(f.canonical)?.kind !== 'state') || (mq & M_AIRPORT) !== 0);
    // (a lower-case "district" only after a built-in place: "Pulwama district"; after another name it is
    // no part of it, "Khashrod district")
    if (q < n && G[q] === GAP_SPACE && ((tc[q]! & F_DISTRICT && (tc[q]! & F_CAP || canonicalOf(f.canonical) !== null)) || suffix) && cover[q]! < 0) {
      const nx = wordRaw[WD[q]!]!;
      f.end = E[q]!;
      f.canonical = `${f.canonical} ${nx[0]!.toUpperCase()}${nx.slice(1)}`;
      cover[q] = cover[q - 1]!;
      foundJ[x] = q;
    } else if (q < n && G[q] === GAP_SPACE && cover[q]! < 0 && wordRaw[WD[q]!] === 'state' && !(G[q + 1] === GAP_SPACE && STATE_NOUNS.has(wordRaw[WD[q + 1]!]!)) && stateOfFederation(body, f)) {
      // a lower-case "state" after a country's first-level subdivision named as its canonical is the state,
      // as the capitalised form is ("attacks in Borno state", "in Zamfara state" → Borno State, Zamfara State);
      // not after a country ("the Cameroon state" is its government), nor a US state (written "X State" by
      // no one; "Washington state", "New York state" tell a state from its city, and are the state's name)
      f.end = E[q]!;
      f.canonical = `${f.canonical} State`;
      cover[q] = cover[q - 1]!;
      foundJ[x] = q;
    } else if (q < n && G[q] === GAP_SPACE && tc[q]! & F_CAP && DIVISION_WORDS.has(wordRaw[WD[q]!]!) && cover[q]! < 0) {
      // a capitalised division word after a place is part of the mention, its canonical the place's
      // ("Cabo Delgado Province", "Kumanovo Municipality")
      f.end = E[q]!;
      cover[q] = cover[q - 1]!;
      foundJ[x] = q;
    }
    // "Republic of" before a place is part of its name ("the Republic of Ireland": Ireland), and so are a state's
    // other forms ("the State of Kuwait", "the Kingdom of Saudi Arabia"; holdout15), and an adjective of a
    // republic's ("the Islamic Republic of Iran")
    const i = foundI[x]!;
    if (i >= 2 && G[i] === GAP_SPACE && G[i - 1] === GAP_SPACE && cover[i - 1]! < 0 && cover[i - 2]! < 0 && moreByWord[WD[i - 1]!]! & M_OF && wordRaw[WD[i - 1]!] === 'of' && (wordRaw[WD[i - 2]!] === 'Republic' || (STATE_FORMS.has(wordRaw[WD[i - 2]!]!) && canonicalOf(f.canonical)?.kind === 'state'))) {
      let a = i - 2;
      if (a >= 1 && G[a] === GAP_SPACE && cover[a - 1]! < 0 && wordRaw[WD[a]!] === 'Republic' && REPUBLIC_ADJECTIVES.has(wordRaw[WD[a - 1]!]!)) a--;
      f.start = t.start[a]!;
      for (let q = a; q < i; q++) cover[q] = x;
      foundI[x] = a;
    }
  }
}
/** The words of a state's formal name before "of" and its short name ("the Kingdom of Saudi Arabia"; as written). */
const STATE_FORMS = new Set(['Republic', 'State', 'Kingdom', 'Sultanate', 'Emirate', 'Principality', 'Commonwealth']);
/** Adjectives before "Republic" in states' formal names ("the Islamic Republic of Iran"; as written). */
const REPUBLIC_ADJECTIVES = new Set(['Islamic', 'Federal', 'Democratic', 'Socialist', 'Arab', 'Federative', 'United', 'Bolivarian', 'Hashemite']);
/** A place mention named as written by a first-level subdivision's canonical name (no country, no US state). */
function stateOfFederation(body: string, f: Found): boolean {
  if (body.slice(f.start, f.end) !== f.canonical || canonicalOf(f.canonical)?.kind !== 'place') return false;
  const country = subdivisionCountry(f.canonical);
  return country !== undefined && country !== 'United States';
}
/** Nouns that a lower-case "state" before them qualifies: "the Chiapas state governments" are Chiapas's (holdout17). */
const STATE_NOUNS = new Set(['government', 'governments', 'governor', 'governors', 'police', 'officials', 'legislature', 'assembly', 'authorities', 'forces', 'security', 'capital', 'election', 'elections', 'prosecutor', 'prosecutors', 'troops', 'media', 'television', 'house', 'courts', 'court']);
/** Capitalised division words that follow a place's name in its mention (as written). */
const DIVISION_WORDS = new Set(['Province', 'Municipality', 'Governorate', 'Prefecture']);


/** The mentions kept, in order of their start: the list found becomes the answer, in place. */
function keptInOrder(body: string, t: Tokens, found: Found[]): ExtractedMention[] {
  const S = t.start;
  const E = t.end;
  const WD = t.word;
  const wordRaw = words.raw;
  // the mentions kept, in order of their start (the sort is stable: ties stay in the order found); the list
  // found becomes the answer, in place
  let m = 0;
  let sorted = true;
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    if (f.canonical === '' || f.end <= f.start) continue;
    if (m > 0 && f.start < found[m - 1]!.start) sorted = false;
    // a mention of one token is its word's spelling: the word table's string, not a new one
    const i = foundI[x]!;
    f.text = i === foundJ[x] && f.start === S[i] && f.end === E[i] ? wordRaw[WD[i]!]! : body.slice(f.start, f.end);
    found[m++] = f;
  }
  found.length = m;
  if (!sorted) byStart(found);
  return found;
}
