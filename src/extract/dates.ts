// Dates: chrono-node (strict) for full dates, plus rules for what it leaves: bare years, "1947-48",
// "the 1980s", "since 1989", "in April 2025", ranges "1–2 July 2016" and named events (9/11). Precision is
// kept (YYYY, YYYY-MM, YYYY-MM-DD, ranges start/end). Relative words ("Friday", "four days later") are
// resolved against the published date when it is known and left out otherwise.
import * as chrono from 'chrono-node';
import type { When } from '../model/index.ts';
import named from './data/named-events.json' with { type: 'json' };
import type { Sentence } from './sentences.ts';
import type { ExtractedDate, ExtractOptions } from './types.ts';
import { codeUnits, InSpan, isDigit, isLower, isS, isUpper, isW, startRule, type StartRule } from './scan.ts';
import { byStart } from './order.ts';
import { isCloseQuote, isOpenQuote } from './mentions/cues.ts';

export const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** The weekdays' names, as alternatives of an expression. */
export const WEEKDAY_NAMES = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** The month names in order (January first). */
export const MONTH_LIST = MONTH_NAMES.split('|');
// abbreviated months ("Sept. 15, 2005", "27 Nov 2008"), as press releases and captions write them
const MONTHS = `${MONTH_NAMES}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?`;
/** A month's number by the first three letters of its name, lower-cased (full names in any case, abbreviations). */
const MON: Record<string, number> = Object.fromEntries(MONTH_LIST.map((m, i) => [m.slice(0, 3).toLowerCase(), i + 1]));
/**
 * A month's number from its name as the rules match it (they do not ignore case: no lower-casing to do).
 * A map, not an object: a matched name is a new string, which an object's keyed look-up would first
 * look up in the engine's table of internalised strings.
 */
const MONTH_OF = new Map(MONTH_LIST.map((m, i) => [m, i + 1]));
const month = (name: string): number => MONTH_OF.get(name) ?? MON[name.slice(0, 3).toLowerCase()]!;
const pad = (n: number) => String(n).padStart(2, '0');
export const TRIGGER = new RegExp(`\\b(?:1[5-9]\\d\\d|20\\d\\d)|\\b(?:${MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|${WEEKDAY_NAMES}|yesterday|today|ago|later|earlier|following|next|same|years?|month|present)\\b|\\d+/\\d+`);

