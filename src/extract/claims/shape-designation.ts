// Shapes of designation and naming: designated / listed / banned (and founded by), designation nouns,
// appositions, "known as", alias lists.
import type { ExtractedMention, ExtractedParty } from '../types.ts';
import { type Ctx, party, literalParty, emit, PARTY_BITS } from './context.ts';
import { isHyphen, DEMONYM_NAMES } from './cues.ts';
import { subjectBefore, listAfter, documentAuthority, authorityBefore, authParty, lastBefore, homeState } from './actors.ts';
import type { Hit } from './shapes.ts';
import { isS } from '../scan.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../dates.ts';

const { ORG, PERSON } = PARTY_BITS;

// (the noun in lower case: "The Movement for …" is a name)
export const DEFINITE = /^[Tt](?:he|his|hat) (?:group|network|organi[sz]ation|outfit|movement)\b/;
/** A copula (and a verb of judging) with the determiner and up to two words before an apposition's noun. */
const COPULA_BEFORE = /\b(?:is|was|are|were|be|been|being)\s+(?:(?:considered|regarded|described|seen|believed|thought|said)\s+(?:to be\s+|as\s+)?)?(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}$/i;
/** A word qualifying "known as" right before it ("also", "more commonly", "locally"). */
const KNOWN_QUALIFIER = /(?:\b(?:also|more commonly|commonly|formerly|locally|popularly|otherwise|better)\s+)?$/;
/** "the group," (and the like) right before a position. */
const DEFINITE_BEFORE = /\b(?:the|this|that) (?:group|network|organi[sz]ation|outfit|movement)\s*,?\s*$/i;
/** "I" or "we" as the subject right before a verb (over adverbs). */
const FIRST_PERSON_BEFORE = /(?:^|[^\w’'])(?:I|[Ww]e)(?:['’](?:re|ve|ll|m))?\s+(?:\w+ly\s+|also\s+|now\s+)?$/;
/** " and its leader, " after a group in a list ("designated G and its leader, P, as …"). */
const ITS_LEADER = /^,?\s+and\s+(?:its|their)\s+(?:former\s+|top\s+|founding\s+)?(leader|founder|chief|commander|emir|spokesman),?\s+/;
/** `designate`, `passive_founded` */
export function designateShape(ctx: Ctx, h: Hit): void {
  const { rule, s, a, b, matched, ms, from, base } = h;
  const { body } = ctx;
  // (the verb with the word that makes it another act: "re-listed", "re listed", "first listed")
  const pre = verbPrefixBefore(body, a) ? VERB_PREFIX.exec(body.slice(Math.max(from, a - 7), a)) : null;
  const action = pre ? `${pre[1] ? 're-' : 'first '}${h.action}` : h.action;
  const pred = h.rule.predicate;
  const after = body.slice(b, s.end);
  const by = after.includes('by') ? /^[^.;]{0,60}?\bby\s+/.exec(after) : null;
  if (rule.shape === 'passive_founded') {
    if (!by) return;
    const founders = listAfter(ctx, b + by[0].length, s.end, ms, PERSON | ORG);
    // "X was founded by Y"; else a reduced relative, "the X network founded by Y": the organisation right before
    const subj = /\b(?:was|were|is|are|been|be|being)\s+(?:\w+ly\s+)?$/i.test(body.slice(Math.max(from, a - 25), a))
      ? subjectBefore(ctx, s, a, ms, from)
      : ms.findLast((x) => x.end <= a && x.start >= from && x.type === 'organization' && /^[\s,]*$/.test(body.slice(x.end, a))) ?? null;
    for (const f of founders) if (subj) emit(ctx, base, { subject: party(subj), predicate: pred, object: party(f), action: 'founded', actor: f.canonical, target: subj.canonical });
    return;
  }
  if (by && !/^\s+(?:the\s+)?(?:Secretary|Department|agency)/.test(after)) {
    const authorities = listAfter(ctx, b + by[0].length, s.end, ms);
    // "X, a … group (designated as … by A, B and C)": the designated is the party the bracket follows
    const paren = /\(\s*$/.test(body.slice(Math.max(from, a - 3), a)) ? ms.findLast((x) => x.end <= a && x.start >= s.start && (x.type === 'organization' || x.type === 'person')) ?? null : null;
    const listed = paren ? [] : passiveListed(ctx, from, a, ms, LISTING_VERB.test(action));
    // ("The five were designated by A": a subject counted or described, not named, is not the text's topic)
    const subj = paren ?? subjectBefore(ctx, s, a, ms, from) ?? (UNNAMED_SUBJECT.test(body.slice(from, a)) ? null : ctx.topic);
    if (!subj) return;
    const second = listAlso(action, after);
    for (const x of listed.length > 0 ? listed : [subj])
      for (const au of authorities) {
        emitOnLists(ctx, base, { subject: party(x), predicate: pred, object: party(au), action, actor: au.canonical, target: x.canonical }, second);
      }
    return;
  }
  // ("is designating" is no passive)
  const progressive = endsInIng(matched); // (/ing$/i)
  const verbBefore = body.slice(Math.max(from, a - 25), a);
  const passive = !progressive && /\b(?:was|were|is|are|been|be|being)\s+(?:(?:\w+ly|first)\s+)?$/i.test(verbBefore);
  // (a listed subject may come with "also": "…, namely A, B and C, were also designated as …")
  const listed = !progressive && /\b(?:was|were|is|are|been)\s+(?:(?:\w+ly|first|also)\s+)?$/i.test(verbBefore) ? passiveListed(ctx, from, a, ms, LISTING_VERB.test(action)) : [];
  if (passive || listed.length > 0) {
    if (listed.length > 0) {
      const au = listedIn(ctx, b, s.end, ms) ?? authorityBefore(ctx, from, a);
      if (!au) return;
      const att = listNamed(action, after);
      const second = listAlso(action, after);
      for (const x of [...listed, ...asWere(ctx, b, s.end, ms)]) emitOnLists(ctx, base, { subject: party(x), predicate: pred, object: authParty(au), action, actor: au.canonical, target: x.canonical, attAction: att }, second);
      return;
    }
    const subj = subjectBefore(ctx, s, a, ms, from);
    // ("X was first listed as a terrorist organisation in Australia": the state named is the one that listed it)
    const au = listedIn(ctx, b, s.end, ms) ?? authorityBefore(ctx, from, a);
    if (subj && au) for (const x of [subj, ...asWere(ctx, b, s.end, ms)]) emitOnLists(ctx, base, { subject: party(x), predicate: pred, object: authParty(au), action, actor: au.canonical, target: x.canonical, attAction: listNamed(action, after) }, listAlso(action, after));
    return;
  }
  // "… accused P of acting for G and designated him as …", "… accused P, Q and R of … and designated them as …":
  // an object pronoun stands for the people named before it in the sentence (branch wild26)
  const pron = OBJECT_PRONOUN.exec(after);
  if (pron && !progressive) {
    designatePronoun(ctx, h, pron[1]!.toLowerCase(), action);
    return;
  }
  // a second verb of the designation's subject ("X is designating G … and intends to designate …"): X's
  let authority = ctx.designated.at === s.start && ctx.designated.au && AND_BEFORE.test(body.slice(Math.max(from, a - 6), a)) ? ctx.designated.au : null;
  // "The State Department said it has designated …": "it" is the body that says so
  const cl = base.claimant;
  if (!authority && cl !== ctx.voice && cl.start !== null && IT_BEFORE.test(body.slice(Math.max(from, a - 30), a))) {
    const m = ms.find((x) => x.start === cl.start && x.type === 'organization');
    if (m) authority = m;
  }
  authority ??= subjectBefore(ctx, s, a, ms, from);
  // (a person designates in office: "Secretary of State P designated …" is P's act)
  // "I/We intend to designate …" in an official statement: the body that issues it
  if (!authority && FIRST_PERSON_BEFORE.test(body.slice(Math.max(from, a - 24), a))) authority = documentAuthority(ctx);
  if (!authority) {
    // "The Secretary of State has redesignated …", "The Bangladeshi Government banned …"
    const before = body.slice(from, a);
    if (!/\b(?:Secretary|Department|Government|government|Ministry|agency|authorities)\b/.test(before)) return;
    authority = authorityBefore(ctx, from, a);
    // ("The Government has listed …" in a release that names no department: its state's government)
    if (!authority && BARE_GOVERNMENT.test(before)) authority = homeState(ctx);
    if (!authority) return;
  }
  const au = authority;
  // the designated: a possessive inside the trigger ("amended LET’s designations"), the parties listed
  // right after it, or those after a colon ("… as Foreign Terrorist Organizations: X and Y")
  let objs = ms.filter((m) => m.start >= a && m.end <= b && m.type !== 'place');
  // the designated counted or described, not named ("is designating Maldivian supporters of ISIS and al-Qa’ida",
  // "designated a network of five financial facilitators who funded ISIS"): the phrase is the designated, the
  // parties inside it are not
  let counted = objs.length === 0 && !LEADERS_AFTER.test(after) && !ALL_OF_THEM.test(after) ? countedDesignees(after) : null;
  // (a group's name is no description: "designated Taliban leaders P and Q")
  if (counted) {
    const at = b + after.indexOf(counted);
    if (ms.some((m) => m.start === at && m.type !== 'place')) counted = null;
  }
  const countedEnd = counted ? b + after.indexOf(counted) + counted.length : -1;
  if (objs.length === 0) {
    objs = listAfter(ctx, b, s.end, ms, ORG | PERSON);
    // "designated G and its leader, P, as …": P is designated too, and leads G
    const g = objs[objs.length - 1];
    const its = g && g.type === 'organization' ? ITS_LEADER.exec(body.slice(g.end, Math.min(s.end, g.end + 40))) : null;
    const p = its ? ms.find((x) => x.start === g!.end + its[0].length && x.type === 'person') : undefined;
    if (p) {
      objs.push(p);
      emit(ctx, base, { subject: party(p), predicate: 'leader_of', object: party(g!), action: `${its![1]!.toLowerCase()} of`, actor: p.canonical, target: g!.canonical, attAction: `is the ${its![1]!.toLowerCase()} of` });
    }
  }
  if (objs.length === 0) {
    const colon = body.slice(b, s.end).indexOf(':');
    if (colon >= 0) objs = listAfter(ctx, b + colon + 1, s.end, ms, ORG | PERSON);
    // "has listed three terrorist organisations under the Criminal Code:" and the groups on the bullet lines below
    if (objs.length === 0 && colon >= 0 && /^\s*$/.test(body.slice(b + colon + 1, Math.min(s.end, body.indexOf('\n', b + colon) < 0 ? s.end : body.indexOf('\n', b + colon)))))
      objs = listedBelow(ctx, b + colon, 'organization').map(([m]) => m);
  }
  // "designating three of NRM's leaders as SDGTs:" and the leaders on the lines that follow, one a line
  const led = LEADERS_AFTER.exec(after);
  if (led) {
    // (the group whose leaders they are: "three of NRM's leaders")
    const g = led[1] ? objs.find((o) => o.type === 'organization' && o.text === led[1]) : undefined;
    objs = objs.filter((o) => o.type === 'person');
    for (const [p, bare] of listedBelow(ctx, s.end)) {
      objs.push(p);
      // a line that names the person alone says no more than that they lead the group (one that goes on,
      // "P is a member of NRM's national council", tells their role itself)
      if (g && bare && /^leaders$/i.test(led[2]!))
        emit(ctx, base, { subject: party(p), predicate: 'leader_of', object: party(g), action: 'one of the leaders of', actor: p.canonical, target: g.canonical, attAction: 'is one of the leaders of' });
    }
  }
  // the designated named by no mention: a name right before "as" ("designated Santoso as a …", "is designating
  // German-based X, along with …, as …"), the parties designated before in the sentence ("… and intends to
  // designate all four groups as …"), and what "along with" adds ("X, along with three other violent groups in
  // Y and Z, as …")
  const literal: ExtractedParty[] = [];
  let last = objs.length > 0 ? objs[objs.length - 1]!.end : -1; // (where the designated named last ends)
  if (objs.length === 0) {
    // (only after a verb of official listing: "labelled X as" and "listed X as" also judge or count)
    const nm = OFFICIAL_VERB.test(matched) ? NAME_AS.exec(after) : null;
    if (nm && !NOT_NAME.test(nm[1]!)) {
      literal.push(literalParty(nm[1]!));
      last = b + nm[0].length;
    } else if (ALL_OF_THEM.test(after) && ctx.designated.at === s.start) literal.push(...ctx.designated.parties);
  }
  const along = last >= 0 ? ALONG_WITH.exec(body.slice(last, s.end)) : null;
  if (along) {
    const more = listAfter(ctx, last + along[0].length - along[1]!.length, last + along[0].length, ms, ORG | PERSON);
    if (more.length > 0) objs.push(...more.filter((m) => !objs.includes(m)));
    else if (GROUP_WORDS.test(along[1]!)) literal.push(literalParty(along[1]!));
  }
  if (objs.length === 0 && DEFINITE.test(after.trim()) && ctx.topic) objs = [ctx.topic];
  // "placed an Indian militant group … on its list of terrorist organizations": a group described, not named,
  // is the one the text is about
  if (objs.length === 0 && rule.action && /\bgroup\b/.test(matched) && ctx.topic?.type === 'organization') objs = [ctx.topic];
  if (counted) {
    // the parties named inside the description are not the designated; those named after it (a colon's list,
    // an apposition: "two AAB-affiliated individuals, P and Q, as SDGTs") are
    objs = objs.filter((o) => o.start >= countedEnd);
    // (a party after the description's own words is what it describes them by, not one of them: "designated two
    // cybersecurity experts affiliated with ISIS", "two agents working for G": only a list opened right after it,
    // or after a colon, is: "has redesignated two groups as FTOs …: A and B", and on the bullet lines after
    // one: "… under the Criminal Code:\n • A; and\n • B")
    const gap = objs.length > 0 ? body.slice(countedEnd, objs[0]!.start) : '';
    if (objs.length > 0 && !/^\s*(?:[,(:]\s*)?$/.test(gap) && !/:\s*(?:[•*-]\s*)?$/.test(gap)) objs = [];
    const opens = /^\s*[,(]\s*/.exec(body.slice(countedEnd, countedEnd + 4));
    // (the parties so designated are not "these designations" of a later sentence: ctx.designated is left as it was)
    if (objs.length === 0 && opens) {
      const named = listAfter(ctx, countedEnd + opens[0].length, s.end, ms, PERSON | ORG);
      const att = rule.action ?? listNamed(action, after);
      for (const o of named) emit(ctx, base, { subject: party(o), predicate: pred, object: authParty(au), action, actor: au.canonical, target: o.canonical, attAction: att });
      if (named.length > 0) return;
    }
    if (objs.length === 0 && literal.length === 0) {
      // people and firms counted are often all a release says of them; groups counted it goes on to name
      // (the designation is kept for the sentence that names them: "The other four groups designated were A, B …")
      if (NAMED_LATER.test(counted)) {
        ctx.lastDesignation = { end: s.end, object: authParty(au), actor: au.canonical, action, attAction: rule.action ?? listNamed(action, after) };
        return;
      }
      const target = withCanonicals(ctx, ms, countedEnd - counted.length, countedEnd);
      emit(ctx, base, { subject: literalParty(target), predicate: pred, object: authParty(au), action, actor: au.canonical, target, attAction: rule.action ?? listNamed(action, after) });
      return;
    }
  }
  const attAction = rule.action ?? listNamed(action, after);
  // ("as an FTO … and as an SDGT": a designation on each list)
  const second = rule.action ? undefined : listAlso(action, after);
  for (const o of objs)
    if (o.canonical !== au.canonical) emitOnLists(ctx, base, { subject: party(o), predicate: pred, object: authParty(au), action, actor: au.canonical, target: o.canonical, attAction }, second);
  for (const o of literal) emitOnLists(ctx, base, { subject: o, predicate: pred, object: authParty(au), action, actor: au.canonical, target: o.name, attAction }, second);
  if (objs.length > 0 || literal.length > 0) ctx.designated = { at: s.start, au, parties: [...objs.map(party), ...literal] };
}
/**
 * A name no mention covers right after a designation's verb, before "as" or the comma of "along with": up to
 * five capitalised words, after an optional "<Place>-based" (group 1 the name).
 */
const NAME_AS = /^\s+(?:\p{Lu}[\p{L}-]*[-‐]based\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4})(?=\s+as\s|,\s+along\s+with\s)/u;
/** The verbs of official listing whose object may be a name no mention covers. */
const OFFICIAL_VERB = /(?:^|\s)(?:re)?designat|proscrib|sanction|banned/i;
/** Capitalised words that name no party: days, months, the lists' own words. */
const NOT_NAME = new RegExp(`^(?:${WEEKDAY_NAMES}|${MONTH_NAMES}|Today|Yesterday|Foreign|Specially|The|This|These|Those|It|They|Them|Him|Her)\\b`);
/** The parties designated before, named again as a group: "all four groups as", "both groups as", "the two organizations as". */
const ALL_OF_THEM = /^\s+(?:all|both|the)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:groups|organi[sz]ations|entities|individuals|people)\s+as\s/i;
/** ", along with <phrase>, as": who is designated with the party before (group 1 the phrase). */
const ALONG_WITH = /^,\s+along\s+with\s+([^,;.:()]{3,90}?),\s+as\s/;
/** A phrase of unnamed parties: a plural noun of groups or people. */
const GROUP_WORDS = /\b(?:groups|organi[sz]ations|entities|networks|individuals|leaders|members|affiliates|branches)\b/;
/** "and" right before a verb (coordinated with the one before). */
const AND_BEFORE = /\band\s+$/;
/** The US lists a designation names ("… as a Foreign Terrorist Organization", "as SDGTs"): the list is group 1 or 2. */
const US_LIST = /^[^.;:]*?\bas\s+(?:an?\s+|the\s+)?(?:(Foreign\s+Terrorist\s+Organi[sz]ation|Specially\s+Designated\s+Global\s+Terrorist)s?\b|(FTO|SDGT)s?\b)/;
/** The US lists' names written out. */
const FTO = 'Foreign Terrorist Organization';
const SDGT = 'Specially Designated Global Terrorist';
/**
 * A designation's action with the list it names after the verb ("designated as a Foreign Terrorist
 * Organization"): a group designated as an FTO and as an SDGT is designated twice, each listed; else none.
 */
function listNamed(action: string, after: string): string | undefined {
  const l = US_LIST.exec(after);
  if (!l) return undefined;
  const list = l[1] ? l[1].replace(/\s+/g, ' ') : l[2] === 'FTO' ? FTO : SDGT;
  return `${action} as a ${list}`;
}
/** ", all of which have been" (and the like) right before a passive verb: the parties listed before it are its subject. */
const ALL_OF_WHICH = /,\s+(?:all|each|both)\s+of\s+(?:which|whom)\s+(?:(?:have|has|had|were|was|are|is|been|also|now|since|previously)\s+)+$/;
/** "…, namely (the) " before the parties a passive designation lists ("Three of the seven groups, namely the A, B and C, were also designated"). */
const NAMELY = /,?\s+namely\s+(?:the\s+)?/g;
/** The gap between two parties of a list (an acronym in brackets after a name is no party). */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?)$/;
/** A mention alone in brackets (with the characters either side of it). */
const IN_BRACKETS = /^\s*\([^()]*\)\s*$/;
/** An acronym in brackets that opens a gap. */
const ACRONYM_FIRST = /^\s*\([^()]{1,16}\)/;
const BLANK = /^\s*$/;
/**
 * The named parties a passive designation's subject lists: those right before ", all of which have been"
 * or those after ", namely"; two or more, else none.
 */
