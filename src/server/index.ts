// The server's front door: buildServer() wires the routes (HTTP shape only; each calls a capability's
// front door), OpenAPI, auth, rate limits, ETags and problem+json errors; startServer() opens the store and
// listens on 127.0.0.1 unless told otherwise.
import { createHash } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { DossierError } from '../model/index.ts';
import { dataDirOf, openStore, type Db, type StoreOptions } from '../store/index.ts';
import { ResponseCache, type CachedResponse } from './cache.ts';
import { registerJobKinds } from './job-kinds.ts';
import { JobQueue } from './jobs.ts';
import { problem, sendProblem, toProblem } from './problem.ts';
import { query } from './schemas.ts';
import { registerClaims } from './routes/claims.ts';
import type { RouteContext } from './routes/context.ts';
import { registerDocuments } from './routes/documents.ts';
import { registerEntities } from './routes/entities.ts';
import { registerGraph } from './routes/graph.ts';
import { registerHealth } from './routes/health.ts';
import { registerJobs } from './routes/jobs.ts';
import { registerLanding } from './routes/landing.ts';
import { LIST_UPLOAD_TYPES, registerLists } from './routes/lists.ts';
import { registerMeasures } from './routes/measures.ts';
import { registerScreen } from './routes/screen.ts';
import { registerSearch } from './routes/search.ts';
import { registerSources } from './routes/sources.ts';
import { registerVerify } from './routes/verify.ts';
import { ensureToken, tokenMatches } from './token.ts';

export { ensureToken, readToken, tokenMatches, TOKEN_FILE, type TokenResult } from './token.ts';
export { JobQueue, type JobView, type JobContext, type JobHandler } from './jobs.ts';
export { escapeHtml } from './routes/landing.ts';

export interface ServerOptions {
  db: Db;
  /** The bearer token every write must present. */
  token: string;
  /** Fastify logger option (false by default). */
  logger?: FastifyServerOptions['logger'];
  /** Requests per minute per client address; false turns rate limiting off (benchmarks). Default 1200. */
  rateLimit?: number | false;
  /** Largest request body in bytes. Default 1 MiB. */
  bodyLimit?: number;
  /** A job queue to use (default: a new one over `db`). */
  jobs?: JobQueue;
  /**
   * Cache GET /api responses until the next write (false: off). On PostgreSQL, where other processes may
   * write, entries also expire after `ttlMs` (default 1000). While a job runs, its writes reach the
   * answers within `jobLagMs` (default 1000); its end and every write request, at once.
   */
  cache?: false | { maxEntries?: number; ttlMs?: number; jobLagMs?: number };
}

export const DEFAULT_PORT = 7312;
export const DEFAULT_HOST = '127.0.0.1';
export interface RouteInfo {
  method: string;
  url: string;
  /** False for the landing page, /openapi.json and the docs' own assets. */
  documented: boolean;
}
const ROUTES = new WeakMap<FastifyInstance, RouteInfo[]>();

