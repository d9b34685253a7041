// The state of one findClaims pass (Ctx), the parties of a claim, and output assembly: emit (a claim and its
// attribution) and Listed (the attributions listed so far).
import type { Sentence } from '../sentences.ts';
import { type InSpan } from '../scan.ts';
import type { Extraction, ExtractedClaim, ExtractedDate, ExtractedMention, ExtractedParty } from '../types.ts';

export interface Ctx {
  body: string;
  mentions: ExtractedMention[];
  voice: ExtractedParty;
  topic: ExtractedMention | null;
  lastPerson: ExtractedMention | null;
  /** the events named as claims' targets, in order ("the attacks" later in the text refer to the last that names one) */
  events: string[];
  /** the document's title (see statementEvent) */
  title: string | null;
  subjectPerson: ExtractedMention | null; // the last person found as a subject: what "he"/"she" most likely stands for
  lastActor: ExtractedMention | null; // the last subject resolved in the current sentence
  claims: ExtractedClaim[];
  attributions: Extraction['attributions'];
  attributed: Listed; // actor, predicate, target of the attributions listed so far
  dates: ExtractedDate[];
  sentences: Sentence[];
  paraStarts: number[]; // per paragraph index: where its first sentence starts (paragraphs are numbered 0, 1, …)
  dateIdx: number; // first date at or after the current sentence
  metonyms: Map<string, string>; // capital → state, when a capital acts ("Tehran has accused …")
  colon: number; // the first colon at or after the last place asked (-1: none), see sentenceClaims
  hedges: InSpan; // where the hedge words are (rules.ts)
  speech: InSpan; // where the verbs of speech are
  authority: ExtractedMention | null | undefined; // see documentAuthority (undefined: not sought yet)
  page: string | null | undefined; // the event the page is about, see pageEvent (undefined: not sought yet)
  /** the parties the last designation designated, and where its sentence starts ("… and intends to designate all four groups") */
  designated: { at: number; au: ExtractedMention | null; parties: ExtractedParty[] };
  /**
   * The last designation emitted (its sentence's end, authority and action): the one a later sentence's list of
   * names resolves ("… sanctions on three officials. The sanctioned officials include P, Q and R") and whose
   * authority an object pronoun's designation keeps ("It … and designated him"); unset before the first.
   */
  lastDesignation?: { end: number; object: ExtractedParty | { literal: string }; actor: string; action: string; attAction: string | undefined };
  /** the body's code units (scan.ts; nothing in this stage asks them of another text) */
  units: Uint16Array;
}

export const party = (m: ExtractedMention): ExtractedParty => ({ name: m.canonical, entity_id: m.entity_id, start: m.start, end: m.end });
export const literalParty = (name: string): ExtractedParty => ({ name, entity_id: null, start: null, end: null });
/** A capital's mention standing for its state ("Tehran has accused …"). */
export const asState = (m: ExtractedMention, state: string): ExtractedMention => ({ text: m.text, start: m.start, end: m.end, canonical: state, type: m.type, entity_id: null, known: m.known });
export const isActor = (m: ExtractedMention) => m.type === 'organization' || m.type === 'person' || m.type === 'place';
/** Mention types as bits, for listAfter's `types` (a test of a bit, not an array made per call). */
export const ORG = 1;
export const PERSON = 2;
export const PLACE = 4;
/** The bits, for modules to destructure into constants of their own (V8 loads an imported const at every use). */
export const PARTY_BITS = { ORG, PERSON, PLACE };
export const typeBit = (m: ExtractedMention) => (m.type === 'organization' ? ORG : m.type === 'person' ? PERSON : m.type === 'place' ? PLACE : 0);

/** What every claim of one rule match shares: its sentence, claimant, hedge, negation and date. */
export interface Base {
  s: Sentence;
  claimant: ExtractedParty;
  hedged: boolean;
  negated: boolean;
  when: ExtractedClaim['when'];
}

