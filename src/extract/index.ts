// The extract capability's front door: `extract(body, opts)` turns a document's text into mentions,
// dates, claims, attributions and demands, each pointing at the characters it came from. Pure and fast:
// no I/O, no store; the caller passes the gazetteer (every entity name and alias it knows).
import { tokenizeWithStarts, wordsFull, type Tokens } from './tokens.ts';
import { buildMatcher, type Matcher } from './matcher.ts';
import { effectiveGazetteer } from './gazetteer.ts';
import { findMentions } from './mentions.ts';
import { titleCanonical } from './mentions/title.ts';
import { publisherUnits } from './mentions/publisher-units.ts';
import { findDates, MONTH_LIST, noEventDate, WEEKDAY_NAME } from './dates.ts';
import { findClaims } from './claims.ts';
import { findDemands } from './demands.ts';
import { findRelations } from './relations.ts';
import { splitSentences } from './sentences.ts';
import { findRules } from './rules.ts';
import { isDigit } from './scan.ts';
import type { Extraction, ExtractOptions, GazetteerEntry } from './types.ts';

export { gazetteerFromReference, canonicalOf } from './gazetteer.ts';
export { splitSentences } from './sentences.ts';
export type * from './types.ts';

// The compiled matcher is cached per gazetteer array (callers pass the same array for a whole batch).
const compiled = new WeakMap<GazetteerEntry[], { matcher: Matcher; metonyms: Map<string, string> }>();
function matcherFor(g: GazetteerEntry[]) {
  let m = compiled.get(g);
  if (!m) {
    const metonyms = new Map<string, string>();
    m = { matcher: buildMatcher(effectiveGazetteer(g, metonyms)), metonyms };
    compiled.set(g, m);
  }
  return m;
}

/**
 * Distinct names in the order first given. A document names few entities of a type, so a short list is
 * searched as it is; past `LINEAR` names, a set is built and kept beside it.
 */
class Distinct {
  static readonly LINEAR = 16;
  readonly names: string[] = [];
  private set: Set<string> | null = null;
  /** Adds the name unless given before; true when added. */
  add(name: string): boolean {
    if (this.set) {
      if (this.set.has(name)) return false;
      this.set.add(name);
    } else {
      if (this.names.includes(name)) return false;
      if (this.names.length === Distinct.LINEAR) this.set = new Set(this.names).add(name);
    }
    this.names.push(name);
    return true;
  }
}

/** The date lies inside an organisation's mention: it is a word of the body's name, dating nothing (branch wild24). */
function insideBody(mentions: Extraction['mentions'], d: Extraction['dates'][number]): boolean {
  for (const m of mentions) {
    if (m.start > d.start) return false;
    if (m.type === 'organization' && d.end <= m.end) return true;
  }
  return false;
}

/**
 * Each date once (its first mention): a dateline restates the day the document reports, an
 * infobox's date the lead's. A weekday is the exception: news writes each event of the week by its day
 * ("X said Monday", "Y visited the city Monday"), so a day named by its weekday in several sentences is
 * listed once for each, except where the weekday only refers back ("Monday's attack") or restates the
 * date written after it ("Thursday, April 2, 2015").
 */
