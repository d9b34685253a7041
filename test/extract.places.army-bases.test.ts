// Branch wild21 (fresh-text audit): a name before a lower-case "army"/"military" and a base's noun ("the Panzgam army
// camp", "Tekeli military base") names where the base is, not a body. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });

describe('places: a base named by its place', () => {
  it('the name before "army camp" or "military base" is a place, no body', () => {
    const x = run('Gunmen stormed the Kolmar army camp before dawn on Friday.');
    expect(x.organisations).toEqual([]);
    expect(x.places).toEqual(['Kolmar']);
    const y = run('Four soldiers were wounded in an attack on Vestra military base on Sunday.');
    expect(y.organisations).toEqual([]);
    expect(y.places).toEqual(['Vestra']);
    expect(run('Rebels shelled the Dorvik army garrison overnight.').places).toEqual(['Dorvik']);
  });
  it('not a demonym’s army, nor a body without a base’s noun after it', () => {
    expect(run('The Indian army camp was attacked on Monday.').organisations).toEqual(['Indian Army']);
    expect(run('The Kolmar army said it had repelled the attack.').organisations).toEqual(['Kolmar Army']);
    expect(run('The Kolmar military camped near the river.').places).toEqual([]);
  });
});
