// One sentence's claims: its claimant ("according to X", "X said", a label), hedges and negation, then each rule hit
// in turn through its shape (shapes.ts).
import type { Sentence } from '../sentences.ts';
import { isUpper } from '../scan.ts';
import type { ExtractedClaim, ExtractedMention } from '../types.ts';
import { RULES } from './patterns.ts';
import { HEDGE, SPEECH, LABEL, ACCORDING, SAID_THAT, isHyphen, mayBeLabel, datelineAt } from './cues.ts';
import { PRONOUN_PERSON, paraStart } from './actors.ts';
import { type Ctx, party, literalParty, emit, PARTY_BITS } from './context.ts';
import { apply } from './shapes.ts';

/** The prefix "re-" right before a verb (a word of its own, not the end of a name). */
const RE_PREFIX = /(?:^|[^\p{L}])[Rr]e[-‐]$/u;

/** The claims of sentence `s`: its rule matches are hits[h0 … h1 - 1] (rule of each: `hitRule`). */
export function sentenceClaims(ctx: Ctx, s: Sentence, text: string, ms: ExtractedMention[], hits: RegExpExecArray[], hitRule: number[], h0: number, h1: number, backed: RegExpMatchArray[]) {
  const { body } = ctx;
  // the claimant: "According to X," or "X said (that)" at the start, else the document's own voice
  let claimant = ctx.voice;
  let from = s.start;
  // a dateline ("KABUL, Afghanistan — ", "WASHINGTON, D.C. - ") says where the report was filed: no party of the clause
  const dateline = datelineAt(text);
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
  if (ctx.lastDesignation) laterList(ctx, s, from, ms, claimant, hedged, when);
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
    // ("U.S.-designated FTO" after a copula or an apposition's comma: the label's shape reads the authority)
    // ("re-listed", "re-designated": the verb with its prefix)
    if (a > 0 && (isHyphen(body.charCodeAt(a - 1)) || body.charCodeAt(a - 1) === 0x2013) && rule.shape !== 'designated_label' && rule.shape !== 'affiliated' && !RE_PREFIX.test(body.slice(Math.max(0, a - 4), a))) continue; // "UN-designated", "Pakistan-backed" handled below
    // the sentence's date nearest before the match ("In 2011, X did …, and in 2012, X claimed …"), else `when`
    let hw = when;
    for (let k = ctx.dateIdx; k < ctx.dates.length && ctx.dates[k]!.start < a && ctx.dates[k]!.end <= s.end; k++) hw = ctx.dates[k]!.when;
    apply(ctx, hitRule[h]!, s, at, b, at === a ? m[0] : body.slice(at, b), ms, claimant, hedged || rule.hedge, hw, from);
  }
  // "<Country>-backed X": the country backs the group the phrase describes; "<G>-linked X": X is linked to G. The
  // group described: before, past a comma ("X, an Iran-backed militia"), or right after the phrase and a few
  // describing nouns ("the Iran-backed X", "al Qaeda-linked militant group X"); the name before the hyphen may be
  // of several words ("Islamic State-linked")
  for (const m of backed) {
    const a = m.index!;
    const hy = a + m[1]!.length;
    const backer = ms.find((x) => x.end === hy && x.start <= a && x.start >= a - 40 && (x.start === a || x.type === 'organization'));
    if (!backer) continue;
    const e = hy + 1 + m[2]!.length;
    const before = ms.findLast((x) => x.end <= backer.start && x.type === 'organization' && backer.start - x.end < 40 && /,/.test(body.slice(x.end, backer.start)));
    const after = before ? undefined : ms.find((x) => x.start >= e && x.start - e < 60 && x.type === 'organization' && DESCRIBING_NOUNS.test(body.slice(e, x.start)));
    const described = before ?? after;
    if (!described || described.canonical === backer.canonical) continue;
    const base = { s, claimant, hedged, negated: false, when };
    if (m[2] === 'linked') emit(ctx, base, { subject: party(described), predicate: 'linked_to', object: party(backer), action: 'linked to', actor: described.canonical, target: backer.canonical });
    else emit(ctx, base, { subject: party(described), predicate: 'supported_by', object: party(backer), action: m[2]!, actor: backer.canonical, target: described.canonical, attAction: m[2] === 'backed' ? 'backs' : m[2]! });
  }
}

