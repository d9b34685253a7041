// Deterministic ids: UUIDv5 over a documented set of contributing properties per type, the way STIX 2.1
// derives SCO ids. The same input always yields the same id, so importing twice changes nothing.
import { hash } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';

/** Dossier's namespace for UUIDv5 (itself uuidv5('https://dossier.invalid/', the URL namespace)). */
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
  let key: string = type;
  for (const p of parts) key += p === null || p === undefined ? '\u241f' : `\u241f${String(p)}`;
  return v5(key);
}

const NAMESPACE_BYTES = Buffer.from(DOSSIER_NAMESPACE.replace(/-/g, ''), 'hex');

let scratch = Buffer.alloc(4096);
NAMESPACE_BYTES.copy(scratch, 0);

/**
 * uuidv5(key, DOSSIER_NAMESPACE), the same bytes (RFC 9562: SHA-1 over namespace and UTF-8 name, version
 * and variant bits set) without the uuid package's per-call parsing of the namespace and of the name:
 * the verification refresh makes one per candidate evidence link, millions on a large corpus.
 */
function v5(key: string): string {
  // The name is written after the namespace into a buffer kept between calls (grown when too small).
  if (16 + key.length * 3 > scratch.length) {
    scratch = Buffer.alloc(16 + key.length * 3);
    NAMESPACE_BYTES.copy(scratch, 0);
  }
  const n = scratch.write(key, 16, 'utf8');
  const b = hash('sha1', scratch.subarray(0, 16 + n), 'buffer');
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex', 0, 16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** Lower-cases, NFKC-normalises and collapses white space: the key for name-based ids. */
export function idKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
