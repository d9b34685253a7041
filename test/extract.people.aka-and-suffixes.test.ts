// Branch wild23 (fresh-text audit of DOJ, court and wire reports): a defendant's name with no given name a list
// knows, announced by ", aka" / ", a/k/a" / ", better known as" (three texts), and a surname alone after a name
// ending in "Jr." (text 03: "Eric H. Holder Jr." … "Holder" was a second person). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });

describe('people: a name before ", aka"', () => {
  it('is a person, with "aka", "a/k/a" or "better known as"', () => {
    expect(run('Prosecutors said Yordi Baltazar Ocampo, aka El Gallo, ran the lab.').people).toEqual(['Yordi Baltazar Ocampo']);
    expect(run('Wilmer Quiroga Sanabria, a/k/a "Flaco," was extradited on Monday.').people).toEqual(['Wilmer Quiroga Sanabria']);
    expect(run('The court sentenced Yordi Baltazar Ocampo, better known as El Gallo, to life.').people).toEqual(['Yordi Baltazar Ocampo']);
  });
  it('not a body with its head word, nor after "the"', () => {
    expect(run('The Tamil Nadu Liberation Army, aka TNLA, was banned.').people).toEqual([]);
    expect(run('Agents searched the Rojas Valderama, aka the farm, on Friday.').people).toEqual([]);
  });
});

describe('people: the other name after ", better known as" or ", a/k/a"', () => {
  it('is a mention of the person, not a place', () => {
    const x = run('The judge sentenced Yordi Baltazar Ocampo, better known as Tiburcio, to life.');
    expect(x.places).toEqual([]);
    expect(x.mentions.filter((m) => m.type === 'person').map((m) => `${m.text}=${m.canonical}`)).toEqual(['Yordi Baltazar Ocampo=Yordi Baltazar Ocampo', 'Tiburcio=Yordi Baltazar Ocampo']);
    const y = run('Wilmer Quiroga Sanabria, a/k/a Flaco, was extradited on Monday.');
    expect(y.mentions.filter((m) => m.type === 'person').map((m) => m.canonical)).toEqual(['Wilmer Quiroga Sanabria', 'Wilmer Quiroga Sanabria']);
  });
});

describe('people: a generational suffix', () => {
  it('the surname alone later is the person named with "Jr."', () => {
    const x = run('Judge Walter P. Bronson Jr. read the verdict. Bronson said the case was closed.');
    expect(x.people).toEqual(['Walter P. Bronson Jr.']);
    expect(x.mentions.filter((m) => m.type === 'person').map((m) => m.canonical)).toEqual(['Walter P. Bronson Jr.', 'Walter P. Bronson Jr.']);
  });
});
