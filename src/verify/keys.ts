// Pure helpers: what makes two claims "about the same thing", and date intervals for partial dates.
import { normaliseName } from '../resolve/normalise.ts';
import type { ClaimFact } from './types.ts';

/** The subject as a comparable key: its stored id, else its normalised name. */
export function subjectKey(c: Pick<ClaimFact, 'subject_id' | 'subject_name'>): string {
  return c.subject_id ? `id:${c.subject_id}` : `name:${normaliseName(c.subject_name)}`;
}

/** The object as a comparable key: its stored id (entity, event, place), else its normalised literal. */
export function objectKey(c: Pick<ClaimFact, 'object_id' | 'object_value'>): string {
  return c.object_id ? `id:${c.object_id}` : `lit:${normaliseName(c.object_value ?? '')}`;
}

export const DAY = 86_400_000;

/** A partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) as the interval of days it covers, in epoch ms. */
export function dateInterval(start: string | null, end: string | null = null): [number, number] | null {
  if (!start) return null;
  const lo = bound(start, false);
  const hi = bound(end ?? start, true);
  if (lo === null || hi === null) return null;
  return [lo, hi];
}

function bound(d: string, upper: boolean): number | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(d);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) return Date.UTC(y, Number(m[2]) - 1, Number(m[3]));
  if (m[2]) return upper ? Date.UTC(y, Number(m[2]), 0) : Date.UTC(y, Number(m[2]) - 1, 1);
  return upper ? Date.UTC(y, 11, 31) : Date.UTC(y, 0, 1);
}

/** True when the two dates (or either is unknown) lie within `toleranceDays` of each other. */
export function datesCompatible(
  a: { date_start: string | null; date_end: string | null },
  b: { date_start: string | null; date_end: string | null },
  toleranceDays: number,
): boolean {
  return intervalsWithin(dateInterval(a.date_start, a.date_end), dateInterval(b.date_start, b.date_end), toleranceDays * DAY);
}

/** datesCompatible over intervals already computed (dateInterval), the tolerance in ms. */
export function intervalsWithin(x: [number, number] | null, y: [number, number] | null, toleranceMs: number): boolean {
  if (!x || !y) return true;
  return Math.max(0, y[0] - x[1], x[0] - y[1]) <= toleranceMs;
}

/** The first whole number in a literal ("26 civilians" → 26), or null. */
export function numberIn(text: string | null): number | null {
  if (!text) return null;
  const m = /\d[\d,]*/.exec(text);
  if (!m) return null;
  const n = Number(m[0].replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

/** The publisher as an independence key: two sources with the same key are not independent. */
export function publisherKey(s: { id: string; publisher: string | null }): string {
  return s.publisher ? normaliseName(s.publisher) : `source:${s.id}`;
}

/** A source's independence key: its origin (originKeys) when known, else its publisher. */
export function independenceKey(s: { id: string; publisher: string | null; origin_key?: string }): string {
  return s.origin_key ?? publisherKey(s);
}

/**
 * Origin keys: sources that share a publisher, a title or a URL (after normalisation) are one origin —
 * the same document stored twice (the bundled op-ed and the ingested copy), or copies of one publisher.
 * Union-find over those three keys; the key of a group is its smallest source id.
 */
export function originKeys(sources: Array<{ id: string; publisher: string | null; title: string; url: string | null }>): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const union = (a: string, b: string) => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent.set(x < y ? y : x, x < y ? x : y);
  };
  const seen = new Map<string, string>();
  for (const s of [...sources].sort((a, b) => a.id.localeCompare(b.id))) {
    parent.set(s.id, s.id);
    const keys = [
      s.publisher ? `p:${normaliseName(s.publisher)}` : null,
      normaliseName(s.title).length >= 12 ? `t:${normaliseName(s.title)}` : null,
      s.url ? `u:${s.url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}` : null,
    ];
    for (const k of keys) {
      if (!k) continue;
      const other = seen.get(k);
      if (other) union(s.id, other);
      else seen.set(k, s.id);
    }
  }
  return new Map(sources.map((s) => [s.id, `origin:${find(s.id)}`]));
}
