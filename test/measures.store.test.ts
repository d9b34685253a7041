// Accountability on the real bundled inputs (reference data + every bundled official list), on both
// engines. The expected gap report for The Resistance Front is derived here from the input files
// themselves (measures.json, actors.json and the raw list files), never typed in by hand.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_LISTS_DIR, BUNDLED_LIST_FILES, importBundledLists } from '../src/lists/index.ts';
import { ingestBatch, ingestPaths, loadGazetteer } from '../src/ingest/index.ts';
import { claimVerdict, listContradictions, refreshVerification } from '../src/verify/index.ts';
import { actorTimeline, gapJsonRows, gapReport, listAuthority, measureStatus } from '../src/measures/index.ts';
import { BUNDLED_REFERENCE_DIR, importReference } from '../src/reference/index.ts';
import { runCli } from './helpers/cli.ts';
import { ENGINES, freshStore, type TestStore } from './helpers/engines.ts';

const json = (f: string) => JSON.parse(readFileSync(join(BUNDLED_REFERENCE_DIR, f), 'utf8')) as Array<Record<string, unknown>>;
const ACTOR = 'front-the-resistance-front';
const OPED_FILE = join(BUNDLED_REFERENCE_DIR, '..', 'seed', 'op-ed.txt');
const DOCUMENTS_DIR = join(BUNDLED_REFERENCE_DIR, '..', '..', 'eval', 'extraction', 'documents');
/** Folder under data/lists → list id (the lists README's layout). */
const LIST_OF_DIR: Record<string, string> = { un: 'un', ofac: 'ofac', eu: 'eu', uk: 'uk', india: 'uapa' };

function filesUnder(p: string): string[] {
  return statSync(p).isDirectory() ? readdirSync(p).flatMap((f) => filesUnder(join(p, f))) : [p];
}

