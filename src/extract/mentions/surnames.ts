// Surnames of people named in full, found again alone ("Mullen"), and groups' short names ("Haqqani").
import { foldToken } from '../fold.ts';
import { canonicalOf, cityOf } from '../gazetteer.ts';
import { TOKEN_CODES, type Tokens, words } from '../tokens.ts';
import { isS } from '../scan.ts';
import { lowerWordAt, plainNameWord } from './context.ts';
import { GIVEN, GIVEN_DERIVED, GIVEN_PLAIN, isCloseQuote, isOpenQuote, WORD_NAMES } from './cues.ts';
import { FACT_BITS, newStamp, stampKeys, stamps, UPPER_FIRST, upperFirst } from './facts.ts';
import { add, dropFound, type Found, foundI, foundJ, sameAs } from './found.ts';
// (bit and code constants made this module's own: V8 folds a module's constants into its code, not imported ones)
const { GAP_HYPHEN, GAP_SPACE, W_UPPER } = TOKEN_CODES;
const { F_CAP, F_GROUPNOUN, F_NAMETITLE, F_ROLE, F_STOP, F_THE, F_TIME, F_TITLE, F_WORD } = FACT_BITS;

/** A generational suffix ending a person's name, with its comma ("Jr.", ", Sr.", "III"). */
export const GENERATION = /,? (?:Jr\.?|Sr\.?|II|III|IV)$/;
/** Nouns of a family or a rule after a surname used as a modifier ("the Trujillo family", "the Somoza regime"). */
const FAMILY_NOUNS = new Set(['family', 'families', 'regime', 'dynasty', 'clan', 'era', 'government', 'administration', 'dictatorship', 'brothers']);
/** A family name, then a given name of two syllables joined by a hyphen, the second in lower case (classify.ts). */
const EAST_ASIAN = /^([A-Z][a-z]{1,5}) [A-Z][a-z]{1,4}-[a-z]{2,5}$/;
/** A given name and two capitalised words of three letters or more, each a surname's shape. */
const DOUBLE_SURNAME = /^\p{Lu}\p{Ll}+ (\p{Lu}\p{Ll}{2,}) (\p{Lu}\p{Ll}{2,})$/u;
/** The word is a given name of the tables (cues.json, given-names.json). */
const givenWord = (w: string) => commonGivenWord(w) || GIVEN_DERIVED.has(foldToken(w));
/** The word is an English-language given name of the short tables (cues.json, given-names.json's plain and word names); the many-language list also holds surnames ("Imbert"). */
const commonGivenWord = (w: string) => GIVEN.has(w.toLowerCase()) || GIVEN_PLAIN.has(w.toLowerCase()) || WORD_NAMES.has(w.toLowerCase());
/** The particles written apart before a surname that belong to it ("bin Laden", "ibn Taymiyyah"). */
const SPACED_PARTICLES = new Set(['bin', 'ibn', 'bint']);