/**
 * The subject of a sentence that names the parties a designation before it counted or described ("The sanctioned
 * officials include P, Q and R", "The other four groups designated as SDGTs were A, B and C", "They include P"):
 * group 1 the noun (none after "They").
 */
const LATER_LIST = /^(?:(?:The|These|Those)\s+(?:other\s+|remaining\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(?:(?:sanctioned|designated|listed|targeted|new)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(officials|individuals|persons|people|leaders|members|men|militants|commanders|financiers|facilitators|operatives|designees|targets|entities|companies|firms|businesses|groups|organi[sz]ations|networks)|They)\s+(?:(?:designated|sanctioned|listed)\s+(?:today\s+)?(?:(?:as|under|by)\s+[^,.;:]{1,80}?\s+)?)?(?:include|includes|included|are|were)\s+(?:(?:identified|named)\s+as\s+)?/u;
/** The nouns of LATER_LIST whose parties are organisations (the others name people). */
const ORG_NOUNS = /^(?:entities|companies|firms|businesses|groups|organi[sz]ations|networks)$/;
/** Where the list of LATER_LIST ends: a relative clause, a reason, a semicolon. */
const LIST_END = /,\s+(?:all\s+of\s+(?:whom|which)|each\s+of\s+(?:whom|which)|who|which)\b|;|\s+(?:for|because|after)\s/;
/**
 * A sentence that names, one or two sentences after a designation, the parties it counted ("designated seven
 * groups … The other four groups designated as SDGTs were A, B, C and D"; "sanctions on three officials … The
 * sanctioned officials include security official P and members Q and R"): each party named (people for a noun of
 * people, organisations for a noun of bodies; a description before a name is skipped) is designated by the same
 * authority with the same action (branch wild26).
 */
function laterList(ctx: Ctx, s: Sentence, from: number, ms: ExtractedMention[], claimant: Parameters<typeof emit>[1]['claimant'], hedged: boolean, when: ExtractedClaim['when']) {
  const last = ctx.lastDesignation!;
  if (last.end > s.start) return;
  const { body } = ctx;
  const m = LATER_LIST.exec(body.slice(from, s.end));
  if (!m) return;
  // (the designation one or two sentences before)
  const k = ctx.sentences.indexOf(s);
  const prev2 = k >= 2 ? ctx.sentences[k - 2]! : ctx.sentences[0]!;
  if (k < 1 || last.end < prev2.start) return;
  const at = from + m[0].length;
  const rest = body.slice(at, s.end);
  const stop = LIST_END.exec(rest);
  const end = stop ? at + stop.index : s.end;
  const bit = m[1] && ORG_NOUNS.test(m[1]) ? PARTY_BITS.ORG : m[1] ? PARTY_BITS.PERSON : PARTY_BITS.ORG | PARTY_BITS.PERSON;
  // (each party close after the one before, a short description between at most: "security official P and members
  // Q and R"; a long phrase between is no list of them: "leaders and members of …, in addition to individuals
  // associated with recruiter P")
  const named: ExtractedMention[] = [];
  let p = at;
  for (const x of ms) {
    if (x.start < p || x.end > end) continue;
    if (!((x.type === 'organization' ? PARTY_BITS.ORG : x.type === 'person' ? PARTY_BITS.PERSON : 0) & bit)) continue;
    if (x.start - p > 45) break;
    named.push(x);
    p = x.end;
  }
  if (named.length === 0) return;
  const base = { s, claimant, hedged, negated: false, when };
  for (const x of named) emit(ctx, base, { subject: party(x), predicate: 'designated_by', object: last.object, action: last.action, actor: last.actor, target: x.canonical, attAction: last.attAction });
}

/** Between "<G>-backed/-linked" and the group it describes: nothing but a few describing words ("militant group"). */
const DESCRIBING_NOUNS = /^\s+(?:(?:militant|militia|armed|rebel|terrorist|terror|jihadist|extremist|insurgent|islamist|separatist|paramilitary|proxy|sunni|shiite|shia|group|organi[sz]ation|movement|faction|outfit|network|news|agency|media)\s+){0,3}$/i;

/** Two words in a row that open with a capital: a headline's or a name's, not a clause's verb phrase. */
const TITLE_CASE = /^\p{Lu}\S*\s+\p{Lu}/u;

/** A word of intent before "designate" (base form): the act announced; without one, "designate" is a call or an infinitive. */
const INTENT_BEFORE = /\b(?:(?:intends?|intended|intent|plans?|planned|decided|decides|voted|votes) to|will)\s+$/;
