// The bundled reference data's file format (data/reference/README.md), validated record by record.
import { z } from 'zod';

const date = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?-?$/, 'expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY- (open range)');
const quoteRef = z.object({ source: z.string().min(1), quote: z.string().min(1) });

export const RefSource = z.object({
  id: z.string().startsWith('src-'),
  url: z.string().nullable(),
  title: z.string().min(1),
  publisher: z.string().nullable(),
  published: date.nullable(),
  type: z.enum(['official', 'news', 'think-tank', 'op-ed', 'encyclopedia']),
  reliability_note: z.string().nullable().optional(),
  retrieved_via: z.string().optional(),
});

export const RefActor = z.object({
  id: z.string().min(1),
  type: z.enum(['organization', 'state', 'agency', 'person', 'front']),
  name: z.string().min(1),
  description: z.string().nullable().optional(),
  description_source: z.string().nullable().optional(),
  aliases: z.array(z.object({ name: z.string().min(1), attested_in: z.string().min(1), note: z.string().nullable().optional() })),
  identifiers: z.array(z.object({ scheme: z.string().min(1), value: z.string().min(1) }).merge(quoteRef)),
  relations: z.array(
    z.object({ predicate: z.string().min(1), object: z.string().min(1), asserted_by: z.string().nullable() }).merge(quoteRef),
  ),
});

export const RefEvent = z.object({
  id: z.string().startsWith('ev-'),
  name: z.string().min(1),
  type: z.string().min(1),
  date_start: date.nullable(),
  date_end: date.nullable(),
  description: z.string().nullable().optional(),
  place: z
    .object({
      name: z.string().min(1),
      lat: z.number().nullable(),
      lon: z.number().nullable(),
      country: z.string().nullable().optional(),
    })
    .nullable(),
  casualties: z.array(
    z.object({ kind: z.string().min(1), value: z.number().int().nonnegative(), reported_by: z.string().nullable().optional() }).merge(quoteRef),
  ),
  attributions: z.array(
    z.object({ actor_id: z.string().min(1), role: z.string().min(1), asserted_by: z.string().nullable(), date: date.nullable() }).merge(quoteRef),
  ),
  sources: z.array(z.string()).optional(),
});

export const RefClaim = z.object({
  id: z.string().min(1),
  claimed_by: z.string().min(1),
  claim_type: z.enum(['factual', 'recommendation']),
  subject: z.string().min(1),
  predicate: z.string().min(1),
  object: z.string().min(1),
  when: date.nullable(),
  where: z.string().nullable(),
  event_id: z.string().nullable(),
  quote: z.string().min(1),
  evidence: z.array(
    z.object({
      stance: z.enum(['supports', 'partially_supports', 'disputes', 'contradicts', 'context']),
      note: z.string().nullable().optional(),
    }).merge(quoteRef),
  ),
  assessment_note: z.string().nullable().optional(),
});

export const RefMeasure = z.object({
  id: z.string().min(1),
  actor_id: z.string().min(1),
  authority: z.string().min(1),
  kind: z.string().min(1),
  status: z.string().min(1),
  start: date.nullable(),
  end: date.nullable(),
  legal_basis: z.string().nullable(),
  reference: z.string().nullable(),
  evidence: z.array(quoteRef).min(1),
  note: z.string().nullable().optional(),
});

export type RefSource = z.infer<typeof RefSource>;
export type RefActor = z.infer<typeof RefActor>;
export type RefEvent = z.infer<typeof RefEvent>;
export type RefClaim = z.infer<typeof RefClaim>;
export type RefMeasure = z.infer<typeof RefMeasure>;

export interface ReferenceSet {
  sources: RefSource[];
  actors: RefActor[];
  events: RefEvent[];
  claims: RefClaim[];
  measures: RefMeasure[];
}
