// The cue word lists of mentions (data/cues.json, name-cues.json …) as sets, and the small fixed sets beside them.
import cues from '../data/cues.json' with { type: 'json' };
import demonyms from '../data/demonyms.json' with { type: 'json' };
import adjectives from '../data/adjectives.json' with { type: 'json' };
import nameCues from '../data/name-cues.json' with { type: 'json' };
import givenNames from '../data/given-names.json' with { type: 'json' };
import organisations from '../data/organisations.json' with { type: 'json' };
import orgHeads from '../data/org-heads.json' with { type: 'json' };
import headlineVerbs from '../data/headline-verbs.json' with { type: 'json' };
import commonWords from '../data/common-words.json' with { type: 'json' };
import { foldToken } from '../fold.ts';
import { nameKey } from '../gazetteer.ts';
import type { MentionType } from '../types.ts';

/** The word id of ";" (a mark's id is its index in tokens.ts MARKS, the same in every epoch). */
export const ID_SEMI = 7;

const lowerSet = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
export const TITLES = lowerSet([...cues.titles_excluded, ...nameCues.titles].map((t) => t.split(' ').pop()!));
export const PERSON_BEFORE = new Set(nameCues.person_before);
export const NAMED_AFTER = new Set(nameCues.named_after);
/** Verbs after a name of two or three words that say it is a person's ("condemned", "died"; as written), beside SPEECH. */
export const VERBS_AFTER = new Set(nameCues.verbs_after);
/** Lower-case nouns after a name and its "'s" that only a person has ("widow", "funeral"; as written). */
export const POSSESSED_AFTER = new Set(nameCues.possessed_after);
/** Endings of surnames ("-yan", "-shvili", "-ić", "-enko"; lower case): a signal that a long capitalised word is a surname. */
export const SURNAME_ENDINGS = nameCues.surname_endings;
/** Common surnames no English word, place or body shares (name-cues.json `surnames`): a name's last word so says a person's, as SURNAME_ENDINGS do. */
export const SURNAMES = new Set<string>(nameCues.surnames);
export const NOT_AFTER = new Set(nameCues.not_after);
export const NAME_TITLES = lowerSet(cues.titles_in_name);
export const DROP_TITLES = lowerSet(cues.titles_dropped_from_canonical);
export const ROLES = lowerSet(cues.roles);
export const SPEECH = lowerSet(cues.speech_verbs);
/** Past and third-person forms of verbs that are nothing else (data/headline-verbs.json, derived): "Sentenced", "Imposes" in a headline's Title Case. */
export const HEADLINE_VERBS: ReadonlySet<string> = new Set(headlineVerbs.verbs);
/** Common English words, as folded keys (data/common-words.json, derived from WordNet's tagged lemmas): "Peace", "Resistance", "Parliament", not "Wagner". */
export const COMMON_WORDS: ReadonlySet<string> = new Set(commonWords.common_words);
/** Head words of a body's name: the written list (cues.json) and the nouns of organisations WordNet gives (data/org-heads.json, derived), singular and plural. */
export const ORG_HEADS = lowerSet([...cues.org_heads, ...orgHeads.heads, ...orgHeads.plurals]);
export const ORG_LOWER = lowerSet(cues.org_lower_heads);
/** Lower-case nouns for a body's people and heads ("FSB agents", "members of the YPG", "RIM's leaders"). */
export const MEMBER_NOUNS = lowerSet(cues.member_nouns);
/** Offices and common nouns written as acronyms ("the PM said", "the SSP’s men", "the TV said"): a person’s post or a thing, never a body’s acronym (as written). */
export const OFFICE_ACRONYMS = new Set(cues.office_acronyms);
/**
 * First words that open a body's name ("Lashkar-…", "Tehrik-…"): the prefixes' first words, but not the article
 * "al" of "Al-Badr" and "Al-Anfal", which opens places', people's and buildings' names as often ("Al-Hasakah",
 * "Al-Rawda Mosque", "Al-Sahrawi")
 */
