// The data model, defined once with zod: runtime validation for every input, and the TypeScript types
// derived from it (`z.infer`). Field names are snake_case, as stored and as served by the API.
import { z } from 'zod';
import {
  CREDIBILITY_CODES,
  LIST_IDS,
  MEASURE_KINDS,
  PREDICATES,
  RELIABILITY_CODES,
  STANCES,
  VERDICT_RATINGS,
} from './vocab.ts';

export const Id = z.string().min(1);

/** ISO 8601 date as precise as the source: `2025`, `2025-04` or `2025-04-22`. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
export type PartialDate = z.infer<typeof PartialDate>;

export const DatePrecision = z.enum(['year', 'month', 'day', 'range']);
export type DatePrecision = z.infer<typeof DatePrecision>;

/** A date or a range with its precision. `end` is set only for ranges. */
export const When = z.object({
  start: PartialDate,
  end: PartialDate.nullable().default(null),
  precision: DatePrecision,
});
export type When = z.infer<typeof When>;

/** UTF-16 code-unit offsets into a document's canonical text, end exclusive. */
export const Span = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end >= s.start, { message: 'span end before start' });
export type Span = z.infer<typeof Span>;

export const SourceKind = z.enum(['official', 'news', 'think-tank', 'op-ed', 'encyclopedia', 'list']);
export type SourceKind = z.infer<typeof SourceKind>;
export const Reliability = z.enum(RELIABILITY_CODES);
export type Reliability = z.infer<typeof Reliability>;
export const Credibility = z.enum(CREDIBILITY_CODES);
export type Credibility = z.infer<typeof Credibility>;

/** A document or list version that asserts things. */
export const Source = z.object({
  id: Id,
  ref: z.string().nullable().default(null), // the bundled data's slug (src-…) or a list version key
  url: z.string().nullable().default(null),
  title: z.string().min(1),
  publisher: z.string().nullable().default(null),
  author: z.string().nullable().default(null),
  published: PartialDate.nullable().default(null),
  kind: SourceKind,
  text: z.string().nullable().default(null), // canonical NFC text for ingested documents
  content_hash: z.string().nullable().default(null),
  reliability: Reliability.nullable().default(null), // null → publisher default (vocab admiralty.json)
  reliability_note: z.string().nullable().default(null),
  licence: z.string().nullable().default(null),
});
export type Source = z.infer<typeof Source>;

export const EntityKind = z.enum(['person', 'organization', 'state', 'agency', 'place']);
export type EntityKind = z.infer<typeof EntityKind>;

export const Alias = z.object({
  name: z.string().min(1),
  source_id: Id.nullable().default(null), // where this spelling is attested
  note: z.string().nullable().default(null),
});
export type Alias = z.infer<typeof Alias>;

export const ExternalId = z.object({
  scheme: z.string().min(1), // UN-1267, OFAC-UID, WIKIDATA, UK-UID, …
  value: z.string().min(1),
  source_id: Id.nullable().default(null),
  quote: z.string().nullable().default(null),
});
export type ExternalId = z.infer<typeof ExternalId>;

/** A thing that is named: person, organisation, state, agency or place (places carry coordinates). */
export const Entity = z.object({
  id: Id,
  ref: z.string().nullable().default(null),
  kind: EntityKind,
  name: z.string().min(1),
  description: z.string().nullable().default(null),
  aliases: z.array(Alias).default([]),
  external_ids: z.array(ExternalId).default([]),
  lat: z.number().min(-90).max(90).nullable().default(null),
  lon: z.number().min(-180).max(180).nullable().default(null),
  merged_into: Id.nullable().default(null),
});
export type Entity = z.infer<typeof Entity>;

export const Casualty = z.object({
  kind: z.string().min(1),
  value: z.number().int().nonnegative(),
  reported_by: z.string().nullable().default(null),
  source_id: Id,
  quote: z.string().nullable().default(null),
});

export const Event = z.object({
  id: Id,
  ref: z.string().nullable().default(null),
  name: z.string().min(1),
  kind: z.string().min(1),
  when: When.nullable().default(null),
  place_id: Id.nullable().default(null),
  place_name: z.string().nullable().default(null),
  description: z.string().nullable().default(null),
  casualties: z.array(Casualty).default([]),
});
export type Event = z.infer<typeof Event>;

export const MentionType = z.enum(['person', 'organization', 'place']);
export type MentionType = z.infer<typeof MentionType>;
export const Mention = z.object({
  id: Id,
  source_id: Id,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  surface: z.string().min(1), // always text.slice(start, end)
  type: MentionType,
  entity_id: Id.nullable().default(null),
  canonical: z.string().nullable().default(null),
  known: z.boolean().default(false),
});
export type Mention = z.infer<typeof Mention>;

export const ClaimObject = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('entity'), id: Id }),
  z.object({ kind: z.literal('event'), id: Id }),
  z.object({ kind: z.literal('place'), id: Id }),
  z.object({ kind: z.literal('literal'), value: z.string().min(1) }),
]);
export type ClaimObject = z.infer<typeof ClaimObject>;

export const ClaimStatus = z.enum(['proposed', 'accepted', 'rejected']);
export type ClaimStatus = z.infer<typeof ClaimStatus>;

/**
 * Who asserts what. `status` says whether the claim was really made (extraction reviewed);
 * whether it is true is a verdict's job, never the status's.
 */
