// The shape of what extraction yields. Owned by src/extract; src/ingest stores it. The JSON printed by
// `dossier extract --json` is this object (field names as in the evaluation set's gold.json, plus the
// typed claims and demands that ingest stores).
import type { EntityKind, MeasureKind, When } from '../model/index.ts';

export type MentionType = 'person' | 'organization' | 'place';

/** A name the extractor can recognise: every entity name and alias in the store. */
export interface GazetteerEntry {
  name: string; // the surface form to look for (an alias or the entity's name)
  canonical: string; // the entity's display name
  type: MentionType;
  entity_kind: EntityKind;
  entity_id: string | null;
}

export interface ExtractOptions {
  gazetteer: GazetteerEntry[];
  /** The document's own date (YYYY, YYYY-MM or YYYY-MM-DD): anchors relative dates; none → they are left out. */
  published?: string | null;
  title?: string | null;
  author?: string | null;
  publisher?: string | null;
}

export interface ExtractedMention {
  text: string; // always body.slice(start, end)
  start: number; // UTF-16 offsets, end exclusive
  end: number;
  canonical: string;
  type: MentionType;
  entity_id: string | null;
  known: boolean; // false: found by general evidence, not in the gazetteer → a proposal for review
}

export interface ExtractedDate {
  text: string;
  start: number;
  end: number;
  date: string; // ISO as precise as the text; ranges as start/end
  when: When;
  event: string; // short description of what happened then
}

export interface ExtractedParty {
  name: string; // canonical name
  entity_id: string | null;
  start: number | null; // span of the mention in the text, when there is one
  end: number | null;
}

export interface ExtractedClaim {
  subject: ExtractedParty;
  predicate: string; // from src/model/vocab/predicates.json
  object: ExtractedParty | { literal: string };
  action: string; // the text's own verb phrase, e.g. "claimed responsibility for"
  when: When | null;
  where: ExtractedParty | null;
  claimant: ExtractedParty; // the author/publisher in the text's own voice, or the party it quotes
  quote: string; // body.slice(span.start, span.end): the sentence it came from
  span: { start: number; end: number };
  negated: boolean; // denials and retractions
  hedged: boolean; // "allegedly", "reportedly", "purportedly"
  confidence: number; // 0..1
}

export interface ExtractedDemand {
  measure_kind: MeasureKind;
  against: ExtractedParty | null;
  of_whom: string | null;
  quote: string;
  span: { start: number; end: number };
}

export interface Extraction {
  organisations: string[]; // canonical names, de-duplicated, in order of first mention
  people: string[];
  places: string[];
  event_dates: Array<{ event: string; date: string }>;
  attributions: Array<{ actor: string; action: string; target_or_event: string; according_to: string }>;
  mentions: ExtractedMention[];
  dates: ExtractedDate[];
  claims: ExtractedClaim[];
  demands: ExtractedDemand[];
}
