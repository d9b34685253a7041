// Jobs: long work (imports) queued off the request path, with progress at GET /api/jobs/:id.
import type { FastifyInstance } from 'fastify';
import { arr, idParams, Job, obj, responses } from '../schemas.ts';
import { BEARER, type RouteContext } from './context.ts';

export function registerJobs(app: FastifyInstance, { jobs }: RouteContext): void {
  app.get(
    '/api/jobs',
    {
      schema: {
        tags: ['jobs'],
        summary: 'Recent jobs, newest first (kept in memory: they do not survive a restart)',
        response: responses(obj({ items: arr(Job) })),
      },
    },
    async () => ({ items: jobs.list() }),
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
      const job = jobs.submit('import-reference', {});
      return reply.code(202).header('location', `/api/jobs/${job.id}`).send(job);
    },
  );
}
