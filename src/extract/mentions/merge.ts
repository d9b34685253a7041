// Merging: the names of one entity made one (text forms, bodies, people, venues) and aliases in brackets.
import { foldToken } from '../fold.ts';
import { byTextForm, canonicalOf, nameKey } from '../gazetteer.ts';
import { TOKEN_CODES, type Tokens, words } from '../tokens.ts';
import { isS } from '../scan.ts';
import { levenshtein } from '../../resolve/similarity.ts';
import { OFFICE_WORDS, officeHolder, officeTitle } from '../known-people.ts';
import { needsSpacing, withoutTitle } from './canonical.ts';
import { PLACE_HEADS, QUOTES, VENUE_HEADS } from './cues.ts';
import { FACT_BITS } from './facts.ts';
import { add, dropFound, type Found, foundI, foundJ, sameAs } from './found.ts';
import { plainNameWord } from './context.ts';
import { BUILDING_HEADS, BUILT_HEADS } from './venues.ts';
// (bit and code constants made this module's own: V8 folds a module's constants into its code, not imported ones)
const { GAP_LINE, GAP_SPACE } = TOKEN_CODES;
const { F_ACRO, F_COMMA, F_DOT, F_LPAREN, F_RPAREN } = FACT_BITS;

/** The body writes `name` as whole words, not inside a longer word or name ("Gama'a al-Islamiyya" in "al-Gama'a …"). */
function writtenWhole(body: string, name: string): boolean {
  for (let k = body.indexOf(name); k >= 0; k = body.indexOf(name, k + 1)) {
    const before = k > 0 ? body[k - 1]! : ' ';
    const after = body[k + name.length] ?? ' ';
    if (!NAME_GLUE.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}
const NAME_GLUE = /[\p{L}\p{N}'’-]/u;
/**
 * An organisation known only by the official lists' display name, which the document never writes, is
 * named as the document names it: its longest form there, in words ("Jama’at Nusrat al-Islam wal Muslimin"
 * for the lists' "Jama'a Nusrat ul-Islam wa al-Muslimin"), the first of those, or its acronym when that is
 * all the text gives ("FARC", not "Revolutionary Armed Forces of Colombia"). Where the text writes the
 * display name or a spelling of it (a few letters apart: "Jemaah Islamiah"), it stays ("Real IRA"). So is a
 * built-in body of organisations.json `$text_forms` ("PKK" where the text writes only that).
 */
export function textForms(body: string, found: Found[]) {
  let forms: Map<string, Found[]> | null = null;
  for (const f of found) {
    if (f.type !== 'organization' || f.canonical === '' || !f.known || !byTextForm(f.canonical)) continue;
    let g = (forms ??= new Map()).get(f.canonical);
    if (!g) forms.set(f.canonical, (g = []));
    g.push(f);
  }
  if (!forms) return;
  for (const [canonical, fs] of forms) {
    const key = nameKey(canonical);
    let best = '';
    let bestWords = 0;
    // (written inside a longer mention too: "Communist Party of the Philippines/New People's Army", slashed.ts)
    let written = writtenWhole(body, canonical);
    for (const f of fs) {
      if (written) break;
      const text = body.slice(f.start, f.end);
      // (the display name, or a spelling of it: "Jemaah Islamiah" for "Jemaah Islamiyah")
      const k = nameKey(text);
      if (k === key || (Math.abs(k.length - key.length) <= 3 && levenshtein(k, key) <= Math.max(2, key.length / 10))) {
        written = true;
        break;
      }
      const n = nameKey(text).split(' ').length;
      if (n > bestWords) {
        best = text;
        bestWords = n;
      }
    }
    if (written || best === '') continue;
    const c = needsSpacing(best) ? best.replace(/\s+/g, ' ').trim() : best;
    for (const f of fs) f.canonical = c;
  }
}

/** Right before a body's former or other name: "formerly known as", "originally called", "also known as the", "used to be called". */
const RENAMED_BEFORE = /\b(?:formerly|previously|originally|once|also|used to be) (?:known as|called|named) (?:the )?$/;
/** A name's first word, lower case, without an article ("the", "al-"): "jund" for "Jund al-Islam". */
const firstWord = (s: string) => (s.toLowerCase().replace(/^(?:the|al|el)[\s-]+/, '').match(/\p{L}+/u) ?? [''])[0]!;
/**
 * A body's other name that the built-in tables join to it stays a body of its own where the document gives it
 * as another name ("Ansar al-Islam, formerly known as Jund al-Islam"): the annotation rules keep a group's
 * former names and designated aliases apart. Not an acronym, nor a spelling of the same name (the same first
 * three letters: "Jama'a Nusrat ul-Islam" for Jama'at Nusrat al-Islam). Every mention of that name follows.
 */
export function renamedBodies(body: string, found: Found[]) {
  let own: Set<string> | null = null;
  for (const f of found) {
    if (f.type !== 'organization' || !f.known || f.canonical === '' || f.start < 12) continue;
    const text = body.slice(f.start, f.end);
    if (text === f.canonical || /^[\p{Lu}\d.&-]+$/u.test(text) || !RENAMED_BEFORE.test(body.slice(Math.max(0, f.start - 40), f.start))) continue;
    const a = firstWord(text), c = firstWord(f.canonical);
    if (a.length >= 3 && c.length >= 3 && a.slice(0, 3) !== c.slice(0, 3)) (own ??= new Set()).add(text);
  }
  if (own) for (const f of found) if (f.type === 'organization' && f.canonical !== '' && own.has(body.slice(f.start, f.end))) f.canonical = body.slice(f.start, f.end);
}

/** A name's words for sameBodies: fold keys, a plural's "s" dropped ("Operations" is "Operation"). */
const bodyWords = (c: string) => nameKey(c).split(' ').map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w));
/**
 * Bodies found by evidence named again shorter: a name of two or more words whose words are, in order, among
 * those of one longer name of the document with the same head (last) word is that body ("Kenya's Disaster
 * Operations Center" after "the Kenya National Disaster Operation Center"). Not when it fits two.
 */
export function sameBodies(found: Found[]) {
  let names: string[] | null = null;
  // (not a national body named with its state: "Ministry of Interior (Pakistan)")
  for (const f of found) if (f.type === 'organization' && f.canonical !== '' && !f.known && !f.canonical.endsWith(')') && !(names ??= []).includes(f.canonical)) names.push(f.canonical);
  if (!names || names.length < 2) return;
  const ws = names.map(bodyWords);
  let to: Map<string, string> | null = null;
  for (let a = 0; a < names.length; a++) {
    const wa = ws[a]!;
    if (wa.length < 2) continue;
    let target = -1;
    let ambiguous = false;
    for (let b = 0; b < names.length; b++) {
      const wb = ws[b]!;
      if (b === a || wb.length <= wa.length || wb[wb.length - 1] !== wa[wa.length - 1]) continue;
      let k = 0;
      for (const w of wb) if (k < wa.length && w === wa[k]) k++;
      if (k !== wa.length) continue;
      if (target >= 0) ambiguous = true;
      target = b;
    }
    if (target >= 0 && !ambiguous) (to ??= new Map()).set(names[a]!, names[target]!);
  }
  if (to) for (const f of found) if (f.type === 'organization' && !f.known && to.has(f.canonical)) f.canonical = to.get(f.canonical)!;
}

/** Words that say another name of what comes before follows ("aka", "alias"; "a.k.a." is read by letter). */
const AKA = new Set(['aka', 'alias']);
/**
 * A person's name, then another person's name found by evidence, in brackets or after "aka", "a.k.a." or
 * "alias" (in quotes or not), or "listed as" in brackets: the second is another name of the first ("Abdul Aziz al-Muhammadawi (Abu
 * Fadak)", "Farooq Ahmed Nali (a.k.a. Abu Ubaida)", "Al-Marimi, aka, “Hasan Abu Ojalya Ibrahim”"). Not a
 * known name of its own, nor anything but a person (a group in brackets after a person is theirs: "Hafiz
 * Saeed (LeT)").
 */
export function aliasesInBrackets(t: Tokens, tc: Int32Array, cover: Int32Array, found: Found[]) {
  const n = t.n;
  for (let p = 0; p < found.length; p++) {
    const f = found[p]!;
    if (f.type !== 'person' || f.canonical === '') continue;
    let q = foundJ[p]! + 1;
    if (q < n && QUOTES.has(words.raw[t.word[q]!]!)) q++; // (the end of a name in quotes)
    const bracket = (tc[q]! & F_LPAREN) !== 0;
    if (bracket || tc[q]! & F_COMMA) q++;
    let aka = false;
    if (q < n && AKA.has(words.lower[t.word[q]!]!)) {
      q++;
      aka = true;
    } else if (bracket && q + 1 < n && words.lower[t.word[q]!] === 'listed' && words.lower[t.word[q + 1]!] === 'as') {
      q += 2; // (a sanctions list's entry for the person: "Abu Bakr al-Baghdadi (listed as Ibrahim Awwad …)")
      aka = true;
    } else if (q + 5 < n && words.lower[t.word[q]!] === 'a' && tc[q + 1]! & F_DOT && words.lower[t.word[q + 2]!] === 'k' && tc[q + 3]! & F_DOT && words.lower[t.word[q + 4]!] === 'a' && tc[q + 5]! & F_DOT) {
      q += 6;
      aka = true;
    } else if (q + 2 < n && words.lower[t.word[q]!] === 'known' && words.lower[t.word[q + 1]!] === 'as' && q > 0 && words.lower[t.word[q - 1]!] === 'also') {
      // (", also known as Legija"; branch names11)
      q += 2;
      aka = true;
    } else if (!bracket && q + 3 < n && (words.lower[t.word[q]!] === 'also' || words.lower[t.word[q]!] === 'better') && words.lower[t.word[q + 1]!] === 'known' && words.lower[t.word[q + 2]!] === 'as') {
      // (", better known as Otoniel"; branch wild23)
      q += 3;
      aka = true;
    } else if (q + 5 < n && words.lower[t.word[q]!] === 'a' && words.raw[t.word[q + 1]!] === '/' && words.lower[t.word[q + 2]!] === 'k' && words.raw[t.word[q + 3]!] === '/' && words.lower[t.word[q + 4]!] === 'a') {
      q += 5; // ("a/k/a", court releases' spelling; branch wild23)
      aka = true;
    }
    if (!bracket && !aka) continue;
    if (aka && tc[q]! & F_COMMA) q++;
    const quoted = q < n && QUOTES.has(words.raw[t.word[q]!]!);
    if (quoted) q++;
    // (a name that no evidence typed, one or two plain words, is the person's other name where "aka" or "also
    // known as" says so and the phrase ends after it: "Dejan Milenković (AKA Bagzi)", "Milorad Ulemek, also
    // known as Legija"; branch names11)
    // (or that a word list typed a place, one word before the phrase's end: "Dairo Antonio Usuga David, better known as
    // Otoniel, …"; branch wild23)
    if (aka && !quoted && q + 1 < n && cover[q]! >= 0 && found[cover[q]!]!.type === 'place' && !found[cover[q]!]!.known && foundI[cover[q]!] === q && foundJ[cover[q]!] === q && tc[q + 1]! & (F_COMMA | F_DOT | F_RPAREN)) dropFound(found, cover, cover[q]!);
    if (aka && !quoted && q < n && cover[q]! < 0) aliasName(t, tc, cover, f, q);
    const y = q < n ? cover[q]! : -1;
    if (y < 0 || y === p || foundI[y] !== q) continue;
    // (in brackets without "aka", the name alone fills them)
    let e = foundJ[y]! + 1;
    if (quoted && e < n && QUOTES.has(words.raw[t.word[e]!]!)) e++;
    if (bracket && !aka && !(tc[e]! & F_RPAREN)) continue;
    const g = found[y]!;
    if (g.type !== 'person' || g.known || g.canonical === '') continue;
    g.canonical = f.canonical;
    g.entity_id = f.entity_id;
    g.known = f.known;
    // (and a short form of that other name in brackets right after it: 'aka, “Hasan Abu Ojalya Ibrahim” (Masud)')
    if (aka && e + 2 < n && tc[e]! & F_LPAREN && cover[e + 1]! < 0) aliasName(t, tc, cover, f, e + 1);
  }
}
/**
 * Tokens from q, one or two plain name words ("Bagzi", not "The Butcher", nor a code: "QDi.299") no evidence typed, that end the phrase
 * (a bracket, a comma, a full stop, a semicolon or the line's end), are another name of the person f: a mention
 * of f added.
 */
function aliasName(t: Tokens, tc: Int32Array, cover: Int32Array, f: Found, q: number) {
  let e = q;
  while (e < t.n && e - q < 2 && plainNameWord(t, tc, cover, e) && !(tc[e]! & F_ACRO) && (e === q || t.gap[e] === GAP_SPACE)) e++;
  if (e === q) return;
  if (e < t.n && t.gap[e] !== GAP_LINE && !(tc[e]! & (F_RPAREN | F_COMMA | F_DOT)) && words.raw[t.word[e]!] !== ';') return;
  add(sameAs(f, t.start[q]!, t.end[e - 1]!), q, e - 1);
}

/** A person's name as the words compared by samePeople: lower case, without initials ("P.") or a leading title of DROP_TITLES. */
export function personNameWords(canonical: string): string[] {
  // (split at runs of \s as `split(/\s+/)` does, without an expression)
  const s = withoutTitle(canonical).toLowerCase();
  const out: string[] = [];
  for (let i = 0, n = s.length; i < n; ) {
    while (i < n && isS(s.charCodeAt(i))) i++;
    let j = i;
    while (j < n && !isS(s.charCodeAt(j))) j++;
    if (j - i > 1 && !(j - i === 2 && s.charCodeAt(j - 1) === 46)) out.push(s.slice(i, j));
    i = j;
  }
  return out;
}
const GENERATION_WORDS = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv']);
/** `a` (shorter) is in `b`, in order, and ends with b's last word. */
function inName(a: string[], b: string[]): boolean {
  // (b's generational suffix is no name word: "Eric H. Holder Jr." is "Holder" later; branch wild23)
  const nb = b.length > 2 && GENERATION_WORDS.has(b[b.length - 1]!) ? b.length - 1 : b.length;
  if (a.length === 0 || a[a.length - 1] !== b[nb - 1]) return false;
  let k = 0;
  for (let q = 0; q < nb; q++) if (k < a.length && b[q] === a[k]) k++;
  return k === a.length;
}
/** `a`'s words are the first words of `b` (longer). */
function opensName(a: string[], b: string[]): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
/**
 * Two names of as many words, given as their words' keys (fold.ts), are spellings of one name: the surnames'
 * keys are equal, and each other word's key is the other's or a transliteration of it, in a word of four
 * letters or more ("Jalaluddin"/"Jalalludin", "Nikolay"/"Nikolai", "Ahmad"/"Ahmed"; not "Ali"/"Adi",
 * "Jamal"/"Kamal", "Maria"/"Mario").
 */
function spellingOf(a: string[], b: string[]): boolean {
  // (keys, not words: samePeople compares every pair of names, and folds each name's words once)
  const last = a.length - 1;
  if (last < 1 || a[last] !== b[last]) return false;
  for (let k = 0; k < last; k++) {
    const x = a[k]!;
    const y = b[k]!;
    if (x !== y && (x.length < 4 || y.length < 4 || !vowelVariant(x, y))) return false;
  }
  return true;
}
const VOWELISH = new Set('aeiouyh');
/**
 * Two keys one vowel apart (a vowel, y or h changed, added or dropped), with the same first letter and, at the
 * end, only y for i ("Nikolay"/"Nikolai"): an ending vowel often tells two people apart ("Maria"/"Mario"); or
 * "ch" for "sh" inside the word ("Bachir"/"Bashir").
 */
function vowelVariant(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 1 || x[0] !== y[0]) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const end = i === Math.max(x.length, y.length) - 1;
  if (x.length === y.length) {
    const p = x[i]!;
    const q = y[i]!;
    if (x.slice(i + 1) !== y.slice(i + 1)) return false;
    // (or the French "ch" for the English "sh": "Bachir"/"Bashir", "Chehab"/"Shehab"; holdout19)
    if (((p === 'c' && q === 's') || (p === 's' && q === 'c')) && x[i + 1] === 'h') return true;
    if (!VOWELISH.has(p) || !VOWELISH.has(q)) return false;
    return !end || (p === 'y' && q === 'i') || (p === 'i' && q === 'y');
  }
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  return !end && VOWELISH.has(long[i]!) && long.slice(i + 1) === short.slice(i);
}
/**
 * The people found by evidence named again: a name whose words (without initials) are those of another person
 * of the document, or a part of them ending with the surname, is that person ("Mr. Daley" after "Matthew
 * Daley", "President Karzai" after "Hamid Karzai", "Abdur Rahman" after "Shaykh Abdur Rahman", "William P.
 * Barr" after "William Barr"). The longer name wins; of two names with the same words, the first written.
 * Not when the shorter one fits two people ("Haqqani" of "Jalaluddin Haqqani" and "Sirajuddin Haqqani").
 */