// rules over the text, each giving start/end dates as ISO strings
const RANGE_DM = new RegExp(`\\b(\\d{1,2})\\s*[–-]\\s*(\\d{1,2}) (${MONTHS})(?:,? | , | of )(\\d{4})\\b`, 'g');
const RANGE_DMDM = new RegExp(`\\b(\\d{1,2}) (${MONTHS})(?:\\s*[–-]\\s*| (?:to|until|till|through) )(\\d{1,2}) (${MONTHS}),? (\\d{4})\\b`, 'g');
const DMY = new RegExp(`\\b(\\d{1,2}) (${MONTHS})(?:,? | , | of )(\\d{4})\\b`, 'g');
// (and in capitals, as press releases' datelines write them: "FRIDAY, SEPTEMBER 16, 2005")
const MDY = new RegExp(`\\b(${MONTHS}|${MONTH_NAMES.toUpperCase()}) (\\d{1,2})(?: ?[–-] ?(\\d{1,2}))?,? (\\d{4})\\b`, 'g');
const MY = new RegExp(`\\b(?:(early|mid|late)[- ])?(${MONTHS})(?:,? | of |-)(\\d{4})\\b`, 'g');
const YEARS = /\b(1[89]\d\d|20\d\d)\s*[–-]\s*(\d{2}|\d{4})\b/g;
export const DECADE = /\b(?:the |mid-|late |early )?(1[89]\d0|20\d0)['’]?s\b/g;
/**
 * DECADE without its prefix: the rule pass runs this, at the digit starts only ("the " starts a few
 * hundred words a pass, where DECADE was tried and failed), and decadeStart puts the prefix back.
 */
// (and with an apostrophe, "the mid-1990's": holdout15)
const DECADE_CORE = /\b(1[89]\d0|20\d0)['’]?s\b/g;
const DECADE_PREFIXES = ['the ', 'mid-', 'late ', 'early '];
/** Between two decades that make one period: " and ", " to the ", a dash. */
const DECADES_JOINED = /^(?: and | to | to the |\s?[–-]\s?| and the )$/;
/**
 * Where DECADE's match starts, given the match of DECADE_CORE at `i`: before the prefix that ends there
 * after a word boundary, if any (at most one can: no prefix ends another). Every match of DECADE holds one
 * of DECADE_CORE at a word start, and the matches of neither overlap, so these are DECADE's matches.
 */
export function decadeStart(text: string, i: number): number {
  for (const p of DECADE_PREFIXES) {
    const s = i - p.length;
    if (s >= 0 && text.startsWith(p, s) && (s === 0 || !isW(text.charCodeAt(s - 1)))) return s;
  }
  return i;
}
const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = new RegExp(`\\b(${WEEKDAY_NAMES})\\b`, 'g');
export const NAMED = /(?<![\d/])(\d{1,2}\/\d{1,2})(?![\d/])/g;
/** The matches of NAMED, found from the slashes (indexOf) rather than at every position. */
export function namedForms(text: string): RegExpMatchArray[] {
  const out: RegExpMatchArray[] = [];
  for (let k = text.indexOf('/'); k >= 0; k = text.indexOf('/', k + 1)) {
    let a = k;
    while (a > 0 && a > k - 3 && isDigit(text.charCodeAt(a - 1))) a--;
    if (a === k || k - a > 2 || (a > 0 && (isDigit(text.charCodeAt(a - 1)) || text.charCodeAt(a - 1) === 47))) continue;
    let b = k + 1;
    while (b < text.length && b < k + 4 && isDigit(text.charCodeAt(b))) b++;
    if (b === k + 1 || b - k - 1 > 2 || isDigit(text.charCodeAt(b)) || text.charCodeAt(b) === 47) continue;
    const m = [text.slice(a, b), text.slice(a, b)] as unknown as RegExpMatchArray;
    m.index = a;
    out.push(m);
  }
  return out;
}
/** A day and a dash right before a day and month ("24–" of "24–25 December"): not a number's digit before it. */
const DAY_DASH_BEFORE = /(?<![\d.,/])(\d{1,2}) ?[–-] ?$/;
const DM_NOYEAR = new RegExp(`\\b(?:(${MONTHS}) (\\d{1,2})|(\\d{1,2}) (${MONTHS}))\\b(?!,? \\d{4})`, 'g');
/** A month's full name by its first three letters (as written: capitals are the rules'). */
const MONTH_BY_KEY = new Map(MONTH_LIST.map((m) => [(m.charCodeAt(0) << 16) | (m.charCodeAt(1) << 8) | m.charCodeAt(2), m]));
/**
 * MONTH_ALONE, all of it: a word that is a month's full name, not followed by `,? \d` nor `-\d` (most
 * months written are a date's, "June 2019": tested here, the expression is run only on those it matches).
 */
const monthWord = (units: Uint16Array, p: number, n: number) => {
  const i = wordEnd(units, p, n);
  if (i - p < 3 || i - p > 9) return false;
  const name = MONTH_BY_KEY.get((units[p]! << 16) | (units[p + 1]! << 8) | units[p + 2]!);
  if (name === undefined || name.length !== i - p) return false;
  for (let k = 3; k < name.length; k++) if (units[p + k] !== name.charCodeAt(k)) return false;
  if (i + 1 < n && units[i] === 45 && isDigit(units[i + 1]!)) return false;
  const j = i < n && units[i] === 44 ? i + 1 : i;
  return !(j + 1 < n && units[j] === 32 && isDigit(units[j + 1]!));
};
/** Dates given relative to another (see anaphoric). */
export const ANAPHORIC = /\b(?:the (?:following|next) (day|month|year)|(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (days?|weeks?|months?|years?) later|(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (days?|weeks?|months?) (after|before|earlier)|(?:that|the) same year|(?<=\b(?:earlier|later) in )the year|(?<=\b(?:earlier|later) )that year|(this|last|next) (month|year))\b/gi;
/**
 * ANAPHORIC is found from its second word (following next same day week month year, a word of few
 * starts), not its first (the a one … this last \d, among a text's most common): the rule pass lists
 * those after a space and a word of at most five characters, and anaphorsOf tries ANAPHORIC at that word.
 */
// (the look-behind says what anaphoricSecond tests, so that the rule's matches are those of its expression)
const ANAPHORIC_SECOND = /\b(?:following|next|same|days?|weeks?|months?|years?)\b(?<=(?<!\w)\w{1,5} \w+)/gi;
const anaphoricSecond = (units: Uint16Array, q: number) => q >= 2 && units[q - 1] === 32 && isW(units[q - 2]!) && q - 1 - wordBefore(units, q - 1) <= 5;
/** The start of the word that ends at e. */
const wordBefore = (units: Uint16Array, e: number) => {
  let p = e;
  while (p > 0 && isW(units[p - 1]!)) p--;
  return p;
};
const ANAPHORIC_AT = new RegExp(ANAPHORIC.source, 'iy');
/** ANAPHORIC's matches, as `text.matchAll(ANAPHORIC)` gives them, from the rule pass's matches of its second word. */
export function anaphorsOf(text: string, units: Uint16Array, seconds: RegExpExecArray[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let lastEnd = 0;
  for (const s of seconds) {
    const p = wordBefore(units, s.index - 1);
    if (p < lastEnd) continue;
    ANAPHORIC_AT.lastIndex = p;
    const m = ANAPHORIC_AT.exec(text);
    if (m) {
      out.push(m);
      lastEnd = p + m[0].length;
    }
  }
  return out;
}
/** A month's name alone (no day nor year after it); datesIn keeps those after "in", "since", "the" …, or before "'s". */
const MONTH_ALONE = new RegExp(`\\b(${MONTH_NAMES})\\b(?!,? \\d|-\\d)`, 'g');
const RELATIVE = new RegExp(`\\b(?:last|next|this|past) (?:week|month|${WEEKDAY_NAMES})\\b`, 'i');
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const RELATIVE_DAYS = /\b(?:yesterday|today|(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten) (?:days?|weeks?) ago)\b/gi;
// Each rule above starts at a word start (see scan.ts); they run together in one pass (rules.ts).
const at = (re: RegExp, veto: StartRule['veto'] = null, check: StartRule['check'] = null): StartRule => {
  const r = startRule(re);
  if (!r) throw new Error(`dates: ${re.source} does not start at a word start`);
  return { ...r, veto, check };
};
/**
 * For the rules whose digits come as `\d{1,2}` then something else (RANGE_DMDM, RANGE_DM, DMY, DM_NOYEAR,
 * RELATIVE_DAYS): no match begins with three digits, as every year does (the first-character tables
 * cannot tell, `\s` after the digits reaching past ASCII).
 */
const threeDigits = (key: number) => isDigit(key >>> 21) && isDigit((key >>> 14) & 127) && isDigit((key >>> 7) & 127);
// Tests of what follows a start's digits, for the rules most often tried at numbers that are no such
// date (years, counts): `\s*` then a dash (RANGE_DM after one or two digits, YEARS after its four), or
// a space and a month's capital (RANGE_DMDM, DMY).
const digitsEnd = (units: Uint16Array, p: number, n: number) => {
  let i = p;
  while (i < n && isDigit(units[i]!)) i++;
  return i;
};
const dashAfter = (units: Uint16Array, i: number, n: number) => {
  while (i < n && isS(units[i]!)) i++;
  return i < n && (units[i] === 45 || units[i] === 0x2013);
};
const isMonthCapital = (c: number) => c === 74 || c === 70 || c === 77 || c === 65 || c === 83 || c === 79 || c === 78 || c === 68; // J F M A S O N D
const dayThenDash = (units: Uint16Array, p: number, n: number) => {
  const i = digitsEnd(units, p, n);
  return i - p <= 2 && dashAfter(units, i, n);
};
const yearThenDash = (units: Uint16Array, p: number, n: number) => dashAfter(units, p + 4, n);
const dayThenMonth = (units: Uint16Array, p: number, n: number) => {
  const i = digitsEnd(units, p, n);
  return i - p <= 2 && i + 1 < n && units[i] === 32 && isMonthCapital(units[i + 1]!);
};
// (`units` may go on past n with another text's code units: every read is checked against n)
const wordEnd = (units: Uint16Array, p: number, n: number) => {
  let i = p;
  while (i < n && isW(units[i]!)) i++;
  return i;
};
/** `,? \d{4}` at i (what DM_NOYEAR's look-ahead refuses after its day). */
const yearAfter = (units: Uint16Array, i: number, n: number) => {
  if (i < n && units[i] === 44) i++;
  return i < n && units[i] === 32 && digitsEnd(units, i + 1, n) >= i + 5;
};
/**
 * DM_NOYEAR: a day then a month (as dayThenMonth), or a month's name, a space and one or two digits ending
 * a word, no year after them (a month's name is a whole word: the letters up to the space are all of it).
 */
const dayAndMonth = (units: Uint16Array, p: number, n: number) => {
  if (isDigit(units[p]!)) return dayThenMonth(units, p, n);
  let i = wordEnd(units, p, n);
  if (i < n && units[i] === 46) i++; // (an abbreviation's point, as the rule's `\.?`: "Aug. 21"; branch wild17)
  if (i + 1 >= n || units[i] !== 32) return false;
  const e = digitsEnd(units, i + 1, n);
  return e > i + 1 && e - i - 1 <= 2 && (e === n || !isW(units[e]!)) && !yearAfter(units, e, n);
};
/** After a month's name (a whole word, then `\.?`) at p: the index past `\.?,? ` and whether a digit follows. */
const afterMonth = (units: Uint16Array, p: number, n: number, comma: boolean) => {
  let i = wordEnd(units, p, n);
  if (i < n && units[i] === 46) i++;
  if (comma && i < n && units[i] === 44) i++;
  return i + 1 < n && units[i] === 32 && isDigit(units[i + 1]!) ? i + 1 : -1;
};
/** MDY: a month's name, a space, one or two digits, `,? ` and a digit. */
const monthDayYear = (units: Uint16Array, p: number, n: number) => {
  const d = afterMonth(units, p, n, false);
  if (d < 0) return false;
  const e = digitsEnd(units, d, n);
  if (e - d > 2) return false;
  if (yearAfter(units, e, n)) return true;
  // (or a range's last day after a dash: "May 4 - 5, 1988")
  let i = e;
  if (i < n && units[i] === 32) i++;
  if (i >= n || (units[i] !== 45 && units[i] !== 0x2013)) return false;
  i++;
  if (i < n && units[i] === 32) i++;
  const f = digitsEnd(units, i, n);
  return f > i && f - i <= 2 && yearAfter(units, f, n);
};
/**
 * MY: "early"/"mid"/"late" then `[- ]` and a month's capital, or a month's name, then `,? `, " of " or a hyphen
 * ("December of 2019", "March-2023": branch wild17), and four digits.
 */
const monthYear = (units: Uint16Array, p: number, n: number) => {
  const i = wordEnd(units, p, n);
  if ((units[i] === 45 || units[i] === 32) && i + 1 < n && isMonthCapital(units[i + 1]!)) return true;
  if (units[i] === 45) return i + 1 < n && isDigit(units[i + 1]!) && digitsEnd(units, i + 1, n) >= i + 5;
  if (units[i] === 32 && i + 4 < n && units[i + 1] === 111 && units[i + 2] === 102 && units[i + 3] === 32 && isDigit(units[i + 4]!)) return digitsEnd(units, i + 4, n) >= i + 8;
  const d = afterMonth(units, p, n, true);
  return d >= 0 && digitsEnd(units, d, n) >= d + 4;
};
const lowerAscii = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
/** RELATIVE: its first word's four letters, a space, then a letter that can begin week, month or a weekday (any case). */
const relativeNext = (units: Uint16Array, p: number, n: number) => {
  if (p + 5 >= n || units[p + 4] !== 32) return false;
  const c = lowerAscii(units[p + 5]!);
  return c === 119 || c === 109 || c === 116 || c === 102 || c === 115; // w m t f s
};
/** RELATIVE_DAYS: "yesterday" or "today" (9 or 5 letters), or a word or number, a space and d or w (any case). */
const relativeDays = (units: Uint16Array, p: number, n: number) => {
  const i = wordEnd(units, p, n);
  if (i - p === 9 || i - p === 5) return true;
  if (i + 1 >= n || units[i] !== 32) return false;
  const c = lowerAscii(units[i + 1]!);
  return c === 100 || c === 119;
};
/**
 * PRESENT: "present" (as a word's start, "presently" too) after a dash after a year glued to a word
 * ("operation1996–present", see datesIn); tested here, so that only those are matched.
 */
const gluedPresent = (units: Uint16Array, p: number) => gluedYearBefore(units, p) >= 0;
export const DATE_RULES: Record<string, StartRule> = {
  RANGE_DMDM: at(RANGE_DMDM, threeDigits, dayThenMonth),
  RANGE_DM: at(RANGE_DM, threeDigits, dayThenDash),
  DMY: at(DMY, threeDigits, dayThenMonth),
  MDY: at(MDY, null, monthDayYear),
  MY: at(MY, null, monthYear),
  YEARS: at(YEARS, null, yearThenDash),
  DECADE: at(DECADE_CORE), // (see decadeStart)
  YEAR: at(YEAR),
  WEEKDAY: at(WEEKDAY),
  DM_NOYEAR: at(DM_NOYEAR, threeDigits, dayAndMonth),
  RELATIVE_DAYS: at(RELATIVE_DAYS, threeDigits, relativeDays),
  RELATIVE: at(RELATIVE, null, relativeNext),
  MONTH_ALONE: at(MONTH_ALONE, null, monthWord),
  ANAPHORIC: at(ANAPHORIC_SECOND, null, anaphoricSecond), // (its second word: see anaphorsOf)
  PRESENT: at(/\bpresent(?<=[A-Za-z_](?:1[89]|20)\d\d *[-–] *present)/g, null, gluedPresent), // (the look-behind: gluedPresent's test)
};
const RULE_NAMES = Object.keys(DATE_RULES);
type M = RegExpExecArray[];
/** Rules that need the published date (bits in the order of DATE_RULES): its year, or the full date. */
const bit = (name: string) => 1 << RULE_NAMES.indexOf(name);
// (none: a day and month without a year take the year of a date before them when the published date is unknown)
export const NEED_YEAR = 0;
export const NEED_DAY = bit('WEEKDAY') | bit('RELATIVE_DAYS') | bit('RELATIVE');

/**
 * `all`: each rule's matches (in the order of DATE_RULES), found with the other rules in one pass over the
 * word starts (rules.ts), without those that need a published date the document lacks.
 */
export function findDates(body: string, sentences: Sentence[], opts: ExtractOptions, all: RegExpExecArray[][]): ExtractedDate[] {
  if (!impliesTrigger(all) && !TRIGGER.test(body)) return [];
  // the spans taken (see below) are marked in a buffer kept from call to call, cleared after each
  if (TAKEN.length < body.length + 1) TAKEN = new Uint8Array(Math.max(body.length + 1, TAKEN.length * 2));
  const marked: number[] = [];
  try {
    return datesIn(body, sentences, opts, all, TAKEN, marked);
  } finally {
    for (let k = 0; k < marked.length; k += 2) TAKEN.fill(0, marked[k], marked[k + 1]);
  }
}
let TAKEN = new Uint8Array(1 << 16);

/**
 * The rules whose every match holds a match of TRIGGER (a month or weekday as a whole word, or a year
 * "1[5-9]xx"/"20xx" after a word boundary: all case-sensitive, as TRIGGER is). RELATIVE_DAYS ignores case
 * ("Yesterday") and RELATIVE needs neither ("this week"), so they are not among them.
 */
const IMPLY_TRIGGER = ['RANGE_DMDM', 'RANGE_DM', 'DMY', 'MDY', 'MY', 'YEARS', 'DECADE', 'YEAR', 'WEEKDAY', 'DM_NOYEAR'].map((k) => {
  const i = RULE_NAMES.indexOf(k);
  if (i < 0) throw new Error(`dates: no rule ${k}`);
  return i;
});
/** True when a match of the rules (`all`, as findDates gets it) proves that TRIGGER matches the body. */
export function impliesTrigger(all: RegExpExecArray[][]): boolean {
  for (const i of IMPLY_TRIGGER) if (all[i]!.length > 0) return true;
  return false;
}

const day = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/**
 * The dates found (`out`) and the spans they take, marked in `taken` and listed in `marked` (start, end, …).
 * (A class, not closures in datesIn: the loader names each closure made per call, which costs more.)
 */
class Spans {
  constructor(
    private readonly body: string,
    private readonly units: Uint16Array,
    private readonly taken: Uint8Array,
    private readonly marked: number[],
    private readonly out: ExtractedDate[],
  ) {}
  take(a: number, b: number): void {
    this.taken.fill(1, a, b);
    this.marked.push(a, b);
  }
  free(a: number, b: number): boolean {
    for (let i = a; i < b; i++) if (this.taken[i]) return false;
    return true;
  }
  count(): number {
    return this.out.length;
  }
  last(): ExtractedDate {
    return this.out[this.out.length - 1]!;
  }
  /** A second date over [a, b), taken already by the first. */
  also(a: number, b: number, when: When, date: string): void {
    this.out.push(dateAt(this.body, this.units, a, b, when, date));
  }
  /** A date over [a, b), unless the span overlaps one taken. */
  push(a: number, b: number, when: When, date: string): void {
    if (!this.free(a, b)) return;
    this.take(a, b);
    this.out.push(dateAt(this.body, this.units, a, b, when, date));
  }
}

/** The date written over [a, b) of the body, with the event its sentence names. */
function dateAt(body: string, units: Uint16Array, a: number, b: number, when: When, date: string): ExtractedDate {
  return { text: body.slice(a, b), start: a, end: b, date, when, event: eventOf(body, units, a, b) };
}
/** The range from `first` to `last` written over [a, b) of the body. */
const rangeAt = (body: string, units: Uint16Array, a: number, b: number, first: string, last: string): ExtractedDate =>
  dateAt(body, units, a, b, { start: first, end: last, precision: 'range' }, `${first}/${last}`);

/** `taken`: all 0 over the body on the way in; the spans marked are listed in `marked` (start, end, …). */
function datesIn(body: string, sentences: Sentence[], opts: ExtractOptions, all: RegExpExecArray[][], taken: Uint8Array, marked: number[]): ExtractedDate[] {
  const out: ExtractedDate[] = [];
  const units = codeUnits(body);
  const pub = opts.published && /^\d{4}-\d{2}-\d{2}$/.test(opts.published) ? opts.published : null;
  const pubYear = opts.published ? Number(opts.published.slice(0, 4)) : null;
  // (in the order of DATE_RULES)
  const [rangeDMDM, rangeDM, dmy, mdy, my, years, decade, year, weekday, dmNoYear, relativeDays, relative, monthAlone, anaphoricSeconds, present] = all as Array<RegExpExecArray[]> as [M, M, M, M, M, M, M, M, M, M, M, M, M, M, M];
  // each rule runs once over the whole body, the most specific first; a span taken is not taken again
  const spans = new Spans(body, units, taken, marked, out);
  const text = body;
  for (const m of rangeDMDM) {
    const y = Number(m[5]);
    const b = day(y, month(m[4]!), Number(m[3]));
    // (the year is the last day's: a first day after it is of the year before, "28 December to 3 January 2011")
    let a = day(y, month(m[2]!), Number(m[1]));
    if (a > b) a = day(y - 1, month(m[2]!), Number(m[1]));
    spans.push(m.index!, m.index! + m[0].length, { start: a, end: b, precision: 'range' }, `${a}/${b}`);
  }
  for (const m of rangeDM) {
    const y = Number(m[4]);
    const mo = month(m[3]!);
    const a = day(y, mo, Number(m[1]));
    const b = day(y, mo, Number(m[2]));
    spans.push(m.index!, m.index! + m[0].length, { start: a, end: b, precision: 'range' }, `${a}/${b}`);
  }
  for (const m of dmy) {
    const iso = day(Number(m[3]), month(m[2]!), Number(m[1]));
    // a range's first day and month glued to an infobox label before it ("Date11 February – 24 March 2013")
    const lead = m.index! >= 8 ? GLUED_DAY_MONTH_DASH.exec(text.slice(Math.max(0, m.index! - 24), m.index!)) : null;
    if (lead) {
      const first = day(Number(m[3]), month(lead[2]!), Number(lead[1]));
      if (first < iso) {
        spans.push(m.index! - lead[0].length, m.index! + m[0].length, { start: first, end: iso, precision: 'range' }, `${first}/${iso}`);
        continue;
      }
    }
    // (a range's first day glued to an infobox label before it: "Date4–16 September 1999")
    const g = gluedRangeDay(units, m.index!);
    if (g >= 0) {
      const first = day(Number(m[3]), month(m[2]!), Number(text.slice(g, g + (isDigit(units[g + 1]!) ? 2 : 1))));
      if (first < iso) {
        spans.push(g, m.index! + m[0].length, { start: first, end: iso, precision: 'range' }, `${first}/${iso}`);
        continue;
      }
    }
    spans.push(m.index!, m.index! + m[0].length, { start: iso, end: null, precision: 'day' }, iso);
  }
  for (const m of mdy) {
    const iso = day(Number(m[4]), month(m[1]!), Number(m[2]));
    if (m[3]) {
      const last = day(Number(m[4]), month(m[1]!), Number(m[3]));
      if (last > iso) {
        spans.push(m.index!, m.index! + m[0].length, { start: iso, end: last, precision: 'range' }, `${iso}/${last}`);
        continue;
      }
    }
    spans.push(m.index!, m.index! + m[0].length, { start: iso, end: null, precision: 'day' }, iso);
  }
  for (const m of my) {
    // (a year joined by "of" or a hyphen is one of 1800–2099: not "the March of 1000 mothers")
    if (joinedYear(m[0]) && !YEAR_1800_2099.test(m[3]!)) continue;
    // a day glued to an infobox label before it ("Date14 February 2019"): DMY needs a word start there
    const g = m[1] ? -1 : gluedDay(units, m.index!);
    if (g >= 0) {
      const iso = day(Number(m[3]), month(m[2]!), Number(text.slice(g, m.index! - 1)));
      spans.push(g, m.index! + m[0].length, { start: iso, end: null, precision: 'day' }, iso);
      continue;
    }
    const iso = `${m[3]}-${pad(month(m[2]!))}`;
    // (a range from a day of an earlier month: "21 October– November 1993", "from 21 October to November 1993"; holdout19)
    const lead = m[1] || m.index! < 6 ? null : DAY_MONTH_TO.exec(text.slice(Math.max(0, m.index! - 28), m.index!));
    if (lead) {
      const first = day(Number(m[3]), month(lead[2]!), Number(lead[1]));
      if (first.slice(0, 7) < iso) {
        spans.push(m.index! - lead[0].length, m.index! + m[0].length, { start: first, end: iso, precision: 'range' }, `${first}/${iso}`);
        continue;
      }
    }
    spans.push(m.index!, m.index! + m[0].length, { start: iso, end: null, precision: 'month' }, iso);
  }
  // day and month without a year: the published year fixes it
  // (or, without one, the year of the text's last date before it that names a month: Wikipedia's "On 19
  // January" after "16 January 2024"); a day more than two months after the published date is last year's
  // (news reports what has happened: "had claimed … October 1" in a January report)
  // A published date without its day (a year, a month: an archive's snapshot, "2020-06") dates the copy, not
  // the text: the text's own last date before it that names a month fixes the year first.
  if (dmNoYear.length > 0) {
    const dated = pub ? null : monthDates(out);
    for (const m of dmNoYear) {
      const mo = month((m[1] ?? m[4])!);
      const d = Number(m[2] ?? m[3]);
      if (d < 1 || d > 31) continue;
      if (namedDay(text, m)) {
        spans.take(m.index!, m.index! + m[0].length); // (nor is it chrono's below)
        continue;
      }
      const textYear = pub ? null : yearBefore(dated!, m.index!);
      let y = pub ? pubYear : (textYear ?? pubYear);
      if (y === null) continue;
      if (pub && Date.UTC(y, mo - 1, d) - noonOf(pub) > 60 * DAY_MS) y--;
      // a day naming an event ("the 7 October attacks", "known in Norway as 22 July") takes the published
      // year only for an event of the two months before it (a report of a recent attack); further back the
      // name gives no year of its own
      if (textYear === null && nameDay(text, m) && publishedStart(opts.published!) - Date.UTC(y, mo - 1, d) > 60 * DAY_MS) {
        spans.take(m.index!, m.index! + m[0].length);
        continue;
      }
      const iso = day(y, mo, d);
      // (a range's first day before a dash: "24–25 December" in an infobox row, the days of a hijacking; wild24)
      const r = m[3] !== undefined && m.index! >= 2 ? DAY_DASH_BEFORE.exec(text.slice(Math.max(0, m.index! - 7), m.index!)) : null;
      if (r && Number(r[1]) >= 1 && Number(r[1]) < d) {
        const first = day(y, mo, Number(r[1]));
        spans.push(m.index! - r[0].length, m.index! + m[0].length, { start: first, end: iso, precision: 'range' }, `${first}/${iso}`);
        continue;
      }
      spans.push(m.index!, m.index! + m[0].length, { start: iso, end: null, precision: 'day' }, iso);
    }
  }
  for (const m of years) {
    const y1 = Number(m[1]);
    let y2 = Number(m[2]);
    if (m[2]!.length === 2) y2 = Math.floor(y1 / 100) * 100 + y2;
    if (y2 <= y1 || y2 - y1 > 30 || isoDay(units, m.index! + m[0].length, text.length)) continue;
    spans.push(m.index!, m.index! + m[0].length, { start: String(y1), end: String(y2), precision: 'range' }, `${y1}/${y2}`);
  }
  for (let k = 0; k < decade.length; k++) {
    const m = decade[k]!;
    const y = Number(m[1]);
    // two decades joined are one period: "in the 1960s and 1970s", "from the 1980s to the 1990s"
    const n = decade[k + 1];
    if (n && Number(n[1]) > y && DECADES_JOINED.test(text.slice(m.index! + m[0].length, n.index!))) {
      const z = Number(n[1]);
      spans.push(decadeStart(text, m.index!), n.index! + n[0].length, { start: String(y), end: String(z + 9), precision: 'range' }, `${y}/${z + 9}`);
      k++;
      continue;
    }
    spans.push(decadeStart(text, m.index!), m.index! + m[0].length, { start: String(y), end: String(y + 9), precision: 'range' }, `${y}/${y + 9}`);
  }
  for (const m of year) {
    const a = m.index!;
    if (taken[a]) continue;
    // not part of a number, an ID or an order/section number
    const last = a > 0 ? text.charCodeAt(a - 1) : -1; // (before's last character, after's first two)
    const next = text.charCodeAt(a + 4);
    // (a number's part: "514-2008" in a phone number, "2019-02-14" restating a date in ISO form)
    if (isDigit(last) || last === 46 || last === 44 || last === 47 || isDigit(next) || (last === 45 && a > 1 && isDigit(text.charCodeAt(a - 2))) || (next === 45 && isDigit(text.charCodeAt(a + 5))) || (next === 44 && isDigit(text.charCodeAt(a + 5))) || numberLabelBefore(text, units, a) || (last === 40 && (next === 41 ? a + 5 >= text.length : isS(next) && text.charCodeAt(a + 5) === 41))) continue; // ("(2008)" alone, with a space at most)
    if (yearOfNumbered(text, a) || estimateYear(text, a + 4)) continue;
    // "from 2011 to 2012", "between 2011 and 2012": one range
    const r = yearRange(text, a);
    if (r) {
      spans.push(a, r.end, { start: m[1]!, end: r.to, precision: 'range' }, `${m[1]}/${r.to}`);
      continue;
    }
    // a month glued to an infobox label before it ("Dates of operationAugust 2006-present")
    const g = gluedMonth(text, a);
    if (g) {
      const iso = `${m[1]}-${pad(g.month)}`;
      spans.push(g.start, a + 4, { start: iso, end: null, precision: 'month' }, iso);
      continue;
    }
    // a month and day glued to an infobox label before it ("DateAugust 7, 1998")
    const c2 = a >= 2 ? text.charCodeAt(a - 2) : -1; // (a day's digit or its comma before the space: few years)
    const gd = last === 32 && (c2 === 44 || isDigit(c2)) ? GLUED_MONTH_DAY.exec(text.slice(Math.max(0, a - 16), a)) : null;
    if (gd) {
      const iso = day(Number(m[1]), month(gd[1]!), Number(gd[2]));
      spans.push(a - gd[0].length + 1, a + 4, { start: iso, end: null, precision: 'day' }, iso);
      continue;
    }
    spans.push(a, a + 4, { start: m[1]!, end: null, precision: 'year' }, m[1]!);
  }
  // a year glued to an infobox label, "Dates of operation1996–present": its start (the rules start at words)
  // ("present" after a dash is a word start: the rule pass finds it, see gluedPresent)
  for (const m of present) {
    const a = gluedYearBefore(units, m.index!);
    if (a >= 0) spans.push(a, a + 4, { start: text.slice(a, a + 4), end: null, precision: 'year' }, text.slice(a, a + 4));
  }
  // a month alone, "in June", "since February", "the March hijacking", "April's": the year of a year
  // before it in its sentence ("In 2025, … the March hijacking"), else the latest such month on or before
  // the published month; where the published day is unknown, the year of the text's last date before it that
  // names a month first ("31 January 1996 … one in July"), as for a day and month above
  let dated: ExtractedDate[] | null = null;
  for (const m of monthAlone) {
    const a = m.index!;
    const b = a + m[0].length;
    if (taken[a]) continue;
    // a span of months written by its two ends, "between September and November", "from May until August"
    const ends = a >= 9 ? MONTH_SPAN_BEFORE.exec(text.slice(Math.max(0, a - 32), a)) : null;
    if (!ends && !monthAloneAt(text, a, b)) continue;
    const mo = month(m[1]!);
    let y = sentenceYear(out, text, a);
    if (y === null && !pub) y = yearBefore((dated ??= monthDates(out)), a);
    if (y === null && pubYear && opts.published!.length >= 7) y = mo <= Number(opts.published!.slice(5, 7)) ? pubYear : pubYear - 1;
    if (y === null) continue;
    const iso = `${y}-${pad(mo)}`;
    if (ends) {
      const mo1 = month(ends[1]!);
      const first = `${mo1 <= mo ? y : y - 1}-${pad(mo1)}`;
      const s0 = a - ends[0].length + ends[0].indexOf(ends[1]!);
      const before = spans.count();
      if (first !== iso) spans.push(s0, b, { start: first, end: iso, precision: 'range' }, `${first}/${iso}`);
      if (spans.count() > before) {
        // the end of the span dating a clause of its own ("from May until August, when the agreement was signed")
        if (text.startsWith(', when ', b)) spans.also(a, b, { start: iso, end: null, precision: 'month' }, iso);
        continue;
      }
      if (!monthAloneAt(text, a, b)) continue;
    }
    spans.push(a, b, { start: iso, end: null, precision: 'month' }, iso);
  }
  for (const m of namedForms(text)) {
    const ev = (named as Record<string, { date: string; event: string } | string>)[m[1]!];
    if (!ev || typeof ev === 'string') continue;
    // yearless forms are not dates by themselves; the span is kept from the year rules
    spans.take(m.index!, m.index! + m[0].length);
  }
  // relative words, resolved only against a known publication date: a weekday is the latest such day
  // on or before it; other phrases ("yesterday", "two days ago") go to chrono, sentence by sentence
  if (pub) {
    const noon = noonOf(pub);
    for (const m of weekday) {
      const target = WEEKDAYS.indexOf(m[1]!.toLowerCase());
      const d = new Date(noon);
      // (the next such day after it where the sentence speaks of what is to come: "Sentencing is expected when the
      // court reconvenes on Wednesday", holdout17)
      if (futureBefore(body, m.index!)) d.setUTCDate(d.getUTCDate() + (((target - d.getUTCDay() + 6) % 7) + 1));
      else d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() - target + 7) % 7));
      const iso = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
      spans.push(m.index!, m.index! + m[1]!.length, { start: iso, end: null, precision: 'day' }, iso);
    }
    // today / yesterday, and "N days ago": counted back from the publication date
    for (const m of relativeDays) {
      const n = m[1] ? (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : m[0].toLowerCase().startsWith('yesterday') ? 1 : 0;
      if (!Number.isFinite(n)) continue;
      const mult = /week/i.test(m[0]) ? 7 : 1;
      const d = new Date(noon);
      d.setUTCDate(d.getUTCDate() - n * mult);
      const iso = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
      spans.push(m.index!, m.index! + m[0].length, { start: iso, end: null, precision: 'day' }, iso);
    }
    // other relative phrases ("last Tuesday", "this week") go to chrono (strict), sentence by sentence.
    // Strict chrono names a day only from text with a number in it ("Tuesday, 5 May"; "last week" alone
    // gives nothing), so a sentence without a digit is not worth its cost (chrono is the slowest step here).
    if (relative.length > 0) {
      const inSpan = new InSpan(body, relative); // (relative: RELATIVE's matches in the body)
      for (const s of sentences) {
        const has = inSpan.has(s.start, s.end);
        if (has === false) continue;
        const st = body.slice(s.start, s.end);
        if (!(has ?? RELATIVE.test(st)) || !/\d/.test(st)) continue;
        for (const r of chrono.strict.parse(st, { instant: new Date(`${pub}T12:00:00Z`), timezone: 0 }, { forwardDate: false })) {
          const a = s.start + r.index;
          const b = a + r.text.length;
          const c = r.start;
          if (!c.isCertain('day') && !c.isCertain('weekday')) continue;
          const d = c.date();
          const iso = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
          if (iso > pub) continue;
          spans.push(a, b, { start: iso, end: null, precision: 'day' }, iso);
        }
      }
    }
  }
  if (anaphoricSeconds.length > 0) {
    const anaphors = anaphorsOf(text, units, anaphoricSeconds);
    if (anaphors.length > 0) anaphoric(body, anaphors, byStart(out), pub, spans);
  }
  return spanEnds(body, units, byStart(dropEventNameYears(body, out)));
}

/** A month-year match whose year is joined by " of " or a hyphen ("December of 2019", "March-2023"). */
const joinedYear = (t: string) => {
  const c = t.charCodeAt(t.length - 5);
  return c === 45 || (c === 32 && t.endsWith(' of ', t.length - 4));
};
const YEAR_1800_2099 = /^(?:1[89]|20)\d\d$/;
/** Before a day-month-year: a day and month glued to an infobox label, and a dash ("Date11 February – "). */
/** A day and month, then a dash or "to", right before a month and year: the range's first day ("21 October– "). */
const DAY_MONTH_TO = new RegExp(`(?<!\\d)(\\d{1,2}) (${MONTH_NAMES})(?:\\s*[–-]\\s*| (?:to|until|till|through) )$`);
const GLUED_DAY_MONTH_DASH = new RegExp(`(?<=[A-Za-z])(\\d{1,2}) (${MONTH_NAMES}) ?[–-] ?$`);
/** Before a day-month-year: "between 23 and ", "from 3 to " (the range's first day). */
const DAY_SPAN_BEFORE = /\b(?:[Bb]etween|[Ff]rom) (\d{1,2}) (?:and|to|until|till|through) $/;
/** Before a month alone: "between September and ", "from May until ". */
const MONTH_SPAN_BEFORE = new RegExp(`\\b(?:[Bb]etween|[Ff]rom) (${MONTH_NAMES}) (?:and|to|until|till|through) $`);
/** Before a span's first date: "started on", "began in", "beginning on". */
const SPAN_OPENS = /\b(?:started|starting|began|begun|beginning) (?:on |in )?$/;
/** Between a span's two dates: ", lasted until", " and ended on", " until". */
const SPAN_CLOSES = /^,? (?:and |which )?(?:(?:(?:lasted|lasting|continued|continuing|ran|running|went on) )?(?:until|till|through|to)|(?:ended|ending) on) $/;
/**
 * Words of what is to come, in a sentence before a weekday's name (not where a verb of speech comes after the words:
 * '"We will settle accounts," he said Monday evening').
 */
const FUTURE = /\b(?:will|(?:is|are) (?:expected|due|scheduled|set) to|(?:is|are) expected|(?:is|are) scheduled|plans? to|reconvenes|resumes)\b(?![^.!?]*\b(?:said|says|told|announced|stated|added|reported)\b)[^.!?]*$/;
/** The sentence before `at` (up to 120 code units back) speaks of what is to come, without "last" right before the weekday. */
function futureBefore(body: string, at: number): boolean {
  const before = body.slice(Math.max(0, at - 120), at);
  return !/\blast $/i.test(before) && FUTURE.test(before);
}
/** Between two weekdays of one night: " night and ", " and ". */
const NIGHT_AND = /^(?: (?:night|evening|morning|afternoon))? and $/;
/**
 * A span written by its two ends in one clause: "started on 11 February 2013, lasted until 24 March 2013",
 * "Thursday night and Friday morning" (consecutive days): one range in place of the two dates.
 */
function spanEnds(body: string, units: Uint16Array, out: ExtractedDate[]): ExtractedDate[] {
  let merged: ExtractedDate[] | null = null;
  // "between 23 and 24 September 2023", "from 3 to 5 May 2010": the day before the date is the range's first
  // (after the relative dates: they still count from the day written in full)
  for (let k = 0; k < out.length; k++) {
    const d = out[k]!;
    if (d.date.length !== 10 || !isDigit(units[d.start]!) || d.start < 10 || units[d.start - 1] !== 32) continue;
    const lead = DAY_SPAN_BEFORE.exec(body.slice(Math.max(0, d.start - 24), d.start));
    if (!lead) continue;
    const first = `${d.date.slice(0, 8)}${pad(Number(lead[1]))}`;
    if (first >= d.date) continue;
    const a = d.start - lead[0].length + lead[0].search(/\d/);
    merged ??= out.slice();
    merged[k] = rangeAt(body, units, a, d.end, first, d.date);
  }
  if (merged) out = merged;
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k]!;
    const b = out[k + 1]!;
    // a decade opening a period, "between the late 1960s and 1998", "from the 1980s to 2004": from the decade's
    // first year (holdout15's gold: 1960/1998)
    if (b.start - a.end <= 30 && decadeFrom(body, a, b)) {
      merged ??= out.slice();
      merged.splice(merged.indexOf(a), 2, rangeAt(body, units, a.start, b.end, a.date.slice(0, 4), b.date));
      k++;
      continue;
    }
    if (b.start - a.end > 30 || a.date.includes('/') || b.date.includes('/') || a.date >= b.date) continue;
    const gap = body.slice(a.end, b.start);
    const ok = a.date.length !== b.date.length
      ? fromTo(body, a, b, gap)
      : WEEKDAY_NAME.test(a.text)
        ? WEEKDAY_NAME.test(b.text) && NIGHT_AND.test(gap) && a.date.length === 10 && Date.parse(b.date) - Date.parse(a.date) === DAY_MS
        : (SPAN_CLOSES.test(gap) && SPAN_OPENS.test(body.slice(Math.max(0, a.start - 16), a.start))) || fromTo(body, a, b, gap);
    if (!ok) continue;
    merged ??= out.slice();
    merged.splice(merged.indexOf(a), 2, rangeAt(body, units, a.start, b.end, a.date, b.date));
    k++;
  }
  return merged ?? out;
}
/**
 * A period written by its two ends after "from" or "between", each a month or a year written in figures, or a
 * day written in full with its year: "from September 2007 to December 2007", "from February 2008 through at
 * least July 2009", "from 2008 through February 2011", "between March 2010 and May 2011", "from March 3, 1990 to
 * June 5, 1992" (years alone are read as one range where they are found: yearRange); two such days with only a
 * dash between them, too ("September 22, 1965 – August 28, 1968").
 */
function fromTo(body: string, a: ExtractedDate, b: ExtractedDate, gap: string): boolean {
  if (!DIGIT_IN.test(a.text) || !DIGIT_IN.test(b.text)) return false;
  const days = a.date.length === 10 && b.date.length === 10 && YEAR_IN.test(a.text) && YEAR_IN.test(b.text);
  // two days written in full with their years, a dash between: "September 22, 1965 – August 28, 1968"
  if (days && DASH_GAP.test(gap)) return true;
  if (!days && (a.date.length > 7 || b.date.length > 7)) return false;
  return openedAndJoined(FROM_BETWEEN.exec(body.slice(Math.max(0, a.start - 9), a.start)), gap);
}
/** A decade ("1960/1969") after "between" or "from" (and "the"), a later date with no range of its own after "and" or "to". */
function decadeFrom(body: string, a: ExtractedDate, b: ExtractedDate): boolean {
  const d = a.date;
  if (d.length !== 9 || d[3] !== '0' || d[8] !== '9' || d.slice(0, 3) !== d.slice(5, 8) || b.date.includes('/') || b.date.slice(0, 4) <= d.slice(5, 9)) return false;
  return openedAndJoined(DECADE_LEAD.exec(body.slice(Math.max(0, a.start - 13), a.start)), body.slice(a.end, b.start));
}
/** A period's two ends joined as the word that opens it asks: "between" … " and ", "from" … " to "/" through "/" until " (group 1 of `lead`). */
function openedAndJoined(lead: RegExpExecArray | null, gap: string): boolean {
  return lead !== null && (lead[1]!.toLowerCase() === 'between' ? BETWEEN_GAP : FROM_GAP).test(gap);
}
const DECADE_LEAD = /\b([Ff]rom|[Bb]etween) (?:the )?$/;
const DIGIT_IN = /\d/;
const YEAR_IN = /\d{4}/;
const DASH_GAP = /^ ?[–—-] ?$/;
const FROM_BETWEEN = /\b([Ff]rom|[Bb]etween) $/;
const FROM_GAP = /^,? (?:to|through|until|till)(?: at least)? $/;
const BETWEEN_GAP = /^ and $/;
/** A weekday's name, the whole string. */
export const WEEKDAY_NAME = new RegExp(`^(?:${WEEKDAY_NAMES})$`);

/**
 * Dates given relative to another: "the following day", "four days later", "the next month", "a day
 * after/before …" count on from the text's last date before them precise enough (a day, or a month for
 * months); "that same year" takes its year; "this month", "last year" count from the published date.
 * "A day after X" or "a day before X" dates X when its sentence has a day of its own before it (that day
 * minus or plus one), and otherwise the sentence's event a day after the last day.
 */
function anaphoric(body: string, phrases: RegExpExecArray[], sorted: ExtractedDate[], pub: string | null, spans: Spans): void {
  if (sorted.length === 0 && !pub) return;
  const found: ExtractedDate[] = [];
  const written = sorted.length; // (sorted is the dates' own list: those resolved here are pushed after these)
  for (const m of phrases) {
    let a = m.index;
    const b = a + m[0].length;
    const w = m[0].toLowerCase();
    const unit = (m[1] ?? m[3] ?? m[5] ?? m[8] ?? (w.endsWith('year') ? 'year' : 'day')).toLowerCase().replace(/s$/, '');
    let iso: string | null = null;
    let precision: When['precision'] = 'day';
    if (m[7]) {
      // this/last/next month or year, from the published date ("early next month"); "April next year" is
      // that month of the year (monthAloneAt leaves the month's name to this)
      if (!pub) continue;
      const [y, mo] = [Number(pub.slice(0, 4)), Number(pub.slice(5, 7))];
      const k = m[7].toLowerCase() === 'last' ? -1 : m[7].toLowerCase() === 'next' ? 1 : 0;
      if (unit === 'year') {
        iso = String(y + k);
        precision = 'year';
        const named = a >= 4 && body.charCodeAt(a - 1) === 32 ? MONTH_THEN.exec(body.slice(Math.max(0, a - 11), a)) : null;
        if (named) {
          a -= named[0].length;
          iso = `${iso}-${pad(month(named[1]!))}`;
          precision = 'month';
        }
      } else {
        const t = y * 12 + mo - 1 + k;
        iso = `${Math.floor(t / 12)}-${pad((t % 12) + 1)}`;
        precision = 'month';
      }
    } else {
      const need = unit === 'year' ? 4 : unit === 'month' ? 7 : 10;
      // ("X … three days before Y" inside a clause counts from a date the text writes, not from one it
      // resolved: "11 March – three days before the elections. The bombings came three days before them")
      const inClause = m[6] !== undefined && !opensSentence(body, a);
      const anchor = inClause ? lastBefore(sorted.slice(0, written), [], a, need) : lastBefore(sorted, found, a, need);
      if (!anchor) continue;
      if (unit === 'year') {
        // ("that same year", "earlier in the year", "later that year": the year itself)
        const n = w.includes('same') || w === 'the year' || w === 'that year' ? 0 : m[2] ? countOf(m[2]) : 1;
        iso = String(Number(anchor.date.slice(0, 4)) + n);
        precision = 'year';
        // "in September of the same year", "in May of the following year": that month of the year
        const mo = a >= 4 && body.startsWith('of ', a - 3) ? MONTH_OF_YEAR.exec(body.slice(Math.max(0, a - 14), a)) : null;
        if (mo) {
          a -= mo[0].length;
          iso = `${iso}-${pad(month(mo[1]!))}`;
          precision = 'month';
        }
      } else if (unit === 'month') {
        let n = m[2] ? countOf(m[2]) : m[4] ? countOf(m[4]) : 1;
        // "in June – five months after X" inside a clause dates X five months before the last month ("…
        // before X" after it); "X nine months earlier" counts back; "Three months after X, Y" opening its
        // sentence is left out, as before these were read
        const dir = m[6]?.toLowerCase();
        if (dir !== undefined && dir !== 'earlier' && !inClause) continue;
        if (dir === 'earlier' || dir === 'after') n = -n;
        const t = Number(anchor.date.slice(0, 4)) * 12 + Number(anchor.date.slice(5, 7)) - 1 + n;
        iso = `${Math.floor(t / 12)}-${pad((t % 12) + 1)}`;
        precision = 'month';
      } else {
        const count = m[2] ?? m[4];
        let n = count ? countOf(count) * (unit === 'week' ? 7 : 1) : 1;
        // "A day after X, Y …" dates Y a day after X (the last day); "… a day after X" inside a clause
        // dates X, a day before the clause's (the last day): "came a day before X" a day after it
        if (m[6]?.toLowerCase() === 'earlier') n = -n;
        else if (inClause) n = m[6]!.toLowerCase() === 'after' ? -n : n;
        else if (m[6]) n = m[6].toLowerCase() === 'after' ? n : -n;
        const d = new Date(Date.parse(`${anchor.date.slice(0, 10)}T12:00:00Z`) + n * DAY_MS);
        iso = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
      }
    }
    if (!Number.isFinite(Number(iso.slice(0, 4))) || dateFollows(sorted, b)) continue;
    const before = spans.count();
    spans.push(a, b, { start: iso, end: null, precision }, iso);
    if (spans.count() > before) found.push(spans.last());
  }
}
const MONTH_OF_YEAR = new RegExp(`\\b(${MONTH_NAMES}) of $`);
/** A month's name right before a relative year ("in April next year"). */
const MONTH_THEN = new RegExp(`\\b(${MONTH_NAMES}) $`);
const countOf = (w: string) => NUMBER_WORDS[w.toLowerCase()] ?? (w.toLowerCase() === 'a' ? 1 : Number(w));
/** Only spaces, quotes or brackets between a and the last sentence end (`.` `?` `!`, a line break) or the text's start. */
function opensSentence(body: string, a: number): boolean {
  for (let k = a - 1; k >= 0; k--) {
    const c = body.charCodeAt(k);
    if (c === 10 || c === 46 || c === 63 || c === 33) return true;
    // (a footnote's mark ends the sentence before: "… blamed the gang.[4] A week after")
    if (c === 93 && k >= 2 && (body.charCodeAt(k - 2) === 91 || (k >= 3 && body.charCodeAt(k - 3) === 91 && isDigit(body.charCodeAt(k - 2)))) && isDigit(body.charCodeAt(k - 1))) {
      k -= body.charCodeAt(k - 2) === 91 ? 2 : 3;
      continue;
    }
    if (!(isS(c) || c === 34 || c === 39 || c === 40 || c === 93 || c === 0x201c)) return false;
  }
  return true;
}
/** A date of the text starts within ", on " of b ("Two days later, on 18 January"): the phrase restates it. */
function dateFollows(sorted: ExtractedDate[], b: number): boolean {
  for (const d of sorted) if (d.start >= b && d.start <= b + 5) return true;
  return false;
}
/** The last date before p (of the dates found and those just resolved) whose ISO form has at least `need` characters (not a range). */
function lastBefore(sorted: ExtractedDate[], found: ExtractedDate[], p: number, need: number): ExtractedDate | null {
  let best: ExtractedDate | null = null;
  for (const list of [sorted, found])
    for (const d of list) {
      if (d.start >= p) break;
      if (d.date.length >= need && !d.date.includes('/') && (!best || d.start > best.start)) best = d;
    }
  return best;
}

const DAY_MS = 86_400_000;
/**
 * "operationAugust " right before the year at a: the month and where its name starts (a month's name
 * ending at the space, a lower-case letter before it; compared in place: most years follow "in ").
 */
function gluedMonth(text: string, a: number): { month: number; start: number } | null {
  if (a < 5 || text.charCodeAt(a - 1) !== 32 || !isLower(text.charCodeAt(a - 2))) return null;
  const last = text.charCodeAt(a - 2);
  for (let i = 0; i < 12; i++) {
    const name = MONTH_LIST[i]!;
    const s = a - 1 - name.length;
    if (name.charCodeAt(name.length - 1) === last && s >= 1 && isLower(text.charCodeAt(s - 1)) && text.startsWith(name, s)) return { month: i + 1, start: s };
  }
  return null;
}
/** Before a year: a month's name glued to a lower-case letter (an infobox label), a day, `,? ` ("DateAugust 7, "). */
const GLUED_MONTH_DAY = new RegExp(`[a-z](${MONTH_NAMES}) (\\d{1,2}),? $`);
/**
 * p: where a day-month-year starts; the start of the one or two digits before it, a dash between, glued to a
 * word's letters before them ("Date4–16 September 1999"), else -1.
 */
function gluedRangeDay(units: Uint16Array, p: number): number {
  let e = p;
  while (e > 0 && units[e - 1] === 32) e--;
  if (e === 0 || (units[e - 1] !== 45 && units[e - 1] !== 0x2013)) return -1;
  e--;
  while (e > 0 && units[e - 1] === 32) e--;
  let g = e;
  while (g > 0 && e - g < 3 && isDigit(units[g - 1]!)) g--;
  if (g === e || e - g > 2 || g === 0) return -1;
  const c = units[g - 1]!;
  return isW(c) && !isDigit(c) ? g : -1;
}
/** The start of a year glued to letters before it and followed by a dash before "present" at k, else -1. */
function gluedYearBefore(units: Uint16Array, k: number): number {
  let j = k;
  while (j > 0 && units[j - 1] === 32) j--;
  const c = j > 0 ? units[j - 1]! : -1;
  if (c !== 45 && c !== 0x2013) return -1;
  j--;
  while (j > 0 && units[j - 1] === 32) j--;
  const a = j - 4;
  // (1[89]\d\d or 20\d\d)
  if (a < 1 || !isDigit(units[a + 2]!) || !isDigit(units[a + 3]!) || !(units[a] === 49 ? units[a + 1] === 56 || units[a + 1] === 57 : units[a] === 50 && units[a + 1] === 48)) return -1;
  const b = units[a - 1]!;
  return isW(b) && !isDigit(b) ? a : -1;
}
/** After a month: " of the same year", " of the following year", " next year" (a date relative to another, see anaphoric). */
const OF_RELATIVE_YEAR = /^ (?:of (?:that same|the same|the following|the next)|next|last|this) year\b/i;
const MONTH_BEFORE = /\b(?:in|In|since|Since|until|Until|by|By|during|During|early|late|mid-|the|The)[ ]?$/;
/** A month's name alone at [a, b) is a date: after "in", "since", "until", "by", "during", "early", "late", "mid-", "the", or before "'s". */
function monthAloneAt(text: string, a: number, b: number): boolean {
  const c = text.charCodeAt(b);
  if (c === 32 && OF_RELATIVE_YEAR.test(text.slice(b, b + 26))) return false; // (see anaphoric)
  if ((c === 39 || c === 0x2019) && text.charCodeAt(b + 1) === 115) return true;
  return MONTH_BEFORE.test(text.slice(Math.max(0, a - 8), a)) && (text.charCodeAt(a - 1) === 32 || text.charCodeAt(a - 1) === 45);
}
/** The year of a bare year found before a in a's sentence (no `. ` between), or null. */
function sentenceYear(out: ExtractedDate[], text: string, a: number): number | null {
  let best: ExtractedDate | null = null;
  for (const d of out) if (d.when.precision === 'year' && d.end <= a && (!best || d.start > best.start)) best = d;
  if (!best) return null;
  for (let k = best.end; k < a; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || ((c === 46 || c === 63 || c === 33) && text.charCodeAt(k + 1) === 32)) return null;
  }
  return Number(best.date);
}
/** p: where a month-year rule's match starts; the start of one or two digits and a space glued to a word's letters before it ("Date14 "), else -1. */
function gluedDay(units: Uint16Array, p: number): number {
  if (p < 3 || units[p - 1] !== 32 || !isDigit(units[p - 2]!)) return -1;
  let g = p - 2;
  if (g > 0 && isDigit(units[g - 1]!)) g--;
  if (g === 0) return -1;
  const c = units[g - 1]!;
  return isW(c) && !isDigit(c) ? g : -1;
}
/** `-` and a digit at i: the rest of an ISO date ("2002-09-24" is no range of years). */
const isoDay = (units: Uint16Array, i: number, n: number) => i + 1 < n && units[i] === 45 && isDigit(units[i + 1]!);
/** The year in brackets after a numbered text, "resolution 1822 (2008)": the text's year, not an event's. */
function yearOfNumbered(text: string, a: number): boolean {
  if (a < 2 || text.charCodeAt(a - 1) !== 40) return false;
  let e = a - 1;
  while (e > 0 && isS(text.charCodeAt(e - 1))) e--;
  let b = e;
  while (b > 0 && isDigit(text.charCodeAt(b - 1))) b--;
  return b < e && numberLabelBefore(text, codeUnits(text), b);
}
/** A year that dates a figure, "(2022 estimate)", "2019 est.". */
const estimateYear = (text: string, e: number) => text.startsWith(' estimate', e) || text.startsWith(' est.', e);
const YEAR_RANGE = /^ (?:to|and|until|through) (1[89]\d\d|20\d\d)\b/;
/** "from 2011 to 2012", "between 2011 and 2012": the second year and the range's end, for the first year at a. */
function yearRange(text: string, a: number): { to: string; end: number } | null {
  if (a < 5 || text.charCodeAt(a - 1) !== 32) return null;
  const from = text.startsWith('rom ', a - 4) && (text.charCodeAt(a - 5) | 32) === 102;
  const between = !from && a >= 8 && text.startsWith('etween ', a - 7) && (text.charCodeAt(a - 8) | 32) === 98;
  if (!from && !between) return null;
  const r = YEAR_RANGE.exec(text.slice(a + 4, a + 20));
  if (!r || (between ? !r[0].startsWith(' and') : r[0].startsWith(' and')) || Number(r[1]) <= Number(text.slice(a, a + 4))) return null;
  return { to: r[1]!, end: a + 4 + r[0].length };
}
/**
 * The named forms of data/named-events.json, as a set: `m[0] in named` on a fresh string looked it up in
 * the object's large dictionary (~0.6% of a pass); a day and month (a space, digits) is never one of
 * Object.prototype's names, so the two agree.
 */
