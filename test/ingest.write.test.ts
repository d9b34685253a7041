// writeDocuments sends rows as delimited columns (one text parameter per column): every value must come
// back exactly, on both engines, whatever characters it holds — the separator and NULL-marker characters
// included — and a column of one empty string must be one row, not none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDocuments, type DocumentRows } from '../src/ingest/index.ts';
import { ENGINES, freshStore, type TestStore } from './helpers/engines.ts';
import { readBack } from './helpers/stored-rows.ts';

const US = '\u001f';
const RS = '\u001e';

function doc(id: string, text: string): DocumentRows {
  return {
    source: { id, url: null, title: `Title ${id}`, publisher: null, author: '', published: '2025-02', kind: 'news', text, content_hash: `hash-${id}`, licence: null },
    mentions: [],
    claims: [],
    demands: [],
  };
}

/** A document whose values hold the separator, the NULL marker, doubled ones, quotes, commas and braces. */
function awkward(): DocumentRows {
  const text = `Hamas${US}Iran ${RS} said "{a,b}" ${US}${US}, \\N and NULL.\n`;
  const d = doc('src-awkward', text);
  d.mentions = [
    { id: 'm-a1', span_start: 0, span_end: 5, surface: 'Hamas', type: 'organization', entity_id: null, canonical: 'Hamas', known: false },
    { id: 'm-a2', span_start: 0, span_end: 11, surface: `Hamas${US}Iran`, type: 'organization', entity_id: null, canonical: null, known: false },
    { id: 'm-a3', span_start: 12, span_end: 13, surface: RS, type: 'place', entity_id: null, canonical: '', known: true },
    { id: 'm-a4', span_start: 24, span_end: 26, surface: `${US}${US}`, type: 'person', entity_id: null, canonical: 'NULL', known: false },
  ];
  d.claims = [
    {
      id: 'c-a1', subject_id: null, subject_name: 'Hamas', predicate: 'linked_to', object_kind: 'literal', object_id: null,
      object_value: '{a,b}', date_start: '2025-02-05', date_end: null, precision: 'day', where_id: null, where_name: '',
      claimant_id: null, claimant_name: RS, quote: text.slice(0, 20), span_start: 0, span_end: 20, negated: true, hedged: false, confidence: 0.625,
    },
  ];
  d.demands = [{ id: 'd-a1', measure_kind: 'designation', of_whom: '', against_id: null, against_name: null, quote: '\\N', span_start: 30, span_end: 32 }];
  return d;
}

/** One mention, one claim, one demand, each column of them a single value: empty strings stay rows. */
function single(): DocumentRows {
  const d = doc('src-single', 'x');
  d.mentions = [{ id: 'm-s1', span_start: 0, span_end: 0, surface: '', type: '', entity_id: null, canonical: '', known: false }];
  d.claims = [
    {
      id: 'c-s1', subject_id: null, subject_name: '', predicate: '', object_kind: 'literal', object_id: null, object_value: '',
      date_start: null, date_end: null, precision: null, where_id: null, where_name: null, claimant_id: null, claimant_name: '',
      quote: '', span_start: 0, span_end: 0, negated: false, hedged: true, confidence: 0,
    },
  ];
  d.demands = [{ id: 'd-s1', measure_kind: '', of_whom: null, against_id: null, against_name: '', quote: '', span_start: 0, span_end: 0 }];
  return d;
}

describe.each(ENGINES)('writeDocuments on %s', (engine) => {
  let s: TestStore;
  beforeAll(async () => {
    s = await freshStore(engine);
  });
  afterAll(async () => {
    await s?.cleanup();
  });

  it('every value comes back exactly: separators, NULL markers, quotes, braces, empty strings, nulls, booleans, numbers', async () => {
    const docs = [awkward(), single(), doc('src-bare', 'No mentions at all.')];
    const counts = await writeDocuments(s.db, docs);
    expect(counts).toEqual([
      { created: true, mentions: 4, claims: 1, demands: 1 },
      { created: true, mentions: 1, claims: 1, demands: 1 },
      { created: true, mentions: 0, claims: 0, demands: 0 },
    ]);
    for (const d of docs) expect(await readBack(s.db, d.source.id)).toEqual(d);
    const [claim] = await s.db.query<{ status: string }>(`SELECT status FROM claims WHERE id = 'c-a1'`);
    expect(claim!.status).toBe('proposed');
  });

  it('writing the same documents again creates nothing and changes nothing; a source named twice is written once', async () => {
    const before = await readBack(s.db, 'src-awkward');
    expect(await writeDocuments(s.db, [awkward(), single()])).toEqual([
      { created: false, mentions: 0, claims: 0, demands: 0 },
      { created: false, mentions: 0, claims: 0, demands: 0 },
    ]);
    expect(await readBack(s.db, 'src-awkward')).toEqual(before);
    const twin = doc('src-twin', 'Twice in one call.');
    twin.mentions = [{ id: 'm-t1', span_start: 0, span_end: 5, surface: 'Twice', type: 'person', entity_id: null, canonical: null, known: false }];
    expect(await writeDocuments(s.db, [twin, structuredClone(twin)])).toEqual([
      { created: true, mentions: 1, claims: 0, demands: 0 },
      { created: false, mentions: 0, claims: 0, demands: 0 },
    ]);
    expect(await readBack(s.db, 'src-twin')).toEqual(twin);
  });
});
