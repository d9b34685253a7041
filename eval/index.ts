// `npm run eval`: runs every eval/*.eval.ts (each exports `run(): Promise<EvalSection | EvalSection[]>`) and
// prints its table (or tables). Exits 1 if any section misses a goal it declares.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderTable, type Cell } from '../src/util/table.ts';

export interface EvalSection {
  title: string;
  headers: string[];
  rows: Cell[][];
  /** Goals missed, as sentences; empty when every goal is met. */
  missed: string[];
  notes?: string[];
}

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const all = readdirSync(here).filter((f) => f.endsWith('.eval.ts'));
// A name that is a section's own (`holdout`) picks that section only, not every file containing it
// (`holdout2`); any other name picks the sections whose file name contains it.
const picks = (f: string, o: string) => (all.includes(`${o}.eval.ts`) ? f === `${o}.eval.ts` : f.includes(o));
const files = all.filter((f) => only.length === 0 || only.some((o) => picks(f, o))).sort();
let missed = 0;
for (const f of files) {
  const mod = (await import(pathToFileURL(join(here, f)).href)) as { run: () => Promise<EvalSection | EvalSection[]> };
  const out = await mod.run();
  for (const s of Array.isArray(out) ? out : [out]) {
    console.log(`\n## ${s.title}\n`);
    console.log(renderTable(s.headers, s.rows));
    for (const n of s.notes ?? []) console.log(`- ${n}`);
    for (const m of s.missed) console.log(`- GOAL MISSED: ${m}`);
    missed += s.missed.length;
  }
}
if (files.length === 0) console.log('no eval sections found');
process.exitCode = missed > 0 ? 1 : 0;
