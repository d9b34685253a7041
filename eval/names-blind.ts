// `npm run eval:names-blind`: what the learned typer of capitalised spans (src/extract/mentions/learned.ts)
// would have added on each retired set while it was still blind (branch ner2). ner1's leave-one-set-out
// (eval/names-cv.ts) ran today's rules, tuned on every retired set, so its leftovers were few and its estimate
// biased; here each set holdoutN (N = 3 … 13) is paired with the extractor that ran on it blind — the parent of
// the commit that retired it (BLIND_TIME below) — and:
//   - base: that extractor's output on the set (src/ and data/reference/actors.json of the commit unpacked into
//     tmp/ner2/<commit>, run in a child process, then removed; cached in tmp/ner2/base-<set>-<commit>.json);
//   - leftovers: the candidates of today's generator (capitalisedRuns/spansOf) that no base mention overlaps,
//     labelled by the set's gold mentions of exactly that span (else none), with today's features;
//   - fold s: a model trained on the other sets' blind-time leftovers (each with its own extractor), applied to
//     s's leftovers: spans typed person/organisation/place with probability ≥ THRESHOLD (0.7, fixed by ner1
//     before any fold was scored), best first, none overlapping, added to the base's mentions and to its
//     organisations/people/places lists (canonical by cleanCanonical, as the hook in find.ts does);
//   - scored with eval/extraction/score.mjs, base vs base + model, per fold and pooled over folds as TP/FP/FN;
//   - in reach: the base's FNs (per field) for which a gold mention is an uncovered candidate of exactly its span.
// A simulation of the hook: a learned mention here feeds none of the later rules (surnames, coreference).
// `-- --out <file>`: also train on all eleven sets' leftovers and write the model (none is bundled: no gain).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Extract from '../src/extract/index.ts';
import { tokenizeWithStarts } from '../src/extract/tokens.ts';
import { tokenFacts } from '../src/extract/mentions/facts.ts';
import { cleanCanonical } from '../src/extract/mentions/canonical.ts';
import { capitalisedRuns, CLASSES, features, fromJSON, lowerWords, nameClass, NC, type NameModel, probs, spansOf, THRESHOLD } from '../src/extract/mentions/learned.ts';
import { canon, prf, score } from './extraction/score.mjs';
import { EVAL_DIR, loadEvalDocs, loadGold, publishedOf, publisherOf } from './extraction/documents.ts';
import { type Example, modelText, train } from './train-names.ts';

/** Each set and the commit whose extractor ran on it blind: the parent of the commit that retired it. */
export const BLIND_TIME: ReadonlyArray<[set: string, retiredBy: string]> = [
  ['holdout3', '2c04423'],
  ['holdout4', '4a4b787'],
  ['holdout5', '93e4fe2'],
  ['holdout6', '1dcee58'],
  ['holdout7', '7d4d88e'],
  ['holdout8', '00bc161'],
  ['holdout9', '092e1bc'],
  ['holdout10', 'ff8e79d'],
  ['holdout11', '6d7d5e8'],
  ['holdout12', '1486377'],
  ['holdout13', 'a5e63ca'],
];
const ROOT = resolve(EVAL_DIR, '..', '..');
const TMP = join(ROOT, 'tmp', 'ner2');
const setDir = (s: string) => join(ROOT, 'eval', s);
type Row = Record<string, unknown> & { file: string; mentions?: Array<{ start: number; end: number; type: string; canonical: string; text: string }> };
const LABEL: Record<string, number> = { none: 0, person: 1, organisation: 2, organization: 2, place: 3 };
const FIELDS = ['organisations', 'people', 'places', 'mentions (exact)'] as const;
const LIST: Record<number, 'people' | 'organisations' | 'places'> = { 1: 'people', 2: 'organisations', 3: 'places' };

/** Child: the output of the extractor unpacked at `dir` on a set's documents, as predictions rows. */
async function runBase(dir: string, set: string, out: string) {
  const { extract, gazetteerFromReference } = (await import(pathToFileURL(join(dir, 'src', 'extract', 'index.ts')).href)) as typeof Extract;
  const gazetteer = gazetteerFromReference(JSON.parse(readFileSync(join(dir, 'data', 'reference', 'actors.json'), 'utf8')) as unknown[]);
  const rows = loadEvalDocs(setDir(set)).map((d) => {
    const x = extract(d.body, { gazetteer, published: publishedOf(d), title: d.header.title ?? null, publisher: publisherOf(d), author: null });
    return {
      file: d.file,
      organisations: x.organisations,
      people: x.people,
      places: x.places,
      mentions: x.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, canonical: m.canonical, type: m.type })),
    };
  });
  writeFileSync(out, JSON.stringify(rows));
}

