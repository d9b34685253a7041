// Every route, on both engines, over the bundled reference data: success, 400 naming the field, 404, 401
// on writes; pagination walks every row once; ETags answer 304; errors are problem+json.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  centrality, getAliases, getClaim, getEntity, getSource, listClaims, listEntities, listMeasures, listSources, neighbourhood, search, shortestPath,
} from '../src/graph/index.ts';
import { getListEntry, importList, listSummaries } from '../src/lists/index.ts';
import { actorTimeline, demandGaps, gapActors } from '../src/measures/index.ts';
import { importReference } from '../src/reference/index.ts';
import { DEFAULT_LIMIT as SCREEN_LIMIT, DEFAULT_THRESHOLD, screen } from '../src/resolve/index.ts';
import { buildServer, JobQueue, routesOf } from '../src/server/index.ts';
import { claimVerdict, listContradictions, reviewList } from '../src/verify/index.ts';
import { ENGINES, freshStore, type TestStore } from './helpers/engines.ts';

const TOKEN = 'test-token-0123456789';
const LET = 'org-lashkar-e-taiba';
const TRF = 'front-the-resistance-front';

type Json = Record<string, unknown> & { items?: Array<Record<string, unknown>>; next_cursor?: string | null };

interface RouteCase {
  route: string; // METHOD url-template, as the server registers it
  ok: string; // a request that succeeds
  check: (body: Json) => void; // what the success must contain (the why is in the assertion)
  bad?: [string, string]; // [request, field the 400 must name]
  missing?: string; // a request that must 404
}