const NAMED_FORMS = new Set(Object.keys(named));
/** The form of a named event that is no date of its own ("since September 11", "the September 11 attacks"). */
function namedDay(text: string, m: RegExpExecArray): boolean {
  if (!NAMED_FORMS.has(m[0])) return false;
  const e = m.index! + m[0].length;
  return /^ attacks?\b/.test(text.slice(e, e + 9)) || /\b[Ss]ince $/.test(text.slice(Math.max(0, m.index! - 6), m.index!));
}
/** After a day and month: an event's noun, with one word before it at most ("attacks", "terrorist attack"). */
const NAME_NOUN = /^(?: [a-z]+)? (?:attacks?|bombings?|massacres?|shootings?|blasts?|explosions?|assaults?|raids?|killings?|hijackings?|uprising|riots?)\b/;
/** Before a day and month: "known as", "referred to in Norway as", "commonly known as the". */
const NAME_CALLED = /\b(?:known|referred to|called|dubbed)(?: in [A-Z][\w-]*)? as (?:the )?$/;
/** A day and month without a year that names an event: before an event's noun, or after "known as". */
function nameDay(text: string, m: RegExpExecArray): boolean {
  const e = m.index! + m[0].length;
  return NAME_NOUN.test(text.slice(e, e + 24)) || NAME_CALLED.test(text.slice(Math.max(0, m.index! - 40), m.index!));
}
/** The published date's time (its first day where it gives a month or a year only). */
function publishedStart(published: string): number {
  return Date.UTC(Number(published.slice(0, 4)), published.length >= 7 ? Number(published.slice(5, 7)) - 1 : 0, published.length >= 10 ? Number(published.slice(8, 10)) : 1, 12);
}
/** The dates found so far that name a month (not bare years nor year ranges), by start. */
function monthDates(out: ExtractedDate[]): ExtractedDate[] {
  return byStart(out.filter((d) => d.when.precision !== 'year' && d.date.length > 4 && d.date.charCodeAt(4) === 45));
}
/** The year of the last of `dated` (by start) that starts before p, or null. */
function yearBefore(dated: ExtractedDate[], p: number): number | null {
  let y: number | null = null;
  for (const d of dated) {
    if (d.start >= p) break;
    y = Number(d.date.slice(0, 4));
  }
  return y;
}

