// Audit of the extractor's word sets against the form they are looked up by (branch foldkey).
// A token's word has three forms (tokens.ts): `raw` (as written), `lower` and `key` (fold.ts foldToken: no
// marks, no apostrophes, "ee" → "i", doubled letters single, "oo"/"ou" → "u", "ph" → "f", "i" → "e").
// For each set, and each entry as its list writes it, this asks: would a token spelt so be found by each
// of the set's look-ups? An entry no look-up can find (or one look-up of a set never finds) is printed.
// Also: an entry that is no single token (a space, a hyphen, a full stop) can never match a token's look-up.
//   node bin/run-ts.mjs scripts/audit-fold-keys.ts
import { readFileSync } from 'node:fs';
import cuesJson from '../src/extract/data/cues.json' with { type: 'json' };
import nameCues from '../src/extract/data/name-cues.json' with { type: 'json' };
import givenNames from '../src/extract/data/given-names.json' with { type: 'json' };
import orgHeads from '../src/extract/data/org-heads.json' with { type: 'json' };
import adjectives from '../src/extract/data/adjectives.json' with { type: 'json' };
import demonyms from '../src/extract/data/demonyms.json' with { type: 'json' };
import { foldToken } from '../src/extract/fold.ts';
import * as C from '../src/extract/mentions/cues.ts';
import * as V from '../src/extract/mentions/venues.ts';
import { PARTICLES } from '../src/extract/tokens.ts';
import { OFFICE_WORDS } from '../src/extract/known-people.ts';

