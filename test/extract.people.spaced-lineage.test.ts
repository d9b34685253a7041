// Branch wild20 (fresh-text audit): a long name opened by a given name is a person's when an Arabic article or
// "ibn"/"bin" written apart from the next name word makes it a lineage ("Mohammed Abdul Rahman al Saibi", "Abu
// Bakr ibn Muhammad ibn Ali al-Mainuki"), as with the hyphenated article. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });

describe('people: a lineage with its article or "ibn" written apart', () => {
  it('five words with a spaced article', () => {
    expect(run('The ministry designated Yousef Abdul Karim al Masri as a terrorist on Monday.').people).toEqual(['Yousef Abdul Karim al Masri']);
  });
  it('seven parts with two spaced lineage words', () => {
    expect(run('The second man is Abu Bakr ibn Muhammad ibn Ali al-Mainuki, who lives in Sahel.').people).toEqual(['Abu Bakr ibn Muhammad ibn Ali al-Mainuki']);
  });
  it('not a building or a body named after a person', () => {
    expect(run('The Hamad bin Khalifa al Thani Hospital Project opened.').people).toEqual([]);
    expect(run('Donors gave money to the Yousef Abdul Karim al Masri Foundation.').people).toEqual([]);
  });
});
