// Infobox lines ("Commanders: …", "Location: …"): their labels, items and the mentions they type.
import { canonicalOf, cityOf, nameKey } from '../gazetteer.ts';
import { words, type Tokens } from '../tokens.ts';
import type { MentionType } from '../types.ts';
import { isS } from '../scan.ts';
import { cleanCanonical } from './canonical.ts';
import { lineStartOf, tokenAround, tokenAt } from './context.ts';
import { INFOBOX, NOT_ENTITIES } from './cues.ts';
import { FACT_BITS, moreByWord, upperFirst } from './facts.ts';
import { type Add, dropFound, type Found, mention } from './found.ts';
// (bit and code constants made this module's own: V8 folds a module's constants into its code, not imported ones)
const { F_CAP, F_CONN, F_NAME, F_ORGHEAD, F_ORGPREFIX, F_PLACEHEAD, F_TITLE, F_WORD, M_SURNAME, M_VENUEPREFIX } = FACT_BITS;

/** The infobox labels, as expressions. */
/** The Arabic articles a value glued to its label may open with ("Perpetratorsal-Qaeda"), before their hyphen. */
const GLUED_ARTICLE = '(?:al|el|ad|an|ar|as|at|ul)';
const INFOBOX_LABELS = [
  'Commanders and leaders', 'Units involved', 'Dfens', 'Commanders?', 'Leaders?', 'Founders?', 'Founded by', 'Led by', 'Units?', 'Combatants?', 'Belligerents?', 'Allies',
  'Opponents', 'Perpetrators?', 'Suspects?', 'Accused', 'Assailants?', 'Split from', 'Place', 'Location', 'Headquarters', 'Area of operations',
  'Active regions?', 'Country', 'Spiritual leaders?', 'Spokes(?:person|man)', 'Emirs?', 'Targets?', 'Operators?',
];
// the label, then a colon, a space before a capital, a table's bar ("Location | Lethpora |"), or nothing
// before a capitalised word (a label glued to its value, as copied from a rendered infobox:
// "LocationLethpora"); or the label alone on its line, its values on the lines after it
export const INFOBOX_LINE = new RegExp(
  `^[-*•\\s]*(${INFOBOX_LABELS.join('|')})(\\d*)(?:\\(s\\))?(?:(?::[ \\t]*| (?=\\p{Lu})|(?=\\p{Lu}\\p{Ll}|${GLUED_ARTICLE}-\\p{Lu})| *\\| *|\\t+)(.+)|[ \\t]*:?[ \\t]*)$`,
  'gmu',
);
const INFOBOX_LINE_AT = new RegExp(INFOBOX_LINE.source, 'ymu');
/** A word a label begins with, and the digits after it ("Commanders2", "Founded" of "Founded by"), or glued to its value ("LocationLethpora"). */
const LABEL_WORD = new RegExp(`^(?:${INFOBOX_LABELS.map((s) => s.split(' ')[0]!).join('|')})\\d*(?:$|\\p{Lu}\\p{Ll}|${GLUED_ARTICLE}$)`, 'u');
/** `[-*•\s]`: what may come before a label on its line. */
const isLead = (c: number) => c === 45 || c === 42 || c === 0x2022 || isS(c);

// the reference city a word alone spells (gazetteer.ts cityOf), by word id, for words.epoch === cityEpoch:
// null = none, undefined = not yet known
let cityEpoch = -1;
let cityByWord: (string | null | undefined)[] = [];
export function cityOfWord(w: number): string | undefined {
  if (cityEpoch !== words.epoch) {
    cityByWord = [];
    cityEpoch = words.epoch;
  }
  let c = cityByWord[w];
  if (c === undefined) cityByWord[w] = c = cityOf(words.raw[w]!) ?? null;
  return c ?? undefined;
}

