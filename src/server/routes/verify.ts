// Verification and accountability: contradictions, the review queue and its actions, a claim's verdict,
// source ratings, and per-actor timelines and gaps. The logic is src/verify's and src/measures'; this is
// their HTTP shape. Their lists are computed in memory and paged here by a unique key (pageSorted).
import type { FastifyInstance } from 'fastify';
import { pageSorted } from '../../graph/index.ts';
import { actorGaps, actorTimeline, demandGaps, findActor, gapActors } from '../../measures/index.ts';
import { RELIABILITY_CODES, VERDICT_RATINGS } from '../../model/vocab.ts';
import { claimVerdict, listContradictions, reviewAct, reviewList, type ReviewType } from '../../verify/index.ts';
import { arr, bool, idParams, int, Job, nstr, num, nullable, obj, page, pageQuery, query, responses, str, type PageQuery } from '../schemas.ts';
import { runInWorker } from '../worker-job.ts';
import { BEARER, queued, type RouteContext } from './context.ts';

type Schema = Record<string, unknown>;
/** An object whose listed properties may each be absent. */
const some = (properties: Record<string, Schema>, description: string): Schema => ({ type: 'object', properties, description });

const Side = obj({
  type: { type: 'string', enum: ['claim', 'casualty', 'list', 'evidence'] }, claim_id: nstr, source_id: nstr, source_title: nstr,
  publisher: nstr, reliability: nstr, quote: nstr, statement: { type: 'string', description: 'what this side asserts, in one line' },
});
const Contradiction = obj({
  id: str,
  kind: { type: 'string', enum: ['denial', 'attribution', 'date', 'place', 'casualties', 'official_record', 'disputed_by_evidence'] },
  summary: str, a: Side, b: Side,
});
const ContradictionView = obj({
  ...(Contradiction.properties as Record<string, Schema>),
  review: obj({ status: { type: 'string', enum: ['open', 'accepted', 'rejected'] }, reviewer: nstr, note: nstr }),
});
const ReasonLine = obj({
  evidence_id: nstr, source_id: nstr, publisher: nstr, reliability: nstr, stance: nstr, weight: num, counted: bool,
  why: { type: 'string', description: 'why this line counts, or does not' },
});
const Suggestion = obj({
  claim_id: str, rating: str, credibility: { type: 'string', description: 'Admiralty 1–6' }, support: num, against: num,
  evidence_ids: arr(str, 'the evidence counted'), reasoning: arr(ReasonLine), rationale: str,
});
const ReviewItem = {
  type: 'object',
  properties: {
    id: { type: 'string', description: '<type>:<target>@v<version>: pass it to accept or reject' },
    type: { type: 'string', enum: ['claim', 'merge', 'verdict', 'contradiction'] },
    target_id: str, version: int, summary: str,
    source: nullable(obj({ id: str, title: nstr, reliability: nstr })),
    quote: nstr, credibility: nstr,
    suggestion: {
      ...obj({ rating: str, rationale: str, evidence_ids: arr(str), reasoning: arr(ReasonLine), current: { type: 'string', description: 'the confirmed rating now' } }),
      description: 'a verdict item only: the suggested rating with its reasoning',
    },
    contradiction: { ...Contradiction, description: 'a contradiction item only: both sides' },
  },
  required: ['id', 'type', 'target_id', 'version', 'summary', 'source', 'quote', 'credibility'],
};
const ReviewState = some(
  { status: str, rating: str, verdict_id: nstr, suggested: str, evidence_ids: arr(str), rationale: str },
  'claims, merges and contradictions: status; verdicts: rating, verdict_id and (before) the suggested rating or (after) evidence_ids and rationale',
);
const ReviewOutcome = obj({
  id: str, type: { type: 'string', enum: ['claim', 'merge', 'verdict', 'contradiction'] }, target_id: str,
  action: { type: 'string', enum: ['accept', 'reject', 'edit'] },
  before: { ...ReviewState, description: `the state before; ${ReviewState.description as string}` },
  after: { ...ReviewState, description: 'the state after' }, new_version: int,
});
const sourceFactProps = {
  id: str, ref: nstr, title: str, publisher: nstr, kind: str, url: nstr, reliability: { type: 'string', description: 'Admiralty A–F, as it applies now' },
  reliability_origin: { type: 'string', enum: ['rated', 'stored', 'publisher_default'] },
};
const SourceFact = {
  type: 'object',
  properties: { ...sourceFactProps, origin_key: { type: 'string', description: 'sources sharing it are copies of one origin, not independent' } },
  required: Object.keys(sourceFactProps),
};
const ClaimVerdictView = obj({
  claim: obj({ id: str, ref: nstr, version: int, status: str, statement: str, quote: str, credibility: nstr }),
  source: nullable(SourceFact),
  verdict: obj({ rating: str, reviewer: nstr, decided_at: nstr, rationale: str, evidence_ids: arr(str) }, 'the confirmed verdict (unverified until a reviewer says more)'),
  suggestion: { ...Suggestion, description: 'the verdict Dossier suggests now, with its reasoning' },
  evidence: arr(obj({
    id: str, claim_id: str, other_claim_id: nstr, source_id: nstr, stance: str, quote: nstr, note: nstr,
    origin: { type: 'string', enum: ['curated', 'automatic', 'reviewer'] }, source_title: nstr, reliability: nstr,
  })),
  history: arr(obj({ id: str, rating: str, suggested: bool, reviewer: nstr, decided_at: str, rationale: str, evidence_ids: arr(str) }), 'oldest first'),
});
const ActorRef = obj({ id: str, name: str, kind: str });
const GapSource = obj({ source_id: nstr, title: nstr, reliability: nstr, quote: nstr });
const gapStatus = { type: 'string', enum: ['in_force', 'ended', 'none'] } as const;
const TimelineItem = obj({
  date: nstr, type: { type: 'string', enum: ['measure_start', 'measure_end', 'demand'] }, authority: nstr, measure_kind: str,
  detail: str, status: str, id: { type: 'string', description: 'the measure or demand id' }, sources: arr(GapSource),
});
const GapRow = obj({
  actor: str, actor_id: str, authority: str, authority_id: nstr, measure_kind: str, status: gapStatus, start: nstr, end: nstr,
  sources: arr(GapSource), measures: arr(str, 'the measure ids behind the cell'), demands: arr(str, 'the demand ids this cell answers'),
  detail: { type: 'string', description: 'the statuses as the sources word them, or why the cell is none' },
});
const DemandReport = obj({
  demand_id: str, quote: str, source_id: str, source_title: nstr, measure_kind: str, of_whom: nstr, against: nstr, against_id: nstr,
  answered_by: arr(GapRow, 'cells with measures that answer it (any status)'), status: gapStatus,
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
const REVIEW_ORDER: ReviewType[] = ['claim', 'merge', 'verdict', 'contradiction'];

type ReviewReq = { Params: { id: string; action: 'accept' | 'reject' }; Body: { version?: number; note?: string; reviewer?: string; rating?: string } | null };

export function registerVerify(app: FastifyInstance, { db, jobs, memo }: RouteContext): void {
  app.get<{ Querystring: PageQuery & { include_rejected?: boolean } }>(
    '/api/contradictions',
    {
      schema: {
        tags: ['verification'],
        summary: 'Contradictions between claims, figures and official records, both sides sourced, with their review state; by id, paged',
        querystring: query({ include_rejected: { type: 'boolean', default: false, description: 'also those a reviewer rejected' }, ...pageQuery }),
        response: responses(page(ContradictionView)),
      },
    },
    async (req) => {
      const includeRejected = req.query.include_rejected ?? false;
      const all = await memo(`contradictions:${includeRejected}`, () => listContradictions(db, { includeRejected }));
      return pageSorted(all, req.query, (c) => [c.id]);
    },
  );

  app.get<{ Querystring: PageQuery & { type?: ReviewType } }>(
    '/api/review',
    {
      schema: {
        tags: ['verification'],
        summary: 'The review queue: proposed claims, merges, suggested verdicts and open contradictions; by type in that order, then id, paged',
        querystring: query({ type: { type: 'string', enum: REVIEW_ORDER }, ...pageQuery }),
        response: responses(page(ReviewItem)),
      },
    },
    async (req) => {
      const type = req.query.type;
      const all = await memo(`review:${type ?? '*'}`, () => reviewList(db, type ? { type } : {}));
      return pageSorted(all, req.query, (i) => [REVIEW_ORDER.indexOf(i.type), i.id]);
    },
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
        response: responses(ClaimVerdictView),
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
    // The rating's refresh may recompute many claims: it runs in a worker thread while this request waits.
    (req) => runInWorker({ db, progress: () => {} }, 'rate-source', { source: req.params.id, code: req.body.reliability, note: req.body.note, reviewer: req.body.reviewer }),
  );

  app.post<{ Querystring: { full?: boolean } }>(
    '/api/verify/refresh',
    {
      schema: {
        tags: ['verification', 'jobs'],
        summary: 'Queue a verification refresh (links, contradictions, suggested verdicts; incremental unless full=true); answers 202 with the job to poll',
        security: BEARER,
        querystring: query({ full: { type: 'boolean', default: false, description: 'recompute every claim, not only those new or changed input touches' } }),
        body: { type: ['object', 'null'], properties: {}, additionalProperties: false },
        response: responses(Job, 202, [401]),
      },
    },
    async (req, reply) => {
      return queued(reply, jobs.submit('refresh', { full: req.query.full === true }));
    },
  );

  app.get<{ Querystring: PageQuery & { actor: string; as_of?: string } }>(
    '/api/measures/timeline',
    {
      schema: {
        tags: ['measures'],
        summary: "One actor's timeline: measures starting and ending, and demands, each with its sources; by date (undated last), type, id, paged",
        querystring: query({ actor: actorQuery, as_of: asOf, ...pageQuery }, ['actor']),
        response: responses(page(TimelineItem, { actor: ActorRef })),
      },
    },
    async (req) => {
      const t = await actorTimeline(db, req.query.actor, ...(req.query.as_of ? [req.query.as_of] : []));
      return { actor: t.actor, ...pageSorted(t.items, req.query, (i) => [i.date ?? '9999', i.type, i.id]) };
    },
  );

  app.get<{ Querystring: PageQuery & { actor?: string; as_of?: string } }>(
    '/api/gaps',
    {
      schema: {
        tags: ['measures'],
        summary: 'The gap report, one item per actor: which authority took which measure (or none); by actor name, then id, paged',
        querystring: query({ actor: actorQuery, as_of: asOf, ...pageQuery }),
        response: responses(page(obj({ actor: ActorRef, rows: arr(GapRow, 'one per authority × measure kind') }))),
      },
    },
    async (req) => {
      // Page the actors first, then compute the rows of this page's actors only.
      const actors = pageSorted(await gapActors(db, req.query.actor), req.query, (a) => [a.name, a.id]);
      return { items: await actorGaps(db, actors.items, req.query.as_of), next_cursor: actors.next_cursor };
    },
  );

  app.get<{ Querystring: PageQuery & { actor?: string; as_of?: string } }>(
    '/api/gaps/demands',
    {
      schema: {
        tags: ['measures'],
        summary: 'Demands (that an authority act against an actor) and whether measures met them; by demand id, paged',
        querystring: query({ actor: { ...actorQuery, description: 'only demands against this actor (id, ref or name)' }, as_of: asOf, ...pageQuery }),
        response: responses(page(DemandReport)),
      },
    },
    async (req) => {
      const actor = req.query.actor ? await findActor(db, req.query.actor) : undefined;
      const demands = await demandGaps(db, { ...(actor ? { actor } : {}), ...(req.query.as_of ? { asOf: req.query.as_of } : {}) });
      return pageSorted(demands, req.query, (d) => [d.demand_id]);
    },
  );
}
