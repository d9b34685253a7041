// `dossier demo` (what `npm start` runs): first load of the bundled data into the store, then the server.
// Every step is idempotent, so a second start loads nothing new and serves at once.
import type { Command } from 'commander';
import { importReference } from '../../reference/index.ts';
import { importBundledLists } from '../../lists/index.ts';
import { dataDirOf, type Db } from '../../store/index.ts';
import { DEFAULT_HOST, DEFAULT_PORT, ensureToken, startServer } from '../../server/index.ts';
import { badInput } from '../../model/index.ts';
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
  say(`data ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

export function registerDemo(program: Command): Command {
  return program
    .command('demo')
    .description('load the bundled reference data, lists and documents (first run only), then serve (npm start)')
    .option('--port <n>', 'port', String(DEFAULT_PORT))
    .option('--host <addr>', 'address to listen on', DEFAULT_HOST)
    .action(async (opts: { port: string; host: string }, cmd: Command) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw badInput('port must be 0 to 65535', { field: 'port' });
      const g = globalOptions(cmd);
      const store = { dataDir: g.data, databaseUrl: g.databaseUrl };
      const token = ensureToken(dataDirOf(store));
      if (token.created) say(`API token for writes (shown once; kept in ${token.path}): ${token.token}`);
      await withStore(cmd, loadDemoData);
      const server = await startServer({ ...store, host: opts.host, port });
      say(`try ${server.url}api/entities?q=lashkar — Ctrl-C to stop`);
      await new Promise<void>((resolve) => {
        const stop = () => void server.stop().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