// by word id, for words.epoch === labelEpoch: 2 = LABEL_WORD, 1 = not, 0 = not yet known
let labelEpoch = -1;
let labelByWord = new Uint8Array(0);
function isLabelWord(w: number): boolean {
  if (labelEpoch !== words.epoch || labelByWord.length <= w) {
    const a = new Uint8Array(Math.max(1024, words.count * 2));
    if (labelEpoch === words.epoch) a.set(labelByWord);
    labelByWord = a;
    labelEpoch = words.epoch;
  }
  let v = labelByWord[w]!;
  if (v === 0) labelByWord[w] = v = LABEL_WORD.test(words.raw[w]!) ? 2 : 1;
  return v === 2;
}

/** Token q stands on a line that opens with an infobox label ("Location", "Perpetrators"). */
export function onLabelledLine(t: Tokens, q: number): boolean {
  return isLabelWord(t.word[lineStartOf(t, q)]!);
}

/**
 * The matches of INFOBOX_LINE in body (its tokens `t`), as `body.matchAll(INFOBOX_LINE)` gives them. What
 * comes before a label on its line (bullets, white space) makes no token, so a label begins with the first
 * token after a line break, and that token's word is a LABEL_WORD: the expression is tried only at the line
 * start before such a token (any line start from which only `[-*•\s]` come before it matches alike; the
 * first is the match's).
 */
export function infoboxLines(body: string, t: Tokens): RegExpExecArray[] {
  // line terminators other than \n (which make no GAP_LINE) are rare: there, the plain scan
  if (t.otherBreaks) return [...body.matchAll(INFOBOX_LINE)];
  const out: RegExpExecArray[] = [];
  // (a match ends at its line's end, before the next token after a line break: matches cannot overlap)
  for (let x = 0; x < t.nLines; x++) {
    const q = t.lines[x]!;
    if (!isLabelWord(t.word[q]!)) continue;
    const s = t.start[q]!;
    let b = s;
    while (b > 0 && isLead(body.charCodeAt(b - 1))) b--;
    let line = b;
    if (b > 0 && body.charCodeAt(b - 1) !== 10) {
      line = body.indexOf('\n', b) + 1; // (0: none)
      if (line === 0 || line > s) continue; // not on a line of its own: "# Commander"
    }
    INFOBOX_LINE_AT.lastIndex = line;
    const m = INFOBOX_LINE_AT.exec(body);
    if (m) out.push(m);
  }
  return out;
}

/**
 * The mentions of the infobox rows; returns the entries of "Perpetrators"/"Suspects"/"Accused" rows typed as bodies
 * by their row, for `eitherEntriesTyped` to type again once the prose is read.
 */