function distinctDates(body: string, dates: Extraction['dates'], mentions: Extraction['mentions']): Extraction['event_dates'] {
  const seen = new Distinct(); // (a document has a few dates: a set per document cost more than the search)
  const out: Extraction['event_dates'] = [];
  let weekdays: Array<{ date: string; end: number; n: number }> | null = null;
  // (a written date's first prose mention, its status worked out only when the date is written again)
  let years: Array<{ date: string; start: number; end: number; prose: boolean | null }> | null = null;
  let preciseYears: string[] | null = null; // (the years of the days and months written so far)
  let firstDay: { date: string; start: number } | null = null; // (the first day written: the page's own event)
  for (const d of dates) {
    if (noEventDate(body, d)) continue; // (a figure's or a seat's date, a decade's middle)
    if (insideBody(mentions, d)) continue; // (a date in a body's name: "the 17 November Group", "the April 19 Movement")
    if (firstDay === null && d.when.precision === 'day') firstDay = { date: d.date, start: d.start };
    if (d.when.precision === 'day' || d.when.precision === 'month') (preciseYears ??= []).push(d.date.slice(0, 4));
    // a bare year opening a sentence, before a subject and "was/were" ("In 1994, Argentina was home to …"),
    // after a day or month of that year: the scene of the event the text has dated, not an event of its own
    else if (preciseYears && d.when.precision === 'year' && preciseYears.includes(d.date) && IN_OPENS.test(body.slice(Math.max(0, d.start - 6), d.start)) && SCENE.test(body.slice(d.end, d.end + 60))) continue;
    const today = d.text.length === 5 && TODAY.test(d.text);
    const again = !today && !seen.add(d.date);
    // (and "that same year": another event of a year the text has dated)
    if (!today && (!again || SAME_YEAR.test(d.text))) out.push({ event: d.event, date: d.date });
    if (writtenDate(d)) {
      // a year written again in another sentence of prose dates another event of that year ("the 2008
      // attacks in Mumbai. … also responsible for a 2008 blast in New Delhi"), and so does a month or day
      // written in figures where it opens a sentence ("in early March 2016. In late March 2016, JuA …";
      // "Also on April 22, 2009, the Secretary revoked …"; "… on 9 and 13 September. On 13 September, the
      // speaker …"; not "… The attack of 4 May 2017 killed six")
      years ??= [];
      const y = years.find((x) => x.date === d.date);
      if (!y) years.push({ date: d.date, start: d.start, end: d.end, prose: null });
      else if (proseYear(body, d.start, d.end)) {
        y.prose ??= proseYear(body, y.start, y.end);
        if (!y.prose) Object.assign(y, { start: d.start, end: d.end, prose: true });
        // (not the text's first day, the page's own event, restated where an article's section narrates it:
        // "==Attack== On 27 October 1999, at around 5:15 p.m." under the lead's "On 27 October 1999", or under
        // an infobox's "Date | July 29, 2018"; branch places12)
        else if (sentenceEndIn(body, y.end, d.start) && (d.date.length === 4 || (prepositionOpensSentence(body, d.start) && !(firstDay?.date === d.date && pageEventRestated(body, firstDay.start, d.start))))) {
          y.end = d.end;
          if (again) out.push({ event: d.event, date: d.date });
        }
      }
    }
    if (!weekdayName(d.text) || refersBack(body, d.end)) continue;
    // (the weekday mentions of each date: how many sentences name it, and where the last one ends)
    weekdays ??= [];
    const w = weekdays.find((x) => x.date === d.date);
    if (!w) weekdays.push({ date: d.date, end: d.end, n: 1 });
    else if (sentenceEndIn(body, w.end, d.start)) {
      w.end = d.end;
      if (++w.n > 1) out.push({ event: d.event, date: d.date });
    }
  }
  return out;
}
/**
 * The page's first day, written at a, is restated at b in an encyclopedia article's narration: a section's
 * heading ("==Attack==") stands between them, or the first is an infobox's date row ("- Date: 26 September
 * 1980", "Date | July 29, 2018 [1] |").
 */
function pageEventRestated(body: string, a: number, b: number): boolean {
  if (SECTION_HEADING.test(body.slice(a, b))) return true;
  return DATE_ROW.test(body.slice(body.lastIndexOf('\n', a) + 1, a));
}
const SECTION_HEADING = /\n==+[^=\n]+==+[ \t]*\n/;
const DATE_ROW = /^(?:- )?Date\b\W*$/;
const WRITTEN_YEAR = /^\d{4}$/;
/**
 * A year ("2008"), or a month or day written in figures ("March 2016", "April 22, 2009", "13 September";
 * not a range, nor a weekday or a month's name alone).
 */
