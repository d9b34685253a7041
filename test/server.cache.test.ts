// The GET cache never serves data older than the last write made through the server (a job step or a
// POST), on both engines.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { importReference } from '../src/reference/index.ts';
import { ResponseCache, type Lookup } from '../src/server/cache.ts';
import { buildServer, JobQueue } from '../src/server/index.ts';
import { ENGINES, freshStore, type TestStore } from './helpers/engines.ts';

describe('ResponseCache.memo', () => {
  it('computes a value once per data version, shares it with concurrent callers, and keeps no failure', async () => {
    const cache = new ResponseCache();
    let calls = 0;
    const compute = async () => ++calls;
    const [a, b] = await Promise.all([cache.memo('k', compute), cache.memo('k', compute)]);
    expect([a, b, calls]).toEqual([1, 1, 1]);
    expect(await cache.memo('other', compute)).toBe(2);
    cache.bump();
    expect(await cache.memo('k', compute)).toBe(3);
    await expect(cache.memo('bad', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.memo('bad', compute)).toBe(4);
  });

  it('recomputes after its time to live, as responses expire (other processes may write)', async () => {
    const cache = new ResponseCache(10, 0);
    let calls = 0;
    await cache.memo('k', async () => ++calls);
    await new Promise((r) => setTimeout(r, 5));
    expect(await cache.memo('k', async () => ++calls)).toBe(2);
  });
});

describe('ResponseCache.lookup: single flight, stale while revalidate', () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  const lead = (l: Lookup) => {
    if (!('land' in l)) throw new Error(`expected to compute, got ${JSON.stringify(l)}`);
    return l.land;
  };
  const waits = (l: Lookup) => {
    if (!('wait' in l)) throw new Error(`expected to wait, got ${JSON.stringify(l)}`);
    return l.wait;
  };
  const hit = (l: Lookup) => ('hit' in l ? { payload: l.hit.payload.toString(), stale: l.stale } : null);
  const answer = (cache: ResponseCache, key: string, payload: string, version: number) => cache.set(key, Buffer.from(payload), `"${payload}"`, 'application/json', version);

  it('lets the first request compute and the others at the same version wait for its answer, then serves it', async () => {
    const cache = new ResponseCache();
    const land = lead(cache.lookup('/a'));
    const second = waits(cache.lookup('/a'));
    lead(cache.lookup('/b')); // another key flies on its own
    const e = answer(cache, '/a', 'x', 0);
    land(e);
    land(null); // landing twice changes nothing
    expect((await second)?.payload.toString()).toBe('x');
    expect(hit(cache.lookup('/a'))).toEqual({ payload: 'x', stale: false });
  });

  it('after a write (hard bump) nobody waits for or is served an answer read before it; earlier waiters are released', async () => {
    const cache = new ResponseCache();
    answer(cache, '/a', 'old', 0);
    cache.bump();
    const land = lead(cache.lookup('/a')); // the old answer is gone
    const early = waits(cache.lookup('/a'));
    cache.bump();
    const late = lead(cache.lookup('/a'));
    land(null); // nothing to share: the waiters compute their own
    expect(await early).toBeNull();
    expect(answer(cache, '/a', 'stale', 1) && hit(cache.lookup('/a'))).toBeNull(); // read before the last write: not kept
    void waits(cache.lookup('/a')); // the late flight is still running, not ended by the first
    late(answer(cache, '/a', 'new', 2));
    expect(hit(cache.lookup('/a'))).toEqual({ payload: 'new', stale: false });
  });

  it('while a job runs (soft bumps), one request reads afresh and the others get the last answer at once', () => {
    const cache = new ResponseCache();
    answer(cache, '/a', 'v0', 0);
    cache.bumpSoon(); // a job's step: soft
    const land = lead(cache.lookup('/a'));
    expect(hit(cache.lookup('/a'))).toEqual({ payload: 'v0', stale: true });
    land(answer(cache, '/a', 'v1', 1));
    expect(hit(cache.lookup('/a'))).toEqual({ payload: 'v1', stale: false });
    // An answer older than the one kept does not replace it.
    answer(cache, '/a', 'older', 0);
    expect(hit(cache.lookup('/a'))).toEqual({ payload: 'v1', stale: false });
    cache.bump(); // the job's end: hard
    lead(cache.lookup('/a'));
    void waits(cache.lookup('/a'));
  });

  it('serves a stale answer for at most staleMs', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const cache = new ResponseCache(10, Number.POSITIVE_INFINITY, 1000, 5000);
    answer(cache, '/a', 'v0', 0);
    vi.advanceTimersByTime(6000);
    cache.bumpSoon();
    lead(cache.lookup('/a'));
    void waits(cache.lookup('/a'));
  });
});

describe('ResponseCache.bumpSoon (a running job\'s steps)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('bumps at once when the last bump is old enough, else once when the lag has passed; bump() at once always', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const cache = new ResponseCache(10, Number.POSITIVE_INFINITY, 1000);
    cache.bumpSoon();
    expect(cache.version).toBe(1); // nothing bumped before: at once
    cache.bumpSoon();
    cache.bumpSoon();
    expect(cache.version).toBe(1); // within the lag: held
    vi.advanceTimersByTime(999);
    expect(cache.version).toBe(1);
    vi.advanceTimersByTime(1);
    expect(cache.version).toBe(2); // one bump for the steps held
    vi.advanceTimersByTime(5000);
    expect(cache.version).toBe(2); // and no more
    cache.bumpSoon();
    expect(cache.version).toBe(3);
    cache.bumpSoon(); // held…
    cache.bump(); // …but a job's end or a write request bumps at once, and takes the held bump with it
    expect(cache.version).toBe(4);
    vi.advanceTimersByTime(5000);
    expect(cache.version).toBe(4);
  });
});

