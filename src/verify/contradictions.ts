// Contradictions (pure): disagreements between sources that surface with no manual step. Each names both
// sides (claim, casualty record, list version or evidence), their sources and quotes, and the kind.
import { makeId } from '../model/index.ts';
import { normaliseName } from '../resolve/normalise.ts';
import { claimSide, objectName, sourceSide, statementOf } from './describe.ts';
import { datesCompatible, numberIn, objectKey, subjectKey } from './keys.ts';
import { groupBySubjectObject, liveClaims } from './match.ts';
import { negatesPredicate, RULES, type Rules } from './rules.ts';
import type { ClaimFact, Contradiction, ContradictionKind, ContradictionSide, VerifyContext } from './types.ts';

function contradictionId(kind: ContradictionKind, a: string, b: string): string {
  const [x, y] = [a, b].sort();
  return makeId('contradiction', kind, x, y);
}

function make(kind: ContradictionKind, keyA: string, keyB: string, summary: string, a: ContradictionSide, b: ContradictionSide): Contradiction {
  // Sides in a stable order, so the same pair always reads the same way.
  const [first, second] = keyA <= keyB ? [a, b] : [b, a];
  return { id: contradictionId(kind, keyA, keyB), kind, summary, a: first, b: second };
}

/** A claim and its denial or retraction, from different sources (same subject and object). */
/** Which claims a run wants contradictions for (an incremental refresh: those it recomputes); all without. */
type Only = ((claimId: string) => boolean) | undefined;
const either = (only: Only, a: string, b?: string) => !only || only(a) || (b !== undefined && only(b));

function denials(claims: ClaimFact[], ctx: VerifyContext, rules: Rules, only: Only): Contradiction[] {
  const out: Contradiction[] = [];
  for (const group of groupBySubjectObject(claims).values()) {
    const negated = group.filter((c) => c.negated);
    if (negated.length === 0) continue;
    for (const p of group) {
      if (p.negated) continue;
      for (const n of negated) {
        if (n.source_id === p.source_id) continue;
        if (n.predicate !== p.predicate && !negatesPredicate(n.predicate, p.predicate, rules)) continue;
        if (!either(only, p.id, n.id)) continue;
        const what = n.predicate === 'retracted_claim_for' ? 'retraction' : 'denial';
        out.push(
          make(
            'denial',
            p.id,
            n.id,
            `${p.subject_name} — ${p.predicate.replace(/_/g, ' ')} ${objectName(p, ctx.names)}: asserted by ${p.claimant_name}, ${what} reported by ${n.claimant_name}`,
            claimSide(p, ctx.sources, ctx.names),
            claimSide(n, ctx.sources, ctx.names),
          ),
        );
      }
    }
  }
  return out;
}

/** Undirected links between actors that make them one side (front, branch, leader, sponsor…). */
function relatedness(claims: ClaimFact[], rules: Rules): (x: string, y: string) => boolean {
  const adj = new Map<string, Set<string>>();
  const add = (x: string, y: string) => {
    if (!adj.has(x)) adj.set(x, new Set());
    adj.get(x)!.add(y);
  };
  for (const c of claims) {
    if (c.negated || !rules.related.includes(c.predicate) || !c.subject_id || !c.object_id) continue;
    add(c.subject_id, c.object_id);
    add(c.object_id, c.subject_id);
  }
  // Related when linked directly or through one shared neighbour (a front of a branch of …).
  return (x, y) => {
    const nx = adj.get(x);
    if (!nx) return false;
    if (nx.has(y)) return true;
    for (const m of nx) if (adj.get(m)?.has(y)) return true;
    return false;
  };
}

