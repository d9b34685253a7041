// Capitalised runs nobody listed: each run is read word by word, joined to the known names around it where
// they are one name ("East Africa", "Border Guard Bangladesh"), and typed by classify.ts.
import { foldToken } from '../fold.ts';
import { canonicalOf } from '../gazetteer.ts';
import { TOKEN_CODES, type Tokens, words } from '../tokens.ts';
import type { MentionType } from '../types.ts';
import { cleanCanonical } from './canonical.ts';
import { classify, titleCaseLine, untypedRuns } from './classify.ts';
import { elidedNameWord, markBetween, orgHeadAt, orgHeadWithin, parenOrgEnd, romanceNameBefore, venueNameBefore } from './context.ts';
import { OFFICE_ACRONYMS, PLACE_GIVEN, ROMANCE_OF, SURNAME_PARTICLES } from './cues.ts';
import { FACT_BITS, isCommonWord, isDemonym, moreByWord } from './facts.ts';
import { add, dropFound, type Found, foundI, foundJ, sameAs } from './found.ts';
import { mayBeNationalBody } from './joins.ts';
import { BUILT_HEADS, pluralHeads, ROAD_HEADS } from './venues.ts';
// (bit and code constants made this module's own: V8 folds a module's constants into its code, not imported ones)
const { GAP_HYPHEN, GAP_LINE, GAP_NONE, GAP_SPACE, W_UPPER } = TOKEN_CODES;
/** Military and police ranks, which open a person's name after a body's ("Philippine Army Maj. Gen. …"). */
const RANKS = new Set(['gen', 'general', 'maj', 'major', 'brig', 'brigadier', 'col', 'colonel', 'lt', 'lieutenant', 'capt', 'captain', 'sgt', 'sergeant', 'cpl', 'corporal', 'adm', 'admiral', 'cmdr', 'supt', 'superintendent', 'insp', 'constable']);
/** The compass words that are no adjective: before a country they name another place. */
const BARE_DIRECTIONS = new Set(['north', 'south', 'east', 'west']);
const { F_CAP, F_CONN, F_DOT, F_GIVEN, F_NAME, F_ORGHEAD, F_ORGPREFIX, F_PLACEHEAD, F_PLACELOWER, F_PLACEPREP, F_ROLE, F_SENTSTART, F_STOP, F_THE, F_TIME, F_TITLE, F_WORD, M_ADJECTIVE, M_COMPASS, M_DEMONYM, M_HEADS, M_LANDFORM, M_MEDIA, M_OF, M_ROMANCE, M_HEADVERB, M_ROMANCEART, M_SPEECHS, M_STOPADJ, M_TITLECASE } = FACT_BITS;

