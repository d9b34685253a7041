// Verbs of directing and of doing violence, read around the parties found (branch attr20): "X ordered / organized /
// planned / directed / authorised / instigated <an act>" and their passives ("was organized and planned by P and Q")
// relate X to the act ('orchestrated'), a directed act named by its noun alone ("his killing", "the murder", "the
// Church Street attack") being the page's event; "X ambushed / bombarded / bombed / shelled / detonated / shot …" and
// "X attacked …" (a named doer) relate X to the person, group or place the object names; an armed body the clause
// describes ("Soldiers loyal to …", "The government army says it has …") is the doer as written. Golds of holdout5,
// holdout6, holdout10 and the dev set record each; the sentences here are written for the tests on their pattern.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const atts = (text: string, gazetteer: ReturnType<typeof entry>[], title: string | null = null) =>
  extract(text, { gazetteer, publisher: 'Wikipedia', title }).attributions.map(triple);

const g = [
  entry('Ivo Marek', 'person'),
  entry('Petr Dusek', 'person'),
  entry('Tomas Varga', 'person'),
  entry('Northern Front', 'organization'),
  entry('Ruritania', 'place'),
  entry('Oldtown', 'place'),
];

describe('verbs of directing an act of violence, passive: the act before, each party after "by"', () => {
  const page = 'Assassination of Tomas Varga\n\nTomas Varga was shot dead in Oldtown on 12 March 2003. ';
  it('"The assassination was organized and planned by P and Q": both, the page\'s event', () => {
    const got = atts(page + 'The assassination was organized and planned by Ivo Marek and Petr Dusek.', g, 'Assassination of Tomas Varga');
    expect(got).toContainEqual(['Ivo Marek', 'organized and planned', 'Assassination of Tomas Varga']);
    expect(got).toContainEqual(['Petr Dusek', 'organized and planned', 'Assassination of Tomas Varga']);
  });
  it('"the murder was ordered by drug trafficker P": the page\'s event (a page about a killing)', () => {
    const got = atts(page + 'A witness stated that the murder was ordered by drug trafficker Ivo Marek.', g, 'Assassination of Tomas Varga');
    expect(got).toContainEqual(['Ivo Marek', 'ordered', 'Assassination of Tomas Varga']);
  });
  it('"It is thought to have been instigated by exiled leaders of G": G, the page\'s event', () => {
    const got = atts('Oldtown massacre\n\nSix gunmen opened fire at the market. It is thought to have been instigated by exiled leaders of the Northern Front.', g, 'Oldtown massacre');
    expect(got).toContainEqual(['Northern Front', 'instigated', 'Oldtown massacre']);
  });
  it('"the Harbour Street attack was authorised by P" on the page "Harbour Street bombing": the page\'s event', () => {
    const got = atts('Harbour Street bombing\n\nA car bomb exploded in Oldtown. The unit reported to its chief of staff, and the Harbour Street attack was authorised by Ivo Marek.', g, 'Harbour Street bombing');
    expect(got).toContainEqual(['Ivo Marek', 'authorised', 'Harbour Street bombing']);
  });
  it('not: "was ordered by" of no act of violence', () => {
    const got = atts('The evacuation of Oldtown was ordered by Ivo Marek.', g);
    expect(got.filter((a) => a[0] === 'Ivo Marek')).toEqual([]);
  });
});

