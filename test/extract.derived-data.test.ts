// The derived tables in src/extract/data ("regenerate, do not edit") are what their scripts make from the
// pinned sources today: a change to the code they depend on (fold.ts's keys, the tokenizer's word tables)
// that is not followed by a regeneration would leave the extractor reading stale keys without an error.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const derive = (script: string) =>
  execFileSync(process.execPath, script.endsWith('.ts') || script.includes('given-names') ? ['bin/run-ts.mjs', script] : [script], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 * 1024 * 1024,
  });

describe('derived extraction data regenerates byte for byte', () => {
  it.each([
    ['scripts/derive-given-names.mjs', 'src/extract/data/given-names.json'],
    ['scripts/derive-list-organisations.ts', 'src/extract/data/list-organisations.json'],
    ['scripts/derive-cities.mjs', 'src/extract/data/cities.json'],
    ['scripts/derive-state-bodies.ts', 'src/extract/data/state-bodies.json'],
  ])('%s → %s', (script, file) => {
    expect(derive(script) === readFileSync(file, 'utf8')).toBe(true);
  }, 120_000);
});
