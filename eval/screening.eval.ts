// Screening quality on eval/screening/screening-eval.jsonl (706 positive + 51 negative cases built from the
// real list files; see eval/screening/README.md): recall@1 and precision at the default threshold, recall
// at any rank, per kind and per list. `also_ok` entries (same subject, other spelling) count as right.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EvalSection } from './index.ts';
import { DEFAULT_THRESHOLD, screen } from '../src/resolve/index.ts';
import { openStore } from '../src/store/index.ts';
import { loadEvalLists } from './screening/load-lists.ts';

interface Ref {
  list: string;
  id: string;
}
export interface EvalCase {
  query: string;
  kind: 'person' | 'organization';
  expect: Ref[];
  also_ok?: Ref[];
  why: string;
}

const here = dirname(fileURLToPath(import.meta.url));
/** The eval file names India's list `in_uapa`; Dossier calls it `uapa`. */
const mapList = (l: string) => (l === 'in_uapa' ? 'uapa' : l);
const key = (r: Ref) => `${mapList(r.list)}:${r.id}`;

export function loadCases(file = join(here, 'screening/screening-eval.jsonl')): EvalCase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalCase);
}

interface Tally {
  cases: number;
  top1: number;
  any: number;
  expected: number;
  found: number;
  returned: number;
  right: number;
}
const tally = (): Tally => ({ cases: 0, top1: 0, any: 0, expected: 0, found: 0, returned: 0, right: 0 });

export async function run(): Promise<EvalSection> {
  const db = await openStore({ dataDir: 'memory', databaseUrl: '' });
  const loaded = await loadEvalLists(db);
  const cases = loadCases();
  const all = tally();
  const neg = tally();
  const byKind = new Map<string, Tally>();
  const byList = new Map<string, Tally>();
  const misses: string[] = [];
  const falsePos: string[] = [];
  for (const c of cases) {
    const r = await screen(db, c.query, { kind: c.kind });
    const ok = new Set([...c.expect, ...(c.also_ok ?? [])].map(key));
    const got = r.matches.map((m) => `${m.list}:${m.id}`);
    const right = got.filter((g) => ok.has(g)).length;
    const t = c.expect.length ? all : neg;
    t.cases++;
    t.returned += got.length;
    t.right += right;
    for (const g of got) if (!ok.has(g)) falsePos.push(`${c.query} → ${g} (${r.matches.find((m) => `${m.list}:${m.id}` === g)?.matched_alias}, ${r.matches.find((m) => `${m.list}:${m.id}` === g)?.score})`);
    if (!c.expect.length) continue;
    const top1 = got.length > 0 && ok.has(got[0]!);
    if (!top1) misses.push(`${c.query} → ${got[0] ?? 'nothing'} (expected ${c.expect.map(key).join(', ')})`);
    const kt = byKind.get(c.kind) ?? tally();
    byKind.set(c.kind, kt);
    for (const tt of [all, kt]) {
      if (tt !== all) {
        tt.cases++;
        tt.returned += got.length;
        tt.right += right;
      }
      tt.top1 += top1 ? 1 : 0;
      tt.any += got.some((g) => ok.has(g)) ? 1 : 0;
    }
    for (const e of c.expect) {
      const lt = byList.get(mapList(e.list)) ?? tally();
      byList.set(mapList(e.list), lt);
      lt.expected++;
      all.expected++;
      const found = got.includes(key(e));
      lt.found += found ? 1 : 0;
      all.found += found ? 1 : 0;
    }
  }
  await db.close();
  const returned = all.returned + neg.returned;
  const precision = returned ? (all.right + neg.right) / returned : 1;
  const recall1 = all.top1 / all.cases;
  const rows = [
    ['all positives', all.cases, recall1, all.any / all.cases, all.found / all.expected, all.returned ? all.right / all.returned : 1],
    ...[...byKind].map(([k, t]) => [`kind ${k}`, t.cases, t.top1 / t.cases, t.any / t.cases, null, t.returned ? t.right / t.returned : 1]),
    ...[...byList].sort().map(([l, t]) => [`list ${l} (expected entries)`, t.expected, null, null, t.found / t.expected, null]),
    ['negatives (no match expected)', neg.cases, null, null, null, neg.returned ? neg.right / neg.returned : 1],
    ['ALL (precision over every match returned)', cases.length, recall1, null, null, precision],
  ];
  const missed: string[] = [];
  if (recall1 < 0.97) missed.push(`recall@1 ${recall1.toFixed(3)} < 0.97`);
  if (precision < 0.95) missed.push(`precision ${precision.toFixed(3)} < 0.95`);
  return {
    title: `Screening (threshold ${DEFAULT_THRESHOLD}, ${loaded.entries} entries / ${loaded.names} names of UN, OFAC, UK excerpt, UAPA)`,
    headers: ['cases', 'n', 'recall@1', 'recall@any', 'expected entries found', 'precision'],
    rows,
    missed,
    notes: [
      `${negMatches(neg)} negative cases returned a match; ${falsePos.length} wrong matches in all, ${misses.length} top-1 misses`,
      ...misses.slice(0, 12).map((m) => `top-1 miss: ${m}`),
      ...falsePos.slice(0, 12).map((m) => `wrong match: ${m}`),
    ],
  };
}

function negMatches(t: Tally): number {
  return t.returned;
}
