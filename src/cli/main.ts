// The `dossier` command. Each capability registers its commands from src/cli/commands/<name>.ts; a
// command parses argv, calls the capability's front door and prints. Exit codes: 0 ok, 1 failure,
// 2 bad usage or bad input.
import { Command, CommanderError } from 'commander';
import { DossierError, exitCodeFor } from '../model/index.ts';
import { commandGroups } from './commands/index.ts';

export function buildProgram(): Command {
  const program = new Command('dossier')
    .description('Dossier: an evidence graph for research on political violence')
    .option('--data <dir>', 'PGlite data folder (default: $DOSSIER_DATA or ./.dossier)')
    .option('--database-url <url>', 'use this PostgreSQL server instead of PGlite (default: $DATABASE_URL)')
    .showHelpAfterError()
    .exitOverride();
  program.configureHelp({ sortSubcommands: false });
  for (const group of commandGroups) {
    for (const register of group.commands) {
      const cmd = register(program);
      cmd.helpGroup(group.title);
      cmd.exitOverride();
    }
  }
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0) return 0;
      return 2; // commander already printed the usage error
    }
    if (err instanceof DossierError) {
      process.stderr.write(`dossier: ${err.describe()}\n`);
    } else {
      process.stderr.write(`dossier: ${(err as Error).stack ?? String(err)}\n`);
    }
    return exitCodeFor(err);
  }
}
