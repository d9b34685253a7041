// `dossier serve`: the HTTP API on 127.0.0.1 (warns when told to listen anywhere else).
import type { Command } from 'commander';
import { badInput } from '../../model/index.ts';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from '../../server/index.ts';
import { parsePort, untilSignal, warnIfExposed } from '../serving.ts';
import { globalOptions } from '../context.ts';

export function registerServe(program: Command): Command {
  return program
    .command('serve')
    .description('serve the REST API, /docs and a landing page (binds 127.0.0.1 unless --host says otherwise)')
    .option('--port <n>', 'port', String(DEFAULT_PORT))
    .option('--host <addr>', 'address to listen on', DEFAULT_HOST)
    .option('--rate-limit <n>', 'requests per minute per client (0: off)', '1200')
    .action(async (opts: { port: string; host: string; rateLimit: string }, cmd: Command) => {
      const port = parsePort(opts.port);
      const rate = Number(opts.rateLimit);
      if (!Number.isInteger(rate) || rate < 0) throw badInput('rate limit must be a whole number', { field: 'rate-limit' });
      warnIfExposed(opts.host);
      const g = globalOptions(cmd);
      const server = await startServer({ host: opts.host, port, rateLimit: rate === 0 ? false : rate, dataDir: g.data, databaseUrl: g.databaseUrl });
      await untilSignal(server);
    });
}
