// `npm run eval -- holdout4`: the extraction eval (eval/extraction.eval.ts, same options and scorer) on
// eval/holdout4 — annotated blind on 2026-12-06 to judge that day's rule changes; retired to development
// material at 03:55 the same day (see its README). Its shortfalls against the goals are printed as notes; they do not fail the run.
import type { EvalSection } from './index.ts';
import { scoreBlindSet } from './extraction.eval.ts';
import { HOLDOUT4_DIR } from './extraction/documents.ts';

export async function run(): Promise<EvalSection> {
  return scoreBlindSet(HOLDOUT4_DIR, 'held out until 2026-12-06 03:55, development material since');
}
