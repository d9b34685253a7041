// The extraction step ingest runs: src/extract's `extract()`. Tests may hand in another.
import { extract, type ExtractOptions, type Extraction } from '../extract/index.ts';

export type Extractor = (body: string, opts: ExtractOptions) => Extraction;

export const defaultExtractor: Extractor = extract;
