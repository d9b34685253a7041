// Output identity for src/extract: a speed or structure change must not change one byte of what extract()
// returns. `dump` writes extract()'s output on a fixed set of cases, `cmp` lists the cases whose output
// differs (exit 1 if any):
//   node bin/run-ts.mjs bench/golden.ts dump <file> [--src <dir holding extract/index.ts>]
//   node bin/run-ts.mjs bench/golden.ts cmp <a.json> <b.json>
// Cases: every document of the development and retired evaluation sets under four option sets, the op-ed
// under the same four and under the tests' options, and 600 synthetic documents of the ingest bench's writer,
// each under one option set in turn. The blind sets' documents (eval/holdout22, eval/holdout23) are left out:
// nobody runs the extractor on them but the lead, for totals. The synthetic documents recombine the ingest
// bench's sentence pool, which leaves the blind sets out too (BLIND_DIRS; before 09:36 on 2026-12-06 it did
// not, and a diff of synthetic cases could show blind text). `--src` runs another tree's extractor
// (`bench/ab.ts` unpacks one into tmp/ab-base with `git archive`), so the dumps of two commits can be compared.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Extract from '../src/extract/index.ts';
import { RETIRED_DIRS, loadEvalDocs, parseDoc, publishedOf, publisherOf } from '../eval/extraction/documents.ts';
import type { EvalDoc } from '../eval/extraction/documents.ts';
import { writeDocuments } from './ingest.bench.ts';

const root = process.cwd();

async function dump(file: string, src: string): Promise<void> {
  const { extract, gazetteerFromReference } = (await import(pathToFileURL(resolve(src, 'extract', 'index.ts')).href)) as typeof Extract;
  const gazetteer = gazetteerFromReference(JSON.parse(readFileSync(join(root, 'data/reference/actors.json'), 'utf8')) as unknown[]);
  type Options = Parameters<typeof extract>[1];
  const optionSets = (doc: EvalDoc): Array<[string, Options]> => {
    const base = { gazetteer, published: publishedOf(doc), title: doc.header.title ?? null, publisher: publisherOf(doc), author: null };
    return [
      ['ref', base],
      ['nogaz', { ...base, gazetteer: [] }],
      ['nodate', { ...base, published: null }],
      ['author', { ...base, publisher: null, author: 'Jane Q. Reporter' }],
    ];
  };
  const out: Record<string, unknown> = {};
  for (const set of RETIRED_DIRS) {
    for (const doc of loadEvalDocs(set)) for (const [name, o] of optionSets(doc)) out[`${set.slice(root.length + 1)}/${doc.file}#${name}`] = extract(doc.body, o);
  }
  const oped = readFileSync(join(root, 'data/seed/op-ed.txt'), 'utf8');
  out['op-ed#test'] = extract(oped, { gazetteer, publisher: 'TICE News', author: 'Manoj Singh', published: null });
  for (const [name, o] of optionSets(parseDoc('op-ed.txt', `Title: Op-ed\nPublished: 2025-05-01\n\n${oped}`))) out[`op-ed#${name}`] = extract(oped, o);
  const dir = mkdtempSync(join(tmpdir(), 'dossier-golden-'));
  try {
    writeDocuments(dir, 600);
    const sub = join(dir, '000'); // the writer's first (and, for 600 documents, only) folder
    const docs = readdirSync(sub).sort().map((f) => parseDoc(f, readFileSync(join(sub, f), 'utf8')));
    docs.forEach((doc, i) => {
      const [name, o] = optionSets(doc)[i % 4]!;
      out[`synthetic/${doc.file}#${name}`] = extract(doc.body, o);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  writeFileSync(file, JSON.stringify(out));
  console.log(`${Object.keys(out).length} cases → ${file}`);
}

function cmp(a: string, b: string): void {
  const A = JSON.parse(readFileSync(a, 'utf8')) as Record<string, Record<string, unknown> | undefined>;
  const B = JSON.parse(readFileSync(b, 'utf8')) as Record<string, Record<string, unknown> | undefined>;
  const keys = new Set([...Object.keys(A), ...Object.keys(B)]);
  let differ = 0;
  for (const k of keys) {
    const x = A[k];
    const y = B[k];
    if (JSON.stringify(x) === JSON.stringify(y)) continue;
    differ++;
    if (differ > 20) continue;
    const fields = x && y ? Object.keys({ ...x, ...y }).filter((f) => JSON.stringify(x[f]) !== JSON.stringify(y[f])) : ['(case missing)'];
    console.log(`differs: ${k}: ${fields.join(', ')}`);
  }
  console.log(differ === 0 ? `identical: ${keys.size} cases` : `${differ} of ${keys.size} cases differ`);
  process.exitCode = differ === 0 ? 0 : 1;
}

const [cmd, ...args] = process.argv.slice(2);
if (cmd === 'dump' && args[0]) {
  const at = args.indexOf('--src');
  await dump(args[0], (at >= 0 ? args[at + 1] : undefined) ?? join(root, 'src'));
} else if (cmd === 'cmp' && args[0] && args[1]) cmp(args[0], args[1]);
else {
  console.error('usage: bench/golden.ts dump <file> [--src <dir>] | cmp <a.json> <b.json>');
  process.exitCode = 2;
}
