// The claims stage alone (findClaims), work tree against another commit's, for changes to src/extract/claims*
// worth a few per cent of that stage, which is a quarter of a pass (bench/ab.ts cannot resolve them):
//   node bin/run-ts.mjs bench/claims-ab.ts <rev> [processes=4] [rounds=20]
// Unpacks <rev>'s src/ into tmp/claims-ab/base and copies the work tree's into tmp/claims-ab/new (so that neither
// copy is the one this script's own imports load and train), then runs <processes> child processes. Each
// prepares findClaims' inputs (tokens, mentions, sentences, rule matches, dates) with each copy's own stages for
// the retired sets' documents and 200 of the ingest bench's synthetic ones, checks the two outputs are the same,
// and times findClaims alone over them in turns (which runs first flips every round), after ~3 CPU s of warm-up;
// it reports the median over rounds of the CPU-time ratio new / base (below 1: the work tree is faster).
// (The hedge and speech marks, InSpan, keep a cursor: it is reset before each call, as a fresh pass has it.)
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RETIRED_DIRS, loadEvalDocs, parseDoc, publishedOf, publisherOf } from '../eval/extraction/documents.ts';
import type { EvalDoc } from '../eval/extraction/documents.ts';
import { writeDocuments } from './ingest.bench.ts';
import { type Side, cpuMs, medianRatio, runProcesses, unpackSrc } from './ab-harness.ts';

const DIR = join(process.cwd(), 'tmp', 'claims-ab');

async function child(rounds: number, first: Side): Promise<void> {
  const docs: EvalDoc[] = [];
  for (const set of RETIRED_DIRS) docs.push(...loadEvalDocs(set));
  const tmp = mkdtempSync(join(tmpdir(), 'dossier-claims-ab-'));
  try {
    writeDocuments(tmp, 200);
    const sub = join(tmp, '000');
    for (const f of readdirSync(sub).sort()) docs.push(parseDoc(f, readFileSync(join(sub, f), 'utf8')));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const actors = JSON.parse(readFileSync(join(process.cwd(), 'data/reference/actors.json'), 'utf8')) as unknown[];
  const prep = async (which: Side) => {
    const im = (f: string) => import(pathToFileURL(resolve(DIR, which, 'src', 'extract', f)).href);
    const [tok, gaz, mat, men, sen, rul, dat, cl, idx] = await Promise.all(['tokens.ts', 'gazetteer.ts', 'matcher.ts', 'mentions.ts', 'sentences.ts', 'rules.ts', 'dates.ts', 'claims.ts', 'index.ts'].map(im));
    const gazetteer = idx.gazetteerFromReference(actors);
    const metonyms = new Map<string, string>();
    const matcher = mat.buildMatcher(gaz.effectiveGazetteer(gazetteer, metonyms));
    const inputs = docs.map((d) => {
      const opts = { gazetteer, published: publishedOf(d), title: d.header.title ?? null, publisher: publisherOf(d), author: null };
      const { toks, starts } = tok.tokenizeWithStarts(d.body);
      const mentions = men.findMentions(d.body, toks, matcher, opts.published ?? null);
      const sentences = sen.splitSentences(d.body, toks.otherTerminators);
      const found = rul.findRules(d.body, starts, opts.published);
      const dates = dat.findDates(d.body, sentences, opts, found.dates);
      return { body: d.body, sentences, mentions, dates, opts, found };
    });
    const call = (x: (typeof inputs)[number]) => {
      x.found.hedges.k = 0;
      x.found.speech.k = 0;
      return cl.findClaims(x.body, x.sentences, x.mentions, x.dates, x.opts, metonyms, x.found);
    };
    return { run: () => inputs.forEach(call), out: () => JSON.stringify(inputs.map(call)) };
  };
  const order: Array<Side> = first === 'new' ? ['new', 'base'] : ['base', 'new'];
  const v = { [order[0]!]: await prep(order[0]!), [order[1]!]: await prep(order[1]!) } as Record<Side, Awaited<ReturnType<typeof prep>>>;
  if (v.new.out() !== v.base.out()) throw new Error('findClaims output differs between the two trees');
  const passes = (k: Side, n: number) => {
    const t0 = cpuMs();
    for (let i = 0; i < n; i++) v[k].run();
    return cpuMs() - t0;
  };
  let warm = 0;
  while (warm < 3000) for (const k of order) warm += passes(k, 3);
  const n = Math.max(2, Math.round(300 / (passes('base', 3) / 3))); // ~0.3 CPU s a turn
  console.log(medianRatio(passes, order, rounds, n).toFixed(4));
}

function main(rev: string, processes: number, rounds: number): void {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(join(DIR, 'base'), { recursive: true });
  unpackSrc(rev, join(DIR, 'base'));
  cpSync(join(process.cwd(), 'src'), join(DIR, 'new', 'src'), { recursive: true });
  runProcesses('bench/claims-ab.ts', `claims stage, work tree / ${rev}`, processes, rounds);
}

const args = process.argv.slice(2);
if (args[0] === '--child') await child(Number(args[1] ?? 20), args[2] === 'new' ? 'new' : 'base');
else if (args[0]) main(args[0], Number(args[1] ?? 4), Number(args[2] ?? 20));
else {
  console.error('usage: bench/claims-ab.ts <rev> [processes=4] [rounds=20]');
  process.exitCode = 2;
}