export function samePeople(found: Found[]) {
  let people: Found[] | null = null;
  for (const f of found) if (f.type === 'person' && f.canonical !== '') (people ??= []).push(f);
  if (!people || people.length < 2) return;
  // the distinct canonical names, in order of first mention, with their words
  const names: string[] = [];
  const wordsOf = new Map<string, string[]>();
  for (const f of people)
    if (!wordsOf.has(f.canonical)) {
      names.push(f.canonical);
      wordsOf.set(f.canonical, personNameWords(f.canonical));
    }
  if (names.length < 2) return;
  const to = new Map<string, string>();
  const ws = names.map((a) => wordsOf.get(a)!); // (names[x]'s words; the names are distinct)
  // (their keys, fold.ts, for spellingOf: worked out once a name, when first asked)
  // (no closure for it: run through tsx, whose esbuild keeps names, making one costs a `defineProperty`)
  const keys: (string[] | undefined)[] = [];
  for (let x = 0; x < names.length; x++) {
    const wa = ws[x]!;
    let target = -1;
    let ambiguous = false;
    for (let y = 0; y < names.length; y++) {
      if (y === x) continue;
      const wb = ws[y]!;
      // (or a spelling of the same name: "Jalalludin Haqqani" after "Jalaluddin Haqqani")
      const same = wa.length === wb.length && (inName(wa, wb) || spellingOf((keys[x] ??= wa.map(foldToken)), (keys[y] ??= wb.map(foldToken))));
      // (the same words: the first written stays; a longer name: the shorter is a part of it)
      if ((same && y < x) || (wa.length < wb.length && inName(wa, wb))) {
        if (target >= 0 && target !== y && !sameWords(ws[target]!, wb)) ambiguous = true;
        if (target < 0 || wb.length > ws[target]!.length) target = y;
      }
    }
    // (a one-word name that is no one's surname but the first word of one longer name is that person: a name
    // written surname first, "President Chun" after "Chun Doo Hwan"; "Abiy" after "Abiy Ahmed")
    if (target < 0 && wa.length === 1) {
      for (let y = 0; y < names.length && !ambiguous; y++) {
        const wb = ws[y]!;
        if (wb.length < 2) continue;
        if (wb[wb.length - 1] === wa[0]) ambiguous = true;
        else if (wb[0] === wa[0]) {
          if (target >= 0) ambiguous = true;
          target = y;
        }
      }
    }
    // (a name of two words or more that opens one longer name is that person, the name written without its last
    // part: "President Hassan Sheikh" after "Hassan Sheikh Mohamud"; branch wild31)
    if (target < 0 && wa.length >= 2) {
      for (let y = 0; y < names.length && !ambiguous; y++) {
        const wb = ws[y]!;
        if (wb.length <= wa.length || !opensName(wa, wb)) continue;
        if (target >= 0) ambiguous = true;
        target = y;
      }
    }
    if (target >= 0 && !ambiguous) to.set(names[x]!, names[target]!);
  }
  if (to.size === 0) return;
  for (const f of people) {
    if (f.known) continue;
    let c = to.get(f.canonical);
    // (follow a chain: "Daley" → "Mr. Daley"'s name → "Matthew Daley")
    for (let k = 0; c !== undefined && to.has(c) && k < 4; k++) c = to.get(c);
    if (c !== undefined) f.canonical = c;
  }
}
/**
 * A person the document names only by an office's title and a surname ("President Trump", "Prime Minister
 * Khan"), whom no fuller name there names (samePeople leaves a one-word name), is that office's one holder of
 * the surname in the text's year (any year when the date is unknown; known-people.ts): Donald Trump. Not when
 * several holders fit, nor without a title ("Trump said" may be anyone of that name).
 */