describe('verbs of directing an act of violence, active', () => {
  it('"P ordered his killing" on the page of the killing: the page\'s event, not "his killing"', () => {
    const got = atts('Assassination of Tomas Varga\n\nVarga kept publishing, so Ivo Marek ordered his killing.', g, 'Assassination of Tomas Varga');
    expect(got).toContainEqual(['Ivo Marek', 'ordered', 'Assassination of Tomas Varga']);
    expect(got.filter((a) => a[2] === 'his killing')).toEqual([]);
  });
  it('not: "his killing" on a page about no killing names no event', () => {
    const got = atts('Tomas Varga kept publishing, so Ivo Marek ordered his killing.', g);
    expect(got.filter((a) => a[0] === 'Ivo Marek')).toEqual([]);
  });
  it('"P ordered that Q be killed": Q, the killing of Q', () => {
    const got = atts('Later that morning, President Ivo Marek ordered that Tomas Varga be killed.', g);
    expect(got).toContainEqual(['Ivo Marek', 'ordered the killing of', 'Tomas Varga']);
  });
  it('"P had planned the X attack in order to …" on the page "X … attack": the page\'s event, without the purpose', () => {
    const got = atts('Oldtown subway gas attack\n\nThe cult released gas in five trains. Ivo Marek had planned the Oldtown subway attack in order to hinder police investigations.', g, 'Oldtown subway gas attack');
    expect(got).toContainEqual(['Ivo Marek', 'planned', 'Oldtown subway gas attack']);
  });
  it('not: a participle as an adjective ("as part of an organized insurgency")', () => {
    const got = atts('The Northern Front has staged bombings and shootings as part of an organized insurgency in Ruritania.', g);
    expect(got.filter((a) => a[1] === 'organized')).toEqual([]);
  });
});

describe('verbs of doing violence with their doer right before them', () => {
  it('"members of G (acronym) ambushed a motorcade carrying P": P', () => {
    const got = atts('An attempt was made on Tomas Varga in 1986, when members of the guerrilla group Northern Front (Frente Norte, FN) ambushed a motorcade carrying Varga to the capital.', g);
    expect(got.some((a) => a[0] === 'Northern Front' && /^ambushed a motorcade carrying/.test(a[1] ?? '') && a[2] === 'Tomas Varga')).toBe(true);
  });
  it('"it detonated 500 small bombs at 300 locations throughout X": the place', () => {
    const got = atts('The Northern Front was banned in 2005. It struck back in mid-August when it detonated 500 small bombs at 300 locations throughout Ruritania.', g);
    expect(got.some((a) => a[0] === 'Northern Front' && /^detonated 500 small bombs/.test(a[1] ?? '') && a[2] === 'Ruritania')).toBe(true);
  });
  it('"Soldiers loyal to the slain army chief attacked the palace, killing President P": the body as written, P', () => {
    const got = atts('Soldiers loyal to the slain army chief attacked the presidential palace Monday, killing President Tomas Varga as he tried to escape.', g);
    expect(got.some((a) => a[0] === 'Soldiers loyal to the slain army chief' && /^attacked the presidential palace/.test(a[1] ?? '') && a[2] === 'Tomas Varga')).toBe(true);
  });
  it('"The government army says it has attacked a rebel base near X": the army, X', () => {
    const got = atts('The government army says it has attacked a rebel base near Oldtown, a city briefly held by the rebels.', g);
    expect(got.some((a) => a[0] === 'government army' && /^attacked a rebel base near/.test(a[1] ?? '') && a[2] === 'Oldtown')).toBe(true);
  });
  it('not: "it" that would be the group the object names ("G says it has attacked a G base")', () => {
    const got = atts('Fighting resumed near Oldtown. The Northern Front was blamed. A spokesman says it has attacked a Northern Front base near Oldtown.', g);
    expect(got.filter((a) => a[0] === 'Northern Front' && /^attacked/.test(a[1] ?? ''))).toEqual([]);
  });
  it('not: a described doer with no named target; "the gunmen" alone (a body named before); not a passive', () => {
    expect(atts('A day after the gunmen attacked the Oldtown mall, Tomas Varga spoke.', g).filter((a) => /^attacked/.test(a[1] ?? ''))).toEqual([]);
    expect(atts('Gunmen stormed the campus of the university shortly before dawn.', g).filter((a) => /^stormed/.test(a[1] ?? ''))).toEqual([]);
    expect(atts('Tomas Varga was ambushed by unknown men near Oldtown.', g).filter((a) => /^ambushed/.test(a[1] ?? ''))).toEqual([]);
    expect(atts('Ivo Marek shot a video in Oldtown.', g).filter((a) => /^shot/.test(a[1] ?? ''))).toEqual([]);
  });
});

