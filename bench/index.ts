// `npm run bench`: runs every bench/*.bench.ts (each exports `run(): Promise<BenchSection>`) and prints
// one table per section: our figures beside the peers', measured in the same run.
// `npm run bench -- store` runs only the sections whose file name contains "store".
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderTable, type Cell } from '../src/util/table.ts';

export interface BenchSection {
  title: string;
  headers: string[];
  rows: Cell[][];
  notes?: string[];
}

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
console.log(`Dossier bench — node ${process.version}, ${new Date().toISOString()}`);
for (const f of files) {
  const mod = (await import(pathToFileURL(join(here, f)).href)) as { run: () => Promise<BenchSection> };
  const s = await mod.run();
  console.log(`\n## ${s.title}\n`);
  console.log(renderTable(s.headers, s.rows));
  for (const n of s.notes ?? []) console.log(`- ${n}`);
}
if (files.length === 0) console.log('no bench sections found');