const CASES: RouteCase[] = [
  { route: 'GET /api/health', ok: '/api/health', check: (b) => expect(b.status).toBe('ok'), bad: ['/api/health?verbose=1', 'verbose'] },
  {
    route: 'GET /api/search',
    ok: '/api/search?q=lashkar',
    check: (b) => {
      // An entity outranks every document hit, and highlights point at the query inside the snippet.
      expect(b.items![0]!.type).toBe('entity');
      expect(b.items![0]!.label).toBe('Lashkar-e-Taiba');
      const snip = b.items![0]!.snippet as { text: string; highlights: Array<{ start: number; end: number }> };
      expect(snip.text.slice(snip.highlights[0]!.start, snip.highlights[0]!.end).toLowerCase()).toBe('lashkar');
    },
    bad: ['/api/search', 'q'],
  },
  {
    route: 'GET /api/entities',
    ok: '/api/entities?q=lashkar',
    check: (b) => {
      const let_ = b.items!.find((e) => e.name === 'Lashkar-e-Taiba')!;
      const aliases = let_.aliases as Array<{ name: string; source: { title: string } | null }>;
      expect(aliases.map((a) => a.name)).toContain('Lashkar-e-Tayyiba');
      expect(aliases.some((a) => a.source?.title)).toBe(true);
    },
    bad: ['/api/entities?limit=0', 'limit'],
  },
  {
    route: 'GET /api/entities/:id',
    ok: `/api/entities/${LET}`,
    check: (b) => {
      expect(b.name).toBe('Lashkar-e-Taiba');
      expect((b.external_ids as Array<{ value: string }>).map((x) => x.value)).toContain('QDe.118');
      const claims = b.claims as Array<{ source: { id: string } | null }>;
      expect(claims.length).toBeGreaterThan(0);
      expect(claims.every((c) => c.source !== null)).toBe(true); // every claim names its source
      expect((b.measures as unknown[]).length).toBeGreaterThan(0);
    },
    bad: [`/api/entities/${'x'.repeat(201)}`, 'id'],
    missing: '/api/entities/no-such-entity',
  },
  {
    route: 'GET /api/entities/:id/aliases',
    ok: `/api/entities/${LET}/aliases`,
    check: (b) => expect(b.items!.map((a) => a.name)).toContain('LeT'),
    bad: [`/api/entities/${LET}/aliases?cursor=garbage`, 'cursor'],
    missing: '/api/entities/no-such-entity/aliases',
  },
  {
    route: 'GET /api/entities/:id/neighbourhood',
    ok: `/api/entities/${LET}/neighbourhood?depth=2`,
    check: (b) => {
      const names = (b.nodes as Array<{ name: string }>).map((n) => n.name);
      expect(names).toContain('The Resistance Front');
      const edges = b.edges as Array<{ claim_ids: string[] }>;
      expect(edges.length).toBeGreaterThan(0);
      expect(edges.every((e) => e.claim_ids.length > 0)).toBe(true);
    },
    bad: [`/api/entities/${LET}/neighbourhood?depth=4`, 'depth'],
    missing: '/api/entities/no-such-entity/neighbourhood',
  },
  {
    route: 'GET /api/entities/:id/paths/:to',
    ok: `/api/entities/${LET}/paths/${TRF}`,
    check: (b) => {
      expect(b.length).toBe(1);
      expect((b.edges as Array<{ claim_ids: string[] }>)[0]!.claim_ids.length).toBeGreaterThan(0);
    },
    bad: [`/api/entities/${LET}/paths/${TRF}?max_hops=0`, 'max_hops'],
    missing: `/api/entities/${LET}/paths/no-such-entity`,
  },
  {
    route: 'GET /api/graph/centrality',
    ok: '/api/graph/centrality?limit=5',
    check: (b) => {
      expect(b.items!.length).toBe(5);
      expect(b.items![0]!.degree as number).toBeGreaterThan(0);
      expect(b.node_count as number).toBeGreaterThan(5); // the whole graph's size, beside the page
      expect(typeof b.next_cursor).toBe('string');
    },
    bad: ['/api/graph/centrality?limit=x', 'limit'],
  },
  {
    route: 'GET /api/claims',
    ok: '/api/claims?predicate=alias_or_front_of',
    check: (b) => {
      expect(b.items!.length).toBeGreaterThan(0);
      expect(b.items!.every((c) => c.predicate === 'alias_or_front_of')).toBe(true);
    },
    bad: ['/api/claims?status=maybe', 'status'],
  },
  {
    route: 'GET /api/claims/:id',
    ok: '', // filled in from the store (a claim with evidence)
    check: (b) => {
      expect((b.evidence as unknown[]).length).toBeGreaterThan(0);
      expect(b.source).not.toBeNull();
    },
    bad: [`/api/claims/${'x'.repeat(201)}`, 'id'],
    missing: '/api/claims/no-such-claim',
  },
  {
    route: 'GET /api/sources',
    ok: '/api/sources?kind=official',
    check: (b) => expect(b.items!.every((s) => s.kind === 'official') && b.items!.length > 0).toBe(true),
    bad: ['/api/sources?kind=blog', 'kind'],
  },
  {
    route: 'GET /api/sources/:id',
    ok: '', // filled in from the store (a source with claims)
    check: (b) => expect((b.claims as unknown[]).length).toBeGreaterThan(0),
    bad: [`/api/sources/${'x'.repeat(201)}`, 'id'],
    missing: '/api/sources/no-such-source',
  },
  {
    route: 'GET /api/measures',
    ok: '/api/measures?limit=5',
    check: (b) => expect(b.items!.every((m) => typeof m.actor_name === 'string')).toBe(true),
    bad: ['/api/measures?cursor=garbage', 'cursor'],
  },
  {
    route: 'GET /api/screen',
    ok: '/api/screen?q=Lashkar-e-Toiba&lists=un',
    check: (b) => {
      // A spelling the list does not carry still finds the UN entry, and the score is explained token by token.
      const m = (b.matches as Array<{ list: string; id: string; score: number; explanation: unknown[] }>)[0]!;
      expect(m).toMatchObject({ list: 'un', id: 'QDe.118' });
      expect(m.score).toBeGreaterThanOrEqual(b.threshold as number);
      expect(m.explanation.length).toBeGreaterThan(0);
    },
    bad: ['/api/screen?q=lashkar&lists=atlantis', 'lists.0'],
  },
  {
    route: 'GET /api/contradictions',
    ok: '/api/contradictions',
    check: (b) => {
      // Both sides of every contradiction say what they assert; at least one names its source.
      expect(b.items!.length).toBeGreaterThan(0);
      for (const c of b.items as Array<{ a: { statement: string; source_id: string | null }; b: { statement: string; source_id: string | null } }>) {
        expect(c.a.statement.length * c.b.statement.length).toBeGreaterThan(0);
        expect(c.a.source_id ?? c.b.source_id).not.toBeNull();
      }
    },
    bad: ['/api/contradictions?limit=501', 'limit'],
  },
  {
    route: 'GET /api/review',
    ok: '/api/review?type=verdict',
    check: (b) => {
      expect(b.items!.length).toBeGreaterThan(0);
      expect(b.items!.every((i) => i.type === 'verdict' && /^verdict:.+@v\d+$/.test(i.id as string))).toBe(true);
    },
    bad: ['/api/review?type=everything', 'type'],
  },
  {
    route: 'GET /api/claims/:id/verdicts',
    ok: '', // filled in from the store (a claim with evidence)
    check: (b) => {
      expect((b.claim as { statement: string }).statement.length).toBeGreaterThan(0);
      expect(typeof (b.suggestion as { rating: string }).rating).toBe('string');
      expect((b.evidence as unknown[]).length).toBeGreaterThan(0);
    },
    bad: [`/api/claims/${'x'.repeat(201)}/verdicts`, 'id'],
    missing: '/api/claims/no-such-claim/verdicts',
  },
  {
    route: 'GET /api/measures/timeline',
    ok: `/api/measures/timeline?actor=${LET}`,
    check: (b) => {
      expect((b.actor as { name: string }).name).toBe('Lashkar-e-Taiba');
      const items = b.items as Array<{ sources: unknown[] }>;
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((i) => i.sources.length > 0)).toBe(true); // every event names its source
    },
    bad: ['/api/measures/timeline', 'actor'],
    missing: '/api/measures/timeline?actor=no-such-actor-zzzz',
  },
  {
    route: 'GET /api/gaps',
    ok: `/api/gaps?actor=${LET}`,
    check: (b) => {
      const actors = b.items as Array<{ actor: { name: string }; rows: Array<{ authority: string; status: string }> }>;
      expect(actors.map((a) => a.actor.name)).toEqual(['Lashkar-e-Taiba']);
      expect(actors[0]!.rows.length).toBeGreaterThan(0);
    },
    bad: [`/api/gaps?actor=${LET}&as_of=yesterday`, 'as_of'],
    missing: '/api/gaps?actor=no-such-actor-zzzz',
  },
  {
    route: 'GET /api/gaps/demands',
    ok: '/api/gaps/demands',
    check: (b) => {
      // Every demand quotes its source and says whether a measure answered it.
      expect(b.items!.length).toBeGreaterThan(0);
      expect(b.items!.every((d) => (d.quote as string).length > 0 && ['in_force', 'ended', 'none'].includes(d.status as string))).toBe(true);
    },
    bad: ['/api/gaps/demands?as_of=2024-1-1', 'as_of'],
    missing: '/api/gaps/demands?actor=no-such-actor-zzzz',
  },
  {
    route: 'GET /api/jobs',
    ok: '/api/jobs',
    check: (b) => expect(Array.isArray(b.items) && b.next_cursor === null).toBe(true),
    bad: ['/api/jobs?limit=-1', 'limit'],
  },
  {
    route: 'GET /api/jobs/:id',
    ok: '', // filled in after a job is queued
    check: (b) => expect(b.kind).toBe('import-reference'),
    bad: [`/api/jobs/${'x'.repeat(201)}`, 'id'],
    missing: '/api/jobs/00000000-0000-0000-0000-000000000000',
  },
  {
    route: 'GET /api/lists',
    ok: '/api/lists',
    check: (b) => {
      const un = b.items!.find((l) => l.list === 'un')!;
      expect(un.entries as number).toBeGreaterThan(1000);
      expect(un.version_count).toBe(1);
      expect((un.latest_version as { file_name: string }).file_name).toBe('consolidated.xml');
    },
    bad: ['/api/lists?cursor=garbage', 'cursor'],
  },
  {
    route: 'GET /api/lists/:list/versions',
    ok: '/api/lists/un/versions',
    check: (b) => {
      expect(b.items!.map((v) => v.file_name)).toEqual(['consolidated.xml']);
      expect(b.items![0]!.entry_count as number).toBeGreaterThan(1000);
    },
    bad: ['/api/lists/atlantis/versions', 'list'],
  },
  {
    route: 'GET /api/lists/:list/entries/:ref',
    ok: '/api/lists/un/entries/QDe.118',
    check: (b) => {
      expect(b.primary_name).toBe('LASHKAR-E-TAYYIBA');
      expect((b.names as unknown[]).length).toBeGreaterThan(1);
    },
    bad: ['/api/lists/atlantis/entries/QDe.118', 'list'],
    missing: '/api/lists/un/entries/QDe.999999',
  },
];

