// JSON Schemas for every request and response, shaped after the zod model (src/model/schemas.ts) and the
// rows src/graph serves. Fastify validates requests and serialises responses with them; @fastify/swagger
// turns them into the OpenAPI 3.1 document. Nullable fields use JSON Schema 2020-12 type arrays.
import { DEFAULT_LIMIT, MAX_LIMIT } from '../graph/index.ts';

type Schema = Record<string, unknown>;

export const str = { type: 'string' } as const;
export const nstr = { type: ['string', 'null'] } as const;
export const int = { type: 'integer' } as const;
export const nint = { type: ['integer', 'null'] } as const;
export const num = { type: 'number' } as const;
export const nnum = { type: ['number', 'null'] } as const;
export const bool = { type: 'boolean' } as const;

/** An object whose every listed property is required (nullable ones say so in their type). */
export function obj(properties: Record<string, Schema>, description?: string): Schema {
  return { type: 'object', properties, required: Object.keys(properties), ...(description ? { description } : {}) };
}
export function nullable(schema: Schema): Schema {
  return { ...schema, type: [schema.type as string, 'null'] };
}
export function arr(items: Schema, description?: string): Schema {
  return { type: 'array', items, ...(description ? { description } : {}) };
}

export const Problem = {
  type: 'object',
  description: 'RFC 9457 problem details (application/problem+json)',
  properties: {
    type: { type: 'string', description: 'urn:dossier:problem:<code>' },
    title: str,
    status: int,
    detail: str,
    instance: str,
    code: { type: 'string', enum: ['bad_input', 'not_found', 'conflict', 'unauthorized', 'too_many_requests', 'payload_too_large', 'internal'] },
    field: { type: 'string', description: 'the request field at fault, when one is' },
    in: { type: 'string', description: 'where the field is: querystring, params, body or headers' },
    errors: arr(obj({ field: str, message: str })),
  },
  required: ['type', 'title', 'status', 'detail', 'code'],
} as const;

export const SourceRef = obj(
  { id: str, ref: nstr, title: str, url: nstr, kind: str, publisher: nstr, published: nstr },
  'the source that attests this',
);
const nSourceRef = nullable(SourceRef);

export const Alias = obj({ name: str, note: nstr, source: nSourceRef });

const entityProps = {
  id: str, ref: nstr, kind: str, name: str, description: nstr, lat: nnum, lon: nnum, merged_into: nstr,
};
export const EntitySummary = obj({ ...entityProps, aliases: arr(Alias) });

const claimRowProps = {
  id: str, ref: nstr, subject_id: nstr, subject_name: str, predicate: str, object_kind: str, object_id: nstr,
  object_value: nstr, date_start: nstr, date_end: nstr, precision: nstr, where_id: nstr, where_name: nstr,
  claimant_id: nstr, claimant_name: str, source_id: str, quote: str, span_start: nint, span_end: nint, negated: bool,
  hedged: bool, status: str, confidence: num, credibility: nstr, version: int,
};
export const ClaimRow = obj(claimRowProps);
export const Claim = obj({
  ...claimRowProps,
  object_name: nstr,
  verdict: { type: ['string', 'null'], description: 'the current (latest) verdict rating' },
  source: nSourceRef,
});
export const ClaimDetail = obj({
  ...(Claim.properties as Record<string, Schema>),
  evidence: arr(obj({ id: str, stance: str, quote: nstr, note: nstr, origin: str, other_claim: nullable(ClaimRow), source: nSourceRef })),
  verdicts: arr(obj({ id: str, rating: str, rationale: str, evidence_ids: arr(str), reviewer: nstr, suggested: bool, decided_at: str }), 'latest first'),
});

const measureProps = {
  id: str, ref: nstr, actor_id: str, authority_id: nstr, authority_name: str, kind: str, kind_detail: nstr, status: str,
  date_start: nstr, date_end: nstr, reference: nstr, legal_basis: nstr, quote: nstr, list_entry_id: nstr, note: nstr,
  source: nSourceRef,
};
export const Measure = obj(measureProps);
export const MeasureListItem = obj({ ...measureProps, actor_name: str });

export const EntityDetail = obj({
  ...entityProps,
  aliases: arr(Alias),
  external_ids: arr(obj({ scheme: str, value: str, quote: nstr, source: nSourceRef })),
  claims: arr(Claim, 'claims with the entity as subject, object or claimant, up to 200'),
  claims_truncated: bool,
  measures: arr(Measure),
});

const sourceRowProps = {
  id: str, ref: nstr, url: nstr, title: str, publisher: nstr, author: nstr, published: nstr, kind: str, content_hash: nstr,
  reliability: nstr, reliability_note: nstr, licence: nstr, text_length: int,
};
export const SourceRow = obj(sourceRowProps);
export const SourceDetail = obj({
  ...sourceRowProps,
  text: nstr,
  mentions: arr(obj({ id: str, span_start: int, span_end: int, surface: str, type: str, entity_id: nstr, canonical: nstr, known: bool })),
  claims: arr(Claim),
});

