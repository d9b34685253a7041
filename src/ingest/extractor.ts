// The extraction step ingest runs. The real one is src/extract's `extract()`; tests may hand in another.
import type { ExtractOptions, Extraction } from '../extract/types.ts';

export type Extractor = (body: string, opts: ExtractOptions) => Extraction;

// Until src/extract lands on this branch: an extractor that finds nothing.
export const defaultExtractor: Extractor = () => ({
  organisations: [],
  people: [],
  places: [],
  event_dates: [],
  attributions: [],
  mentions: [],
  dates: [],
  claims: [],
  demands: [],
});
