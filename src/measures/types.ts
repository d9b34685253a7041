// Plain values for accountability: measures, list entries and demands as the pure core sees them.

export interface MeasureFact {
  id: string;
  ref: string | null;
  actor_id: string;
  actor_name: string;
  authority_id: string | null;
  authority_name: string;
  kind: string;
  kind_detail: string | null;
  status: string; // as the source words it: in_force_as_of_source, ended, filed, proposed_as_of_source, …
  start: string | null;
  end: string | null;
  reference: string | null;
  list_entry_id: string | null;
  note: string | null;
  sources: Array<{ source_id: string; title: string | null; publisher: string | null; reliability: string | null; quote: string }>;
}

export interface ListEntryFact {
  id: string;
  list: string;
  list_ref: string;
  kind: string;
  primary_name: string;
  listed_on: string | null;
  programmes: string[];
  version_id: string;
  delisted_in: string | null;
  names: Array<{ name: string; type: string }>;
}

export interface ListVersionFact {
  id: string;
  list: string;
  published: string | null;
  file_name: string;
  imported_at: string;
  source_id: string | null;
}

/** A store entity a list entry names, and how the link was made. */
export interface EntryLink {
  entry_id: string;
  entity_id: string;
  how: 'resolve_link' | 'exact_name' | 'exact_alias';
  matched_name: string;
}

export interface EntityNames {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
}

export interface DemandFact {
  id: string;
  source_id: string;
  source_title: string | null;
  measure_kind: string;
  of_whom: string | null;
  against_id: string | null;
  against_name: string | null;
  quote: string;
}

export type GapStatus = 'in_force' | 'ended' | 'none';

export interface GapSource {
  source_id: string | null;
  title: string | null;
  reliability: string | null;
  quote: string | null;
}

/** One cell of the gap report: what an authority did (or not) to an actor, with its sources. */
export interface GapRow {
  actor: string;
  actor_id: string;
  authority: string;
  authority_id: string | null;
  measure_kind: string;
  status: GapStatus;
  start: string | null;
  end: string | null;
  sources: GapSource[];
  measures: string[]; // measure ids behind the cell
  demands: string[]; // demand ids this cell answers
  detail: string; // the statuses as the sources word them, or why the cell is none
}

export interface DemandReport {
  demand_id: string;
  quote: string;
  source_id: string;
  source_title: string | null;
  measure_kind: string;
  of_whom: string | null;
  against: string | null;
  against_id: string | null;
  answered_by: GapRow[]; // cells with measures that answer it (any status)
  status: GapStatus; // in_force if any answering measure is in force, ended if only ended ones, else none
}

export interface TimelineItem {
  date: string | null;
  type: 'measure_start' | 'measure_end' | 'demand';
  authority: string | null;
  measure_kind: string;
  detail: string;
  status: string;
  id: string;
  sources: GapSource[];
}
