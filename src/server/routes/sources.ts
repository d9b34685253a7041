// Sources (documents): list, and one with its text, mentions and claims with their spans.
import type { FastifyInstance } from 'fastify';
import { getSource, listSources } from '../../graph/index.ts';
import { idParams, page, pageQuery, query, responses, SourceDetail, SourceRow } from '../schemas.ts';
import type { RouteContext } from './context.ts';

export function registerSources(app: FastifyInstance, { db }: RouteContext): void {
  app.get<{ Querystring: { kind?: string; limit?: number; cursor?: string } }>(
    '/api/sources',
    {
      schema: {
        tags: ['sources'],
        summary: 'List sources (documents and list versions)',
        querystring: query({
          kind: { type: 'string', enum: ['official', 'news', 'think-tank', 'op-ed', 'encyclopedia', 'list'] },
          ...pageQuery,
        }),
        response: responses(page(SourceRow)),
      },
    },
    (req) => listSources(db, req.query),
  );

  app.get<{ Params: { id: string } }>(
    '/api/sources/:id',
    {
      schema: {
        tags: ['sources'],
        summary: 'One source with its text, its mentions and its claims, with their spans',
        params: idParams,
        response: responses(SourceDetail),
      },
    },
    (req) => getSource(db, req.params.id),
  );
}
