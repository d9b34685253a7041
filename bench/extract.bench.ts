// `npm run bench -- extract`: extraction throughput (MB per CPU second) of Dossier's `extract` beside
// compromise and wink-nlp (wink-eng-lite-web-model) in the same run. All three read exactly the same text:
// the 17 annotated documents of eval/extraction, one document at a time (as ingest does), pass after pass
// until each has spent its CPU budget. One-off setup (building the gazetteer and compiling its matcher,
// loading wink's model, compromise's first call) is timed apart and left out of the throughput; so is a
// warm-up pass, the same for all three. The tools take turns, so a change in the machine's load falls on all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { BenchSection } from './index.ts';
import { extract, gazetteerFromReference } from '../src/extract/index.ts';
import { loadEvalDocs } from '../eval/extraction/documents.ts';

const cpuSeconds = (since?: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1e6;
};

interface Run {
  mbps: number; // MB processed per CPU second
  mb: number;
  s: number; // CPU seconds
  wall: number;
  passes: number;
}

interface Tool {
  fn: (d: string) => unknown;
  passes: number;
  s: number; // CPU seconds so far
  wall: number;
}

/**
 * Throughput per core: bytes (UTF-8) over the CPU time this process spent (user + system, all its threads,
 * so garbage-collector threads count too). On a shared machine wall-clock time also counts other processes'
 * turns; CPU time does not, but it still moves with the load (caches are shared), so the tools take turns:
 * round after round, each runs whole passes over the documents for about `sliceS` CPU seconds, until each
 * has spent `budgetS`. All of them then see the same load, and the ratios between them hold.
 */
function throughputs(docs: string[], fns: Array<(d: string) => unknown>, budgetS: number, sliceS = 0.25): Run[] {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
  const tools: Tool[] = fns.map((fn) => ({ fn, passes: 0, s: 0, wall: 0 }));
  for (const t of tools) for (const d of docs) t.fn(d); // warm-up pass, not counted
  while (tools.some((t) => t.s < budgetS))
    for (const t of tools) {
      if (t.s >= budgetS) continue;
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      do {
        for (const d of docs) t.fn(d);
        t.passes++;
      } while (cpuSeconds(c0) < sliceS);
      t.s += cpuSeconds(c0);
      t.wall += (performance.now() - t0) / 1000;
    }
  return tools.map((t) => ({ mbps: (bytes * t.passes) / 1e6 / t.s, mb: (bytes * t.passes) / 1e6, s: t.s, wall: t.wall, passes: t.passes }));
}

/** CPU seconds spent by `fn` (one call). */
function setup<T>(fn: () => T): [T, number] {
  const c0 = process.cpuUsage();
  const r = fn();
  return [r, cpuSeconds(c0)];
}

export async function run(): Promise<BenchSection> {
  const docs = loadEvalDocs().map((d) => d.body);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
  const [gazetteer, gazS] = setup(() => {
    const actors = JSON.parse(readFileSync(join(process.cwd(), 'data/reference/actors.json'), 'utf8')) as unknown[];
    return gazetteerFromReference(actors);
  });
  // the first call compiles the matcher for this gazetteer (cached for the rest of the run)
  const [, compileS] = setup(() => extract('', { gazetteer }));
  const [, compS] = setup(() => nlp('Warm up.').people());
  const [wink, winkS] = setup(() => winkNLP(model));
  const its = wink.its;
  const runs = throughputs(
    docs,
    [
      (d) => extract(d, { gazetteer, published: '2025-05-01' }),
      (d) => {
        const doc = nlp(d);
        return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
      },
      (d) => wink.readDoc(d).entities().out(its.detail),
    ],
    10,
  );
  const [ours, comp, wk] = [runs[0]!, runs[1]!, runs[2]!];
  const row = (name: string, r: Run, setupS: number) => [
    name,
    r.mbps.toFixed(2),
    `${r.mb.toFixed(2)} (${r.passes} passes)`,
    r.s.toFixed(1),
    r.wall.toFixed(1),
    (setupS * 1000).toFixed(0),
    (ours.mbps / r.mbps).toFixed(1) + '×',
  ];
  const ratio = ours.mbps / comp.mbps;
  return {
    title: `Extraction throughput (one core; the 17 eval documents, ${(bytes / 1e3).toFixed(1)} kB, the same text for all three)`,
    headers: ['extractor', 'MB/s (per CPU second)', 'MB processed', 'CPU s', 'wall s', 'setup CPU ms', 'ours ÷ this'],
    rows: [
      row('dossier extract (mentions, dates, claims, demands)', ours, gazS + compileS),
      row('compromise (people/places/organizations)', comp, compS),
      row('wink-nlp + wink-eng-lite-web-model (entities)', wk, winkS),
    ],
    notes: [
      `goal: ≥ 20 MB/s and ≥ 100× compromise — ${ours.mbps >= 20 && ratio >= 100 ? 'met' : 'NOT met'} (${ours.mbps.toFixed(1)} MB/s, ${ratio.toFixed(0)}× compromise)`,
      `setup, not in MB/s: dossier ${(gazS * 1000).toFixed(0)} ms to build the gazetteer (${gazetteer.length} names) + ${(compileS * 1000).toFixed(0)} ms to compile its matcher; wink's model load; compromise's first call`,
      'each tool: one warm-up pass, then the tools take turns (whole passes, ~0.25 CPU s a turn) until each has spent 10 CPU s; CPU time counts all of the process\'s threads',
    ],
  };
}
