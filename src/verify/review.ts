// The review queue: proposed claims, merge proposals, suggested verdicts and contradictions. Every action
// names the version it saw (the item id ends in @v<version>); a changed item is refused as stale. Every
// action writes an audit entry (who, when, before, after). Nothing is deleted: rejecting sets a status.
import { userInfo } from 'node:os';
import { DossierError, makeId, VERDICT_RATINGS, type VerdictRating } from '../model/index.ts';
import type { Db, Queryable } from '../store/index.ts';
import { contradictions } from './contradictions.ts';
import { statementOf } from './describe.ts';
import { loadClaims, loadContext } from './queries.ts';
import { jsonArray } from './refresh.ts';
import { suggestVerdict } from './suggest.ts';
import type { Contradiction, ReasonLine } from './types.ts';

export type ReviewType = 'claim' | 'merge' | 'verdict' | 'contradiction';

export interface ReviewItem {
  id: string; // <type>:<target>@v<version>
  type: ReviewType;
  target_id: string;
  version: number;
  summary: string;
  source: { id: string; title: string | null; reliability: string | null } | null;
  quote: string | null;
  credibility: string | null;
  suggestion?: { rating: string; rationale: string; evidence_ids: string[]; reasoning: ReasonLine[]; current: string };
  contradiction?: Contradiction;
}

export function itemId(type: ReviewType, target: string, version: number): string {
  return `${type}:${target}@v${version}`;
}

/** `claim:<id>@v3` → parts; `--version` stands in when the id has no @v part. */
export function parseItemId(id: string, version?: number): { type: ReviewType; target: string; version: number } {
  const m = /^(claim|merge|verdict|contradiction):([^@\s]+)(?:@v(\d+))?$/.exec(id.trim());
  if (!m) throw new DossierError('bad_input', `"${id}" is not a review item id (expected claim:|merge:|verdict:|contradiction:<id>@v<version>; see dossier review list)`, { field: 'id' });
  const v = m[3] !== undefined ? Number(m[3]) : version;
  if (v === undefined || !Number.isInteger(v)) throw new DossierError('bad_input', `say which version of ${id} you reviewed: give the id as listed (…@v<version>) or --version <n>`, { field: 'version' });
  if (m[3] !== undefined && version !== undefined && version !== Number(m[3])) throw new DossierError('bad_input', `the id says version ${m[3]} but --version says ${version}`, { field: 'version' });
  return { type: m[1] as ReviewType, target: m[2]!, version: v };
}

export function defaultReviewer(): string {
  return process.env.DOSSIER_REVIEWER ?? safeUser();
}
function safeUser(): string {
  try {
    return userInfo().username || 'anonymous';
  } catch {
    return 'anonymous';
  }
}

interface VerdictRow {
  id: string;
  claim_id: string;
  rating: string;
  rationale: string;
  evidence_ids: unknown;
  reviewer: string | null;
  suggested: boolean;
  decided_at: unknown;
}

async function latestVerdicts(q: Queryable, suggested: boolean, claimId?: string): Promise<Map<string, VerdictRow & { t: string }>> {
  const rows = await q.query<VerdictRow & { t: string } & Record<string, unknown>>(
    `SELECT DISTINCT ON (claim_id) id, claim_id, rating, rationale, evidence_ids, reviewer, suggested, decided_at,
       to_char(decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS t
     FROM verdicts WHERE suggested = $1 ${claimId ? 'AND claim_id = $2' : ''} ORDER BY claim_id, decided_at DESC, id DESC`,
    claimId ? [suggested, claimId] : [suggested],
  );
  return new Map(rows.map((r) => [r.claim_id, r]));
}

/** A suggestion waits for review when it is newer than the confirmed verdict and rates differently. */
function pendingSuggestion(s: (VerdictRow & { t: string }) | undefined, c: (VerdictRow & { t: string }) | undefined): boolean {
  if (!s) return false;
  const current = c?.rating ?? 'unverified';
  if (s.rating === current) return false;
  return !c || s.t > c.t;
}

async function contradictionVersions(q: Queryable): Promise<Map<string, { version: number; status: string }>> {
  const rows = await q.query<{ contradiction_id: string; version: number; status: string }>(
    `SELECT DISTINCT ON (contradiction_id) contradiction_id, version, status FROM contradiction_reviews ORDER BY contradiction_id, version DESC`,
  );
  return new Map(rows.map((r) => [r.contradiction_id, { version: r.version + 1, status: r.status }]));
}

