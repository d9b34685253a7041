// The span property over every annotated document: each mention's text, each date's text and each
// claim's and demand's quote is exactly the body's slice at its offsets.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, gazetteerFromReference } from '../src/extract/index.ts';
import { loadEvalDocs, publishedOf } from '../eval/extraction/documents.ts';

const gazetteer = gazetteerFromReference(JSON.parse(readFileSync('data/reference/actors.json', 'utf8')) as unknown[]);
const docs = loadEvalDocs();

describe('every span is its slice of the body', () => {
  it('has the 17 annotated documents', () => expect(docs.length).toBe(17));
  it.each(docs.map((d) => [d.file, d] as const))('%s', (_f, d) => {
    const x = extract(d.body, { gazetteer, published: publishedOf(d) });
    expect(x.mentions.length).toBeGreaterThan(0);
    let last = -1;
    for (const m of x.mentions) {
      expect(d.body.slice(m.start, m.end)).toBe(m.text);
      expect(m.start).toBeGreaterThan(last - 1);
      last = m.end; // mentions do not overlap
    }
    for (const t of x.dates) expect(d.body.slice(t.start, t.end)).toBe(t.text);
    for (const c of x.claims) {
      expect(d.body.slice(c.span.start, c.span.end)).toBe(c.quote);
      for (const p of [c.subject, c.claimant, 'name' in c.object ? c.object : null])
        if (p && p.start !== null && p.end !== null) expect(p.end).toBeGreaterThan(p.start);
    }
    for (const q of x.demands) expect(d.body.slice(q.span.start, q.span.end)).toBe(q.quote);
  });
  it('is pure: the same input gives the same output', () => {
    const d = docs[0]!;
    expect(extract(d.body, { gazetteer })).toEqual(extract(d.body, { gazetteer }));
  });
});
