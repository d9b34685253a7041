// A bulk ingest drops the search indexes of the tables it fills and builds them once at its end
// (src/store/indexes.ts, migration 110), on both engines: the rows stored are the same as without it,
// searches find the same documents, a failed ingest leaves every index present and every document whole,
// and a store left with indexes owed (an ingest killed mid-way) gets them back when it is opened.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDocuments } from '../bench/ingest.bench.ts';
import { search } from '../src/graph/index.ts';
import { ingestPaths, type IngestOptions } from '../src/ingest/index.ts';
import { importReference } from '../src/reference/index.ts';
import { BULK_DEFERRABLE_INDEXES, deferIndexes, openStore, type Db, type Queryable } from '../src/store/index.ts';
import { ENGINES, freshStore, type TestStore } from './helpers/engines.ts';

const DOCS = 40;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-deferred-'));
  writeDocuments(join(dir, 'docs'), DOCS);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every index of the schema: name and definition. */
const indexes = async (db: Queryable) =>
  (await db.query<{ d: string }>(`SELECT indexname || ': ' || indexdef AS d FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1`)).map((r) => r.d);

/** The ingested documents' rows, as sorted text (ids, spans, counts): what two stores are compared on. */
async function contents(db: Queryable): Promise<string[]> {
  const out: string[] = [];
  for (const [table, cols] of [
    ['sources', "id, title, content_hash, tsv::text"],
    ['mentions', 'id, source_id, span_start, span_end, surface, entity_id'],
    ['claims', 'id, source_id, subject_name, predicate, quote'],
    ['demands', 'id, source_id, quote'],
  ] as const) {
    const rows = await db.query<{ r: string }>(`SELECT concat_ws('|', ${cols}) AS r FROM ${table} ORDER BY 1`);
    out.push(`## ${table} ${rows.length}`, ...rows.map((x) => x.r));
  }
  return out;
}

const owed = async (db: Queryable) => (await db.query<{ name: string }>('SELECT name FROM deferred_indexes ORDER BY name')).map((r) => r.name);

/** Every ingested source the full-text query matches (search() ranks them and returns the best only). */
async function matches(db: Queryable, q: string): Promise<string[]> {
  const rows = await db.query<{ id: string }>(`SELECT id FROM sources WHERE ref IS NULL AND tsv @@ websearch_to_tsquery('english', $1) ORDER BY id`, [q]);
  return rows.map((r) => r.id);
}

async function documentHits(db: Queryable, q: string): Promise<string[]> {
  return (await search(db, q, { limit: 100 })).items.filter((h) => h.tier === 'document').map((h) => h.id).sort();
}

