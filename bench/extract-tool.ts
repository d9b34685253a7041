// One extractor of the extraction bench (bench/extract.bench.ts), in a process of its own, so that its heap
// holds only its own tool and data: in one shared process, a tool's turn also paid for collecting the
// garbage the others left and for marking their heaps (wink's model, compromise's lexicon). Started as
// `extract-tool.ts <dossier|dossier-many|compromise|wink>`; it times its setup, runs one pass (not counted), answers
// { ready, setupS, detail }, then on each { turn: sliceS } runs whole passes over the documents until it
// has spent sliceS CPU seconds and answers { passes, s, wall }. { done: true } ends it. `dossier-many` is
// Dossier's `extractMany` given the pass's documents in one call (each stage over them in turn).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEvalDocs } from '../eval/extraction/documents.ts';

export type ToolName = 'dossier' | 'dossier-many' | 'compromise' | 'wink';
export type ToolReply = { ready: true; setupS: number; detail: string } | { passes: number; s: number; wall: number };

/** CPU seconds of this process (user + system, all its threads: GC and compiler threads count too). */
const cpuSeconds = (since?: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1e6;
};

/**
 * The tool's function over one document (or `pass`, over all of them in one call), and its one-off setup (CPU
 * seconds, after the imports): what it was.
 */
async function load(name: ToolName): Promise<{ fn: (d: string) => unknown; pass?: (ds: string[]) => unknown; setupS: number; detail: string }> {
  if (name === 'dossier' || name === 'dossier-many') {
    const { extract, extractMany, gazetteerFromReference } = await import('../src/extract/index.ts');
    const c0 = process.cpuUsage();
    const actors = JSON.parse(readFileSync(join(process.cwd(), 'data/reference/actors.json'), 'utf8')) as unknown[];
    const gazetteer = gazetteerFromReference(actors);
    const gazS = cpuSeconds(c0);
    const c1 = process.cpuUsage();
    extract('', { gazetteer }); // the first call compiles the matcher for this gazetteer (cached from then on)
    const compileS = cpuSeconds(c1);
    const opts = { gazetteer, published: '2025-05-01' };
    return {
      fn: (d) => extract(d, opts),
      ...(name === 'dossier-many' ? { pass: (ds: string[]) => extractMany(ds.map((body) => ({ body, opts }))) } : {}),
      setupS: gazS + compileS,
      detail: `${(gazS * 1000).toFixed(0)} ms to build the gazetteer (${gazetteer.length} names) + ${(compileS * 1000).toFixed(0)} ms to compile its matcher`,
    };
  }
  if (name === 'compromise') {
    const nlp = (await import('compromise')).default;
    const c0 = process.cpuUsage();
    nlp('Warm up.').people();
    const setupS = cpuSeconds(c0);
    return {
      setupS,
      fn: (d) => {
        const doc = nlp(d);
        return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
      },
      detail: "compromise's first call",
    };
  }
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const c0 = process.cpuUsage();
  const wink = winkNLP(model);
  const setupS = cpuSeconds(c0);
  const its = wink.its;
  return { fn: (d) => wink.readDoc(d).entities().out(its.detail), setupS, detail: "wink's model load" };
}

const name = process.argv[2] as ToolName;
const docs = loadEvalDocs().map((d) => d.body);
const { fn, pass = (ds: string[]) => ds.map(fn), setupS, detail } = await load(name);
pass(docs); // warm-up pass, not counted
const send = (m: ToolReply) => process.send!(m);
process.on('message', (m: { turn: number } | { done: true }) => {
  if ('done' in m) return process.exit(0);
  const c = process.cpuUsage();
  const t0 = performance.now();
  let passes = 0;
  do {
    pass(docs);
    passes++;
  } while (cpuSeconds(c) < m.turn);
  send({ passes, s: cpuSeconds(c), wall: (performance.now() - t0) / 1000 });
});
send({ ready: true, setupS, detail });
