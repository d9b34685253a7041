// The relation shapes of the attribution rules: apply turns one rule hit into claims and attributions, by the
// rule's shape (data/attribution.json `shape`).
import type { Sentence } from '../sentences.ts';
import { isDigit } from '../scan.ts';
import { MONTH_NAMES } from '../dates.ts';
import type { ExtractedClaim, ExtractedMention, ExtractedParty } from '../types.ts';
import { type Rule, RULES } from './patterns.ts';
import { type Ctx, party, literalParty, asState, isActor, ORG, PERSON, PLACE, type Base, emit } from './context.ts';
import { lastWordBefore, isHyphen, opensWith, singleSpacedAt } from './cues.ts';
import { subjectBefore, subjectAfterComma, actorEndingIn, HYPHENATED, listAfter, onlySpaces, demonymGovernment, documentAuthority, demonymSubjects, authorityBefore, authParty, paraStart, lastBefore } from './actors.ts';
import { BARE_EVENT, EVENT_NOUN, GENERIC_EVENT, namedEvent, pageEvent, eventCore, antecedentEvent, statementEvent, rememberEvent, lastEventName, phraseAfter, coordinatedEvents, eventsListedAfter, eventItems, listedEvents, eventPhrase, whenLabel, phraseBefore, sinceYear } from './events.ts';
import { PEOPLE_NOUN, ACT_QUANTITY, aimOf, actOnPeople, killedInStrike, branchBefore } from './acts.ts';

