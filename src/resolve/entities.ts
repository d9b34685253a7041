// Entity resolution with the screening matcher: links store entities to list entries (external_ids with
// scheme `list:<list>`, value = the list's own reference) and proposes merges between entities
// (merge_decisions, status 'proposed'). Accepting a merge moves the merged entity's aliases, identifiers and
// every reference to it onto the kept entity and records what it moved (the snapshot), so undo restores
// both entities and their links exactly. Every action writes audit_log.
import { DossierError } from '../model/errors.ts';
import { makeId } from '../model/ids.ts';
import type { Db, Queryable } from '../store/index.ts';
import { keyCandidates, buildIndex } from './keyindex.ts';
import { normaliseName } from './normalise.ts';
import { score, type ExplanationItem } from './score.ts';
import { rankCandidates, screen } from './screen.ts';

/** A name match at or above this links an entity to a list entry. */
export const LINK_THRESHOLD = 0.95;
/** Two entities of one kind whose names match at or above this are proposed for merging. */
export const MERGE_THRESHOLD = 0.92;

const SCREEN_KIND: Record<string, 'person' | 'organization' | undefined> = { person: 'person', organization: 'organization', agency: 'organization' };

/** Columns that point at an entity, re-pointed by a merge and restored by undo. Keyed by the row's id. */
const REFERENCES: Array<{ table: string; column: string }> = [
  { table: 'mentions', column: 'entity_id' },
  { table: 'claims', column: 'subject_id' },
  { table: 'claims', column: 'object_id' },
  { table: 'claims', column: 'claimant_id' },
  { table: 'claims', column: 'where_id' },
  { table: 'events', column: 'place_id' },
  { table: 'measures', column: 'actor_id' },
  { table: 'measures', column: 'authority_id' },
  { table: 'demands', column: 'against_id' },
];

export interface ListLink {
  entity_id: string;
  entity_name: string;
  list: string;
  id: string;
  entry_name: string;
  alias: string;
  matched_alias: string;
  score: number;
  explanation: ExplanationItem[];
  new: boolean;
  /** Another entry of the same list matched as well as this one: reported, never written. */
  ambiguous: boolean;
}

export interface MergeProposal {
  id: string;
  kept_id: string;
  kept_name: string;
  merged_id: string;
  merged_name: string;
  score: number;
  explanation: { kept_alias: string; merged_alias: string; tokens: ExplanationItem[] };
  new: boolean;
}

export interface ResolveReport {
  links: ListLink[];
  merges: MergeProposal[];
}

interface EntityRow {
  id: string;
  ref: string | null;
  kind: string;
  name: string;
  aliases: string[];
  [k: string]: unknown;
}

async function loadEntities(db: Queryable): Promise<EntityRow[]> {
  return db.query<EntityRow>(
    `SELECT e.id, e.ref, e.kind, e.name,
            coalesce(array_agg(a.name ORDER BY a.name) FILTER (WHERE a.name IS NOT NULL), '{}') AS aliases
       FROM entities e LEFT JOIN aliases a ON a.entity_id = e.id
      WHERE e.merged_into IS NULL
      GROUP BY e.id, e.ref, e.kind, e.name ORDER BY e.id`,
  );
}

