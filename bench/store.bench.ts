// Store scaffold bench (issue 3): bulk insert of 100k entities with 1M aliases, trigram top-10 alias
// lookup, and 3-hop neighbourhood on a 1M-edge graph — PGlite and PostgreSQL side by side, same data.
// Sizes scale with BENCH_SCALE (default 1 = the sizes; 0.1 for a quick run).
import type { Db } from '../src/store/index.ts';
import { ENGINES } from '../test/helpers/engines.ts';
import { ENGINE_LABEL, onFreshStore } from './engines.ts';
import { normaliseName } from '../src/resolve/normalise.ts';
import type { BenchSection } from './index.ts';
import { timeEach } from './stats.ts';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const ENTITIES = Math.round(100_000 * SCALE);
const ALIASES_PER_ENTITY = 10;
const EDGES = Math.round(1_000_000 * SCALE);
const QUERIES = 200;

// Deterministic pseudo-random names built from syllables (xorshift, fixed seed).
function rng(seed: number) {
  let x = seed;
  return () => {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    return ((x >>> 0) % 1_000_000) / 1_000_000;
  };
}
// Consonant × vowel (× optional coda) syllables: about as varied in trigrams as transliterated names.
const SYL = ['b', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'q', 'r', 's', 't', 'v', 'w', 'y', 'z', 'kh', 'sh', 'th', 'gh']
  .flatMap((c) => ['a', 'e', 'i', 'o', 'u', 'aa', 'ee'].flatMap((v) => ['', 'n', 'r', 'd'].map((coda) => c + v + coda)));
function word(r: () => number): string {
  const n = 2 + Math.floor(r() * 2);
  let w = '';
  for (let i = 0; i < n; i++) w += SYL[Math.floor(r() * SYL.length)];
  return w;
}
function names(): string[][] {
  const r = rng(20261125);
  const out: string[][] = [];
  for (let e = 0; e < ENTITIES; e++) {
    const base = [word(r), word(r), word(r)];
    const list: string[] = [];
    for (let a = 0; a < ALIASES_PER_ENTITY; a++) {
      // Variants: reordering, a dropped token, a changed vowel — the shapes transliteration produces.
      const toks = [...base];
      if (a % 3 === 1) toks.reverse();
      if (a % 4 === 2) toks.pop();
      if (a % 5 === 3) toks[0] = toks[0]!.replace('a', 'e');
      list.push(`${toks.join(' ')} ${a}`);
    }
    out.push(list);
  }
  return out;
}

async function load(db: Db, all: string[][]): Promise<{ insertS: number; edgeS: number }> {
  const t0 = performance.now();
  const chunk = 5_000;
  for (let i = 0; i < all.length; i += chunk) {
    const ids: string[] = [];
    const nm: string[] = [];
    const aId: string[] = [];
    const aName: string[] = [];
    const aNorm: string[] = [];
    for (let e = i; e < Math.min(all.length, i + chunk); e++) {
      ids.push(`b${e}`);
      nm.push(all[e]![0]!);
      for (const a of all[e]!) {
        aId.push(`b${e}`);
        aName.push(a);
        aNorm.push(normaliseName(a));
      }
    }
    await db.transaction(async (tx) => {
      await tx.query(`INSERT INTO entities (id, kind, name) SELECT id, 'organization', name FROM unnest($1::text[], $2::text[]) AS t(id, name)`, [ids, nm]);
      await tx.query(`INSERT INTO aliases (entity_id, name, norm) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])`, [aId, aName, aNorm]);
    });
  }
  const insertS = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  await db.query(`INSERT INTO sources (id, title, kind) VALUES ('bench-src', 'bench', 'news') ON CONFLICT DO NOTHING`);
  const r = rng(7);
  for (let i = 0; i < EDGES; i += 50_000) {
    const cid: string[] = [];
    const s: string[] = [];
    const o: string[] = [];
    for (let k = i; k < Math.min(EDGES, i + 50_000); k++) {
      cid.push(`c${k}`);
      s.push(`b${Math.floor(r() * ENTITIES)}`);
      o.push(`b${Math.floor(r() * ENTITIES)}`);
    }
    await db.query(
      `INSERT INTO claims (id, subject_id, subject_name, predicate, object_kind, object_id, claimant_name, source_id, quote)
       SELECT id, s, s, 'linked_to', 'entity', o, 'bench', 'bench-src', 'q' FROM unnest($1::text[], $2::text[], $3::text[]) AS t(id, s, o)`,
      [cid, s, o],
    );
  }
  await db.exec('VACUUM ANALYZE');
  return { insertS, edgeS: (performance.now() - t1) / 1000 };
}

const TRGM_SQL = `SELECT entity_id, name, similarity(norm, $1) AS sim FROM aliases WHERE norm % $1 ORDER BY norm <-> $1 LIMIT 10`;
// Out-going 3-hop neighbourhood, one frontier per level (the shape src/graph uses).
const HOP3_SQL = `
  WITH RECURSIVE walk(id, depth) AS (
    SELECT $1::text, 0
    UNION
    SELECT c.object_id, w.depth + 1 FROM walk w JOIN claims c ON c.subject_id = w.id
    WHERE w.depth < 3 AND c.object_kind = 'entity'
  )
  SELECT count(DISTINCT id)::int AS n FROM walk`;

async function measure(engine: string, db: Db, all: string[][]) {
  const { insertS, edgeS } = await load(db, all);
  const r = rng(99);
  const queries = Array.from({ length: QUERIES }, () => {
    const e = all[Math.floor(r() * all.length)]!;
    return normaliseName(e[Math.floor(r() * e.length)]!.replace(/ \d+$/, '').replace('a', 'o'));
  });
  const trgm = await timeEach(queries, (q) => db.query(TRGM_SQL, [q]));
  const starts = Array.from({ length: QUERIES }, () => `b${Math.floor(r() * ENTITIES)}`);
  let reached = 0;
  const hop = await timeEach(starts, async (s) => {
    const [row] = await db.query<{ n: number }>(HOP3_SQL, [s]);
    reached += row!.n;
  });
  return [
    [engine, 'bulk insert entities + aliases (s)', insertS, `${ENTITIES} entities, ${ENTITIES * ALIASES_PER_ENTITY} aliases`],
    [engine, 'insert edges (s)', edgeS, `${EDGES} edges`],
    [engine, 'trigram top-10 alias p50 (ms)', trgm.p50, `${QUERIES} misspelt queries`],
    [engine, 'trigram top-10 alias p95 (ms)', trgm.p95, ''],
    [engine, '3-hop neighbourhood p50 (ms)', hop.p50, `avg ${Math.round(reached / QUERIES)} nodes reached`],
    [engine, '3-hop neighbourhood p95 (ms)', hop.p95, 'goal < 10 ms'],
  ];
}

export async function run(): Promise<BenchSection> {
  const all = names();
  const rows: Array<Array<string | number>> = [];
  for (const engine of ENGINES) {
    rows.push(...(await onFreshStore(engine, (db) => measure(ENGINE_LABEL[engine], db, all))));
  }
  return {
    title: `Store (scale ${SCALE})`,
    headers: ['engine', 'measure', 'value', 'note'],
    rows,
    notes: ['Same generated data on both engines, same SQL. BENCH_SCALE=0.1 for a quick run.'],
  };
}
