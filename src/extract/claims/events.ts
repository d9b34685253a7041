// Target and event phrases: the phrase after a verb, its core and items, named events and the events earlier
// sentences named.
import { isDigit } from '../scan.ts';
import { MONTH_LIST, MONTH_NAMES, WEEKDAY_NAMES } from '../dates.ts';
import type { ExtractedClaim, ExtractedMention } from '../types.ts';
import type { Ctx } from './context.ts';
import { singleSpaced } from './cues.ts';

/** An event noun alone, which names no event ("the strikes", "the attack" on a page about none). */
export const BARE_EVENT = /^(?:attacks?|bombings?|blasts?|explosions?|strikes?|killings?|raids?|incidents?|acts?|assaults?|shootings?)$/i;
/** A noun of a violent event. */
export const EVENT_NOUN = /\b(?:attacks?|bombings?|blasts?|explosions?|detonations?|strikes?|massacres?|ambush(?:es)?|assaults?|shootings?|killings?|kidnappings?|abductions?|assassinations?|hijackings?|raids?)\b/i;
// "the attack", "the bombings in the city": a definite event noun, with a place or target after it at most
export const GENERIC_EVENT = /^(?:the|this|that|these)\s+(?:attacks?|bombings?|blasts?|explosions?|massacre|hijacking|siege|shootings?|assault|incident|clashes|ambush|kidnappings?|abductions?)(?:\s+(?:in|on|at|near|against)\s[^,;]{0,60})?$/i;
// ("incident", "coup attempt": the names of encyclopedia pages on one occurrence, "Laju incident", "X coup attempt"; attr4)
const EVENT_NAME_NOUNS = ['attacks?', 'bombings?', 'blasts?', 'explosions?', 'massacre', 'hijacking', 'siege', 'shootings?', 'clashes', 'assault', 'kidnappings?', 'abductions?', 'assassination', 'ambush', 'hostage crisis', 'standoff', 'incursion', 'raids?', 'incident', 'coup attempt', 'coup d[\'’]état'];
const EVENT_NAME = new RegExp(`^[^\\n]{3,80}\\b(?:${EVENT_NAME_NOUNS.join('|')})$`, 'i');
/** The longest text EVENT_NAME matches (80 characters and its longest noun): a longer line is no event's name. */
const EVENT_NAME_MAX = 80 + Math.max(...EVENT_NAME_NOUNS.map((w) => w.replaceAll('?', '').length));
/**
 * "the attack" on a page about one attack is the event its heading names (the body's first line, as in
 * encyclopedia pages: "2019 Lakeside attack"); else the phrase as written.
 */
