// The API token: created once with mode 0600, atomically; read back unchanged; compared in constant time.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureToken, readToken, tokenMatches } from '../src/server/index.ts';

describe('ensureToken', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-token-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a random token with mode 0600 once, then returns the same one', () => {
    const data = join(dir, 'data');
    expect(readToken(data)).toBeNull();
    const first = ensureToken(data);
    expect(first.created).toBe(true);
    expect(first.token.length).toBeGreaterThanOrEqual(40);
    expect(statSync(first.path).mode & 0o777).toBe(0o600);
    const second = ensureToken(data);
    expect(second).toEqual({ ...first, created: false });
    expect(readdirSync(data)).toEqual(['token']); // no temporary file left behind
    expect(ensureToken(join(dir, 'other')).token).not.toBe(first.token);
  });

  it.each([
    ['the same token', 'abc', 'abc', true],
    ['a different token of the same length', 'abd', 'abc', false],
    ['a prefix', 'ab', 'abc', false],
    ['an empty token', '', 'abc', false],
  ])('tokenMatches: %s', (_why, presented, expected, ok) => {
    expect(tokenMatches(presented, expected)).toBe(ok);
  });
});