export function infobox(body: string, toks: Tokens, tc: Int32Array, cover: Int32Array, found: Found[], add: Add): Found[] {
  eitherEntries = [];
  for (const m of infoboxLines(body, toks)) {
    parentItem = null;
    // (the label's words are no mention: "Active region(s) Uruguay" names no place "Active")
    blockLabel(toks, cover, add, m.index + m[0].indexOf(m[1]!), m.index + m[0].indexOf(m[1]!) + m[1]!.length);
    const label = m[1]!.trim();
    eitherRow = EITHER_ROW.test(label);
    const hit = INFOBOX.find(([re]) => re.test(label));
    const end = m.index + m[0].length;
    const rest = m[3];
    if (!hit) {
      if (rest !== undefined && TARGET_LABEL.test(label)) gluedTarget(body, toks, cover, add, end - rest.length, end);
      continue;
    }
    const type = hit[1];
    if (rest !== undefined && rest.length <= 400) infoboxItems(body, toks, tc, cover, found, add, type, end - rest.length, end);
    // (an aircraft's operator is one value, on its row: the lines after it are the next rows, "Registration HS-TAE")
    if (rest !== undefined && OPERATOR_LABEL.test(label)) continue;
    // the values on the lines after it, one a line ("LeaderAli Rezaei\nOmar Haddad\n• Tariq Saleem"), up to
    // a line that is not a name (a label glued to its value, a sentence) or a second blank line
    let blank = 0;
    let values = 0;
    for (let s = end + 1, k = 0; s < body.length && k < 12 && blank < 2; k++) {
      let e = body.indexOf('\n', s);
      if (e < 0) e = body.length;
      const [a, b] = trimmedItem(body, s, e);
      if (a === b) blank++;
      else {
        const ti = tokenAt(toks, a, 'start');
        const tj = tokenAt(toks, b, 'end');
        if (ti < 0 || tj < ti || tj - ti > 24 || !namesOnly(tc, ti, tj) || gluedLabel(words.raw[toks.word[ti]!]!) || (tj > ti && ROW_LABELS.has(words.lower[toks.word[ti]!]!))) break;
        // (one plain word on a line without a bullet, after a first value, may be the next label:
        // "Headquarters\nMiranshah\nFunding\nUnknown")
        if (ti === tj && cover[ti]! < 0 && a === s && (values > 0 || rest !== undefined)) break;
        values++;
        INFOBOX_LINE_AT.lastIndex = s;
        if (INFOBOX_LINE_AT.test(body)) break;
        infoboxItems(body, toks, tc, cover, found, add, type, a, b);
        // (an office in brackets after the line's name: "Anifah Aman (Minister of Foreign Affairs)")
        if (type === 'person' && b < e) officeInBrackets(body, toks, tc, cover, add, b, e);
        blank = 0;
      }
      s = e + 1;
    }
  }
  return eitherEntries;
}
/** Covers the uncovered tokens of an infobox label (characters a..b) with a mention of no canonical name, which is dropped. */
function blockLabel(t: Tokens, cover: Int32Array, add: Add, a: number, b: number) {
  for (let q = tokenAt(t, a, 'start'); q >= 0 && q < t.n && t.end[q]! <= b; q++) if (cover[q]! < 0) add(mention(t.start[q]!, t.end[q]!, 'place', '', null, true), q, q);
}
/** An aircraft's or a service's "Operator" row (branch orgs1: the airlines of holdout9, holdout11, holdout12). */
const OPERATOR_LABEL = /^operators?$/i;
/** A row naming what an attack struck ("TargetTokyo subway"): its entries are of any kind, and mostly not names. */
const TARGET_LABEL = /^targets?$/i;
/**
 * A "Target" row's value glued to its label, as copied from a rendered infobox ("TargetTokyo subway",
 * "TargetUnited States embassies"): the label's token hides the value's first word from the passes over
 * prose, so a known place that opens the value, before a lower-case word or the line's end, is a place
 * mention here. A value set off by a space or a bar is left to those passes.
 */
function gluedTarget(body: string, toks: Tokens, cover: Int32Array, add: Add, s: number, e: number) {
  const c = body.charCodeAt(s - 1);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return;
  const ti = tokenAround(toks, s);
  if (ti < 0 || cover[ti]! >= 0) return;
  // the capitalised words that open the value, up to four
  let best = -1;
  let name = '';
  for (let q = ti; q < toks.n && q - ti < 4 && toks.start[q]! < e; q++) {
    const w = q === ti ? body.slice(s, toks.end[q]!) : words.raw[toks.word[q]!]!;
    if (!upperFirst(w)) break;
    if (q > ti && (cover[q]! >= 0 || !isS(body.charCodeAt(toks.start[q]! - 1)))) break;
    const text = body.slice(s, toks.end[q]!);
    if (canonicalOf(text)?.type === 'place') {
      best = q;
      name = text;
    }
  }
  if (best < 0) return;
  const tj = best;
  // (the place ends the value or a lower-case word follows it: "Tokyo subway", not "Tokyo Tower")
  const next = tj + 1 < toks.n && toks.start[tj + 1]! < e ? words.raw[toks.word[tj + 1]!]! : '';
  if (next !== '' && upperFirst(next)) return;
  const canonical = canonicalOf(name)!.canonical;
  add(mention(s, s + name.length, 'place', canonical, null, false), ti, tj);
}
/** Tokens i..j are names only: their words capitalised (or ordinals) or lower-case connectors and particles ("of", "al"). */
function namesOnly(tc: Int32Array, i: number, j: number): boolean {
  for (let q = i; q <= j; q++) if (tc[q]! & F_WORD && !(tc[q]! & (F_NAME | F_CONN))) return false;
  return true;
}
/**
 * The first words of an infobox's other labels, which open no value: a line "Ideology Socialism" after "Active
 * regions Uruguay" is the next row, not a second region.
 */
