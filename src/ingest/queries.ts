// The ingest capability's SQL: the gazetteer read from the store, and documents written in one statement
// (one INSERT … SELECT FROM unnest(string_to_array(…), …) per table, as data-modifying WITH clauses), or on
// PGlite by one COPY per table in one transaction (the same rows).
import type { Db, Queryable } from '../store/index.ts';
import type { EntityKind } from '../model/index.ts';
import type { GazetteerEntry, MentionType } from '../extract/types.ts';
import { surfaceForms } from '../extract/gazetteer.ts';
import type { ClaimRow, DemandRow, DocumentRows, MentionRow, SourceRow } from './records.ts';

const TYPE_OF_KIND: Record<EntityKind, MentionType> = {
  person: 'person',
  organization: 'organization',
  agency: 'organization',
  state: 'place',
  place: 'place',
};

/**
 * The forms of a stored name to look for in text, as src/extract reads names ("Dr. Khaled Qaddoumi" →
 * "Khaled Qaddoumi"; "Haqqani Network (HQN)" → both), except that a parenthesised part is a name of its
 * own only when it is an acronym: "Ministry of Home Affairs (India)" must not make "India" a name of
 * the ministry.
 */
export function lookupForms(name: string): string[] {
  const m = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(name);
  if (m && !/^[\p{Lu}\d][\p{Lu}\d&.-]{1,11}$/u.test(m[2]!.trim())) return surfaceForms(m[1]!);
  return surfaceForms(name);
}

/**
 * Every entity name and alias in the store → GazetteerEntry[]. A merged entity's names point to the
 * entity it was merged into. Sorted, so the same store gives the same gazetteer.
 */
