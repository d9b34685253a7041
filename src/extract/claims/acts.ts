// Shapes of acts on people and places: aims ("aimed at"), acts on people, killed in strikes, branches of a group.
import type { Sentence } from '../sentences.ts';
import { isS } from '../scan.ts';
import type { ExtractedMention } from '../types.ts';
import { type Ctx, party, asState, isActor, type Base, emit } from './context.ts';
import { subjectBefore, lastBefore, adjacentSubject, firstPartyIn, listedSubjects, MEMBER_NOUN } from './actors.ts';
import { phraseAfter, eventPhrase, pageEvent } from './events.ts';
import { canonicalOf } from '../gazetteer.ts';
import { WEEKDAY_NAMES } from '../dates.ts';

// ── Aims and acts against people (attr6) ─────────────────────────────────────────────────────────────
// Two relation kinds the annotators of every evaluation set record wherever the text states them with a
// named party as the subject: a group's declared aim ("X aims to / seeks to / is fighting for …", "X's goal
// is to …") and an act of violence against people ("X has killed 300 civilians", "they have taken dozens of
// hostages", "P was killed in a US drone strike"). Counts and the check of consistency: docs/extract.md step 7.

/** A passive before the verb ("was killed", "were kidnapped"): the subject suffered the act. */
const ACT_PASSIVE = /\b(?:was|were|is|are|be|been|being|get|got)\s+(?:\w+ly\s+)?$/i;
/** Nouns of people (an act of violence's object when no party is named). */
export const PEOPLE_NOUN = /\b(?:people|persons|civilians|hostages|captives|soldiers|troops|officers|police(?:men)?|guards|workers|students|children|women|men|tourists|pilgrims|worshippers|members|leaders|commanders|fighters|militants|insurgents|guerrillas|terrorists|rebels|officials|journalists|missionaries|villagers|residents|peacekeepers|personnel|forces|foreigners|nationals|citizens|girls|boys|schoolgirls|passengers|employees|staff|diplomats|aid workers|teachers|judges|lawmakers)\b/i;
/** Words that end with a noun of people ("two police officers", "armed guards"). */
export const PEOPLE_END = new RegExp(`${PEOPLE_NOUN.source}$`, 'i');
/** Quantities and determiners before a noun of people: "about 1,300", "dozens of", "several of their". */
export const ACT_QUANTITY = /^(?:(?:about|at least|more than|over|nearly|almost|some|around|up to|all|the|its|their|his|her|many|several|scores|dozens|hundreds|thousands|numerous|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|a hundred)(?:\s+of)?\s+)+/i;

/**
 * "X aims to / seeks to / is fighting for …", "X's goal is to …", "Its objective is to …": X's aim, related
 * to the first party the aim names ("… to separate Kashmir from India" → Kashmir); the action is the aim's
 * wording up to that party ("aims to separate"). No party named in the aim's clause: no attribution.
 */