function passiveListed(ctx: Ctx, from: number, a: number, ms: ExtractedMention[], coordinated: boolean): ExtractedMention[] {
  const { body } = ctx;
  const before = body.slice(from, a);
  const all = ALL_OF_WHICH.exec(before);
  if (all) {
    const end = from + all.index;
    // the parties before it, read back while the gaps are a list's (acronyms in brackets skipped)
    const cand = ms.filter((x) => x.start >= from && x.end <= end && (x.type === 'organization' || x.type === 'person'));
    const out: ExtractedMention[] = [];
    let next = end;
    for (let k = cand.length - 1; k >= 0; k--) {
      const m = cand[k]!;
      const gap = body.slice(m.end, next);
      if (IN_BRACKETS.test(body.slice(m.start - 1, m.end + 1)) && k > 0) continue; // "(AQAP)"
      const g = gap.replace(ACRONYM_FIRST, '');
      if (out.length === 0 ? !BLANK.test(g) : !LIST_GAP.test(g)) break;
      out.unshift(m);
      next = m.start;
    }
    return out.length >= 2 ? out : [];
  }
  NAMELY.lastIndex = 0;
  const nm = NAMELY.exec(before);
  if (nm) {
    const list = listAfter(ctx, from + nm.index + nm[0].length, a, ms, ORG | PERSON);
    return list.length >= 2 ? list : [];
  }
  // coordinated subjects of a plural auxiliary, an apposition between ("A and B, senior leaders of G, also were
  // designated"): the parties read back from the last while the gaps are a list's; the first opens the clause
  const aux = coordinated ? PLURAL_AUX.exec(before) : null;
  if (!aux) return [];
  let end = from + aux.index;
  const ap = APPOSITION_TAIL.exec(body.slice(from, end));
  if (ap) end = from + ap.index;
  const cand = ms.filter((x) => x.start >= from && x.end <= end && (x.type === 'organization' || x.type === 'person'));
  const out: ExtractedMention[] = [];
  let next = end;
  for (let k = cand.length - 1; k >= 0; k--) {
    const m = cand[k]!;
    const gap = body.slice(m.end, next).replace(ACRONYM_FIRST, '');
    if (out.length === 0 ? !BLANK.test(gap) : !LIST_GAP.test(gap)) break;
    out.unshift(m);
    next = m.start;
  }
  return out.length >= 2 && CLAUSE_OPENS.test(body.slice(from, out[0]!.start)) ? out : [];
}
/** An object pronoun right after a designation's verb, before "as" (group 1). */
const OBJECT_PRONOUN = /^\s+(him|her|them)\s+as\s/i;
/**
 * A designation whose object is a pronoun (OBJECT_PRONOUN), "and designated him/them as …" after a clause that
 * names them: "him"/"her" is the one person named before it in the sentence (none if several), "them" the list of
 * people (else organisations) that opens with the first one named. The designating body is an organisation that
 * opens the clause, else that of the designation listed last (whose sentence ended before), else none.
 */
