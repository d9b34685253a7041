// Relations the rule table (claims.ts) has no phrase for: two named parties in one clause joined by the
// text's own verb phrase ("TTP draws ideological guidance from al-Qaida", "X is an affiliate of Y",
// "Y was founded by X"). General English clause shape, read from the tokens: the first party of a clause
// (not inside a prepositional phrase), a finite verb or a copula, up to MAX_WORDS lower-case words, then
// the next party. One walk over each sentence's mentions; word classes are worked out once per word id.
import type { Sentence } from './sentences.ts';
import { PEOPLE_WORDS, singleSpaced } from './claims.ts';
import { datelineAt } from './claims/cues.ts';
import demonyms from './data/demonyms.json' with { type: 'json' };
import { TOKEN_CODES, words, type Tokens } from './tokens.ts';
import type { Extraction, ExtractedClaim, ExtractedDate, ExtractedMention, ExtractedParty } from './types.ts';

/** The longest verb phrase taken, in words. */
const MAX_WORDS = 8;
/** Modifier words allowed before a clause's subject ("the Pakistani militant group X"). */
const MAX_LEAD = 5;
// (module constants, not imported bindings: V8 folds a module's own const, loads an imported one at each use)
const { GAP_HYPHEN, GAP_LINE, GAP_SPACE, W_CAP } = TOKEN_CODES;

// word classes (bits), by word id
const PREP = 1;
const DET = 2;
const AUX = 4; // auxiliaries, modals and copulas
const BE = 8; // forms of "be" (a passive's auxiliary)
const ADV = 16; // adverbs and hedges that may stand before or inside a verb phrase
const NEG = 32; // "not", "never", verbs of denial and refusal
const SPEECH = 64; // verbs of speech: never a relation, and what follows them is a new clause
const BOUND = 128; // words that open a new clause (relative pronouns, subordinators, subject pronouns)
const CONJ = 256; // "and", "or"
const VERB = 512; // a finite verb by its form (-ed, -s, an irregular past)
const VERB_S = 1024; // ... one ending in -s (also a plural noun's form)
const LOWER = 2048; // a word beginning with a lower-case letter
const HEDGE = 4096;
const BY = 8192;
const COMMA = 16384;
const STOP = 32768; // a mark that ends a clause: . ; : ! ? and brackets, quotes
const OPEN = 65536; // "("
const MUTUAL = 131072; // nouns and verbs of a relation both ways ("have a close relationship", "clashed")
const PLACE_PREP = 262144; // prepositions of place ("in", "near", "within" …)
const OF_IN = 524288; // the prepositions a plural noun most often takes ("members of", "forces in")
const TO = 1048576;
const DEMONYM = 2097152; // "Indian", "Afghan": an adjective, though capitalised
const CAP = 4194304; // a word beginning with a capital letter
const WHO = 8388608; // heads a reduced relative clause ("those providing support to"): the verb after it is another's act

