// Suggested verdicts (pure): what the evidence says about a claim, with the reasoning shown line by line.
// Only independent evidence counts: not the claim's own source, and one vote per publisher (copies of the
// same publisher count once, at their best). Each vote weighs the source's reliability and the stance.
import type { Stance, VerdictRating } from '../model/index.ts';
import { independenceKey } from './keys.ts';
import { CREDIBILITY_OF } from './reliability.ts';
import { RULES, type Rules } from './rules.ts';
import type { ClaimFact, EvidenceFact, ReasonLine, SourceFact, SuggestedVerdict } from './types.ts';

const FOR: Stance[] = ['supports', 'partially_supports'];
const AGAINST: Stance[] = ['disputes', 'contradicts'];

/** Total weight below which the evidence is too thin to suggest anything but "unverified". */
export const MIN_WEIGHT = 0.5;
/** Total weight from which one-sided evidence suggests a full true/false rather than mostly. */
export const FULL_WEIGHT = 1.2;

export function suggestVerdict(
  claim: ClaimFact,
  evidence: EvidenceFact[],
  sources: Map<string, SourceFact>,
  rules: Rules = RULES,
): SuggestedVerdict {
  const own = sources.get(claim.source_id);
  const ownKey = own ? independenceKey(own) : `source:${claim.source_id}`;
  const reasoning: ReasonLine[] = [];
  // Best weight per publisher and direction.
  const best = new Map<string, { line: ReasonLine; dir: 'for' | 'against' }>();
  for (const e of [...evidence].sort((a, b) => a.id.localeCompare(b.id))) {
    const s = e.source_id ? sources.get(e.source_id) : undefined;
    const line: ReasonLine = {
      evidence_id: e.id,
      source_id: e.source_id,
      publisher: s?.publisher ?? null,
      reliability: s?.reliability ?? null,
      stance: e.stance,
      weight: 0,
      counted: false,
      why: '',
    };
    reasoning.push(line);
    if (!s) {
      line.why = 'source unknown: not counted';
      continue;
    }
    if (e.source_id === claim.source_id) {
      line.why = "the claim's own source: not independent";
      continue;
    }
    const key = independenceKey(s);
    if (key === ownKey) {
      line.why = `same origin as the claim (${s.publisher ?? s.title}): not independent`;
      continue;
    }
    const dir = FOR.includes(e.stance) ? 'for' : AGAINST.includes(e.stance) ? 'against' : null;
    if (!dir) {
      line.why = 'context: neither supports nor disputes';
      continue;
    }
    line.weight = round((rules.reliability_weight[s.reliability] ?? 0) * (rules.stance_weight[e.stance] ?? 0));
    const k = `${dir}|${key}`;
    const prev = best.get(k);
    if (prev && prev.line.weight >= line.weight) {
      line.why = `another item from ${s.publisher ?? s.title} already counts ${dir === 'for' ? 'for' : 'against'} (copies count once)`;
      continue;
    }
    if (prev) {
      prev.line.counted = false;
      prev.line.why = `superseded by a stronger item from the same publisher`;
    }
    line.counted = true;
    line.why = `${e.stance} from ${s.publisher ?? s.title} (reliability ${s.reliability}): ${line.weight}`;
    best.set(k, { line, dir });
  }
  let support = 0;
  let against = 0;
  for (const { line, dir } of best.values()) {
    if (!line.counted) continue;
    if (dir === 'for') support += line.weight;
    else against += line.weight;
  }
  support = round(support);
  against = round(against);
  const rating = rate(support, against);
  const counted = reasoning.filter((r) => r.counted && r.evidence_id).map((r) => r.evidence_id!);
  const forN = [...best.values()].filter((b) => b.line.counted && b.dir === 'for').length;
  const againstN = [...best.values()].filter((b) => b.line.counted && b.dir === 'against').length;
  const rationale =
    rating === 'unverified'
      ? evidence.length === 0
        ? 'No evidence is linked to this claim yet.'
        : `Independent evidence is too thin to judge (support ${support}, against ${against}; at least ${MIN_WEIGHT} needed).`
      : `Suggested ${rating}: ${forN} independent publisher(s) for (weight ${support}), ${againstN} against (weight ${against}). Weights: source reliability × stance; one vote per publisher; the claim's own publisher excluded.`;
  return { claim_id: claim.id, rating, credibility: CREDIBILITY_OF[rating] ?? '6', support, against, evidence_ids: counted.sort(), reasoning, rationale };
}

export function rate(support: number, against: number): VerdictRating {
  const total = support + against;
  if (total < MIN_WEIGHT) return 'unverified';
  if (against === 0) return support >= FULL_WEIGHT ? 'true' : 'mostly_true';
  if (support === 0) return against >= FULL_WEIGHT ? 'false' : 'mostly_false';
  const r = support / total;
  if (r >= 0.75) return 'mostly_true';
  if (r <= 0.25) return 'mostly_false';
  return 'mixed';
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