function designatePronoun(ctx: Ctx, h: Hit, pron: string, action: string): void {
  const { s, a, b, ms, from, base, rule } = h;
  const { body } = ctx;
  const first = ms.find((x) => x.start >= from && x.end <= a && (x.type === 'organization' || x.type === 'person'));
  if (!first) return;
  const opens = first.type === 'organization' && /^\s*(?:[Tt]he\s+)?$/.test(body.slice(from, first.start)) ? first : null;
  const people = ms.filter((x) => x.start >= from && x.end <= a && x.type === 'person');
  let named: ExtractedMention[] = [];
  if (pron === 'them') {
    const pool = people.length > 0 ? people : ms.filter((x) => x.start >= from && x.end <= a && x.type === 'organization' && x !== opens);
    if (pool.length > 0) named = listAfter(ctx, pool[0]!.start, a, ms, people.length > 0 ? PERSON : ORG);
    if (named.length < 2) return;
  } else {
    if (new Set(people.map((x) => x.canonical)).size !== 1) return;
    named = [people[0]!];
  }
  const last = ctx.lastDesignation;
  const object = opens ? party(opens) : last && last.end <= s.start ? last.object : null;
  const actor = opens ? opens.canonical : last && last.end <= s.start ? last.actor : null;
  if (!object || !actor) return;
  const attAction = rule.action ?? listNamed(action, body.slice(b, s.end));
  for (const x of named) emit(ctx, base, { subject: party(x), predicate: h.rule.predicate, object, action, actor, target: x.canonical, attAction });
}
/** A passive's subject that names nobody: a determiner and a count or plural noun ("The five were", "These individuals have been") (branch wild26). */
const UNNAMED_SUBJECT = /^\s*(?:[Tt]he|[Tt]hese|[Tt]hose|[Aa]ll|[Bb]oth)\s+(?:[\p{Ll}\d-]+\s+){0,3}(?:were|are|have\s+(?:\w+\s+)?been|had\s+been)\s+(?:(?:also|\w+ly)\s+)?$/u;
/** A verb of listing (not of sanctioning: "A and B were sanctioned because of …" mostly restates a listing). */
const LISTING_VERB = /^(?:re-|first )?(?:designat|listed|proscribed|banned)/i;
/** A plural auxiliary (and adverbs) right before a passive verb ("also were", "have since been"). */
const PLURAL_AUX = /\s+(?:(?:also|both|now|later|each)\s+)*(?:were|are|have\s+(?:\w+\s+)?been)\s+(?:(?:also|both|each|first|\w+ly)\s+)*$/;
/** An apposition closing a clause's subject (", senior leaders of G,"). */
const APPOSITION_TAIL = /,\s*[^,;:()]{1,120},\s*$/;
/** What may open a clause before its first listed subject: nothing, a fronted "In 2020,", "X said (that)", the article. */
const CLAUSE_OPENS = /^\s*(?:[^,;:]*(?:,|\b(?:said|says|announced|added|stated|noted))\s*)?(?:that\s+)?(?:the\s+)?$/i;
/** ", as were" after a passive designation: the parties after it have the same one ("…, as were A and B, leaders of G"). */
const AS_WERE = /^[^.;:]*?,\s+as\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+(?:the\s+)?/;
/** The parties a passive designation's ", as were A and B" adds. */
function asWere(ctx: Ctx, b: number, end: number, ms: ExtractedMention[]): ExtractedMention[] {
  const m = AS_WERE.exec(ctx.body.slice(b, end));
  if (!m) return [];
  const at = b + m[0].length;
  const first = ms.find((x) => x.start === at && (x.type === 'organization' || x.type === 'person'));
  return first ? listAfter(ctx, at, end, ms, ORG | PERSON) : [];
}
/** "it" (over auxiliaries and adverbs) right before the verb, at the clause's start. */
const IT_BEFORE = /^\s*(?:that\s+)?it\s+(?:(?:has|have|had|also|now|today|\w+ly)\s+)*$/;
/** "The Government" (and "the Government") as a designation's subject, over auxiliaries and adverbs. */
const BARE_GOVERNMENT = /(?:^|[.;:,]\s*|\n\s*)[Tt]he\s+Government\s+(?:(?:has|have|had|also|now|today|\w+ly)\s+)*(?:re-|re\s+)?$/;
/** A number word or numeral that counts the designated. */
const COUNT = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens\\s+of|a\\s+number\\s+of)';
/** The plural nouns of designated parties described, not named. */
const DESIGNEES = '(?:supporters|facilitators|financiers|fundraisers|individuals|entities|companies|businesses|groups|leaders|operatives|members|affiliates|persons|people|organi[sz]ations|Foreign\\s+Terrorist\\s+Organi[sz]ations|FTOs|networks|cells|recruiters|associates|experts|officials|agents|targets|nationals|traffickers|officers|commanders|militants|fighters|brokers)';
/**
 * The designated described: a count or a demonym, up to four words, a plural noun of parties ("five individuals
 * and three associated companies", "Maldivian supporters of ISIS and al-Qa’ida", "a network of five financial
 * facilitators"), with "of …" after it; it ends before "as", "under", "who", "involved", a comma or the end.
 */
