/**
 * Expressions that compile to less native code, matching the same (branch speed21; `bench/regex-size.ts`
 * measures). V8 copies the body of a non-capturing group repeated at most three times (`(?:X)?`, `(?:X){0,3}?`)
 * once per repetition, unless the body can match the empty string; and then generates what follows each copy
 * again, so one `{0,2}` before a long alternation can double an expression's code (FIELD: 167 KB for a
 * two-byte text). `(?:X|)` in place of `(?:X)` under a quantifier whose minimum is 0 matches the same, in the
 * same order: an iteration that matches empty is refused when no more are required (ECMAScript's RepeatMatcher),
 * so the empty alternative only ever fails; but the body may now be empty, so V8 compiles it once, as a loop.
 * Groups whose minimum is above 0 (`+`, `{2,}`) are left: there the empty iteration would be accepted.
 */

/** `src` with `|` before the `)` of each non-capturing group under a quantifier of minimum 0 (outside lookbehinds). */
export function compactSource(src: string): string {
  const stack: Array<{ at: number; kind: 'nc' | 'ahead' | 'behind' | 'cap' }> = [];
  const at: number[] = [];
  const n = src.length;
  let behind = 0;
  for (let i = 0; i < n; ) {
    const c = src[i]!;
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      while (j < n && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      i = j + 1;
      continue;
    }
    if (c === '(') {
      if (src.startsWith('(?:', i)) stack.push({ at: i, kind: 'nc' }), (i += 3);
      else if (src.startsWith('(?=', i) || src.startsWith('(?!', i)) stack.push({ at: i, kind: 'ahead' }), (i += 3);
      else if (src.startsWith('(?<=', i) || src.startsWith('(?<!', i)) stack.push({ at: i, kind: 'behind' }), behind++, (i += 4);
      else stack.push({ at: i, kind: 'cap' }), i++;
      continue;
    }
    if (c === ')') {
      const g = stack.pop()!;
      if (g.kind === 'behind') behind--;
      else if (g.kind === 'nc' && behind === 0 && (src[i + 1] === '?' || /^\{0,\d*\}/.test(src.slice(i + 1, i + 12)))) at.push(i);
      i++;
      continue;
    }
    i++;
  }
  let out = src;
  for (let k = at.length - 1; k >= 0; k--) out = `${out.slice(0, at[k])}|${out.slice(at[k])}`;
  return out;
}

/** `re` compiled from compactSource of its source (the same flags). */
export function compact(re: RegExp): RegExp {
  if (re.flags.includes('v')) return re;
  return new RegExp(compactSource(re.source), re.flags);
}
