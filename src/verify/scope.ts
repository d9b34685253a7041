// What an incremental refresh must recompute. Every output of the verification for a claim (its automatic
// evidence links, the contradictions it is a side of, its suggested verdict and credibility) is a function of
//   - the claim itself and the claims that share a group key with it (claimKeys: same subject and object;
//     same event; same event's date or place; same event's death toll),
//   - the sources of those claims and of its evidence (reliability, publisher, origin),
//   - small global inputs: the rules, the stored events (literal event names are read as events), the
//     entities' kinds and names, casualty records, the imported lists, curated and reviewer evidence, and the
//     `related` claims (which actors are one side, for attributions).
// The refresh remembers each of those as it saw them (verify_claims, verify_sources, verify_state; migration
// 080). A claim is *dirty* when its row is new, changed or gone, its source changed (or its origin merged
// with another), an entity it names changed, its event's casualty records changed (a `killed` claim), a list
// changed (a `designated_by` claim), its curated evidence changed, or any evidence it holds cites a changed
// source. A related claim that is dirty makes every attribution claim dirty. The claims to *recompute* are
// the dirty ones and every claim sharing a group key with one (before or after the change); the claims to
// *load* are those and every claim sharing a key with them (their partners), plus the related claims. A
// change to the rules or the events, or no memory at all, means a full refresh.
import { createHash } from 'node:crypto';
import type { Queryable } from '../store/index.ts';
import type { EventRef } from './events.ts';
import { independenceKey, objectKey, subjectKey } from './keys.ts';
import type { Rules } from './rules.ts';
import type { ClaimFact, SourceFact, VerifyContext } from './types.ts';

/** A claim's fingerprint over every column the verification reads (claims c with CLAIM_JOINS). */
export const CLAIM_FP = `md5(ROW(c.ref, c.subject_id, c.subject_name, c.predicate, c.object_kind, c.object_id, c.object_value, oe.name, ov.name,
  c.date_start, c.date_end, c.where_id, c.where_name, c.claimant_name, c.source_id, c.quote, c.negated, c.hedged, c.status)::text)`;

/**
 * Keys without a colon mark a kind of claim, not a group: `des` a designated_by claim, `rel` a claim that
 * relates two actors (with its edge as the group key `rel:x|y`), `att|x` an attribution whose subject is x.
 */
const DES = 'des';
const REL = 'rel';
const attKey = (entity: string) => `att|${entity}`;

/** The keys that put a claim (as the verification reads it: event literals resolved) in a group with others. */
export function claimKeys(c: ClaimFact, rules: Rules): string[] {
  const sk = subjectKey(c);
  const keys = [`so:${sk}|${objectKey(c)}`];
  if (c.object_kind === 'event' && c.object_id) keys.push(`ev:${c.object_id}`);
  if (c.predicate === 'occurred_on' || c.predicate === 'occurred_at') keys.push(`sp:${c.predicate}|${sk}`);
  if (c.predicate === 'killed' && c.subject_id) keys.push(`ks:${c.subject_id}`);
  if (c.predicate === 'designated_by') keys.push(DES);
  if (rules.related.includes(c.predicate) && !c.negated && c.subject_id && c.object_id) keys.push(REL, `rel:${c.subject_id}|${c.object_id}`);
  if (c.object_kind === 'event' && c.subject_id && (rules.attribution.includes(c.predicate) || rules.attribution_unresolved.includes(c.predicate))) keys.push(attKey(c.subject_id));
  return keys;
}

const isGroupKey = (k: string) => k.includes(':');

function md5(x: unknown): string {
  return createHash('md5').update(JSON.stringify(x)).digest('hex');
}

/** The small inputs, each as a fingerprint (or a map of them, to tell what changed). */
export interface Inputs {
  rules: string;
  events: string;
  entities: Record<string, string>;
  casualties: Record<string, string>;
  lists: string;
  evidence: Record<string, [claimId: string, fp: string]>;
}

/**
 * How a claim's one link per stance and origin is chosen (match.ts): part of the rules' fingerprint, so a
 * store whose links were chosen otherwise gets one full refresh. 2: among equally reliable sources, the
 * smallest other claim id (1 was the smallest link id, which needed every pair of a group hashed).
 */
export const LINK_CHOICE = 2;