/** The same event attributed to different, unrelated organisations by different sources. */
function attributions(claims: ClaimFact[], ctx: VerifyContext, rules: Rules, only: Only): Contradiction[] {
  const related = relatedness(claims, rules);
  const byEvent = new Map<string, ClaimFact[]>();
  for (const c of claims) {
    if (c.negated || c.hedged || c.object_kind !== 'event' || !c.object_id) continue;
    if (!rules.attribution.includes(c.predicate) && !(c.subject_id === null && rules.attribution_unresolved.includes(c.predicate))) continue;
    const list = byEvent.get(c.object_id) ?? [];
    list.push(c);
    byEvent.set(c.object_id, list);
  }
  const kindOf = (c: ClaimFact) => (c.subject_id ? (ctx.entityKinds.get(c.subject_id) ?? null) : null);
  const eligible = (c: ClaimFact, other: ClaimFact) => {
    if (c.subject_id) return kindOf(c) === 'organization' && rules.attribution.includes(c.predicate);
    // An unresolved subject ("Pakistani terror networks") is compared only against a strong attribution.
    return rules.attribution_unresolved.includes(c.predicate) && rules.attribution_strong.includes(other.predicate) && other.subject_id !== null;
  };
  const out: Contradiction[] = [];
  for (const list of byEvent.values()) {
    const keys = list.map(subjectKey);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.source_id === b.source_id || keys[i] === keys[j] || !either(only, a.id, b.id)) continue;
        if (!eligible(a, b) || !eligible(b, a)) continue;
        if (a.subject_id && b.subject_id && related(a.subject_id, b.subject_id)) continue;
        if (!a.subject_id && !b.subject_id) continue;
        out.push(
          make(
            'attribution',
            a.id,
            b.id,
            `${objectName(a, ctx.names)}: attributed to ${a.subject_name} (${a.claimant_name}) and to ${b.subject_name} (${b.claimant_name})`,
            claimSide(a, ctx.sources, ctx.names),
            claimSide(b, ctx.sources, ctx.names),
          ),
        );
      }
    }
  }
  return out;
}

/** The same event given different dates (occurred_on) or places (occurred_at) by different sources. */
function datesAndPlaces(claims: ClaimFact[], ctx: VerifyContext, only: Only): Contradiction[] {
  const out: Contradiction[] = [];
  const bySubject = new Map<string, ClaimFact[]>();
  for (const c of claims) {
    if (c.negated || (c.predicate !== 'occurred_on' && c.predicate !== 'occurred_at')) continue;
    const k = `${c.predicate}|${subjectKey(c)}`;
    const list = bySubject.get(k);
    if (list) list.push(c);
    else bySubject.set(k, [c]);
  }
  for (const list of bySubject.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.source_id === b.source_id || !either(only, a.id, b.id) || objectKey(a) === objectKey(b)) continue;
        if (a.predicate === 'occurred_on') {
          const da = { date_start: a.object_value, date_end: null };
          const db = { date_start: b.object_value, date_end: null };
          if (datesCompatible(da, db, 0)) continue;
          out.push(make('date', a.id, b.id, `${a.subject_name}: dated ${a.object_value} by ${a.claimant_name} and ${b.object_value} by ${b.claimant_name}`,
            claimSide(a, ctx.sources, ctx.names), claimSide(b, ctx.sources, ctx.names)));
        } else {
          const na = normaliseName(objectName(a, ctx.names));
          const nb = normaliseName(objectName(b, ctx.names));
          if (na.includes(nb) || nb.includes(na)) continue; // "Pahalgam" within "Baisaran meadow near Pahalgam"
          out.push(make('place', a.id, b.id, `${a.subject_name}: placed at ${objectName(a, ctx.names)} by ${a.claimant_name} and at ${objectName(b, ctx.names)} by ${b.claimant_name}`,
            claimSide(a, ctx.sources, ctx.names), claimSide(b, ctx.sources, ctx.names)));
        }
      }
    }
  }
  return out;
}

/** Different figures for the same kind of casualty: records against records, `killed` claims against both. */
function casualties(claims: ClaimFact[], ctx: VerifyContext, only: Only): Contradiction[] {
  const out: Contradiction[] = [];
  const recKey = (r: { event_id: string; kind: string; source_id: string; value: number }) => `cas:${r.event_id}:${r.kind}:${r.source_id}:${r.value}`;
  const recSide = (r: VerifyContext['casualties'][number]) =>
    sourceSide('casualty', r.source_id, ctx.sources, r.quote, `${r.reported_by ?? 'record'}: ${r.event_name} — ${r.kind.replace(/_/g, ' ')} ${r.value}`);
  const byEventKind = new Map<string, VerifyContext['casualties']>();
  for (const r of ctx.casualties) {
    const k = `${r.event_id}|${r.kind}`;
    const list = byEventKind.get(k);
    if (list) list.push(r);
    else byEventKind.set(k, [r]);
  }
  for (const list of only ? [] : byEventKind.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.source_id === b.source_id || a.value === b.value) continue;
        out.push(make('casualties', recKey(a), recKey(b), `${a.event_name}: ${a.kind.replace(/_/g, ' ')} ${a.value} (${a.reported_by ?? '?'}) vs ${b.value} (${b.reported_by ?? '?'})`, recSide(a), recSide(b)));
      }
    }
  }
  // `killed` claims by event (their subject), and the event's `killed` records: pairs within one event only.
  const killedBy = new Map<string, Array<{ c: ClaimFact; v: number }>>();
  for (const c of claims) {
    if (c.predicate !== 'killed' || c.negated || !c.subject_id) continue;
    const v = numberIn(c.object_value);
    if (v === null) continue;
    const list = killedBy.get(c.subject_id);
    if (list) list.push({ c, v });
    else killedBy.set(c.subject_id, [{ c, v }]);
  }
  const recordsBy = new Map<string, VerifyContext['casualties']>();
  for (const r of ctx.casualties) if (r.kind === 'killed') recordsBy.set(r.event_id, [...(recordsBy.get(r.event_id) ?? []), r]);
  for (const killed of killedBy.values()) {
    for (let i = 0; i < killed.length; i++) {
      const { c: a, v: va } = killed[i]!;
      for (let j = i + 1; j < killed.length; j++) {
        const { c: b, v: vb } = killed[j]!;
        if (b.source_id === a.source_id || va === vb || !either(only, a.id, b.id)) continue;
        out.push(make('casualties', a.id, b.id, `${a.subject_name}: ${va} killed according to ${a.claimant_name}, ${vb} according to ${b.claimant_name}`,
          claimSide(a, ctx.sources, ctx.names), claimSide(b, ctx.sources, ctx.names)));
      }
      for (const r of recordsBy.get(a.subject_id!) ?? []) {
        if (r.source_id === a.source_id || r.value === va || !either(only, a.id)) continue;
        out.push(make('casualties', a.id, recKey(r), `${a.subject_name}: ${va} killed according to ${a.claimant_name}, ${r.value} according to ${r.reported_by ?? 'a record'}`,
          claimSide(a, ctx.sources, ctx.names), recSide(r)));
      }
    }
  }
  return out;
}

