// Deterministic ids: UUIDv5 over a documented set of contributing properties per type, the way STIX 2.1
// derives SCO ids. The same input always yields the same id, so importing twice changes nothing.
import { v5 as uuidv5 } from 'uuid';

/** Dossier's namespace for UUIDv5 (itself uuidv5('dossier', URL namespace)). */
export const DOSSIER_NAMESPACE = uuidv5('https://dossier.invalid/', uuidv5.URL);

/**
 * Contributing properties per type. Changing a list here changes ids: treat it as a migration.
 * - source:      ref if bundled; an ingested document: its content hash (a changed text is a new source)
 * - entity:      ref if bundled, else kind + normalised name
 * - event:       ref if bundled, else name + start date
 * - mention:     source id + start + end
 * - claim:       source id + subject + predicate + object + quote start (or ref if bundled)
 * - evidence:    claim id + other claim or source id + stance + quote
 * - measure:     ref if bundled, else actor + authority + kind + reference + start
 * - demand:      source id + quote
 * - list_entry:  list + list reference
 * - list_version: list + file hash
 * - verdict:     claim id + rating + reviewer + time
 * - merge:       kept id + merged id
 * - contradiction: kind + the two sides' claim/record keys, sorted
 */
export type IdType =
  | 'source'
  | 'entity'
  | 'event'
  | 'mention'
  | 'claim'
  | 'evidence'
  | 'measure'
  | 'demand'
  | 'list_entry'
  | 'list_version'
  | 'verdict'
  | 'merge'
  | 'contradiction';

export function makeId(type: IdType, ...parts: Array<string | number | null | undefined>): string {
  const key = [type, ...parts.map((p) => (p === null || p === undefined ? '' : String(p)))].join('\u241f');
  return uuidv5(key, DOSSIER_NAMESPACE);
}

/** Lower-cases, NFKC-normalises and collapses white space: the key for name-based ids. */
export function idKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
