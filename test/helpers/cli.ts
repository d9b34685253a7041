// Runs the real `dossier` command in a child process, against a PGlite folder or a PostgreSQL URL.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'dossier.mjs');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `target` is a PGlite data folder, or a postgres:// URL. */
export function runCli(target: string, args: string[], input?: string): CliResult {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.DOSSIER_DATA;
  const where = target.startsWith('postgres') ? ['--database-url', target] : ['--data', target];
  const r = spawnSync(process.execPath, [BIN, ...where, ...args], { env, input, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