const COUNTED = new RegExp(
  `^\\s+((?:an?\\s+network\\s+of\\s+)?(?:${COUNT}|${DEMONYM_NAMES}|\\p{Lu}\\p{Ll}+(?:ian|ean|an|ese|i|ish))\\s+(?:[\\p{L}()’'-]+\\s+){0,5}?${DESIGNEES}(?:\\s+and\\s+${COUNT}\\s+(?:[\\p{L}’'-]+\\s+){0,3}?${DESIGNEES})?(?:\\s+of\\s+[^,.;:()]{1,60}?)?)(?=\\s+(?:as|under|pursuant|who|that|which|involved|associated|affiliated|connected|linked|tied|for|including|along|today|on|based|in)\\b|\\s*[,.;:(]|\\s*$)`,
  'u',
);
/** A description of groups (their names follow elsewhere): its head noun. */
const NAMED_LATER = /\b(?:groups|organi[sz]ations|Organi[sz]ations|FTOs|affiliates|networks|cells|entities)(?:\s+of\s+.*)?$/;
/** body[a, e) with each mention in it written as its canonical name ("two LET senior members" → "two Lashkar-e-Taiba senior members"). */
function withCanonicals(ctx: Ctx, ms: ExtractedMention[], a: number, e: number): string {
  let out = '';
  let p = a;
  for (const m of ms) {
    if (m.start < a || m.end > e) continue;
    out += ctx.body.slice(p, m.start) + m.canonical;
    p = m.end;
  }
  return (out + ctx.body.slice(p, e)).replace(/\s+/g, ' ');
}
/** The phrase that describes the designated, where COUNTED reads one (at most twelve words). */
function countedDesignees(after: string): string | null {
  const m = COUNTED.exec(after);
  if (!m) return null;
  const t = m[1]!.replace(/\s+/g, ' ');
  return t.split(' ').length <= 12 ? t : null;
}
/** "re-" or "re " (group 1), or "first " right before a verb of listing. */
const VERB_PREFIX = /(?:^|[^\p{L}])(?:([Rr]e)[-‐\s]|first\s)$/u;
/** What VERB_PREFIX needs before a: "e" or "t" (of "re", "first"), then a hyphen or white space. */
function verbPrefixBefore(body: string, a: number): boolean {
  const c = body.charCodeAt(a - 1);
  const e = body.charCodeAt(a - 2);
  return (e === 101 || e === 116) && (c === 45 || c === 0x2010 || isS(c));
}
/** `/ing$/i`: the last three units are i, n, g in either case (under /i without u no unit beyond ASCII matches them). */
function endsInIng(w: string): boolean {
  const n = w.length;
  return n >= 3 && (w.charCodeAt(n - 3) | 32) === 105 && (w.charCodeAt(n - 2) | 32) === 110 && (w.charCodeAt(n - 1) | 32) === 103;
}
/** " as a terrorist organisation in " after a passive verb of listing (the state follows). */
const AS_LISTED_IN = /^\s+as\s+(?:an?\s+)?['‘’]?(?:terrorist|proscribed|banned)\s+(?:organi[sz]ations?|groups?|entit(?:y|ies))['’]?\s+(?:in|by)\s+(?:the\s+)?$/i;
/** The state a passive listing names as the one it holds in ("… was first listed as a terrorist organisation in Australia …"). */
function listedIn(ctx: Ctx, b: number, end: number, ms: ExtractedMention[]): ExtractedMention | null {
  const m = ms.find((x) => x.start >= b && x.start < end && x.start - b <= 60);
  return m && m.type === 'place' && AS_LISTED_IN.test(ctx.body.slice(b, m.start)) ? m : null;
}
/** A designation's action that announces it rather than makes it ("intent to designate", "will designate"). */
const INTENDED = /\b(?:intent|intends?|intended|will|would|plans?|to)\s/i;
function hasSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isS(s.charCodeAt(i))) return true;
  return false;
}
/** The second US list of a designation, ", and as an SDGT" after the first (group 1 or 2). */
const US_LIST_ALSO = /^[^;:]*?,?\s+and\s+(?:also\s+)?as\s+(?:an?\s+|the\s+)?(?:(Foreign\s+Terrorist\s+Organi[sz]ation|Specially\s+Designated\s+Global\s+Terrorist)s?\b|(FTO|SDGT)s?\b)/;
/**
 * "designated X as a Foreign Terrorist Organization under … and as a Specially Designated Global Terrorist under …":
 * the action of the designation on the second list, when the clause names one other than the first; else none.
 */