/** The blind-time extractor's output on a set (cached). */
export function baseRows(set: string, retiredBy: string): Row[] {
  const commit = execFileSync('git', ['rev-parse', '--short', `${retiredBy}^`], { cwd: ROOT, encoding: 'utf8' }).trim();
  const out = join(TMP, `base-${set}-${commit}.json`);
  if (!existsSync(out)) {
    const dir = join(TMP, commit);
    if (!existsSync(join(dir, 'src'))) {
      mkdirSync(dir, { recursive: true });
      execFileSync('sh', ['-c', `git archive "$1" src data/reference/actors.json | tar -x -C "$2"`, 'sh', commit, dir], { cwd: ROOT, stdio: 'inherit' });
    }
    execFileSync(process.execPath, [join(ROOT, 'bin', 'run-ts.mjs'), fileURLToPath(import.meta.url), '--base', dir, set, out], { cwd: ROOT, stdio: 'inherit' });
    rmSync(dir, { recursive: true, force: true }); // (an old tree left in tmp/ would be read by a whole-tree lint)
  }
  return JSON.parse(readFileSync(out, 'utf8')) as Row[];
}

interface Cand {
  file: string;
  start: number;
  end: number;
  text: string;
  fs: string[];
  y: number;
  /** No base mention overlaps the span (a leftover). */
  free: boolean;
}
/** A set's leftovers: the candidates no base mention overlaps, with their features and gold class (`all`: every candidate, each marked free or not). */
export function leftovers(set: string, base: Row[], all = false): { cands: Cand[]; reachKeys: Set<string> } {
  const gold = new Map(loadGold(setDir(set)).map((g) => [g.file, (g.mentions ?? []) as Array<{ start: number; end: number; type: string }>]));
  const byFile = new Map(base.map((r) => [r.file, r.mentions ?? []]));
  const cands: Cand[] = [];
  const reachKeys = new Set<string>();
  for (const d of loadEvalDocs(setDir(set))) {
    const taken = byFile.get(d.file) ?? [];
    const byspan = new Map((gold.get(d.file) ?? []).map((m) => [`${m.start}:${m.end}`, LABEL[m.type] ?? 0]));
    const t = tokenizeWithStarts(d.body).toks;
    const tc = tokenFacts(t);
    const lower = lowerWords(t);
    const runs = capitalisedRuns(d.body, t);
    for (let x = 0; x < runs.length; x += 2) {
      spansOf(t, runs[x]!, runs[x + 1]!, (a, b) => {
        const s = t.start[a]!;
        const e = t.end[b]!;
        let free = true;
        for (const m of taken) if (m.start < e && m.end > s) free = false;
        if (!free && !all) return;
        const y = byspan.get(`${s}:${e}`) ?? 0;
        if (y > 0 && free) reachKeys.add(`${d.file}:${s}:${e}:${CLASSES[y]}`);
        cands.push({ file: d.file, start: s, end: e, text: d.body.slice(s, e), fs: features(t, tc, a, b, lower, free, d.body), y, free });
      });
    }
  }
  return { cands, reachKeys };
}