export function namedEvent(ctx: Ctx, ev: string): string {
  if (!GENERIC_EVENT.test(ev) && !GENERIC_EVENT.test(`the ${ev}`)) {
    rememberEvent(ctx, ev.replace(/^the\s+/i, ''));
    return ev;
  }
  return pageEvent(ctx) ?? antecedentEvent(ctx, ev) ?? ev;
}
/** An act's noun standing for one event, with up to three words before it and an article or a pronoun ("his killing", "the Church Street attack"). */
const STORY_ACT = /^(?:(?:the|this|that|his|her|their|its)\s+)?((?:[\p{L}\d'’-]+\s+){0,3}?)(attacks?|bombings?|blasts?|explosions?|massacre|shooting|assault|ambush|killing|murder|assassination(?:\s+attempt)?|execution)$/iu;
/** Nouns of killing one person, and a page's event that is such a killing. */
const KILLING_NOUN = /^(?:killing|murder|assassination|execution)/i;
const KILLING_EVENT = /\b(?:killing|murder|assassination|execution|shooting)\b/i;
/**
 * The page's event, when an act's noun with an article or a pronoun stands for it: "his killing" or "the murder" on
 * the page "Assassination of X", "the attack", "the Church Street attack" on the page "Church Street bombing" (each
 * word before the noun is in the page's name); else null. A killing's noun needs a page about a killing.
 */
export function storyEvent(ctx: Ctx, ev: string): string | null {
  const m = STORY_ACT.exec(ev.trim());
  if (!m) return null;
  const page = pageEvent(ctx);
  if (!page) return null;
  const name = page.toLowerCase();
  const words = m[1]!.trim() ? m[1]!.trim().toLowerCase().split(/\s+/) : [];
  if (!words.every((w) => name.includes(w))) return null;
  if (KILLING_NOUN.test(m[2]!) && !KILLING_EVENT.test(page)) return null;
  return page;
}
/** The verbs of leading a group or its doers ("led by", "commanded by", "headed by"). */
export const LEAD_VERBS = 'led|commanded|headed';
/**
 * The doers of an act described, and the verb of leading them, between "by" and their leader ("by a group of five
 * armed men led by P", "by a special operations unit of G (MK), commanded by P"): group 1 the doers, group 2 the verb.
 */
export const LED_DOERS = new RegExp(String.raw`^((?:an?|the)\s+[^,;.()]{3,80}?(?:\s+\([^()]{1,40}\))?),?\s+(${LEAD_VERBS})\s+by\s+$`, 'i');
/** A verb that makes a heading a clause, not an event's name. */
const HEADLINE_CLAUSE = /\b(?:[Ss]ays?|[Ss]aid|[Cc]laims?|[Bb]lames?|[Bb]ehind|[Dd]en(?:y|ies)|[Cc]ondemns?|[Aa]ccuses?|[Ww]arns?|[Ss]uspects?)\b/;
/** The event a page is about: its first line, a heading ("= 2019 Lakeside attack =", "X bombing | |"), naming one. */
export function pageEvent(ctx: Ctx): string | null {
  // (worked out once per document: the shapes ask it per hit)
  if (ctx.page === undefined) ctx.page = pageEventOf(ctx.body) ?? leadEventOf(ctx.body, ctx.title) ?? typedEventOf(ctx.body, ctx.title);
  return ctx.page;
}
/**
 * An act's noun opening a page's name, before "of" ("Sinking of the Rainbow Warrior", "Assassination of X"), an
 * attempt's ("Attempted assassination of X") and two acts' ("Kidnapping and murder of X"; attr4); an attack's, a
 * raid's or an assault's before "on" ("Attack on the Saudi Embassy in Khartoum"; holdout15).
 */
const ACT_OF_NAME = /^(?:(?:attempted|failed)\s+)?(?:(?:sinking|bombing|assassination|hijacking|kidnapping|abduction|massacre|siege|shooting|murder|destruction|downing)\s+and\s+)?(?:(?:sinking|bombing|assassination|hijacking|kidnapping|abduction|massacre|siege|shooting|murder|destruction|downing|storming|seizure)\s+of|(?:attacks?|raid|assault)\s+on)\s+\S/i;
/** An infobox row giving the page's occurrence a type ("Occurrence Type: Bombing", "Type:Bombing by the X", "Methods: Bombing"). */
const TYPE_ROW = /^[-*•\s]*(?:Occurrence\s+)?(?:Type|Methods?)\s*[:|]\s*(bombing|hijacking|shootdown|sabotage|arson)\b/im;
/**
 * A page named for the thing an act struck, with no event noun in its name ("Air India Flight 182", "Cubana de
 * Aviación Flight 455"), whose infobox types the occurrence ("Occurrence Type: Bombing"): the event is that act
 * of the thing ("bombing of Air India Flight 182"); a name that opens with the act's noun and "of" ("Sinking of
 * the Rainbow Warrior") is the event as it stands. Only where the body opens with the name (the page's heading, or
 * "The" and the name).
 */
function typedEventOf(body: string, title: string | null): string | null {
  const t = title?.replace(/\s*\([^()]*\)\s*$/, '').trim();
  if (!t || t.length < 6 || HEADLINE_CLAUSE.test(t)) return null;
  const lead = body.slice(0, t.length + 40).replace(/\s+/g, ' ').replace(/^\s*=+\s*/, '').toLowerCase();
  // (or the first sentence with "The" before it, where the copy has no heading: "The assassination of Rajiv Gandhi, …"; holdout19)
  if (!lead.startsWith(t.toLowerCase()) && !lead.startsWith(`the ${t.toLowerCase()}`)) return null;
  if (ACT_OF_NAME.test(t)) return t;
  const row = TYPE_ROW.exec(body.slice(0, 1500));
  return row ? `${row[1]!.toLowerCase()} of ${t}` : null;
}
function pageEventOf(body: string): string | null {
  const nl = body.indexOf('\n');
  let first = nl < 0 ? body : body.slice(0, nl);
  // (each mark stripped only from a line that holds one: the expressions scanned the whole line, most often a
  // paragraph of prose)
  if (first.includes('=')) first = first.replace(/^\s*=+\s*|\s*=+\s*$/g, '');
  // (and an infobox row's label before it: "Conflict: | Iranian Embassy siege |", holdout16)
  if (first.includes('|')) first = first.replace(/(?:\s*\|)+\s*$/, '').replace(/^[\p{L} ]{2,24}:\s*\|\s*/u, '');
  first = first.trim();
  // (a headline that says something, "US Says X Behind Afghan Attacks", names no event)
  return first.length <= EVENT_NAME_MAX && EVENT_NAME.test(first) && /\p{Lu}/u.test(first) && !HEADLINE_CLAUSE.test(first) ? first : null;
}
/**
 * An encyclopedia page with no heading line: its title names an event and its lead opens with that name
 * ("Morelia grenade attacks" / "The Morelia grenade attacks took place on …"): that event.
 */
function leadEventOf(body: string, title: string | null): string | null {
  const t = title?.replace(/\s*\([^()]*\)\s*$/, '').trim();
  if (!t || !EVENT_NAME.test(t) || HEADLINE_CLAUSE.test(t)) return null;
  const lead = body.slice(0, t.length + 40).replace(/\s+/g, ' ').trimStart();
  return lead.toLowerCase().startsWith(t.toLowerCase()) || lead.toLowerCase().startsWith(`the ${t.toLowerCase()}`) ? t : null;
}

/** A manner adverbial between a verb and its object ("condemned in the strongest terms the attack"). */
const MANNER = /^(?:in\s+(?:the\s+)?(?:strongest|strong|harshest|clearest|firmest|unequivocal)(?:\s+possible)?\s+terms|strongly|firmly|unequivocally|categorically|vehemently)\s+(?=\p{L})/iu;
/** MANNER's first letters, i s f u c v in either case, or a unit beyond ASCII (/iu folds some to ASCII: ſ, K). */
const mannerFirst = (c: number) => c >= 128 || (c | 32) === 105 || (c | 32) === 115 || (c | 32) === 102 || (c | 32) === 117 || (c | 32) === 99 || (c | 32) === 118;
/** `/^[\p{L}\p{N}"“'‘]/u`: a phrase opens with a letter, a digit or an opening quote (the expression only beyond ASCII). */
function opensPhrase(ph: string): boolean {
  const c = ph.charCodeAt(0);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 ? true : (c >= 48 && c <= 57) || c === 34 || c === 39;
  return OPENS_PHRASE.test(ph);
}
const OPENS_PHRASE = /^[\p{L}\p{N}"“'‘]/u;
/** The first letter of an article or possessive the phrase may open with (/^(?:the|a|an|its|their)\s+/i): t, a or i in either case. */
const articleFirst = (c: number) => (c | 32) === 116 || (c | 32) === 97 || (c | 32) === 105;
/** A time after an event's noun ("the attack the following day", "… a few hours after it began"): no part of its name. */
const TEMPORAL_TAIL = /\s+(?:the\s+(?:following|next|same|previous)\s+(?:day|week|month|morning|evening|night)|a\s+few\s+(?:hours|days|weeks)|(?:several|\d+|two|three|four)\s+(?:hours|days|weeks)\s+(?:later|after)|shortly|hours\s+later|days\s+later)\b.*$/;
/** A day after an event's noun ("the attacks in X early Sunday", "the attack on Monday in Y"): no part of its name (not "the Sunday market"). */
const TEMPORAL_DAY = new RegExp(`\\s+(?:(?:early|late|on|last)\\s+)?(?:${WEEKDAY_NAMES}|yesterday|today)(?:\\s+(?:morning|afternoon|evening|night))?(?=$|[,;.]|\\s+(?:in|at|near|on|and|when|after|before|as|that|which)\\b)`);
/** Words that judge an event ("the heinous terrorist attacks"): no part of its name. */
const EVALUATIVE = /^(?:(?:spectacular|heinous|horrific|horrendous|deadly|brutal|cowardly|despicable|barbaric|barbarous|dastardly|senseless|appalling|abhorrent|vicious|outrageous|reprehensible|callous|gruesome|horrible|terrible|tragic|wanton)(?:\s+and|,)?\s+)+/i;
/** An effect told between an event's noun and its place ("attacks resulting in loss of life in X"): left out. */
const EFFECT = /\s+(?:resulting\s+in|causing|leaving|claiming)\s+[^,]*?(?=\s+(?:in|at|near|on)\s+\p{Lu})/u;
/** A distance before a direction ("explosion, 30 kilometres west of X"): the place is named by its direction. */
const DISTANCE = /,?\s+(?:some\s+|about\s+|around\s+)?\d[\d.,]*\s*(?:kilomet(?:re|er)s?|km|miles?|mi)\s+(?=(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s)/i;
/** A stage of an act before the act ("the planning and execution of the attack"): the act is the event. */
/** PLANNING_OF's first letters (t of "the", p, e, o, f) in either case (/i without u: ASCII only). */
const planningFirst = (c: number) => (c | 32) === 116 || (c | 32) === 112 || (c | 32) === 101 || (c | 32) === 111 || (c | 32) === 102;
const PLANNING_OF = /^(?:the\s+)?(?:planning|preparation|execution|organi[sz]ation|financing|funding)(?:\s+(?:and|or)\s+(?:planning|preparation|execution|organi[sz]ation|financing|funding))?\s+of\s+(?:the\s+)?(?=\S+\s*$|\S+\s+(?:on|in|at|against)\s)/i;
/** An event phrase without what only qualifies it: a time after it, judging words, an effect, a distance. */
export function eventCore(ev: string): string {
  // (each expression only where a word it needs is: most phrases hold none)
  let t = ev;
  if (TIME_WORD.test(t)) t = t.replace(TEMPORAL_TAIL, '');
  if (t.includes('day')) {
    // (an event named only by its noun keeps its weekday as its name: "an attack Wednesday" → "attack (Wednesday)")
    const cut = t.replace(TEMPORAL_DAY, '');
    const day = cut !== t && BARE_EVENT.test(cut.replace(/^(?:the|an?)\s+/i, '')) ? WEEKDAY.exec(t.slice(cut.length > 0 ? t.indexOf(' ') : 0)) : null;
    t = day ? `${cut} (${day[0]})` : cut;
  }
  if (EVALUATIVE.test(t)) t = t.replace(EVALUATIVE, ''); // ("the spectacular string of …")
  if (planningFirst(t.charCodeAt(0)) && PLANNING_OF.test(t)) t = t.replace(PLANNING_OF, ''); // ("the planning and execution of the attack": the attack)
  const q = (quantifierFirst(t.charCodeAt(0)) ? QUANTIFIER.exec(t)?.[0] : undefined) ?? ''; // (a count is kept: eventPhrase drops it, after the examples are found)
  if (q && EVALUATIVE.test(t.slice(q.length))) t = q + t.slice(q.length).replace(EVALUATIVE, '');
  if (t.includes('ing') && EFFECT_WORD.test(t)) t = t.replace(EFFECT, ''); // (its words all end in "ing")
  if (hasDigit(t) && DISTANCE_WORD.test(t)) t = t.replace(DISTANCE, ' ');
  return t.length >= 3 ? t : ev;
}
/** The words TEMPORAL_TAIL, EFFECT and DISTANCE need. */
const TIME_WORD = /\b(?:following|next|same|previous|few|later|after|shortly)\b/;
const EFFECT_WORD = /\b(?:resulting|causing|leaving|claiming)\b/;
const DISTANCE_WORD = /\d\s*(?:kilomet|km|mi)/;
function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isDigit(s.charCodeAt(i))) return true;
  return false;
}
/** The head noun of an event phrase: its first event noun, singular. */
function eventHead(ev: string): string | null {
  const m = EVENT_NOUN.exec(ev);
  return m ? m[0].toLowerCase().replace(/(?:es|s)$/, '').replace(/ambush$/, 'ambush') : null;
}
/** The event named last before, with the same noun as `ev` ("the attacks" → "terrorist attacks in Bamako (…)"), or null. */
export function antecedentEvent(ctx: Ctx, ev: string): string | null {
  // (the last event's noun is worked out here, where it is asked for: most events named are never referred to)
  for (let k = ctx.events.length - 1; k >= 0; k--) {
    const name = ctx.events[k]!;
    if (BARE_EVENT.test(name) || GENERIC_EVENT.test(`the ${name}`)) continue;
    const head = eventHead(name);
    if (!head) continue;
    return eventHead(ev) === head ? name : null;
  }
  return null;
}
/** The event a statement's title says it is on ("Security Council Press Statement on Terrorist Attacks in Pakistan (SC/9389)"). */
export function statementEvent(ctx: Ctx): string | null {
  const t = ctx.title ? STATEMENT_ON.exec(ctx.title) : null;
  return t && EVENT_NOUN.test(t[1]!) ? t[1]! : null;
}
const STATEMENT_ON = /\b[Ss]tatement on (?:the )?(.+?)(?:\s*\([^)]*\))?\s*$/;
/** Keep `name` as the last event named (see antecedentEvent), when it names one (an event noun, more than the noun). */
export function rememberEvent(ctx: Ctx, name: string) {
  ctx.events.push(name);
}
/** The last event named that names one (see antecedentEvent), or null. */
export function lastEventName(ctx: Ctx): string | null {
  for (let k = ctx.events.length - 1; k >= 0; k--) {
    const name = ctx.events[k]!;
    if (eventHead(name) && !BARE_EVENT.test(name) && !GENERIC_EVENT.test(`the ${name}`)) return name;
  }
  return null;
}
/** A place's description before its name in apposition ("in the Indian capital, New Delhi"). */
const PLACE_APPOSITION = /(?<=\b(?:in|at|near|outside)\s)the\s+(?:[\w-]+\s+){0,3}?(?:city|town|village|capital|port|province|district|region),\s+(?=\p{Lu})/u;
/** What OCCURRED and PLACE_APPOSITION need (one cheap test first: PLACE_APPOSITION looks behind at every position). */
const EVENT_REWRITE = / (?:occurred|took place|happened) |(?:city|town|village|capital|port|province|district|region), /;
/** A relative clause that only places the event ("the attack that occurred in X on 6 July"). */
const OCCURRED = /\s+(?:that|which)\s+(?:(?:had|has)\s+)?(?:occurred|took\s+place|happened)\s+(?=(?:in|at|near|on|outside|inside)\s)/;
/** The phrase after position `b` up to the end of its clause (an event description). */
export function phraseAfter(body: string, b: number, end: number, event = false): string {
  let rest = body.slice(b, Math.min(end, b + 120));
  if (event && EVENT_REWRITE.test(rest)) {
    // "the attack that occurred in X": the attack in X; "a blast in the Indian capital, New Delhi, …": the place by its name
    rest = rest.replace(OCCURRED, ' ').replace(PLACE_APPOSITION, '');
  }
  const stop = phraseStop(rest);
  let ph = (stop >= 0 ? rest.slice(0, stop) : rest).trim();
  if (mannerFirst(ph.charCodeAt(0)) && MANNER.test(ph)) ph = ph.replace(MANNER, '');
  if (!opensPhrase(ph)) return ''; // (", the Kashmir Valley": the clause went on past the verb)
  if (articleFirst(ph.charCodeAt(0))) ph = ph.replace(/^(?:the|a|an|its|their)\s+/i, '');
  if (!singleSpaced(ph)) ph = ph.replace(/\s+/g, ' '); // (trimmed: no space at either end)
  return ph.length >= 3 ? ph : '';
}
/**
 * Where a list of events goes on after the phrase before stopped: ", and the …", also past a place in
 * apposition or the toll's relative clause ("… in Athens, Greece and the March 9, 2009 detonation …", "… in the
 * Indian capital, New Delhi, that killed 30 people, and a series of bombings …", "… that wounded 77 U.S. soldiers,
 * and the attack on …": an initialism's periods are the clause's), or after "as well as" ("the assassination of P,
 * as well as the attempted assassination of Q").
 */
const LIST_GOES_ON = /^(?:,\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}|,?\s+(?:that|which)\s+(?:killed|left|wounded|injured)\s+(?:[^,;.]|(?<=\b\p{Lu})\.(?=\p{Lu}|\s)){1,40}?)*,?\s+(?:and|or|as\s+well\s+as)\s+(?=(?:the|an?)\s)/u;
/** The events coordinated after the one an event phrase names ("responsible for A, …, and B"): B (each an event). */
export function coordinatedEvents(body: string, b: number, end: number): string[] {
  const rest = body.slice(b, Math.min(end, b + 160));
  const stop = phraseStop(rest);
  const more = stop >= 0 ? LIST_GOES_ON.exec(rest.slice(stop)) : null;
  return more ? eventsListedAfter(body, b + stop + more[0].length, end).filter((x) => EVENT_NOUN.test(x)) : [];
}
/**
 * The events listed after position `b`: "the A attack in 1998, the abduction of B, and the attack on C"
 * (a phrase stops at ", and"; a list goes on past it when an article follows), each as listedEvents gives it.
 */
export function eventsListedAfter(body: string, b: number, end: number): string[] {
  const out: string[] = [];
  for (let p = b, n = 0; n < 8; n++) {
    const rest = body.slice(p, Math.min(end, p + 120));
    const stop = phraseStop(rest);
    out.push(...listedEvents(phraseAfter(body, p, end)));
    const more = stop >= 0 ? LIST_GOES_ON.exec(rest.slice(stop)) : null;
    if (!more) break;
    p += stop + more[0].length;
  }
  return out;
}
// where an event phrase ends: a sentence's end (not an initialism's period, "the U.S. Consulate"), a clause's
// punctuation or link word, a relative clause. Read by a walk over the code units: a mark that always ends
// it, else the expression for a period, a comma or a white space where one stands (most units are letters)
const STOP_DOT = /\.(?<!(?:^|[\s(])(?:[A-Z]\.)+[A-Z]\.)(?=\s+[A-Z0-9“"]|\s*$|\[)/y;
const STOP_COMMA = /,\s+(?=which|that|who|whom|whose|and|but|while|although|as|according|including|when|where|charges|allegations|accusations|(?:in|on|at|by|from|during|also)\s|the\s+(?:[\w'’-]+\s+){0,4}?(?:said|says|reported|reports|added|told|claimed)\b|\w+ing\b|\w+ed\s+(?:the|an?|its|their|his|her|by)\s|[A-Z])/y;
// (STOP_SPACE's two captures are read by nothing: a capture in a counted or optional repetition keeps V8 from
// copying its body and what follows it, 95 KB → 37 KB of native code for a two-byte text; bench/regex-size.ts)
const STOP_SPACE = /\s(?:(?:that|which|who|were|was|is|are|has|have|after|before|since|because|but|while|in which|traveling|travelling|heading|bound|en route)\s|and\s+(?:warned|vowed|threatened|promised|said|added|called|demanded|urged|pledged)\b|and\s+(?:(?:\w+ly|in\s+turn)\s+)?\w+ed\s+(?:the|an?|that|its|their|his|her|to)\s|(?<!\b(?:the|an?|its|their|his|her)\s)killing\s|(?<!\bsuch\s)as\s+(?:an?|the)\s|in\s+(?:((?:an?|its|their|the|two|three|several|separate)\s+)){0,2}((?:online|video|audio|telephone|phone)\s+)?(?:statements?|videos?|clips?|e-?mails?|messages?|calls?|posts?|communiqués?|letters?|tweets?|recordings?|leaflets?)\b|[—–])/y;
/** The unit after a white space may begin STOP_SPACE's word or dash: a b e h i k s t w — – */
const spaceStopNext = (c: number) =>
  c === 97 || c === 98 || c === 101 || c === 104 || c === 105 || c === 107 || c === 115 || c === 116 || c === 119 || c === 0x2014 || c === 0x2013;
/** Where the event phrase in `rest` ends (see above), or -1. */
function phraseStop(rest: string): number {
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    if (c === 59 || c === 58 || c === 33 || c === 63 || c === 34 || c === 91 || c === 0x201d || c === 0x2014) return i;
    const re = c === 46 ? STOP_DOT : c === 44 ? STOP_COMMA : (c <= 32 || c >= 0x80) && spaceStopNext(rest.charCodeAt(i + 1)) ? STOP_SPACE : null;
    if (re === null) continue;
    re.lastIndex = i;
    if (re.test(rest)) return i;
  }
  return -1;
}

/**
 * The events an event phrase names: the examples it lists ("attacks like the 2008 X bombing and the 2011
 * assault on Y" → "2008 X bombing", "2011 assault on Y"), else the phrase; without a leading article.
 */
export function eventItems(ev: string): string[] {
  const ex = /\s(?:like|such as|including)\s+(.+)$/i.exec(ev);
  return ex ? listedEvents(ex[1]!) : [ev];
}
/** Where a list of events splits: a comma (not the one of a date, "October 4, 2017"), or "and"/"or" before an article. */
const LIST_SPLIT = new RegExp(`\\s*,(?<!\\b(?:${MONTH_NAMES})\\s+\\d{1,2},)\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+(?=(?:the|an?)\\s)`, 'i');
/** The events of a list ("the 2008 X bombing and the 2011 assault on Y"), without a leading article. */
export function listedEvents(list: string): string[] {
  return list
    .split(LIST_SPLIT)
    .map((x) => x.replace(/^(?:the|a|an)\s+/i, ''))
    .filter((x) => x.length >= 3);
}

/** The words INSTRUMENT needs. */
const INSTRUMENT_WORD = /\s(?:with|through|using|via)\s/;
/**
 * How an act was done, after its object or event ("attacking the town of X with ground troops and helicopter fire",
 * "linked G to the bombing through the participation of P"): no part of the event's name. Not after a noun that
 * names its other party with "with" ("clashes with the army", "ties with G").
 */
const INSTRUMENT = /(?<!\b(?:clash(?:es)?|fighting|fight|battles?|war|conflict|ties|links?|connections?|talks|encounters?|gunfights?|firefights?|standoff|cooperation|contacts?|dealings|relations))\s+(?:with|through|using|via)\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?=[a-z]).*$/;
/** "the northwestern city of X", "the capital of X": a place's description before its name. */
const PLACE_DESCRIPTION = /(?:\bthe\s+|^)(?:(?!of\s)[\w-]+\s+){0,3}?(?:city|town|village|district|province|region|capital|port) of\s+(?=\p{Lu})/gu;
/** "in parts of Karachi": the place itself. */
const PLACE_PARTS = /(?<=\b(?:in|across|throughout)\s)(?:(?:several|many|various|some)\s+)?(?:parts|areas) of\s+(?=\p{Lu})/gu;
/** A date closing an event phrase ("… in 1998", "… in April 2018"): written as the phrase's "(date)". */
const TRAILING_DATE = new RegExp(`\\s+(?:in|on)\\s+(?:(?:early|late|mid-?)\\s*)?((?:(?:${MONTH_NAMES})\\s+)?(?:\\d{1,2},?\\s+)?\\d{4}|\\d{1,2}\\s+(?:${MONTH_NAMES})|(?:${MONTH_NAMES})\\s+\\d{1,2})$`);
/** A day or month that owns the event ("Monday's attack", "April's assassination attempt"): its date, not its name. */
const DAY_POSSESSIVE = new RegExp(`^(?:${MONTH_NAMES}|${WEEKDAY_NAMES}|[Yy]esterday|[Tt]oday|[Ll]ast (?:week|month|year))['’]s\\s+`);
/** A weekday. */
const WEEKDAY = new RegExp(`\\b(?:${WEEKDAY_NAMES})\\b`);
/** A weekday's possessive opening an event phrase. */
const WEEKDAY_POSSESSIVE = new RegExp(`^(?:${WEEKDAY_NAMES})['’]s\\s+$`);
/** An event named by its noun alone, with up to two words before it and nothing after ("bomb attack", "blast"). */
const NOUN_ONLY = /^(?:[\p{Ll}-]+\s+){0,2}(?:attacks?|bombings?|blasts?|explosions?|shootings?|ambush|raids?|massacre|assault)$/u;
/** A count or quantity before an event's noun ("numerous attacks", "a series of strikes"): no part of its name. */
/** QUANTIFIER's first letters (n s m v a w d h) in either case (/i without u: ASCII only). */
const quantifierFirst = (c: number) => {
  const l = c | 32;
  return l === 110 || l === 115 || l === 109 || l === 118 || l === 97 || l === 119 || l === 100 || l === 104;
};
const QUANTIFIER = /^(?:numerous|several|many|various|multiple|(?:an?\s+)?(?:number|series|wave|string|spate|succession) of|dozens of|scores of|hundreds of)\s+/i;
/** "both" before two coordinated words ("against both X and Y interests"). */
const BOTH = /\bboth\s+(?=(?:\S+\s+){1,3}and\s)/;
/** Titles and qualifiers right before a person's name ("former Pakistan's Prime Minister", "Afghan President"). */
const TITLE_RUN = /(?:^|(?<=\b(?:of|on|against|at|by|with|to|for)\s))(?:(?:the|former|late|then|(?:\p{Lu}[\p{L}.-]*(?:['’]s)?))\s+)+$/u;
/**
 * An event phrase as the event's own noun phrase: a place named without its description ("the U.S.
 * consulate in the northwestern city of Peshawar" → "… in Peshawar"), a person without titles ("the
 * assassination of former Prime Minister X" → "… of X"), a place without the larger place that owns it
 * ("New York City's Times Square" → "Times Square"), no count before it ("numerous attacks"), no closing
 * punctuation. `ms`: the mentions, those
 * within [b, end) are the phrase's.
 */
export function eventPhrase(ev: string, ms: ExtractedMention[], b: number, end: number): string {
  let e = ev.length; // (the closing punctuation cut)
  while (e > 0 && closingMark(ev.charCodeAt(e - 1))) e--;
  let t = e < ev.length ? ev.slice(0, e) : ev;
  if (quantifierFirst(t.charCodeAt(0))) t = t.replace(QUANTIFIER, '');
  if (INSTRUMENT_WORD.test(t)) t = t.replace(INSTRUMENT, ''); // ("the town of X with ground troops", "the bombing through the participation of …")
  // (each expression only where its mark is: "both", a closing digit, a possessive, " of ")
  if (t.includes('both')) t = t.replace(BOTH, '');
  if (isDigit(t.charCodeAt(t.length - 1)) || MONTH_LIST.includes(t.slice(t.lastIndexOf(' ') + 1))) t = t.replace(TRAILING_DATE, ' ($1)');
  if (t.includes('’s') || t.includes("'s")) {
    // (a weekday's event named by no place: the day is its name, "Sunday's bomb attack" → "Sunday bomb attack")
    const d = DAY_POSSESSIVE.exec(t);
    if (d) t = WEEKDAY_POSSESSIVE.test(d[0]) && NOUN_ONLY.test(t.slice(d[0].length)) ? t.replace(/['’]s\s+/, ' ') : t.slice(d[0].length);
  }
  if (t.includes(' of ')) {
    t = t.replace(PLACE_DESCRIPTION, '');
    if (t.includes('parts of') || t.includes('areas of')) t = t.replace(PLACE_PARTS, '');
  }
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    if (m.start < b || m.end > end || (m.type !== 'person' && m.type !== 'place')) continue;
    const i = t.indexOf(m.text);
    if (i < 0) continue;
    if (m.type === 'person') {
      t = t.slice(0, i) + m.canonical + t.slice(i + m.text.length); // (the person's full name: "Karzai" → "Hamid Karzai")
      const pre = TITLE_RUN.exec(t.slice(0, i));
      if (pre && pre[0].length > 0 && pre.index > 0) t = t.slice(0, pre.index) + t.slice(i);
    } else {
      const nx = ms[k + 1];
      if (nx && nx.type === 'place' && /^['’]s\s+$/.test(gapTo(t, i + m.text.length, nx.text))) t = t.slice(0, i) + t.slice(t.indexOf(nx.text, i + m.text.length));
    }
  }
  return t;
}
/** A claim's date as an event's name writes it, as precise as the text: "16 December 2014", "March 2016", "2016". */
export function whenLabel(when: ExtractedClaim['when']): string | undefined {
  const d = when?.start;
  if (!d) return undefined;
  const y = d.slice(0, 4);
  if (when.precision === 'year' || when.precision === 'range' || d.length < 7) return y;
  const m = MONTH_LIST[Number(d.slice(5, 7)) - 1];
  if (!m) return y;
  return when.precision === 'day' && d.length >= 10 ? `${Number(d.slice(8, 10))} ${m} ${y}` : `${m} ${y}`;
}
/** `. , ;` */
const closingMark = (c: number) => c === 46 || c === 44 || c === 59;
/** The text of t from `p` to the next occurrence of `next`, or '' when there is none. */
function gapTo(t: string, p: number, next: string): string {
  const j = t.indexOf(next, p);
  return j < 0 ? '' : t.slice(p, j);
}

/** The phrase before position `a` back to the start of its clause (the last , ; : — within 120 characters). */
export function phraseBefore(ctx: Ctx, from: number, a: number): string {
  const { body, units } = ctx;
  const lo = Math.max(from, a - 120);
  let c = a;
  while (c > lo && !endsPhrase(units[c - 1]!)) c--;
  const ph = body
    .slice(c, a)
    .trim()
    .replace(/\s+(?:was|were|is|are|been|has been|have been|had been)$/i, '')
    .replace(/^(?:the|a|an)\s+/i, '');
  return singleSpaced(ph) ? ph : ph.replace(/\s+/g, ' '); // (no space at either end)
}
/** Whether the event phrase `item` right after `b` is followed by "since <year>" ("attacks … since 2017"): a period, named so. */
export function sinceYear(body: string, b: number, end: number, item: string, year: string): boolean {
  if (year.length !== 4 || !isDigit(year.charCodeAt(0)) || !isDigit(year.charCodeAt(1)) || !isDigit(year.charCodeAt(2)) || !isDigit(year.charCodeAt(3))) return false; // (/^\d{4}$/)
  const i = body.indexOf(` since ${year}`, b);
  return i >= 0 && i < end && i - b <= item.length + 40;
}
/** `, ; : —` */
const endsPhrase = (c: number) => c === 44 || c === 59 || c === 58 || c === 0x2014;
