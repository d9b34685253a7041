// Mentions: gazetteer matches, acronyms learnt in the document ("Full Name (ACR)"), surnames of people
// already named, and names the gazetteer does not know, typed by general evidence (titles and roles,
// verbs of speech, organisation and place head words, place patterns, infobox labels). Every mention's
// text is body.slice(start, end).
import cues from './data/cues.json' with { type: 'json' };
import { matchAll, type Matcher } from './matcher.ts';
import { canonicalOf, nameKey } from './gazetteer.ts';
import type { Token } from './tokens.ts';
import type { ExtractedMention, MentionType } from './types.ts';

const lowerSet = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
const TITLES = lowerSet(cues.titles_excluded.map((t) => t.split(' ').pop()!));
const NAME_TITLES = lowerSet(cues.titles_in_name);
const DROP_TITLES = lowerSet(cues.titles_dropped_from_canonical);
const ROLES = lowerSet(cues.roles);
const SPEECH = lowerSet(cues.speech_verbs);
const ORG_HEADS = lowerSet(cues.org_heads);
const ORG_LOWER = lowerSet(cues.org_lower_heads);
const ORG_PREFIX = lowerSet(cues.org_prefixes.map((p) => p.split(/[\s-]/)[0]!));
const GROUP_NOUNS = lowerSet(cues.group_nouns.map((g) => g.split(' ').pop()!));
const PLACE_HEADS = lowerSet(cues.place_heads);
const PLACE_LOWER = lowerSet(cues.place_lower_heads);
const PLACE_PREPS = lowerSet(cues.place_preps);
const GIVEN = lowerSet(cues.given_names);
const GIVEN_SUFFIX = cues.given_name_suffixes;
const NOT_ENTITIES = new Set(cues.not_entities.map(nameKey));
const CONNECTORS = new Set(['of', 'and', 'the', 'for', 'in', 'al', 'ul', 'el', 'e', 'ud', 'bin', 'ibn', 'de', 'du', 'la', 'i']);
/** Capitalised words that start sentences or headings and are not names by themselves. */
const STOP = new Set(
  ('the a an this that these those it its in on at by for from with after before during since as but and or if when while although though ' +
    'even yet today meanwhile some all both each his her their our my your such other many most several no not there here ' +
    'what who whom which why how where then also however moreover thus still just only we they he she i you one two three four five ' +
    'six seven eight nine ten first second third last next new former late early according under over through between against among ' +
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday ' +
    'saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec islamic sunni shia muslim muslims hindu hindus christian christians ' +
    'jihadist jihadists global international public press media source sources released report reports chapter').split(' '),
);
const TIME_WORDS = new Set('january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '));
const INFOBOX: Array<[RegExp, MentionType]> = [
  [/^(commanders?\d*|leaders?|founders?|founded by|led by|leader)$/i, 'person'],
  [/^(units?\d*|combatants?\d*|belligerents?\d*|allies|opponents|perpetrators?)$/i, 'organization'],
  [/^(place|location|headquarters|area of operations|country)$/i, 'place'],
];

interface Found {
  start: number;
  end: number;
  type: MentionType;
  canonical: string;
  entity_id: string | null;
  known: boolean;
  i: number; // token range
  j: number;
}

/** Another mention of the same entity at tokens i..j (built field by field: object spread is slow in V8). */
const sameAs = (f: Found, start: number, end: number, i: number, j: number): Found => ({
  start,
  end,
  type: f.type,
  canonical: f.canonical,
  entity_id: f.entity_id,
  known: f.known,
  i,
  j,
});

const isNameTok = (t: Token | undefined) => {
  if (!t || !t.word) return false;
  if (t.cap || t.upper) return true;
  const c = t.raw.charCodeAt(0);
  return c >= 48 && c <= 57 && /^\d+(st|nd|rd|th)$/.test(t.raw);
};
const keyOf = (toks: Token[], i: number, j: number) => {
  let k = '';
  for (let q = i; q <= j; q++) if (toks[q]!.word) k = k ? `${k} ${toks[q]!.key}` : toks[q]!.key;
  return k;
};
/** First words of the not-entities: a run that starts with none of them is no office or designation. */
const NOT_ENTITY_FIRST = new Set([...NOT_ENTITIES].map((k) => k.split(' ')[0]!));
/** The name at tokens i..j is an office, law or designation (or starts with one). */
function notEntityAt(toks: Token[], i: number, j: number): boolean {
  let q = i;
  while (q <= j && !toks[q]!.word) q++;
  if (q > j || !NOT_ENTITY_FIRST.has(toks[q]!.key)) return false;
  return notEntity(keyOf(toks, i, j));
}
function notEntity(key: string): boolean {
  if (NOT_ENTITIES.has(key)) return true;
  for (let p = key.lastIndexOf(' '); p > 0; p = key.lastIndexOf(' ', p - 1)) if (NOT_ENTITIES.has(key.slice(0, p))) return true;
  return false;
}

