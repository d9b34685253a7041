// Extraction → rows: the pure step between `extract()` and the store. Deterministic ids (src/model/ids.ts),
// spans checked against the text, duplicates dropped, every claim `proposed`.
import { DossierError, makeId, type SourceKind } from '../model/index.ts';
import type { ExtractedParty, Extraction } from '../extract/types.ts';
import type { ReadDocument } from './read.ts';

export interface SourceRow {
  id: string;
  url: string | null;
  title: string;
  publisher: string | null;
  author: string | null;
  published: string | null;
  kind: SourceKind;
  text: string;
  content_hash: string;
  licence: string | null;
}

export interface MentionRow {
  id: string;
  span_start: number;
  span_end: number;
  surface: string;
  type: string;
  entity_id: string | null;
  canonical: string | null;
  known: boolean;
}

/** A claims row as ingest writes it (graph's ClaimRow adds the columns the store and review keep). */
export interface ClaimRow {
  id: string;
  subject_id: string | null;
  subject_name: string;
  predicate: string;
  object_kind: 'entity' | 'literal';
  object_id: string | null;
  object_value: string | null;
  date_start: string | null;
  date_end: string | null;
  precision: string | null;
  where_id: string | null;
  where_name: string | null;
  claimant_id: string | null;
  claimant_name: string;
  quote: string;
  span_start: number;
  span_end: number;
  negated: boolean;
  hedged: boolean;
  confidence: number;
}

export interface DemandRow {
  id: string;
  measure_kind: string;
  of_whom: string | null;
  against_id: string | null;
  against_name: string | null;
  quote: string;
  span_start: number;
  span_end: number;
}

export interface DocumentRows {
  source: SourceRow;
  mentions: MentionRow[];
  claims: ClaimRow[];
  demands: DemandRow[];
}

/** The source id: derived from the content hash of the canonical text, so the same text is the same source. */
export function sourceIdFor(contentHash: string): string {
  return makeId('source', contentHash);
}

export function toRows(doc: ReadDocument, kind: SourceKind, x: Extraction): DocumentRows {
  const text = doc.text;
  const sourceId = sourceIdFor(doc.content_hash);
  const checkSpan = (what: string, start: number, end: number, surface: string) => {
    if (!(start >= 0 && end >= start && end <= text.length) || text.slice(start, end) !== surface) {
      throw new DossierError('internal', `extraction gave a ${what} whose span ${start}–${end} does not match its text`, {
        file: doc.file,
        record: `${start}-${end}`,
      });
    }
  };

  const mentions = new Map<string, MentionRow>();
  for (const m of x.mentions) {
    checkSpan('mention', m.start, m.end, m.text);
    const id = makeId('mention', sourceId, m.start, m.end);
    if (mentions.has(id)) continue;
    mentions.set(id, {
      id,
      span_start: m.start,
      span_end: m.end,
      surface: m.text,
      type: m.type,
      // Unknown names wait in the review queue, unlinked. A known name may still have no entity id when
      // the extractor's built-in tables know it (a country, say) and the store does not.
      entity_id: m.known ? m.entity_id : null,
      canonical: m.canonical || null,
      known: m.known,
    });
  }

  const key = (p: ExtractedParty) => p.entity_id ?? p.name;
  const claims = new Map<string, ClaimRow>();
  for (const c of x.claims) {
    checkSpan('claim quote', c.span.start, c.span.end, c.quote);
    const literal = 'literal' in c.object ? c.object.literal : null;
    const party = 'literal' in c.object ? null : c.object;
    const objectKey = party ? key(party) : literal;
    const id = makeId('claim', sourceId, key(c.subject), c.predicate, objectKey, c.span.start);
    if (claims.has(id)) continue;
    claims.set(id, {
      id,
      subject_id: c.subject.entity_id,
      subject_name: c.subject.name,
      predicate: c.predicate,
      // An object that names no known entity is kept as its words, for review to resolve.
      object_kind: party?.entity_id ? 'entity' : 'literal',
      object_id: party?.entity_id ?? null,
      object_value: party ? party.name : literal,
      date_start: c.when?.start ?? null,
      date_end: c.when?.end ?? null,
      precision: c.when?.precision ?? null,
      where_id: c.where?.entity_id ?? null,
      where_name: c.where?.name ?? null,
      claimant_id: c.claimant.entity_id,
      claimant_name: c.claimant.name,
      quote: c.quote,
      span_start: c.span.start,
      span_end: c.span.end,
      negated: c.negated,
      hedged: c.hedged,
      confidence: c.confidence,
    });
  }

  const demands = new Map<string, DemandRow>();
  for (const d of x.demands) {
    checkSpan('demand quote', d.span.start, d.span.end, d.quote);
    const id = makeId('demand', sourceId, d.quote);
    if (demands.has(id)) continue;
    demands.set(id, {
      id,
      measure_kind: d.measure_kind,
      of_whom: d.of_whom,
      against_id: d.against?.entity_id ?? null,
      against_name: d.against?.name ?? null,
      quote: d.quote,
      span_start: d.span.start,
      span_end: d.span.end,
    });
  }

  return {
    source: {
      id: sourceId,
      url: doc.url,
      title: doc.title,
      publisher: doc.publisher,
      author: doc.author,
      published: doc.published,
      kind,
      text,
      content_hash: doc.content_hash,
      licence: doc.licence,
    },
    mentions: [...mentions.values()],
    claims: [...claims.values()],
    demands: [...demands.values()],
  };
}
