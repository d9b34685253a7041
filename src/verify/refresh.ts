// refreshVerification: runs after every ingest or import. In one transaction it rebuilds list-derived
// measures, links matching claims as evidence, turns contradictions into disputing evidence, and records a
// new suggested verdict wherever the evidence changed it. Idempotent: a second run changes nothing.
// Incremental by default: only the claims new or changed input can touch are recomputed (scope.ts says
// which, and why that is enough); `full: true` recomputes every claim. Both write the same rows.
import { hash } from 'node:crypto';
import { makeId } from '../model/index.ts';
import type { Db, Queryable } from '../store/index.ts';
import { refreshMeasures } from '../measures/index.ts';
import { contradictions } from './contradictions.ts';
import { disputeLinks } from './dispute-links.ts';
import { liveClaims, matchEvidence, onePerOrigin } from './match.ts';
import { RULES } from './rules.ts';
import { loadClaims, loadContext, loadEvents } from './queries.ts';
import { allFingerprints, currentInputs, findScope, saveScope } from './scope.ts';
import { suggestVerdict } from './suggest.ts';
import type { EvidenceFact } from './types.ts';

export interface RefreshOptions {
  /** Recompute every claim, not only those new or changed input touches. */
  full?: boolean;
  /** Share of the claims dirty above which a full refresh is run instead (default 0.5; 1 never switches). */
  fullAbove?: number;
}

export interface RefreshSummary {
  mode: 'full' | 'incremental';
  /** Claims whose links, contradictions and suggested verdict were recomputed (all of them in a full run). */
  claims_recomputed: number;
  /** Automatic evidence links of the claims recomputed. */
  evidence_links: number;
  evidence_added: number;
  evidence_removed: number;
  /** Contradictions with a claim recomputed on one side (full: every contradiction). */
  contradictions: number;
  suggestions_changed: number;
  list_measures: number;
}

// What a stored automatic link says (its source, quote and note), as one digest: the same in SQL and here.
const LINK_DIGEST_SQL = `md5(coalesce(source_id, '') || chr(31) || coalesce(quote, '') || chr(31) || coalesce(note, ''))`;
const linkDigest = (l: { source_id: string | null; quote: string | null; note: string | null }): string =>
  hash('md5', `${l.source_id ?? ''}\x1f${l.quote ?? ''}\x1f${l.note ?? ''}`);

export async function refreshVerification(db: Db, opts: RefreshOptions = {}): Promise<RefreshSummary> {
  return db.transaction((tx) => refreshIn(tx, opts));
}

