// The tokenizer's word table (src/extract/tokens.ts): a word's id is its spelling, whatever its length, its
// script or the table's size; every token's text is body.slice(start, end).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { GAP_LINE, nameWords, tokenize, tokenizeWithStarts, wordIdOf, words } from '../src/extract/tokens.ts';
import { loadEvalDocs } from '../eval/extraction/documents.ts';
import { OTHER_TERMINATORS } from '../src/extract/sentences.ts';

/** The word ids (in `nameWords`) of the tokens of `text`, with each token's text checked against its word's spelling. */
function ids(text: string): number[] {
  const t = tokenize(text);
  const out: number[] = [];
  for (let k = 0; k < t.n; k++) {
    const w = t.word[k]!;
    expect(nameWords.raw[w]).toBe(text.slice(t.start[k]!, t.end[k]!));
    out.push(w);
  }
  return out;
}

describe('word ids', () => {
  it.each([
    ['words sharing their first eight code units', 'Internationally Internationalist Internat Internati'],
    ['odd and even lengths', 'a ab abc abcd abcde abcdefg abcdefgh abcdefghi'],
    ['one code unit apart at the ninth and the last', 'abcdefghXj abcdefghYj abcdefghXk'],
    ['code units past 0x8000 (Hangul) and accents', '한국어 한국인 한국어 café cafe Café'],
    ['apostrophes inside words', "Jama'at Jama’at don't dont"],
  ])('%s: one id per spelling', (_why, text) => {
    const got = ids(text);
    const spellings = text.split(/[\s]+/).filter(Boolean);
    const byWord = new Map<string, number>();
    got.forEach((id, k) => {
      const s = spellings[k]!;
      if (byWord.has(s)) expect(id).toBe(byWord.get(s));
      byWord.set(s, id);
    });
    // distinct spellings, distinct ids
    expect(new Set(byWord.values()).size).toBe(byWord.size);
    for (const [s, id] of byWord) expect(nameWords.idOf(s)).toBe(id);
  });

  it('keeps every id while the table grows', () => {
    const first = 'Kandahar Kandaharis Kandahari Kandahars';
    const before = ids(first);
    let filler = '';
    for (let k = 0; k < 20_000; k++) filler += `grow${k.toString(36)}longer${k} x${k} `;
    const epoch = nameWords.epoch;
    tokenize(filler);
    expect(nameWords.epoch).toBe(epoch); // (not full: the table grew and did not start afresh)
    expect(ids(first)).toEqual(before);
    expect(nameWords.idOf('grow0longer0')).toBe(ids('grow0longer0')[0]);
    expect(nameWords.idOf('grow0longer1')).toBe(-1);
  });

  it("names have a table of their own: a name's words are not in the documents' table", () => {
    tokenize('Qqzzyxw Front');
    expect(nameWords.idOf('Qqzzyxw')).toBeGreaterThanOrEqual(0);
    expect(wordIdOf('Qqzzyxw')).toBe(-1);
    const { toks } = tokenizeWithStarts('The Qqzzyxw Front met.');
    expect(words.raw[toks.word[1]!]).toBe('Qqzzyxw');
    expect(wordIdOf('Qqzzyxw')).toBe(toks.word[1]);
  });

  it('a word not yet seen has no id', () => {
    expect(wordIdOf('Zyxwvutsrqponm')).toBe(-1);
    expect(wordIdOf('')).toBe(-1);
  });
});

describe('offsets are UTF-16 code units', () => {
  const text = 'The 𝐁old Front (𝐁F) met Ünal Öztürk in Mosul 😀 on Monday; Dr. Lee Jae-myung 한국어 spoke.';
  it('every token is body.slice(start, end)', () => {
    const { toks } = tokenizeWithStarts(text);
    for (let k = 0; k < toks.n; k++) expect(words.raw[toks.word[k]!]).toBe(text.slice(toks.start[k]!, toks.end[k]!));
  });
  it('every mention is body.slice(start, end)', () => {
    const ms = extract(text, { gazetteer: [] }).mentions;
    expect(ms.length).toBeGreaterThan(0);
    for (const m of ms) expect(m.text).toBe(text.slice(m.start, m.end));
  });
});

describe('line breaks', () => {
  it('lists the tokens after a line break, and tells a text with other line terminators', () => {
    const texts = [...loadEvalDocs().map((d) => d.body), 'a\nb', '\n\nA - b\n-c', 'a\r\nb', 'a\u2028b', 'a\u2029', '\rA', 'one line'];
    for (const text of texts) {
      const { toks } = tokenizeWithStarts(text);
      const want: number[] = [];
      for (let k = 0; k < toks.n; k++) if (toks.gap[k] === GAP_LINE) want.push(k);
      expect([...toks.lines.subarray(0, toks.nLines)]).toEqual(want);
      expect([text, toks.otherBreaks]).toEqual([text, /[\r\u2028\u2029]/.test(text)]);
    }
  });
});

describe('sentence terminators of other scripts', () => {
  it('tells a text that has one, as OTHER_TERMINATORS does', () => {
    const texts = [
      ...loadEvalDocs().map((d) => d.body),
      '他说。然后', '真的！', '吗？', 'هل هذا صحيح؟ نعم', 'यह सच है। और', 'वह॥', 'ሰላም። ነው',
      'Jama’at-ul-Ahrar 🙂 “quoted” — done', 'word。', '。', '',
    ];
    let yes = 0;
    for (const text of texts) {
      const want = OTHER_TERMINATORS.test(text);
      expect([text, tokenizeWithStarts(text).toks.otherTerminators]).toEqual([text, want]);
      if (want) yes++;
    }
    expect(yes).toBe(9);
  });
});
