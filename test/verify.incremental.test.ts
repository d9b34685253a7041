// The incremental verification refresh writes what a full one would, on real data and both engines: after
// each step (the bundled reference import, the annotated evaluation documents ingested, the UN list
// imported, a source re-rated, a claim rejected, curated evidence added) a full refresh finds nothing to
// change — same evidence links, same contradictions, same suggested verdicts and credibility — while the
// incremental one recomputed only part of the claims.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../src/ingest/index.ts';
import { BUNDLED_LISTS_DIR, importList } from '../src/lists/index.ts';
import { makeId } from '../src/model/index.ts';
import { BUNDLED_REFERENCE_DIR, importReference } from '../src/reference/index.ts';
import { listContradictions, rateSource, refreshVerification, RULES, type RefreshSummary } from '../src/verify/index.ts';
import { ENGINES, freshStore, type TestStore } from './helpers/engines.ts';

const DOCUMENTS_DIR = join(BUNDLED_REFERENCE_DIR, '..', '..', 'eval', 'extraction', 'documents');

interface Snapshot {
  links: unknown[];
  verdicts: unknown[];
  credibility: unknown[];
  contradictions: string[];
}

async function snapshot(s: TestStore): Promise<Snapshot> {
  return {
    links: await s.db.query(`SELECT id, claim_id, other_claim_id, source_id, stance, quote, note FROM evidence WHERE origin = 'automatic' ORDER BY id`),
    verdicts: await s.db.query(
      `SELECT DISTINCT ON (claim_id) claim_id, rating, rationale, evidence_ids FROM verdicts WHERE suggested ORDER BY claim_id, decided_at DESC, id DESC`,
    ),
    credibility: await s.db.query(`SELECT id, credibility FROM claims ORDER BY id`),
    contradictions: (await listContradictions(s.db, { includeRejected: true })).map((c) => `${c.id} ${c.summary}`),
  };
}

