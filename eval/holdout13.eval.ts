// `npm run eval -- holdout13`: the extraction eval (eval/extraction.eval.ts, same options and scorer) on
// eval/holdout13 — annotated blind on 2026-12-06 to judge the rule changes of the session after eval/holdout12 is
// used up (see its README); retired itself to development material at 04:48 on 2026-12-07. Its shortfalls against the goals are printed as notes; they do not fail the run.
import type { EvalSection } from './index.ts';
import { scoreBlindSet } from './extraction.eval.ts';
import { HOLDOUT13_DIR } from './extraction/documents.ts';

export async function run(): Promise<EvalSection> {
  return scoreBlindSet(HOLDOUT13_DIR, 'held out until 2026-12-07 04:48, development material since');
}