/** The base's rows with the model's picks added (best first, none overlapping). */
export function withModel(base: Row[], cands: Cand[], m: NameModel, th = THRESHOLD): Row[] {
  const out = base.map((r) => ({ ...r, mentions: [...(r.mentions ?? [])], organisations: [...((r.organisations as string[]) ?? [])], people: [...((r.people as string[]) ?? [])], places: [...((r.places as string[]) ?? [])] }));
  const rowOf = new Map(out.map((r) => [r.file, r]));
  const pr = new Float64Array(NC);
  const picks: Array<Cand & { p: number; c: number }> = [];
  for (const k of cands) {
    if (!k.free) continue;
    probs(m, k.fs, pr);
    const c = nameClass(pr);
    if (pr[c]! >= th) picks.push({ ...k, p: pr[c]!, c });
  }
  picks.sort((u, v) => (u.file < v.file ? -1 : u.file > v.file ? 1 : 0) || v.p - u.p || u.start - v.start || u.end - v.end);
  const added = new Map<string, Array<[number, number]>>();
  for (const k of picks) {
    const got = added.get(k.file) ?? [];
    if (got.some(([s, e]) => s < k.end && e > k.start)) continue;
    const type = CLASSES[k.c] as 'person' | 'organization' | 'place';
    const canonical = cleanCanonical(k.text, type);
    if (!canonical) continue;
    got.push([k.start, k.end]);
    added.set(k.file, got);
    const r = rowOf.get(k.file)!;
    r.mentions.push({ text: k.text, start: k.start, end: k.end, canonical, type });
    const list = r[LIST[k.c]!] as string[];
    if (!list.includes(canonical)) list.push(canonical);
  }
  return out;
}

const tag = (s: string, rows: Row[]) => rows.map((x) => ({ ...x, file: `${s}/${x.file}` }));

/** Per field, the base's FNs and how many of them an uncovered candidate reaches (a gold mention of exactly its span). */
function inReach(set: string, base: Row[], reachKeys: Set<string>): Record<string, [number, number]> {
  const r: Record<string, [number, number]> = Object.fromEntries(FIELDS.map((f) => [f, [0, 0]]));
  const rows = new Map(base.map((x) => [x.file, x]));
  const T: Record<string, string> = { organisations: 'organization', people: 'person', places: 'place' };
  for (const g of loadGold(setDir(set))) {
    const p = rows.get(g.file);
    const gm = (g.mentions ?? []) as Array<{ start: number; end: number; type: string; canonical?: string; text: string }>;
    const ty = (m: { type: string }) => CLASSES[LABEL[m.type] ?? 0];
    for (const f of ['organisations', 'people', 'places'] as const) {
      const P = new Set(((p?.[f] as string[]) ?? []).map(canon));
      for (const name of new Set(((g[f] as string[]) ?? []).map(canon))) {
        if (P.has(name)) continue;
        r[f]![0]++;
        if (gm.some((m) => ty(m) === T[f] && canon(m.canonical ?? m.text) === name && reachKeys.has(`${g.file}:${m.start}:${m.end}:${T[f]}`))) r[f]![1]++;
      }
    }
    const pm = new Set((p?.mentions ?? []).map((m) => `${m.start}:${m.end}:${CLASSES[LABEL[m.type] ?? 0]}`));
    for (const m of gm) {
      if (pm.has(`${m.start}:${m.end}:${ty(m)}`)) continue;
      r['mentions (exact)']![0]++;
      if (reachKeys.has(`${g.file}:${m.start}:${m.end}:${ty(m)}`)) r['mentions (exact)']![1]++;
    }
  }
  return r;
}

/** --all: train on every candidate of the other sets (ner1's design: the spans a base mention overlaps too, their
 * "free" conjunctions off), not only the leftovers; the test is on the leftovers either way. */
const ALL = process.argv.includes('--all');

/** --nested: each fold's threshold chosen by an inner leave-one-set-out over the other ten sets (the grid's best
 * pooled sum of the four F1s; 1 adds nothing), instead of THRESHOLD. */
const NESTED = process.argv.includes('--nested');
const GRID = [0.5, 0.6, 0.7, 0.8, 0.9, 1];
type SetData = { s: string; base: Row[]; cands: Cand[] };
const examplesOf = (sets: SetData[]): Example[] => sets.flatMap((y) => y.cands.map((k) => ({ fs: k.fs, y: k.y })));

/** The grid's threshold with the best pooled sum of F1s over an inner leave-one-set-out on `sets` (ties: the higher). */
function nestedThreshold(sets: SetData[]): number {
  const gold: Row[] = [];
  const rows = new Map<number, Row[]>(GRID.map((x) => [x, []]));
  for (const t of sets) {
    const m = fromJSON(train(examplesOf(sets.filter((y) => y !== t))));
    gold.push(...tag(t.s, loadGold(setDir(t.s))));
    for (const th of GRID) rows.get(th)!.push(...tag(t.s, withModel(t.base, t.cands, m, th)));
  }
  let best = 1;
  let bestSum = -Infinity;
  for (const th of GRID) {
    const c = score(gold, rows.get(th)!);
    const sum = FIELDS.reduce((a, f) => a + prf(c[f]!).f, 0);
    if (sum >= bestSum) [best, bestSum] = [th, sum];
  }
  return best;
}