export function currentInputs(ctx: VerifyContext, events: EventRef[], rules: Rules): Inputs {
  const entities: Record<string, string> = {};
  for (const [id, kind] of ctx.entityKinds) entities[id] = `${kind}|${ctx.names.get(id) ?? ''}`;
  const byEvent = new Map<string, unknown[]>();
  for (const r of ctx.casualties) byEvent.set(r.event_id, [...(byEvent.get(r.event_id) ?? []), r]);
  const casualties: Record<string, string> = {};
  for (const [id, rows] of byEvent) casualties[id] = md5(rows);
  const evidence: Inputs['evidence'] = {};
  for (const e of ctx.evidence) if (e.origin !== 'automatic') evidence[e.id] = [e.claim_id, md5(e)];
  return {
    rules: md5([rules, LINK_CHOICE]),
    events: md5(events),
    entities,
    casualties,
    lists: md5(ctx.lists.map((l) => ({ ...l, contains: [...l.contains].sort(([a], [b]) => a.localeCompare(b)) }))),
    evidence,
  };
}

export function sourceFp(s: SourceFact): string {
  return md5([s.ref, s.title, s.publisher, s.kind, s.url, s.reliability, s.reliability_origin]);
}

/** Keys of `now` whose value differs from (or is missing in) `before`, and keys gone from it. */
function changedKeys<V>(before: Record<string, V>, now: Record<string, V>): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(now)) if (JSON.stringify(before[k]) !== JSON.stringify(v)) out.push(k);
  for (const k of Object.keys(before)) if (!(k in now)) out.push(k);
  return out;
}

export interface Scope {
  /** Claims whose outputs are recomputed (and whose stored outputs are replaced). */
  recompute: Set<string>;
  /** Claims to load: those and their partners. */
  load: string[];
  /** Claims whose fingerprint changed (new ones included), with the fingerprint read: their memory is rewritten. */
  changed: Map<string, string>;
  /** Claims gone since the last refresh. */
  deleted: string[];
}

/** Share of the claims from which a full refresh is cheaper than the bookkeeping of an incremental one. */
export const FULL_ABOVE = 0.5;

