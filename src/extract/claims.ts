import type { Sentence } from './sentences.ts';
import type { Extraction, ExtractedDate, ExtractedMention, ExtractOptions } from './types.ts';
export function findClaims(_b: string, _s: Sentence[], _m: ExtractedMention[], _d: ExtractedDate[], _o: ExtractOptions): Pick<Extraction, 'claims' | 'attributions'> {
  return { claims: [], attributions: [] };
}
