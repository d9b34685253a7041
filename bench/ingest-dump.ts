// Data identity of an ingest: ingests a folder with the code of a checkout into a fresh store (PGlite on disk,
// or the empty PostgreSQL database PGURL names) and writes every table as sorted rows, timestamp columns left
// out, so two checkouts' stores compare with `cmp`.
//   node bin/run-ts.mjs bench/ingest-dump.ts <checkout> <out> <folder>
// Environment: PGURL (an empty database), BATCH (batchSize), SINGLE=1 (extract one document at a time),
// DEFER=1 / DEFER=0 (deferIndexes: the search indexes dropped and built at the end, or not; a checkout
// without the option ignores it).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Db } from '../src/store/index.ts';
import type { IngestSummary } from '../src/ingest/index.ts';

const [checkout, out, folder] = process.argv.slice(2);
if (!checkout || !out || !folder) throw new Error('usage: ingest-dump.ts <checkout> <out> <folder>');
const rev = resolve(checkout);
const { ingestPaths } = await import(join(rev, 'src/ingest/index.ts'));
const { importReference } = await import(join(rev, 'src/reference/index.ts'));
const { openStore } = await import(join(rev, 'src/store/index.ts'));
const { extract } = await import(join(rev, 'src/extract/index.ts'));
const work = mkdtempSync(join(tmpdir(), 'dossier-ingest-dump-'));
const url = process.env.PGURL;
const db: Db = await openStore(url ? { databaseUrl: url } : { dataDir: join(work, 'pg'), databaseUrl: '' });
try {
  await importReference(db);
  const extra = process.env.SINGLE
    ? { extractor: (b: string, o: unknown) => extract(b, o) }
    : process.env.BATCH
      ? { batchSize: Number(process.env.BATCH) }
      : {};
  const defer = process.env.DEFER ? { deferIndexes: process.env.DEFER === '1' } : {};
  const s: IngestSummary = await ingestPaths(db, [folder], { kind: 'news', refresh: false, ...extra, ...defer });
  const tables = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const lines: string[] = [`summary ingested=${s.ingested} unchanged=${s.unchanged} failed=${s.failed}`];
  for (const { table_name: t } of tables) {
    const cols = await db.query<{ column_name: string; data_type: string }>(
      `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
      [t],
    );
    const keep = cols.filter((c) => !/timestamp/.test(c.data_type) && !/^(applied_at|created_at|updated_at|imported_at|decided_at|rated_at|at)$/.test(c.column_name));
    const row = keep.map((c) => `coalesce(${JSON.stringify(c.column_name)}::text, '∅')`).join(` || '\u0001' || `);
    const rows = await db.query<{ r: string }>(`SELECT ${row || `''`} AS r FROM ${JSON.stringify(t)}`);
    const sorted = rows.map((x) => x.r).sort();
    lines.push(`## ${t} (${keep.map((c) => c.column_name).join(',')}) ${sorted.length} rows`, ...sorted);
  }
  // the indexes the store has after the ingest (a bulk ingest drops some and builds them again)
  const indexes = await db.query<{ d: string }>(`SELECT indexdef AS d FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname`);
  lines.push(`## indexes ${indexes.length}`, ...indexes.map((r) => r.d));
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`${out}: ${lines.length} lines; ingested ${s.ingested}, failed ${s.failed}`);
} finally {
  await db.close();
  rmSync(work, { recursive: true, force: true });
}
