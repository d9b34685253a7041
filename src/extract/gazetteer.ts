// Gazetteers: the store's names (from the caller), the bundled reference actors, and the built-in data
// (places.json, organisations.json) that canonicalises well-known names.
import capitals from './data/capitals.json' with { type: 'json' };
import { makeId } from '../model/ids.ts';
import type { EntityKind } from '../model/index.ts';
import type { GazetteerEntry, MentionType } from './types.ts';
import places from './data/places.json' with { type: 'json' };
import organisations from './data/organisations.json' with { type: 'json' };
import listOrganisations from './data/list-organisations.json' with { type: 'json' };
import stateBodies from './data/state-bodies.json' with { type: 'json' };
import subdivisions from './data/subdivisions.json' with { type: 'json' };
import cities from './data/cities.json' with { type: 'json' };
import divisions from './data/divisions.json' with { type: 'json' };
import cues from './data/cues.json' with { type: 'json' };
import { nameWords, TOKEN_CODES, tokenize } from './tokens.ts';
// (bit and code constants made this module's own: V8 folds a module's constants into its code, not imported ones)
const { W_WORD } = TOKEN_CODES;

const nameKeys = new Map<string, string>();
/** The folded key of a whole name: its word tokens' keys joined by spaces. Cached per name, like a word's key. */
export function nameKey(name: string): string {
  let k = nameKeys.get(name);
  if (k !== undefined) return k;
  k = '';
  const t = tokenize(name);
  const flags = nameWords.flags;
  for (let q = 0; q < t.n; q++) {
    const w = t.word[q]!;
    if (flags[w]! & W_WORD) k = k ? `${k} ${nameWords.key[w]!}` : nameWords.key[w]!;
  }
  if (nameKeys.size > 50_000) nameKeys.clear();
  nameKeys.set(name, k);
  return k;
}

const TITLE_RE = new RegExp(`^(?:(?:${cues.titles_excluded.map((t) => t.replace(/\./g, '\\.')).join('|')})\\.?\\s+)+`, '');

/** Names as the gazetteer should look for them: "X (Y)" gives X and Y; leading honorifics are dropped. */
export function surfaceForms(name: string): string[] {
  const out: string[] = [];
  // "Haqqani Network (HQN)" gives both; a qualifier such as "(India)" is dropped
  const m = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(name);
  const parts = m ? (/^[\p{Lu}][\p{L}.&-]{1,9}$/u.test(m[2]!) && (m[2]!.match(/\p{Lu}/gu) ?? []).length >= 2 ? [m[1]!, m[2]!] : [m[1]!]) : [name];
  for (let p of parts) {
    p = p.replace(TITLE_RE, '').trim();
    if (/\b(list|alias)\b/i.test(p)) continue; // descriptive notes, not names
    if (p.length >= 2) out.push(p);
  }
  return out;
}

const KIND_TYPE: Record<string, { type: MentionType; kind: EntityKind }> = {
  state: { type: 'place', kind: 'state' },
  place: { type: 'place', kind: 'place' },
  agency: { type: 'organization', kind: 'agency' },
  organization: { type: 'organization', kind: 'organization' },
  organisation: { type: 'organization', kind: 'organization' },
  front: { type: 'organization', kind: 'organization' },
  person: { type: 'person', kind: 'person' },
};

/** A gazetteer from the bundled `data/reference/actors.json` rows (names and aliases). */
export function gazetteerFromReference(actors: unknown[]): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const row of actors) {
    if (!row || typeof row !== 'object') continue;
    const r = row as Record<string, unknown>;
    const kt = KIND_TYPE[String(r.kind ?? r.type ?? '')];
    const name = typeof r.name === 'string' ? r.name : null;
    if (!kt || !name) continue;
    const id = typeof r.id === 'string' ? makeId('entity', r.id) : null;
    const names = [name];
    for (const a of Array.isArray(r.aliases) ? r.aliases : []) {
      const an = typeof a === 'string' ? a : a && typeof a === 'object' ? (a as { name?: unknown }).name : null;
      if (typeof an === 'string') names.push(an);
    }
    const canonical = surfaceForms(name)[0] ?? name;
    for (const n of names)
      for (const s of surfaceForms(n)) out.push({ name: s, canonical, type: kt.type, entity_kind: kt.kind, entity_id: id });
  }
  return out;
}

interface Canon {
  canonical: string;
  type: MentionType;
  kind: EntityKind;
}
const CANON = new Map<string, Canon>();
/**
 * The acronym, as written, whose key gave CANON its entry: the fold squashes doubled letters ("Tayyiba" is
 * "Tayiba"), which in an acronym makes another ("CNN" would be the National Cryptologic Center's "CCN").
 */
