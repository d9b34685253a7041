// Maps the reference files onto the data model (pure). Every record keeps its source and quote; the
// curated rows become claims whose claimant is who asserted them (or the source's publisher), never facts.
import {
  Claim,
  Demand,
  Entity,
  Event,
  Evidence,
  makeId,
  Measure,
  MEASURE_KIND_ALIASES,
  Source,
  type ClaimObject,
  type EntityKind,
  type When,
} from '../model/index.ts';
import type { RefActor, RefClaim, ReferenceSet } from './schema.ts';

export interface ReferenceRecords {
  sources: Source[];
  entities: Entity[];
  events: Event[];
  claims: Claim[];
  evidence: Evidence[];
  measures: Array<Measure & { evidence: Array<{ source_id: string; quote: string }> }>;
  demands: Demand[];
}

const ENTITY_KIND: Record<RefActor['type'], EntityKind> = {
  organization: 'organization',
  front: 'organization',
  state: 'state',
  agency: 'agency',
  person: 'person',
};

/** Reference predicates → vocabulary, with `swap` when the vocabulary reads the other way round. */
const CLAIM_PREDICATES: Record<string, { predicate: string; swap?: boolean }> = {
  accuses_of_harboring: { predicate: 'accuses' },
  attended: { predicate: 'attended' },
  claimed_responsibility_for: { predicate: 'claimed_responsibility_for' },
  extracted_aid_while_backing: { predicate: 'supported_by', swap: true },
  featured: { predicate: 'attended', swap: true },
  funded: { predicate: 'funded_by', swap: true },
  killed: { predicate: 'killed' },
  linked: { predicate: 'linked_to' },
  orchestrated_via_proxy: { predicate: 'orchestrated' },
  perpetrated: { predicate: 'perpetrated' },
  proxy_of: { predicate: 'proxy_of' },
  relied_on_proxies_in: { predicate: 'linked_to' },
  sheltered_near: { predicate: 'linked_to' },
  traced_to: { predicate: 'traced_to' },
  // actors.json relations
  alias_or_front_of: { predicate: 'alias_or_front_of' },
  associated_with: { predicate: 'associated_with' },
  branch_of: { predicate: 'branch_of' },
  founded_by: { predicate: 'founded_by' },
  leader_of: { predicate: 'leader_of' },
  led_by: { predicate: 'leader_of', swap: true },
  member_of: { predicate: 'member_of' },
  part_of: { predicate: 'part_of' },
  supported_by: { predicate: 'supported_by' },
};

/** events.json attribution roles → predicate, and whether the role is a denial/retraction or a hedge. */
const ROLE_PREDICATES: Record<string, { predicate: string; negated?: boolean; hedged?: boolean }> = {
  claimed_responsibility: { predicate: 'claimed_responsibility_for' },
  retracted_claim: { predicate: 'retracted_claim_for', negated: true },
  assessed_responsible: { predicate: 'perpetrated' },
  accused: { predicate: 'accused_of' },
  charged: { predicate: 'accused_of' },
  denied: { predicate: 'denied', negated: true },
  reported_present: { predicate: 'attended' },
  investigative_finding_travel: { predicate: 'linked_to' },
  reported_location_of_suspect: { predicate: 'linked_to' },
  alleged_link_elsewhere: { predicate: 'linked_to', hedged: true },
};

/** Recommendations (claim_type recommendation) → the measure they demand. */
const DEMAND_KINDS: Record<string, string> = {
  should_designate: 'designation',
  should_push_to_suspend_from: 'suspension',
};

export function precisionOf(d: string): 'year' | 'month' | 'day' {
  return d.length === 4 ? 'year' : d.length === 7 ? 'month' : 'day';
}

/** `start`/`end` as the reference gives them (`2001-` is an open range) → a When. */
export function toWhen(start: string | null, end: string | null = null): When | null {
  if (!start) return null;
  if (start.endsWith('-')) return { start: start.slice(0, -1), end: null, precision: 'range' };
  if (end && end !== start) return { start, end, precision: 'range' };
  return { start, end: null, precision: precisionOf(start) };
}

