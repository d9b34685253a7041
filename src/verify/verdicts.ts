// A claim's verdict: the confirmed one (unverified until a reviewer says more), the suggestion Dossier
// computes now with its reasoning, and the whole history (the verdicts table is append-only).
import { DossierError } from '../model/index.ts';
import type { Db } from '../store/index.ts';
import { statementOf } from './describe.ts';
import { loadClaims, loadContext } from './queries.ts';
import { jsonArray } from './refresh.ts';
import { suggestVerdict } from './suggest.ts';
import type { EvidenceFact, SourceFact, SuggestedVerdict } from './types.ts';

export interface ClaimVerdictView {
  claim: { id: string; ref: string | null; version: number; status: string; statement: string; quote: string; credibility: string | null };
  source: SourceFact | null;
  verdict: { rating: string; reviewer: string | null; decided_at: string | null; rationale: string; evidence_ids: string[] };
  suggestion: SuggestedVerdict;
  evidence: Array<EvidenceFact & { source_title: string | null; reliability: string | null }>;
  history: Array<{ id: string; rating: string; suggested: boolean; reviewer: string | null; decided_at: string; rationale: string; evidence_ids: string[] }>;
}

export async function claimVerdict(db: Db, claim: string): Promise<ClaimVerdictView> {
  const claims = await loadClaims(db, 'c.id = $1 OR c.ref = $1', [claim]);
  const c = claims[0];
  if (!c) throw new DossierError('not_found', `no claim "${claim}"`, { field: 'claim' });
  const ctx = await loadContext(db);
  const ev = ctx.evidence.filter((e) => e.claim_id === c.id);
  const suggestion = suggestVerdict(c, ev, ctx.sources);
  const history = (
    await db.query<{ id: string; rating: string; suggested: boolean; reviewer: string | null; decided_at: string; rationale: string; evidence_ids: unknown }>(
      `SELECT id, rating, suggested, reviewer, to_char(decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS decided_at, rationale, evidence_ids
       FROM verdicts WHERE claim_id = $1 ORDER BY verdicts.decided_at, verdicts.id`, // the column, not the seconds-only text alias
      [c.id],
    )
  ).map((h) => ({ ...h, evidence_ids: jsonArray(h.evidence_ids) }));
  const confirmed = [...history].reverse().find((h) => !h.suggested);
  const cred = await db.query<{ credibility: string | null }>(`SELECT credibility FROM claims WHERE id = $1`, [c.id]);
  return {
    claim: { id: c.id, ref: c.ref, version: c.version, status: c.status, statement: statementOf(c, ctx.names), quote: c.quote, credibility: cred[0]?.credibility ?? null },
    source: ctx.sources.get(c.source_id) ?? null,
    verdict: confirmed
      ? { rating: confirmed.rating, reviewer: confirmed.reviewer, decided_at: confirmed.decided_at, rationale: confirmed.rationale, evidence_ids: confirmed.evidence_ids }
      : { rating: 'unverified', reviewer: null, decided_at: null, rationale: 'No reviewer has confirmed a verdict.', evidence_ids: [] },
    suggestion,
    evidence: ev.map((e) => ({ ...e, source_title: ctx.sources.get(e.source_id ?? '')?.title ?? null, reliability: ctx.sources.get(e.source_id ?? '')?.reliability ?? null })),
    history,
  };
}
