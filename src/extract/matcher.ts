// The gazetteer matcher: a trie over folded token keys (the token-level equivalent of Aho-Corasick for
// whole-word names). Scans the token stream once; at each token walks the trie as far as the text goes
// and keeps the longest name whose case rule the text satisfies; longest match wins, left to right.
import { tokenize, type Token } from './tokens.ts';
import type { GazetteerEntry } from './types.ts';

/**
 * Case rules. `acronym`: the surface is an acronym (no lower-case run of 2+, e.g. ISI, LeT, U.S.): the text
 * must repeat it exactly or in capitals. `cap`: the first word of the text must be capitalised (so "will",
 * "army", "front" in running text never match).
 */
type CaseRule = 'acronym' | 'cap';

export interface Compiled {
  entry: GazetteerEntry;
  rule: CaseRule;
  surface: string; // the surface without separators, for the acronym rule
  ntok: number;
}

interface Node {
  next: Map<string, Node>;
  out: Compiled[];
}

export interface Matcher {
  root: Node;
  size: number;
}

const newNode = (): Node => ({ next: new Map(), out: [] });
const squash = (s: string) => s.replace(/[\s\-‐-―'’]+/g, '');

export function caseRuleOf(name: string): CaseRule {
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return 'cap';
  if (/\p{Ll}{2,}/u.test(letters) && letters.length > 3) return 'cap';
  if (letters.length <= 6 && /^\p{Lu}/u.test(letters)) return 'acronym';
  return 'cap';
}

export function buildMatcher(entries: GazetteerEntry[]): Matcher {
  const root = newNode();
  let size = 0;
  for (const e of entries) {
    const toks = tokenize(e.name).filter((t) => t.word || t.raw === '.' || t.raw === ',');
    if (toks.length === 0) continue;
    let node = root;
    for (const t of toks) {
      let nx = node.next.get(t.key);
      if (!nx) node.next.set(t.key, (nx = newNode()));
      node = nx;
    }
    const rule = caseRuleOf(e.name);
    if (node.out.some((o) => o.entry.canonical === e.canonical && o.rule === rule && o.surface === squash(e.name))) continue;
    node.out.push({ entry: e, rule, surface: squash(e.name), ntok: toks.length });
    size++;
  }
  return { root, size };
}

export interface RawMatch {
  i: number; // first token index
  j: number; // last token index (inclusive)
  start: number;
  end: number;
  hit: Compiled;
}

function ruleOk(c: Compiled, toks: Token[], i: number, j: number, body: string): boolean {
  const first = toks[i]!;
  if (c.rule === 'cap') return first.cap || /^\d/.test(first.raw);
  const text = squash(body.slice(first.start, toks[j]!.end));
  return text === c.surface || (text === c.surface.toUpperCase() && text !== text.toLowerCase());
}

/** All longest, non-overlapping gazetteer matches, left to right. */
export function matchAll(m: Matcher, toks: Token[], body: string): RawMatch[] {
  const out: RawMatch[] = [];
  const n = toks.length;
  const first = (key: string) => m.root.next.get(key);
  let i = 0;
  while (i < n) {
    const t = toks[i]!;
    // the first step is looked up once per distinct word (and kept on the word), not once per token
    let node = t.word ? t.memo(m, first) : undefined;
    let best: RawMatch | null = null;
    let j = i;
    while (node) {
      for (const c of node.out) {
        if (ruleOk(c, toks, i, j, body)) {
          best = { i, j, start: t.start, end: toks[j]!.end, hit: c };
          break;
        }
      }
      const nt = toks[j + 1];
      if (!nt || nt.gap === '\n') break;
      node = node.next.get(nt.key);
      j++;
    }
    if (best) {
      // a name never ends on a comma
      out.push(best);
      i = best.j + 1;
    } else i++;
  }
  return out;
}
