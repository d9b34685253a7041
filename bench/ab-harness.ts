// What bench/ab.ts (a whole extract() pass) and bench/claims-ab.ts (the claims stage alone) share: unpacking
// another commit's src/, the timed rounds in turns with their median ratio, and the child processes' mean with
// its standard error. Each script keeps its own inputs and warm-up.
import { execFileSync } from 'node:child_process';

export type Side = 'base' | 'new';

/** CPU time of this process so far, in milliseconds (user + system, all threads). */
export function cpuMs(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e3;
}

/** Unpacks `rev`'s src/ into `dir` (which must exist). */
export function unpackSrc(rev: string, dir: string): void {
  execFileSync('sh', ['-c', `git archive "$1" src | tar -x -C "$2"`, 'sh', rev, dir], { stdio: 'inherit' });
}

/**
 * `rounds` turns of `n` passes each side (`passes` returns their CPU milliseconds), which side runs first
 * flipping every round from `order`; the median over rounds of the ratio new / base.
 */
export function medianRatio(passes: (k: Side, n: number) => number, order: Side[], rounds: number, n: number): number {
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t: Record<string, number> = {};
    for (const k of r % 2 === 0 ? order : [order[1]!, order[0]!]) t[k] = passes(k, n);
    ratios.push(t.new! / t.base!);
  }
  ratios.sort((a, b) => a - b);
  return ratios[ratios.length >> 1]!;
}

/**
 * Runs `script --child <rounds> <first>` in `processes` processes one after another (which side runs first
 * alternating), prints each one's median ratio and then `label: mean ± standard error`.
 */
export function runProcesses(script: string, label: string, processes: number, rounds: number): void {
  const ratios: number[] = [];
  for (let i = 0; i < processes; i++) {
    const first = i % 2 === 0 ? 'base' : 'new';
    const out = execFileSync(process.execPath, ['bin/run-ts.mjs', script, '--child', String(rounds), first], { encoding: 'utf8' });
    const ratio = Number(out.trim().split('\n').pop());
    ratios.push(ratio);
    console.log(`  process ${i + 1} (${first} first): ${ratio.toFixed(4)}`);
  }
  const mean = ratios.reduce((s, x) => s + x, 0) / ratios.length;
  const sd = Math.sqrt(ratios.reduce((s, x) => s + (x - mean) ** 2, 0) / Math.max(1, ratios.length - 1));
  console.log(`${label}: ${mean.toFixed(4)} ± ${(sd / Math.sqrt(ratios.length)).toFixed(4)} (CPU time; ${ratios.length} processes × ${rounds} rounds)`);
}
