// Graph routes: neighbourhood (≤ 3 hops), shortest path between two entities, centrality.
import type { FastifyInstance } from 'fastify';
import { centrality, centralityRanking, MAX_DEPTH, MAX_PATH_HOPS, neighbourhood, shortestPath } from '../../graph/index.ts';
import { Centrality, idParams, Neighbourhood, obj, pageQuery, PathResult, query, responses, type PageQuery } from '../schemas.ts';
import type { RouteContext } from './context.ts';

const idString = { type: 'string', minLength: 1, maxLength: 200 } as const;

export function registerGraph(app: FastifyInstance, { db, memo }: RouteContext): void {
  app.get<{ Params: { id: string }; Querystring: { depth?: number; max_nodes?: number } }>(
    '/api/entities/:id/neighbourhood',
    {
      schema: {
        tags: ['graph'],
        summary: 'Entities within depth hops (claims with an entity object, either direction), with the claims on each edge',
        params: idParams,
        querystring: query({
          depth: { type: 'integer', minimum: 1, maximum: MAX_DEPTH, default: 1 },
          max_nodes: { type: 'integer', minimum: 1, maximum: 10000, default: 500 },
        }),
        response: responses(Neighbourhood),
      },
    },
    (req) => neighbourhood(db, req.params.id, { depth: req.query.depth, maxNodes: req.query.max_nodes }),
  );

  app.get<{ Params: { id: string; to: string }; Querystring: { max_hops?: number } }>(
    '/api/entities/:id/paths/:to',
    {
      schema: {
        tags: ['graph'],
        summary: 'A shortest path between two entities, with the claims on each edge (length null when none)',
        params: obj({ id: idString, to: idString }),
        querystring: query({ max_hops: { type: 'integer', minimum: 1, maximum: MAX_PATH_HOPS, default: MAX_PATH_HOPS } }),
        response: responses(PathResult),
      },
    },
    (req) => shortestPath(db, req.params.id, req.params.to, req.query.max_hops),
  );

  app.get<{ Querystring: PageQuery }>(
    '/api/graph/centrality',
    {
      schema: {
        tags: ['graph'],
        summary: 'Degree and betweenness centrality of the entity graph, most central first (betweenness, degree, id), paged',
        querystring: query(pageQuery),
        response: responses(Centrality),
      },
    },
    async (req) => centrality(db, req.query, await memo('centrality', () => centralityRanking(db))),
  );
}
