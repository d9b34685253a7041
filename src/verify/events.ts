// Reading an event named in words ("the Moscow concert hall attack", "Pahalgam attack") as a stored event
// (pure). Extraction stores such objects as literals; without this, an extracted claim could never meet the
// reference data's claims about the same event. A literal names event E when the words they share are
// distinctive (weighed by how few events use them), no year in the literal contradicts E's year, and E
// scores strictly best; the claim's own date, when it is E's day, breaks ties.
import { normaliseName } from '../resolve/normalise.ts';
import type { ClaimFact } from './types.ts';

export interface EventRef {
  id: string;
  name: string;
  place_name: string | null;
  date_start: string | null;
}

/** Predicates whose subject is an event, so an unresolved subject may name one. */
export const EVENT_SUBJECT_PREDICATES = ['killed', 'occurred_on', 'occurred_at', 'traced_to'];
/** A literal needs at least this much distinctive overlap (one word no other event uses ≈ ln 10). */
export const MIN_EVENT_SCORE = 1.5;

function tokens(text: string): string[] {
  return normaliseName(text)
    .split(' ')
    .filter((t) => t.length > 2 && !/\d/.test(t))
    .map((t) => (t.length > 4 && t.endsWith('s') ? t.slice(0, -1) : t));
}

function years(text: string): string[] {
  return text.match(/\b(1[89]|20)\d{2}\b/g) ?? [];
}

export interface EventIndex {
  resolve(literal: string, claimDate: string | null): EventRef | null;
}

export function eventIndex(events: EventRef[]): EventIndex {
  const toks = events.map((e) => new Set(tokens(`${e.name} ${e.place_name ?? ''}`)));
  const df = new Map<string, number>();
  for (const set of toks) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(events.length, 1);
  return {
    resolve(literal, claimDate) {
      const words = new Set(tokens(literal));
      const ys = years(literal);
      const scored = events
        .map((e, i) => {
          if (ys.length > 0 && e.date_start && !ys.includes(e.date_start.slice(0, 4))) return { e, s: 0 };
          let s = 0;
          for (const w of words) if (toks[i]!.has(w)) s += Math.log(n / df.get(w)!);
          if (s > 0 && claimDate && claimDate.length === 10 && claimDate === e.date_start) s += 1;
          return { e, s };
        })
        .filter((x) => x.s > 0)
        .sort((a, b) => b.s - a.s);
      const best = scored[0];
      if (!best || best.s < MIN_EVENT_SCORE) return null;
      if (scored[1] && scored[1].s === best.s) return null; // ambiguous
      return best.e;
    },
  };
}

/** Claims with literal event objects (or unresolved event subjects) read as the stored events they name. */
export function resolveEventLiterals(claims: ClaimFact[], events: EventRef[]): ClaimFact[] {
  if (events.length === 0) return claims;
  const index = eventIndex(events);
  return claims.map((c) => {
    let out = c;
    if (c.object_kind === 'literal' && c.object_value && c.predicate !== 'killed' && c.predicate !== 'occurred_on') {
      const e = index.resolve(c.object_value, c.date_start);
      if (e) out = { ...out, object_kind: 'event', object_id: e.id, object_name: e.name, resolved: [...(out.resolved ?? []), `object "${c.object_value}" read as ${e.name}`] };
    }
    if (!c.subject_id && EVENT_SUBJECT_PREDICATES.includes(c.predicate)) {
      const e = index.resolve(c.subject_name, c.date_start);
      if (e) out = { ...out, subject_id: e.id, resolved: [...(out.resolved ?? []), `subject "${c.subject_name}" read as ${e.name}`] };
    }
    return out;
  });
}
