// Store commands: init, import reference, stats.
import type { Command } from 'commander';
import { dataDirOf, tableCounts } from '../../store/index.ts';
import { ensureToken } from '../../server/index.ts';
import { importReference, BUNDLED_REFERENCE_DIR } from '../../reference/index.ts';
import { renderTable } from '../../util/table.ts';
import { globalOptions, printJson, withStore } from '../context.ts';

export function registerInit(program: Command): Command {
  return program
    .command('init')
    .description('create the database (PGlite data folder or PostgreSQL schema) and apply migrations')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withStore(cmd, async (db) => {
        const g = globalOptions(cmd);
        const token = ensureToken(dataDirOf({ dataDir: g.data, databaseUrl: g.databaseUrl }));
        // The token is printed once, when it is created; afterwards it is only in the file.
        const result = { engine: db.engine, token_file: token.path, token: token.created ? token.token : null };
        if (opts.json) printJson(result);
        else {
          process.stdout.write(`database ready (${db.engine})\n`);
          process.stdout.write(token.created ? `API token for writes (shown once; kept in ${token.path}): ${token.token}\n` : `API token kept in ${token.path}\n`);
        }
      });
    });
}

export function registerImport(program: Command): Command {
  const imp = program.command('import').description('import bundled or curated data');
  imp
    .command('reference')
    .description('load the bundled reference data (data/reference), or another folder in the same format')
    .option('--dir <dir>', 'folder with sources.json, actors.json, events.json, claims.json, measures.json', BUNDLED_REFERENCE_DIR)
    .option('--json', 'print JSON')
    .action(async (opts: { dir: string; json?: boolean }, cmd: Command) => {
      await withStore(cmd, async (db) => {
        const summary = await importReference(db, opts.dir);
        if (opts.json) printJson(summary);
        else process.stdout.write(`imported reference data from ${opts.dir}: ${Object.entries(summary).map(([k, v]) => `${v} ${k}`).join(', ')}\n`);
      });
    });
  return imp;
}

export function registerStats(program: Command): Command {
  return program
    .command('stats')
    .description('row counts per table')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withStore(cmd, async (db) => {
        const counts = await tableCounts(db);
        if (opts.json) printJson(counts);
        else process.stdout.write(`${renderTable(['table', 'rows'], Object.entries(counts))}\n`);
      });
    });
}
