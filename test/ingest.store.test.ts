// Ingest into the store, on both engines: one transaction per document, deterministic ids, unknown names
// kept for review, claims proposed with exact quotes, bad files reported while the others go in.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction, GazetteerEntry } from '../src/extract/types.ts';
import {
  exitCodeForSummary,
  ingestFile,
  ingestPaths,
  loadGazetteer,
  lookupForms,
  type Extractor,
} from '../src/ingest/index.ts';
import { importReference } from '../src/reference/index.ts';
import type { Queryable } from '../src/store/index.ts';
import { runCli } from './helpers/cli.ts';
import { ENGINES, freshStore, type TestStore } from './helpers/engines.ts';
import { makePdf } from './helpers/pdf.ts';

const here = dirname(fileURLToPath(import.meta.url));
const VOA = join(here, 'fixtures', 'ingest', '08-voa-2023-hamas-sanctions.txt');
const OPED = join(here, '..', 'data', 'seed', 'op-ed.txt');

/**
 * A stand-in extractor for storage tests: every gazetteer name found with word boundaries is a known
 * mention; the capitalised phrase "Office of Foreign Asset Control" is an unknown organisation; each
 * sentence naming two known entities yields one claim (first → second) in the document's own voice, and
 * a sentence with "should" yields a demand.
 */
const standIn: Extractor = (body, opts) => {
  const x: Extraction = { organisations: [], people: [], places: [], event_dates: [], attributions: [], mentions: [], dates: [], claims: [], demands: [] };
  const taken = new Set<number>();
  const entries = [...opts.gazetteer].sort((a, b) => b.name.length - a.name.length);
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  const found: Array<{ start: number; end: number; e: GazetteerEntry }> = [];
  for (const e of entries) {
    for (let i = body.indexOf(e.name); i >= 0; i = body.indexOf(e.name, i + 1)) {
      const end = i + e.name.length;
      if (isWord(body[i - 1]) || isWord(body[end])) continue;
      if ([...Array(end - i).keys()].some((k) => taken.has(i + k))) continue;
      for (let k = i; k < end; k++) taken.add(k);
      found.push({ start: i, end, e });
    }
  }
  found.sort((a, b) => a.start - b.start);
  for (const f of found) {
    x.mentions.push({ text: body.slice(f.start, f.end), start: f.start, end: f.end, canonical: f.e.canonical, type: f.e.type, entity_id: f.e.entity_id, known: true });
  }
  const unknown = 'Office of Foreign Asset Control';
  const u = body.indexOf(unknown);
  if (u >= 0) x.mentions.push({ text: unknown, start: u, end: u + unknown.length, canonical: unknown, type: 'organization', entity_id: null, known: false });
  for (const m of body.matchAll(/[^.!?\n]+[.!?]/g)) {
    const start = m.index;
    const end = start + m[0].length;
    const inside = found.filter((f) => f.start >= start && f.end <= end);
    const distinct = inside.filter((f, i) => inside.findIndex((g) => g.e.entity_id === f.e.entity_id) === i);
    const party = (f: (typeof found)[number]) => ({ name: f.e.canonical, entity_id: f.e.entity_id, start: f.start, end: f.end });
    if (distinct.length >= 2) {
      x.claims.push({
        subject: party(distinct[0]!),
        predicate: 'linked_to',
        object: party(distinct[1]!),
        action: 'linked to',
        when: null,
        where: null,
        claimant: { name: opts.publisher ?? opts.title ?? 'the source', entity_id: null, start: null, end: null },
        quote: m[0],
        span: { start, end },
        negated: false,
        hedged: /reportedly|allegedly/.test(m[0]),
        confidence: 0.6,
      });
    }
    if (/\bshould\b/.test(m[0])) {
      x.demands.push({ measure_kind: 'designation', against: distinct[0] ? party(distinct[0]) : null, of_whom: null, quote: m[0], span: { start, end } });
    }
  }
  return x;
};

