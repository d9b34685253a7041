// The U.S. states in the abbreviations of wire and Justice Department style after a town and a comma ("of Delray
// Beach, Fla., with …", "Seattle, Wash."): a place, the state by its name (holdout20: the gold counts "Fla." as
// Florida). One word and its point only; "N.Y." and "D.C." are read elsewhere. Georgia and Washington are named as the
// golds name the states beside the country and the capital: "Georgia (U.S. state)".
import { TOKEN_CODES, type Tokens, words } from '../tokens.ts';
import { FACT_BITS } from './facts.ts';
import { add, mention } from './found.ts';

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
