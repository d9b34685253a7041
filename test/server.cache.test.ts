// The GET cache never serves data older than the last write made through the server (a job step or a
// POST), on both engines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { importReference } from '../src/reference/index.ts';
import { buildServer, JobQueue } from '../src/server/index.ts';
import { ENGINES, freshStore, type TestStore } from './helpers/engines.ts';

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

  it('a failed job is reported as a problem, with its message', async () => {
    const job = jobs.submit('fail', {});
    await jobs.idle();
    expect(jobs.get(job.id)).toMatchObject({ status: 'failed', error: { status: 500, code: 'internal', detail: 'boom' } });
  });
});