const list = (s: string) => s.split(' ');
const FIXED = new Map<string, number>();
const put = (ws: string, bits: number) => {
  for (const w of list(ws)) FIXED.set(w, (FIXED.get(w) ?? 0) | bits);
};
put('of in on at to from with by for against into onto over under within toward towards behind across through among between about upon via inside near alongside beside throughout outside around as during without', PREP);
put('the a an its their his her these those this some several many both all each another other two three four five', DET);
put('is was are were be been being am', AUX | BE);
put('has have had will would can could may might shall should must does did do', AUX);
put('also still now then once long further already even later first formerly again jointly directly openly actively repeatedly allegedly reportedly purportedly reputedly apparently possibly probably likely', ADV);
put('allegedly reportedly purportedly reputedly apparently possibly probably likely', HEDGE);
put('not never', ADV | NEG);
// verbs of denial and refusal: the relation is stated as not holding (`negated`)
put('deny denies denied reject rejects rejected refute refutes refuted dismiss dismisses dismissed refuse refuses refused decline declines declined', NEG);
put('said says say told tells tell stated added adds noted according', SPEECH);
// (and a correspondent's verbs: "Jordan Davis reports for VOA from Dakar" is a byline, no relation; holdout20)
put('reports writes', SPEECH);
// (a pronoun inside a verb phrase is the subject of a clause of its own: "officials believe it is based in")
put('which who whom whose that while whereas but although though because when where if unless whether before after until since it they he she we', BOUND);
put('of in', OF_IN);
for (const d of Object.keys(demonyms)) if (!d.startsWith('$')) put(d.toLowerCase(), DEMONYM);
put('to', TO);
put('in near at from across throughout into outside around inside towards toward within', PLACE_PREP);
put('and or', CONJ);
put('relationship relationships relations ties links alliance rivalry partnership cooperation clashed merged allied', MUTUAL);
put('by', BY);
put(`${PEOPLE_WORDS} others`, WHO);
// irregular finite forms (past and present) that end in neither -ed nor -s
put(
  'took made led fought gave sent won began became held kept met paid sought swore split set left built brought bought struck shot hit ran saw knew went came grew threw drew flew spoke wrote bore broke chose got lost sold taught caught thought fed fled spread lent spent meant dealt felt heard found bound hid slew sank overran overthrew undertook withdrew oversaw beat put cut let rose drove fell stood understood withstood sat swept stuck hung forbade underwent overtook overcame',
  VERB,
);
// -ly words that are no adverbs
const NOT_ADV = new Set(list('ally rally family supply reply apply assembly only fly july italy')); // ("only" before a verb: a determiner of the subject)
// -s and -ed endings that make no verb
const NOT_VERB_S = /(?:ss|us|is|ous|'s|’s)$/;
const NOT_VERB_ED = new Set(list('hundred indeed sacred wicked naked rugged beloved'));

let classes = new Uint32Array(1024); // by word id: its class | DONE, or 0 (not worked out yet)
let classEpoch = -1;
const DONE = 0x80000000;

/** Makes `classes` fit the word table (once per document: no word is added while relations are read). */
function syncClasses() {
  if (words.epoch !== classEpoch) {
    classEpoch = words.epoch;
    classes = new Uint32Array(Math.max(1024, words.count));
  } else if (classes.length < words.count) {
    const c = new Uint32Array(Math.max(words.count, classes.length * 2));
    c.set(classes);
    classes = c;
  }
}

function classOf(id: number): number {
  const k = classes[id]!;
  return k !== 0 ? k ^ DONE : learn(id);
}
function learn(id: number): number {
  const k = wordClass(id);
  classes[id] = k | DONE;
  return k;
}

// the marks that are tokens (tokens.ts MARKS: ". , ( ) & / : ; ! ? \" “ ” [ ]") have word ids 0 … 14
function wordClass(id: number): number {
  if (id < 15) {
    if (id === 1) return COMMA;
    if (id === 2) return STOP | OPEN;
    if (id === 4 || id === 5) return CONJ; // & and /
    return STOP;
  }
  const w = words.lower[id]!;
  const raw = words.raw[id]!;
  const f = raw.charCodeAt(0);
  let k = FIXED.get(w) ?? 0;
  if (f >= 97 && f <= 122) k |= LOWER;
  else if (words.flags[id]! & W_CAP) k |= CAP;
  if (k & (PREP | DET | AUX | SPEECH | BOUND | CONJ)) return k;
  const n = w.length;
  if (n >= 5 && w.endsWith('ly') && !NOT_ADV.has(w)) return k | ADV;
  if (n >= 5 && w.endsWith('ed') && !NOT_VERB_ED.has(w)) k |= VERB;
  else if (n >= 4 && w.endsWith('s') && !NOT_VERB_S.test(w)) k |= VERB | VERB_S;
  return k;
}

/** What the extractor needs of the document besides its sentences and mentions. */
export interface RelationInput {
  body: string;
  sentences: Sentence[];
  mentions: ExtractedMention[];
  toks: Tokens;
  /** the document's own voice: the claimant where no party of the sentence is quoted */
  voice: string;
  /** the rules' claims: a pair of parties they relate in a sentence is left to them */
  claims: ExtractedClaim[];
  /** the document's dates, in order: a relation's `when` is its sentence's date nearest before the verb */
  dates: ExtractedDate[];
  /** capital → state: a capital that acts stands for its state ("Ankara considers …"; gazetteer.ts effectiveGazetteer) */
  metonyms?: Map<string, string>;
}

const party = (m: ExtractedMention): ExtractedParty => ({ name: m.canonical, entity_id: m.entity_id, start: m.start, end: m.end });
const literal = (name: string): ExtractedParty => ({ name, entity_id: null, start: null, end: null });

/** A verb phrase found between two tokens: its words as written, and how it reads. */
interface Phrase {
  /** the action's span in the body */
  from: number;
  to: number;
  /** it ends in a preposition of place */
  locative: boolean;
  /** its only content word is the verb or one word ("fought in", "is active in"): where, not what */
  bare: boolean;
  /** a verb (no copula) with an object before its preposition of place ("finds a new base in", "made an announcement in the"): the place is the object's */
  placed: boolean;
  passive: boolean;
  negated: boolean;
  hedged: boolean;
}

const newPhrase = (): Phrase => ({ from: 0, to: 0, locative: false, bare: false, placed: false, passive: false, negated: false, hedged: false });
/** Copies phrase `p` into `into`; returns `into`. */
function hold(into: Phrase, p: Phrase): Phrase {
  into.from = p.from;
  into.to = p.to;
  into.locative = p.locative;
  into.bare = p.bare;
  into.placed = p.placed;
  into.passive = p.passive;
  into.negated = p.negated;
  into.hedged = p.hedged;
  return into;
}

/**
 * Whether tokens [a, b) (between a subject and the next party) are a verb phrase, read into `out`: optional
 * adverbs, a finite verb or an auxiliary, then lower-case words or demonyms (no mark, no clause word, no
 * speech verb, no second finite verb), at most MAX_WORDS, with one word at least that is neither
 * auxiliary, adverb, determiner nor preposition.
 * A copula's phrase ends in a preposition ("is an affiliate of"); "was <participle> … by" is a passive.
 */
function verbPhrase(body: string, t: Tokens, a: number, b: number, out: Phrase): boolean {
  const n = b - a;
  if (n < 1 || n > MAX_WORDS) return false;
  if (t.gap[a] === GAP_HYPHEN && !dashBefore(body, t, a)) return false; // "Norland-backed fighters": the party qualifies a word
  let head = -1;
  let content = 0;
  let be = false;
  let negated = false;
  let hedged = false;
  let group = true; // still in the verb group ("has been designated", "leaders framed")
  let prev = 0;
  let det = -1; // the first determiner past the verb group (an object's)
  for (let i = a; i < b; i++) {
    const k = classOf(t.word[i]!);
    if ((k & (LOWER | DEMONYM)) === 0 || k & (SPEECH | BOUND | CONJ)) return false; // (a mark, a capitalised word, a new clause, a list)
    if (i > a && dashBefore(body, t, i)) return false;
    if (k & NEG) negated = true;
    if (k & HEDGE) hedged = true;
    if (head < 0) {
      if (k & ADV) continue;
      if ((k & (AUX | VERB)) === 0) return false;
      head = i;
      if (k & BE) be = true;
      prev = k;
      if (k & AUX) continue;
    } else if (group && (k & (AUX | VERB | ADV)) === 0) group = false;
    // a finite verb past the verb group and not after "to" is another clause's ("were enemies before troops left")
    else if (!group && k & (AUX | VERB) && (k & VERB_S) === 0 && !(prev & TO)) return false;
    // "will prosecute those providing support to": the -ing verb is the act of those it describes
    else if (prev & WHO && ingForm(t.word[i]!)) return false;
    if ((k & (AUX | ADV | DET | PREP)) === 0) content++;
    if (!group && det < 0 && k & DET) det = i;
    prev = k;
  }
  if (head < 0 || content === 0) return false;
  // a plural noun before "of" or "in" is a noun phrase ("affiliates in", "members of the")
  if (classOf(t.word[head]!) & VERB_S && head === a) {
    let i = head + 1;
    while (i < b && classOf(t.word[i]!) & DET) i++;
    if (i < b && classOf(t.word[i]!) & OF_IN) {
      i++;
      while (i < b && classOf(t.word[i]!) & DET) i++;
      if (i === b) return false;
    }
  }
  // a designation's object described by a demonym and a noun before "of" is designated, the party only its
  // complement ("is designating Maldivian supporters of X": the supporters, not X)
  if (b - a >= 3 && words.key[t.word[b - 1]!] === 'of' && classOf(t.word[b - 3]!) & DEMONYM && designationBefore(t, head, b - 3)) return false;
  let e = b; // the phrase without the determiners before the party ("by a")
  while (e > head + 1 && classOf(t.word[e - 1]!) & DET) e--;
  const last = classOf(t.word[e - 1]!);
  let from = t.start[a]!;
  let to = t.end[b - 1]!;
  let passive = false;
  if (be && last & BY && e - 1 > head + 1) {
    // "was (not) founded by": the action is the participle's phrase, the auxiliaries dropped
    let p = head;
    while (p < e - 1 && classOf(t.word[p]!) & (AUX | ADV) && !(classOf(t.word[p]!) & NEG)) p++;
    if ((classOf(t.word[p]!) & VERB) === 0) return false;
    passive = true;
    from = t.start[p]!;
    to = t.end[e - 2]!;
    if (negated) from = t.start[a]!; // (keep "not" where it stands)
  } else if (be && (last & PREP) === 0 && (classOf(t.word[b - 1]!) & VERB) === 0) return false; // "X is the Y": an equation, no relation
  else if (be && byAfterParticiple(t, head, e)) return false; // "was shot dead by members of the": the party's members did it, not the subject (attr32)
  out.from = from;
  out.to = to;
  out.locative = !passive && (last & PLACE_PREP) !== 0;
  out.bare = content === 1;
  out.placed = out.locative && !be && det >= 0 && det < e - 1;
  out.passive = passive;
  out.negated = negated;
  out.hedged = hedged;
  return true;
}

/** A verb of designation or sanction among tokens [a, b) ("is designating", "sanctioned"). */
function designationBefore(t: Tokens, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (/^(?:designat|sanction)/.test(words.key[t.word[i]!]!)) return true;
  return false;
}

/** A passive's "by" inside tokens (head, e) after a participle ("was shot dead by members of"): the agent is a noun phrase. */
function byAfterParticiple(t: Tokens, head: number, e: number): boolean {
  let p = head;
  while (p < e && classOf(t.word[p]!) & (AUX | ADV)) p++;
  if (p >= e || (classOf(t.word[p]!) & VERB) === 0) return false;
  for (let i = p + 1; i < e - 1; i++) if (classOf(t.word[i]!) & BY) return true;
  return false;
}

/** The word is an -ing form ("providing"). */
function ingForm(id: number): boolean {
  const w = words.lower[id]!;
  return w.length >= 5 && w.endsWith('ing');
}

/** Token i follows a line break or a dash between words ("game—extracting", "X – Y"), not a word's hyphen. */
function dashBefore(body: string, t: Tokens, i: number): boolean {
  const g = t.gap[i]!;
  if (g === GAP_LINE) return true;
  if (g !== GAP_HYPHEN) return false;
  const c = body.charCodeAt(t.start[i]! - 1);
  return c !== 45 && c !== 0x2010 && c !== 0x2011 ? true : t.start[i]! - t.end[i - 1]! > 1; // (a dash, or a hyphen with spaces)
}

/** The first token at or after position p, from token k on. */
function tokenAt(t: Tokens, k: number, p: number): number {
  while (k < t.n && t.start[k]! < p) k++;
  return k;
}

/** The first token at or after position p, from token lo on, by halving (for a jump over many tokens). */
function tokenFrom(t: Tokens, lo: number, p: number): number {
  let hi = t.n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t.start[mid]! < p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether the tokens [a, b) before a party leave it the subject of a clause: from the last clause
 * opening (the sentence's start, a comma, a clause word, a speech verb, a quote) to the party only
 * determiners and modifiers (lower-case words that are no verb or preposition, capitalised words). A
 * party after "and"/"or" opens a clause when a verb follows it (token `te` on, before `end`: "…, and Israel
 * launched …").
 */
function opensClause(t: Tokens, a: number, b: number, te: number, end: number): boolean {
  let lead = 0;
  for (let i = b - 1; i >= a; i--) {
    const k = classOf(t.word[i]!);
    if (k & (COMMA | BOUND | SPEECH) || (k & STOP && !(k & OPEN))) return true;
    if (k & CONJ) return startsVerb(t, pastAside(t, te), end);
    if (k & (PREP | AUX | VERB | OPEN)) return false;
    if (++lead > MAX_LEAD) return false;
  }
  return true;
}

/**
 * Whether tokens [a, b) after a party are the head of an apposition with a participle phrase ending in a
 * preposition (", a militant group affiliated with", ", a cleric formerly affiliated with"), read into `out`:
 * a comma, an article, up to MAX_LEAD modifiers, adverbs, a participle, up to two words, a preposition.
 */
function appositive(t: Tokens, a: number, b: number, out: Phrase): boolean {
  if (b - a < 4 || t.word[a] !== 1 || (classOf(t.word[a + 1]!) & DET) === 0) return false;
  let i = a + 2;
  for (let lead = 0; i < b; i++, lead++) {
    const k = classOf(t.word[i]!);
    if (lead > MAX_LEAD || k & (PREP | AUX | BOUND | SPEECH | CONJ | COMMA | STOP)) return false;
    if (k & (ADV | VERB) && (k & VERB_S) === 0 && k & LOWER) break;
  }
  const from = i;
  while (i < b && classOf(t.word[i]!) & ADV) i++;
  if (i >= b || (classOf(t.word[i]!) & VERB) === 0 || classOf(t.word[i]!) & VERB_S) return false;
  if (b - i > 4 || (classOf(t.word[b - 1]!) & PREP) === 0 || classOf(t.word[b - 1]!) & BY) return false; // ("founded by": not the apposition's own act)
  for (let k = i + 1; k < b; k++) if ((classOf(t.word[k]!) & LOWER) === 0 || classOf(t.word[k]!) & (BOUND | SPEECH | CONJ | AUX)) return false;
  out.from = t.start[from]!;
  out.to = t.end[b - 1]!;
  out.locative = (classOf(t.word[b - 1]!) & PLACE_PREP) !== 0;
  out.bare = false;
  out.placed = false;
  out.passive = false;
  out.negated = false;
  out.hedged = false;
  for (let k = from; k < b; k++) if (classOf(t.word[k]!) & HEDGE) out.hedged = true;
  return true;
}

/** Token k (before `end`) ends an aside: a comma, a mark that ends the clause, or the sentence's end. */
function closesAside(t: Tokens, k: number, end: number): boolean {
  return k >= end || (classOf(t.word[k]!) & (COMMA | STOP)) !== 0;
}

/** Whether tokens [a, b) only join two parties of a list: "," "and" "or" ", and". */
function listGap(t: Tokens, a: number, b: number): boolean {
  if (b - a < 1 || b - a > 3) return false;
  for (let i = a; i < b; i++) if ((classOf(t.word[i]!) & (COMMA | CONJ | DET)) === 0) return false;
  return true;
}

/** The first token after a party's closing bracketed aside ("X (ISI)"), from token k on. */
function pastAside(t: Tokens, k: number): number {
  if (k < t.n && t.word[k] === 2) {
    for (let j = k + 1; j < t.n && j < k + 8; j++) if (t.word[j] === 3) return j + 1;
  }
  return k;
}

/**
 * The claimant of sentence tokens [a, b) (its parties ms[m0, m1)): a party right before or after a speech
 * verb ("X said", "said X", "according to X"), else the document's voice.
 */
function claimantOf(t: Tokens, ms: ExtractedMention[], m0: number, m1: number, a: number, b: number, voice: ExtractedParty): ExtractedParty {
  for (let i = a; i < b; i++) {
    if ((classOf(t.word[i]!) & SPEECH) === 0) continue;
    const s = t.start[i]!;
    const e = t.end[i]!;
    for (let j = m0; j < m1; j++) {
      const m = ms[j]!;
      if (m.type === 'place') continue;
      // the party ends within a few characters before the verb, or starts right after it ("according to")
      if ((m.end <= s && s - m.end <= 2) || (m.start >= e && m.start - e <= 4)) return party(m);
    }
  }
  return voice;
}

/** The class of the first token from k on (before `end`) that is no adverb, or 0 at `end`. */
function classPastAdverbs(t: Tokens, k: number, end: number): number {
  while (k < end && classOf(t.word[k]!) & ADV) k++;
  return k < end ? classOf(t.word[k]!) : 0;
}

/** Token k (before `end`) is a verb form or an auxiliary: what follows a clause's subject. */
function startsVerb(t: Tokens, k: number, end: number): boolean {
  const c = classPastAdverbs(t, k, end);
  return (c & LOWER) !== 0 && (c & (AUX | VERB)) !== 0 && (c & (SPEECH | VERB_S)) === 0;
}

/** A verb of speech follows (adverbs aside): the party before is the speaker ("…, the United Nations said"), not a listed object. */
function speaks(t: Tokens, k: number, end: number): boolean {
  return (classPastAdverbs(t, k, end) & SPEECH) !== 0;
}

/**
 * A party that qualifies the noun after it ("U.S. aid", "Taliban insurgents", "Iran-backed",
 * "Pakistan's army"): the object is that noun's phrase, not the party. `te`: the token after the party.
 */
function qualifies(body: string, t: Tokens, m: ExtractedMention, te: number, end: number, next: number): boolean {
  const c = body.charCodeAt(m.end);
  if (c === 39 || c === 0x2019) return true;
  if (te >= end) return false;
  if (t.gap[te] === GAP_HYPHEN && !dashBefore(body, t, te)) return true;
  if (t.gap[te] !== GAP_SPACE) return false;
  const k = classOf(t.word[te]!);
  // (a capitalised word after it that no party begins with: the party is part of a longer name, "U.S. Embassy")
  if (k & CAP) return (k & DEMONYM) === 0 && t.start[te] !== next;
  return (k & LOWER) !== 0 && (k & (PREP | CONJ | BOUND | ADV | AUX | DET | SPEECH)) === 0;
}

/**
 * Where a title before a party begins ("met with President X", "accused Afghan Interior Minister X"): a run
 * of capitalised words (with "of" between two) ending at token b, not reaching back to a + 1; else b.
 */
function titleStart(t: Tokens, a: number, b: number): number {
  let e = b;
  while (e > a + 1) {
    const k = classOf(t.word[e - 1]!);
    if (k & CAP) e--;
    else if (k & OF_IN && e - 1 > a + 1 && e < b && classOf(t.word[e - 2]!) & CAP && words.lower[t.word[e - 1]!] === 'of') e--;
    else break;
  }
  return e;
}

/** The state of one sentence's walk: its span, tokens and parties, and what its clause has found so far. */
interface Walk {
  s: Sentence;
  t0: number; // the sentence's first token
  t1: number; // the token after its last
  m0: number; // its parties: ms[m0, m1)
  m1: number;
  r0: number; // the rules' claims of the sentence start at ruled[r0]
  d0: number; // its dates start at dates[d0]
  claimant: ExtractedParty | null; // worked out at the first relation
}

/** The document-wide state of findRelations. */
interface Ctx {
  body: string;
  t: Tokens;
  ms: ExtractedMention[];
  ruled: ExtractedClaim[];
  dates: ExtractedDate[];
  voice: ExtractedParty;
  claims: ExtractedClaim[];
  attributions: Extraction['attributions'];
  seen: Set<string>;
  metonyms: Map<string, string> | undefined;
  cand: Phrase; // the verb phrase read last (verbPhrase's output)
  held: Phrase; // the verb phrase whose object the walk's last party was
}

/**
 * The relations of each sentence, as claims (predicate `associated_with`, in the text's words) and
 * attributions; a pair of parties the rules' claims already relate in the sentence is skipped.
 */
export function findRelations(input: RelationInput): Pick<Extraction, 'claims' | 'attributions'> {
  const { body, sentences, mentions: ms, toks: t, claims: ruled } = input;
  syncClasses();
  const ctx: Ctx = { body, t, ms, ruled, dates: input.dates, voice: literal(input.voice), claims: [], attributions: [], seen: new Set(), cand: newPhrase(), held: newPhrase(), metonyms: input.metonyms };
  const w: Walk = { s: sentences[0]!, t0: 0, t1: 0, m0: 0, m1: 0, r0: 0, d0: 0, claimant: null };
  let di = 0;
  const subjects: ExtractedMention[] = []; // the subject of the current clause (coordinated: several)
  let mi = 0;
  let tk = 0;
  let ri = 0;
  for (const s of sentences) {
    while (mi < ms.length && ms[mi]!.start < s.start) mi++;
    let mj = mi;
    while (mj < ms.length && ms[mj]!.end <= s.end) mj++;
    // (a dateline's place, "Washington, DC - The Department …", is no party of the clause)
    let m0 = mi;
    const dl = m0 < mj && ms[m0]!.start - s.start < 3 ? datelineAt(body.slice(s.start, Math.min(s.end, s.start + 60))) : null;
    if (dl) while (m0 < mj && ms[m0]!.start < s.start + dl[0].length) m0++;
    if (mj - m0 < 2) continue;
    tk = tokenFrom(t, tk, s.start);
    while (ri < ruled.length && ruled[ri]!.span.start < s.start) ri++;
    while (di < input.dates.length && input.dates[di]!.start < s.start) di++;
    w.s = s;
    w.t0 = tk;
    w.t1 = tokenFrom(t, tk, s.end);
    w.m0 = m0;
    w.m1 = mj;
    w.r0 = ri;
    w.d0 = di;
    w.claimant = null;
    sentenceRelations(ctx, w, subjects);
  }
  return { claims: ctx.claims, attributions: ctx.attributions };
}

/** One walk over a sentence's parties: each is a clause's subject, the object of its verb phrase, or neither. */
function sentenceRelations(ctx: Ctx, w: Walk, subjects: ExtractedMention[]) {
  const { body, t, ms } = ctx;
  // the clause's subjects are subjects[0, ns): the array is kept, not emptied (`length = 0` drops its store,
  // and the next push allocates another)
  let ns = 0;
  const cand = ctx.cand;
  let objectOf: Phrase | null = null; // the last party was the object of this phrase (ctx.held; a list may follow)
  let prevEnd = w.t0; // the token after the previous party (or the sentence's first)
  let prev: ExtractedMention | null = null; // the previous party (one in brackets after a name is skipped)
  for (let j = w.m0; j < w.m1; j++) {
    const m = ms[j]!;
    const ts = tokenAt(t, prevEnd, m.start);
    if (ts > prevEnd && t.word[ts - 1] === 2) continue; // a party in brackets: an aside ("X (ISI)"), skipped
    let te = tokenAt(t, ts, m.end);
    const c = body.charCodeAt(m.end);
    if ((c === 39 || c === 0x2019) && te < w.t1 && t.start[te] === m.end + 1) te++; // (the "s" of "X's")
    const first = j === w.m0;
    const gapStart = prevEnd;
    const afterSubject = prev !== null && ns > 0 && subjects[ns - 1] === prev;
    let role = 0; // 1: subject, 2: object, 0: neither
    // "X, a cleric formerly affiliated with Y,": the apposition's participle relates X to Y
    if (prev && prev.type !== 'place' && appositive(t, pastAside(t, gapStart), ts, cand) && closesAside(t, pastAside(t, te), w.t1)) relate(ctx, w, prev, m, cand);
    if (afterSubject && ts === gapStart) {
      // "Pakistan's ISI", "U.S. Secretary of State Hillary Clinton": the head is the subject
      subjects[ns - 1] = m;
      role = 1;
    } else if (afterSubject && objectOf === null && listGap(t, gapStart, ts)) {
      subjects[ns++] = m; // "X and Y attacked Z"
      role = 1;
    } else if (!first && objectOf && listGap(t, gapStart, ts) && !startsVerb(t, pastAside(t, te), w.t1) && !speaks(t, pastAside(t, te), w.t1)) {
      role = 2; // "attacked X and Y"
      if (!qualifies(body, t, m, te, w.t1, j + 1 < w.m1 ? ms[j + 1]!.start : -1)) for (let x = 0; x < ns; x++) relate(ctx, w, subjects[x]!, m, objectOf);
    } else {
      let phrase = false;
      if (!first && ns) {
        let a = gapStart;
        if (objectOf) {
          // a second verb phrase of the same subject: "X draws … from Y and relies on Z"
          if (a < ts && classOf(t.word[a]!) & CONJ) a++;
          else a = -1;
        } else if (!afterSubject) a = -1;
        else a = pastAside(t, a);
        if (a >= 0) phrase = verbPhrase(body, t, a, titleStart(t, a, ts), cand);
        if (phrase && !cand.passive) {
          // a noun phrase with a verb after it was a subject ("NATO forces in Afghanistan were …"); a party
          // that qualifies a noun is not the object
          if (startsVerb(t, pastAside(t, te), w.t1) || qualifies(body, t, m, te, w.t1, j + 1 < w.m1 ? ms[j + 1]!.start : -1)) phrase = false;
        }
      }
      if (phrase) {
        role = 2;
        objectOf = hold(ctx.held, cand);
        for (let x = 0; x < ns; x++) relate(ctx, w, subjects[x]!, m, objectOf);
      } else if ((first || gapStart < ts) && opensClause(t, gapStart, ts, te, w.t1)) {
        subjects[0] = m;
        ns = 1;
        role = 1;
      }
    }
    if (role === 0) ns = 0;
    if (role !== 2) objectOf = null;
    prevEnd = te;
    prev = m;
  }
  // "X and Y have a symbiotic relationship": two coordinated subjects and a verb phrase of a relation both
  // ways, with no party after it in the clause, relate the first to the second
  if (ns === 2 && objectOf === null && subjects[1] === prev) {
    let e = prevEnd;
    while (e < w.t1 && (classOf(t.word[e]!) & (STOP | COMMA | BOUND)) === 0) e++;
    if (verbPhrase(body, t, prevEnd, e, cand) && !cand.passive && mutual(t, prevEnd, e)) relate(ctx, w, subjects[0]!, subjects[1]!, cand);
  }
}

/** Tokens [a, b) hold a word of a relation both ways. */
function mutual(t: Tokens, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (classOf(t.word[i]!) & MUTUAL) return true;
  return false;
}

/** A verb phrase of stated support ending in "… support of (the)": its party is the supporter's side, not its object. */
/** A reporter's hand-over words before the outlet or place they report from. */
const SIGN_OFF = /^(?:has|have) more (?:from|on)$|^reports? from$/;
const STATED_SUPPORT_OF = /\b(?:reiterat|reaffirm|express|extend|pledg|offer)\w*\s+(?:\w+\s+){0,2}(?:support|solidarity)\s+of(?:\s+the)?$/i;
/** Lists the relation of subject a to party b (b to a in a passive) unless the rules relate them in the sentence. */
function relate(ctx: Ctx, w: Walk, a: ExtractedMention, b: ExtractedMention, p: Phrase) {
  const actor = p.passive ? b : a;
  const target = p.passive ? a : b;
  if (actor.canonical === target.canonical || ruledPair(ctx, w, a, b)) return;
  // where a person was, lived or held office ("held a position of influence in Iran"), or where a party is
  // or acts with no act named ("fought in X", "is active in X"), or where the verb's object is ("finds a new
  // base in X", "closed a handful of embassies across X"), is no attribution
  if (p.locative && ((target.type === 'place' && (actor.type === 'person' || p.bare)) || p.placed)) return;
  // (the action as written, its white space single)
  const written = ctx.body.slice(p.from, p.to);
  const action = singleSpaced(written) ? written : written.replace(/\s+/g, ' ');
  // "P reiterated the support of the United Nations to X": the party after "support of" is whose support it is,
  // not what P relates to (the rules relate P to X: claims/shape-support.ts supportToShape)
  if (STATED_SUPPORT_OF.test(action)) return;
  // a broadcast's hand-over to its reporter ("Naomi Schwarz has more from VOA's West Africa bureau") relates nobody
  if (SIGN_OFF.test(action)) return;
  const key = `${actor.canonical}\u0000${action}\u0000${target.canonical}`;
  if (ctx.seen.has(key)) return;
  ctx.seen.add(key);
  const s = w.s;
  w.claimant ??= claimantOf(ctx.t, ctx.ms, w.m0, w.m1, w.t0, w.t1, ctx.voice);
  const claimant = w.claimant;
  let when: ExtractedClaim['when'] = null;
  for (let k = w.d0; k < ctx.dates.length && ctx.dates[k]!.start < p.from && ctx.dates[k]!.end <= s.end; k++) when = ctx.dates[k]!.when;
  const third = claimant !== ctx.voice;
  const confidence = Math.max(0.1, 0.6 - (p.hedged ? 0.3 : 0) - (p.negated ? 0.15 : 0) - (third ? 0.1 : 0));
  // (a capital that acts stands for its state, as in the rules' claims: "Ankara considers …" is Turkey's)
  const state = actor.type === 'place' ? ctx.metonyms?.get(actor.canonical) : undefined;
  const subject = party(actor);
  if (state) {
    subject.name = state;
    subject.entity_id = null;
  }
  ctx.claims.push({
    subject,
    predicate: 'associated_with',
    object: party(target),
    action,
    when,
    where: null,
    claimant,
    quote: ctx.body.slice(s.start, s.end),
    span: { start: s.start, end: s.end },
    negated: p.negated,
    hedged: p.hedged,
    confidence: Math.round(confidence * 100) / 100,
  });
  ctx.attributions.push({ actor: subject.name, action, target_or_event: target.canonical, according_to: claimant.name });
}

/**
 * A claim of the rules in the sentence relates parties a and b: each is its subject, its object (at the same
 * place, or in the words of its literal object: "conducted a series of strikes in Pakistan") or its
 * claimant ("Tehran accused Pakistan of harbouring X": Pakistan harbours X, according to Tehran).
 */
function ruledPair(ctx: Ctx, w: Walk, a: ExtractedMention, b: ExtractedMention): boolean {
  const { ruled } = ctx;
  for (let r = w.r0; r < ruled.length && ruled[r]!.span.start === w.s.start; r++) {
    const c = ruled[r]!;
    if (inClaim(c, a) && inClaim(c, b)) return true;
  }
  return false;
}
function inClaim(c: ExtractedClaim, m: ExtractedMention): boolean {
  if (c.subject.start === m.start || c.claimant.start === m.start) return true;
  const o = c.object;
  return 'literal' in o ? o.literal.includes(m.text) : o.start === m.start;
}
