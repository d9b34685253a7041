// `npm run eval -- holdout2`: the extraction eval (eval/extraction.eval.ts, same options and scorer) on the
// second held-out set eval/holdout2 — texts nobody tuned on, annotated blind, to judge the 2026-12-05 rule
// changes. For measuring, not tuning: see eval/holdout2/README.md. Its shortfalls against the goals are
// printed as notes; they do not fail the run.
import type { EvalSection } from './index.ts';
import { scoreSet } from './extraction.eval.ts';
import { HOLDOUT2_DIR, loadEvalDocs } from './extraction/documents.ts';

export async function run(): Promise<EvalSection> {
  const n = loadEvalDocs(HOLDOUT2_DIR).length;
  return scoreSet(
    HOLDOUT2_DIR,
    `Extraction quality on the SECOND HELD-OUT set (${n} documents, eval/holdout2; not tuned on)`,
    ['Held out: a rule changed because of an error seen here makes the set stop being held out for that error (eval/holdout2/README.md).'],
    false,
  );
}
