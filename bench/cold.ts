// How much of an extract() pass is the machine's cold state rather than the work itself:
//   node bin/run-ts.mjs bench/cold.ts [repeats=21]
// After a warm-up, each document of the extraction bench (the development set) is timed alone, `repeats` times,
// in four conditions, and the medians are summed over the documents (a pass):
//   same      the same document extracted right before (its code paths, word slots and memo entries warm);
//   rotation  the previous document of the bench's order before (what the bench and ingest see);
//   other     the document five places on extracted right before (any other document);
//   flushed   8 MB written right before (the caches emptied of code and data alike).
// Each timing is one document (~0.1 ms), so another process's turn seldom falls inside one and medians leave
// those out: the ratios hold at the load of a shared machine, where a whole pass's wall time does not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, gazetteerFromReference } from '../src/extract/index.ts';
import { loadEvalDocs } from '../eval/extraction/documents.ts';

const repeats = Number(process.argv[2] ?? 21);
const actors = JSON.parse(readFileSync(join(process.cwd(), 'data/reference/actors.json'), 'utf8')) as unknown[];
const opts = { gazetteer: gazetteerFromReference(actors), published: '2025-05-01' };
const docs = loadEvalDocs().map((d) => d.body);
const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d), 0);
for (let i = 0; i < 400; i++) for (const d of docs) extract(d, opts);

const big = new Int32Array((8 << 20) >> 2);
const flush = () => {
  for (let i = 0; i < big.length; i += 16) big[i]!++;
};
const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
/** The sum over the documents of the median time of document k, `before(k)` run right before each timing. */
function pass(before: (k: number) => void): number {
  let sum = 0;
  for (let k = 0; k < docs.length; k++) {
    const ts: number[] = [];
    for (let r = 0; r < repeats; r++) {
      before(k);
      const t0 = performance.now();
      extract(docs[k]!, opts);
      ts.push(performance.now() - t0);
    }
    sum += median(ts);
  }
  return sum;
}
const conditions: Array<[string, (k: number) => void]> = [
  ['same', (k) => extract(docs[k]!, opts)],
  ['rotation', (k) => extract(docs[(k + docs.length - 1) % docs.length]!, opts)],
  ['other', (k) => extract(docs[(k + 5) % docs.length]!, opts)],
  ['flushed', flush],
];
for (let round = 0; round < 2; round++) {
  const ms = conditions.map(([, f]) => pass(f));
  console.log(conditions.map(([name], i) => `${name} ${ms[i]!.toFixed(2)} ms (${(bytes / 1e3 / ms[i]!).toFixed(1)} MB/s, ×${(ms[i]! / ms[0]!).toFixed(2)})`).join(' · '));
}