const TABLES = {
  sources: 'id, url, title, publisher, author, published, kind, text, content_hash, licence',
  mentions: 'id, source_id, span_start, span_end, surface, type, entity_id, canonical, known',
  claims: 'id, subject_id, subject_name, predicate, object_kind, object_id, object_value, claimant_name, source_id, quote, span_start, span_end, status, negated, hedged, confidence',
  demands: 'id, source_id, measure_kind, against_id, against_name, quote, span_start, span_end',
};
const dump = async (db: Queryable) => {
  const out: Record<string, unknown[]> = {};
  for (const [t, cols] of Object.entries(TABLES)) out[t] = await db.query(`SELECT ${cols} FROM ${t} ORDER BY id`);
  return out;
};

describe('names the gazetteer looks for', () => {
  it.each([
    ['an acronym in brackets is a name of its own', 'Haqqani Network (HQN)', ['Haqqani Network', 'HQN']],
    ['a qualifier in brackets is not', 'Ministry of Home Affairs (India)', ['Ministry of Home Affairs']],
    ['a leading honorific is dropped', 'Dr. Khaled Qaddoumi', ['Khaled Qaddoumi']],
    ['a plain name is itself', 'Lashkar-e-Taiba', ['Lashkar-e-Taiba']],
  ])('%s: %s', (_why, name, forms) => {
    expect(lookupForms(name)).toEqual(forms);
  });
});