const NUMBER_LABEL = /\b(?:Order|Section|No\.?|resolution|paragraph|\(E\.O\.\)|E\.O\.)\s*$/i;
/**
 * A label of a numbered text ends right before position a ("Executive Order 13224", "No. 1267"): tried only
 * where the last unit before the spaces can end one (r n o h . ")", either case), over the 12 units before a.
 */
function numberLabelBefore(text: string, units: Uint16Array, a: number): boolean {
  const lo = Math.max(0, a - 12);
  let e = a;
  while (e > lo && isS(units[e - 1]!)) e--;
  if (e === lo) return false;
  const c = units[e - 1]!;
  const l = c | 32;
  if (l !== 114 && l !== 110 && l !== 111 && l !== 104 && c !== 46 && c !== 41) return false;
  return NUMBER_LABEL.test(text.slice(lo, a));
}

/**
 * A year that opens a capitalised name ("2019 Pulwama attack", "the 2024 Iran–Pakistan clashes") is that
 * event's name, repeated in titles and infobox lines; when the text dates the event more precisely in the
 * same year, the name's year is no date of its own.
 */
function dropEventNameYears(body: string, out: ExtractedDate[]): ExtractedDate[] {
  // (few documents have such a year: the set of precise years is built only for them)
  let named = false;
  const title = titleLineEnd(body);
  for (const d of out) if (opensName(body, d) || closesName(body, d) || opensPeriod(body, d) || d.end <= title) named = true;
  if (!named) return out;
  const precise = new Set<string>();
  for (const d of out) if (d.when.precision !== 'year') precise.add(d.date.slice(0, 4));
  return out.filter((d) => !closesName(body, d) && !((opensName(body, d) || opensPeriod(body, d)) && (d.when.precision === 'year' ? precise.has(d.date) : dayFollows(out, d))) && !(d.end <= title && titleDated(out, d, precise)));
}
/**
 * The end of the body's first line where it is a title (a heading without a sentence: "2008 bombing of Indian
 * embassy in Kabul", "Uganda Bombings (Al Shabab) July 2010"), else -1. Its year or month names the page's event,
 * which the text dates more precisely (branch wild17; a capitalised name after the year is read by opensName).
 */
