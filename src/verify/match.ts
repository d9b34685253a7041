// Evidence linking (pure): a claim from one source is supported by another source's claim with the same
// subject and object and a predicate that asserts the same thing (rules.json `support`), within the date
// tolerance. Denials and other disagreements are found by contradictions.ts, not here.
import { makeId } from '../model/index.ts';
import { datesCompatible, objectKey, subjectKey } from './keys.ts';
import { RULES, stanceOf, type Rules } from './rules.ts';
import type { ClaimFact, EvidenceLink } from './types.ts';

/** Claims a verification run looks at: everything a source says, except what a reviewer rejected. */
export function liveClaims(claims: ClaimFact[]): ClaimFact[] {
  return claims.filter((c) => c.status !== 'rejected');
}

export function groupBySubjectObject(claims: ClaimFact[]): Map<string, ClaimFact[]> {
  const groups = new Map<string, ClaimFact[]>();
  for (const c of claims) {
    const k = `${subjectKey(c)}|${objectKey(c)}`;
    const g = groups.get(k);
    if (g) g.push(c);
    else groups.set(k, [c]);
  }
  return groups;
}

export function automaticEvidenceId(claimId: string, otherClaimId: string, stance: string): string {
  return makeId('evidence', claimId, otherClaimId, stance, 'automatic');
}

/**
 * Supporting evidence between claims of different sources. Symmetric where the rules are: each claim of a
 * matching pair gets its own link to the other. Sorted by id, so the same claims always give the same links.
 */
export function matchEvidence(claims: ClaimFact[], rules: Rules = RULES): EvidenceLink[] {
  const links = new Map<string, EvidenceLink>();
  for (const group of groupBySubjectObject(liveClaims(claims)).values()) {
    if (group.length < 2) continue;
    for (const a of group) {
      for (const b of group) {
        if (a === b || a.source_id === b.source_id) continue;
        if (a.negated !== b.negated) continue; // a denial against an assertion is a contradiction
        let stance = stanceOf(a.predicate, b.predicate, rules);
        if (!stance) continue;
        // An event pins the time: claims about it carry the date they were made, so dates are not compared.
        if (a.object_kind !== 'event' && !datesCompatible(a, b, rules.date_tolerance_days)) continue;
        if (b.hedged && stance === 'supports') stance = 'partially_supports';
        const id = automaticEvidenceId(a.id, b.id, stance);
        links.set(id, {
          id,
          claim_id: a.id,
          other_claim_id: b.id,
          source_id: b.source_id,
          stance,
          quote: b.quote,
          note:
            `matched automatically: same subject and object; ${b.predicate}${b.predicate === a.predicate ? '' : ` read as ${stance} of ${a.predicate}`}` +
            (b.hedged ? '; the other source hedges' : '') +
            ([...(a.resolved ?? []), ...(b.resolved ?? [])].length ? `; ${[...(a.resolved ?? []), ...(b.resolved ?? [])].join('; ')}` : ''),
        });
      }
    }
  }
  return [...links.values()].sort((x, y) => x.id.localeCompare(y.id));
}