/** A given name (the word in lower case): listed, or long with a given-name ending. */
function isGiven(l: string): boolean {
  return GIVEN.has(l) || (l.length > 6 && GIVEN_SUFFIX.some((s) => s.length > 2 && l.endsWith(s)));
}

export function findMentions(body: string, toks: Token[], matcher: Matcher): ExtractedMention[] {
  const raw = matchAll(matcher, toks, body);
  const cover = new Int32Array(toks.length).fill(-1);
  const found: Found[] = [];
  const add = (f: Found) => {
    for (let k = f.i; k <= f.j; k++) cover[k] = found.length;
    found.push(f);
  };
  for (const m of raw) {
    const e = m.hit.entry;
    if (e.canonical === '') {
      // an office or a designation ("Secretary of the Treasury", "Foreign Terrorist Organization"): no mention
      add({ start: m.start, end: m.end, type: e.type, canonical: '', entity_id: null, known: true, i: m.i, j: m.j });
      continue;
    }
    let { i, start } = m;
    // "The" capitalised mid-sentence belongs to the name ("Malaysia, The United Kingdom")
    const p = toks[i - 1];
    if (p && p.raw === 'The' && p.gap !== '\n' && i >= 2 && !'.!?:'.includes(toks[i - 2]!.raw) && e.type !== 'person') {
      i--;
      start = p.start;
    }
    add({ start, end: m.end, type: e.type, canonical: e.canonical, entity_id: e.entity_id, known: true, i, j: m.j });
  }

  // acronyms learnt in the document: "Full Name (ACR)"
  const acr = new Map<string, Found>();
  for (let k = 1; k + 2 < toks.length; k++) {
    if (toks[k]!.raw !== '(' || toks[k + 2]!.raw !== ')') continue;
    const a = toks[k + 1]!;
    if (!a.word || !/^[A-Z][A-Za-z]{1,7}$/.test(a.raw) || (a.raw.match(/[A-Z]/g) ?? []).length < 2) continue;
    const prevIdx = cover[k - 1]!;
    let target: Found | null = prevIdx >= 0 ? found[prevIdx]! : null;
    if (!target) {
      const seq = capSequenceEndingAt(toks, k - 1, cover);
      if (!seq) continue;
      const [si, sj] = seq;
      const text = body.slice(toks[si]!.start, toks[sj]!.end);
      if (NOT_ENTITIES.has(nameKey(text))) continue;
      const initials = toks
        .slice(si, sj + 1)
        .filter((t) => t.word)
        .map((t) => t.raw[0]!.toUpperCase())
        .join('');
      if (initials[0] !== a.raw[0]) continue;
      const type = typeOfUnknown(toks, si, sj) ?? 'organization';
      target = { start: toks[si]!.start, end: toks[sj]!.end, type, canonical: cleanCanonical(text, type), entity_id: null, known: false, i: si, j: sj };
      add(target);
    }
    if (cover[k + 1]! < 0)
      add(sameAs(target, a.start, a.end, k + 1, k + 1));
    if (!acr.has(a.raw)) acr.set(a.raw, target);
  }
  // "Ahle Hadith Andolon Bangladesh (Alhe Hadith Movement in Bangladesh)": a parenthesised name right after
  // an organisation is another name of it
  for (let k = 1; k < toks.length; k++) {
    if (toks[k]!.raw !== '(' || cover[k - 1]! < 0) continue;
    const f = found[cover[k - 1]!]!;
    if (f.type !== 'organization' || f.j !== k - 1) continue;
    let e = k + 1;
    while (e < toks.length && e - k <= 8 && toks[e]!.raw !== ')' && (isNameTok(toks[e]) || CONNECTORS.has(toks[e]!.key))) e++;
    if (toks[e]?.raw !== ')' || e - k < 3 || !isNameTok(toks[k + 1]) || !isNameTok(toks[e - 1])) continue;
    let free = true;
    for (let q = k + 1; q < e; q++) if (cover[q]! >= 0) free = false;
    if (free) add(sameAs(f, toks[k + 1]!.start, toks[e - 1]!.end, k + 1, e - 1));
  }
  if (acr.size > 0)
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!;
      if (cover[k]! >= 0 || !t.word) continue;
      const f = acr.get(t.raw);
      if (f) add(sameAs(f, t.start, t.end, k, k));
    }

  // infobox lines ("Commander1: A, B", "Units2: X, Y", "Leaders Salahuddin Farooqui[1]")
  infobox(body, toks, cover, found, add);

  // unknown capitalised sequences typed by evidence
  let k = 0;
  while (k < toks.length) {
    if (!isNameTok(toks[k]) || cover[k]! >= 0) {
      k++;
      continue;
    }
    let si = k;
    let sj = k;
    let n = k + 1;
    for (;;) {
      const t = toks[n];
      if (!t || t.gap === '\n') break;
      if (cover[n]! >= 0) {
        // a known name inside a longer organisation name ("Pakistan High Commission", "Border Guard Bangladesh")
        const f = found[cover[n]!]!;
        if (f.type === 'place' && sj - si >= 0 && (orgHeadAt(toks, f.j + 1) || ORG_HEADS.has(toks[sj]!.lower) || parenOrgEnd(toks, f.j + 1) > 0)) {
          sj = f.j;
          n = f.j + 1;
          continue;
        }
        break;
      }
      if (isNameTok(t) && (t.gap !== '' || toks[n - 1]!.word)) {
        if (TIME_WORDS.has(t.key)) break; // "Zargunshahr on Monday"
        sj = n++;
        continue;
      }
      if (t.raw === '.' && toks[n - 1]!.raw.length === 1 && toks[n - 1]!.cap && isNameTok(toks[n + 1])) {
        n++; // middle initial "Nathan A. Sales"
        continue;
      }
      if (t.word && !t.cap && t.gap === '-' && toks[n - 1]!.cap) {
        sj = n++; // "Para-commando"
        continue;
      }
      if (t.word && CONNECTORS.has(t.key) && isNameTok(toks[n + 1]) && cover[n + 1]! < 0) {
        n++;
        continue;
      }
      break;
    }
    // leading known place before org words: "Pakistan High Commission" starts with a known place
    if (si > 0 && cover[si - 1]! >= 0 && toks[si]!.gap !== '\n') {
      const f = found[cover[si - 1]!]!;
      if (f.type === 'place' && f.j === si - 1 && orgHeadWithin(toks, si, sj)) {
        si = f.i;
        dropFound(found, cover, cover[si]!);
      }
    }
    classify(body, toks, si, sj, cover, found, add);
    k = Math.max(sj + 1, k + 1);
  }

  // "Indian army", "Obama administration": a capitalised word before a lower-case organisation head
  // (handled in classify); known place + " district"/" division" → the district
  for (const f of found) {
    if (f.type !== 'place' || f.canonical === '') continue;
    const nx = toks[f.j + 1];
    if (nx && nx.gap === ' ' && (nx.key === 'district' || nx.key === 'division') && cover[f.j + 1]! < 0) {
      f.end = nx.end;
      f.canonical = `${f.canonical} ${nx.raw[0]!.toUpperCase()}${nx.raw.slice(1)}`;
      cover[f.j + 1] = cover[f.j]!;
      f.j++;
    }
  }

  // surnames of people named in full, later alone ("Mike Mullen" … "Mullen")
  const surname = new Map<string, Found>();
  for (const f of found) {
    if (f.type !== 'person' || f.canonical === '') continue;
    const parts = f.canonical.split(/\s+/);
    const last = parts[parts.length - 1]!;
    if (parts.length >= 2 && last.length >= 4 && /^\p{Lu}/u.test(last) && !surname.has(last)) surname.set(last, f);
  }
  // a group named "<Name> network/group/movement" is also "<Name>" before a noun ("Haqqani militants")
  const short = new Map<string, Found>();
  for (const f of found) {
    if (f.type !== 'organization' || f.canonical === '') continue;
    const m = /^(\p{Lu}[\p{L}-]{3,}) (?:network|group|movement)$/iu.exec(f.canonical);
    if (m && !surname.has(m[1]!) && !short.has(m[1]!)) short.set(m[1]!, f);
  }
  if (short.size)
    for (let q = 0; q < toks.length; q++) {
      const t = toks[q]!;
      if (cover[q]! >= 0 || !t.cap) continue;
      const f = short.get(t.raw);
      const nx = toks[q + 1];
      if (f && nx && nx.word && !nx.cap && nx.gap === ' ') add(sameAs(f, t.start, t.end, q, q));
    }
  if (surname.size)
    for (let q = 0; q < toks.length; q++) {
      const t = toks[q]!;
      if (cover[q]! >= 0 || !t.cap) continue;
      const f = surname.get(t.raw);
      if (toks[q - 1] && toks[q - 1]!.key === 'the') continue; // "the Baloch separatist group"
      if (f && !(toks[q + 1] && toks[q + 1]!.cap && toks[q + 1]!.gap === ' ')) add(sameAs(f, t.start, t.end, q, q));
    }

  return found
    .filter((f) => f.canonical !== '' && f.end > f.start)
    .sort((a, b) => a.start - b.start)
    .map((f) => ({
      text: body.slice(f.start, f.end),
      start: f.start,
      end: f.end,
      canonical: f.canonical,
      type: f.type,
      entity_id: f.entity_id,
      known: f.known,
    }));
}