function listAlso(action: string, after: string): string | undefined {
  // (an intention announced, "intent to designate X as an FTO and as an SDGT", is one announcement, not yet two listings)
  if (hasSpace(action) && INTENDED.test(action)) return undefined; // (INTENDED needs a white space after its word)
  const l = US_LIST.exec(after);
  if (!l) return undefined;
  const m = US_LIST_ALSO.exec(after.slice(l.index + l[0].length));
  if (!m) return undefined;
  const list = usListOf(m);
  return list === usListOf(l) ? undefined : `${action} as a ${list}`;
}
/** The US list a match of US_LIST or US_LIST_ALSO names: its full name (group 1) or its acronym (group 2). */
const usListOf = (m: RegExpExecArray) => (m[1] ? (m[1].startsWith('F') ? FTO : SDGT) : m[2] === 'FTO' ? FTO : SDGT);
/** A designation's claim, and where `second` is the action of its second US list (listAlso), the claim on that list too. */
function emitOnLists(ctx: Ctx, base: Parameters<typeof emit>[1], e: Parameters<typeof emit>[2], second: string | undefined) {
  emit(ctx, base, e);
  if (second) emit(ctx, base, { ...e, attAction: second });
}
/** People designated as a group's members rather than by name ("three of NRM's leaders", "its two leaders"). */
const LEADERS_AFTER = /^\s+(?:the\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:of\s+)?)?(?:(?:its|their|the\s+group|([\p{L}-]+))['’]s\s+|(?:its|their)\s+)?(?:(?:senior|top|key|former)\s+)?(leaders|leadership\s+figures|officials|commanders|members|operatives|individuals)\s+as\b/u;
/** At most one capitalised word before a listed person's mention. */
const GIVEN_BEFORE = /^(?:\p{Lu}\p{L}+ )?$/u;
/** A list line's opening: spaces and a bullet. */
const BULLET = /^[ \t]*[·•*‣◦-][ \t]*/;
/**
 * The people that open the list lines right after `p`, each with whether its line names it alone (the end of the sentence that announces them): each line
 * a bullet and, where it names a person first, that person; blank lines skipped; the list ends at the first
 * line with no bullet.
 */
function listedBelow(ctx: Ctx, p: number, type: ExtractedMention['type'] = 'person'): Array<[ExtractedMention, boolean]> {
  const { body, mentions } = ctx;
  const out: Array<[ExtractedMention, boolean]> = [];
  let ls = body.indexOf('\n', p);
  for (let n = 0; ls >= 0 && n < 12; n++) {
    const start = ls + 1;
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    ls = end < body.length ? end : -1;
    const line = body.slice(start, end);
    if (line.trim() === '') continue;
    const bullet = BULLET.exec(line);
    if (!bullet) break;
    const at = start + bullet[0].length;
    // (a name the person's mention leaves a first word of: "· Tor Fredrik Vejdeland")
    const m = mentions.find((x) => x.start >= at && x.start < end && GIVEN_BEFORE.test(body.slice(at, x.start)));
    if (m && m.type === type) out.push([m, /^[\s,;.]*(?:and)?[\s,;.]*$/.test(body.slice(m.end, end))]);
  }
  return out;
}
/** `designation_noun` */
export function designationNounShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
  // "Treasury designation of two LeT senior leaders, Muhammad Sarwar and Shahid Mahmood"
  let au = ms.findLast((x) => x.end <= a && x.start >= from && x.type === 'organization') ?? null;
  let action = 'designated';
  if (!au || body.slice(au.end, a).replace(/['’]s/, '').trim() !== '') {
    // "X has announced the designation of …": the subject of the announcing verb; "the Secretary revoked
    // (maintained, reviewed) the FTO designation of …": an act on the designation, the authority's
    const v = NOUN_VERB.exec(body.slice(Math.max(from, a - 60), a));
    const at = v ? a - v[0].length : a;
    au = v ? subjectBefore(ctx, s, at, ms, from) : null;
    if (v && v[1]) {
      if (!au && /\b(?:Secretary|Department)\b/.test(body.slice(from, at))) au = authorityBefore(ctx, from, at);
      action = `${v[0].trim().replace(/\s+/g, ' ')} ${h.action.trim()}`;
    }
  }
  if (!au || au.type !== 'organization') return;
  const clauseEnd = body.slice(b, s.end).search(/[;:]|\.\s|\s(?:as|under|and the|which)\s/);
  const end = clauseEnd < 0 ? s.end : b + clauseEnd;
  const objs = ms.filter((m) => m.start >= b && m.end <= end && m.type !== 'place' && m.canonical !== au.canonical);
  const seen = new Set<string>();
  for (const o of objs) {
    if (seen.has(o.canonical)) continue;
    seen.add(o.canonical);
    emit(ctx, base, { subject: party(o), predicate: pred, object: au.start >= 0 ? party(au) : authParty(au), action, actor: au.canonical, target: o.canonical });
  }
}
/**
 * A verb right before a designation noun ("announced the", "has revoked the FTO"): group 1 for an act on a
 * designation that stands (revoked, maintained, reviewed, renewed, upheld), named in the attribution.
 */
const NOUN_VERB = /\b(?:announced|announces|approved|made|issued|welcomed|(revoked|revokes|maintained|maintains|reviewed|renewed|upheld))\s+(?:the|its)\s+(?:(?:FTO|SDGT|E\.O\.\s+13224|terrorist)\s+(?:and\s+\S+\s+)?)?$/;
/** `apposition` */
export function appositionShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, action, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
  // "X, a front of Y"; after a copula ("it is considered the military wing of Y") the copula's subject
  const cop = COPULA_BEFORE.exec(body.slice(Math.max(from, a - 60), a));
  const subj = cop ? subjectBefore(ctx, s, a - cop[0].length + cop[0].search(/\S/), ms, from) : ms.findLast((x) => x.end <= a && x.type === 'organization' && x.start >= from);
  if (subj && subj.type !== 'organization') return;
  const obj = listAfter(ctx, b, s.end, ms, ORG)[0] ?? ms.find((x) => x.start >= b && x.type === 'organization' && !isHyphen(body.charCodeAt(x.end)));
  if (!subj || !obj || subj.canonical === obj.canonical) return;
  // the words that describe the branch before its noun ("X, the armed wing of Y", "the youth wing of Y": what it
  // is, as annotators record it — branch wild4)
  const desc = cop ? null : /(?:^|[\s,])(the|an?)\s+((?:[a-z][a-z-]*\s+){1,2})$/.exec(body.slice(Math.max(from, a - 40), a));
  const att = desc && /^(?:wing|branch|offshoot|subsidiary|affiliate|chapter) of$/.test(action) ? `is ${desc[1]} ${desc[2]}${action}` : cop ? cop[0].trim().replace(/\s+/g, ' ') + ' ' + action : /proxy/i.test(action) ? 'is a proxy of' : /arm/i.test(action) ? "acts as a 'veritable arm' of" : /alias|name/i.test(action) ? 'is an alias of' : /front/.test(action) ? 'is a front of' : `is ${action.replace(/^(?:an?|the)\s+/i, 'a ')}`;
  emit(ctx, base, { subject: party(subj), predicate: pred, object: party(obj), action, actor: subj.canonical, target: obj.canonical, attAction: att });
}
/** `known_as` */
export function knownAsShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, ms, from, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
  // "X, also known as Y and Z, …", "the group, known as Y": each group named after is an alias of the one before
  const m = lastBefore(ms, a, from);
  // (the rule matches "known as": "also", "commonly", "locally" … before it are read here)
  const q = KNOWN_QUALIFIER.exec(body.slice(Math.max(from, a - 20), a));
  const at = q ? a - q[0].length : a;
  let owner: ExtractedMention | null = m && m.type === 'organization' && m.end <= at && /^\s*(?:\([^)]{1,12}\)\s*)?,?\s*$/.test(body.slice(m.end, at)) ? m : null;
  if (!owner && DEFINITE_BEFORE.test(body.slice(Math.max(from, at - 30), at))) owner = ctx.topic;
  if (!owner) return;
  const aliases = listAfter(ctx, b, s.end, ms, ORG);
  // "…, and locally as Y"
  const last = aliases[aliases.length - 1];
  const more = last ? /^\s*,?\s*(?:and|or)\s+(?:[a-z]+ly\s+)?as\s+/.exec(body.slice(last.end, last.end + 30)) : null;
  if (more) aliases.push(...listAfter(ctx, last!.end + more[0].length, s.end, ms, ORG));
  for (const al of aliases)
    if (al.canonical !== owner.canonical) emit(ctx, base, { subject: party(al), predicate: pred, object: party(owner), action: 'is an alias of', actor: al.canonical, target: owner.canonical });
}
/** `alias_list` */
export function aliasListShape(ctx: Ctx, h: Hit): void {
  const { s, a, b, matched, ms, base } = h;
  const { body } = ctx;
  const pred = h.rule.predicate;
  const owner = ms.findLast((x) => x.end <= a && x.type === 'organization' && x.start >= s.start);
  if (!owner) return;
  // "X and its alias, Y": the parties listed right after; else every group named after the trigger
  const own = /^and its/i.test(matched);
  const aliases = own ? listAfter(ctx, b + (/^\s*,/.exec(body.slice(b, b + 3))?.[0].length ?? 0), s.end, ms, ORG) : ms.filter((m) => m.start >= b && m.type === 'organization' && m.canonical !== owner.canonical);
  const seen = new Set<string>();
  for (const al of aliases) {
    if (seen.has(al.canonical)) continue;
    seen.add(al.canonical);
    emit(ctx, base, { subject: party(al), predicate: pred, object: party(owner), action: 'is an alias of', actor: al.canonical, target: owner.canonical });
  }
}
/**
 * What stands before the authority of a designation label: an article after a copula ("X is a U.S.
 * Department of State-designated FTO") or after an apposition's comma ("X, a U.S. Department of State SDGT
 * entity"), words describing the party and "and" allowed between ("Y, an al-Qa’ida splinter group and
 * U.S.-designated FTO"); group 1 the comma, group 2 the copula.
 */
