// Percentiles and timers for the bench sections.
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/** Times `fn` once per input; returns p50/p95/max in milliseconds. */
export async function timeEach<T>(inputs: T[], fn: (x: T) => Promise<unknown> | unknown) {
  const ms: number[] = [];
  for (const x of inputs) {
    const t0 = performance.now();
    await fn(x);
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), max: ms[ms.length - 1] ?? NaN, n: ms.length };
}
