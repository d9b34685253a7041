// Shapes of events and acts: a party did, claimed, condemned or was behind an event ("event", "event_before"),
// unnamed doers, "G's attack", "attacks by G", killings, aims and acts on people, branches.
import { isDigit } from '../scan.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../dates.ts';
import type { ExtractedMention } from '../types.ts';
import { type Ctx, party, literalParty, asState, isActor, emit, PARTY_BITS } from './context.ts';
import { isHyphen, opensWith } from './cues.ts';
import { subjectBefore, HYPHENATED, listAfter, demonymSubjects, paraStart, lastBefore, listedSubjects } from './actors.ts';
import { BARE_EVENT, EVENT_NOUN, GENERIC_EVENT, pageEvent, storyEvent, eventCore, antecedentEvent, rememberEvent, phraseAfter, coordinatedEvents, eventsListedAfter, eventItems, eventPhrase, whenLabel, phraseBefore, sinceYear } from './events.ts';
import { PEOPLE_NOUN, ACT_QUANTITY, aimOf, actOnPeople, killedInStrike, branchBefore, violentAct } from './acts.ts';
import type { Hit } from './shapes.ts';

const { ORG, PERSON, PLACE } = PARTY_BITS;

/** A phrase opening with a preposition is an adjunct, no event's noun phrase ("denied it, in a statement …"). */
const ADJUNCT = /^(?:in|on|at(?!\s+least)|by|with|from|during|after|before|since|via|through)\s/i;
/**
 * What a verb of directing ("ordered", "organized", "directed", "planned", "authorised", "instigated") governs when
 * it directs an act of violence: an event noun within its first five words (not "ordered authorities to arrest …",
 * "organized a rally").
 */
