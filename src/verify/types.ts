// Plain values the verification core works on. The store adapters (queries.ts) build them; the pure
// functions (match, contradictions, suggest) take and return only these.
import type { Reliability, Stance, VerdictRating } from '../model/index.ts';

/** A stored claim, as the verification core needs it. */
export interface ClaimFact {
  id: string;
  ref: string | null;
  version: number;
  subject_id: string | null;
  subject_name: string;
  predicate: string;
  object_kind: string; // entity | event | place | literal
  object_id: string | null;
  object_value: string | null;
  object_name?: string | null; // display name of an entity/event object, when known
  date_start: string | null;
  date_end: string | null;
  where_id: string | null;
  where_name: string | null;
  claimant_name: string;
  source_id: string;
  quote: string;
  negated: boolean;
  hedged: boolean;
  status: string;
  /** How the verification read an unresolved name (e.g. a literal as a stored event), if it did. */
  resolved?: string[];
}

/** A source with the reliability that applies to it now (its latest rating, else its kind's default). */
export interface SourceFact {
  id: string;
  ref: string | null;
  title: string;
  publisher: string | null;
  kind: string;
  url: string | null;
  reliability: Reliability;
  reliability_origin: 'rated' | 'stored' | 'publisher_default';
  /** Sources with the same origin (publisher, title or URL) share it: they are copies, not independent. */
  origin_key?: string;
}

/** A casualty figure an event record carries, from one source. */
export interface CasualtyFact {
  event_id: string;
  event_name: string;
  kind: string;
  value: number;
  reported_by: string | null;
  source_id: string;
  quote: string | null;
}

/** What an imported official list says (or does not say) about an entity. */
export interface ListFact {
  list: string; // un, ofac, …
  authority_id: string | null; // the store entity of the list's authority, when known
  authority_name: string;
  version_id: string;
  source_id: string | null; // the source row of the list version
  file_name: string;
  published: string | null;
  /** Entities the list contains (by link or exact name), each with the entry that names it. */
  contains: Map<string, { entry_id: string; list_ref: string; name: string; delisted: boolean }>;
}

/** A stored evidence row (curated, reviewer or automatic). */
export interface EvidenceFact {
  id: string;
  claim_id: string;
  other_claim_id: string | null;
  source_id: string | null;
  stance: Stance;
  quote: string | null;
  note: string | null;
  origin: 'curated' | 'automatic' | 'reviewer';
}

export interface VerifyContext {
  sources: Map<string, SourceFact>;
  /** Entity id → kind (organization, state, agency, person, place). */
  entityKinds: Map<string, string>;
  /** Entity/event id → display name. */
  names: Map<string, string>;
  casualties: CasualtyFact[];
  lists: ListFact[];
  evidence: EvidenceFact[];
}

/** An evidence link the matcher proposes: `other` (another source's claim) bears on `claim`. */
export interface EvidenceLink {
  id: string;
  claim_id: string;
  other_claim_id: string | null; // null when the other side is a record (a list version, a casualty figure)
  source_id: string | null;
  stance: Stance;
  quote: string | null;
  note: string;
}

export type ContradictionKind =
  | 'denial' // a claim and its denial or retraction
  | 'attribution' // the same event attributed to different, unrelated actors
  | 'date' // the same event given different dates
  | 'place' // the same event given different places
  | 'casualties' // different figures for the same kind of casualty
  | 'official_record' // a claim an imported official list does not bear out
  | 'disputed_by_evidence'; // curated or reviewer evidence that disputes or contradicts a claim

export interface ContradictionSide {
  type: 'claim' | 'casualty' | 'list' | 'evidence';
  claim_id: string | null;
  source_id: string | null;
  source_title: string | null;
  publisher: string | null;
  reliability: Reliability | null;
  quote: string | null;
  /** What this side asserts, in one line. */
  statement: string;
}

export interface Contradiction {
  id: string;
  kind: ContradictionKind;
  summary: string;
  a: ContradictionSide;
  b: ContradictionSide;
}

export interface ReasonLine {
  evidence_id: string | null;
  source_id: string | null;
  publisher: string | null;
  reliability: Reliability | null;
  stance: Stance | null;
  weight: number;
  counted: boolean;
  why: string;
}

export interface SuggestedVerdict {
  claim_id: string;
  rating: VerdictRating;
  credibility: string; // Admiralty 1–6
  support: number;
  against: number;
  evidence_ids: string[]; // the evidence counted
  reasoning: ReasonLine[];
  rationale: string;
}