function titleLineEnd(body: string): number {
  const e = body.indexOf('\n');
  if (e < 0 || e > 150) return -1;
  return TITLE_SENTENCE.test(body.slice(0, e)) ? -1 : e;
}
const TITLE_SENTENCE = /[.!?](?:\s|$)/;
/** A title's year (or month) the text dates more precisely: a month or day of that year (a day of that month). */
function titleDated(out: ExtractedDate[], d: ExtractedDate, precise: Set<string>): boolean {
  if (d.when.precision === 'year') return precise.has(d.date);
  if (d.when.precision !== 'month') return false;
  for (const e of out) if (e.date.length === 10 && e.date.startsWith(d.date)) return true;
  return false;
}
/**
 * A year that opens a period to the present, "1989–present" (an infobox's dates of operation, a leader's
 * term): the start the text may date more precisely ("Founded in September 1989").
 */
const opensPeriod = (body: string, d: ExtractedDate) => {
  const c = body.charCodeAt(d.end);
  return d.when.precision === 'year' && (c === 32 || c === 45 || c === 0x2013) && /^ ?[–-] ?present\b/.test(body.slice(d.end, d.end + 11));
};
/**
 * A month's name opening a name is dropped only where the text gives the event's day right after it ("July
 * 2016 Dhaka attack … took place on … 1 July 2016"; a day of that month elsewhere may be another event's).
 */