export const ORG_PREFIX = lowerSet(cues.org_prefixes.map((p) => p.split(/[\s-]/)[0]!).filter((w) => w.toLowerCase() !== 'al'));
export const GROUP_NOUNS = lowerSet(cues.group_nouns.map((g) => g.split(' ').pop()!));
export const PLACE_HEADS = lowerSet(cues.place_heads);
/** Head words that open a venue's name in the languages that put them first ("Place Saint-Michel", "Plaza de Mayo", "Gare du Nord"; as written). */
export const VENUE_PREFIXES = new Set(cues.venue_prefixes);
export const PLACE_LOWER = lowerSet(cues.place_lower_heads);
/** "the city of X", "the island of X": a lower-case settlement or area noun before "of" makes the name after it a place. */
export const PLACE_OF = lowerSet(cues.place_of_nouns);
/** Capitalised words that, after a known subdivision, are part of its name ("Borno State"; the sets keep "Province" out of Iran's). */
export const SUBDIVISION_SUFFIX = new Set(['state']);
export const PLACE_PREPS = lowerSet(cues.place_preps);
export const GIVEN = lowerSet(cues.given_names);
/** Given names in many languages (data/given-names.json, derived: the folded keys of fold.ts). */
export const GIVEN_DERIVED = new Set(givenNames.given_names);
/** Given names whose folded key alone is an English word's ("Jared" as "jarred"): read by the word in lower case (data/given-names.json, derived). */
export const GIVEN_PLAIN = new Set(givenNames.plain_names);
/** English-language given names that are one-word places of the built-in data ("Jordan", "Victoria"; data/given-names.json, derived: folded keys). */
export const PLACE_GIVEN = new Set(givenNames.place_names);
/** English-language given names that are English words too ("martin", "victor"): given names only before a capitalised word that is no common word (data/given-names.json, derived: lower case). */
export const WORD_NAMES: ReadonlySet<string> = new Set(givenNames.word_names);
export const GIVEN_SUFFIX = cues.given_name_suffixes;
export const NOT_ENTITIES = new Set(cues.not_entities.map(nameKey));
/** Demonyms ("Afghan", "Pakistani"): adjectives, never a place, and not part of a name they open. */
/**
 * Spanish, Portuguese and French organisation heads that open a body's name ("Banco de Crédito del Perú",
 * "Asociación Mutual Israelita Argentina"), as fold keys (not those spelt as English words, Front, Forces,
 * Association: "Forces Kenya" is no name); and the connectors of such names before a place.
 */
export const ROMANCE_HEADS = new Set(
  'Banco Banca Banque Asociación Associação Sociedad Organización Ejército Exército Armée Frente Partido Parti Movimiento Movimento Mouvement Fuerzas Forças Policía Polícia Confederación Federación Unión União Comando Brigada Cártel Instituto Fundación Fundação Universidad Universidade Compañía Empresa Caja Corporación Procuraduría Fiscalía Secretaría Ministerio Ministério Ministère Guardia Gendarmería Agencia Dirección Consejo Groupe Groupement Escadron Régiment Bataillon Compagnie Commandement Légion Fédération Confédération'
    .split(' ')
    .map(foldToken),
);
export const ROMANCE_OF = new Set(['de', 'del', 'do', 'da', 'des', 'du'].map(foldToken));
/** Kinds of news outlet, lower case after or before its name (keys). */
export const MEDIA_NOUNS = new Set(['newspaper', 'news', 'daily', 'broadcaster', 'television', 'channel', 'magazine', 'radio', 'tabloid', 'weekly']);
/**
 * The media nouns that stand right before an outlet's own name ("the newspaper La Vanguardia"); "news", "radio",
 * "daily" … also stand before other names ("news agency", "Radio Free Europe").
 */
