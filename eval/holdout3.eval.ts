// `npm run eval -- holdout3`: the extraction eval (eval/extraction.eval.ts, same options and scorer) on
// eval/holdout3 — annotated blind on 2026-12-06 to judge that day's rule changes (see its README:
// measuring, not tuning). Its shortfalls against the goals are printed as notes; they do not fail the run.
import type { EvalSection } from './index.ts';
import { scoreBlindSet } from './extraction.eval.ts';
import { HOLDOUT3_DIR } from './extraction/documents.ts';

export async function run(): Promise<EvalSection> {
  return scoreBlindSet(HOLDOUT3_DIR, 'held out, not tuned on');
}
