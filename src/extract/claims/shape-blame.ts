// Shapes of blame and denial: blamed, accused, linked to, links between, traced to, denied, retracted.
import type { ExtractedMention } from '../types.ts';
import { type Ctx, party, literalParty, isActor, emit, PARTY_BITS } from './context.ts';
import { subjectBefore, listAfter, demonymGovernment, demonymSubjects, lastBefore } from './actors.ts';
import { BARE_EVENT, EVENT_NOUN, GENERIC_EVENT, namedEvent, pageEvent, eventCore, antecedentEvent, lastEventName, phraseAfter, eventsListedAfter, listedEvents, eventPhrase, phraseBefore } from './events.ts';
import { DEFINITE } from './shape-designation.ts';
import { objectPronoun } from './coref.ts';
import { DATE_LEAD } from './shape-events.ts';
import type { Hit } from './shapes.ts';

const { ORG, PERSON, PLACE } = PARTY_BITS;

/** After a verb of denial, the part played that is denied, up to the event: "it played a role in", "any involvement in". */
const ROLE_IN = /^\s+(?:that\s+)?(?:(?:it|they|he|she|(?:the|its|their)\s+\w+)\s+)?(?:(?:had|has|have|was|were|ever)\s+)?(?:(?:played|playing|had|having)\s+)?(?:(?:any|a)\s+)?(?:(?:role|involvement|involved|hand|part)\s+in|responsibility\s+(?:in|for))\s+/i;
/** A denial of involvement or responsibility that names nothing it denies ("denied involvement but …", "denied responsibility."): group 1 the noun. */
const BARE_DENIAL = /^\s+(?:any\s+)?(involvement|responsibility)(?=\s*(?:[,.;)]|$)|\s+(?:but|and|as|when|while|after)\b)/i;
/** The action of a bare denial (BARE_DENIAL's noun): "denies responsibility for", "denies involvement in". */
const bareDenialAction = (noun: string): string => (/^r/i.test(noun) ? 'denies responsibility for' : 'denies involvement in');
/** A pronoun as the subject right before a verb ("They initially denied"). */
const PRONOUN_BEFORE = /(?:^|\s)(?:[Tt]hey|[Ii]t|[Hh]e|[Ss]he)\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?$/;
/** A second verb of a clause's subject: ", but", "and" right before it. */
const SECOND_VERB = /(?:,\s*(?:but|and)|\s(?:but|and))\s+(?:\w+ly\s+)?$/;
/** What an accusation says the accused did, before the event: "plotting", "being directly involved in", "having planned". */
const ACT_LEAD = /^((?:being|having been|having)\s+(?:\w+ly\s+)?(?:involved in|responsible for|behind|\w+ed)|\w+ing(?:\s+out)?)\s+(?!(?:to|of|that|and|or)\b)/i;
/** An accusation's charges that the accused rejects, after the accused act: "…, charges the group rejects". */
const CHARGES_DENIED = /^[^.;]*?,\s+(?:(?:the|which|a)\s+)?(?:charges?|allegations?|accusations?|claims?)\s+(?:that\s+|which\s+)?(?:[^,.;]{1,40}?\s+)?(rejects|rejected|denies|denied|dismisses|dismissed)\b/i;
/** ", and B of carrying it out" after an accusation: B, the act, its object. */
const ACCUSED_TOO = /,?\s+and\s+([^,;]{3,90}?)\s+of\s+(\w+ing(?:\s+out)?)\s+([^,;.]{2,80})/;
/** `blame` */
export function blameShape(ctx: Ctx, h: Hit): void {
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
  // (a state right after the verb and before "for": "Pakistan blamed India for the attack", accusations between states)
  const first = listAfter(ctx, b, s.end, ms)[0];
  let blamed = first && first.type === 'place' && /^\s+$/.test(body.slice(b, first.start)) && /^\s+for\s/.test(body.slice(first.end, first.end + 5)) ? first : listAfter(ctx, b, s.end, ms, ORG | PERSON)[0];
  // "blamed it for …": the party the pronoun stands for (coref.ts), the words after the pronoun
  let blamedEnd = blamed ? blamed.end : -1;
  const pro = blamed && blamed.start - b < 8 ? null : objectPronoun(ctx, b, () => subjectBefore(ctx, s, a, ms, from));
  if (pro) [blamed, blamedEnd] = [pro.m, pro.end];
  else if (!blamed || !/^\s+(?:the\s+|an?\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u.test(body.slice(b, blamed.start))) return;
  const blamer = subjectBefore(ctx, s, a, ms, from);
  const after = body.slice(blamedEnd, s.end);
  const forAt = /^[^,;.]{0,30}?\s+for\s+/.exec(after);
  let target: string | null = null;
  if (forAt) {
    const ev = phraseAfter(body, blamedEnd + forAt[0].length, s.end);
    const lead = ev ? ACT_LEAD.exec(ev) : null;
    const rest = lead ? ev.slice(lead[0].length) : ev;
    if (!rest || !EVENT_NOUN.test(rest)) return; // ("blamed X for plotting it", "for the country's woes": no event named)
    target = eventPhrase(eventCore(rest.replace(/^(?:the|a|an)\s+/i, '')), ms, blamedEnd, s.end);
  } else target = pageEvent(ctx) ?? lastEventName(ctx);
  if (!target || BARE_EVENT.test(target)) return;
  emit(ctx, base, { claimant: blamer ? party(blamer) : claimant, subject: party(blamed), predicate: pred, object: { literal: target }, action, actor: blamed.canonical, target, attAction: 'blamed for' });
}
/** "accused by A of": a passive accusation (with an auxiliary before it, PASSIVE_BEFORE). */
const PASSIVE_ACCUSED = /^accused\s+by\s/i;
const PASSIVE_BEFORE = /\b(?:been|was|were|is|are)\s+(?:\w+ly\s+)?$/;
/** `accuse` */
export function accuseShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, matched, ms, from, action, base } = h;
  const { body } = ctx;
  const claimant = h.base.claimant;
  // the passive "P has been accused by A of …": P (a name, or a pronoun coref.ts resolves) is the accused, A the accuser
  const passive = PASSIVE_ACCUSED.test(matched) && PASSIVE_BEFORE.test(body.slice(Math.max(from, a - 16), a));
  const accuser = passive ? (listAfter(ctx, a + matched.indexOf(' by ') + 4, b, ms)[0] ?? null) : subjectBefore(ctx, s, a, ms, from);
  // (a government named by its demonym: "accused the Iranian government of …" → Iran)
  // ("accused it of …": the party the pronoun stands for, coref.ts)
  const accused = passive ? subjectBefore(ctx, s, a, ms, from) : (listAfter(ctx, a + matched.search(/\s/), b, ms)[0] ?? demonymGovernment(body.slice(a, b)) ?? objectPronoun(ctx, a + matched.search(/\s/), accuser)?.m);
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
  // ("has been accused by A of being behind X": the rule of "behind" states it, with the accused as its subject)
  if (passive && /^being\s+(?:behind|responsible\s+for)\s/.test(what)) return;
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
export function linkShape(ctx: Ctx, h: Hit): void {
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
  let target = phraseAfter(body, at, s.end);
  if (!actorText || !target) return;
  // an event linked to ("linked G to the bombing through …"): the event's own phrase; "the bombing" the page's event
  if (EVENT_NOUN.test(target)) {
    const ev = eventPhrase(target, ms, at, s.end);
    target = GENERIC_EVENT.test(`the ${ev}`) ? (pageEvent(ctx) ?? antecedentEvent(ctx, ev) ?? ev) : ev;
  }
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
export function linksBetweenShape(ctx: Ctx, h: Hit): void {
  const { s, b, ms, base } = h;
  const pred = h.rule.predicate;
  const pair = listAfter(ctx, b, s.end, ms);
  if (pair.length >= 2)
    emit(ctx, base, { subject: party(pair[0]!), predicate: pred, object: party(pair[1]!), action: 'has links with', actor: pair[0]!.canonical, target: pair[1]!.canonical });
}
/** `traced` */
export function tracedShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, from, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
  const ev = phraseBefore(ctx, from, a);
  const origin = phraseAfter(body, b, s.end);
  if (!ev || !origin) return;
  emit(ctx, base, { subject: literalParty(origin), predicate: pred, object: { literal: ev }, action: 'traced back to', actor: origin, target: ev, attAction: 'traced as origin of' });
}
/** `deny` */
export function denyShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, action, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
  if (/\bto\s+$/i.test(body.slice(Math.max(s.start, a - 4), a))) return; // "to deny Hamas the ability"
  const who = subjectBefore(ctx, s, a, ms, from) ?? demonymSubjects(ctx, from, a)[0];
  const after = body.slice(b, b + 40);
  // "denied involvement but …", "denied responsibility, along with …": no event named (BARE_DENIAL)
  const bare = BARE_DENIAL.exec(after);
  // "X were blamed for the bombings, but denied responsibility": a second verb of the sentence's last claim's subject
  if (!who && bare) {
    const prev = ctx.claims[ctx.claims.length - 1];
    const target = prev && prev.span.start === s.start && SECOND_VERB.test(body.slice(Math.max(s.start, a - 12), a)) ? (pageEvent(ctx) ?? lastEventName(ctx)) : null;
    if (prev && target) emit(ctx, base, { negated: true, subject: prev.subject, predicate: pred, object: { literal: target }, action: h.action, actor: prev.subject.name, target, attAction: bareDenialAction(bare[1]!) });
    return;
  }
  if (!who) return;
  // "denied (that) it played a role in X", "denies involvement in X", "denied the government was involved in X": the event
  const role = ROLE_IN.exec(body.slice(b, Math.min(s.end, b + 80)));
  if (role) {
    // (up to a second verb of the denier's: "denied any responsibility in the attack and described it as …")
    const ev = eventPhrase(phraseAfter(body, b + role[0].length, s.end).replace(/^(?:the|a|an)\s+/i, '').replace(/\s+(?:and|but)\s+(?:\w+ly\s+)?[a-z]+ed\b.*$/, ''), ms, b, s.end);
    const act = /involve/i.test(role[0]) ? 'denies involvement in' : /responsibility/i.test(role[0]) ? 'denies responsibility for' : 'denies playing a role in';
    for (const item of listedEvents(ev)) {
      // "denied any involvement in the attack": the page's event or the one named last with that noun; an event
      // noun alone names none (a claim, no attribution)
      const target = BARE_EVENT.test(item) ? (pageEvent(ctx) ?? antecedentEvent(ctx, item) ?? '') : item;
      emit(ctx, base, { negated: true, subject: party(who), predicate: pred, object: { literal: item }, action, actor: who.canonical, target, attAction: act });
    }
    return;
  }
  // a bare denial: the page's event, else the one named last
  if (bare) {
    // (not a pronoun's denial, "They initially denied responsibility": with no event named, a wrong antecedent
    // would give a wrong pair)
    if (PRONOUN_BEFORE.test(body.slice(Math.max(from, a - 24), a))) return;
    const target = pageEvent(ctx) ?? lastEventName(ctx);
    if (target) emit(ctx, base, { negated: true, subject: party(who), predicate: pred, object: { literal: target }, action, actor: who.canonical, target, attAction: bareDenialAction(bare[1]!) });
    return;
  }
  const prev = ctx.claims[ctx.claims.length - 1];
  if (/^\s+(?:\w+\s+)?(?:that|the|this|these|those)\s+(?:charges?|accusations?|claims?|allegations?|reports?)/i.test(after) && prev) {
    const target = prev.predicate.endsWith('_by') ? prev.subject.name : 'object' in prev && 'name' in prev.object ? prev.object.name : prev.subject.name;
    emit(ctx, base, { negated: true, subject: party(who), predicate: pred, object: { literal: prev.quote.slice(0, 120) }, action, actor: who.canonical, target });
    return;
  }
  // "La Familia denied it (and instead blamed Los Zetas)": "it" is the event the page is about, else the one
  // named last; never a party named after it
  if (/^\s+(?:it|this)\b(?!\s+(?:was|is|had|has|would|will)\b)/i.test(after)) {
    const target = pageEvent(ctx) ?? lastEventName(ctx);
    if (target) emit(ctx, base, { negated: true, subject: party(who), predicate: pred, object: { literal: target }, action, actor: who.canonical, target, attAction: 'denied' });
    return;
  }
  const objs = listAfter(ctx, b, s.end, ms);
  for (const o of objs) emit(ctx, base, { negated: true, subject: party(who), predicate: pred, object: party(o), action, actor: who.canonical, target: o.canonical });
}
/** `deny_noun` */
export function denyNounShape(ctx: Ctx, h: Hit): void {
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
export function retractShape(ctx: Ctx, h: Hit): void {
  const { b, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
  if (!/claim|responsibility/i.test(body.slice(b, b + 60))) return;
  const prev = ctx.claims.findLast((c) => c.predicate === 'claimed_responsibility_for');
  if (!prev) return;
  const obj = 'literal' in prev.object ? prev.object.literal : prev.object.name;
  emit(ctx, base, { negated: true, subject: prev.subject, predicate: pred, object: prev.object, action: 'retracted its claim of responsibility', actor: prev.subject.name, target: obj });
}
