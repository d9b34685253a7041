// `npm run eval -- holdout5`: the extraction eval (eval/extraction.eval.ts, same options and scorer) on
// eval/holdout5 — annotated blind on 2026-12-06 to judge the rule changes made after eval/holdout4 was retired;
// retired itself to development material at 06:16 the same day (see its README). Its shortfalls against the goals are printed as notes; they do not fail the run.
import type { EvalSection } from './index.ts';
import { scoreBlindSet } from './extraction.eval.ts';
import { HOLDOUT5_DIR } from './extraction/documents.ts';

export async function run(): Promise<EvalSection> {
  return scoreBlindSet(HOLDOUT5_DIR, 'held out until 2026-12-06 06:16, development material since');
}
