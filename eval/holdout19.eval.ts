// `npm run eval -- holdout19`: the extraction eval (eval/extraction.eval.ts, same options and scorer) on
// eval/holdout19 — annotated blind on 2026-12-07 to judge the rule changes of the session after eval/holdout18 is
// used up (see its README); retired itself to development material at 21:54 on 2026-12-07. Its shortfalls against the goals are printed as notes; they do not fail the run.
import type { EvalSection } from './index.ts';
import { scoreBlindSet } from './extraction.eval.ts';
import { HOLDOUT19_DIR } from './extraction/documents.ts';

export async function run(): Promise<EvalSection> {
  return scoreBlindSet(HOLDOUT19_DIR, 'held out until 2026-12-07 21:54, development material since');
}
