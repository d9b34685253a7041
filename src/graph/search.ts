// One search over everything, ranked: exact name > alias > fuzzy name (trigram on aliases.norm) > the full
// text of documents (sources.tsv). Snippets carry highlight offsets, never HTML.
import { badInput } from '../model/index.ts';
import { normaliseName } from '../resolve/index.ts';
import type { Queryable } from '../store/index.ts';
import { clampLimit, decodeKeyCursor, pageSorted, type Page } from './page.ts';

export type SearchTier = 'name' | 'alias' | 'fuzzy' | 'document';
export const TIER_ORDER: Record<SearchTier, number> = { name: 0, alias: 1, fuzzy: 2, document: 3 };

export interface Highlight {
  start: number;
  end: number;
}

export interface Snippet {
  /** Which field the snippet comes from: name, alias, title or text. */
  field: string;
  text: string;
  /** UTF-16 offsets into `text`, end exclusive. */
  highlights: Highlight[];
}

export interface SearchHit {
  type: 'entity' | 'source';
  id: string;
  /** The entity's name or the source's title. */
  label: string;
  /** Entity kind (person, organization, …) or source kind (news, official, …). */
  kind: string;
  tier: SearchTier;
  /** Within a tier, higher is better (1 for exact matches, trigram similarity, ts_rank for text). */
  score: number;
  snippet: Snippet;
}

const MAX_PER_TIER = 200;
const START = '\u0002';
const STOP = '\u0003';

/** Offsets of each query word inside `text`, case- and accent-insensitively (word starts only). */
export function highlightWords(text: string, q: string): Highlight[] {
  const words = normaliseName(q).split(' ').filter((x) => x.length > 0);
  if (words.length === 0) return [];
  const folded = [...text].map((ch) => ch.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase());
  // Map each code point of `text` to its UTF-16 offset, and build the folded string with a back-map.
  let flat = '';
  const back: number[] = [];
  let offset = 0;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    for (const f of folded[i]!) {
      flat += f;
      back.push(offset);
    }
    offset += chars[i]!.length;
  }
  back.push(offset);
  const out: Highlight[] = [];
  for (const w of words) {
    let from = 0;
    for (;;) {
      const at = flat.indexOf(w, from);
      if (at < 0) break;
      const boundary = at === 0 || !/[\p{L}\p{N}]/u.test(flat[at - 1]!);
      if (boundary) out.push({ start: back[at]!, end: back[at + w.length]! });
      from = at + w.length;
    }
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out.filter((h, i) => i === 0 || h.start >= out[i - 1]!.end);
}

/** Turns ts_headline output with control-character markers into plain text and offsets. */
export function parseMarked(marked: string): { text: string; highlights: Highlight[] } {
  let text = '';
  const highlights: Highlight[] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === START) open = text.length;
    else if (ch === STOP) {
      if (open >= 0) highlights.push({ start: open, end: text.length });
      open = -1;
    } else text += ch;
  }
  return { text, highlights };
}

export interface SearchOptions {
  limit?: number | undefined;
  cursor?: string | undefined;
}

export async function search(db: Queryable, q: string, opts: SearchOptions = {}): Promise<Page<SearchHit>> {
  const limit = clampLimit(opts.limit);
  const norm = normaliseName(q);
  if (norm === '') throw badInput('q has no letters or digits', { field: 'q' });
  decodeKeyCursor(opts.cursor, 3); // a bad cursor is a 400 before any work

  const names = await db.query<{ id: string; name: string; kind: string; alias: string; is_name: boolean; exact: boolean; sim: number }>(
    `SELECT e.id, e.name, e.kind, a.name AS alias, (a.name = e.name) AS is_name, (a.norm = $1) AS exact,
            greatest(similarity(a.norm, $1), word_similarity($1, a.norm))::float8 AS sim
     FROM aliases a JOIN entities e ON e.id = a.entity_id
     WHERE e.merged_into IS NULL AND (a.norm = $1 OR a.norm % $1 OR $1 <% a.norm)
     ORDER BY (a.norm = $1) DESC, sim DESC, e.id LIMIT ${MAX_PER_TIER * 4}`,
    [norm],
  );
  // Best hit per entity.
  const best = new Map<string, SearchHit>();
  for (const r of names) {
    const tier: SearchTier = r.exact ? (r.is_name ? 'name' : 'alias') : 'fuzzy';
    const hit: SearchHit = {
      type: 'entity',
      id: r.id,
      label: r.name,
      kind: r.kind,
      tier,
      score: r.exact ? 1 : Math.round(r.sim * 1000) / 1000,
      snippet: { field: r.is_name ? 'name' : 'alias', text: r.alias, highlights: highlightWords(r.alias, q) },
    };
    const prev = best.get(r.id);
    if (!prev || TIER_ORDER[hit.tier] < TIER_ORDER[prev.tier] || (prev.tier === hit.tier && hit.score > prev.score)) {
      best.set(r.id, hit);
    }
  }
  const docs = await db.query<{ id: string; title: string; kind: string; rank: number; head: string; field: string }>(
    `SELECT s.id, s.title, s.kind, ts_rank(s.tsv, query)::float8 AS rank,
            CASE WHEN s.text IS NULL OR s.text = '' THEN 'title' ELSE 'text' END AS field,
            ts_headline('english', CASE WHEN s.text IS NULL OR s.text = '' THEN s.title ELSE s.text END, query,
              'StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') AS head
     FROM sources s, websearch_to_tsquery('english', $1) query
     WHERE s.tsv @@ query
     ORDER BY rank DESC, s.id LIMIT ${MAX_PER_TIER}`,
    [q],
  );
  const hits = [...best.values()];
  for (const d of docs) {
    const { text, highlights } = parseMarked(d.head);
    hits.push({
      type: 'source',
      id: d.id,
      label: d.title,
      kind: d.kind,
      tier: 'document',
      score: Math.round(d.rank * 10000) / 10000,
      snippet: { field: d.field, text, highlights },
    });
  }
  // By tier, then score (descending), then id; the cursor is the last hit's key, so pages never overlap.
  return pageSorted(hits, { limit, cursor: opts.cursor }, (h) => [TIER_ORDER[h.tier], -h.score, h.id]);
}