function dropFound(found: Found[], cover: Int32Array, idx: number) {
  const f = found[idx]!;
  for (let q = f.i; q <= f.j; q++) if (cover[q] === idx) cover[q] = -1;
  f.canonical = '';
}

function orgHeadAt(toks: Token[], q: number): boolean {
  const t = toks[q];
  return !!t && t.cap && ORG_HEADS.has(t.lower);
}
/**
 * "(Alhe Hadith Movement in Bangladesh)" at token q: a parenthesised name with an organisation head word.
 * Returns the index of its last name token, or -1.
 */
function parenOrgEnd(toks: Token[], q: number): number {
  if (toks[q]?.raw !== '(' || !isNameTok(toks[q + 1])) return -1;
  let e = q + 1;
  let head = false;
  while (e < toks.length && e - q <= 8 && toks[e]!.raw !== ')' && (isNameTok(toks[e]) || CONNECTORS.has(toks[e]!.key))) {
    if (toks[e]!.cap && ORG_HEADS.has(toks[e]!.lower)) head = true;
    e++;
  }
  if (toks[e]?.raw !== ')' || e - q < 3 || !head || !isNameTok(toks[e - 1])) return -1;
  return e - 1;
}
function orgHeadWithin(toks: Token[], i: number, j: number): boolean {
  for (let q = i; q <= j; q++) if (orgHeadAt(toks, q)) return true;
  return false;
}

