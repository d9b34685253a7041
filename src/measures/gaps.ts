// The gap report and the timeline (pure). Per actor and authority: what was done, since when, whether it
// is still in force, and — where nothing was done — a `none` cell that names the source saying so (an
// imported list without the actor, or the demand that asks for the measure).
import { normaliseName } from '../resolve/normalise.ts';
import demandMatches from './demand-matches.json' with { type: 'json' };
import type { DemandFact, DemandReport, GapRow, GapSource, GapStatus, ListVersionFact, MeasureFact, TimelineItem } from './types.ts';
import { listAuthority } from './from-lists.ts';

/** A measure's status as the gap report counts it. `proposed` counts as nothing done yet. */
export function measureStatus(m: Pick<MeasureFact, 'status' | 'end'>, asOf: string): GapStatus {
  const s = m.status.toLowerCase();
  if (/ended|lifted|revoked|delisted|expired|removed|withdrawn/.test(s)) return 'ended';
  if (m.end && m.end.slice(0, 10) <= asOf) return 'ended';
  if (/proposed|rejected/.test(s)) return 'none';
  return 'in_force';
}

export function answeringKinds(demandKind: string): string[] {
  return (demandMatches as unknown as Record<string, string[]>)[demandKind] ?? [demandKind];
}

/**
 * Does a demand's addressee ("UN", "the Commonwealth") name this authority? Normalised containment either
 * way, or the addressee is the start of the authority's initials ("UN" → United Nations Security Council).
 */
export function bodyMatches(ofWhom: string, authority: string): boolean {
  const a = normaliseName(ofWhom).replace(/^the /, '');
  const b = normaliseName(authority);
  if (!a || !b) return false;
  if (b.includes(a) || a.includes(b)) return true;
  const initials = b.split(' ').filter((w) => !['of', 'the', 'for', 'and'].includes(w)).map((w) => w[0]).join('');
  return a.replace(/ /g, '').length >= 2 && initials.startsWith(a.replace(/ /g, ''));
}

function authorityKey(id: string | null, name: string): string {
  return id ? `id:${id}` : `name:${normaliseName(name)}`;
}

function measureSources(m: MeasureFact): GapSource[] {
  return m.sources.map((s) => ({ source_id: s.source_id, title: s.title, reliability: s.reliability, quote: s.quote }));
}

function minDate(xs: Array<string | null>): string | null {
  const d = xs.filter((x): x is string => !!x).sort();
  return d[0] ?? null;
}
function maxDate(xs: Array<string | null>): string | null {
  const d = xs.filter((x): x is string => !!x).sort();
  return d[d.length - 1] ?? null;
}

export interface GapInput {
  actor: { id: string; name: string; kind: string };
  measures: MeasureFact[]; // measures against this actor
  demands: DemandFact[]; // demands against this actor (against_id = actor)
  /** The latest imported version of each list, with the source row that stands for it. */
  lists: ListVersionFact[];
  asOf: string; // YYYY-MM-DD: measures whose end date is past are ended
}

/** The actor's cells: one per (authority, measure kind) that acted, plus `none` cells with their source. */
export function gapRows(input: GapInput): GapRow[] {
  const { actor } = input;
  const cells = new Map<string, { authority: string; authority_id: string | null; kind: string; ms: MeasureFact[] }>();
  for (const m of input.measures) {
    const k = `${authorityKey(m.authority_id, m.authority_name)}|${m.kind}`;
    const c = cells.get(k) ?? { authority: m.authority_name, authority_id: m.authority_id, kind: m.kind, ms: [] };
    c.ms.push(m);
    cells.set(k, c);
  }
  const rows: GapRow[] = [];
  for (const c of cells.values()) {
    const ms = [...c.ms].sort((a, b) => (a.start ?? '').localeCompare(b.start ?? '') || a.id.localeCompare(b.id));
    const st = ms.map((m) => measureStatus(m, input.asOf));
    const status: GapStatus = st.includes('in_force') ? 'in_force' : st.includes('ended') ? 'ended' : 'none';
    const deciding = ms.filter((_, i) => st[i] === status);
    rows.push({
      actor: actor.name,
      actor_id: actor.id,
      authority: c.authority,
      authority_id: c.authority_id,
      measure_kind: c.kind,
      status,
      start: status === 'none' ? null : minDate(deciding.map((m) => m.start)),
      end: status === 'ended' ? maxDate(deciding.map((m) => m.end)) : null,
      sources: dedupeSources(ms.flatMap(measureSources)),
      measures: ms.map((m) => m.id),
      demands: [],
      detail: ms.map((m) => `${m.kind_detail ?? m.kind} ${m.status}${m.start ? ` from ${m.start}` : ''}${m.end ? ` to ${m.end}` : ''}${m.reference ? ` [${m.reference}]` : ''}`).join('; '),
    });
  }
  // Imported lists that do not designate the actor: a none cell whose sources are the list's latest whole
  // versions (one per feed).
  if (actor.kind === 'organization' || actor.kind === 'person') {
    const byList = new Map<string, ListVersionFact[]>();
    for (const v of input.lists) byList.set(v.list, [...(byList.get(v.list) ?? []), v]);
    for (const [list, versions] of byList) {
      const auth = listAuthority(list);
      if (!auth.measures) continue;
      const has = rows.some(
        (r) => r.measure_kind === 'designation' && (normaliseName(r.authority) === normaliseName(auth.name) || (auth.actor_ref !== null && r.authority_id !== null && r.authority_id === authorityIdOf(input, auth.name))),
      );
      if (has) continue;
      const label = (v: ListVersionFact) => `${v.file_name}${v.published ? ` (${v.published.slice(0, 10)})` : ''}`;
      rows.push({
        actor: actor.name,
        actor_id: actor.id,
        authority: auth.name,
        authority_id: null,
        measure_kind: 'designation',
        status: 'none',
        start: null,
        end: null,
        sources: versions.map((v) => ({ source_id: v.source_id, title: label(v), reliability: null, quote: null })),
        measures: [],
        demands: [],
        detail: `no entry for ${actor.name} in the imported ${list.toUpperCase()} list (${versions.map(label).join('; ')})`,
      });
    }
  }
  // Demands: mark the cells that answer them; a demand nothing answers gets a none cell (or joins the none
  // cell of the body it addresses, e.g. the UN list without the actor).
  const bodies = rows.map((r) => r.authority);
  for (const d of [...input.demands].sort((a, b) => a.id.localeCompare(b.id))) {
    const kinds = answeringKinds(d.measure_kind);
    const body = d.of_whom && bodies.some((b) => bodyMatches(d.of_whom!, b)) ? d.of_whom : null;
    const fits = (r: GapRow) => kinds.includes(r.measure_kind) && (!body || bodyMatches(body, r.authority));
    const answering = rows.filter((r) => fits(r) && r.status !== 'none');
    for (const r of answering) r.demands.push(d.id);
    if (answering.length > 0) continue;
    const noneCell = rows.find((r) => fits(r) && r.status === 'none');
    if (noneCell) {
      noneCell.demands.push(d.id);
      noneCell.sources.push({ source_id: d.source_id, title: d.source_title, reliability: null, quote: d.quote });
      continue;
    }
    rows.push({
      actor: actor.name,
      actor_id: actor.id,
      authority: d.of_whom ?? 'any authority',
      authority_id: null,
      measure_kind: d.measure_kind,
      status: 'none',
      start: null,
      end: null,
      sources: [{ source_id: d.source_id, title: d.source_title, reliability: null, quote: d.quote }],
      measures: [],
      demands: [d.id],
      detail: `demanded by ${d.source_title ?? 'a source'}; no ${kinds.join(' or ')} measure against ${actor.name} is stored`,
    });
  }
  return rows.sort((a, b) => a.authority.localeCompare(b.authority) || a.measure_kind.localeCompare(b.measure_kind) || a.status.localeCompare(b.status));
}