const UN_LIST = 'data/lists/un/consolidated.xml';
const WRITES = [
  { route: 'POST /api/imports/reference', url: '/api/imports/reference', body: {} },
  { route: 'POST /api/imports/lists', url: '/api/imports/lists?name=consolidated.xml', body: {} },
  { route: 'POST /api/imports/lists/bundled', url: '/api/imports/lists/bundled', body: {} },
  { route: 'POST /api/documents', url: '/api/documents?name=a.txt', body: {} },
  { route: 'POST /api/review/:id/:action', url: '/api/review/claim:x@v1/accept', body: {} },
  { route: 'POST /api/sources/:id/rating', url: '/api/sources/x/rating', body: { reliability: 'A' } },
  { route: 'POST /api/verify/refresh', url: '/api/verify/refresh', body: {} },
];

describe.each(ENGINES)('server routes on %s', (engine) => {
  let s: TestStore;
  let app: FastifyInstance;
  let jobs: JobQueue;
  const get = async (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });
  // Polls a job as a client would, until it ends (a job starts a worker thread: slow on a loaded machine).
  const waitFor = async (id: string) => {
    for (const until = Date.now() + 120_000; Date.now() < until; ) {
      const j = (await get(`/api/jobs/${id}`)).json() as { status: string };
      if (j.status !== 'queued' && j.status !== 'running') return j as Record<string, unknown>;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`job ${id} did not finish in 120 s`);
  };

  beforeAll(async () => {
    s = await freshStore(engine);
    await importReference(s.db);
    await importList(s.db, UN_LIST);
    jobs = new JobQueue(s.db);
    app = await buildServer({ db: s.db, token: TOKEN, rateLimit: false, jobs });
    const [claim] = await s.db.query<{ id: string }>('SELECT claim_id AS id FROM evidence ORDER BY claim_id LIMIT 1');
    const [src] = await s.db.query<{ ref: string }>('SELECT s.ref FROM sources s JOIN claims c ON c.source_id = s.id ORDER BY s.ref LIMIT 1');
    CASES.find((c) => c.route === 'GET /api/claims/:id')!.ok = `/api/claims/${claim!.id}`;
    CASES.find((c) => c.route === 'GET /api/claims/:id/verdicts')!.ok = `/api/claims/${claim!.id}/verdicts`;
    CASES.find((c) => c.route === 'GET /api/sources/:id')!.ok = `/api/sources/${src!.ref}`;
  });
  afterAll(async () => {
    await app?.close();
    await s?.cleanup();
  });

  // POSTs that only read (no token), each tested in its own case below.
  const READ_POSTS = ['POST /api/screen/batch'];

  it('every registered API route has a case here (a new route needs its tests)', () => {
    const registered = routesOf(app)
      .filter((r) => r.url.startsWith('/api/'))
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(registered).toEqual([...CASES.map((c) => c.route), ...WRITES.map((w) => w.route), ...READ_POSTS].sort());
  });

  it('every GET has a 400 case; with the token, every write refuses an unknown parameter with a 400 naming it', async () => {
    expect(CASES.filter((c) => !c.bad).map((c) => c.route)).toEqual([]);
    for (const w of WRITES) {
      const res = await app.inject({ method: 'POST', url: `${w.url}${w.url.includes('?') ? '&' : '?'}colour=red`, payload: w.body, headers: { authorization: `Bearer ${TOKEN}` } });
      expect(res.statusCode, `${w.route}: ${res.body}`).toBe(400);
      expect(res.json()).toMatchObject({ code: 'bad_input', field: 'colour', in: 'querystring' });
    }
  });

  it('writes: 401 without the token or with a wrong one, 202 with it, and the job finishes', async () => {
    for (const w of WRITES) {
      const none = await app.inject({ method: 'POST', url: w.url, payload: w.body });
      expect(none.statusCode).toBe(401);
      expect(none.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(none.json().field).toBe('authorization');
      const wrong = await app.inject({ method: 'POST', url: w.url, payload: w.body, headers: { authorization: 'Bearer nope' } });
      expect(wrong.statusCode).toBe(401);
    }
    const ok = await app.inject({ method: 'POST', url: '/api/imports/reference', payload: {}, headers: { authorization: `Bearer ${TOKEN}` } });
    expect(ok.statusCode).toBe(202);
    const job = ok.json() as { id: string };
    expect(ok.headers.location).toBe(`/api/jobs/${job.id}`);
    CASES.find((c) => c.route === 'GET /api/jobs/:id')!.ok = `/api/jobs/${job.id}`;
    await waitFor(job.id); // poll until the job ends, as a client would
    const done = (await get(`/api/jobs/${job.id}`)).json() as { status: string; result: { sources: number } };
    expect(done.status).toBe('succeeded');
    expect(done.result.sources).toBe(81);
  });

  const upload = (name: string, body: string | Buffer, type: string) =>
    app.inject({ method: 'POST', url: `/api/imports/lists?name=${name}`, payload: body, headers: { authorization: `Bearer ${TOKEN}`, 'content-type': type } });

  it('a list file uploaded as the body is imported by a job (again: already imported, nothing written)', async () => {
    const res = await upload('consolidated.xml', readFileSync(UN_LIST), 'application/xml');
    expect(res.statusCode, res.body).toBe(202);
    const job = await waitFor(res.json().id);
    expect(job).toMatchObject({ status: 'succeeded', result: { list: 'un', already_imported: true } });
    // The refresh that follows the import is in the result: nothing changed, so nothing is recomputed.
    expect((job.result as { refresh: unknown }).refresh).toMatchObject({ mode: 'incremental', claims_recomputed: 0, suggestions_changed: 0 });
  });

  it('POST /api/verify/refresh queues a refresh job: incremental by default, every claim with full=true', async () => {
    const refresh = async (url: string) => {
      const res = await app.inject({ method: 'POST', url, payload: {}, headers: { authorization: `Bearer ${TOKEN}` } });
      expect(res.statusCode, res.body).toBe(202);
      return (await waitFor(res.json().id)) as { status: string; result: { mode: string; claims_recomputed: number; suggestions_changed: number } };
    };
    const [{ n }] = (await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM claims WHERE status <> 'rejected'`)) as [{ n: number }];
    const full = await refresh('/api/verify/refresh?full=true');
    expect(full).toMatchObject({ status: 'succeeded', result: { mode: 'full', claims_recomputed: n, suggestions_changed: 0 } });
    const again = await refresh('/api/verify/refresh');
    expect(again).toMatchObject({ status: 'succeeded', result: { mode: 'incremental', claims_recomputed: 0 } });
    const bad = await app.inject({ method: 'POST', url: '/api/verify/refresh?full=maybe', payload: {}, headers: { authorization: `Bearer ${TOKEN}` } });
    expect(bad.json()).toMatchObject({ status: 400, field: 'full' });
  });

  it('a file that is no list fails its job with a problem naming the file as sent, not a server path', async () => {
    const res = await upload('notes.csv', 'just,some\n"text', 'text/csv');
    const job = (await waitFor(res.json().id)) as { status: string; error: { code: string; detail: string } };
    expect(job.status).toBe('failed');
    expect(job.error.code).toBe('bad_input');
    expect(job.error.detail).toMatch(/^notes\.csv/);
    expect(job.error.detail).not.toContain('dossier-upload');
  });

  it('an upload needs a file name, and a known media type', async () => {
    const noName = await app.inject({ method: 'POST', url: '/api/imports/lists', payload: 'x', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/csv' } });
    expect(noName.json()).toMatchObject({ status: 400, field: 'name' });
    const pathName = await upload('..%2Fetc%2Fpasswd', 'x', 'text/csv');
    expect(pathName.json()).toMatchObject({ status: 400, field: 'name' });
    const badType = await upload('a.pdf', 'x', 'application/pdf');
    expect(badType.statusCode).toBe(415);
    expect(badType.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('POST /api/screen/batch screens each name in order without a token; 400 names the field; the batch is capped', async () => {
    const post = (payload: unknown) => app.inject({ method: 'POST', url: '/api/screen/batch', payload: payload as Record<string, unknown> });
    const ok = await post({ names: [{ name: 'Lashkar-e-Toiba', kind: 'organization' }, { name: 'Nobody In Particular Zzyzx' }], lists: ['un'] });
    expect(ok.statusCode, ok.body).toBe(200);
    const items = ok.json().items as Array<{ query: string; matches: Array<{ id: string }> }>;
    expect(items.map((i) => i.query)).toEqual(['Lashkar-e-Toiba', 'Nobody In Particular Zzyzx']);
    expect(items[0]!.matches[0]!.id).toBe('QDe.118');
    expect(items[1]!.matches).toEqual([]);
    expect((await post({ names: [{ name: 'x', kind: 'ship' }] })).json()).toMatchObject({ status: 400, field: 'names.0.kind' });
    expect((await post({})).json()).toMatchObject({ status: 400, field: 'names' });
    const tooMany = await post({ names: Array.from({ length: 1001 }, (_, i) => ({ name: `n${i}` })) });
    expect(tooMany.json()).toMatchObject({ status: 400, field: 'names' });
    expect((await app.inject({ method: 'POST', url: '/api/screen/batch/nope', payload: {} })).statusCode).toBe(401);
  });

  const auth = { authorization: `Bearer ${TOKEN}` };
  it('POST /api/review/:id/accept decides a suggested verdict once; the same version again is a 409; bad input names the field', async () => {
    const item = ((await get('/api/review?type=verdict')).json().items as Array<{ id: string; target_id: string }>)[0]!;
    const act = (id: string, action: string, payload: Record<string, unknown> = {}) =>
      app.inject({ method: 'POST', url: `/api/review/${encodeURIComponent(id)}/${action}`, payload, headers: auth });
    const ok = await act(item.id, 'accept', { reviewer: 'route-test', note: 'checked' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ id: item.id, type: 'verdict', target_id: item.target_id, action: 'accept' });
    // The verdict's states before and after come through the response schema whole.
    expect(Object.keys(ok.json().before as object).sort()).toEqual(['rating', 'suggested', 'verdict_id']);
    expect(Object.keys(ok.json().after as object).sort()).toEqual(['evidence_ids', 'rating', 'rationale', 'verdict_id']);
    const again = await act(item.id, 'accept', { reviewer: 'route-test' });
    expect(again.statusCode, again.body).toBe(409);
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(again.json()).toMatchObject({ status: 409, code: 'conflict' });
    expect((await act(item.id, 'reject', { rating: 'nonsense' })).json()).toMatchObject({ status: 400, field: 'rating' });
    expect((await act(item.id, 'approve')).json()).toMatchObject({ status: 400, field: 'action' });
    // The confirmed verdict is now the reviewer's, and the claim's verdict view shows it.
    const v = (await get(`/api/claims/${item.target_id}/verdicts`)).json() as { verdict: { reviewer: string } };
    expect(v.verdict.reviewer).toBe('route-test');
  });

  it('POST /api/sources/:id/rating records a rating; 400 names the field; an unknown source is a 404', async () => {
    const [src] = await s.db.query<{ id: string }>('SELECT id FROM sources ORDER BY id LIMIT 1');
    const rate = (id: string, payload: Record<string, unknown>) => app.inject({ method: 'POST', url: `/api/sources/${id}/rating`, payload, headers: auth });
    const ok = await rate(src!.id, { reliability: 'B', note: 'route test', reviewer: 'route-test' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ source_id: src!.id, after: { reliability: 'B', origin: 'rated' }, rated_by: 'route-test' });
    expect((await rate(src!.id, { reliability: 'Z' })).json()).toMatchObject({ status: 400, field: 'reliability' });
    expect((await rate('no-such-source', { reliability: 'B' })).json()).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('POST /api/documents ingests an uploaded document in a job (again: unchanged); its source is then served', async () => {
    const doc = readFileSync('test/fixtures/ingest/08-voa-2023-hamas-sanctions.txt');
    const send = (name: string, body: string | Buffer, type = 'text/plain') =>
      app.inject({ method: 'POST', url: `/api/documents?name=${name}&kind=news`, payload: body, headers: { ...auth, 'content-type': type } });
    const res = await send('voa.txt', doc);
    expect(res.statusCode, res.body).toBe(202);
    expect(res.headers.location).toBe(`/api/jobs/${res.json().id}`);
    const job = (await waitFor(res.json().id)) as { status: string; result: { file: string; status: string; source_id: string; mentions: number } };
    expect(job.status, JSON.stringify(job)).toBe('succeeded');
    expect(job.result).toMatchObject({ file: 'voa.txt', status: 'ingested' });
    expect(job.result.mentions).toBeGreaterThan(0);
    const src = await get(`/api/sources/${job.result.source_id}`);
    expect(src.statusCode).toBe(200);
    expect((src.json() as { kind: string; mentions: unknown[] }).kind).toBe('news');
    const again = (await waitFor((await send('voa.txt', doc)).json().id)) as { result: { status: string } };
    expect(again.result.status).toBe('unchanged');
    // A broken PDF fails its job with a problem naming the file as sent, never the server's temporary path.
    const bad = (await waitFor((await send('broken.pdf', 'not a pdf', 'application/pdf')).json().id)) as { status: string; error: { code: string; detail: string } };
    expect(bad.status).toBe('failed');
    expect(bad.error.detail).toContain('broken.pdf');
    expect(bad.error.detail).not.toContain('dossier-upload');
    expect((await send('notes.exe', 'x')).json()).toMatchObject({ status: 400, field: 'name' });
    expect((await send('voa.txt', doc, 'image/png')).statusCode).toBe(415);
  });

  it.each(CASES.map((c) => [c.route, c] as const))('%s: success', async (_r, c) => {
    const res = await get(c.ok);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    c.check(res.json() as Json);
  });

  it.each(CASES.filter((c) => c.bad).map((c) => [c.route, c] as const))('%s: 400 naming the field', async (_r, c) => {
    const res = await get(c.bad![0]);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const p = res.json();
    expect(p).toMatchObject({ status: 400, code: 'bad_input', title: 'Bad input', type: 'urn:dossier:problem:bad_input' });
    expect(p.field).toBe(c.bad![1]);
    expect(typeof p.detail).toBe('string');
  });

  it.each(CASES.filter((c) => c.missing).map((c) => [c.route, c] as const))('%s: 404', async (_r, c) => {
    const res = await get(c.missing!);
    expect(res.statusCode, res.body).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('an unknown query parameter is a 400 naming it; an unknown route is a problem+json 404', async () => {
    expect((await get('/api/claims?colour=red')).json()).toMatchObject({ status: 400, field: 'colour' });
    expect((await get('/api/nothing-here')).json()).toMatchObject({ status: 404, code: 'not_found' });
  });

  it.each([
    ['/api/entities', 'entities'],
    ['/api/claims', 'claims'],
    ['/api/sources', 'sources'],
    ['/api/measures', 'measures'],
  ])('pagination of %s walks every row exactly once', async (url, table) => {
    const [{ n }] = (await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)) as [{ n: number }];
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { items: Array<{ id: string }>; next_cursor: string | null } = (
        await get(`${url}?limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
      ).json();
      seen.push(...page.items.map((i) => i.id));
      cursor = page.next_cursor;
      pages++;
    } while (cursor && pages < 1000);
    expect(seen.length).toBe(n);
    expect(new Set(seen).size).toBe(n);
    expect(pages).toBe(Math.max(1, Math.ceil(n / 7)));
  });

  it("claims?entity= walks the claims of the entity's page: subject, object or claimant", async () => {
    // an entity that is the claimant of some claim it is neither the subject nor the object of
    const [row] = await s.db.query<{ id: string }>(
      `SELECT claimant_id AS id FROM claims WHERE claimant_id IS NOT NULL AND claimant_id IS DISTINCT FROM subject_id
         AND claimant_id IS DISTINCT FROM object_id ORDER BY claimant_id LIMIT 1`,
    );
    expect(row, 'the reference data has a claim whose claimant is neither subject nor object').toBeDefined();
    const page = await getEntity(s.db, row!.id);
    expect(page.claims_truncated).toBe(false);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const p: { items: Array<{ id: string; claimant_id: string | null }>; next_cursor: string | null } = (
        await get(`/api/claims?entity=${row!.id}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
      ).json();
      seen.push(...p.items.map((i) => i.id));
      cursor = p.next_cursor;
    } while (cursor);
    expect(seen.sort()).toEqual(page.claims.map((c) => c.id).sort());
    expect(page.claims.some((c) => c.claimant_id === row!.id && c.subject_id !== row!.id && c.object_id !== row!.id)).toBe(true);
  });

  it('search pages are disjoint and keep the ranking across pages', async () => {
    const all = (await get('/api/search?q=pakistan&limit=500')).json().items as Array<{ id: string; type: string }>;
    const first = (await get('/api/search?q=pakistan&limit=3')).json();
    const second = (await get(`/api/search?q=pakistan&limit=3&cursor=${first.next_cursor}`)).json();
    expect([...first.items, ...second.items].map((h: { id: string }) => h.id)).toEqual(all.slice(0, 6).map((h) => h.id));
  });

  it('GETs carry an ETag and answer 304 to If-None-Match; a changed body changes it', async () => {
    const a = await get(`/api/entities/${LET}`);
    const etag = a.headers.etag as string;
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await get(`/api/entities/${LET}`, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const other = await get(`/api/entities/${TRF}`, { 'if-none-match': etag });
    expect(other.statusCode).toBe(200);
    expect(other.headers.etag).not.toBe(etag);
  });

  it('serves no CORS headers, a landing page with escaped links, and docs with no outside assets', async () => {
    const home = await get('/');
    expect(home.statusCode).toBe(200);
    expect(home.headers['access-control-allow-origin']).toBeUndefined();
    expect(home.body).toContain('href="/api/entities?q=lashkar"');
    expect(home.body).toContain('href="/docs"');
    const docs = await get('/docs/');
    expect(docs.statusCode).toBe(200);
    const init = await get('/docs/static/swagger-initializer.js');
    for (const body of [docs.body, init.body]) {
      // every asset the page loads comes from this server
      expect(body.match(/(?:src|href)=["']https?:\/\//g)).toBeNull();
    }
    expect(init.body).toContain('"validatorUrl":null');
  });

  /** The JSON a client gets from a value the capability returns (dates as strings, undefined left out). */
  const asJson = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
  type Item = Record<string, unknown>;

  // Every paged list, with an unpaginated read of the same rows straight from the store and each row's identity.
  const WALKS: Array<{ url: string; all: () => Promise<unknown[]>; key: (i: Item) => string }> = [
    { url: `/api/entities/${LET}/aliases`, all: () => getAliases(s.db, LET), key: (i) => i.name as string },
    { url: '/api/search?q=pakistan', all: async () => (await search(s.db, 'pakistan', { limit: 500 })).items, key: (i) => i.id as string },
    { url: '/api/graph/centrality', all: async () => (await centrality(s.db, { limit: 500 })).items, key: (i) => i.id as string },
    { url: '/api/contradictions', all: () => listContradictions(s.db), key: (i) => i.id as string },
    { url: '/api/contradictions?include_rejected=true', all: () => listContradictions(s.db, { includeRejected: true }), key: (i) => i.id as string },
    { url: '/api/review', all: () => reviewList(s.db), key: (i) => i.id as string },
    { url: '/api/review?type=verdict', all: () => reviewList(s.db, { type: 'verdict' }), key: (i) => i.id as string },
    { url: `/api/measures/timeline?actor=${LET}`, all: async () => (await actorTimeline(s.db, LET)).items, key: (i) => `${i.type as string} ${i.id as string}` },
    { url: '/api/gaps', all: async () => (await gapActors(s.db)).map((actor) => ({ actor })), key: (i) => (i.actor as { id: string }).id },
    { url: '/api/gaps/demands', all: () => demandGaps(s.db), key: (i) => i.demand_id as string },
    { url: '/api/jobs', all: async () => jobs.list(), key: (i) => i.id as string },
    { url: '/api/lists', all: async () => (await listSummaries(s.db)).map(({ versions: _v, ...l }) => l), key: (i) => i.list as string },
    { url: '/api/lists/un/versions', all: async () => (await listSummaries(s.db)).find((l) => l.list === 'un')!.versions, key: (i) => i.id as string },
  ];

  it('every route that takes a cursor is walked: here, or against its table above', () => {
    const walked = new Set([
      ...WALKS.map((w) => w.url.split('?')[0]!.replace(LET, ':id').replace('/un/', '/:list/')),
      '/api/entities', '/api/claims', '/api/sources', '/api/measures',
    ]);
    const doc = app.swagger() as { paths: Record<string, { get?: { parameters?: Array<{ name: string; in: string }> } }> };
    const paged = routesOf(app).filter(
      (r) => r.method === 'GET' && r.documented && (doc.paths[r.url.replace(/:([A-Za-z_]+)/g, '{$1}')]?.get?.parameters ?? []).some((p) => p.name === 'cursor'),
    );
    expect(paged.length).toBeGreaterThanOrEqual(15);
    for (const r of paged) expect(walked, r.url).toContain(r.url);
  });

  it.each(WALKS.map((w) => [w.url, w] as const))('walking %s with a small limit yields every row exactly once, each as the store has it', async (url, w) => {
    const all = (asJson(await w.all()) as Item[]).sort((a, b) => (w.key(a) < w.key(b) ? -1 : 1));
    expect(all.length, 'the reference import fills this list').toBeGreaterThan(url.startsWith('/api/lists') ? 0 : 1);
    const limit = Math.max(1, Math.floor(all.length / 3));
    const seen: Item[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await get(`${url}${url.includes('?') ? '&' : '?'}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as { items: Item[]; next_cursor: string | null };
      expect(body.items.length).toBeLessThanOrEqual(limit);
      seen.push(...body.items);
      cursor = body.next_cursor;
      pages++;
    } while (cursor && pages < 200);
    expect(pages).toBe(Math.max(1, Math.ceil(all.length / limit)));
    const keys = seen.map(w.key);
    expect(new Set(keys).size).toBe(keys.length);
    // Whole rows compared: the response schema dropped no field the capability returned.
    const rows = url === '/api/gaps' ? seen.map((i) => ({ actor: i.actor })) : url === '/api/lists' ? seen.map(({ version_count: _n, latest_version: _l, ...l }) => l) : seen;
    expect([...rows].sort((a, b) => (w.key(a) < w.key(b) ? -1 : 1))).toEqual(all);
  });

  it('a cursor from one list is refused by another with a 400 naming cursor', async () => {
    const first = (await get('/api/review?limit=1')).json() as { next_cursor: string };
    const res = await get(`/api/contradictions?cursor=${encodeURIComponent(first.next_cursor)}`);
    expect(res.json()).toMatchObject({ status: 400, field: 'cursor' });
  });

  it('every GET serves what its capability returns, no field dropped by the response schema', async () => {
    const [claim] = await s.db.query<{ id: string }>('SELECT claim_id AS id FROM evidence ORDER BY claim_id LIMIT 1');
    const [src] = await s.db.query<{ ref: string }>('SELECT s.ref FROM sources s JOIN claims c ON c.source_id = s.id ORDER BY s.ref LIMIT 1');
    const job = jobs.list()[0]!;
    const direct: Array<[string, () => Promise<unknown>]> = [
      ['/api/entities?q=lashkar', () => listEntities(s.db, { q: 'lashkar' })],
      [`/api/entities/${LET}`, () => getEntity(s.db, LET)],
      [`/api/entities/${LET}/neighbourhood?depth=2`, () => neighbourhood(s.db, LET, { depth: 2 })],
      [`/api/entities/${LET}/paths/${TRF}`, () => shortestPath(s.db, LET, TRF)],
      ['/api/claims?limit=500', () => listClaims(s.db, { limit: 500 })],
      [`/api/claims/${claim!.id}`, () => getClaim(s.db, claim!.id)],
      [`/api/claims/${claim!.id}/verdicts`, () => claimVerdict(s.db, claim!.id)],
      ['/api/sources?limit=500', () => listSources(s.db, { limit: 500 })],
      [`/api/sources/${src!.ref}`, () => getSource(s.db, src!.ref)],
      ['/api/measures?limit=500', () => listMeasures(s.db, { limit: 500 })],
      ['/api/search?q=lashkar', () => search(s.db, 'lashkar', {})],
      ['/api/screen?q=Lashkar-e-Toiba&lists=un', () => screen(s.db, 'Lashkar-e-Toiba', { lists: ['un'], limit: SCREEN_LIMIT, threshold: DEFAULT_THRESHOLD })],
      ['/api/lists/un/entries/QDe.118', () => getListEntry(s.db, 'un', 'QDe.118')],
      [`/api/measures/timeline?actor=${LET}`, async () => ({ ...(await actorTimeline(s.db, LET)), next_cursor: null })],
      [`/api/jobs/${job.id}`, async () => jobs.get(job.id)],
    ];
    for (const [url, fn] of direct) {
      const res = await get(url);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
      expect(res.json(), url).toEqual(asJson(await fn()));
    }
  });
});