export async function loadGazetteer(db: Queryable): Promise<GazetteerEntry[]> {
  const entities = await db.query<{ id: string; kind: EntityKind; name: string; merged_into: string | null }>(
    'SELECT id, kind, name, merged_into FROM entities ORDER BY id',
  );
  const byId = new Map(entities.map((e) => [e.id, e]));
  const target = (id: string) => {
    let e = byId.get(id);
    for (let hops = 0; e?.merged_into && hops < 20; hops++) e = byId.get(e.merged_into) ?? e;
    return e!;
  };
  const aliases = await db.query<{ entity_id: string; name: string }>(
    'SELECT entity_id, name FROM aliases ORDER BY entity_id, name',
  );
  const seen = new Set<string>();
  const out: GazetteerEntry[] = [];
  const add = (entityId: string, name: string) => {
    const e = target(entityId);
    if (!e) return;
    const canonical = lookupForms(e.name)[0] ?? e.name;
    for (const form of lookupForms(name)) {
      const k = `${e.id}\u0000${form}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({ name: form, canonical, type: TYPE_OF_KIND[e.kind] ?? 'organization', entity_kind: e.kind, entity_id: e.id });
    }
  };
  for (const e of entities) add(e.id, e.name);
  for (const a of aliases) if (byId.has(a.entity_id)) add(a.entity_id, a.name);
  return out;
}

export async function sourceExists(db: Queryable, id: string): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM sources WHERE id = $1', [id]);
  return rows.length > 0;
}

/** Which of these source ids are stored already. */
export async function existingSources(db: Queryable, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.query<{ id: string }>('SELECT id FROM sources WHERE id = ANY($1::text[])', [ids]);
  return new Set(rows.map((r) => r.id));
}

export interface StoredCounts {
  /** false when the source was already there: nothing was written for it. */
  created: boolean;
  mentions: number;
  claims: number;
  demands: number;
}

/** Writes one document and everything extracted from it in one statement: all of it or none of it. */
export async function storeDocument(db: Queryable, rows: DocumentRows): Promise<StoredCounts> {
  return (await storeDocuments(db, [rows]))[0]!;
}

/**
 * Writes several documents: all of them or none of them, in one round trip, so the database never waits
 * on the caller between tables. On PGlite (`db.copyIn`) by COPY, one per table, in one transaction; should
 * that fail (a source stored already, a row at fault), and on PostgreSQL, by writeDocuments' statement,
 * which leaves stored sources alone. The caller retries one by one when it needs to know which document
 * was at fault.
 */
export async function storeDocuments(db: Queryable & Pick<Db, 'copyIn'>, docs: DocumentRows[]): Promise<StoredCounts[]> {
  if (db.copyIn && docs.length > 0) {
    const unique = uniqueSources(docs);
    try {
      await copyDocuments(db.copyIn.bind(db), [...unique.values()]);
      return counts(docs, unique, new Set(unique.keys()));
    } catch {
      // a source stored already, or a row at fault: the statement says which (and skips stored sources)
    }
  }
  return writeDocuments(db, docs);
}

/** The first document of each source id, in order. */
function uniqueSources(docs: DocumentRows[]): Map<string, DocumentRows> {
  const first = new Map<string, DocumentRows>();
  for (const d of docs) if (!first.has(d.source.id)) first.set(d.source.id, d);
  return first;
}

/** What was written for each document, given the sources created. */
function counts(docs: DocumentRows[], first: Map<string, DocumentRows>, created: Set<string>): StoredCounts[] {
  return docs.map((d) =>
    created.has(d.source.id) && first.get(d.source.id) === d
      ? { created: true, mentions: d.mentions.length, claims: d.claims.length, demands: d.demands.length }
      : { created: false, mentions: 0, claims: 0, demands: 0 },
  );
}

type Value = string | number | boolean | null;
type ColumnType = 'text' | 'int' | 'boolean' | 'float8';
type Column<R> = [name: string, type: ColumnType, value: (row: R, sourceId: string) => Value];

const SOURCE_COLUMNS: Array<Column<SourceRow>> = [
  ['id', 'text', (r) => r.id],
  ['url', 'text', (r) => r.url],
  ['title', 'text', (r) => r.title],
  ['publisher', 'text', (r) => r.publisher],
  ['author', 'text', (r) => r.author],
  ['published', 'text', (r) => r.published],
  ['kind', 'text', (r) => r.kind],
  ['text', 'text', (r) => r.text],
  ['content_hash', 'text', (r) => r.content_hash],
  ['licence', 'text', (r) => r.licence],
];
const MENTION_COLUMNS: Array<Column<MentionRow>> = [
  ['id', 'text', (r) => r.id],
  ['source_id', 'text', (_, s) => s],
  ['span_start', 'int', (r) => r.span_start],
  ['span_end', 'int', (r) => r.span_end],
  ['surface', 'text', (r) => r.surface],
  ['type', 'text', (r) => r.type],
  ['entity_id', 'text', (r) => r.entity_id],
  ['canonical', 'text', (r) => r.canonical],
  ['known', 'boolean', (r) => r.known],
];
const CLAIM_COLUMNS: Array<Column<ClaimRow>> = [
  ['id', 'text', (r) => r.id],
  ['subject_id', 'text', (r) => r.subject_id],
  ['subject_name', 'text', (r) => r.subject_name],
  ['predicate', 'text', (r) => r.predicate],
  ['object_kind', 'text', (r) => r.object_kind],
  ['object_id', 'text', (r) => r.object_id],
  ['object_value', 'text', (r) => r.object_value],
  ['date_start', 'text', (r) => r.date_start],
  ['date_end', 'text', (r) => r.date_end],
  ['precision', 'text', (r) => r.precision],
  ['where_id', 'text', (r) => r.where_id],
  ['where_name', 'text', (r) => r.where_name],
  ['claimant_id', 'text', (r) => r.claimant_id],
  ['claimant_name', 'text', (r) => r.claimant_name],
  ['source_id', 'text', (_, s) => s],
  ['quote', 'text', (r) => r.quote],
  ['span_start', 'int', (r) => r.span_start],
  ['span_end', 'int', (r) => r.span_end],
  ['negated', 'boolean', (r) => r.negated],
  ['hedged', 'boolean', (r) => r.hedged],
  ['confidence', 'float8', (r) => r.confidence],
];
const DEMAND_COLUMNS: Array<Column<DemandRow>> = [
  ['id', 'text', (r) => r.id],
  ['source_id', 'text', (_, s) => s],
  ['measure_kind', 'text', (r) => r.measure_kind],
  ['of_whom', 'text', (r) => r.of_whom],
  ['against_id', 'text', (r) => r.against_id],
  ['against_name', 'text', (r) => r.against_name],
  ['quote', 'text', (r) => r.quote],
  ['span_start', 'int', (r) => r.span_start],
  ['span_end', 'int', (r) => r.span_end],
];

/**
 * Rows sent as columns, each one text parameter: the values joined by a separator, read back with
 * string_to_array($col, $1, $2) — the separator is $1, the NULL marker $2 — and zipped into rows by
 * unnest. PostgreSQL reads this far faster than json_to_recordset (which builds a hash table per row) or
 * an array literal (which it parses for quotes and escapes): on PGlite, half the time for mentions.
 * Every column starts with a separator and its first (empty) element is cut off with [2:], so a column
 * holding one empty string is not read as no rows. The separator is a character no value contains, the
 * marker a string no value equals.
 */
class ColumnParams {
  private readonly columns: Value[][] = [];
  private readonly types: ColumnType[] = [];

  /** Adds a table's columns; returns the SQL that reads them back as rows `u(col, …)`. */
  add<R>(columns: Array<Column<R>>, groups: Array<[rows: R[], sourceId: string]>): string {
    const first = this.columns.length + 3; // $1 and $2 are the separator and the marker
    for (const [, type, value] of columns) {
      const out: Value[] = [];
      for (const [rows, sourceId] of groups) for (const r of rows) out.push(value(r, sourceId));
      this.columns.push(out);
      this.types.push(type);
    }
    const read = columns.map(([, type], k) => `(string_to_array($${first + k}, $1, $2))[2:]${type === 'text' ? '' : `::${type}[]`}`);
    return `unnest(${read.join(', ')}) AS u(${columns.map(([name]) => name).join(', ')})`;
  }

  /** The parameters: separator, marker, then one text per column. */
  values(): string[] {
    const texts: string[] = [];
    for (const col of this.columns) for (const v of col) if (typeof v === 'string') texts.push(v);
    const sep = separator(texts);
    let nul = sep === '\u001e' ? '\u001f' : '\u001e';
    while (texts.includes(nul)) nul += nul[0];
    const params = [sep, nul];
    for (const col of this.columns) {
      let text = '';
      for (const v of col) text += sep + (v === null ? nul : v === true ? 't' : v === false ? 'f' : String(v));
      params.push(text);
    }
    return params;
  }
}

/**
 * A character no text contains (one character, so a value's end and the separator cannot overlap):
 * the unit separator U+001F, else the next control or private-use character that is free.
 */
function separator(texts: string[]): string {
  const free = (c: string) => !texts.some((t) => t.includes(c));
  for (const c of ['\u001f', '\u001e', '\u001d', '\u001c']) if (free(c)) return c;
  for (const [from, to] of [[0xe000, 0xf8ff], [0xf0000, 0xffffd]] as const) {
    for (let cp = from; cp <= to; cp++) if (free(String.fromCodePoint(cp))) return String.fromCodePoint(cp);
  }
  throw new Error('the documents use every character that could separate their values');
}

/**
 * The statement of storeDocuments (on a Db, or inside a transaction the caller holds). Sources already
 * stored are left as they are, and so is a source named twice in `docs` the second time.
 */
export async function writeDocuments(q: Queryable, docs: DocumentRows[]): Promise<StoredCounts[]> {
  if (docs.length === 0) return [];
  const first = uniqueSources(docs);
  const unique = [...first.values()];
  const cols = new ColumnParams();
  const names = <R>(c: Array<Column<R>>, prefix = '') => c.map(([n]) => prefix + n).join(', ');
  const sources = cols.add(SOURCE_COLUMNS, [[unique.map((d) => d.source), '']]);
  const mentions = cols.add(MENTION_COLUMNS, unique.map((d) => [d.mentions, d.source.id]));
  const claims = cols.add(CLAIM_COLUMNS, unique.map((d) => [d.claims, d.source.id]));
  const demands = cols.add(DEMAND_COLUMNS, unique.map((d) => [d.demands, d.source.id]));
  // Rows are written only for the sources this statement creates (WHERE … IN (SELECT id FROM src)), and
  // toRows has dropped duplicates: no child row can exist yet, so the inserts need no ON CONFLICT (which
  // costs a probe per row).
  const inserted = await q.query<{ id: string }>(
    `WITH src AS (
       INSERT INTO sources (${names(SOURCE_COLUMNS)}) SELECT ${names(SOURCE_COLUMNS, 'u.')} FROM ${sources}
       ON CONFLICT (id) DO NOTHING RETURNING id
     ), men AS (
       INSERT INTO mentions (${names(MENTION_COLUMNS)}) SELECT ${names(MENTION_COLUMNS, 'u.')} FROM ${mentions}
       WHERE u.source_id IN (SELECT id FROM src)
     ), cla AS (
       INSERT INTO claims (${names(CLAIM_COLUMNS)}, status) SELECT ${names(CLAIM_COLUMNS, 'u.')}, 'proposed' FROM ${claims}
       WHERE u.source_id IN (SELECT id FROM src)
     ), dem AS (
       INSERT INTO demands (${names(DEMAND_COLUMNS)}) SELECT ${names(DEMAND_COLUMNS, 'u.')} FROM ${demands}
       WHERE u.source_id IN (SELECT id FROM src)
     )
     SELECT id FROM src`,
    cols.values(),
  );
  return counts(docs, first, new Set(inserted.map((r) => r.id)));
}

/** COPY's text format: a line per row, values tab-separated, \N for NULL, backslash escapes. */
function copyText<R>(columns: Array<Column<R>>, groups: Array<[rows: R[], sourceId: string]>): string {
  let out = '';
  for (const [rows, sourceId] of groups) {
    for (const r of rows) {
      for (let k = 0; k < columns.length; k++) {
        const v = columns[k]![2](r, sourceId);
        if (k > 0) out += '\t';
        out += v === null ? '\\N' : v === true ? 't' : v === false ? 'f' : typeof v === 'string' ? escapeCopy(v) : String(v);
      }
      out += '\n';
    }
  }
  return out;
}

const COPY_SPECIAL = /[\\\n\r\t]/;
const COPY_ESCAPES = /[\\\n\r\t]/g;
const COPY_ESCAPE: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const escapeCopy = (s: string) => (COPY_SPECIAL.test(s) ? s.replace(COPY_ESCAPES, (c) => COPY_ESCAPE[c]!) : s);

/**
 * The batch as COPY … FROM '/dev/blob', one per table, in one transaction (PGlite: `db.copyIn`). COPY reads
 * its rows without a statement to parse and plan or parameters to read (on PGlite about a tenth less of
 * the worker's time per batch), but it has no ON CONFLICT: it fails as a whole if a source is stored
 * already (another ingest got there between the check and the write), and the caller then writes the
 * batch with the statement. The rows and values are those the statement writes.
 */
async function copyDocuments(copyIn: NonNullable<Db['copyIn']>, unique: DocumentRows[]): Promise<void> {
  const encoder = new TextEncoder();
  const copy = <R>(table: string, columns: Array<Column<R>>, groups: Array<[R[], string]>) => ({
    sql: `COPY ${table} (${columns.map(([n]) => n).join(', ')}) FROM '/dev/blob'`,
    data: encoder.encode(copyText(columns, groups)),
  });
  const copies = [
    copy('sources', SOURCE_COLUMNS, [[unique.map((d) => d.source), '']]),
    copy('mentions', MENTION_COLUMNS, unique.map((d) => [d.mentions, d.source.id])),
    copy('claims', CLAIM_COLUMNS, unique.map((d) => [d.claims, d.source.id])),
    copy('demands', DEMAND_COLUMNS, unique.map((d) => [d.demands, d.source.id])),
  ];
  await copyIn(copies.filter((c) => c.data.length > 0));
}