function dayFollows(out: ExtractedDate[], d: ExtractedDate): boolean {
  for (const e of out) if (e.start > d.end && e.start <= d.end + 200 && e.date.length >= 10 && e.date.startsWith(d.date)) return true;
  return false;
}
/** A year or a month's year followed by a space and a capital. */
const opensName = (body: string, d: ExtractedDate) => (d.when.precision === 'year' || d.when.precision === 'month') && body.charCodeAt(d.end) === 32 && isUpper(body.charCodeAt(d.end + 1));
/** Words written capitalised before a year that dates something: months are matched before, these not. */
const BEFORE_A_YEAR = new Set(['In', 'Since', 'By', 'Until', 'From', 'During', 'Before', 'After', 'Late', 'Early', 'Mid', 'Summer', 'Spring', 'Autumn', 'Fall', 'Winter', 'Of', 'And', 'To', 'Through']);
/**
 * A bare year that closes a name: after a capitalised word that does not open its sentence ("Country
 * Reports on Terrorism 2005", "Operation Thunderbolt 2016") — a title's or an operation's year.
 */
function closesName(body: string, d: ExtractedDate): boolean {
  if (d.when.precision !== 'year' || d.start < 3 || body.charCodeAt(d.start - 1) !== 32) return false;
  let w = d.start - 1;
  while (w > 0 && isLower(body.charCodeAt(w - 1))) w--;
  if (w === 0 || w === d.start - 1 || !isUpper(body.charCodeAt(w - 1))) return false;
  w--;
  if (BEFORE_A_YEAR.has(body.slice(w, d.start - 1))) return false;
  // the word before: after a space and a word of the same sentence
  if (w < 2 || body.charCodeAt(w - 1) !== 32) return false;
  const c = body.charCodeAt(w - 2);
  return isLower(c) || isUpper(c);
}

