// Reads and validates the reference files. A bad record fails the whole load with an error naming the
// file, the record's index and id, and the field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { DossierError } from '../model/index.ts';
import { RefActor, RefClaim, RefEvent, RefMeasure, RefSource, type ReferenceSet } from './schema.ts';

function readArray<T extends z.ZodTypeAny>(dir: string, name: string, schema: T): Array<z.infer<T>> {
  const file = join(dir, name);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new DossierError('bad_input', `cannot read JSON: ${(err as Error).message}`, { file });
  }
  if (!Array.isArray(raw)) throw new DossierError('bad_input', 'expected a JSON array', { file });
  return raw.map((rec: unknown, i) => {
    const r = schema.safeParse(rec);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      const id = typeof rec === 'object' && rec && 'id' in rec ? ` (id ${String((rec as { id: unknown }).id)})` : '';
      throw new DossierError('bad_input', `${issue.message}${id}`, { file, record: i, field: issue.path.join('.') || undefined });
    }
    return r.data;
  });
}

export function loadReference(dir: string): ReferenceSet {
  const set: ReferenceSet = {
    sources: readArray(dir, 'sources.json', RefSource),
    actors: readArray(dir, 'actors.json', RefActor),
    events: readArray(dir, 'events.json', RefEvent),
    claims: readArray(dir, 'claims.json', RefClaim),
    measures: readArray(dir, 'measures.json', RefMeasure),
  };
  checkReferences(dir, set);
  return set;
}

/** Every source, actor and event a record names must exist. */
function checkReferences(dir: string, set: ReferenceSet): void {
  const sources = new Set(set.sources.map((s) => s.id));
  const actors = new Set(set.actors.map((a) => a.id));
  const events = new Set(set.events.map((e) => e.id));
  const fail = (file: string, record: number, field: string, msg: string): never => {
    throw new DossierError('bad_input', msg, { file: join(dir, file), record, field });
  };
  const needSource = (file: string, i: number, field: string, id: string) => {
    if (!sources.has(id)) fail(file, i, field, `unknown source "${id}"`);
  };
  set.actors.forEach((a, i) => {
    a.aliases.forEach((al, j) => needSource('actors.json', i, `aliases.${j}.attested_in`, al.attested_in));
    a.identifiers.forEach((x, j) => needSource('actors.json', i, `identifiers.${j}.source`, x.source));
    a.relations.forEach((r, j) => {
      needSource('actors.json', i, `relations.${j}.source`, r.source);
      if (!actors.has(r.object)) fail('actors.json', i, `relations.${j}.object`, `unknown actor "${r.object}"`);
      if (r.asserted_by && !actors.has(r.asserted_by)) fail('actors.json', i, `relations.${j}.asserted_by`, `unknown actor "${r.asserted_by}"`);
    });
  });
  set.events.forEach((e, i) => {
    e.casualties.forEach((c, j) => needSource('events.json', i, `casualties.${j}.source`, c.source));
    e.attributions.forEach((a, j) => {
      needSource('events.json', i, `attributions.${j}.source`, a.source);
      if (!actors.has(a.actor_id)) fail('events.json', i, `attributions.${j}.actor_id`, `unknown actor "${a.actor_id}"`);
    });
  });
  set.claims.forEach((c, i) => {
    needSource('claims.json', i, 'claimed_by', c.claimed_by);
    c.evidence.forEach((e, j) => needSource('claims.json', i, `evidence.${j}.source`, e.source));
    if (c.event_id && !events.has(c.event_id)) fail('claims.json', i, 'event_id', `unknown event "${c.event_id}"`);
  });
  set.measures.forEach((m, i) => {
    if (!actors.has(m.actor_id)) fail('measures.json', i, 'actor_id', `unknown actor "${m.actor_id}"`);
    if (!actors.has(m.authority)) fail('measures.json', i, 'authority', `unknown actor "${m.authority}"`);
    m.evidence.forEach((e, j) => needSource('measures.json', i, `evidence.${j}.source`, e.source));
  });
}
