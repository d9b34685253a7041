// Verification and accountability: contradictions, the review queue and its actions, a claim's verdict,
// source ratings, and per-actor timelines and gaps. The logic is src/verify's and src/measures'; this is
// their HTTP shape. Their nested shapes are described in docs/verify.md and docs/measures.md; the response
// schemas here pin the top level and pass the rest through.
import type { FastifyInstance } from 'fastify';
import { actorTimeline, gapReport } from '../../measures/index.ts';
import { RELIABILITY_CODES, VERDICT_RATINGS } from '../../model/vocab.ts';
import { claimVerdict, listContradictions, rateSource, reviewAct, reviewList, type ReviewType } from '../../verify/index.ts';
import { arr, idParams, int, nstr, obj, query, responses, str } from '../schemas.ts';
import { BEARER, type RouteContext } from './context.ts';

const open = (description: string) => ({ type: 'object', additionalProperties: true, description });
const Side = obj({ type: str, claim_id: nstr, source_id: nstr, source_title: nstr, publisher: nstr, reliability: nstr, quote: nstr, statement: str });
const ContradictionView = obj({
  id: str, kind: str, summary: str, a: Side, b: Side,
  review: obj({ status: { type: 'string', enum: ['open', 'accepted', 'rejected'] }, reviewer: nstr, note: nstr }),
});
const ReviewItem = {
  type: 'object',
  properties: {
    id: { type: 'string', description: '<type>:<target>@v<version>: pass it to accept or reject' },
    type: { type: 'string', enum: ['claim', 'merge', 'verdict', 'contradiction'] },
    target_id: str, version: int, summary: str,
    source: { type: ['object', 'null'], additionalProperties: true },
    quote: nstr, credibility: nstr,
    suggestion: open('for a verdict item: the suggested rating with its reasoning'),
    contradiction: open('for a contradiction item: both sides'),
  },
  required: ['id', 'type', 'target_id', 'version', 'summary', 'source', 'quote', 'credibility'],
};
const ReviewOutcome = obj({
  id: str, type: str, target_id: str, action: { type: 'string', enum: ['accept', 'reject', 'edit'] },
  before: { description: 'the state before' }, after: { description: 'the state after' }, new_version: int,
});
const ReviewBody = {
  type: ['object', 'null'],
  properties: {
    version: { type: 'integer', minimum: 0, description: 'the version you reviewed (default: the one in the id); a changed item answers 409' },
    note: { type: 'string', maxLength: 2000 },
    reviewer: { type: 'string', minLength: 1, maxLength: 200 },
    rating: { type: 'string', enum: [...VERDICT_RATINGS], description: 'accepting a verdict item: confirm with this rating instead of the suggested one' },
  },
  additionalProperties: false,
};
const actorQuery = { type: 'string', minLength: 1, maxLength: 200, description: 'actor entity id, ref or name' } as const;
const asOf = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD (default: today)' } as const;

type ReviewReq = { Params: { id: string; action: 'accept' | 'reject' }; Body: { version?: number; note?: string; reviewer?: string; rating?: string } | null };

