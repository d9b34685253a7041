// `npm run eval -- holdout3`: the extraction eval (eval/extraction.eval.ts, same options and scorer) on
// eval/holdout3 — annotated blind on 2026-12-06 to judge that day's first rule changes, then retired to
// development material (see its README). Its shortfalls against the goals are printed as notes; they do
// not fail the run.
import type { EvalSection } from './index.ts';
import { scoreBlindSet } from './extraction.eval.ts';
import { HOLDOUT3_DIR } from './extraction/documents.ts';

export async function run(): Promise<EvalSection> {
  return scoreBlindSet(HOLDOUT3_DIR, 'held out until 2026-12-06 02:35, development material since');
}
