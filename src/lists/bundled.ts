// The lists bundled in data/lists (see its README for provenance and licences), in import order: older
// versions first, so the newer partial sets merge into the whole 2021 OFAC set.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../store/index.ts';
import { importList, type ImportResult } from './import.ts';
import { refreshVerification } from '../verify/index.ts';

export const BUNDLED_LISTS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/lists');

/** Paths relative to data/lists. */
export const BUNDLED_LIST_FILES = [
  'un/consolidated.xml',
  'ofac/sdn-2021-07-bench/sdn.csv',
  'ofac/sdn-2025-12-partial/alt.csv',
  'ofac/sdn-2026-excerpt/sdn.excerpt.csv',
  'ofac/consolidated-non-sdn/cons.xml',
  'eu/fsf-1.1-2026-08-05.sample.xml',
  'uk/ofsi-conlist-2018-04-13.csv',
  'uk/uk-sanctions-list.excerpt.xml',
  'india/uapa-first-schedule-as-on-2015-03-30.csv',
  'india/uapa-fourth-schedule-partial.csv',
] as const;

export interface BundledProgress {
  file: string;
  index: number;
  total: number;
  result?: ImportResult;
  ms?: number;
}

/** Imports every bundled list file (each its own version and transaction); importing again is a no-op. */
export async function importBundledLists(db: Db, onProgress?: (p: BundledProgress) => void, dir = BUNDLED_LISTS_DIR): Promise<Array<ImportResult & { file: string; ms: number }>> {
  const out: Array<ImportResult & { file: string; ms: number }> = [];
  for (const [index, file] of BUNDLED_LIST_FILES.entries()) {
    onProgress?.({ file, index, total: BUNDLED_LIST_FILES.length });
    const t0 = performance.now();
    const result = await importList(db, join(dir, file));
    const ms = performance.now() - t0;
    out.push({ ...result, file, ms });
    onProgress?.({ file, index, total: BUNDLED_LIST_FILES.length, result, ms });
  }
  // List entries become designation measures; official records can contradict claims.
  await refreshVerification(db);
  return out;
}
