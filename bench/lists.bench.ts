// Lists bench (issue 5): import time per bundled list file on PGlite and PostgreSQL, the parse alone
// beside it (so the store's share is visible), entries and names written per second, and the time to
// recognise an already imported file. Each engine starts from an empty database.
import { join } from 'node:path';
import type { Db } from '../src/store/index.ts';
import { onFreshStore } from './engines.ts';
import { BUNDLED_LISTS_DIR, BUNDLED_LIST_FILES, importBundledLists, parseListFile } from '../src/lists/index.ts';
import type { Cell } from '../src/util/table.ts';
import type { BenchSection } from './index.ts';

async function parseMs(): Promise<Map<string, { ms: number; names: number }>> {
  const out = new Map<string, { ms: number; names: number }>();
  for (const f of BUNDLED_LIST_FILES) {
    const t0 = performance.now();
    let names = 0;
    for await (const e of parseListFile(join(BUNDLED_LISTS_DIR, f)).entries) names += e.names.length;
    out.set(f, { ms: performance.now() - t0, names });
  }
  return out;
}

async function measure(db: Db): Promise<{ per: Map<string, { ms: number; entries: number }>; total: number; again: number }> {
  const per = new Map<string, { ms: number; entries: number }>();
  const t0 = performance.now();
  const results = await importBundledLists(db);
  const total = performance.now() - t0;
  for (const r of results) per.set(r.file, { ms: r.ms, entries: r.entries });
  const t1 = performance.now();
  await importBundledLists(db);
  return { per, total, again: performance.now() - t1 };
}


export async function run(): Promise<BenchSection> {
  const parsed = await parseMs();
  const lite = await onFreshStore('pglite', measure);
  const postgres = await onFreshStore('postgres', measure);
  const rows: Cell[][] = BUNDLED_LIST_FILES.map((f) => {
    const p = parsed.get(f)!;
    const a = lite.per.get(f)!;
    const b = postgres.per.get(f)!;
    return [f, a.entries, p.names, Math.round(p.ms), Math.round(a.ms), Math.round(b.ms), Math.round((p.names / a.ms) * 1000)];
  });
  const sumParse = [...parsed.values()].reduce((s, x) => s + x.ms, 0);
  const sumNames = [...parsed.values()].reduce((s, x) => s + x.names, 0);
  rows.push(['all bundled lists', null, sumNames, Math.round(sumParse), Math.round(lite.total), Math.round(postgres.total), Math.round((sumNames / lite.total) * 1000)]);
  rows.push(['all again (already imported: hash only)', null, null, null, Math.round(lite.again), Math.round(postgres.again), null]);
  return {
    title: 'Lists: import of the bundled list files',
    headers: ['file', 'entries', 'names', 'parse ms', 'PGlite import ms', 'PostgreSQL import ms', 'names/s (PGlite)'],
    rows,
    notes: [
      'Import = parse + diff against the stored list + batched multi-row writes (unnest arrays, 500 entries a statement) in one transaction per file.',
      'PGlite in memory; PostgreSQL 15 on 127.0.0.1, a fresh database. Files imported in importBundledLists() order (the partial OFAC sets merge into the 2021 set).',
    ],
  };
}