export const OUTLET_NOUNS = new Set(['newspaper', 'broadcaster', 'channel', 'magazine', 'tabloid']);
/** The heads of a party's or a movement's name, which a demonym may open ("Spanish Socialist Workers' Party"). */
export const PARTY_HEADS = new Set(['party', 'movement', 'front', 'league']);
/** The state each demonym names, as written ("Iranian" → "Iran"; demonyms.json). */
const DEMONYM_STATE = new Map(Object.entries(demonyms).filter(([k]) => !k.startsWith('$')) as Array<[string, string]>);
/** The state a demonym names ("Iranian" → "Iran"), or undefined: one lookup for the mentions and the claims. */
export const stateOfDemonym = (demonym: string): string | undefined => DEMONYM_STATE.get(demonym);
export const DEMONYMS = lowerSet([...DEMONYM_STATE.keys()]);
/** Other capitalised adjectives, never places alone: demonyms demonyms.json lacks, languages (derived). */
export const ADJECTIVES = new Set(adjectives.adjectives);
/** Lower-case words inside a name ("Bureau of …", "Umkhonto we Sizwe", "… al-Islam wal Muslimin": we, wa, wal join two words of a Bantu or Arabic name; branch orgheads-conn). */
// (Italian "di", "della", "dei" … as "de", "del" are: "Piazza della Loggia", "San Benedetto Val di Sambro"; folded
// keys, as the words' are; branch wild24)
export const CONNECTORS = new Set(['of', 'and', 'the', 'for', 'in', 'al', 'ul', 'el', 'e', 'ud', 'bin', 'ibn', 'de', 'du', 'la', 'i', 'von', 'van', 'der', 'da', 'dos', 'das', 'del', 'we', 'wa', 'wal', ...['di', 'della', 'delle', 'dei', 'degli', 'dello'].map(foldToken)]);
/** Particles that open a surname of two ("von der", "van der", "de la"; keys). */
export const SURNAME_PARTICLES = new Set(['von', 'van', 'de']);
/** The letters of the dotted abbreviations (cues.json: "U.S", "E.O" → "US", "EO"): initials that open one are no person's ("U.S.C. Thirteen"). */
export const DOTTED_ABBREVIATIONS = cues.abbreviations.filter((a) => a.includes('.') && a === a.toUpperCase()).map((a) => a.replace(/\./g, ''));
/** Number words past ten, which open sentences as names do ("Eleven people died"). */
export const NUMBER_WORDS = new Set('eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty hundred hundreds thousands dozens'.split(' '));
/** Capitalised words that start sentences or headings and are not names by themselves. */
export const STOP = new Set(
  ('the a an this that these those it its in on at by for from with after before during since as but and or if when while although though ' +
    'even yet today meanwhile some all both each his her their our my your such other many most several no not there here ' +
    'what who whom which why how where then also however moreover thus still just only we they he she i you one two three four five ' +
    'six seven eight nine ten first second third last next new former late early according under over through between against among ' +
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday ' +
    'saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec islamic islamist islamists sunni shia muslim muslims hindu hindus christian christians ' +
    'jihadist jihadists global international public press media source sources released report reports chapter ' +
    // sentence adverbs, which open a sentence before a comma ("Earlier, the group said"; holdout15)
    'earlier later afterwards afterward elsewhere separately subsequently previously initially finally eventually recently ' +
    'currently additionally furthermore nevertheless nonetheless instead overall otherwise therefore hence indeed yesterday ' +
    'tomorrow tonight now again soon ultimately reportedly allegedly apparently notably similarly likewise consequently ' +
    // a faith's or a sect's adjective names no place before a place's or a building's noun ("a mainly Alawite
    // neighborhood", "a Shi'ite mosque")
    "alawite shiite shi'ite sufi druze maronite yazidi ismaili ahmadi salafi").split(' '),
);
/** Adjectives among STOP that can open an organisation's name (folded keys, fold.ts: "sunni" is "suni", "shi'ite" "shite"; branch foldkey). */
export const STOP_ADJECTIVES = new Set("islamic sunni shia muslim hindu christian jihadist global international public new alawite shiite shi'ite sufi druze maronite yazidi ismaili ahmadi salafi".split(' ').map(foldToken));
/** What ends right before a translation: "transl. '", "lit.'", "literally \"", or another's "' or '". */
export const TRANSLATION_BEFORE = /(?:\b(?:transl|lit|literally|meaning)\.?,?\s*|['’"”] or )['‘"“]$/;
/** `['‘"“]`, TRANSLATION_BEFORE's last character: a pre-check on the code unit before a name. */
export const isOpenQuote = (c: number) => c === 39 || c === 0x2018 || c === 34 || c === 0x201c;
export const isCloseQuote = (c: number) => c === 39 || c === 0x2019 || c === 34 || c === 0x201d;
/** An apostrophe, straight or curly (a possessive's "'s"). */
export const isApostrophe = (c: number) => c === 39 || c === 0x2019;
export const QUOTES = new Set(['"', '“', '”']);
export const TITLE_CASE_CONN = new Set(['Of', 'The', 'And', 'For', 'In']);
/** Compass words that open the name of a part of a region ("East Africa", "Northern Virginia"). */
/** The prefixes of a stance joined to a name by a hyphen ("anti-Balaka", "pro-Kremlin"). */
export const STANCE_PREFIXES = new Set(['anti', 'pro']);
export const COMPASS = new Set('north south east west northern southern eastern western central'.split(' '));
/** Place heads that name a landform, a place of its own beside the place it is named after (lower case). */
export const LANDFORMS = new Set('valley river mountains hills sea strait lake desert plateau forest ocean bay'.split(' '));
/** Words that, after a group's name and a hyphen, name the group itself, not a branch (keys). */
export const CORE = new Set(['Core', 'Central'].map(foldToken));
/** Groups whose branches are named with a hyphen ("ISIS-Mozambique"; see organisations.json). */
export const BRANCHED = new Set(organisations.$branches);
/** Plural heads that name several bodies at once ("the Departments of Justice and the Treasury"), and their singular. */
export const PLURAL_HEADS = new Map([
  ['Departments', 'Department'],
  ['Ministries', 'Ministry'],
]);
// (with the months' abbreviations that are no given name nor a word of a place's name: "Taba Feb. 16" is Taba;
// not Jan, Mar, Jun, Jul; holdout17)
export const TIME_WORDS = new Set('january february march april may june july august september october november december feb apr aug sept oct nov dec monday tuesday wednesday thursday friday saturday sunday'.split(' '));
export const INFOBOX: Array<[RegExp, MentionType]> = [
  [/^(commanders?\d*|commanders and leaders|leaders?|founders?|founded by|led by|leader|assailants?|spiritual leaders?|spokes(?:person|man)|emirs?)$/i, 'person'],
  [/^(units?\d*|units involved|dfens|combatants?\d*|belligerents?\d*|allies|opponents|perpetrators?|suspects?|accused|split from|operators?)$/i, 'organization'],
  [/^(place|location|headquarters|area of operations|active regions|country)$/i, 'place'],
];

/** A body of water's or an island's head word that a place's name follows after "of" (lower case): "Gulf of Aden". */
export const WATER_OF = new Set(['gulf', 'strait', 'straits', 'sea', 'bay', 'isle']);
/** A building's or a monument's head that opens a place's name before "of" ("the Palace of Justice", "the Tomb of the Unknown Soldier"; holdout14, holdout17). */
export const BUILDING_OF = new Set(['palace', 'tomb', 'mausoleum', 'shrine', 'cathedral', 'basilica']);
// (folded keys, fold.ts: "mall" is "mal")
export const VENUE_HEADS = new Set(['mall', 'station', 'hotel', 'club', 'synagogue', 'mosque', 'church', 'temple', 'shrine', 'cathedral', 'supermarket'].map(foldToken));
export const VENUE_MODIFIERS = new Set(['shopping', 'metro', 'railway', 'train', 'bus', 'subway'].map(foldToken));
/**
 * The institutions every state has under the same name, which the golds name with the state's ("Security Service
 * (Poland)", "National Police (Senegal)", "Foreign Office (Germany)"), beside the ministries: police and security
 * services, a foreign office, a military academy, a prosecution service, the highest councils and courts.
 */
export const INSTITUTION = /^(?:(?:National |Federal )?(?:Police|Security Service|Intelligence Service|Secret Service)|Military Intelligence Service|Foreign Office|Military Academy|Public Ministry|House of Assembly|High Council of State|(?:National )?Truth Commission|Supreme Court|Constitutional Court)$/;
