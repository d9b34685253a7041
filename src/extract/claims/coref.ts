// Coreference for attribution parties (branch attr17): an anaphor — a pronoun, or a definite description whose head
// noun fits a kind of party ("the rebels", "the agency", "the government") — that stands as a cue's subject, its
// object ("blamed it for …") or its possessor ("the group's members …") is linked to the named party it most
// likely stands for: the last named party of a compatible kind, the previous sentence's subject first, within the
// sentence and the two sentences before it (not across a heading). Conservative: no link when two parties of the
// kind are equally near, or when nothing of the kind is named there (the description then stays unresolved).
import demonyms from '../data/demonyms.json' with { type: 'json' };
import type { Sentence } from '../sentences.ts';
import type { ExtractedMention } from '../types.ts';
import type { Ctx } from './context.ts';

/** What kind of party an anaphor may stand for. */
export type AnaphorKind = 'person' | 'group' | 'armed' | 'state' | 'agency' | 'ministry';

/**
 * The anaphors this step reads, by head word (the trigger words of coreference, in one list: the claims stage's
 * cue prefilter needs none of them, as they are read only around a cue another rule found). A description's
 * head is read after "the" only; the pronouns of persons only where the rules ask for a person.
 */
export const COREF_DESCRIPTION_HEADS: Readonly<Record<string, AnaphorKind>> = {
  rebels: 'armed',
  insurgents: 'armed',
  guerrillas: 'armed',
  guerrilla: 'armed',
  militia: 'armed',
  government: 'state',
  regime: 'state',
  junta: 'state',
  agency: 'agency',
  ministry: 'ministry',
  president: 'person',
  suspect: 'person',
};
/** Object pronouns after a verb of blame or accusation ("blamed it for", "accused them of"). */
export const COREF_OBJECT_PRONOUNS: Readonly<Record<string, AnaphorKind>> = { it: 'group', them: 'group', him: 'person', her: 'person' };

const STATES = new Set<string>(Object.values(demonyms as Record<string, string>));
/** A government body, no armed group ("the rebels" never stand for one; "Army" is left out: "Irish Republican Army"). */
const GOVERNMENT_BODY = /\b(?:Department|Ministry|Office|Council|Committee|Commission|Treasury|Government|Administration|United Nations|Court|Parliament|Congress|Senate|Police|Agency|Service|Bureau|Embassy|Union)\b/;
const AGENCY_NAME = /\b(?:Agency|Service|Intelligence|Bureau|Directorate|Administration)\b/;
const MINISTRY_NAME = /\b(?:Ministry|Department)\b/;

/** Whether mention `m` is a party that an anaphor of kind `k` may stand for. */
function fits(m: ExtractedMention, k: AnaphorKind): boolean {
  switch (k) {
    case 'person':
      return m.type === 'person';
    case 'group':
      return m.type === 'organization';
    case 'armed':
      return m.type === 'organization' && !GOVERNMENT_BODY.test(m.canonical);
    case 'state':
      return m.type === 'place' && STATES.has(m.canonical);
    case 'agency':
      return m.type === 'organization' && AGENCY_NAME.test(m.canonical);
    case 'ministry':
      return m.type === 'organization' && MINISTRY_NAME.test(m.canonical);
  }
}

/** The index of the sentence that holds position `p` (ctx.sentences are in order). */
function sentenceAt(ss: Sentence[], p: number): number {
  let lo = 0;
  let hi = ss.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ss[mid]!.start <= p) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A paragraph's last sentence that ends with no full stop (nor ! ? or a closing quote or bracket): a heading. */
