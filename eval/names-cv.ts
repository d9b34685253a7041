// `npm run eval:names-cv`: what the learned typer of capitalised spans (src/extract/mentions/learned.ts) adds on
// text it was not trained on. Leave-one-set-out over the retired sets (RETIRED_DIRS): for each set, a model
// trained on the other sets; extract() on the set with rules only and with that fold's model; scored with
// eval/extraction/score.mjs; F1 per fold and pooled over the folds. The threshold is learned.ts's THRESHOLD,
// fixed before any fold was scored (the other thresholds printed with --sweep are for reading, not choosing).
// Bias: the rules were tuned on all these sets, so rules-only on a fold is optimistic, and so is rules+model.
import { basename } from 'node:path';
import { predictions } from './extraction.eval.ts';
import { prf, score } from './extraction/score.mjs';
import { loadGold, RETIRED_DIRS } from './extraction/documents.ts';
import { examples, train } from './train-names.ts';
import { fromJSON, setNameModel, THRESHOLD } from '../src/extract/mentions/learned.ts';

const FIELDS = ['organisations', 'people', 'places', 'mentions (exact)'] as const;
const sweep = process.argv.includes('--sweep');
const thresholds = sweep ? [0.5, 0.6, 0.7, 0.8, 0.9] : [THRESHOLD];
/** --veto: also drop a rule's unknown mention where the model's "none" has probability VETO or more (fixed in advance). */
const VETO = 0.95;
const veto = process.argv.includes('--veto');
const vetoed: Rows = [];
type Rows = Array<Record<string, unknown> & { file: string }>;
const tag = (d: string, rows: Rows) => rows.map((x) => ({ ...x, file: `${basename(d)}/${x.file}` }));
const gold: Rows = [];
const rules: Rows = [];
const withModel = new Map<number, Rows>(thresholds.map((th) => [th, []]));
const f1 = (g: Rows, p: Rows) => {
  const c = score(g, p);
  return FIELDS.map((f) => prf(c[f]!).f);
};
const fmt = (xs: number[]) => xs.map((x) => x.toFixed(3)).join('\t');
console.log(`fold\t${FIELDS.map((f) => f.slice(0, 8)).join('\t')}\t(rules → rules+model at ${THRESHOLD})`);
for (const d of RETIRED_DIRS) {
  const model = fromJSON(train(examples(RETIRED_DIRS.filter((x) => x !== d)).ex));
  const g = tag(d, loadGold(d));
  setNameModel(null);
  const r = tag(d, predictions(d) as unknown as Rows);
  gold.push(...g);
  rules.push(...r);
  let line = '';
  for (const th of thresholds) {
    setNameModel(model, th);
    const m = tag(d, predictions(d) as unknown as Rows);
    withModel.get(th)!.push(...m);
    if (th === THRESHOLD) line = fmt(f1(g, m));
  }
  if (veto) {
    setNameModel(model, THRESHOLD, VETO);
    const v = tag(d, predictions(d) as unknown as Rows);
    vetoed.push(...v);
    line += `\n\t${fmt(f1(g, v))} (with veto)`;
  }
  console.log(`${basename(d)}\t${fmt(f1(g, r))}\n\t${line}`);
}
setNameModel(null);
const pooled = (label: string, rows: Rows) => {
  const c = score(gold, rows);
  console.log(`${label}\t${FIELDS.map((f) => `${prf(c[f]!).f.toFixed(3)} (${c[f]!.tp}/${c[f]!.fp}/${c[f]!.fn})`).join('\t')}`);
};
const c0 = score(gold, rules);
console.log(`POOLED rules\t${FIELDS.map((f) => `${prf(c0[f]!).f.toFixed(3)} (${c0[f]!.tp}/${c0[f]!.fp}/${c0[f]!.fn})`).join('\t')}`);
for (const th of thresholds) {
  const c = score(gold, withModel.get(th)!);
  console.log(`POOLED +model ${th}${th === THRESHOLD ? '' : ' (sweep)'}\t${FIELDS.map((f) => `${prf(c[f]!).f.toFixed(3)} (${c[f]!.tp}/${c[f]!.fp}/${c[f]!.fn})`).join('\t')}`);
}
if (veto) pooled(`POOLED +model ${THRESHOLD} +veto ${VETO}`, vetoed);