const LABEL_BEFORE = /(?:(,)|\b(is|was|are|were|remains|became))\s+(?:an?|the)\s+(?:[^,;.()]{0,50}?\s+and\s+(?:an?\s+)?)?$/;
/** The party an apposition's comma follows (an acronym in brackets between: "the Mujahidin Indonesia Timur (MIT),"). */
const BEFORE_COMMA = /^\s*(?:\([^()]{1,12}\)|\))?\s*,?\s*$/;
/**
 * `designated_label`: a party described as on an authority's list ("ISIL is a U.S. Department of
 * State-designated Foreign Terrorist Organization", "P is a U.S. Department of State designated SDGT", "G, an
 * al-Qa’ida splinter group and U.S.-designated FTO and SDGT", "G, a U.S. Department of State SDGT entity"):
 * the authority (the party right before the label, a hyphen or a space between) designated the party. Not
 * before the name ("the UN-designated terrorist group X", "several U.S.-designated terrorist entities"): no
 * copula or comma there. Where no authority stands right before, "designated" is the verb (designateShape).
 */
export function designatedLabelShape(ctx: Ctx, h: Hit): void {
  const { s, a, matched, ms, from, base } = h;
  const { body } = ctx;
  const c = a > 0 ? body.charCodeAt(a - 1) : 0;
  const hyphen = isHyphen(c) || c === 0x2013;
  const verb = /^designated/i.test(matched);
  // (the authority ends right before: at the hyphen, or at the space)
  const au = ms.findLast((x) => x.end === a - 1 && x.start >= from && (x.type === 'organization' || x.type === 'place'));
  const pre = au && (hyphen || c === 32) ? LABEL_BEFORE.exec(body.slice(Math.max(from, au.start - 90), au.start)) : null;
  if (!au || !pre) {
    // (a hyphen's qualifier with no party it describes is left, as before; "designated FTOs" after no authority is the verb's)
    if (verb && !hyphen) designateShape(ctx, { ...h, b: a + 10, matched: matched.slice(0, 10), action: 'designated' });
    return;
  }
  const at = au.start - pre[0].length;
  let who: ExtractedMention | null = null;
  if (pre[1]) {
    const m = lastBefore(ms, at, from);
    if (m && BEFORE_COMMA.test(body.slice(m.end, at + 1))) who = m;
  } else who = subjectBefore(ctx, s, at + pre[0].indexOf(pre[2]!), ms, from);
  if (!who || (who.type !== 'organization' && who.type !== 'person') || who.canonical === au.canonical) return;
  emit(ctx, base, { subject: party(who), predicate: h.rule.predicate, object: party(au), action: 'designated', actor: au.canonical, target: who.canonical, attAction: `designated as ${labelList(matched)}` });
}
/** The list a label names, with its article: "a Foreign Terrorist Organization", "a Specially Designated Global Terrorist", "a terrorist group". */
function labelList(matched: string): string {
  const w = matched.replace(/^designated\s+/i, '').replace(/\s+/g, ' ');
  if (/^FTO|^Foreign/i.test(w)) return `a ${FTO}`;
  if (/^SDGT|^Specially/i.test(w)) return `a ${SDGT}`;
  const one = w.replace(/ies$/, 'y').replace(/s$/, '');
  return `a ${one.toLowerCase()}`;
}