function main() {
  const sets = BLIND_TIME.map(([s, c]) => {
    const base = baseRows(s, c);
    const { cands, reachKeys } = leftovers(s, base, ALL);
    return { s, base, cands, reach: inReach(s, base, reachKeys) };
  });
  const sweep = process.argv.includes('--sweep');
  const ths = sweep ? [0.5, 0.6, 0.7, 0.8, 0.9] : [THRESHOLD];
  const gold: Row[] = [];
  const rules: Row[] = [];
  const model = new Map<number, Row[]>(ths.map((x) => [x, []]));
  const fmt = (c: ReturnType<typeof score>) => FIELDS.map((f) => `${prf(c[f]!).f.toFixed(3)} (${c[f]!.tp}/${c[f]!.fp}/${c[f]!.fn})`).join('\t');
  const f1s = (c: ReturnType<typeof score>) => FIELDS.map((f) => prf(c[f]!).f.toFixed(3)).join('\t');
  console.log(`fold\tcommit\tleftovers (gold)\t${FIELDS.join('\t')}  (base → base+model at ${THRESHOLD})`);
  const reach: Record<string, [number, number]> = Object.fromEntries(FIELDS.map((f) => [f, [0, 0]]));
  const nested: Row[] = [];
  const chosen: string[] = [];
  for (const x of sets) {
    const ex = examplesOf(sets.filter((y) => y.s !== x.s));
    const m = fromJSON(train(ex));
    if (NESTED) {
      const th = nestedThreshold(sets.filter((y) => y.s !== x.s));
      nested.push(...tag(x.s, withModel(x.base, x.cands, m, th)));
      chosen.push(`${x.s} ${th}`);
    }
    const g = tag(x.s, loadGold(setDir(x.s)));
    gold.push(...g);
    rules.push(...tag(x.s, x.base));
    let after = '';
    for (const th of ths) {
      const rows = tag(x.s, withModel(x.base, x.cands, m, th));
      model.get(th)!.push(...rows);
      if (th === THRESHOLD) after = f1s(score(g, rows));
    }
    for (const f of FIELDS) for (let k = 0; k < 2; k++) reach[f]![k]! += x.reach[f]![k]!;
    const commit = execFileSync('git', ['rev-parse', '--short', `${BLIND_TIME.find(([s]) => s === x.s)![1]}^`], { cwd: ROOT, encoding: 'utf8' }).trim();
    console.log(`${x.s}\t${commit}\t${x.cands.filter((k) => k.free).length} (${x.cands.filter((k) => k.free && k.y > 0).length})\t${f1s(score(g, tag(x.s, x.base)))}\n\t\t\t${after}\t in reach ${FIELDS.map((f) => `${x.reach[f]![1]}/${x.reach[f]![0]}`).join(' ')}`);
  }
  console.log(`POOLED base\t${fmt(score(gold, rules))}`);
  for (const th of ths) console.log(`POOLED +model ${th}${th === THRESHOLD ? '' : ' (sweep, reading only)'}\t${fmt(score(gold, model.get(th)!))}`);
  if (NESTED) console.log(`POOLED +model, nested threshold (${chosen.join(', ')})\t${fmt(score(gold, nested))}`);
  console.log(`blind-time FNs in reach (uncovered candidate = gold span): ${FIELDS.map((f) => `${f} ${reach[f]![1]}/${reach[f]![0]}`).join(', ')}`);
  const o = process.argv.indexOf('--out');
  if (o > 0 && process.argv[o + 1]) {
    const all = examplesOf(sets);
    const text = modelText(train(all));
    writeFileSync(process.argv[o + 1]!, text);
    console.log(`final model: ${all.length} leftovers, ${text.length} bytes → ${process.argv[o + 1]}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const b = process.argv.indexOf('--base');
  if (b > 0) await runBase(process.argv[b + 1]!, process.argv[b + 2]!, process.argv[b + 3]!);
  else main();
}