function heading(body: string, s: Sentence): boolean {
  return !/[.!?"”’)\]:]$/.test(body.slice(Math.max(s.start, s.end - 2), s.end).trimEnd());
}

/** A preposition (and an article) right before a mention: its object, no subject. */
const PREPOSITION_BEFORE = /(?:^|\s)(?:to|of|in|on|at|with|from|by|for|against|into|over|under|about|near|across|than)\s+(?:the\s+)?$/i;

/**
 * The named party an anaphor of kind `k` at position `at` stands for, or null: candidates are the mentions of that
 * kind before `at` in its sentence, then in the two sentences before (not across a heading, nor into another
 * paragraph past its first sentence). Salience: the previous sentence's subject (its first party, not a
 * preposition's object) when it fits; else the nearest mention before, unless another party of the kind is as
 * near (in the same sentence as it). `not`: a party that may not be the antecedent (the clause's own subject).
 */
export function antecedent(ctx: Ctx, at: number, k: AnaphorKind, not?: ExtractedMention | null): ExtractedMention | null {
  const { body, mentions, sentences } = ctx;
  if (!sentences.length) return null;
  const si = sentenceAt(sentences, at);
  const cur = sentences[si]!;
  const ok = (m: ExtractedMention) => fits(m, k) && (!not || m.canonical !== not.canonical) && !/^[-‐]/.test(body.slice(m.end, m.end + 1));
  // the sentence itself, before the anaphor: the nearest fitting party there (none other of the kind in it)
  const here = mentions.filter((m) => m.start >= cur.start && m.end <= at && ok(m));
  if (here.length) return distinct(here) === 1 ? here[here.length - 1]! : null;
  // the sentences before
  for (let j = si - 1, n = 0; j >= 0 && n < 2; j--, n++) {
    const s = sentences[j]!;
    if (heading(body, s)) return null;
    if (s.para !== cur.para && n > 0) return null; // (the previous paragraph's last sentence only)
    const inS = mentions.filter((m) => m.start >= s.start && m.end <= s.end && ok(m));
    if (!inS.length) {
      if (s.para !== cur.para) return null;
      continue;
    }
    // the sentence's subject: its first party that no preposition governs
    const first = mentions.find((m) => m.start >= s.start && m.end <= s.end && (m.type === 'organization' || m.type === 'person' || m.type === 'place'));
    if (first && ok(first) && !PREPOSITION_BEFORE.test(body.slice(Math.max(s.start, first.start - 14), first.start))) return first;
    return distinct(inS) === 1 ? inS[inS.length - 1]! : null;
  }
  return null;
}

/** How many different parties (by canonical name) the mentions name. */
function distinct(ms: ExtractedMention[]): number {
  const seen = new Set<string>();
  for (const m of ms) seen.add(m.canonical);
  return seen.size;
}

/** "the <head>" (`word`, the head, starts at `ws`): the description's kind, or undefined. */
export function descriptionKind(ctx: Ctx, word: string, ws: number, from: number): AnaphorKind | undefined {
  const k = word.length >= 5 ? COREF_DESCRIPTION_HEADS[word.toLowerCase()] : undefined;
  if (!k) return undefined;
  // "the" right before (no qualifier between: "the Iranian government" is read by the demonym rules)
  return ws - from >= 4 && /(?:^|\s)[Tt]he\s+$/.test(ctx.body.slice(Math.max(from, ws - 5), ws)) ? k : undefined;
}

/** Member nouns after a possessive anaphor ("the group's members", "its fighters"): their acts are the group's. */
const POSSESSOR_SUBJECT = /^\s*(?:[Tt]he\s+(group|organi[sz]ation|movement|network)['’]s|[Ii]ts)\s+(?:members|leaders|fighters|militants|operatives|members\s+and\s+leaders|leaders\s+and\s+members)\s+(?:(?:have|has|had|also|reportedly|allegedly|repeatedly|since|then|later|previously)\s+)*$/;

/**
 * The group a possessive anaphor opening the clause stands for, when the clause's subject is its members ("The
 * group's members and leaders have carried out …", "Its fighters have killed …"), else null.
 */
export function possessorSubject(ctx: Ctx, from: number, a: number): ExtractedMention | null {
  if (a - from > 80) return null;
  // (a clause that opens with "t" or "i": a test of one character before the expression)
  let f = from;
  while (f < a && (ctx.units[f] === 32 || ctx.units[f] === 10)) f++;
  const c = ctx.units[f]! | 32;
  if (c !== 116 && c !== 105) return null;
  const m = POSSESSOR_SUBJECT.exec(ctx.body.slice(from, a));
  return m ? antecedent(ctx, from, 'group') : null;
}

/**
 * An object pronoun right after position `b` and before "for" or "of" ("blamed it for", "accused them of"): the
 * party it stands for (not the clause's subject, `subject`, asked only when a pronoun stands there) and where the
 * pronoun ends, or null.
 */
export function objectPronoun(ctx: Ctx, b: number, subject: ExtractedMention | null | (() => ExtractedMention | null)): { m: ExtractedMention; end: number } | null {
  const o = /^\s+(it|them|him|her)\s+(?:for|of)\s/.exec(ctx.body.slice(b, b + 12));
  if (!o) return null;
  const m = antecedent(ctx, b, COREF_OBJECT_PRONOUNS[o[1]!]!, typeof subject === 'function' ? subject() : subject);
  return m ? { m, end: b + o[0].indexOf(o[1]!) + o[1]!.length } : null;
}
