// PGlite is a single-process database: two processes writing one data folder would corrupt it. A lock
// file holding the owner's pid keeps a second process out with a clear message; a lock left by a dead
// process is taken over.
import { openSync, closeSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DossierError } from '../model/index.ts';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the folder's lock or throws; returns the function that releases it. */
export function lockDataDir(dir: string): () => void {
  const path = join(dir, 'lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        rmSync(path, { force: true });
      };
      process.once('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
        throw new DossierError(
          'conflict',
          `the data folder is in use by process ${pid} (a running \`dossier serve\` or \`npm start\`?). ` +
            'PGlite serves one process at a time: stop that process, use the HTTP API, or set DATABASE_URL to use PostgreSQL.',
          { file: dir },
        );
      }
      rmSync(path, { force: true }); // stale: its owner is gone
    }
  }
  throw new DossierError('conflict', 'could not take the data folder lock', { file: dir });
}
