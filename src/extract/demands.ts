import type { Sentence } from './sentences.ts';
import type { ExtractedDemand, ExtractedMention } from './types.ts';
export function findDemands(_b: string, _s: Sentence[], _m: ExtractedMention[]): ExtractedDemand[] {
  return [];
}
