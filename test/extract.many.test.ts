// extractMany: documents taken through each stage together give exactly what extract() gives each alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, extractMany, gazetteerFromReference, type ExtractInput } from '../src/extract/index.ts';
import { loadEvalDocs, publishedOf } from '../eval/extraction/documents.ts';

const gazetteer = gazetteerFromReference(JSON.parse(readFileSync(join(process.cwd(), 'data/reference/actors.json'), 'utf8')) as unknown[]);
const docs = loadEvalDocs();
const oped = readFileSync(join(process.cwd(), 'data/seed/op-ed.txt'), 'utf8');
// the development set under two option sets and the op-ed: more documents than one batch holds (32)
const inputs: ExtractInput[] = [
  ...docs.map((d) => ({ body: d.body, opts: { gazetteer, published: publishedOf(d), publisher: 'Daily Ledger' } })),
  ...docs.map((d) => ({ body: d.body, opts: { gazetteer: [], published: null, author: 'Jane Q. Reporter' } })),
  { body: oped, opts: { gazetteer, publisher: 'TICE News', author: 'Manoj Singh', published: null } },
  { body: '', opts: { gazetteer } },
];

describe('extractMany', () => {
  it('gives what extract gives each document, in order', () => {
    expect(inputs.length).toBeGreaterThan(32);
    const alone = inputs.map((d) => extract(d.body, d.opts));
    expect(extractMany(inputs)).toEqual(alone);
  });
  it('gives the same in batches of any size, and nothing for no documents', () => {
    const alone = inputs.slice(0, 5).map((d) => extract(d.body, d.opts));
    expect([...extractMany(inputs.slice(0, 2)), ...extractMany(inputs.slice(2, 3)), ...extractMany(inputs.slice(3, 5))]).toEqual(alone);
    expect(extractMany([])).toEqual([]);
  });
});