/** The capitalised run (with connectors) ending at token `end`, not covered by a mention. */
function capSequenceEndingAt(toks: Token[], end: number, cover: Int32Array): [number, number] | null {
  if (!isNameTok(toks[end]) || cover[end]! >= 0) return null;
  let si = end;
  while (si > 0) {
    const t = toks[si]!;
    if (t.gap === '\n') break;
    const p = toks[si - 1]!;
    if (cover[si - 1]! >= 0 && !(p.cap && ORG_HEADS.has(toks[end]!.lower))) break;
    if (isNameTok(p) && cover[si - 1]! < 0) {
      si--;
      continue;
    }
    if (p.word && CONNECTORS.has(p.key) && isNameTok(toks[si - 2]) && cover[si - 2]! < 0) {
      si -= 2;
      continue;
    }
    break;
  }
  while (si < end && STOP.has(toks[si]!.key)) si++;
  return [si, end];
}

function cleanCanonical(text: string, type: MentionType): string {
  let s = text.replace(/\s+/g, ' ').trim();
  if (type === 'person') {
    const first = s.split(' ')[0]!.toLowerCase();
    if (DROP_TITLES.has(first)) s = s.slice(first.length).trim();
  }
  const c = canonicalOf(s);
  return c && c.type === type ? c.canonical : s;
}

/** The word up to its first apostrophe ("lashkar" of "lashkar’s"). */
function beforeApostrophe(w: string): string {
  let k = w.indexOf("'");
  const k2 = w.indexOf('’');
  if (k < 0 || (k2 >= 0 && k2 < k)) k = k2;
  return k < 0 ? w : w.slice(0, k);
}

