// The native code size of the regular expressions an extract() pass runs (load-independent):
//   node bin/run-ts.mjs bench/regex-size.ts [top=30] [copies=40]
// A pass is extract() over each document of the extraction bench (the development set, as bench/cold.ts).
// After a warm-up pass, RegExp.prototype.exec is wrapped for one pass (every match, test, replace, split and
// matchAll reaches it), which lists the distinct expressions (source and flags; split's sticky clones count as
// their own) with their executions and the first src/ frame that ran them. Each is then compiled `copies` times
// (distinct sources — a prefix of k empty groups `(?:)`, which compile to nothing — so V8's regexp cache does not
// share one compilation) and run three times on a two-byte subject and then on a one-byte one (V8 compiles each
// expression once per subject width, tiering up from its bytecode on the second run); the growth of the heap's
// code objects (v8.getHeapCodeStatistics().code_and_metadata_size, which walks the heap: exact, unlike the code
// space's used size, which grows by whole pages) over the copies, divided by `copies`, is the expression's native
// code for that width.
// Prints: the total over the distinct expressions (two-byte, one-byte, both), then the top `top` by two-byte
// size: KB two-byte / one-byte, executions a pass, where (file:line), the expression (cut at 90 characters).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getHeapCodeStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { extract, gazetteerFromReference } from '../src/extract/index.ts';
import { loadEvalDocs } from '../eval/extraction/documents.ts';

const top = Number(process.argv[2] ?? 30);
const copies = Number(process.argv[3] ?? 10);
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const actors = JSON.parse(readFileSync(join(process.cwd(), 'data/reference/actors.json'), 'utf8')) as unknown[];
const opts = { gazetteer: gazetteerFromReference(actors), published: '2025-05-01' };
const docs = loadEvalDocs().map((d) => d.body);
for (const d of docs) extract(d, opts);

interface Seen {
  re: RegExp;
  runs: number;
  where: string;
}
const seen = new Map<string, Seen>();
const exec = RegExp.prototype.exec;
const here = new URL(import.meta.url).pathname;
const FRAME = /\/(src\/[^:)]+):(\d+)/;
RegExp.prototype.exec = function (this: RegExp, s: string) {
  const key = `/${this.source}/${this.flags}`;
  let e = seen.get(key);
  if (!e) {
    const frame = (new Error().stack ?? '').split('\n').find((l) => l.includes('/src/') && !l.includes(here)) ?? '';
    const m = exec.call(FRAME, frame);
    e = { re: this, runs: 0, where: m ? `${m[1]}:${m[2]}` : '?' };
    seen.set(key, e);
  }
  e.runs++;
  return exec.call(this, s);
};
for (const d of docs) extract(d, opts);
RegExp.prototype.exec = exec;

const codeSpace = () => getHeapCodeStatistics().code_and_metadata_size;
const twoByte = 'The group\u2019s network \u2014 said on 3 May 2024 that ALL of them, in Aleppo, were killed. ';
const oneByte = 'The group said on 3 May 2024 that ALL of them, in Aleppo, were killed by the network. ';
let salt = 0;
/** The code space growth, per copy, of compiling `re` for the subject's width. */
function size(re: RegExp, subject: string): number {
  const res: RegExp[] = [];
  for (let i = 0; i < copies; i++) res.push(new RegExp('(?:)'.repeat(++salt % 4000) + re.source, re.flags));
  gc();
  const before = codeSpace();
  for (const r of res)
    for (let k = 0; k < 3; k++) {
      r.lastIndex = 0;
      exec.call(r, subject);
    }
  const after = codeSpace();
  return (after - before) / copies;
}
// Warm the measuring code itself (its own JIT code would count to the first expressions otherwise).
for (let i = 0; i < 5; i++) {
  size(/warm\s+up/u, twoByte);
  size(/warm\s+up/u, oneByte);
}
const rows = [...seen.entries()].map(([key, e]) => ({
  key,
  ...e,
  two: Math.max(0, size(e.re, twoByte)),
  one: Math.max(0, size(e.re, oneByte)),
}));
rows.sort((a, b) => b.two - a.two);
const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
const kb = (n: number) => (n / 1024).toFixed(1);
console.log(
  `${rows.length} distinct expressions, ${sum((r) => r.runs)} executions a pass; native code: two-byte ${kb(sum((r) => r.two))} KB, ` +
    `one-byte ${kb(sum((r) => r.one))} KB, both ${kb(sum((r) => r.two + r.one))} KB`,
);
for (const r of rows.slice(0, top)) {
  const k = r.key.length > 90 ? `${r.key.slice(0, 87)}...` : r.key;
  console.log(`${kb(r.two).padStart(6)} ${kb(r.one).padStart(6)} ${String(r.runs).padStart(5)}  ${r.where.padEnd(34)} ${k}`);
}