const Highlight = obj({ start: int, end: int });
export const SearchHit = obj({
  type: { type: 'string', enum: ['entity', 'source'] },
  id: str,
  label: str,
  kind: str,
  tier: { type: 'string', enum: ['name', 'alias', 'fuzzy', 'document'] },
  score: num,
  snippet: obj({ field: str, text: str, highlights: arr(Highlight, 'UTF-16 offsets into text, end exclusive') }),
});

export const GraphNode = obj({ id: str, name: str, kind: str, depth: int });
export const GraphEdge = obj({ source: str, target: str, predicate: str, claim_ids: arr(str) });
export const Neighbourhood = obj({ center: str, depth: int, truncated: bool, nodes: arr(GraphNode), edges: arr(GraphEdge) });
export const PathResult = obj({ from: str, to: str, length: nint, nodes: arr(GraphNode), edges: arr(GraphEdge) });
export const Centrality = page(obj({ id: str, name: str, kind: str, degree: int, betweenness: num }), {
  node_count: { type: 'integer', description: 'entities in the graph (not only on this page)' },
  edge_count: { type: 'integer', description: 'edges in the graph' },
});

const listImportCounts = { list: str, version: { type: 'string', description: 'the list version id' }, entries: int, added: int, updated: int, removed: int, already_imported: bool };
const ReferenceImported = obj(
  { sources: int, entities: int, events: int, claims: int, evidence: int, measures: int, demands: int },
  'import-reference: rows imported per table',
);
const refreshCounts = {
  mode: { type: 'string', enum: ['full', 'incremental'], description: 'incremental: only the claims new or changed input touches (docs/verify.md)' },
  claims_recomputed: int, evidence_links: int, evidence_added: int, evidence_removed: int, contradictions: int, suggestions_changed: int, list_measures: int,
};
const Refreshed = obj(refreshCounts, 'refresh: what the verification refresh recomputed');
const ListImported = obj(
  {
    ...listImportCounts, feed: str, format: str, published: nstr, partial: bool, unchanged: int,
    added_refs: arr(str, "the list's references added (the first 100)"), removed_refs: arr(str, 'those removed (the first 100)'),
    refresh: obj(refreshCounts, 'the verification refresh that followed the import'),
  },
  'import-list: the version imported, what changed, and the refresh that followed',
);
const BundledListsImported = obj({ files: arr(obj({ file: str, ...listImportCounts })) }, 'import-bundled-lists: one row per bundled file');
const DocumentIngested = {
  type: 'object',
  description: 'ingest-document: the document stored (or unchanged) and what was extracted',
  properties: {
    file: str, status: { type: 'string', enum: ['ingested', 'unchanged'] }, source_id: str, title: str, mentions: int, unknown_names: int, claims: int, demands: int,
  },
  required: ['file', 'status'],
};

export const Job = obj({
  id: str,
  kind: str,
  status: { type: 'string', enum: ['queued', 'running', 'succeeded', 'failed'] },
  progress: obj({ done: int, total: nint, message: nstr }),
  created_at: str,
  started_at: nstr,
  finished_at: nstr,
  result: {
    description: "the job's result once it succeeded (null before), by kind",
    anyOf: [{ type: 'null' }, ReferenceImported, ListImported, BundledListsImported, DocumentIngested, Refreshed],
  },
  error: nullable(Problem as unknown as Schema),
});

/** A page of a list: `items`, `next_cursor` and any fields the list carries beside them (e.g. the actor of a timeline). */
export function page(item: Schema, beside: Record<string, Schema> = {}): Schema {
  return obj({ ...beside, items: arr(item), next_cursor: { type: ['string', 'null'], description: 'pass as cursor for the next page; null on the last' } });
}

export const pageQuery = {
  limit: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT, description: `rows per page (default ${DEFAULT_LIMIT}, at most ${MAX_LIMIT})` },
  cursor: { type: 'string', description: 'opaque cursor from next_cursor', maxLength: 1000 },
} as const;
export interface PageQuery {
  limit?: number;
  cursor?: string;
}

export const idParams = obj({ id: { type: 'string', minLength: 1, maxLength: 200, description: 'id or bundled ref' } });

/** Query-string schema: no other parameters are allowed (an unknown one is a 400 naming it). */
export function query(properties: Record<string, Schema>, required: string[] = []): Schema {
  return { type: 'object', properties, required, additionalProperties: false };
}

const problemResponse = (description: string) => ({ description, content: { 'application/problem+json': { schema: Problem } } });

/** Every route answers its errors as problem+json; these are listed in the OpenAPI document. */
export function responses(ok: Schema, okStatus = 200, extra: number[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {
    [okStatus]: ok,
    400: problemResponse('bad input: the field is named'),
    404: problemResponse('not found'),
    429: problemResponse('rate limited'),
    500: problemResponse('internal error'),
  };
  for (const s of extra) out[s] = problemResponse({ 401: 'missing or wrong bearer token', 409: 'conflict', 413: 'request too large' }[s] ?? 'error');
  return out;
}
