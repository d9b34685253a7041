// Verification on the real bundled inputs, on both engines: evidence links, contradictions, suggested and
// confirmed verdicts, the review queue (stale items refused, everything audited, nothing deleted) and
// source ratings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierError } from '../src/model/index.ts';
import { BUNDLED_REFERENCE_DIR, loadReference, mapReference } from '../src/reference/index.ts';
import { saveReference } from '../src/reference/save.ts';
import { claimVerdict, listContradictions, rateSource, refreshVerification, reviewAct, reviewList } from '../src/verify/index.ts';
import { ENGINES, freshStore, type TestStore } from './helpers/engines.ts';

const OPED = 'src-oped-tice-singh';
const ref = (file: string) => JSON.parse(readFileSync(join(BUNDLED_REFERENCE_DIR, file), 'utf8')) as Array<Record<string, unknown>>;

async function claimIdOf(s: TestStore, r: string): Promise<string> {
  const rows = await s.db.query<{ id: string }>(`SELECT id FROM claims WHERE ref = $1`, [r]);
  return rows[0]!.id;
}
async function errorOf(p: Promise<unknown>): Promise<DossierError> {
  try {
    await p;
  } catch (e) {
    return e as DossierError;
  }
  throw new Error('expected an error');
}

describe.each(ENGINES)('verification on the bundled reference data (%s)', (engine) => {
  let s: TestStore;
  beforeAll(async () => {
    s = await freshStore(engine);
    // Store the reference data without the refresh an import runs, to see the state before evidence links.
    await saveReference(s.db, mapReference(loadReference(BUNDLED_REFERENCE_DIR)));
  });
  afterAll(async () => s?.cleanup());

  it("keeps the op-ed's claims unverified until evidence links exist; then suggested verdicts cite that evidence", async () => {
    const trfClaimed = await claimIdOf(s, 'cl-oped-trf-claimed');
    const before = await claimVerdict(s.db, trfClaimed);
    expect(before.verdict.rating).toBe('unverified');
    expect(before.evidence.filter((e) => e.origin === 'automatic')).toEqual([]);
    expect((await s.db.query(`SELECT id FROM verdicts`)).length).toBe(0);

    const summary = await refreshVerification(s.db);
    expect(summary.evidence_added).toBeGreaterThan(0);

    // TRF's own claim of responsibility, as events.json reports it, now supports the op-ed's claim.
    const newsdrum = await claimIdOf(s, 'ev-2025-04-22-pahalgam#attributions/0');
    const after = await claimVerdict(s.db, trfClaimed);
    const auto = after.evidence.filter((e) => e.origin === 'automatic');
    expect(auto.map((e) => [e.other_claim_id, e.stance])).toContainEqual([newsdrum, 'supports']);
    // Still unverified: a suggestion is not a verdict until a reviewer confirms it.
    expect(after.verdict.rating).toBe('unverified');
    const oped = await s.db.query<{ id: string }>(`SELECT id FROM sources WHERE ref = $1`, [OPED]);
    const opedClaims = await s.db.query<{ id: string }>(`SELECT id FROM claims WHERE source_id = $1`, [oped[0]!.id]);
    let suggested = 0;
    for (const c of opedClaims) {
      const v = await claimVerdict(s.db, c.id);
      expect(v.verdict.rating).toBe('unverified');
      if (v.suggestion.rating === 'unverified') continue;
      suggested++;
      const ids = new Set(v.evidence.map((e) => e.id));
      expect(v.suggestion.evidence_ids.length).toBeGreaterThan(0);
      for (const id of v.suggestion.evidence_ids) expect(ids.has(id)).toBe(true);
      for (const e of v.evidence.filter((x) => v.suggestion.evidence_ids.includes(x.id))) expect(e.source_id).not.toBe(oped[0]!.id);
    }
    expect(suggested).toBeGreaterThan(0);
  });

  it('leaves every claim without evidence unverified, with no suggested verdict row', async () => {
    const bare = await s.db.query<{ id: string }>(`SELECT c.id FROM claims c WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.claim_id = c.id)`);
    expect(bare.length).toBeGreaterThan(0);
    for (const c of bare) {
      const v = await claimVerdict(s.db, c.id);
      expect([v.verdict.rating, v.suggestion.rating, v.history.length]).toEqual(['unverified', 'unverified', 0]);
    }
  });

  it('is idempotent: a second refresh adds, removes and changes nothing', async () => {
    const ids = async () => (await s.db.query<{ id: string }>(`SELECT id FROM evidence UNION ALL SELECT id FROM verdicts ORDER BY 1`)).map((r) => r.id);
    const before = await ids();
    const r = await refreshVerification(s.db);
    expect([r.evidence_added, r.evidence_removed, r.suggestions_changed]).toEqual([0, 0, 0]);
    expect(await ids()).toEqual(before);
  });

  it('surfaces contradictions between the op-ed and other sources by itself (Pahalgam claim/retraction, Crocus)', async () => {
    const list = await listContradictions(s.db);
    const refs = new Map((await s.db.query<{ id: string; ref: string }>(`SELECT id, ref FROM claims`)).map((r) => [r.id, r.ref]));
    const pair = (c: (typeof list)[number]) => [refs.get(c.a.claim_id ?? ''), refs.get(c.b.claim_id ?? '')].sort();
    const retraction = list.find((c) => c.kind === 'denial' && pair(c).join() === ['cl-oped-trf-claimed', 'ev-2025-04-22-pahalgam#attributions/1'].sort().join());
    expect(retraction).toBeDefined();
    const events = ref('events.json');
    const pahalgam = events.find((e) => e.id === 'ev-2025-04-22-pahalgam') as { attributions: Array<{ quote: string }> };
    expect([retraction!.a.quote, retraction!.b.quote]).toContain(pahalgam.attributions[1]!.quote);
    expect(retraction!.a.source_id).not.toBe(retraction!.b.source_id);

    const crocus = list.find((c) => refs.get(c.a.claim_id ?? '') === 'cl-oped-russia-april-2025-crocus' && c.b.type === 'evidence');
    expect(crocus?.kind).toBe('disputed_by_evidence');
    expect(crocus!.b.quote).toBeTruthy();
  });

  it('reports every pair of differing casualty figures that events.json keeps side by side', async () => {
    const list = (await listContradictions(s.db)).filter((c) => c.kind === 'casualties' && c.a.type === 'casualty' && c.b.type === 'casualty');
    const expected = new Set<string>();
    for (const e of ref('events.json') as Array<{ name: string; casualties: Array<{ kind: string; value: number; source: string }> }>) {
      for (const x of e.casualties) for (const y of e.casualties) if (x.kind === y.kind && x.source !== y.source && x.value !== y.value) expected.add(`${e.name}|${x.kind}|${[x.value, y.value].sort().join('/')}`);
    }
    const got = new Set(list.map((c) => {
      const m = /^(.*): (.*) (\d+) \(.*\) vs (\d+) /.exec(c.summary)!;
      return `${m[1]}|${m[2]!.replace(/ /g, '_')}|${[Number(m[3]), Number(m[4])].sort().join('/')}`;
    }));
    expect(expected.size).toBeGreaterThan(0);
    expect(got).toEqual(expected);
  });

  it('confirms a suggested verdict with its evidence, rationale, reviewer and date, in the audit log; a stale accept is refused', async () => {
    const items = await reviewList(s.db, { type: 'verdict' });
    const id = await claimIdOf(s, 'cl-oped-trf-proxy-of-let');
    const item = items.find((i) => i.target_id === id)!;
    expect(item.suggestion!.evidence_ids.length).toBeGreaterThan(0);
    const out = await reviewAct(s.db, item.id, 'accept', { reviewer: 'alice', note: 'checked the MHA notification' });
    expect(out.after).toMatchObject({ rating: item.suggestion!.rating, evidence_ids: item.suggestion!.evidence_ids });
    const v = await claimVerdict(s.db, id);
    expect(v.verdict).toMatchObject({ rating: item.suggestion!.rating, reviewer: 'alice', evidence_ids: item.suggestion!.evidence_ids });
    expect(v.verdict.decided_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(v.history.map((h) => h.suggested)).toEqual([true, false]); // append-only: the suggestion is kept
    const audit = await s.db.query<{ actor: string; action: string; before: { rating: string }; after: { rating: string } }>(
      `SELECT actor, action, before, after FROM audit_log WHERE target_id = $1 AND action LIKE 'verdict.%' AND actor = 'alice'`, [id]);
    expect(audit).toHaveLength(1);
    expect([audit[0]!.action, audit[0]!.before.rating, audit[0]!.after.rating]).toEqual(['verdict.confirm', 'unverified', item.suggestion!.rating]);

    const err = await errorOf(reviewAct(s.db, item.id, 'accept', { reviewer: 'bob' }));
    expect(err.code).toBe('conflict');
    expect(err.message).toMatch(/stale.*version/);
  });

  it('an edit confirms another rating than the suggested one and says so', async () => {
    const items = await reviewList(s.db, { type: 'verdict' });
    const item = items[0]!;
    const other = item.suggestion!.rating === 'mixed' ? 'mostly_true' : 'mixed';
    const out = await reviewAct(s.db, item.id, 'accept', { reviewer: 'carol', rating: other, note: 'weighs the denial more' });
    expect(out.action).toBe('edit');
    expect((await claimVerdict(s.db, item.target_id)).verdict.rating).toBe(other);
    const a = await s.db.query<{ action: string }>(`SELECT action FROM audit_log WHERE target_id = $1 AND actor = 'carol'`, [item.target_id]);
    expect(a.map((x) => x.action)).toEqual(['verdict.edit']);
  });

  it('two reviewers on one proposed claim: the second is refused as stale; rejecting keeps the claim', async () => {
    // A claim as extraction stores it: proposed, from the op-ed.
    const src = await s.db.query<{ id: string }>(`SELECT id FROM sources WHERE ref = $1`, [OPED]);
    await s.db.query(
      `INSERT INTO claims (id, subject_name, predicate, object_kind, object_value, claimant_name, source_id, quote, status)
       VALUES ('test-proposed-1', 'Hamas', 'attended', 'literal', 'a rally in Rawalakot', 'TICE News', $1, 'Hamas representatives … attended a rally', 'proposed')`,
      [src[0]!.id],
    );
    const item = (await reviewList(s.db, { type: 'claim' })).find((i) => i.target_id === 'test-proposed-1')!;
    expect(item.id).toBe('claim:test-proposed-1@v1');
    const claimsBefore = (await s.db.query(`SELECT id FROM claims`)).length;
    await reviewAct(s.db, item.id, 'reject', { reviewer: 'alice', note: 'not what the text says' });
    const err = await errorOf(reviewAct(s.db, item.id, 'accept', { reviewer: 'bob' }));
    expect([err.code, /stale/.test(err.message)]).toEqual(['conflict', true]);
    const row = await s.db.query<{ status: string; version: number }>(`SELECT status, version FROM claims WHERE id = 'test-proposed-1'`);
    expect(row).toEqual([{ status: 'rejected', version: 2 }]);
    expect((await s.db.query(`SELECT id FROM claims`)).length).toBe(claimsBefore);
    const audit = await s.db.query<{ actor: string; action: string; before: { status: string }; after: { status: string } }>(`SELECT actor, action, before, after FROM audit_log WHERE target_id = 'test-proposed-1'`);
    expect(audit.map((a) => [a.actor, a.action, a.before.status, a.after.status])).toEqual([['alice', 'review.reject', 'proposed', 'rejected']]);
    expect((await errorOf(reviewAct(s.db, 'claim:test-proposed-1', 'accept', {}))).code).toBe('bad_input'); // no version named
  });

  it('accepts a merge proposal once: the merged entity points to the kept one, the decision is audited, a second accept is stale', async () => {
    const kept = (await s.db.query<{ id: string }>(`SELECT id FROM entities WHERE ref = 'org-jaish-ul-adl'`))[0]!.id;
    await s.db.query(`INSERT INTO entities (id, kind, name) VALUES ('test-dup-jaish', 'organization', 'Jaish al Adl')`);
    await s.db.query(`INSERT INTO merge_decisions (id, kept_id, merged_id, status, score) VALUES ('test-merge-1', $1, 'test-dup-jaish', 'proposed', 0.93)`, [kept]);
    const item = (await reviewList(s.db, { type: 'merge' })).find((i) => i.target_id === 'test-merge-1')!;
    expect(item.id).toBe('merge:test-merge-1@v1');
    await reviewAct(s.db, item.id, 'accept', { reviewer: 'frank' });
    expect(await s.db.query(`SELECT merged_into FROM entities WHERE id = 'test-dup-jaish'`)).toEqual([{ merged_into: kept }]);
    expect(await s.db.query(`SELECT status, decided_by, version FROM merge_decisions WHERE id = 'test-merge-1'`)).toEqual([{ status: 'accepted', decided_by: 'frank', version: 2 }]);
    expect((await errorOf(reviewAct(s.db, item.id, 'reject', { reviewer: 'gina' }))).code).toBe('conflict');
    const audit = await s.db.query<{ action: string; after: { status: string } }>(`SELECT action, after FROM audit_log WHERE target_type = 'merge' AND target_id = 'test-merge-1'`);
    expect(audit.map((a) => [a.action, a.after.status])).toEqual([['review.accept', 'accepted']]);
  });

  it('reviews a contradiction once; the same item again is stale', async () => {
    const item = (await reviewList(s.db, { type: 'contradiction' }))[0]!;
    await reviewAct(s.db, item.id, 'accept', { reviewer: 'dana', note: 'real disagreement' });
    expect((await reviewList(s.db, { type: 'contradiction' })).map((i) => i.id)).not.toContain(item.id);
    expect((await errorOf(reviewAct(s.db, item.id, 'reject', { reviewer: 'erin' }))).code).toBe('conflict');
    const view = (await listContradictions(s.db)).find((c) => c.id === item.target_id)!;
    expect(view.review).toMatchObject({ status: 'accepted', reviewer: 'dana' });
    expect((await s.db.query(`SELECT 1 FROM audit_log WHERE target_type = 'contradiction' AND actor = 'dana'`)).length).toBe(1);
  });

  it('rates a source: history kept, change audited, publisher default until then; bad grades refused', async () => {
    const first = await rateSource(s.db, OPED, 'e', { reviewer: 'alice', note: 'one-sided opinion piece' });
    expect(first.before).toEqual({ reliability: 'F', origin: 'publisher_default' }); // op-ed default (admiralty.json)
    expect(first.after.reliability).toBe('E');
    await rateSource(s.db, OPED, 'D', { reviewer: 'bob' });
    const hist = await s.db.query<{ reliability: string; rated_by: string }>(`SELECT r.reliability, r.rated_by FROM source_ratings r JOIN sources s ON s.id = r.source_id WHERE s.ref = $1 ORDER BY r.id`, [OPED]);
    expect(hist).toEqual([{ reliability: 'E', rated_by: 'alice' }, { reliability: 'D', rated_by: 'bob' }]);
    const audit = await s.db.query<{ before: { reliability: string }; after: { reliability: string } }>(`SELECT before, after FROM audit_log WHERE action = 'source.rate' ORDER BY id`);
    expect(audit.map((a) => `${a.before.reliability}→${a.after.reliability}`)).toEqual(['F→E', 'E→D']);
    expect((await errorOf(rateSource(s.db, OPED, 'G'))).code).toBe('bad_input');
    expect((await errorOf(rateSource(s.db, 'src-nope', 'A'))).code).toBe('not_found');
  });
});