const ROW_LABELS = new Set(['ideology', 'ideologies', 'size', 'status', 'motives', 'motive', 'colors', 'colours', 'flag', 'website', 'type', 'date', 'dates', 'weapons', 'deaths', 'injured', 'victims', 'political', 'battles', 'part', 'designated', 'preceded', 'succeeded', 'newspaper', 'membership', 'affiliations', 'affiliation', 'religion', 'slogan', 'anthem', 'founded', 'dissolved', 'active', 'formation', 'attack', 'fatalities', 'wounded', 'casualties', 'charges', 'verdict', 'convicted', 'defenders']);
/** A word that is a label glued to its value, a lower-case letter before a capital inside it ("IdeologyIslamism"; ASCII). */
function gluedLabel(w: string): boolean {
  for (let k = 2; k < w.length - 1; k++) {
    const c = w.charCodeAt(k);
    const p = w.charCodeAt(k - 1);
    if (c >= 65 && c <= 90 && p >= 97 && p <= 122) return true;
  }
  return false;
}

/** The items of body[s, e), the runs of characters between commas or `<hr>` rules (and before a table's closing bar). */
function infoboxItems(body: string, toks: Tokens, tc: Int32Array, cover: Int32Array, found: Found[], add: Add, type: MentionType, s: number, e: number) {
  while (e > s && (isS(body.charCodeAt(e - 1)) || body.charCodeAt(e - 1) === 124)) e--;
  for (let p = s; p < e; ) {
    // (the next comma or " <hr> " before e, found by a scan of the item, not of the body past it)
    let q = p;
    let hr = false;
    for (; q < e; q++) {
      const c = body.charCodeAt(q);
      if (c === 44) break;
      // (" and " before a name found already, between two bodies of a row, not inside one's name: "al-Qaeda and
      // Egyptian Islamic Jihad", not "Special Warfare Diving and Salvage" nor "… of Sulu and North Borneo")
      if (c === 32 && type === 'organization' && body.startsWith(' and ', q) && !body.slice(p, q).includes(' of ') && q + 5 < e && upperOrParticle(body, q + 5) && foundAt(toks, cover, found, q + 5)) break;
      // (" and " between two people's names of a row, or two places' names no name the gazetteer knows is made of:
      // "Assailants: Karim Haddad and Samir Toumi", "Location: Hyde Park and Regent's Park, London", not "Trinidad
      // and Tobago"; branch wild27)
      if (c === 32 && (type === 'person' || type === 'place') && body.startsWith(' and ', q) && q + 5 < e && upperOrParticle(body, q + 5) && (type === 'person' || !knownWhole(body, p, q, e))) break;
      // (a footnote mark and a space end an item too: "Lashkar-e-Taiba[1][2] Abhinav Bharat[3]")
      if (c === 93 && q + 1 < e && isS(body.charCodeAt(q + 1)) && body.charCodeAt(q - 1) >= 48 && body.charCodeAt(q - 1) <= 57) break;
      if (c === 60 && body.startsWith('<hr>', q)) {
        hr = true;
        break;
      }
    }
    if (q > p) infoboxItem(body, toks, tc, cover, found, add, type, p, q);
    p = hr ? q + 4 : body.startsWith(' and ', q) ? q + 5 : q + 1;
  }
}

/** Whether the item that runs on past " and " at q (to the next comma or e) is a place's name the gazetteer knows whole ("Bosnia and Herzegovina"). */
function knownWhole(body: string, p: number, q: number, e: number): boolean {
  let r = body.indexOf(',', q);
  if (r < 0 || r > e) r = e;
  const [a, b] = trimmedItem(body, p, r);
  return canonicalOf(body.slice(a, b)) !== null;
}

