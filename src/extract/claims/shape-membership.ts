// Leadership and membership in prose that the role shape's own reading leaves (branch attr2 of the session of
// 2026-12-07 02:17): a role noun after a possessive pronoun ("G and its leader, P", "after its leader, P, split
// from …", "under its former leader, P"), the pronoun standing for the group named last before it in the sentence,
// else the group the text is about; affiliation ("P was affiliated with G", "two G-affiliated individuals (P and Q)").
import type { ExtractedMention } from '../types.ts';
import { type Ctx, party, emit, PARTY_BITS } from './context.ts';
import { antecedent } from './coref.ts';
import { subjectBefore, listAfter, lastBefore, onlySpaces } from './actors.ts';
import type { Hit } from './shapes.ts';

const { ORG, PERSON, PLACE } = PARTY_BITS;

/** "its" / "their" and up to two lower-case words (no verb) right before a role noun. */
const POSSESSIVE_ROLE = /(?:^|[\s(])([Ii]ts|[Tt]heir)\s+((?:(?:former|late|new|then|current|top|founding|overall|supreme|military|spiritual|senior|self-styled|first|second|deputy|co-)\s*){0,2})$/;
/** The singular role nouns read after a possessive ("its leaders" lists no one). */
const ROLE_NOUN = /^(?:leader|founder|co-founder|commander|chief|emir|head)$/;
/** A hyphen right after a group's name: the name only qualifies the next word ("G-affiliated"). */
const HYPHEN_FIRST = /^[-‐]/;
/** Where the role's person stands after the noun: a comma (an apposition) or a space, then the name. */
const PERSON_AFTER = /^,?\s+$/;

/**
 * `role` with a possessive pronoun before the noun (roleShape found no group): the person right after the noun
 * (a person the mentions name, as written) has the role in the group the pronoun stands for. Singular nouns only
 * ("its leaders" lists no one), and not "of" after the noun (roleShape reads "its leader of …" no differently).
 */
export function possessiveRoleShape(ctx: Ctx, h: Hit): boolean {
  const { a, b, matched, ms, from, base } = h;
  const { body } = ctx;
  if (!ROLE_NOUN.test(matched)) return false;
  const pz = POSSESSIVE_ROLE.exec(body.slice(Math.max(from, a - 40), a));
  if (!pz) return false;
  const its = a - pz[0].length + pz[0].indexOf(pz[1]!);
  const person = ms.find((x) => x.start >= b && x.start <= b + 3);
  if (!person || person.type !== 'person' || !PERSON_AFTER.test(body.slice(b, person.start))) return false;
  // the group: the last organisation named before the pronoun in the sentence (not a hyphen's qualifier), else the
  // group an "its" stands for (coref.ts), else the text's topic
  let org: ExtractedMention | null = null;
  for (const m of ms) if (m.start >= from && m.end <= its && m.type === 'organization' && !HYPHEN_FIRST.test(body.slice(m.end, m.end + 1))) org = m;
  org ??= antecedent(ctx, its, 'group') ?? (ctx.topic && ctx.topic.type === 'organization' ? ctx.topic : null);
  if (!org || org.canonical === person.canonical) return false;
  const words = pz[2]!.replace(/\s+/g, ' ').trim();
  const noun = matched.toLowerCase();
  const founder = /founder$/.test(noun);
  const action = founder ? 'founded' : `is the ${words ? `${words} ` : ''}${noun} of`;
  if (founder) emit(ctx, base, { subject: party(org), predicate: 'founded_by', object: party(person), action, actor: person.canonical, target: org.canonical });
  else emit(ctx, base, { subject: party(person), predicate: 'leader_of', object: party(org), action, actor: person.canonical, target: org.canonical });
  return true;
}

/** An auxiliary (and an adverb) right before "affiliated": its subject is the clause's. */
const AUX_BEFORE = /\b(?:is|was|are|were|been|being|be)\s+(?:(?:formerly|closely|reportedly|allegedly|also|once|previously|later)\s+)?$/i;
/** A reduced relative: the party, an apposition's description ("P, a Hindu cleric"), an adverb, then "affiliated". */
const RELATIVE_BEFORE = /(?:,\s+(?:an?|the)\s+[^,;()]{1,60}?)?\s+(?:(?:formerly|closely|reportedly|allegedly|once|previously)\s+)?$/;
/** A lower-case noun right after the party ("G fighters"): the party only qualifies it. */
const QUALIFIES_NOUN = /^\s+(?!(?:and|or|in|since|until|for|from|before|after|during|who|which|that|was|were|is|are|has|had|as|to|at|on|but|while)\b)[a-z]/;
/** After "G-affiliated": the noun of whom or what, then the names in a bracket, after "known as", or after a comma. */
const AFFILIATED_NOUN = /^\s+(?:[a-z-]+\s+){0,2}?(?:individuals?|persons?|people|groups?|organi[sz]ations?|entit(?:y|ies)|cells?|factions?|militants?|members?|leaders?|commanders?|fighters?|networks?)(?:\s*\(\s*|,?\s+(?:known\s+as|called|named)\s+|,\s+)/;

/**
 * `affiliated`: "P was (formerly) affiliated with G", "P, a cleric formerly affiliated with G" — the subject or the
 * party the apposition describes, with the party after "with"; "two G-affiliated individuals (P and Q)", "an
 * G-affiliated group known as X" — each party named after the noun, with the group before the hyphen. The action
 * is "is affiliated with" ("was formerly affiliated with" as written for a past affiliation). None when no party is
 * named ("six gunmen affiliated with G", "an G-affiliated group was behind …").
 */
export function affiliatedShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
  const hy = body.charCodeAt(a - 1);
  if (hy === 45 || hy === 0x2010) {
    // "G-affiliated …": the group ends at the hyphen
    const g = ms.find((m) => m.end === a - 1 && m.type === 'organization');
    if (!g) return;
    const n = AFFILIATED_NOUN.exec(body.slice(b, Math.min(s.end, b + 80)));
    if (!n) return;
    const at = b + n[0].length;
    const first = ms.find((m) => m.start >= at && m.start <= at + 2);
    if (!first) return;
    // (a group's name the mentions type as a place, "a G-affiliated group known as Najd Province": the noun says it is a group)
    const groupNoun = /\b(?:groups?|organi[sz]ations?|cells?|factions?|networks?)\b/.test(n[0]);
    for (const x of listAfter(ctx, at, s.end, ms, groupNoun ? ORG | PLACE : ORG | PERSON)) {
      if (x.canonical === g.canonical) continue;
      emit(ctx, base, { subject: party(x), predicate: pred, object: party(g), action: 'is affiliated with', actor: x.canonical, target: g.canonical });
    }
    return;
  }
  const w = /^\s+with\s+/.exec(body.slice(b, b + 8));
  if (!w) return;
  const g = listAfter(ctx, b + w[0].length, s.end, ms, ORG | PERSON)[0];
  // (the party ends the phrase: "affiliated with G fighters" names no affiliation with G)
  if (!g || QUALIFIES_NOUN.test(body.slice(g.end, g.end + 24))) return;
  const pre = body.slice(Math.max(from, a - 90), a);
  let who: ExtractedMention | null = null;
  const aux = AUX_BEFORE.exec(pre);
  if (aux) who = subjectBefore(ctx, s, a - aux[0].length + aux[0].search(/\S/), ms, from);
  else {
    const r = RELATIVE_BEFORE.exec(pre);
    const end = r ? a - r[0].length : a;
    const m = ms.findLast((x) => x.end <= end && x.start >= from);
    if (m && m.end === end) who = m;
  }
  if (!who || (who.type !== 'person' && who.type !== 'organization') || who.canonical === g.canonical) return;
  // the action as written: "was affiliated with", "formerly affiliated with" (an apposition's participle)
  const action = body.slice(aux ? a - aux[0].length + aux[0].search(/\S/) : a - (/(?:(?:formerly|closely|reportedly|allegedly|once|previously)\s+)?$/.exec(pre)![0].length), b + w[0].length).replace(/\s+/g, ' ').trim();
  emit(ctx, base, { subject: party(who), predicate: pred, object: party(g), action, actor: who.canonical, target: g.canonical });
}

/** After the leader, the comma of a fronted phrase and the clause's subject: a name, or the group/organisation. */
const FRONTED_SUBJECT = /^\s*,\s+(?:(the\s+(?:group|organi[sz]ation|network|movement|militia|faction))\b|(?:the\s+)?(?=\S))/i;
/** A name right before the phrase, set off by a comma ("G, under P's leadership, has …"). */
const COMMA_BEFORE = /^\s*\)?\s*,\s*$/;
/**
 * `leadership`: "under the leadership of P" / "under P's leadership" (and "command"): P leads the clause's subject, a
 * group: fronted ("Under the leadership of P, the group has killed …"), the name or "the group" right after the
 * comma; else the group set off before it ("G, under P's leadership, has …") or the clause's subject
 * ("G claimed several attacks under P's leadership"). P must be a person the mentions name; the group an
 * organisation (branch attr4).
 */
