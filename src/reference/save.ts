// Writes the mapped reference records in one transaction. Curated content is overwritten on re-import
// (so a corrected reference file takes effect); review state (claim status, version) is never touched.
import type { Db } from '../store/index.ts';
import { upsertRows } from '../store/upsert.ts';
import { normaliseName } from '../resolve/normalise.ts';
import type { ReferenceRecords } from './map.ts';

export async function saveReference(db: Db, r: ReferenceRecords): Promise<void> {
  await db.transaction(async (tx) => {
    await upsertRows(
      tx,
      'sources',
      r.sources.map((s) => ({
        id: s.id, ref: s.ref, url: s.url, title: s.title, publisher: s.publisher, author: s.author,
        published: s.published, kind: s.kind, reliability_note: s.reliability_note,
      })),
      { conflict: ['id'], update: ['url', 'title', 'publisher', 'author', 'published', 'kind', 'reliability_note'] },
    );
    await upsertRows(
      tx,
      'entities',
      r.entities.map((e) => ({ id: e.id, ref: e.ref, kind: e.kind, name: e.name, description: e.description, lat: e.lat, lon: e.lon })),
      { conflict: ['id'], update: ['kind', 'name', 'description', 'lat', 'lon'] },
    );
    await upsertRows(
      tx,
      'aliases',
      dedupe(
        r.entities.flatMap((e) => e.aliases.map((a) => ({ entity_id: e.id, name: a.name, norm: normaliseName(a.name), source_id: a.source_id, note: a.note }))),
        (a) => `${a.entity_id}\u0000${a.name}`,
      ),
      { conflict: ['entity_id', 'name'], update: ['norm', 'source_id', 'note'] },
    );
    await upsertRows(
      tx,
      'external_ids',
      r.entities.flatMap((e) => e.external_ids.map((x) => ({ entity_id: e.id, scheme: x.scheme, value: x.value, source_id: x.source_id, quote: x.quote }))),
      { conflict: ['entity_id', 'scheme', 'value'], update: ['source_id', 'quote'] },
    );
    await upsertRows(
      tx,
      'events',
      r.events.map((e) => ({
        id: e.id, ref: e.ref, name: e.name, kind: e.kind, date_start: e.when?.start ?? null, date_end: e.when?.end ?? null,
        precision: e.when?.precision ?? null, place_id: e.place_id, place_name: e.place_name, description: e.description,
      })),
      { conflict: ['id'], update: ['name', 'kind', 'date_start', 'date_end', 'precision', 'place_id', 'place_name', 'description'] },
    );
    await upsertRows(
      tx,
      'casualties',
      r.events.flatMap((e) => e.casualties.map((c) => ({ event_id: e.id, kind: c.kind, value: c.value, reported_by: c.reported_by, source_id: c.source_id, quote: c.quote }))),
      { conflict: ['event_id', 'kind', 'source_id', 'value'], update: ['reported_by', 'quote'] },
    );
    await upsertRows(
      tx,
      'claims',
      r.claims.map((c) => ({
        id: c.id, ref: c.ref, subject_id: c.subject_id, subject_name: c.subject_name, predicate: c.predicate,
        object_kind: c.object.kind, object_id: c.object.kind === 'literal' ? null : c.object.id,
        object_value: c.object.kind === 'literal' ? c.object.value : null,
        date_start: c.when?.start ?? null, date_end: c.when?.end ?? null, precision: c.when?.precision ?? null,
        where_id: c.where_id, where_name: c.where_name, claimant_id: c.claimant_id, claimant_name: c.claimant_name,
        source_id: c.source_id, quote: c.quote, span_start: c.span?.start ?? null, span_end: c.span?.end ?? null,
        negated: c.negated, hedged: c.hedged, status: c.status, confidence: c.confidence,
      })),
      {
        conflict: ['id'],
        update: ['subject_id', 'subject_name', 'predicate', 'object_kind', 'object_id', 'object_value', 'date_start', 'date_end', 'precision',
          'where_id', 'where_name', 'claimant_id', 'claimant_name', 'source_id', 'quote', 'negated', 'hedged', 'confidence'],
      },
    );
    await upsertRows(
      tx,
      'evidence',
      r.evidence.map((e) => ({ id: e.id, claim_id: e.claim_id, other_claim_id: e.other_claim_id, source_id: e.source_id, stance: e.stance, quote: e.quote, note: e.note, origin: e.origin })),
      { conflict: ['id'], update: ['note'] },
    );
    await upsertRows(
      tx,
      'measures',
      r.measures.map((m) => ({
        id: m.id, ref: m.ref, actor_id: m.actor_id, authority_id: m.authority_id, authority_name: m.authority_name, kind: m.kind,
        kind_detail: m.kind_detail, status: m.status, date_start: m.start, date_end: m.end, reference: m.reference,
        legal_basis: m.legal_basis, source_id: m.source_id, quote: m.quote, note: m.note,
      })),
      { conflict: ['id'], update: ['actor_id', 'authority_id', 'authority_name', 'kind', 'kind_detail', 'status', 'date_start', 'date_end', 'reference', 'legal_basis', 'source_id', 'quote', 'note'] },
    );
    await upsertRows(
      tx,
      'measure_evidence',
      dedupe(r.measures.flatMap((m) => m.evidence.map((e) => ({ measure_id: m.id, source_id: e.source_id, quote: e.quote }))), (e) => `${e.measure_id}\u0000${e.source_id}\u0000${e.quote}`),
      { conflict: ['measure_id', 'source_id', 'quote'] },
    );
    await upsertRows(
      tx,
      'demands',
      r.demands.map((d) => ({ id: d.id, source_id: d.source_id, measure_kind: d.measure_kind, of_whom: d.of_whom, against_id: d.against_id, against_name: d.against_name, quote: d.quote })),
      { conflict: ['id'], update: ['measure_kind', 'of_whom', 'against_id', 'against_name'] },
    );
  });
}

function dedupe<T>(rows: T[], key: (r: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const r of rows) if (!seen.has(key(r))) seen.set(key(r), r);
  return [...seen.values()];
}
