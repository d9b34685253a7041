// Measures: what authorities did to actors, filtered; each with its source.
import type { FastifyInstance } from 'fastify';
import { listMeasures, type MeasureFilter } from '../../graph/index.ts';
import { MEASURE_KINDS } from '../../model/vocab.ts';
import { MeasureListItem, page, pageQuery, query, responses } from '../schemas.ts';
import type { RouteContext } from './context.ts';

const id = { type: 'string', minLength: 1, maxLength: 200 } as const;

export function registerMeasures(app: FastifyInstance, { db }: RouteContext): void {
  app.get<{ Querystring: MeasureFilter }>(
    '/api/measures',
    {
      schema: {
        tags: ['measures'],
        summary: 'List measures (designations, sanctions, suspensions, …) by actor, authority, kind, status',
        querystring: query({
          actor: { ...id, description: 'actor entity id' },
          authority: { ...id, description: 'authority entity id' },
          kind: { type: 'string', minLength: 1, maxLength: 60, description: `one of ${MEASURE_KINDS.join(', ')}` },
          status: { type: 'string', minLength: 1, maxLength: 40 },
          ...pageQuery,
        }),
        response: responses(page(MeasureListItem)),
      },
    },
    (req) => listMeasures(db, req.query),
  );
}
