// GET /api/search: one ranked search over names, aliases and documents.
import type { FastifyInstance } from 'fastify';
import { search } from '../../graph/index.ts';
import { page, pageQuery, query, responses, SearchHit } from '../schemas.ts';
import type { RouteContext } from './context.ts';

export function registerSearch(app: FastifyInstance, { db }: RouteContext): void {
  app.get<{ Querystring: { q: string; limit?: number; cursor?: string } }>(
    '/api/search',
    {
      schema: {
        tags: ['search'],
        summary: 'Search: exact name > alias > fuzzy name > full text of documents; snippets with highlight offsets',
        querystring: query({ q: { type: 'string', minLength: 1, maxLength: 200 }, ...pageQuery }, ['q']),
        response: responses(page(SearchHit)),
      },
    },
    (req) => search(db, req.query.q, req.query),
  );
}