export async function reviewList(db: Db, opts: { type?: ReviewType } = {}): Promise<ReviewItem[]> {
  const claims = await loadClaims(db);
  const ctx = await loadContext(db);
  const byId = new Map(claims.map((c) => [c.id, c]));
  const cred = new Map((await db.query<{ id: string; credibility: string | null }>(`SELECT id, credibility FROM claims`)).map((r) => [r.id, r.credibility]));
  const src = (id: string | null) => {
    if (!id) return null;
    const s = ctx.sources.get(id);
    return { id, title: s?.title ?? null, reliability: s?.reliability ?? null };
  };
  const items: ReviewItem[] = [];
  const want = (t: ReviewType) => !opts.type || opts.type === t;
  if (want('claim')) {
    for (const c of claims.filter((x) => x.status === 'proposed')) {
      items.push({ id: itemId('claim', c.id, c.version), type: 'claim', target_id: c.id, version: c.version, summary: `proposed claim — ${statementOf(c, ctx.names)}`, source: src(c.source_id), quote: c.quote, credibility: cred.get(c.id) ?? null });
    }
  }
  if (want('merge')) {
    const merges = await db.query<{ id: string; kept: string; merged: string; score: number | null; version: number }>(
      `SELECT m.id, k.name AS kept, g.name AS merged, m.score, m.version FROM merge_decisions m
       JOIN entities k ON k.id = m.kept_id JOIN entities g ON g.id = m.merged_id WHERE m.status = 'proposed' ORDER BY m.id`,
    );
    for (const m of merges) {
      items.push({ id: itemId('merge', m.id, m.version), type: 'merge', target_id: m.id, version: m.version, summary: `merge "${m.merged}" into "${m.kept}"${m.score !== null ? ` (score ${m.score})` : ''}`, source: null, quote: null, credibility: null });
    }
  }
  if (want('verdict')) {
    const sugg = await latestVerdicts(db, true);
    const conf = await latestVerdicts(db, false);
    const evidence = ctx.evidence;
    for (const [claimId, s] of sugg) {
      const c = byId.get(claimId);
      if (!c || c.status === 'rejected' || !pendingSuggestion(s, conf.get(claimId))) continue;
      const live = suggestVerdict(c, evidence.filter((e) => e.claim_id === claimId), ctx.sources);
      const current = conf.get(claimId)?.rating ?? 'unverified';
      items.push({
        id: itemId('verdict', claimId, c.version),
        type: 'verdict',
        target_id: claimId,
        version: c.version,
        summary: `suggested verdict ${s.rating} (now ${current}) — ${statementOf(c, ctx.names)}`,
        source: src(c.source_id),
        quote: c.quote,
        credibility: cred.get(claimId) ?? null,
        suggestion: { rating: s.rating, rationale: s.rationale, evidence_ids: jsonArray(s.evidence_ids), reasoning: live.reasoning, current },
      });
    }
  }
  if (want('contradiction')) {
    const reviewed = await contradictionVersions(db);
    for (const k of contradictions(claims, ctx)) {
      if (reviewed.has(k.id)) continue;
      items.push({ id: itemId('contradiction', k.id, 1), type: 'contradiction', target_id: k.id, version: 1, summary: `${k.kind}: ${k.summary}`, source: src(k.a.source_id), quote: k.a.quote, credibility: null, contradiction: k });
    }
  }
  const order: ReviewType[] = ['claim', 'merge', 'verdict', 'contradiction'];
  return items.sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type) || a.id.localeCompare(b.id));
}

export interface ReviewActionOptions {
  note?: string;
  reviewer?: string;
  version?: number;
  /** For a verdict item: confirm with this rating instead of the suggested one (an edit). */
  rating?: string;
}

export interface ReviewOutcome {
  id: string;
  type: ReviewType;
  target_id: string;
  action: 'accept' | 'reject' | 'edit';
  before: unknown;
  after: unknown;
  new_version: number;
}

