// The OpenAPI document validates against the OpenAPI 3.1 schema and lists every documented route; plus the
// server-wide guards: rate limit and body size answer problem+json.
import { Validator } from '@seriousme/openapi-schema-validator';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, routesOf } from '../src/server/index.ts';
import { ENGINES, freshStore, type TestStore } from './helpers/engines.ts';

/** `/api/entities/:id` → `/api/entities/{id}`, the OpenAPI spelling. */
const toOpenApiPath = (url: string) => url.replace(/:([A-Za-z_]+)/g, '{$1}');

describe.each(ENGINES)('OpenAPI document on %s', (engine) => {
  let s: TestStore;
  let app: FastifyInstance;
  beforeAll(async () => {
    s = await freshStore(engine);
    app = await buildServer({ db: s.db, token: 't', rateLimit: 3, bodyLimit: 64 });
  });
  afterAll(async () => {
    await app?.close();
    await s?.cleanup();
  });

  const READ_POSTS = ['POST /api/screen/batch'];
  it('validates against the OpenAPI 3.1 schema and lists every documented route with its responses', async () => {
    const res = await app.inject({ url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown>; security?: unknown }>> };
    expect(doc.openapi).toBe('3.1.0');
    const v = new Validator();
    const result = await v.validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(v.version).toBe('3.1');

    // Only the landing page, /openapi.json itself and the docs page's assets are left out of the document.
    const hidden = routesOf(app).filter((r) => !r.documented).map((r) => r.url);
    expect(hidden.every((u) => u === '/' || u === '/openapi.json' || u.startsWith('/docs'))).toBe(true);
    const documented = routesOf(app).filter((r) => r.documented);
    expect(documented.length).toBeGreaterThan(10);
    const listed = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));
    expect(listed.sort()).toEqual(documented.map((r) => `${r.method} ${toOpenApiPath(r.url)}`).sort());
    for (const r of documented) {
      const op = doc.paths[toOpenApiPath(r.url)]![r.method.toLowerCase()]!;
      expect(Object.keys(op.responses)).toContain('400');
      // Writes need the bearer token; a POST that only reads (a screening batch) says it needs none.
      if (r.method !== 'GET') expect(op.security).toEqual(READ_POSTS.includes(`${r.method} ${r.url}`) ? [] : [{ bearer: [] }]);
    }
  });

  it('a body over the limit is a 413 problem, and past the rate limit comes a 429 problem', async () => {
    const big = await app.inject({
      method: 'POST',
      url: '/api/imports/reference',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      payload: JSON.stringify({ pad: 'x'.repeat(200) }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.headers['content-type']).toMatch(/^application\/problem\+json/);
    let last = big;
    for (let i = 0; i < 4; i++) last = await app.inject({ url: '/api/health' });
    expect(last.statusCode).toBe(429);
    expect(last.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(last.json()).toMatchObject({ status: 429, code: 'too_many_requests' });
  });
});