/** Runs of capitalised words nobody listed, joined to the known names around them where they are one name, and typed (classify.ts). */
export function unknownRuns(body: string, t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[]) {
  const n = t.n;
  const S = t.start;
  const E = t.end;
  const G = t.gap;
  const WD = t.word;
  const opens = t.opens;
  const no = t.nOpens;
  // unknown capitalised sequences typed by evidence
  let k = 0;
  for (let x = 0; x < no; x++) {
    if (opens[x]! < k || !(tc[opens[x]!]! & F_NAME)) continue;
    k = opens[x]!;
    if (cover[k]! >= 0) continue;
    // (a headline's verb of speech opens no name: "Afghanistan Says Foreign Agency Had Role …")
    if (headlineVerb(t, tc, k)) continue;
    if (moreByWord[WD[k]!]! & M_HEADS && moreByWord[WD[k + 1]!]! & M_OF) {
      k = pluralHeads(t, tc, cover, add, k);
      continue;
    }
    let si = k;
    let sj = k;
    let q = k + 1;
    let forced: MentionType | null = null;
    let merged = -1; // the last token of a known place the run's last word was merged into
    let complement = false; // (the run went on over a head word's "of the" or "for the")
    for (;;) {
      if (q >= n || G[q] === GAP_LINE) break;
      // a mark between two words separates names: a letterhead's "Department of Public Information • News
      // and Media Division", a table's "A | B"
      if (G[q] === GAP_SPACE && S[q]! - E[q - 1]! > 1 && markBetween(body, E[q - 1]!, S[q]!)) break;
      if (cover[q]! >= 0) {
        const f = found[cover[q]!]!;
        const fj = foundJ[cover[q]!]!;
        // a compass word before a known region or subdivision is part of its name ("East Africa", "Northern
        // Virginia"); not before a country ("Eastern Afghanistan" is a part of Afghanistan, named as such)
        // (but not before a lower-case place head, which names the region whose part the compass word says: "from
        // Western Oromia region" is Oromia; branch names7)
        // A bare direction before a country names another state or a region of its own, not a part of the country
        // ("South Vietnam", "West Germany", "East Pakistan", "South Lebanon"; holdout10, holdout12, holdout13), where
        // the adjective names the part ("Southern Iraq" is Iraq).
        if (q === sj + 1 && G[q] === GAP_SPACE && f.type === 'place' && foundI[cover[q]!] === q && moreByWord[WD[sj]!]! & M_COMPASS && (canonicalOf(f.canonical)?.kind !== 'state' || BARE_DIRECTIONS.has(words.lower[WD[sj]!]!)) && !(fj + 1 < n && G[fj + 1] === GAP_SPACE && (tc[fj + 1]! & (F_PLACELOWER | F_CAP)) === F_PLACELOWER)) {
          f.start = S[sj]!;
          f.canonical = cleanCanonical(body.slice(S[sj]!, f.end), 'place');
          foundI[cover[q]!] = sj;
          cover[sj] = cover[q]!;
          merged = fj;
          sj--; // the run before it, if any, is typed on its own
          while (sj >= si && !(tc[sj]! & F_NAME)) sj--;
          break;
        }
        // a name opened by a venue's head that other languages put first takes the known place after its words or
        // after "de"/"del", and is a venue, a place ("the Hotel Farah", "Palacio de Justicia de Caracas", "Centro
        // Simón Bolívar Towers": holdout9, holdout8; branch names10)
        if (f.type === 'place' && foundI[cover[q]!] === q && venueNameBefore(t, tc, si, sj, q)) {
          forced = 'place';
          sj = fj;
          q = fj + 1;
          continue;
        }
        // a run, "of", a known place and a square's or a street's head word are one place ("Kings of Israel
        // Square"; wild30)
        if (f.type === 'place' && q - 1 === sj + 1 && words.key[WD[q - 1]!] === 'of' && ofPlaceHead(t, tc, cover, found, si, sj, q)) {
          dropFound(found, cover, cover[q]!);
          sj = fj + 1;
          q = fj + 2;
          forced = 'place';
          break;
        }
        // a name opened by a Spanish, Portuguese or French organisation head takes the known place that ends it,
        // right after its words or after "de"/"del" ("Asociación Mutual Israelita Argentina", holdout4; "Banco
        // de Crédito del Perú", holdout5), but not an English head after that ("the Banco de Crédito del Perú Bank")
        if (f.type === 'place' && foundI[cover[q]!] === q && sj > si && romanceNameBefore(t, tc, si, sj, q)) {
          forced = 'organization';
          sj = fj;
          q = fj + 1;
          if (q < n && G[q] === GAP_SPACE && orgHeadAt(tc, q) && !(moreByWord[WD[q]!]! & M_ROMANCE)) break;
          continue;
        }
        // a known name inside a longer organisation name ("Pakistan High Commission", "Border Guard Bangladesh")
        // (or a station's: "Radio Free Europe", "Radio Pakistan"; branch names7)
        if (f.type === 'place' && sj - si >= 0 && (orgHeadAt(tc, fj + 1) || tc[sj]! & F_ORGHEAD || parenOrgEnd(tc, n, fj + 1) > 0 || ((tc[si]! & (F_ORGPREFIX | F_CAP)) === (F_ORGPREFIX | F_CAP) && (moreByWord[WD[si]!]! & M_MEDIA) !== 0))) {
          // (a head word right before the place that ends the run makes the run a body: "Border Guard Bangladesh")
          if (sj > si && (tc[sj]! & (F_ORGHEAD | F_CAP)) === (F_ORGHEAD | F_CAP) && !orgHeadAt(tc, fj + 1) && !(tc[fj + 1]! & F_NAME && G[fj + 1] === GAP_SPACE)) forced = 'organization';
          sj = fj;
          q = fj + 1;
          continue;
        }
        // a capitalised word right before a known body's name of two or more words makes another, longer
        // name ("Afghanistan's National Security Council" is not the UN's "Security Council")
        const x = cover[q]!;
        if (
          f.type === 'organization' && f.known && f.canonical !== '' && sj === q - 1 && G[q] === GAP_SPACE && fj > q && tc[fj]! & F_ORGHEAD &&
          (tc[q]! & (F_CAP | F_THE)) === F_CAP && foundI[x] === q &&
          (tc[sj]! & (F_CAP | F_STOP | F_TITLE | F_ROLE | F_TIME)) === F_CAP && !(words.flags[WD[sj]!]! & W_UPPER) && !isDemonym(t, sj) &&
          sj > 0 && G[sj] !== GAP_LINE && !(tc[sj - 1]! & F_SENTSTART) // (not a sentence's first word, nor text in capitals)
        ) {
          dropFound(found, cover, x);
          sj = fj;
          q = fj + 1;
          continue;
        }
        // (and two capitalised words or more before a known body's one-word name, a demonym first, make another
        // body's name: "the African National Congress" is not the "Congress" of the United States; holdout10,
        // branch orgs1)
        if (
          f.type === 'organization' && f.known && f.canonical !== '' && sj === q - 1 && sj > si && G[q] === GAP_SPACE && fj === q && foundI[x] === q && (isDemonym(t, si) || (moreByWord[WD[si]!]! & M_ADJECTIVE) !== 0) &&
          (tc[q]! & (F_CAP | F_THE)) === F_CAP && !(words.flags[WD[q]!]! & W_UPPER) && wordsOfName(t, tc, si + 1, sj) && !titleCaseLine(t, tc, q)
        ) {
          dropFound(found, cover, x);
          sj = fj;
          q = fj + 1;
          forced = 'organization';
          break;
        }
        // (and a plain capitalised word before a known body's one word that the table reads as another, longer
        // name makes another body's name: "the National Congress regime", "the General National Congress" are not
        // the United States Congress; branch wild31)
        if (
          f.type === 'organization' && f.known && f.canonical.length > E[q]! - S[q]! + 3 && sj === q - 1 && G[q] === GAP_SPACE && fj === q && foundI[x] === q &&
          (tc[q]! & (F_CAP | F_THE)) === F_CAP && !(words.flags[WD[q]!]! & W_UPPER) && (tc[sj]! & (F_CAP | F_STOP | F_TITLE | F_ROLE | F_TIME | F_GIVEN)) === F_CAP &&
          !(words.flags[WD[sj]!]! & W_UPPER) && !isDemonym(t, sj) && !(moreByWord[WD[sj]!]! & M_ADJECTIVE) && isCommonWord(t, sj) && cover[sj]! < 0 &&
          sj > 0 && G[sj] !== GAP_LINE && (!(tc[sj - 1]! & F_SENTSTART) || (tc[sj - 1]! & F_THE) !== 0) && !titleCaseLine(t, tc, q)
        ) {
          dropFound(found, cover, x);
          sj = fj;
          q = fj + 1;
          forced = 'organization';
          break;
        }
        // a known city or region right after a venue's name, ending the name, is part of it ("Army Public School
        // Peshawar", holdout4)
        if (
          f.type === 'place' && foundI[x] === q && q === sj + 1 && sj > si && G[q] === GAP_SPACE && (tc[sj]! & F_CAP) !== 0 && BUILT_HEADS.has(words.key[WD[sj]!]!) &&
          canonicalOf(f.canonical)?.kind !== 'state' && !(fj + 1 < n && tc[fj + 1]! & F_NAME && G[fj + 1] !== GAP_LINE)
        ) {
          dropFound(found, cover, x);
          sj = fj;
          forced = 'place';
          break;
        }
        // a known body's acronym inside a longer body's name that ends in an organisation head ("the Counter
        // ISIS Finance Group"): the whole name is the body (wild audit, branch wild1)
        if (f.type === 'organization' && f.canonical !== '' && foundI[x] === q && fj === q && sj === q - 1 && G[q] === GAP_SPACE && acronymInName(t, tc, cover, q)) {
          dropFound(found, cover, x);
          sj = fj;
          q = fj + 1;
          continue;
        }
        // a known group right after an organisation prefix, inside a longer name ("Harakat al-Shabaab
        // al-Mujahideen"): the whole name is the organisation
        if (f.type === 'organization' && tc[q - 1]! & F_ORGPREFIX && sj === q - 1 && G[q] === GAP_SPACE && !(tc[foundI[cover[q]!]!]! & F_CAP)) {
          dropFound(found, cover, cover[q]!);
          sj = fj;
          q = fj + 1;
          continue;
        }
        break;
      }
      const tq = tc[q]!;
      // a capitalised "Of", "The", "And", "For" or "In" inside a run is a headline's Title Case, not a name's
      // connector (names write them in lower case: "Bureau of Public Affairs")
      if ((tq & (F_CONN | F_CAP)) === (F_CONN | F_CAP) && moreByWord[WD[q]!]! & M_TITLECASE) break;
      // (so is a capitalised "Before" and a lower-case "the": a testimony's title, "Statement of Robert A. Hartung
      // Before the House Foreign Affairs Subcommittee on …", is a person and a body; wild30)
      if (q > si && words.raw[WD[q]!] === 'Before' && G[q + 1] === GAP_SPACE && words.raw[WD[q + 1]!] === 'the') break;
      // (and a letterhead's "Contact:" after the office's district: "Southern District of New York Contact: (212)
      // 637-2600"; wild30)
      if (q > si && words.raw[WD[q]!] === 'Contact' && body.charCodeAt(E[q]!) === 58) break;
      // a verb of speech in a headline's Title Case ends a name ("Burkina Faso President Urges Public to …",
      // "Kenya Says …"): a headline's verb is in the present, its "s" ending it
      if (tq & F_CAP && headlineVerb(t, tc, q)) break;
      // a title, a rank or an office's acronym after a body's head word opens a person's name and ends the body's
      // ("Philippine Army Maj. Gen. Eugenio Cedo", "Chhattisgarh Police ADG (Intelligence) Mukesh Gupta"; branch wild14)
      if (sj >= si && (tc[sj]! & (F_ORGHEAD | F_CAP)) === (F_ORGHEAD | F_CAP) && G[q] === GAP_SPACE && tq & F_CAP && (RANKS.has(words.lower[WD[q]!]!) || OFFICE_ACRONYMS.has(words.raw[WD[q]!]!))) break;
      // (a spaced em dash ends a name, and any spaced dash after a word in capitals, a dateline's: "WASHINGTON —
      // Chiquita Brands …", holdout17; a spaced en dash may stand inside one, "… – General Command")
      if (dashEndsName(body, t, tc, si, q)) break;
      // (an infobox's casualty mark after a name is no part of it: "Target: Bachir Gemayel KIA"; holdout19)
      if (tq & F_CAP && CASUALTY_MARKS.has(words.raw[WD[q]!]!) && !(tc[q + 1]! & F_NAME && G[q + 1] === GAP_SPACE)) break;
      // (an Italian or French article elided before a name word is part of the name: "Banca Nazionale
      // dell'Agricoltura", "Galleria dell'Accademia"; holdout17)
      if (G[q] === GAP_SPACE && !(tq & F_CAP) && q > si && elidedNameWord(t, q)) {
        sj = q++;
        continue;
      }
      // (or glued to an initial's dot: "J.W. Marriott", whose "W" follows "J." with no space; not after an "A.",
      // which later steps read as the article: "A.P.J. Abdul Kalam" would lose it and become "P.J. …"; branch wild22)
      if (tq & F_NAME && (G[q] !== GAP_NONE || tc[q - 1]! & F_WORD || (q - 2 >= si && tc[q - 1]! & F_DOT && E[q - 2]! - S[q - 2]! === 1 && tc[q - 2]! & F_CAP && words.raw[WD[q - 2]!] !== 'A'))) {
        if (tq & F_TIME) break; // "Zargunshahr on Monday"
        sj = q++;
        continue;
      }
      // "People's" inside a name is a name word, not a possessive ("Cameroon People's Democratic Movement",
      // "Pakistan People's Party"): the apostrophe is no token, its "s" is
      if (q === sj + 1 && S[q] === E[sj]! + 1 && E[q] === S[q]! + 1 && words.key[WD[q]!] === 's' && words.raw[WD[sj]!] === 'People' && G[q + 1] === GAP_SPACE && tc[q + 1]! & F_NAME && cover[q + 1]! < 0) {
        sj = ++q;
        continue;
      }
      if (tq & F_DOT && E[q - 1]! - S[q - 1]! === 1 && tc[q - 1]! & F_CAP && tc[q + 1]! & F_NAME) {
        q++; // middle initial "Nathan A. Sales"
        continue;
      }
      // (a saint's "St." opening a name is part of it: "the St. Gotthard Pass", "St. Louis"; holdout18 — after another
      // name it is a street's, classify.ts, but not after "Mount": "Mount St. Helens" is no "Mount Street")
      if (tq & F_DOT && G[q] === GAP_NONE && words.raw[WD[q - 1]!] === 'St' && (q - 1 === si || words.raw[WD[q - 2]!] === 'Mount') && G[q + 1] === GAP_SPACE && tc[q + 1]! & F_NAME) {
        q++;
        continue;
      }
      // (a hyphen, not a dash: "al-Rishawi—entered the …" ends the name)
      // (not a participle, which makes the name a modifier of what follows: "South African-based Institute for
      // …", "German-based X", "Sudanese-backed X"; branch names9)
      if (tq & F_WORD && !(tq & F_CAP) && G[q] === GAP_HYPHEN && tc[q - 1]! & F_CAP && body.charCodeAt(S[q]! - 1) === 45 && !words.lower[WD[q]!]!.endsWith('ed')) {
        sj = q++; // "Para-commando"
        continue;
      }
      // (an administrative division named before "of" ends the run: "the Okehi Local Government Area of Kogi
      // State" is two places, the second the one it lies in; branch wild11)
      if (q === sj + 1 && sj > si && words.key[WD[q]!] === 'of' && tc[sj]! & F_CAP && ADMIN_HEADS.has(words.key[WD[sj]!]!) && nameBeforeHead(tc, WD, si, sj)) break;
      if (tq & F_WORD && q === sj + 1 && G[q] === GAP_SPACE && words.key[WD[q]!] === 'of' && ofPlaceHead(t, tc, cover, found, si, sj, q + 1)) {
        q++;
        continue;
      }
      if (tq & F_WORD && tq & F_CONN && tc[q + 1]! & F_NAME && cover[q + 1]! < 0) {
        q++;
        continue;
      }
      // ("de"/"del" before the known place that ends a Romance body's name: "Banco de Crédito del Perú")
      if (tq & F_WORD && !(tq & F_CAP) && q === sj + 1 && cover[q + 1]! >= 0 && (romanceNameBefore(t, tc, si, sj, q + 1) || venueNameBefore(t, tc, si, sj, q + 1))) {
        q++;
        continue;
      }
      // ("de", "de la", "du", "des" before a known body that ends a French or Spanish body's name: the whole is
      // another body, "Groupe d'Intervention de la Gendarmerie Nationale"; holdout18)
      if (tq & F_WORD && !(tq & F_CAP) && q === sj + 1 && G[q] === GAP_SPACE && ROMANCE_OF.has(words.key[WD[q]!]!)) {
        const h = tc[si]! & F_THE ? si + 1 : si; // (the run may open with a sentence's "The")
        const a = moreByWord[WD[q + 1]!]! & M_ROMANCEART && !(tc[q + 1]! & F_CAP) && G[q + 1] === GAP_SPACE ? q + 2 : q + 1;
        const y = cover[a]!;
        if (sj > h && moreByWord[WD[h]!]! & M_ROMANCE && tc[h]! & F_CAP && y >= 0 && found[y]!.type === 'organization' && foundI[y] === a && G[a] === GAP_SPACE) {
          sj = foundJ[y]!;
          dropFound(found, cover, y);
          forced = 'organization';
          q = sj + 1;
          continue;
        }
      }
      // "on" after a committee's, a commission's or a council's head word and a name: "the Joint Committee on Justice",
      // "the Council on Foreign Relations", "the Commission on the Status of Women" (holdout19)
      if (q === sj + 1 && G[q] === GAP_SPACE && words.raw[WD[q]!] === 'on' && ON_HEADS.has(words.raw[WD[sj]!]!)) {
        const a = (tc[q + 1]! & (F_THE | F_CAP)) === F_THE && G[q + 1] === GAP_SPACE ? q + 2 : q + 1;
        if (G[a] === GAP_SPACE && (tc[a]! & (F_NAME | F_CAP)) === (F_NAME | F_CAP) && cover[a]! < 0 && !(tc[a]! & (F_TIME | F_STOP))) {
          q = a;
          forced = 'organization';
          complement = true;
          continue;
        }
      }
      // a French body's "pour" ("for") or "au"/"aux" ("in the") and what follows, its article and a name or a known
      // place: "Front pour la Démocratie au Burundi", "Union pour le Progrès National" (holdout19)
      if (tq & F_WORD && !(tq & F_CAP) && q === sj + 1 && G[q] === GAP_SPACE && FRENCH_LINKS.has(words.raw[WD[q]!]!) && FRENCH_BODY_HEADS.has(words.raw[WD[tc[si]! & F_THE ? si + 1 : si]!]!)) {
        const a = moreByWord[WD[q + 1]!]! & M_ROMANCEART && !(tc[q + 1]! & F_CAP) && G[q + 1] === GAP_SPACE ? q + 2 : q + 1;
        const y = cover[a]!;
        if (G[a] === GAP_SPACE && tc[a]! & F_CAP && (tc[a]! & F_NAME || y >= 0)) {
          if (y >= 0) {
            if (foundI[y] !== a || found[y]!.type === 'person') break;
            sj = foundJ[y]!;
            dropFound(found, cover, y);
            q = sj + 1;
          } else {
            sj = a;
            q = a + 1;
          }
          forced = 'organization';
          continue;
        }
      }
      // the Portuguese "do" ("of the") inside a person's name of two words or more: "Guilherme Pereira do Rosário"
      // (holdout19); not the English verb, which no two name words stand before with a name after
      if (q === sj + 1 && sj > si && G[q] === GAP_SPACE && words.raw[WD[q]!] === 'do' && G[q + 1] === GAP_SPACE && (tc[q + 1]! & (F_NAME | F_CAP)) === (F_NAME | F_CAP) && cover[q + 1]! < 0 && (tc[si]! & F_GIVEN || (tc[si]! & F_TITLE && tc[si + 1]! & F_GIVEN)) && !(tc[sj]! & (F_ORGHEAD | F_PLACEHEAD | F_ROLE | F_TITLE))) {
        q++;
        continue;
      }
      // two particles of a surname ("Ursula von der Leyen", "van der", "de la")
      if (tq & F_WORD && tq & F_CONN && !(tq & F_CAP) && (tc[q + 1]! & (F_CONN | F_CAP)) === F_CONN && G[q + 1] === GAP_SPACE && tc[q + 2]! & F_NAME && cover[q + 2]! < 0 && SURNAME_PARTICLES.has(words.key[WD[q]!]!)) {
        q += 2;
        continue;
      }
      // "of the" inside a body's name after its head word ("Office of the Inspector General")
      // (or after the head that ends the name so far: "Socialist Party of the Oppressed"; "for the" too:
      // "Front for the Liberation of the Enclave of Cabinda", "Committee for the Protection of Journalists")
      // (and in that complement, a later "of the" or "of" and a place: "Democratic Forces for the Liberation of
      // Rwanda"; branch names9)
      const headed = complement || tc[si]! & F_ORGHEAD || (sj > si && (tc[sj]! & (F_ORGHEAD | F_CAP)) === (F_ORGHEAD | F_CAP));
      if (headed && tq & F_CONN && !(tq & F_CAP) && (words.key[WD[q]!] === 'of' || words.key[WD[q]!] === 'for') && tc[q + 1]! & F_THE && !(tc[q + 1]! & F_CAP) && tc[q + 2]! & F_NAME && cover[q + 2]! < 0) {
        q += 2;
        complement = true;
        continue;
      }
      // a body's name from its head word on ends in "of" and a known place ("Amhara Association of America",
      // "Central Bank of Sri Lanka", "… the Enclave of Cabinda"): the place is part of the name; not after a
      // longer name, which the place only locates ("the Manuel Rodríguez Patriotic Front of Chile"), nor after a
      // ministry's, which nationalBodies names with its state ("Foreign Ministry of Nepal")
      const hp = cover[q + 1]!;
      if (headed && (complement || tc[si]! & F_ORGHEAD || sj - si <= 2) && tq & F_CONN && !(tq & F_CAP) && words.key[WD[q]!] === 'of' && hp >= 0 && G[q + 1] === GAP_SPACE && found[hp]!.type === 'place' && foundI[hp] === q + 1 && !mayBeNationalBody(body.slice(S[si]!, E[sj]!))) {
        sj = foundJ[hp]!;
        dropFound(found, cover, hp);
        forced = 'organization';
        q = sj + 1;
        continue;
      }
      // (or "of the" and a state named with its article: "the Armed Forces of the Philippines", "the Senate of the
      // Netherlands" were a body "Armed Forces" and a place; not an office's title: "the Defense Minister of the
      // Philippines"; branch wild31)
      const ht = cover[q + 2]!;
      if (headed && (complement || tc[si]! & F_ORGHEAD || sj - si <= 2) && tq & F_CONN && !(tq & F_CAP) && words.key[WD[q]!] === 'of' && !(tc[sj]! & (F_TITLE | F_ROLE)) && (tc[q + 1]! & (F_THE | F_CAP)) === F_THE && G[q + 1] === GAP_SPACE && G[q + 2] === GAP_SPACE && ht >= 0 && found[ht]!.type === 'place' && foundI[ht] === q + 2 && canonicalOf(found[ht]!.canonical)?.kind === 'state' && !mayBeNationalBody(body.slice(S[si]!, E[sj]!))) {
        sj = foundJ[ht]!;
        dropFound(found, cover, ht);
        forced = 'organization';
        q = sj + 1;
        continue;
      }
      // a place head word, "of" and a known place are one place ("Eastern District of Maine"); where a name stands
      // before an administrative head the run has already ended above (two places: "the Okehi Local Government
      // Area of Kogi State", "the Huanca Sancos Province of Ayacucho"; branch wild11)
      const pq = cover[q + 1]!;
      if (tc[sj]! & F_PLACEHEAD && tc[sj]! & F_CAP && sj > si && q === sj + 1 && words.key[WD[q]!] === 'of' && pq >= 0 && found[pq]!.type === 'place' && foundI[pq] === q + 1) {
        sj = foundJ[pq]!;
        dropFound(found, cover, pq);
        forced = 'place';
        q = sj + 1;
        // (a name right after the known place is another's: "the Southern District of New York Preet Bharara";
        // holdout19)
        if (G[q] === GAP_SPACE && tc[q]! & F_CAP) break;
        continue;
      }
      break;
    }
    if (merged >= 0) {
      if (sj >= si) classify(body, t, tc, si, sj, cover, found, add);
      k = merged + 1;
      continue;
    }
    // a place head right after a known place: a landform is a place of its own ("Kashmir Valley"); an
    // administrative head adds nothing to the place it follows ("Sistan and Baluchestan Province"); after a
    // country's name only "City" is read, which names its capital city, another place ("Guatemala City", "Kuwait
    // City", "Mexico City"; holdout11, holdout13)
    if (si === sj && si > 0 && G[si] === GAP_SPACE && (tc[si]! & (F_PLACEHEAD | F_CAP)) === (F_PLACEHEAD | F_CAP) && cover[si - 1]! >= 0) {
      const x = cover[si - 1]!;
      const f = found[x]!;
      const state = f.type === 'place' && foundJ[x] === si - 1 && canonicalOf(f.canonical)?.kind === 'state';
      const city = state && words.key[WD[si]!] === 'city';
      if (city || (f.type === 'place' && foundJ[x] === si - 1 && !state)) {
        if (city || moreByWord[WD[si]!]! & M_LANDFORM) {
          f.end = E[si]!;
          f.canonical = cleanCanonical(body.slice(f.start, f.end), 'place');
          foundJ[x] = si;
          cover[si] = x;
        }
        k = si + 1;
        continue;
      }
    }
    // a known place (no state) continued by a Spanish particle and a name is one longer place's name: "the city
    // of Santa Cruz de la Sierra" (branch places12; with classify's "in Cajón del Maipo")
    if (!forced && sj - si <= 1 && si >= 2 && (tc[si]! & F_CAP) !== 0) {
      let p = si - 1;
      if (p >= 1 && G[p] === GAP_SPACE && G[p + 1] === GAP_SPACE && !(tc[p]! & F_CAP) && (moreByWord[WD[p]!]! & M_ROMANCEART) !== 0) p--;
      const x = cover[p - 1]!;
      const key = words.key[WD[p]!]!;
      if (p >= 1 && (key === 'de' || (key === 'del' && p === si - 1)) && !(tc[p]! & F_CAP) && G[p] === GAP_SPACE && G[p + 1] === GAP_SPACE && x >= 0 && found[x]!.type === 'place' && foundJ[x] === p - 1 && canonicalOf(found[x]!.canonical)?.kind !== 'state') {
        const f = found[x]!;
        f.end = E[sj]!;
        f.canonical = cleanCanonical(body.slice(f.start, f.end), 'place');
        for (let q = p; q <= sj; q++) cover[q] = x;
        foundJ[x] = sj;
        k = sj + 1;
        continue;
      }
    }
    // known places (no country) before a road's name are part of it: "the Jammu Srinagar National Highway" (holdout)
    if (!forced && sj > si && (tc[sj]! & F_CAP) !== 0 && ROAD_HEADS.has(words.key[WD[sj]!]!))
      while (si > 0 && cover[si - 1]! >= 0 && (G[si] === GAP_SPACE || G[si] === GAP_HYPHEN)) {
        const y = cover[si - 1]!;
        const f = found[y]!;
        if (f.type !== 'place' || f.canonical === '' || foundJ[y] !== si - 1 || canonicalOf(f.canonical)?.kind === 'state' || markBetween(body, E[si - 1]!, S[si]!)) break;
        si = foundI[y]!;
        dropFound(found, cover, y);
        forced = 'place';
      }
    // leading known place before org words: "Pakistan High Commission" starts with a known place
    if (si > 0 && cover[si - 1]! >= 0 && G[si] !== GAP_LINE && !markBetween(body, E[si - 1]!, S[si]!) && !dashEndsName(body, t, tc, si, si)) {
      const f = found[cover[si - 1]!]!;
      // (but a country before its ministry stays a place: "The Pakistan Foreign Ministry said")
      const ministry = words.key[WD[sj]!] === 'ministry' && canonicalOf(f.canonical)?.kind === 'state';
      // (not an infobox label's blocked word, a mention of no name: "Target Parliament of India")
      if (f.type === 'place' && f.canonical !== '' && foundJ[cover[si - 1]!] === si - 1 && orgHeadWithin(tc, si, sj) && !ministry) {
        si = foundI[cover[si - 1]!]!;
        dropFound(found, cover, cover[si]!);
        si = openingWords(body, t, tc, cover, found, si);
      } else if (f.type === 'organization' && f.canonical !== '' && foundI[cover[si - 1]!] === si - 1 && G[si] === GAP_SPACE && acronymInName(t, tc, cover, si - 1)) {
        // (a known body's acronym before one: "the ISIS Finance Group")
        si--;
        dropFound(found, cover, cover[si]!);
      }
    }
    // a known place that is also a given name, before one capitalised word that is no common word, no head and
    // nothing known, opens a person's name: "By Jordan Davis", "spokesman Nelson Chamisa" (holdout20; not "Jordan
    // Valley", "Georgia Tech", whose words are common)
    if (!forced && si === sj && si > 0 && G[si] === GAP_SPACE && cover[si - 1]! >= 0 && PLACE_GIVEN.has(words.key[WD[si - 1]!]!) && givenPlaceBefore(t, tc, cover, found, si)) {
      si--;
      dropFound(found, cover, cover[si]!);
      forced = 'person';
    }
    // a name of two words or more opened by a Spanish, Portuguese or French organisation head is a body's
    // ("Procuraduría General de la República", "Partido Popular", "Fuerzas Armadas Revolucionarias")
    let h = si;
    while (h < sj && tc[h]! & F_THE) h++;
    if (!forced && sj > h && (tc[h]! & (F_CAP | F_WORD)) === (F_CAP | F_WORD) && moreByWord[WD[h]!]! & M_ROMANCE) forced = 'organization';
    classify(body, t, tc, si, sj, cover, found, add, forced);
    // a division named before "of" and the place it lies in is its name without the head word, as the sets
    // write it ("the Miraflores District of Lima": Miraflores; "the Huanca Sancos Province of Ayacucho"); only
    // where the name stands right before the head with no adjective inside: "Okehi Local Government Area" keeps
    // its whole name (cut at its last name word it would be "Okehi Local Government")
    if (sj > si && q === sj + 1 && q < n && words.key[WD[q]!] === 'of' && tc[sj]! & F_CAP && ADMIN_HEADS.has(words.key[WD[sj]!]!)) {
      const x = cover[sj]!;
      const e = lastNameBeforeHead(tc, WD, si, sj);
      if (e >= 0 && x >= 0 && found[x]!.type === 'place' && foundJ[x] === sj && e === sj - 1 && e >= foundI[x]! && !adjectiveIn(WD, foundI[x]!, e)) found[x]!.canonical = cleanCanonical(body.slice(S[foundI[x]!]!, E[e]!), 'place');
    }
    k = Math.max(sj + 1, k + 1);
  }
  // a name left untyped where it stood is the organisation that evidence typed where it stands again
  // ("blamed Los Zetas" … "men of the Los Zetas gang")
  const u = untypedRuns;
  if (!u) return;
  let bodies: Map<string, Found> | null = null;
  for (const f of found) if (f.type === 'organization' && !f.known && f.canonical !== '' && f.canonical.includes(' ')) (bodies ??= new Map()).set(f.canonical, f);
  if (!bodies) return;
  for (let x = 0; x < u.length; x += 2) {
    const i = u[x]!;
    const j = u[x + 1]!;
    const f = bodies.get(body.slice(S[i]!, E[j]!));
    let free = f !== undefined;
    for (let q = i; q <= j && free; q++) free = cover[q]! < 0;
    if (free) add(sameAs(f!, S[i]!, E[j]!), i, j);
  }
}

