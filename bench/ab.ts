// In-process A/B of src/extract against another commit's, for changes worth a few per cent, which
// `npm run bench -- extract` cannot resolve (its figure moves with the machine's load):
//   node bin/run-ts.mjs bench/ab.ts <rev> [processes=6] [rounds=20]
// Unpacks <rev>'s src/ into tmp/ab-base (git-ignored), then runs <processes> child processes one after
// another. Each imports both extract() functions and runs them in turns over the extraction bench's text (the
// development set's documents), after ~3 CPU s of warm-up each; which runs first flips every round and
// every process, since the order alone moves one process by a few per cent. Each process reports the median
// over its rounds of the CPU-time ratio work tree / <rev>; the mean over processes is printed with its
// standard error (below 1: the work tree is faster; the same code twice gives 1.00 ± 0.01).
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type * as Extract from '../src/extract/index.ts';
import { loadEvalDocs } from '../eval/extraction/documents.ts';
import { type Side, cpuMs, medianRatio, runProcesses, unpackSrc } from './ab-harness.ts';

const BASE_DIR = join(process.cwd(), 'tmp', 'ab-base');

/** One process: `--child <rounds> <base|new>` (the version that runs first) → prints its median ratio. */
async function child(rounds: number, first: Side): Promise<void> {
  const load = (k: Side) => import(k === 'new' ? '../src/extract/index.ts' : join(BASE_DIR, 'src', 'extract', 'index.ts')) as Promise<typeof Extract>;
  const order: Array<Side> = first === 'new' ? ['new', 'base'] : ['base', 'new'];
  const mods = { [order[0]!]: await load(order[0]!), [order[1]!]: await load(order[1]!) } as Record<Side, typeof Extract>;
  const actors = JSON.parse(readFileSync(join(process.cwd(), 'data/reference/actors.json'), 'utf8')) as unknown[];
  const docs = loadEvalDocs().map((d) => d.body);
  const runner = (m: typeof Extract) => {
    const gazetteer = m.gazetteerFromReference(actors);
    return (d: string) => m.extract(d, { gazetteer, published: '2025-05-01' });
  };
  const fns = { base: runner(mods.base), new: runner(mods.new) };
  const passes = (k: Side, n: number) => {
    const t0 = cpuMs();
    for (let i = 0; i < n; i++) for (const d of docs) fns[k](d);
    return cpuMs() - t0;
  };
  const warm = { base: 0, new: 0 };
  while (warm.base < 3000 || warm.new < 3000) for (const k of order) warm[k] += passes(k, 10);
  const n = Math.max(1, Math.round(300 / (passes('base', 5) / 5))); // ~0.3 CPU s a turn
  console.log(medianRatio(passes, order, rounds, n).toFixed(4));
}

function main(rev: string, processes: number, rounds: number): void {
  rmSync(BASE_DIR, { recursive: true, force: true });
  mkdirSync(BASE_DIR, { recursive: true });
  unpackSrc(rev, BASE_DIR);
  runProcesses('bench/ab.ts', `work tree / ${rev}`, processes, rounds);
}

const args = process.argv.slice(2);
if (args[0] === '--child') await child(Number(args[1] ?? 20), args[2] === 'new' ? 'new' : 'base');
else if (args[0]) main(args[0], Number(args[1] ?? 6), Number(args[2] ?? 20));
else {
  console.error('usage: bench/ab.ts <rev> [processes=6] [rounds=20]');
  process.exitCode = 2;
}