describe.each(ENGINES)('response cache on %s', (engine) => {
  let s: TestStore;
  let app: FastifyInstance;
  let jobs: JobQueue;
  beforeAll(async () => {
    s = await freshStore(engine);
    await importReference(s.db);
    jobs = new JobQueue(s.db);
    jobs.register('describe', async (input, ctx) => {
      const { ref, text } = input as { ref: string; text: string };
      await ctx.db.query('UPDATE entities SET description = $2 WHERE ref = $1', [ref, text]);
      ctx.progress(1, 1);
      return { ok: true };
    });
    jobs.register('fail', async () => {
      throw new Error('boom');
    });
    // A long TTL so only invalidation, not expiry, can explain a fresh answer.
    app = await buildServer({ db: s.db, token: 't', rateLimit: false, jobs, cache: { ttlMs: 60_000 } });
  });
  afterAll(async () => {
    await app?.close();
    await s?.cleanup();
  });

  const description = async () => (await app.inject({ url: '/api/entities/org-hamas' })).json().description as string;

  it('a job that writes makes the next GET fresh', async () => {
    const before = await description();
    expect(await description()).toBe(before); // second read: from the cache
    jobs.submit('describe', { ref: 'org-hamas', text: 'changed by a job' });
    await jobs.idle();
    expect(await description()).toBe('changed by a job');
  });

  it('a hit sends the bytes the first answer sent (kept encoded): characters beyond Latin-1, length, type, ETag, 304', async () => {
    const text = 'It’s “quoted” — Ħ, 日本, 🙂';
    jobs.submit('describe', { ref: 'org-hamas', text });
    await jobs.idle();
    const first = await app.inject({ url: '/api/entities/org-hamas' }); // computed
    const again = await app.inject({ url: '/api/entities/org-hamas' }); // from the cache
    expect(first.json().description).toBe(text);
    expect(again.rawPayload.equals(first.rawPayload)).toBe(true);
    for (const r of [first, again]) {
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(Number(r.headers['content-length'])).toBe(first.rawPayload.length);
    }
    expect(again.headers.etag).toBe(first.headers.etag);
    const unchanged = await app.inject({ url: '/api/entities/org-hamas', headers: { 'if-none-match': String(first.headers.etag) } });
    expect(unchanged.statusCode).toBe(304);
    expect(unchanged.body).toBe('');
  });

  it('the review queue, computed once for all its pages, is computed anew after a review action', async () => {
    const list = async () =>
      ((await app.inject({ url: '/api/review?limit=500' })).json().items as { id: string; target_id: string }[]).map((i) => i.id);
    const before = await list();
    expect(before.length).toBeGreaterThan(0);
    const first = before[0]!;
    const res = await app.inject({ method: 'POST', url: `/api/review/${encodeURIComponent(first)}/accept`, headers: { authorization: 'Bearer t' }, payload: {} });
    expect(res.statusCode).toBe(200);
    const after = await list();
    expect(after).not.toContain(first);
    expect(after.length).toBe(before.length - 1);
  });

  it('concurrent GETs of a page that is not cached read the store once, and all get the same answer', async () => {
    let reads = 0;
    const counting = Object.create(s.db) as typeof s.db;
    counting.query = ((...args: Parameters<typeof s.db.query>) => {
      reads++;
      return s.db.query(...args);
    }) as typeof s.db.query;
    const one = await buildServer({ db: counting, token: 't', rateLimit: false, cache: { ttlMs: 60_000 } });
    try {
      const alone = await one.inject({ url: '/api/entities/org-hamas' });
      const perRead = reads;
      expect(perRead).toBeGreaterThan(0);
      const other = await buildServer({ db: counting, token: 't', rateLimit: false, cache: { ttlMs: 60_000 } });
      try {
        reads = 0;
        const all = await Promise.all(Array.from({ length: 20 }, () => other.inject({ url: '/api/entities/org-hamas' })));
        expect(reads).toBe(perRead);
        expect(new Set(all.map((r) => r.body))).toEqual(new Set([alone.body]));
        expect(new Set(all.map((r) => r.headers.etag))).toEqual(new Set([alone.headers.etag]));
        // A 404 is not shared: each request answers for itself, and each gets its problem.
        const missing = await Promise.all(Array.from({ length: 3 }, () => other.inject({ url: '/api/entities/org-nobody' })));
        expect(missing.map((r) => r.statusCode)).toEqual([404, 404, 404]);
      } finally {
        await other.close();
      }
    } finally {
      await one.close();
    }
  });

  it('a failed job is reported as a problem, with its message', async () => {
    const job = jobs.submit('fail', {});
    await jobs.idle();
    expect(jobs.get(job.id)).toMatchObject({ status: 'failed', error: { status: 500, code: 'internal', detail: 'boom' } });
  });
});
