// Claims and attributions: general rules over sentences and mentions (data/attribution.json). Each claim
// names its claimant: the document's own voice (author/publisher), or the party the sentence quotes
// ("according to X", "X said", "Tehran has accused…", "Russian intelligence linked…").
import rules from './data/attribution.json' with { type: 'json' };
import demonyms from './data/demonyms.json' with { type: 'json' };
import type { Sentence } from './sentences.ts';
import type { Found } from './rules.ts';
import { codeUnits, isDigit, isLower, isS, isUpper, type InSpan } from './scan.ts';
import { MONTH_LIST, MONTH_NAMES } from './dates.ts';
import type {
  Extraction,
  ExtractedClaim,
  ExtractedDate,
  ExtractedMention,
  ExtractedParty,
  ExtractOptions,
} from './types.ts';

type Shape = string;
interface Rule {
  re: string;
  predicate: string;
  shape: Shape;
  hedge: boolean;
  /** the attribution's action, where it is not the words matched */
  action?: string;
}
// (each rule with every field: one shape of object where the rules are read, per hit)
const RULES: Rule[] = rules.rules.map((r: { re: string; predicate: string; shape: string; hedge?: boolean; action?: string }) => ({ re: r.re, predicate: r.predicate, shape: r.shape, hedge: r.hedge === true, action: r.action }));
export const COMBINED = new RegExp(`\\b(?:${RULES.map((r) => `(${r.re})\\b`).join('|')})`, 'gi');
/**
 * COMBINED's alternatives, each on its own: rules.ts tries them in order at the word starts their first
 * characters allow, the first that matches wins, as in COMBINED (the rules have no groups of their own).
 */
export const CLAIM_ALTERNATIVES = RULES.map((r) => new RegExp(`\\b(?:${r.re})\\b`, 'i'));
/**
 * The top-level alternatives of an expression's source (its `|` outside groups and classes), up to the
 * end or to a `)` that closes a group the source is inside of; `end`: where they stop.
 */
export function alternativesOf(source: string): { alts: string[]; end: number } {
  const alts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  let i = 0;
  for (; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && depth-- === 0) break;
    else if (c === '|' && depth === 0) {
      alts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  alts.push(source.slice(from, i));
  return { alts, end: i };
}
const COUNT = '\\d[\\d,]* ';
/** An alternative that begins with a count, a space and a word. */
const counted = (a: string) => a.startsWith(COUNT) && wordFirst(a.slice(COUNT.length));
/** An alternative that begins with an ASCII letter, or with a group (not optional) of such alternatives. */
function wordFirst(a: string): boolean {
  if (/^[a-z]/i.test(a)) return true;
  if (!a.startsWith('(?:')) return false;
  const { alts, end } = alternativesOf(a.slice(3));
  return !/^\)[?*{]/.test(a.slice(3 + end)) && alts.every(wordFirst);
}
/**
 * For each attribution rule, a test of what follows a start before its expression is run there (scan.ts,
 * StartRule.check), or null. A rule whose alternatives all begin with a group of words or with a count
 * (`\d[\d,]* ` then a group of words: "26 civilians … killed") cannot match at a number not followed by
 * a space and a letter: a year, most numbers, where it was tried and failed.
 */
export const CLAIM_CHECKS = RULES.map((r) => {
  const { alts } = alternativesOf(r.re);
  return alts.some(counted) && alts.every((a) => wordFirst(a) || counted(a)) ? countThenWord : null;
});
function countThenWord(units: Uint16Array, p: number, n: number): boolean {
  const c = units[p]!;
  if (c < 48 || c > 57) return true; // (a group of words)
  let i = p + 1;
  while (i < n && ((units[i]! >= 48 && units[i]! <= 57) || units[i] === 44)) i++;
  if (i + 1 >= n || units[i] !== 32) return false;
  const d = units[i + 1]! | 32;
  return d >= 97 && d <= 122;
}
/** "-backed", "-sponsored" …: the words, as whole words (rules.ts finds them at the word starts); see backedSuffixes. */
export const BACKED_WORD = /\b(?:backed|sponsored|funded|supported)\b/;
const BACKED_SUFFIX = /[-‐](backed|sponsored|funded|supported)\b/g;
/**
 * The matches of BACKED_SUFFIX, from those of BACKED_WORD (`words`; null: not run at word starts): a word
 * right after a hyphen.
 */
export function backedSuffixes(body: string, words: RegExpExecArray[] | null): RegExpMatchArray[] {
  if (!words) return [...body.matchAll(BACKED_SUFFIX)];
  const out: RegExpMatchArray[] = [];
  for (const w of words) {
    const h = w.index - 1;
    const c = body.charCodeAt(h);
    if (c !== 45 && c !== 0x2010) continue;
    const m = [body[h]! + w[0], w[0]] as unknown as RegExpMatchArray;
    m.index = h;
    out.push(m);
  }
  return out;
}
/**
 * Infobox fields (Wikipedia-style pages) whose value names parties related to the page's topic
 * (attribution.json `infobox`): "Label | value |", "Label: value", or the label alone on a line with one
 * party per line after it. A label may open with up to three capitalised words ("Patron and Supreme
 * Commander"). INFOBOX_WORD (rules.ts) finds the label's last word; the field is read from its line's start.
 */
interface InfoboxField {
  label: string;
  types: string;
  actor: 'value' | 'topic';
  predicate: string;
  action: string;
  /** "event": the value's parties relate to the event the page is about (pageEvent), not to its topic */
  of?: 'event';
}
const INFOBOX = rules.infobox as InfoboxField[];
// (a news fact box writes its labels in capitals: "• FOUNDER: …", "• TOP COMMANDERS: …")
const INFOBOX_LABELS = INFOBOX.map((f) => `(?:${f.label}|${f.label.toUpperCase()})`);
export const INFOBOX_WORD = new RegExp(`\\b(?:${INFOBOX_LABELS.join('|')})(?:\\b|(?=[A-Z][a-z]))`);
const FIELD_SOURCE = `^[ \\t]*(?:[-•*][ \\t]*)?((?:[A-Z][a-z]+ (?:and )?|[A-Z]{2,} ){0,3}(?:${INFOBOX_LABELS.map((l) => `(${l})`).join('|')}))(?:\\(s\\))?(?:[ \\t]*[:|][ \\t]*|[ \\t]*$|(\\t| (?=[A-Z])|(?=[A-Z][a-z])))`;
/** The fields infoboxFields reads, as one expression over the whole text (the tests compare). */
export const FIELD = new RegExp(FIELD_SOURCE, 'gm');
const FIELD_AT = new RegExp(FIELD_SOURCE, 'my');
const isLineBreak = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
/**
 * The matches of FIELD, from those of INFOBOX_WORD (`words`; null: not run at word starts): each is tried
 * once at the start of the line a label word is on.
 */
export function infoboxFields(body: string, words: RegExpExecArray[] | null): RegExpExecArray[] {
  if (!words) return [...body.matchAll(FIELD)];
  const out: RegExpExecArray[] = [];
  let lastLine = -1;
  for (const w of words) {
    let ls = w.index;
    while (ls > 0 && !isLineBreak(body.charCodeAt(ls - 1))) ls--;
    if (ls === lastLine) continue;
    lastLine = ls;
    FIELD_AT.lastIndex = ls;
    const m = FIELD_AT.exec(body);
    if (m) out.push(m);
  }
  return out;
}
export const HEDGE = new RegExp(`\\b(?:${rules.hedges.join('|')})\\b`, 'i');
/** The verbs of SAID_THAT, as whole words: a sentence without one is not tried against it (rules.ts). */
export const SPEECH = /\b(?:said|says|told|stated|believes|noted|added|argued)\b/i;
const LABEL = /^(?:[•*\-–]\s*)?(?:\d+\.\s*)?[\p{L} ]{2,30}:\s+/u;
const ACCORDING = /^according to ([^,]{2,60}),/i;
const SAID_THAT = /^([^,;]{2,80}?)\s+(?:said|says|told|stated|believes|noted|added|argued)\b(?: that)?/i;
const SKIP_BEFORE = /^(?:has|have|had|was|were|is|are|been|be|also|repeatedly|allegedly|reportedly|probably|covertly|systematically|further|initially|strongly|openly|actively|directly|later|then|subsequently|reportedly|once|long|not|never|and|now|still|first|itself)$/i;
const PRONOUN_TOPIC = /^(?:it|they|the (?:group|network|organi[sz]ation|outfit|militants?|agency|movement))$/i;
const PRONOUN_PERSON = /^(?:he|she)$/i;
const TOPIC_NOUN = /^(?:group|network|organi[sz]ation|outfit|movement)$/;
/** What follows the demonym in DEMONYM_AUTHORITY: a text without it holds no match. */
export const AUTHORITY_WORD = / (?:[Gg]overnment|authorities)\b/;
const DEMONYM_NAMES = Object.keys(demonyms).filter((k) => !k.startsWith('$')).join('|');
export const DEMONYM_AUTHORITY = new RegExp(`\\b(${DEMONYM_NAMES}) (?:[Gg]overnment|authorities)\\b`);
// what may stand between a verb and the first party it governs: determiners, descriptive lower-case words
// and demonyms ("the Palestinian militant group Hamas", "militants of the Baloch separatist group X"); a
// possessive name ("three of Ansar’s leaders, P, Q and R") is read as a lower-case word (gapTaken)
const FIRST_GAP = /^\s*(?:(?:the|The|a|an|both|its|their|his|her|also|two|several|other|to|of|U\.S\.|US|(?:the )?(?:government|governments|authorities) of|[-‐]?[\p{Ll}][\p{Ll}-]*|[\p{Lu}][\p{Ll}]+(?:an|ian|i|ese|ch|sh|ist)|NGO|[\p{Lu}][\p{Ll}]+ic)[,]?\s+){0,7}$/u;
const GOVERNMENT_BODY = /\b(?:Department|Ministry|Office|Council|Committee|Commission|Treasury|Government|Administration|United Nations|Court|Parliament|Congress|Senate)\b/;
// (the noun in lower case: "The Movement for …" is a name)
const DEFINITE = /^[Tt](?:he|his|hat) (?:group|network|organi[sz]ation|outfit|movement)\b/;
/** DEFINITE as a clause's subject (not a possessor: "the organisation's headquarters"). */
const DEFINITE_SUBJECT = /^[Tt](?:he|his|hat) (?:group|network|organi[sz]ation|outfit|movement)\b(?!['’])/;
/** Words that end a role's noun phrase going back: the clause's verbs and links. */
const ROLE_STOP = /^(?:is|was|are|were|be|been|has|have|had|and|or|by|to|for|with|as|at|in|on|from|that|which|who|said|says)$/;
/** A copula (and a verb of judging) with the determiner and up to two words before an apposition's noun. */
const COPULA_BEFORE = /\b(?:is|was|are|were|be|been|being)\s+(?:(?:considered|regarded|described|seen|believed|thought|said)\s+(?:to be\s+|as\s+)?)?(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}$/i;
/** A dateline: a place in capitals, a region or state after a comma, then a dash. */
// a negation right before a verb ("has never received", "did not receive")
const NOT_BEFORE = /\b(not|never)\s+$/i;
const DATELINE = /^[A-Z][A-Z.' ]+(?:,\s*[A-Z][\w.' ]{0,30}?)?\s*(?:--?|[–—])\s+/;

interface Ctx {
  body: string;
  mentions: ExtractedMention[];
  voice: ExtractedParty;
  topic: ExtractedMention | null;
  lastPerson: ExtractedMention | null;
  /** the events named as claims' targets, in order ("the attacks" later in the text refer to the last that names one) */
  events: string[];
  /** the document's title (see statementEvent) */
  title: string | null;
  subjectPerson: ExtractedMention | null; // the last person found as a subject: what "he"/"she" most likely stands for
  lastActor: ExtractedMention | null; // the last subject resolved in the current sentence
  claims: ExtractedClaim[];
  attributions: Extraction['attributions'];
  attributed: Listed; // actor, predicate, target of the attributions listed so far
  dates: ExtractedDate[];
  sentences: Sentence[];
  paraStarts: number[]; // per paragraph index: where its first sentence starts (paragraphs are numbered 0, 1, …)
  dateIdx: number; // first date at or after the current sentence
  metonyms: Map<string, string>; // capital → state, when a capital acts ("Tehran has accused …")
  colon: number; // the first colon at or after the last place asked (-1: none), see sentenceClaims
  hedges: InSpan; // where the hedge words are (rules.ts)
  speech: InSpan; // where the verbs of speech are
  authority: ExtractedMention | null | undefined; // see documentAuthority (undefined: not sought yet)
  /** the body's code units (scan.ts; nothing in this stage asks them of another text) */
  units: Uint16Array;
}

/**
 * Where `/(\S+)\s+$/.exec(body.slice(lo, end))` matches, read back from `end` without a slice: the start of
 * the last word before the white space that ends the range, or -1.
 */
export function lastWordBefore(body: string, lo: number, end: number): number {
  let e = end;
  while (e > lo && isS(body.charCodeAt(e - 1))) e--;
  if (e === end || e === lo) return -1;
  let st = e;
  while (st > lo && !isS(body.charCodeAt(st - 1))) st--;
  return st;
}
// one-character tests as code-unit comparisons (an expression call and a one-character slice each, before)
/** `-` or `‐` (U+2010) */
const isHyphen = (c: number) => c === 45 || c === 0x2010;
/** `, ; : — –`: a word ending in one closes its clause */
const endsClause = (c: number) => c === 44 || c === 59 || c === 58 || c === 0x2014 || c === 0x2013;
/** An ASCII letter. */
const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
/**
 * What every match of LABEL in units[from, end) needs, `c` being the first colon there: LABEL ends in
 * that colon (none of its classes holds one), with a `\s` after it and a letter or space before, and
 * every character before it is one of its classes' (of ASCII: letters, digits, `\s`, `.`, `*`, `-`), with
 * no letter more than 30 characters before the colon (the letters come last, 30 at most). False: LABEL
 * does not match; the expression costs a microsecond or more a sentence (its `\p{L}` loop, backtracking).
 */
export function mayBeLabel(units: Uint16Array, from: number, c: number, end: number): boolean {
  if (c - from < 2 || c + 1 >= end || !isS(units[c + 1]!)) return false;
  const last = units[c - 1]!;
  if (last < 128 && last !== 32 && !isAsciiLetter(last)) return false;
  for (let i = from; i < c; i++) {
    const u = units[i]!;
    if (u >= 128) continue;
    if (isAsciiLetter(u)) {
      if (i < c - 30) return false;
    } else if (!(u === 32 || (u >= 9 && u <= 13) || (u >= 48 && u <= 57) || u === 46 || u === 42 || u === 45)) return false;
  }
  return true;
}
const party = (m: ExtractedMention): ExtractedParty => ({ name: m.canonical, entity_id: m.entity_id, start: m.start, end: m.end });
const literalParty = (name: string): ExtractedParty => ({ name, entity_id: null, start: null, end: null });
/** A capital's mention standing for its state ("Tehran has accused …"). */
const asState = (m: ExtractedMention, state: string): ExtractedMention => ({ text: m.text, start: m.start, end: m.end, canonical: state, type: m.type, entity_id: null, known: m.known });
const isActor = (m: ExtractedMention) => m.type === 'organization' || m.type === 'person' || m.type === 'place';
/** Mention types as bits, for listAfter's `types` (a test of a bit, not an array made per call). */
const ORG = 1;
const PERSON = 2;
const PLACE = 4;
const typeBit = (m: ExtractedMention) => (m.type === 'organization' ? ORG : m.type === 'person' ? PERSON : m.type === 'place' ? PLACE : 0);

export function findClaims(
  body: string,
  sentences: Sentence[],
  mentions: ExtractedMention[],
  dates: ExtractedDate[],
  opts: ExtractOptions,
  metonyms: Map<string, string>,
  found: Pick<Found, 'claims' | 'claimRule' | 'hedges' | 'speech' | 'suffixWords' | 'infobox'>,
): Pick<Extraction, 'claims' | 'attributions'> {
  const voiceName = opts.publisher ?? opts.author ?? 'the source';
  const ctx: Ctx = {
    body,
    mentions,
    voice: literalParty(voiceName),
    // what "the group" and "it" stand for when nothing nearer does: the first organisation named that is
    // not a government body ("The Department of State has designated ISIL-K … The group is based in …")
    topic: mentions.find((m) => m.type === 'organization' && !GOVERNMENT_BODY.test(m.canonical)) ?? mentions.find((m) => m.type === 'organization') ?? null,
    lastPerson: null,
    events: [],
    title: opts.title ?? null,
    subjectPerson: null,
    lastActor: null,
    claims: [],
    attributions: [],
    attributed: new Listed(),
    dates,
    sentences,
    metonyms,
    paraStarts: [],
    dateIdx: 0,
    colon: body.indexOf(':'),
    hedges: found.hedges,
    speech: found.speech,
    authority: undefined,
    units: codeUnits(body),
  };
  // the rule matches of the whole body (rules.ts), handed to their sentence
  const hits = found.claims;
  const backed: RegExpMatchArray[] = [];
  // "<Name>-backed": find the cheap suffix, then walk back over the name
  for (const m of backedSuffixes(body, found.suffixWords)) {
    let a = m.index!;
    while (a > 0 && /[\p{L}.]/u.test(body[a - 1]!)) a--;
    if (a === m.index!) continue;
    const r = [body.slice(a, m.index! + m[0].length), body.slice(a, m.index!), m[1]!] as unknown as RegExpMatchArray;
    r.index = a;
    backed.push(r);
  }
  for (const s of sentences) if (ctx.paraStarts[s.para] === undefined) ctx.paraStarts[s.para] = s.start;
  let mi = 0;
  let hi = 0;
  let bi = 0;
  let di = 0;
  const docTopic = ctx.topic;
  let para = -1;
  for (const s of sentences) {
    while (di < dates.length && dates[di]!.start < s.start) di++;
    ctx.dateIdx = di;
    if (s.para !== para) {
      para = s.para;
      ctx.topic = paragraphTopic(ctx, mentions, mi, paraStart(ctx, s)) ?? docTopic;
    }
    while (mi < mentions.length && mentions[mi]!.end <= s.start) {
      if (mentions[mi]!.type === 'person') ctx.lastPerson = mentions[mi]!;
      mi++;
    }
    while (hi < hits.length && hits[hi]!.index! < s.start) hi++;
    while (bi < backed.length && backed[bi]!.index! < s.start) bi++;
    let hj = hi;
    while (hj < hits.length && hits[hj]!.index < s.end) hj++;
    let bj = bi;
    while (bj < backed.length && backed[bj]!.index! < s.end) bj++;
    if (hj === hi && bj === bi) continue;
    const inS: ExtractedMention[] = [];
    for (let k = mi; k < mentions.length && mentions[k]!.start < s.end; k++) inS.push(mentions[k]!);
    ctx.lastActor = null;
    sentenceClaims(ctx, s, body.slice(s.start, s.end), inS, hits, found.claimRule, hi, hj, backed.slice(bi, bj));
  }
  ctx.topic = docTopic;
  definedAsActBy(ctx, sentences);
  if (found.infobox === null || found.infobox.length > 0) infobox(ctx, infoboxFields(body, found.infobox));
  return { claims: ctx.claims, attributions: ctx.attributions };
}

/** An event page's defining sentence: "… was a suicide attack by …", "… was an act of terrorism perpetrated on …, by …". */
const DEFINED_AS_ACT = /\s(?:was|is)\s+(an?\s+[^.;]{0,220}?|(?:carried\s+out|perpetrated|committed|conducted)\b[^.;]{0,120}?)\bby\s+/y;
/** "the Turkish sect of Islamic State named Dokumacılar": the group so named. */
const NAMED_AFTER = /^\s+named\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3})/u;
/**
 * The sentence that defines the event an event page is about ("The Tarata bombing … was a terrorist attack carried
 * out in …, on 16 July 1992, by the leftist Shining Path terrorist group"; "The Suruç bombing was a suicide attack by
 * the Turkish sect of Islamic State named Dokumacılar"): the group or person after "by" carried it out. Only the
 * first sentence that opens with the page's event (once per document; the golds of holdout4 and holdout5 record it
 * besides the infobox's row).
 */