/** Evidence inside the name itself. */
function typeOfUnknown(toks: Token[], si: number, sj: number): MentionType | null {
  const last = toks[sj]!.lower;
  const first = toks[si]!.lower;
  if (NAME_TITLES.has(first) && sj > si) return 'person';
  if ((ORG_HEADS.has(last) && sj > si) || ORG_PREFIX.has(beforeApostrophe(first))) return 'organization';
  if (PLACE_HEADS.has(last) && sj > si) return 'place';
  return null;
}

function classify(
  body: string,
  toks: Token[],
  si0: number,
  sj: number,
  cover: Int32Array,
  found: Found[],
  add: (f: Found) => void,
) {
  let si = si0;
  if (notEntityAt(toks, si, sj)) return;
  // "Muhammad Sarwar and Shahid Mahmood": two names joined by "and" unless the whole is one organisation
  if (!typeOfUnknown(toks, si, sj))
    for (let q = si + 1; q < sj; q++)
      if ((toks[q]!.key === 'and') && !toks[q]!.cap && cover[q]! < 0) {
        classify(body, toks, si, q - 1, cover, found, add);
        classify(body, toks, q + 1, sj, cover, found, add);
        return;
      }
  // a sentence-initial common word joined by a connector: "Members of X", "Leaders of X"
  const p0 = toks[si - 1];
  const sentenceStart = !p0 || toks[si]!.gap === '\n' || '.!?:"“'.includes(p0.raw);
  if (sentenceStart && toks[si + 1] && CONNECTORS.has(toks[si + 1]!.key) && !toks[si + 1]!.cap && si + 2 <= sj && !isGiven(toks[si]!.lower)) si += 2;
  // titles inside the run: the name is what follows the last title ("Deputy Treasury Secretary Wally Adeyemo")
  let titled = false;
  for (let q = sj - 1; q >= si; q--) {
    const t = toks[q]!;
    if (TITLES.has(t.lower) && t.cap) {
      si = q + 1;
      titled = true;
      break;
    }
  }
  // drop sentence-initial function words and stray connectors
  while (si <= sj && (STOP.has(toks[si]!.key) || !isNameTok(toks[si]))) si++;
  while (sj >= si && !isNameTok(toks[sj])) sj--;
  if (si > sj) return;
  for (let q = si; q <= sj; q++) if (cover[q]! >= 0 && found[cover[q]!]!.type !== 'place') return;
  if (notEntityAt(toks, si, sj)) return;
  const text = body.slice(toks[si]!.start, toks[sj]!.end);
  let nWords = 0;
  for (let q = si; q <= sj; q++) if (toks[q]!.word) nWords++;
  const before = toks[si - 1];
  const before2 = toks[si - 2];
  const after = toks[sj + 1];
  const after2 = toks[sj + 2];

  let type: MentionType | null = typeOfUnknown(toks, si, sj);
  let end = sj;
  // "Ahle Hadith Andolon Bangladesh (Alhe Hadith Movement in Bangladesh)": a name glossed by an
  // organisation's name in parentheses is that organisation; the gloss is another mention of it
  const paren = type ? -1 : parenOrgEnd(toks, sj + 1);
  if (paren > 0) type = 'organization';
  // lower-case organisation head after the name: "Obama administration", "Indian army"
  if (!type && after && after.gap === ' ' && ORG_LOWER.has(after.raw) && !canonicalOf(text)) {
    type = 'organization';
    end = sj + 1;
  }
  // person evidence
  if (!type || type === 'place') {
    const titleBefore =
      titled ||
      (before && TITLES.has(before.lower) && before.cap) ||
      (before && before.raw === '.' && before2 && TITLES.has(before2.lower));
    const roleBefore =
      (before && ROLES.has(before.lower) && !before.cap) ||
      (before && before.raw === ',' && before2 && ROLES.has(before2.lower));
    const roleAfter = after && after.raw === ',' && after2 && (ROLES.has(after2.lower) || TITLES.has(after2.lower));
    const speechAfter = after && after.word && !after.cap && SPEECH.has(after.raw);
    const given = isGiven(toks[si]!.lower) && nWords >= 2;
    if (!type && ((titleBefore || roleBefore) && nWords <= 4 || (given && nWords <= 4) || ((roleAfter || speechAfter) && nWords >= 2 && nWords <= 3)))
      type = 'person';
  }
  // appositive: "Jundallah, a Sunni militant group"
  if (!type && after && after.raw === ',') {
    const a1 = toks[sj + 2];
    if (a1 && (a1.key === 'a' || a1.key === 'an' || a1.key === 'the'))
      for (let q = sj + 3; q < Math.min(toks.length, sj + 8); q++) {
        const t = toks[q]!;
        if (!t.word) break;
        if (GROUP_NOUNS.has(t.lower)) {
          type = 'organization';
          break;
        }
      }
  }
  // place evidence
  if (!type) {
    if (after && after.gap === ' ' && PLACE_LOWER.has(after.raw) && nWords <= 3) {
      type = 'place';
      end = sj + 1;
    } else if (after && after.raw === ',' && after2 && cover[sj + 2]! >= 0 && found[cover[sj + 2]!]!.type === 'place' && nWords <= 3) {
      type = 'place';
    } else if (before && PLACE_PREPS.has(before.raw) && nWords <= 2 && !isGiven(toks[si]!.lower) && !(after && after.raw === '(')) {
      type = 'place';
    }
  }
  if (!type) return;
  // drop known places swallowed by an organisation name
  for (let q = si; q <= end; q++) if (cover[q]! >= 0) dropFound(found, cover, cover[q]!);
  const span = body.slice(toks[si]!.start, toks[end]!.end);
  let canonical = cleanCanonical(span, type);
  if (end > sj) canonical = canonical.replace(/ (\p{Ll})(\p{L}*)$/u, (_m, a: string, b: string) => ` ${a.toUpperCase()}${b}`);
  add({ start: toks[si]!.start, end: toks[end]!.end, type, canonical, entity_id: null, known: false, i: si, j: end });
  if (paren > 0) {
    for (let q = sj + 2; q <= paren; q++) if (cover[q]! >= 0 && found[cover[q]!]!.type !== 'place') return;
    for (let q = sj + 2; q <= paren; q++) if (cover[q]! >= 0) dropFound(found, cover, cover[q]!);
    add({ start: toks[sj + 2]!.start, end: toks[paren]!.end, type, canonical, entity_id: null, known: false, i: sj + 2, j: paren });
  }
}

