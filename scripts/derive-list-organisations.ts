// Derives src/extract/data/list-organisations.json (organisations designated on the official lists bundled
// in data/lists, with their aliases) from those lists, read by Dossier's own parsers (src/lists):
//   node bin/run-ts.mjs scripts/derive-list-organisations.ts [/usr/share/dict/words] > src/extract/data/list-organisations.json
// The word list is Debian's wamerican (SCOWL; `apt-get install wamerican`).
//
// Which entries: organisations (never people, vessels, aircraft) designated under a terrorism programme
// (UN 1267 Al-Qaida/ISIL and 1988 Taliban lists; OFAC SDGT, SDT, FTO; UK OFSI "ISIL (Da'esh) and
// Al-Qaida", "Terrorism and Terrorist Financing", Afghanistan; India's UAPA First Schedule), and the armed
// groups of the UN/UK regimes on armed conflicts (DRC, CAR, Somalia, South Sudan, Mali, Haiti, Yemen);
// never a company (a primary name with a business word: LTD, TRADING, AIRLINES, BANK, EXCHANGE …; for the
// armed-conflict regimes, any name). The trade, proliferation and country programmes (Iran, DPRK, Russia,
// narcotics, Cuba …) list firms, banks and ships, and the terrorism programmes list financiers' firms too:
// reporting on violence names the groups (and their charities, fronts and media), and firms' names are
// ordinary words ("Day Bank", "Atlas Exchange", "Car Care Center") that would only add false matches.
//
// Entries of several lists (or versions) that share a primary name are one organisation. Its display name:
// the canonical of src/extract/data/organisations.json when a primary name is there (that file wins); else
// the first list's primary name (UN, then OFAC, UK, UAPA), in a mixed-case spelling of it from the lists if
// there is one, else in title case (acronyms kept, al-/e-/ul- … particles in lower case).
//
// Which names (precision filters): Latin script only; OFAC's weak ("low quality") a.k.a.s dropped; names
// with commas, colons or semicolons (notes, not names) dropped; "X (ACR)" gives X and ACR, another
// bracketed qualifier is dropped; "X / Y" gives both; a leading "The" is dropped. Dropped besides: names of
// fewer than 3 letters; one-word names that are English words (word list), given names (cues.json) or
// demonyms; acronyms of 3 letters or fewer (MIT, MCC, PLA, LET name other things too often; an article
// that uses one usually spells it out first, "Full Name (ACR)", and the extractor learns it there;
// measured: no change on the eval sets); aliases whose
// every word is an English word or a generic word of group names ("Islamic Army", "The Base", "Party of
// God", "The Youth") — a primary name is kept, as its display is the same words; any name already in the
// built-in places, subdivisions or organisations under another canonical (the built-in data wins); any
// alias that two different organisations share ("Ansar al-Sharia", "Islamic Jihad"). An alias that shares
// no word with its organisation's primary names is often another body filed under it: it is kept under its
// own name if it has two words besides particles and generic words, and holds no built-in name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseListFile } from '../src/lists/parse.ts';
import { BUNDLED_LIST_FILES, BUNDLED_LISTS_DIR } from '../src/lists/bundled.ts';
import { nameKey } from '../src/extract/gazetteer.ts';
import type { ListEntry } from '../src/model/index.ts';
import { levenshtein } from '../src/resolve/similarity.ts';

