// Claims: filter by subject, object, entity, predicate, source, status, verdict; one with its evidence.
import type { FastifyInstance } from 'fastify';
import { getClaim, listClaims, type ClaimFilter } from '../../graph/index.ts';
import { PREDICATES, VERDICT_RATINGS } from '../../model/vocab.ts';
import { Claim, ClaimDetail, idParams, page, pageQuery, query, responses } from '../schemas.ts';
import type { RouteContext } from './context.ts';

const id = { type: 'string', minLength: 1, maxLength: 200 } as const;

export function registerClaims(app: FastifyInstance, { db }: RouteContext): void {
  app.get<{ Querystring: ClaimFilter }>(
    '/api/claims',
    {
      schema: {
        tags: ['claims'],
        summary: 'Filter claims; each with its source and current verdict',
        querystring: query({
          subject: { ...id, description: 'subject entity id' },
          object: { ...id, description: 'object entity, event or place id' },
          entity: { ...id, description: 'subject, object or claimant (the claims its entity page lists)' },
          predicate: { type: 'string', enum: [...PREDICATES] },
          source: { ...id, description: 'source id' },
          status: { type: 'string', enum: ['proposed', 'accepted', 'rejected'] },
          verdict: { type: 'string', enum: [...VERDICT_RATINGS, 'none'], description: 'current verdict rating, or none' },
          ...pageQuery,
        }),
        response: responses(page(Claim)),
      },
    },
    (req) => listClaims(db, req.query),
  );

  app.get<{ Params: { id: string } }>(
    '/api/claims/:id',
    {
      schema: {
        tags: ['claims'],
        summary: 'One claim with its source, evidence (stance, other claim or source) and verdict history',
        params: idParams,
        response: responses(ClaimDetail),
      },
    },
    (req) => getClaim(db, req.params.id),
  );
}