/** The same, inside a transaction the caller already holds (an import that wants one commit). */
export async function refreshIn(tx: Queryable, opts: RefreshOptions = {}): Promise<RefreshSummary> {
  const measures = await refreshMeasures(tx);
  const ctx = await loadContext(tx, 'curated'); // the automatic links are read below, for the claims recomputed
  const inputs = currentInputs(ctx, await loadEvents(tx), RULES);
  const scope = opts.full ? null : await findScope(tx, ctx, inputs, (ids) => loadClaims(tx, 'c.id = ANY($1::text[])', [ids]), RULES, opts.fullAbove);
  // Fingerprints before the claims: a claim that changes in between is seen as changed again next time.
  const fps = scope ? scope.changed : await allFingerprints(tx);
  const claims = scope ? (scope.load.length ? await loadClaims(tx, 'c.id = ANY($1::text[])', [scope.load]) : []) : await loadClaims(tx);
  const inScope = scope ? (id: string) => scope.recompute.has(id) : () => true;
  const found = scope ? contradictions(claims, ctx, RULES, inScope) : contradictions(claims, ctx);
  const links = [
    ...matchEvidence(claims, RULES, ctx.sources, scope ? inScope : undefined),
    ...onePerOrigin(disputeLinks(found), ctx.sources).filter((l) => inScope(l.claim_id)),
  ].sort((x, y) => x.id.localeCompare(y.id));
  // Write only what changed: rewriting every link on every run bloats the table (PGlite keeps dead rows).
  // What is stored is read as id and a digest of what a link says, not its text: far fewer bytes to move.
  const stored = await tx.query<{ id: string; h: string }>(
    `SELECT id, ${LINK_DIGEST_SQL} AS h FROM evidence WHERE origin = 'automatic' ${scope ? 'AND claim_id = ANY($1::text[])' : ''}`,
    scope ? [[...scope.recompute]] : [],
  );
  const before = new Map(stored.map((e) => [e.id, e.h]));
  const changedLinks = links.filter((l) => {
    const h = before.get(l.id);
    return h === undefined || h !== linkDigest(l);
  });
  // One JSON parameter per chunk, not eight parameters per row: PGlite pays for every parameter it reads.
  await eachChunk(
    changedLinks.map((l) => ({ id: l.id, claim_id: l.claim_id, other_claim_id: l.other_claim_id, source_id: l.source_id, stance: l.stance, quote: l.quote, note: l.note })),
    (json) =>
      tx.query(
        `INSERT INTO evidence (id, claim_id, other_claim_id, source_id, stance, quote, note, origin)
         SELECT e.id, e.claim_id, e.other_claim_id, e.source_id, e.stance, e.quote, e.note, 'automatic'
           FROM json_to_recordset($1::json) AS e(id text, claim_id text, other_claim_id text, source_id text, stance text, quote text, note text)
         ON CONFLICT (id) DO UPDATE SET source_id = EXCLUDED.source_id, quote = EXCLUDED.quote, note = EXCLUDED.note`,
        [json],
      ),
  );
  const keep = new Set(links.map((l) => l.id));
  const stale = [...before.keys()].filter((id) => !keep.has(id));
  if (stale.length) await tx.query(`DELETE FROM evidence WHERE origin = 'automatic' AND id = ANY($1::text[])`, [stale]);

  // Suggested verdicts: a new row only when the rating or the evidence it counts changed.
  // The evidence as it now stands, without reading it back: what others wrote, and the links just written.
  const evidence: EvidenceFact[] = [...ctx.evidence, ...links.map((l) => ({ ...l, origin: 'automatic' as const }))];
  const byClaim = new Map<string, EvidenceFact[]>();
  for (const e of evidence) {
    const list = byClaim.get(e.claim_id);
    if (list) list.push(e);
    else byClaim.set(e.claim_id, [e]);
  }
  const recomputed = liveClaims(claims).filter((c) => inScope(c.id));
  const ids = scope ? [recomputed.map((c) => c.id)] : [];
  const only = scope ? 'AND claim_id = ANY($1::text[])' : '';
  const latest = new Map(
    (
      await tx.query<{ id: string; claim_id: string; rating: string; evidence_ids: unknown }>(
        `SELECT DISTINCT ON (claim_id) id, claim_id, rating, evidence_ids FROM verdicts WHERE suggested ${only} ORDER BY claim_id, decided_at DESC, id DESC`,
        ids,
      )
    ).map((r) => [r.claim_id, r]),
  );
  const credibility = new Map(
    (await tx.query<{ id: string; credibility: string | null }>(`SELECT id, credibility FROM claims ${scope ? 'WHERE id = ANY($1::text[])' : ''}`, ids)).map((r) => [r.id, r.credibility]),
  );
  const credibilityOnly: Array<{ id: string; credibility: string }> = [];
  const verdicts: Array<{ id: string; claim_id: string; rating: string; rationale: string; evidence_ids: string[] }> = [];
  const audits: Array<{ target_id: string; before: unknown; after: unknown }> = [];
  for (const c of recomputed) {
    const s = suggestVerdict(c, byClaim.get(c.id) ?? [], ctx.sources);
    const prev = latest.get(c.id);
    const prevIds = prev ? jsonArray(prev.evidence_ids).join(',') : '';
    const same = prev ? prev.rating === s.rating && prevIds === s.evidence_ids.join(',') : s.rating === 'unverified' && s.evidence_ids.length === 0;
    if (same) {
      if (credibility.get(c.id) !== s.credibility) credibilityOnly.push({ id: c.id, credibility: s.credibility });
      continue;
    }
    const id = makeId('verdict', c.id, s.rating, 'suggested', prev?.id ?? '', s.evidence_ids.join(','));
    verdicts.push({ id, claim_id: c.id, rating: s.rating, rationale: s.rationale, evidence_ids: s.evidence_ids });
    credibilityOnly.push({ id: c.id, credibility: s.credibility });
    audits.push({
      target_id: c.id,
      before: prev ? { rating: prev.rating, evidence_ids: jsonArray(prev.evidence_ids) } : null,
      after: { rating: s.rating, evidence_ids: s.evidence_ids, verdict_id: id },
    });
  }
  await writeSuggestions(tx, verdicts, credibilityOnly, audits);
  await saveScope(tx, { full: !scope, claims, fps, deleted: scope?.deleted ?? [], sources: ctx.sources, inputs, rules: RULES });
  return {
    mode: scope ? 'incremental' : 'full',
    claims_recomputed: recomputed.length,
    evidence_links: links.length,
    evidence_added: links.filter((l) => !before.has(l.id)).length,
    evidence_removed: stale.length,
    contradictions: found.length,
    suggestions_changed: verdicts.length,
    list_measures: measures.list_measures,
  };
}

