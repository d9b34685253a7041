// GET /api/health: the server answers and the store can be queried.
import type { FastifyInstance } from 'fastify';
import { obj, responses, str } from '../schemas.ts';
import type { RouteContext } from './context.ts';

export function registerHealth(app: FastifyInstance, { db }: RouteContext): void {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['server'],
        summary: 'Liveness and store check',
        response: responses(obj({ status: { type: 'string', enum: ['ok'] }, engine: str, version: str })),
      },
    },
    async () => {
      await db.query('SELECT 1');
      return { status: 'ok', engine: db.engine, version: '0.1.0' };
    },
  );
}
