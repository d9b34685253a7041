// One-line descriptions of claims and records, for contradictions, reasoning and the review queue.
import type { ClaimFact, ContradictionSide, SourceFact } from './types.ts';

export function objectName(c: ClaimFact, names?: Map<string, string>): string {
  if (c.object_name) return c.object_name;
  if (c.object_id && names?.has(c.object_id)) return names.get(c.object_id)!;
  return c.object_value ?? c.object_id ?? '?';
}

/** "U.S. Department of State: The Resistance Front perpetrated Pahalgam attack (2025-07-17)" */
export function statementOf(c: ClaimFact, names?: Map<string, string>): string {
  const verb = c.predicate.replace(/_/g, ' ');
  const when = c.date_start ? ` (${c.date_end ? `${c.date_start}–${c.date_end}` : c.date_start})` : '';
  const hedge = c.hedged ? ' [hedged]' : '';
  const neg = c.negated && !['denied', 'retracted_claim_for'].includes(c.predicate) ? 'NOT ' : '';
  return `${c.claimant_name}: ${c.subject_name} ${neg}${verb} ${objectName(c, names)}${when}${hedge}`;
}

export function claimSide(c: ClaimFact, sources: Map<string, SourceFact>, names?: Map<string, string>): ContradictionSide {
  const s = sources.get(c.source_id);
  return {
    type: 'claim',
    claim_id: c.id,
    source_id: c.source_id,
    source_title: s?.title ?? null,
    publisher: s?.publisher ?? null,
    reliability: s?.reliability ?? null,
    quote: c.quote,
    statement: statementOf(c, names),
  };
}

export function sourceSide(
  type: ContradictionSide['type'],
  sourceId: string | null,
  sources: Map<string, SourceFact>,
  quote: string | null,
  statement: string,
): ContradictionSide {
  const s = sourceId ? sources.get(sourceId) : undefined;
  return {
    type,
    claim_id: null,
    source_id: sourceId,
    source_title: s?.title ?? null,
    publisher: s?.publisher ?? null,
    reliability: s?.reliability ?? null,
    quote,
    statement,
  };
}