export function aimOf(ctx: Ctx, base: Base, s: Sentence, a: number, b: number, matched: string, ms: ExtractedMention[], from: number) {
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
export function actOnPeople(ctx: Ctx, base: Base, s: Sentence, a: number, o: number, ms: ExtractedMention[], from: number) {
  const { body } = ctx;
  if (ACT_PASSIVE.test(body.slice(Math.max(from, a - 16), a))) return;
  const subj = adjacentSubject(ctx, s, a, ms, from) ?? describedDoer(ctx, s, a, ms);
  if (!subj) return;
  let obj = phraseAfter(body, o, s.end);
  // (a reporting tail is no part of the act: "… near Baidoa, officials said")
  if (obj) obj = obj.replace(REPORT_TAIL, '');
  if (!obj || obj.length > 80) return;
  const verb = body.slice(a, o).trim().replace(/\s+/g, ' ');
  const named = firstPartyIn(ctx, o, o + obj.length + 4, ms, subj);
  if (named && named.type !== 'place') obj = body.slice(o, named.end).trim().replace(/\s+/g, ' '); // ("kidnapped P in March": the act ends with P)
  // (a person or group named, else people: "executed the plan", "killed the deal" are no acts against people)
  const target = named && named.type !== 'place' ? named.canonical : PEOPLE_NOUN.test(obj) ? peopleHead(withoutCount(obj)) : '';
  if (!target || !/\p{L}{3}/u.test(target)) return;
  // "killed 19 people in an ambush late Thursday": people killed in an event the clause names; the event is the
  // target, as the golds write it ("ambush near Baidoa"), without its time words
  const inEv = named && named.type !== 'place' ? null : IN_EVENT.exec(obj);
  // people (no one named) on a page about one event: the page's event, as the golds of such pages write each act
  // of its doers ("G massacred 62 people" on the page "Luxor massacre"; branch attr4)
  const ev = inEv ? inEv[1]!.replace(EVENT_TIME_TAIL, '').replace(/\b(?:the\s+)?(?:town|village|city|district)\s+of\s+/, '').trim() : named && named.type !== 'place' ? '' : (pageEvent(ctx) ?? '');
  // (a described doer, "the hostage-takers killed children", acts on the page's event only)
  if (subj.entity_id === null && !subj.known && subj.start >= s.start && !ms.includes(subj) && (!ev || inEv)) return;
  for (const sj of coSubjects(ctx, subj, a, ms, from)) emit(ctx, base, { subject: party(sj), predicate: 'perpetrated', object: { literal: `${verb} ${obj}` }, action: verb, actor: sj.canonical, target: ev || target, attAction: `${verb} ${obj}` });
}

/**
 * On an event's page, the doers of its event as the clause describes them right before the verb ("the
 * hostage-takers killed …", "Suicide bombers detonated …"; ARMED_BEFORE with a doer's noun, DOER_ONLY), as a literal
 * actor; else null (attr32).
 */
function describedDoer(ctx: Ctx, s: Sentence, a: number, ms: ExtractedMention[]): ExtractedMention | null {
  const d = ARMED_BEFORE.exec(ctx.body.slice(Math.max(s.start, a - 120), a));
  if (!d || !DOER_NOUN_END.test(d[1]!) || !pageEvent(ctx)) return null;
  if (/^[Tt]he\s/.test(d[1]!) && !DOER_ONLY.test(d[1]!)) return null;
  const raw = d[1]!.replace(/^[Tt]he\s+(?=\S+$)/, 'the ').replace(/\s+/g, ' ');
  const start = a - (ctx.body.slice(Math.max(s.start, a - 120), a).length - d.index - d[0].indexOf(d[1]!));
  if (ms.some((m) => m.start >= start && m.end <= a && (m.type === 'organization' || m.type === 'person'))) return null;
  return { text: raw, start, end: start + d[1]!.length, canonical: raw, type: 'organization', entity_id: null, known: false };
}
/** A described doer's last word: the doers of an act, not a standing body. */
const DOER_NOUN_END = /(?:gunmen|attackers|assailants|bombers|hostage-takers|hijackers|kidnappers|assassins)$/i;
/** A reporting clause ending a sentence: ", officials said", ", the army says", ", police told AFP". */
const REPORT_TAIL = /,\s+(?:(?:the|a|an|local|security|military|government|police|army)\s+)*[\w-]+\s+(?:said|says|say|reported|told\s+[\p{L}\s]{1,30})$/u;
/** People killed "in an ambush …", "during a raid on …": the event phrase from its noun on. */
const IN_EVENT = /\s(?:in|during)\s+(?:an?|the|two|three|several|separate|coordinated|\d+)\s+(?:(?:separate|coordinated|suicide|bomb|armed|deadly|brazen|overnight|twin|recent)\s+)?((?:ambush|attack|raid|assault|bombing|explosion|blast|massacre|clash|shooting)(?:es|s)?\b.*)$/;
/** Time words that end an event phrase ("late Thursday", "on Monday", "last week"). */
const EVENT_TIME_TAIL = new RegExp(String.raw`\s+(?:(?:late|early|on|last|this|overnight|in\s+the)\s+)?(?:${WEEKDAY_NAMES}|night|morning|evening|afternoon|week|month|year)\b.*$`);
/** After the doer of "killed in a US drone strike": the military means and the strike. */
const STRIKE_AFTER = /^\s+((?:drone|air|missile|rocket|military|army|naval|navy|commando|special forces|counter-?terrorism|security forces)(?:\s+[\w-]+)?\s+(?:strike|attack|raid|operation)s?|airstrikes?)\b/i;
/**
 * "P was killed in / by a US drone strike": the state or group the strike's phrase names first killed P
 * (P the subject: a person, "he"/"she" the last person named before in the sentence).
 */
export function killedInStrike(ctx: Ctx, base: Base, s: Sentence, a: number, b: number, ms: ExtractedMention[], from: number) {
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
export function branchBefore(ctx: Ctx, base: Base, s: Sentence, a: number, action: string, ms: ExtractedMention[], from: number) {
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

/** ", killing" right after an act's object (the object's trailing time words allowed). */
const KILLING_AFTER = /^\s*,\s+killing\s+/;
/** An armed body described, not named: "(the) Congolese army", "security forces", "Soldiers loyal to the slain army chief". */
const ARMED_BODY = String.raw`(?:(?:[Tt]he\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+)?(?:(?:[Ss]uspected|[Pp]ro-government|[Gg]overnment|[Rr]ebel|\p{Lu}\p{Ll}+(?:an|ese|i|ish|ch))\s+)?(?:[Ss]uicide\s+)?(?:army|military|air\s+force|navy|troops|soldiers|security\s+forces|forces|rebels|militants|gunmen|insurgents|guerrillas|separatists|assailants|attackers|bombers|hostage-takers|hijackers|kidnappers|assassins)|(?:Soldiers|Troops|Rebels|Militants|Gunmen|Insurgents|Guerrillas|Separatists|Assailants|Attackers|Hijackers|Kidnappers|Assassins))(?:\s+loyal\s+to\s+[^,;()]{3,60}?)?`;
/** A doer's noun that names only the doers of an act (not a standing body: "the army", "the rebels"). */
const DOER_ONLY = /^[Tt]he\s+(?:gunmen|attackers|assailants|bombers|hostage-takers|hijackers|kidnappers|assassins)$/;
/** The described body opening its clause right before the verb (auxiliaries and adverbs between). */
const ARMED_BEFORE = new RegExp(String.raw`(?:^|[,;:]\s+|\b(?:when|after|as|while|and)\s+)(${ARMED_BODY})\s+(?:(?:has|have|had|reportedly|allegedly|then|later|also)\s+)*$`, 'u');
/** "The Congolese army says it has attacked …": the body speaking of itself. */
const ARMED_SAYS_IT = new RegExp(String.raw`^\s*(${ARMED_BODY})\s+(?:says|said|claims|claimed|reports|reported|announced)\s+(?:that\s+)?it\s+(?:(?:has|had|also|then)\s+)*$`, 'u');
/** What may stand between a named doer and its verb (auxiliaries, adverbs, an acronym in brackets). */
const ACT_AUX = new RegExp(String.raw`^(?:['’]s)?\)?(?:\s+\([^()]{1,24}\))?(?:\s+["“]?${MEMBER_NOUN})?(?:\s+(?:has|have|had|also|reportedly|allegedly|repeatedly|then|later|previously|once|now|already))*\s+$`, 'i');
/** "it" or "its fighters" right before the verb: the pronoun doer a violent act may have. */
const IT_BEFORE_ACT = new RegExp(String.raw`\b(?:it|its\s+["“]?${MEMBER_NOUN})\s+(?:(?:has|had|have|also|then|later|reportedly|allegedly)\s+)*$`, 'i');
/** A lower-case noun right after a party: the party qualifies it ("an M23 base", "a Taliban convoy") and is no target. */
const QUALIFIER_AFTER = /^\s+(?!(?:to|in|on|at|near|of|and|or|with|from|by|for|as|who|which|that|while|when|after|before|during|into|outside|inside|across|throughout|along|killing|wounding|injuring)\b)[a-z][\w-]*/;
/**
 * A verb of doing violence with its doer as the subject: "X ambushed a motorcade carrying P", "X bombarded the town
 * of T", "it detonated 500 small bombs at 300 locations throughout Bangladesh", "X attacked an M23 base near Goma".
 * The subject is the party right before the verb (as for acts on people; a state or its capital for a state's act);
 * the target is the first person or group the object names (not one that only qualifies a noun, "an M23 base"),
 * else the first place it names, else the object as written when it is short. The action is the verb and its object
 * as written, up to the target.
 */
export function violentAct(ctx: Ctx, base: Base, s: Sentence, a: number, b: number, ms: ExtractedMention[], from: number) {
  const { body } = ctx;
  if (ACT_PASSIVE.test(body.slice(Math.max(from, a - 16), a))) return;
  let subj = adjacentSubject(ctx, s, a, ms, from);
  // (a pronoun stands for a party before the clause: "it" only, and not one the object names, "it has attacked an
  // M23 base" where "it" would be M23; "they" is left, its antecedent too often another's)
  let pronoun = subj !== null && (subj.end <= from || subj.end > a || !ACT_AUX.test(body.slice(subj.end, a)));
  // an armed body the clause describes instead of naming, right before the verb ("Soldiers loyal to the slain army
  // chief attacked …"), or speaking of itself ("The Congolese army says it has attacked …"): the actor as written
  const lead = body.slice(s.start, a);
  let described = !subj || pronoun ? (ARMED_SAYS_IT.exec(lead) ?? ARMED_BEFORE.exec(lead)) : null;
  // (none where the clause names a group or person, but inside the description: "bombers loyal to G")
  if (described) {
    const d0 = s.start + described.index + described[0].indexOf(described[1]!);
    const d1 = d0 + described[1]!.length;
    if (ms.some((m) => m.start >= s.start && m.end <= a && (m.start < d0 || m.end > d1) && (m.type === 'organization' || m.type === 'person'))) described = null;
  }
  // ("the gunmen", "the army" alone stand for a body named before: no new actor)
  if (described && /^[Tt]he\s+[a-z]+(?:\s+force)?$/.test(described[1]!)) return;
  if (described) {
    const raw = described[1]!.replace(/^[Tt]he\s+/, ''); // (the actor as the golds write it: "Congolese army")
    const start = s.start + described.index + described[0].lastIndexOf(raw);
    subj = { text: raw, start, end: start + raw.length, canonical: raw.replace(/\s+/g, ' '), type: 'organization', entity_id: null, known: false };
    pronoun = false;
  }
  if (!subj) return;
  if (pronoun && !IT_BEFORE_ACT.test(body.slice(Math.max(from, a - 30), a))) return;
  if (subj.type === 'place') {
    // (a state acts, or its capital for it: "Tehran bombed …"; not a town)
    const state = ctx.metonyms.get(subj.canonical);
    if (state) subj = asState(subj, state);
    else if (canonicalOf(subj.canonical)?.kind !== 'state') return;
  }
  const obj = phraseAfter(body, b, s.end);
  if (!obj || obj.length > 90) return;
  const o = body.indexOf(obj, b);
  if (o < 0) return;
  const inObj = ms.filter((m) => m.start >= o && m.end <= o + obj.length);
  if (pronoun && inObj.some((m) => m.canonical === subj!.canonical)) return;
  const who = inObj.find((m) => (m.type === 'person' || m.type === 'organization') && !QUALIFIER_AFTER.test(body.slice(m.end, m.end + 20)));
  const place = inObj.find((m) => m.type === 'place' && !QUALIFIER_AFTER.test(body.slice(m.end, m.end + 20)));
  // (no person or group in the object, one killed right after it: "attacked the presidential palace, killing President V")
  const killing = who ? null : KILLING_AFTER.exec(body.slice(o + obj.length, Math.min(s.end, o + obj.length + 24)));
  const victim = killing ? ms.find((m) => m.type === 'person' && m.start >= o + obj.length + killing[0].length && m.start <= o + obj.length + killing[0].length + 40 && /^(?:(?:\p{Lu}[\p{L}.-]*|the|former)\s+)*$/u.test(body.slice(o + obj.length + killing[0].length, m.start))) : undefined;
  // ("shot" a person or group: not "shot a video in X")
  if (!who && !victim && /^shot\b/i.test(body.slice(a, b))) return;
  const t = who ?? victim ?? place;
  let site: RegExpExecArray | null = null;
  let target: string;
  let upTo: number;
  if (victim) {
    target = victim.canonical;
    upTo = o + obj.length + killing![0].length;
  } else if (t && t === place && (site = NAMED_SITE.exec(body.slice(o, t.start)))) {
    // "attacked Boloko village in Adamawa State": the site the object names, not the place it is in
    target = site[1]!.replace(/\s+/g, ' ');
    upTo = o + site[0].length - site[2]!.length;
  } else if (t) {
    target = t.canonical;
    upTo = t.end;
  } else {
    // (no name: the object as written, short and with a capitalised word; a described doer needs a named target)
    if (described || obj.split(' ').length > 6 || !/\p{Lu}/u.test(obj)) return;
    target = eventPhrase(obj, ms, o, o + obj.length);
    upTo = o + obj.length;
  }
  const verb = body.slice(a, b).trim().replace(/\s+/g, ' ');
  const act = body.slice(a, upTo).replace(/\s+/g, ' ').trim();
  for (const sj of coSubjects(ctx, subj, a, ms, from)) emit(ctx, base, { subject: party(sj), predicate: 'perpetrated', object: { literal: act }, action: verb, actor: sj.canonical, target, attAction: act });
}

/** A named site (a capitalised name and a noun of places) before the place it is in: "Boloko village in …". */
const NAMED_SITE = /^(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s+(?:(?:military|army|police|air)\s+)?(?:village|town|base|camp|barracks|post|outpost|school|college|university|church|mosque|market|hotel|mall|checkpoint|station|prison))(\s+(?:in|near|at|of)\s+(?:the\s+)?)$/u;
/**
 * The doer and the parties listed with it as the clause's subjects ("Boko Haram and ISWAP (fighters) attacked …"):
 * all of them when the doer is the list's last, right before the verb; else the doer alone.
 */
function coSubjects(ctx: Ctx, subj: ExtractedMention, a: number, ms: ExtractedMention[], from: number): ExtractedMention[] {
  if (subj.start < from || subj.end > a) return [subj];
  const listed = listedSubjects(ctx, a, ms, from).filter((m) => m.type !== 'place' || ctx.metonyms.has(m.canonical));
  if (listed.length < 2 || listed[listed.length - 1]!.start !== subj.start) return [subj];
  const out: ExtractedMention[] = [];
  for (const m of listed) if (!out.some((x) => x.canonical === m.canonical)) out.push(m);
  return out;
}

/** People's words without their count and article ("two police officers" → "police officers", "the hostages" → "hostages"). */
export function withoutCount(people: string): string {
  return people.replace(ACT_QUANTITY, '').replace(LEADING_ARTICLE, '');
}
const LEADING_ARTICLE = /^(?:the|a|an)\s+/i;

/**
 * The people an act's object names, up to a place, a time or a clause after them ("civilians in the administrative
 * area of X" → "civilians", "armed guards at the site" → "armed guards"), when those words end with a noun of people;
 * else the object as it was (attr1).
 */
function peopleHead(obj: string): string {
  const head = obj.split(PEOPLE_TAIL)[0]!.trim();
  return head !== obj && PEOPLE_END.test(head) ? head : obj;
}
/** What may follow the people of an act's object: a place, a time, a clause. */
const PEOPLE_TAIL = /\s+(?:in|at|near|from|during|on|across|since|after|before|while|when|who|which|that|with|as)\b|\s*[,;(]/i;
