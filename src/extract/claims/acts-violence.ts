// Acts of violence whose doer is named after "by" or only described (branch attr1, 2026-12-07): "P was assassinated
// … by two gunmen", "P was kidnapped and murdered by a cell of the FLQ", "two police officers were shot dead by the
// assailants". Counts and the documents of each family: docs/extract.md step 7 (attr1 block).
import type { Sentence } from '../sentences.ts';
import type { ExtractedMention } from '../types.ts';
import { type Ctx, party, asState, type Base, emit } from './context.ts';
import { subjectBefore } from './actors.ts';
import { PEOPLE_END, withoutCount, killedInStrike } from './acts.ts';
import type { Hit } from './shapes.ts';

/** A passive right before the verb ("was", "were brutally", "had been", "is later"): the subject suffered the act. */
const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being|be)\s+(?:(?:\w+ly|later|then|reportedly|allegedly)\s+)?$/i;
/** The verb's words up to "by": a second verb of violence, a time or a place, no clause break. */
const UP_TO_BY = /^((?:\s+and\s+(?:then\s+|later\s+)?(?:killed|murdered|executed|beheaded|shot(?:\s+dead)?|stabbed|tortured|raped|burned))?)((?:\s+(?!(?:who|which|that|after|before|when|while|because|but|and|as|although|since)\b)[^\s,;()]+){0,12}?)\s+by\s+/i;
/** Role nouns of people who do violence, as a doer may be described ("two gunmen", "the assailants", "rebels"). */
const DOER_NOUN = String.raw`(?:gunm[ae]n|attackers?|assailants?|militants?|rebels?|insurgents?|guerrillas?|terrorists?|bombers?|hijackers?|kidnappers?|abductors?|captors?|snipers?|assassins?|killers?|extremists?|jihadists?|separatists?|soldiers?|troops|policem[ae]n|police\s+officers?|police|security\s+forces|forces|militias?|militiamen|herdsmen|bandits|pirates|fighters|operatives|agents|members|cell|squad|commando|men|man|youths)`;
/** A doer described by whose it is ("his own men", "their captors"): no actor of its own. */
const POSSESSIVE_LEAD = /^(?:his|her|their|its|our|my|your)\b/i;
/** Only a role noun after a group's name ("Al-Qaeda agents"). */
const ROLE_ONLY = new RegExp(String.raw`^\s+${DOER_NOUN}$`, 'i');
/** Words a described doer may open with: determiners, numbers, adjectives of kind ("unknown", "masked", "armed"). */
const DOER_LEAD = String.raw`(?:(?:the|a|an|two|three|four|five|six|seven|eight|nine|ten|several|some|unknown|unidentified|suspected|alleged|masked|armed|heavily\s+armed|lone|suicide|hooded|\d+|[a-z]+-(?:armed|wielding))\s+)`;
/** A described doer right after "by": its lead words, up to two more words (their kind: "Islamist", "regime"), the role noun; "of G"/"from G" after it. */
const DESCRIBED_DOER = new RegExp(String.raw`^(${DOER_LEAD}*(?:[\p{L}-]+\s+){0,2}?${DOER_NOUN})\b(?:\s+(?:of|from|loyal\s+to|linked\s+to|belonging\s+to)\s+)?`, 'iu');
/** A means, not a doer: "by a bomb", "by the blast", "by gunfire". */
const MEANS_AFTER_BY = /^(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?(?:bombs?|blasts?|explosions?|explosives?|devices?|grenades?|shells?|rockets?|missiles?|mines?|gunfire|fire|bullets?|strikes?|airstrikes?|drones?|vehicles?|cars?|trucks?|shrapnel|firing\s+squads?|hanging|injection|stoning)\b/i;
/** A lower-case word after a party: the party may only qualify a noun ("a US drone"). */
const LOWER_WORD_AFTER = /^\s+(?:[a-z][\w-]*)/;
/** A preposition or a clause's word after a party: the party ends the phrase ("by G in Kabul", "by G and …"). */
const CLAUSE_WORD_AFTER = /^\s+(?:in|on|at|near|during|after|as|while|and|who|with|from|outside|inside)\b/;
/** Nouns that name a described doer only with a complement or a qualifier ("members of G", "a cell of the FLQ", "men"). */
const NEEDS_MORE = /^(?:(?:the|a|an|some)\s+)?(?:members|cell|squad|commando|men|man|agents|operatives|forces|youths|fighters|soldiers|troops)$/i;

/** Lower-case words that describe a person before the name ("right-wing extremist", "one of his own bodyguards,"). */
const DESCRIPTION_BEFORE_NAME = /^(?:[a-z][a-z'’-]*\s+){0,4}[a-z][a-z'’-]*,?\s+$/;
/** Words that end the description or the clause: the name after them is no doer ("supporters of P", "a bullet meant for P"). */
const NOT_DESCRIPTION = /\b(?:of|in|on|at|near|during|after|before|while|when|who|whom|whose|which|that|with|from|to|for|and|or|but|against|under|over|than|then|led|sent|hired|ordered|paid|loyal|linked|close),?\s+$|\b(?:who|whom|whose|which|that|and|or|but|against)\b/;
/**
 * A person named after a description of the doer ("by right-wing extremist P", "by his bodyguard P", "by one of his
 * own bodyguards, P"): P did the act. Lower-case words only, up to five, none a clause's or a preposition's before the
 * name (holdout17/09, holdout20/12: the described doer alone was read, or none; branch attr31).
 */
function namedAfterDescription(body: string, at: number, ms: ExtractedMention[]): ExtractedMention | null {
  const p = ms.find((m) => m.start > at && m.start <= at + 60);
  if (!p || p.type !== 'person') return null;
  const words = body.slice(at, p.start);
  return DESCRIPTION_BEFORE_NAME.test(words) && !NOT_DESCRIPTION.test(words) && !MEANS_AFTER_BY.test(words) ? p : null;
}

/** A clause's opening before its person: a time or a place and its comma, and up to three capitalised words of a title ("Former President"). */
const OPENING = /^(?:[^,;:()]{0,60},\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u;
/** An office in apposition, its acronym in brackets ("P, General-Secretary of the X (XP), was …"). */
const OFFICE_APPOSITION = /^,\s+[^,;:]{1,100},\s*$/;
/**
 * The person a passive's subject names with an office after the name ("P, General-Secretary of the South African
 * Communist Party (SACP), was assassinated by …"): the first party of the clause, a person; '' if none (holdout17/09;
 * branch attr31).
 */
function personWithOffice(body: string, from: number, a: number, ms: ExtractedMention[]): string {
  const p = ms.find((m) => m.start >= from && m.end <= a);
  if (!p || p.type !== 'person' || !OPENING.test(body.slice(from, p.start))) return '';
  return OFFICE_APPOSITION.test(body.slice(p.end, a).replace(PASSIVE_BEFORE, '')) ? p.canonical : '';
}

/**
 * "P was assassinated … by two gunmen", "P was kidnapped and murdered by a cell of the FLQ", "two police officers
 * were shot dead by the assailants": the doer named or described after "by" did the act; the victim is the person
 * the clause's subject names ("he/she": the last person named before in the sentence), else the people its subject
 * names without their count ("police officers"). A means after "by" ("by a bomb", "by the blast") names no doer.
 * `a`: where the verb starts; `b`: where its first word ends. True when an attribution was made.
 */
export function passiveAct(ctx: Ctx, base: Base, s: Sentence, a: number, b: number, ms: ExtractedMention[], from: number): boolean {
  const { body } = ctx;
  if (!PASSIVE_BEFORE.test(body.slice(Math.max(from, a - 24), a))) return false;
  const tail = body.slice(b, Math.min(s.end, b + 110));
  const up = UP_TO_BY.exec(tail);
  if (!up) return false;
  const at = b + up[0].length;
  const verb = `${body.slice(a, b)}${up[1]}`.replace(/\s+/g, ' ').trim();
  const rest = body.slice(at, Math.min(s.end, at + 90));
  if (MEANS_AFTER_BY.test(rest)) return false;
  // the doer: a party right after "by" (a state for its capital), not one that only qualifies a noun ("a US drone")
  let doer: ExtractedMention | null = null;
  let first = ms.find((m) => m.start >= at && m.start <= at + 4);
  if (first && !/^(?:the\s+)?$/i.test(body.slice(at, first.start))) first = undefined;
  const next = first ? body.slice(first.end, first.end + 20) : '';
  if (first && (!LOWER_WORD_AFTER.test(next) || CLAUSE_WORD_AFTER.test(next))) {
    if (first.type === 'organization' || first.type === 'person') doer = first;
    else if (first.type === 'place') {
      const state = ctx.metonyms.get(first.canonical);
      if (state) doer = asState(first, state);
    }
  }
  if (!doer) doer = namedAfterDescription(body, at, ms);
  if (!doer) {
    const d = DESCRIBED_DOER.exec(rest);
    if (!d) return false;
    let raw = d[1]!;
    // "members of G", "a cell of the FLQ": the complement names whom
    if (d[0].length > d[1]!.length) {
      const g = ms.find((m) => m.start >= at + d[0].length && m.start <= at + d[0].length + 4 && (m.type === 'organization' || m.type === 'place'));
      if (g && /^(?:the\s+)?$/i.test(body.slice(at + d[0].length, g.start))) raw = body.slice(at, g.end);
      else {
        // (a name the gazetteer lacks: its capitalised words, "members of the Red Hand")
        const c = /^(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\b/u.exec(rest.slice(d[0].length));
        if (c) raw = rest.slice(0, d[0].length + c[0].length);
      }
    }
    raw = raw.replace(/\s+/g, ' ').trim();
    if (NEEDS_MORE.test(raw) || POSSESSIVE_LEAD.test(raw)) return false;
    // "by suspected Al-Shabaab militants", "by Al-Qaeda agents": the group the members are of
    const grp = ms.find((m) => m.type === 'organization' && m.start >= at && m.end <= at + d[1]!.length && ROLE_ONLY.test(body.slice(m.end, at + d[1]!.length)));
    doer = grp ?? { text: raw, start: at, end: at + raw.length, canonical: raw, type: 'organization', entity_id: null, known: false };
  }
  // the victim: a person, "he/she", else people
  let target = '';
  // (the words before the verb, its auxiliary left out)
  const lead = body.slice(Math.max(from, a - 40), a).replace(PASSIVE_BEFORE, '');
  if (/\b(?:he|she)\s+(?:\w+\s+)?$/i.test(lead)) {
    // (none in the sentence: the person "he/she" stands for elsewhere, the last found as a subject)
    const p = ms.findLast((m) => m.type === 'person' && m.end <= a && m.start >= s.start) ?? ctx.subjectPerson ?? ctx.lastPerson;
    if (p && p.type === 'person') target = p.canonical;
  } else {
    const m = subjectBefore(ctx, s, a, ms, from);
    if (m && m.type === 'person' && m.end <= a && m.start >= from && /^[\s,]*(?:\([^()]{0,40}\)\s*)?(?:,[^,;]{0,60},\s*)?$/.test(body.slice(m.end, a).replace(PASSIVE_BEFORE, ''))) target = m.canonical;
    else {
      const np = /(?:^|[,;:]\s+|\b(?:and|when|after|as|while)\s+)((?:[\w-]+\s+){0,4}?[\w-]+)\s+(?:had\s+)?$/i.exec(lead);
      if (np && PEOPLE_END.test(np[1]!)) target = withoutCount(np[1]!);
      else target = personWithOffice(body, from, a, ms);
    }
  }
  if (!target || !/\p{L}{3}/u.test(target) || target === doer.canonical) return false;
  emit(ctx, base, { subject: party(doer), predicate: 'perpetrated', object: { literal: `${verb} ${target}` }, action: verb, actor: doer.canonical, target, attAction: verb });
  return true;
}

/** `killed_in` first ("P was killed in/by a US drone strike"), else a doer after "by" ("killed by the assailants"). */
function killedInOrBy(ctx: Ctx, base: Base, s: Sentence, a: number, b: number, ms: ExtractedMention[], from: number) {
  const n = ctx.attributions.length;
  killedInStrike(ctx, base, s, a, b, ms, from);
  if (ctx.attributions.length === n && /^killed\s+by\b/i.test(ctx.body.slice(a, b))) passiveAct(ctx, base, s, a, a + 6, ms, from);
}

/** `passive_act`: "P was assassinated … by X"; "killed by a/the …" first as `killed_in` reads it. */
export function passiveActShape(ctx: Ctx, h: Hit): void {
  const { s, a, ms, from, base } = h;
  const k = /^killed\s+(?:by|in)\s+(?:an?|the)\b/i.exec(ctx.body.slice(a, a + 24));
  if (k) killedInOrBy(ctx, base, s, a, a + k[0].length, ms, from);
  else passiveAct(ctx, base, s, a, h.b, ms, from);
}

/** A noun of an act of violence on people ("the kidnapping of P by X"). */
const VIOLENT_NOUN = /^(?:killing|execution|assassination|abduction|kidnapping)\b/i;
/**
 * "The kidnapping of P by Chechen rebels", "the killing of P by unknown gunmen": the doer the noun phrase describes
 * after "by" (no party named there), as a literal actor; null when the noun is no act of violence or none is described.
 * `at`: where the words after "by" start.
 */
export function describedDoerAfterBy(ctx: Ctx, noun: string, at: number, end: number, ms: ExtractedMention[]): ExtractedMention | null {
  if (!VIOLENT_NOUN.test(noun)) return null;
  const rest = ctx.body.slice(at, Math.min(end, at + 90));
  if (MEANS_AFTER_BY.test(rest) || ms.some((m) => m.start >= at && m.start <= at + 4 && m.type !== 'place')) return null;
  const d = DESCRIBED_DOER.exec(rest);
  if (!d) return null;
  const raw = d[1]!.replace(/\s+/g, ' ').trim();
  if (NEEDS_MORE.test(raw) || POSSESSIVE_LEAD.test(raw) || d[0].length > d[1]!.length) return null;
  return { text: raw, start: at, end: at + raw.length, canonical: raw, type: 'organization', entity_id: null, known: false };
}