describe('the doer named by a copula or a passive: "E was attributed to P", "The mastermind behind E was P"', () => {
  it('"The bombing was attributed to the right-wing extremist and geology student P": P, the page\'s event', () => {
    const got = atts('Oldtown festival bombing\n\nA bomb exploded at the main entrance. The bombing was attributed to the right-wing extremist and geology student Ivo Marek, who was killed in the attack.', g, 'Oldtown festival bombing');
    expect(got).toContainEqual(['Ivo Marek', 'attributed to', 'Oldtown festival bombing']);
  });
  it('"The mastermind behind the bombing was believed to be P": P as written when no name is found', () => {
    const got = atts('Oldtown festival bombing\n\nA bomb exploded at the main entrance. The mastermind behind the bombing was believed to be Jaroslav Brenko Halas, a dual national.', g, 'Oldtown festival bombing');
    expect(got).toContainEqual(['Jaroslav Brenko Halas', 'was believed to be the mastermind behind', 'Oldtown festival bombing']);
  });
  it('not: "attributed to" of no event, nor an active "attributed X to Y"', () => {
    expect(atts('The quote was attributed to Ivo Marek.', g).filter((a) => a[0] === 'Ivo Marek')).toEqual([]);
    expect(atts('Ivo Marek attributed the bombing to the Northern Front.', g).filter((a) => a[1] === 'attributed to')).toEqual([]);
  });
});

describe('a described body with a count and a complement that names a group', () => {
  it('"twelve suicide bombers loyal to G detonated bombs … in the X restaurant": the body as written, the place', () => {
    const got = atts('That night, twelve suicide bombers loyal to the Northern Front detonated bombs hidden in their backpacks in Oldtown and at sites near the consulate.', g);
    expect(got.some((a) => a[0] === 'twelve suicide bombers loyal to the Northern Front' && /^detonated bombs/.test(a[1] ?? '') && a[2] === 'Oldtown')).toBe(true);
  });
  it('not: where the clause names its subject elsewhere ("After G warned, soldiers attacked …")', () => {
    const got = atts('After the Northern Front warned the town, soldiers attacked Oldtown.', g);
    expect(got.filter((a) => a[0] === 'soldiers')).toEqual([]);
  });
});

describe('the chief of an act\'s described doers: "by a group of … led by P", "by a unit of G, commanded by P"', () => {
  it('an event page\'s defining sentence, the year before the page\'s name: "… was an attack on X by a group of five armed men led by P"', () => {
    const got = atts('Oldtown parliament shooting\n\nThe 1999 Oldtown parliament shooting was an attack on the national assembly in Oldtown on 27 October 1999 by a group of five armed men led by Ivo Marek that killed eight people.', g, 'Oldtown parliament shooting');
    expect(got.some((a) => a[0] === 'Ivo Marek' && /^led a group of five armed men/.test(a[1] ?? '') && a[2] === 'Oldtown parliament shooting')).toBe(true);
  });
  it('"the attack was orchestrated by a special operations unit of G (NF), commanded by P": P, named as written when not found', () => {
    const got = atts('Harbour Street bombing\n\nA car bomb exploded in Oldtown. Years later, the party revealed that the attack was orchestrated by a special operations unit of the Northern Front (NF), commanded by Jaroslav Halas.', g, 'Harbour Street bombing');
    expect(got.some((a) => a[0] === 'Jaroslav Halas' && /^commanded a special operations unit of the Northern Front/.test(a[1] ?? '') && a[2] === 'Harbour Street bombing')).toBe(true);
  });
  it('not: "led by" far from a perpetration ("the group, led by P, denied …")', () => {
    const got = atts('Harbour Street bombing\n\nA car bomb exploded in Oldtown. The Northern Front, led by Ivo Marek, denied any role.', g, 'Harbour Street bombing');
    expect(got.filter((a) => a[0] === 'Ivo Marek' && a[2] === 'Harbour Street bombing')).toEqual([]);
  });
});