/** The one word at q after a known place of one word, itself a given name, is a surname (see its caller). */
function givenPlaceBefore(t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[], q: number): boolean {
  const y = cover[q - 1]!;
  if (found[y]!.type !== 'place' || foundI[y] !== q - 1 || foundJ[y] !== q - 1) return false;
  if ((tc[q]! & (F_CAP | F_WORD)) !== (F_CAP | F_WORD) || tc[q]! & (F_ORGHEAD | F_PLACEHEAD | F_TITLE | F_ROLE | F_TIME | F_STOP | F_CONN | F_ORGPREFIX)) return false;
  if (words.flags[t.word[q]!]! & W_UPPER || isCommonWord(t, q) || isDemonym(t, q) || moreByWord[t.word[q]!]! & M_ADJECTIVE) return false;
  // (nor a word with a capital inside, an infobox's label glued to its value: "DateAugust")
  if (/\p{Lu}/u.test(words.raw[t.word[q]!]!.slice(1))) return false;
  // (no name goes on after it, and no place's preposition stands before the place: "in Jordan Tuesday")
  if (q + 1 < t.n && t.gap[q + 1] === GAP_SPACE && tc[q + 1]! & F_CAP) return false;
  return !(q >= 2 && t.gap[q - 1] === GAP_SPACE && tc[q - 2]! & F_PLACEPREP);
}

