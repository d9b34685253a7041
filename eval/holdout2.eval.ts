// `npm run eval -- holdout2`: the extraction eval (eval/extraction.eval.ts, same options and scorer) on
// eval/holdout2 — annotated blind to judge the 2026-12-05 rule changes, then (2026-12-06) retired to
// development material: see eval/holdout2/README.md. Its shortfalls against the goals are printed as
// notes; they do not fail the run.
import type { EvalSection } from './index.ts';
import { scoreBlindSet } from './extraction.eval.ts';
import { HOLDOUT2_DIR } from './extraction/documents.ts';

export async function run(): Promise<EvalSection> {
  return scoreBlindSet(HOLDOUT2_DIR, 'held out on 2026-12-05, development material since 2026-12-06');
}
