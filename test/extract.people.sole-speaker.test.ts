// Branch wild20 (fresh-text audit): a surname alone that opens a sentence before "said"/"says"/"told" is a
// person ("Gorelov said in a telephone interview", "Whitehouse said the attack …"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });

describe('people: a surname alone opening a sentence before a speech verb', () => {
  it('the speaker, in the middle of a text and on its own line', () => {
    expect(run('The hotel was stormed at dawn. Varenko said in a telephone interview that the guests were safe.').people).toEqual(['Varenko']);
    expect(run('Brightwater told reporters the siege was over.').people).toEqual(['Brightwater']);
  });
  it('not a plural noun, a place, a demonym, a word in capitals, nor a word of a list', () => {
    const x = run('Witnesses said the gunmen fled. Kabul said it would respond. Pakistani said nothing. NATO said it was ready. Police said two died. Officials told reporters more.');
    expect(x.people).toEqual([]);
  });
  it('not before another verb, nor after a lower-case word', () => {
    expect(run('Varenko added that the guests were safe.').people).toEqual([]);
    expect(run('The report by Varenko said the guests were safe.').people).not.toContain('Varenko');
  });
});