function stale(id: string, saw: number, now: number | null, what = 'item'): DossierError {
  if (now === null) return new DossierError('not_found', `review ${what} ${id} does not exist`, { field: 'id' });
  return new DossierError(
    'conflict',
    `review ${what} ${id} is stale: you reviewed version ${saw}, but it has changed since (now version ${now}). Run "dossier review list" and decide on the current version.`,
    { field: 'version' },
  );
}

async function audit(q: Queryable, actor: string, action: string, targetType: string, targetId: string, before: unknown, after: unknown, note: string | null): Promise<void> {
  await q.query(
    `INSERT INTO audit_log (actor, action, target_type, target_id, before, after, note) VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)`,
    [actor, action, targetType, targetId, JSON.stringify(before ?? null), JSON.stringify(after ?? null), note],
  );
}

export async function reviewAct(db: Db, rawId: string, action: 'accept' | 'reject', opts: ReviewActionOptions = {}): Promise<ReviewOutcome> {
  const { type, target, version } = parseItemId(rawId, opts.version);
  const reviewer = opts.reviewer ?? defaultReviewer();
  const note = opts.note ?? null;
  if (opts.rating !== undefined && (type !== 'verdict' || action !== 'accept'))
    throw new DossierError('bad_input', '--rating applies only when accepting a verdict item', { field: 'rating' });
  if (opts.rating !== undefined && !(VERDICT_RATINGS as readonly string[]).includes(opts.rating))
    throw new DossierError('bad_input', `unknown rating "${opts.rating}" (one of ${VERDICT_RATINGS.join(', ')})`, { field: 'rating' });

  // Contradictions are computed from the claims: compute before the transaction, check inside it.
  const found = type === 'contradiction' ? contradictions(await loadClaims(db), await loadContext(db)).find((c) => c.id === target) : undefined;

  return db.transaction(async (tx) => {
    if (type === 'claim') {
      const cur = await tx.query<{ status: string; version: number }>(`SELECT status, version FROM claims WHERE id = $1 FOR UPDATE`, [target]);
      if (!cur[0]) throw stale(rawId, version, null);
      if (cur[0].version !== version) throw stale(rawId, version, cur[0].version);
      if (cur[0].status !== 'proposed') throw new DossierError('conflict', `claim ${target} is already ${cur[0].status}: nothing to ${action}`, { field: 'id' });
      const status = action === 'accept' ? 'accepted' : 'rejected';
      const upd = await tx.query<{ version: number }>(`UPDATE claims SET status = $3, version = version + 1 WHERE id = $1 AND version = $2 RETURNING version`, [target, version, status]);
      if (!upd[0]) throw stale(rawId, version, version + 1);
      await audit(tx, reviewer, `review.${action}`, 'claim', target, { status: cur[0].status, version }, { status, version: upd[0].version }, note);
      return { id: rawId, type, target_id: target, action, before: { status: cur[0].status }, after: { status }, new_version: upd[0].version };
    }
    if (type === 'merge') {
      const cur = await tx.query<{ status: string; version: number; kept_id: string; merged_id: string }>(`SELECT status, version, kept_id, merged_id FROM merge_decisions WHERE id = $1 FOR UPDATE`, [target]);
      if (!cur[0]) throw stale(rawId, version, null);
      if (cur[0].version !== version) throw stale(rawId, version, cur[0].version);
      if (cur[0].status !== 'proposed') throw new DossierError('conflict', `merge ${target} is already ${cur[0].status}`, { field: 'id' });
      const status = action === 'accept' ? 'accepted' : 'rejected';
      const before = await tx.query<{ merged_into: string | null }>(`SELECT merged_into FROM entities WHERE id = $1`, [cur[0].merged_id]);
      const snapshot = { merged_into_before: before[0]?.merged_into ?? null };
      const upd = await tx.query<{ version: number }>(
        `UPDATE merge_decisions SET status = $3, decided_by = $4, decided_at = now(), version = version + 1,
           snapshot = coalesce(snapshot, '{}'::jsonb) || $5::jsonb WHERE id = $1 AND version = $2 RETURNING version`,
        [target, version, status, reviewer, JSON.stringify(snapshot)],
      );
      if (!upd[0]) throw stale(rawId, version, version + 1);
      if (action === 'accept') await tx.query(`UPDATE entities SET merged_into = $2 WHERE id = $1`, [cur[0].merged_id, cur[0].kept_id]);
      await audit(tx, reviewer, `review.${action}`, 'merge', target, { status: 'proposed', ...snapshot }, { status, merged_into: action === 'accept' ? cur[0].kept_id : snapshot.merged_into_before }, note);
      return { id: rawId, type, target_id: target, action, before: { status: 'proposed' }, after: { status }, new_version: upd[0].version };
    }
    if (type === 'verdict') {
      const cur = await tx.query<{ version: number }>(`SELECT version FROM claims WHERE id = $1 FOR UPDATE`, [target]);
      if (!cur[0]) throw stale(rawId, version, null);
      if (cur[0].version !== version) throw stale(rawId, version, cur[0].version);
      const s = (await latestVerdicts(tx, true, target)).get(target);
      const c = (await latestVerdicts(tx, false, target)).get(target);
      if (!pendingSuggestion(s, c)) throw new DossierError('conflict', `claim ${target} has no suggested verdict waiting for review`, { field: 'id' });
      const currentRating = (c?.rating ?? 'unverified') as VerdictRating;
      const rating = action === 'accept' ? (opts.rating ?? s!.rating) : currentRating;
      const edited = action === 'accept' && opts.rating !== undefined && opts.rating !== s!.rating;
      const rationale =
        action === 'accept'
          ? `${edited ? `Reviewer rated ${rating} (Dossier suggested ${s!.rating}). ` : 'Confirmed the suggestion. '}${s!.rationale}${note ? ` Reviewer's note: ${note}` : ''}`
          : `Reviewer rejected the suggestion ${s!.rating}; the verdict stays ${currentRating}.${note ? ` Reviewer's note: ${note}` : ''}`;
      const evidenceIds = action === 'accept' ? jsonArray(s!.evidence_ids) : jsonArray(c?.evidence_ids ?? []);
      const vid = makeId('verdict', target, rating, reviewer, s!.id, action, version);
      await tx.query(
        `INSERT INTO verdicts (id, claim_id, rating, rationale, evidence_ids, reviewer, suggested, decided_at) VALUES ($1, $2, $3, $4, $5::jsonb, $6, false, clock_timestamp())`,
        [vid, target, rating, rationale, JSON.stringify(evidenceIds), reviewer],
      );
      const upd = await tx.query<{ version: number }>(`UPDATE claims SET version = version + 1 WHERE id = $1 AND version = $2 RETURNING version`, [target, version]);
      if (!upd[0]) throw stale(rawId, version, version + 1);
      const before = { rating: currentRating, verdict_id: c?.id ?? null, suggested: s!.rating };
      const after = { rating, verdict_id: vid, evidence_ids: evidenceIds, rationale };
      const act = edited ? 'edit' : action;
      await audit(tx, reviewer, `verdict.${act === 'accept' ? 'confirm' : act === 'edit' ? 'edit' : 'reject_suggestion'}`, 'claim', target, before, after, note);
      return { id: rawId, type, target_id: target, action: act, before, after, new_version: upd[0].version };
    }
    // contradiction
    if (!found) throw new DossierError('conflict', `contradiction ${target} no longer holds (its claims changed since you saw it). Run "dossier review list".`, { field: 'id' });
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [target]);
    const prev = await tx.query<{ version: number; status: string }>(`SELECT version, status FROM contradiction_reviews WHERE contradiction_id = $1 ORDER BY version DESC LIMIT 1`, [target]);
    const now = (prev[0]?.version ?? 0) + 1;
    if (now !== version) throw stale(rawId, version, now);
    const status = action === 'accept' ? 'accepted' : 'rejected';
    await tx.query(
      `INSERT INTO contradiction_reviews (id, contradiction_id, kind, status, version, reviewer, note, snapshot) VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)`,
      [makeId('contradiction', 'review', target, version), target, found.kind, status, version, reviewer, note, JSON.stringify(found)],
    );
    await audit(tx, reviewer, `review.${action}`, 'contradiction', target, { status: prev[0]?.status ?? 'open', version }, { status, version: version + 1, kind: found.kind, summary: found.summary }, note);
    return { id: rawId, type, target_id: target, action, before: { status: prev[0]?.status ?? 'open' }, after: { status }, new_version: version + 1 };
  });
}
