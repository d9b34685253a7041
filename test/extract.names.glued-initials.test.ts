// Branch wild22 (fresh-text audit): a name opened by initials written without a space ("J.W. Marriott") kept only
// its last initial ("W. Marriott hotel"; wild21 text 21, wild22 text 09). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });

describe('names: initials glued together', () => {
  it('keep every initial, as with a space between them', () => {
    expect(run('Gunmen stormed the K.L. Grand hotel in Surabaya.').mentions.map((m) => m.text)).toContain('K.L. Grand hotel');
    expect(run('Gunmen stormed the K. L. Grand hotel in Surabaya.').mentions.map((m) => m.text)).toContain('K. L. Grand hotel');
  });
  it('not a run after an "A." (read as the article later), nor a dotted state acronym', () => {
    const x = run('Indian President A.P.J. Abdul Kalam toured the valley.');
    expect(x.people.filter((p) => p.startsWith('P.'))).toEqual([]);
    expect(run('The U.N. Security Council met in New York.').organisations).toEqual(['United Nations Security Council']);
  });
});