/**
 * The gap before token q ends the name run from si: a spaced em dash, a spaced dash of any kind after a word in
 * capitals, or a spaced hyphen or en dash that neither follows a body's head word nor comes before one.
 */
function dashEndsName(body: string, t: Tokens, tc: Int32Array, si: number, q: number): boolean {
  if (t.gap[q] !== GAP_HYPHEN) return false;
  // (read in the body, no slice made: branch speed29)
  const a = t.end[q - 1]!;
  const b = t.start[q]!;
  if (b - a < 3 || body.charCodeAt(a) !== 32 || body.charCodeAt(b - 1) !== 32) return false;
  if ((words.flags[t.word[q - 1]!]! & W_UPPER) !== 0) return true;
  const k = body.indexOf('\u2014', a);
  if (k >= 0 && k < b) return true;
  // (a spaced hyphen or en dash stands inside a body's name, after its head word, "… Front … – Military Position",
  // or before a last part ending in one, "… - General Command"; after any other name it ends it: "Rafael Trujillo -
  // Assassination", a page's section after its title; holdout20)
  if (orgHeadWithin(tc, si, q - 1)) return false;
  let r = q;
  while (r + 1 < t.n && t.gap[r + 1] === GAP_SPACE && (tc[r + 1]! & (F_NAME | F_CAP)) === (F_NAME | F_CAP)) r++;
  return !orgHeadAt(tc, r);
}
/**
 * Token q is a known body's acronym (one token in capitals) opening the rest of a longer body's name: the
 * capitalised words right after it, two or more and uncovered, end in an organisation head and no name word
 * follows them ("ISIS Finance Group"; not "ISIS fighters", "ISIS Finance Group Chief Smith", nor "VOA News", its
 * news service).
 */
