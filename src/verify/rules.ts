// The verification rules (rules.json), typed. Data, not code: change the JSON to change what matches.
import rules from './rules.json' with { type: 'json' };
import type { Reliability, Stance } from '../model/index.ts';

export interface Rules {
  date_tolerance_days: number;
  support: Record<string, Record<string, Stance>>;
  negates: Record<string, string[]>;
  attribution: string[];
  attribution_unresolved: string[];
  attribution_strong: string[];
  related: string[];
  reliability_weight: Record<Reliability, number>;
  stance_weight: Record<Stance, number>;
}

export const RULES = rules as unknown as Rules;

/** How claim `other` bears on `claim` when both have the same subject and object, or null. */
export function stanceOf(claimPredicate: string, otherPredicate: string, rules: Rules = RULES): Stance | null {
  const s = rules.support[claimPredicate]?.[otherPredicate];
  if (s) return s;
  if (claimPredicate === otherPredicate) return 'supports';
  return null;
}

/** True when `denial` (a predicate such as denied) denies or withdraws `asserted`. */
export function negatesPredicate(denial: string, asserted: string, rules: Rules = RULES): boolean {
  return rules.negates[denial]?.includes(asserted) ?? false;
}