type Look = 'raw' | 'lower' | 'key' | 'lower|key' | 'preApos';
const LOOK: Record<Look, (w: string) => string[]> = {
  raw: (w) => [w],
  lower: (w) => [w.toLowerCase()],
  key: (w) => [foldToken(w)],
  'lower|key': (w) => [w.toLowerCase(), foldToken(w)],
  preApos: (w) => [w.toLowerCase().replace(/['’].*$/, '')],
};

/** A private set's entries: the `new Set(…)` expression in its module, evaluated with its few free names. */
function privateSet(file: string, name: string): Set<string> {
  const src = readFileSync(new URL(`../src/extract/${file}`, import.meta.url), 'utf8');
  const at = src.indexOf(`const ${name} = new Set`);
  if (at < 0) throw new Error(`${name} not in ${file}`);
  let p = src.indexOf('(', at);
  const from = p;
  for (let depth = 0; ; p++) {
    if (src[p] === '(') depth++;
    else if (src[p] === ')' && --depth === 0) break;
  }
  const expr = `new Set${src.slice(from, p + 1)}`;
  const list = (s: string) => s.split(' ');
  const PEOPLE_WORDS = 'those anyone anybody someone people persons individuals';
  return new Function('foldToken', 'list', 'PEOPLE_WORDS', `return ${expr}`)(foldToken, list, PEOPLE_WORDS) as Set<string>;
}

interface Row {
  name: string;
  /** the entries as their list writes them (before the set's normalisation) */
  entries: string[];
  set: Set<string> | Map<string, unknown>;
  looks: Array<[Look, string]>; // look-up form, where
}
const lastWord = (s: string) => s.split(' ').pop()!;
const rows: Row[] = [
  // mentions/cues.ts
  { name: 'TITLES', entries: [...cuesJson.titles_excluded, ...nameCues.titles].map(lastWord), set: C.TITLES, looks: [['lower', 'facts F_TITLE']] },
  { name: 'PERSON_BEFORE', entries: nameCues.person_before, set: C.PERSON_BEFORE, looks: [['raw', 'context personBefore']] },
  { name: 'NAMED_AFTER', entries: nameCues.named_after, set: C.NAMED_AFTER, looks: [['lower', 'context personBefore']] },
  { name: 'VERBS_AFTER', entries: nameCues.verbs_after, set: C.VERBS_AFTER, looks: [['raw', 'facts M_VERBAFTER']] },
  { name: 'POSSESSED_AFTER', entries: nameCues.possessed_after, set: C.POSSESSED_AFTER, looks: [['raw', 'facts M_POSSESSED']] },
  { name: 'NOT_AFTER', entries: nameCues.not_after, set: C.NOT_AFTER, looks: [['raw', 'facts M_NOTAFTER']] },
  { name: 'NAME_TITLES', entries: cuesJson.titles_in_name, set: C.NAME_TITLES, looks: [['lower', 'facts F_NAMETITLE']] },
  { name: 'ROLES', entries: cuesJson.roles, set: C.ROLES, looks: [['lower', 'facts F_ROLE, context appositiveRole']] },
  { name: 'SPEECH', entries: cuesJson.speech_verbs, set: C.SPEECH, looks: [['raw', 'facts F_SPEECH'], ['lower', 'facts M_SPEECHS']] },
  { name: 'ORG_HEADS', entries: [...cuesJson.org_heads, ...orgHeads.heads, ...orgHeads.plurals], set: C.ORG_HEADS, looks: [['lower', 'facts F_ORGHEAD, classify']] },
  { name: 'ORG_LOWER', entries: cuesJson.org_lower_heads, set: C.ORG_LOWER, looks: [['raw', 'facts F_ORGLOWER']] },
  { name: 'MEMBER_NOUNS', entries: cuesJson.member_nouns, set: C.MEMBER_NOUNS, looks: [['raw', 'facts M_MEMBER']] },
  { name: 'OFFICE_ACRONYMS', entries: cuesJson.office_acronyms, set: C.OFFICE_ACRONYMS, looks: [['raw', 'acronyms, runs']] },
  { name: 'ORG_PREFIX', entries: cuesJson.org_prefixes.map((p) => p.split(/[\s-]/)[0]!).filter((w) => w.toLowerCase() !== 'al'), set: C.ORG_PREFIX, looks: [['preApos', 'facts F_ORGPREFIX']] },
  { name: 'GROUP_NOUNS', entries: cuesJson.group_nouns.map(lastWord), set: C.GROUP_NOUNS, looks: [['lower', 'facts F_GROUPNOUN']] },
  { name: 'PLACE_HEADS', entries: cuesJson.place_heads, set: C.PLACE_HEADS, looks: [['lower', 'facts F_PLACEHEAD, find, merge']] },
  { name: 'VENUE_PREFIXES', entries: cuesJson.venue_prefixes, set: C.VENUE_PREFIXES, looks: [['raw', 'facts M_VENUEPREFIX']] },
  { name: 'PLACE_LOWER', entries: cuesJson.place_lower_heads, set: C.PLACE_LOWER, looks: [['raw', 'facts F_PLACELOWER'], ['lower', 'find']] },
  { name: 'PLACE_OF', entries: cuesJson.place_of_nouns, set: C.PLACE_OF, looks: [['raw', 'facts M_PLACEOF']] },
  { name: 'SUBDIVISION_SUFFIX', entries: ['state'], set: C.SUBDIVISION_SUFFIX, looks: [['key', 'facts M_SUFFIX']] },
  { name: 'PLACE_PREPS', entries: cuesJson.place_preps, set: C.PLACE_PREPS, looks: [['raw', 'facts F_PLACEPREP']] },
  { name: 'GIVEN', entries: cuesJson.given_names, set: C.GIVEN, looks: [['lower', 'facts F_GIVEN']] },
  { name: 'GIVEN_DERIVED', entries: givenNames.given_names, set: C.GIVEN_DERIVED, looks: [['key', 'facts F_GIVEN, M_DERIVED']] },
  { name: 'ROMANCE_HEADS', entries: 'Banco Banca Banque Asociación Associação Sociedad Organización Ejército Exército Armée Frente Partido Parti Movimiento Movimento Mouvement Fuerzas Forças Policía Polícia Confederación Federación Unión União Comando Brigada Cártel Instituto Fundación Fundação Universidad Universidade Compañía Empresa Caja Corporación Procuraduría Fiscalía Secretaría Ministerio Ministério Ministère Guardia Gendarmería Agencia Dirección Consejo'.split(' '), set: C.ROMANCE_HEADS, looks: [['key', 'facts M_ROMANCE, context']] },
  { name: 'ROMANCE_OF', entries: ['de', 'del', 'do', 'da', 'des', 'du'], set: C.ROMANCE_OF, looks: [['key', 'context']] },
  { name: 'MEDIA_NOUNS', entries: [...C.MEDIA_NOUNS], set: C.MEDIA_NOUNS, looks: [['lower|key', 'facts M_MEDIA']] },
  { name: 'OUTLET_NOUNS', entries: [...C.OUTLET_NOUNS], set: C.OUTLET_NOUNS, looks: [['raw', 'classify']] },
  { name: 'PARTY_HEADS', entries: [...C.PARTY_HEADS], set: C.PARTY_HEADS, looks: [['lower', 'classify']] },
  { name: 'DEMONYMS', entries: Object.keys(demonyms).filter((k) => !k.startsWith('$')), set: C.DEMONYMS, looks: [['lower', 'facts M_DEMONYM']] },
  { name: 'ADJECTIVES', entries: adjectives.adjectives, set: C.ADJECTIVES, looks: [['raw', 'facts M_ADJECTIVE']] },
  { name: 'CONNECTORS', entries: [...C.CONNECTORS], set: C.CONNECTORS, looks: [['key', 'facts F_CONN'], ['lower', 'learned']] },
  { name: 'SURNAME_PARTICLES', entries: [...C.SURNAME_PARTICLES], set: C.SURNAME_PARTICLES, looks: [['key', 'runs']] },
  { name: 'STOP', entries: [...C.STOP], set: C.STOP, looks: [['lower|key', 'facts F_STOP']] },
  { name: 'STOP_ADJECTIVES', entries: "islamic sunni shia muslim hindu christian jihadist global international public new alawite shiite shi'ite sufi druze maronite yazidi ismaili ahmadi salafi".split(' '), set: C.STOP_ADJECTIVES, looks: [['key', 'facts M_STOPADJ, find:989'], ['key', 'find:235 toponymHeads']] },
  { name: 'TITLE_CASE_CONN', entries: [...C.TITLE_CASE_CONN], set: C.TITLE_CASE_CONN, looks: [['raw', 'facts M_TITLECASE']] },
  { name: 'STANCE_PREFIXES', entries: [...C.STANCE_PREFIXES], set: C.STANCE_PREFIXES, looks: [['lower', 'context']] },
  { name: 'COMPASS', entries: [...C.COMPASS], set: C.COMPASS, looks: [['lower', 'facts M_COMPASS']] },
  { name: 'LANDFORMS', entries: [...C.LANDFORMS], set: C.LANDFORMS, looks: [['lower', 'facts M_LANDFORM']] },
  { name: 'CORE', entries: ['Core', 'Central'], set: C.CORE, looks: [['key', 'find']] },
  { name: 'PLURAL_HEADS', entries: [...C.PLURAL_HEADS.keys()], set: C.PLURAL_HEADS, looks: [['raw', 'facts M_HEADS, venues']] },
  { name: 'TIME_WORDS', entries: [...C.TIME_WORDS], set: C.TIME_WORDS, looks: [['key', 'facts F_TIME']] },
  { name: 'VENUE_HEADS', entries: ['mall', 'station', 'hotel', 'club', 'synagogue', 'mosque', 'church', 'temple', 'shrine'], set: C.VENUE_HEADS, looks: [['key', 'facts M_VENUE, find, merge (foldToken)']] },
  { name: 'VENUE_MODIFIERS', entries: ['shopping', 'metro', 'railway', 'train', 'bus', 'subway'], set: C.VENUE_MODIFIERS, looks: [['key', 'facts M_VENUEMOD']] },
  // mentions/venues.ts
  { name: 'MISSION_HEADS', entries: ['Commission', 'Mission'], set: V.MISSION_HEADS, looks: [['key', 'classify']] },
  { name: 'BUILDING_HEADS', entries: ['Centre', 'Center', 'College', 'University', 'School', 'Club', 'Academy'], set: V.BUILDING_HEADS, looks: [['key', 'classify, merge (foldToken)']] },
  { name: 'FACILITY_HEADS', entries: 'Hotel Motel Hospital Museum Mosque Masjid Cathedral Synagogue Stadium Airport Cemetery Graveyard Bazaar Mall Ballroom Embassy Consulate Cinema Mandir Gurdwara Dargah'.split(' '), set: V.FACILITY_HEADS, looks: [['key', 'classify']] },
  { name: 'LOCATIVE', entries: [...V.LOCATIVE], set: V.LOCATIVE, looks: [['raw', 'venues, classify']] },
  { name: 'PLURAL_PLACE_HEADS', entries: [...V.PLURAL_PLACE_HEADS], set: V.PLURAL_PLACE_HEADS, looks: [['lower', 'classify']] },
  { name: 'ATTACK_VERBS', entries: [...privateSet('mentions/venues.ts', 'ATTACK_VERBS')], set: privateSet('mentions/venues.ts', 'ATTACK_VERBS'), looks: [['raw', 'venues']] },
  { name: 'ATTACK_NOUNS', entries: [...privateSet('mentions/venues.ts', 'ATTACK_NOUNS')], set: privateSet('mentions/venues.ts', 'ATTACK_NOUNS'), looks: [['lower', 'venues']] },
  { name: 'BUILDING_PARTS', entries: [...privateSet('mentions/venues.ts', 'BUILDING_PARTS')], set: privateSet('mentions/venues.ts', 'BUILDING_PARTS'), looks: [['raw', 'venues']] },
  { name: 'BUILT_HEADS', entries: 'Hotel Inn Motel Ballroom Mall Bakery Cafe Café Mosque Temple Church Cathedral Shrine Bazaar Market Stadium Hospital Station Street Road Avenue Highway Plaza Square Complex Club Centre Center College University School Academy'.split(' '), set: V.BUILT_HEADS, looks: [['key', 'runs, venues, merge (foldToken)']] },
  { name: 'ROAD_HEADS', entries: ['Highway', 'Road', 'Motorway', 'Expressway'], set: V.ROAD_HEADS, looks: [['key', 'runs']] },
  { name: 'ADMIN_HEADS (mentions/runs.ts)', entries: 'province district division region thana tehsil upazila county state governorate municipality prefecture area'.split(' '), set: privateSet('mentions/runs.ts', 'ADMIN_HEADS'), looks: [['key', 'runs']] },
  // other modules' sets
  { name: 'PARTICLES', entries: [...PARTICLES], set: PARTICLES, looks: [['raw', 'tokens, matcher, learned'], ['lower', 'find']] },
  { name: 'OFFICE_WORDS', entries: [...OFFICE_WORDS], set: OFFICE_WORDS, looks: [['lower', 'merge']] },
];
const priv: Array<[string, string, Array<[Look, string]>]> = [
  ['mentions/context.ts', 'LEADING', [['raw', 'context']]],
  ['mentions/acronyms.ts', 'LINK_WORDS', [['lower', 'acronyms nameWords']]],
  ['mentions/find.ts', 'OUTLET_UNITS', [['raw', 'find']]],
  ['mentions/find.ts', 'CITY_VENUE_HEADS', [['lower', 'find']]],
  ['mentions/find.ts', 'HYPHEN_ONLY_HEADS', [['lower', 'find']]],
  ['mentions/find.ts', 'ARABIC_ARTICLES', [['lower', 'find:233'], ['raw', 'find:284']]],
  ['mentions/find.ts', 'DISTRICT_COMPASS', [['lower', 'find']]],
  ['mentions/find.ts', 'COURT_AFTER', [['raw', 'find']]],
  ['mentions/find.ts', 'LANDFORM_FIRST', [['lower', 'find']]],
  ['mentions/find.ts', 'PACT_WORDS', [['lower', 'find']]],
  ['mentions/find.ts', 'ARTICLE_AL', [['raw', 'find']]],
  ['mentions/find.ts', 'PAGE_WORDS', [['lower', 'find']]],
  ['mentions/find.ts', 'ARTICLES_CAP', [['raw', 'find']]],
  ['mentions/find.ts', 'DIVISION_WORDS', [['raw', 'find']]],
  ['mentions/runs.ts', 'RANKS', [['lower', 'runs']]],
  ['mentions/runs.ts', 'BARE_DIRECTIONS', [['lower', 'runs']]],
  ['mentions/infobox.ts', 'ROW_LABELS', [['lower', 'infobox']]],
  ['mentions/merge.ts', 'AKA', [['lower', 'merge']]],
  ['mentions/surnames.ts', 'SPACED_PARTICLES', [['raw', 'surnames']]],
  ['mentions/classify.ts', 'OFFICE_LINKS', [['key', 'classify']]],
  ['mentions/classify.ts', 'PORTFOLIOS', [['raw', 'classify']]],
  ['mentions/classify.ts', 'LEADER_BODY_HEADS', [['raw', 'classify']]],
  ['mentions/classify.ts', 'GOVERNMENT_KINDS', [['lower', 'classify']]],
  ['mentions/classify.ts', 'AIRLINE_HEADS', [['raw', 'classify']]],
  ['mentions/classify.ts', 'BEARINGS', [['lower', 'classify']]],
  ['mentions/classify.ts', 'GROUP_KINDS', [['raw', 'classify']]],
  ['mentions/classify.ts', 'PLACE_PARTICLES', [['key', 'classify']]],
  ['mentions/classify.ts', 'BATTLE_HEADS', [['raw', 'classify']]],
  ['mentions/classify.ts', 'SHIP_PREFIXES', [['raw', 'classify']]],
  ['mentions/classify.ts', 'PLACED_ATTACKS', [['lower', 'classify']]],
  ['mentions/classify.ts', 'VESSEL_PREFIXES', [['raw', 'classify']]],
  ['mentions/classify.ts', 'VESSEL_NOUNS', [['raw', 'classify']]],
  ['mentions/classify.ts', 'CARRIER_LAST', [['lower', 'classify']]],
  ['mentions/classify.ts', 'OUTLET_WORDS', [['lower', 'classify']]],
  ['mentions/classify.ts', 'OUTLET_LAST', [['lower', 'classify']]],
  ['mentions/classify.ts', 'ARMY_BASE_HEADS', [['raw', 'classify']]],
  ['mentions/classify.ts', 'ARMY_BASE_NOUNS', [['raw', 'classify']]],
  ['mentions/classify.ts', 'LEGISLATURE_OFFICES', [['raw', 'classify']]],
  ['mentions/classify.ts', 'LEGISLATURE_HEADS', [['raw', 'classify']]],
  ['mentions/classify.ts', 'GLOSS_BODIES', [['raw', 'classify']]],
  ['mentions/classify.ts', 'LOWER_PARTY_HEADS', [['raw', 'classify']]],
  ['mentions/classify.ts', 'GENERIC_LAST', [['lower', 'classify']]],
  ['mentions/classify.ts', 'GENERIC_WORDS', [['lower', 'classify']]],
  ['mentions/classify.ts', 'SOLE_SPEECH', [['raw', 'classify']]],
  ['mentions/classify.ts', 'LINEAGE_WORDS', [['raw', 'classify']]],
  ['mentions/classify.ts', 'POST_NOMINALS', [['raw', 'classify']]],
  ['mentions/classify.ts', 'SURNAME_TITLES', [['lower', 'classify']]],
  ['mentions/classify.ts', 'GENERATIONAL', [['raw', 'classify']]],
  ['mentions/facts.ts', 'EVENT_HEADS', [['lower', 'facts M_EVENTHEAD']]],
  ['mentions/facts.ts', 'OWNED_OUTLETS', [['lower', 'facts F_OUTLET']]],
  ['mentions/facts.ts', 'ROMANCE_ARTICLES', [['key', 'facts M_ROMANCEART']]],
  ['mentions/facts.ts', 'TOPONYM_HEADS', [['lower', 'facts M_TOPONYM']]],
  ['relations.ts', 'NOT_ADV', [['lower', 'relations']]],
  ['relations.ts', 'NOT_VERB_ED', [['lower', 'relations']]],
  ['claims/actors.ts', 'SKIP_BEFORE', [['lower', 'actors']]],
  ['claims/actors.ts', 'TOPIC_NOUNS', [['raw', 'actors']]],
  ['claims/actors.ts', 'OFFICE_NOUNS', [['raw', 'actors']]],
  ['claims/actors.ts', 'GERUND_SUBJECT', [['lower', 'actors']]],
  ['claims/shape-roles.ts', 'ROLE_STOP', [['raw', 'shape-roles']]],
];
for (const [file, name, looks] of priv) {
  const set = privateSet(file, name);
  rows.push({ name: `${name} (${file})`, entries: [...set], set, looks });
}

const ONE_TOKEN = /^[\p{L}\p{N}'’]+$/u;
let problems = 0;
for (const r of rows) {
  const out: string[] = [];
  for (const [look, where] of r.looks) {
    const never = r.entries.filter((e) => ONE_TOKEN.test(e) && !LOOK[look](e).some((k) => r.set.has(k)));
    if (never.length) out.push(`  by ${look} (${where}): ${never.length}/${r.entries.length} never found: ${never.slice(0, 25).join(', ')}${never.length > 25 ? ' …' : ''}`);
  }
  const multi = r.entries.filter((e) => !ONE_TOKEN.test(e));
  if (multi.length) out.push(`  not one token: ${multi.length}: ${multi.slice(0, 15).join(' | ')}${multi.length > 15 ? ' …' : ''}`);
  if (out.length) {
    problems++;
    console.log(`${r.name} [${r.set.size}]`);
    for (const o of out) console.log(o);
  }
}
console.log(`${rows.length} sets audited, ${problems} with entries a look-up never finds`);