function acronymInName(t: Tokens, tc: Int32Array, cover: Int32Array, q: number): boolean {
  if (!(words.flags[t.word[q]!]! & W_UPPER) || t.end[q]! - t.start[q]! < 2) return false;
  let r = q + 1;
  while (r < t.n && t.gap[r] === GAP_SPACE && cover[r]! < 0 && (tc[r]! & (F_CAP | F_WORD)) === (F_CAP | F_WORD) && !(words.flags[t.word[r]!]! & W_UPPER)) r++;
  return r > q + 2 && orgHeadAt(tc, r - 1) && !(r < t.n && t.gap[r] === GAP_SPACE && tc[r]! & F_NAME);
}

/**
 * The first token of an organisation's name whose known place at si opens it so far, gone on back over the words
 * before that place that open the name too: a capitalised word hyphened to it and a known place before that
 * ("East Asia Anti-Japan Armed Front"), or one capitalised word of no other kind right before it ("the Royal
 * Netherlands East Indies Army"; not a stop word, title, role, date, given name or acronym, nor on a headline's
 * Title Case line); dropping the places it takes (holdout12, holdout11; branch orgs1).
 */
function openingWords(body: string, t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[], si: number): number {
  const G = t.gap;
  for (let step = 0; step < 3 && si > 0; step++) {
    const p = si - 1;
    const x = cover[p]!;
    if (markBetween(body, t.end[p]!, t.start[si]!)) break;
    const plain = x < 0 && (tc[p]! & (F_CAP | F_WORD | F_STOP | F_THE | F_TIME | F_TITLE | F_ROLE | F_CONN)) === (F_CAP | F_WORD) && !(words.flags[t.word[p]!]! & W_UPPER) && !titleCaseLine(t, tc, p);
    if (G[si] === GAP_HYPHEN && plain) {
      si = p;
      // (a known place before the hyphened word: "East Asia Anti-Japan")
      const y = p > 0 && G[p] === GAP_SPACE ? cover[p - 1]! : -1;
      if (y >= 0 && found[y]!.type === 'place' && foundJ[y] === p - 1 && !markBetween(body, t.end[p - 1]!, t.start[p]!)) {
        si = foundI[y]!;
        dropFound(found, cover, y);
      }
      continue;
    }
    if (G[si] === GAP_SPACE && plain && !(tc[p]! & F_GIVEN) && !isDemonym(t, p) && p > 0 && G[p] !== GAP_LINE && !(tc[p - 1]! & F_SENTSTART) && !((tc[p - 1]! & (F_NAME | F_THE)) === F_NAME && G[p] === GAP_SPACE)) si = p;
    break;
  }
  return si;
}

