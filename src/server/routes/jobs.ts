// Jobs: long work (imports) queued off the request path, with progress at GET /api/jobs/:id.
import type { FastifyInstance } from 'fastify';
import { pageSorted } from '../../graph/index.ts';
import { idParams, Job, page, pageQuery, query, responses, type PageQuery } from '../schemas.ts';
import { BEARER, queued, type RouteContext } from './context.ts';

export function registerJobs(app: FastifyInstance, { jobs }: RouteContext): void {
  app.get<{ Querystring: PageQuery }>(
    '/api/jobs',
    {
      schema: {
        tags: ['jobs'],
        summary: 'Recent jobs, newest first (by created_at, then id), paged; kept in memory: they do not survive a restart',
        querystring: query(pageQuery),
        response: responses(page(Job)),
      },
    },
    async (req) => pageSorted(jobs.list(), req.query, (j) => [-Date.parse(j.created_at), j.id]),
  );

  app.get<{ Params: { id: string } }>(
    '/api/jobs/:id',
    {
      schema: { tags: ['jobs'], summary: 'A job with its status, progress, result or error', params: idParams, response: responses(Job) },
    },
    async (req) => jobs.get(req.params.id),
  );

  app.post(
    '/api/imports/reference',
    {
      schema: {
        tags: ['jobs'],
        summary: 'Queue an import of the bundled reference data; answers 202 with the job to poll',
        security: BEARER,
        body: { type: ['object', 'null'], properties: {}, additionalProperties: false },
        response: responses(Job, 202, [401]),
      },
    },
    async (_req, reply) => {
      return queued(reply, jobs.submit('import-reference', {}));
    },
  );
}
