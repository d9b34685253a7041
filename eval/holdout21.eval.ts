// `npm run eval -- holdout21`: the extraction eval (eval/extraction.eval.ts, same options and scorer) on
// eval/holdout21 — annotated blind on 2026-12-07 to judge the rule changes of the session after eval/holdout20 is
// used up (see its README); retired itself to development material at 03:08 on 2026-12-08. Its shortfalls against the goals are printed as notes; they do not fail the run.
import type { EvalSection } from './index.ts';
import { scoreBlindSet } from './extraction.eval.ts';
import { HOLDOUT21_DIR } from './extraction/documents.ts';

export async function run(): Promise<EvalSection> {
  return scoreBlindSet(HOLDOUT21_DIR, 'held out until 2026-12-08 03:08, development material since');
}