/** Tokens i..j are capitalised words after a space each, no title, role, date or acronym among them ("National"). */
function wordsOfName(t: Tokens, tc: Int32Array, i: number, j: number): boolean {
  for (let q = i; q <= j; q++) if ((tc[q]! & (F_CAP | F_WORD | F_TITLE | F_ROLE | F_TIME)) !== (F_CAP | F_WORD) || t.gap[q] !== GAP_SPACE || words.flags[t.word[q]!]! & W_UPPER) return false;
  return true;
}

/** The heads of bodies' names that "on" and a name continue (as written): "Joint Committee on Justice". */
const ON_HEADS = new Set(['Committee', 'Subcommittee', 'Commission', 'Council']);
/** The heads of French bodies' names that "pour" or "au" continue (as written): "Front pour la Démocratie au Burundi". */
const FRENCH_BODY_HEADS = new Set(['Front', 'Union', 'Mouvement', 'Parti', 'Rassemblement', 'Conseil', 'Congrès', 'Alliance', 'Comité', 'Forces', 'Coordination', 'Convergence', 'Groupe', 'Organisation', 'Association', 'Fédération', 'Ligue', 'Armée', 'Collectif', 'Coalition']);
/** "for", "in the" in French bodies' names (as written). */
const FRENCH_LINKS = new Set(['pour', 'au', 'aux']);
/** Killed and wounded in action, as an infobox marks a name (as written; infobox.ts reads its rows' own marks). */
const CASUALTY_MARKS = new Set(['KIA', 'WIA']);
/**
 * Token q is a capitalised verb on a line in Title Case: a verb of speech in the present ("Says", "Urges",
 * "Denies"), or a form that is only a verb ("Sentenced", "Appeared", "Imposes"; holdout19, holdout12, holdout16).
 */