export function mapReference(set: ReferenceSet): ReferenceRecords {
  const sourceId = (ref: string) => makeId('source', ref);
  const entityId = (ref: string) => makeId('entity', ref);
  const eventId = (ref: string) => makeId('event', ref);
  const actorsById = new Map(set.actors.map((a) => [a.id, a]));
  const eventsById = new Map(set.events.map((e) => [e.id, e]));
  const sourcesById = new Map(set.sources.map((s) => [s.id, s]));
  const publisherOf = (ref: string) => sourcesById.get(ref)?.publisher ?? sourcesById.get(ref)?.title ?? ref;

  const sources = set.sources.map((s) =>
    Source.parse({
      id: sourceId(s.id),
      ref: s.id,
      url: s.url,
      title: s.title,
      publisher: s.publisher,
      published: s.published,
      kind: s.type,
      reliability_note: s.reliability_note ?? null,
    }),
  );

  const entities: Entity[] = set.actors.map((a) =>
    Entity.parse({
      id: entityId(a.id),
      ref: a.id,
      kind: ENTITY_KIND[a.type],
      name: a.name,
      description: a.description ?? null,
      aliases: [
        { name: a.name, source_id: a.description_source ? sourceId(a.description_source) : null },
        ...a.aliases.map((al) => ({ name: al.name, source_id: sourceId(al.attested_in), note: al.note ?? null })),
      ],
      external_ids: a.identifiers.map((x) => ({ scheme: x.scheme, value: x.value, source_id: sourceId(x.source), quote: x.quote })),
    }),
  );

  // Event places become place entities (one per distinct name), with coordinates where a source gave them.
  const places = new Map<string, Entity>();
  const events: Event[] = set.events.map((e) => {
    let placeId: string | null = null;
    if (e.place) {
      placeId = makeId('entity', 'place', e.place.name);
      if (!places.has(e.place.name)) {
        places.set(
          e.place.name,
          Entity.parse({ id: placeId, kind: 'place', name: e.place.name, lat: e.place.lat, lon: e.place.lon, aliases: [{ name: e.place.name }] }),
        );
      }
    }
    return Event.parse({
      id: eventId(e.id),
      ref: e.id,
      name: e.name,
      kind: e.type,
      when: toWhen(e.date_start, e.date_end),
      place_id: placeId,
      place_name: e.place?.name ?? null,
      description: e.description ?? null,
      casualties: e.casualties.map((c) => ({
        kind: c.kind,
        value: c.value,
        reported_by: c.reported_by ?? null,
        source_id: sourceId(c.source),
        quote: c.quote,
      })),
    });
  });
  entities.push(...places.values());

  // A reference to an actor or event id → the claim's subject/object; anything else is a literal.
  const party = (ref: string): { id: string | null; name: string; object: ClaimObject } => {
    const a = actorsById.get(ref);
    if (a) return { id: entityId(ref), name: a.name, object: { kind: 'entity', id: entityId(ref) } };
    const e = eventsById.get(ref);
    if (e) return { id: eventId(ref), name: e.name, object: { kind: 'event', id: eventId(ref) } };
    return { id: null, name: ref, object: { kind: 'literal', value: ref } };
  };

  const claims: Claim[] = [];
  const evidence: Evidence[] = [];
  const demands: Demand[] = [];

  set.actors.forEach((a) =>
    a.relations.forEach((r, j) => {
      const map = CLAIM_PREDICATES[r.predicate];
      if (!map) throw new Error(`actors.json ${a.id}: no mapping for predicate ${r.predicate}`);
      const [s, o] = map.swap ? [party(r.object), party(a.id)] : [party(a.id), party(r.object)];
      const claimant = r.asserted_by ? party(r.asserted_by) : null;
      claims.push(
        Claim.parse({
          id: makeId('claim', `${a.id}#relations/${j}`),
          ref: `${a.id}#relations/${j}`,
          subject_id: s.id,
          subject_name: s.name,
          predicate: map.predicate,
          object: o.object,
          claimant_id: claimant?.id ?? null,
          claimant_name: claimant?.name ?? publisherOf(r.source),
          source_id: sourceId(r.source),
          quote: r.quote,
          status: 'accepted',
          confidence: 0.8,
        }),
      );
    }),
  );

  set.events.forEach((e) =>
    e.attributions.forEach((at, j) => {
      const map = ROLE_PREDICATES[at.role];
      if (!map) throw new Error(`events.json ${e.id}: no mapping for role ${at.role}`);
      const s = party(at.actor_id);
      const claimant = at.asserted_by ? party(at.asserted_by) : null;
      const ref = `${e.id}#attributions/${j}`;
      claims.push(
        Claim.parse({
          id: makeId('claim', ref),
          ref,
          subject_id: s.id,
          subject_name: s.name,
          predicate: map.predicate,
          object: { kind: 'event', id: eventId(e.id) },
          when: toWhen(at.date),
          where_id: e.place ? makeId('entity', 'place', e.place.name) : null,
          where_name: e.place?.name ?? null,
          claimant_id: claimant?.id ?? null,
          claimant_name: claimant?.name ?? publisherOf(at.source),
          source_id: sourceId(at.source),
          quote: at.quote,
          negated: map.negated ?? false,
          hedged: map.hedged ?? false,
          status: 'accepted',
          confidence: map.hedged ? 0.5 : 0.8,
        }),
      );
    }),
  );

  for (const c of set.claims) mapClaim(c);

  function mapClaim(c: RefClaim): void {
    const objects = c.object.split(';').map((o) => o.trim()).filter(Boolean);
    if (c.claim_type === 'recommendation') {
      const kind = DEMAND_KINDS[c.predicate];
      if (!kind) throw new Error(`claims.json ${c.id}: no demand kind for ${c.predicate}`);
      for (const o of objects) {
        const p = party(o);
        // should_designate names whom to act against; should_push_to_suspend_from names the forum to act.
        const against = c.predicate === 'should_designate' ? p : null;
        demands.push(
          Demand.parse({
            id: makeId('demand', sourceId(c.claimed_by), c.quote, o),
            source_id: sourceId(c.claimed_by),
            measure_kind: kind,
            of_whom: against ? c.subject : p.name,
            against_id: against?.id ?? null,
            against_name: against?.name ?? null,
            quote: c.quote,
          }),
        );
      }
      return;
    }
    const map = CLAIM_PREDICATES[c.predicate];
    if (!map) throw new Error(`claims.json ${c.id}: no mapping for predicate ${c.predicate}`);
    objects.forEach((o) => {
      const ref = objects.length === 1 ? c.id : `${c.id}/${o}`;
      const [s, ob] = map.swap ? [party(o), party(c.subject)] : [party(c.subject), party(o)];
      const id = makeId('claim', ref);
      const source = sourcesById.get(c.claimed_by)!;
      claims.push(
        Claim.parse({
          id,
          ref,
          subject_id: s.id,
          subject_name: s.name,
          predicate: map.predicate,
          object: ob.object,
          when: toWhen(c.when),
          where_name: c.where,
          claimant_name: source.publisher ?? source.title,
          source_id: sourceId(c.claimed_by),
          quote: c.quote,
          status: 'accepted', // the source really says this; whether it is true is for a verdict
          confidence: 0.8,
        }),
      );
      c.evidence.forEach((ev, k) =>
        evidence.push(
          Evidence.parse({
            id: makeId('evidence', id, sourceId(ev.source), ev.stance, ev.quote, k),
            claim_id: id,
            source_id: sourceId(ev.source),
            stance: ev.stance,
            quote: ev.quote,
            note: ev.note ?? null,
            origin: 'curated',
          }),
        ),
      );
    });
  }

  const measures = set.measures.map((m) => {
    const kind = MEASURE_KIND_ALIASES[m.kind] ?? m.kind;
    const first = m.evidence[0]!;
    return {
      ...Measure.parse({
        id: makeId('measure', m.id),
        ref: m.id,
        actor_id: entityId(m.actor_id),
        authority_id: entityId(m.authority),
        authority_name: actorsById.get(m.authority)!.name,
        kind,
        kind_detail: m.kind === kind ? null : m.kind,
        status: m.status,
        start: m.start,
        end: m.end,
        reference: m.reference,
        legal_basis: m.legal_basis,
        source_id: sourceId(first.source),
        quote: first.quote,
        note: m.note ?? null,
      }),
      evidence: m.evidence.map((e) => ({ source_id: sourceId(e.source), quote: e.quote })),
    };
  });

  return { sources, entities, events, claims, evidence, measures, demands };
}
