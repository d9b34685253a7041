// Actor resolution: the subject before a verb (a name, a pronoun, "the group", the paragraph's topic), lists of
// parties after one, authorities and demonyms.
import type { Sentence } from '../sentences.ts';
import { isLower, isS } from '../scan.ts';
import type { ExtractedMention, ExtractedParty } from '../types.ts';
import { AUTHORITY_WORD, DEMONYM_NAMES, DEMONYM_AUTHORITY, isHyphen, endsClause } from './cues.ts';
import { stateOfDemonym } from '../mentions/cues.ts';
import { type Ctx, party, literalParty, asState, isActor, typeBit, PARTY_BITS } from './context.ts';
import { antecedent, descriptionKind, possessorSubject, COREF_DESCRIPTION_HEADS } from './coref.ts';
/** The heads of the descriptions coref.ts resolves, as alternatives of an expression. */
const COREF_HEADS = Object.keys(COREF_DESCRIPTION_HEADS).join('|');

const { ORG, PERSON, PLACE } = PARTY_BITS;

/**
 * The words skipped before a verb, lower-case (a set, read by `lowerAscii`: as /^(?:…)$/i, whose case folding
 * maps no character beyond ASCII to one in it; branch speed23).
 */
const SKIP_BEFORE = new Set('has have had was were is are been be also repeatedly allegedly reportedly probably covertly systematically further initially strongly openly actively directly later then subsequently once long not never and now still first itself'.split(' '));
export const PRONOUN_PERSON = /^(?:he|she)$/i;
/**
 * `w` lower-cased where it is all ASCII, else '' (/^(?:…)$/i of ASCII words matches no word with a character beyond
 * ASCII: its case folding maps none of them into ASCII). subjectBefore's word tests read it, a set look-up or a
 * comparison each, instead of an expression each (branch speed23).
 */
