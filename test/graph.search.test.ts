// Search's pure parts: highlight offsets (never HTML) and the ranking across tiers, on both engines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightWords, parseMarked, search } from '../src/graph/index.ts';
import { importReference } from '../src/reference/index.ts';
import { ENGINES, freshStore, type TestStore } from './helpers/engines.ts';

const marked = (text: string, hs: Array<{ start: number; end: number }>) => hs.map((h) => text.slice(h.start, h.end));

describe('highlightWords', () => {
  it.each([
    ['case-insensitive, word start', 'Lashkar-e-Taiba', 'lashkar', ['Lashkar']],
    ['every query word', 'The Resistance Front', 'resistance front', ['Resistance', 'Front']],
    ['accents folded, offsets into the original', 'Jaish-e-Muhammad Ḥamās', 'hamas', ['Ḥamās']],
    ['no match inside a word', 'Hamastan', 'mast', []],
    ['astral characters keep UTF-16 offsets', '𝐀 Hamas', 'hamas', ['Hamas']],
  ])('%s', (_why, text, q, expected) => {
    expect(marked(text, highlightWords(text, q))).toEqual(expected);
  });
});

describe('parseMarked', () => {
  it('turns marker characters into offsets and keeps no markup', () => {
    const { text, highlights } = parseMarked('the \u0002Lashkar\u0003 group and \u0002LeT\u0003');
    expect(text).toBe('the Lashkar group and LeT');
    expect(marked(text, highlights)).toEqual(['Lashkar', 'LeT']);
  });
});

describe.each(ENGINES)('search ranking on %s', (engine) => {
  let s: TestStore;
  beforeAll(async () => {
    s = await freshStore(engine);
    await importReference(s.db);
  });
  afterAll(() => s?.cleanup());

  it.each([
    ['an exact name ranks as name', 'Lashkar-e-Taiba', 'name', 'Lashkar-e-Taiba'],
    ['an exact alias ranks as alias', 'LeT', 'alias', 'Lashkar-e-Taiba'],
    ['a misspelling finds the entity by trigram', 'Lashkar-e-Tayiba', 'fuzzy', 'Lashkar-e-Taiba'],
    ['an acronym alias', 'TRF', 'alias', 'The Resistance Front'],
  ])('%s', async (_why, q, tier, label) => {
    const { items } = await search(s.db, q, { limit: 5 });
    expect(items[0]).toMatchObject({ type: 'entity', tier, label });
  });

  it('ranks entity tiers before document hits, and document snippets highlight the words', async () => {
    const { items } = await search(s.db, 'hamas', { limit: 100 });
    const tiers = items.map((i) => ['name', 'alias', 'fuzzy', 'document'].indexOf(i.tier));
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
    const doc = items.find((i) => i.type === 'source')!;
    expect(doc).toBeDefined();
    expect(marked(doc.snippet.text, doc.snippet.highlights).map((w) => w.toLowerCase())).toContain('hamas');
    for (const ch of ["<", ">", "\u0002", "\u0003"]) expect(doc.snippet.text).not.toContain(ch);
  });
});
