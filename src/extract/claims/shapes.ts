// The relation shapes of the attribution rules: apply turns one rule hit into claims and attributions, by the
// rule's shape (data/attribution.json `shape`).
import type { Sentence } from '../sentences.ts';
import type { ExtractedClaim, ExtractedMention, ExtractedParty } from '../types.ts';
import { type Rule, RULES } from './patterns.ts';
import { type Ctx, type Base } from './context.ts';
import { singleSpacedAt } from './cues.ts';
import { eventShape, judgeEventShape, unnamedDoerShape, attackerShape, possEventShape, killedShape, aimShape, actOnShape, killedInShape, branchBeforeShape, eventByShape, violentActShape } from './shape-events.ts';
import { justiceShape, npOfShape, passiveByShape, passiveByWhenShape, possSupportShape, metShape, verbShape, receiveShape, fromToShape, provideShape, verbTargetShape, supportToShape, attributedShape } from './shape-support.ts';
import { basedInShape, roleShape, controlledByShape, verbPlaceShape } from './shape-roles.ts';
import { blameShape, accuseShape, linkShape, linksBetweenShape, tracedShape, denyShape, denyNounShape, retractShape } from './shape-blame.ts';
import { legalShape, announceDesignationShape, proscribeShape } from './shape-legal.ts';
import { passiveActShape } from './acts-violence.ts';
import { affiliatedShape, leadershipShape } from './shape-membership.ts';
import { designateShape, designatedLabelShape, designationNounShape, appositionShape, knownAsShape, aliasListShape } from './shape-designation.ts';

/** One rule hit in its sentence, as each shape reads it. */
export interface Hit {
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

/** The function of each shape (attribution.json `shape`). */
const SHAPES: Record<string, (ctx: Ctx, h: Hit) => void> = {
  event: eventShape,
  event_before: eventShape,
  leadership: leadershipShape,
  judge_event: judgeEventShape,
  unnamed_doer: unnamedDoerShape,
  attacker: attackerShape,
  justice: justiceShape,
  np_of: npOfShape,
  passive_by: passiveByShape,
  passive_by_when: passiveByWhenShape,
  attributed: attributedShape,
  poss_support: possSupportShape,
  based_in: basedInShape,
  poss_event: possEventShape,
  killed: killedShape,
  aim: aimShape,
  act_on: actOnShape,
  killed_in: killedInShape,
  passive_act: passiveActShape,
  violent_act: violentActShape,
  branch_before: branchBeforeShape,
  affiliated: affiliatedShape,
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
  designated_label: designatedLabelShape,
  passive_founded: designateShape,
  designation_noun: designationNounShape,
  event_by: eventByShape,
  from_to: fromToShape,
  provide: provideShape,
  support_to: supportToShape,
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
  legal: legalShape,
  announce_designation: announceDesignationShape,
  proscribe: proscribeShape,
};


/** Each rule's shape function, by the rule's index (looked up once, not by its shape's name per hit). */
const BY_RULE = RULES.map((r) => SHAPES[r.shape]);
