// `npm run eval -- holdout12`: the extraction eval (eval/extraction.eval.ts, same options and scorer) on
// eval/holdout12 — annotated blind on 2026-12-06 to judge the rule changes of the session after eval/holdout11 is
// used up (see its README); retired itself to development material at 02:18 on 2026-12-07. Its shortfalls against the goals are printed as notes; they do not fail the run.
import type { EvalSection } from './index.ts';
import { scoreBlindSet } from './extraction.eval.ts';
import { HOLDOUT12_DIR } from './extraction/documents.ts';

export async function run(): Promise<EvalSection> {
  return scoreBlindSet(HOLDOUT12_DIR, 'held out until 2026-12-07 02:18, development material since');
}