// (the noun in lower case: "The Movement for …" is a name)
export const DEFINITE = /^[Tt](?:he|his|hat) (?:group|network|organi[sz]ation|outfit|movement)\b/;
/** Words that end a role's noun phrase going back: the clause's verbs and links. */
const ROLE_STOP = /^(?:is|was|are|were|be|been|has|have|had|and|or|by|to|for|with|as|at|in|on|from|that|which|who|said|says)$/;
/** A copula (and a verb of judging) with the determiner and up to two words before an apposition's noun. */
const COPULA_BEFORE = /\b(?:is|was|are|were|be|been|being)\s+(?:(?:considered|regarded|described|seen|believed|thought|said)\s+(?:to be\s+|as\s+)?)?(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}$/i;
/** A dateline: a place in capitals, a region or state after a comma, then a dash. */
// a negation right before a verb ("has never received", "did not receive")
const NOT_BEFORE = /\b(not|never)\s+$/i;
/** After a verb of denial, the part played that is denied, up to the event: "it played a role in", "any involvement in". */
const ROLE_IN = /^\s+(?:that\s+)?(?:(?:it|they|he|she|(?:the|its|their)\s+\w+)\s+)?(?:(?:had|has|have|was|were|ever)\s+)?(?:(?:played|playing|had|having)\s+)?(?:(?:any|a)\s+)?(?:role|involvement|involved|hand|part)\s+in\s+/i;
/** Verbs of carrying out an act, in a passive ("was perpetrated by"). */
const PERPETRATED = /^(?:perpetrated|carried out|conducted|orchestrated)$/i;
/** What an accusation says the accused did, before the event: "plotting", "being directly involved in", "having planned". */
const ACT_LEAD = /^((?:being|having been|having)\s+(?:\w+ly\s+)?(?:involved in|responsible for|behind|\w+ed)|\w+ing(?:\s+out)?)\s+(?!(?:to|of|that|and|or)\b)/i;
/** An accusation's charges that the accused rejects, after the accused act: "…, charges the group rejects". */
const CHARGES_DENIED = /^[^.;]*?,\s+(?:(?:the|which|a)\s+)?(?:charges?|allegations?|accusations?|claims?)\s+(?:that\s+|which\s+)?(?:[^,.;]{1,40}?\s+)?(rejects|rejected|denies|denied|dismisses|dismissed)\b/i;
/** A word qualifying "known as" right before it ("also", "more commonly", "locally"). */
const KNOWN_QUALIFIER = /(?:\b(?:also|more commonly|commonly|formerly|locally|popularly|otherwise|better)\s+)?$/;
/** "the group," (and the like) right before a position. */
const DEFINITE_BEFORE = /\b(?:the|this|that) (?:group|network|organi[sz]ation|outfit|movement)\s*,?\s*$/i;
/** "I" or "we" as the subject right before a verb (over adverbs). */
const FIRST_PERSON_BEFORE = /(?:^|[^\w’'])(?:I|[Ww]e)\s+(?:\w+ly\s+|also\s+|now\s+)?$/;
/** A phrase opening with a preposition is an adjunct, no event's noun phrase ("denied it, in a statement …"). */
const ADJUNCT = /^(?:in|on|at(?!\s+least)|by|with|from|during|after|before|since|via|through)\s/i;
/** What "ordered" governs when it orders an act of violence: an event noun within its first four words. */
const ORDERED_EVENT = /^(?:[\w-]+\s+){0,3}?(?:attacks?|bombings?|strikes?|assaults?|raids?|killings?|assassinations?|executions?|massacres?|offensives?)\b/i;
/** An unnamed group of attackers right before a verb: an article or a count, up to three words, an attackers' noun. */
const UNNAMED_DOER = /(?:^|[\s,;(])((?:an?|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|several|\d+)\s+(?:[\p{L}-]+\s+){0,3}?(?:gunmen|militants|attackers|assailants|terrorists|bombers|fighters|insurgents))\s+$/u;
/** A date opening an event phrase: "2008 ", "January 14, 2008 ", "14 January 2008 ", "April 2008 ", "March ". */
const DATE_LEAD = new RegExp(`^(?:(?:${MONTH_NAMES})\\s+(?:\\d{1,2},?\\s+)?(?:\\d{4}\\s+)?|\\d{1,2}\\s+(?:${MONTH_NAMES})\\s+(?:\\d{4}\\s+)?|\\d{4}\\s+)(?=\\p{L})`, 'u');
/** A relative clause or an act between an event phrase and a later "including" (the examples are then another's). */
const RELATIVE_OR_ACT = /\b(?:that|which|who|whom|whose|killing|killed|wounding|injuring)\b/i;
/** The comma and "including" after an event phrase ("… attacks, including the X bombing"). */
const INCLUDING_IN = /,\s+including\s+in\s+/;
const INCLUDING = /,\s+including\s+(?!(?:in|at|on|by|from|with|for|to|against|among)\b)/;
/** " and its leader, " after a group in a list ("designated G and its leader, P, as …"). */
const ITS_LEADER = /^,?\s+and\s+(?:its|their)\s+(?:former\s+|top\s+|founding\s+)?(leader|founder|chief|commander|emir|spokesman),?\s+/;
/** ", and B of carrying it out" after an accusation: B, the act, its object. */
const ACCUSED_TOO = /,?\s+and\s+([^,;]{3,90}?)\s+of\s+(\w+ing(?:\s+out)?)\s+([^,;.]{2,80})/;
/**
 * A toll after "responsible for": "killing hundreds of U.S. soldiers", "the deaths of 849 civilians": [, the act, the
 * people with their count] (the people end at a word that goes on to another clause or a time: "and", "in", ",").
 */
const RESPONSIBLE_FOR_TOLL = /^\s+(killing|(?:the\s+)?(?:deaths?|killings?|murders?)\s+of)\s+((?:[\p{L}\d.,'’-]+\s+){0,5}?[\p{L}'’-]+)(?=\s+(?:and|in|since|during|across|over|at|on|from|with)\b|\s*[,;:([]|\.(?:\s|$)|$)/u;
/** One rule hit in its sentence, as each shape reads it. */
interface Hit {
  rule: Rule;
  s: Sentence;
  /** where the rule matched: [a, b) */
  a: number;
  b: number;
  matched: string;
  ms: ExtractedMention[];
  /** where the clause starts (past the claimant and any label) */
  from: number;
  /** the words matched, single-spaced */
  action: string;
  base: Base;
}

/** Rule `ri`'s hit at [a, b) of sentence `s`, through its shape's function. */
export function apply(
  ctx: Ctx,
  ri: number,
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
  const shape = BY_RULE[ri];
  if (!shape) return;
  const action = singleSpacedAt(ctx.units, a, b) ? matched : matched.replace(/\s+/g, ' ').trim();
  const base: Base = { s, claimant, hedged, when, negated: false };
  shape(ctx, { rule: RULES[ri]!, s, a, b, matched, ms, from, action, base });
}

/** `event`, `event_before` */
function eventShape(ctx: Ctx, h: Hit): void {
  const { rule, s, a, b, matched, ms, from, action, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
  const when = h.base.when;
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
}
/** `unnamed_doer` */
function unnamedDoerShape(ctx: Ctx, h: Hit): void {
  const { a, from, action, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
  // "four masked gunmen attacked the Westgate shopping mall", "three Islamist gunmen opened fire at …": attackers
  // the text does not name (an indefinite or counted group right before the verb) carried out the event the
  // page is about (only there: elsewhere the act is one of several the text names)
  const doer = UNNAMED_DOER.exec(body.slice(Math.max(from, a - 70), a));
  if (!doer) return;
  const ev = pageEvent(ctx);
  if (!ev) return;
  const who = doer[1]!.replace(/\s+/g, ' ');
  emit(ctx, base, { subject: literalParty(who), predicate: pred, object: { literal: ev }, action, actor: who, target: ev });
}
/** `justice` */
function justiceShape(ctx: Ctx, h: Hit): void {
  const { s, a, ms, from, action, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
  // "The members of the Security Council underlined the need to bring perpetrators … to justice", "stressed
  // that those responsible … shall be held accountable": the speaker's call about the event the statement is
  // on (its title's, "Press Statement on Terrorist Attacks in Pakistan"), else the event named last
  const subj = subjectBefore(ctx, s, a, ms, from);
  if (!subj || subj.type === 'place') return;
  const ev = statementEvent(ctx) ?? lastEventName(ctx);
  if (!ev) return;
  const att = body.slice(a, s.end).replace(/\s+/g, ' ').replace(/[.;:\s]+$/, '');
  emit(ctx, base, { subject: party(subj), predicate: pred, object: { literal: ev }, action, actor: subj.canonical, target: ev, attAction: att.length <= 240 ? att : action });
}
/** `np_of` */
function npOfShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, action, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
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
}
/** `passive_by` */
function passiveByShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, action, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
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
}
/** `poss_support` */
function possSupportShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
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
}
/** `based_in` */
function basedInShape(ctx: Ctx, h: Hit): void {
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
/** `poss_event` */
function possEventShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, action, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
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
}
/** `killed` */
function killedShape(ctx: Ctx, h: Hit): void {
  const { s, a, matched, ms, from, action, base } = h;
  const pred = h.rule.predicate;
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
}
/** `aim` */
function aimShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, action, base } = h;
    aimOf(ctx, base, s, a, b, action, ms, from);
}
/** `act_on` */
function actOnShape(ctx: Ctx, h: Hit): void {
  const { s, a, ms, from, action, base } = h;
    actOnPeople(ctx, base, s, a, a + (action.indexOf(' ') < 0 ? action.length : action.indexOf(' ')), ms, from);
}
/** `killed_in` */
function killedInShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, base } = h;
    killedInStrike(ctx, base, s, a, b, ms, from);
}
/** `branch_before` */
function branchBeforeShape(ctx: Ctx, h: Hit): void {
  const { s, a, ms, from, action, base } = h;
    branchBefore(ctx, base, s, a, action, ms, from);
}
/** `met` */
function metShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, action, base } = h;
  // "X met (with) Y": a claim of the meeting; no attribution (annotators of every set leave meetings out)
  const subj = subjectBefore(ctx, s, a, ms, from);
  if (!subj) return;
  for (const o of listAfter(ctx, b, s.end, ms, ORG | PERSON)) emit(ctx, base, { subject: party(subj), predicate: 'met', object: party(o), action, actor: '', target: o.canonical });
}
/** `verb`, `with_support` */
function verbShape(ctx: Ctx, h: Hit): void {
  const { rule, s, a, b, ms, from, action, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
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
}
/** `receive` */
function receiveShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, action, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
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
}
/** `blame` */
function blameShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, matched, ms, from, action, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
  const claimant = h.base.claimant;
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
}
/** `accuse` */
function accuseShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, matched, ms, from, action, base } = h;
  const { body } = ctx;
  const claimant = h.base.claimant;
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
}
/** `link` */
function linkShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
  const claimant = h.base.claimant;
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
}
/** `links_between` */
function linksBetweenShape(ctx: Ctx, h: Hit): void {
  const { s, b, ms, base } = h;
  const pred = h.rule.predicate;
  const pair = listAfter(ctx, b, s.end, ms);
  if (pair.length >= 2)
    emit(ctx, base, { subject: party(pair[0]!), predicate: pred, object: party(pair[1]!), action: 'has links with', actor: pair[0]!.canonical, target: pair[1]!.canonical });
}
/** `traced` */
function tracedShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, from, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
  const ev = phraseBefore(ctx, from, a);
  const origin = phraseAfter(body, b, s.end);
  if (!ev || !origin) return;
  emit(ctx, base, { subject: literalParty(origin), predicate: pred, object: { literal: ev }, action: 'traced back to', actor: origin, target: ev, attAction: 'traced as origin of' });
}
/** `designate`, `passive_founded` */
function designateShape(ctx: Ctx, h: Hit): void {
  const { rule, s, a, b, matched, ms, from, action, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
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
}
/** `designation_noun` */
function designationNounShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
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
}
/** `event_by` */
function eventByShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, matched, ms, from, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
  const doers = listAfter(ctx, b, s.end, ms, ORG | PERSON);
  if (doers.length === 0) return;
  const seg = body.slice(Math.max(from, a - 60), a + matched.lastIndexOf(' '));
  const words = seg.split(/[\s]+/).slice(-4);
  const ev = words.join(' ').replace(/^.*\b(?:the|a|an|to|of|in)\s+/i, '').trim();
  if (!ev) return;
  for (const d of doers) emit(ctx, base, { subject: party(d), predicate: pred, object: { literal: ev }, action: 'carried out', actor: d.canonical, target: ev });
}
/** `from_to` */
function fromToShape(ctx: Ctx, h: Hit): void {
  const { s, b, ms, action, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
  const givers = listAfter(ctx, b, s.end, ms);
  if (givers.length === 0) return;
  const g = givers[givers.length - 1]!;
  const to = /^\s*to\s+/.exec(body.slice(g.end, g.end + 6));
  if (!to) return;
  for (const t of listAfter(ctx, g.end + to[0].length, s.end, ms, ORG | PERSON))
    emit(ctx, base, { subject: party(t), predicate: pred, object: party(g), action: action.split(' ')[0]!, actor: g.canonical, target: t.canonical });
}
/** `provide` */
function provideShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, action, base } = h;
  const pred = h.rule.predicate;
  const giver = subjectBefore(ctx, s, a, ms, from);
  if (!giver) return;
  for (const t of listAfter(ctx, b, s.end, ms, ORG | PERSON))
    emit(ctx, base, { subject: party(t), predicate: pred, object: party(giver), action, actor: giver.canonical, target: t.canonical });
}
/** `verb_target` */
function verbTargetShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, action, base } = h;
  const subj = subjectBefore(ctx, s, a, ms, from);
  if (!subj) return;
  for (const o of listAfter(ctx, b, s.end, ms, ORG | PERSON))
    emit(ctx, base, { subject: party(subj), predicate: 'linked_to', object: party(o), action, actor: subj.canonical, target: o.canonical });
}
/** `apposition` */
function appositionShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, action, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
  // "X, a front of Y"; after a copula ("it is considered the military wing of Y") the copula's subject
  const cop = COPULA_BEFORE.exec(body.slice(Math.max(from, a - 60), a));
  const subj = cop ? subjectBefore(ctx, s, a - cop[0].length + cop[0].search(/\S/), ms, from) : ms.findLast((x) => x.end <= a && x.type === 'organization' && x.start >= from);
  if (subj && subj.type !== 'organization') return;
  const obj = listAfter(ctx, b, s.end, ms, ORG)[0] ?? ms.find((x) => x.start >= b && x.type === 'organization' && !isHyphen(body.charCodeAt(x.end)));
  if (!subj || !obj || subj.canonical === obj.canonical) return;
  const att = cop ? cop[0].trim().replace(/\s+/g, ' ') + ' ' + action : /proxy/i.test(action) ? 'is a proxy of' : /arm/i.test(action) ? "acts as a 'veritable arm' of" : /alias|name/i.test(action) ? 'is an alias of' : /front/.test(action) ? 'is a front of' : `is ${action.replace(/^(?:an?|the)\s+/i, 'a ')}`;
  emit(ctx, base, { subject: party(subj), predicate: pred, object: party(obj), action, actor: subj.canonical, target: obj.canonical, attAction: att });
}
/** `known_as` */
function knownAsShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
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
}
/** `alias_list` */
function aliasListShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, matched, ms, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
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
}
/** `deny` */
function denyShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, action, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
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
}
/** `role` */
function roleShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, matched, ms, from, base } = h;
  const { body } = ctx;
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
}
/** `controlled_by` */
function controlledByShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, action, base } = h;
  // "X came under the control of Y": Y took control of X
  const subj = subjectBefore(ctx, s, a, ms, from);
  const by = listAfter(ctx, b, s.end, ms, ORG | PLACE)[0];
  if (!subj || !by || subj.canonical === by.canonical) return;
  emit(ctx, base, { subject: party(subj), predicate: 'associated_with', object: party(by), action, actor: by.canonical, target: subj.canonical, attAction: 'took control of' });
}
/** `verb_place` */
function verbPlaceShape(ctx: Ctx, h: Hit): void {
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
/** `deny_noun` */
function denyNounShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, matched, ms, from, action, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
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
}
/** `retract` */
function retractShape(ctx: Ctx, h: Hit): void {
  const { b, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
  if (!/claim|responsibility/i.test(body.slice(b, b + 60))) return;
  const prev = ctx.claims.findLast((c) => c.predicate === 'claimed_responsibility_for');
  if (!prev) return;
  const obj = 'literal' in prev.object ? prev.object.literal : prev.object.name;
  emit(ctx, base, { negated: true, subject: prev.subject, predicate: pred, object: prev.object, action: 'retracted its claim of responsibility', actor: prev.subject.name, target: obj });
}

/** The function of each shape (attribution.json `shape`). */
const SHAPES: Record<string, (ctx: Ctx, h: Hit) => void> = {
  event: eventShape,
  event_before: eventShape,
  unnamed_doer: unnamedDoerShape,
  justice: justiceShape,
  np_of: npOfShape,
  passive_by: passiveByShape,
  poss_support: possSupportShape,
  based_in: basedInShape,
  poss_event: possEventShape,
  killed: killedShape,
  aim: aimShape,
  act_on: actOnShape,
  killed_in: killedInShape,
  branch_before: branchBeforeShape,
  met: metShape,
  verb: verbShape,
  with_support: verbShape,
  receive: receiveShape,
  blame: blameShape,
  accuse: accuseShape,
  link: linkShape,
  links_between: linksBetweenShape,
  traced: tracedShape,
  designate: designateShape,
  passive_founded: designateShape,
  designation_noun: designationNounShape,
  event_by: eventByShape,
  from_to: fromToShape,
  provide: provideShape,
  verb_target: verbTargetShape,
  apposition: appositionShape,
  known_as: knownAsShape,
  alias_list: aliasListShape,
  deny: denyShape,
  role: roleShape,
  controlled_by: controlledByShape,
  verb_place: verbPlaceShape,
  deny_noun: denyNounShape,
  retract: retractShape,
};


/** The verbs of leading a group in "was led by P". */
const LED_BY_NAME = /^(?:led|commanded|headed)$/i;
/** Two or three capitalised words right after "by", then a comma, a full stop or "until" (a person's name). */
const NAME_AFTER_BY = /^\s(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})(?=[,.;]| until\b)/u;
/** Each rule's shape function, by the rule's index (looked up once, not by its shape's name per hit). */
const BY_RULE = RULES.map((r) => SHAPES[r.shape]);
