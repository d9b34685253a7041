// Shapes of support and its kin: "X supported Y" (active, passive, "with the support of"), "Y received … from X",
// "X provided … to Y", "X's support", noun phrases ("sponsor of"), meetings, justice.
import { passiveAct, describedDoerAfterBy } from './acts-violence.ts';
import type { ExtractedMention } from '../types.ts';
import { type Ctx, party, literalParty, asState, isActor, emit, PARTY_BITS } from './context.ts';
import { subjectBefore, listAfter, lastBefore } from './actors.ts';
import { EVENT_NOUN, LEAD_VERBS, LED_DOERS, namedEvent, pageEvent, storyEvent, statementEvent, lastEventName, phraseBefore, phraseAfter } from './events.ts';
import { DEFINITE } from './shape-designation.ts';
import type { Hit } from './shapes.ts';

const { ORG, PERSON, PLACE } = PARTY_BITS;

/** A dateline: a place in capitals, a region or state after a comma, then a dash. */
// a negation right before a verb ("has never received", "did not receive")
const NOT_BEFORE = /\b(not|never)\s+$/i;
/** Verbs of carrying out an act, in a passive ("was perpetrated by"). */
const PERPETRATED = /^(?:perpetrated|carried out|conducted|orchestrated|committed|undertaken)$/i;
/** A passive participle's active past form, where the two differ ("was undertaken by X" → X undertook). */
const ACTIVE_FORM: Record<string, string> = { undertaken: 'undertook' };
/** `justice` */
export function justiceShape(ctx: Ctx, h: Hit): void {
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
export function npOfShape(ctx: Ctx, h: Hit): void {
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
    // (the doer stands right after "by": "the killing of P by gunfire in Kabul" names no doer)
    if (by && actor && !/^(?:the\s+)?$/i.test(body.slice(last.end + by[0].length, actor.start))) actor = null;
    // "the kidnapping of P by Chechen rebels": a doer described, not named (claims/acts-violence.ts)
    if (by && !actor) actor = describedDoerAfterBy(ctx, action, last.end + by[0].length, s.end, ms);
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
/** A passive's act and its doer before "and" and a second passive's verb ("attack was carried out by X and allegedly"): group 1 the act. */
const COORDINATED_PASSIVE = /^(.+?)\s+(?:was|were)\s+(?:\w+ly\s+)?(?:carried\s+out|perpetrated|committed|conducted|executed|claimed|planned|ordered|organi[sz]ed|masterminded|directed)\s+by\s+[^,;]+?\s+and(?:\s+\w+ly)?$/i;
/** The "by" after a time or a place between a passive's verb and its doer ("carried out on 3 March 1977 by", "claimed in a statement by"). */
const BY_AFTER_WHEN = /^,?\s+(?:on|in|at|during)\s+[^.;:()\n]{3,40}?,?\s+by\s/;
/**
 * `passive_by_when`: "The attack was carried out on 22 December 1997 by X", "… was planned in 1979 by Y": a time or a
 * place between the passive's verb and its doer; read as `passive_by` from "by" on (attr32).
 */
export function passiveByWhenShape(ctx: Ctx, h: Hit): void {
  const m = BY_AFTER_WHEN.exec(ctx.body.slice(h.b, Math.min(h.s.end, h.b + 60)));
  if (!m) return;
  // (an event page's defining sentence, "The 2016 X attack was carried out on <date> by G", is claims.ts definedAsActBy's)
  const ev = pageEvent(ctx);
  if (ev && ctx.body.slice(h.s.start, h.a).replace(/^\s*(?:The\s+)?(?:\d{4}\s+)?/, '').startsWith(ev.replace(/^(?:the\s+)?(?:\d{4}\s+)?/i, ''))) return;
  passiveByShape(ctx, { ...h, b: h.b + m[0].length - 1, action: `${h.action} by` });
}
export function passiveByShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, action, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
  // "Six leaders of JMB were captured by the RAB", "the attack was claimed by TRF"
  const verb = action.replace(/\s+by$/i, '');
  // an act of violence on people ("P was kidnapped by X", "aid workers were abducted by gunmen"): claims/acts-violence.ts
  const violent = /^(?:executed|assassinated|abducted|kidnapped)$/i.test(verb);
  if (violent && passiveAct(ctx, base, s, a, a + verb.length, ms, from)) return;
  const doer = listAfter(ctx, b, s.end, ms, ORG | PERSON | PLACE)[0];
  // (the doer of an act of violence stands right after "by": "abducted by members in Kabul" names no doer)
  if (violent && doer && !/^\s*(?:the\s+)?$/i.test(body.slice(b, doer.start))) return;
  const directed = pred === 'orchestrated';
  if (!doer || doer.start - b > 2) {
    // "The group, led by Shoko Asahara, …" where the leader is found as no person: the name as written
    const name = LED_BY_NAME.test(verb) ? NAME_AFTER_BY.exec(body.slice(b, b + 60)) : null;
    const subj = name ? subjectBefore(ctx, s, a, ms, from) : null;
    if (name && subj?.type === 'organization') emit(ctx, base, { subject: literalParty(name[1]!), predicate: 'leader_of', object: party(subj), action: verb, actor: name[1]!, target: subj.canonical });
    // (a perpetration's doers may all be described, their chief named: "by a special operations unit of G, commanded by P")
    if (!doer && !directed && !PERPETRATED.test(verb)) return;
  }
  const perpetrated = directed || PERPETRATED.test(verb);
  if (/^claimed$/i.test(verb) || perpetrated) {
    // "the attack was claimed by X", "(officials concluded that) the attack was carried out by X"
    let ev = phraseBefore(ctx, from, a).replace(/^(?:the\s+)?responsibility\s+for\s+/i, '').replace(/^.*\b(?:that|which)\s+/i, '');
    // "The attack was carried out by X and allegedly planned by Y": the act the first passive is about (holdout19/09)
    const co = COORDINATED_PASSIVE.exec(ev);
    if (co) ev = co[1]!;
    // "It is thought to have been instigated by X": the act is "it"
    if (directed) ev = ev.replace(THOUGHT_TO_HAVE, '').replace(/^(?:and|but|while|so)\s+/i, '');
    // "It was carried out by X" (a pronoun opening the clause): the page's event, else the event named last
    if (/^(?:it|this)$/i.test(ev)) ev = pageEvent(ctx) ?? lastEventName(ctx) ?? '';
    // "the murder was ordered by X", "the Church Street attack was authorised by X" on the page of that event: the page's event
    // (and "the assassination was undertaken by X": a bare act's noun on such a page; attr32)
    const story = directed || /^(?:(?:the|this|that)\s+)?[a-z]+$/i.test(ev) ? storyEvent(ctx, ev) : null;
    if (!ev || !(story || EVENT_NOUN.test(ev))) return;
    // "E was one of the deadliest attacks carried out by X": E, not the class it is one of
    const one = ONE_OF.exec(ev);
    if (one && EVENT_NOUN.test(one[1]!)) ev = one[1]!;
    ev = story ?? namedEvent(ctx, ev).replace(/^the\s+/i, '');
    // the doer of a perpetration is a group or a person; "by the X branch of G, H": the name in apposition last
    let by = perpetrated ? listAfter(ctx, b, s.end, ms, ORG | PERSON) : [doer!];
    if (perpetrated && by.length === 2 && /^\s*,\s*$/.test(body.slice(by[0]!.end, by[1]!.start))) by = [by[1]!];
    for (const d of by)
      emit(ctx, base, { subject: party(d), predicate: directed ? 'orchestrated' : perpetrated ? 'perpetrated' : 'claimed_responsibility_for', object: { literal: ev }, action, actor: d.canonical, target: ev, attAction: perpetrated ? ACTIVE_FORM[verb.toLowerCase()] ?? verb : 'claimed responsibility for' });
    // "… was orchestrated by a special operations unit of G (MK), commanded by P": P commanded the doers (P a person
    // found, else the name as written)
    const lb = perpetrated ? LED_BY_AFTER.exec(body.slice(b, Math.min(s.end, b + 160))) : null;
    const led = lb ? LED_DOERS.exec(body.slice(b, b + lb.index + lb[0].length).trimStart()) : null;
    if (led) {
      const at = b + lb!.index + lb![0].length;
      const p = ms.find((m) => m.start === at && m.type === 'person');
      const nm = p ? null : NAME_AFTER_BY.exec(body.slice(at - 1, at + 60));
      const chief = p ? party(p) : nm ? literalParty(nm[1]!) : null;
      if (chief) emit(ctx, base, { subject: chief, predicate: 'orchestrated', object: { literal: ev }, action: led[2]!, actor: chief.name, target: ev, attAction: `${led[2]!.toLowerCase()} ${led[1]!.replace(/\s+/g, ' ')} that ${verb}` });
    }
    return;
  }
  const subj = subjectBefore(ctx, s, a, ms, from);
  if (!subj || !doer || subj.canonical === doer.canonical) return;
  if (LED_BY_NAME.test(verb)) {
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
/** "… is thought / believed / said to have been" before a passive's verb (the words before it are the act). */
const THOUGHT_TO_HAVE = /\s+(?:is|was|are|were)\s+(?:thought|believed|said|alleged|reported|suspected|understood)\s+to(?:\s+have)?(?:\s+been)?$/i;
/** An event said to be one of a class of events ("E was one of the deadliest attacks"): E is group 1. */
const ONE_OF = /^(.+?)\s+(?:was|is|were|are|remains|became)\s+(?:one|some|among)\s+of\s+the\s+[^,;]*$/i;
/** `poss_support` */
export function possSupportShape(ctx: Ctx, h: Hit): void {
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
/** `met` */
export function metShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, action, base } = h;
  // "X met (with) Y": a claim of the meeting; no attribution (annotators of every set leave meetings out)
  const subj = subjectBefore(ctx, s, a, ms, from);
  if (!subj) return;
  for (const o of listAfter(ctx, b, s.end, ms, ORG | PERSON)) emit(ctx, base, { subject: party(subj), predicate: 'met', object: party(o), action, actor: '', target: o.canonical });
}
/** `verb`, `with_support` */
export function verbShape(ctx: Ctx, h: Hit): void {
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
export function receiveShape(ctx: Ctx, h: Hit): void {
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
/** `from_to` */
export function fromToShape(ctx: Ctx, h: Hit): void {
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
export function provideShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, action, base } = h;
  const pred = h.rule.predicate;
  const giver = subjectBefore(ctx, s, a, ms, from);
  if (!giver) return;
  for (const t of listAfter(ctx, b, s.end, ms, ORG | PERSON))
    emit(ctx, base, { subject: party(t), predicate: pred, object: party(giver), action, actor: giver.canonical, target: t.canonical });
}
/** Who a statement of support is for, described before its name: "the Government and people of", "the people and Government of". */
const SUPPORTED_DESC = /^\s+(?:to|with|for)\s+(?:the\s+)?(?:(?:[Gg]overnments?|[Pp]eoples?|[Aa]uthorities)(?:\s+and\s+(?:the\s+)?(?:[Gg]overnments?|[Pp]eoples?|[Aa]uthorities))?\s+of\s+(?:the\s+)?)?/;
/** The party on whose behalf support is stated ("the support of the United Nations to …"). */
const SUPPORT_OF = /^\s+of\s+(?:the\s+)?/;
/** `support_to` */
export function supportToShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, base } = h;
  const { body } = ctx;
  // "P reiterates the support of the United Nations to the Government and people of X", "G reiterated their full
  // support to Y", "P stands in solidarity with the people and Government of X": P's support of X (the one it
  // is for, named past its description; "the X Government and people" is X); the words up to X are the action
  const giver = subjectBefore(ctx, s, a, ms, from);
  if (!giver) return;
  let p = b;
  const of = SUPPORT_OF.exec(body.slice(p, p + 12));
  if (of) {
    // (the party whose support it is, then "to/with/for")
    const on = ms.find((m) => m.start === p + of[0].length);
    if (!on) return;
    p = on.end;
  }
  const to = SUPPORTED_DESC.exec(body.slice(p, p + 80));
  if (!to) return;
  const first = ms.find((m) => m.start === p + to[0].length && m.end <= s.end);
  if (!first) return;
  const targets = listAfter(ctx, first.start, s.end, ms, ORG | PERSON | PLACE);
  const action = body.slice(a, first.start).replace(/\s+/g, ' ').trim().replace(/\s+the$/i, ''); // (not the article before the name)
  for (const t of targets) {
    if (t.canonical === giver.canonical) continue;
    emit(ctx, base, { subject: party(t), predicate: h.rule.predicate, object: party(giver), action, actor: giver.canonical, target: t.canonical });
  }
}
/** `verb_target` */
export function verbTargetShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, action, base } = h;
  const subj = subjectBefore(ctx, s, a, ms, from);
  if (!subj) return;
  for (const o of listAfter(ctx, b, s.end, ms, ORG | PERSON))
    emit(ctx, base, { subject: party(subj), predicate: 'linked_to', object: party(o), action, actor: subj.canonical, target: o.canonical });
}
/** ", commanded by " after a perpetration's doers. */
const LED_BY_AFTER = new RegExp(String.raw`,?\s+(?:${LEAD_VERBS})\s+by\s+`, 'i');
/** The verbs of leading a group in "was led by P". */
const LED_BY_NAME = new RegExp(`^(?:${LEAD_VERBS})$`, 'i');
/** Two or three capitalised words right after "by", then a comma, a full stop or "until" (a person's name). */
const NAME_AFTER_BY = /^\s(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})(?=[,.;]| until\b)/u;

