// `dossier demo` (what `npm start` runs): first load of the bundled data into the store, then the server.
// Every step is idempotent, so a second start loads nothing new and serves at once.
import type { Command } from 'commander';
import { importReference } from '../../reference/index.ts';
import { importBundledLists } from '../../lists/index.ts';
import { dataDirOf, type Db } from '../../store/index.ts';
import { DEFAULT_HOST, DEFAULT_PORT, ensureToken, startServer } from '../../server/index.ts';
import { SourceKind } from '../../model/index.ts';
import { parsePort, untilSignal, warnIfExposed } from '../serving.ts';
import { ingestPaths } from '../../ingest/index.ts';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const DemoDocuments = z.object({ documents: z.array(z.object({ path: z.string().min(1), kind: SourceKind })) });
import { globalOptions, withStore } from '../context.ts';

const say = (line: string) => process.stderr.write(`${line}\n`);

/** Loads everything the demo shows; each step is skipped or a no-op when already done. */
export async function loadDemoData(db: Db): Promise<void> {
  const t0 = performance.now();
  const [{ n }] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM sources WHERE ref LIKE 'src-%'`)) as [{ n: number }];
  if (n === 0) {
    const r = await importReference(db);
    say(`loaded the reference data: ${r.sources} sources, ${r.entities} entities, ${r.claims} claims, ${r.measures} measures`);
  }
  const lists = await importBundledLists(db, (p) => {
    if (p.result && !p.result.already_imported) say(`  list ${p.index + 1}/${p.total} ${p.file}: ${p.result.entries} entries`);
  });
  const fresh = lists.filter((l) => !l.already_imported);
  if (fresh.length > 0) say(`loaded ${fresh.length} official list files`);
  // Documents, grouped by source kind (one ingest per kind); unchanged documents are skipped by content id.
  const { documents } = DemoDocuments.parse(JSON.parse(readFileSync(join(ROOT, 'data', 'demo-documents.json'), 'utf8')));
  const byKind = new Map<SourceKind, string[]>();
  for (const d of documents) byKind.set(d.kind, [...(byKind.get(d.kind) ?? []), join(ROOT, d.path)]);
  let ingested = 0;
  for (const [kind, paths] of byKind) {
    const summary = await ingestPaths(db, paths, { kind });
    ingested += summary.ingested;
    if (summary.failed > 0) throw new Error(`demo documents failed to ingest: ${JSON.stringify(summary.failures)}`);
  }
  if (ingested > 0) say(`ingested ${ingested} documents`);
  say(`data ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

export function registerDemo(program: Command): Command {
  return program
    .command('demo')
    .description('load the bundled reference data, lists and documents (first run only), then serve (npm start)')
    .option('--port <n>', 'port', String(DEFAULT_PORT))
    .option('--host <addr>', 'address to listen on', DEFAULT_HOST)
    .action(async (opts: { port: string; host: string }, cmd: Command) => {
      const port = parsePort(opts.port);
      warnIfExposed(opts.host);
      const g = globalOptions(cmd);
      const store = { dataDir: g.data, databaseUrl: g.databaseUrl };
      const token = ensureToken(dataDirOf(store));
      if (token.created) say(`API token for writes (shown once; kept in ${token.path}): ${token.token}`);
      await withStore(cmd, loadDemoData);
      const server = await startServer({ ...store, host: opts.host, port });
      say(`try ${server.url}api/entities?q=lashkar — Ctrl-C to stop`);
      await untilSignal(server);
    });
}