describe.each(ENGINES)('ingest into the store on %s', (engine) => {
  let s: TestStore;
  let work: string;
  let gazetteer: GazetteerEntry[];
  beforeAll(async () => {
    s = await freshStore(engine);
    work = mkdtempSync(join(tmpdir(), 'dossier-ingest-'));
    await importReference(s.db);
    gazetteer = await loadGazetteer(s.db);
  });
  afterAll(async () => {
    await s?.cleanup();
    rmSync(work, { recursive: true, force: true });
  });

  it('the gazetteer holds every entity name and every alias from the store', async () => {
    const names = await s.db.query<{ id: string; name: string }>(
      'SELECT id, name FROM entities WHERE merged_into IS NULL UNION SELECT entity_id, name FROM aliases',
    );
    expect(names.length).toBeGreaterThan(50);
    const have = new Set(gazetteer.map((g) => `${g.entity_id} ${g.name}`));
    for (const n of names) for (const form of lookupForms(n.name)) expect(have.has(`${n.id} ${form}`)).toBe(true);
    expect(gazetteer.filter((g) => g.name === 'Khaled Qaddoumi').length).toBe(1); // "Dr. Khaled Qaddoumi" in the store
    expect(gazetteer.find((g) => g.name === 'Hamas')).toMatchObject({ type: 'organization', canonical: 'Hamas' });
    expect(gazetteer.find((g) => g.name === 'Iran')).toMatchObject({ type: 'place', entity_kind: 'state' });
  });

  it('stores a document with its mentions (known linked, unknown kept unlinked for review), proposed claims and demands', async () => {
    const r = await ingestFile(s.db, VOA, gazetteer, { extractor: standIn, kind: 'news' });
    expect(r.status).toBe('ingested');
    const [src] = await s.db.query<{ title: string; published: string; kind: string; text: string; url: string }>(
      'SELECT title, published, kind, text, url FROM sources WHERE id = $1',
      [r.source_id],
    );
    expect(src).toMatchObject({ title: 'US Imposes New Sanctions on Hamas', published: '2023-10-27', kind: 'news' });
    const mentions = await s.db.query<{ span_start: number; span_end: number; surface: string; entity_id: string | null; known: boolean }>(
      'SELECT span_start, span_end, surface, entity_id, known FROM mentions WHERE source_id = $1 ORDER BY span_start',
      [r.source_id],
    );
    expect(mentions.filter((m) => m.surface === 'Hamas').length).toBeGreaterThanOrEqual(3);
    for (const m of mentions) expect(src!.text.slice(m.span_start, m.span_end)).toBe(m.surface);
    const unknown = mentions.filter((m) => !m.known);
    expect(unknown).toEqual([expect.objectContaining({ surface: 'Office of Foreign Asset Control', entity_id: null })]);
    expect(mentions.filter((m) => m.known).every((m) => m.entity_id !== null)).toBe(true);
    const claims = await s.db.query<{ status: string; quote: string; span_start: number; span_end: number; subject_id: string | null }>(
      'SELECT status, quote, span_start, span_end, subject_id FROM claims WHERE source_id = $1',
      [r.source_id],
    );
    expect(claims.length).toBe(r.claims);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(c.status).toBe('proposed');
      expect(c.quote).toBe(src!.text.slice(c.span_start, c.span_end));
      expect(c.subject_id).not.toBeNull();
    }
  });

  it('ingesting the same files twice changes no row and no id', async () => {
    const dir = join(work, 'twice');
    mkdirSync(dir);
    copyFileSync(OPED, join(dir, 'op-ed.txt'));
    copyFileSync(VOA, join(dir, 'voa.txt'));
    writeFileSync(join(dir, 'note.md'), '# Note\n\nHamas and Iran should be named, reportedly.\n');
    writeFileSync(join(dir, 'conf.pdf'), makePdf([['Hamas representatives met in Rawalakot, Pakistan.']], { Title: 'Conference' }));
    const first = await ingestPaths(s.db, [dir], { gazetteer, extractor: standIn, kind: 'op-ed' });
    expect(first.failed).toBe(0);
    expect(first.ingested + first.unchanged).toBe(4);
    const before = await dump(s.db);
    const second = await ingestPaths(s.db, [dir], { gazetteer, extractor: standIn, kind: 'op-ed' });
    expect(second).toMatchObject({ ingested: 0, unchanged: 4, failed: 0 });
    expect(await dump(s.db)).toEqual(before);
    expect(second.files.map((f) => f.source_id)).toEqual(first.files.map((f) => f.source_id));
  });

  it('a folder with bad files: each failure names its file and problem, the good files go in, exit code 2', async () => {
    const dir = join(work, 'mixed');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a-good.txt'), 'Title: Good one\nPublished: 2025-02-05\n\nHamas representatives attended a conference in Rawalakot.\n');
    writeFileSync(join(dir, 'b-corrupt.pdf'), makePdf([['Hamas']]).subarray(0, 100));
    writeFileSync(join(dir, 'c-binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]));
    writeFileSync(join(dir, 'd-scripts.html'), `<html><body>${'<script>x()</script>'.repeat(20)}</body></html>`);
    writeFileSync(join(dir, 'e-latin1.txt'), Buffer.from('caf\xe9', 'latin1'));
    writeFileSync(join(dir, 'f-good.html'), '<html><head><title>Other good one</title></head><body><p>Iran accused Pakistan of harbouring Jaish ul-Adl.</p></body></html>');
    writeFileSync(join(dir, 'g-image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const before = (await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sources'))[0]!.n;
    const summary = await ingestPaths(s.db, [dir], { gazetteer, extractor: standIn });
    expect(summary).toMatchObject({ ingested: 2, unchanged: 0, failed: 4 });
    expect(summary.skipped).toEqual([join(dir, 'g-image.png')]);
    const reasons = Object.fromEntries(summary.failures.map((f) => [f.file.slice(dir.length + 1), f.error]));
    expect(Object.keys(reasons)).toEqual(['b-corrupt.pdf', 'c-binary.txt', 'd-scripts.html', 'e-latin1.txt']);
    expect(reasons['b-corrupt.pdf']).toMatch(/b-corrupt\.pdf: corrupt PDF/);
    expect(reasons['c-binary.txt']).toMatch(/c-binary\.txt.*binary content/);
    expect(reasons['d-scripts.html']).toMatch(/d-scripts\.html: no readable text/);
    expect(reasons['e-latin1.txt']).toMatch(/e-latin1\.txt.*not valid UTF-8/);
    expect(exitCodeForSummary(summary)).toBe(2);
    const after = (await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sources'))[0]!.n;
    expect(after - before).toBe(2);
  });

  it.each([
    ['a mention linked to an entity the store does not have (the write fails half-way)', /foreign key/, (x: Extraction) => {
      x.mentions.push({ ...x.mentions[0]!, start: 0, end: 4, text: '', entity_id: 'no-such-entity', known: true });
    }],
    ['a claim whose quote is not the text at its span', /does not match its text/, (x: Extraction) => {
      x.claims[0]!.quote = 'words the text does not have';
    }],
  ])('one document is stored whole or not at all: %s', async (_why, reason, spoil) => {
    const body = 'Hamas and Iran met. Hamas and Iran met again.';
    const file = join(work, `spoilt-${Math.random().toString(36).slice(2)}.txt`);
    writeFileSync(file, body);
    const extractor: Extractor = (b, o) => {
      const x = standIn(b, o);
      x.mentions[0] = { ...x.mentions[0]! };
      spoil(x);
      if (x.mentions.at(-1)!.text === '') x.mentions.at(-1)!.text = b.slice(0, 4);
      return x;
    };
    const before = await dump(s.db);
    const r = await ingestFile(s.db, file, gazetteer, { extractor });
    expect(r.status).toBe('failed');
    expect(r.error).toContain(file);
    expect(r.error).toMatch(reason);
    expect(await dump(s.db)).toEqual(before);
  });

  it('a batch with one document the store refuses: the others are stored, that one fails alone', async () => {
    const dir = join(work, 'batch');
    mkdirSync(dir);
    for (const n of [1, 2, 3, 4]) writeFileSync(join(dir, `doc-${n}.txt`), `Report ${n}: Hamas and Iran met again in round ${n}.`);
    const extractor: Extractor = (b, o) => {
      const x = standIn(b, o);
      if (b.includes('round 3')) x.mentions[0] = { ...x.mentions[0]!, entity_id: 'no-such-entity' };
      return x;
    };
    const summary = await ingestPaths(s.db, [dir], { gazetteer, extractor, batchSize: 10 });
    expect(summary).toMatchObject({ ingested: 3, failed: 1 });
    expect(summary.failures[0]!.file).toBe(join(dir, 'doc-3.txt'));
    const stored = await s.db.query<{ title: string; n: number }>(
      `SELECT s.title, (SELECT count(*)::int FROM mentions m WHERE m.source_id = s.id) AS n FROM sources s WHERE s.ref IS NULL AND s.title LIKE 'Report %' ORDER BY s.title`,
    );
    expect(stored.map((r) => r.title)).toEqual(['Report 1: Hamas and Iran met again in round 1.', 'Report 2: Hamas and Iran met again in round 2.', 'Report 4: Hamas and Iran met again in round 4.']);
    expect(stored.every((r) => r.n === 2)).toBe(true);
  });
});

describe.each(ENGINES)('dossier ingest and extract commands on %s', (engine) => {
  let s: TestStore;
  let work: string;
  let target: string;
  beforeAll(async () => {
    s = await freshStore(engine);
    work = mkdtempSync(join(tmpdir(), 'dossier-ingest-cli-'));
    target = s.url ?? join(work, 'db');
  });
  afterAll(async () => {
    await s?.cleanup();
    rmSync(work, { recursive: true, force: true });
  });

  it('ingests a folder, lists the failures in the summary and exits 2; again, everything is unchanged', () => {
    const dir = join(work, 'in');
    mkdirSync(dir);
    copyFileSync(VOA, join(dir, 'voa.txt'));
    writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.7\nnot really');
    const r = runCli(target, ['ingest', dir, '--kind', 'news']);
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/ingested 1, unchanged 0, failed 1/);
    expect(r.stdout).toContain(`${join(dir, 'broken.pdf')}: corrupt PDF`);
    expect(r.stderr).toMatch(/ingest: 2\/2 files/); // not a terminal: progress as lines
    const again = runCli(target, ['ingest', join(dir, 'voa.txt'), '--json']);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ ingested: 0, unchanged: 1, failed: 0 });
  });

  it('refuses an unknown --kind', () => {
    const r = runCli(target, ['ingest', VOA, '--kind', 'rumour']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/expected one of official, news/);
  });

  it('extract --json prints the gold.json shape plus claims and demands, and stores nothing', () => {
    const before = runCli(target, ['stats', '--json']);
    const r = runCli(target, ['extract', VOA, '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    for (const k of ['organisations', 'people', 'places', 'event_dates', 'attributions', 'mentions', 'claims', 'demands']) {
      expect(Array.isArray(out[k])).toBe(true);
    }
    expect(out.file).toBe('08-voa-2023-hamas-sanctions.txt');
    expect(runCli(target, ['stats', '--json']).stdout).toBe(before.stdout);
  });
});
