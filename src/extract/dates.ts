import type { Sentence } from './sentences.ts';
import type { ExtractedDate, ExtractOptions } from './types.ts';
export function findDates(_body: string, _s: Sentence[], _o: ExtractOptions): ExtractedDate[] {
  return [];
}
