// The pipeline's batch boundaries and the folder walk (no database).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchStarts, listInputs } from '../src/ingest/ingest.ts';

describe('batchStarts', () => {
  it('by default the first batches grow 5, 10, 20, 40, then 50 at a time', () => {
    expect(batchStarts(300)).toEqual([0, 5, 15, 35, 75, 125, 175, 225, 275]);
  });
  it('fewer documents than the ramp: the batches it reaches, the last one short', () => {
    expect(batchStarts(0)).toEqual([]);
    expect(batchStarts(3)).toEqual([0]);
    expect(batchStarts(12)).toEqual([0, 5]);
  });
  it('an explicit batch size is used from the first batch on', () => {
    expect(batchStarts(25, 10)).toEqual([0, 10, 20]);
    expect(batchStarts(3, 1)).toEqual([0, 1, 2]);
    expect(batchStarts(4, 0)).toEqual([0, 1, 2, 3]);
  });
});

describe('listInputs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-list-'));
    mkdirSync(join(dir, 'b'));
    mkdirSync(join(dir, 'a', 'deep'), { recursive: true });
    writeFileSync(join(dir, 'b', 'z.txt'), 'z');
    writeFileSync(join(dir, 'b', 'B.md'), 'B');
    writeFileSync(join(dir, 'a', 'deep', 'x.html'), '<p>x</p>');
    writeFileSync(join(dir, 'a', 'notes.docx'), 'unsupported');
    writeFileSync(join(dir, '.hidden.txt'), 'left out');
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.git', 'HEAD.txt'), 'left out');
    symlinkSync(join(dir, 'b', 'z.txt'), join(dir, 'link.txt'));
    symlinkSync(join(dir, 'a'), join(dir, 'linked-folder'));
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'broken.txt'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('walks folders sorted, follows links, leaves dot-files out and lists unsupported files as skipped', async () => {
    const { files, skipped } = await listInputs([dir]);
    expect(files).toEqual([
      join(dir, 'a', 'deep', 'x.html'),
      join(dir, 'b', 'B.md'),
      join(dir, 'b', 'z.txt'),
      join(dir, 'broken.txt'), // a link to nothing: listed, and reported as a failure when read
      join(dir, 'link.txt'),
      join(dir, 'linked-folder', 'deep', 'x.html'),
    ]);
    expect(skipped).toEqual([join(dir, 'a', 'notes.docx'), join(dir, 'linked-folder', 'notes.docx')]);
  });

  it('a file named explicitly is listed whatever its extension; a missing path is listed to fail when read', async () => {
    const { files, skipped } = await listInputs([join(dir, 'a', 'notes.docx'), join(dir, 'missing.txt')]);
    expect(files).toEqual([join(dir, 'a', 'notes.docx'), join(dir, 'missing.txt')]);
    expect(skipped).toEqual([]);
  });
});