export function officeHolders(found: Found[], t: Tokens, year: number | null) {
  let to: Map<string, string> | null = null;
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    const i = foundI[x]!;
    if (f.type !== 'person' || f.known || i !== foundJ[x] || f.canonical.includes(' ') || to?.has(f.canonical)) continue;
    // the title's words right before the name, on its line ("Vice President", "Prime Minister")
    let title = '';
    for (let q = i - 1; q >= 0 && q >= i - 3 && t.gap[q + 1] === GAP_SPACE; q--) {
      const l = words.lower[t.word[q]!]!;
      if (!OFFICE_WORDS.has(l)) break;
      title = title ? `${l} ${title}` : l;
    }
    if (!title) continue;
    const name = officeHolder(words.key[t.word[i]!]!, officeTitle(title), year);
    if (name) (to ??= new Map()).set(f.canonical, name);
  }
  if (!to) return;
  for (const f of found) {
    const c = f.type === 'person' && !f.known ? to.get(f.canonical) : undefined;
    if (c !== undefined) f.canonical = c;
  }
}
const sameWords = (a: string[], b: string[]) => a.length === b.length && a.every((w, k) => w === b[k]);

/**
 * A venue found by evidence and named again with another head or another form of a middle word ("Westgate
 * shopping mall" … "Westgate Mall", "Amara Culture Centre" … "Amara Cultural Centre") is the same venue: its
 * first words and its head word agree; the first in the text gives the canonical name.
 */
