// Closed vocabularies, read from the JSON files beside this module (one place each, with a description
// per value). Code imports the keys from here; test/model.vocab.test.ts checks each value is documented.
import predicates from './vocab/predicates.json' with { type: 'json' };
import measureKinds from './vocab/measure-kinds.json' with { type: 'json' };
import verdicts from './vocab/verdicts.json' with { type: 'json' };
import admiralty from './vocab/admiralty.json' with { type: 'json' };
import stances from './vocab/stances.json' with { type: 'json' };
import lists from './vocab/lists.json' with { type: 'json' };

function keysOf<T extends Record<string, unknown>>(o: T): [string, ...string[]] {
  const keys = Object.keys(o).filter((k) => !k.startsWith('$'));
  if (keys.length === 0) throw new Error('empty vocabulary');
  return keys as [string, ...string[]];
}

export const PREDICATES = keysOf(predicates);
export const MEASURE_KINDS = keysOf(measureKinds);
export const VERDICT_RATINGS = keysOf(verdicts);
export const STANCES = keysOf(stances);
export const LIST_IDS = keysOf(lists);
export const RELIABILITY_CODES = keysOf(admiralty.reliability);
export const CREDIBILITY_CODES = keysOf(admiralty.credibility);

export const vocabularies = { predicates, measureKinds, verdicts, admiralty, stances, lists } as const;

/** Default Admiralty reliability for a source kind, before anyone rates the source itself. */
export function defaultReliability(kind: string): string {
  const d = admiralty.publisher_defaults as Record<string, string>;
  return d[kind] ?? 'F';
}

/** The reference data's finer measure kinds, mapped onto the closed vocabulary. */
export const MEASURE_KIND_ALIASES: Record<string, string> = {
  sanction_listing: 'designation',
  sanction_listing_alias: 'designation',
  designation_fto: 'designation',
  designation_fto_sdgt: 'designation',
  designation_fto_amendment: 'designation',
  designation_terrorist_organisation: 'designation',
  proscription: 'designation',
  delisting_request_rejected: 'delisting_refused',
  prosecution_charge_sheet: 'prosecution',
};