/**
 * body[s, e) is an office: a title, "of" or "for", and its complement, no word of which is found already; it is
 * covered by a mention of no name (true) or left (false).
 */
function officeAt(body: string, toks: Tokens, tc: Int32Array, cover: Int32Array, add: Add, s: number, e: number): boolean {
  const i = tokenAt(toks, s, 'start');
  const j = tokenAt(toks, e, 'end');
  if (i < 0 || j < i + 2 || j - i > 8 || (tc[i]! & (F_TITLE | F_CAP)) !== (F_TITLE | F_CAP)) return false;
  const of = words.key[toks.word[i + 1]!];
  if (of !== 'of' && of !== 'for') return false;
  for (let q = i; q <= j; q++) if (cover[q]! >= 0) return false;
  add(mention(toks.start[i]!, toks.end[j]!, 'person', '', null, false), i, j);
  return true;
}
/** The office in the first brackets of body[from, e), if any ("Anifah Aman (Minister of Foreign Affairs)"): see officeAt. */
function officeInBrackets(body: string, toks: Tokens, tc: Int32Array, cover: Int32Array, add: Add, from: number, e: number): void {
  const open = body.indexOf('(', from);
  if (open < 0 || open >= e) return;
  const close = body.indexOf(')', open);
  officeAt(body, toks, tc, cover, add, open + 1, close < 0 ? e : Math.min(e, close));
}
/** A mention found already starts at body[p]. */
function foundAt(toks: Tokens, cover: Int32Array, found: Found[], p: number): boolean {
  const k = tokenAt(toks, p, 'start');
  return k >= 0 && cover[k]! >= 0 && found[cover[k]!]!.start === p;
}
/** A capital, or an Arabic article and a hyphen before one ("al-Qaeda"), at body[p]. */
const PARTICLE = new RegExp(`^${GLUED_ARTICLE}-\\p{Lu}`, 'u');
function upperOrParticle(body: string, p: number): boolean {
  return upperFirst(body.slice(p, p + 2)) || PARTICLE.test(body.slice(p, p + 5));
}
/** One infobox item, body[s, e): trimmed of markup, bullets, footnote marks and notes, a mention if it is a name. */
/** A preposition before a place's value ("LocationNear Avenida Bolívar", "Outside Kabul"): no part of its name. */
const PLACE_ITEM_PREP = /^(?:Near|Outside)\s+(?=\p{Lu})/u;
/** Punctuation that makes an infobox item a sentence, not a name (`/[.:;!?]/`). */
const itemPunct = (s: string) => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 58 || c === 59 || c === 33 || c === 63) return true;
  }
  return false;
};
/** A capitalised word of one to four letters and its full stop, inside a name or ending it ("Mohd. ", "Jr."). */
const ABBREVIATED = /(?<=\s)(\p{Lu}\p{Ll}{0,3})\.(?=\s\p{Lu}|$)/gu;
/** An infobox value that says the field is not known ("Units: Unknown"), no name. */
const PLACEHOLDER = /^(?:unknown|none|n\/a|unclear|disputed|various|undisclosed)$/i;
/** `PLACEHOLDER.test(s)`, the expression run only on 3 to 11 units opening with u, n, d or v (either case: under /i
 * without u no unit beyond ASCII matches an ASCII letter). */
