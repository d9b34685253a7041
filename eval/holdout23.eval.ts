// `npm run eval -- holdout23`: the extraction eval (eval/extraction.eval.ts, same options and scorer) on
// eval/holdout23 — annotated blind on 2026-12-08 to judge the rule changes of the session after eval/holdout22 is
// used up (see its README: measuring, not tuning). Its shortfalls against the goals are printed as notes; they do not fail the run.
import type { EvalSection } from './index.ts';
import { scoreBlindSet } from './extraction.eval.ts';
import { HOLDOUT23_DIR } from './extraction/documents.ts';

export async function run(): Promise<EvalSection> {
  return scoreBlindSet(HOLDOUT23_DIR, 'held out, not tuned on');
}