describe.each(ENGINES)('incremental refresh = full refresh (%s)', (engine) => {
  let s: TestStore;
  const claimCount = async () => (await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM claims`))[0]!.n;

  /** A full refresh now changes nothing: the incremental runs before it left the store as it would. */
  async function fullAgrees(): Promise<Snapshot> {
    const before = await snapshot(s);
    const full = await refreshVerification(s.db, { full: true });
    expect(full.mode).toBe('full');
    expect(full.claims_recomputed).toBeGreaterThan(0);
    expect([full.evidence_added, full.evidence_removed, full.suggestions_changed]).toEqual([0, 0, 0]);
    expect(await snapshot(s)).toEqual(before);
    return before;
  }
  /** An incremental run that recomputed something, but not every claim. */
  async function partial(r: RefreshSummary): Promise<void> {
    expect(r.mode).toBe('incremental');
    expect(r.claims_recomputed).toBeGreaterThan(0);
    expect(r.claims_recomputed).toBeLessThan(await claimCount());
  }

  beforeAll(async () => {
    s = await freshStore(engine);
  });
  afterAll(async () => s?.cleanup());

  it('starts with a full refresh (nothing remembered yet), then has nothing to do', async () => {
    await importReference(s.db); // refreshes
    const again = await refreshVerification(s.db);
    expect(again).toMatchObject({ mode: 'incremental', claims_recomputed: 0, evidence_added: 0, evidence_removed: 0, suggestions_changed: 0 });
    const snap = await fullAgrees();
    expect(snap.links.length).toBeGreaterThan(0);
    expect(snap.contradictions.length).toBeGreaterThan(0);
  }, 120_000);

  it('after ingesting the annotated documents', async () => {
    const before = await snapshot(s);
    await ingestPaths(s.db, [DOCUMENTS_DIR], { kind: 'news', refresh: false });
    // Most claims are new now: by default that is a full refresh; forced incremental here, to compare.
    const r = await refreshVerification(s.db, { fullAbove: 1 });
    await partial(r);
    expect(r.evidence_added).toBeGreaterThan(0);
    const after = await fullAgrees();
    expect(after.links.length).toBeGreaterThan(before.links.length);
    // Old claims gained links too: the new documents' claims support (or dispute) the reference claims.
    const oldClaims = new Set((before.credibility as Array<{ id: string }>).map((c) => c.id));
    const newLinks = (after.links as Array<{ id: string; claim_id: string }>).filter((l) => !(before.links as Array<{ id: string }>).some((b) => b.id === l.id));
    expect(newLinks.some((l) => oldClaims.has(l.claim_id))).toBe(true);
  }, 300_000);

  it('after importing the UN list (designations against the official record)', async () => {
    await importList(s.db, join(BUNDLED_LISTS_DIR, 'un/consolidated.xml'));
    const r = await refreshVerification(s.db);
    expect(r.mode).toBe('incremental');
    await fullAgrees();
  }, 300_000);

  it('after re-rating a source its claims partner with', async () => {
    const [src] = await s.db.query<{ source_id: string }>(
      `SELECT e.source_id FROM evidence e WHERE e.origin = 'automatic' AND e.source_id IS NOT NULL GROUP BY e.source_id ORDER BY count(*) DESC, e.source_id LIMIT 1`,
    );
    const r = await rateSource(s.db, src!.source_id, 'F', { reviewer: 'test' });
    expect(r.suggestions_changed).toBeGreaterThan(0);
    await fullAgrees();
  }, 300_000);

  it('after rejecting a claim with partners, and after curated evidence disputing one', async () => {
    const [linked] = await s.db.query<{ claim_id: string }>(
      `SELECT other_claim_id AS claim_id FROM evidence WHERE origin = 'automatic' AND other_claim_id IS NOT NULL ORDER BY id LIMIT 1`,
    );
    await s.db.query(`UPDATE claims SET status = 'rejected', version = version + 1 WHERE id = $1`, [linked!.claim_id]);
    const r1 = await refreshVerification(s.db);
    await partial(r1);
    expect(r1.evidence_removed).toBeGreaterThan(0);
    await fullAgrees();

    const [target] = await s.db.query<{ id: string; source_id: string }>(`SELECT id, source_id FROM claims WHERE status <> 'rejected' ORDER BY id LIMIT 1`);
    const [other] = await s.db.query<{ id: string }>(`SELECT o.id FROM sources o, sources t WHERE t.id = $1 AND o.publisher IS NOT NULL AND o.publisher <> coalesce(t.publisher, '') ORDER BY o.id LIMIT 1`, [target!.source_id]);
    await s.db.query(`INSERT INTO evidence (id, claim_id, source_id, stance, quote, note, origin) VALUES ($1, $2, $3, 'disputes', 'not so', 'a curated dispute', 'curated')`, [
      makeId('evidence', 'test-curated', target!.id),
      target!.id,
      other!.id,
    ]);
    const r2 = await refreshVerification(s.db);
    await partial(r2);
    expect(r2.contradictions).toBeGreaterThan(0);
    await fullAgrees();
  }, 300_000);

  it('after rejecting the relations that make actors one side (attributions to either then disagree)', async () => {
    const before = (await listContradictions(s.db)).filter((c) => c.kind === 'attribution').length;
    const related = await s.db.query<{ id: string }>(
      `SELECT id FROM claims WHERE predicate = ANY($1::text[]) AND subject_id IS NOT NULL AND object_id IS NOT NULL AND NOT negated AND status <> 'rejected'`,
      [RULES.related],
    );
    expect(related.length).toBeGreaterThan(0);
    await s.db.query(`UPDATE claims SET status = 'rejected', version = version + 1 WHERE id = ANY($1::text[])`, [related.map((r) => r.id)]);
    const r = await refreshVerification(s.db, { fullAbove: 1 });
    await partial(r);
    expect((await listContradictions(s.db)).filter((c) => c.kind === 'attribution').length).toBeGreaterThan(before);
    await fullAgrees();
  }, 300_000);
});