/** Every route the server registered (tests check the OpenAPI document lists each documented one). */
export function routesOf(app: FastifyInstance): RouteInfo[] {
  return [...(ROUTES.get(app) ?? [])];
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** A POST that only reads (its route says config: { read: true }, e.g. a screening batch): no token, no cache bump. */
const isRead = (req: FastifyRequest) => req.routeOptions.config?.read === true;

interface CacheState {
  cacheVersion?: number;
  cacheHit?: boolean;
  etag?: string;
  land?: (answer: CachedResponse | null) => void; // set when this request computes an answer others wait for
}
const etagOf = (payload: string | Buffer) => `W/"${createHash('sha1').update(payload).digest('base64url')}"`;
/** API reads, except jobs (their progress changes by the millisecond). */
const isCacheable = (url: string) => url.startsWith('/api/') && !url.startsWith('/api/jobs');

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.bodyLimit ?? 1024 * 1024,
    // Unknown query parameters are errors (naming the parameter), not silently dropped.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false } },
    // Path parameters are checked by the route schemas (maxLength 200, a 400 naming the field), not cut here.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 1000 },
    // Errors the framework raises before a route runs (bad URL, bad content type) are problems too.
    frameworkErrors: (err, req, reply) => sendProblem(reply, toProblem(err, req)),
  });
  const routes: RouteInfo[] = [];
  app.addHook('onRoute', (r) => {
    // Unknown query parameters are a 400 naming them on every API route, also on those that take none.
    if (r.url.startsWith('/api/') && r.schema && !r.schema.querystring) r.schema = { ...r.schema, querystring: query({}) };
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    const hidden = Boolean((r.schema as { hide?: boolean } | undefined)?.hide) || r.url.startsWith('/docs');
    for (const m of methods) if (m !== 'HEAD') routes.push({ method: m, url: r.url, documented: !hidden });
  });
  ROUTES.set(app, routes);
  const jobs = opts.jobs ?? new JobQueue(opts.db);
  registerJobKinds(jobs);
  const cache =
    opts.cache === false
      ? null
      : new ResponseCache(
          opts.cache?.maxEntries ?? 2000,
          opts.cache?.ttlMs ?? (opts.db.engine === 'postgres' ? 1000 : Number.POSITIVE_INFINITY),
          opts.cache?.jobLagMs ?? 1000,
        );
  const ctx: RouteContext = { db: opts.db, jobs, memo: (key, compute) => (cache ? cache.memo(key, compute) : compute()) };
  if (cache) jobs.onChange((ended) => (ended ? cache.bump() : cache.bumpSoon()));

  app.setErrorHandler((err, req, reply) => {
    const body = toProblem(err, req);
    if (body.status >= 500) req.log.error({ err }, 'request failed');
    return sendProblem(reply, body);
  });
  app.setNotFoundHandler((req, reply) => sendProblem(reply, problem('not_found', 404, `no route ${req.method} ${req.url.split('?')[0]}`, { instance: req.url })));

  if (opts.rateLimit !== false) {
    await app.register(rateLimit, {
      global: true,
      max: opts.rateLimit ?? 1200,
      timeWindow: '1 minute',
      errorResponseBuilder: (_req, c) =>
        Object.assign(new Error(`rate limit exceeded: ${c.max} requests per ${c.after}`), { statusCode: 429 }),
    });
  }

  // Every write needs the bearer token. CORS stays off: no Access-Control-* headers are ever sent.
  app.addHook('onRequest', async (req) => {
    if (SAFE_METHODS.has(req.method) || isRead(req)) return;
    const h = req.headers.authorization ?? '';
    const m = /^Bearer\s+(\S+)$/i.exec(h);
    if (!m || !tokenMatches(m[1]!, opts.token)) {
      throw new DossierError('unauthorized', m ? 'wrong bearer token' : 'writes need Authorization: Bearer <token> (see <data dir>/token)', { field: 'authorization' });
    }
  });

  if (cache) {
    // Served from the cache in preHandler, after the rate limit (a route-level onRequest hook) and
    // validation; the onSend hooks below still run (ETag, 304).
    app.addHook('preHandler', async (req, reply) => {
      if (req.method !== 'GET' || !isCacheable(req.url)) return;
      const st = req as CacheState;
      st.cacheVersion = cache.version;
      const send = (hit: CachedResponse) => {
        st.cacheHit = true;
        st.etag = hit.etag;
        return reply.type(hit.contentType).send(hit.payload);
      };
      const found = cache.lookup(req.url);
      if ('hit' in found) return send(found.hit);
      if ('wait' in found) {
        const shared = await found.wait;
        if (shared) return send(shared);
        return; // the first request had nothing to share (an error, a 404): compute this one
      }
      st.land = found.land;
      // Whatever happens to this request (an error, a client gone), its waiters are released.
      reply.raw.once('close', () => found.land(null));
    });
    app.addHook('onSend', async (req, reply, payload) => {
      const st = req as CacheState;
      if (req.method !== 'GET' || st.cacheHit || st.cacheVersion === undefined) return payload;
      if (reply.statusCode === 200 && typeof payload === 'string') {
        // Encoded once here; every hit then writes these bytes as they are (cache.ts says why).
        const body = Buffer.from(payload);
        st.etag = etagOf(body);
        const entry = cache.set(req.url, body, st.etag, String(reply.getHeader('content-type') ?? 'application/json'), st.cacheVersion);
        st.land?.(entry);
        return body;
      }
      st.land?.(null);
      return payload;
    });
    app.addHook('onResponse', async (req, reply) => {
      if (!SAFE_METHODS.has(req.method) && !isRead(req) && reply.statusCode < 400) cache.bump();
    });
  }

  // Weak ETags over the serialised body of every successful GET; If-None-Match → 304.
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.method !== 'GET' || reply.statusCode !== 200) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const etag = (req as CacheState).etag ?? etagOf(payload);
    reply.header('etag', etag);
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-cache');
    const inm = req.headers['if-none-match'];
    if (inm && inm.split(',').some((t) => t.trim() === etag || t.trim() === '*')) {
      reply.code(304);
      reply.removeHeader('content-length');
      return '';
    }
    return payload;
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Dossier API',
        version: '0.1.0',
        description:
          'An evidence graph for research on political violence. Every fact names its source; claims are their claimants\'. ' +
          'Lists use cursor pagination (pass next_cursor as cursor); GETs carry ETags; errors are application/problem+json; writes need a bearer token.',
        license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
      },
      servers: [{ url: '/' }],
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      tags: ['server', 'search', 'screening', 'documents', 'entities', 'graph', 'claims', 'sources', 'measures', 'verification', 'lists', 'jobs'].map((name) => ({ name })),
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    // No calls out of the machine: no validator badge (it would fetch validator.swagger.io).
    uiConfig: { validatorUrl: null, deepLinking: true },
    staticCSP: true,
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerLanding(app, ctx);
  registerHealth(app, ctx);
  registerSearch(app, ctx);
  registerScreen(app, ctx);
  registerEntities(app, ctx);
  registerGraph(app, ctx);
  registerClaims(app, ctx);
  registerSources(app, ctx);
  registerMeasures(app, ctx);
  registerVerify(app, ctx);
  registerJobs(app, ctx);
  // File uploads (list imports) arrive as raw bytes; JSON stays Fastify's own parser.
  app.addContentTypeParser(LIST_UPLOAD_TYPES, { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  registerLists(app, ctx);
  registerDocuments(app, ctx);
  await app.ready();
  return app;
}

export interface StartOptions extends StoreOptions {
  host?: string;
  cache?: ServerOptions['cache'];
  port?: number;
  rateLimit?: number | false;
  /** Where to print the URL (default: stdout). */
  print?: (line: string) => void;
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Opens the store, ensures the token, listens, prints the URL; returns the server and a stop function. */
export async function startServer(opts: StartOptions = {}): Promise<{ app: FastifyInstance; url: string; stop: () => Promise<void> }> {
  const host = opts.host ?? DEFAULT_HOST;
  const port = opts.port ?? DEFAULT_PORT;
  const db = await openStore(opts);
  const { token } = ensureToken(dataDirOf(opts));
  const app = await buildServer({
    db,
    token,
    ...(opts.rateLimit !== undefined ? { rateLimit: opts.rateLimit } : {}),
    ...(opts.cache !== undefined ? { cache: opts.cache } : {}),
  });
  await app.listen({ host, port });
  const shown = host.includes(':') ? `[${host}]` : host;
  const url = `http://${shown}:${(app.server.address() as { port: number }).port}/`;
  (opts.print ?? ((l) => process.stdout.write(`${l}\n`)))(`Dossier is serving at ${url}`);
  return {
    app,
    url,
    async stop() {
      await app.close();
      await db.close();
    },
  };
}