/** Noon (UTC) of the published day, in ms; the last one asked is kept (a batch shares few dates; Date.parse is slow). */
function noonOf(pub: string): number {
  if (pub !== lastPub) {
    lastPub = pub;
    lastNoon = Date.parse(`${pub}T12:00:00Z`);
  }
  return lastNoon;
}
let lastPub = '';
let lastNoon = NaN;

/** `, ; :` */
const endsLeft = (c: number) => c === 44 || c === 59 || c === 58;
/** `, ; .` */
const endsRight = (c: number) => c === 44 || c === 59 || c === 46;

/**
 * A short description of what happened at a date: the words around it within its clause, as
 * `${left.trim()} … ${right.trim()}` without the non-word characters (anything but ASCII letters,
 * digits and _) at either end, cut at 140 characters (the tests keep the string version as the reference). Worked out on
 * the code units (`units`: the text's) and built from the text's slices: `lastIndexOf` and the
 * intermediate strings were most of a date's cost.
 */
export function eventOf(text: string, units: Uint16Array, a: number, b: number): string {
  // the clause around the date: back to the last , ; : (60 characters at most), on to the first , ; . (80)
  const l0 = Math.max(0, a - 60);
  let l1 = a;
  while (l1 > l0 && !endsLeft(units[l1 - 1]!)) l1--;
  const r1 = Math.min(text.length, b + 80);
  let r2 = b;
  while (r2 < r1 && !endsRight(units[r2]!)) r2++;
  // each side trimmed of spaces, then of non-word characters on its outer end
  let l2 = a;
  while (l2 > l1 && isS(units[l2 - 1]!)) l2--;
  while (l1 < l2 && !isW(units[l1]!)) l1++; // the left side's first word character, if any
  let rs = b;
  while (rs < r2 && isS(units[rs]!)) rs++;
  while (r2 > rs && !isW(units[r2 - 1]!)) r2--; // past the right side's last word character, if any
  let s: string;
  if (l1 < l2 && rs < r2) s = `${text.slice(l1, l2)} … ${text.slice(rs, r2)}`;
  else if (l1 < l2) {
    while (!isW(units[l2 - 1]!)) l2--;
    s = text.slice(l1, l2);
  } else if (rs < r2) {
    while (!isW(units[rs]!)) rs++;
    s = text.slice(rs, r2);
  } else return '';
  return s.length > 140 ? s.slice(0, 140) : s;
}