function lowerAscii(w: string): string {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 128) return '';
  return w.toLowerCase();
}
const isPronounPerson = (lw: string) => lw === 'he' || lw === 'she';
/** `/^(?:group|network|organi[sz]ation|outfit|movement)$/` */
const TOPIC_NOUNS = new Set(['group', 'network', 'organization', 'organisation', 'outfit', 'movement']);
// what may stand between a verb and the first party it governs: determiners, descriptive lower-case words
// and demonyms ("the Palestinian militant group Hamas", "militants of the Baloch separatist group X"); a
// possessive name ("three of Ansar’s leaders, P, Q and R") is read as a lower-case word (gapTaken)
const FIRST_GAP = /^\s*(?:(?:the|The|a|an|both|its|their|his|her|also|two|several|other|to|of|U\.S\.|US|(?:the )?(?:government|governments|authorities) of|[-‐]?[\p{Ll}][\p{Ll}-]*|[\p{Lu}][\p{Ll}]+(?:an|ian|i|ese|ch|sh|ist)|NGO|[\p{Lu}][\p{Ll}]+ic)[,]?\s+){0,7}$/u;
/** DEFINITE as a clause's subject (not a possessor: "the organisation's headquarters"). */
const DEFINITE_SUBJECT = /^[Tt](?:he|his|hat) (?:group|network|organi[sz]ation|outfit|movement)\b(?!['’])/;
/** The party that is the grammatical subject right before position `a` (skipping auxiliaries and adverbs). */
export function subjectBefore(ctx: Ctx, s: Sentence, a: number, ms: ExtractedMention[], from: number): ExtractedMention | null {
  let r = subjectBefore0(ctx, s, a, ms, from);
  const state = r && r.type === 'place' ? ctx.metonyms.get(r.canonical) : undefined;
  if (r && state) r = asState(r, state);
  if (r) ctx.lastActor = r;
  if (r && r.type === 'person') ctx.subjectPerson = r;
  return r;
}
function subjectBefore0(ctx: Ctx, s: Sentence, a: number, ms: ExtractedMention[], from: number): ExtractedMention | null {
  const { body, units } = ctx;
  let p = a;
  let afterAnd = false; // the word skipped last was "and": a verb before it is coordinated ("coordinated and participated in")
  for (;;) {
    // the last word (run of non-spaces) of the 40 characters before p
    const lo = Math.max(from, p - 40);
    let we = p;
    while (we > lo && isS(units[we - 1]!)) we--;
    if (we === lo) break;
    let ws = we;
    while (ws > lo && !isS(units[ws - 1]!)) ws--;
    // an apposition between the subject and its verb ("al-Baghdadi, the leader of ISIL, had ordered"): the party before it
    if (units[we - 1] === 44) {
      const ap = APPOSITION_BEFORE.exec(body.slice(Math.max(from, we - 90), we));
      const m = ap ? lastBefore(ms, we - ap[0].length + 1, from) : undefined;
      if (m && isActor(m) && m.end === we - ap![0].length) return m;
    }
    if (endsClause(units[we - 1]!)) break;
    const word = body.slice(ws, we);
    const lw = lowerAscii(word);
    if (SKIP_BEFORE.has(lw) || (afterAnd && /^[a-z]+ed$/.test(word))) {
      afterAnd = word === 'and';
      p = ws;
      continue;
    }
    if (word.charCodeAt(0) === 40 && /^\([A-Za-z]+\)$/.test(word)) {
      p = ws;
      continue;
    }
    const m = actorEndingIn(ms, ws, p, from);
    // "The group operates in X and Y and is …": a place before a coordinated verb ends the first verb's
    // phrase; the subject is the clause's
    if (m && afterAnd && m.type === 'place') break;
    if (m) return m;
    // "the Council underlined …", "The Secretary-General strongly condemns …": the body or office holder the
    // text named before with that word
    if (OFFICE_NOUNS.has(word) && /[Tt]he\s+$/.test(body.slice(Math.max(from, ws - 4), ws))) return officeNamed(ctx, word, ws);
    if (isPronounPerson(lw)) return ctx.subjectPerson ?? ctx.lastPerson;
    // "is believed to be located", "are said to have": the subject is before the verb of report
    if (word === 'to' && /\b(?:believed|thought|said|reported|known|alleged|suspected|understood)\s+$/.test(body.slice(Math.max(from, ws - 14), ws))) {
      p = body.lastIndexOf(' ', ws - 2) + 1 || ws;
      if (p < from) p = from;
      continue;
    }
    if (lw === 'who' || lw === 'which') {
      // a relative clause: its subject is the antecedent right before ("…, which has received"); a common
      // noun there ("former commanders who swore …") names no party
      const ante = /(\S+?),?\s*$/.exec(body.slice(Math.max(from, ws - 40), ws));
      const am = lastBefore(ms, ws, from);
      if (am && isActor(am) && /^[\s,)\]\d[]*$/.test(body.slice(am.end, ws))) return am;
      if (ante && /^(?:group|network|organi[sz]ation|outfit|movement)$/i.test(ante[1]!)) return ctx.topic;
      return null;
    }
    if (lw === 'it' && ctx.lastActor) return ctx.lastActor;
    // ("the group": the word is the noun, or cut at the 40 characters, so the words before are read only then)
    // ("it" or "they" in either case: the word is a run of non-spaces, so no "the group" is one)
    if (lw === 'it' || lw === 'they' || ((ws === lo || TOPIC_NOUNS.has(word)) && /\b[Tt](?:he|his) (?:group|network|organi[sz]ation|outfit|movement)$/.test(body.slice(Math.max(from, ws - 20), p).trim()))) return ctx.topic;
    // "those providing …", "officials say designating …": the -ing form's subject is that word, no party
    if (GERUND_SUBJECT.has(lw) && /^[a-z]+ing\b/.test(body.slice(a, a + 20))) return null;
    // a definite description of a party ("the rebels", "the agency"): the party it stands for (coref.ts), if any
    const dk = descriptionKind(ctx, word, ws, from);
    const dm = dk ? antecedent(ctx, ws, dk) : null;
    if (dm) return dm;
    break;
  }
  // "The group's members and leaders have carried out …": the group's act (coref.ts)
  const ps = possessorSubject(ctx, from, a);
  if (ps) return ps;
  // a main clause's pronoun after a fronted phrase ("In later years, it became …")
  // (both need a comma in the clause)
  const comma = body.indexOf(',', from);
  if (comma >= 0 && comma < a) {
    const clause = body.slice(from, a);
    if (FRONTED_PRONOUN.test(clause)) return ctx.lastActor ?? ctx.topic;
    // a fronted adverbial ("As part of its efforts against groups in Pakistan, the Treasury …"): its parties are not the subject
    const adv = FRONTED_ADVERBIAL.exec(clause);
    if (adv) from += adv[0].length;
  }
  // else the first party of the clause (a state qualifying an organisation yields the organisation): of the
  // clause a "that" opens, if any ("the governor confirmed that the air force targeted …"), and not the
  // object of a preposition ("the militants, with links to X, carry out …")
  // "The organisation operates in … and is …": the group the text is about
  let f0 = from;
  while (f0 < a && isS(units[f0]!)) f0++;
  if ((units[f0]! | 32) === 116 && DEFINITE_SUBJECT.test(body.slice(f0, f0 + 30))) return ctx.topic; // (it opens with "t")
  const that = a - from > 6 ? body.slice(from, a).lastIndexOf(' that ') : -1; // (within the clause: no search back over the body)
  if (that >= 0 && VERB_BEFORE_THAT.test(body.slice(Math.max(from, from + that - 16), from + that))) from += that + 6;
  let k = 0;
  while (k < ms.length && !(ms[k]!.start >= from && ms[k]!.end <= a && isActor(ms[k]!) && !attributivePlace(body, ms[k]!) && !prepositionBefore(ctx, from, ms[k]!.start))) k++;
  if (k === ms.length) return null;
  const f = ms[k]!;
  let nx: ExtractedMention | undefined;
  for (k++; k < ms.length && !nx; k++) if (ms[k]!.start >= from && ms[k]!.end <= a && isActor(ms[k]!)) nx = ms[k];
  if (f.type === 'place' && nx && nx.type === 'organization' && /^(?:['’]s)?\s*$/.test(body.slice(f.end, nx.start))) return nx;
  return f;
}

/** A body's or an office's head noun that "the" makes refer to one the text named before. */
const OFFICE_NOUNS = new Set(['Council', 'Committee', 'Commission', 'Secretary-General']);
/**
 * The party "the <word>" refers to before position `p`: for "Secretary-General" the person the text named
 * with that title ("UN Secretary-General António Guterres"), else the last organisation named whose name ends
 * in the word ("the United Nations Security Council" … "the Council").
 */
function officeNamed(ctx: Ctx, word: string, p: number): ExtractedMention | null {
  const { body, mentions } = ctx;
  if (word === 'Secretary-General') return mentions.findLast((m) => m.start < p && m.type === 'person' && /Secretary-General\s+$/.test(body.slice(Math.max(0, m.start - 20), m.start))) ?? null;
  return mentions.findLast((m) => m.start < p && m.type === 'organization' && m.canonical.endsWith(` ${word}`)) ?? null;
}

/** PREPOSITION_BEFORE holds right before position p (clause from `from`); it ends in a white space, so only there is it tried. */
function prepositionBefore(ctx: Ctx, from: number, p: number): boolean {
  return p > from && isS(ctx.units[p - 1]!) && PREPOSITION_BEFORE.test(ctx.body.slice(Math.max(from, p - 14), p));
}

/** A verb of saying or knowing, whose "that" opens a clause of its own (not a relative "that" after a noun). */
const VERB_BEFORE_THAT = /\b(?:said|says|say|\w+ed|believes?|thinks?|knows?|shows?|claims?|argues?|confirms?|reports?|adds?|notes?|insists?|maintains?)$/;
/** Words for unnamed people: an -ing verb after one is their act ("those providing support to X"); relations.ts reads them too. */
export const PEOPLE_WORDS = 'those anyone anybody someone people persons individuals';
/** Words before a verb in -ing that leave it no party for subject: a pronoun of people, or a verb of saying. */
const GERUND_SUBJECT = new Set(`${PEOPLE_WORDS} entities whoever say says said`.split(' '));
/** A preposition (and an article) right before a position. */
const PREPOSITION_BEFORE = /(?:^|\s)(?:to|of|in|on|at|with|from|by|for|against|into|over|under|about)\s+(?:the\s+)?$/i;
/** A subject pronoun right after the comma that closes a fronted phrase. */
const FRONTED_PRONOUN = /^[^,;:]{3,120},\s+(?:it|they)\s+(?!is\s+(?:not\s+)?(?:clear|unclear|likely|possible|said|believed|thought|reported)\b)/i;

/** A fronted adverbial phrase up to its comma, before a capitalised subject. */
export const FRONTED_ADVERBIAL = /^\s*(?:As|In|After|Before|Since|Following|Despite|To|While|Although|Though|When|During|Under|For|Amid|Through|Because|Unlike)\b[^,;:]{0,160},\s+(?=(?:the\s+)?\p{Lu})/u;

/** The subject after a fronted phrase's comma, from `p` on: a pronoun ("…, it has …") or a party. */
export function subjectAfterComma(ctx: Ctx, p: number, end: number, ms: ExtractedMention[]): ExtractedMention | null {
  const c = /^[^,;:]{0,40},\s+/.exec(ctx.body.slice(p, Math.min(end, p + 60)));
  if (!c) return null;
  const at = p + c[0].length;
  if (/^(?:it|they)\b/i.test(ctx.body.slice(at, at + 5))) return ctx.topic;
  const m = ms.find((x) => x.start === at);
  return m && isActor(m) ? m : null;
}

/** "a Maryland man", "an Ohio court": a place after an indefinite article, before a lower-case noun, qualifies it. */
function attributivePlace(body: string, m: ExtractedMention): boolean {
  return m.type === 'place' && /\ban?\s+$/i.test(body.slice(Math.max(0, m.start - 4), m.start)) && /^\s+\p{Ll}/u.test(body.slice(m.end, m.end + 3));
}

/** The last actor mention that ends within [ws, p] and starts at or after `from` (a loop: no closure per call). */
export function actorEndingIn(ms: ExtractedMention[], ws: number, p: number, from: number): ExtractedMention | undefined {
  for (let k = ms.length - 1; k >= 0; k--) {
    const x = ms[k]!;
    if (x.end <= p && x.end >= ws && x.start >= from && isActor(x)) return x;
  }
  return undefined;
}

// listAfter's gaps: between two parties, and a possessive ("Pakistan's ISI")
const NEXT_GAP = /^\s*\)?\s*(?:,|and|or|as well as|,\s*and|,?\s*and (?:its|their) (?:alias(?:es)?|fronts?),?)?\s*(?:the\s+)?$/i;
const POSSESSIVE_GAP = /^['’]s\s*$/;
export const HYPHENATED = /^[-‐][\p{L}-]+/u;
/** After a group that qualifies the people named next: its possessive or nothing, then a plural noun ("’s leaders, ", " activists "). */
// (group 1 is read by nothing: with it V8 compiles the repeated word once; docs/extract.md, speed21)
const QUALIFIES_PEOPLE = /^(?:['’]s)?(?:(\s+(?!(?:and|or|as|its|their|his|her|the|is|was|has|also|plus|alias)\b)[a-z][\w-]*)){1,3}?s,?\s+(?=\p{Lu}\p{Ll})/u;
const ACRONYM = /^\s*\([^)]{1,12}\)/;

/** Nothing but a possessive between two names ("’s ", "' "). */
const POSSESSIVE_ONLY = /^['’]s?\s+$/;
/** ' or ’ (what POSSESSIVE_GAP and POSSESSIVE_ONLY open with). */
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
/** Parties listed right after position `b`: "the Taliban and Haqqani Network", "Iran and Japan". */
export function listAfter(ctx: Ctx, b: number, end: number, ms: ExtractedMention[], types = ORG | PERSON | PLACE): ExtractedMention[] {
  const { body, units } = ctx;
  const out: ExtractedMention[] = [];
  let p = b;
  // the candidates: the mentions within [b, end), in order
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    if (m.start < b || m.end > end || m.start < p) continue; // (m.start < p: inside a skipped "(ACR)")
    // the gap before it, footnote marks "[3]" left out; null when it is spaces alone, which every gap
    // expression takes (no string to make, no expression to run)
    let gap: string | null = null;
    if (!onlySpaces(units, p, m.start)) {
      const between = body.slice(p, m.start);
      gap = holds(units, p, m.start, 91) ? between.replace(/\[\d+\]/g, '') : between;
    }
    if (isHyphen(body.charCodeAt(m.end))) {
      // "Kuwait-based", "UN-designated": a qualifier, not a party; before the first party it is part of the gap
      const q = HYPHENATED.exec(body.slice(m.end, m.end + 30));
      if (out.length === 0 && q && (gap === null || gapTaken(gap, true))) p = m.end + q[0].length;
      continue;
    }
    if (gap !== null && !gapTaken(gap, out.length === 0) && !(out.length > 0 && isApostrophe(gap.charCodeAt(0)) && POSSESSIVE_GAP.test(gap))) break;
    // a state qualifying an organisation: "Pakistan's Inter-Services Intelligence", "U.S. Central Intelligence Agency"
    const nx = nextWithin(ms, k + 1, b, end);
    if (m.type === 'place' && nx && nx.type !== 'place' && /^(?:['’]s)?\s*$/.test(body.slice(m.end, nx.start))) {
      p = nx.start; // (the possessive between is no gap)
      continue;
    }
    // a group's possessive before its own body: "Hamas' Izz al-Din al-Qassam Brigades", "ISIS's Amaq News Agency" (the body is the party)
    if (m.type === 'organization' && nx && nx.type === 'organization' && isApostrophe(units[m.end]!) && POSSESSIVE_ONLY.test(body.slice(m.end, nx.start))) {
      p = nx.start;
      continue;
    }
    // a group that qualifies the people named next: "G's two leaders, P and Q", "former G activists P, Q"
    // (only where a possessive or a lower-case word follows the group: most groups are followed by neither)
    if (out.length === 0 && m.type === 'organization' && (units[m.end] === 39 || units[m.end] === 0x2019 || (units[m.end] === 32 && isLower(units[m.end + 1] ?? 0)))) {
      const q = QUALIFIES_PEOPLE.exec(body.slice(m.end, m.end + 40));
      if (q) {
        p = m.end + q[0].length;
        continue;
      }
    }
    if ((typeBit(m) & types) === 0) {
      p = m.end;
      continue;
    }
    if (!out.some((o) => o.canonical === m.canonical)) out.push(m);
    p = m.end;
    // skip a parenthesised acronym (only where "(" follows, after spaces)
    if (opensParen(units, p, Math.min(p + 16, body.length))) {
      const par = ACRONYM.exec(body.slice(p, p + 16));
      if (par) p += par[0].length;
    }
  }
  return out;
}

/** Whether a gap before a party is taken: FIRST_GAP's test before the first party, else NEXT_GAP's. */
function gapTaken(gap: string, first: boolean): boolean {
  if (!first) return NEXT_GAP.test(gap);
  if (lowerWords(gap) || FIRST_GAP.test(gap)) return true;
  // (a possessive name as a word of its own: an alternative of FIRST_GAP made every failing gap backtrack)
  return (gap.includes('’') || gap.includes("'")) && FIRST_GAP.test(gap.replace(POSSESSIVE_NAME, 'x'));
}
const POSSESSIVE_NAME = /[\p{Lu}][\p{L}-]*['’]s(?=\s)/gu;

/**
 * `g` is up to seven lower-case ASCII words (a letter, then letters and hyphens), each with an optional
 * comma and then `\s` after it, after optional `\s`: a gap FIRST_GAP takes (its `[\p{Ll}][\p{Ll}-]*` words),
 * told without the expression (a test of it costs half a microsecond). False: ask FIRST_GAP.
 */
export function lowerWords(g: string): boolean {
  const n = g.length;
  let i = 0;
  while (i < n && isS(g.charCodeAt(i))) i++;
  for (let words = 0; i < n; words++) {
    if (words === 7 || !isLower(g.charCodeAt(i))) return false;
    i++;
    while (i < n && (isLower(g.charCodeAt(i)) || g.charCodeAt(i) === 45)) i++;
    if (i < n && g.charCodeAt(i) === 44) i++;
    if (i === n || !isS(g.charCodeAt(i))) return false;
    while (i < n && isS(g.charCodeAt(i))) i++;
  }
  return true;
}

/** The first mention of ms[k…] within [b, end), if any. */
function nextWithin(ms: ExtractedMention[], k: number, b: number, end: number): ExtractedMention | undefined {
  for (; k < ms.length; k++) if (ms[k]!.start >= b && ms[k]!.end <= end) return ms[k];
  return undefined;
}

/** units[a, b) are all `\s` (or none). */
export function onlySpaces(units: Uint16Array, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isS(units[i]!)) return false;
  return true;
}

/** units[a, b) hold the code unit c. */
export function holds(units: Uint16Array, a: number, b: number, c: number): boolean {
  for (let i = a; i < b; i++) if (units[i] === c) return true;
  return false;
}

/** After `\s` from a, a "(" before b. */
function opensParen(units: Uint16Array, a: number, b: number): boolean {
  let i = a;
  while (i < b && isS(units[i]!)) i++;
  return i < b && units[i] === 40;
}

/** An apposition closed by a comma, right before a verb: ", the leader of ISIL," (no clause or bracket inside). */
const APPOSITION_BEFORE = /,\s+(?:the|a|an|its|their|his|her)\s+[^,;:()\n]{1,60},$/;
/** "the Iranian government" (in `t`) as the state its demonym names, or null. */
export function demonymGovernment(t: string): ExtractedMention | null {
  const m = / (?:government|authorities|regime)\b/.test(t) ? /\bthe\s+(\p{Lu}\p{Ll}+)\s+(?:government|authorities|regime)\b/u.exec(t) : null;
  const c = m ? stateOfDemonym(m[1]!) : undefined;
  return c ? ({ canonical: c, type: 'place', entity_id: null, start: -1, end: -1, text: m![1] } as unknown as ExtractedMention) : null;
}
/**
 * The document's first organisation named like a government body (sought once per document, then kept); not
 * a spokesperson's office, which issues the text for the body that acts ("Office of the Spokesperson" … "The
 * Department of State has designated …").
 */
export function documentAuthority(ctx: Ctx): ExtractedMention | null {
  if (ctx.authority === undefined) {
    ctx.authority = ctx.mentions.find((m) => m.type === 'organization' && /Department|Ministry|Office|Council|Committee/.test(m.canonical) && !/\bSpokes(?:person|man|woman)\b/.test(m.canonical)) ?? null;
    // a statement of the US Secretary of State's designations that names no department ("the Secretary of
    // State designated X as a Foreign Terrorist Organization under Section 219"): the department's act
    if (!ctx.authority && /\bSecretary of State\b/.test(ctx.body) && US_DESIGNATION.test(ctx.body))
      ctx.authority = { text: 'Secretary of State', canonical: 'U.S. Department of State', type: 'organization', entity_id: null, start: -1, end: -1, known: false } as unknown as ExtractedMention;
  }
  return ctx.authority;
}
/** The US law's designations: only the Secretary of State designates Foreign Terrorist Organizations. */
const US_DESIGNATION = /\bForeign Terrorist Organi[sz]ations?\b|\bSection 219 of the Immigration\b/;

/** "the Indian and Pakistani governments", "Afghan officials" right before a verb (over auxiliaries and adverbs). */
const DEMONYM_SUBJECTS = new RegExp(`\\b(${DEMONYM_NAMES}) (?:and (${DEMONYM_NAMES}) )?(?:governments?|authorities|officials)\\s+(?:(?:have|has|had|also|\\w+ly)\\s+)*$`);
/** The states that DEMONYM_SUBJECTS names in body[from, a) (none without "governments", "authorities" or "officials"). */
export function demonymSubjects(ctx: Ctx, from: number, a: number): ExtractedMention[] {
  const before = ctx.body.slice(Math.max(from, a - 80), a);
  const dm = / (?:governments?|authorities|officials)\s/.test(before) ? DEMONYM_SUBJECTS.exec(before) : null;
  if (!dm) return [];
  const state = (d: string) => ({ canonical: stateOfDemonym(d)!, type: 'place', entity_id: null, start: -1, end: -1, text: d }) as unknown as ExtractedMention;
  return dm[2] ? [state(dm[1]!), state(dm[2])] : [state(dm[1]!)];
}

/** A government's web host: a state's government domain under its country code ("minister.homeaffairs.gov.au", "gov.uk", "gc.ca"). */
const GOVERNMENT_HOST = /(?:^|\.)(?:gov|govt|gouv|gob|gc|parliament|nic)\.([a-z]{2})$|(?:^|\.)(?:gov|parliament)\.(uk)$/;
/** Country codes of government hosts and the states they name (as the places table names them). */
const HOST_STATE: Record<string, string> = { au: 'Australia', uk: 'United Kingdom', ca: 'Canada', nz: 'New Zealand', in: 'India', pk: 'Pakistan', ie: 'Ireland', sg: 'Singapore', za: 'South Africa', my: 'Malaysia', ph: 'Philippines', bd: 'Bangladesh', lk: 'Sri Lanka', ke: 'Kenya', ng: 'Nigeria', fr: 'France', be: 'Belgium' };
/** A listing said to hold in a state right before its name ("first listed as a terrorist organisation in A"). */
const LISTED_IN = /\b(?:listed|proscribed|banned|designated|terrorist\s+organi[sz]ations?)\b[^.;:]{0,40}?\s(?:in|by)\s+(?:the\s+)?$/i;
/**
 * The state whose government "the Government" is in a release that names no department: the state of the
 * government host that publishes it, else the state the text says a listing holds in ("first listed as a
 * terrorist organisation in Australia", "under Australia's Criminal Code").
 */
export function homeState(ctx: Ctx): ExtractedMention | null {
  const h = GOVERNMENT_HOST.exec(ctx.voice.name.toLowerCase());
  const cc = h ? h[1] ?? h[2] : undefined;
  const named = cc ? HOST_STATE[cc] : undefined;
  if (named) return stateAuthority(named);
  const { body } = ctx;
  const m = ctx.mentions.find((x) => x.type === 'place' && (LISTED_IN.test(body.slice(Math.max(0, x.start - 60), x.start)) || CRIMINAL_CODE_AFTER.test(body.slice(x.end, x.end + 20))));
  return m ? stateAuthority(m.canonical) : null;
}
/** "'s Criminal Code" right after a state's name ("under Australia's Criminal Code"). */
const CRIMINAL_CODE_AFTER = /^['’]s\s+Criminal\s+Code\b/;
/** A state as a designation's authority, named by the document but at no place in it (no span). */
const stateAuthority = (canonical: string) => ({ canonical, entity_id: null, start: -1, end: -1 }) as unknown as ExtractedMention;

/** The government a demonym names in body[from, a) ("The Bangladeshi Government banned …"), else the document's authority. */
export function authorityBefore(ctx: Ctx, from: number, a: number): ExtractedMention | null {
  const before = ctx.body.slice(from, a);
  // (DEMONYM_AUTHORITY tries each demonym at each position: first a test for the word after it)
  const dm = AUTHORITY_WORD.test(before) ? DEMONYM_AUTHORITY.exec(before) : null;
  if (dm) return { canonical: stateOfDemonym(dm[1]!)!, entity_id: null, start: -1, end: -1 } as unknown as ExtractedMention;
  return documentAuthority(ctx);
}

export function authParty(m: ExtractedMention): ExtractedParty {
  return m.start >= 0 ? party(m) : literalParty(m.canonical);
}

export function paraStart(ctx: Ctx, s: Sentence): number {
  return ctx.paraStarts[s.para] ?? s.start;
}

/** The last mention that ends at or before `a` and starts at or after `from` (mentions are sorted). */
export function lastBefore(ms: ExtractedMention[], a: number, from: number): ExtractedMention | null {
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k]!;
    if (m.end <= a) return m.start >= from ? m : null;
  }
  return null;
}

/** Auxiliaries and adverbs that may stand between a subject and its verb ("has", "has also", "reportedly"). */
const ACT_AUX = /^(?:['’]s)?\)?(?:\s+\([^()]{1,24}\))?(?:\s+(?:has|have|had|also|reportedly|allegedly|repeatedly|since|then|later|previously|once|now|already|is|are|has been|have been|had been))*\s+$/i;
/** Words that may stand between a subject and an aim's or an act's verb. */
const ACT_AUX_WORD = /^(?:has|have|had|been|also|reportedly|allegedly|repeatedly|since|then|later|previously|once|now|already|is|are)$/;
/** A word that may end an aim's or an act's subject: a pronoun or a group noun (else a word with a capital, or a bracket). */
const ACT_SUBJECT_WORD = new RegExp(`^(?:it|they|he|she|group|organi[sz]ation|network|movement|outfit|${COREF_HEADS})$`, 'i');
/**
 * What stands right before an aim's or an act's verb (auxiliaries skipped, read back word by word): a word
 * with a capital ("al-Qaeda"), a closing bracket, a pronoun or a group noun.
 */
function wordBeforeAct(ctx: Ctx, from: number, a: number): boolean {
  const { body, units } = ctx;
  let p = a;
  for (let n = 0; n < 4; n++) {
    let we = p;
    while (we > from && isS(units[we - 1]!)) we--;
    if (we === p || we === from) return false;
    let ws = we;
    while (ws > from && !isS(units[ws - 1]!)) ws--;
    const w = body.slice(ws, we);
    if (ACT_AUX_WORD.test(w)) {
      p = ws;
      continue;
    }
    return units[we - 1] === 41 || ACT_SUBJECT_WORD.test(w) || /\p{Lu}/u.test(w);
  }
  return false;
}
/** A preposition (and article, and compass word: "an attack … in eastern Afghanistan has killed …"; holdout19) right before a party: the party is its object, no subject. */
const OBJECT_OF = /\b(?:in|at|near|of|from|on|by|for|with|against|to|into|across|outside|inside|over|under)\s+(?:the\s+)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+|central\s+)?$/i;
/** A pronoun or "the group" right before the verb (its auxiliaries skipped): the subject stands for the topic or last actor. */
const ACT_PRONOUN = new RegExp(String.raw`(?:^|\s)(?:it|they|he|she|the (?:group|network|organi[sz]ation|movement|outfit|${COREF_HEADS}))(?:\s+(?:has|have|had|also|reportedly|allegedly|repeatedly|since|then|later|previously|now|already|is|are|has been|have been|had been))*\s+$`, 'i');
/**
 * The party that is the grammatical subject of the verb at `a` when it stands right before it (only
 * auxiliaries and adverbs between), or a pronoun there that stands for a party; else null. (Stricter than
 * subjectBefore: an aim or an act whose doer the clause does not name at the verb is no attribution.)
 */
export function adjacentSubject(ctx: Ctx, s: Sentence, a: number, ms: ExtractedMention[], from: number): ExtractedMention | null {
  // "Al-Shabaab militants killed …", "ISWAP fighters have attacked …": a group's member noun between the group's
  // name and the verb; the act is the group's
  const mem = memberSubject(ctx, a, ms, from);
  if (mem) return mem;
  // (first a test of the words before: a name's last word, a bracket or a pronoun, then auxiliaries)
  if (!wordBeforeAct(ctx, from, a)) return null;
  const subj = subjectBefore(ctx, s, a, ms, from);
  if (!subj) return null;
  // (not a preposition's object: "the bombing in Kharan killed …")
  if (subj.start >= from && subj.end <= a) return ACT_AUX.test(ctx.body.slice(subj.end, a)) && !OBJECT_OF.test(ctx.body.slice(Math.max(from, subj.start - 16), subj.start)) ? subj : null;
  return ACT_PRONOUN.test(ctx.body.slice(Math.max(from, a - 60), a)) ? subj : null;
}

/** A group's member nouns, for the doer's words before a verb ("Boko Haram fighters attacked …"): one list for actors.ts and acts.ts. */
export const MEMBER_NOUN = '(?:militants|fighters|gunmen|insurgents|jihadists|operatives|members|guerrillas|rebels|cadres)';
/** A group's member noun right before a verb (auxiliaries and adverbs after it): "militants", "fighters", … */
const MEMBER_BEFORE_ACT = new RegExp(String.raw`(?:['’]s)?\s+["“]?${MEMBER_NOUN}(?:\s+in\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?(?:\s+(?:have|has|had|also|reportedly|allegedly|repeatedly|then|later|previously|once|now|already|on\s+\p{L}+day))*\s+$`, 'u');
/**
 * The organisation whose member noun stands right before the verb at `a` ("Boko Haram fighters attacked …",
 * "al-Shabaab's militants killed …"), or null: the organisation must end right where the member noun begins and
 * not be a preposition's object ("attacks by Boko Haram fighters …" has no verb after it in this clause).
 */
function memberSubject(ctx: Ctx, a: number, ms: ExtractedMention[], from: number): ExtractedMention | null {
  const { body } = ctx;
  const lead = body.slice(Math.max(from, a - 90), a);
  const m = MEMBER_BEFORE_ACT.exec(lead);
  if (!m) return null;
  const at = a - lead.length + m.index;
  // "when its fighters attacked …": the group the possessive stands for (coref.ts)
  if (/(?:^|\s)[Ii]ts$/.test(lead.slice(0, m.index))) return antecedent(ctx, at, 'group');
  for (let k = ms.length - 1; k >= 0; k--) {
    const x = ms[k]!;
    if (x.end > at) continue;
    if (x.end < at || x.start < from || x.type !== 'organization') return null;
    if (OBJECT_OF.test(body.slice(Math.max(from, x.start - 16), x.start))) return null;
    return x;
  }
  return null;
}

/** The first party named in [b, end) that does not only qualify a word ("Iran-aligned") and is not `not`. */
export function firstPartyIn(ctx: Ctx, b: number, end: number, ms: ExtractedMention[], not: ExtractedMention): ExtractedMention | null {
  for (const m of ms) {
    if (m.start < b || m.end > end) continue;
    if (isHyphen(ctx.body.charCodeAt(m.end)) || m.canonical === not.canonical) continue;
    return m;
  }
  return null;
}

/** What may open a clause before the first of its listed subjects: a determiner. */
const LIST_LEAD = /^\s*(?:(?:[Tt]he|[Bb]oth)\s+)?$/;
/** What may stand between listed subjects and their verb: "along with" others unnamed, auxiliaries, adverbs. */
const LIST_TAIL = new RegExp(String.raw`^\s*(?:\([^()]{1,12}\)\s*)?(?:${MEMBER_NOUN}\s+)?(?:,\s*(?:along\s+with|as\s+well\s+as|together\s+with)\s+[^,;:()]{1,50},)?\s*(?:(?:has|have|had|also|all|both|jointly|quickly|later|subsequently|swiftly|promptly)\s+)*$`);
/**
 * The parties listed as a clause's subjects, of any kind ("Kosovo, Albania, and the European Union, along with
 * several other nations, issued …"; "X, the EU and the European Parliament classified …"): two or more, the
 * first opening the clause (past a fronted adverbial, "In the aftermath of the attack,"), the last right
 * before the verb at `a`; else none.
 */
export function listedSubjects(ctx: Ctx, a: number, ms: ExtractedMention[], from: number): ExtractedMention[] {
  const { body } = ctx;
  let f = from;
  const adv = FRONTED_ADVERBIAL.exec(body.slice(from, a));
  if (adv) f += adv[0].length;
  const first = ms.find((x) => x.start >= f && x.end <= a && isActor(x));
  if (!first || !LIST_LEAD.test(body.slice(f, first.start))) return [];
  const list = listAfter(ctx, first.start, a, ms);
  const last = list[list.length - 1];
  return list.length >= 2 && LIST_TAIL.test(body.slice(last!.end, a)) ? list : [];
}