/** Surnames of people named in full, later alone, and groups' short names ("Haqqani" of "the Haqqani network"). */
export function surnamesAndShortNames(body: string, t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[]) {
  const n = t.n;
  const S = t.start;
  const E = t.end;
  const G = t.gap;
  const WD = t.word;
  const wordRaw = words.raw;
  const opens = t.opens;
  const no = t.nOpens;
  // surnames of people named in full, later alone ("Mike Mullen" … "Mullen")
  let surname: Map<string, Found> | null = null;
  let hyphenated: Map<string, string> | null = null;
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    if (f.type !== 'person' || f.canonical === '') continue;
    // (a Korean or Wade-Giles name writes the family name first: "Park Chung-hee" … "Park"; holdout20)
    const eastAsian = EAST_ASIAN.exec(f.canonical);
    if (eastAsian && !surname?.has(eastAsian[1]!)) (surname ??= new Map()).set(eastAsian[1]!, f);
    // (a Spanish or Portuguese name of a given name and two surnames is found by the first surname too: "Antonio
    // Imbert Barrera" … "Imbert"; holdout20)
    const double = DOUBLE_SURNAME.exec(f.canonical);
    if (double && !commonGivenWord(double[1]!) && !givenWord(double[2]!) && !surname?.has(double[1]!)) (surname ??= new Map()).set(double[1]!, f);
    // the last of two or more parts split at white space
    // (before a generational suffix: "Eric H. Holder Jr." … "Holder", "Charles A. Pannell, Jr."; branch wild23)
    const c = GENERATION.test(f.canonical) ? f.canonical.replace(GENERATION, '') : f.canonical;
    let p = c.length - 1;
    while (p >= 0 && !isS(c.charCodeAt(p))) p--;
    // (of three letters or more: "Ali", "Abe" of "Noora Ali", "Shinzo Abe"; branch wild16; a common word of three
    // letters is read below)
    if (p < 0 || c.length - p - 1 < 3) continue;
    // (a surname with the article, "al-Sahrawi", is also found by the word after it: "… or al-Sahrawi.")
    const h = p + 3;
    if (c.charCodeAt(h) === 45 && c.length - h > 4 && (c.slice(p + 1, h).toLowerCase() === 'al' || c.slice(p + 1, h).toLowerCase() === 'el')) {
      const bare = c.slice(h + 1);
      if (upperFirst(bare) && !surname?.has(bare)) (surname ??= new Map()).set(bare, f);
    }
    // (an upper-case first letter, tested by its code unit when it is ASCII)
    const z = c.charCodeAt(p + 1);
    if (z < 128 && !(z >= 65 && z <= 90)) continue;
    let last = c.slice(p + 1);
    // (a hyphenated surname, "Ojeda-Rios" of "Filiberto Ojeda-Rios", by its first word, the rest checked where
    // it is found: the words are tokens of their own; holdout14)
    const dash = last.indexOf('-');
    if (dash >= 3 && upperFirst(last.slice(dash + 1))) {
      if (!(hyphenated ??= new Map()).has(last.slice(0, dash))) hyphenated.set(last.slice(0, dash), last);
      last = last.slice(0, dash);
    }
    if ((z < 128 || UPPER_FIRST.test(last)) && !surname?.has(last)) (surname ??= new Map()).set(last, f);
  }
  // (and by its key, fold.ts, a surname spelt otherwise: "Arellan" … "Arrellan"; the first person of a key)
  let surnameByKey: Map<string, Found> | null = null;
  if (surname) for (const [last, f] of surname) if (!(surnameByKey ??= new Map()).has(foldToken(last))) surnameByKey.set(foldToken(last), f);
  // a group named "<Name> network/group/movement" is also "<Name>" before a noun ("Haqqani militants")
  let short: Map<string, Found> | null = null;
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    if (f.type !== 'organization' || f.canonical === '') continue;
    // (the name must end in k, p or t, in either case, or the Kelvin sign, which /i folds to k)
    const z = f.canonical.charCodeAt(f.canonical.length - 1);
    if ((z | 32) !== 107 && (z | 32) !== 112 && (z | 32) !== 116 && z !== 0x212a) continue;
    // (group 2 is read by nothing: with it V8 compiles the {3,} repetition of \p{L} once, not four times —
    // 29.5 KB of native code for a two-byte text → 10.9; bench/regex-size.ts)
    const m = /^(\p{Lu}(?:([\p{L}-])){3,}) (?:network|group|movement)$/iu.exec(f.canonical);
    if (m && !short?.has(m[1]!)) (short ??= new Map()).set(m[1]!, f);
  }
  // both found again in one pass over the name words: a word in both is stamped as a surname (stamped last),
  // and the surname's branch looks at the group too; a mention added at one token changes no test at another
  const shortStamp = newStamp();
  const surnameStamp = newStamp();
  const noVariantStamp = newStamp();
  if (short) stampKeys(short, shortStamp);
  if (surname) stampKeys(surname, surnameStamp);
  if (short || surname)
    for (let x = 0; x < no; x++) {
      const q = opens[x]!;
      if (!(tc[q]! & F_CAP)) continue;
      // (a word not stamped is in neither: the lookups below would find nothing)
      let st = stamps[WD[q]!];
      // (a word in neither whose key is a surname's, four letters or more: that person's surname spelt otherwise;
      // a word whose key is none is stamped so, and not looked up again)
      const variant = st !== shortStamp && st !== surnameStamp && st !== noVariantStamp && surnameByKey !== null && E[q]! - S[q]! >= 4 ? surnameByKey.get(words.key[WD[q]!]!) : undefined;
      if (variant) st = surnameStamp;
      else if (surnameByKey !== null && st !== shortStamp && st !== surnameStamp) stamps[WD[q]!] = noVariantStamp;
      // a person's surname found as a place (not a country) is the person ("Riaz Basra" … "Basra, the first …")
      const y = cover[q]!;
      // (the article of a surname: "al-" before it, and a name found by evidence over both, "Al-Sahrawi first …")
      const article = st === surnameStamp && q > 0 && G[q] === GAP_HYPHEN && (words.key[WD[q - 1]!] === 'al' || words.key[WD[q - 1]!] === 'el') && (q < 2 || G[q - 1] !== GAP_HYPHEN);
      const ownName = article && y >= 0 && foundI[y] === q - 1 && foundJ[y] === q && !found[y]!.known && found[y]!.type !== 'person';
      // (and one found alone as a body by evidence alone: "staged by Parad, a former … commander", "said Reyes, a
      // member of the rebel group's … junta"; branch wild20)
      const bodyAlone = y >= 0 && st === surnameStamp && found[y]!.type === 'organization' && !found[y]!.known && foundI[y] === q && foundJ[y] === q;
      // (or one typed a place by evidence alone: "outside Hani's home" after "Chris Hani"; holdout17)
      if (y >= 0 && !ownName && !bodyAlone && (st !== surnameStamp || found[y]!.type !== 'place' || foundI[y] !== q || foundJ[y] !== q || (found[y]!.known && canonicalOf(found[y]!.canonical)?.kind !== 'place' && cityOf(found[y]!.canonical) === undefined))) continue;
      if (st === shortStamp) {
        const f = short!.get(wordRaw[WD[q]!]!);
        if (f && q + 1 < n && tc[q + 1]! & F_WORD && !(tc[q + 1]! & F_CAP) && G[q + 1] === GAP_SPACE) add(sameAs(f, S[q]!, E[q]!), q, q);
      } else if (st === surnameStamp) {
        const f = variant ?? surname!.get(wordRaw[WD[q]!]!);
        // a word that is a person's surname and a group's short name, before a group noun or a role, is the
        // group ("Jalaluddin Haqqani" … "the Haqqani network" … "Haqqani insurgent group", "Haqqani
        // militants"; but "Haqqani said", "Haqqani was")
        const o = short?.get(wordRaw[WD[q]!]!);
        if (o && !article && lowerWordAt(t, tc, q + 1) && (tc[q + 1]! & (F_GROUPNOUN | F_ROLE) || (lowerWordAt(t, tc, q + 2) && tc[q + 2]! & (F_GROUPNOUN | F_ROLE)))) {
          if (y >= 0) dropFound(found, cover, y);
          add(sameAs(o, S[q]!, E[q]!), q, q);
          continue;
        }
        if (tc[q - 1]! & F_THE) {
          // (a person's surname that is also a town's, before a family's or a rule's noun, names neither: "the
          // Trujillo family", "the Trujillo regime"; holdout20, whose gold leaves them out)
          if (y >= 0 && found[y]!.type === 'place' && foundI[y] === q && foundJ[y] === q && G[q + 1] === GAP_SPACE && FAMILY_NOUNS.has(words.lower[WD[q + 1]!]!)) dropFound(found, cover, y);
          continue; // "the Baloch separatist group"
        }
        // (a surname of three letters, not a stop word, a time word (a month, a weekday), a title or a role, nor in capitals: "May", "Day")
        if (E[q]! - S[q]! === 3 && (tc[q]! & (F_STOP | F_TIME | F_TITLE | F_ROLE) || words.flags[WD[q]!]! & W_UPPER)) continue;
        // (a hyphenated surname whole, its last word ending it: "Ojeda-Rios"; its first word alone is none)
        const whole = hyphenated?.get(wordRaw[WD[q]!]!);
        let qe = q;
        if (whole !== undefined) {
          if (!body.startsWith(whole, S[q]!)) continue;
          while (qe + 1 < n && E[qe]! < S[q]! + whole.length) qe++;
          if (E[qe] !== S[q]! + whole.length || (y >= 0 && foundJ[y]! > qe)) continue;
          let free = true;
          for (let k = q + 1; k <= qe; k++) if (cover[k]! >= 0 && cover[k] !== y) free = false;
          if (!free) continue;
        }
        if (!f || (tc[qe + 1]! & F_CAP && G[qe + 1] === GAP_SPACE)) continue;
        // the full name again, its first words not yet found ("Azam Cheema and …", where nothing typed it)
        // (from its particle: "al-Sahrawi", "bin Laden" when the full name writes "bin" before it, "Osama bin Laden")
        let a = article && (cover[q - 1]! < 0 || ownName) ? q - 1 : q;
        if (a === q && q > 0 && G[q] === GAP_SPACE && cover[q - 1]! < 0 && SPACED_PARTICLES.has(wordRaw[WD[q - 1]!]!) && f.canonical.endsWith(` ${wordRaw[WD[q - 1]!]!} ${wordRaw[WD[q]!]!}`)) a = q - 1;
        // (the full name again from its particle back: "Adnan Abu Walid al-Sahrawi and his followers"; or its
        // last names as the name writes them, "Diego Alfonso Navarrete Beltran" … "Navarrete Beltran"; holdout18)
        let p = a;
        for (let k = 1; k <= 3 && p === a - k + 1 && a - k >= 0 && cover[a - k]! < 0 && G[a - k + 1] === GAP_SPACE && tc[a - k]! & F_CAP; k++) {
          const s = body.slice(S[a - k]!, E[q]!);
          if (s === f.canonical || (f.canonical.length > s.length && f.canonical.endsWith(s) && isS(f.canonical.charCodeAt(f.canonical.length - s.length - 1)))) p = a - k;
        }
        if (y >= 0) dropFound(found, cover, y);
        add(sameAs(f, S[p]!, E[qe]!), p, qe);
      }
    }
}