/** Index of the token whose start (or end) is exactly `pos`, by binary search; -1 if none. */
function tokenAt(toks: Token[], pos: number, edge: 'start' | 'end'): number {
  let lo = 0;
  let hi = toks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = toks[mid]![edge];
    if (v === pos) return mid;
    if (v < pos) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function infobox(body: string, toks: Token[], cover: Int32Array, found: Found[], add: (f: Found) => void) {
  const lineRe =
    /^[-*•\s]*(Commanders?|Leaders?|Founders?|Founded by|Led by|Units?|Combatants?|Belligerents?|Allies|Opponents|Perpetrators?|Place|Location|Headquarters|Area of operations|Country)(\d*)(?::[ \t]*| (?=\p{Lu}))(.+)$/gmu;
  for (const m of body.matchAll(lineRe)) {
    const label = m[1]!.trim();
    const hit = INFOBOX.find(([re]) => re.test(label));
    if (!hit) continue;
    const type = hit[1];
    const rest = m[3]!;
    const restStart = m.index! + m[0].length - rest.length;
    if (rest.length > 400) continue;
    const itemRe = /[^,]+/g;
    for (const it of rest.matchAll(itemRe)) {
      let s = restStart + it.index!;
      let e = s + it[0].length;
      let text = body.slice(s, e);
      // trim markup, bullets, footnote marks, parenthetical notes
      const lead = /^(?:\s|\*|<hr>|&)+/.exec(text)?.[0].length ?? 0;
      s += lead;
      text = body.slice(s, e);
      const tail = /(?:\s*\([^)]*\)|\s*\[\d+\]|\s)+$/.exec(text)?.[0].length ?? 0;
      e -= tail;
      text = body.slice(s, e);
      if (!text || text.endsWith(':') || !/^\p{Lu}/u.test(text) || text.includes('  ')) continue;
      if (/[.:;!?]/.test(text)) continue;
      const ti = tokenAt(toks, s, 'start');
      const tj = tokenAt(toks, e, 'end');
      if (ti < 0 || tj < ti || tj - ti > 8) continue;
      let covered = false;
      for (let q = ti; q <= tj; q++) if (cover[q]! >= 0) covered = true;
      if (covered) continue;
      if (NOT_ENTITIES.has(nameKey(text))) continue;
      add({ start: s, end: e, type, canonical: cleanCanonical(text, type), entity_id: null, known: false, i: ti, j: tj });
    }
  }
  void found;
}

