// The derived tables in src/extract/data ("regenerate, do not edit") are what their scripts make from the
// pinned sources today: a change to the code they depend on (fold.ts's keys, the tokenizer's word tables)
// that is not followed by a regeneration would leave the extractor reading stale keys without an error.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const derive = (script: string) =>
  execFileSync(process.execPath, script.endsWith('.ts') || script.includes('given-names') || script.includes('divisions') || script.includes('common-words') ? ['bin/run-ts.mjs', script] : [script], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 * 1024 * 1024,
  });

describe('derived extraction data regenerates byte for byte', () => {
  it.each([
    ['scripts/derive-given-names.mjs', 'src/extract/data/given-names.json'],
    ['scripts/derive-list-organisations.ts', 'src/extract/data/list-organisations.json'],
    ['scripts/derive-cities.mjs', 'src/extract/data/cities.json'],
    ['scripts/derive-capitals.mjs', 'src/extract/data/capitals.json'],
    ['scripts/derive-state-bodies.ts', 'src/extract/data/state-bodies.json'],
    ['scripts/derive-divisions.mjs', 'src/extract/data/divisions.json'],
    ['scripts/derive-adjectives.mjs', 'src/extract/data/adjectives.json'],
    ['scripts/derive-demonyms.mjs', 'src/extract/data/demonyms.json'],
  ])('%s → %s', (script, file) => {
    expect(derive(script) === readFileSync(file, 'utf8')).toBe(true);
  }, 120_000);
  // (org-heads.json reads WordNet as Debian's wordnet-base installs it; .ci/run installs it with wamerican)
  it('scripts/derive-org-heads.mjs → src/extract/data/org-heads.json', () => {
    expect(derive('scripts/derive-org-heads.mjs') === readFileSync('src/extract/data/org-heads.json', 'utf8')).toBe(true);
  }, 120_000);
  // (headline-verbs.json reads WordNet and wamerican, and leaves out the words of built-in names: regenerate it when
  // organisations.json, places.json, state-bodies.json or list-organisations.json change)
  it('scripts/derive-headline-verbs.mjs → src/extract/data/headline-verbs.json', () => {
    expect(derive('scripts/derive-headline-verbs.mjs') === readFileSync('src/extract/data/headline-verbs.json', 'utf8')).toBe(true);
  }, 120_000);
  // (common-words.json reads WordNet and wamerican, the built-in names and given-names.json: regenerate it when those
  // change; through run-ts, for fold.ts's keys)
  it('scripts/derive-common-words.mjs → src/extract/data/common-words.json', () => {
    expect(derive('scripts/derive-common-words.mjs') === readFileSync('src/extract/data/common-words.json', 'utf8')).toBe(true);
  }, 120_000);
});

// known-people.json is derived from two public-domain files copied from GitHub at pinned commits into
// data/known-people/ (see its README)
describe('known-people.json', () => {
  it('regenerates byte for byte from its sources', () => {
    const out = execFileSync(process.execPath, ['scripts/derive-known-people.mjs', 'data/known-people/executive.yaml', 'data/known-people/wikidata.csv'], { encoding: 'utf8' });
    expect(out === readFileSync('src/extract/data/known-people.json', 'utf8')).toBe(true);
  });
  it('holds names with offices and years, nothing else', () => {
    const data = JSON.parse(readFileSync('src/extract/data/known-people.json', 'utf8')) as { $comment: string; people: Record<string, [string, number, number | null][]> };
    expect(data.$comment).toMatch(/CC0/);
    for (const [name, offices] of Object.entries(data.people)) {
      expect(name.split(' ').length, name).toBeGreaterThan(1);
      for (const [office, from, to] of offices) {
        expect(typeof office).toBe('string');
        expect(Number.isInteger(from)).toBe(true);
        expect(to === null || to >= from).toBe(true);
      }
    }
  });
});
