// The gazetteer matcher, acronym learning and the typing of unknown names: one row per case, the why in
// the row. General sentences, not eval sentences (the shortcuts of the passes are checked against what
// they stand for on the eval documents too).
import { describe, expect, it } from 'vitest';
import { extract, type GazetteerEntry } from '../src/extract/index.ts';
import { tokenizeWithStarts, W_OPEN, words } from '../src/extract/tokens.ts';
import { buildMatcher, matchAll } from '../src/extract/matcher.ts';
import { effectiveGazetteer } from '../src/extract/gazetteer.ts';
import { loadEvalDocs } from '../eval/extraction/documents.ts';
import cues from '../src/extract/data/cues.json' with { type: 'json' };
import { capitalisedLast, INFOBOX_LINE, infoboxLines, trimmedItem, upperFirst, withoutTitle } from '../src/extract/mentions.ts';
import { byStart } from '../src/extract/order.ts';

const g = (name: string, canonical: string, type: GazetteerEntry['type'] = 'organization'): GazetteerEntry => ({
  name,
  canonical,
  type,
  entity_kind: type === 'place' ? 'place' : type === 'person' ? 'person' : 'organization',
  entity_id: `id-${canonical}`,
});
const gazetteer: GazetteerEntry[] = [
  g('Lashkar-e-Taiba', 'Lashkar-e-Taiba'),
  g('Lashkar-e-Tayyiba', 'Lashkar-e-Taiba'),
  g('LeT', 'Lashkar-e-Taiba'),
  g('Jamaat-ud-Dawa', 'Jamaat-ud-Dawa'),
  g('Khalid al-Qadoumi', 'Khaled Qaddoumi', 'person'),
  g('Army of the Pure', 'Lashkar-e-Taiba'),
  g('Will', 'Will Group'),
];
const mentions = (text: string) => extract(text, { gazetteer }).mentions.map((m) => [m.text, m.canonical, m.type, m.known]);

describe('gazetteer matcher', () => {
  it.each([
    ['exact name', 'Lashkar-e-Taiba struck again.', ['Lashkar-e-Taiba', 'Lashkar-e-Taiba', 'organization', true]],
    ['alias maps to its canonical', 'Officials blamed Lashkar-e-Tayyiba.', ['Lashkar-e-Tayyiba', 'Lashkar-e-Taiba', 'organization', true]],
    ['hyphens and spaces are the same separator', 'Officials blamed Lashkar e Tayyiba.', ['Lashkar e Tayyiba', 'Lashkar-e-Taiba', 'organization', true]],
    ['acronym in capitals matches', 'LET claimed it.', ['LET', 'Lashkar-e-Taiba', 'organization', true]],
    ['curly apostrophe inside a word is folded', 'Leaders of Jama’at-ud-Dawa spoke.', ['Jama’at-ud-Dawa', 'Jamaat-ud-Dawa', 'organization', true]],
    ['doubled letters and ou/u are folded', 'Khalid Al-Qaddoumi spoke.', ['Khalid Al-Qaddoumi', 'Khaled Qaddoumi', 'person', true]],
    ['possessive stays outside the name', 'Pakistan’s army moved.', ['Pakistan', 'Pakistan', 'place', true]],
    ['longest match wins', 'They crossed into Pakistan-occupied Kashmir today.', ['Pakistan-occupied Kashmir', 'Pakistan-administered Kashmir', 'place', true]],
    ['built-in canonical table', 'The U.S. said so.', ['U.S.', 'United States', 'place', true]],
    ['a state capital is its own place', 'Talks in Tehran ended.', ['Tehran', 'Tehran', 'place', true]],
  ])('%s', (_why, text, first) => {
    expect(mentions(text)[0]).toEqual(first);
  });

  it.each([
    ['lower-case words never match a capitalised name', 'They will let it go.'],
    ['a name never spans a line break', 'Jamaat-ud\nDawa'],
    ['an acronym does not match a common word in lower case', 'let them in'],
  ])('%s', (_why, text) => {
    expect(mentions(text).filter((m) => m[3] === true && m[1] !== 'Taiba')).toEqual([]);
  });
});

describe('the matcher looks only at the tokens that can start a name (W_OPEN)', () => {
  it('finds what a scan of every token finds', () => {
    const m = buildMatcher(effectiveGazetteer(gazetteer));
    let found = 0;
    const texts = [...loadEvalDocs().map((d) => d.body), 'LET 9/11 & Co. 21st Will Ünal ünal Lashkar e Tayyiba; will let Army of the Pure'];
    for (const text of texts) {
      const t = tokenizeWithStarts(text).toks;
      const opens = [...t.opens.subarray(0, t.nOpens)];
      expect(opens).toEqual([...t.word.subarray(0, t.n)].flatMap((w, q) => (words.flags[w]! & W_OPEN ? [q] : [])));
      const copy = ({ n, i, j, hit }: ReturnType<typeof matchAll>) => [...i.subarray(0, n)].map((x, k) => [x, j[k], hit[k]!.entry.name]);
      const some = copy(matchAll(m, t, text));
      const every = copy(matchAll(m, { ...t, opens: Int32Array.from({ length: t.n }, (_, q) => q), nOpens: t.n }, text));
      expect(some).toEqual(every);
      found += every.length;
    }
    expect(found).toBeGreaterThan(100);
  });
});

