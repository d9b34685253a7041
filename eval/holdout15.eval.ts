// `npm run eval -- holdout15`: the extraction eval (eval/extraction.eval.ts, same options and scorer) on
// eval/holdout15 — annotated blind on 2026-12-07 to judge the rule changes of the session after eval/holdout14 is
// used up (see its README); retired itself to development material at 10:04 on 2026-12-07. Its shortfalls against the goals are printed as notes; they do not fail the run.
import type { EvalSection } from './index.ts';
import { scoreBlindSet } from './extraction.eval.ts';
import { HOLDOUT15_DIR } from './extraction/documents.ts';

export async function run(): Promise<EvalSection> {
  return scoreBlindSet(HOLDOUT15_DIR, 'held out until 2026-12-07 10:04, development material since');
}
