// Branch wild21 (fresh-text audit): a name before a lower-case "camp" is a place, as before "village" ("opened fire on
// Barloonyo camp", "at the Koch-Goma camp near Gulu": camps for the displaced, attack venues). Sentences written
// for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });

describe('places: a camp named before "camp"', () => {
  it('the name before a lower-case "camp" is a place', () => {
    expect(run('Rebels opened fire on Dravok camp on Saturday evening.').places).toEqual(['Dravok']);
    expect(run('Gunmen killed 16 people at the Tesh-Omar camp on Thursday.').places).toEqual(['Tesh-Omar']);
  });
  it('not after the indefinite article, nor a known body’s camp', () => {
    expect(run('Troops raided a Kurdish camp on Monday.').places).toEqual([]);
    const x = extract('Troops raided a Hamas camp on Monday.', {
      gazetteer: [{ name: 'Hamas', canonical: 'Hamas', type: 'organization', entity_kind: 'organization', entity_id: null }],
      published: null,
    });
    expect(x.organisations).toEqual(['Hamas']);
    expect(x.places).toEqual([]);
  });
  it('not a body’s head word before "camp"', () => {
    expect(run('The Army camp was later the scene of protests.').places).toEqual([]);
    expect(run('Police raided the Liberation Front camp at dawn.').places).toEqual([]);
  });
});