describe.each(ENGINES)('bulk ingest with deferred indexes (%s)', (engine) => {
  const stores: TestStore[] = [];
  const store = async () => {
    const s = await freshStore(engine);
    stores.push(s);
    await importReference(s.db);
    return s.db;
  };
  afterAll(async () => {
    for (const s of stores) await s.cleanup();
  });

  let plain: { indexes: string[]; contents: string[]; hits: string[]; matches: string[] };

  beforeAll(async () => {
    const db = await store();
    const s = await ingestPaths(db, [join(dir, 'docs')], { refresh: false, deferIndexes: false });
    expect(s.ingested).toBe(DOCS);
    plain = { indexes: await indexes(db), contents: await contents(db), hits: await documentHits(db, 'sanctions'), matches: await matches(db, 'sanctions') };
    expect(plain.hits.length).toBeGreaterThan(0);
  }, 240_000);

  it('drops the search indexes while it writes, builds them at the end, and stores the same rows', async () => {
    const db = await store();
    expect(await indexes(db)).toEqual(plain.indexes);
    let during: Promise<string[]> | undefined;
    const opts: IngestOptions = {
      refresh: false,
      deferIndexes: true,
      onProgress: () => void (during ??= indexes(db)),
    };
    const s = await ingestPaths(db, [join(dir, 'docs')], opts);
    expect(s.ingested).toBe(DOCS);
    const names = (await during!).map((d) => d.slice(0, d.indexOf(':')));
    for (const name of BULK_DEFERRABLE_INDEXES) expect(names).not.toContain(name);
    expect(names).toContain('sources_pkey');
    expect(await indexes(db)).toEqual(plain.indexes);
    expect(await owed(db)).toEqual([]);
    expect(await contents(db)).toEqual(plain.contents);
    expect(await documentHits(db, 'sanctions')).toEqual(plain.hits);
    expect(await matches(db, 'sanctions')).toEqual(plain.matches);
    // again: nothing changes
    const again = await ingestPaths(db, [join(dir, 'docs')], { refresh: false, deferIndexes: true });
    expect(again.unchanged).toBe(DOCS);
    expect(await contents(db)).toEqual(plain.contents);
    expect(await indexes(db)).toEqual(plain.indexes);
  }, 240_000);

  it('an ingest that fails mid-way leaves every index present and each document whole; ingesting again completes it', async () => {
    const db = await store();
    const docs = join(dir, 'docs');
    writeFileSync(join(dir, 'corrupt.txt'), Buffer.from([0x54, 0x69, 0x00, 0x01, 0x02, 0x00]));
    let n = 0;
    const failing: IngestOptions = {
      refresh: false,
      deferIndexes: true,
      batchSize: 10,
      onProgress: () => {
        if (++n === 15) throw new Error('thrown in the middle of the ingest');
      },
    };
    await expect(ingestPaths(db, [join(dir, 'corrupt.txt'), docs], failing)).rejects.toThrow('thrown in the middle');
    expect(await indexes(db)).toEqual(plain.indexes);
    expect(await owed(db)).toEqual([]);
    // the documents stored are stored whole: each with the rows the full ingest gave it
    const partial = await contents(db);
    const stored = new Set((await db.query<{ id: string }>('SELECT id FROM sources WHERE ref IS NULL')).map((r) => r.id));
    expect(stored.size).toBeGreaterThan(0);
    expect(stored.size).toBeLessThan(DOCS);
    const ofStored = (rows: string[]) => rows.filter((r) => stored.has(r.split('|')[0]!) || stored.has(r.split('|')[1]!));
    expect(ofStored(partial)).toEqual(ofStored(plain.contents));
    // searchable meanwhile, through the rebuilt index
    expect(await matches(db, 'sanctions')).toEqual(plain.matches.filter((id) => stored.has(id)));
    // a corrupt file fails alone, and ingesting again stores the rest
    const s = await ingestPaths(db, [join(dir, 'corrupt.txt'), docs], { refresh: false, deferIndexes: true });
    expect(s.failed).toBe(1);
    expect(s.failures[0]!.error).toMatch(/binary content/);
    expect(s.unchanged).toBe(stored.size);
    expect(s.ingested).toBe(DOCS - stored.size);
    expect(await contents(db)).toEqual(plain.contents);
    expect(await indexes(db)).toEqual(plain.indexes);
    expect(await owed(db)).toEqual([]);
  }, 240_000);

  it('opening a store whose ingest was killed with its indexes dropped builds them again', async () => {
    let db: Db;
    let reopen: () => Promise<Db>;
    let cleanup = async () => undefined as unknown;
    if (engine === 'pglite') {
      const data = mkdtempSync(join(tmpdir(), 'dossier-deferred-pg-'));
      reopen = () => openStore({ dataDir: data, databaseUrl: '' });
      cleanup = async () => rmSync(data, { recursive: true, force: true });
    } else {
      const s = await freshStore(engine);
      stores.push(s);
      reopen = () => openStore({ databaseUrl: s.url! });
    }
    db = await reopen();
    try {
      const before = await indexes(db);
      expect(await deferIndexes(db)).toEqual([...BULK_DEFERRABLE_INDEXES].sort());
      expect(await owed(db)).toEqual([...BULK_DEFERRABLE_INDEXES].sort());
      expect((await indexes(db)).length).toBe(before.length - BULK_DEFERRABLE_INDEXES.length);
      await db.close(); // as if the process ended here
      db = await reopen();
      expect(await indexes(db)).toEqual(before);
      expect(await owed(db)).toEqual([]);
    } finally {
      await db.close();
      await cleanup();
    }
  }, 240_000);
});
