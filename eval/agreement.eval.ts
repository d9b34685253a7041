// `npm run eval -- agreement`: how far two annotators agree, scored like the extractor. Two pairs, one table
// each: a second annotator annotated six documents of eval/holdout3 on 2026-12-06 without seeing the first's
// work (eval/agreement/), and another six documents of eval/holdout5 the same morning, likewise blind
// (eval/agreement/holdout5/); each second annotator's gold is scored against the first annotator's gold of the
// same files with the same scorer (README in eval/agreement/). It is the ceiling the extraction goals should be
// read against: a field two annotators agree on at F1 0.55 cannot be expected of a program at 0.70 under the
// same scoring. (All annotators are helper sessions of one kind, which share habits of wording: people would
// most likely agree less.) Nothing here fails the run.
import { join } from 'node:path';
import type { EvalSection } from './index.ts';
import { score, prf } from './extraction/score.mjs';
import { EVAL_DIR, HOLDOUT3_DIR, HOLDOUT5_DIR, loadGold } from './extraction/documents.ts';

export const AGREEMENT_DIR = join(EVAL_DIR, '..', 'agreement');
/** The second pair: a second annotator's gold of six documents of eval/holdout5. */
export const AGREEMENT_HOLDOUT5_DIR = join(AGREEMENT_DIR, 'holdout5');

/** Each pair: the second annotator's set and the first annotator's (held-out) set it is scored against. */
const PAIRS = [
  { second: AGREEMENT_DIR, first: HOLDOUT3_DIR, name: 'eval/holdout3', pair: 'first pair' },
  { second: AGREEMENT_HOLDOUT5_DIR, first: HOLDOUT5_DIR, name: 'eval/holdout5', pair: 'second pair' },
];

function section(p: (typeof PAIRS)[number]): EvalSection {
  const second = loadGold(p.second);
  const files = new Set(second.map((d) => d.file));
  const first = loadGold(p.first).filter((d) => files.has(d.file));
  const counts = score(first, second) as Record<string, { tp: number; fp: number; fn: number }>;
  return {
    title: `Agreement of two annotators, ${p.pair} (${files.size} documents of ${p.name}: the second annotator's gold scored against the first's)`,
    headers: ['field', 'both', 'second only', 'first only', 'precision', 'recall', 'F1'],
    rows: Object.entries(counts).map(([field, c]) => {
      const { p: pr, r, f } = prf(c);
      return [field, c.tp, c.fp, c.fn, pr.toFixed(3), r.toFixed(3), f.toFixed(3)];
    }),
    missed: [],
    notes: [`One pair of annotators on ${files.size} documents (eval/agreement/README.md); read it as an order of magnitude, not a constant.`],
  };
}

export async function run(): Promise<EvalSection[]> {
  return PAIRS.map(section);
}
