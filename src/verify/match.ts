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
    if (sources) bestPerOrigin(group, rules, sources, tolerance, only, links);
    else everyPair(group, rules, tolerance, only, links);
  }
  return links.sort((x, y) => x.id.localeCompare(y.id));
}

/** Without sources: every matching pair of the group linked (the pure core's plain answer). */
function everyPair(group: ClaimFact[], rules: Rules, tolerance: number, only: ((claimId: string) => boolean) | undefined, links: EvidenceLink[]): void {
  const when = group.map((c) => dateInterval(c.date_start, c.date_end));
  for (const [i, a] of group.entries()) {
    if (only && !only(a.id)) continue;
    for (const [j, b] of group.entries()) {
      if (i === j || a.source_id === b.source_id || a.negated !== b.negated) continue;
      let stance = stanceOf(a.predicate, b.predicate, rules);
      if (!stance) continue;
      if (a.object_kind !== 'event' && !intervalsWithin(when[i]!, when[j]!, tolerance)) continue;
      if (b.hedged && stance === 'supports') stance = 'partially_supports';
      links.push(link(a, b, stance, automaticEvidenceId(a.id, b.id, stance)));
    }
  }
}

/**
 * With sources: per claim, one link per stance and origin of the other side — the most reliable source's,
 * then the smallest claim id (onePerOrigin's rule) — without looking at every pair. The group's claims are
 * ranked once into lists of one origin, negation, predicate and hedging (so one stance for a given claim),
 * best first; a claim's candidate from a list is the first entry that is not of its own source and, unless
 * the object is an event, lies within the date tolerance: usually the head. Work per claim grows with the
 * origins and predicates of its group, not with its size.
 */
function bestPerOrigin(group: ClaimFact[], rules: Rules, sources: Map<string, SourceFact>, tolerance: number, only: ((claimId: string) => boolean) | undefined, links: EvidenceLink[]): void {
  const n = group.length;
  const when = group.map((c) => dateInterval(c.date_start, c.date_end));
  const weight = new Float64Array(n);
  const originIds = new Map<string, number>();
  const lists = new Map<string, { origin: number; negated: boolean; predicate: string; hedged: boolean; members: number[] }>();
  for (const [j, b] of group.entries()) {
    const [k, w] = originAndWeight(b.source_id, b.id, sources, rules);
    let o = originIds.get(k);
    if (o === undefined) originIds.set(k, (o = originIds.size));
    weight[j] = w;
    const key = `${o}|${b.negated ? 1 : 0}|${b.hedged ? 1 : 0}|${b.predicate}`;
    const l = lists.get(key);
    if (l) l.members.push(j);
    else lists.set(key, { origin: o, negated: b.negated, predicate: b.predicate, hedged: b.hedged, members: [j] });
  }
  const better = (x: number, y: number) => preferred(weight[x]!, group[x]!.id, weight[y]!, group[y]!.id);
  for (const l of lists.values()) l.members.sort((x, y) => (better(x, y) ? -1 : better(y, x) ? 1 : 0));
  // The lists a claim of a given negation and predicate draws on, with the stance each gives it.
  const plans = new Map<string, Array<{ members: number[]; key: number; stance: Stance }>>();
  const planOf = (a: ClaimFact) => {
    const k = `${a.negated ? 1 : 0}|${a.predicate}`;
    let plan = plans.get(k);
    if (plan) return plan;
    plan = [];
    for (const l of lists.values()) {
      if (l.negated !== a.negated) continue; // a denial against an assertion is a contradiction
      let stance = stanceOf(a.predicate, l.predicate, rules);
      if (!stance) continue;
      if (l.hedged && stance === 'supports') stance = 'partially_supports';
      plan.push({ members: l.members, key: l.origin * STANCES + stanceIndex(stance), stance });
    }
    plans.set(k, plan);
    return plan;
  };
  for (const [i, a] of group.entries()) {
    if (only && !only(a.id)) continue;
    // An event pins the time: claims about it carry the date they were made, so dates are not compared.
    const dated = a.object_kind !== 'event';
    const best = new Map<number, { j: number; stance: Stance }>();
    for (const p of planOf(a)) {
      let pick = -1;
      for (const j of p.members) {
        if (group[j]!.source_id === a.source_id) continue; // a itself included
        if (dated && !intervalsWithin(when[i]!, when[j]!, tolerance)) continue;
        pick = j;
        break;
      }
      if (pick < 0) continue;
      const prev = best.get(p.key);
      if (!prev || better(pick, prev.j)) best.set(p.key, { j: pick, stance: p.stance });
    }
    for (const v of best.values()) links.push(link(a, group[v.j]!, v.stance, automaticEvidenceId(a.id, group[v.j]!.id, v.stance)));
  }
}

const STANCE_INDEX = new Map<string, number>(STANCE_CODES.map((s, i) => [s, i]));
const STANCES = STANCE_CODES.length;
const stanceIndex = (s: Stance): number => STANCE_INDEX.get(s)!;

/** The independence key of a link's source (its origin) and its reliability weight: what onePerOrigin ranks by. */
function originAndWeight(sourceId: string | null, fallback: string, sources: Map<string, SourceFact> | undefined, rules: Rules): [origin: string, weight: number] {
  const s = sourceId ? sources?.get(sourceId) : undefined;
  return s ? [independenceKey(s), rules.reliability_weight[s.reliability] ?? 0] : [`source:${sourceId ?? fallback}`, 0];
}

/** The one preference rule of both: the heavier (more reliable) side, then the smaller tie key. */
const preferred = (weightX: number, keyX: string, weightY: number, keyY: string): boolean =>
  weightX > weightY || (weightX === weightY && keyX < keyY);

/** Between two links of one claim, stance and origin: the other claim's id, else (a record) the link's id. */
const tieKey = (l: EvidenceLink): string => (l.other_claim_id !== null ? `0${l.other_claim_id}` : `1${l.id}`);

/**
 * Keeps, per claim, stance and origin (publisher) of the other side, one link: the most reliable source's,
 * then the smallest id of the other claim (for a record, of the link). That is the one link a suggested verdict counts (one vote per publisher,
 * suggest.ts), and it bounds a claim's links by the publishers, not the articles: a thousand wire copies of
 * one statement would otherwise link each to each (a million rows). Sorted by id.
 */
export function onePerOrigin(links: EvidenceLink[], sources: Map<string, SourceFact>, rules: Rules = RULES): EvidenceLink[] {
  const kept = new Map<string, { l: EvidenceLink; weight: number }>();
  for (const l of links) {
    const [origin, weight] = originAndWeight(l.source_id, l.id, sources, rules);
    const key = `${l.claim_id}|${l.stance}|${origin}`;
    const prev = kept.get(key);
    if (prev && preferred(prev.weight, tieKey(prev.l), weight, tieKey(l))) continue;
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