const placeholder = (s: string) => {
  const c = s.charCodeAt(0) | 32;
  return s.length >= 3 && s.length <= 11 && (c === 117 || c === 110 || c === 100 || c === 118) && PLACEHOLDER.test(s);
};
/** An image size before an infobox item ("20px "), as copied from a flag icon. */
const ICON_SIZE = /^\d{1,3}px\s+/;
/** An infobox casualty mark after a name: killed, wounded, missing in action, prisoner of war. */
const CASUALTY_MARK = /(?<=\p{Ll}|\s)\s*(?:KIA|WIA|MIA|POW)$/u;
function infoboxItem(body: string, toks: Tokens, tc: Int32Array, cover: Int32Array, found: Found[], add: Add, type: MentionType, s0: number, e0: number) {
  let [s, e] = trimmedItem(body, s0, e0);
  // a body's country in brackets, as a link's title gives it, is part of its name ("National Intelligence
  // Service (Kenya)": there are many); other notes are not
  // (and the item is that body, not a built-in name of its own inside it: "National Intelligence Service")
  let qualified = false;
  if (type === 'organization' && e < e0 && body.charCodeAt(e) === 32 && body.charCodeAt(e + 1) === 40) {
    const close = body.indexOf(')', e + 2);
    if (close > 0 && close < e0 && canonicalOf(body.slice(e + 2, close))?.kind === 'state') {
      e = close + 1;
      qualified = true;
    }
  }
  // a flag icon's size before the name and a casualty mark after it, glued or not, are no part of it
  // ("20px Grace Kaindi", "Omar Nabhan KIA", "Abu Baara al SudaniKIA")
  // (each tried only where it can match: a digit first, a mark's last letter A or W last)
  const d = body.charCodeAt(s);
  const lead = s < e && d >= 48 && d <= 57 ? ICON_SIZE.exec(body.slice(s, Math.min(e, s + 8))) : null;
  if (lead) s += lead[0].length;
  const z = body.charCodeAt(e - 1);
  const mark = e > s && (z === 65 || z === 87) ? CASUALTY_MARK.exec(body.slice(Math.max(s, e - 5), e)) : null;
  if (mark && e - mark[0].length > s) e -= mark[0].length;
  // a name written twice, as a rendered infobox gives a flag icon's title and the link ("Islamic State
  // Islamic State"), is the name once
  const half = (e - s - 1) >> 1;
  if (e - s >= 5 && (e - s) % 2 === 1 && body.charCodeAt(s + half) === 32 && body.startsWith(body.slice(s, s + half), s + half + 1)) e = s + half;
  // a title before a person's name in a person's row is no part of it ("Sultan Abdul Halim", "General X Y Z")
  if (type === 'person') {
    const t0 = tokenAt(toks, s, 'start');
    if (t0 >= 0 && tc[t0]! & F_TITLE && tc[t0]! & F_CAP && t0 + 2 < toks.n && toks.end[t0 + 2]! <= e && tc[t0 + 1]! & F_CAP && tc[t0 + 2]! & F_CAP && isS(body.charCodeAt(toks.end[t0]!))) s = toks.start[t0 + 1]!;
  }
  // an office ("Minister of Interior (Police)"), or an office in brackets after a person's name ("Anifah Aman
  // (Minister of Foreign Affairs)"), names no one: a mention of no name covers it, so no later pass types its
  // complement as a name ("Foreign Affairs")
  if (officeAt(body, toks, tc, cover, add, s, e)) return;
  if (type === 'person' && e < e0) officeInBrackets(body, toks, tc, cover, add, e, e0);
  // a place's value that says where by a preposition: "Near Avenida Bolívar" is Avenida Bolívar, "Chibok in
  // Borno State" is two places, Chibok and Borno State (each an item of its own)
  if (type === 'place') {
    const lead = PLACE_ITEM_PREP.exec(body.slice(s, Math.min(e, s + 9)));
    if (lead) s += lead[0].length;
    const k = body.indexOf(' in ', s);
    if (k > s && k + 4 < e && upperFirst(body.slice(k + 4, k + 6))) {
      infoboxItem(body, toks, tc, cover, found, add, type, s, k);
      infoboxItem(body, toks, tc, cover, found, add, type, k + 4, e);
      return;
    }
  }
  const text = body.slice(s, e);
  // (a unit under the item before it, one bullet deeper: "* IRGC, ** Aerospace Force" is the IRGC's)
  let depth = 0;
  for (let k = s0; k < s; k++) if (body.charCodeAt(k) === 42) depth++;
  const parent = depth >= 2 ? parentItem : null;
  if (depth === 1) parentItem = type === 'organization' ? text : null;
  if (!text || text.endsWith(':') || !(upperFirst(text) || PARTICLE.test(text)) || text.includes('  ')) return;
  // (an abbreviated name word's full stop is no sentence's: "Zulkifeli Mohd. Zin", "Martin Luther King Jr.")
  if (itemPunct(type === 'person' && text.includes('.') ? text.replace(ABBREVIATED, '$1') : text) || placeholder(text)) return;
  // (a value glued to its label starts inside the label's token; a glued mark ends inside the name's)
  let ti = tokenAt(toks, s, 'start');
  if (ti < 0) ti = tokenAround(toks, s);
  let tj = tokenAt(toks, e, 'end');
  if (tj < 0) tj = tokenAround(toks, e);
  // (a body's name may be long: "Front for the Liberation of the Enclave of Cabinda-Military Position")
  if (ti < 0 || tj < ti || tj - ti > (type === 'organization' ? 16 : 8)) return;
  if (type === 'organization' && eitherRow && personEntry(toks, tc, ti, tj)) type = 'person';
  // (a name, not a sentence: "Founded by X in 2000, …"; the first token of a glued value is the label's)
  if (!namesOnly(tc, ti + 1, tj)) return;
  // (a person's name has at most five capitalised words: more are names run together, "A B C D E F")
  if (type === 'person') {
    let caps = 0;
    for (let q = ti; q <= tj; q++) if (tc[q]! & F_CAP) caps++;
    if (caps > 5) return;
  }
  // a known place inside a person's or a group's name is part of it ("FoundersRiaz Basra", "Split
  // fromSipah-e-Sahaba Pakistan"); any other mention inside the item, or places that make the whole item
  // ("Iran Iran"), keep it
  // (and a place's item opened by a head word other languages put first takes the known place after it:
  // "Avenida Bolívar", not the place Bolívar)
  const opensVenue = type === 'place' && ti < tj && cover[ti]! < 0 && (moreByWord[toks.word[ti]!]! & M_VENUEPREFIX) !== 0;
  let places = false;
  let free = false;
  for (let q = ti; q <= tj; q++) {
    const x = cover[q]!;
    if (x < 0) {
      if (tc[q]! & F_WORD) free = true;
      continue;
    }
    if (qualified) continue;
    if ((type === 'place' && !opensVenue) || found[x]!.type !== 'place') return;
    places = true;
  }
  if (places && !free) return;
  if (NOT_ENTITIES.has(nameKey(text))) return;
  if (places || qualified) for (let q = ti; q <= tj; q++) if (cover[q]! >= 0) dropFound(found, cover, cover[q]!);
  const canonical = cleanCanonical(text, type);
  const f = mention(s, e, type, parent && type === 'organization' && canonical === text ? `${parent} ${text}` : canonical, null, false);
  if (eitherRow && type === 'organization') eitherEntries.push(f);
  add(f, ti, tj);
}
/** Rows whose entries are groups or people ("Perpetrators: A, B"): an entry is typed by its own words. */
const EITHER_ROW = /^(?:perpetrators?|suspects?|accused)$/i;
let eitherRow = false;
/** The entries of such rows typed by the row (organisations) in the document `infobox` reads, which it returns. */
let eitherEntries: Found[] = [];
/**
 * An entry of a "Perpetrators"/"Suspects"/"Accused" row typed as a body by its row is a person's name when the
 * document names the same person elsewhere ("Perpetrator | Anders Behring Breivik |" and "Anders Behring Breivik
 * said …"): run after the passes over prose.
 */