describe('acronyms learnt in the document', () => {
  it.each([
    ['unknown full name with its acronym, then the acronym alone', 'The Free Valley Movement (FVM) held a rally. Later FVM denied it.', ['Free Valley Movement', 'FVM', 'FVM']],
    ['known full name lends its canonical to a new acronym', 'Lashkar-e-Taiba (LT) grew. LT split.', ['Lashkar-e-Taiba', 'LT', 'LT']],
  ])('%s', (_why, text, surfaces) => {
    const ms = extract(text, { gazetteer }).mentions;
    expect(ms.map((m) => m.text)).toEqual(surfaces);
    expect(new Set(ms.map((m) => m.canonical)).size).toBe(1);
  });

  it('does not take a designation name for an organisation', () => {
    const ms = extract('It was listed as a Foreign Terrorist Organization (FTO) last year.', { gazetteer }).mentions;
    expect(ms.map((m) => m.text)).toEqual([]);
  });
});

describe('unknown names typed by general evidence (known: false)', () => {
  it.each([
    ['title before a name; the title stays out of the span', 'Ambassador Jane Doerwald arrived.', 'Jane Doerwald', 'person'],
    ['role before a name', 'Group spokesman Tariq Mansoor said nothing.', 'Tariq Mansoor', 'person'],
    ['verb of speech after a two-word name', 'Later, Ernesto Valdivia said the talks failed.', 'Ernesto Valdivia', 'person'],
    ['given name', 'Muhammad Zafarullah was arrested.', 'Muhammad Zafarullah', 'person'],
    ['organisation head word', 'The Kashmir Freedom Brigade claimed it.', 'Kashmir Freedom Brigade', 'organization'],
    ['organisation prefix word', 'Members of Tehrik-e-Nizam were detained.', 'Tehrik-e-Nizam', 'organization'],
    ['appositive group noun', 'Members of Jundal, a Sunni militant group, fled.', 'Jundal', 'organization'],
    ['place head word', 'Fighting spread to the Korangal Valley overnight.', 'Korangal Valley', 'place'],
    ['"in X" place pattern', 'The blast happened in Zargunshahr on Monday.', 'Zargunshahr', 'place'],
    ['"X, <country>" place pattern', 'They met at Landi Kotal, Pakistan.', 'Landi Kotal', 'place'],
    ['known place inside an organisation name', 'The Pakistan High Commission replied.', 'Pakistan High Commission', 'organization'],
  ])('%s', (_why, text, surface, type) => {
    const m = extract(text, { gazetteer }).mentions.find((x) => x.text === surface);
    expect(m).toBeDefined();
    expect(m!.type).toBe(type);
    expect(m!.known).toBe(false);
  });

  it('a person named in full is found again by surname', () => {
    const ms = extract('Admiral Mike Mullen testified. Later Mullen retired.', { gazetteer }).mentions;
    expect(ms.filter((m) => m.canonical === 'Mike Mullen').map((m) => m.text)).toEqual(['Mike Mullen', 'Mullen']);
  });

  it('capitalised words without evidence are not names', () => {
    expect(extract('Masked Gunmen Stopped The Bus.', { gazetteer }).mentions).toEqual([]);
  });
});

describe('the word table (src/extract/tokens.ts) is a cache', () => {
  it('starting afresh past its size changes no result', () => {
    const text =
      'Admiral Mike Mullen said Lashkar-e-Taiba (LeT) and the Jamaat-ud-Dawa Front met in Kabul, Afghanistan. ' +
      'Later Mullen told the Haqqani Network Council (HNC) that LET and HNC were one.';
    const before = extract(text, { gazetteer });
    const epoch = words.epoch;
    // as many distinct words as the table keeps (a tokenization starts it afresh only when it is full at
    // the start); the next document's tokenization does
    let k = 0;
    while (words.count < 1 << 18) {
      let filler = '';
      for (let j = 0; j < 10_000; j++) filler += `w${(k++).toString(36)} `;
      tokenizeWithStarts(filler);
    }
    const after = extract(text, { gazetteer });
    expect(words.epoch).toBe(epoch + 1);
    expect(after).toEqual(before);
    expect(after.mentions.length).toBeGreaterThan(5);
  }, 60_000);
});

describe('upperFirst', () => {
  it('is /^\\p{Lu}/u.test', () => {
    const ascii = Array.from({ length: 128 }, (_, c) => `${String.fromCharCode(c)}x`);
    for (const s of [...ascii, '', 'Ünal', 'ünal', 'Ωmega', 'ωmega', '𝐁old', '𝐛old', '\ud835', 'ǅ', 'Σ', 'ß', '한국'])
      expect([s, upperFirst(s)]).toEqual([s, /^\p{Lu}/u.test(s)]);
  });
});

