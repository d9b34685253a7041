// Branch wild22 (fresh-text audit): a name ending in a capitalised "Radio" is a broadcaster's, as one ending in
// "Television" is ("told Caracol Radio", wild19; "on Colombia's Caracol Radio", "according to RCN Radio", wild22
// text 08). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });

describe('organisations: a name ending in "Radio"', () => {
  it('is the broadcaster, not a person', () => {
    const x = run('The mayor told Tambor Radio that five people were killed.');
    expect(x.organisations).toEqual(['Tambor Radio']);
    expect(x.people).toEqual([]);
    expect(run('Two bombs were defused in Cali, according to XYZ Radio.').organisations).toEqual(['XYZ Radio']);
  });
  it('"Radio" opening a name still does', () => {
    expect(run('A reporter for Radio Okapi said the militia had left.').organisations).toEqual(['Radio Okapi']);
  });
  it('not a lower-case radio', () => {
    expect(run('He heard the news on the radio in Cali.').organisations).toEqual([]);
  });
});