/**
 * The first word of a person's name written in full, found again alone, is that person where the writer calls
 * them by it ("Prime Minister Abiy Ahmed" … "Abiy and others", "the guerrilla leader Che Guevara" … "to shoot Che";
 * branch names11: the golds of holdout7 and holdout9). One plain capitalised word, no capitalised word or title
 * next to it; not a name's first word that another person shares, nor one that is a person's surname, an
 * honorific ("Abu", "Haji") or shorter than three letters.
 */
export function givenNamesAlone(body: string, t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[]) {
  let first: Map<number, Found | null> | null = null;
  let lasts: Set<number> | null = null;
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    if (f.type !== 'person' || f.canonical === '') continue;
    const i = foundI[x]!;
    const j = foundJ[x]!;
    (lasts ??= new Set()).add(words.key[t.word[j]!]! === '' ? -1 : t.word[j]!);
    if (j === i || t.gap[i + 1] !== GAP_SPACE || (tc[i]! & (F_CAP | F_WORD)) !== (F_CAP | F_WORD) || tc[i]! & F_NAMETITLE || t.end[i]! - t.start[i]! < 3) continue;
    // (the person's own words: a name whose canonical opens otherwise, "Mr. X" → "John X", is left)
    if (!f.canonical.startsWith(words.raw[t.word[i]!]! + ' ')) continue;
    const w = t.word[i]!;
    const g = (first ??= new Map()).get(w);
    if (g === undefined) first.set(w, f);
    else if (g !== null && g.canonical !== f.canonical) first.set(w, null);
  }
  if (!first) return;
  for (let q = 1; q < t.n; q++) {
    if (cover[q]! >= 0 || !(tc[q]! & F_CAP)) continue;
    const f = first.get(t.word[q]!);
    if (!f || lasts!.has(t.word[q]!)) continue;
    if (!plainNameWord(t, tc, cover, q) || tc[q]! & F_NAMETITLE) continue;
    if (t.gap[q] === GAP_SPACE && tc[q - 1]! & (F_CAP | F_TITLE)) continue;
    if (q + 1 < t.n && (t.gap[q + 1] === GAP_SPACE || t.gap[q + 1] === GAP_HYPHEN) && tc[q + 1]! & F_CAP) continue;
    // (a name in quotes is the name itself, not the person: 'friends all named "Mario"')
    if (isOpenQuote(body.charCodeAt(t.start[q]! - 1)) && isCloseQuote(body.charCodeAt(t.end[q]!))) continue;
    add(sameAs(f, t.start[q]!, t.end[q]!), q, q);
  }
}
