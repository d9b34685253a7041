// `npm run eval -- holdout`: the extraction eval (eval/extraction.eval.ts, same options and scorer) on the
// held-out set eval/holdout — texts nobody tuned on, annotated blind. For measuring, not tuning: see
// eval/holdout/README.md. Its shortfalls against the goals are printed as notes; they do not fail the run.
import type { EvalSection } from './index.ts';
import { scoreSet } from './extraction.eval.ts';
import { HOLDOUT_DIR, loadEvalDocs } from './extraction/documents.ts';

export async function run(): Promise<EvalSection> {
  const n = loadEvalDocs(HOLDOUT_DIR).length;
  return scoreSet(
    HOLDOUT_DIR,
    `Extraction quality on the HELD-OUT set (${n} documents, eval/holdout; not tuned on)`,
    ['Held out: a rule changed because of an error seen here makes the set stop being held out for that error (eval/holdout/README.md).'],
    false,
  );
}
