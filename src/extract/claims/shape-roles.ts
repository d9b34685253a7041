// Shapes of roles and places: a person's role in a group, control of or presence in a place, based in.
import type { ExtractedMention } from '../types.ts';
import { type Ctx, party, emit, PARTY_BITS } from './context.ts';
import { lastWordBefore } from './cues.ts';
import { subjectBefore, subjectAfterComma, actorEndingIn, listAfter, onlySpaces, lastBefore } from './actors.ts';
import { isLower, isS } from '../scan.ts';
import { TITLES } from '../mentions/cues.ts';
import type { Hit } from './shapes.ts';
import { possessiveRoleShape } from './shape-membership.ts';

const { ORG, PERSON, PLACE } = PARTY_BITS;

/** Words that end a role's noun phrase going back: the clause's verbs and links. */
const ROLE_STOP = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'and', 'or', 'by', 'to', 'for', 'with', 'as', 'at', 'in', 'on', 'from', 'that', 'which', 'who', 'said', 'says']);
/** A word of lower-case letters and hyphens (a letter first), or an article written "A", "An", "The" (`/^(?:[a-z][a-z-]*|An?|The)$/`). */
function lowerWordOrArticle(w: string): boolean {
  if (w === 'A' || w === 'An' || w === 'The') return true;
  if (!isLower(w.charCodeAt(0))) return false;
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!isLower(c) && c !== 45) return false;
  }
  return true;
}
/** A verb's or a verbal noun's ending (`/(?:ing|ion|ions|ment|ed)$/`). */
const verbalEnding = (w: string) => w.endsWith('ing') || w.endsWith('ion') || w.endsWith('ions') || w.endsWith('ment') || w.endsWith('ed');
/** A bracket (an alias, a date of birth) and the comma of an apposition after it, up to the role's noun phrase. */
const ASIDE_BEFORE = /\s*\([^()]{1,60}\)\s*,\s*$/;
/** The roles of an office's speaker or head, and the names of government offices (not an agency or a service). */
const OFFICE_ROLE = /^(?:spokes(?:man|woman|person)|head|chief)$/;
const GOVERNMENT_OFFICE = /\b(?:Ministry|Department|Office|Commission|Committee|Council|Cabinet|Secretariat|Government|Administration|Parliament|Court)\b/;
/** `based_in` */
export function basedInShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, matched, ms, from, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
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
}
/** White space at b, then "o" or "f" (what "of" and "for" after the noun need). */
function ofOrForAt(body: string, b: number): boolean {
  let i = b;
  while (isS(body.charCodeAt(i))) i++;
  const c = body.charCodeAt(i);
  return i > b && (c === 111 || c === 102);
}
/** Up to two capitalised words at the end, a title's ("General ", "Prime Minister "). */
const TITLE_END = /(?<=\s)(?:\p{Lu}\p{Ll}*\.?\s+){1,2}$/u;
/**
 * The words before a name without the person's title ("the former head of the Guinean army, General P": ", "), the
 * title's words being titles (mentions/cues.ts TITLES; holdout18/05, branch attr31).
 */
