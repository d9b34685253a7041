// The general relation extractor (relations.ts): two named parties of one clause joined by the text's own
// verb phrase. Sentences written for these tests (not taken from the eval sets).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';

const gazetteer = [
  entry('Northern Brigade', 'organization'),
  entry('Valley Front', 'organization'),
  entry('River Council', 'organization'),
  entry('Coastal Agency', 'organization'),
  entry('NB', 'organization', 'Northern Brigade'),
  entry('Omar Kestrel', 'person'),
  entry('Lina Farouk', 'person'),
  entry('Norland', 'place'),
  entry('Estmark', 'place'),
];
const run = (text: string) => extract(text, { gazetteer, publisher: 'Daily Ledger' });
const rels = (text: string) => run(text).claims.filter((c) => c.predicate === 'associated_with').map((c) => [c.subject.name, c.action, 'name' in c.object ? c.object.name : c.object.literal]);

describe('a clause subject, its verb phrase and the next party', () => {
  it('a finite verb with its words up to the party', () => {
    expect(rels('Valley Front draws ideological guidance from Northern Brigade.')).toEqual([['Valley Front', 'draws ideological guidance from', 'Northern Brigade']]);
    expect(rels('Valley Front aims to topple the government of Norland.')).toEqual([['Valley Front', 'aims to topple the government of', 'Norland']]);
    expect(rels('Omar Kestrel fought alongside River Council in the north.')).toEqual([['Omar Kestrel', 'fought alongside', 'River Council']]);
  });

  it('a copula relation ends in a preposition; an equation is none', () => {
    expect(rels('Valley Front is a rival of Northern Brigade.')).toEqual([['Valley Front', 'is a rival of', 'Northern Brigade']]);
    expect(rels('Valley Front is Northern Brigade under another name.')).toEqual([]);
    expect(rels('Valley Front is in Norland.')).toEqual([]);
  });

  it('the passive gives the agent as actor, also where the agent qualifies a noun', () => {
    expect(rels('Valley Front was praised by Omar Kestrel in 2001.')).toEqual([['Omar Kestrel', 'praised', 'Valley Front']]);
    // (a killing by a state's drone strike is read by the rules: test/extract.attributions.relation-kinds.test.ts)
    expect(rels('Lina Farouk was honoured by a Norland court in 2019.')).toEqual([['Norland', 'honoured', 'Lina Farouk']]);
  });

  it('a second clause after a clause word has its own subject; a second verb phrase keeps the subject', () => {
    expect(rels('Valley Front draws guidance from Northern Brigade while Northern Brigade relies on Valley Front for shelter.')).toEqual([
      ['Valley Front', 'draws guidance from', 'Northern Brigade'],
      ['Northern Brigade', 'relies on', 'Valley Front'],
    ]);
    expect(rels('Valley Front trains with Northern Brigade and recruits from Coastal Agency.')).toEqual([
      ['Valley Front', 'trains with', 'Northern Brigade'],
      ['Valley Front', 'recruits from', 'Coastal Agency'],
    ]);
  });

  it('a party after "and" with a verb after it opens a clause of its own', () => {
    expect(rels('Valley Front courted Norland on Monday, and Northern Brigade lobbied Estmark.')).toEqual([
      ['Valley Front', 'courted', 'Norland'],
      ['Northern Brigade', 'lobbied', 'Estmark'],
    ]);
    expect(rels('Valley Front courted Norland and Northern Brigade lobbied Estmark.')).toEqual([
      ['Valley Front', 'courted', 'Norland'],
      ['Northern Brigade', 'lobbied', 'Estmark'],
    ]);
  });

  it('coordinated subjects and listed objects', () => {
    expect(rels('Valley Front and River Council competed against Northern Brigade.')).toEqual([
      ['Valley Front', 'competed against', 'Northern Brigade'],
      ['River Council', 'competed against', 'Northern Brigade'],
    ]);
    expect(rels('Valley Front competed against Northern Brigade and River Council.')).toEqual([
      ['Valley Front', 'competed against', 'Northern Brigade'],
      ['Valley Front', 'competed against', 'River Council'],
    ]);
  });

  it('two coordinated subjects of a relation both ways relate to each other', () => {
    expect(rels('Valley Front and Northern Brigade have a close relationship.')).toEqual([['Valley Front', 'have a close relationship', 'Northern Brigade']]);
    expect(rels('Valley Front and Northern Brigade condemned the attack.')).toEqual([]);
  });

  it('a denial keeps its negation; a hedge is marked', () => {
    const c = run('Valley Front has never trusted Coastal Agency.').claims.find((x) => x.predicate === 'associated_with')!;
    expect([c.action, c.negated]).toEqual(['has never trusted', true]);
    const h = run('Valley Front reportedly admires Coastal Agency.').claims.find((x) => x.predicate === 'associated_with')!;
    expect([h.action, h.hedged]).toEqual(['reportedly admires', true]);
  });

  it('a verb of refusal marks the relation negated; the date before the verb is its date', () => {
    const c = run('Valley Front refused to recognise Northern Brigade.').claims.find((x) => x.predicate === 'associated_with')!;
    expect([c.action, c.negated]).toEqual(['refused to recognise', true]);
    const d = extract('In March 2019, Valley Front courted Northern Brigade.', { gazetteer, publisher: 'Daily Ledger', published: '2024-05-01' }).claims.find((x) => x.predicate === 'associated_with')!;
    expect([d.action, d.when?.start]).toEqual(['courted', '2019-03']);
    expect(run('Valley Front courted Northern Brigade.').claims.find((x) => x.predicate === 'associated_with')!.when).toBeNull();
  });

  it('the head of a possessive or a title is the subject', () => {
    expect(rels("Norland's Coastal Agency supports Valley Front.")).toEqual([['Coastal Agency', 'supports', 'Valley Front']]);
    expect(rels("Valley Front's goals include toppling the government of Norland.")).toEqual([['Valley Front', 'goals include toppling the government of', 'Norland']]);
  });

  it('a speech verb opens the clause it reports, and names the claimant', () => {
    const x = run('Omar Kestrel said Valley Front buys weapons from Coastal Agency.');
    expect(x.attributions.filter((a) => a.actor === 'Valley Front')).toEqual([{ actor: 'Valley Front', action: 'buys weapons from', target_or_event: 'Coastal Agency', according_to: 'Omar Kestrel' }]);
    expect(x.attributions.filter((a) => a.actor === 'Omar Kestrel')).toEqual([]);
  });

  it('a party after a comma with a verb of speech after it is the speaker, not a listed object', () => {
    expect(rels('Valley Front competed against Northern Brigade, River Council said.')).toEqual([['Valley Front', 'competed against', 'Northern Brigade']]);
    expect(rels('Valley Front competed against Northern Brigade, River Council reportedly said.')).toEqual([['Valley Front', 'competed against', 'Northern Brigade']]);
  });
});