export function eitherEntriesTyped(found: Found[], entries: Found[]) {
  if (entries.length === 0) return;
  const people = new Set<string>();
  for (const f of found) if (f.type === 'person' && f.canonical !== '') people.add(f.canonical);
  for (const f of entries) if (f.type === 'organization' && f.canonical !== '' && people.has(f.canonical)) f.type = 'person';
}
/**
 * An entry of such a row reads as a person's name: two to four capitalised words, a surname's ending last ("Vram
 * Galstyan", "Derenik Ejanyan"), and no word of a body's or a place's name.
 */
function personEntry(toks: Tokens, tc: Int32Array, ti: number, tj: number): boolean {
  if (tj - ti < 1 || tj - ti > 3) return false;
  for (let q = ti; q <= tj; q++) if ((tc[q]! & (F_CAP | F_WORD)) !== (F_CAP | F_WORD) || tc[q]! & (F_ORGHEAD | F_ORGPREFIX | F_PLACEHEAD | F_TITLE)) return false;
  // (a given name first leaves it open, and the row's own type stands: "Abhinav Bharat" is a body's name; see
  // eitherEntries)
  return (moreByWord[toks.word[tj]!]! & M_SURNAME) !== 0;
}
/** The last infobox item of one bullet ("* IRGC"), whose units the items one bullet deeper are (as written; null: none). */
let parentItem: string | null = null;

