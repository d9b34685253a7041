// Branch wild22 (fresh-text audit): "channel" is a media noun as "newspaper" is ("told the private ATV channel",
// wild22 text 06; outlets cited after "told" were missed in wild19 and wild21 too). The words' key folds double
// letters ("chanel"), so MEDIA_NOUNS never matched it. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });

describe('organisations: an outlet named before "channel"', () => {
  it('is a body, as before "newspaper"', () => {
    expect(run('The governor told the private KTV channel that the rebels had withdrawn.').organisations).toEqual(['KTV']);
    expect(run('The minister told the state-run Kanal channel on Monday that the attack failed.').organisations).toEqual(['Kanal']);
    expect(run('The minister told the Kanal newspaper on Monday that the attack failed.').organisations).toEqual(['Kanal']);
  });
  it('not a known place before a lower-case channel, nor "the English Channel"', () => {
    const x = run('Ships sailed through the Mozambique channel toward Beira.');
    expect(x.organisations).toEqual([]);
    expect(x.places).toContain('Mozambique');
    expect(run('Migrants crossed the English Channel on Monday.').organisations).toEqual([]);
  });
});
