// `npm run eval -- holdout6`: the extraction eval (eval/extraction.eval.ts, same options and scorer) on
// eval/holdout6 — annotated blind on 2026-12-06 to judge the rule changes made after eval/holdout5 is used up
// (see its README); retired itself to development material at 08:55 the same day. Its shortfalls against the goals are printed as notes; they do not fail the run.
import type { EvalSection } from './index.ts';
import { scoreBlindSet } from './extraction.eval.ts';
import { HOLDOUT6_DIR } from './extraction/documents.ts';

export async function run(): Promise<EvalSection> {
  return scoreBlindSet(HOLDOUT6_DIR, 'held out until 2026-12-06 08:55, development material since');
}