const writtenDate = (d: Extraction['dates'][number]) => (d.text.length === 4 && WRITTEN_YEAR.test(d.text)) || (d.date.length >= 7 && d.date.charCodeAt(4) === 45 && d.date.length <= 10 && hasDigit(d.text));
/** `/\d/.test(s)`: an ASCII digit in s. */
const hasDigit = (s: string) => {
  for (let i = 0; i < s.length; i++) if (isDigit(s.charCodeAt(i))) return true;
  return false;
};
/** `WEEKDAY_NAME.test(s)`, the expression run only on a word of six to nine units ending in "day", as every weekday's name. */
const weekdayName = (s: string) => s.length >= 6 && s.length <= 9 && s.endsWith('day') && WEEKDAY_NAME.test(s);
/** The date at a opens its sentence after a preposition ("On …", "In late …", "Also on …"). */
const prepositionOpensSentence = (body: string, a: number) => OPENS.test(body.slice(Math.max(0, a - 16), a));
/** After such a year: a subject and "was"/"were" (a state: "In 1992, Peru was in the midst of …"; not "there was"). */
const SCENE = /^, (?!There )(?:(?:the )?[A-Z][\w'’-]*(?: (?:of )?[A-Z][\w'’-]*){0,3}|the [a-z]+(?: [a-z]+)?) (?:was|were) /;
const IN_OPENS = /(?:^|\n|[.!?]["'”’)\]]*\s+)In $/;
const OPENS = /(?:^|\n|[.!?]["'”’)\]]*\s+)(?:(?:Also|And|But|Then) )?(?:On|on|In|in|By|by|During|during) $/;
const SAME_YEAR = /^(?:(?:that|the) same|that|the) year$/i;
/**
 * A year at [a, b) of a line of prose (a sentence ends on the line: no infobox row, title or list item),
 * not after "since" (a period's start: "designated in 2019. Since 2019, …"), not opening a capitalised
 * name (the "2019 Pulwama attack" restated).
 */
function proseYear(body: string, a: number, b: number): boolean {
  if (a >= 6 && SINCE.test(body.slice(a - 6, a))) return false;
  if (body.charCodeAt(b) === 32 && isUpperAt(body, b + 1)) return false;
  const e = body.indexOf('\n', b);
  // (the line without the date itself: an abbreviated month's point, "Aug. 18, 2017 — Cambrils", ends no sentence)
  return SENTENCE_END.test(body.slice(body.lastIndexOf('\n', a) + 1, a)) || SENTENCE_END.test(body.slice(b, e < 0 ? body.length : e));
}
const SINCE = /\b[Ss]ince $/;
const SENTENCE_END = /[.!?](?:["'”’)\]]*\s*$| )/;
const isUpperAt = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 65 && c <= 90;
};
/**
 * "today" is the day the text was issued: the document's date, not one the text fixes. It is listed only
 * where the body also writes that day ("issued today" under "December 23, 2003").
 */
const TODAY = /^today$/i;
/** After a weekday: a possessive ("Monday's attack") or the date it restates (", April 2, 2015"). */
const REFERS_BACK = new RegExp(`^(?:['’]s\\b|,? (?:\\d|${MONTH_LIST.map((m) => m.slice(0, 3)).join('|')}))`);
const refersBack = (body: string, e: number) => REFERS_BACK.test(body.slice(e, e + 6));
/** A sentence ends (`. ` `? ` `! `, a line break) between i and j. */
function sentenceEndIn(body: string, i: number, j: number): boolean {
  for (let k = i; k < j; k++) {
    const c = body.charCodeAt(k);
    if (c === 10 || ((c === 46 || c === 63 || c === 33) && body.charCodeAt(k + 1) === 32)) return true;
  }
  return false;
}

export function extract(body: string, opts: ExtractOptions): Extraction {
  const { toks, starts } = tokenizeWithStarts(body); // starts: where rule expressions may start (scan.ts)
  return runStages([{ body, opts }], [toks], [starts])[0]!;
}

/**
 * The stages after the tokenizer, each over the documents in turn (one document for `extract`, a batch for
 * `extractMany`): the same order for each document, so the same output.
 */
function runStages(batch: readonly ExtractInput[], toks: Tokens[], starts: Int32Array[]): Extraction[] {
  const n = batch.length;
  const matchers = batch.map((d) => matcherFor(d.opts.gazetteer));
  const mentions = batch.map((d, k) => findMentions(d.body, toks[k]!, matchers[k]!.matcher, d.opts.published ?? null));
  for (let k = 0; k < n; k++) titleCanonical(mentions[k]!, batch[k]!.opts.title);
  for (let k = 0; k < n; k++) publisherUnits(mentions[k]!, batch[k]!.opts.publisher);
  const sentences = batch.map((d, k) => splitSentences(d.body, toks[k]!.otherTerminators));
  const found = batch.map((d, k) => findRules(d.body, starts[k]!, d.opts.published)); // every rule expression, one pass over the word starts
  const dates = batch.map((d, k) => findDates(d.body, sentences[k]!, d.opts, found[k]!.dates));
  const ruled = batch.map((d, k) => findClaims(d.body, sentences[k]!, mentions[k]!, dates[k]!, d.opts, matchers[k]!.metonyms, found[k]!));
  // relations in the text's own verb phrase, where the rules related no such pair in the sentence
  for (let k = 0; k < n; k++) {
    const { body, opts } = batch[k]!;
    const { claims, attributions } = ruled[k]!;
    const related = findRelations({ body, sentences: sentences[k]!, mentions: mentions[k]!, toks: toks[k]!, voice: opts.publisher ?? opts.author ?? 'the source', claims, dates: dates[k]!, metonyms: matchers[k]!.metonyms });
    for (const c of related.claims) claims.push(c);
    for (const x of related.attributions) attributions.push(x);
  }
  const out: Extraction[] = [];
  for (let k = 0; k < n; k++) {
    const { body } = batch[k]!;
    const demands = findDemands(body, sentences[k]!, mentions[k]!, found[k]!);
    out.push(assemble(body, mentions[k]!, dates[k]!, ruled[k]!.claims, ruled[k]!.attributions, demands));
  }
  return out;
}

function assemble(body: string, mentions: Extraction['mentions'], dates: Extraction['dates'], claims: Extraction['claims'], attributions: Extraction['attributions'], demands: Extraction['demands']): Extraction {
  const organisations = new Distinct();
  const people = new Distinct();
  const places = new Distinct();
  for (const m of mentions) (m.type === 'organization' ? organisations : m.type === 'person' ? people : places).add(m.canonical);
  return {
    organisations: organisations.names,
    people: people.names,
    places: places.names,
    event_dates: distinctDates(body, dates, mentions),
    attributions,
    mentions,
    dates,
    claims,
    demands,
  };
}

/** A document to extract from, with its options (`extractMany`). */
export interface ExtractInput {
  body: string;
  opts: ExtractOptions;
}

/** How many documents `extractMany` takes through each stage together at most. */
const BATCH = 32;
/**
 * What the tokenizer's kept arrays hold past a document's last token, copied with its tokens: a stage may read a
 * few entries past the end (a stale entry there, as `extract` reads it, must read the same in a batch).
 */
const SLACK = 16;
const upTo = <A extends Int32Array | Uint8Array>(a: A, n: number): A => a.slice(0, Math.min(a.length, n + SLACK)) as A;

/**
 * `extract` of each document, in order: the same output, faster for many documents. The documents go through
 * each stage together (all tokenized, then the mentions of each, …), so that a stage's code and tables are
 * still in the processor's caches from one document to the next; one document at a time, each stage finds them
 * evicted by the others (a stage run right after itself costs half as much: docs/extract.md, speed16). Each
 * document's tokens are copied out of the tokenizer's kept arrays; a batch ends where the word table would
 * start afresh (the ids of the tokens made before would be stale).
 */
export function extractMany(docs: readonly ExtractInput[]): Extraction[] {
  const out: Extraction[] = [];
  for (let a = 0; a < docs.length; ) {
    const toks: Tokens[] = [];
    const starts: Int32Array[] = [];
    let b = a;
    do {
      const t = tokenizeWithStarts(docs[b]!.body);
      const tk = t.toks;
      toks.push({ ...tk, start: upTo(tk.start, tk.n), end: upTo(tk.end, tk.n), word: upTo(tk.word, tk.n), gap: upTo(tk.gap, tk.n), opens: upTo(tk.opens, tk.nOpens), lines: upTo(tk.lines, tk.nLines) });
      starts.push(t.starts.slice());
      b++;
    } while (b < docs.length && b - a < BATCH && !wordsFull());
    for (const x of runStages(docs.slice(a, b), toks, starts)) out.push(x);
    a = b;
  }
  return out;
}
