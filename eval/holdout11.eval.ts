// `npm run eval -- holdout11`: the extraction eval (eval/extraction.eval.ts, same options and scorer) on
// eval/holdout11 — annotated blind on 2026-12-06 to judge the rule changes of the session after eval/holdout10 is
// used up (see its README); retired itself to development material at 23:22 on 2026-12-06. Its shortfalls against the goals are printed as notes; they do not fail the run.
import type { EvalSection } from './index.ts';
import { scoreBlindSet } from './extraction.eval.ts';
import { HOLDOUT11_DIR } from './extraction/documents.ts';

export async function run(): Promise<EvalSection> {
  return scoreBlindSet(HOLDOUT11_DIR, 'held out until 2026-12-06 23:22, development material since');
}