/** A copula or passive right before "attributed to" ("was attributed to", "has been ascribed to"). */
const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|be)\s+(?:(?:largely|widely|officially|initially|later|first|mostly)\s+)?$/i;
/** What may stand between "attributed to" and its party: an article and lower-case describing words ("the right-wing extremist and geology student"). */
const DESCRIBING_WORDS = /^\s+(?:(?:the|an?|[a-z][\w-]*)\s+){0,8}$/;
/** "… was (believed / thought / said to be) P" after "the mastermind behind E". */
const COPULA_AFTER = /^\s*,?\s*(?:was|were|is|are)\s+(?:(?:widely\s+)?(?:believed|thought|said|alleged|reported|suspected)\s+to\s+be\s+)?/i;
/** A name as written, when the names stage found none: two to four capitalised words before a comma, a stop or a lower-case word. */
const NAME_AS_WRITTEN = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})(?=\s*[,.;(]|\s+\p{Ll})/u;
/**
 * `attributed`: the doer named by a copula or a passive, not a verb of doing: "The bombing was attributed to the
 * right-wing extremist … P" (P carried out E), "The mastermind behind the bombing was believed to be P" (P directed
 * E). E is the event before (a pronoun or a bare noun: the page's event); P the party right after, past describing
 * words, else a name as written.
 */
export function attributedShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, matched, ms, from, base } = h;
  const { body } = ctx;
  let ev: string;
  let at: number;
  let verb: string;
  const master = /^mastermind/i.test(matched);
  if (!master) {
    if (!PASSIVE_BEFORE.test(body.slice(Math.max(from, a - 24), a))) return;
    ev = phraseBefore(ctx, from, a).replace(/^.*\b(?:that|which)\s+/i, '');
    at = b;
    verb = matched.replace(/\s+/g, ' ');
  } else {
    // "The mastermind behind the bombing was believed to be P": only as a clause's subject
    if (!/(?:^|[\s\]])The\s+$/.test(body.slice(Math.max(s.start, a - 6), a))) return;
    ev = phraseAfter(body, b, s.end, true);
    const evAt = body.indexOf(ev, b);
    if (!ev || evAt < 0) return;
    const evEnd = evAt + ev.length;
    const cop = COPULA_AFTER.exec(body.slice(evEnd, evEnd + 60));
    if (!cop) return;
    at = evEnd + cop[0].length;
    verb = `${cop[0].trim()} the ${matched.replace(/\s+/g, ' ')}`.replace(/^,\s*/, '');
  }
  if (/^(?:it|this)$/i.test(ev)) ev = pageEvent(ctx) ?? lastEventName(ctx) ?? '';
  const story = storyEvent(ctx, ev);
  if (!ev || !(story || EVENT_NOUN.test(ev))) return;
  ev = story ?? namedEvent(ctx, ev).replace(/^the\s+/i, '');
  // the party after: a group or person past describing words, else a name as written
  const doer = ms.find((m) => m.start >= at && m.start <= at + 90 && (m.type === 'organization' || m.type === 'person'));
  const who = doer && (doer.start === at || DESCRIBING_WORDS.test(' ' + body.slice(at, doer.start))) ? doer : null;
  if (!who) {
    const nm = master && !ms.some((m) => m.start === at) ? NAME_AS_WRITTEN.exec(body.slice(at, at + 60)) : null;
    if (nm) emit(ctx, base, { subject: literalParty(nm[1]!), predicate: 'orchestrated', object: { literal: ev }, action: verb, actor: nm[1]!, target: ev });
    return;
  }
  emit(ctx, base, { subject: party(who), predicate: master ? 'orchestrated' : 'perpetrated', object: { literal: ev }, action: verb, actor: who.canonical, target: ev });
}
