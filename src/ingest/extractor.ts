// The extraction step ingest runs: src/extract's `extract()` (a batch's documents through `extractMany`, the same
// output, faster for many). Tests may hand in another.
import { extract, type ExtractOptions, type Extraction } from '../extract/index.ts';
export { extractMany } from '../extract/index.ts';

export type Extractor = (body: string, opts: ExtractOptions) => Extraction;

export const defaultExtractor: Extractor = extract;
