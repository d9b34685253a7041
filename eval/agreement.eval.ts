// `npm run eval -- agreement`: how far two annotators agree, scored like the extractor. A second annotator
// annotated six documents of eval/holdout3 on 2026-12-06 without seeing the first's work (eval/agreement/,
// README there); their gold is scored against the first annotator's with the same scorer. It is the
// ceiling the extraction goals should be read against: a field two annotators agree on at F1 0.55
// cannot be expected of a program at 0.70 under the same scoring. (Both annotators are helper sessions of
// one kind, which share habits of wording: people would most likely agree less.) Nothing here fails the run.
import { join } from 'node:path';
import type { EvalSection } from './index.ts';
import { score, prf } from './extraction/score.mjs';
import { EVAL_DIR, HOLDOUT3_DIR, loadGold } from './extraction/documents.ts';

export const AGREEMENT_DIR = join(EVAL_DIR, '..', 'agreement');

export async function run(): Promise<EvalSection> {
  const second = loadGold(AGREEMENT_DIR);
  const files = new Set(second.map((d) => d.file));
  const first = loadGold(HOLDOUT3_DIR).filter((d) => files.has(d.file));
  const counts = score(first, second) as Record<string, { tp: number; fp: number; fn: number }>;
  return {
    title: `Agreement of two annotators (${files.size} documents of eval/holdout3: the second annotator's gold scored against the first's)`,
    headers: ['field', 'both', 'second only', 'first only', 'precision', 'recall', 'F1'],
    rows: Object.entries(counts).map(([field, c]) => {
      const { p, r, f } = prf(c);
      return [field, c.tp, c.fp, c.fn, p.toFixed(3), r.toFixed(3), f.toFixed(3)];
    }),
    missed: [],
    notes: ['One pair of annotators on six documents (eval/agreement/README.md); read it as an order of magnitude, not a constant.'],
  };
}
