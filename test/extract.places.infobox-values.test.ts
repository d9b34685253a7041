// Places: infobox values glued to their labels, as copied from a rendered infobox. Sentences written for
// these tests (not taken from the eval sets); each rule also has what it must not extract.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], publisher: 'Daily Ledger', published: '2021-08-01' });
const spans = (text: string, type: string) => run(text).mentions.filter((m) => m.type === type).map((m) => `${m.text}@${m.start}`);

describe('a "Target" row glued to its value: a known place that opens the value is a place', () => {
  const head = '2017 Harbour bombing\nDate3 May 2017\n';
  it('before a lower-case word or the line end ("TargetNairobi bus station", "TargetUnited Kingdom")', () => {
    const a = `${head}TargetNairobi bus station\nDeaths4\n\nA bomb exploded at a bus station on 3 May 2017.`;
    expect(spans(a, 'place')).toContain(`Nairobi@${a.indexOf('Nairobi')}`);
    const b = `${head}TargetUnited Kingdom\nDeaths4\n\nA bomb exploded at a bus station on 3 May 2017.`;
    expect(spans(b, 'place')).toContain(`United Kingdom@${b.indexOf('United Kingdom')}`);
  });
  it('not a value that is no known place ("TargetPolice officers"), nor one a capitalised word goes on ("TargetCairo Tower")', () => {
    const a = `${head}TargetPolice officers\nDeaths4\n\nA bomb exploded at a police post on 3 May 2017.`;
    expect(spans(a, 'place')).toEqual([]);
    const b = `${head}TargetCairo Tower\nDeaths4\n\nA bomb exploded near a tower on 3 May 2017.`;
    expect(spans(b, 'place').filter((s) => s.startsWith('Cairo@'))).toEqual([]);
  });
});

describe('a "Location" value that says where by a preposition', () => {
  const head = '2016 Market attack\nDate3 May 2016\n';
  it('"Near" before the place is no part of it, and a venue head opening it takes the known place after it', () => {
    const a = `${head}LocationNear Avenida Morelos, Cuernavaca, Mexico\nDeaths4\n\nGunmen opened fire at a market on 3 May 2016.`;
    const p = spans(a, 'place');
    expect(p).toContain(`Avenida Morelos@${a.indexOf('Avenida Morelos')}`);
    expect(p).not.toContain(`Morelos@${a.indexOf('Morelos')}`);
    expect(p.filter((x) => x.startsWith('Near'))).toEqual([]);
  });
  it('"A in B": two places, each its own item', () => {
    const a = `${head}LocationKelowa in Borno State, Nigeria\nDeaths4\n\nGunmen opened fire at a market on 3 May 2016.`;
    const p = spans(a, 'place');
    expect(p).toContain(`Kelowa@${a.indexOf('Kelowa')}`);
    expect(p).toContain(`Borno State@${a.indexOf('Borno State')}`);
  });
  it('not before a lower-case word ("Kelowa in eastern Chad" is left whole, as before)', () => {
    const a = `${head}LocationKelowa in eastern Chad\nDeaths4\n\nGunmen opened fire at a market on 3 May 2016.`;
    expect(spans(a, 'place').filter((x) => x.startsWith('Kelowa in'))).toEqual([]);
  });
});