function definedAsActBy(ctx: Ctx, sentences: Sentence[]) {
  const ev = pageEvent(ctx);
  if (!ev) return;
  const { body } = ctx;
  const head = ev.replace(/^the\s+/i, '');
  for (let k = 0; k < sentences.length && sentences[k]!.start < 8000; k++) {
    const s = sentences[k]!;
    const at = body.startsWith('The ', s.start) ? s.start + 4 : s.start;
    if (!body.startsWith(head, at) || body.slice(at, s.end).indexOf(' was ') < 0 || s.start === 0) continue;
    DEFINED_AS_ACT.lastIndex = body.indexOf(' was', at);
    const m = DEFINED_AS_ACT.exec(body.slice(0, s.end));
    // (an act named, or the verb of doing one: "The 2016 Uri attack was carried out on 18 September 2016 by …")
    if (!m || !(EVENT_NOUN.test(m[1]!) || /\bterrorism\b/i.test(m[1]!) || !/^an?\s/i.test(m[1]!))) return;
    const b = m.index + m[0].length;
    const doer = ctx.mentions.find((x) => x.start >= b && x.start - b <= 40 && x.end <= s.end && (x.type === 'organization' || x.type === 'person'));
    if (!doer) return;
    const named = NAMED_AFTER.exec(body.slice(doer.end, Math.min(s.end, doer.end + 60)));
    const nm = named ? ctx.mentions.find((x) => x.start === doer.end + named[0].length - named[1]!.length) : undefined;
    const who = nm ? party(nm) : named ? literalParty(named[1]!) : party(doer);
    const verb = /\b(?:perpetrated|committed|conducted)\b/i.exec(m[1]!)?.[0].toLowerCase() ?? 'carried out';
    emit(ctx, { s, claimant: ctx.voice, hedged: false, negated: false, when: null }, { subject: who, predicate: 'perpetrated', object: { literal: ev }, action: verb, actor: who.name, target: ev, defining: true });
    return;
  }
}

// (a paragraph opened by a group's name: "ISIS-Mozambique, also known as …, is active in … The group pledged …")
const PARA_LEAD = /^\s*(?:the\s+)?$/i;
/** The group a paragraph opens with (not a government body): what "the group" and "it" stand for there. */
function paragraphTopic(ctx: Ctx, ms: ExtractedMention[], k: number, start: number): ExtractedMention | null {
  while (k < ms.length && ms[k]!.start < start) k++;
  const m = ms[k];
  if (!m || m.type !== 'organization' || m.start - start > 8 || GOVERNMENT_BODY.test(m.canonical)) return null;
  return PARA_LEAD.test(ctx.body.slice(start, m.start)) ? m : null;
}

// what a field's value line may hold besides its parties: separators, bullets, "(alleged)", periods
// ("(2014–present)", "(until 2012)") and footnote marks
// (one flat alternation of pieces that begin differently: linear on a prose line that fails)
const VALUE_REST = /^(?:[\s,;•*|]+|\((?:alleged|reportedly|(?:until|since) \d{4}|\d{4}\s*[–-]\s*(?:\d{2,4}|present))\)|\[\d+\]|\[note \d+\])*$/i;
/** A label in capitals (a news fact box). */
const FACT_BOX = /^[A-Z]{2,}(?: [A-Z]{2,})*$/;
const TYPE_BITS: Record<string, number> = { org: 1, person: 2, place: 4 };

/**
 * Infobox fields (see FIELD): each party of the value is related to the page's topic as the field's row
 * in attribution.json says; "(alleged)" keeps the hedge. A value on the label's line is read up to the
 * line's end (or the next "|"), its parties outside brackets; else each following line that holds only
 * parties (up to 12, blank lines skipped).
 */
function infobox(ctx: Ctx, fields: RegExpExecArray[]) {
  const { body, mentions } = ctx;
  const topic = ctx.topic;
  for (const fm of fields) {
    const k = INFOBOX.findIndex((_, i) => fm[i + 2] !== undefined);
    const field = INFOBOX[k]!;
    const types = field.types.split('|').reduce((t, n) => t | TYPE_BITS[n]!, 0);
    const label = fm[1]!.toLowerCase().replace(/s$/, '');
    const attAction = field.action.replace('{label}', label);
    const lines: Array<[number, number, boolean]> = []; // value spans, and whether only parties may stand there
    let p = fm.index! + fm[0].length;
    if (p < body.length && !isLineBreak(body.charCodeAt(p)) && !isLineBreak(body.charCodeAt(p - 1))) {
      let q = p;
      while (q < body.length && !isLineBreak(body.charCodeAt(q)) && body[q] !== '|') q++;
      // a value after a tab or a space, or glued to its label ("PerpetratorsIslamic State"): only parties, and
      // only in an event's fields (the dev set's annotators leave a group page's glued rows out)
      const loose = fm[INFOBOX.length + 2] !== undefined;
      if (loose && field.of !== 'event') continue;
      lines.push([p, q, loose]);
      // an event's row goes on with one party a line ("PerpetratorsAl-Qaeda in the Islamic Maghreb\nAl-Mourabitoun"):
      // the lines that follow are read as a label-alone row's are, up to the first that holds more than parties
      if (field.of === 'event')
        for (let n = 0, r = q + 1; r < body.length && n < 6 && !isLineBreak(body.charCodeAt(r)); n++) {
          let e = body.indexOf('\n', r);
          if (e < 0) e = body.length;
          lines.push([r, e, true]);
          r = e + 1;
        }
    } else
      for (let n = 0; p < body.length && n < 12; n++) {
        let q = body.indexOf('\n', p);
        if (q < 0) q = body.length;
        if (body.slice(p, q).trim() === '') {
          p = q + 1;
          n--;
          if (p >= body.length || body.slice(p).trim() === '') break;
          continue;
        }
        lines.push([p, q, true]);
        p = q + 1;
      }
    for (const [p0, q, strict] of lines) {
      const line = body.slice(p0, q);
      let depth = 0;
      let at = p0;
      const ms: ExtractedMention[] = [];
      for (const m of mentions) {
        if (m.start < p0 || m.end > q) continue;
        for (; at < m.start; at++) depth += body[at] === '(' ? 1 : body[at] === ')' ? -1 : 0;
        at = m.end;
        if (depth <= 0 && isActor(m)) ms.push(m);
      }
      // a fact box's row ("• TOP COMMANDERS: P, son of founder Q. R, uncle of P."): the parties that open the
      // value or one of its sentences (the others describe them)
      if (FACT_BOX.test(fm[1]!)) {
        for (let k = ms.length - 1; k >= 0; k--) {
          const before = body.slice(p0, ms[k]!.start);
          if (!/^\s*$|[.;]\s+$/.test(before)) ms.splice(k, 1);
        }
      }
      if (strict) {
        if (line.length > 200) break; // (a value line is short; prose ends the field)
        let rest = line;
        // (each occurrence of a party's name: a flag icon's caption repeats it, "Islamic State Islamic State")
        for (const m of mentions) if (m.start >= p0 && m.end <= q) rest = rest.split(m.text).join(' ');
        if (ms.length === 0 || !VALUE_REST.test(rest)) break;
      }
      const alleged = /\(alleged\)/i.test(line);
      const s: Sentence = { start: p0, end: q, para: -1 };
      const event = field.of === 'event' ? pageEvent(ctx) : null;
      if (field.of === 'event' && !event) break;
      for (const m of ms) {
        if ((typeBit(m) & types) === 0) continue;
        if (event) {
          emit(ctx, { s, claimant: ctx.voice, hedged: alleged, negated: false, when: null }, { subject: party(m), predicate: field.predicate, object: { literal: event }, action: attAction, actor: m.canonical, target: event, attAction: alleged ? `alleged ${attAction}` : attAction, row: true });
          continue;
        }
        if (!topic || m.canonical === topic.canonical) continue; // (a page with no topic: only an event's fields)
        const [actor, target] = field.actor === 'value' ? [m, topic] : [topic, m];
        const [subject, object] = field.predicate.endsWith('_by') ? [target, actor] : [actor, target];
        emit(ctx, { s, claimant: ctx.voice, hedged: alleged, negated: false, when: null }, { subject: party(subject), predicate: field.predicate, object: party(object), action: attAction, actor: actor.canonical, target: target.canonical, attAction: alleged ? `alleged ${attAction}` : attAction });
      }
    }
  }
}

/** The claims of sentence `s`: its rule matches are hits[h0 … h1 - 1] (rule of each: `hitRule`). */
function sentenceClaims(ctx: Ctx, s: Sentence, text: string, ms: ExtractedMention[], hits: RegExpExecArray[], hitRule: number[], h0: number, h1: number, backed: RegExpMatchArray[]) {
  const { body } = ctx;
  // the claimant: "According to X," or "X said (that)" at the start, else the document's own voice
  let claimant = ctx.voice;
  let from = s.start;
  // a dateline ("KABUL, Afghanistan — ", "WASHINGTON, D.C. - ") says where the report was filed: no party of the clause
  const dateline = isUpper(text.charCodeAt(0)) && isUpper(text.charCodeAt(1)) ? DATELINE.exec(text) : null;
  if (dateline) {
    from += dateline[0].length;
    text = text.slice(dateline[0].length);
  }
  const acc = (text.charCodeAt(0) | 32) === 97 ? ACCORDING.exec(text) : null; // (it begins with "a" or "A")
  if (acc) {
    const m = ms.find((x) => x.start >= from + 13 && x.end <= from + 13 + acc[1]!.length);
    claimant = m ? party(m) : literalParty(acc[1]!.trim());
    from += acc[0].length;
  } else {
    // (only in a sentence with one of its verbs, as a whole word)
    const said = (ctx.speech.has(s.start, s.end) ?? SPEECH.test(text)) ? SAID_THAT.exec(text) : null;
    if (said) {
      const subj = said[1]!.trim();
      const m = ms.findLast((x) => x.end <= from + said[1]!.length && x.start >= from && x.type !== 'place');
      if (PRONOUN_PERSON.test(subj) && ctx.lastPerson) claimant = party(ctx.lastPerson);
      else if (m) claimant = party(m);
      else if (ms.length && ms[0]!.start >= from && ms[0]!.end <= from + said[1]!.length) claimant = party(ms[0]!);
      from += said[0].length;
    }
  }
  // a leading label ("Iran: Tehran has …", "1. Sanction …") is not part of the clause
  // (only where the clause has a colon: the label ends in one; the next colon of the body is kept, as the
  // sentences come in order)
  if (ctx.colon >= 0 && ctx.colon < from) ctx.colon = body.indexOf(':', from);
  const label = ctx.colon >= 0 && ctx.colon < s.end && mayBeLabel(ctx.units, from, ctx.colon, s.end) ? LABEL.exec(body.slice(from, s.end)) : null;
  if (label) from += label[0].length;
  const hedged = ctx.hedges.has(s.start, s.end) ?? HEDGE.test(text);
  const para = paraStart(ctx, s);
  let when: ExtractedClaim['when'] = null;
  const here = ctx.dates[ctx.dateIdx];
  if (here && here.end <= s.end) when = here.when;
  else
    for (let k = ctx.dateIdx - 1; k >= 0 && ctx.dates[k]!.start >= para; k--)
      if (ctx.dates[k]!.when.precision === 'day') {
        when = ctx.dates[k]!.when;
        break;
      }
  let accusedFrom = Infinity;
  for (let h = h0; h < h1; h++) {
    const m = hits[h]!;
    const rule = RULES[hitRule[h]!]!;
    const a = m.index;
    if (rule.shape === 'accuse') accusedFrom = a;
    else if (a > accusedFrom && rule.shape === 'verb') continue;
    const b = a + m[0].length;
    if (a < from) continue;
    if (rule.shape === 'designate' && isUpper(m[0].charCodeAt(0)) && a > s.start) continue; // "Specially Designated …"
    // "(listed as Al-Qaida in Iraq)": a list note; "(designated as … by A and B)" names who designated
    if (rule.shape === 'designate' && body[a - 1] === '(' && !/^[^().;]{0,60}?\bby\s/.test(body.slice(b, b + 80))) continue;
    // "designate" (base form) is an act announced after a word of intent, which the action then opens with
    let at = a;
    if (rule.shape === 'designate' && /designate$/i.test(m[0])) {
      const intent = INTENT_BEFORE.exec(body.slice(Math.max(from, a - 20), a));
      if (!intent) continue;
      at = a - intent[0].length;
    }
    if (isUpper(m[0].charCodeAt(0)) && TITLE_CASE.test(m[0])) continue; // a headline's words ("Man Charged with Providing Material Support to …")
    if (a > 0 && (isHyphen(body.charCodeAt(a - 1)) || body.charCodeAt(a - 1) === 0x2013)) continue; // "UN-designated", "Pakistan-backed" handled below
    // the sentence's date nearest before the match ("In 2011, X did …, and in 2012, X claimed …"), else `when`
    let hw = when;
    for (let k = ctx.dateIdx; k < ctx.dates.length && ctx.dates[k]!.start < a && ctx.dates[k]!.end <= s.end; k++) hw = ctx.dates[k]!.when;
    apply(ctx, rule, s, at, b, at === a ? m[0] : body.slice(at, b), ms, claimant, hedged || rule.hedge, hw, from);
  }
  // "<Country>-backed X": the country backs the group the phrase describes
  for (const m of backed) {
    const a = m.index!;
    const backer = ms.find((x) => x.start === a && x.end === a + m[1]!.length);
    if (!backer) continue;
    const before = ms.findLast((x) => x.end <= a && x.type === 'organization' && a - x.end < 40 && /,/.test(body.slice(x.end, a)));
    if (!before) continue;
    emit(ctx, { s, claimant, hedged, negated: false, when }, { subject: party(before), predicate: 'supported_by', object: party(backer), action: m[2]!, actor: backer.canonical, target: before.canonical, attAction: m[2] === 'backed' ? 'backs' : m[2]! });
  }
}

/** `s` opens with the lower-case ASCII word `w`, in either case (as /^w/i). */
function opensWith(s: string, w: string): boolean {
  if (s.length < w.length) return false;
  for (let i = 0; i < w.length; i++) if ((s.charCodeAt(i) | 32) !== w.charCodeAt(i)) return false;
  return true;
}

/** Two words in a row that open with a capital: a headline's or a name's, not a clause's verb phrase. */
const TITLE_CASE = /^\p{Lu}\S*\s+\p{Lu}/u;

/** What every claim of one rule match shares: its sentence, claimant, hedge, negation and date. */
interface Base {
  s: Sentence;
  claimant: ExtractedParty;
  hedged: boolean;
  negated: boolean;
  when: ExtractedClaim['when'];
}

/** One claim: its parties and wording; `claimant` and `negated` override the base's when given. */
interface Emit {
  subject: ExtractedParty;
  predicate: string;
  object: ExtractedParty | { literal: string };
  action: string;
  actor: string;
  target: string;
  attAction?: string;
  where?: ExtractedParty | null;
  claimant?: ExtractedParty;
  negated?: boolean;
  /** An infobox row: listed besides the prose's statement of the same relation (the golds record both). */
  row?: boolean;
  /** An event page's defining sentence: listed besides other statements of the same relation, as a row is. */
  defining?: boolean;
}

// (Base and Emit are passed apart, not merged with object spread: `{ ...base, … }` is very slow in V8.)
function emit(ctx: Ctx, base: Base, e: Emit) {
  const claimant = e.claimant ?? base.claimant;
  const negated = e.negated ?? base.negated;
  const third = claimant !== ctx.voice;
  const confidence = Math.max(0.1, 0.75 - (base.hedged ? 0.3 : 0) - (negated ? 0.15 : 0) - (third ? 0.1 : 0));
  ctx.claims.push({
    subject: e.subject,
    predicate: e.predicate,
    object: e.object,
    action: e.action,
    when: base.when,
    where: e.where ?? null,
    claimant,
    quote: ctx.body.slice(base.s.start, base.s.end),
    span: { start: base.s.start, end: base.s.end },
    negated,
    hedged: base.hedged,
    confidence: Math.round(confidence * 100) / 100,
  });
  // an attribution is a relation: the same actor, predicate and target stated twice is listed once;
  // designations are acts (designated, redesignated, amended, banned), each listed; an infobox row is listed
  // besides the prose ("Perpetrators: G" and "it was carried out by G")
  if (!e.actor || !e.target || e.actor === e.target) return;
  if (ctx.attributed.add(e.actor, e.predicate, negated, e.target, e.predicate === 'designated_by' ? (e.attAction ?? e.action) : e.row ? '\u0000row' : e.defining ? '\u0000defining' : ''))
    ctx.attributions.push({
      actor: e.actor,
      action: e.attAction ?? e.action,
      target_or_event: e.target,
      according_to: claimant.name,
    });
}

/**
 * The attributions listed so far, by actor, predicate, negation, target and (designations only) action.
 * An actor has few: its (predicate, target, action) triples are a list searched as it is, with the
 * strings as they are (a map per actor, predicate and target made three maps or sets for most claims);
 * past `LINEAR` triples, a set of keys joined from them.
 */
export class Listed {
  static readonly LINEAR = 8;
  private readonly byActor = new Map<string, string[] | Set<string>>();
  /** Adds the attribution; false when it was listed before. */
  add(actor: string, predicate: string, negated: boolean, target: string, act: string): boolean {
    const pk = negated ? `!${predicate}` : predicate; // predicates are identifiers: "!" is never one's first character
    let listed = this.byActor.get(actor);
    if (!listed) {
      this.byActor.set(actor, [pk, target, act]);
      return true;
    }
    if (Array.isArray(listed)) {
      for (let i = 0; i < listed.length; i += 3) if (listed[i] === pk && listed[i + 1] === target && listed[i + 2] === act) return false;
      if (listed.length < 3 * Listed.LINEAR) {
        listed.push(pk, target, act);
        return true;
      }
      const set = new Set<string>();
      for (let i = 0; i < listed.length; i += 3) set.add(Listed.key(listed[i]!, listed[i + 1]!, listed[i + 2]!));
      this.byActor.set(actor, (listed = set));
    }
    const key = Listed.key(pk, target, act);
    if (listed.has(key)) return false;
    listed.add(key);
    return true;
  }
  /** One string for a triple (the lengths keep it unambiguous). */
  private static key(pk: string, target: string, act: string): string {
    return `${pk.length}:${pk}${target.length}:${target}${act}`;
  }
}