describe('withoutTitle', () => {
  it('drops a title as the lookup of the first part in lower case does', () => {
    const titles = [...cues.titles_dropped_from_canonical, 'Mr.', 'Dr'];
    const firsts = [...Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)), 'İ', 'Ḿ', 'ℎ', 'Ｍ', 'Ω', '𝐌', '\ud835', ''];
    const names = [...titles.flatMap((t) => [t, `${t} Omar`, `${t.toUpperCase()} Omar`, `${t.toLowerCase()}  Omar `]), ...firsts.map((f) => `${f}ullah Omar`), ...firsts.map((f) => `${f}aji Ali`)];
    const drop = new Set(cues.titles_dropped_from_canonical.map((t) => t.toLowerCase()));
    for (const s of names) {
      const sp = s.indexOf(' ');
      const first = (sp < 0 ? s : s.slice(0, sp)).toLowerCase();
      expect([s, withoutTitle(s)]).toEqual([s, drop.has(first) ? s.slice(first.length).trim() : s]);
    }
  });
});

describe('infobox items (trimmedItem)', () => {
  // the expressions the trimming stands for, run on random items made of the characters that matter
  const LEAD = /^(?:\s|\*|•|<hr>|&)+/;
  const TAIL = /(?:\s*\([^)]*\)|\s*\[\d+\]|\s)+$/;
  it('trims as the expressions do', () => {
    const parts = [' ', '\u00a0', '\n', '(', ')', '[', ']', '1', '42', 'a', 'B', '*', '&', '<hr>', '<h', '\u2003', 'x)', '(y', '•'];
    let seed = 11;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    for (let it = 0; it < 20_000; it++) {
      let item = '';
      for (let k = Math.floor(rnd() * 10); k > 0; k--) item += parts[Math.floor(rnd() * parts.length)];
      const lead = LEAD.exec(item)?.[0].length ?? 0;
      const tail = TAIL.exec(item.slice(lead))?.[0].length ?? 0;
      const body = `x,${item},y`;
      expect([item, trimmedItem(body, 2, 2 + item.length)]).toEqual([item, [2 + lead, 2 + item.length - tail]]);
    }
  });

  it('infobox lines are found at the tokens after a line break as by the expression', () => {
    const parts = ['\n', '\r\n', '\u2028', ' ', '\t', '- ', '* ', '•', '#', 'Commander', 'Commanders12', 'Leader', 'Founded by', 'Founded', 'Area of operations', ': ', ' X', ' y', 'Ali', ', ', '\u00a0', 'Place:'];
    let seed = 5;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    const texts = loadEvalDocs().map((d) => d.body);
    for (let it = 0; it < 3000; it++) {
      let text = '';
      for (let k = Math.floor(rnd() * 16); k > 0; k--) text += parts[Math.floor(rnd() * parts.length)];
      texts.push(text);
    }
    let found = 0;
    for (const text of texts) {
      const want = [...text.matchAll(INFOBOX_LINE)].map((m) => [m.index, m[0]]);
      expect([text, infoboxLines(text, tokenizeWithStarts(text).toks).map((m) => [m.index, m[0]])]).toEqual([text, want]);
      found += want.length;
    }
    expect(found).toBeGreaterThan(300);
  });

  it('finds the names of an infobox line', () => {
    const text = 'Belligerents\n- Commander1: * Ali Rezaei (caretaker)[2], <hr> Omar Haddad [3], Tariq Saleem\n';
    const ms = extract(text, { gazetteer: [] }).mentions.filter((m) => m.type === 'person');
    expect(ms.map((m) => m.text)).toEqual(['Ali Rezaei', 'Omar Haddad', 'Tariq Saleem']);
  });
});

describe('helpers of the mention passes', () => {
  const at = (starts: number[]) => starts.map((start, k) => ({ text: `m${k}`, start, end: start + 1, canonical: `m${k}`, type: 'place' as const, entity_id: null, known: false }));
  it.each([
    ['mostly in order', [0, 5, 9, 3, 12, 3, 20]],
    ['in reverse (the built-in sort finishes)', Array.from({ length: 60 }, (_, k) => 600 - 10 * (k >> 1))],
    ['ties only', [4, 4, 4]],
  ])('byStart sorts by start, ties in their first order: %s', (_why, starts) => {
    const ms = at(starts);
    const want = [...ms].sort((a, b) => a.start - b.start).map((m) => m.text);
    byStart(ms);
    expect(ms.map((m) => m.text)).toEqual(want);
  });

  it.each([
    ['Indian army', 'Indian Army'],
    ['Indian Army', 'Indian Army'],
    ['Obama administration', 'Obama Administration'],
    ['army', 'army'],
    ['Two  spaces élite', 'Two  spaces Élite'],
    ['Mixed 2nd', 'Mixed 2nd'],
    ['Surrogate 𝐚bc', 'Surrogate 𝐚bc'],
  ])('capitalisedLast(%s)', (name, want) => {
    expect(capitalisedLast(name)).toBe(want);
    expect(capitalisedLast(name)).toBe(name.replace(/ (\p{Ll})(\p{L}*)$/u, (_m, a: string, b: string) => ` ${a.toUpperCase()}${b}`));
  });
});