/** A claim that an authority listed an actor, where that authority's imported list does not contain it. */
function officialRecords(claims: ClaimFact[], ctx: VerifyContext, only: Only): Contradiction[] {
  const out: Contradiction[] = [];
  for (const c of claims) {
    if (c.predicate !== 'designated_by' || c.negated || !c.subject_id || !c.object_id || !either(only, c.id)) continue;
    for (const l of ctx.lists) {
      if (l.authority_id !== c.object_id) continue;
      const hit = l.contains.get(c.subject_id);
      if (hit && !hit.delisted) continue;
      const says = hit
        ? `${l.file_name}${l.published ? ` (${l.published})` : ''}: ${hit.list_ref} ${hit.name} was delisted`
        : `${l.file_name}${l.published ? ` (${l.published})` : ''}: no entry for ${c.subject_name}`;
      out.push(make('official_record', c.id, `list:${l.version_id}`, `${c.subject_name}: said to be listed by ${l.authority_name}; the imported ${l.list.toUpperCase()} list ${hit ? 'shows it delisted' : 'does not contain it'}`,
        claimSide(c, ctx.sources, ctx.names), sourceSide('list', l.source_id, ctx.sources, null, says)));
    }
  }
  return out;
}

/** Curated or reviewer evidence that disputes or contradicts a claim (automatic links come from the above). */
function disputedByEvidence(claims: ClaimFact[], ctx: VerifyContext, only: Only): Contradiction[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const out: Contradiction[] = [];
  for (const e of ctx.evidence) {
    if (e.origin === 'automatic' || (e.stance !== 'disputes' && e.stance !== 'contradicts')) continue;
    const c = byId.get(e.claim_id);
    if (!c || e.source_id === c.source_id || !either(only, c.id)) continue;
    out.push(make('disputed_by_evidence', c.id, `evidence:${e.id}`, `${statementOf(c, ctx.names)} — ${e.stance} by ${ctx.sources.get(e.source_id ?? '')?.publisher ?? 'another source'}${e.note ? ` (${e.note})` : ''}`,
      claimSide(c, ctx.sources, ctx.names), sourceSide('evidence', e.source_id, ctx.sources, e.quote, `${e.stance}${e.note ? `: ${e.note}` : ''}`)));
  }
  return out;
}

/**
 * Every contradiction among the claims and records, sorted by kind then id; no duplicates. With `only`, just
 * those with a claim it accepts on one side (records against records left out).
 */
export function contradictions(claims: ClaimFact[], ctx: VerifyContext, rules: Rules = RULES, only?: (claimId: string) => boolean): Contradiction[] {
  const live = liveClaims(claims);
  const all = [
    ...denials(live, ctx, rules, only),
    ...attributions(live, ctx, rules, only),
    ...datesAndPlaces(live, ctx, only),
    ...casualties(live, ctx, only),
    ...officialRecords(live, ctx, only),
    ...disputedByEvidence(live, ctx, only),
  ];
  const unique = new Map(all.map((c) => [c.id, c]));
  return [...unique.values()].sort((x, y) => x.kind.localeCompare(y.kind) || x.id.localeCompare(y.id));
}
