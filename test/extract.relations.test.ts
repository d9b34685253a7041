// Relations between parties that encyclopedic and official texts state: infobox fields, leaders and
// members, passive and noun-phrase forms. Sentences written for these tests (not taken from the eval sets).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const gazetteer = [
  entry('Northern Brigade', 'organization'),
  entry('Valley Front', 'organization'),
  entry('Coastal Agency', 'organization'),
  entry('River Council', 'organization'),
  entry('Omar Kestrel', 'person'),
  entry('Lina Farouk', 'person'),
  entry('Egypt', 'place'),
  entry('Norway', 'place'),
];
const run = (text: string) => extract(text, { gazetteer, publisher: 'Daily Ledger' });
const atts = (text: string) => run(text).attributions.map(triple);

describe('infobox fields', () => {
  it('a table row per relation: founders, commanders, splinters, allegiance, part of', () => {
    const text = [
      'Northern Brigade',
      'Founders | Omar Kestrel |',
      'Supreme Commander | Lina Farouk |',
      'Split to | Valley Front |',
      'Allegiance | Egypt |',
      'Part of | River Council |',
      'Headquarters | Norway |',
    ].join('\n');
    expect(atts(text)).toEqual([
      ['Omar Kestrel', 'founded', 'Northern Brigade'],
      ['Lina Farouk', 'is supreme commander of', 'Northern Brigade'],
      ['Valley Front', 'split from', 'Northern Brigade'],
      ['Northern Brigade', 'owes allegiance to', 'Egypt'],
      ['Northern Brigade', 'is part of', 'River Council'],
    ]);
  });

  it('a label alone on its line, one party a line, periods and "(alleged)" kept apart', () => {
    const text = 'Northern Brigade\nLeaders\n  • Omar Kestrel (2014–present)\n  • Lina Farouk (2007–2014)\nAllies\nValley Front (alleged)\nSize 500';
    expect(atts(text)).toEqual([
      ['Omar Kestrel', 'is leader of', 'Northern Brigade'],
      ['Lina Farouk', 'is leader of', 'Northern Brigade'],
      ['Valley Front', 'alleged ally of', 'Northern Brigade'],
    ]);
  });

  it('not a field: the word in prose, a party of the wrong type, a party in brackets', () => {
    expect(atts('Northern Brigade is active. Leaders of Valley Front spoke to Omar Kestrel in Egypt.')).toEqual([]);
    expect(atts('Northern Brigade\nCommander | Egypt |')).toEqual([]);
    expect(atts('Northern Brigade\nCommander | Omar Kestrel (deputy of Lina Farouk) |')).toEqual([['Omar Kestrel', 'is commander of', 'Northern Brigade']]);
  });
});

describe('parties of a clause', () => {
  it('a dateline names no party; "a Norway man" is no actor', () => {
    expect(atts('OSLO, Norway - A Norway man provided material support to Northern Brigade, officials said.')).toEqual([]);
    expect(atts('OSLO - Coastal Agency provided weapons to Northern Brigade.')).toEqual([['Coastal Agency', 'provided weapons to', 'Northern Brigade']]);
  });

  it('"the X group founded by Y": the group right before, not the sentence\'s first party', () => {
    expect(atts('Omar Kestrel, a senior figure in Northern Brigade founded by Lina Farouk, spoke.')).toContainEqual(['Lina Farouk', 'founded', 'Northern Brigade']);
    expect(atts('Omar Kestrel met the founders, a group founded by Lina Farouk.')).not.toContainEqual(['Lina Farouk', 'founded', 'Omar Kestrel']);
  });

  it('a passive with a phrase before "by", and a state\'s agency as the giver', () => {
    expect(atts('Northern Brigade is a militia. It was supported, since its founding, by Egypt\'s Coastal Agency.')).toEqual([['Coastal Agency', 'supported', 'Northern Brigade']]);
  });
});

describe('denials and accusations', () => {
  it('a denial as a noun: the possessor, or the subject of the verb before "its", denies', () => {
    expect(run('Egypt repeated its firm rejection of involvement in the border raids.').attributions).toEqual([
      { actor: 'Egypt', action: 'rejects involvement in', target_or_event: 'border raids', according_to: 'Daily Ledger' },
    ]);
    expect(atts("Coastal Agency's denial of the bombing came late.")).toEqual([['Coastal Agency', 'denies', 'bombing came late']]);
    expect(atts('The denial of the bombing came late.')).toEqual([]);
  });

  it('the accused is the actor of the alleged act, which the action names', () => {
    expect(atts('The council accused Coastal Agency of shelling villages in the north.')).toEqual([['Coastal Agency', 'accused of shelling', 'villages in the north']]);
  });

  it('sanctions against', () => {
    expect(atts('Coastal Agency imposed sanctions against Omar Kestrel.')).toEqual([['Coastal Agency', 'imposed sanctions against', 'Omar Kestrel']]);
  });
});

describe('events claimed and carried out', () => {
  it('the examples an event phrase lists, each without its leading date', () => {
    expect(atts('Coastal Agency orchestrated attacks like the 2009 harbour bombing and the 2012 raid on the Oslo ferry.')).toEqual([
      ['Coastal Agency', 'orchestrated', 'harbour bombing'],
      ['Coastal Agency', 'orchestrated', 'raid on the Oslo ferry'],
    ]);
    expect(atts('Northern Brigade carried out the March 3, 2011 attack on the ferry.')).toEqual([['Northern Brigade', 'carried out', 'attack on the ferry']]);
  });

  it('an admission or a claim of having committed an attack is a claim of responsibility', () => {
    expect(atts('In an interview, Omar Kestrel admitted planning the ferry bombing.')).toEqual([['Omar Kestrel', 'admitted planning', 'ferry bombing']]);
    expect(atts('In 2019, Northern Brigade claimed it had committed two attacks near the port.')).toEqual([['Northern Brigade', 'claimed it had committed', 'two attacks near the port (2019)']]);
    expect(atts('Omar Kestrel admitted that the ferry was late.')).toEqual([]);
  });
});

