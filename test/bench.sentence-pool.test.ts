// The ingest bench's sentence pool (and so bench/golden.ts's synthetic cases, whose dumps and diffs people
// read) must hold no text of a blind evaluation set: only the lead runs the extractor on those, for totals.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentencePool } from '../bench/ingest.bench.ts';
import { BLIND_DIRS, EVAL_DIR } from '../eval/extraction/documents.ts';

const bodies = (dir: string) => readdirSync(join(dir, 'documents')).map((f) => readFileSync(join(dir, 'documents', f), 'utf8'));

describe('the ingest bench sentence pool', () => {
  const pool = sentencePool().filter((s) => s.length > 40);

  it('draws on the retired sets (a sentence of the development set is in it)', () => {
    const dev = bodies(EVAL_DIR).join('\n');
    expect(pool.some((s) => dev.includes(s))).toBe(true);
  });

  it.each(BLIND_DIRS.map((d) => [d.split('/').pop()!, d]))('holds no sentence of the blind set %s', (_name, dir) => {
    const blind = bodies(dir);
    // Counted, not listed: a failure must not print the blind text.
    expect(pool.filter((s) => blind.some((b) => b.includes(s))).length).toBe(0);
  });
});