const CANON_ACRONYM = new Map<string, string>();
const ACRONYM_RE = /^[A-Z]{2,6}$/;
const BUILTIN: GazetteerEntry[] = [];
function addBuiltin(canonical: string, variants: string[], type: MentionType, kind: EntityKind, withCanonical = true) {
  for (const v of withCanonical ? [canonical, ...variants] : variants) {
    const k = nameKey(v);
    if (!CANON.has(k)) {
      CANON.set(k, { canonical, type, kind });
      if (ACRONYM_RE.test(v)) CANON_ACRONYM.set(k, v);
    }
    BUILTIN.push({ name: v, canonical, type, entity_kind: kind, entity_id: null });
  }
}
for (const [group, table] of Object.entries(places)) {
  if (group.startsWith('$')) continue;
  for (const [c, vs] of Object.entries(table as Record<string, string[]>))
    addBuiltin(c, vs, 'place', group === 'countries' ? 'state' : 'place');
}
// first-level subdivisions of every country (reference data, see the file's note), after the hand-kept
// table, which wins where both name a place
const SUBDIVISION_ONLY = new Set<string>();
for (const name of Object.keys(subdivisions.subdivisions))
  if (!CANON.has(nameKey(name))) {
    addBuiltin(name, [], 'place', 'place');
    SUBDIVISION_ONLY.add(name);
  }
/** The country of a first-level subdivision of the reference table, by its name as written there, or undefined. */
export const subdivisionCountry = (name: string): string | undefined =>
  (subdivisions.subdivisions as Record<string, string>)[name];
/** The canonical name is known only from the reference subdivisions (not the hand-kept table). */
export const onlySubdivision = (canonical: string) => SUBDIVISION_ONLY.has(canonical);
for (const [c, vs] of Object.entries(organisations)) if (!c.startsWith('$')) addBuiltin(c, vs as string[], 'organization', 'organization');
// organisations designated on the bundled official lists (derived data, see the file's note), after the
// hand-kept table, whose canonical names and variants win
const LIST_ONLY = new Set<string>();
for (const [c, { aliases }] of Object.entries(listOrganisations.organisations as Record<string, { aliases: string[] }>)) {
  const own = !CANON.has(nameKey(c));
  addBuiltin(c, aliases.filter((a) => !CANON.has(nameKey(a))), 'organization', 'organization', own);
  if (own) LIST_ONLY.add(c);
}
/**
 * The canonical name is a list's display name (list-organisations.json), not a hand-kept one: the lists'
 * spelling, which a document may never use ("Revolutionary Armed Forces of Colombia" for a text's "FARC").
 */
export const onlyListed = (canonical: string) => LIST_ONLY.has(canonical);
/** Built-in bodies named by the document's own form too (organisations.json `$text_forms`: "PKK" where a text writes only that). */
// (in one set with the listed display names: one lookup a name)
const TEXT_FORMS = new Set<string>([...LIST_ONLY, ...organisations.$text_forms]);
/** The canonical name gives way to the document's own form of it: a listed display name, or a `$text_forms` body. */
export const byTextForm = (canonical: string) => TEXT_FORMS.has(canonical);
// national state bodies (intelligence and security services, legislatures: reference data derived by
// scripts/derive-state-bodies.ts, see the file's note), after the hand-kept and listed names, which win
for (const [c, { aliases }] of Object.entries(stateBodies.organisations as Record<string, { aliases: string[] }>))
  addBuiltin(c, aliases.filter((a) => !CANON.has(nameKey(a))), 'organization', 'organization', !CANON.has(nameKey(c)));