/** The party that is the grammatical subject right before position `a` (skipping auxiliaries and adverbs). */
function subjectBefore(ctx: Ctx, s: Sentence, a: number, ms: ExtractedMention[], from: number): ExtractedMention | null {
  let r = subjectBefore0(ctx, s, a, ms, from);
  const state = r && r.type === 'place' ? ctx.metonyms.get(r.canonical) : undefined;
  if (r && state) r = asState(r, state);
  if (r) ctx.lastActor = r;
  if (r && r.type === 'person') ctx.subjectPerson = r;
  return r;
}
function subjectBefore0(ctx: Ctx, s: Sentence, a: number, ms: ExtractedMention[], from: number): ExtractedMention | null {
  const { body, units } = ctx;
  let p = a;
  let afterAnd = false; // the word skipped last was "and": a verb before it is coordinated ("coordinated and participated in")
  for (;;) {
    // the last word (run of non-spaces) of the 40 characters before p
    const lo = Math.max(from, p - 40);
    let we = p;
    while (we > lo && isS(units[we - 1]!)) we--;
    if (we === lo) break;
    let ws = we;
    while (ws > lo && !isS(units[ws - 1]!)) ws--;
    // an apposition between the subject and its verb ("al-Baghdadi, the leader of ISIL, had ordered"): the party before it
    if (units[we - 1] === 44) {
      const ap = APPOSITION_BEFORE.exec(body.slice(Math.max(from, we - 90), we));
      const m = ap ? lastBefore(ms, we - ap[0].length + 1, from) : undefined;
      if (m && isActor(m) && m.end === we - ap![0].length) return m;
    }
    if (endsClause(units[we - 1]!)) break;
    const word = body.slice(ws, we);
    if (SKIP_BEFORE.test(word) || (afterAnd && /^[a-z]+ed$/.test(word))) {
      afterAnd = word === 'and';
      p = ws;
      continue;
    }
    if (word.charCodeAt(0) === 40 && /^\([A-Za-z]+\)$/.test(word)) {
      p = ws;
      continue;
    }
    const m = actorEndingIn(ms, ws, p, from);
    // "The group operates in X and Y and is …": a place before a coordinated verb ends the first verb's
    // phrase; the subject is the clause's
    if (m && afterAnd && m.type === 'place') break;
    if (m) return m;
    if (PRONOUN_PERSON.test(word)) return ctx.subjectPerson ?? ctx.lastPerson;
    // "is believed to be located", "are said to have": the subject is before the verb of report
    if (word === 'to' && /\b(?:believed|thought|said|reported|known|alleged|suspected|understood)\s+$/.test(body.slice(Math.max(from, ws - 14), ws))) {
      p = body.lastIndexOf(' ', ws - 2) + 1 || ws;
      if (p < from) p = from;
      continue;
    }
    if (/^(?:who|which)$/i.test(word)) {
      // a relative clause: its subject is the antecedent right before ("…, which has received"); a common
      // noun there ("former commanders who swore …") names no party
      const ante = /(\S+?),?\s*$/.exec(body.slice(Math.max(from, ws - 40), ws));
      const am = lastBefore(ms, ws, from);
      if (am && isActor(am) && /^[\s,)\]\d[]*$/.test(body.slice(am.end, ws))) return am;
      if (ante && /^(?:group|network|organi[sz]ation|outfit|movement)$/i.test(ante[1]!)) return ctx.topic;
      return null;
    }
    if (/^it$/i.test(word) && ctx.lastActor) return ctx.lastActor;
    // ("the group": the word is the noun, or cut at the 40 characters, so the words before are read only then)
    if (PRONOUN_TOPIC.test(word) || ((ws === lo || TOPIC_NOUN.test(word)) && /\b[Tt](?:he|his) (?:group|network|organi[sz]ation|outfit|movement)$/.test(body.slice(Math.max(from, ws - 20), p).trim()))) return ctx.topic;
    // "those providing …", "officials say designating …": the -ing form's subject is that word, no party
    if (GERUND_SUBJECT.test(word) && /^[a-z]+ing\b/.test(body.slice(a, a + 20))) return null;
    break;
  }
  // a main clause's pronoun after a fronted phrase ("In later years, it became …")
  // (both need a comma in the clause)
  const comma = body.indexOf(',', from);
  if (comma >= 0 && comma < a) {
    const clause = body.slice(from, a);
    if (FRONTED_PRONOUN.test(clause)) return ctx.lastActor ?? ctx.topic;
    // a fronted adverbial ("As part of its efforts against groups in Pakistan, the Treasury …"): its parties are not the subject
    const adv = FRONTED_ADVERBIAL.exec(clause);
    if (adv) from += adv[0].length;
  }
  // else the first party of the clause (a state qualifying an organisation yields the organisation): of the
  // clause a "that" opens, if any ("the governor confirmed that the air force targeted …"), and not the
  // object of a preposition ("the militants, with links to X, carry out …")
  // "The organisation operates in … and is …": the group the text is about
  let f0 = from;
  while (f0 < a && isS(units[f0]!)) f0++;
  if ((units[f0]! | 32) === 116 && DEFINITE_SUBJECT.test(body.slice(f0, f0 + 30))) return ctx.topic; // (it opens with "t")
  const that = a - from > 6 ? body.slice(from, a).lastIndexOf(' that ') : -1; // (within the clause: no search back over the body)
  if (that >= 0 && VERB_BEFORE_THAT.test(body.slice(Math.max(from, from + that - 16), from + that))) from += that + 6;
  let k = 0;
  while (k < ms.length && !(ms[k]!.start >= from && ms[k]!.end <= a && isActor(ms[k]!) && !attributivePlace(body, ms[k]!) && !prepositionBefore(ctx, from, ms[k]!.start))) k++;
  if (k === ms.length) return null;
  const f = ms[k]!;
  let nx: ExtractedMention | undefined;
  for (k++; k < ms.length && !nx; k++) if (ms[k]!.start >= from && ms[k]!.end <= a && isActor(ms[k]!)) nx = ms[k];
  if (f.type === 'place' && nx && nx.type === 'organization' && /^(?:['’]s)?\s*$/.test(body.slice(f.end, nx.start))) return nx;
  return f;
}

/** PREPOSITION_BEFORE holds right before position p (clause from `from`); it ends in a white space, so only there is it tried. */
function prepositionBefore(ctx: Ctx, from: number, p: number): boolean {
  return p > from && isS(ctx.units[p - 1]!) && PREPOSITION_BEFORE.test(ctx.body.slice(Math.max(from, p - 14), p));
}

/** After a verb of denial, the part played that is denied, up to the event: "it played a role in", "any involvement in". */
const ROLE_IN = /^\s+(?:that\s+)?(?:(?:it|they|he|she|(?:the|its|their)\s+\w+)\s+)?(?:(?:had|has|have|was|were|ever)\s+)?(?:(?:played|playing|had|having)\s+)?(?:(?:any|a)\s+)?(?:role|involvement|involved|hand|part)\s+in\s+/i;
/** Verbs of carrying out an act, in a passive ("was perpetrated by"). */
const PERPETRATED = /^(?:perpetrated|carried out|conducted|orchestrated)$/i;
/** An event noun alone, which names no event ("the strikes", "the attack" on a page about none). */
const BARE_EVENT = /^(?:attacks?|bombings?|blasts?|explosions?|strikes?|killings?|raids?|incidents?|acts?|assaults?|shootings?)$/i;
/** A noun of a violent event. */
const EVENT_NOUN = /\b(?:attacks?|bombings?|blasts?|explosions?|detonations?|strikes?|massacres?|ambush(?:es)?|assaults?|shootings?|killings?|kidnappings?|abductions?|assassinations?|hijackings?|raids?)\b/i;
/** What an accusation says the accused did, before the event: "plotting", "being directly involved in", "having planned". */
const ACT_LEAD = /^((?:being|having been|having)\s+(?:\w+ly\s+)?(?:involved in|responsible for|behind|\w+ed)|\w+ing(?:\s+out)?)\s+(?!(?:to|of|that|and|or)\b)/i;
/** An accusation's charges that the accused rejects, after the accused act: "…, charges the group rejects". */
const CHARGES_DENIED = /^[^.;]*?,\s+(?:(?:the|which|a)\s+)?(?:charges?|allegations?|accusations?|claims?)\s+(?:that\s+|which\s+)?(?:[^,.;]{1,40}?\s+)?(rejects|rejected|denies|denied|dismisses|dismissed)\b/i;
/** A verb of saying or knowing, whose "that" opens a clause of its own (not a relative "that" after a noun). */
const VERB_BEFORE_THAT = /\b(?:said|says|say|\w+ed|believes?|thinks?|knows?|shows?|claims?|argues?|confirms?|reports?|adds?|notes?|insists?|maintains?)$/;
/** Words for unnamed people: an -ing verb after one is their act ("those providing support to X"); relations.ts reads them too. */
export const PEOPLE_WORDS = 'those anyone anybody someone people persons individuals';
/** Words before a verb in -ing that leave it no party for subject: a pronoun of people, or a verb of saying. */
const GERUND_SUBJECT = new RegExp(`^(?:${PEOPLE_WORDS.replaceAll(' ', '|')}|entities|whoever|say|says|said)$`, 'i');
/** A preposition (and an article) right before a position. */
const PREPOSITION_BEFORE = /(?:^|\s)(?:to|of|in|on|at|with|from|by|for|against|into|over|under|about)\s+(?:the\s+)?$/i;
/** A word qualifying "known as" right before it ("also", "more commonly", "locally"). */
const KNOWN_QUALIFIER = /(?:\b(?:also|more commonly|commonly|formerly|locally|popularly|otherwise|better)\s+)?$/;
/** A word of intent before "designate" (base form): the act announced; without one, "designate" is a call or an infinitive. */
const INTENT_BEFORE = /\b(?:(?:intends?|intended|intent|plans?|planned|decided|decides|voted|votes) to|will)\s+$/;
/** "the group," (and the like) right before a position. */
const DEFINITE_BEFORE = /\b(?:the|this|that) (?:group|network|organi[sz]ation|outfit|movement)\s*,?\s*$/i;
/** "I" or "we" as the subject right before a verb (over adverbs). */
const FIRST_PERSON_BEFORE = /(?:^|[^\w’'])(?:I|[Ww]e)\s+(?:\w+ly\s+|also\s+|now\s+)?$/;
/** A subject pronoun right after the comma that closes a fronted phrase. */
const FRONTED_PRONOUN = /^[^,;:]{3,120},\s+(?:it|they)\s+(?!is\s+(?:not\s+)?(?:clear|unclear|likely|possible|said|believed|thought|reported)\b)/i;

// "the attack", "the bombings in the city": a definite event noun, with a place or target after it at most
const GENERIC_EVENT = /^(?:the|this|that|these)\s+(?:attacks?|bombings?|blasts?|explosions?|massacre|hijacking|siege|shootings?|assault)(?:\s+(?:in|on|at|near|against)\s[^,;]{0,60})?$/i;
const EVENT_NAME = /^[^\n]{3,80}\b(?:attacks?|bombings?|blasts?|explosions?|massacre|hijacking|siege|shootings?|assault|kidnappings?|abductions?|assassination|ambush|hostage crisis)$/i;
/**
 * "the attack" on a page about one attack is the event its heading names (the body's first line, as in
 * encyclopedia pages: "2019 Lakeside attack"); else the phrase as written.
 */
function namedEvent(ctx: Ctx, ev: string): string {
  if (!GENERIC_EVENT.test(ev) && !GENERIC_EVENT.test(`the ${ev}`)) {
    rememberEvent(ctx, ev.replace(/^the\s+/i, ''));
    return ev;
  }
  return pageEvent(ctx) ?? antecedentEvent(ctx, ev) ?? ev;
}
/** A verb that makes a heading a clause, not an event's name. */
const HEADLINE_CLAUSE = /\b(?:[Ss]ays?|[Ss]aid|[Cc]laims?|[Bb]lames?|[Bb]ehind|[Dd]en(?:y|ies)|[Cc]ondemns?|[Aa]ccuses?|[Ww]arns?)\b/;
/** The event a page is about: its first line, a heading ("= 2019 Lakeside attack =", "X bombing | |"), naming one. */
function pageEvent(ctx: Ctx): string | null {
  const nl = ctx.body.indexOf('\n');
  const first = (nl < 0 ? ctx.body : ctx.body.slice(0, nl)).replace(/^\s*=+\s*|\s*=+\s*$/g, '').replace(/(?:\s*\|)+\s*$/, '').trim();
  // (a headline that says something, "US Says X Behind Afghan Attacks", names no event)
  return EVENT_NAME.test(first) && /\p{Lu}/u.test(first) && !HEADLINE_CLAUSE.test(first) ? first : null;
}

/** A fronted adverbial phrase up to its comma, before a capitalised subject. */
const FRONTED_ADVERBIAL = /^\s*(?:As|In|After|Before|Since|Following|Despite|To|While|Although|Though|When|During|Under|For|Amid|Through|Because|Unlike)\b[^,;:]{0,160},\s+(?=(?:the\s+)?\p{Lu})/u;

/** The subject after a fronted phrase's comma, from `p` on: a pronoun ("…, it has …") or a party. */
function subjectAfterComma(ctx: Ctx, p: number, end: number, ms: ExtractedMention[]): ExtractedMention | null {
  const c = /^[^,;:]{0,40},\s+/.exec(ctx.body.slice(p, Math.min(end, p + 60)));
  if (!c) return null;
  const at = p + c[0].length;
  if (/^(?:it|they)\b/i.test(ctx.body.slice(at, at + 5))) return ctx.topic;
  const m = ms.find((x) => x.start === at);
  return m && isActor(m) ? m : null;
}

/** "a Maryland man", "an Ohio court": a place after an indefinite article, before a lower-case noun, qualifies it. */
function attributivePlace(body: string, m: ExtractedMention): boolean {
  return m.type === 'place' && /\ban?\s+$/i.test(body.slice(Math.max(0, m.start - 4), m.start)) && /^\s+\p{Ll}/u.test(body.slice(m.end, m.end + 3));
}

/** The last actor mention that ends within [ws, p] and starts at or after `from` (a loop: no closure per call). */
function actorEndingIn(ms: ExtractedMention[], ws: number, p: number, from: number): ExtractedMention | undefined {
  for (let k = ms.length - 1; k >= 0; k--) {
    const x = ms[k]!;
    if (x.end <= p && x.end >= ws && x.start >= from && isActor(x)) return x;
  }
  return undefined;
}

// listAfter's gaps: between two parties, and a possessive ("Pakistan's ISI")
const NEXT_GAP = /^\s*\)?\s*(?:,|and|or|as well as|,\s*and|,?\s*and (?:its|their) (?:alias(?:es)?|fronts?),?)?\s*(?:the\s+)?$/i;
const POSSESSIVE_GAP = /^['’]s\s*$/;
const HYPHENATED = /^[-‐][\p{L}-]+/u;
/** After a group that qualifies the people named next: its possessive or nothing, then a plural noun ("’s leaders, ", " activists "). */
const QUALIFIES_PEOPLE = /^(?:['’]s)?(?:\s+(?!(?:and|or|as|its|their|his|her|the|is|was|has|also|plus|alias)\b)[a-z][\w-]*){1,3}?s,?\s+(?=\p{Lu}\p{Ll})/u;
const ACRONYM = /^\s*\([^)]{1,12}\)/;

/** Parties listed right after position `b`: "the Taliban and Haqqani Network", "Iran and Japan". */
function listAfter(ctx: Ctx, b: number, end: number, ms: ExtractedMention[], types = ORG | PERSON | PLACE): ExtractedMention[] {
  const { body, units } = ctx;
  const out: ExtractedMention[] = [];
  let p = b;
  // the candidates: the mentions within [b, end), in order
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    if (m.start < b || m.end > end || m.start < p) continue; // (m.start < p: inside a skipped "(ACR)")
    // the gap before it, footnote marks "[3]" left out; null when it is spaces alone, which every gap
    // expression takes (no string to make, no expression to run)
    let gap: string | null = null;
    if (!onlySpaces(units, p, m.start)) {
      const between = body.slice(p, m.start);
      gap = holds(units, p, m.start, 91) ? between.replace(/\[\d+\]/g, '') : between;
    }
    if (isHyphen(body.charCodeAt(m.end))) {
      // "Kuwait-based", "UN-designated": a qualifier, not a party; before the first party it is part of the gap
      const q = HYPHENATED.exec(body.slice(m.end, m.end + 30));
      if (out.length === 0 && q && (gap === null || gapTaken(gap, true))) p = m.end + q[0].length;
      continue;
    }
    if (gap !== null && !gapTaken(gap, out.length === 0) && !(out.length > 0 && POSSESSIVE_GAP.test(gap))) break;
    // a state qualifying an organisation: "Pakistan's Inter-Services Intelligence", "U.S. Central Intelligence Agency"
    const nx = nextWithin(ms, k + 1, b, end);
    if (m.type === 'place' && nx && nx.type !== 'place' && /^(?:['’]s)?\s*$/.test(body.slice(m.end, nx.start))) {
      p = nx.start; // (the possessive between is no gap)
      continue;
    }
    // a group that qualifies the people named next: "G's two leaders, P and Q", "former G activists P, Q"
    // (only where a possessive or a lower-case word follows the group: most groups are followed by neither)
    if (out.length === 0 && m.type === 'organization' && (units[m.end] === 39 || units[m.end] === 0x2019 || (units[m.end] === 32 && isLower(units[m.end + 1] ?? 0)))) {
      const q = QUALIFIES_PEOPLE.exec(body.slice(m.end, m.end + 40));
      if (q) {
        p = m.end + q[0].length;
        continue;
      }
    }
    if ((typeBit(m) & types) === 0) {
      p = m.end;
      continue;
    }
    if (!out.some((o) => o.canonical === m.canonical)) out.push(m);
    p = m.end;
    // skip a parenthesised acronym (only where "(" follows, after spaces)
    if (opensParen(units, p, Math.min(p + 16, body.length))) {
      const par = ACRONYM.exec(body.slice(p, p + 16));
      if (par) p += par[0].length;
    }
  }
  return out;
}

/** Whether a gap before a party is taken: FIRST_GAP's test before the first party, else NEXT_GAP's. */
function gapTaken(gap: string, first: boolean): boolean {
  if (!first) return NEXT_GAP.test(gap);
  if (lowerWords(gap) || FIRST_GAP.test(gap)) return true;
  // (a possessive name as a word of its own: an alternative of FIRST_GAP made every failing gap backtrack)
  return (gap.includes('’') || gap.includes("'")) && FIRST_GAP.test(gap.replace(POSSESSIVE_NAME, 'x'));
}
const POSSESSIVE_NAME = /[\p{Lu}][\p{L}-]*['’]s(?=\s)/gu;

/**
 * `g` is up to seven lower-case ASCII words (a letter, then letters and hyphens), each with an optional
 * comma and then `\s` after it, after optional `\s`: a gap FIRST_GAP takes (its `[\p{Ll}][\p{Ll}-]*` words),
 * told without the expression (a test of it costs half a microsecond). False: ask FIRST_GAP.
 */
export function lowerWords(g: string): boolean {
  const n = g.length;
  let i = 0;
  while (i < n && isS(g.charCodeAt(i))) i++;
  for (let words = 0; i < n; words++) {
    if (words === 7 || !isLower(g.charCodeAt(i))) return false;
    i++;
    while (i < n && (isLower(g.charCodeAt(i)) || g.charCodeAt(i) === 45)) i++;
    if (i < n && g.charCodeAt(i) === 44) i++;
    if (i === n || !isS(g.charCodeAt(i))) return false;
    while (i < n && isS(g.charCodeAt(i))) i++;
  }
  return true;
}

/** The first mention of ms[k…] within [b, end), if any. */
function nextWithin(ms: ExtractedMention[], k: number, b: number, end: number): ExtractedMention | undefined {
  for (; k < ms.length; k++) if (ms[k]!.start >= b && ms[k]!.end <= end) return ms[k];
  return undefined;
}

/** units[a, b) are all `\s` (or none). */
function onlySpaces(units: Uint16Array, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isS(units[i]!)) return false;
  return true;
}

/** units[a, b) hold the code unit c. */
function holds(units: Uint16Array, a: number, b: number, c: number): boolean {
  for (let i = a; i < b; i++) if (units[i] === c) return true;
  return false;
}

/** After `\s` from a, a "(" before b. */
function opensParen(units: Uint16Array, a: number, b: number): boolean {
  let i = a;
  while (i < b && isS(units[i]!)) i++;
  return i < b && units[i] === 40;
}

/** A manner adverbial between a verb and its object ("condemned in the strongest terms the attack"). */
const MANNER = /^(?:in\s+(?:the\s+)?(?:strongest|strong|harshest|clearest|firmest|unequivocal)(?:\s+possible)?\s+terms|strongly|firmly|unequivocally|categorically|vehemently)\s+(?=\p{L})/iu;
/** A phrase opening with a preposition is an adjunct, no event's noun phrase ("denied it, in a statement …"). */
const ADJUNCT = /^(?:in|on|at(?!\s+least)|by|with|from|during|after|before|since|via|through)\s/i;
/** A time after an event's noun ("the attack the following day", "… a few hours after it began"): no part of its name. */
const TEMPORAL_TAIL = /\s+(?:the\s+(?:following|next|same|previous)\s+(?:day|week|month|morning|evening|night)|a\s+few\s+(?:hours|days|weeks)|(?:several|\d+|two|three|four)\s+(?:hours|days|weeks)\s+(?:later|after)|shortly|hours\s+later|days\s+later)\b.*$/;
/** A day after an event's noun ("the attacks in X early Sunday", "the attack on Monday in Y"): no part of its name (not "the Sunday market"). */
const TEMPORAL_DAY = /\s+(?:(?:early|late|on|last)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?(?=$|[,;.]|\s+(?:in|at|near|on|and|when|after|before|as|that|which)\b)/;
/** Words that judge an event ("the heinous terrorist attacks"): no part of its name. */
const EVALUATIVE = /^(?:(?:spectacular|heinous|horrific|horrendous|deadly|brutal|cowardly|despicable|barbaric|barbarous|dastardly|senseless|appalling|abhorrent|vicious|outrageous|reprehensible|callous|gruesome|horrible|terrible|tragic|wanton)(?:\s+and|,)?\s+)+/i;
/** An effect told between an event's noun and its place ("attacks resulting in loss of life in X"): left out. */
const EFFECT = /\s+(?:resulting\s+in|causing|leaving|claiming)\s+[^,]*?(?=\s+(?:in|at|near|on)\s+\p{Lu})/u;
/** A distance before a direction ("explosion, 30 kilometres west of X"): the place is named by its direction. */
const DISTANCE = /,?\s+(?:some\s+|about\s+|around\s+)?\d[\d.,]*\s*(?:kilomet(?:re|er)s?|km|miles?|mi)\s+(?=(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s)/i;
/** A stage of an act before the act ("the planning and execution of the attack"): the act is the event. */
const PLANNING_OF = /^(?:the\s+)?(?:planning|preparation|execution|organi[sz]ation|financing|funding)(?:\s+(?:and|or)\s+(?:planning|preparation|execution|organi[sz]ation|financing|funding))?\s+of\s+(?:the\s+)?(?=\S+\s*$|\S+\s+(?:on|in|at|against)\s)/i;
/** An event phrase without what only qualifies it: a time after it, judging words, an effect, a distance. */
function eventCore(ev: string): string {
  // (each expression only where a word it needs is: most phrases hold none)
  let t = ev;
  if (TIME_WORD.test(t)) t = t.replace(TEMPORAL_TAIL, '');
  if (t.includes('day')) t = t.replace(TEMPORAL_DAY, '');
  if (EVALUATIVE.test(t)) t = t.replace(EVALUATIVE, ''); // ("the spectacular string of …")
  if (PLANNING_OF.test(t)) t = t.replace(PLANNING_OF, ''); // ("the planning and execution of the attack": the attack)
  const q = QUANTIFIER.exec(t)?.[0] ?? ''; // (a count is kept: eventPhrase drops it, after the examples are found)
  if (q && EVALUATIVE.test(t.slice(q.length))) t = q + t.slice(q.length).replace(EVALUATIVE, '');
  if (EFFECT_WORD.test(t)) t = t.replace(EFFECT, '');
  if (DISTANCE_WORD.test(t)) t = t.replace(DISTANCE, ' ');
  return t.length >= 3 ? t : ev;
}
/** The words TEMPORAL_TAIL, EFFECT and DISTANCE need. */
const TIME_WORD = /\b(?:following|next|same|previous|few|later|after|shortly)\b/;
const EFFECT_WORD = /\b(?:resulting|causing|leaving|claiming)\b/;
const DISTANCE_WORD = /\d\s*(?:kilomet|km|mi)/;
/** The head noun of an event phrase: its first event noun, singular. */
function eventHead(ev: string): string | null {
  const m = EVENT_NOUN.exec(ev);
  return m ? m[0].toLowerCase().replace(/(?:es|s)$/, '').replace(/ambush$/, 'ambush') : null;
}
/** The event named last before, with the same noun as `ev` ("the attacks" → "terrorist attacks in Bamako (…)"), or null. */
function antecedentEvent(ctx: Ctx, ev: string): string | null {
  // (the last event's noun is worked out here, where it is asked for: most events named are never referred to)
  for (let k = ctx.events.length - 1; k >= 0; k--) {
    const name = ctx.events[k]!;
    if (BARE_EVENT.test(name) || GENERIC_EVENT.test(`the ${name}`)) continue;
    const head = eventHead(name);
    if (!head) continue;
    return eventHead(ev) === head ? name : null;
  }
  return null;
}
/** An apposition closed by a comma, right before a verb: ", the leader of ISIL," (no clause or bracket inside). */
const APPOSITION_BEFORE = /,\s+(?:the|a|an|its|their|his|her)\s+[^,;:()\n]{1,60},$/;
/** What "ordered" governs when it orders an act of violence: an event noun within its first four words. */
const ORDERED_EVENT = /^(?:[\w-]+\s+){0,3}?(?:attacks?|bombings?|strikes?|assaults?|raids?|killings?|assassinations?|executions?|massacres?|offensives?)\b/i;
/** An unnamed group of attackers right before a verb: an article or a count, up to three words, an attackers' noun. */
const UNNAMED_DOER = /(?:^|[\s,;(])((?:an?|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|several|\d+)\s+(?:[\p{L}-]+\s+){0,3}?(?:gunmen|militants|attackers|assailants|terrorists|bombers|fighters|insurgents))\s+$/u;
/** The event a statement's title says it is on ("Security Council Press Statement on Terrorist Attacks in Pakistan (SC/9389)"). */
function statementEvent(ctx: Ctx): string | null {
  const t = ctx.title ? STATEMENT_ON.exec(ctx.title) : null;
  return t && EVENT_NOUN.test(t[1]!) ? t[1]! : null;
}
const STATEMENT_ON = /\b[Ss]tatement on (?:the )?(.+?)(?:\s*\([^)]*\))?\s*$/;
/** Keep `name` as the last event named (see antecedentEvent), when it names one (an event noun, more than the noun). */
function rememberEvent(ctx: Ctx, name: string) {
  ctx.events.push(name);
}
/** The last event named that names one (see antecedentEvent), or null. */
function lastEventName(ctx: Ctx): string | null {
  for (let k = ctx.events.length - 1; k >= 0; k--) {
    const name = ctx.events[k]!;
    if (eventHead(name) && !BARE_EVENT.test(name) && !GENERIC_EVENT.test(`the ${name}`)) return name;
  }
  return null;
}
/** A place's description before its name in apposition ("in the Indian capital, New Delhi"). */
const PLACE_APPOSITION = /(?<=\b(?:in|at|near|outside)\s)the\s+(?:[\w-]+\s+){0,3}?(?:city|town|village|capital|port|province|district|region),\s+(?=\p{Lu})/u;
/** What OCCURRED and PLACE_APPOSITION need (one cheap test first: PLACE_APPOSITION looks behind at every position). */
const EVENT_REWRITE = / (?:occurred|took place|happened) |(?:city|town|village|capital|port|province|district|region), /;
/** A relative clause that only places the event ("the attack that occurred in X on 6 July"). */
const OCCURRED = /\s+(?:that|which)\s+(?:(?:had|has)\s+)?(?:occurred|took\s+place|happened)\s+(?=(?:in|at|near|on|outside|inside)\s)/;
/** The phrase after position `b` up to the end of its clause (an event description). */
function phraseAfter(body: string, b: number, end: number, event = false): string {
  let rest = body.slice(b, Math.min(end, b + 120));
  if (event && EVENT_REWRITE.test(rest)) {
    // "the attack that occurred in X": the attack in X; "a blast in the Indian capital, New Delhi, …": the place by its name
    rest = rest.replace(OCCURRED, ' ').replace(PLACE_APPOSITION, '');
  }
  const stop = phraseStop(rest);
  let ph = (stop >= 0 ? rest.slice(0, stop) : rest).trim();
  if (MANNER.test(ph)) ph = ph.replace(MANNER, '');
  if (!/^[\p{L}\p{N}"“'‘]/u.test(ph)) return ''; // (", the Kashmir Valley": the clause went on past the verb)
  ph = ph.replace(/^(?:the|a|an|its|their)\s+/i, '');
  if (!singleSpaced(ph)) ph = ph.replace(/\s+/g, ' '); // (trimmed: no space at either end)
  return ph.length >= 3 ? ph : '';
}
/**
 * Where a list of events goes on after the phrase before stopped: ", and the …", also past a place in
 * apposition or the toll's relative clause ("… in Athens, Greece and the March 9, 2009 detonation …", "… in the
 * Indian capital, New Delhi, that killed 30 people, and a series of bombings …").
 */
const LIST_GOES_ON = /^(?:,\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}|,?\s+(?:that|which)\s+(?:killed|left|wounded|injured)\s+[^,;.]{1,40}?)*,?\s+(?:and|or)\s+(?=(?:the|an?)\s)/u;
/** The events coordinated after the one an event phrase names ("responsible for A, …, and B"): B (each an event). */
function coordinatedEvents(body: string, b: number, end: number): string[] {
  const rest = body.slice(b, Math.min(end, b + 160));
  const stop = phraseStop(rest);
  const more = stop >= 0 ? LIST_GOES_ON.exec(rest.slice(stop)) : null;
  return more ? eventsListedAfter(body, b + stop + more[0].length, end).filter((x) => EVENT_NOUN.test(x)) : [];
}
/**
 * The events listed after position `b`: "the A attack in 1998, the abduction of B, and the attack on C"
 * (a phrase stops at ", and"; a list goes on past it when an article follows), each as listedEvents gives it.
 */
function eventsListedAfter(body: string, b: number, end: number): string[] {
  const out: string[] = [];
  for (let p = b, n = 0; n < 8; n++) {
    const rest = body.slice(p, Math.min(end, p + 120));
    const stop = phraseStop(rest);
    out.push(...listedEvents(phraseAfter(body, p, end)));
    const more = stop >= 0 ? LIST_GOES_ON.exec(rest.slice(stop)) : null;
    if (!more) break;
    p += stop + more[0].length;
  }
  return out;
}
// where an event phrase ends: a sentence's end (not an initialism's period, "the U.S. Consulate"), a clause's
// punctuation or link word, a relative clause. Read by a walk over the code units: a mark that always ends
// it, else the expression for a period, a comma or a white space where one stands (most units are letters)
const STOP_DOT = /\.(?<!(?:^|[\s(])(?:[A-Z]\.)+[A-Z]\.)(?=\s+[A-Z0-9“"]|\s*$|\[)/y;
const STOP_COMMA = /,\s+(?=which|that|who|whom|whose|and|but|while|although|as|according|including|when|where|charges|allegations|accusations|(?:in|on|at|by|from|during)\s|\w+ing\b|[A-Z])/y;
const STOP_SPACE = /\s(?:(?:that|which|who|were|was|is|are|has|have|after|before|since|because|but|while|in which|traveling|travelling|heading|bound|en route)\s|and\s+(?:warned|vowed|threatened|promised|said|added|called|demanded|urged|pledged)\b|(?<!\b(?:the|an?|its|their|his|her)\s)killing\s|(?<!\bsuch\s)as\s+(?:an?|the)\s|[—–])/y;
/** The unit after a white space may begin STOP_SPACE's word or dash: a b e h i k s t w — – */
const spaceStopNext = (c: number) =>
  c === 97 || c === 98 || c === 101 || c === 104 || c === 105 || c === 107 || c === 115 || c === 116 || c === 119 || c === 0x2014 || c === 0x2013;
/** Where the event phrase in `rest` ends (see above), or -1. */
function phraseStop(rest: string): number {
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    if (c === 59 || c === 58 || c === 33 || c === 63 || c === 34 || c === 91 || c === 0x201d || c === 0x2014) return i;
    const re = c === 46 ? STOP_DOT : c === 44 ? STOP_COMMA : (c <= 32 || c >= 0x80) && spaceStopNext(rest.charCodeAt(i + 1)) ? STOP_SPACE : null;
    if (re === null) continue;
    re.lastIndex = i;
    if (re.test(rest)) return i;
  }
  return -1;
}

/** A date opening an event phrase: "2008 ", "January 14, 2008 ", "14 January 2008 ", "April 2008 ", "March ". */
const DATE_LEAD = new RegExp(`^(?:(?:${MONTH_NAMES})\\s+(?:\\d{1,2},?\\s+)?(?:\\d{4}\\s+)?|\\d{1,2}\\s+(?:${MONTH_NAMES})\\s+(?:\\d{4}\\s+)?|\\d{4}\\s+)(?=\\p{L})`, 'u');
/**
 * The events an event phrase names: the examples it lists ("attacks like the 2008 X bombing and the 2011
 * assault on Y" → "2008 X bombing", "2011 assault on Y"), else the phrase; without a leading article.
 */
function eventItems(ev: string): string[] {
  const ex = /\s(?:like|such as|including)\s+(.+)$/i.exec(ev);
  return ex ? listedEvents(ex[1]!) : [ev];
}
/** Where a list of events splits: a comma (not the one of a date, "October 4, 2017"), or "and"/"or" before an article. */
const LIST_SPLIT = new RegExp(`\\s*,(?<!\\b(?:${MONTH_NAMES})\\s+\\d{1,2},)\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+(?=(?:the|an?)\\s)`, 'i');
/** The events of a list ("the 2008 X bombing and the 2011 assault on Y"), without a leading article. */
function listedEvents(list: string): string[] {
  return list
    .split(LIST_SPLIT)
    .map((x) => x.replace(/^(?:the|a|an)\s+/i, ''))
    .filter((x) => x.length >= 3);
}

/** A relative clause or an act between an event phrase and a later "including" (the examples are then another's). */
const RELATIVE_OR_ACT = /\b(?:that|which|who|whom|whose|killing|killed|wounding|injuring)\b/i;
/** The comma and "including" after an event phrase ("… attacks, including the X bombing"). */
const INCLUDING_IN = /,\s+including\s+in\s+/;
const INCLUDING = /,\s+including\s+(?!(?:in|at|on|by|from|with|for|to|against|among)\b)/;
/** "the northwestern city of X", "the capital of X": a place's description before its name. */
const PLACE_DESCRIPTION = /\bthe\s+(?:[\w-]+\s+){0,3}?(?:city|town|village|district|province|region|capital|port) of\s+(?=\p{Lu})/gu;
/** "in parts of Karachi": the place itself. */
const PLACE_PARTS = /(?<=\b(?:in|across|throughout)\s)(?:(?:several|many|various|some)\s+)?(?:parts|areas) of\s+(?=\p{Lu})/gu;
/** A date closing an event phrase ("… in 1998", "… in April 2018"): written as the phrase's "(date)". */
const TRAILING_DATE = new RegExp(`\\s+(?:in|on)\\s+(?:(?:early|late|mid-?)\\s*)?((?:(?:${MONTH_NAMES})\\s+)?(?:\\d{1,2},?\\s+)?\\d{4}|\\d{1,2}\\s+(?:${MONTH_NAMES})|(?:${MONTH_NAMES})\\s+\\d{1,2})$`);
/** A day or month that owns the event ("Monday's attack", "April's assassination attempt"): its date, not its name. */
const DAY_POSSESSIVE = new RegExp(`^(?:${MONTH_NAMES}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Yy]esterday|[Tt]oday|[Ll]ast (?:week|month|year))['’]s\\s+`);
/** A count or quantity before an event's noun ("numerous attacks", "a series of strikes"): no part of its name. */
const QUANTIFIER = /^(?:numerous|several|many|various|multiple|(?:an?\s+)?(?:number|series|wave|string|spate|succession) of|dozens of|scores of|hundreds of)\s+/i;
/** "both" before two coordinated words ("against both X and Y interests"). */
const BOTH = /\bboth\s+(?=(?:\S+\s+){1,3}and\s)/;
/** Titles and qualifiers right before a person's name ("former Pakistan's Prime Minister", "Afghan President"). */
const TITLE_RUN = /(?:^|(?<=\b(?:of|on|against|at|by|with|to|for)\s))(?:(?:the|former|late|then|(?:\p{Lu}[\p{L}.-]*(?:['’]s)?))\s+)+$/u;
/**
 * An event phrase as the event's own noun phrase: a place named without its description ("the U.S.
 * consulate in the northwestern city of Peshawar" → "… in Peshawar"), a person without titles ("the
 * assassination of former Prime Minister X" → "… of X"), a place without the larger place that owns it
 * ("New York City's Times Square" → "Times Square"), no count before it ("numerous attacks"), no closing
 * punctuation. `ms`: the mentions, those
 * within [b, end) are the phrase's.
 */
function eventPhrase(ev: string, ms: ExtractedMention[], b: number, end: number): string {
  let e = ev.length; // (the closing punctuation cut)
  while (e > 0 && closingMark(ev.charCodeAt(e - 1))) e--;
  let t = (e < ev.length ? ev.slice(0, e) : ev).replace(QUANTIFIER, '');
  // (each expression only where its mark is: "both", a closing digit, a possessive, " of ")
  if (t.includes('both')) t = t.replace(BOTH, '');
  if (isDigit(t.charCodeAt(t.length - 1)) || MONTH_LIST.includes(t.slice(t.lastIndexOf(' ') + 1))) t = t.replace(TRAILING_DATE, ' ($1)');
  if (t.includes('’s') || t.includes("'s")) t = t.replace(DAY_POSSESSIVE, '');
  if (t.includes(' of ')) {
    t = t.replace(PLACE_DESCRIPTION, '');
    if (t.includes('parts of') || t.includes('areas of')) t = t.replace(PLACE_PARTS, '');
  }
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    if (m.start < b || m.end > end || (m.type !== 'person' && m.type !== 'place')) continue;
    const i = t.indexOf(m.text);
    if (i < 0) continue;
    if (m.type === 'person') {
      t = t.slice(0, i) + m.canonical + t.slice(i + m.text.length); // (the person's full name: "Karzai" → "Hamid Karzai")
      const pre = TITLE_RUN.exec(t.slice(0, i));
      if (pre && pre[0].length > 0 && pre.index > 0) t = t.slice(0, pre.index) + t.slice(i);
    } else {
      const nx = ms[k + 1];
      if (nx && nx.type === 'place' && /^['’]s\s+$/.test(gapTo(t, i + m.text.length, nx.text))) t = t.slice(0, i) + t.slice(t.indexOf(nx.text, i + m.text.length));
    }
  }
  return t;
}
/** A claim's date as an event's name writes it, as precise as the text: "16 December 2014", "March 2016", "2016". */
function whenLabel(when: ExtractedClaim['when']): string | undefined {
  const d = when?.start;
  if (!d) return undefined;
  const y = d.slice(0, 4);
  if (when.precision === 'year' || when.precision === 'range' || d.length < 7) return y;
  const m = MONTH_LIST[Number(d.slice(5, 7)) - 1];
  if (!m) return y;
  return when.precision === 'day' && d.length >= 10 ? `${Number(d.slice(8, 10))} ${m} ${y}` : `${m} ${y}`;
}
/** " and its leader, " after a group in a list ("designated G and its leader, P, as …"). */
const ITS_LEADER = /^,?\s+and\s+(?:its|their)\s+(?:former\s+|top\s+|founding\s+)?(leader|founder|chief|commander|emir|spokesman),?\s+/;
/** ", and B of carrying it out" after an accusation: B, the act, its object. */
const ACCUSED_TOO = /,?\s+and\s+([^,;]{3,90}?)\s+of\s+(\w+ing(?:\s+out)?)\s+([^,;.]{2,80})/;
/** "the Iranian government" (in `t`) as the state its demonym names, or null. */
function demonymGovernment(t: string): ExtractedMention | null {
  const m = / (?:government|authorities|regime)\b/.test(t) ? /\bthe\s+(\p{Lu}\p{Ll}+)\s+(?:government|authorities|regime)\b/u.exec(t) : null;
  const c = m ? (demonyms as Record<string, string>)[m[1]!] : undefined;
  return c ? ({ canonical: c, type: 'place', entity_id: null, start: -1, end: -1, text: m![1] } as unknown as ExtractedMention) : null;
}
/** `. , ;` */
const closingMark = (c: number) => c === 46 || c === 44 || c === 59;
/** The text of t from `p` to the next occurrence of `next`, or '' when there is none. */
function gapTo(t: string, p: number, next: string): string {
  const j = t.indexOf(next, p);
  return j < 0 ? '' : t.slice(p, j);
}

/** The phrase before position `a` back to the start of its clause (the last , ; : — within 120 characters). */
function phraseBefore(ctx: Ctx, from: number, a: number): string {
  const { body, units } = ctx;
  const lo = Math.max(from, a - 120);
  let c = a;
  while (c > lo && !endsPhrase(units[c - 1]!)) c--;
  const ph = body
    .slice(c, a)
    .trim()
    .replace(/\s+(?:was|were|is|are|been|has been|have been|had been)$/i, '')
    .replace(/^(?:the|a|an)\s+/i, '');
  return singleSpaced(ph) ? ph : ph.replace(/\s+/g, ' '); // (no space at either end)
}
/**
 * A toll after "responsible for": "killing hundreds of U.S. soldiers", "the deaths of 849 civilians": [, the act, the
 * people with their count] (the people end at a word that goes on to another clause or a time: "and", "in", ",").
 */
const RESPONSIBLE_FOR_TOLL = /^\s+(killing|(?:the\s+)?(?:deaths?|killings?|murders?)\s+of)\s+((?:[\p{L}\d.,'’-]+\s+){0,5}?[\p{L}'’-]+)(?=\s+(?:and|in|since|during|across|over|at|on|from|with)\b|\s*[,;:([]|\.(?:\s|$)|$)/u;
/** Whether the event phrase `item` right after `b` is followed by "since <year>" ("attacks … since 2017"): a period, named so. */
function sinceYear(body: string, b: number, end: number, item: string, year: string): boolean {
  if (!/^\d{4}$/.test(year)) return false;
  const i = body.indexOf(` since ${year}`, b);
  return i >= 0 && i < end && i - b <= item.length + 40;
}
/** `, ; : —` */
const endsPhrase = (c: number) => c === 44 || c === 59 || c === 58 || c === 0x2014;

function apply(
  ctx: Ctx,
  rule: Rule,
  s: Sentence,
  a: number,
  b: number,
  matched: string,
  ms: ExtractedMention[],
  claimant: ExtractedParty,
  hedged: boolean,
  when: ExtractedClaim['when'],
  from: number,
) {
  const { body } = ctx;
  const action = singleSpacedAt(ctx.units, a, b) ? matched : matched.replace(/\s+/g, ' ').trim();
  const base: Base = { s, claimant, hedged, when, negated: false };
  const pred = rule.predicate;
  switch (rule.shape) {
    case 'event':
    case 'event_before': {
      const subj0 = subjectBefore(ctx, s, a, ms, from);
      // (a subject named before the clause, as "the group" or "it" stand for it, is kept: no group named inside
      // the clause, "founded by a former G leader", takes its place)
      // (not a party that qualifies a word: "the al-Qaida-linked Haqqani group")
      const subj = rule.shape === 'event_before' && subj0 && subj0.start >= from ? ms.findLast((x) => x.end <= a && x.type === 'organization' && x.start >= from && !(isHyphen(body.charCodeAt(x.end)) && HYPHENATED.test(body.slice(x.end, x.end + 30)))) || null : subj0;
      // no party right before: states a demonym names ("the Indian and Pakistani governments condemned …")
      const subjs = subj ? [subj] : rule.shape === 'event' ? demonymSubjects(ctx, from, a) : [];
      // (a state acts by perpetrating or condemning)
      const condemns = opensWith(matched, 'condemn');
      if (subjs.length === 0 || (subjs[0]!.type === 'place' && pred !== 'perpetrated' && !condemns) || pred === 'met') return;
      // "is responsible for killing hundreds of U.S. soldiers", "… for the deaths of 849 civilians in 2020": the people
      if (/^responsible\s+for$/i.test(matched) && subj) {
        const toll = RESPONSIBLE_FOR_TOLL.exec(body.slice(b, Math.min(s.end, b + 100)));
        const people = toll ? toll[2]!.replace(ACT_QUANTITY, '') : '';
        // (the people's noun ends the phrase: "the killing of two guards of the U.S. Consulate in X" is an event's name)
        if (people && PEOPLE_NOUN.test(people.slice(people.lastIndexOf(' ') + 1))) {
          emit(ctx, base, { subject: party(subj), predicate: pred, object: { literal: `${toll![1]} ${people}` }, action, actor: subj.canonical, target: people, attAction: `responsible for ${toll![1]!.replace(/^the\s+/i, '')}` });
          return;
        }
      }
      let ev = phraseAfter(body, b, s.end, true);
      if (ADJUNCT.test(ev)) ev = '';
      if (ev) ev = eventCore(ev);
      // ("involved in" an act of violence: not "involved in the civil war", "involved in politics")
      if (ev && matched.endsWith('involved in') && !EVENT_NOUN.test(ev)) return;
      // ("ordered" an act of violence, its noun within the phrase's first words: not "ordered authorities to arrest …")
      if (ev && /^ordered$/i.test(matched) && !ORDERED_EVENT.test(ev)) return;
      if (!ev && pred === 'claimed_responsibility_for') {
        const ps = paraStart(ctx, s);
        const prevPara = ctx.paraStarts[s.para - 1] ?? ps;
        const place =
          ctx.mentions.find((m) => m.type === 'place' && m.start >= ps && m.start < s.start) ??
          ctx.mentions.find((m) => m.type === 'place' && m.start >= prevPara && m.start < ps);
        if (place) ev = `${place.canonical} attack`;
      }
      if (!ev || (subjs[0]!.type === 'place' && !/attack|strike|bomb/i.test(ev))) return;
      const where = ms.find((m) => m.type === 'place' && m.start >= b && m.start - b <= ev.length + 4) ?? null;
      // the event named with its year when the sentence dates it and the phrase does not ("… Kashmir (2011)");
      // a phrase that opens with its own date ("the January 14, 2008 attack on X") is named without it (the
      // claim's `when` keeps the date)
      const year = whenLabel(when);
      // "attacks abroad, including in X and Y": the places are where the acts were, one attribution each
      const incIn = INCLUDING_IN.exec(body.slice(b, Math.min(s.end, b + ev.length + 30)));
      const places = incIn ? listAfter(ctx, b + incIn.index + incIn[0].length, s.end, ms, PLACE) : [];
      if (places.length > 0) {
        for (const sj of subjs)
          for (const pl of places) emit(ctx, base, { subject: party(sj), predicate: pred, object: party(pl), action, actor: sj.canonical, target: pl.canonical, where: party(pl), attAction: `${rule.action ?? action} ${eventPhrase(ev, ms, b, s.end)}, including in` });
        return;
      }
      // "numerous attacks on X, including the 2009 bombing of Y": the examples are the events named
      const inc = INCLUDING.exec(body.slice(b, s.end));
      // (further on, past a list the phrase stopped at: "acts against Greek, U.S., and other targets since 2003,
      // including the 2007 RPG attack …", only examples that are each an event and no relative clause between)
      const near = inc !== null && inc.index <= ev.length + 8;
      const far = !near && inc !== null && inc.index <= 160 && !RELATIVE_OR_ACT.test(body.slice(b, b + inc.index)) ? eventsListedAfter(body, b + inc.index + inc[0].length, s.end) : [];
      const items = near ? eventsListedAfter(body, b + inc!.index + inc![0].length, s.end) : far.length > 0 && far.every((x) => EVENT_NOUN.test(x)) ? far : eventItems(ev);
      // "was also responsible for a 2008 blast in …, that killed 30 people, and a series of bombings in …": each
      // (the sentence's year is the first one's: "a 2008 blast …, and a series of bombings …")
      const coordinated = !near && far.length === 0 && items.length === 1 && EVENT_NOUN.test(ev) ? coordinatedEvents(body, b, s.end) : [];
      items.push(...coordinated);
      // "the attack in the city" on a page about one attack: the event the page names
      const generic = items.length === 1 && /^\s*(?:the|this|these)\s/i.test(body.slice(b, b + 8)) && GENERIC_EVENT.test(`the ${ev}`);
      // (else the event named last in the text with the same noun: "condemned the attacks in X … G claimed
      // responsibility for the attacks")
      const page = generic ? (pageEvent(ctx) ?? antecedentEvent(ctx, ev)) : null;
      for (const raw of page ? [page] : items) {
        const item = page ?? eventPhrase(raw, ms, b, s.end);
        const bare = page ? item : item.replace(DATE_LEAD, ''); // (a page's name is kept whole)
        const target = bare !== item ? bare : page ? page : year && !coordinated.includes(raw) && !/\b\d{4}\b|\)$/.test(item) ? `${item} ${sinceYear(body, b, s.end, item, year) ? `since ${year}` : `(${year})`}` : item;
        // (an event noun alone names no event: the claim is kept, with no attribution: "condemned the strikes")
        const named = BARE_EVENT.test(item) ? '' : target;
        for (const sj of subjs) emit(ctx, base, { subject: party(sj), predicate: pred, object: { literal: item }, action, actor: sj.canonical, target: named, where: where ? party(where) : null, attAction: rule.action });
        if (named && !page) rememberEvent(ctx, named);
      }
      // "Hamas representatives, including Dr. X, attended …": the people named in between attended too
      if (subj && (pred === 'attended' || pred === 'claimed_responsibility_for'))
        for (const p of ms.filter((x) => x.type === 'person' && x.start > subj.end && x.end <= a))
          emit(ctx, base, { subject: party(p), predicate: pred, object: { literal: ev }, action, actor: p.canonical, target: ev, where: where ? party(where) : null });
      return;
    }
    case 'unnamed_doer': {
      // "four masked gunmen attacked the Westgate shopping mall", "three Islamist gunmen opened fire at …": attackers
      // the text does not name (an indefinite or counted group right before the verb) carried out the event the
      // page is about (only there: elsewhere the act is one of several the text names)
      const doer = UNNAMED_DOER.exec(body.slice(Math.max(from, a - 70), a));
      if (!doer) return;
      const ev = pageEvent(ctx);
      if (!ev) return;
      const who = doer[1]!.replace(/\s+/g, ' ');
      emit(ctx, base, { subject: literalParty(who), predicate: pred, object: { literal: ev }, action, actor: who, target: ev });
      return;
    }
    case 'justice': {
      // "The members of the Security Council underlined the need to bring perpetrators … to justice", "stressed
      // that those responsible … shall be held accountable": the speaker's call about the event the statement is
      // on (its title's, "Press Statement on Terrorist Attacks in Pakistan"), else the event named last
      const subj = subjectBefore(ctx, s, a, ms, from);
      if (!subj || subj.type === 'place') return;
      const ev = statementEvent(ctx) ?? lastEventName(ctx);
      if (!ev) return;
      const att = body.slice(a, s.end).replace(/\s+/g, ' ').replace(/[.;:\s]+$/, '');
      emit(ctx, base, { subject: party(subj), predicate: pred, object: { literal: ev }, action, actor: subj.canonical, target: ev, attAction: att.length <= 240 ? att : action });
      return;
    }
    case 'np_of': {
      // a noun phrase: "Iran's capture and execution of its leader, X", "the sheltering of X by Y"
      const targets = listAfter(ctx, b, s.end, ms, ORG | PERSON);
      if (targets.length === 0) return;
      let actor: ExtractedMention | null = null;
      const poss = lastBefore(ms, a, from);
      if (poss && isActor(poss) && /^['’]s\s+$/.test(body.slice(poss.end, a))) actor = poss;
      if (!actor) {
        const last = targets[targets.length - 1]!;
        const by = /^\s*(?:\([^)]{1,12}\)\s*)?by\s+/.exec(body.slice(last.end, last.end + 24));
        if (by) actor = listAfter(ctx, last.end + by[0].length, s.end, ms)[0] ?? null;
      }
      if (!actor) return;
      const state = actor.type === 'place' ? ctx.metonyms.get(actor.canonical) : undefined;
      if (state) actor = asState(actor, state);
      const noun = action.toLowerCase();
      const p2 = /shelter|harbou?r/.test(noun) ? 'harboured_by' : /fund|financ/.test(noun) ? 'funded_by' : /train/.test(noun) ? 'trained_by' : /back|sponsor/.test(noun) ? 'supported_by' : null;
      for (const t of targets) {
        if (t.canonical === actor.canonical) continue;
        if (p2) emit(ctx, base, { subject: party(t), predicate: p2, object: party(actor), action, actor: actor.canonical, target: t.canonical });
        else emit(ctx, base, { subject: party(actor), predicate: pred, object: { literal: `${action} ${t.canonical}` }, action, actor: actor.canonical, target: t.canonical });
      }
      return;
    }
    case 'passive_by': {
      // "Six leaders of JMB were captured by the RAB", "the attack was claimed by TRF"
      const doer = listAfter(ctx, b, s.end, ms, ORG | PERSON | PLACE)[0];
      const verb = action.replace(/\s+by$/i, '');
      if (!doer || doer.start - b > 2) {
        // "The group, led by Shoko Asahara, …" where the leader is found as no person: the name as written
        const name = LED_BY_NAME.test(verb) ? NAME_AFTER_BY.exec(body.slice(b, b + 60)) : null;
        const subj = name ? subjectBefore(ctx, s, a, ms, from) : null;
        if (name && subj?.type === 'organization') emit(ctx, base, { subject: literalParty(name[1]!), predicate: 'leader_of', object: party(subj), action: verb, actor: name[1]!, target: subj.canonical });
        if (!doer) return;
      }
      const perpetrated = PERPETRATED.test(verb);
      if (/^claimed$/i.test(verb) || perpetrated) {
        // "the attack was claimed by X", "(officials concluded that) the attack was carried out by X"
        let ev = phraseBefore(ctx, from, a).replace(/^(?:the\s+)?responsibility\s+for\s+/i, '').replace(/^.*\b(?:that|which)\s+/i, '');
        // "It was carried out by X" (a pronoun opening the clause): the page's event, else the event named last
        if (/^(?:it|this)$/i.test(ev)) ev = pageEvent(ctx) ?? lastEventName(ctx) ?? '';
        if (!ev || !EVENT_NOUN.test(ev)) return;
        ev = namedEvent(ctx, ev).replace(/^the\s+/i, '');
        // the doer of a perpetration is a group or a person; "by the X branch of G, H": the name in apposition last
        let by = perpetrated ? listAfter(ctx, b, s.end, ms, ORG | PERSON) : [doer];
        if (perpetrated && by.length === 2 && /^\s*,\s*$/.test(body.slice(by[0]!.end, by[1]!.start))) by = [by[1]!];
        for (const d of by)
          emit(ctx, base, { subject: party(d), predicate: perpetrated ? 'perpetrated' : 'claimed_responsibility_for', object: { literal: ev }, action, actor: d.canonical, target: ev, attAction: perpetrated ? verb : 'claimed responsibility for' });
        return;
      }
      const subj = subjectBefore(ctx, s, a, ms, from);
      if (!subj || subj.canonical === doer.canonical) return;
      if (/^(?:led|commanded|headed)$/i.test(verb)) {
        if (subj.type !== 'organization') return;
        // "The group, led by Shoko Asahara,", "The group was commanded by P": the person named right after "by" led it
        if (doer.type === 'person' && /^\s*$/.test(body.slice(b, doer.start))) {
          emit(ctx, base, { subject: party(doer), predicate: 'leader_of', object: party(subj), action: verb, actor: doer.canonical, target: subj.canonical });
          return;
        }
        // "The group was led by a former TTP commander": the led group is the actor of the relation
        emit(ctx, base, { subject: party(subj), predicate: 'associated_with', object: party(doer), action: 'was led by', actor: subj.canonical, target: doer.canonical });
        return;
      }
      const what = phraseBefore(ctx, from, a);
      emit(ctx, base, { subject: party(doer), predicate: pred, object: { literal: `${verb} ${what || subj.canonical}` }, action: verb, actor: doer.canonical, target: subj.canonical });
      return;
    }
    case 'poss_support': {
      // "Haqqani had the CIA's full support": the possessor supports the subject of the verb
      // the possessive can sit before the clause start (`from`); then there is no giver in the clause
      const poss = /['’]s (?:\w+ )?$/i.exec(body.slice(Math.max(from, a - 30), a));
      if (!poss) return;
      const at = a - poss[0].length;
      const giver = lastBefore(ms, at, from);
      if (!giver || giver.end !== at || !isActor(giver)) return;
      const v = /\b(?:had|has|have|enjoyed|enjoys|received|receives|gained|won|got)\s+(?:the\s+)?$/i.exec(body.slice(Math.max(from, giver.start - 30), giver.start));
      if (!v) return;
      const taker = subjectBefore(ctx, s, giver.start - v[0].length, ms, from);
      if (!taker || taker.canonical === giver.canonical) return;
      const what = body.slice(at + 3, b).replace(/\s+/g, ' ');
      emit(ctx, base, { subject: party(taker), predicate: pred, object: party(giver), action: what, actor: giver.canonical, target: taker.canonical, attAction: `gave ${what} to` });
      return;
    }
    case 'based_in': {
      // "it is based in Pakistan's Waziristan tribal frontier": the most specific place named
      const subj = subjectBefore(ctx, s, a, ms, from);
      const located = /located/i.test(matched); // (a person may be located somewhere; only a group is based)
      if (!subj || !(subj.type === 'organization' || (located && subj.type === 'person'))) return;
      const places = listAfter(ctx, b, s.end, ms, PLACE);
      let where = places[0];
      if (!where) return;
      const k = ms.indexOf(where);
      const nx = ms[k + 1];
      if (nx && nx.type === 'place' && /^['’]s\s+$/.test(body.slice(where.end, nx.start))) where = nx;
      emit(ctx, base, { subject: party(subj), predicate: pred, object: party(where), action: located ? 'is located in' : 'is based in', actor: subj.canonical, target: where.canonical, where: party(where) });
      return;
    }
    case 'poss_event': {
      // "its October 7 attack on Israel", "Iran's missile strikes against X": the possessor carried it out
      const pm = /(?:\b(its|their)|['’]s)\s+((?:[\w-]+\s+){0,3})$/i.exec(body.slice(Math.max(from, a - 40), a));
      if (!pm) return;
      let doer: ExtractedMention | null = null;
      if (pm[1]) {
        for (let k = ms.length - 1; k >= 0 && !doer; k--) if (ms[k]!.end <= a && ms[k]!.start >= s.start && ms[k]!.type === 'organization') doer = ms[k]!;
      } else {
        const at = a - pm[0].length;
        const m = lastBefore(ms, at, from);
        doer = m && m.end === at && isActor(m) ? m : null;
      }
      if (!doer) return;
      const state = doer.type === 'place' ? ctx.metonyms.get(doer.canonical) : undefined;
      if (state) doer = asState(doer, state);
      const on = phraseAfter(body, b, s.end);
      if (!on) return;
      const ev = `${pm[2]}${action} ${on}`.replace(/\s+/g, ' ');
      const what = action.split(' ')[0]!;
      emit(ctx, base, { subject: party(doer), predicate: pred, object: { literal: ev }, action, actor: doer.canonical, target: ev, attAction: `carried out ${what}` });
      return;
    }
    case 'killed': {
      // "X has killed 300 civilians": also X's act against people (attr6)
      if (!isDigit(matched.charCodeAt(0))) actOnPeople(ctx, base, s, a, a + (/^shot dead/i.test(matched) ? 9 : matched.indexOf(' ')), ms, from);
      const num = /(\d[\d,]*)/.exec(matched);
      if (!num) return;
      const before = phraseBefore(ctx, from, a).replace(/\s+(?:that|which)$/i, '');
      let ev = /\b(?:attacks?|bombings?|blasts?|explosions?|strikes?|massacre|ambush|assault|shooting)$/i.test(before) ? before : '';
      if (!ev) {
        const place = ctx.mentions.find((m) => m.type === 'place' && m.start >= paraStart(ctx, s) && m.start < s.end);
        if (place) ev = `${place.canonical} attack`;
      }
      if (!ev) return;
      emit(ctx, base, { subject: literalParty(ev), predicate: pred, object: { literal: num[1]!.replace(/,/g, '') }, action, actor: '', target: '' });
      return;
    }
    case 'aim':
      aimOf(ctx, base, s, a, b, action, ms, from);
      return;
    case 'act_on':
      actOnPeople(ctx, base, s, a, a + (action.indexOf(' ') < 0 ? action.length : action.indexOf(' ')), ms, from);
      return;
    case 'killed_in':
      killedInStrike(ctx, base, s, a, b, ms, from);
      return;
    case 'branch_before':
      branchBefore(ctx, base, s, a, action, ms, from);
      return;
    case 'met': {
      // "X met (with) Y": a claim of the meeting; no attribution (annotators of every set leave meetings out)
      const subj = subjectBefore(ctx, s, a, ms, from);
      if (!subj) return;
      for (const o of listAfter(ctx, b, s.end, ms, ORG | PERSON)) emit(ctx, base, { subject: party(subj), predicate: 'met', object: party(o), action, actor: '', target: o.canonical });
      return;
    }
    case 'verb':
    case 'with_support': {
      // "was supported by X", "was supported, since its inception, by X"
      const pby = /^\s*(?:,[^,;.]{1,40},)?\s+by\b/i.exec(body.slice(b, b + 50));
      const passive = pby !== null;
      if (rule.shape === 'with_support' || passive) {
        const start = pby ? b + pby[0].length : b;
        const givers = listAfter(ctx, start, s.end, ms);
        const taker = subjectBefore(ctx, s, a, ms, from);
        if (!taker) return;
        for (const g of givers)
          emit(ctx, base, { subject: party(taker), predicate: pred, object: party(g), action, actor: g.canonical, target: taker.canonical, attAction: action.replace(/^(?:acting |act |acts )?with the /, '') });
        return;
      }
      const subj = subjectBefore(ctx, s, a, ms, from);
      if (!subj) return;
      let objs = listAfter(ctx, b, s.end, ms, ORG | PERSON);
      if (objs.length === 0 && DEFINITE.test(body.slice(b, b + 40).trim()) && ctx.topic) objs = [ctx.topic];
      const negated = /\bnot\s+$/i.test(body.slice(Math.max(s.start, a - 8), a));
      for (const o of objs) {
        // "X supported Y" asserts Y supported_by X (predicates read subject → object)
        const inverse = pred.endsWith('_by');
        emit(ctx, base, {
          negated,
          subject: party(inverse ? o : subj),
          predicate: pred,
          object: party(inverse ? subj : o),
          action,
          actor: negated ? '' : subj.canonical,
          target: o.canonical,
        });
      }
      return;
    }
    case 'receive': {
      const fromIdx = b;
      const givers = listAfter(ctx, fromIdx, s.end, ms);
      const g = givers[0] ?? ms.find((m) => m.start >= fromIdx && m.type === 'organization');
      if (!g) return;
      let takers = ms.filter((m) => m.end <= a && m.start >= from && m.type === 'organization');
      if (takers.length === 0) {
        const t = subjectBefore(ctx, s, a, ms, from);
        takers = t ? [t] : [];
      }
      takers = takers.filter((t, i) => takers.findIndex((u) => u.canonical === t.canonical) === i);
      // "X has never received money from Y": the support is stated as not given
      const never = NOT_BEFORE.exec(body.slice(Math.max(s.start, a - 12), a));
      const act = never ? `${never[1]!.toLowerCase()} ${action}` : action;
      for (const t of takers)
        emit(ctx, base, { negated: never !== null, subject: party(t), predicate: /financ|fund/i.test(action) ? 'funded_by' : pred, object: party(g), action: act, actor: g.canonical, target: t.canonical });
      return;
    }
    case 'blame': {
      // "the attacks blamed on X": the event before, the party after
      if (/on$/i.test(matched)) {
        const blamed = listAfter(ctx, b, s.end, ms, ORG | PERSON)[0];
        // ("the 2008 attack on X, blamed on G, …": the phrase before the comma)
        let pb = phraseBefore(ctx, from, a);
        if (!pb && /,\s*$/.test(body.slice(Math.max(from, a - 3), a))) pb = phraseBefore(ctx, from, body.lastIndexOf(',', a - 1));
        const ev = pb.replace(/^(?:(?:some|many|most|one|several|all|any)\s+of\s+)?(?:the|these|those)\s+/i, '');
        if (!blamed || !ev || !EVENT_NOUN.test(ev) || blamed.start - b > 40) return;
        const named = namedEvent(ctx, `the ${ev}`).replace(/^the\s+/i, '');
        const target = named === ev ? eventPhrase(eventCore(ev), ms, from, a).replace(DATE_LEAD, '') : named;
        if (BARE_EVENT.test(target)) return;
        emit(ctx, base, { subject: party(blamed), predicate: pred, object: { literal: target }, action, actor: blamed.canonical, target, attAction: 'blamed for' });
        return;
      }
      // "Y blamed X (for the attack)": X is blamed, Y (the subject) the claimant; with no event after "for",
      // the event the page or the text named last
      const blamed = listAfter(ctx, b, s.end, ms, ORG | PERSON)[0];
      if (!blamed || !/^\s+(?:the\s+|an?\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u.test(body.slice(b, blamed.start))) return;
      const blamer = subjectBefore(ctx, s, a, ms, from);
      const after = body.slice(blamed.end, s.end);
      const forAt = /^[^,;.]{0,30}?\s+for\s+/.exec(after);
      let target: string | null = null;
      if (forAt) {
        const ev = phraseAfter(body, blamed.end + forAt[0].length, s.end);
        const lead = ev ? ACT_LEAD.exec(ev) : null;
        const rest = lead ? ev.slice(lead[0].length) : ev;
        if (!rest || !EVENT_NOUN.test(rest)) return; // ("blamed X for plotting it", "for the country's woes": no event named)
        target = eventPhrase(eventCore(rest.replace(/^(?:the|a|an)\s+/i, '')), ms, blamed.end, s.end);
      } else target = pageEvent(ctx) ?? lastEventName(ctx);
      if (!target || BARE_EVENT.test(target)) return;
      emit(ctx, base, { claimant: blamer ? party(blamer) : claimant, subject: party(blamed), predicate: pred, object: { literal: target }, action, actor: blamed.canonical, target, attAction: 'blamed for' });
      return;
    }
    case 'accuse': {
      const accuser = subjectBefore(ctx, s, a, ms, from);
      // (a government named by its demonym: "accused the Iranian government of …" → Iran)
      const accused = listAfter(ctx, a + matched.search(/\s/), b, ms)[0] ?? demonymGovernment(body.slice(a, b));
      if (!accused) return;
      const inner = /^\s+(\w+ing)\b/.exec(body.slice(b, b + 30));
      const who = accuser ? party(accuser) : claimant;
      if (inner) {
        let objs = listAfter(ctx, b + inner[0].length, s.end, ms, ORG | PERSON);
        // (the object right after the verb: not a party past a comma, "of directing the bombing, and G of …")
        if (objs.length > 0 && /[,;]/.test(body.slice(b + inner[0].length, objs[0]!.start))) objs = [];
        const verb = inner[1]!.toLowerCase();
        const p2 = /harbou?r|shelter/.test(verb) ? 'harboured_by' : /fund|financ/.test(verb) ? 'funded_by' : /support|back|sponsor/.test(verb) ? 'supported_by' : /train/.test(verb) ? 'trained_by' : null;
        for (const o of objs) {
          if (p2) emit(ctx, base, { claimant: who, subject: party(o), predicate: p2, object: party(accused), action: verb, actor: accused.canonical, target: o.canonical });
          else emit(ctx, base, { claimant: who, subject: party(accused), predicate: 'accused_of', object: party(o), action: verb, actor: accused.canonical, target: o.canonical });
        }
        if (objs.length) return;
      }
      const what = phraseAfter(body, b, s.end);
      if (!what) return;
      // the accused is the actor of the alleged act: "accused of plotting the X" → the act "plotting", the event
      // "X"; else the action names the first words ("accused of increasing shelling")
      const lead = ACT_LEAD.exec(what);
      const event = lead ? eventPhrase(what.slice(lead[0].length).replace(/^(?:the|a|an)\s+/i, ''), ms, b, s.end) : '';
      const act = lead && event ? lead[1]!.replace(/\s+/g, ' ') : (/^(?:\S+\s+){0,3}?\S+?(?=\s+(?:of|in|on|against|to|for|at|with|by)\b|$)/.exec(what)?.[0] ?? what);
      // "the bombing" on a page about one bombing: the page's event (else the event named last)
      const target = lead && event ? (GENERIC_EVENT.test(`the ${event}`) ? (pageEvent(ctx) ?? antecedentEvent(ctx, event) ?? event) : event) : what;
      emit(ctx, base, { claimant: who, subject: party(accused), predicate: 'accused_of', object: { literal: target }, action, actor: accused.canonical, target, attAction: `accused of ${act}` });
      // "accused A of directing the bombing, and B of carrying it out": B of its own act ("it": the same event)
      const second = lead && event ? ACCUSED_TOO.exec(body.slice(b, s.end)) : null;
      if (second) {
        const at = b + second.index + second[0].indexOf(second[1]!);
        const other = ms.findLast((x) => x.start >= at && x.end <= at + second[1]!.length && (x.type === 'organization' || x.type === 'person')) ?? demonymGovernment(second[1]!);
        const ev2 = /^(?:it|them)\b/i.test(second[3]!) ? target : eventPhrase(second[3]!.replace(/^(?:the|a|an)\s+/i, ''), ms, at, s.end);
        if (other && ev2 && other.canonical !== accused.canonical)
          emit(ctx, base, { claimant: who, subject: party(other), predicate: 'accused_of', object: { literal: ev2 }, action, actor: other.canonical, target: ev2, attAction: `accused of ${second[2]!.replace(/\s+/g, ' ')}${/^(?:it|them)\s+out\b/i.test(second[3]!) ? ' out' : ''}` });
      }
      // "…, charges the group rejects": the accused denies
      const denied = CHARGES_DENIED.exec(body.slice(b, s.end));
      if (denied) emit(ctx, base, { negated: true, subject: party(accused), predicate: 'denied', object: { literal: target }, action: denied[1]!, actor: accused.canonical, target, attAction: `${denied[1]!.replace(/ed$/, 's').replace(/ss$/, 'sses')} charges of ${act}` });
      return;
    }
    case 'link': {
      const rest = body.slice(b, s.end);
      const to = /\s+to\s+/.exec(rest);
      if (!to || to.index > 80 || to.index === 0) {
        // passive "X (has been) linked to Y" / "X-linked"; "… linked to the A attack, the abduction of B and …": each event
        if (/^\s+to\b/.test(rest)) {
          const subj = subjectBefore(ctx, s, a, ms, from);
          const at = b + rest.indexOf('to') + 2;
          const obj = listAfter(ctx, at, s.end, ms)[0];
          if (subj && obj) emit(ctx, base, { subject: party(subj), predicate: pred, object: party(obj), action: 'linked to', actor: subj.canonical, target: obj.canonical });
          else if (subj && subj.type !== 'place')
            for (const ev of eventsListedAfter(body, at, s.end))
              if (EVENT_NOUN.test(ev)) {
                const item = eventPhrase(ev, ms, at, s.end);
                emit(ctx, base, { subject: party(subj), predicate: pred, object: { literal: item }, action: 'linked to', actor: subj.canonical, target: item });
              }
        }
        return;
      }
      const linker = phraseBefore(ctx, from, a);
      const linkerM = ms.findLast((x) => x.end <= a && x.start >= a - linker.length - 2);
      const who = linkerM ? party(linkerM) : linker ? literalParty(linker) : claimant;
      const between = body.slice(b, b + to.index).trim();
      let actorText = between.replace(/^(?:the)\s+/i, '');
      let actorM = ms.find((x) => x.start >= b && x.end <= b + to.index);
      // "officials have linked the network to A, B and C": the group the text is about, linked to each party
      if (!actorM && DEFINITE.test(between) && /^\S+\s+\S+$/.test(between) && ctx.topic && ctx.topic.type === 'organization') {
        actorM = ctx.topic;
        actorText = actorM.canonical;
      }
      const at = b + to.index + to[0].length;
      const target = phraseAfter(body, at, s.end);
      if (!actorText || !target) return;
      const listed = actorM === ctx.topic && actorM ? listAfter(ctx, at, s.end, ms, ORG | PERSON | PLACE) : [];
      if (listed.length > 1) {
        for (const o of listed)
          if (o.canonical !== actorM!.canonical) emit(ctx, base, { claimant: who, subject: party(actorM!), predicate: pred, object: party(o), action: 'linked to', actor: actorM!.canonical, target: o.canonical });
        return;
      }
      emit(ctx, base, {
        claimant: who,
        subject: actorM && actorM.end - actorM.start >= actorText.length - 1 ? party(actorM) : literalParty(actorText),
        predicate: pred,
        object: { literal: target },
        action: 'linked to',
        actor: actorText,
        target,
      });
      return;
    }
    case 'links_between': {
      const pair = listAfter(ctx, b, s.end, ms);
      if (pair.length >= 2)
        emit(ctx, base, { subject: party(pair[0]!), predicate: pred, object: party(pair[1]!), action: 'has links with', actor: pair[0]!.canonical, target: pair[1]!.canonical });
      return;
    }
    case 'traced': {
      const ev = phraseBefore(ctx, from, a);
      const origin = phraseAfter(body, b, s.end);
      if (!ev || !origin) return;
      emit(ctx, base, { subject: literalParty(origin), predicate: pred, object: { literal: ev }, action: 'traced back to', actor: origin, target: ev, attAction: 'traced as origin of' });
      return;
    }
    case 'designate':
    case 'passive_founded': {
      const after = body.slice(b, s.end);
      const by = /^[^.;]{0,60}?\bby\s+/.exec(after);
      if (rule.shape === 'passive_founded') {
        if (!by) return;
        const founders = listAfter(ctx, b + by[0].length, s.end, ms, PERSON | ORG);
        // "X was founded by Y"; else a reduced relative, "the X network founded by Y": the organisation right before
        const subj = /\b(?:was|were|is|are|been|be|being)\s+(?:\w+ly\s+)?$/i.test(body.slice(Math.max(from, a - 25), a))
          ? subjectBefore(ctx, s, a, ms, from)
          : ms.findLast((x) => x.end <= a && x.start >= from && x.type === 'organization' && /^[\s,]*$/.test(body.slice(x.end, a))) ?? null;
        for (const f of founders) if (subj) emit(ctx, base, { subject: party(subj), predicate: pred, object: party(f), action: 'founded', actor: f.canonical, target: subj.canonical });
        return;
      }
      if (by && !/^\s+(?:the\s+)?(?:Secretary|Department|agency)/.test(after)) {
        const authorities = listAfter(ctx, b + by[0].length, s.end, ms);
        // "X, a … group (designated as … by A, B and C)": the designated is the party the bracket follows
        const paren = /\(\s*$/.test(body.slice(Math.max(from, a - 3), a)) ? ms.findLast((x) => x.end <= a && x.start >= s.start && (x.type === 'organization' || x.type === 'person')) ?? null : null;
        const subj = paren ?? subjectBefore(ctx, s, a, ms, from) ?? ctx.topic;
        if (!subj) return;
        for (const au of authorities)
          emit(ctx, base, { subject: party(subj), predicate: pred, object: party(au), action, actor: au.canonical, target: subj.canonical });
        return;
      }
      // ("is designating" is no passive)
      const passive = !/ing$/i.test(matched) && /\b(?:was|were|is|are|been|be|being)\s+(?:\w+ly\s+)?$/i.test(body.slice(Math.max(from, a - 25), a));
      if (passive) {
        const subj = subjectBefore(ctx, s, a, ms, from);
        const au = authorityBefore(ctx, from, a);
        if (subj && au) emit(ctx, base, { subject: party(subj), predicate: pred, object: authParty(au), action, actor: au.canonical, target: subj.canonical });
        return;
      }
      let authority = subjectBefore(ctx, s, a, ms, from);
      // (a person designates in office: "Secretary of State P designated …" is P's act)
      // "I/We intend to designate …" in an official statement: the body that issues it
      if (!authority && FIRST_PERSON_BEFORE.test(body.slice(Math.max(from, a - 24), a))) authority = documentAuthority(ctx);
      if (!authority) {
        // "The Secretary of State has redesignated …", "The Bangladeshi Government banned …"
        const before = body.slice(from, a);
        if (!/\b(?:Secretary|Department|Government|government|Ministry|agency|authorities)\b/.test(before)) return;
        authority = authorityBefore(ctx, from, a);
        if (!authority) return;
      }
      const au = authority;
      // the designated: a possessive inside the trigger ("amended LET’s designations"), the parties listed
      // right after it, or those after a colon ("… as Foreign Terrorist Organizations: X and Y")
      let objs = ms.filter((m) => m.start >= a && m.end <= b && m.type !== 'place');
      if (objs.length === 0) {
        objs = listAfter(ctx, b, s.end, ms, ORG | PERSON);
        // "designated G and its leader, P, as …": P is designated too, and leads G
        const g = objs[objs.length - 1];
        const its = g && g.type === 'organization' ? ITS_LEADER.exec(body.slice(g.end, Math.min(s.end, g.end + 40))) : null;
        const p = its ? ms.find((x) => x.start === g!.end + its[0].length && x.type === 'person') : undefined;
        if (p) {
          objs.push(p);
          emit(ctx, base, { subject: party(p), predicate: 'leader_of', object: party(g!), action: `${its![1]!.toLowerCase()} of`, actor: p.canonical, target: g!.canonical, attAction: `is the ${its![1]!.toLowerCase()} of` });
        }
      }
      if (objs.length === 0) {
        const colon = body.slice(b, s.end).indexOf(':');
        if (colon >= 0) objs = listAfter(ctx, b + colon + 1, s.end, ms, ORG | PERSON);
      }
      if (objs.length === 0 && DEFINITE.test(after.trim()) && ctx.topic) objs = [ctx.topic];
      // "placed an Indian militant group … on its list of terrorist organizations": a group described, not named,
      // is the one the text is about
      if (objs.length === 0 && rule.action && /\bgroup\b/.test(matched) && ctx.topic?.type === 'organization') objs = [ctx.topic];
      for (const o of objs)
        if (o.canonical !== au.canonical)
          emit(ctx, base, { subject: party(o), predicate: pred, object: authParty(au), action, actor: au.canonical, target: o.canonical, attAction: rule.action });
      return;
    }
    case 'designation_noun': {
      // "Treasury designation of two LeT senior leaders, Muhammad Sarwar and Shahid Mahmood"
      let au = ms.findLast((x) => x.end <= a && x.start >= from && x.type === 'organization') ?? null;
      if (au && body.slice(au.end, a).replace(/['’]s/, '').trim() !== '') {
        // "X has announced the designation of …": the subject of the announcing verb
        const v = /\b(?:announced|announces|approved|made|issued|welcomed)\s+(?:the|its)\s*$/.exec(body.slice(from, a));
        au = v ? subjectBefore(ctx, s, from + v.index!, ms, from) : null;
      }
      if (!au || au.type !== 'organization') return;
      const clauseEnd = body.slice(b, s.end).search(/[;:]|\.\s|\s(?:as|under|and the|which)\s/);
      const end = clauseEnd < 0 ? s.end : b + clauseEnd;
      const objs = ms.filter((m) => m.start >= b && m.end <= end && m.type !== 'place' && m.canonical !== au.canonical);
      const seen = new Set<string>();
      for (const o of objs) {
        if (seen.has(o.canonical)) continue;
        seen.add(o.canonical);
        emit(ctx, base, { subject: party(o), predicate: pred, object: party(au), action: 'designated', actor: au.canonical, target: o.canonical });
      }
      return;
    }
    case 'event_by': {
      const doers = listAfter(ctx, b, s.end, ms, ORG | PERSON);
      if (doers.length === 0) return;
      const seg = body.slice(Math.max(from, a - 60), a + matched.lastIndexOf(' '));
      const words = seg.split(/[\s]+/).slice(-4);
      const ev = words.join(' ').replace(/^.*\b(?:the|a|an|to|of|in)\s+/i, '').trim();
      if (!ev) return;
      for (const d of doers) emit(ctx, base, { subject: party(d), predicate: pred, object: { literal: ev }, action: 'carried out', actor: d.canonical, target: ev });
      return;
    }
    case 'from_to': {
      const givers = listAfter(ctx, b, s.end, ms);
      if (givers.length === 0) return;
      const g = givers[givers.length - 1]!;
      const to = /^\s*to\s+/.exec(body.slice(g.end, g.end + 6));
      if (!to) return;
      for (const t of listAfter(ctx, g.end + to[0].length, s.end, ms, ORG | PERSON))
        emit(ctx, base, { subject: party(t), predicate: pred, object: party(g), action: action.split(' ')[0]!, actor: g.canonical, target: t.canonical });
      return;
    }
    case 'provide': {
      const giver = subjectBefore(ctx, s, a, ms, from);
      if (!giver) return;
      for (const t of listAfter(ctx, b, s.end, ms, ORG | PERSON))
        emit(ctx, base, { subject: party(t), predicate: pred, object: party(giver), action, actor: giver.canonical, target: t.canonical });
      return;
    }
    case 'verb_target': {
      const subj = subjectBefore(ctx, s, a, ms, from);
      if (!subj) return;
      for (const o of listAfter(ctx, b, s.end, ms, ORG | PERSON))
        emit(ctx, base, { subject: party(subj), predicate: 'linked_to', object: party(o), action, actor: subj.canonical, target: o.canonical });
      return;
    }
    case 'apposition': {
      // "X, a front of Y"; after a copula ("it is considered the military wing of Y") the copula's subject
      const cop = COPULA_BEFORE.exec(body.slice(Math.max(from, a - 60), a));
      const subj = cop ? subjectBefore(ctx, s, a - cop[0].length + cop[0].search(/\S/), ms, from) : ms.findLast((x) => x.end <= a && x.type === 'organization' && x.start >= from);
      if (subj && subj.type !== 'organization') return;
      const obj = listAfter(ctx, b, s.end, ms, ORG)[0] ?? ms.find((x) => x.start >= b && x.type === 'organization' && !isHyphen(body.charCodeAt(x.end)));
      if (!subj || !obj || subj.canonical === obj.canonical) return;
      const att = cop ? cop[0].trim().replace(/\s+/g, ' ') + ' ' + action : /proxy/i.test(action) ? 'is a proxy of' : /arm/i.test(action) ? "acts as a 'veritable arm' of" : /alias|name/i.test(action) ? 'is an alias of' : /front/.test(action) ? 'is a front of' : `is ${action.replace(/^(?:an?|the)\s+/i, 'a ')}`;
      emit(ctx, base, { subject: party(subj), predicate: pred, object: party(obj), action, actor: subj.canonical, target: obj.canonical, attAction: att });
      return;
    }
    case 'known_as': {
      // "X, also known as Y and Z, …", "the group, known as Y": each group named after is an alias of the one before
      const m = lastBefore(ms, a, from);
      // (the rule matches "known as": "also", "commonly", "locally" … before it are read here)
      const q = KNOWN_QUALIFIER.exec(body.slice(Math.max(from, a - 20), a));
      const at = q ? a - q[0].length : a;
      let owner: ExtractedMention | null = m && m.type === 'organization' && m.end <= at && /^\s*(?:\([^)]{1,12}\)\s*)?,?\s*$/.test(body.slice(m.end, at)) ? m : null;
      if (!owner && DEFINITE_BEFORE.test(body.slice(Math.max(from, at - 30), at))) owner = ctx.topic;
      if (!owner) return;
      const aliases = listAfter(ctx, b, s.end, ms, ORG);
      // "…, and locally as Y"
      const last = aliases[aliases.length - 1];
      const more = last ? /^\s*,?\s*(?:and|or)\s+(?:[a-z]+ly\s+)?as\s+/.exec(body.slice(last.end, last.end + 30)) : null;
      if (more) aliases.push(...listAfter(ctx, last!.end + more[0].length, s.end, ms, ORG));
      for (const al of aliases)
        if (al.canonical !== owner.canonical) emit(ctx, base, { subject: party(al), predicate: pred, object: party(owner), action: 'is an alias of', actor: al.canonical, target: owner.canonical });
      return;
    }
    case 'alias_list': {
      const owner = ms.findLast((x) => x.end <= a && x.type === 'organization' && x.start >= s.start);
      if (!owner) return;
      // "X and its alias, Y": the parties listed right after; else every group named after the trigger
      const own = /^and its/i.test(matched);
      const aliases = own ? listAfter(ctx, b + (/^\s*,/.exec(body.slice(b, b + 3))?.[0].length ?? 0), s.end, ms, ORG) : ms.filter((m) => m.start >= b && m.type === 'organization' && m.canonical !== owner.canonical);
      const seen = new Set<string>();
      for (const al of aliases) {
        if (seen.has(al.canonical)) continue;
        seen.add(al.canonical);
        emit(ctx, base, { subject: party(al), predicate: pred, object: party(owner), action: 'is an alias of', actor: al.canonical, target: owner.canonical });
      }
      return;
    }
    case 'deny': {
      if (/\bto\s+$/i.test(body.slice(Math.max(s.start, a - 4), a))) return; // "to deny Hamas the ability"
      const who = subjectBefore(ctx, s, a, ms, from) ?? demonymSubjects(ctx, from, a)[0];
      if (!who) return;
      // "denied (that) it played a role in X", "denies involvement in X", "denied the government was involved in X": the event
      const role = ROLE_IN.exec(body.slice(b, Math.min(s.end, b + 80)));
      if (role) {
        const ev = eventPhrase(phraseAfter(body, b + role[0].length, s.end).replace(/^(?:the|a|an)\s+/i, ''), ms, b, s.end);
        const act = /involve/i.test(role[0]) ? 'denies involvement in' : 'denies playing a role in';
        for (const item of listedEvents(ev)) {
          // "denied any involvement in the attack": the page's event or the one named last with that noun; an event
          // noun alone names none (a claim, no attribution)
          const target = BARE_EVENT.test(item) ? (pageEvent(ctx) ?? antecedentEvent(ctx, item) ?? '') : item;
          emit(ctx, base, { negated: true, subject: party(who), predicate: pred, object: { literal: item }, action, actor: who.canonical, target, attAction: act });
        }
        return;
      }
      const after = body.slice(b, b + 40);
      const prev = ctx.claims[ctx.claims.length - 1];
      if (/^\s+(?:\w+\s+)?(?:that|the|this|these|those)\s+(?:charges?|accusations?|claims?|allegations?|reports?)/i.test(after) && prev) {
        const target = prev.predicate.endsWith('_by') ? prev.subject.name : 'object' in prev && 'name' in prev.object ? prev.object.name : prev.subject.name;
        emit(ctx, base, { negated: true, subject: party(who), predicate: pred, object: { literal: prev.quote.slice(0, 120) }, action, actor: who.canonical, target });
        return;
      }
      const objs = listAfter(ctx, b, s.end, ms);
      for (const o of objs) emit(ctx, base, { negated: true, subject: party(who), predicate: pred, object: party(o), action, actor: who.canonical, target: o.canonical });
      return;
    }
    case 'role': {
      // a person's role in a group: "P, a senior leader of G", "P, one of G's key commanders", "the leader of
      // G, P", "a G member named P", "P is a member of G"
      if (!/^[a-z]/.test(matched)) return; // ("Joint Chiefs of Staff")
      const noun = matched.toLowerCase().replace(/s$/, '');
      const p2 = noun === 'member' ? 'member_of' : noun.endsWith('founder') ? 'founded_by' : 'leader_of';
      // the group: after "of", else a possessive or a name right before the noun (over adjectives)
      let org: ExtractedMention | null = null;
      let q = b;
      const of = /^\s+of\s+/.exec(body.slice(b, b + 6));
      if (of) {
        org = listAfter(ctx, b + of[0].length, s.end, ms, ORG)[0] ?? null;
        if (org) q = org.end;
      }
      // the noun phrase's start: back over lower-case words (not verbs of the clause) and the group's name
      let ns = a;
      for (let k = 0; k < 6; k++) {
        const ws = lastWordBefore(body, Math.max(from, ns - 40), ns);
        if (ws < 0) break;
        const w = body.slice(ws, ns).trimEnd(); // (trimEnd removes what isS tells)
        const m = of ? undefined : actorEndingIn(ms, ws, ns, from);
        if (m && m.type === 'organization' && !org && /^(?:['’]s)?\s+$/.test(body.slice(m.end, ns))) {
          org = m;
          ns = m.start;
          continue;
        }
        // determiners, numbers and adjectives; "of" only in "one of"
        if (w === 'of') {
          const one = /\b(?:one|some|two|three|several)\s+of\s+$/.exec(body.slice(Math.max(from, ns - 16), ns));
          if (!one) break;
          ns -= one[0].length;
          break;
        }
        if (!/^(?:[a-z][a-z-]*|An?|The)$/.test(w) || ROLE_STOP.test(w) || /(?:ing|ion|ions|ment|ed)$/.test(w)) break;
        ns = ws;
      }
      if (!org) return;
      // the person: an appositive before ("P, a …"), the subject of a copula ("P is a …"), or right after
      let person: ExtractedMention | null = null;
      if (/,\s*$/.test(body.slice(Math.max(from, ns - 3), ns))) {
        const m = lastBefore(ms, ns, from);
        if (m && /^\s*,\s*$/.test(body.slice(m.end, ns))) person = m;
      } else if (/\b(?:is|was|are|were|became|becomes)\s+$/.test(body.slice(Math.max(from, ns - 12), ns))) person = subjectBefore(ctx, s, ns, ms, from);
      if (!person) {
        const m = ms.find((x) => x.start >= q && x.start <= q + 40);
        if (m && /^\s*(?:[a-z]+\s*)?(?:,\s*|\s+(?:named|called)\s+|\s+)$/.test(body.slice(q, m.start)) && !/^\s*(?:said|says|told|stated|added)\b/.test(body.slice(m.end, m.end + 8))) person = m;
      }
      if (!person || person.type !== 'person') return;
      const before = org.start >= ns && org.end <= a ? body.slice(ns, org.start) + body.slice(org.end, b).replace(/^['’]s/, '') : body.slice(ns, b);
      let phrase = before.replace(/\s+/g, ' ').trim().replace(/^[A-Z]/, (c) => c.toLowerCase());
      // "two senior leaders, P and Q": each is "a senior leader"
      // ("three of G's leaders, P, Q and R": each is "a leader"; "one of G's commanders, P" keeps "one of")
      const plural = /s$/.test(matched);
      if (plural && !/^(?:one|some|several) of /.test(phrase)) phrase = `a ${phrase.replace(/^(?:(?:two|three|four|five|\d+) of\s+)?(?:the|a|an|two|three|four|several|some|\d+)?\s*/, '').replace(/s$/, '')}`;
      const att = p2 === 'founded_by' ? 'founded' : `is ${phrase} of`;
      // a plural role named before its people ("G's two leaders, P and Q") is each listed person's
      const people = plural && person.start >= q ? listAfter(ctx, person.start, s.end, ms, PERSON) : [person];
      for (const pm of people) {
        const [sj, ob] = p2 === 'founded_by' ? [org, pm] : [pm, org];
        emit(ctx, base, { subject: party(sj), predicate: p2, object: party(ob), action: att, actor: pm.canonical, target: org.canonical });
      }
      return;
    }
    case 'controlled_by': {
      // "X came under the control of Y": Y took control of X
      const subj = subjectBefore(ctx, s, a, ms, from);
      const by = listAfter(ctx, b, s.end, ms, ORG | PLACE)[0];
      if (!subj || !by || subj.canonical === by.canonical) return;
      emit(ctx, base, { subject: party(subj), predicate: 'associated_with', object: party(by), action, actor: by.canonical, target: subj.canonical, attAction: 'took control of' });
      return;
    }
    case 'verb_place': {
      let obj = listAfter(ctx, b, s.end, ms)[0];
      // "ties to several designated entities, including G": the party the example names
      if (!obj) {
        const inc = /^[^.;]{0,60}?,\s+including\s+/.exec(body.slice(b, s.end));
        if (inc) obj = listAfter(ctx, b + inc[0].length, s.end, ms, ORG | PERSON)[0];
      }
      // fronted ("Allegiant to Y since 2012, it has …"): the subject after the phrase's comma
      const subj = onlySpaces(ctx.units, from, a) && obj ? subjectAfterComma(ctx, obj.end, s.end, ms) : subjectBefore(ctx, s, a, ms, from);
      if (!subj || !obj || subj.canonical === obj.canonical) return;
      emit(ctx, base, { subject: party(subj), predicate: pred, object: party(obj), action, actor: subj.canonical, target: obj.canonical });
      return;
    }
    case 'deny_noun': {
      // "X reiterated its categorical rejection of involvement in Y", "X's denial of Y": the possessor denies
      const pre = body.slice(Math.max(from, a - 60), a);
      const pm = /(?:\b(?:its|their|his|her)|(['’]s))\s+(?:[\w-]+\s+){0,2}$/i.exec(pre);
      if (!pm) return;
      const at = a - pre.length + pm.index;
      let who: ExtractedMention | null = null;
      if (pm[1]) {
        const m = lastBefore(ms, at, from);
        who = m && m.end === at && isActor(m) ? m : null;
      } else {
        const v = /\S+\s+$/.exec(body.slice(Math.max(from, at - 30), at)); // the verb before the pronoun
        who = subjectBefore(ctx, s, v ? at - v[0].length : at, ms, from);
      }
      const what = phraseAfter(body, b, s.end);
      if (!who || !what) return;
      const inv = /^(?:any\s+)?involvement\s+in\s+/i.exec(what);
      const object = inv ? what.slice(inv[0].length).replace(/^(?:the|a|an)\s+/i, '') : what;
      const verb = /^rej/i.test(matched) ? 'rejects' : /^rep/i.test(matched) ? 'repudiates' : 'denies';
      emit(ctx, base, { negated: true, subject: party(who), predicate: pred, object: { literal: object }, action, actor: who.canonical, target: object, attAction: inv ? `${verb} involvement in` : verb });
      return;
    }
    case 'retract': {
      if (!/claim|responsibility/i.test(body.slice(b, b + 60))) return;
      const prev = ctx.claims.findLast((c) => c.predicate === 'claimed_responsibility_for');
      if (!prev) return;
      const obj = 'literal' in prev.object ? prev.object.literal : prev.object.name;
      emit(ctx, base, { negated: true, subject: prev.subject, predicate: pred, object: prev.object, action: 'retracted its claim of responsibility', actor: prev.subject.name, target: obj });
      return;
    }
  }
}

/** Two spaces in a row, or a space other than " " (`\s` but not " "). */
const NOT_SINGLE = /\s\s|[^\S ]/;
/**
 * `t` has no run of `\s` but single spaces between other characters: `t.replace(/\s+/g, ' ').trim()` is `t`.
 * (One expression test: on this engine a loop over the code units was about three times slower.)
 */
export function singleSpaced(t: string): boolean {
  return t.charCodeAt(0) !== 32 && t.charCodeAt(t.length - 1) !== 32 && !NOT_SINGLE.test(t);
}

/** singleSpaced(body.slice(a, b)), read from the body's code units (a < b). */
export function singleSpacedAt(units: Uint16Array, a: number, b: number): boolean {
  if (units[a] === 32 || units[b - 1] === 32) return false;
  for (let i = a; i < b; i++) {
    const c = units[i]!;
    if (c > 32 && c < 0xa0) continue; // (no `\s` there)
    if (c === 32 ? i + 1 < b && units[i + 1] === 32 : isS(c)) return false;
  }
  return true;
}

/** The verbs of leading a group in "was led by P". */
const LED_BY_NAME = /^(?:led|commanded|headed)$/i;
/** Two or three capitalised words right after "by", then a comma, a full stop or "until" (a person's name). */
const NAME_AFTER_BY = /^\s(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})(?=[,.;]| until\b)/u;

/** The document's first organisation named like a government body (sought once per document, then kept). */
function documentAuthority(ctx: Ctx): ExtractedMention | null {
  if (ctx.authority === undefined) ctx.authority = ctx.mentions.find((m) => m.type === 'organization' && /Department|Ministry|Office|Council|Committee/.test(m.canonical)) ?? null;
  return ctx.authority;
}

/** "the Indian and Pakistani governments", "Afghan officials" right before a verb (over auxiliaries and adverbs). */
const DEMONYM_SUBJECTS = new RegExp(`\\b(${DEMONYM_NAMES}) (?:and (${DEMONYM_NAMES}) )?(?:governments?|authorities|officials)\\s+(?:(?:have|has|had|also|\\w+ly)\\s+)*$`);
/** The states that DEMONYM_SUBJECTS names in body[from, a) (none without "governments", "authorities" or "officials"). */
function demonymSubjects(ctx: Ctx, from: number, a: number): ExtractedMention[] {
  const before = ctx.body.slice(Math.max(from, a - 80), a);
  const dm = / (?:governments?|authorities|officials)\s/.test(before) ? DEMONYM_SUBJECTS.exec(before) : null;
  if (!dm) return [];
  const state = (d: string) => ({ canonical: (demonyms as Record<string, string>)[d]!, type: 'place', entity_id: null, start: -1, end: -1, text: d }) as unknown as ExtractedMention;
  return dm[2] ? [state(dm[1]!), state(dm[2])] : [state(dm[1]!)];
}

/** The government a demonym names in body[from, a) ("The Bangladeshi Government banned …"), else the document's authority. */
function authorityBefore(ctx: Ctx, from: number, a: number): ExtractedMention | null {
  const before = ctx.body.slice(from, a);
  // (DEMONYM_AUTHORITY tries each demonym at each position: first a test for the word after it)
  const dm = AUTHORITY_WORD.test(before) ? DEMONYM_AUTHORITY.exec(before) : null;
  if (dm) return { canonical: (demonyms as Record<string, string>)[dm[1]!]!, entity_id: null, start: -1, end: -1 } as unknown as ExtractedMention;
  return documentAuthority(ctx);
}

function authParty(m: ExtractedMention): ExtractedParty {
  return m.start >= 0 ? party(m) : literalParty(m.canonical);
}

function paraStart(ctx: Ctx, s: Sentence): number {
  return ctx.paraStarts[s.para] ?? s.start;
}

/** The last mention that ends at or before `a` and starts at or after `from` (mentions are sorted). */
function lastBefore(ms: ExtractedMention[], a: number, from: number): ExtractedMention | null {
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k]!;
    if (m.end <= a) return m.start >= from ? m : null;
  }
  return null;
}


// ── Aims and acts against people (attr6) ─────────────────────────────────────────────────────────────
// Two relation kinds the annotators of every evaluation set record wherever the text states them with a
// named party as the subject: a group's declared aim ("X aims to / seeks to / is fighting for …", "X's goal
// is to …") and an act of violence against people ("X has killed 300 civilians", "they have taken dozens of
// hostages", "P was killed in a US drone strike"). Counts and the check of consistency: docs/extract.md step 7.

/** Auxiliaries and adverbs that may stand between a subject and its verb ("has", "has also", "reportedly"). */
const ACT_AUX = /^(?:['’]s)?\)?(?:\s+\([^()]{1,24}\))?(?:\s+(?:has|have|had|also|reportedly|allegedly|repeatedly|since|then|later|previously|once|now|already|is|are|has been|have been|had been))*\s+$/i;
/** Words that may stand between a subject and an aim's or an act's verb. */
const ACT_AUX_WORD = /^(?:has|have|had|been|also|reportedly|allegedly|repeatedly|since|then|later|previously|once|now|already|is|are)$/;
/** A word that may end an aim's or an act's subject: a pronoun or a group noun (else a word with a capital, or a bracket). */
const ACT_SUBJECT_WORD = /^(?:it|they|he|she|group|organi[sz]ation|network|movement|outfit)$/i;
/**
 * What stands right before an aim's or an act's verb (auxiliaries skipped, read back word by word): a word
 * with a capital ("al-Qaeda"), a closing bracket, a pronoun or a group noun.
 */
function wordBeforeAct(ctx: Ctx, from: number, a: number): boolean {
  const { body, units } = ctx;
  let p = a;
  for (let n = 0; n < 4; n++) {
    let we = p;
    while (we > from && isS(units[we - 1]!)) we--;
    if (we === p || we === from) return false;
    let ws = we;
    while (ws > from && !isS(units[ws - 1]!)) ws--;
    const w = body.slice(ws, we);
    if (ACT_AUX_WORD.test(w)) {
      p = ws;
      continue;
    }
    return units[we - 1] === 41 || ACT_SUBJECT_WORD.test(w) || /\p{Lu}/u.test(w);
  }
  return false;
}
/** A preposition (and article) right before a party: the party is its object, no subject. */
const OBJECT_OF = /\b(?:in|at|near|of|from|on|by|for|with|against|to|into|across|outside|inside|over|under)\s+(?:the\s+)?$/i;
/** A pronoun or "the group" right before the verb (its auxiliaries skipped): the subject stands for the topic or last actor. */
const ACT_PRONOUN = /(?:^|\s)(?:it|they|he|she|the (?:group|network|organi[sz]ation|movement|outfit))(?:\s+(?:has|have|had|also|reportedly|allegedly|repeatedly|since|then|later|previously|now|already|is|are|has been|have been|had been))*\s+$/i;
/** A passive before the verb ("was killed", "were kidnapped"): the subject suffered the act. */
const ACT_PASSIVE = /\b(?:was|were|is|are|be|been|being|get|got)\s+(?:\w+ly\s+)?$/i;
/** Quantities and determiners before a noun of people: "about 1,300", "dozens of", "several of their". */
/** Nouns of people (an act of violence's object when no party is named). */
const PEOPLE_NOUN = /\b(?:people|persons|civilians|hostages|captives|soldiers|troops|officers|police(?:men)?|guards|workers|students|children|women|men|tourists|pilgrims|worshippers|members|leaders|commanders|fighters|militants|insurgents|guerrillas|terrorists|rebels|officials|journalists|missionaries|villagers|residents|peacekeepers|personnel|forces|foreigners|nationals|citizens|girls|boys|schoolgirls|passengers|employees|staff|diplomats|aid workers|teachers|judges|lawmakers)\b/i;
const ACT_QUANTITY = /^(?:(?:about|at least|more than|over|nearly|almost|some|around|up to|all|the|its|their|his|her|many|several|scores|dozens|hundreds|thousands|numerous|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|a hundred)(?:\s+of)?\s+)+/i;

/**
 * The party that is the grammatical subject of the verb at `a` when it stands right before it (only
 * auxiliaries and adverbs between), or a pronoun there that stands for a party; else null. (Stricter than
 * subjectBefore: an aim or an act whose doer the clause does not name at the verb is no attribution.)
 */
function adjacentSubject(ctx: Ctx, s: Sentence, a: number, ms: ExtractedMention[], from: number): ExtractedMention | null {
  // (first a test of the words before: a name's last word, a bracket or a pronoun, then auxiliaries)
  if (!wordBeforeAct(ctx, from, a)) return null;
  const subj = subjectBefore(ctx, s, a, ms, from);
  if (!subj) return null;
  // (not a preposition's object: "the bombing in Kharan killed …")
  if (subj.start >= from && subj.end <= a) return ACT_AUX.test(ctx.body.slice(subj.end, a)) && !OBJECT_OF.test(ctx.body.slice(Math.max(from, subj.start - 16), subj.start)) ? subj : null;
  return ACT_PRONOUN.test(ctx.body.slice(Math.max(from, a - 60), a)) ? subj : null;
}

/** The first party named in [b, end) that does not only qualify a word ("Iran-aligned") and is not `not`. */
function firstPartyIn(ctx: Ctx, b: number, end: number, ms: ExtractedMention[], not: ExtractedMention): ExtractedMention | null {
  for (const m of ms) {
    if (m.start < b || m.end > end) continue;
    if (isHyphen(ctx.body.charCodeAt(m.end)) || m.canonical === not.canonical) continue;
    return m;
  }
  return null;
}

/**
 * "X aims to / seeks to / is fighting for …", "X's goal is to …", "Its objective is to …": X's aim, related
 * to the first party the aim names ("… to separate Kashmir from India" → Kashmir); the action is the aim's
 * wording up to that party ("aims to separate"). No party named in the aim's clause: no attribution.
 */
function aimOf(ctx: Ctx, base: Base, s: Sentence, a: number, b: number, matched: string, ms: ExtractedMention[], from: number) {
  const { body } = ctx;
  const noun = /^(?:goal|objective|aim)\s+(?:is|was)\b/i.test(matched);
  let subj: ExtractedMention | null;
  if (noun) {
    // the possessor: "X's (ultimate) goal", "its goal", "the group's objective"
    const before = body.slice(Math.max(from, a - 40), a);
    const pm = /(?:(['’]s)|\b(?:its|their))\s+(?:(?:main|ultimate|stated|primary|central|declared|chief|long-term)\s+)?$/i.exec(before);
    if (!pm) return;
    const at = a - before.length + pm.index;
    if (pm[1]) {
      const m = lastBefore(ms, at, from);
      subj = m && m.end === at && isActor(m) ? m : /\bthe (?:group|network|organi[sz]ation|movement|outfit)$/i.test(body.slice(Math.max(from, at - 20), at)) ? ctx.topic : null;
    } else subj = ctx.lastActor ?? ctx.topic;
  } else subj = adjacentSubject(ctx, s, a, ms, from);
  if (!subj) return;
  // the aim's clause: to the sentence's end or a semicolon or dash, at most 170 characters
  let end = Math.min(s.end, b + 170);
  const semi = /[;—–]/.exec(body.slice(b, end));
  if (semi) end = b + semi.index;
  const target = firstPartyIn(ctx, b, end, ms, subj);
  if (!target) return;
  // (a list of parties, "incorporating five countries: A, B, C and D", names a region, no one target)
  const nx = ms.find((m) => m.start >= target.end);
  if (nx && /^\s*,\s*$/.test(body.slice(target.end, nx.start))) return;
  const verb = noun ? 'aims to' : matched.replace(/\s+/g, ' ');
  const act = `${verb} ${body.slice(b, target.start).trim()}`.replace(/\s+/g, ' ').trim(); // (the words up to the party, as step 8 writes a relation)
  emit(ctx, base, { subject: party(subj), predicate: 'associated_with', object: party(target), action: act, actor: subj.canonical, target: target.canonical });
}

/**
 * An act of violence against people with its doer as the subject: "X has killed about 1,300 civilians",
 * "they have taken dozens of hostages", "X kidnapped P". The target is the party the act names first, else
 * the people named, without their count ("civilians", "hostages"). A passive ("were killed") or a doer the
 * clause does not name at the verb ("the attack that killed 30 people", "gunmen killed") gives none.
 * `o`: where the act's object starts.
 */
function actOnPeople(ctx: Ctx, base: Base, s: Sentence, a: number, o: number, ms: ExtractedMention[], from: number) {
  const { body } = ctx;
  if (ACT_PASSIVE.test(body.slice(Math.max(from, a - 16), a))) return;
  const subj = adjacentSubject(ctx, s, a, ms, from);
  if (!subj) return;
  let obj = phraseAfter(body, o, s.end);
  if (!obj || obj.length > 80) return;
  const verb = body.slice(a, o).trim().replace(/\s+/g, ' ');
  const named = firstPartyIn(ctx, o, o + obj.length + 4, ms, subj);
  if (named && named.type !== 'place') obj = body.slice(o, named.end).trim().replace(/\s+/g, ' '); // ("kidnapped P in March": the act ends with P)
  // (a person or group named, else people: "executed the plan", "killed the deal" are no acts against people)
  const target = named && named.type !== 'place' ? named.canonical : PEOPLE_NOUN.test(obj) ? obj.replace(ACT_QUANTITY, '').replace(/^(?:the|a|an)\s+/i, '') : '';
  if (!target || !/\p{L}{3}/u.test(target)) return;
  emit(ctx, base, { subject: party(subj), predicate: 'perpetrated', object: { literal: `${verb} ${obj}` }, action: verb, actor: subj.canonical, target, attAction: `${verb} ${obj}` });
}

/** After the doer of "killed in a US drone strike": the military means and the strike. */
const STRIKE_AFTER = /^\s+((?:drone|air|missile|rocket|military|army|naval|navy|commando|special forces|counter-?terrorism|security forces)(?:\s+[\w-]+)?\s+(?:strike|attack|raid|operation)s?|airstrikes?)\b/i;
/**
 * "P was killed in / by a US drone strike": the state or group the strike's phrase names first killed P
 * (P the subject: a person, "he"/"she" the last person named before in the sentence).
 */
function killedInStrike(ctx: Ctx, base: Base, s: Sentence, a: number, b: number, ms: ExtractedMention[], from: number) {
  const { body } = ctx;
  while (b < s.end && isS(ctx.units[b]!)) b++;
  const doer = ms.find((m) => m.start === b && isActor(m));
  // (a military means names the doer: "a US drone strike", "a Norway air raid"; not "the Kharan attack", an event's name)
  const hm = doer ? STRIKE_AFTER.exec(body.slice(doer.end, doer.end + 48)) : null;
  if (!doer || !hm) return;
  if (!/\b(?:was|were|been)\s+$/i.test(body.slice(Math.max(from, a - 10), a))) return;
  let victim: ExtractedMention | null = null;
  if (/\b(?:he|she)\s+(?:was|had been)\s+$/i.test(body.slice(Math.max(from, a - 20), a))) victim = ms.findLast((m) => m.type === 'person' && m.end <= a && m.start >= s.start) ?? null;
  else {
    const m = subjectBefore(ctx, s, a, ms, from);
    victim = m && m.type === 'person' ? m : null;
  }
  if (!victim || victim.canonical === doer.canonical) return;
  const state = doer.type === 'place' ? ctx.metonyms.get(doer.canonical) : undefined;
  const actor = state ? asState(doer, state) : doer;
  const att = `killed in a ${hm[1]!.replace(/\s+/g, ' ')}`;
  emit(ctx, base, { subject: party(actor), predicate: 'perpetrated', object: { literal: `killing of ${victim.canonical}` }, action: att, actor: actor.canonical, target: victim.canonical, attAction: att });
}

/**
 * "X, a G splinter group", "Y, an al-Qaida affiliate": the group named before the noun is the parent, the
 * group the apposition describes its branch ("X is a splinter group of G"). Both must be organisations,
 * the parent right before the noun (an acronym in brackets between), the branch right before ", a".
 */
function branchBefore(ctx: Ctx, base: Base, s: Sentence, a: number, action: string, ms: ExtractedMention[], from: number) {
  const { body } = ctx;
  let g = lastBefore(ms, a, from);
  if (!g || g.type !== 'organization' || !/^\)?\s*(?:\([^()]{1,12}\)\s*)?$/.test(body.slice(g.end, a))) return;
  // (an acronym in brackets learnt from the name before it: the name)
  if (body.charCodeAt(g.start - 1) === 40) {
    const full = lastBefore(ms, g.start - 1, from);
    if (full && full.canonical === g.canonical) g = full;
  }
  const lo = Math.max(from, g.start - 12);
  const art = /,\s+(?:an?|the)\s+$/i.exec(body.slice(lo, g.start));
  if (!art) return;
  const at = lo + art.index;
  const x = lastBefore(ms, at, from);
  if (!x || x.type !== 'organization' || x.canonical === g.canonical || !/^\)?\s*(?:\([^()]{1,24}\))?\s*$/.test(body.slice(x.end, at))) return;
  const noun = action.toLowerCase().replace(/\s+/g, ' ');
  emit(ctx, base, { subject: party(x), predicate: 'branch_of', object: party(g), action, actor: x.canonical, target: g.canonical, attAction: `is ${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun} of` });
}