// The UN list's authority is a stored actor (authorities.json); a reference measure by it carries its id.
function authorityIdOf(input: GapInput, authorityName: string): string | null {
  const m = input.measures.find((x) => normaliseName(x.authority_name) === normaliseName(authorityName));
  return m?.authority_id ?? null;
}

function dedupeSources(xs: GapSource[]): GapSource[] {
  const seen = new Map<string, GapSource>();
  for (const s of xs) {
    const k = `${s.source_id}\u0000${s.quote}`;
    if (!seen.has(k)) seen.set(k, s);
  }
  return [...seen.values()];
}

/**
 * Per demand: the measures that answer it. A demand against a named actor looks only at that actor; one
 * addressed to a body (of_whom, e.g. the Commonwealth) with no named target looks at that body's measures.
 */
export function demandReport(demands: DemandFact[], measures: MeasureFact[], asOf: string): DemandReport[] {
  return [...demands]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((d) => {
      const kinds = answeringKinds(d.measure_kind);
      const byBody = d.of_whom ? normaliseName(d.of_whom) : null;
      const known = byBody !== null && measures.some((m) => bodyMatches(d.of_whom!, m.authority_name));
      const ms = measures.filter((m) => {
        if (!kinds.includes(m.kind)) return false;
        if (d.against_id && m.actor_id !== d.against_id) return false;
        if (known && !bodyMatches(d.of_whom!, m.authority_name)) return false;
        return d.against_id !== null || known; // a demand with neither target nor known body matches nothing
      });
      const byActor = new Map<string, MeasureFact[]>();
      for (const m of ms) byActor.set(m.actor_id, [...(byActor.get(m.actor_id) ?? []), m]);
      const answered = [...byActor.values()].flatMap((list) =>
        gapRows({ actor: { id: list[0]!.actor_id, name: list[0]!.actor_name, kind: 'other' }, measures: list, demands: [], lists: [], asOf }).map((r) => ({ ...r, demands: [d.id] })),
      );
      const status: GapStatus = answered.some((r) => r.status === 'in_force') ? 'in_force' : answered.some((r) => r.status === 'ended') ? 'ended' : 'none';
      return {
        demand_id: d.id,
        quote: d.quote,
        source_id: d.source_id,
        source_title: d.source_title,
        measure_kind: d.measure_kind,
        of_whom: d.of_whom,
        against: d.against_name,
        against_id: d.against_id,
        answered_by: answered,
        status,
      };
    });
}

/** The actor's measures and the demands against it, in date order (undated last). */
export function timeline(measures: MeasureFact[], demands: Array<DemandFact & { published: string | null }>, asOf: string): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const m of measures) {
    const sources = measureSources(m);
    const status = measureStatus(m, asOf);
    items.push({ date: m.start, type: 'measure_start', authority: m.authority_name, measure_kind: m.kind, detail: `${m.kind_detail ?? m.kind}${m.reference ? ` [${m.reference}]` : ''} (${m.status})`, status, id: m.id, sources });
    if (m.end) items.push({ date: m.end, type: 'measure_end', authority: m.authority_name, measure_kind: m.kind, detail: `${m.kind_detail ?? m.kind} ended`, status, id: m.id, sources });
  }
  for (const d of demands) {
    items.push({ date: d.published, type: 'demand', authority: d.of_whom, measure_kind: d.measure_kind, detail: `demanded: ${d.quote}`, status: 'demand', id: d.id, sources: [{ source_id: d.source_id, title: d.source_title, reliability: null, quote: d.quote }] });
  }
  return items.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.type.localeCompare(b.type) || a.id.localeCompare(b.id));
}