export function leadershipShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, matched, ms, from, base } = h;
  const { body } = ctx;
  const command = /command/i.test(matched);
  let person: ExtractedMention | undefined;
  if (/of$/i.test(matched)) person = ms.find((m) => m.start >= b && m.start <= b + 2);
  else person = ms.find((m) => m.start > a && m.end < b && /^['’]s?\s/.test(body.slice(m.end, m.end + 3)));
  if (!person || person.type !== 'person') return;
  let org: ExtractedMention | null = null;
  if (onlySpaces(ctx.units, from, a)) {
    const f = FRONTED_SUBJECT.exec(body.slice(person.end, Math.min(s.end, person.end + 40)));
    if (!f) return;
    const at = person.end + f[0].length;
    if (f[1]) org = antecedent(ctx, at, 'group') ?? (ctx.topic && ctx.topic.type === 'organization' ? ctx.topic : null);
    else org = ms.find((m) => m.start === at) ?? null;
  } else {
    const m = lastBefore(ms, a, from);
    org = m && COMMA_BEFORE.test(body.slice(m.end, a)) ? m : subjectBefore(ctx, s, a, ms, from);
  }
  if (!org || org.type !== 'organization' || org.canonical === person.canonical) return;
  const action = command ? 'is the commander of' : 'is the leader of';
  emit(ctx, base, { subject: party(person), predicate: 'leader_of', object: party(org), action, actor: person.canonical, target: org.canonical });
}