export function sameVenues(found: Found[]) {
  let first: Map<string, Found> | null = null;
  // (a venue named with its city, "Army Public School Peshawar", is the venue named without it elsewhere, "the
  // Army Public School": runs.ts joins a known place that ends a venue's name to it)
  let withPlace: Map<string, string> | null = null;
  for (const f of found) {
    if (f.type !== 'place' || f.known || f.canonical === '') continue;
    const sp = f.canonical.lastIndexOf(' ');
    if (sp > 0 && BUILT_HEADS.has(foldToken(f.canonical.slice(f.canonical.lastIndexOf(' ', sp - 1) + 1, sp))) && canonicalOf(f.canonical.slice(sp + 1))?.type === 'place') (withPlace ??= new Map()).set(f.canonical.slice(0, sp), f.canonical);
  }
  for (const f of found) {
    if (f.type !== 'place' || f.known || f.canonical === '') continue;
    const c = withPlace?.get(f.canonical);
    if (c !== undefined) f.canonical = c;
    const sp = f.canonical.indexOf(' ');
    if (sp < 0) continue;
    const head = f.canonical.slice(f.canonical.lastIndexOf(' ') + 1).toLowerCase();
    if (!PLACE_HEADS.has(head) && !VENUE_HEADS.has(foldToken(head)) && !BUILDING_HEADS.has(foldToken(head))) continue;
    const k = `${f.canonical.slice(0, sp)}|${head}`;
    const g = (first ??= new Map()).get(k);
    if (!g || f.start < g.start) first.set(k, f);
  }
  if (!first) return;
  for (const f of found) {
    if (f.type !== 'place' || f.known || f.canonical === '') continue;
    const sp = f.canonical.indexOf(' ');
    if (sp < 0) continue;
    const g = first.get(`${f.canonical.slice(0, sp)}|${f.canonical.slice(f.canonical.lastIndexOf(' ') + 1).toLowerCase()}`);
    if (g && g !== f) f.canonical = g.canonical;
  }
}