const DATA = new URL('../src/extract/data/', import.meta.url);
const json = (f: string) => JSON.parse(readFileSync(new URL(f, DATA), 'utf8')) as Record<string, unknown>;
const organisations = json('organisations.json') as Record<string, string[]>;
const places = json('places.json') as Record<string, Record<string, string[]>>;
const subdivisions = (json('subdivisions.json') as { subdivisions: Record<string, string> }).subdivisions;
const cues = json('cues.json') as { given_names: string[] };
const demonyms = json('demonyms.json');
const dictWords = readFileSync(process.argv[2] ?? '/usr/share/dict/words', 'utf8').split('\n').filter(Boolean);
const english = new Set(dictWords.filter((w) => w === w.toLowerCase()).map((w) => w.replace(/'s$/, '')));
const givenNames = new Set(cues.given_names.map((n) => n.toLowerCase()));
const demonymSet = new Set(Object.keys(demonyms).map((d) => d.toLowerCase()));

// --- which entries -------------------------------------------------------------------------------------
const TERROR_OFAC = new Set(['SDGT', 'SDT', 'FTO']);
const TERROR_REGIMES = /^(Al-Qaida|Taliban|The ISIL \(Da'esh\) and Al-Qaida organisations|Terrorism and Terrorist Financing|Afghanistan|The Afghanistan \(Sanctions\).*|UAPA First Schedule)$/;
const CONFLICT_REGIMES = /^(DRC|Democratic Republic of the Congo|CAR|Central African Republic|Somalia|South Sudan|Mali|Haiti|Yemen)$/;
const BUSINESS =
  /\b(LTDA?|LIMITED|LLC|L\.L\.C|SARL|S\.A\.R\.L|S\.A|SAL|GMBH|FZE|FZCO|INC|CO|COMPANY|CORPORATION|HOLDINGS?|ENTERPRISES?|INDUSTRY|INDUSTRIES|AIR|AIRLINES?|AIRWAYS|AVIATION|SHIPPING|LOGISTICS|TRADING|TRADE|EXCHANGE|EXCHANGERS|HAWALA|BANK|BROKERAGE|LEASING|INVESTMENTS?|PROPERTIES|CONSULTING|CONSULTANTS?|ENGINEERING|ENGINEERS|CONSTRUCTION|PETROCHEMICAL|OIL|GAS|MINING|SUPERMARKET|SWEETS|BAKERIES|TRAVEL|IMPEX|IMPORT|EXPORT|HOUSE|NGO)\b/i;
function wanted(list: string, e: ListEntry): boolean {
  if (e.kind !== 'organization') return false;
  const primary = e.names.find((n) => n.type === 'primary')?.name ?? '';
  if (list === 'ofac') return e.programmes.some((p) => TERROR_OFAC.has(p)) && !BUSINESS.test(primary);
  if (list === 'un' || list === 'uk' || list === 'uapa') {
    if (e.programmes.some((p) => TERROR_REGIMES.test(p))) return !BUSINESS.test(primary);
    return e.programmes.some((p) => CONFLICT_REGIMES.test(p)) && !e.names.some((n) => BUSINESS.test(n.name));
  }
  return false; // the EU file is a 5-record sample of no such regime
}

// --- names ---------------------------------------------------------------------------------------------
const ACRONYM_RE = /^[\p{Lu}][\p{Lu}\p{Ll}\d.&-]{1,9}$/u;
const isAcronym = (s: string) => ACRONYM_RE.test(s) && (s.match(/\p{Lu}/gu) ?? []).length >= 2 && !/\s/.test(s);
/** A bracketed acronym, not a qualifier such as "(PAKISTAN)", "(martyrs)" or "(NGO)" (list names are in capitals). */
const bracketAcronym = (s: string) =>
  isAcronym(s) && looksAcronym(s) && s !== 'NGO' && !builtin.get(nameKey(s))?.startsWith('place:');
/** A one-token name in capitals that reads as an acronym or a branch code (ISGS, AAS-T, RSRSBCM), not a word (SHABAAB, YOUTH). */
const looksAcronym = (s: string) => {
  const l = s.replace(/[^\p{L}]/gu, '');
  return !english.has(s.toLowerCase()) && (l.length <= 5 || /\d/.test(s) || !/[AEIOUY]/i.test(l) || (s.includes('-') && s.split('-').every((p) => p.length <= 4)));
};
/** The names a list name stands for: "X (ACR)" → X, ACR; "X (qualifier)" → X; "X / Y" → X, Y. */
/** An acronym's key → the key of the name it was bracketed after ("FALAH-I-INSANIAT FOUNDATION (FIF)"). */
const bracketParent = new Map<string, string>();
function surfaces(raw: string): string[] {
  let s = raw.replace(/[“”"]/g, '').replace(/\s+/g, ' ').trim();
  const out: string[] = [];
  const m = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(s);
  if (m) {
    s = m[1]!;
    for (const p of m[2]!.split(/\s*,\s*/))
      if (bracketAcronym(p)) {
        out.push(p);
        if (!bracketParent.has(nameKey(p))) bracketParent.set(nameKey(p), nameKey(s.replace(/^the\s+/i, '')));
      }
  }
  for (const p of s.split(/\s+\/\s+/)) out.unshift(p.trim());
  return out
    .map((p) => p.replace(/^the\s+/i, ''))
    .filter((p) => p && !/[,;:()[\]]/.test(p) && /^[\p{Script=Latin}\d\s'’`.&-]+$/u.test(p));
}

const PARTICLES = new Set('al el ul e i ud ut ur us ush ash an ad as wa wal fi li bi bil of the and for in on at to de du des la le les et y del da di bin ibn pour en au aux par sur avec'.split(' '));
/** A readable form of a list name written in capitals; a name already in mixed case keeps its capitals. */
function display(name: string, acronyms: Set<string>): string {
  const mixed = /\p{Ll}/u.test(name);
  // a one-token name in capitals is an acronym or a branch code (ISIS-GS, AAS-T)
  if (!mixed && !/\s/.test(name) && looksAcronym(name)) return name;
  let first = true;
  return name.replace(/[\p{L}\d'’`]+/gu, (w, off: number) => {
    const prev = name[off - 1];
    const next = name[off + w.length];
    const lw = w.toLowerCase();
    const isFirst = first;
    first = false;
    // particles: lower case inside a name, and "al-" even first (al-Qaida, al-Shabaab)
    if (PARTICLES.has(lw) && (!isFirst || (next === '-' && (lw === 'al' || lw === 'el'))) && !(lw === 'i' && !(prev === '-' || next === '-')))
      return lw;
    if (mixed) return w;
    if (acronyms.has(w) || /\d/.test(w) || (!/[AEIOUYÀ-ÖØ-Ý]/.test(w) && w.length > 1)) return w;
    if (/^[LD]['’]/.test(w)) return w[0]!.toLowerCase() + w[1]! + w[2]! + w.slice(3).toLowerCase();
    return w[0]! + lw.slice(1);
  });
}

/** A display name's leading article as English reporting writes it ("Al Badr" → al-Badr), with straight apostrophes. */
const leadingAl = (n: string) => n.replace(/^Al (?=\p{Lu})/u, 'al-').replace(/’/g, "'");

/** Initials of every run of 2+ words of the names: IRA from "Real Irish Republican Army". */
function acronymsOf(names: string[]): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    if (bracketAcronym(n)) out.add(n.toUpperCase());
    const ws = n.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w) && !PARTICLES.has(w.toLowerCase()));
    for (let i = 0; i < ws.length; i++) {
      let a = '';
      for (let j = i; j < ws.length; j++) {
        a += ws[j]![0]!.toUpperCase();
        if (a.length >= 2) out.add(a);
      }
    }
  }
  return out;
}

const GENERIC = new Set(
  'islamic islamist muslim muslims jihad jihadi mujahideen mujahidin mujahedeen god allah caliphate holy international national popular revolutionary people peoples liberation organization organisation group army front movement party base youth wing brigade brigades battalion battalions force forces soldiers supporters followers partisans resistance council committee foundation society association trust network the of for and in'.split(' '),
);
const commonWord = (w: string) => {
  const l = w.toLowerCase().replace(/['’]s$/, '');
  return english.has(l) || GENERIC.has(l) || PARTICLES.has(l);
};

// built-in names (the built-in data wins): key → canonical
const builtin = new Map<string, string>();
const addKnown = (n: string, canonical: string) => {
  const k = nameKey(n);
  if (k && !builtin.has(k)) builtin.set(k, canonical);
};
for (const [group, table] of Object.entries(places)) {
  if (group.startsWith('$')) continue;
  for (const [c, vs] of Object.entries(table)) for (const v of [c, ...vs]) addKnown(v, `place:${c}`);
}
for (const n of Object.keys(subdivisions)) addKnown(n, `place:${n}`);
for (const [c, vs] of Object.entries(organisations)) if (!c.startsWith('$')) for (const v of [c, ...vs]) addKnown(v, c);

// --- read the lists -----------------------------------------------------------------------------------
interface Group {
  primaries: string[];
  names: string[];
  refs: string[];
}
const byRef = new Map<string, Group>(); // list:ref → entry (later versions and alias-only files merge into it)
for (const file of BUNDLED_LIST_FILES) {
  const parsed = parseListFile(join(BUNDLED_LISTS_DIR, file));
  for await (const e of parsed.entries) {
    const ref = `${parsed.meta.list}:${e.list_ref}`;
    let g = byRef.get(ref);
    if (!g && !wanted(parsed.meta.list, e)) continue;
    if (!g) byRef.set(ref, (g = { primaries: [], names: [], refs: [ref] }));
    const strong = e.names.filter((n) => n.quality === 'strong' && n.type !== 'original_script');
    for (const n of strong) {
      const ss = surfaces(n.name);
      if (n.type === 'primary' && ss[0] && !g.primaries.includes(ss[0])) g.primaries.push(ss[0]);
      for (const s of ss) if (!g.names.includes(s)) g.names.push(s);
    }
  }
}
// Public Safety Canada's listed terrorist entities, as the MISP galaxy cluster "terrorist-groups" keeps them
// (data/terrorist-groups, CC0 1.0 / BSD-2-Clause): each value is a group's name ("X (ACR)"), its summary the
// aliases Canada lists, in prose ("A, B; the C and D."). Read after the official lists, so their names and
// display names come first; two values are people (a leader and an ideologue), not groups.
const MISP_FILE = new URL('../data/terrorist-groups/misp-galaxy-terrorist-groups.json', import.meta.url);
const misp = JSON.parse(readFileSync(MISP_FILE, 'utf8')) as { values: Array<{ value: string; meta: { id?: string; summary?: string } }> };
/** Splits a list in prose at commas and semicolons outside brackets (not at "and": names hold it, "Basque
 * Homeland and Liberty"; the last item's "and" is dropped, and two items glued by it make a name no text writes). */
function proseItems(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  const flush = () => {
    const t = cur.replace(/\s+/g, ' ').trim().replace(/^(and|or)\s+/i, '').replace(/[.\s]+$/, '').trim();
    if (t) out.push(t);
    cur = '';
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (c === ',' || c === ';')) {
      flush();
      continue;
    }
    cur += c;
  }
  flush();
  return out;
}
const mispName = (n: string) => n.replace(/\s*[–—]\s*/g, ' - ').replace(/´/g, "'");
/** Names only Canada's list gives (its prose aliases are looser than the official lists' names: "Egyptian Revolution"). */
const mispOnly = new Set<string>();
const officialKeys = new Set([...byRef.values()].flatMap((g) => g.names.map(nameKey)));
for (const v of misp.values) {
  const items = proseItems(v.value);
  const ws = items[0]!.split(/\s+/);
  // a person: two or three words opening with a given name (Gulbuddin Hekmatyar, James Mason)
  if (items.length === 1 && !/\(/.test(items[0]!) && ws.length <= 3 && givenNames.has(ws[0]!.toLowerCase())) continue;
  const g: Group = { primaries: [], names: [], refs: [`ca:${v.meta.id ?? v.value}`] };
  const summary = v.meta.summary && v.meta.summary !== 'N/A' ? proseItems(v.meta.summary) : [];
  items.forEach((item, i) => {
    const ss = surfaces(mispName(item));
    if (i === 0 && ss[0]) g.primaries.push(ss[0]);
    for (const x of ss) if (!g.names.includes(x)) g.names.push(x);
  });
  // (an alias the official lists already give is theirs: taken here too it would be two groups' and dropped, MUJAO)
  for (const item of summary) for (const x of surfaces(mispName(item))) if (!g.names.includes(x) && !officialKeys.has(nameKey(x))) g.names.push(x);
  for (const n of g.names) if (!officialKeys.has(nameKey(n))) mispOnly.add(nameKey(n));
  byRef.set(g.refs[0]!, g);
}

// an alias that shares no word with the organisation's primary names is often another body the list
// files under it (OFAC gives Lashkar-e-Tayyiba the aliases Milli Muslim League and al-Anfal Trust): it is
// kept as an organisation of its own name, not as a spelling of the first
/** Two folded words the same but for one letter (added, dropped or changed). */
const near = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 4 && levenshtein(a, b) <= 1);
const contentKeys = (n: string) => nameKey(n).split(' ').filter((w) => w.length > 2 && !PARTICLES.has(w) && !GENERIC.has(w));
const sharesWord = (n: string, primaries: string[]) => {
  const ks = primaries.flatMap(contentKeys);
  return contentKeys(n).some((w) => ks.some((k) => near(w, k)));
};
// entries of several lists are one organisation when they share a primary name, else when each one's
// primary is a name of the other, else when one's primary is a name of the other; never two entries of
// one list unless they have the same primary name (a list's entries are distinct organisations, though
// their aliases may overlap: OFAC gives al-Qaida the alias Egyptian Islamic Jihad, which it also lists
// apart; one name is one organisation: the UN lists al-Haramain Foundation once per country)
const entries = [...byRef.values()].filter((g) => g.primaries.length);
const parent = entries.map((_, i) => i);
const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
const listsOf = entries.map((g) => new Set(g.refs.map((r) => r.split(':')[0]!)));
const union = (i: number, j: number, sameName: boolean) => {
  const a = find(i);
  const b = find(j);
  if (a === b || (!sameName && [...listsOf[a]!].some((l) => listsOf[b]!.has(l)))) return;
  parent[b] = a;
  for (const l of listsOf[b]!) listsOf[a]!.add(l);
};
const withName = new Map<string, number[]>();
entries.forEach((g, i) => {
  for (const n of g.names) {
    const k = nameKey(n);
    if (!withName.has(k)) withName.set(k, []);
    if (!withName.get(k)!.includes(i)) withName.get(k)!.push(i);
  }
});
const named = (i: number, j: number) => entries[i]!.primaries.some((p) => withName.get(nameKey(p))?.includes(j));
const samePrimary = (i: number, j: number) => entries[i]!.primaries.some((p) => entries[j]!.primaries.some((q) => nameKey(p) === nameKey(q)));
// (one-way, their primary names must also share a word, or the entries three names: OFAC's Shining Path
// has the alias People's Liberation Army, which UAPA lists as a Manipur group's name; OFAC lists AQIM
// under its former name, Salafist Group for Call and Combat, with the UN's aliases)
const sharedNames = (i: number, j: number) => {
  const ks = new Set(entries[j]!.names.map(nameKey));
  return new Set(entries[i]!.names.map(nameKey).filter((k) => ks.has(k))).size;
};
const related = (i: number, j: number) => named(i, j) && (sharesWord(entries[i]!.primaries.join(' '), entries[j]!.primaries) || sharedNames(i, j) >= 3);
// (last, primary names spelt alike, JAMA'A NUSRAT UL-ISLAM WA AL-MUSLIMIN and JAMA'AT NUSRAT AL-ISLAM
// WAL-MUSLIMIN)
const alike = (i: number, j: number) =>
  entries[i]!.primaries.some((p) =>
    entries[j]!.primaries.some((q) => {
      const a = contentKeys(p);
      const b = contentKeys(q);
      return a.length >= 2 && b.length >= 2 && a.length === b.length && a.every((w, x) => near(w, b[x]!));
    }),
  );
const pairs: Array<[number, number]> = [];
entries.forEach((_, i) => entries.forEach((__, j) => j > i && alike(i, j) && pairs.push([i, j])));
for (const tier of [samePrimary, (i: number, j: number) => named(i, j) && named(j, i), related])
  entries.forEach((g, i) => {
    for (const p of g.primaries) for (const j of withName.get(nameKey(p)) ?? []) if (j !== i && tier(i, j)) union(i, j, tier === samePrimary);
  });
for (const [i, j] of pairs) union(i, j, false);
const groupOf = new Map<number, Group>();
const groups: Group[] = [];
entries.forEach((g, i) => {
  const r = find(i);
  let m = groupOf.get(r);
  if (!m) {
    groupOf.set(r, (m = { primaries: [], names: [], refs: [] }));
    groups.push(m);
  }
  for (const p of g.primaries) if (!m.primaries.includes(p)) m.primaries.push(p);
  for (const n of g.names) if (!m.names.includes(n)) m.names.push(n);
  m.refs.push(...g.refs);
});

// --- names → organisations ----------------------------------------------------------------------------
const owners = new Map<string, Set<Group>>(); // key → groups naming it
for (const g of groups) for (const n of g.names) {
  const k = nameKey(n);
  if (!owners.has(k)) owners.set(k, new Set());
  owners.get(k)!.add(g);
}
// a name that is one organisation's primary name is that organisation's only
const primaryOf = new Map<string, Set<Group>>();
for (const g of groups) for (const p of g.primaries) {
  const k = nameKey(p);
  if (!primaryOf.has(k)) primaryOf.set(k, new Set());
  primaryOf.get(k)!.add(g);
}
const ownersOf = (k: string) => primaryOf.get(k) ?? owners.get(k);
const letters = (s: string) => s.replace(/[^\p{L}]/gu, '').length;
const out: Record<string, { aliases: string[]; lists: string[] }> = {};
const fronts: Array<{ name: string; aliases: string[]; refs: string[] }> = [];
// (an acronym bracketed after a front's name is the front's: "Falah-i-Insaniat Foundation (FIF)", filed
// under Lashkar-e-Tayyiba; a front whose name holds a built-in organisation's name is left to that name:
// "Kashmir Resistance Front" holds The Resistance Front's; a front named by one word, al-Hadith, is
// too plain to be taken alone)
const orgKeys = new Set([...builtin].filter(([k, c]) => !c.startsWith('place:') && k.includes(' ')).map(([k]) => k));
const containsKnown = (k: string) => {
  const ws = k.split(' ');
  for (let i = 0; i < ws.length; i++) for (let j = i + 2; j <= ws.length; j++) if (orgKeys.has(ws.slice(i, j).join(' '))) return true;
  return false;
};
const dropped: Record<string, string[]> = {};
const drop = (why: string, n: string) => (dropped[why] ??= []).push(n);
for (const g of groups) {
  if (!g.primaries.length) continue;
  const acr = acronymsOf(g.names);
  // organisations.json's canonical: a primary name's, else the one every built-in name of the group agrees on
  const hits = new Set(g.names.filter((n) => !isAcronym(n)).map((n) => builtin.get(nameKey(n))).filter((c): c is string => !!c && !c.startsWith('place:')));
  const existing = g.primaries.map((p) => builtin.get(nameKey(p))).find((c) => c && !c.startsWith('place:')) ?? (hits.size === 1 ? [...hits][0] : undefined);
  let name: string;
  if (existing) name = existing;
  else {
    // the first list's primary name that is not an acronym, else a name the acronym stands for
    const p = g.primaries.find((q) => !isAcronym(q)) ?? g.names.find((n) => !isAcronym(n) && acronymsOf([n]).has(g.primaries[0]!.toUpperCase())) ?? g.primaries[0]!;
    name = display(g.names.find((n) => /\p{Ll}/u.test(n) && n.toLowerCase() === p.toLowerCase()) ?? p, acr);
  }
  name = leadingAl(name);
  const ownKey = nameKey(name);
  const aliases: string[] = [];
  const ownFront = new Map<string, (typeof fronts)[number]>();
  const seen = new Set([ownKey]);
  for (const raw of g.names) {
    const n = display(raw, acr);
    const k = nameKey(n);
    if (seen.has(k)) continue;
    seen.add(k);
    const primary = g.primaries.some((p) => nameKey(p) === k);
    const ws = n.split(/[\s-]+/).filter(Boolean);
    const known = builtin.get(k);
    if (known !== undefined) {
      if (known !== name) drop('built-in name of another entity', `${n} (${known})`);
      continue;
    }
    if ((ownersOf(k)?.size ?? 0) > 1 || !ownersOf(k)?.has(g)) drop('shared by two organisations', n);
    else if (letters(n) < 3) drop('under 3 letters', n);
    else if (ws.length === 1 && isAcronym(n) && letters(n) <= 3) drop('acronym of 2-3 letters', n);
    else if (ws.length === 1 && !isAcronym(n) && (commonWord(n) || givenNames.has(n.toLowerCase()) || demonymSet.has(n.toLowerCase()))) drop('one common word or name', n);
    else if (ws.length > 1 && !primary && ws.every(commonWord)) drop('generic phrase', n);
    else if (ws.length > 1 && !primary && mispOnly.has(k) && ws.every((w) => commonWord(w) || demonymSet.has(w.toLowerCase()))) drop('demonym and common words (Canada)', n);
    else if (ws.length === 2 && !primary && /^Province$/i.test(ws[1]!)) drop('a province named as a branch', n);
    else if (isAcronym(n) && ownFront.has(bracketParent.get(k) ?? '')) ownFront.get(bracketParent.get(k)!)!.aliases.push(n);
    else if (isAcronym(n) || sharesWord(n, g.primaries)) aliases.push(n);
    else if (containsKnown(k)) drop('front naming a built-in organisation', n);
    else if (contentKeys(n).length < 2) drop('front of one word', n);
    else {
      const f = { name: n, aliases: [] as string[], refs: g.refs };
      fronts.push(f);
      ownFront.set(k, f);
    }
  }
  if (!existing && (builtin.has(ownKey) || (ownersOf(ownKey)?.size ?? 0) > 1 || letters(name) < 3 || (name.split(/\s+/).length === 1 && commonWord(name)))) {
    drop('display name dropped', name);
    continue;
  }
  if (existing && !aliases.length) continue;
  const prev = out[name];
  if (prev) {
    for (const a of aliases) if (!prev.aliases.includes(a)) prev.aliases.push(a);
    prev.lists.push(...g.refs);
  } else out[name] = { aliases, lists: g.refs };
}

for (const f of fronts) {
  const k = nameKey(f.name);
  const same = Object.entries(out).find(([n, e]) => nameKey(n) === k || e.aliases.some((a) => nameKey(a) === k));
  if (same) {
    if (nameKey(same[0]) === k) for (const r of f.refs) if (!same[1].lists.includes(r)) same[1].lists.push(r);
    continue;
  }
  out[leadingAl(f.name)] = { aliases: f.aliases, lists: f.refs };
}

if (process.env.DROPPED) for (const [why, ns] of Object.entries(dropped)) process.stderr.write(`## ${why} (${ns.length})\n${ns.join(' | ')}\n`);
process.stdout.write(
  `${JSON.stringify(
    {
      $comment:
        'Organisations designated on the official lists bundled in data/lists (terrorism programmes and armed groups; see scripts/derive-list-organisations.ts for the filters), name → { aliases, lists: the list entries (list:reference) }. A name that is a canonical of organisations.json adds aliases to it. Derived by scripts/derive-list-organisations.ts: regenerate, do not edit by hand.',
      organisations: out,
    },
    null,
    0,
  ).replace(/\]\},"/g, ']},\n"')}\n`,
);