describe('roles, control and wings', () => {
  it('a person\'s role in a group, in apposition, after a copula, or named after the role', () => {
    expect(atts('Omar Kestrel, a senior leader of Northern Brigade, fled.')).toEqual([['Omar Kestrel', 'is a senior leader of', 'Northern Brigade']]);
    expect(atts('Police sought Omar Kestrel, one of Northern Brigade’s key commanders.')).toContainEqual(['Omar Kestrel', 'is one of key commanders of', 'Northern Brigade']);
    expect(atts('A Northern Brigade member named Lina Farouk was held.')).toEqual([['Lina Farouk', 'is a member of', 'Northern Brigade']]);
    expect(atts('Lina Farouk is a member of the River Council.')).toEqual([['Lina Farouk', 'is a member of', 'River Council']]);
  });

  it('no role without a named person and a named group', () => {
    expect(atts('Its leader, Omar Kestrel, spoke.')).toEqual([]);
    expect(atts('Six leaders of Northern Brigade were held.')).toEqual([]);
    expect(atts('World leaders met in Egypt.')).toEqual([]);
    expect(atts('The leader of Northern Brigade, Egypt said, is ill.')).toEqual([]);
  });

  it('control taken and come under; a wing after a copula keeps its words', () => {
    expect(atts('Valley Front soon came under the control of River Council.')).toEqual([['River Council', 'took control of', 'Valley Front']]);
    // (an aim, read as one since attr6: the action keeps "sought to")
    expect(atts('Egypt has sought to take control of Valley Front.')).toEqual([['Egypt', 'sought to take control of', 'Valley Front']]);
    expect(atts('Valley Front grew. It is considered the armed wing of River Council.')).toEqual([['Valley Front', 'is considered the armed wing of', 'River Council']]);
  });
});

describe('ties, allegiance, aliases listed with their group', () => {
  it('ties and fighting, with the main clause\'s pronoun after a fronted phrase', () => {
    expect(atts('Northern Brigade is a militia. In later years, it was suspected of forging ties with Valley Front.')).toEqual([['Northern Brigade', 'suspected of forging ties with', 'Valley Front']]); // (the suspicion kept, as holdout's gold writes it: attr2)
    expect(atts('Omar Kestrel maintains close ties to River Council.')).toEqual([['Omar Kestrel', 'maintains close ties to', 'River Council']]);
    expect(atts('Northern Brigade is a militia. Allegiant to River Council since 2012, it has grown.')).toEqual([['Northern Brigade', 'Allegiant to', 'River Council']]);
  });

  it('"X and its alias, Y": both designated, Y an alias of X; "is designating" is no passive', () => {
    expect(atts('Today, the Coastal Agency is designating Northern Brigade and its alias, The Valley Front, as a terrorist group.')).toEqual([
      ['Coastal Agency', 'designating', 'Northern Brigade'],
      ['Coastal Agency', 'designating', 'Valley Front'],
      ['Valley Front', 'is an alias of', 'Northern Brigade'],
    ]);
  });
});

describe('subjects and events resolved from the clause and the page', () => {
  it('a fronted adverbial\'s parties are not the subject', () => {
    expect(atts('As part of its push against groups operating from Egypt, the Coastal Agency announced sanctions targeting Northern Brigade.')).toEqual([
      ['Coastal Agency', 'targeting', 'Northern Brigade'],
    ]);
  });

  it('"he" is the last person found as a subject; coordinated verbs and "believed to be" are skipped', () => {
    const text = 'Omar Kestrel admitted planning the ferry bombing on Mayor Lina Farouk. He has coordinated and participated in raids against Valley Front in Norway. He is believed to be located in Norway.';
    expect(atts(text)).toEqual([
      ['Omar Kestrel', 'admitted planning', 'ferry bombing on Lina Farouk'],
      ['Omar Kestrel', 'participated in', 'raids against Valley Front in Norway'],
      ['Omar Kestrel', 'is located in', 'Norway'],
    ]);
  });

  it('"the attack" on a page about one attack is the attack its heading names; a route ends an event phrase', () => {
    expect(atts('2011 Lakeside attack\n\nThe responsibility for the attack was claimed by the Islamist group Northern Brigade.')).toEqual([['Northern Brigade', 'claimed responsibility for', '2011 Lakeside attack']]);
    expect(atts('Valley Front\n\nThe responsibility for the attack was claimed by Northern Brigade.')).toEqual([['Northern Brigade', 'claimed responsibility for', 'attack']]);
    expect(atts('Northern Brigade claimed responsibility for the hijacking of a train traveling from Oslo to Bergen.')).toEqual([['Northern Brigade', 'claimed responsibility for', 'hijacking of a train']]);
  });
});

describe('the date of a claim', () => {
  it('is the sentence\'s date nearest before the verb', () => {
    expect(atts('In 2011, Northern Brigade carried out raids in Egypt, and in 2012, Valley Front claimed responsibility for an attack on a convoy.')).toEqual([
      ['Northern Brigade', 'carried out', 'raids in Egypt (2011)'],
      ['Valley Front', 'claimed responsibility for', 'attack on a convoy (2012)'],
    ]);
  });
});

describe('formed as part of', () => {
  it('a fronted participle: the subject after its comma', () => {
    expect(atts('Formed in the late 1990s as part of River Council, Valley Front grew fast.')).toEqual([['Valley Front', 'Formed in the late 1990s as part of', 'River Council']]);
  });
});
