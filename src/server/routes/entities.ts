// Entities: search by name, one entity with everything attested about it, its aliases.
import type { FastifyInstance } from 'fastify';
import { getAliases, getEntity, listEntities, pageSorted } from '../../graph/index.ts';
import { Alias, EntityDetail, EntitySummary, idParams, page, pageQuery, query, responses, type PageQuery } from '../schemas.ts';
import type { RouteContext } from './context.ts';

export function registerEntities(app: FastifyInstance, { db }: RouteContext): void {
  app.get<{ Querystring: { q?: string; kind?: string; limit?: number; cursor?: string } }>(
    '/api/entities',
    {
      schema: {
        tags: ['entities'],
        summary: 'List entities, or those whose name or an alias matches q (exact, prefix or trigram)',
        querystring: query({
          q: { type: 'string', minLength: 1, maxLength: 200, description: 'a name or part of one' },
          kind: { type: 'string', enum: ['person', 'organization', 'state', 'agency', 'place'] },
          ...pageQuery,
        }),
        response: responses(page(EntitySummary)),
      },
    },
    (req) => listEntities(db, req.query),
  );

  app.get<{ Params: { id: string } }>(
    '/api/entities/:id',
    {
      schema: {
        tags: ['entities'],
        summary: 'One entity with its aliases (and where attested), external ids, claims and measures, each with its source',
        params: idParams,
        response: responses(EntityDetail),
      },
    },
    (req) => getEntity(db, req.params.id),
  );

  app.get<{ Params: { id: string }; Querystring: PageQuery }>(
    '/api/entities/:id/aliases',
    {
      schema: {
        tags: ['entities'],
        summary: 'Every name the entity goes by, with where each is attested; by name, paged',
        params: idParams,
        querystring: query(pageQuery),
        response: responses(page(Alias)),
      },
    },
    async (req) => pageSorted(await getAliases(db, req.params.id), req.query, (a) => [a.name]),
  );
}
