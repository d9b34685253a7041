// The legal language of official releases and encyclopedia pages: pleas, sentences, charges and convictions
// ("P pled guilty to …", "P was sentenced to 20 years in prison for …", "P and Q were charged with …", "a court
// charged four men with …", "announced new charges against P for …"; shape `legal`, branch attr21), and the acts of
// officials around a designation: "I am announcing the State Department's designation of X" (`announce_designation`),
// "P laid a draft order before Parliament to proscribe G" (`proscribe`).
import type { ExtractedMention } from '../types.ts';
import { type Ctx, party, literalParty, emit, PARTY_BITS } from './context.ts';
import { subjectBefore, listAfter, subjectAfterComma } from './actors.ts';
import { pageEvent, EVENT_NOUN } from './events.ts';
import type { Hit } from './shapes.ts';

const { ORG, PERSON } = PARTY_BITS;

/** An auxiliary right before the verb: a passive ("was sentenced", "were charged"), or a passive's coordinated verb ("were captured by X and charged"). */
const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|be|being|get|got)\s+(?:(?:also|later|then|subsequently|formally|jointly|each|both|now|eventually)\s+)?$/i;
const COORDINATED_PASSIVE = /\b(?:was|were|had been|have been)\s+[a-z]+ed\b[^,;.]{0,80}?\s+and\s+(?:(?:later|then|subsequently)\s+)?$/i;
/** Auxiliaries, modals and a relative word at a subject's end, before a passive's "been"/"be" ("have", "who will"). */
const AUX_TAIL = /(?:\s+(?:have|has|had|will|would|could|may|might|shall|should|must|can|who|that|which))+\s*$/i;
/** A count opening a group the text does not name ("two French agents", "Thirteen of the senior Aum management"). */
const COUNT = '(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|dozens|\\d+)';
const COUNTED_GROUP = new RegExp(`(?:^|\\s)((?:the\\s+)?${COUNT}\\s+(?:of\\s+the\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?[\\p{L}'’-]+)$`, 'iu');
/** An authority the text describes, not names ("a Kenyan court", "the Macedonian authorities"): right before the verb, or right after "by". */
const AUTHORITY_PHRASE = String.raw`(?:an?|the)\s+(?:[\p{L}.-]+\s+){0,2}?(?:court|tribunal|judge|prosecutors?|authorities|police)`;
const DESCRIBED_AUTHORITY = new RegExp(String.raw`(?:^|\s)(${AUTHORITY_PHRASE})$`, 'iu');
const AUTHORITY_AFTER_BY = new RegExp(String.raw`^(${AUTHORITY_PHRASE})\b`, 'iu');
/** An offence right after an active verb: its object is not the person charged ("charged with manslaughter and …"). */
const OFFENCE_FIRST = /^\s*(?:with|for|over)\s/;
/** The counted group right after an active verb ("charged four Somali nationals with …", "sentenced two Swedish citizens last week for …"). */
const COUNTED_OBJECT = new RegExp(`^\\s+(${COUNT}\\s+(?:[\\p{Ll}\\p{Lu}][\\p{L}'’-]*\\s+){0,2}?(?:people|persons|men|women|nationals|citizens|suspects|defendants|members|militants|agents|others|individuals))\\b`, 'iu');
/** A clause's opening conjunction (the subject comes after it). */
const CLAUSE_OPEN = /^(?:(?:but|and|while|whereas|although|though|after|when)\s+)+/i;
/** A penalty after "sentenced" ("to 20 years in prison", "to death", "to life imprisonment"), with a time word before it. */
const PENALTY = /^(?:[^;.:]|\.(?=\S)|(?<=\b\p{Lu})\.){0,90}?\bto\s+(death|life(?:\s+(?:imprisonment|in\s+prison))?|(?:[\w-]+\s+){1,3}(?:years?|months?)(?:\s+(?:in|of)\s+(?:[\w-]+\s+){0,2}(?:prison|jail|imprisonment|custody))?)\b/u;
/** The penalty after "received": "15 years (in prison)", "a 10-year sentence", "a life sentence". */
const RECEIVED_PENALTY = /^\s+((?:an?\s+)?(?:(?:[\w-]+\s+){1,2}?(?:years?|months?)(?:\s+in\s+(?:prison|jail))?|(?:[\w-]+-year|life|prison|jail)\s+(?:prison\s+|jail\s+)?(?:sentence|term)))\b/;
/** Words of a judge's office before the name ("U.S. District Judge", "Chief Justice"). */
const JUDGE_TITLE = /^(?:the\s+)?(?:(?:U\.S\.|US|United\s+States|Chief|Senior|Federal|District|Circuit|Magistrate|High|Supreme|Court|Judge|Justice)\s+)*$/;
/** What names the offence: "for …", "over …", "in connection with …", "with …" (charges), "to …" (pleas), "of …" (convictions). */
const OFFENCE_OPEN = /^(?:,?\s*(?:aka|a\.k\.a\.|also known as),?\s*[“"][^”"]{1,60}[”"](?:\s*\([^()]{1,30}\))?)?\s*(?:(?:yesterday|today|last\s+\w+|(?:in|on)\s+(?:\p{Lu}\w*|\d{4})(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\p{Lu}[a-z]+day)\s+)*(?:,\s*)?(?:for|over|in\s+connection\s+with|with|to|of|in)\s+/u;
/** Where an offence phrase ends: a clause mark or a word that opens another clause or a time. */
const OFFENCE_END = /[,;:.()[\]]|\s(?:and\s+(?:were|was|had|has|is|are)|after|before|by|on\s+(?:\p{Lu}|\d)|in\s+\d{4}|that|which|who|while|but)\s/u;
/** A group the complement names by its noun ("the Islamist group"): the page's topic. */
const GROUP_NOUN = /\bthe\s+(?:[\p{L}-]+\s+){0,2}?(?:group|organi[sz]ation|network|movement)\b/iu;
/** An act noun of an offence phrase used as the case's event ("his mailing of 16 improvised explosive devices"). */
const ACT_OF = /^(?:(?:his|her|their|its|the)\s+)?((?:[a-z]+ing|[a-z]+tion|murder|destruction|bombing)\s+of\s+.+)$/;

/** An act's noun and "of"/"on" before a capitalised name ("the destruction of Pan Am Flight 103 over Lockerbie"), up to a clause mark. */
const NAMED_ACT = /\b((?:destruction|bombing|downing|sinking|assassination|murder|killing|hijacking|attack|massacre)\s+(?:of|on)\s+(?:the\s+)?\p{Lu}[^,;.()[\]]{2,80}?)(?=\s*[,;.()[\]]|\s+(?:on|in)\s+\d|$)/u;
/** The case each document's legal hits are about, once one names it (by document). */
const CASE = new WeakMap<Ctx, string>();

/** The offence phrase after position p (up to `end`): its start and text, or null. */
function offenceAfter(body: string, p: number, end: number): { at: number; text: string } | null {
  const o = OFFENCE_OPEN.exec(body.slice(p, Math.min(end, p + 80)));
  if (!o) return null;
  const at = p + o[0].length;
  const rest = body.slice(at, Math.min(end, at + 200));
  const e = OFFENCE_END.exec(rest);
  const text = (e ? rest.slice(0, e.index) : rest).replace(/\s+/g, ' ').trim();
  return text ? { at, text } : null;
}

/** The people a legal hit is about when no party names them: a counted group before the verb, as written ("two French agents"), or its earlier form ("the two agents" … "two French agents"). */
function countedSubject(body: string, from: number, a: number): string | null {
  let clause = body.slice(from, a);
  const co = COORDINATED_PASSIVE.exec(clause);
  if (co) clause = clause.slice(0, co.index);
  else clause = clause.replace(PASSIVE_BEFORE, '');
  // (the auxiliaries, modals and relative word left before the passive: "Two … men have been sentenced", "nine
  // men who will be sentenced" — branch wild4)
  clause = clause.replace(AUX_TAIL, '');
  // (the last clause: after a comma or a conjunction)
  const cut = Math.max(clause.lastIndexOf(','), clause.lastIndexOf(';'));
  clause = clause.slice(cut + 1).trim().replace(CLAUSE_OPEN, '');
  const m = COUNTED_GROUP.exec(clause.trim());
  if (!m) return null;
  const g = m[1]!.replace(/\s+/g, ' ');
  if (/^the\s/i.test(g)) {
    // "the two agents": the group named before with the same count and noun ("two French agents")
    const words = g.split(' ');
    const re = new RegExp(`\\b(${words[1]}\\s+(?:[\\p{L}'’-]+\\s+){0,2}?${words[words.length - 1]})\\b`, 'iu');
    const e = re.exec(body.slice(Math.max(0, from - 600), a - g.length));
    return e ? e[1]!.replace(/\s+/g, ' ') : null;
  }
  return g;
}

/** A preposition right before a person: the person is its object, not one of the coordinated subjects ("the son of P"). */
const GOVERNED = /\b(?:of|by|with|to|for|from|on|against)\s+$/i;
/** A relative "who" after a person and an apposition ("P, a dual British-Canadian national, who pleaded …"). */
const WHO_AFTER_APPOSITION = /^,\s+(?:an?|the)\s+[^,;()]{1,60},\s+who\s+$/;
/** The last legal hit's person, by sentence ("… pleaded guilty to manslaughter and were sentenced …" is theirs too). */
const LAST = new WeakMap<Ctx, { at: number; who: ExtractedMention | null; whoText: string | null }>();
/** The party the last legal act was about ("… sentenced for conspiring to support G"): a later "P received N years" is about it too. */
const LAST_TARGET = new WeakMap<Ctx, string>();

/** `legal` */
export function legalShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, matched, ms, from, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
  const word = matched.toLowerCase().replace(/\s+/g, ' ');
  // (a confession, a plea and a verdict of guilt are about the clause's subject, as a plea is: attr2)
  const plea = /guilty$/.test(word) || word === 'confessed';
  // "P, suspected of …" (a reduced relative, no auxiliary): the person right before (attr2)
  const suspect = word === 'suspected' ? suspectedPerson(ctx, h) : undefined;
  const gerund = /ing guilty$/.test(word);
  const against = word === 'charges against';
  const pre = body.slice(Math.max(from, a - 160), a);
  const co = plea || against ? null : COORDINATED_PASSIVE.exec(pre);
  // "P received 15 years on charges …", "P received a 10-year sentence": the person's sentence, P the subject
  const recv = word === 'received';
  const passive = !plea && !against && (recv || co !== null || PASSIVE_BEFORE.test(pre));
  if (suspect === null && !passive) return;
  // the penalty ("sentenced to 20 years in prison", "received a 10-year sentence") is part of the action
  const rp = recv ? RECEIVED_PENALTY.exec(body.slice(b, Math.min(s.end, b + 80))) : null;
  if (recv && !rp) return;
  const pen = word === 'sentenced' ? PENALTY.exec(body.slice(b, Math.min(s.end, b + 120))) : null;
  const after = pen ? b + pen[0].length : rp ? b + rp[0].length : b;
  // ("charged" in its legal sense: an offence or a case follows)
  if ((word === 'charged' || word === 'indicted') && !/^\s+(?:(?:[\p{L}'’.-]+|,)\s+){0,8}?(?:with|for|in|over|by)\s/u.test(body.slice(b, Math.min(s.end, b + 100)))) return;

  // who is pleaded, sentenced, charged or convicted, and the authority that acts when the text names it
  let who: ExtractedMention | null = null;
  let whoText: string | null = null;
  let authority: ExtractedMention | null = null;
  let authorityText: string | null = null;
  let objEnd = after;
  const also: ExtractedMention[] = [];
  if (suspect) who = suspect;
  else if (plea || passive) {
    const last = LAST.get(ctx);
    const verbAt = co ? a - pre.length + co.index : a;
    if (last && last.at === s.start && /\band\s+(?:was|were)\s+$/.test(pre) && !co) {
      // "… pleaded guilty to X and were sentenced to …": the same people
      who = last.who;
      whoText = last.whoText;
    } else if (gerund) {
      // "P was sentenced …, after pleading guilty …": the clause's subject
      who = ms.find((x) => x.start >= from && x.end <= a && x.type === 'person') ?? null;
    } else {
      whoText = countedSubject(body, from, a);
      if (!whoText) {
        const rel = /\bwho\s+$/.test(pre) ? ms.findLast((x) => x.end <= a && x.start >= from && x.type === 'person') : undefined;
        if (rel && WHO_AFTER_APPOSITION.test(body.slice(rel.end, a))) who = rel;
        else {
          const m = subjectBefore(ctx, s, verbAt, ms, from);
          if (m && m.type !== 'place') who = m;
          // coordinated people ("P and another defendant, Q of Great Britain, were charged …"): each
          if (m && m.type === 'person') {
            const ps = ms.filter((x) => x.type === 'person' && x.start >= from && x.end <= verbAt && !GOVERNED.test(body.slice(Math.max(from, x.start - 12), x.start)));
            if (ps.length > 1 && ps.includes(m) && /\sand\s/.test(body.slice(ps[0]!.end, ps[ps.length - 1]!.start))) also.push(...ps.filter((x) => x !== m));
          }
        }
      }
    }
    // "… charged with X by the authorities": the agent
    const by = plea || recv ? null : /^[^.;]{0,120}?\bby\s+/.exec(body.slice(b, s.end));
    if (by) {
      const at = b + by[0].length;
      // (an office's words before a person: "by U.S. District Judge P")
      const ag = ms.find((x) => x.start >= at && x.start < at + 60 && (x.type === 'person' || x.type === 'organization'));
      if (ag && (ag.type === 'person' ? JUDGE_TITLE : /^(?:the\s+)?$/).test(body.slice(at, ag.start))) authority = ag;
      else {
        const d = AUTHORITY_AFTER_BY.exec(body.slice(at, at + 60));
        if (d) authorityText = d[1]!.replace(/\s+/g, ' ');
      }
    }
  } else {
    // active: "a court sentenced P", "X charged eight people …, including P", "new charges against P"
    const first = ms.find((x) => x.start >= b && x.start < b + 80 && x.end <= s.end && (x.type === 'person' || x.type === 'organization'));
    // (not after the offence: "Colonel P charged with manslaughter and General Q charged with perjury" is no charge
    // P brought against Q, but two charged, as an event page's "Charges" row writes them; holdout19/08, branch attr31)
    if (first && first.type === 'person' && !OFFENCE_FIRST.test(body.slice(b, first.start)) && /^\s*(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,5}?$/u.test(body.slice(b, first.start).replace(/,/g, ' '))) {
      who = first;
      objEnd = first.end;
    } else {
      const c = COUNTED_OBJECT.exec(body.slice(b, Math.min(s.end, b + 80)));
      if (!c) return;
      whoText = c[1]!.replace(/\s+/g, ' ');
      objEnd = b + c[0].length;
      // "charged eight people in the attack, including P": the people named
      const inc = /^[^.;]{0,80}?,\s+including\s+/.exec(body.slice(objEnd, s.end));
      const named = inc ? listAfter(ctx, objEnd + inc[0].length, s.end, ms, PERSON)[0] : undefined;
      if (named && named.start === objEnd + inc![0].length) {
        who = named;
        whoText = null;
      }
    }
    if (!against) {
      // (a sentence's authority is a judge named: "the court sentenced P" is P's sentence, as the golds record it)
      const d = word === 'sentenced' ? null : DESCRIBED_AUTHORITY.exec(pre.replace(/\s+(?:has|have|had|also|later|then|subsequently|formally)\s*$/g, ' ').trimEnd());
      if (d) authorityText = d[1]!.replace(/\s+/g, ' ');
      else {
        const sj = subjectBefore(ctx, s, a, ms, from);
        // (a sentence's authority is a judge named; a charge's, any body or person)
        if (sj && sj.type !== 'place' && (word !== 'sentenced' || sj.type === 'person')) authority = sj;
      }
    }
  }
  if (!who && !whoText) return;
  LAST.set(ctx, { at: s.start, who, whoText });
  const whoName = who ? who.canonical : whoText!;
  const whoParty = who ? party(who) : literalParty(whoText!);

  // the action as written: the verb, its penalty and the offence
  const off = offenceAfter(body, Math.max(after, objEnd), s.end);
  const act = against ? 'charged' : pen ? `${matched} to ${pen[1]!.replace(/\s+/g, ' ')}` : rp ? `received ${rp[1]!.replace(/\s+/g, ' ')}` : matched.replace(/\s+/g, ' ');
  const opener = off ? offenceWord(body, Math.max(after, objEnd), off.at) : '';
  if (authority || authorityText) {
    const actor = authority ? authority.canonical : authorityText!;
    if (actor === whoName) return;
    const attAction = off && !pen ? `${act} ${opener}${off.text}`.slice(0, 160) : act;
    // (the claim: the person is accused, the authority its claimant; the attribution: the authority acted on the person)
    emit(ctx, base, { subject: whoParty, predicate: pred, object: { literal: off?.text ?? act }, action: act, claimant: authority ? party(authority) : literalParty(actor), actor, target: whoName, attAction, legal: true });
    // (a judge's sentence is also the person's, for what they did: the golds record both, holdout10)
    if (!pen) return;
  }
  // the person's act: about the party the offence names (a group before a person), else the group it describes
  // (the page's topic), else the page's event, else the case the release is about, else the offence itself when
  // it names an act
  let target: string | null = null;
  let offText = off?.text ?? '';
  if (off) {
    const inOff = (x: ExtractedMention) => x.start >= off.at && x.end <= off.at + off.text.length + 1 && x.canonical !== whoName;
    const tm = ms.find((x) => inOff(x) && x.type === 'organization') ?? ms.find((x) => inOff(x) && x.type === 'person');
    if (tm && word === 'suspected' && tm.type === 'organization') {
      // "G has been suspected of forging ties with A, B and C": a suspected relation with each group listed, stated
      // as the relation is (the prose's "forging ties with A" is the same one, listed once; attr2)
      const rel = `suspected ${opener}${body.slice(off.at, tm.start).replace(/\s+/g, ' ').trim()}`;
      for (const o of listAfter(ctx, tm.start, s.end, ms, ORG)) if (o.canonical !== whoName) emit(ctx, base, { subject: whoParty, predicate: 'associated_with', object: party(o), action: rel, actor: whoName, target: o.canonical });
      return;
    }
    if (tm) {
      target = tm.canonical;
      offText = body.slice(off.at, tm.start).replace(/\s+/g, ' ').trim();
    } else if (GROUP_NOUN.test(off.text) && ctx.topic && ctx.topic.type === 'organization') {
      target = ctx.topic.canonical;
      offText = off.text.slice(0, GROUP_NOUN.exec(off.text)!.index).trim();
    }
  }
  if (!target) target = pageEvent(ctx) ?? CASE.get(ctx) ?? null;
  if (!target) {
    // an act on a thing the text names, in the offence's sentence ("… in the destruction of Pan Am Flight 103 over Lockerbie")
    const e = NAMED_ACT.exec(body.slice(Math.max(after, objEnd), s.end));
    if (e) {
      target = e[1]!.replace(/\s+/g, ' ').trim();
      CASE.set(ctx, target);
    }
  }
  if (!target && off) {
    const ao = ACT_OF.exec(off.text.replace(/\s+(?:to|across|against|at)\s.*$/, ''));
    if (ao && (EVENT_NOUN.test(ao[1]!) || /\d/.test(ao[1]!) || ao[1]!.split(' ').length >= 4)) {
      target = ao[1]!;
      CASE.set(ctx, target);
    }
  }
  if (!target && recv) target = LAST_TARGET.get(ctx) ?? null;
  if (!target) target = titleCase(ctx);
  if (!target) return;
  LAST_TARGET.set(ctx, target);
  const attAction = `${act}${offText && !pen ? ` ${opener}${offText}` : ''}`.replace(/\s+/g, ' ').trim().slice(0, 160);
  emit(ctx, base, { subject: whoParty, predicate: pred, object: { literal: target }, action: act, actor: whoName, target, attAction, legal: true });
  for (const o of also) if (o.canonical !== target) emit(ctx, base, { subject: party(o), predicate: pred, object: { literal: target }, action: act, actor: o.canonical, target, attAction, legal: true });
}

/** A release's title that names its case's offence ("Maryland Man Arrested on Charges of Providing Material Support to G"): the offence's words. */
const TITLE_OFFENCE = /\b(?:charges?|charged|sentenced|convicted|pleads|pleaded|pled|indicted)\b\s+(?:(?:guilty|on|in|to)\s+)*(?:of|for|with|to|in\s+connection\s+with)\s+(.+)$/i;
/** The group a release's title names as its case's offence's object (the document's, once per document). */
function titleCase(ctx: Ctx): string | null {
  const o = ctx.title ? TITLE_OFFENCE.exec(ctx.title) : null;
  if (!o) return null;
  const words = o[1]!;
  const g = ctx.mentions.find((m) => m.type === 'organization' && m.text.length >= 3 && words.includes(m.text));
  return g ? g.canonical : null;
}

/** The preposition that opens the offence ("with", "to", "for"), as written, with a space. */
function offenceWord(body: string, p: number, at: number): string {
  if (at <= p) return '';
  const w = /(?:for|over|in connection with|with|to|of|in)\s+$/.exec(body.slice(p, at));
  return w ? w[0].replace(/\s+/g, ' ') : '';
}

/** The signatory of a statement: a person alone on a line with an office near the top ("Marco Rubio, Secretary of State"). */
const BYLINE = /^[ \t]*([^\n,]{3,60}),\s+[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|for|the|and))*[ \t]*$/m;
function signatory(ctx: Ctx): ExtractedMention | null {
  const head = ctx.body.slice(0, 600);
  const b = BYLINE.exec(head);
  if (!b) return null;
  return ctx.mentions.find((m) => m.type === 'person' && m.start === b.index + b[0].indexOf(b[1]!) && m.end - m.start === b[1]!.trim().length) ?? null;
}

/** `announce_designation`: the person who announced designations announced each (golds of holdout7 and holdout9). */
export function announceDesignationShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, base } = h;
  const { body } = ctx;
  const pre = body.slice(from, a);
  // the announcer: "I am announcing" (the statement's signatory), "In announcing …, P said", or the subject
  let who: ExtractedMention | null = null;
  if (/(?:^|\s)I\s+(?:am\s+|have\s+|will\s+be\s+)?$/.test(pre)) who = signatory(ctx);
  else if (/^\s*In\s+$/.test(pre)) {
    // (after the comma, an office's capitalised words may stand before the person: "Coordinator for Counterterrorism P")
    const c = /^[^,;:]{0,60},\s+/.exec(body.slice(b, Math.min(s.end, b + 80)));
    const at = c ? b + c[0].length : -1;
    who = c ? subjectAfterComma(ctx, b, s.end, ms) ?? ms.find((m) => m.start >= at && m.start < at + 60 && m.type === 'person' && /^(?:(?:[A-Z][\w-]*|of|for|the|and)\s+)*$/.test(body.slice(at, m.start))) ?? null : null;
  }
  else who = subjectBefore(ctx, s, a, ms, from);
  if (!who || who.type !== 'person') return;
  // (the rule matched the verb alone, its object read in a lookahead: the designation's own rule reads the noun too)
  const obj = /^\s+((?:these|those|the|its|today['’]s)\s+(?:[\w.'’-]+\s+){0,3}?designations?)\b/i.exec(body.slice(b, Math.min(s.end, b + 80)));
  if (!obj) return;
  const nb = b + obj[0].length;
  let parties: Array<{ name: string; p: ReturnType<typeof party> }> = [];
  const ofAt = /^\s+of\s/.exec(body.slice(nb, nb + 5));
  if (ofAt) {
    const clauseEnd = body.slice(nb, s.end).search(/[;:]|\.\s|\s(?:as|under|and the|which)\s/);
    const end = clauseEnd < 0 ? s.end : nb + clauseEnd;
    parties = ms.filter((m) => m.start >= nb && m.end <= end && (m.type === 'organization' || m.type === 'person')).map((m) => ({ name: m.canonical, p: party(m) }));
  } else if (/^(?:these|those)\s/i.test(obj[1]!)) {
    // "these designations": the parties the last designation designated
    parties = ctx.designated.parties.map((p) => ({ name: p.name, p }));
  }
  const noun = obj[1]!.replace(/\s+/g, ' ');
  const seen = new Set<string>();
  const action = `announced ${noun}${ofAt ? ' of' : ''}`;
  for (const t of parties) {
    if (seen.has(t.name) || t.name === who.canonical) continue;
    seen.add(t.name);
    emit(ctx, base, { subject: party(who), predicate: h.rule.predicate, object: t.p, action, actor: who.canonical, target: t.name });
  }
}

/** A capitalised name and a group's noun right after the verb ("the Terrorgram collective"). */
const NAMED_GROUP = /^\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:collective|group|network|movement|organi[sz]ation))\b/u;
/** A preposition right before a party: the party is its object, not the clause's subject. */
const PREPOSITION_END = /\b(?:of|in|on|at|by|for|from|with|to|into|before|against|under|over)\s+(?:the\s+)?$/i;
/**
 * `proscribe`: "The Home Secretary, P, laid a draft order before Parliament to proscribe … G", "The UK is to become the
 * first country in the world to proscribe the G collective": the clause's subject designates G (golds of holdout8 and
 * holdout9: the UK's word for a designation).
 */
