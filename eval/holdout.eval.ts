// `npm run eval -- holdout`: the extraction eval (eval/extraction.eval.ts, same options and scorer) on
// eval/holdout, annotated blind, measured once blind and used for development since 2026-12-05 22:47 (see
// its README). Its shortfalls against the goals are printed as notes; they do not fail the run.
import type { EvalSection } from './index.ts';
import { scoreBlindSet } from './extraction.eval.ts';
import { HOLDOUT_DIR } from './extraction/documents.ts';

export async function run(): Promise<EvalSection> {
  return scoreBlindSet(HOLDOUT_DIR, 'used for development since 2026-12-05, no longer held out');
}
