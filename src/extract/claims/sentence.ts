// One sentence's claims: its claimant ("according to X", "X said", a label), hedges and negation, then each rule hit
// in turn through its shape (shapes.ts).
import type { Sentence } from '../sentences.ts';
import { isUpper } from '../scan.ts';
import type { ExtractedClaim, ExtractedMention } from '../types.ts';
import { RULES } from './patterns.ts';
import { HEDGE, SPEECH, LABEL, ACCORDING, SAID_THAT, isHyphen, mayBeLabel, datelineAt } from './cues.ts';
import { PRONOUN_PERSON, paraStart } from './actors.ts';
import { type Ctx, party, literalParty, emit } from './context.ts';
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

/** Between "<G>-backed/-linked" and the group it describes: nothing but a few describing words ("militant group"). */
const DESCRIBING_NOUNS = /^\s+(?:(?:militant|militia|armed|rebel|terrorist|terror|jihadist|extremist|insurgent|islamist|separatist|paramilitary|proxy|sunni|shiite|shia|group|organi[sz]ation|movement|faction|outfit|network|news|agency|media)\s+){0,3}$/i;

/** Two words in a row that open with a capital: a headline's or a name's, not a clause's verb phrase. */
const TITLE_CASE = /^\p{Lu}\S*\s+\p{Lu}/u;

/** A word of intent before "designate" (base form): the act announced; without one, "designate" is a call or an infinitive. */
const INTENT_BEFORE = /\b(?:(?:intends?|intended|intent|plans?|planned|decided|decides|voted|votes) to|will)\s+$/;
