// Contradictions → evidence (pure): each claim in a disagreement gets a `disputes` (or, against an official
// list, `contradicts`) link to the other side, so suggested verdicts weigh it and cite it by id.
import { makeId } from '../model/index.ts';
import { automaticEvidenceId } from './match.ts';
import type { Contradiction, ContradictionSide, EvidenceLink } from './types.ts';

export function disputeLinks(found: Contradiction[]): EvidenceLink[] {
  const out = new Map<string, EvidenceLink>();
  const add = (claim: ContradictionSide, other: ContradictionSide, c: Contradiction) => {
    if (!claim.claim_id || other.type === 'evidence') return;
    const stance = other.type === 'list' ? 'contradicts' : 'disputes';
    const id = other.claim_id
      ? automaticEvidenceId(claim.claim_id, other.claim_id, stance)
      : makeId('evidence', claim.claim_id, other.source_id, stance, other.quote ?? other.statement, 'automatic');
    out.set(id, {
      id,
      claim_id: claim.claim_id,
      other_claim_id: other.claim_id,
      source_id: other.source_id,
      stance,
      quote: other.quote ?? other.statement,
      note: `${c.kind}: ${c.summary}`,
    });
  };
  for (const c of found) {
    if (c.kind === 'disputed_by_evidence') continue; // already evidence
    add(c.a, c.b, c);
    add(c.b, c.a, c);
  }
  return [...out.values()].sort((x, y) => x.id.localeCompare(y.id));
}
