// Admiralty reliability of a source (A–F) and credibility of a claim (1–6), as pure functions.
import { defaultReliability, RELIABILITY_CODES, type Reliability, type VerdictRating } from '../model/index.ts';

/** A source's reliability now: its latest reviewer rating, else the stored grade, else its kind's default. */
export function effectiveReliability(
  kind: string,
  stored: string | null,
  latestRating: string | null,
): { reliability: Reliability; origin: 'rated' | 'stored' | 'publisher_default' } {
  if (latestRating && isReliability(latestRating)) return { reliability: latestRating, origin: 'rated' };
  if (stored && isReliability(stored)) return { reliability: stored, origin: 'stored' };
  return { reliability: defaultReliability(kind) as Reliability, origin: 'publisher_default' };
}

export function isReliability(x: string): x is Reliability {
  return (RELIABILITY_CODES as readonly string[]).includes(x);
}

/** Admiralty credibility (1 confirmed … 6 cannot be judged) that a verdict rating implies. */
export const CREDIBILITY_OF: Record<VerdictRating, string> = {
  true: '1',
  mostly_true: '2',
  mixed: '3',
  mostly_false: '4',
  false: '5',
  unverified: '6',
};