/**
 * An infobox item body[s, e) without its leading markup and bullets (/^(?:\s|\*|•|<hr>|&)+/) and its trailing
 * notes and footnote marks (/(?:\s*\([^)]*\)|\s*\[\d+\]|\s)+$/), found without slicing: [start, end).
 */
export function trimmedItem(body: string, s: number, e: number): [number, number] {
  const start = s + leadLength(body, s, e);
  return [start, start + keptLength(body, start, e)];
}

/** The length of the match of /^(?:\s|\*|•|<hr>|&)+/ in body[s, e) (0 if none). */
function leadLength(body: string, s: number, e: number): number {
  let p = s;
  while (p < e) {
    const c = body.charCodeAt(p);
    if (c === 42 || c === 38 || c === 0x2022 || isS(c)) p++;
    else if (c === 60 && p + 4 <= e && body.startsWith('<hr>', p)) p += 4;
    else break;
  }
  return p - s;
}

// star[p - s]: body[p, e) is a run of the pieces `\s`, `\s*\([^)]*\)` and `\s*\[\d+\]` (kept from call to call)
let star = new Uint8Array(512);
/**
 * The length of body[s, e) without the match of /(?:\s*\([^)]*\)|\s*\[\d+\]|\s)+$/ (trailing white space,
 * parenthetical notes and footnote marks). The expression matches at the first p from which the rest is a
 * run of its pieces; each piece starting at p can end at one place only, so the runs are found backwards.
 */
function keptLength(body: string, s: number, e: number): number {
  const len = e - s;
  // every piece ends in white space, ")" or "]": an item that ends otherwise keeps all its characters
  // (most do: "Ali Rezaei")
  const last = body.charCodeAt(e - 1);
  if (len === 0 || (last !== 41 && last !== 93 && !isS(last))) return len;
  if (star.length < len + 1) star = new Uint8Array(2 * len + 1);
  star[len] = 1;
  let first = len;
  for (let p = e - 1; p >= s; p--) {
    let ok = isS(body.charCodeAt(p)) && star[p + 1 - s] === 1;
    if (!ok) {
      const q = pieceEnd(body, p, e);
      ok = q > 0 && star[q - s] === 1;
    }
    star[p - s] = ok ? 1 : 0;
    if (ok) first = p - s;
  }
  return first;
}
/** Where the piece `\s*\([^)]*\)` or `\s*\[\d+\]` that starts at p ends (body[p, e)), or -1. */
function pieceEnd(body: string, p: number, e: number): number {
  let k = p;
  while (k < e && isS(body.charCodeAt(k))) k++;
  if (k >= e) return -1;
  const c = body.charCodeAt(k);
  if (c === 40) {
    const close = body.indexOf(')', k + 1);
    return close >= 0 && close < e ? close + 1 : -1;
  }
  if (c !== 91) return -1;
  let d = k + 1;
  while (d < e && body.charCodeAt(d) >= 48 && body.charCodeAt(d) <= 57) d++;
  return d > k + 1 && d < e && body.charCodeAt(d) === 93 ? d + 1 : -1;
}