function withoutTitle(before: string): string {
  const t = TITLE_END.exec(before);
  if (!t || !t[0].trim().split(/\s+/).every((w) => TITLES.has(w.replace(/\.$/, '').toLowerCase()))) return before;
  return before.slice(0, t.index);
}
/** `role` */
export function roleShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, matched, ms, from, base } = h;
  const { body } = ctx;
  // a person's role in a group: "P, a senior leader of G", "P, one of G's key commanders", "the leader of
  // G, P", "a G member named P", "P is a member of G", "P, a spokesman for G", "G spokesperson P"
  if (!isLower(matched.charCodeAt(0))) return; // ("Joint Chiefs of Staff")
  const lower = matched.toLowerCase();
  const noun = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  const p2 = noun === 'member' ? 'member_of' : noun.endsWith('founder') ? 'founded_by' : 'leader_of';
  // the group: after "of", else a possessive or a name right before the noun (over adjectives)
  let org: ExtractedMention | null = null;
  let q = b;
  // (the expression only where an "o" or an "f" follows the white space after the noun)
  const of = ofOrForAt(body, b) ? (noun.startsWith('spokes') ? /^\s+(?:of|for)\s+/ : /^\s+of\s+/).exec(body.slice(b, b + 6)) : null;
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
    if (!lowerWordOrArticle(w) || ROLE_STOP.has(w) || verbalEnding(w)) break;
    ns = ws;
  }
  if (!org) {
    possessiveRoleShape(ctx, h);
    return;
  }
  // the person: an appositive before ("P, a …"), the subject of a copula ("P is a …"), or right after
  let person: ExtractedMention | null = null;
  if (/,\s*$/.test(body.slice(Math.max(from, ns - 3), ns))) {
    const m = lastBefore(ms, ns, from);
    if (m && /^\s*,\s*$/.test(body.slice(m.end, ns))) person = m;
    else {
      // a bracketed aside between the person and the comma: "P (AKA Q), a member of G", "P (born 1950), a leader of
      // G" (branch attr4)
      const aside = ASIDE_BEFORE.exec(body.slice(Math.max(from, ns - 80), ns));
      const p = aside ? lastBefore(ms, ns - aside[0].length, from) : null;
      if (p && p.end === ns - aside![0].length) person = p;
    }
  } else if (/\b(?:is|was|are|were|became|becomes)\s+$/.test(body.slice(Math.max(from, ns - 12), ns))) person = subjectBefore(ctx, s, ns, ms, from);
  if (!person) {
    const m = ms.find((x) => x.start >= q && x.start <= q + 40);
    if (m && /^\s*(?:[a-z]+\s*)?(?:,\s*|\s+(?:named|called)\s+|\s+)$/.test(withoutTitle(body.slice(q, m.start))) && !/^\s*(?:said|says|told|stated|added)\b/.test(body.slice(m.end, m.end + 8))) person = m;
  }
  if (!person || person.type !== 'person') return;
  // (a government office's spokesperson or head is no role the golds record: "P, a spokesman for the Ministry of
  // Interior", "P, the head of the Interior Ministry"; a group's, an agency's or a service's is; branch attr4)
  if (OFFICE_ROLE.test(noun) && GOVERNMENT_OFFICE.test(org.canonical)) return;
  const before = org.start >= ns && org.end <= a ? body.slice(ns, org.start) + body.slice(org.end, b).replace(/^['’]s/, '') : body.slice(ns, b);
  let phrase = before.replace(/\s+/g, ' ').trim().replace(/^[A-Z]/, (c) => c.toLowerCase());
  // "two senior leaders, P and Q": each is "a senior leader"
  // ("three of G's leaders, P, Q and R": each is "a leader"; "one of G's commanders, P" keeps "one of"; "P is among
  // three G leaders": "a leader", not "a mong three leader" — holdout18)
  const plural = /s$/.test(matched);
  if (plural && !/^(?:one|some|several) of /.test(phrase)) phrase = `a ${phrase.replace(/^(?:among\s+)?(?:(?:two|three|four|five|\d+) of\s+)?(?:(?:the|a|an|two|three|four|several|some|both|all|\d+)\s+)?/, '').replace(/s$/, '')}`;
  const att = p2 === 'founded_by' ? 'founded' : `is ${phrase} ${of && /for/.test(of[0]) ? 'for' : 'of'}`; // (the preposition as written: "a spokesman for G")
  // a plural role named before its people ("G's two leaders, P and Q") is each listed person's
  const people = plural && person.start >= q ? listAfter(ctx, person.start, s.end, ms, PERSON) : [person];
  // "P … and Q, both members of G": the two people named last before the role (holdout19/09; branch attr31)
  if (plural && person.end <= ns && /^both\s/i.test(body.slice(ns, a))) {
    const other = ms.findLast((x) => x.type === 'person' && x.start >= s.start && x.end <= person!.start && x.canonical !== person!.canonical);
    if (other) people.unshift(other);
  }
  for (const pm of people) {
    const [sj, ob] = p2 === 'founded_by' ? [org, pm] : [pm, org];
    emit(ctx, base, { subject: party(sj), predicate: p2, object: party(ob), action: att, actor: pm.canonical, target: org.canonical });
  }
}
/** `controlled_by` */
export function controlledByShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, action, base } = h;
  // "X came under the control of Y": Y took control of X
  const subj = subjectBefore(ctx, s, a, ms, from);
  const by = listAfter(ctx, b, s.end, ms, ORG | PLACE)[0];
  if (!subj || !by || subj.canonical === by.canonical) return;
  emit(ctx, base, { subject: party(subj), predicate: 'associated_with', object: party(by), action, actor: by.canonical, target: subj.canonical, attAction: 'took control of' });
}
/** `verb_place` */
export function verbPlaceShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, action, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
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
}
