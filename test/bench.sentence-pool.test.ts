// The ingest bench's sentence pool (and so bench/golden.ts's synthetic cases, whose dumps and diffs people
// read) must hold no text of a blind evaluation set: only the lead runs the extractor on those, for totals.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sentencePool } from '../bench/ingest.bench.ts';
import { BLIND_DIRS, EVAL_DIR } from '../eval/extraction/documents.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const bodies = (dir: string) => readdirSync(join(dir, 'documents')).map((f) => readFileSync(join(dir, 'documents', f), 'utf8'));
const flat = (s: string) => s.replace(/\s+/g, ' ');
const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];

/** Every text the pool may draw on: the op-ed, the reference data and the sets that are not blind. */
function openTexts(): string {
  const evalRoot = join(EVAL_DIR, '..');
  const sets = readdirSync(evalRoot, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !BLIND_DIRS.includes(join(evalRoot, e.name)))
    .flatMap((e) => { try { return bodies(join(evalRoot, e.name)); } catch { return []; } });
  const reference = readdirSync(join(root, 'data', 'reference')).filter((f) => f.endsWith('.json'))
    .flatMap((f) => strings(JSON.parse(readFileSync(join(root, 'data', 'reference', f), 'utf8'))));
  return flat([readFileSync(join(root, 'data', 'seed', 'op-ed.txt'), 'utf8'), ...sets, ...reference].join('\n'));
}

describe('the ingest bench sentence pool', () => {
  const pool = sentencePool().filter((s) => s.length > 40);

  it('draws on the retired sets (a sentence of the development set is in it)', () => {
    const dev = bodies(EVAL_DIR).join('\n');
    expect(pool.some((s) => dev.includes(s))).toBe(true);
  });

  it.each(BLIND_DIRS.map((d) => [d.split('/').pop()!, d]))('holds no sentence of the blind set %s', (_name, dir) => {
    const blind = bodies(dir).map(flat);
    const open = openTexts();
    // A sentence a blind text shares with an open one (a quote, a stock line) tells nothing; any other would.
    // Counted, not listed: a failure must not print the blind text.
    expect(pool.filter((s) => blind.some((b) => b.includes(s)) && !open.includes(s)).length).toBe(0);
  });
});
