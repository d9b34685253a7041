// `npm run eval -- holdout17`: the extraction eval (eval/extraction.eval.ts, same options and scorer) on
// eval/holdout17 — annotated blind on 2026-12-07 to judge the rule changes of the session after eval/holdout16 is
// used up (see its README); retired itself to development material at 16:01 on 2026-12-07. Its shortfalls against the goals are printed as notes; they do not fail the run.
import type { EvalSection } from './index.ts';
import { scoreBlindSet } from './extraction.eval.ts';
import { HOLDOUT17_DIR } from './extraction/documents.ts';

export async function run(): Promise<EvalSection> {
  return scoreBlindSet(HOLDOUT17_DIR, 'held out until 2026-12-07 16:01, development material since');
}