const ORDERED_EVENT = /^(?:[\w'’-]+\s+){0,4}?(?:attacks?|bombings?|strikes?|assaults?|raids?|killings?|murders?|assassinations?|executions?|massacres?|offensives?|ambush(?:es)?|kidnappings?|abductions?|insurgency)\b/i;
/** "… that P (should) be killed" after a verb of ordering: group 1 P, group 2 the act. */
const ORDERED_THAT = /^\s+that\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:should\s+|must\s+)?be\s+(killed|executed|assassinated|murdered|kidnapped|abducted)\b/u;
/** A determiner or adverb before a participle used as an adjective ("an organized insurgency", "a well planned attack"). */
const ATTRIBUTIVE = /\b(?:an?|the|its|their|his|her|well|highly|carefully|centrally)\s+$/i;
/** A purpose or motive after an act ("… in order to hinder …", "… in retaliation for …"). */
const PURPOSE = /\s+(?:in\s+order\s+to|so\s+as\s+to|in\s+(?:retaliation|response|revenge)\s+for)\b.*$/i;
/** An act's noun owned by a pronoun ("his killing", "their murder"): it names the page's event or none. */
const OWNED_ACT = /^(?:his|her|their|its)\s+(?:[\w-]+\s+)?\S+$/i;
/** An unnamed group of attackers right before a verb: an article or a count, up to three words, an attackers' noun. */
const UNNAMED_DOER = /(?:^|[\s,;(])((?:an?|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|several|\d+)\s+(?:(?:group|band|team)\s+of\s+)?(?:(?!(?:an?|the|of|in|on|at|by|to|for|from|with|after|before|and|or|when|as)\s)[\p{L}-]+\s+){0,3}?(?:gunmen|militants|attackers|assailants|terrorists|bombers|fighters|insurgents|armed\s+(?:group|men)))\s+$/u;
/**
 * A counted group of people (no attackers' noun: "three men") as the subject of a series of verbs, one of which
 * plants or sets off a bomb ("three men entered a building complex …, planted a bomb and then left"): group 1 the
 * people, group 2 the verbs before the bomb's (attr13).
 */
const COUNTED_PEOPLE_SERIES = /(?:^|[\s,;(])((?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:men|women))\s+((?:[a-z]+ed)\b[^.;:"“”]{0,100}?,\s+)$/;
/** "coordinated attacks on": an act noun (and words describing it) then "on"/"against" after "carried out" (group 1 the act). */
const ACTS_ON = /^\s+((?:[a-z-]+\s+){0,2}?(?:attacks?|assaults?|raids?|bombings?)\s+(?:on|against))\s+/;
/** The first act of violence a news story's lead names ("… injured in a bomb blast in Nepal's capital Kathmandu."). */
const LEAD_EVENT = /\b(?:in|by)\s+an?\s+((?:[a-z-]+\s+){0,2}?(?:blast|bombing|attack|explosion|shooting|massacre|ambush)\s+(?:in|at|on|near)\s+[^.,;:()]{3,60})/;
/** "Nepal's capital Kathmandu", "Pakistan's capital, Islamabad": the capital by its name. */
const CAPITAL_OF = /\b\p{Lu}[\p{L}-]*['’]s\s+capital,?\s+(?=\p{Lu})/u;
/** A date opening an event phrase: "2008 ", "January 14, 2008 ", "14 January 2008 ", "April 2008 ", "March ". */
export const DATE_LEAD = new RegExp(`^(?:(?:${MONTH_NAMES})\\s+(?:\\d{1,2},?\\s+)?(?:\\d{4}\\s+)?|\\d{1,2}\\s+(?:${MONTH_NAMES})\\s+(?:\\d{4}\\s+)?|\\d{4}\\s+)(?=\\p{L})`, 'u');
/** An event phrase that names its own year or bracketed date, or opens with its weekday ("Sunday bomb attack"): no year added. */
const YEAR_OR_DAY = new RegExp(`\\b\\d{4}\\b|\\)$|^(?:${WEEKDAY_NAMES})\\b`);
/** A relative clause or an act between an event phrase and a later "including" (the examples are then another's). */
const RELATIVE_OR_ACT = /\b(?:that|which|who|whom|whose|killing|killed|wounding|injuring)\b/i;
/** The comma and "including" after an event phrase ("… attacks, including the X bombing"). */
const INCLUDING_IN = /,\s+including\s+in\s+/;
const INCLUDING = /,\s+including\s+(?!(?:in|at|on|by|from|with|for|to|against|among)\b)/;
/**
 * A toll after "responsible for": "killing hundreds of U.S. soldiers", "the deaths of 849 civilians": [, the act, the
 * people with their count] (the people end at a word that goes on to another clause or a time: "and", "in", ",").
 */
const RESPONSIBLE_FOR_TOLL = /^\s+(killing|(?:the\s+)?(?:deaths?|killings?|murders?)\s+of)\s+((?:[\p{L}\d.,'’-]+\s+){0,5}?[\p{L}'’-]+)(?=\s+(?:and|in|since|during|across|over|at|on|from|with)\b|\s*[,;:([]|\.(?:\s|$)|$)/u;
/** The verb of attending an event (not of taking part in one). */
const ATTENDED = /^attended$/i;
/** `event`, `event_before` */
export function eventShape(ctx: Ctx, h: Hit): void {
  const { rule, s, a, b, matched, ms, from, action, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
  const when = h.base.when;
  // (an unnamed doer right before the act: "an armed group carried out …")
  if (pred === 'perpetrated' && rule.shape === 'event' && /^(?:carried out|conducted|perpetrated)$/i.test(matched) && unnamedCarriedOut(ctx, h)) return;
  const subj0 = subjectBefore(ctx, s, a, ms, from);
  // (a subject named before the clause, as "the group" or "it" stand for it, is kept: no group named inside
  // the clause, "founded by a former G leader", takes its place)
  // (not a party that qualifies a word: "the al-Qaida-linked Haqqani group")
  const subj = rule.shape === 'event_before' && subj0 && subj0.start >= from ? ms.findLast((x) => x.end <= a && x.type === 'organization' && x.start >= from && !(isHyphen(body.charCodeAt(x.end)) && HYPHENATED.test(body.slice(x.end, x.end + 30)))) || null : subj0;
  // no party right before: states a demonym names ("the Indian and Pakistani governments condemned …")
  // (a group the clause describes, not names, as its subject: "Chechen militants were blamed for …")
  const described = describedGroup(ctx, ms, from, a);
  const subjs = described ? [described] : subj ? (rule.shape === 'event' ? [...coordinatedBefore(ctx, subj, ms, from), subj] : [subj]) : rule.shape === 'event' ? demonymSubjects(ctx, from, a) : [];
  // (a state acts by perpetrating or condemning)
  const condemns = opensWith(matched, 'condemn');
  if (subjs.length === 0 || (subjs[0]!.type === 'place' && pred !== 'perpetrated' && !condemns) || pred === 'met') return;
  // "is responsible for killing hundreds of U.S. soldiers", "… for the deaths of 849 civilians in 2020": the people
  if ((matched.charCodeAt(0) | 32) === 114 && /^responsible\s+for$/i.test(matched) && subj) {
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
  // ("involved in" or "implicated in" an act of violence: not "involved in the civil war", "involved in politics")
  if (ev && /(?:involved|implicated) in$/.test(matched) && !EVENT_NOUN.test(ev)) return;
  // (a verb of directing an act of violence, its noun within the phrase's first words: not "ordered authorities to arrest …";
  // nor its participle used as an adjective after a determiner or adverb: "an organized insurgency", ATTRIBUTIVE)
  const directs = pred === 'orchestrated';
  if (ev && directs && (!ORDERED_EVENT.test(ev) || ATTRIBUTIVE.test(body.slice(Math.max(from, a - 12), a)))) return;
  // "ordered that P be killed": the killing of P, P the target
  if (!ev && directs) {
    const that = ORDERED_THAT.exec(body.slice(b, Math.min(s.end, b + 90)));
    const v = that ? ms.find((m) => m.type === 'person' && m.start === b + that[0].indexOf(that[1]!)) : undefined;
    const act = v ? that![2]!.replace(/ed$/, 'ing') : ''; // ("killed" → "killing")
    if (v) for (const sj of subjs) emit(ctx, base, { subject: party(sj), predicate: pred, object: { literal: `${act} of ${v.canonical}` }, action, actor: sj.canonical, target: v.canonical, attAction: `${action} the ${act} of` });
    return;
  }
  // (its purpose is no part of the act: "planned the attack in order to hinder …")
  if (ev && directs) ev = ev.replace(PURPOSE, '');
  // ("X claimed responsibility" with no object: on a page about one event, that event; else the attack at the
  // place the paragraph named last)
  if (!ev && pred === 'claimed_responsibility_for') ev = pageEvent(ctx) ?? '';
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
  // (both expressions need "including": most clauses have none)
  const including = body.indexOf('including', b);
  const hasIncluding = including >= 0 && including < s.end;
  const incIn = hasIncluding ? INCLUDING_IN.exec(body.slice(b, Math.min(s.end, b + ev.length + 30))) : null;
  const places = incIn ? listAfter(ctx, b + incIn.index + incIn[0].length, s.end, ms, PLACE) : [];
  if (places.length > 0) {
    for (const sj of subjs)
      for (const pl of places) emit(ctx, base, { subject: party(sj), predicate: pred, object: party(pl), action, actor: sj.canonical, target: pl.canonical, where: party(pl), attAction: `${rule.action ?? action} ${eventPhrase(ev, ms, b, s.end)}, including in` });
    return;
  }
  // "numerous attacks on X, including the 2009 bombing of Y": the examples are the events named
  const inc = hasIncluding ? INCLUDING.exec(body.slice(b, s.end)) : null;
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
  // (a directed act named by its noun alone, "ordered his killing", "planned the Tokyo subway attack" on the page
  // "Tokyo subway sarin attack": the page's event; "his killing" on a page about no killing names none)
  const story = directs && items.length === 1 ? storyEvent(ctx, ev) : null;
  const unnamed = directs && !story && OWNED_ACT.test(ev);
  const page = story ?? (generic ? (pageEvent(ctx) ?? antecedentEvent(ctx, ev)) : null);
  for (const raw of page ? [page] : items) {
    const item = page ?? eventPhrase(raw, ms, b, s.end);
    const bare = page ? item : item.replace(DATE_LEAD, ''); // (a page's name is kept whole)
    const target = bare !== item ? bare : page ? page : year && !coordinated.includes(raw) && !YEAR_OR_DAY.test(item) ? `${item} ${sinceYear(body, b, s.end, item, year) ? `since ${year}` : `(${year})`}` : item;
    // (an event noun alone names no event: the claim is kept, with no attribution: "condemned the strikes")
    // (attending an event, "P attended a rally / the Mass", is a claim with no attribution, as meeting is: the golds
    // record none; taking part in or participating in an act is kept; branch attr4)
    const named = BARE_EVENT.test(item) || unnamed || ATTENDED.test(matched) ? '' : target;
    for (const sj of subjs) emit(ctx, base, { subject: party(sj), predicate: pred, object: { literal: item }, action, actor: sj.canonical, target: named, where: where ? party(where) : null, attAction: rule.action });
    if (named && !page) rememberEvent(ctx, named);
  }
  // "Hamas representatives, including Dr. X, attended …": the people named in between attended too
  if (subj && (pred === 'attended' || pred === 'claimed_responsibility_for'))
    for (const p of ms.filter((x) => x.type === 'person' && x.start > subj.end && x.end <= a))
      emit(ctx, base, { subject: party(p), predicate: pred, object: { literal: ev }, action, actor: p.canonical, target: ATTENDED.test(matched) ? '' : ev, where: where ? party(where) : null });
}
/**
 * A group the text describes instead of naming, as the whole of a clause's subject right before its verb: a
 * capitalised qualifier or two and a plural noun of armed men ("Chechen militants were blamed for …", "Anglophone
 * separatists in Cameroon have claimed …", "Separately, Afghan security forces overnight carried out …"); a place
 * after "in"/"from", auxiliaries and adverbs may follow it. None where the clause names an organisation or person
 * before the verb (that party is the subject: "Hamas militants carried out …").
 */
// (group 2 is read by nothing: a capture in a counted repetition keeps V8 from copying its body; docs/extract.md, speed21)
const DESCRIBED_GROUP = /^\s*(?:\p{Lu}\p{Ll}+ly,\s+)?((?!(?:The|These|Those|Some|Many|Several|Other|Most|All|Both|Two|Three|Four|Five)\s)(?:(\p{Lu}[\p{L}'’-]+\s+)){1,2}(?:security\s+forces|militants|separatists|rebels|insurgents|guerrillas|gunmen|jihadists|extremists))(?:\s+(?:in|from)\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)?(?:\s+(?:has|have|had|were|was|are|is|been|also|overnight|reportedly|allegedly|later|then|previously|\w+ly))*\s+$/u;
function describedGroup(ctx: Ctx, ms: ExtractedMention[], from: number, a: number): ExtractedMention | null {
  // (a line break ends a clause: a heading kept in the sentence before it is none of the subject)
  const nl = ctx.body.lastIndexOf('\n', a);
  if (nl >= from) from = nl + 1;
  if (a - from > 120 || ms.some((x) => x.start >= from && x.end <= a && (x.type === 'organization' || x.type === 'person'))) return null;
  const m = DESCRIBED_GROUP.exec(ctx.body.slice(from, a));
  if (!m) return null;
  const start = from + m[0].indexOf(m[1]!);
  const text = m[1]!;
  return { text, start, end: start + text.length, canonical: text.replace(/\s+/g, ' '), type: 'organization', entity_id: null, known: false };
}
/** The gap between two coordinated subjects: "and", a comma (and "and"), an acronym in brackets before it. */
const CO_GAP = /^(?:\s*\([^()]{1,12}\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;
/** What may stand before the first of coordinated subjects in its clause: a determiner and describing words. */
const CO_LEAD = /^\s*(?:(?:[Tt]he|[Bb]oth)\s+)?(?:[a-z][\w-]*\s+){0,3}$/;
/**
 * The parties coordinated with a clause's subject before it ("AQIM and al-Mourabitoun claimed …"), of its
 * type; only when the first of them opens the clause (past a determiner and describing words).
 */
function coordinatedBefore(ctx: Ctx, subj: ExtractedMention, ms: ExtractedMention[], from: number): ExtractedMention[] {
  if (subj.type !== 'organization' && subj.type !== 'person') return [];
  const { body } = ctx;
  const out: ExtractedMention[] = [];
  let cur = subj;
  for (let n = 0; n < 4; n++) {
    let prev = ms.findLast((x) => x.end <= cur.start && x.start >= from);
    // (an acronym in brackets after its name: "Al-Qaeda in the Islamic Maghreb (AQIM) and …" is the name)
    const named = prev ? ms.findLast((x) => x.end <= prev!.start && x.start >= from) : undefined;
    if (prev && named && named.canonical === prev.canonical && /^\s*\($/.test(body.slice(named.end, prev.start))) prev = named;
    if (!prev || prev.type !== subj.type || prev.canonical === subj.canonical || !CO_GAP.test(body.slice(prev.end, cur.start))) break;
    out.unshift(prev);
    cur = prev;
  }
  return out.length > 0 && CO_LEAD.test(body.slice(from, cur.start)) ? out : [];
}
/** The person named as an event's attacker: "the attacker, P," (group 0 ends where P must start). */
const NAMED_AFTER = /^\s*,\s*/;
/** "P … was identified as the attacker": a copula (and a verb of finding) right before the noun's article. */
const IDENTIFIED_AS = /\b(?:was|is)\s+(?:(?:later\s+)?(?:identified|named|confirmed|believed\s+to\s+be|thought\s+to\s+be)\s+(?:as\s+)?)?$/;
/**
 * `attacker`: the one attacker of the event a page is about, named in apposition ("The attacker, P (20), a …")
 * or as a copula's subject ("P, a local, was identified as the attacker"): P was the attacker in that event.
 */
export function attackerShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, matched, ms, from, base } = h;
  const { body } = ctx;
  const ev = pageEvent(ctx);
  if (!ev) return;
  const noun = matched.toLowerCase();
  // the article before the noun ("the", "The suicide", "the lone")
  const art = /(?:the|the suicide|the lone)\s+$/i.exec(body.slice(Math.max(s.start, a - 12), a));
  const at = art ? a - art[0].length : a;
  let who: ExtractedMention | null = null;
  const comma = NAMED_AFTER.exec(body.slice(b, b + 4));
  if (comma) {
    const m = ms.find((x) => x.start === b + comma[0].length);
    if (m && m.type === 'person' && /^\s*(?:\(\d{1,3}\)\s*)?[,.]/.test(body.slice(m.end, m.end + 8))) who = m;
  } else if (/^\s*[.;]/.test(body.slice(b, b + 2)) && IDENTIFIED_AS.test(body.slice(Math.max(from, at - 50), at))) {
    const v = IDENTIFIED_AS.exec(body.slice(Math.max(from, at - 50), at))!;
    const m = subjectBefore(ctx, s, at - v[0].length, ms, from);
    if (m && m.type === 'person') who = m;
  }
  if (!who) return;
  emit(ctx, base, { subject: party(who), predicate: h.rule.predicate, object: { literal: ev }, action: `the ${noun}`, actor: who.canonical, target: ev, attAction: `was the ${noun} in` });
}
/** `unnamed_doer` */
export function unnamedDoerShape(ctx: Ctx, h: Hit): void {
  const { s, a, from, action, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
  // "four masked gunmen attacked the Westgate shopping mall", "three Islamist gunmen opened fire at …": attackers
  // the text does not name (an indefinite or counted group right before the verb) carried out the event the
  // page is about (only there: elsewhere the act is one of several the text names)
  const before = body.slice(Math.max(from, a - 170), a);
  const doer = UNNAMED_DOER.exec(before.slice(-70));
  // "three men entered a building complex …, planted a bomb and then left": the people and their series of verbs
  // (the verbs as written, to the sentence's end), about the event the page is about or the story's lead names
  const series = doer || !/^planted/i.test(action) ? null : COUNTED_PEOPLE_SERIES.exec(before);
  if (!doer && !series) {
    // (a named doer: "X attacked an M23 base near Goma")
    if (/^(?:attacked|stormed|raided)$/i.test(action)) violentAct(ctx, base, s, a, h.b, h.ms, from);
    return;
  }
  const ev = pageEvent(ctx) ?? (series ? leadEvent(ctx) : null);
  if (!ev) return;
  const who = (doer ?? series)![1]!.replace(/\s+/g, ' ');
  const act = series ? `${series[2]}${body.slice(a, s.end)}`.replace(/\s+/g, ' ').replace(/[.;]\s*$/, '') : action;
  emit(ctx, base, { subject: literalParty(who), predicate: pred, object: { literal: ev }, action: act, actor: who, target: ev });
}
/**
 * "an armed group carried out coordinated attacks on France's embassy and cultural center and on …": an unnamed
 * doer right before "carried out" (or "conducted", "perpetrated"), the act as the action and what it was on as
 * the target (its first item, before a second "and on"), as the golds write an unnamed doer's act (attr13).
 * True when the hit was so read.
 */
function unnamedCarriedOut(ctx: Ctx, h: Hit): boolean {
  const { s, a, b, from, action, base } = h;
  const { body } = ctx;
  const doer = UNNAMED_DOER.exec(body.slice(Math.max(from, a - 70), a));
  if (!doer) return false;
  const on = ACTS_ON.exec(body.slice(b, Math.min(s.end, b + 60)));
  const ev = on ? phraseAfter(body, b + on[0].length, s.end, true).split(/\s+and\s+(?:on|against)\s+/)[0]!.trim() : pageEvent(ctx);
  if (!ev) return true;
  const who = doer[1]!.replace(/\s+/g, ' ');
  emit(ctx, base, { subject: literalParty(who), predicate: h.rule.predicate, object: { literal: ev }, action: on ? `${action} ${on[1]!.replace(/\s+/g, ' ')}` : action, actor: who, target: ev });
  return true;
}
/** The act of violence a news story's lead names, in its own words with a capital by its name ("bomb blast in Kathmandu"). */
function leadEvent(ctx: Ctx): string | null {
  const m = LEAD_EVENT.exec(ctx.body.slice(0, 600).replace(CAPITAL_OF, ''));
  return m ? m[1]!.trim() : null;
}
/** `poss_event` */
export function possEventShape(ctx: Ctx, h: Hit): void {
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
export function killedShape(ctx: Ctx, h: Hit): void {
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
export function aimShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, action, base } = h;
  aimOf(ctx, base, s, a, b, action, ms, from);
}
/** `act_on` */
export function actOnShape(ctx: Ctx, h: Hit): void {
  const { s, a, ms, from, action, base } = h;
  actOnPeople(ctx, base, s, a, a + (action.indexOf(' ') < 0 ? action.length : action.indexOf(' ')), ms, from);
}
/** `violent_act` */
export function violentActShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, base } = h;
  violentAct(ctx, base, s, a, b, ms, from);
}
/** `killed_in` */
export function killedInShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, base } = h;
  killedInStrike(ctx, base, s, a, b, ms, from);
}
/** `branch_before` */
export function branchBeforeShape(ctx: Ctx, h: Hit): void {
  const { s, a, ms, from, action, base } = h;
  branchBefore(ctx, base, s, a, action, ms, from);
}
/** An infobox row typing an occurrence, before "by" ("Occurrence Type: Bombing", "Type:Bombing"): group 1 the type. */
const TYPE_BY = /(?:^|\n)[-*•\s]*(?:Occurrence\s+)?Type\s*[:|]\s*(\p{L}+(?:\s+\p{L}+)?)\s*$/u;
/** Acts described by lower-case words and a count at most, no name ("two domestic terrorist attacks", "a car bomb attack"). */
const UNNAMED_ACTS = /^(?:(?:two|three|four|five|six|several|\d+)\s+)?(?:[a-z-]+\s+){0,3}(?:attacks?|bombings?|blasts?|explosions?|shootings?|massacre|assault|ambush|hijacking)$/;
/** `event_by` */
export function eventByShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, matched, ms, from, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
  const doers = listAfter(ctx, b, s.end, ms, ORG | PERSON);
  if (doers.length === 0) return;
  const seg = body.slice(Math.max(from, a - 60), a + matched.lastIndexOf(' '));
  // an infobox row typing the page's occurrence ("Type:Bombing by the X"): the page's event, the row's words the action
  const row = TYPE_BY.exec(seg);
  if (row) {
    const page = pageEvent(ctx);
    if (page) for (const d of doers) emit(ctx, base, { subject: party(d), predicate: pred, object: { literal: page }, action: 'carried out', actor: d.canonical, target: page, attAction: `${row[1]!.toLowerCase()} by`, row: true });
    return;
  }
  const words = seg.split(/[\s]+/).slice(-4);
  const ev = words.join(' ').replace(/^.*\b(?:the|a|an|to|of|in)\s+/i, '').trim();
  if (!ev) return;
  // an act described, not named ("were two domestic terrorist attacks by P"), on a page about one event: the page's
  // event (branch attr4)
  const page = UNNAMED_ACTS.test(ev) ? pageEvent(ctx) : null;
  for (const d of doers) emit(ctx, base, { subject: party(d), predicate: pred, object: { literal: ev }, action: 'carried out', actor: d.canonical, target: page ?? ev });
}
/** The verb and the judgement of `judge_event`'s match: "classified the incident as a terrorist attack" (groups: verb, event noun phrase, "as", judgement). */
const JUDGED = /^(\S+)\s+((?:the|this|these|that)\s+(?:[\w-]+\s+){0,2}?\S+)\s+(?:(as|to\s+be)\s+)?((?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:act\s+of\s+(?:[\w-]+\s+)?terrorism|terrorist\s+(?:attack|act|incident)|terror\s+attack|terrorism))$/i;
/**
 * `judge_event`: a party's official judgement of an event ("The Iranian government declared the bombings a
 * terrorist attack", "X, Y and Z classified the incident as a terrorist attack") and condemnations issued with no
 * object ("X, Y and Z, along with several other nations, issued condemnations"): about the event the page is about,
 * else the one named last with that noun; each listed subject (of any kind: states and bodies) judged it.
 */
export function judgeEventShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, matched, ms, from, base } = h;
  const { body } = ctx;
  const listed = listedSubjects(ctx, a, ms, from);
  const subjs = listed.length > 0 ? listed : demonymSubjects(ctx, from, a);
  if (subjs.length === 0) {
    const one = subjectBefore(ctx, s, a, ms, from);
    if (one) subjs.push(one);
  }
  if (subjs.length === 0) return;
  const j = JUDGED.exec(matched.replace(/\s+/g, ' '));
  let ev: string | null;
  let act: string;
  if (j) {
    ev = pageEvent(ctx) ?? antecedentEvent(ctx, j[2]!);
    // (the judgement without words that only qualify it: "a cowardly terrorist attack" → "a terrorist attack")
    const what = /\bact\s+of\b/i.test(j[4]!) ? 'an act of terrorism' : /terrorism$/i.test(j[4]!) ? 'terrorism' : `a ${/terror\s+attack$/i.test(j[4]!) ? 'terror attack' : /terrorist\s+(\w+)$/i.exec(j[4]!)![0].replace(/\s+/g, ' ').toLowerCase()}`;
    act = `${j[1]!.toLowerCase()} ${j[3] ? `${j[3].toLowerCase().replace(/\s+/g, ' ')} ` : ''}${what}`;
  } else {
    // "issued condemnations of the attack": the event phrase after, else the page's event
    const after = /\bof$/i.test(matched) ? phraseAfter(body, b, s.end, true) : '';
    ev = after && !GENERIC_EVENT.test(after) ? eventCore(after) : pageEvent(ctx) ?? (ctx.events.length > 0 ? ctx.events[ctx.events.length - 1]! : null);
    act = 'issued condemnations of';
  }
  if (!ev) return;
  for (const sj of subjs) emit(ctx, base, { subject: party(sj), predicate: h.rule.predicate, object: { literal: ev }, action: act, actor: sj.canonical, target: ev, judged: j !== null });
}