async function audit(tx: Queryable, actor: string, action: string, type: string, id: string, before: unknown, after: unknown, note?: string) {
  await tx.query(
    `INSERT INTO audit_log (actor, action, target_type, target_id, before, after, note) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [actor, action, type, id, before === null ? null : JSON.stringify(before), after === null ? null : JSON.stringify(after), note ?? null],
  );
}

/**
 * Screens every entity's names against the lists (links at or above LINK_THRESHOLD) and compares entities
 * of one kind with each other (merge proposals at or above MERGE_THRESHOLD). Writes new links and new
 * proposals; a pair once decided (accepted, rejected, undone) is not proposed again.
 */
export async function resolveEntities(db: Db, opts: { actor?: string; write?: boolean } = {}): Promise<ResolveReport> {
  const actor = opts.actor ?? 'resolver';
  const entities = await loadEntities(db);
  const links: ListLink[] = [];
  for (const e of entities) {
    const kind = SCREEN_KIND[e.kind];
    if (!kind) continue;
    const best = new Map<string, ListLink>();
    for (const alias of new Set([e.name, ...e.aliases])) {
      // A bare acronym (ISI, LeT, HQN) names too many things to link on: it is screened only as part of
      // longer names.
      const norm = normaliseName(alias);
      if (!norm.includes(' ') && norm.length < 5) continue;
      const r = await screen(db, alias, { kind, threshold: LINK_THRESHOLD, limit: 5 });
      for (const m of r.matches) {
        const k = `${m.list}:${m.id}`;
        if ((best.get(k)?.score ?? 0) >= m.score) continue;
        best.set(k, { entity_id: e.id, entity_name: e.name, list: m.list, id: m.id, entry_name: m.name, alias, matched_alias: m.matched_alias, score: m.score, explanation: m.explanation, new: true, ambiguous: false });
      }
    }
    // A name alone cannot tell two entries of one list apart (OFAC 10689 and 18619 both carry 'SAEED, Hafiz'):
    // when the best score of a list is shared, none of them is linked.
    const top = new Map<string, number>();
    for (const l of best.values()) top.set(l.list, Math.max(top.get(l.list) ?? 0, l.score));
    for (const l of best.values()) {
      if (l.score < top.get(l.list)!) continue;
      l.ambiguous = [...best.values()].filter((x) => x.list === l.list && x.score === l.score).length > 1;
      links.push(l);
    }
  }

  // Merge candidates: entities' names indexed like list names, compared within a kind.
  const rows = entities.flatMap((e) =>
    [...new Set([e.name, ...e.aliases])].map((name) => ({ entry_id: e.id, list: 'store', list_ref: e.id, kind: e.kind, primary_name: e.name, programmes: null, details: null, name, norm: '', type: 'alias', quality: 'strong' })),
  );
  const idx = buildIndex('entities', rows);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const pairs = new Map<string, MergeProposal>();
  for (const e of entities) {
    for (const alias of new Set([e.name, ...e.aliases])) {
      const cands = keyCandidates(idx, alias, { limit: 50, threshold: MERGE_THRESHOLD }).filter((c) => c.entry_id !== e.id && c.kind === e.kind);
      for (const m of rankCandidates(alias, cands)) {
        if (m.score < MERGE_THRESHOLD) break;
        const other = byId.get(m.entry_id)!;
        // Keep the bundled (ref) entity, then the one with more names, then the smaller id.
        const [kept, merged] = [e, other].sort((a, b) => Number(!!b.ref) - Number(!!a.ref) || b.aliases.length - a.aliases.length || a.id.localeCompare(b.id)) as [EntityRow, EntityRow];
        const id = makeId('merge', kept.id, merged.id);
        if ((pairs.get(id)?.score ?? 0) >= m.score) continue;
        const keptAlias = kept === e ? alias : m.matched_alias;
        const mergedAlias = kept === e ? m.matched_alias : alias;
        pairs.set(id, { id, kept_id: kept.id, kept_name: kept.name, merged_id: merged.id, merged_name: merged.name, score: m.score, explanation: { kept_alias: keptAlias, merged_alias: mergedAlias, tokens: score(keptAlias, mergedAlias).explanation }, new: true });
      }
    }
  }
  const merges = [...pairs.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));

  if (opts.write !== false) {
    await db.transaction(async (tx) => {
      for (const l of links) {
        if (l.ambiguous) {
          l.new = false;
          continue;
        }
        const r = await tx.query(
          `INSERT INTO external_ids (entity_id, scheme, value, quote) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING entity_id`,
          [l.entity_id, `list:${l.list}`, l.id, `screened "${l.alias}" ↔ "${l.matched_alias}" (${l.entry_name}), score ${l.score.toFixed(3)}`],
        );
        l.new = r.length > 0;
        if (l.new) await audit(tx, actor, 'link_list_entry', 'entity', l.entity_id, null, { scheme: `list:${l.list}`, value: l.id, score: l.score, alias: l.alias, matched_alias: l.matched_alias });
      }
      for (const m of merges) {
        const r = await tx.query(
          `INSERT INTO merge_decisions (id, kept_id, merged_id, status, score, explanation) VALUES ($1, $2, $3, 'proposed', $4, $5)
           ON CONFLICT (id) DO NOTHING RETURNING id`,
          [m.id, m.kept_id, m.merged_id, m.score, JSON.stringify(m.explanation)],
        );
        m.new = r.length > 0;
        if (m.new) await audit(tx, actor, 'propose_merge', 'merge_decision', m.id, null, { kept_id: m.kept_id, merged_id: m.merged_id, score: m.score });
      }
    });
  }
  return { links, merges };
}

interface Snapshot {
  merged: Record<string, unknown>;
  moved_aliases: string[];
  copied_aliases: string[];
  moved_external_ids: Array<{ scheme: string; value: string }>;
  copied_external_ids: Array<{ scheme: string; value: string }>;
  references: Array<{ table: string; column: string; ids: string[] }>;
}

export interface MergeDecisionRow {
  id: string;
  kept_id: string;
  merged_id: string;
  status: string;
  score: number | null;
  explanation: unknown;
  snapshot: Snapshot | null;
  decided_by: string | null;
  decided_at: unknown;
  version: number;
  [k: string]: unknown;
}

async function loadDecision(tx: Queryable, id: string): Promise<MergeDecisionRow> {
  const [d] = await tx.query<MergeDecisionRow>(`SELECT * FROM merge_decisions WHERE id = $1 FOR UPDATE`, [id]);
  if (!d) throw new DossierError('not_found', `no merge decision ${id}`, { record: id });
  return d;
}

function expectStatus(d: MergeDecisionRow, want: string, action: string, version?: number) {
  if (d.status !== want) throw new DossierError('conflict', `cannot ${action} merge ${d.id}: its status is ${d.status}, not ${want}`, { record: d.id });
  if (version !== undefined && version !== d.version) throw new DossierError('conflict', `merge ${d.id} changed since version ${version} (now ${d.version})`, { record: d.id });
}

export interface DecideOptions {
  actor?: string;
  /** The version the reviewer saw; a stale decision is refused. */
  version?: number;
  note?: string;
}

/** Accepts a proposed merge: everything that pointed at the merged entity now points at the kept one. */
export async function acceptMerge(db: Db, id: string, o: DecideOptions = {}): Promise<MergeDecisionRow> {
  const actor = o.actor ?? 'reviewer';
  return db.transaction(async (tx) => {
    const d = await loadDecision(tx, id);
    expectStatus(d, 'proposed', 'accept', o.version);
    const [merged] = await tx.query(`SELECT * FROM entities WHERE id = $1`, [d.merged_id]);
    const [kept] = await tx.query(`SELECT id, merged_into FROM entities WHERE id = $1`, [d.kept_id]);
    if (!merged || !kept) throw new DossierError('not_found', `merge ${id}: an entity is gone`, { record: id });
    if (merged.merged_into || kept.merged_into) throw new DossierError('conflict', `merge ${id}: an entity is already merged into another`, { record: id });
    const snap: Snapshot = { merged, moved_aliases: [], copied_aliases: [], moved_external_ids: [], copied_external_ids: [], references: [] };
    // Aliases: a spelling the kept entity lacks is copied to it; the merged entity keeps its own rows.
    const copied = await tx.query<{ name: string }>(
      `INSERT INTO aliases (entity_id, name, norm, source_id, note)
       SELECT $1, a.name, a.norm, a.source_id, a.note FROM aliases a WHERE a.entity_id = $2
       ON CONFLICT DO NOTHING RETURNING name`,
      [d.kept_id, d.merged_id],
    );
    snap.copied_aliases = copied.map((r) => r.name);
    const copiedIds = await tx.query<{ scheme: string; value: string }>(
      `INSERT INTO external_ids (entity_id, scheme, value, source_id, quote)
       SELECT $1, x.scheme, x.value, x.source_id, x.quote FROM external_ids x WHERE x.entity_id = $2
       ON CONFLICT DO NOTHING RETURNING scheme, value`,
      [d.kept_id, d.merged_id],
    );
    snap.copied_external_ids = copiedIds;
    for (const ref of REFERENCES) {
      const moved = await tx.query<{ id: string }>(`UPDATE ${ref.table} SET ${ref.column} = $1 WHERE ${ref.column} = $2 RETURNING id`, [d.kept_id, d.merged_id]);
      if (moved.length) snap.references.push({ ...ref, ids: moved.map((r) => r.id) });
    }
    await tx.query(`UPDATE entities SET merged_into = $1 WHERE id = $2`, [d.kept_id, d.merged_id]);
    const [after] = await tx.query<MergeDecisionRow>(
      `UPDATE merge_decisions SET status = 'accepted', snapshot = $2, decided_by = $3, decided_at = now(), version = version + 1 WHERE id = $1 RETURNING *`,
      [id, JSON.stringify(snap), actor],
    );
    await audit(tx, actor, 'accept_merge', 'merge_decision', id, { status: d.status }, { status: 'accepted', copied_aliases: snap.copied_aliases.length, references: snap.references.map((r) => `${r.table}.${r.column}:${r.ids.length}`) }, o.note);
    return after!;
  });
}

/** Rejects a proposed merge; it will not be proposed again. */
export async function rejectMerge(db: Db, id: string, o: DecideOptions = {}): Promise<MergeDecisionRow> {
  const actor = o.actor ?? 'reviewer';
  return db.transaction(async (tx) => {
    const d = await loadDecision(tx, id);
    expectStatus(d, 'proposed', 'reject', o.version);
    const [after] = await tx.query<MergeDecisionRow>(
      `UPDATE merge_decisions SET status = 'rejected', decided_by = $2, decided_at = now(), version = version + 1 WHERE id = $1 RETURNING *`,
      [id, actor],
    );
    await audit(tx, actor, 'reject_merge', 'merge_decision', id, { status: d.status }, { status: 'rejected' }, o.note);
    return after!;
  });
}

/** Undoes an accepted merge from its snapshot: both entities, their names, identifiers and references return. */
export async function undoMerge(db: Db, id: string, o: DecideOptions = {}): Promise<MergeDecisionRow> {
  const actor = o.actor ?? 'reviewer';
  return db.transaction(async (tx) => {
    const d = await loadDecision(tx, id);
    expectStatus(d, 'accepted', 'undo', o.version);
    const snap = d.snapshot;
    if (!snap) throw new DossierError('internal', `merge ${id} has no snapshot to undo from`, { record: id });
    for (const ref of snap.references) {
      await tx.query(`UPDATE ${ref.table} SET ${ref.column} = $1 WHERE id = ANY($2::text[]) AND ${ref.column} = $3`, [d.merged_id, ref.ids, d.kept_id]);
    }
    if (snap.copied_aliases.length) await tx.query(`DELETE FROM aliases WHERE entity_id = $1 AND name = ANY($2::text[])`, [d.kept_id, snap.copied_aliases]);
    for (const x of snap.copied_external_ids) await tx.query(`DELETE FROM external_ids WHERE entity_id = $1 AND scheme = $2 AND value = $3`, [d.kept_id, x.scheme, x.value]);
    await tx.query(`UPDATE entities SET merged_into = NULL WHERE id = $1`, [d.merged_id]);
    const [after] = await tx.query<MergeDecisionRow>(
      `UPDATE merge_decisions SET status = 'undone', decided_by = $2, decided_at = now(), version = version + 1 WHERE id = $1 RETURNING *`,
      [id, actor],
    );
    await audit(tx, actor, 'undo_merge', 'merge_decision', id, { status: 'accepted' }, { status: 'undone', restored_references: snap.references.reduce((s, r) => s + r.ids.length, 0) }, o.note);
    return after!;
  });
}

/** Merge decisions, newest proposals first. */
export async function listMerges(db: Queryable, status?: string): Promise<MergeDecisionRow[]> {
  return db.query<MergeDecisionRow>(
    `SELECT m.*, k.name AS kept_name, g.name AS merged_name FROM merge_decisions m
       JOIN entities k ON k.id = m.kept_id JOIN entities g ON g.id = m.merged_id
      WHERE ($1::text IS NULL OR m.status = $1) ORDER BY m.score DESC NULLS LAST, m.id`,
    [status ?? null],
  );
}
