// Screening: one name, or a batch, against the imported sanctions lists, with explained scores. The
// matching is src/resolve's; this is its HTTP shape. Screening writes nothing: both routes are reads (the
// batch is a POST only to carry its body) and need no token.
import type { FastifyInstance } from 'fastify';
import { DEFAULT_LIMIT, DEFAULT_THRESHOLD, LIST_IDS, screen, screenBatch, type ScreenOptions } from '../../resolve/index.ts';
import { arr, nstr, num, obj, query, responses, str } from '../schemas.ts';
import type { RouteContext } from './context.ts';

/** The most names one batch request may carry. */
export const SCREEN_BATCH_MAX = 1000;

const Explanation = {
  type: 'object',
  properties: { query: nstr, alias: nstr, rule: str, score: num, weight: num, note: str },
  required: ['query', 'alias', 'rule', 'score', 'weight'],
};
const ScreenMatch = obj({
  list: str, id: { type: 'string', description: "the list's own reference" }, name: { type: 'string', description: "the entry's primary name" },
  matched_alias: str, score: num, explanation: arr(Explanation, 'token by token: which rule paired which tokens'),
  alias_type: str, alias_quality: str, alias_form: str, kind: str, entry_id: str,
  programmes: { type: ['array', 'null'], items: { type: 'string' }, description: 'programmes as the list states them' },
  // Free-form by design: each list states different things.
  details: { type: ['object', 'null'], additionalProperties: true, description: 'what the list states beyond names, shown to the reader and never used in the score' },
});
const ScreenResult = obj({ query: str, threshold: num, matches: arr(ScreenMatch, 'at or above the threshold, best first; empty means no match') });

const kind = { type: 'string', enum: ['person', 'organization'] } as const;
const options = {
  kind: { ...kind, description: 'only entries of this kind' },
  lists: { type: 'array', items: { type: 'string', enum: [...LIST_IDS] }, maxItems: LIST_IDS.length, description: 'only these lists (repeat the parameter for several)' },
  limit: { type: 'integer', minimum: 1, maximum: 100, default: DEFAULT_LIMIT },
  threshold: { type: 'number', minimum: 0, maximum: 1, default: DEFAULT_THRESHOLD },
} as const;

interface Opts {
  kind?: 'person' | 'organization';
  lists?: string[];
  limit?: number;
  threshold?: number;
}
const screenOptions = (o: Opts): ScreenOptions => ({
  ...(o.kind ? { kind: o.kind } : {}),
  ...(o.lists?.length ? { lists: o.lists } : {}),
  limit: o.limit ?? DEFAULT_LIMIT,
  threshold: o.threshold ?? DEFAULT_THRESHOLD,
});

export function registerScreen(app: FastifyInstance, { db }: RouteContext): void {
  app.get<{ Querystring: Opts & { q: string } }>(
    '/api/screen',
    {
      schema: {
        tags: ['screening'],
        summary: 'Screen one name against the imported lists; each match with its score explained',
        querystring: query({ q: { type: 'string', minLength: 1, maxLength: 300, description: 'the name to screen' }, ...options }, ['q']),
        response: responses(ScreenResult),
      },
    },
    (req) => screen(db, req.query.q, screenOptions(req.query)),
  );

  app.post<{ Body: Opts & { names: Array<{ name: string; kind?: 'person' | 'organization' }> } }>(
    '/api/screen/batch',
    {
      config: { read: true },
      schema: {
        tags: ['screening'],
        security: [],
        summary: `Screen up to ${SCREEN_BATCH_MAX} names in one request (writes nothing: no token needed); results in the order sent`,
        body: {
          type: 'object',
          properties: {
            names: { ...arr({ type: 'object', properties: { name: { type: 'string', maxLength: 300 }, kind }, required: ['name'], additionalProperties: false }, `1 to ${SCREEN_BATCH_MAX} names`), minItems: 1, maxItems: SCREEN_BATCH_MAX },
            ...options,
          },
          required: ['names'],
          additionalProperties: false,
        },
        response: responses(obj({ items: arr(ScreenResult, 'one per name, in the order sent') }), 200, [413]),
      },
    },
    async (req) => {
      const items = req.body.names.map((n) => ({ query: n.name, ...(n.kind ? { kind: n.kind } : {}) }));
      return { items: await screenBatch(db, items, screenOptions(req.body)) };
    },
  );
}