/** Rows per statement for the set-based writes below (a statement per row costs PGlite a parse and plan each). */
const CHUNK = 2000;

async function eachChunk<T>(rows: T[], fn: (json: string) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await fn(JSON.stringify(rows.slice(i, i + CHUNK)));
}

/**
 * New suggested verdicts (append-only), the claims' credibility (and version, for a changed suggestion, so a
 * reviewer holding the old version gets a 409) and one audit row per changed suggestion.
 */
async function writeSuggestions(
  tx: Queryable,
  verdicts: Array<{ id: string; claim_id: string; rating: string; rationale: string; evidence_ids: string[] }>,
  credibility: Array<{ id: string; credibility: string }>,
  audits: Array<{ target_id: string; before: unknown; after: unknown }>,
): Promise<void> {
  await eachChunk(verdicts, (json) =>
    tx.query(
      `INSERT INTO verdicts (id, claim_id, rating, rationale, evidence_ids, reviewer, suggested, decided_at)
       SELECT v.id, v.claim_id, v.rating, v.rationale, v.evidence_ids, NULL, true, clock_timestamp()
         FROM json_to_recordset($1::json) AS v(id text, claim_id text, rating text, rationale text, evidence_ids jsonb)
       ON CONFLICT (id) DO NOTHING`,
      [json],
    ),
  );
  const bumped = new Set(verdicts.map((v) => v.claim_id));
  await eachChunk(
    credibility.map((c) => ({ ...c, bump: bumped.has(c.id) })),
    (json) =>
      tx.query(
        `UPDATE claims c SET credibility = u.credibility, version = c.version + CASE WHEN u.bump THEN 1 ELSE 0 END
           FROM json_to_recordset($1::json) AS u(id text, credibility text, bump boolean) WHERE c.id = u.id`,
        [json],
      ),
  );
  await eachChunk(audits, (json) =>
    tx.query(
      `INSERT INTO audit_log (actor, action, target_type, target_id, before, after, note)
       SELECT 'dossier', 'verdict.suggest', 'claim', a.target_id, a.before, a.after, 'suggested verdict recomputed from evidence'
         FROM json_to_recordset($1::json) AS a(target_id text, before jsonb, after jsonb)`,
      [json],
    ),
  );
}

export function jsonArray(x: unknown): string[] {
  if (Array.isArray(x)) return x as string[];
  if (typeof x === 'string') return JSON.parse(x) as string[];
  return [];
}
