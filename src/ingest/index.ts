// The ingest capability's front door: read documents (.txt, .md, .html, .pdf) into canonical text and
// metadata, run extraction, and store each document with its mentions, proposed claims and demands.
export { canonicalText, contentHash } from './canonical.ts';
export { parseDate, splitHeader, type DocumentMeta } from './metadata.ts';
export {
  DEFAULT_MAX_BYTES,
  FORMATS,
  formatOf,
  maxBytesFromEnv,
  readDocument,
  type DocumentFormat,
  type ReadDocument,
  type ReadOptions,
} from './read.ts';
export { sourceIdFor, toRows, type DocumentRows } from './records.ts';
export { existingSources, loadGazetteer, lookupForms, storeDocument, storeDocuments, writeDocuments, type StoredCounts } from './queries.ts';
export { defaultExtractor, type Extractor } from './extractor.ts';
export {
  exitCodeForSummary,
  extractFile,
  ingestBatch,
  ingestFile,
  ingestPaths,
  listInputs,
  summarise,
  type FileResult,
  type IngestOptions,
  type IngestSummary,
} from './ingest.ts';