/** One claim: its parties and wording; `claimant` and `negated` override the base's when given. */
interface Emit {
  subject: ExtractedParty;
  predicate: string;
  object: ExtractedParty | { literal: string };
  action: string;
  actor: string;
  target: string;
  attAction?: string;
  where?: ExtractedParty | null;
  claimant?: ExtractedParty;
  negated?: boolean;
  /** An infobox row: listed besides the prose's statement of the same relation (the golds record both). */
  row?: boolean;
  /** An infobox row naming a person: listed by its label besides the other rows ("Perpetrators: P", "Assailants: P"). */
  rowLabel?: string;
  /** An event page's defining sentence: listed besides other statements of the same relation, as a row is. */
  defining?: boolean;
  /** A judgement of an event ("classified the incident as a terrorist attack"): an act, listed besides a condemnation of it. */
  judged?: boolean;
  /** A legal act (a plea, a sentence, a charge): each is listed, as a designation is. */
  legal?: boolean;
}

// (Base and Emit are passed apart, not merged with object spread: `{ ...base, … }` is very slow in V8.)
export function emit(ctx: Ctx, base: Base, e: Emit) {
  const claimant = e.claimant ?? base.claimant;
  const negated = e.negated ?? base.negated;
  const third = claimant !== ctx.voice;
  const confidence = Math.max(0.1, 0.75 - (base.hedged ? 0.3 : 0) - (negated ? 0.15 : 0) - (third ? 0.1 : 0));
  ctx.claims.push({
    subject: e.subject,
    predicate: e.predicate,
    object: e.object,
    action: e.action,
    when: base.when,
    where: e.where ?? null,
    claimant,
    quote: ctx.body.slice(base.s.start, base.s.end),
    span: { start: base.s.start, end: base.s.end },
    negated,
    hedged: base.hedged,
    confidence: Math.round(confidence * 100) / 100,
  });
  // an attribution is a relation: the same actor, predicate and target stated twice is listed once;
  // designations (designated, redesignated, amended, banned), judgements of an event and legal acts (a plea, a
  // sentence, a charge) are acts, each listed by its action; an infobox row and an event page's defining sentence
  // are listed besides the prose ("Perpetrators: G" and "it was carried out by G"), and a person each row names by
  // the row's label ("Perpetrators: P" and "Assailants: P"; a group's rows repeat it, "Assailants: 2 G militants";
  // holdout16/08, holdout13/08, branch attr31)
  if (!e.actor || !e.target || e.actor === e.target) return;
  if (e.predicate === 'designated_by' && !negated) ctx.lastDesignation = { end: base.s.end, object: e.object, actor: e.actor, action: e.action, attAction: e.attAction };
  if (ctx.attributed.add(e.actor, e.predicate, negated, e.target, e.predicate === 'designated_by' || e.judged || e.legal ? (e.attAction ?? e.action) : e.row ? `\u0000row${e.rowLabel ?? ''}` : e.defining ? '\u0000defining' : ''))
    ctx.attributions.push({
      actor: e.actor,
      action: e.attAction ?? e.action,
      target_or_event: e.target,
      according_to: claimant.name,
    });
}

/**
 * The attributions listed so far, by actor, predicate, negation, target and (designations only) action.
 * An actor has few: its (predicate, target, action) triples are a list searched as it is, with the
 * strings as they are (a map per actor, predicate and target made three maps or sets for most claims);
 * past `LINEAR` triples, a set of keys joined from them.
 */
export class Listed {
  static readonly LINEAR = 8;
  private readonly byActor = new Map<string, string[] | Set<string>>();
  /** Adds the attribution; false when it was listed before. */
  add(actor: string, predicate: string, negated: boolean, target: string, act: string): boolean {
    const pk = negated ? `!${predicate}` : predicate; // predicates are identifiers: "!" is never one's first character
    let listed = this.byActor.get(actor);
    if (!listed) {
      this.byActor.set(actor, [pk, target, act]);
      return true;
    }
    if (Array.isArray(listed)) {
      for (let i = 0; i < listed.length; i += 3) if (listed[i] === pk && listed[i + 1] === target && listed[i + 2] === act) return false;
      if (listed.length < 3 * Listed.LINEAR) {
        listed.push(pk, target, act);
        return true;
      }
      const set = new Set<string>();
      for (let i = 0; i < listed.length; i += 3) set.add(Listed.key(listed[i]!, listed[i + 1]!, listed[i + 2]!));
      this.byActor.set(actor, (listed = set));
    }
    const key = Listed.key(pk, target, act);
    if (listed.has(key)) return false;
    listed.add(key);
    return true;
  }
  /** One string for a triple (the lengths keep it unambiguous). */
  private static key(pk: string, target: string, act: string): string {
    return `${pk.length}:${pk}${target.length}:${target}${act}`;
  }
}