export function proscribeShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, base } = h;
  const { body } = ctx;
  // the clause's first party not governed by a preposition (the subject), before the infinitive
  const subj = ms.find((m) => m.start >= from && m.end <= a && (m.type === 'person' || m.type === 'organization' || m.type === 'place') && !PREPOSITION_END.test(body.slice(Math.max(from, m.start - 12), m.start)));
  if (!subj) return;
  const clauseEnd = body.slice(b, s.end).search(/[;:]|\.\s|\s(?:under|after|because|which|who)\s/);
  const end = clauseEnd < 0 ? s.end : b + clauseEnd;
  const g = listAfter(ctx, b, end, ms, ORG)[0];
  // (a group no list knows, named with its noun: "the Terrorgram collective")
  const named = g ? null : NAMED_GROUP.exec(body.slice(b, end));
  if ((!g && !named) || g?.canonical === subj.canonical) return;
  const action = body.slice(subj.end, b).replace(/\([^()]*\)/g, ' ').replace(/^[\s,]+|\b(?:yesterday|today)\b/gi, ' ').replace(/\s+/g, ' ').trim();
  if (!action || action.length > 120) return;
  const target = g ? g.canonical : named![1]!.replace(/\s+/g, ' ');
  emit(ctx, base, { subject: g ? party(g) : literalParty(target), predicate: h.rule.predicate, object: party(subj), action, actor: subj.canonical, target });
}

/** A person right before "suspected" with no auxiliary between ("P, suspected of …", "P suspected in …"): that person, else null (attr2). */
function suspectedPerson(ctx: Ctx, h: Hit): ExtractedMention | null {
  const { a, ms, from } = h;
  const m = ms.findLast((x) => x.end <= a && x.start >= from);
  return m && m.type === 'person' && /^,?\s+$/.test(ctx.body.slice(m.end, a)) ? m : null;
}
