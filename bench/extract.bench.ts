// `npm run bench -- extract`: extraction throughput (MB per CPU second) of Dossier's `extract` beside
// compromise and wink-nlp (wink-eng-lite-web-model) in the same run. All three read exactly the same text:
// the 17 annotated documents of eval/extraction, one document at a time (as ingest does), pass after pass
// until each has spent its CPU budget. One-off setup (building the gazetteer and compiling its matcher,
// loading wink's model, compromise's first call) is timed apart and left out of the throughput; so is a
// warm-up pass, the same for all three.
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

/**
 * Throughput per core: bytes (UTF-8) over the CPU time this process spent (user + system, all its threads,
 * so garbage-collector threads count too). On a shared machine wall-clock time also counts other processes'
 * turns; CPU time does not. Whole passes over the documents only, at least two, until `budgetS` CPU seconds.
 */
function throughput(docs: string[], fn: (d: string) => unknown, budgetS: number): Run {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
  for (const d of docs) fn(d); // warm-up pass, not counted
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let passes = 0;
  do {
    for (const d of docs) fn(d);
    passes++;
  } while (passes < 2 || cpuSeconds(c0) < budgetS);
  const s = cpuSeconds(c0);
  return { mbps: (bytes * passes) / 1e6 / s, mb: (bytes * passes) / 1e6, s, wall: (performance.now() - t0) / 1000, passes };
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
  const ours = throughput(docs, (d) => extract(d, { gazetteer, published: '2025-05-01' }), 10);
  const [, compS0] = setup(() => nlp('Warm up.').people());
  const comp = throughput(docs, (d) => {
    const doc = nlp(d);
    return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
  }, 10);
  const [wink, winkS] = setup(() => winkNLP(model));
  const its = wink.its;
  const wk = throughput(docs, (d) => wink.readDoc(d).entities().out(its.detail), 10);
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
      row('compromise (people/places/organizations)', comp, compS0),
      row('wink-nlp + wink-eng-lite-web-model (entities)', wk, winkS),
    ],
    notes: [
      `goal: ≥ 20 MB/s and ≥ 100× compromise — ${ours.mbps >= 20 && ratio >= 100 ? 'met' : 'NOT met'} (${ours.mbps.toFixed(1)} MB/s, ${ratio.toFixed(0)}× compromise)`,
      `setup, not in MB/s: dossier ${(gazS * 1000).toFixed(0)} ms to build the gazetteer (${gazetteer.length} names) + ${(compileS * 1000).toFixed(0)} ms to compile its matcher; wink's model load; compromise's first call`,
      'each tool: one warm-up pass, then whole passes over the documents until 10 CPU s; CPU time counts all of the process\'s threads',
    ],
  };
}