function headlineVerb(t: Tokens, tc: Int32Array, q: number): boolean {
  if ((tc[q]! & (F_CAP | F_WORD)) !== (F_CAP | F_WORD)) return false;
  return (moreByWord[t.word[q]!]! & (M_SPEECHS | M_HEADVERB)) !== 0 && titleCaseLine(t, tc, q);
}

/** Head words of administrative divisions (folded keys, fold.ts: "county" is "cunty"; branch foldkey), which a division's own name stands before. */
const ADMIN_HEADS = new Set(['province', 'district', 'division', 'region', 'thana', 'tehsil', 'upazila', 'county', 'state', 'governorate', 'municipality', 'prefecture', 'area'].map(foldToken));
/** Adjectives by their ending ("Autonomous", "Special", "Administrative", "Federal", "Local"), not names. */
const ADJECTIVE_ENDING = /(?:ous|al|ive|ary|ic|ed|ern)$/;
/**
 * A word before an administrative head word (si..sj-1) is a name: no compass word, adjective (listed, or by
 * its ending), demonym, stop word or head ("Okehi" in "Okehi Local Government Area"; not "Autonomous Region").
 */
function nameBeforeHead(tc: Int32Array, WD: Int32Array, si: number, sj: number): boolean {
  return lastNameBeforeHead(tc, WD, si, sj) >= 0;
}
/** Whether an adjective (listed, or by its ending) stands among words from..to. */
function adjectiveIn(WD: Int32Array, from: number, to: number): boolean {
  for (let q = from; q <= to; q++) if (moreByWord[WD[q]!]! & (M_ADJECTIVE | M_STOPADJ) || ADJECTIVE_ENDING.test(words.lower[WD[q]!]!)) return true;
  return false;
}
/** The last name word before an administrative head word (si..sj-1), or -1. */
function lastNameBeforeHead(tc: Int32Array, WD: Int32Array, si: number, sj: number): number {
  let last = -1;
  for (let q = si; q < sj; q++) {
    if (tc[q]! & (F_STOP | F_ORGHEAD | F_PLACEHEAD | F_CONN | F_TITLE | F_ROLE)) continue;
    if (moreByWord[WD[q]!]! & (M_COMPASS | M_ADJECTIVE | M_STOPADJ | M_DEMONYM)) continue;
    if (ADJECTIVE_ENDING.test(words.lower[WD[q]!]!)) continue;
    last = q;
  }
  return last;
}

