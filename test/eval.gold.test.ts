// The annotated sets' gold files against their documents: every document has one record, and every gold
// mention's offsets are exactly its slice of the body (UTF-16), for the dev set, the twenty held-out sets and the second annotators' sets.
import { describe, expect, it } from 'vitest';
import { EVAL_DIR, HOLDOUT_DIR, HOLDOUT2_DIR, HOLDOUT3_DIR, HOLDOUT4_DIR, HOLDOUT5_DIR, HOLDOUT6_DIR, HOLDOUT7_DIR, HOLDOUT8_DIR, HOLDOUT9_DIR, HOLDOUT10_DIR, HOLDOUT11_DIR, HOLDOUT12_DIR, HOLDOUT13_DIR, HOLDOUT14_DIR, HOLDOUT15_DIR, HOLDOUT16_DIR, HOLDOUT17_DIR, HOLDOUT18_DIR, HOLDOUT19_DIR, HOLDOUT20_DIR, HOLDOUT21_DIR, HOLDOUT22_DIR, HOLDOUT23_DIR, loadEvalDocs, loadGold } from '../eval/extraction/documents.ts';
import { AGREEMENT_DIR, AGREEMENT_HOLDOUT5_DIR } from '../eval/agreement.eval.ts';

interface GoldMention { text: string; start: number; end: number; type: string }

describe.each([['eval/extraction', EVAL_DIR], ['eval/holdout', HOLDOUT_DIR], ['eval/holdout2', HOLDOUT2_DIR], ['eval/holdout3', HOLDOUT3_DIR], ['eval/holdout4', HOLDOUT4_DIR], ['eval/holdout5', HOLDOUT5_DIR], ['eval/holdout6', HOLDOUT6_DIR], ['eval/holdout7', HOLDOUT7_DIR], ['eval/holdout8', HOLDOUT8_DIR], ['eval/holdout9', HOLDOUT9_DIR], ['eval/holdout10', HOLDOUT10_DIR], ['eval/holdout11', HOLDOUT11_DIR], ['eval/holdout12', HOLDOUT12_DIR], ['eval/holdout13', HOLDOUT13_DIR], ['eval/holdout14', HOLDOUT14_DIR], ['eval/holdout15', HOLDOUT15_DIR], ['eval/holdout16', HOLDOUT16_DIR], ['eval/holdout17', HOLDOUT17_DIR], ['eval/holdout18', HOLDOUT18_DIR], ['eval/holdout19', HOLDOUT19_DIR], ['eval/holdout20', HOLDOUT20_DIR], ['eval/holdout21', HOLDOUT21_DIR], ['eval/holdout22', HOLDOUT22_DIR], ['eval/holdout23', HOLDOUT23_DIR], ['eval/agreement', AGREEMENT_DIR], ['eval/agreement/holdout5', AGREEMENT_HOLDOUT5_DIR]])('%s gold.json', (_name, set) => {
  const docs = loadEvalDocs(set);
  const gold = loadGold(set);
  it('has one record per document', () => {
    expect(gold.map((g) => g.file).sort()).toEqual(docs.map((d) => d.file));
  });
  it.each(docs.map((d) => [d.file, d] as const))('%s: mentions are slices of the body', (file, d) => {
    const mentions = (gold.find((g) => g.file === file)?.mentions ?? []) as GoldMention[];
    for (const m of mentions) expect(d.body.slice(m.start, m.end)).toBe(m.text);
  });
});
