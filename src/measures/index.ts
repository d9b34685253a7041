// Accountability's front door: measures from the reference data and from list imports, demands matched
// to the measures they ask for, the gap report and the per-actor timeline.
import type { Db, Queryable } from '../store/index.ts';
import { demandReport, gapRows, timeline } from './gaps.ts';
import { actorsWithMeasuresOrDemands, findActor, latestListVersions, loadDemands, loadMeasures, saveListMeasures, type ActorRef } from './queries.ts';
import type { DemandReport, GapRow, TimelineItem } from './types.ts';

export { gapRows, demandReport, timeline, measureStatus, answeringKinds } from './gaps.ts';
export { linkEntries, listMeasures, listAuthority } from './from-lists.ts';
export { findActor } from './queries.ts';
export type * from './types.ts';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Rebuilds list-derived designation measures (idempotent). Called by refreshVerification. */
export async function refreshMeasures(q: Queryable): Promise<{ list_measures: number; removed: number }> {
  const r = await saveListMeasures(q);
  return { list_measures: r.measures, removed: r.removed };
}

export interface GapReport {
  actors: Array<{ actor: ActorRef; rows: GapRow[] }>;
  demands: DemandReport[];
}

/** The actors a gap report covers: the one named (id, slug or name), or every actor measures or demands touch, by name. */
export async function gapActors(db: Db, actor?: string): Promise<ActorRef[]> {
  return actor ? [await findActor(db, actor)] : actorsWithMeasuresOrDemands(db);
}

/** Each actor's gap rows: which authority took which measure (or none), as of a date. */
export async function actorGaps(db: Db, actors: ActorRef[], asOf = today()): Promise<GapReport['actors']> {
  const lists = await latestListVersions(db);
  const out: GapReport['actors'] = [];
  for (const actor of actors) {
    const [measures, demands] = [await loadMeasures(db, actor.id), await loadDemands(db, actor.id)];
    out.push({ actor, rows: gapRows({ actor, measures, demands, lists, asOf }) });
  }
  return out;
}

/** Every demand (or those against one actor) with the measures that answer it. */
export async function demandGaps(db: Db, opts: { actor?: ActorRef; asOf?: string } = {}): Promise<DemandReport[]> {
  const all = await loadDemands(db);
  const demands = opts.actor ? all.filter((d) => d.against_id === opts.actor!.id) : all;
  return demandReport(demands, await loadMeasures(db), opts.asOf ?? today());
}

/** The gap report for one actor (id, slug or name) or, with none named, every actor measures or demands touch. */
export async function gapReport(db: Db, opts: { actor?: string; asOf?: string } = {}): Promise<GapReport> {
  const asOf = opts.asOf ?? today();
  const actors = await gapActors(db, opts.actor);
  return {
    actors: await actorGaps(db, actors, asOf),
    demands: await demandGaps(db, { ...(opts.actor ? { actor: actors[0]! } : {}), asOf }),
  };
}

/** Flat rows as `dossier gaps --json` prints them. */
export function gapJsonRows(r: GapReport): Array<Record<string, unknown>> {
  return r.actors.flatMap((a) =>
    a.rows.map((row) => ({
      actor: row.actor,
      actor_id: row.actor_id,
      authority: row.authority,
      measure_kind: row.measure_kind,
      status: row.status,
      start: row.start,
      end: row.end,
      sources: row.sources,
      demands: row.demands,
      detail: row.detail,
    })),
  );
}

export async function actorTimeline(db: Db, actor: string, asOf = today()): Promise<{ actor: ActorRef; items: TimelineItem[] }> {
  const a = await findActor(db, actor);
  return { actor: a, items: timeline(await loadMeasures(db, a.id), await loadDemands(db, a.id), asOf) };
}