/** What this refresh must recompute, or null when it must recompute everything. */
export async function findScope(q: Queryable, ctx: VerifyContext, inputs: Inputs, resolve: (ids: string[]) => Promise<ClaimFact[]>, rules: Rules, fullAbove = FULL_ABOVE): Promise<Scope | null> {
  const state = new Map((await q.query<{ key: string; value: string }>(`SELECT key, value::text AS value FROM verify_state`)).map((r) => [r.key, JSON.parse(r.value) as unknown]));
  const before = Object.fromEntries(state) as Partial<Inputs>;
  if (!before.rules || !before.events || !before.entities || !before.casualties || !before.lists || !before.evidence) return null;
  if (before.rules !== inputs.rules || before.events !== inputs.events) return null;

  const changed = new Map(
    (
      await q.query<{ id: string; fp: string }>(
        `SELECT c.id, ${CLAIM_FP} AS fp FROM claims c LEFT JOIN entities oe ON oe.id = c.object_id LEFT JOIN events ov ON ov.id = c.object_id
         LEFT JOIN verify_claims v ON v.claim_id = c.id WHERE v.fp IS DISTINCT FROM ${CLAIM_FP}`,
      )
    ).map((r) => [r.id, r.fp]),
  );
  const deleted = (await q.query<{ claim_id: string }>(`SELECT claim_id FROM verify_claims v WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = v.claim_id)`)).map((r) => r.claim_id);
  const dirty = new Set([...changed.keys(), ...deleted]);
  const ids = async (sql: string, params: unknown[]) => {
    for (const r of await q.query<{ id: string }>(sql, params)) dirty.add(r.id);
  };

  // Sources: a changed fingerprint, a source gone, or origins merged or split among the sources seen before.
  const prevSources = await q.query<{ source_id: string; fp: string; origin: string }>(`SELECT source_id, fp, origin FROM verify_sources`);
  const touched = new Set<string>();
  const newOf = new Map<string, Set<string>>();
  const oldOf = new Map<string, Set<string>>();
  for (const p of prevSources) {
    const s = ctx.sources.get(p.source_id);
    if (!s) {
      touched.add(p.source_id);
      continue;
    }
    if (sourceFp(s) !== p.fp) touched.add(p.source_id);
    const origin = independenceKey(s);
    newOf.set(p.origin, (newOf.get(p.origin) ?? new Set()).add(origin));
    oldOf.set(origin, (oldOf.get(origin) ?? new Set()).add(p.origin));
  }
  for (const p of prevSources) {
    const s = ctx.sources.get(p.source_id);
    if (s && ((newOf.get(p.origin)?.size ?? 0) > 1 || (oldOf.get(independenceKey(s))?.size ?? 0) > 1)) touched.add(p.source_id);
  }
  if (touched.size) {
    await ids(`SELECT id FROM claims WHERE source_id = ANY($1::text[])`, [[...touched]]);
    await ids(`SELECT DISTINCT claim_id AS id FROM evidence WHERE source_id = ANY($1::text[])`, [[...touched]]);
  }
  const entities = changedKeys(before.entities, inputs.entities);
  if (entities.length) await ids(`SELECT id FROM claims WHERE subject_id = ANY($1::text[]) OR object_id = ANY($1::text[])`, [entities]);
  const casualties = changedKeys(before.casualties, inputs.casualties);
  if (casualties.length) await ids(`SELECT claim_id AS id FROM verify_claims WHERE keys && $1::text[]`, [casualties.map((e) => `ks:${e}`)]);
  if (before.lists !== inputs.lists) await ids(`SELECT claim_id AS id FROM verify_claims WHERE keys && $1::text[]`, [[DES]]);
  for (const e of changedKeys(before.evidence, inputs.evidence)) {
    if (before.evidence[e]) dirty.add(before.evidence[e][0]);
    if (inputs.evidence[e]) dirty.add(inputs.evidence[e][0]);
  }
  // New claims are dirty (no memory), so designated_by and killed claims new since are caught above too.

  if (dirty.size === 0) return { recompute: new Set(), load: [], changed, deleted };
  const total = (await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM claims`))[0]!.n;
  if (dirty.size > total * fullAbove) return null;

  const expand = async (keys: string[], into: Set<string>) => {
    if (keys.length === 0) return;
    for (const r of await q.query<{ claim_id: string }>(`SELECT claim_id FROM verify_claims WHERE keys && $1::text[]`, [keys])) into.add(r.claim_id);
  };
  // Keys of the dirty claims, as remembered and as they are now.
  const keysOf = async (ids: string[]) => {
    const out = new Set<string>();
    for (const ks of (await storedKeys(q, ids)).values()) for (const k of ks) out.add(k);
    for (const c of await resolve(ids)) for (const k of claimKeys(c, rules)) out.add(k);
    return out;
  };
  const dirtyKeys = await keysOf([...dirty]);
  // A relation between two actors that came or went changes which actors are one side (contradictions.ts,
  // relatedness: linked directly or through one shared neighbour): the attributions whose subject is either
  // actor or a neighbour of one are dirty too.
  const edges = [...dirtyKeys].filter((k) => k.startsWith('rel:')).map((k) => k.slice(4).split('|'));
  if (edges.length) {
    const adj = new Map<string, Set<string>>();
    const add = (x: string, y: string) => adj.set(x, (adj.get(x) ?? new Set()).add(y)).set(y, (adj.get(y) ?? new Set()).add(x));
    for (const r of await q.query<{ keys: string[] }>(`SELECT keys FROM verify_claims WHERE keys && $1::text[]`, [[REL]]))
      for (const k of r.keys) if (k.startsWith('rel:')) add(...(k.slice(4).split('|') as [string, string]));
    for (const [x, y] of edges) add(x!, y!);
    const actors = new Set<string>();
    for (const e of edges) for (const x of e) for (const y of [x, ...(adj.get(x) ?? [])]) actors.add(y);
    const before = dirty.size;
    await expand([...actors].map(attKey), dirty);
    if (dirty.size > before) for (const k of await keysOf([...dirty])) dirtyKeys.add(k);
  }

  const recompute = new Set(dirty);
  await expand([...dirtyKeys].filter(isGroupKey), recompute);
  if (recompute.size > total * fullAbove) return null;

  // Their partners: every claim sharing a group key with one, and the related claims (attributions read them).
  const keysOfRecompute = new Set([...dirtyKeys].filter(isGroupKey));
  for (const ks of (await storedKeys(q, [...recompute].filter((id) => !dirty.has(id)))).values()) for (const k of ks) if (isGroupKey(k)) keysOfRecompute.add(k);
  const load = new Set(recompute);
  await expand([...keysOfRecompute], load);
  await expand([REL], load);
  return { recompute, load: [...load], changed, deleted };
}

async function storedKeys(q: Queryable, ids: string[]): Promise<Map<string, string[]>> {
  if (ids.length === 0) return new Map();
  const rows = await q.query<{ claim_id: string; keys: string[] }>(`SELECT claim_id, keys FROM verify_claims WHERE claim_id = ANY($1::text[])`, [ids]);
  return new Map(rows.map((r) => [r.claim_id, r.keys]));
}

const CHUNK = 2000;

/**
 * Remembers what this refresh saw. Full: every claim and source afresh. Incremental: the claims whose
 * fingerprint changed (with their keys now), the claims gone, and the sources that changed.
 */
export async function saveScope(
  q: Queryable,
  opts: { full: boolean; claims: ClaimFact[]; fps: Map<string, string>; deleted: string[]; sources: Map<string, SourceFact>; inputs: Inputs; rules: Rules },
): Promise<void> {
  if (opts.full) await q.query(`DELETE FROM verify_claims`);
  else if (opts.deleted.length) await q.query(`DELETE FROM verify_claims WHERE claim_id = ANY($1::text[])`, [opts.deleted]);
  const rows = opts.claims.filter((c) => opts.fps.has(c.id)).map((c) => ({ claim_id: c.id, fp: opts.fps.get(c.id)!, keys: claimKeys(c, opts.rules) }));
  for (let i = 0; i < rows.length; i += CHUNK) {
    await q.query(
      `INSERT INTO verify_claims (claim_id, fp, keys) SELECT v.claim_id, v.fp, v.keys FROM json_to_recordset($1::json) AS v(claim_id text, fp text, keys text[])
       ON CONFLICT (claim_id) DO UPDATE SET fp = EXCLUDED.fp, keys = EXCLUDED.keys`,
      [JSON.stringify(rows.slice(i, i + CHUNK))],
    );
  }
  const prev = opts.full ? new Map<string, { fp: string; origin: string }>() : new Map((await q.query<{ source_id: string; fp: string; origin: string }>(`SELECT source_id, fp, origin FROM verify_sources`)).map((r) => [r.source_id, r]));
  if (opts.full) await q.query(`DELETE FROM verify_sources`);
  const sources: Array<{ source_id: string; fp: string; origin: string }> = [];
  for (const s of opts.sources.values()) {
    const row = { source_id: s.id, fp: sourceFp(s), origin: independenceKey(s) };
    const p = prev.get(s.id);
    if (!p || p.fp !== row.fp || p.origin !== row.origin) sources.push(row);
  }
  const gone = [...prev.keys()].filter((id) => !opts.sources.has(id));
  if (gone.length) await q.query(`DELETE FROM verify_sources WHERE source_id = ANY($1::text[])`, [gone]);
  for (let i = 0; i < sources.length; i += CHUNK) {
    await q.query(
      `INSERT INTO verify_sources (source_id, fp, origin) SELECT v.source_id, v.fp, v.origin FROM json_to_recordset($1::json) AS v(source_id text, fp text, origin text)
       ON CONFLICT (source_id) DO UPDATE SET fp = EXCLUDED.fp, origin = EXCLUDED.origin`,
      [JSON.stringify(sources.slice(i, i + CHUNK))],
    );
  }
  await q.query(
    `INSERT INTO verify_state (key, value) SELECT key, value FROM json_each($1::json) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
    [JSON.stringify(opts.inputs)],
  );
}

/** Every claim's fingerprint now (for a full refresh's memory). */
export async function allFingerprints(q: Queryable): Promise<Map<string, string>> {
  const rows = await q.query<{ id: string; fp: string }>(
    `SELECT c.id, ${CLAIM_FP} AS fp FROM claims c LEFT JOIN entities oe ON oe.id = c.object_id LEFT JOIN events ov ON ov.id = c.object_id`,
  );
  return new Map(rows.map((r) => [r.id, r.fp]));
}