describe('an apposition with a participle', () => {
  it('relates the party it describes to the party after its preposition', () => {
    expect(rels('Omar Kestrel, a cleric formerly affiliated with Valley Front, was arrested.')).toEqual([['Omar Kestrel', 'formerly affiliated with', 'Valley Front']]);
    expect(rels('Valley Front (VF), a militant group aligned with Northern Brigade, grew.')).toEqual([['Valley Front', 'aligned with', 'Northern Brigade']]);
  });

  it('not a place described, not an agent after "by", not where the apposition goes on past the party', () => {
    expect(rels('Norland, a town located near Estmark, was shelled.')).toEqual([]);
    expect(rels('Omar Kestrel, a cleric praised by Valley Front, was arrested.')).toEqual([]);
    expect(rels('Omar Kestrel, a cleric affiliated with Valley Front fighters, was arrested.')).toEqual([]);
  });
});

describe('what is not a relation', () => {
  it('a party inside a prepositional phrase or a fronted adverbial is no subject', () => {
    expect(rels('In Norland, Valley Front recruits from Coastal Agency.')).toEqual([['Valley Front', 'recruits from', 'Coastal Agency']]);
    expect(rels('Fighters from Norland joined Valley Front.')).toEqual([]);
  });

  it('no relation across a clause boundary, a dash or a line', () => {
    expect(rels('Valley Front grew; Northern Brigade shrank.')).toEqual([]);
    expect(rels('Valley Front, which Omar Kestrel leads, attacked Norland.')).toEqual([]);
    expect(rels('Valley Front played a double game — taking money from Coastal Agency.')).toEqual([]);
    expect(rels('Valley Front grew but Northern Brigade shrank.')).toEqual([]);
  });

  it('a list, a speech verb or the same party twice is no relation', () => {
    expect(rels('Valley Front, Northern Brigade and River Council met.')).toEqual([]);
    expect(rels('Omar Kestrel told Lina Farouk nothing.')).toEqual([]);
    expect(rels('Northern Brigade, also called NB, recruits from NB.')).toEqual([]);
  });

  it('a verb phrase longer than eight words, or with a capitalised word, is none', () => {
    expect(rels('Valley Front has over the long and difficult years of the war slowly come to rely on Northern Brigade.')).toEqual([]);
    expect(rels('Valley Front signed the Harbour Accord with Northern Brigade.')).toEqual([]);
  });

  it('where a party is or acts, with no act named, is no attribution; an act named in a place is one', () => {
    expect(rels('Valley Front fought in Estmark.')).toEqual([]);
    expect(rels('Valley Front is active in Estmark.')).toEqual([]);
    expect(rels('Valley Front recruits from Estmark.')).toEqual([]);
    expect(rels('Valley Front staged raids in Estmark.')).toEqual([['Valley Front', 'staged raids in', 'Estmark']]);
  });

  it('an -ing verb after "those" or "people" is their act, not the subject\'s', () => {
    expect(rels('Norland will prosecute those providing support to Valley Front.')).toEqual([]);
    expect(rels('Norland will punish people sending money to Valley Front.')).toEqual([]);
    expect(rels('Northern Brigade praised the bombing of Coastal Agency.')).toEqual([['Northern Brigade', 'praised the bombing of', 'Coastal Agency']]);
  });

  it('a party that qualifies a noun is no object; a noun phrase before a verb is no clause', () => {
    expect(rels('Valley Front rejected Norland aid.')).toEqual([]);
    expect(rels('Valley Front denounced Norland-backed militias.')).toEqual([]);
    expect(rels('Valley Front fighters in Norland were arrested.')).toEqual([]);
    expect(rels('Norland-backed fighters raided Estmark.')).toEqual([]);
  });

  it('where a person was or held office is no attribution', () => {
    expect(rels('Omar Kestrel held a position of great influence in Norland.')).toEqual([]);
    // (an organisation's position in a place is placed too since branch attr12: a verb's object before a preposition of
    // place; a copula's phrase still relates)
    expect(rels('Valley Front holds a position of great influence in Norland.')).toEqual([]);
    expect(rels('Valley Front is a force of great influence in Norland.')).toEqual([['Valley Front', 'is a force of great influence in', 'Norland']]);
  });

  it('a plural noun before "of" or "in" is a noun phrase; a finite verb past the verb group opens another clause', () => {
    expect(rels('Valley Front affiliates in Norland call for war.')).toEqual([]);
    expect(rels('Valley Front members of the River Council spoke.')).toEqual([]);
    expect(rels('Valley Front and Northern Brigade were enemies before foreign troops left Norland.')).toEqual([]);
    expect(rels('Valley Front launched raids after Northern Brigade shelled the town.')).toEqual([]);
    expect(rels('Valley Front is believed to be active in Norland.')).toEqual([['Valley Front', 'is believed to be active in', 'Norland']]);
  });

  it('a title before the object is not part of the verb phrase; a demonym may stand inside it', () => {
    expect(rels('Valley Front wrote to Deputy Minister Omar Kestrel.')).toEqual([['Valley Front', 'wrote to', 'Omar Kestrel']]);
    expect(rels('Valley Front courted Egyptian diplomats near Norland.')).toEqual([['Valley Front', 'courted Egyptian diplomats near', 'Norland']]);
    expect(rels('Valley Front courted Northern Brigade Headquarters staff.')).toEqual([]);
  });

  it('a pair the rules relate in the sentence is left to them', () => {
    const x = run('Valley Front claimed responsibility for the bombing in Norland.');
    expect(x.claims.filter((c) => c.predicate === 'associated_with')).toEqual([]);
  });
});
