// `npm run train:names`: trains the learned typer of capitalised spans (src/extract/mentions/learned.ts) on the
// gold mentions of the retired annotated sets (RETIRED_DIRS); prints how many gold mentions the candidates reach
// and the model's size, and writes the weights where `--out <file>` says (none are bundled: the model is off,
// its leave-one-set-out estimate showing no gain; docs/extract.md, branch ner1).
// Deterministic: documents in a fixed order, fixed epochs and step sizes, no randomness; weights rounded.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEvalDocs, loadGold, RETIRED_DIRS } from './extraction/documents.ts';
import { readFileSync } from 'node:fs';
import { tokenizeWithStarts } from '../src/extract/tokens.ts';
import { extract, gazetteerFromReference } from '../src/extract/index.ts';
import { nameModel, setNameModel } from '../src/extract/mentions/learned.ts';
import { publishedOf, publisherOf } from './extraction/documents.ts';
import { tokenFacts } from '../src/extract/mentions/facts.ts';
import { capitalisedRuns, CLASSES, features, lowerWords, NC, spansOf, type ModelJSON } from '../src/extract/mentions/learned.ts';

export const EPOCHS = 8;
export const SCALE = 100;
/** Weights whose largest magnitude is below this are left out of the file. */
export const PRUNE = 0.1;
const LABEL: Record<string, number> = { none: 0, person: 1, organisation: 2, organization: 2, place: 3 };

export interface Example {
  fs: string[];
  y: number;
}
export interface Reach {
  gold: number;
  reachable: number;
}

/** The candidates of the sets' documents with their gold class, and how many gold mentions a candidate matches. */
export function examples(dirs: readonly string[]): { ex: Example[]; reach: Reach } {
  const ex: Example[] = [];
  const reach = { gold: 0, reachable: 0 };
  for (const dir of dirs) {
    const gold = new Map(loadGold(dir).map((g) => [g.file, g.mentions as Array<{ start: number; end: number; type: string }>]));
    for (const d of loadEvalDocs(dir)) {
      const gm = gold.get(d.file) ?? [];
      const taken = ruleSpans(d.body, publishedOf(d), d.header.title ?? null, publisherOf(d));
      const byspan = new Map(gm.map((m) => [`${m.start}:${m.end}`, LABEL[m.type] ?? 0]));
      const t = tokenizeWithStarts(d.body).toks;
      const tc = tokenFacts(t);
      const lower = lowerWords(t);
      const runs = capitalisedRuns(d.body, t);
      const seen = new Set<string>();
      for (let x = 0; x < runs.length; x += 2) {
        spansOf(t, runs[x]!, runs[x + 1]!, (a, b) => {
          const key = `${t.start[a]!}:${t.end[b]!}`;
          seen.add(key);
          let free = true;
          for (const [s, e] of taken) if (s < t.end[b]! && e > t.start[a]!) free = false;
          ex.push({ fs: features(t, tc, a, b, lower, free, d.body), y: byspan.get(key) ?? 0 });
        });
      }
      reach.gold += gm.length;
      for (const m of gm) if (seen.has(`${m.start}:${m.end}`)) reach.reachable++;
    }
  }
  return { ex, reach };
}

let gazetteer: ReturnType<typeof gazetteerFromReference> | null = null;
/** The spans of the mentions the rules alone find in a document (the model switched off meanwhile). */
function ruleSpans(body: string, published: string | null, title: string | null, publisher: string | null): Array<[number, number]> {
  gazetteer ??= gazetteerFromReference(JSON.parse(readFileSync(join(process.cwd(), 'data/reference/actors.json'), 'utf8')) as unknown[]);
  const m = nameModel();
  setNameModel(null);
  const x = extract(body, { gazetteer, published, title, publisher, author: null });
  setNameModel(m);
  return x.mentions.map((y) => [y.start, y.end]);
}

/** Multinomial logistic regression by stochastic gradient descent, examples in order; the weights rounded and pruned. */
export function train(ex: readonly Example[]): ModelJSON {
  const w = new Map<string, Float64Array>();
  const p = new Float64Array(NC);
  for (let e = 0; e < EPOCHS; e++) {
    const lr = 0.1 / (1 + e);
    for (const { fs, y } of ex) {
      p.fill(0);
      for (const f of fs) {
        const v = w.get(f);
        if (v) for (let c = 0; c < NC; c++) p[c]! += v[c]!;
      }
      let mx = -Infinity;
      for (let c = 0; c < NC; c++) mx = Math.max(mx, p[c]!);
      let z = 0;
      for (let c = 0; c < NC; c++) z += p[c] = Math.exp(p[c]! - mx);
      for (let c = 0; c < NC; c++) p[c] = p[c]! / z - (c === y ? 1 : 0);
      for (const f of fs) {
        let v = w.get(f);
        if (!v) w.set(f, (v = new Float64Array(NC)));
        for (let c = 0; c < NC; c++) v[c]! -= lr * p[c]!;
      }
    }
  }
  const features: Record<string, number[]> = {};
  for (const f of [...w.keys()].sort()) {
    const v = w.get(f)!;
    if (Math.max(...v.map(Math.abs)) < PRUNE) continue;
    features[f] = [...v].map((x) => Math.round(x * SCALE));
  }
  return { scale: SCALE, features };
}

/** The file's text for a model (one feature a line, keys sorted). */
export const modelText = (m: ModelJSON) =>
  `{"scale":${m.scale},"classes":${JSON.stringify(CLASSES)},"features":{\n${Object.entries(m.features).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',\n')}\n}}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const t0 = Date.now();
  const { ex, reach } = examples(RETIRED_DIRS);
  const m = train(ex);
  const text = modelText(m);
  const o = process.argv.indexOf('--out');
  if (o > 0 && process.argv[o + 1]) writeFileSync(process.argv[o + 1]!, text);
  const pos = ex.filter((x) => x.y > 0).length;
  console.log(`${ex.length} candidates (${pos} gold), gold mentions reachable ${reach.reachable}/${reach.gold} (${((100 * reach.reachable) / reach.gold).toFixed(1)}%)`);
  console.log(`${Object.keys(m.features).length} features, ${text.length} bytes${o > 0 ? ` → ${process.argv[o + 1]}` : ''} (${Date.now() - t0} ms)`);
}