describe.each(ENGINES)('measures, gaps and verification end to end on the bundled data (%s)', (engine) => {
  let s: TestStore;
  beforeAll(async () => {
    s = await freshStore(engine);
    await importReference(s.db);
    await importBundledLists(s.db); // runs refreshVerification: list entries → designation measures
  }, 600_000);
  afterAll(async () => s?.cleanup());

  it('shows each authority’s status for The Resistance Front as the reference data and the bundled lists say', async () => {
    const actors = new Map(json('actors.json').map((a) => [a.id as string, a.name as string]));
    const expected = new Map<string, { status: string; start: string | null }>();
    // 1. Reference measures against TRF, per authority and kind (earliest start among those in force).
    const kinds: Record<string, string> = { designation_fto_sdgt: 'designation', designation_terrorist_organisation: 'designation', prosecution_charge_sheet: 'prosecution' };
    for (const m of json('measures.json').filter((x) => x.actor_id === ACTOR)) {
      const key = `${actors.get(m.authority as string)}|${kinds[m.kind as string] ?? m.kind}`;
      const status = measureStatus({ status: m.status as string, end: m.end as string | null }, new Date().toISOString().slice(0, 10));
      const prev = expected.get(key);
      if (!prev || (m.start as string) < (prev.start ?? '9999')) expected.set(key, { status, start: m.start as string });
    }
    // 2. Each bundled list: does any of its files name "The Resistance Front"? Absence counts only where the
    //    list has a whole (not partial) version, as the list import recorded.
    const whole = new Set((await s.db.query<{ list: string }>(`SELECT DISTINCT list FROM list_versions WHERE NOT partial`)).map((r) => r.list));
    const dirs = [...new Set(BUNDLED_LIST_FILES.map((f) => f.split('/')[0]!))];
    for (const dir of dirs) {
      const list = LIST_OF_DIR[dir]!;
      const auth = listAuthority(list);
      const authority = auth.actor_ref ? actors.get(auth.actor_ref)! : auth.name;
      const key = `${authority}|designation`;
      if (expected.has(key)) continue; // the reference data already says what this authority did
      const names = filesUnder(join(BUNDLED_LISTS_DIR, dir)).some((f) => /resistance front/i.test(readFileSync(f, 'latin1')));
      if (names) expected.set(key, { status: 'in_force', start: null });
      else if (whole.has(list)) expected.set(key, { status: 'none', start: null });
    }
    expect(expected.get('United Nations Security Council|designation')?.status).toBe('none'); // the case the op-ed's demand is about

    const rows = gapJsonRows(await gapReport(s.db, { actor: 'The Resistance Front' }));
    const got = new Map(rows.filter((r) => r.measure_kind === 'designation' || r.status !== 'none').map((r) => [`${r.authority}|${r.measure_kind}`, { status: r.status, start: r.start }]));
    for (const [k, v] of expected) expect(got.get(k), k).toMatchObject(v.start ? v : { status: v.status });
    for (const r of rows) {
      expect(Object.keys(r)).toEqual(expect.arrayContaining(['actor', 'authority', 'measure_kind', 'status', 'start', 'end', 'sources']));
      expect((r.sources as Array<{ source_id: string | null }>).some((x) => x.source_id), `${r.authority} cites a source`).toBe(true);
    }
  });

  it('matches the op-ed’s demand to designate TRF with the measures, and keeps the UN cell none with both sources', async () => {
    const r = await gapReport(s.db, { actor: ACTOR });
    const demand = r.demands.find((d) => /Designate TRF/.test(d.quote))!;
    expect(demand.status).toBe('in_force');
    expect(demand.answered_by.map((x) => x.authority)).toContain('U.S. Department of State');
    const un = r.actors[0]!.rows.find((x) => x.authority === 'United Nations Security Council')!;
    expect(un.status).toBe('none');
    expect(un.sources[0]!.title).toMatch(/consolidated\.xml/);
  });

  it('turns list entries into designations by the list authority, from listed_on, each linked to its entry', async () => {
    const rows = await s.db.query<{ reference: string; date_start: string | null; listed_on: string | null; list_ref: string; delisted_in: string | null; status: string; quotes: number }>(
      `SELECT m.reference, m.date_start, le.listed_on, le.list_ref, le.delisted_in, m.status,
         (SELECT count(*)::int FROM measure_evidence x WHERE x.measure_id = m.id) AS quotes
       FROM measures m JOIN list_entries le ON le.id = m.list_entry_id`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.reference).toBe(r.list_ref);
      expect(r.date_start).toBe(r.listed_on);
      expect(r.status).toBe(r.delisted_in ? 'ended' : 'in_force');
      expect(r.quotes).toBe(1);
    }
    const let_ = await s.db.query<{ reference: string }>(`SELECT m.reference FROM measures m JOIN entities e ON e.id = m.actor_id WHERE e.ref = 'org-lashkar-e-taiba' AND m.list_entry_id IS NOT NULL AND m.authority_name = 'United Nations Security Council'`);
    expect(let_.map((x) => x.reference)).toContain('QDe.118'); // actors.json identifiers: LeT is UN-1267 QDe.118
  });

  it('after ingesting the op-ed, its claims stay unverified until evidence links exist; then suggestions cite that evidence', async () => {
    const [r] = await ingestBatch(s.db, [OPED_FILE], await loadGazetteer(s.db), { kind: 'op-ed' });
    expect(r!.status).toBe('ingested');
    const claims = await s.db.query<{ id: string }>(`SELECT id FROM claims WHERE source_id = $1`, [r!.source_id]);
    expect(claims.length).toBeGreaterThan(0);
    const ownOrigin = async (sourceId: string | null) =>
      (await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM sources WHERE id = $1 AND (id = $2 OR title = (SELECT title FROM sources WHERE id = $2))`, [sourceId, r!.source_id]))[0]!.n > 0;
    for (const c of claims) {
      const v = await claimVerdict(s.db, c.id);
      expect([v.verdict.rating, v.suggestion.rating]).toEqual(['unverified', 'unverified']);
      expect(v.evidence).toEqual([]);
    }
    await refreshVerification(s.db); // what ingestPaths runs after storing documents
    let cited = 0;
    for (const c of claims) {
      const v = await claimVerdict(s.db, c.id);
      expect(v.verdict.rating).toBe('unverified'); // a suggestion is not a verdict
      if (v.suggestion.rating === 'unverified') continue;
      cited++;
      const ids = new Set(v.evidence.map((e) => e.id));
      for (const id of v.suggestion.evidence_ids) {
        expect(ids.has(id)).toBe(true);
        expect(await ownOrigin(v.evidence.find((e) => e.id === id)!.source_id)).toBe(false); // never the op-ed itself, nor its bundled copy
      }
    }
    expect(cited).toBeGreaterThan(0);
  }, 300_000);

  it('after ingesting the annotated documents, the op-ed’s Crocus attribution meets the Islamic State’s claim by itself', async () => {
    const summary = await ingestPaths(s.db, [DOCUMENTS_DIR]);
    expect(summary.failed).toBe(0);
    const oped = (await s.db.query<{ id: string }>(`SELECT id FROM sources WHERE title LIKE 'Pakistan Harboring Hamas%' AND ref IS NULL`))[0]!.id;
    const crocus = (await s.db.query<{ id: string }>(`SELECT id FROM events WHERE ref = 'ev-2024-03-22-crocus-city-hall'`))[0]!.id;
    const claimObject = new Map((await s.db.query<{ id: string; object_value: string | null }>(`SELECT id, object_value FROM claims`)).map((c) => [c.id, c.object_value]));
    const found = (await listContradictions(s.db)).filter((c) => c.kind === 'attribution' && [c.a.source_id, c.b.source_id].includes(oped));
    const onCrocus = found.filter((c) => c.summary.startsWith('Crocus City Hall attack'));
    expect(onCrocus.length).toBeGreaterThan(0);
    for (const c of onCrocus) {
      const opedSide = c.a.source_id === oped ? c.a : c.b;
      const other = c.a.source_id === oped ? c.b : c.a;
      expect(opedSide.quote).toMatch(/Moscow concert hall attack/);
      expect(claimObject.get(opedSide.claim_id!)).toBe('Moscow concert hall attack'); // read as the stored event
      expect(other.source_id).not.toBe(oped);
      expect(other.quote).toBeTruthy();
    }
    expect(crocus).toBeTruthy();
  }, 300_000);

  it('gives the timeline in date order, each item with its source', async () => {
    const t = await actorTimeline(s.db, 'TRF');
    const dated = t.items.filter((i) => i.date).map((i) => i.date!);
    expect(dated).toEqual([...dated].sort());
    expect(t.items.some((i) => i.type === 'demand')).toBe(true);
    for (const i of t.items) expect(i.sources.length).toBeGreaterThan(0);
  });
});

describe.each(ENGINES)('the CLI for verification and accountability (%s)', (engine) => {
  let s: TestStore;
  let dir: string;
  let target: string;
  beforeAll(async () => {
    s = await freshStore(engine);
    dir = mkdtempSync(join(tmpdir(), 'dossier-verify-'));
    target = s.url ?? join(dir, 'pgdata');
    if (s.url === null) await s.db.close(); // the CLI uses its own PGlite folder
    expect(runCli(target, ['import', 'reference']).status).toBe(0);
  }, 300_000);
  afterAll(async () => {
    if (s.url) await s.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints gap rows and contradictions as JSON', () => {
    const gaps = runCli(target, ['gaps', '--actor', 'The Resistance Front', '--json']);
    expect(gaps.status).toBe(0);
    const rows = JSON.parse(gaps.stdout) as Array<{ actor: string; status: string }>;
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.actor))).toEqual(new Set(['The Resistance Front']));
    const c = runCli(target, ['contradictions', '--source', 'src-oped-tice-singh', '--json']);
    expect(c.status).toBe(0);
    expect((JSON.parse(c.stdout) as unknown[]).length).toBeGreaterThan(0);
  }, 300_000);

  it('refuses a stale review item with exit 1 and a clear message, and a bad grade with exit 2', () => {
    const list = JSON.parse(runCli(target, ['review', 'list', '--type', 'verdict', '--json']).stdout) as Array<{ id: string }>;
    const id = list[0]!.id;
    expect(runCli(target, ['review', 'accept', id, '--reviewer', 'alice']).status).toBe(0);
    const again = runCli(target, ['review', 'accept', id, '--reviewer', 'bob']);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/stale: you reviewed version \d+, but it has changed since/);
    const bad = runCli(target, ['sources', 'rate', 'src-oped-tice-singh', 'Z']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('reliability must be one of A');
  }, 300_000);
});
