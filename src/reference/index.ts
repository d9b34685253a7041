// The bundled reference set's front door: load (validate) → map (pure) → save (one transaction).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../store/index.ts';
import { loadReference } from './load.ts';
import { mapReference } from './map.ts';
import { saveReference } from './save.ts';
import { refreshVerification } from '../verify/index.ts';

export { loadReference } from './load.ts';
export { mapReference, toWhen, type ReferenceRecords } from './map.ts';

export const BUNDLED_REFERENCE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'reference');

export interface ImportSummary {
  sources: number;
  entities: number;
  events: number;
  claims: number;
  evidence: number;
  measures: number;
  demands: number;
}

/** Validates every file first, then writes everything in one transaction: all of it lands or none. */
export async function importReference(db: Db, dir = BUNDLED_REFERENCE_DIR): Promise<ImportSummary> {
  const records = mapReference(loadReference(dir));
  await saveReference(db, records);
  // Link evidence, surface contradictions and recompute suggested verdicts over everything now stored.
  await refreshVerification(db);
  return {
    sources: records.sources.length,
    entities: records.entities.length,
    events: records.events.length,
    claims: records.claims.length,
    evidence: records.evidence.length,
    measures: records.measures.length,
    demands: records.demands.length,
  };
}
