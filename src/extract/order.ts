// Ordering the spans a stage found (mentions, dates) by where they start.

/**
 * Sorts `xs` by start, in place, ties in the order given (a stable sort), and returns it. Spans come mostly
 * in order (a few per document, or later passes adding a few), so an insertion sort, which makes no garbage
 * and beats the built-in sort with a comparator there; past a budget of moves, the built-in sort finishes
 * (the order so far keeps ties in their first order, so the result is the same).
 */
export function byStart<T extends { start: number }>(xs: T[]): T[] {
  const m = xs.length;
  let budget = 8 * m;
  for (let k = 1; k < m; k++) {
    const f = xs[k]!;
    let p = k;
    while (p > 0 && xs[p - 1]!.start > f.start) {
      xs[p] = xs[p - 1]!;
      p--;
    }
    xs[p] = f;
    budget -= k - p;
    if (budget < 0) return xs.sort((a, b) => a.start - b.start);
  }
  return xs;
}
