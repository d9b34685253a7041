// Evidence linking (pure): a claim from one source is supported by another source's claim with the same
// subject and object and a predicate that asserts the same thing (rules.json `support`), within the date
// tolerance. Denials and other disagreements are found by contradictions.ts, not here.
import { makeId } from '../model/index.ts';
import { STANCES as STANCE_CODES, type Stance } from '../model/index.ts';
import { DAY, dateInterval, independenceKey, intervalsWithin, objectKey, subjectKey } from './keys.ts';
import { RULES, stanceOf, type Rules } from './rules.ts';
import type { ClaimFact, EvidenceLink, SourceFact } from './types.ts';

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
 * With `sources`, each claim keeps one link per origin and stance (onePerOrigin). With `only`, just the
 * links of the claims it accepts (an incremental refresh: the others' partners may not all be loaded).
 */
export function matchEvidence(claims: ClaimFact[], rules: Rules = RULES, sources?: Map<string, SourceFact>, only?: (claimId: string) => boolean): EvidenceLink[] {
  const links: EvidenceLink[] = [];
  const tolerance = rules.date_tolerance_days * DAY;
  for (const group of groupBySubjectObject(liveClaims(claims)).values()) {
    if (group.length < 2) continue;
    // Per claim once, not per pair: its date interval and its source's origin and weight (onePerOrigin's).
    const when = group.map((c) => dateInterval(c.date_start, c.date_end));
    // Origins as small numbers, so a (stance, origin) bucket is a number, not a string made per pair.
    const originIds = new Map<string, number>();
    const origin: number[] = [];
    const weight: number[] = [];
    for (const c of group) {
      const [k, w] = originAndWeight(c.source_id, c.id, sources, rules);
      let n = originIds.get(k);
      if (n === undefined) originIds.set(k, (n = originIds.size));
      origin.push(n);
      weight.push(w);
    }
    for (const [i, a] of group.entries()) {
      if (only && !only(a.id)) continue;
      // With sources, one link per stance and origin: the heaviest, then the smallest id (onePerOrigin),
      // chosen before any link is built; an id is computed only to break a tie.
      const best = new Map<number, { j: number; stance: Stance; id?: string }>();
      const mine: EvidenceLink[] = [];
      for (const [j, b] of group.entries()) {
        if (i === j || a.source_id === b.source_id) continue;
        if (a.negated !== b.negated) continue; // a denial against an assertion is a contradiction
        let stance = stanceOf(a.predicate, b.predicate, rules);
        if (!stance) continue;
        // An event pins the time: claims about it carry the date they were made, so dates are not compared.
        if (a.object_kind !== 'event' && !intervalsWithin(when[i]!, when[j]!, tolerance)) continue;
        if (b.hedged && stance === 'supports') stance = 'partially_supports';
        if (!sources) {
          mine.push(link(a, b, stance, automaticEvidenceId(a.id, b.id, stance)));
          continue;
        }
        const key = origin[j]! * STANCES + stanceIndex(stance);
        const prev = best.get(key);
        if (!prev) {
          best.set(key, { j, stance });
          continue;
        }
        if (weight[prev.j]! > weight[j]!) continue;
        if (weight[prev.j] === weight[j]) {
          prev.id ??= automaticEvidenceId(a.id, group[prev.j]!.id, prev.stance);
          const id = automaticEvidenceId(a.id, b.id, stance);
          if (prev.id < id) continue;
          best.set(key, { j, stance, id });
          continue;
        }
        best.set(key, { j, stance });
      }
      for (const v of best.values()) mine.push(link(a, group[v.j]!, v.stance, v.id ?? automaticEvidenceId(a.id, group[v.j]!.id, v.stance)));
      links.push(...mine);
    }
  }
  return links.sort((x, y) => x.id.localeCompare(y.id));
}

const STANCE_INDEX = new Map<string, number>(STANCE_CODES.map((s, i) => [s, i]));
const STANCES = STANCE_CODES.length;
const stanceIndex = (s: Stance): number => STANCE_INDEX.get(s)!;

/** The independence key of a link's source (its origin) and its reliability weight: what onePerOrigin ranks by. */
function originAndWeight(sourceId: string | null, fallback: string, sources: Map<string, SourceFact> | undefined, rules: Rules): [origin: string, weight: number] {
  const s = sourceId ? sources?.get(sourceId) : undefined;
  return s ? [independenceKey(s), rules.reliability_weight[s.reliability] ?? 0] : [`source:${sourceId ?? fallback}`, 0];
}

/**
 * Keeps, per claim, stance and origin (publisher) of the other side, one link: the most reliable source's,
 * then the smallest id. That is the one link a suggested verdict counts (one vote per publisher,
 * suggest.ts), and it bounds a claim's links by the publishers, not the articles: a thousand wire copies of
 * one statement would otherwise link each to each (a million rows). Sorted by id.
 */
export function onePerOrigin(links: EvidenceLink[], sources: Map<string, SourceFact>, rules: Rules = RULES): EvidenceLink[] {
  const kept = new Map<string, { l: EvidenceLink; weight: number }>();
  for (const l of links) {
    const [origin, weight] = originAndWeight(l.source_id, l.id, sources, rules);
    const key = `${l.claim_id}|${l.stance}|${origin}`;
    const prev = kept.get(key);
    if (prev && (prev.weight > weight || (prev.weight === weight && prev.l.id < l.id))) continue;
    kept.set(key, { l, weight });
  }
  return [...kept.values()].map((k) => k.l).sort((x, y) => x.id.localeCompare(y.id));
}

function link(a: ClaimFact, b: ClaimFact, stance: Stance, id: string): EvidenceLink {
  const resolved = [...(a.resolved ?? []), ...(b.resolved ?? [])];
  return {
    id,
    claim_id: a.id,
    other_claim_id: b.id,
    source_id: b.source_id,
    stance,
    quote: b.quote,
    note:
      `matched automatically: same subject and object; ${b.predicate}${b.predicate === a.predicate ? '' : ` read as ${stance} of ${a.predicate}`}` +
      (b.hedged ? '; the other source hedges' : '') +
      (resolved.length ? `; ${resolved.join('; ')}` : ''),
  };
}
