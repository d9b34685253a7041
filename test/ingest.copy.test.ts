// storeDocuments on PGlite writes a batch with COPY … FROM '/dev/blob' (db.copyIn), one per table, in one
// transaction; on PostgreSQL (no copyIn) with the statement. Either way every value comes back exactly
// (COPY's escapes: tab, newline, carriage return, backslash, "\N" and "\." as text), a source stored
// already is left alone (the COPY fails, the statement skips it), and a document is stored whole or not at all.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { storeDocuments, type DocumentRows } from '../src/ingest/index.ts';
import { ENGINES, freshStore, type TestStore } from './helpers/engines.ts';
import { readBack } from './helpers/stored-rows.ts';

function doc(id: string, text: string): DocumentRows {
  return {
    source: { id, url: null, title: `Title\t${id}`, publisher: '\\N', author: '', published: '2025-02', kind: 'news', text, content_hash: `hash-${id}`, licence: null },
    mentions: [],
    claims: [],
    demands: [],
  };
}

/** Values COPY's text format must escape: tabs, line breaks, backslashes, its NULL and end-of-data markers. */
function escaped(id: string): DocumentRows {
  const text = `Hamas\tsaid:\r\n\\.\n"\\N" is not null; C:\\path\\to and \\\\ twice.\n`;
  const d = doc(id, text);
  d.mentions = [
    { id: `${id}-m1`, span_start: 0, span_end: 5, surface: 'Hamas', type: 'organization', entity_id: null, canonical: 'Hamas\t(HAMAS)', known: false },
    { id: `${id}-m2`, span_start: 14, span_end: 16, surface: '\\.', type: 'place', entity_id: null, canonical: null, known: true },
    { id: `${id}-m3`, span_start: 18, span_end: 20, surface: '\\N', type: 'person', entity_id: null, canonical: '', known: false },
  ];
  d.claims = [
    {
      id: `${id}-c1`, subject_id: null, subject_name: 'Hamas', predicate: 'linked_to', object_kind: 'literal', object_id: null,
      object_value: 'a\nb', date_start: '2025-02-05', date_end: null, precision: 'day', where_id: null, where_name: '',
      claimant_id: null, claimant_name: '\\', quote: text.slice(0, 20), span_start: 0, span_end: 20, negated: true, hedged: false, confidence: 0.1 + 0.2,
    },
  ];
  d.demands = [{ id: `${id}-d1`, measure_kind: 'designation', of_whom: '\r', against_id: null, against_name: null, quote: '\\N', span_start: 18, span_end: 20 }];
  return d;
}

const created = (d: DocumentRows) => ({ created: true, mentions: d.mentions.length, claims: d.claims.length, demands: d.demands.length });
const skipped = { created: false, mentions: 0, claims: 0, demands: 0 };

describe.each(ENGINES)('storeDocuments on %s', (engine) => {
  let s: TestStore;
  beforeAll(async () => {
    s = await freshStore(engine);
  });
  afterAll(async () => {
    await s?.cleanup();
  });

  it('writes a batch by COPY on PGlite only, and every value comes back exactly', async () => {
    expect(typeof s.db.copyIn).toBe(engine === 'pglite' ? 'function' : 'undefined');
    const copy = engine === 'pglite' ? vi.spyOn(s.db, 'copyIn') : null;
    const docs = [escaped('src-e1'), escaped('src-e2'), doc('src-bare', 'No mentions at all.')];
    expect(await storeDocuments(s.db, docs)).toEqual(docs.map(created));
    if (copy) {
      // one call, one COPY per table that has rows, and it succeeded (no fallback to the statement)
      expect(copy).toHaveBeenCalledTimes(1);
      expect(copy.mock.calls[0]![0].map((c) => c.sql.split(' ')[1])).toEqual(['sources', 'mentions', 'claims', 'demands']);
      await expect(copy.mock.results[0]!.value).resolves.toBeUndefined();
      copy.mockRestore();
    }
    for (const d of docs) expect(await readBack(s.db, d.source.id)).toEqual(d);
    const [claim] = await s.db.query<{ status: string }>(`SELECT status FROM claims WHERE id = 'src-e1-c1'`);
    expect(claim!.status).toBe('proposed');
  });

  it('a source stored already (another ingest got there first) is left as it is; the rest of the batch is written', async () => {
    const before = await readBack(s.db, 'src-e1');
    const fresh = escaped('src-e3');
    const twin = doc('src-twin', 'Twice in one call.');
    expect(await storeDocuments(s.db, [escaped('src-e1'), fresh, twin, structuredClone(twin)])).toEqual([skipped, created(fresh), created(twin), skipped]);
    expect(await readBack(s.db, 'src-e1')).toEqual(before);
    expect(await readBack(s.db, 'src-e3')).toEqual(fresh);
  });

  it('a mention naming an entity not in the store fails its batch whole, with the foreign-key error', async () => {
    const bad = escaped('src-bad');
    bad.mentions[0]!.entity_id = 'ent-missing';
    const copy = engine === 'pglite' ? vi.spyOn(s.db, 'copyIn') : null;
    await expect(storeDocuments(s.db, [doc('src-ok', 'Fine.'), bad])).rejects.toMatchObject({ code: '23503' });
    if (copy) {
      // COPY runs the statement-level reference check too (its transition table holds the copied rows)
      await expect(copy.mock.results[0]!.value).rejects.toMatchObject({ code: '23503' });
      copy.mockRestore();
    }
    expect((await readBack(s.db, 'src-bad')).source).toBeNull();
    expect((await readBack(s.db, 'src-ok')).source).toBeNull();
  });
});