/**
 * A date found that dates no event of the text (event_dates leaves it out; `dates` keeps it): a date on
 * an infobox figure or seat row (figureFieldDate), or a decade's middle, "the mid-1970s" (no range the
 * annotation writes: the decade's years, "the 1980s" 1980/1989, are not its middle).
 */
export function noEventDate(body: string, d: ExtractedDate): boolean {
  if (d.when.precision === 'range' && d.text.startsWith('mid-')) return true;
  // "last month": a month back from the published date, left out by the annotation where it dates a
  // report's background ("Last month, Georgia said it had broken up a spy ring")
  if (d.when.precision === 'month' && d.text.length === 10 && LAST_MONTH.test(d.text)) return true;
  if (d.when.precision === 'day' && (datelineAlone(body, d) || bylineDateline(body, d))) return true;
  if (wireDateline(body, d)) return true;
  if (d.when.precision === 'year' && statuteYear(body, d.start)) return true;
  if (d.when.precision === 'range' && lifespan(body, d)) return true;
  // a day and month in quotation marks, without a year, is a name: "the “20 January” metro station"
  if (d.when.precision === 'day' && isOpenQuote(body.charCodeAt(d.start - 1)) && isCloseQuote(body.charCodeAt(d.end)) && !/\d{4}/.test(d.text)) return true;
  return figureFieldDate(body, d.start, FIGURE_LABEL) || (dashAt(body, d.end) && TO_PRESENT.test(body.slice(d.end, d.end + 10)) && figureFieldDate(body, d.start, CONFLICT_LABEL));
}

/**
 * A news report's dateline on a line of its own, the weekday written out in lower case after its capital:
 * "Tuesday, April 12, 2011" under a Wikinews headline. It dates the report, not an event of it (the
 * report's events are dated in its prose: "on Monday evening"). A press release's dateline in capitals
 * ("FRIDAY, SEPTEMBER 16, 2005", the Department of Justice's) or without a weekday ("December 23, 2003",
 * the State Department's) dates the release's own act and is kept (branch places12).
 */
const DATELINE_ALONE = new RegExp(`^(?:${WEEKDAY_NAMES}), (?:${MONTH_NAMES}) \\d{1,2}, \\d{4}$`);
function datelineAlone(body: string, d: ExtractedDate): boolean {
  const [s, e] = lineOf(body, d);
  return e - s <= 40 && DATELINE_ALONE.test(body.slice(s, e).trim());
}
/** The line the date stands on: its start and end offsets. */
function lineOf(body: string, d: ExtractedDate): [number, number] {
  const e = body.indexOf('\n', d.end);
  return [body.lastIndexOf('\n', d.start) + 1, e < 0 ? body.length : e];
}

/**
 * A news story's date line under its byline and place line ("By Kari Barber / Dakar / 30 June 2007", VOA's): the
 * day and month and year alone on a line, a line opening with "By " among the three before it. It dates the story;
 * the story's events are dated in its prose ("on Friday"). (holdout20, holdout21)
 */
const DAY_MONTH_YEAR_LINE = new RegExp(`^\\d{1,2} (?:${MONTH_NAMES}) \\d{4}$`);
function bylineDateline(body: string, d: ExtractedDate): boolean {
  const [s, e] = lineOf(body, d);
  if (e - s > 20 || !DAY_MONTH_YEAR_LINE.test(body.slice(s, e).trim())) return false;
  let a = s - 1;
  for (let k = 0; k < 3 && a > 0; k++) {
    const b = body.lastIndexOf('\n', a - 1) + 1;
    if (body.startsWith('By ', b)) return true;
    a = b - 1;
  }
  return false;
}

/**
 * A wire report's dateline, the date written next to the agency's name in brackets: "March 27 (UPI) --",
 * "LONDON, May 3 (Reuters) - Police …", "WASHINGTON (UrduPoint News / Sputnik - 10th September 2019)" (after the
 * dash a capital opens the report's first sentence: "2013 (AQI) – present" is no dateline). It dates
 * the report (its publication), not an event of it: the report's events are dated in its prose ("on
 * Tuesday announced sanctions"). Read from the fresh-text audit (branch wild7).
 */
const WIRE_AFTER = /^ ?\([A-Z][^()\n]{0,40}\) ?(?:--|[-–—]) ?[A-Z"“]/;
const WIRE_INSIDE = /\([A-Z][^()\n]{0,60} [-–—] (?:\d{1,2}(?:st|nd|rd|th)? )?$/;
function wireDateline(body: string, d: ExtractedDate): boolean {
  const c = body.charCodeAt(d.end);
  // (the expression only where a bracket and a capital open what follows, after a space or not)
  const o = c === 32 ? d.end + 1 : d.end;
  if ((c === 32 || c === 40) && body.charCodeAt(o) === 40 && isUpper(body.charCodeAt(o + 1)) && WIRE_AFTER.test(body.slice(d.end, d.end + 50))) return true;
  return c === 41 && WIRE_INSIDE.test(body.slice(Math.max(0, d.start - 70), d.start));
}

/**
 * A person's life in brackets after the name, two full days fifteen years apart or more: "John Gordon Mein
 * (September 10, 1913 – August 28, 1968)", after a pronunciation or a native spelling too. An encyclopedia's lead writes it so; the birth and the death are
 * events of their own where the text tells them (an infobox's "Born", "Died"), the span is none. An event's days
 * in brackets are close together ("the siege (6–7 November 1985)").
 */
const LIFESPAN = /^(\d{4})-\d\d-\d\d\/(\d{4})-\d\d-\d\d$/;
function lifespan(body: string, d: ExtractedDate): boolean {
  if (body.charCodeAt(d.end) !== 41) return false;
  // (the bracket may give the name's pronunciation or native spelling first: "Luigi Lucheni (Italian
  // pronunciation: […]; 22 April 1873 – 19 October 1910)"; holdout20, holdout21)
  let open = d.start - 1;
  if (body.charCodeAt(open) !== 40) {
    if (body.charCodeAt(d.start - 1) !== 32 || body.charCodeAt(d.start - 2) !== 59) return false;
    open = body.lastIndexOf('(', d.start);
    if (open < 0 || d.start - open > 200 || body.slice(open, d.start).includes(')') || body.slice(open, d.start).includes('\n')) return false;
  }
  if (!/\p{L} $/u.test(body.slice(Math.max(0, open - 2), open))) return false;
  const m = LIFESPAN.exec(d.date);
  return m !== null && Number(m[2]) - Number(m[1]) >= 15;
}

const LAST_MONTH = /^[Ll]ast month$/;
/**
 * The year closing a statute's title, "the Explosive Substances Act, 1908", "the Antiterrorism and Effective
 * Death Penalty Act of 1996": a part of the law's name, as "Country Reports on Terrorism 2005" is of a report's,
 * not the day of an event of the text (a charge or designation under it is dated in the prose). Read from the
 * fresh-text audit (branch wild17).
 */
const STATUTE_BEFORE = /\b(?:Act|Ordinance)(?:,| of) $/;
// (the expression only where ", " or " of " ends right before a)
const statuteYear = (body: string, a: number) => a > 5 && body.charCodeAt(a - 1) === 32 && (body.charCodeAt(a - 2) === 44 || body.startsWith(' of ', a - 4)) && STATUTE_BEFORE.test(body.slice(Math.max(0, a - 12), a));
/**
 * Infobox fields whose bracketed dates date a figure or a seat, not an event: "Size~200 (January 2018)",
 * "- Size: approx. 100–1000 militants (2021)", "Headquarters" then "• Kismayo (2008–12)". The labels are
 * those of Wikipedia's Template:Infobox war faction (size, strength, headquarters) and Template:Infobox
 * organization (membership). A wider conflict's row whose date opens a period to the present dates that
 * conflict, still going on, not the page's event or group: "Part of the Insurgency in the Maghreb (2002–present)"
 * (Template:Infobox military conflict's partof), "Battles and wars" then "• Somali Civil War (2009–present)"
 * (Infobox war faction's wars; branch names10); a war's closed period there, "• Somalia War (2006–2009)", is
 * still listed.
 */
const FIGURE_LABEL = /^(?:- )?(?:Size|Strength|Membership|Headquarters)(?=$|[:~\d(]| ?[A-Z\d~(]| ?\()/;
/** The labels of a wider conflict's row: Template:Infobox military conflict's "Part of", Infobox war faction's wars. */
const CONFLICT_LABEL = /^(?:- )?(?:(?:Battles and wars|Wars)(?=$|:| ?[A-Z])|Part of:? (?:the )?[A-Z])/;
/** A period to the present after the date: "(2002–present)". */
const TO_PRESENT = /^\s?[–—-]\s?present\b/;
/** TO_PRESENT's dash stands at e or e + 1 (its test before the expression; branch speed23). */
const dashAt = (body: string, e: number) => isToDash(body.charCodeAt(e)) || isToDash(body.charCodeAt(e + 1));
const isToDash = (c: number) => c === 45 || c === 0x2013 || c === 0x2014;
/**
 * The date at a stands on a line of such a field: its own line opens with the label, or it continues one
 * (a bullet "  • …" or a line opening with a digit, "500–600 (2016–17 estimates)") under a line that does.
 * Such lines end no sentence.
 */
const SENTENCE_IN = /[.!?] [A-Z]/;
/** A bullet row or a line opening with a figure ("500–600 (2016–17 estimates)"): the field's rows go on. */
const CONTINUES = /^(?:\s*•|\d)/;
function figureFieldDate(body: string, a: number, label: RegExp): boolean {
  let e = body.indexOf('\n', a);
  if (e < 0) e = body.length;
  for (let k = 0; k < 8; k++) {
    const s = body.lastIndexOf('\n', e - 1) + 1;
    if (e - s > 120) return false; // (a line of prose: most dates' lines, not sliced)
    const line = body.slice(s, e);
    if (SENTENCE_IN.test(line)) return false;
    if (label.test(line)) return true;
    if (!CONTINUES.test(line) || s === 0) return false;
    e = s - 1;
  }
  return false;
}
