// A mention found, its token range (`foundI`, `foundJ`) and `add`, which records a mention and the tokens it covers.
import type { ExtractedMention, MentionType } from '../types.ts';
import { widened } from '../../util/typed.ts';

/**
 * A mention found: already the object `findMentions` returns, its `text` filled in at the end (so a mention
 * kept costs one object). Its token range is kept apart, by its index in the list of mentions found
 * (`foundI`, `foundJ`); a mention dropped on the way keeps its place there, with canonical ''.
 */
export type Found = ExtractedMention;
export const mention = (start: number, end: number, type: MentionType, canonical: string, entity_id: string | null, known: boolean): Found => ({
  text: '',
  start,
  end,
  canonical,
  type,
  entity_id,
  known,
});
/** Another mention of the same entity (built field by field: object spread is slow in V8). */
export const sameAs = (f: Found, start: number, end: number): Found => mention(start, end, f.type, f.canonical, f.entity_id, f.known);
/** g becomes a mention of f's body (or place, or person): its canonical name, entity and whether it is known. */
export function renamed(g: Found, f: Found) {
  g.canonical = f.canonical;
  g.entity_id = f.entity_id;
  g.known = f.known;
}
// the token range of each mention found (first and last token), by its index; kept from call to call
export let foundI = new Int32Array(256);
export let foundJ = new Int32Array(256);

let coverScratch = new Int32Array(4096);
// The mentions of the call of findMentions under way and its tokens' cover, for `add` (a function of the
// module, not a closure made per call: tsx's keepNames names each closure it makes, a cost per call).
let addingTo: Found[] = [];
let addingCover = coverScratch;
/** Adds a mention over tokens i..j. */
export function add(f: Found, i: number, j: number) {
  const x = addingTo.length;
  if (x === foundI.length) {
    foundI = widened(foundI, 2 * x);
    foundJ = widened(foundJ, 2 * x);
  }
  foundI[x] = i;
  foundJ[x] = j;
  for (let k = i; k <= j; k++) addingCover[k] = x;
  addingTo.push(f);
}

export function dropFound(found: Found[], cover: Int32Array, idx: number) {
  const f = found[idx]!;
  for (let q = foundI[idx]!; q <= foundJ[idx]!; q++) if (cover[q] === idx) cover[q] = -1;
  f.canonical = '';
}

export type Add = (f: Found, i: number, j: number) => void;
/** Starts a call's mentions: `add` puts them in `found`; returns the cover of its n tokens, all -1 (no mention). */
export function startAdding(found: Found[], n: number): Int32Array {
  if (coverScratch.length < n + 3) coverScratch = new Int32Array(2 * n + 3);
  addingTo = found;
  return (addingCover = coverScratch.fill(-1, 0, n + 3));
}