export function registerVerify(app: FastifyInstance, { db }: RouteContext): void {
  app.get<{ Querystring: { include_rejected?: boolean } }>(
    '/api/contradictions',
    {
      schema: {
        tags: ['verification'],
        summary: 'Every contradiction between claims, figures and official records, both sides sourced, with its review state',
        querystring: query({ include_rejected: { type: 'boolean', default: false, description: 'also those a reviewer rejected' } }),
        response: responses(obj({ items: arr(ContradictionView) })),
      },
    },
    async (req) => ({ items: await listContradictions(db, { includeRejected: req.query.include_rejected ?? false }) }),
  );

  app.get<{ Querystring: { type?: ReviewType } }>(
    '/api/review',
    {
      schema: {
        tags: ['verification'],
        summary: 'The review queue: proposed claims, merges, suggested verdicts and open contradictions',
        querystring: query({ type: { type: 'string', enum: ['claim', 'merge', 'verdict', 'contradiction'] } }),
        response: responses(obj({ items: arr(ReviewItem) })),
      },
    },
    async (req) => ({ items: await reviewList(db, req.query.type ? { type: req.query.type } : {}) }),
  );

  app.post<ReviewReq>(
    '/api/review/:id/:action',
    {
      schema: {
        tags: ['verification'],
        summary: 'Accept or reject one review item (an item changed since you saw it answers 409)',
        security: BEARER,
        params: obj({ id: { type: 'string', minLength: 1, maxLength: 300, description: 'the review item id' }, action: { type: 'string', enum: ['accept', 'reject'] } }),
        body: ReviewBody,
        response: responses(ReviewOutcome, 200, [401, 409]),
      },
    },
    (req) => {
      const b = req.body ?? {};
      return reviewAct(db, req.params.id, req.params.action, {
        ...(b.version !== undefined ? { version: b.version } : {}),
        ...(b.note !== undefined ? { note: b.note } : {}),
        ...(b.reviewer !== undefined ? { reviewer: b.reviewer } : {}),
        ...(b.rating !== undefined ? { rating: b.rating } : {}),
      });
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/claims/:id/verdicts',
    {
      schema: {
        tags: ['verification', 'claims'],
        summary: "A claim's confirmed verdict, the suggestion computed now with its reasoning, its evidence and the whole verdict history",
        params: idParams,
        response: responses(obj({
          claim: open('id, ref, version, status, statement, quote, credibility'),
          source: { type: ['object', 'null'], additionalProperties: true },
          verdict: open('the confirmed verdict (unverified until a reviewer says more)'),
          suggestion: open('the suggested verdict with its reasoning'),
          evidence: arr(open('one piece of evidence')),
          history: arr(open('one verdict'), 'oldest first'),
        })),
      },
    },
    (req) => claimVerdict(db, req.params.id),
  );

  app.post<{ Params: { id: string }; Body: { reliability: string; note?: string; reviewer?: string } }>(
    '/api/sources/:id/rating',
    {
      schema: {
        tags: ['verification', 'sources'],
        summary: "Rate a source's reliability (Admiralty A–F); the history is kept and suggested verdicts citing it are recomputed",
        security: BEARER,
        params: idParams,
        body: {
          type: 'object',
          properties: { reliability: { type: 'string', enum: [...RELIABILITY_CODES] }, note: { type: 'string', maxLength: 2000 }, reviewer: { type: 'string', minLength: 1, maxLength: 200 } },
          required: ['reliability'],
          additionalProperties: false,
        },
        response: responses(
          obj({
            source_id: str, ref: nstr, before: obj({ reliability: str, origin: str }), after: obj({ reliability: str, origin: str }),
            rated_by: str, note: nstr, suggestions_changed: int,
          }),
          200,
          [401],
        ),
      },
    },
    (req) => rateSource(db, req.params.id, req.body.reliability, {
      ...(req.body.note !== undefined ? { note: req.body.note } : {}),
      ...(req.body.reviewer !== undefined ? { reviewer: req.body.reviewer } : {}),
    }),
  );

  app.get<{ Querystring: { actor: string; as_of?: string } }>(
    '/api/measures/timeline',
    {
      schema: {
        tags: ['measures'],
        summary: 'One actor\'s timeline: measures starting and ending, and demands, each with its sources',
        querystring: query({ actor: actorQuery, as_of: asOf }, ['actor']),
        response: responses(obj({ actor: obj({ id: str, name: str, kind: str }), items: arr(open('a dated event')) })),
      },
    },
    (req) => actorTimeline(db, req.query.actor, ...(req.query.as_of ? [req.query.as_of] : [])),
  );

  app.get<{ Querystring: { actor?: string; as_of?: string } }>(
    '/api/gaps',
    {
      schema: {
        tags: ['measures'],
        summary: 'The gap report: per actor, which authority took which measure (or none), and whether demands were met',
        querystring: query({ actor: actorQuery, as_of: asOf }),
        response: responses(obj({
          actors: arr(obj({ actor: obj({ id: str, name: str, kind: str }), rows: arr(open('one authority × measure kind cell')) })),
          demands: arr(open('a demand and what answered it')),
        })),
      },
    },
    (req) => gapReport(db, { ...(req.query.actor ? { actor: req.query.actor } : {}), ...(req.query.as_of ? { asOf: req.query.as_of } : {}) }),
  );
}