export const Claim = z.object({
  id: Id,
  ref: z.string().nullable().default(null),
  subject_id: Id.nullable().default(null), // entity or event
  subject_name: z.string().min(1),
  predicate: z.enum(PREDICATES),
  object: ClaimObject,
  when: When.nullable().default(null),
  where_id: Id.nullable().default(null),
  where_name: z.string().nullable().default(null),
  claimant_id: Id.nullable().default(null),
  claimant_name: z.string().min(1),
  source_id: Id,
  quote: z.string().min(1),
  span: Span.nullable().default(null),
  negated: z.boolean().default(false), // a denial or retraction
  hedged: z.boolean().default(false), // "allegedly", "reportedly"
  status: ClaimStatus.default('proposed'),
  confidence: z.number().min(0).max(1).default(0.5),
  credibility: Credibility.nullable().default(null),
});
export type Claim = z.infer<typeof Claim>;

export const Stance = z.enum(STANCES);
export type Stance = z.infer<typeof Stance>;
export const Evidence = z.object({
  id: Id,
  claim_id: Id,
  other_claim_id: Id.nullable().default(null),
  source_id: Id.nullable().default(null),
  stance: Stance,
  quote: z.string().nullable().default(null),
  note: z.string().nullable().default(null),
  origin: z.enum(['curated', 'automatic', 'reviewer']).default('automatic'),
});
export type Evidence = z.infer<typeof Evidence>;

export const VerdictRating = z.enum(VERDICT_RATINGS);
export type VerdictRating = z.infer<typeof VerdictRating>;
export const Verdict = z.object({
  id: Id,
  claim_id: Id,
  rating: VerdictRating,
  rationale: z.string(),
  evidence_ids: z.array(Id).default([]),
  reviewer: z.string().nullable().default(null), // null for a suggestion Dossier computed
  suggested: z.boolean().default(false),
  decided_at: z.string(), // ISO timestamp
});
export type Verdict = z.infer<typeof Verdict>;

export const SourceRating = z.object({
  source_id: Id,
  reliability: Reliability,
  note: z.string().nullable().default(null),
  rated_by: z.string(),
  rated_at: z.string(),
});
export type SourceRating = z.infer<typeof SourceRating>;

export const MeasureKind = z.enum(MEASURE_KINDS);
export type MeasureKind = z.infer<typeof MeasureKind>;
export const Measure = z.object({
  id: Id,
  ref: z.string().nullable().default(null),
  actor_id: Id,
  authority_id: Id.nullable().default(null),
  authority_name: z.string().min(1),
  kind: MeasureKind,
  kind_detail: z.string().nullable().default(null), // the source's finer wording, e.g. designation_fto_sdgt
  status: z.string().min(1), // as of the source: in_force, ended, announced, proposed, …
  start: PartialDate.nullable().default(null),
  end: PartialDate.nullable().default(null),
  reference: z.string().nullable().default(null),
  legal_basis: z.string().nullable().default(null),
  source_id: Id.nullable().default(null),
  quote: z.string().nullable().default(null),
  list_entry_id: Id.nullable().default(null),
  note: z.string().nullable().default(null),
});
export type Measure = z.infer<typeof Measure>;

/** A measure a source asks for: what, of whom, against whom. */
export const Demand = z.object({
  id: Id,
  source_id: Id,
  measure_kind: MeasureKind,
  of_whom: z.string().nullable().default(null),
  against_id: Id.nullable().default(null),
  against_name: z.string().nullable().default(null),
  quote: z.string().min(1),
  span: Span.nullable().default(null),
});
export type Demand = z.infer<typeof Demand>;

export const ListId = z.enum(LIST_IDS);
export type ListId = z.infer<typeof ListId>;
export const ListEntryKind = z.enum(['person', 'organization', 'vessel', 'aircraft', 'other']);
export type ListEntryKind = z.infer<typeof ListEntryKind>;

export const ListName = z.object({
  name: z.string().min(1),
  type: z.enum(['primary', 'alias', 'former', 'original_script']).default('alias'),
  quality: z.enum(['strong', 'weak']).default('strong'),
  lang: z.string().nullable().default(null),
});
export type ListName = z.infer<typeof ListName>;

/** One record of an official list. `details` are shown to people and never used in a score. */
export const ListEntry = z.object({
  id: Id,
  list: ListId,
  list_ref: z.string().min(1), // the list's own reference: QDe.118, 7140, AFG0003, FS-5
  kind: ListEntryKind,
  names: z.array(ListName).min(1),
  programmes: z.array(z.string()).default([]),
  listed_on: PartialDate.nullable().default(null),
  details: z.record(z.string(), z.unknown()).default({}),
  remarks: z.string().nullable().default(null),
});
export type ListEntry = z.infer<typeof ListEntry>;

export const ListVersion = z.object({
  id: Id,
  list: ListId,
  published: z.string().nullable().default(null),
  file_hash: z.string(),
  file_name: z.string(),
  entry_count: z.number().int().nonnegative(),
  imported_at: z.string(),
});
export type ListVersion = z.infer<typeof ListVersion>;

export const MergeDecision = z.object({
  id: Id,
  kept_id: Id,
  merged_id: Id,
  status: z.enum(['proposed', 'accepted', 'rejected', 'undone']),
  score: z.number().nullable().default(null),
  explanation: z.unknown().nullable().default(null),
  decided_by: z.string().nullable().default(null),
  decided_at: z.string().nullable().default(null),
});
export type MergeDecision = z.infer<typeof MergeDecision>;

export const AuditEntry = z.object({
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  target_type: z.string(),
  target_id: z.string(),
  before: z.unknown().nullable().default(null),
  after: z.unknown().nullable().default(null),
  note: z.string().nullable().default(null),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
