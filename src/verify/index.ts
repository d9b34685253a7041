// Verification's front door: evidence linking, contradictions, source reliability, verdicts and the review
// queue. Pure functions for callers that hold plain values; store functions for the CLI and the server.
import type { Db } from '../store/index.ts';
import { contradictions } from './contradictions.ts';
import { loadClaims, loadContext } from './queries.ts';
import type { Contradiction } from './types.ts';

export { refreshVerification, refreshIn, type RefreshSummary } from './refresh.ts';
export { contradictions } from './contradictions.ts';
export { matchEvidence } from './match.ts';
export { disputeLinks } from './dispute-links.ts';
export { suggestVerdict, rate } from './suggest.ts';
export { effectiveReliability, CREDIBILITY_OF } from './reliability.ts';
export { reviewList, reviewAct, parseItemId, itemId, type ReviewItem, type ReviewOutcome, type ReviewType } from './review.ts';
export { rateSource, sourceRatings, listSources, findSource } from './ratings.ts';
export { claimVerdict, type ClaimVerdictView } from './verdicts.ts';
export { RULES } from './rules.ts';
export type * from './types.ts';

export interface ContradictionView extends Contradiction {
  review: { status: 'open' | 'accepted' | 'rejected'; reviewer: string | null; note: string | null };
}

/** Every contradiction in the store as it stands, with its review state. */
export async function listContradictions(db: Db, opts: { includeRejected?: boolean } = {}): Promise<ContradictionView[]> {
  const found = contradictions(await loadClaims(db), await loadContext(db));
  const reviews = await db.query<{ contradiction_id: string; status: 'accepted' | 'rejected'; reviewer: string; note: string | null }>(
    `SELECT DISTINCT ON (contradiction_id) contradiction_id, status, reviewer, note FROM contradiction_reviews ORDER BY contradiction_id, version DESC`,
  );
  const byId = new Map(reviews.map((r) => [r.contradiction_id, r]));
  return found
    .map((c) => {
      const r = byId.get(c.id);
      return { ...c, review: r ? { status: r.status, reviewer: r.reviewer, note: r.note } : { status: 'open' as const, reviewer: null, note: null } };
    })
    .filter((c) => opts.includeRejected || c.review.status !== 'rejected');
}