/** The heads of a square's or a street's name, which may take "of" and a place's name before them (folded keys). */
const SQUARE_HEADS = new Set(['Square', 'Street', 'Avenue', 'Plaza', 'Boulevard', 'Bridge'].map(foldToken));
/**
 * Plain name words si..sj, "of" and a known place found at token q, then a square's or a street's head word
 * ending the name, are one place's name: "Kings of Israel Square" (wild30), not "Kings" and "Israel".
 */
function ofPlaceHead(t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[], si: number, sj: number, q: number): boolean {
  const y = cover[q]!;
  if (y < 0 || found[y]!.type !== 'place' || foundI[y] !== q || t.gap[q] !== GAP_SPACE) return false;
  const r = foundJ[y]! + 1;
  if (r >= t.n || t.gap[r] !== GAP_SPACE || cover[r]! >= 0 || (tc[r]! & F_CAP) === 0 || !SQUARE_HEADS.has(words.key[t.word[r]!]!)) return false;
  if (r + 1 < t.n && t.gap[r + 1] === GAP_SPACE && tc[r + 1]! & F_NAME) return false;
  for (let k = si; k <= sj; k++) if ((tc[k]! & (F_CAP | F_TITLE | F_ROLE | F_ORGHEAD | F_PLACEHEAD | F_TIME | F_STOP)) !== F_CAP || words.flags[t.word[k]!]! & W_UPPER) return false;
  return true;
}
