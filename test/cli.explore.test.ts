// The read commands, run as a user would (a child process), on both engines: --json prints what the API
// serves; unknown entities exit 1, bad arguments exit 2. `serve` prints its URL and answers.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importReference } from '../src/reference/index.ts';
import { isLoopback } from '../src/server/index.ts';
import { openStore } from '../src/store/index.ts';
import { runCli } from './helpers/cli.ts';
import { ENGINES, freshStore, type TestStore } from './helpers/engines.ts';

// Parsed --json output: loosely typed on purpose, the assertions say what matters.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type J = any;

describe.each(ENGINES)('explore commands on %s', (engine) => {
  let s: TestStore;
  let target: string;
  let dir: string | null = null;
  beforeAll(async () => {
    if (engine === 'pglite') {
      // The CLI opens its own PGlite folder: fill one, then close it before the child opens it.
      dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
      const db = await openStore({ dataDir: dir, databaseUrl: '' });
      await importReference(db);
      await db.close();
      target = dir;
      s = { db, url: null, cleanup: async () => undefined };
    } else {
      s = await freshStore(engine);
      await importReference(s.db);
      target = s.url!;
    }
  });
  afterAll(async () => {
    await s?.cleanup();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['entity by name', ['entity', 'lashkar', '--json'], (j: J) => expect(j.name).toBe('Lashkar-e-Taiba')],
    ['entity by ref', ['entity', 'org-hamas', '--json'], (j: J) => expect(j.aliases.length).toBeGreaterThan(0)],
    ['search', ['search', 'LeT', '--json'], (j: J) => expect(j.items[0]).toMatchObject({ tier: 'alias', label: 'Lashkar-e-Taiba' })],
    ['graph neighbours', ['graph', 'neighbours', 'LeT', '--depth', '2', '--json'], (j: J) => expect(j.nodes.map((n: J) => n.name)).toContain('Sheikh Sajjad Gul')],
    ['graph path', ['graph', 'path', 'LeT', 'Sheikh Sajjad Gul', '--json'], (j: J) => expect(j.length).toBe(2)],
    ['claims by predicate, every page', ['claims', '--predicate', 'proxy_of', '--all', '--json'], (j: J) => {
      expect(j.items.length).toBeGreaterThan(0);
      expect(j.items.every((c: J) => c.predicate === 'proxy_of' && c.source)).toBe(true);
    }],
  ])('%s', (_why, args, check) => {
    const r = runCli(target, args);
    expect(r.status, r.stderr).toBe(0);
    check(JSON.parse(r.stdout));
  });

  it.each([
    ['an entity nobody knows exits 1', ['entity', 'zzqqxx-nobody'], 1, /no entity/],
    ['a depth beyond 3 exits 2 naming it', ['graph', 'neighbours', 'LeT', '--depth', '5'], 2, /depth/],
  ])('%s', (_why, args, status, message) => {
    const r = runCli(target, args);
    expect(r.status).toBe(status);
    expect(r.stderr).toMatch(message);
  });
});

describe('serve', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['::1', true],
    ['localhost', true],
    ['0.0.0.0', false],
    ['192.168.1.5', false],
    ['::', false],
  ])('isLoopback(%s) is %s', (host, loop) => expect(isLoopback(host)).toBe(loop));

  it('prints its URL on 127.0.0.1 and answers /api/health', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-serve-'));
    const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'dossier.mjs');
    const env = { ...process.env };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, [bin, '--data', dir, 'serve', '--port', '0'], { env });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let buf = '';
        child.stdout.on('data', (d: Buffer) => {
          buf += d.toString();
          const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(buf);
          if (m) resolve(m[1]!);
        });
        child.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
      });
      const res = await fetch(`${url}api/health`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'ok', engine: 'pglite' });
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