// the world's cities and towns (reference data, see the file's note): not gazetteer entries (21,000 names
// would grow the tokenizer's word table, and every pass with it) but a look-up for a run of capitalised
// words that no entry matched, by its spelling as listed, without its marks, or in ASCII letters; with the
// words that open a spelling (up to a space, a hyphen, an apostrophe or a full stop), asked first
const CITY = new Map<string, string>();
const CITY_FIRST = new Set<string>();
function addCity(spelling: string, name: string) {
  if (CITY.has(spelling)) return;
  CITY.set(spelling, name);
  let k = 0;
  for (; k < spelling.length; k++) {
    const c = spelling.charCodeAt(k);
    if (c === 32 || c === 45 || c === 39 || c === 46 || c === 0x2019 || c === 0x2010 || c === 0x2013) break;
  }
  CITY_FIRST.add(k === spelling.length ? spelling : spelling.slice(0, k));
}
// (a loop by key and index: Object.entries and spreads cost several times as much at load)
const cityTable = cities.cities as Record<string, string[]>;
for (const name in cityTable) {
  const row = cityTable[name]!;
  addCity(name, name);
  for (let k = 1; k < row.length; k++) addCity(row[k]!, name);
}
// (and the English names of administrative divisions no other table gives: "Ituri", "Basilan"; looked up
// the same way, after the cities, which win, by their spelling and, as the data file gives it, without its
// marks: "Michoacan")
const divisionTable = divisions.divisions as Record<string, string[]>;
for (const name in divisionTable) {
  const row = divisionTable[name]!;
  addCity(name, name);
  for (let k = 1; k < row.length; k++) addCity(row[k]!, name);
}
/** The canonical name of the reference city or town (or administrative division) spelt `text`, or undefined. */
export const cityOf = (text: string): string | undefined => CITY.get(text);
/** The country of the reference city or town named `name` (a canonical name cityOf gives), or undefined. */
export const cityCountryOf = (name: string): string | undefined => cityTable[name]?.[0];
/** The word (as written) opens the name of a reference city or town. */
export const opensCity = (word: string): boolean => CITY_FIRST.has(word);
// offices, laws and designations: matched so that the names inside them ("Treasury" in "Secretary of the
// Treasury") are not taken for mentions; they yield no mention themselves
for (const n of cues.not_entities) BUILTIN.push({ name: n, canonical: '', type: 'organization', entity_kind: 'organization', entity_id: null });

// canonicalOf's answers by name (CANON is complete once the module has loaded): one look-up for a name
// asked again, as most are (each mention's canonical name is asked several times a pass)
const canonOf = new Map<string, Canon | null>();
/** The canonical display name of a well-known entity, or null. */
export function canonicalOf(name: string): Canon | null {
  let c = canonOf.get(name);
  if (c !== undefined) return c;
  c = lookUpCanonical(name);
  if (canonOf.size > 50_000) canonOf.clear();
  canonOf.set(name, c);
  return c;
}
function lookUpCanonical(name: string): Canon | null {
  const k = nameKey(name);
  const c = CANON.get(k);
  // (an acronym is the entry's only as written: "CNN" is not "CCN")
  if (c !== undefined) return ACRONYM_RE.test(name) && (CANON_ACRONYM.get(k) ?? name) !== name ? null : c;
  // without a leading "the " (only a name that starts so can differ)
  const t = name.charCodeAt(0) | 32;
  if (t !== 116 || (name.charCodeAt(1) | 32) !== 104 || (name.charCodeAt(2) | 32) !== 101 || !/^\s/.test(name.slice(3, 4))) return null;
  return CANON.get(nameKey(name.replace(/^the\s+/i, ''))) ?? null;
}

/**
 * The entries the matcher uses: the caller's (canonicalised through the built-in table), then the
 * built-in data. A state's alias that is a place in its own right (Tehran for Iran) is reported as that
 * place; built-in entries take the caller's entity id when they name the same entity.
 */
export function effectiveGazetteer(entries: GazetteerEntry[], metonyms?: Map<string, string>): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  const idOf = new Map<string, string>();
  for (const e of entries) {
    const c = canonicalOf(e.canonical);
    const canonical = c && c.type === e.type ? c.canonical : e.canonical;
    const own = canonicalOf(e.name);
    if (own && own.type === 'place' && e.type === 'place' && own.canonical !== canonical) {
      metonyms?.set(own.canonical, canonical); // "Tehran" stands for Iran as the subject of a verb
      continue;
    }
    out.push({ name: e.name, canonical, type: e.type, entity_kind: e.entity_kind, entity_id: e.entity_id });
    if (e.entity_id && !idOf.has(canonical)) idOf.set(canonical, e.entity_id);
  }
  // every state's capital (capitals.json) stands for its state as a verb's subject too ("Ankara considers …",
  // "Colombo declared …"), besides the caller's (branch attr4)
  if (metonyms)
    for (const [cap, state] of Object.entries(capitals.capitals as Record<string, string>)) {
      const c = canonicalOf(cap);
      const st = canonicalOf(state);
      if (c && st && c.type === 'place' && st.type === 'place' && c.canonical !== st.canonical && !metonyms.has(c.canonical)) metonyms.set(c.canonical, st.canonical);
    }
  // (entries are built field by field: object spread is slow in V8)
  for (const b of BUILTIN) out.push({ name: b.name, canonical: b.canonical, type: b.type, entity_kind: b.entity_kind, entity_id: idOf.get(b.canonical) ?? null });
  return out;
}

