// Screening: a name against the list entries in the store. Candidates come from the store (queries.ts);
// the score and its explanation are computed here, in TypeScript (score.ts). Nationality, ethnicity and
// religion never enter a score: the entry's details are passed through for the reader only.
import { DossierError } from '../model/errors.ts';
import type { Queryable } from '../store/index.ts';
import { normaliseName } from './normalise.ts';
import { keyCandidates, nameIndex } from './keyindex.ts';
import { listCandidates, type CandidateRow } from './queries.ts';
import { nameSides, scoreSides, type ExplanationItem } from './score.ts';

/** Matches below this score are not reported. Chosen on eval/screening (see docs/resolve.md). */
export const DEFAULT_THRESHOLD = 0.9;
export const DEFAULT_LIMIT = 10;
/** How many candidate names each path hands to the scorer, at most. */
export const CANDIDATES = 100;
/** A weak alias (OFAC 'weak a.k.a.', UN 'Low' quality) ranks just below a strong one with the same score. */
const WEAK_PENALTY = 0.02;

export const LIST_IDS = ['un', 'ofac', 'eu', 'uk', 'uapa', 'opensanctions'] as const;
export type ListIdName = (typeof LIST_IDS)[number];

/**
 * Where candidates come from: 'auto' (default) and 'keys' ask the in-process key index only, which reaches
 * every pair the scorer makes but a few two-letter slips (docs/resolve.md, "Candidates"); 'trigram' asks the
 * store's trigram index only, 'both' both: kept to cross-check the key index, they are not needed to screen.
 */
export type CandidatePath = 'auto' | 'both' | 'keys' | 'trigram';

export interface ScreenOptions {
  kind?: 'person' | 'organization';
  candidates?: CandidatePath;
  lists?: string[];
  limit?: number;
  threshold?: number;
}

export interface ScreenMatch {
  list: string;
  /** The list's own reference (QDe.118, 7140, AFG0003, FS-5). */
  id: string;
  /** The entry's primary name. */
  name: string;
  matched_alias: string;
  score: number;
  explanation: ExplanationItem[];
  alias_type: string;
  alias_quality: string;
  alias_form: string;
  kind: string;
  entry_id: string;
  programmes: unknown;
  /** Shown to the reader, never used in the score. */
  details: unknown;
}

export interface ScreenResult {
  query: string;
  threshold: number;
  matches: ScreenMatch[];
}

export function checkScreenOptions(opts: ScreenOptions): Required<Pick<ScreenOptions, 'limit' | 'threshold'>> & ScreenOptions {
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const limit = opts.limit ?? DEFAULT_LIMIT;
  if (!(threshold >= 0 && threshold <= 1)) throw new DossierError('bad_input', `threshold must be between 0 and 1, got ${threshold}`, { field: 'threshold' });
  if (!Number.isInteger(limit) || limit < 1) throw new DossierError('bad_input', `limit must be a positive integer, got ${limit}`, { field: 'limit' });
  for (const l of opts.lists ?? []) {
    if (!(LIST_IDS as readonly string[]).includes(l)) throw new DossierError('bad_input', `unknown list "${l}" (one of ${LIST_IDS.join(', ')})`, { field: 'lists' });
  }
  if (opts.candidates && !['auto', 'both', 'keys', 'trigram'].includes(opts.candidates)) throw new DossierError('bad_input', `candidates must be auto, both, keys or trigram, got "${String(opts.candidates)}"`, { field: 'candidates' });
  if (opts.kind && opts.kind !== 'person' && opts.kind !== 'organization') throw new DossierError('bad_input', `kind must be person or organization, got "${String(opts.kind)}"`, { field: 'kind' });
  return { ...opts, threshold, limit };
}

/** Scores candidate rows and keeps each entry's best alias; sorted best first. */
export function rankCandidates(query: string, rows: CandidateRow[]): ScreenMatch[] {
  const best = new Map<string, ScreenMatch>();
  const seen = new Set<string>();
  const q = nameSides(query);
  for (const r of rows) {
    const k = `${r.entry_id}\u241f${r.name}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const s = scoreSides(q, nameSides(r.name, true, r.tokens, r.joins));
    const weak = r.quality === 'weak';
    const final = Math.max(0, Math.round((s.score - (weak ? WEAK_PENALTY : 0)) * 1000) / 1000);
    const prev = best.get(r.entry_id);
    if (prev && prev.score >= final) continue;
    best.set(r.entry_id, {
      list: r.list,
      id: r.list_ref,
      name: r.primary_name,
      matched_alias: r.name,
      score: final,
      explanation: s.explanation,
      alias_type: r.type,
      alias_quality: r.quality,
      alias_form: s.alias_form,
      kind: r.kind,
      entry_id: r.entry_id,
      programmes: r.programmes,
      details: r.details,
    });
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.list.localeCompare(b.list) || a.id.localeCompare(b.id));
}

/** Screens one name. `matches` holds only entries at or above the threshold: empty means no match. */
export async function screen(db: Queryable, query: string, opts: ScreenOptions = {}): Promise<ScreenResult> {
  const o = checkScreenOptions(opts);
  const norm = normaliseName(query);
  if (!norm) throw new DossierError('bad_input', 'the name to screen is empty after normalisation', { field: 'query' });
  const path = o.candidates ?? 'auto';
  const f = { lists: o.lists, kind: o.kind, limit: CANDIDATES };
  let rows: CandidateRow[] = [];
  if (path !== 'trigram') rows = keyCandidates(await nameIndex(db), query, { ...f, threshold: o.threshold });
  if (path === 'trigram' || path === 'both') rows = rows.concat(await listCandidates(db, norm, f));
  const ranked = rankCandidates(query, rows);
  const matches = ranked.filter((m) => m.score >= o.threshold).slice(0, o.limit);
  return { query, threshold: o.threshold, matches };
}

export interface BatchItem {
  query: string;
  kind?: 'person' | 'organization';
}

/** Screens many names, one after the other; `onProgress(done, total)` after each. */
export async function screenBatch(
  db: Queryable,
  items: BatchItem[],
  opts: ScreenOptions = {},
  onProgress?: (done: number, total: number) => void,
): Promise<ScreenResult[]> {
  checkScreenOptions(opts);
  const out: ScreenResult[] = [];
  for (const it of items) {
    const q = it.query.trim();
    out.push(q ? await screen(db, q, { ...opts, kind: it.kind ?? opts.kind }) : { query: it.query, threshold: opts.threshold ?? DEFAULT_THRESHOLD, matches: [] });
    onProgress?.(out.length, items.length);
  }
  return out;
}

/** One line per explanation item, for people: "toiba ≈ tayyiba (equivalence 0.97, weight 2)". */
export function explainText(items: ExplanationItem[]): string[] {
  return items.map((e) => {
    const pair = e.alias === null ? `${e.query} ∅` : e.query === null ? `∅ ${e.alias}` : `${e.query} ↔ ${e.alias}`;
    return `${pair}: ${e.rule} ${e.score.toFixed(2)} (weight ${e.weight})${e.note ? ` — ${e.note}` : ''}`;
  });
}
