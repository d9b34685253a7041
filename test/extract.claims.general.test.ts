// Attribution rules that generalise over unseen articles: who the actor is, aliases, lists, event phrases.
// Sentences written for these tests (not taken from the eval sets); each rule also has what it must not extract.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const gazetteer = [
  entry('Northern Brigade', 'organization'),
  entry('NB', 'organization', 'Northern Brigade'),
  entry('Valley Front', 'organization'),
  entry('Coastal Agency', 'organization'),
  entry('River Council', 'organization'),
  entry('Ministry of Interior', 'organization'),
  entry('Omar Kestrel', 'person'),
  entry('Lina Farouk', 'person'),
  entry('Sami Dunn', 'person'),
  entry('Egypt', 'place'),
  entry('Norway', 'place'),
  entry('Kharan', 'place'),
];
const run = (text: string) => extract(text, { gazetteer, publisher: 'Daily Ledger' });
const atts = (text: string) => run(text).attributions.map(triple);

describe('the actor of a designation', () => {
  it('a named official who designates is the actor, not the document\'s government body', () => {
    const text = 'The Ministry of Interior issued a statement. Interior Minister Lina Farouk designated Valley Front as a terrorist group.';
    expect(atts(text)).toContainEqual(['Lina Farouk', 'designated', 'Valley Front']);
    expect(atts(text).filter((a) => a[2] === 'Valley Front').map((a) => a[0])).toEqual(['Lina Farouk']);
  });
});

describe('aliases: "also known as"', () => {
  it('each group named after "also known as" is an alias of the group before', () => {
    expect(atts('Northern Brigade, also known as Valley Front, operates in Kharan.')).toContainEqual(['Valley Front', 'is an alias of', 'Northern Brigade']);
    const two = atts('Northern Brigade, also known as Valley Front, and locally as River Council, operates in Kharan.');
    expect(two).toContainEqual(['Valley Front', 'is an alias of', 'Northern Brigade']);
    expect(two).toContainEqual(['River Council', 'is an alias of', 'Northern Brigade']);
  });
  it('"the group, known as X" names the group the text is about', () => {
    expect(atts('Egypt banned Northern Brigade in May. The ministry named the group, known as Valley Front, in its list.')).toContainEqual(['Valley Front', 'is an alias of', 'Northern Brigade']);
  });
  it('no alias from a place, a person, a name of the same group, or a group not right before', () => {
    expect(atts('The region historically known as Kharan lies in Egypt.')).toEqual([]);
    expect(atts('Omar Kestrel, also known as Sami Dunn, fled to Norway.')).toEqual([]);
    expect(atts('Northern Brigade, also known as NB, operates in Kharan.')).toEqual([]);
    expect(atts('Northern Brigade fought in Kharan, an area known as Valley Front country.')).toEqual([]);
  });
});

describe('event phrases end where the event\'s noun phrase ends', () => {
  const gz = [...gazetteer, entry('Port Lune', 'place'), entry('Vessa', 'place'), entry('Old Quarter', 'place'), entry('Hana Reyes', 'person')];
  const events = (text: string) => extract(text, { gazetteer: gz, publisher: 'Daily Ledger' }).attributions.map((a) => [a.actor, a.target_or_event]);
  it('a place is named without its description', () => {
    expect(events('Northern Brigade is responsible for the 2012 bombing at the harbour in the southern coastal city of Port Lune, which killed nine people.')).toContainEqual(['Northern Brigade', 'bombing at the harbour in Port Lune']);
  });
  it('a person is named without titles', () => {
    expect(events('Valley Front claimed responsibility for the killing of former Interior Minister Hana Reyes.')).toContainEqual(['Valley Front', 'killing of Hana Reyes']);
    // a capitalised event name before the person is not a title: nothing is cut where no preposition opens the run
    expect(events('Valley Front claimed responsibility for the Hana Reyes ambush.')).toContainEqual(['Valley Front', 'Hana Reyes ambush']);
  });
  it('a place is named without the larger place that owns it, and without closing punctuation', () => {
    expect(events('Northern Brigade claimed responsibility for the grenade attack in Vessa\'s Old Quarter.')).toContainEqual(['Northern Brigade', 'grenade attack in Old Quarter']);
  });
  it('"…, including X and Y": the examples are the events', () => {
    const got = events('Northern Brigade has carried out many attacks on officials, including the 2019 raid on a police post and the 2020 ambush of a convoy near Kharan.');
    expect(got).toContainEqual(['Northern Brigade', 'raid on a police post']);
    expect(got).toContainEqual(['Northern Brigade', 'ambush of a convoy near Kharan']);
    expect(got).not.toContainEqual(['Northern Brigade', expect.stringMatching(/many attacks/)]);
  });
  it('no count before the event\'s noun, no "both" before a pair', () => {
    expect(events('Northern Brigade claimed responsibility for numerous attacks against both Egyptian and Norwegian interests.')).toContainEqual(['Northern Brigade', 'attacks against Egyptian and Norwegian interests']);
    // a phrase that only begins like a quantifier keeps its words
    expect(events('Northern Brigade claimed responsibility for the Manyara bombing.')).toContainEqual(['Northern Brigade', 'Manyara bombing']);
  });
  it('"including in <place>" is no list of events', () => {
    expect(events('Northern Brigade carried out attacks abroad, including in Egypt.').map((e) => e[1])).not.toContain('in Egypt');
  });
});

describe('designations announced as intent, and lists of people', () => {
  it('"I/We intend to designate" in a statement is the issuing body\'s act; each person listed after a group\'s plural role is designated', () => {
    const text = 'The Ministry of Interior will notify parliament of its intent to designate Valley Front as a terrorist group. We also intend to designate two of Valley Front’s leaders, Omar Kestrel and Lina Farouk, as terrorists.';
    const got = atts(text);
    expect(got).toContainEqual(['Ministry of Interior', 'intent to designate', 'Valley Front']);
    expect(got).toContainEqual(['Ministry of Interior', 'intend to designate', 'Omar Kestrel']);
    expect(got).toContainEqual(['Ministry of Interior', 'intend to designate', 'Lina Farouk']);
    expect(got).toContainEqual(['Omar Kestrel', 'is a leader of', 'Valley Front']);
    expect(got).toContainEqual(['Lina Farouk', 'is a leader of', 'Valley Front']);
    // the group qualifies the people: it is not designated by the second sentence, nor is it a listed person
    expect(got.filter((a) => a[2] === 'Valley Front' && a[0] === 'Ministry of Interior')).toHaveLength(1);
  });
  it('no designation from a call to designate, nor from "I" without an issuing body', () => {
    expect(atts('Egypt urged Norway to designate Valley Front.').filter((a) => /designat/.test(a[1]!))).toEqual([]);
    expect(atts('I intend to designate Valley Front as my favourite band.')).toEqual([]);
  });
  it('a group before a plural noun qualifies the people after it ("former G activists P and Q")', () => {
    const got = atts('Northern Brigade was founded by former Valley Front activists Omar Kestrel and Lina Farouk.');
    expect(got).toContainEqual(['Omar Kestrel', 'founded', 'Northern Brigade']);
    expect(got).toContainEqual(['Lina Farouk', 'founded', 'Northern Brigade']);
    expect(got.map((a) => a[0])).not.toContain('Valley Front');
  });
});

describe('the subject of a clause, when no party stands right before the verb', () => {
  it('a clause opened by "that" after a verb of saying has its own subject', () => {
    expect(atts('The governor of Kharan confirmed that the air force targeted a Valley Front base.')).toEqual([]);
    // the party inside the "that" clause is its subject
    expect(atts('The governor confirmed that Northern Brigade then targeted Valley Front.')).toContainEqual(['Northern Brigade', 'targeted', 'Valley Front']);
  });
  it('the object of a preposition is not the subject', () => {
    expect(atts('The militants, with ties to Northern Brigade, carry out attacks, often targeting Valley Front officials.')).toEqual([]);
    // a fronted party that is no preposition's object still is
    expect(atts('Northern Brigade, founded in Kharan, carries out attacks, often targeting Valley Front officials.')).toContainEqual(['Northern Brigade', 'targeting', 'Valley Front']);
  });
});

describe('accusations: the act and the event apart, and the accused\'s rejection', () => {
  it('"accused X of plotting the Y" → X is accused of plotting, the event is Y; "…, charges X rejects" is X\'s denial', () => {
    const got = atts('Egypt has accused Northern Brigade of plotting the wave of killings in Kharan, charges the group rejects.');
    // ("the wave of": a quantity, no part of the event's name, as "a wave of" already was)
    expect(got).toContainEqual(['Northern Brigade', 'accused of plotting', 'killings in Kharan']);
    expect(got).toContainEqual(['Northern Brigade', 'rejects charges of plotting', 'killings in Kharan']);
  });
  it('"accused X of being directly involved in Monday\'s attack" → the event without its day', () => {
    expect(atts('Officials accused Valley Front of being directly involved in Monday\'s attack on the harbour.')).toContainEqual(['Valley Front', 'accused of being directly involved in', 'attack on the harbour']);
  });
  it('no denial where nobody rejects the charges; an act with no event after it keeps its words', () => {
    const got = atts('Egypt has accused Northern Brigade of plotting the wave of killings in Kharan, charges that officials repeated on Monday.');
    expect(got.filter((a) => /reject|den/.test(a[1]!))).toEqual([]);
    expect(atts('Norway accused Valley Front of increasing shelling along the border.')).toContainEqual(['Valley Front', 'accused of increasing', 'shelling along the border']);
    expect(atts('Norway accused Valley Front of spying.')).toContainEqual(['Valley Front', 'accused of spying', 'spying']);
  });
});

describe('the event a page is about', () => {
  it('"the attack in …" on a page headed by an event is that event; "Accused" in its infobox accuses of it', () => {
    const text = ['= 2031 Kharan market bombing =', '', 'Accused | Valley Front |', '', 'On 3 May 2031 two bombs exploded in a market in Kharan. Northern Brigade claimed responsibility for the attack in the crowded market.'].join('\n');
    const got = atts(text);
    expect(got).toContainEqual(['Northern Brigade', 'claimed responsibility for', '2031 Kharan market bombing']);
    expect(got).toContainEqual(['Valley Front', 'accused of', '2031 Kharan market bombing']);
  });
  it('a page not headed by an event keeps the phrase, and its "Accused" field gives nothing', () => {
    const text = ['Northern Brigade', '', 'Accused | Valley Front |', '', 'Northern Brigade claimed responsibility for the attack in the crowded market.'].join('\n');
    const got = atts(text);
    expect(got).toContainEqual(['Northern Brigade', 'claimed responsibility for', 'attack in the crowded market']);
    expect(got.filter((a) => a[1] === 'accused of')).toEqual([]);
  });
  it('an event named by its own words is not replaced by the page\'s', () => {
    const text = ['= 2031 Kharan market bombing =', '', 'In 2029, Northern Brigade claimed responsibility for a raid on a police post.'].join('\n');
    expect(atts(text)).toContainEqual(['Northern Brigade', 'claimed responsibility for', 'raid on a police post (2029)']);
  });
});

describe('a verb in -ing whose subject is no party', () => {
  it('"those providing support to X" and "officials say designating X" name no actor', () => {
    expect(atts('Egypt will prosecute those providing material support to Valley Front.')).toEqual([]);
    expect(atts('Norway’s officials say designating Valley Front will cut its funds.')).toEqual([]);
  });
  it('a party right before the verb still acts', () => {
    expect(atts('Egypt is providing material support to Valley Front.')).toContainEqual(['Egypt', 'providing material support to', 'Valley Front']);
  });
});

describe('states as actors', () => {
  it('"the Egyptian and Kenyan governments condemned the attack": each state condemns', () => {
    const got = atts('Both the Egyptian and Kenyan governments condemned the attack on the ferry.');
    expect(got).toContainEqual(['Egypt', 'condemned', 'attack on the ferry']);
    expect(got).toContainEqual(['Kenya', 'condemned', 'attack on the ferry']);
  });
  it('a state named as subject condemns; a demonym not before "government(s)", "authorities" or "officials" names no state', () => {
    expect(atts('Egypt condemned the attack on the ferry.')).toContainEqual(['Egypt', 'condemned', 'attack on the ferry']);
    expect(atts('Many Egyptian citizens condemned the attack on the ferry.')).toEqual([]);
  });
  it('a headline\'s capitalised words are no rule match', () => {
    expect(atts('Kharan Man Charged with Providing Material Support to Valley Front')).toEqual([]);
  });
});

describe('denials of a part in an event', () => {
  it('"is denying it played a role in X", "denied the government was involved in X or Y": denials of each event', () => {
    expect(atts('Egypt’s government is denying it played a role in Monday’s bombing of the ferry.')).toContainEqual(['Egypt', 'denies playing a role in', 'bombing of the ferry']);
    const got = atts('Egyptian officials have strongly denied the government was involved in the ferry bombing or the market attack.');
    expect(got).toContainEqual(['Egypt', 'denies involvement in', 'ferry bombing']);
    expect(got).toContainEqual(['Egypt', 'denies involvement in', 'market attack']);
  });
  it('a denial of a party is still a denial of that party; "to deny X" is none', () => {
    expect(atts('Egypt denied any links with Valley Front.').filter((a) => a[2] !== 'Valley Front')).toEqual([]);
    expect(atts('The wall was built to deny Valley Front a route into Kharan.')).toEqual([]);
  });
});

describe('"has been linked to" a list of events', () => {
  it('each event listed, its closing date written as "(year)"', () => {
    const got = atts('Northern Brigade has also been linked to the harbour attack in 1998, the abduction of Omar Kestrel in 2002, and the attack on a police convoy in Kharan in 2009.');
    expect(got).toContainEqual(['Northern Brigade', 'linked to', 'harbour attack (1998)']);
    expect(got).toContainEqual(['Northern Brigade', 'linked to', 'abduction of Omar Kestrel (2002)']);
    expect(got).toContainEqual(['Northern Brigade', 'linked to', 'attack on a police convoy in Kharan (2009)']);
  });
  it('no event from a phrase that names none, nor from a place as subject', () => {
    expect(atts('Northern Brigade has been linked to smuggling networks.')).toEqual([]);
    expect(atts('Kharan has been linked to the harbour attack.')).toEqual([]);
    // a party after "linked to" is still the relation
    expect(atts('Northern Brigade has been linked to Valley Front.')).toContainEqual(['Northern Brigade', 'linked to', 'Valley Front']);
  });
});

describe('"the group" as the clause\'s subject', () => {
  it('"The organisation operates in X and Y and is an offshoot of G": the page\'s group is the offshoot', () => {
    const text = 'Northern Brigade is a militant group. The organisation operates in Egypt and Kharan and is an offshoot of the banned party Valley Front.';
    expect(atts(text)).toContainEqual(['Northern Brigade', 'is an offshoot of', 'Valley Front']);
  });
  it('"the organisation\'s headquarters" is no group as subject', () => {
    const text = 'Northern Brigade is a militant group. The organisation’s headquarters is located in Kharan.';
    expect(atts(text)).toEqual([]);
  });
});

describe('"…, including in X and Y": one attribution per place', () => {
  it('the places where the acts were are the targets', () => {
    const got = atts('Northern Brigade has also carried out attacks abroad, including in Egypt and Norway.');
    expect(got).toContainEqual(['Northern Brigade', 'carried out attacks abroad, including in', 'Egypt']);
    expect(got).toContainEqual(['Northern Brigade', 'carried out attacks abroad, including in', 'Norway']);
    expect(got.map((a) => a[2])).not.toContain('attacks abroad');
  });
  it('without a named place the phrase stays the event', () => {
    expect(atts('Northern Brigade has also carried out attacks abroad, including in remote villages.')).toContainEqual(['Northern Brigade', 'carried out', 'attacks abroad']);
  });
});

describe('an event carried out "by" a group (passive)', () => {
  it('"officials concluded that the attack was carried out by the armed wing of G, H": H, in apposition, perpetrated the event', () => {
    const text = ['= 2031 Kharan market bombing =', '', 'Officials concluded that the attack was carried out by the armed wing of Northern Brigade, Valley Front.'].join('\n');
    const got = atts(text);
    expect(got).toContainEqual(['Valley Front', 'carried out', '2031 Kharan market bombing']);
    expect(got.map((a) => a[0])).not.toContain('Northern Brigade');
  });
  it('a list of doers each perpetrated it; no event, no attribution', () => {
    const got = atts('The raid on the depot was conducted by Northern Brigade and Valley Front.');
    expect(got).toContainEqual(['Northern Brigade', 'conducted', 'raid on the depot']);
    expect(got).toContainEqual(['Valley Front', 'conducted', 'raid on the depot']);
    expect(atts('The survey was conducted by Northern Brigade.')).toEqual([]);
  });
});

describe('an event noun alone names no event', () => {
  it('"condemned the strikes" on a page about no event: a claim, no attribution; a retraction still finds the claim', () => {
    const x = run('Egypt condemned the strikes as an outrage.');
    expect(x.attributions).toEqual([]);
    expect(x.claims.map((c) => c.predicate)).toContain('condemned');
    const r = atts('Northern Brigade claimed responsibility for the attack. Two days later, they retracted their claim of responsibility.');
    expect(r.filter((a) => a[1] === 'claimed responsibility for')).toEqual([]);
    expect(r.map((a) => a[1])).toContain('retracted its claim of responsibility');
  });
  it('a named event is attributed', () => {
    expect(atts('Egypt condemned the strikes on Kharan.')).toContainEqual(['Egypt', 'condemned', 'strikes on Kharan']);
  });
});

describe('support received', () => {
  it('keeps a negation before the verb: the claim is negated and the action says so', () => {
    const x = run('Valley Front has never received money from Coastal Agency.');
    expect(x.claims.filter((c) => c.predicate === 'funded_by' || c.predicate === 'supported_by').map((c) => c.negated)).toEqual([true]);
    expect(x.attributions).toContainEqual(expect.objectContaining({ actor: 'Coastal Agency', action: 'never received money from', target_or_event: 'Valley Front' }));
  });
  it('support stated plainly is not negated', () => {
    const x = run('Valley Front received money from Coastal Agency.');
    expect(x.claims.filter((c) => c.predicate === 'funded_by' || c.predicate === 'supported_by').map((c) => c.negated)).toEqual([false]);
  });
});

describe('"the group" in a paragraph a group opens', () => {
  it('stands for the group the paragraph opens with; elsewhere for the group the text is about', () => {
    const text = 'Northern Brigade is active in Kharan.\n\nValley Front, also known as the Dune Men, operates in Egypt. The group pledged allegiance to River Council in 2019.\n\nIn Norway, the group pledged allegiance to Coastal Agency.';
    const got = atts(text).filter((a) => /allegiance/.test(a[1]!));
    expect(got).toContainEqual(['Valley Front', 'pledged allegiance to', 'River Council']);
    expect(got).toContainEqual(['Northern Brigade', 'pledged allegiance to', 'Coastal Agency']);
  });
});

describe('an event phrase is a noun phrase', () => {
  it('a manner adverbial between the verb and its object is no part of the event', () => {
    const got = atts('Norway condemned in the strongest terms the suicide attack on the market in Kharan.');
    expect(got).toContainEqual(['Norway', 'condemned', 'suicide attack on the market in Kharan']);
    expect(got.filter((a) => /terms/.test(a[2]!))).toEqual([]);
  });
  it('no event from a clause that goes on past the verb with a comma, nor from a prepositional adjunct', () => {
    expect(atts('At the time it was carried out, the Kharan valley was calm. Valley Front carried out, in the end, nothing.').filter((a) => a[1] === 'carried out')).toEqual([]);
    expect(atts('Valley Front carried out in the night.').filter((a) => a[0] === 'Valley Front')).toEqual([]);
  });
  it('an adjunct after a comma ends the event phrase ("denied involvement in the bombing, in a statement …")', () => {
    const got = atts('Valley Front denied any involvement in the bombing of the Kharan market, in a statement e-mailed to reporters.');
    expect(got.filter((a) => /statement/.test(a[2]!))).toEqual([]);
    expect(got.map((a) => a[2])).toContain('bombing of the Kharan market');
  });
});

describe('"the group" before "responsible for"', () => {
  it('"The group, founded by a former G leader, was responsible for …": the group the paragraph is about, not G', () => {
    const got = atts('Valley Front is a splinter group of the Northern Brigade. The group, founded by a former Northern Brigade leader in 2030, was responsible for the killing of two guards of the U.S. Consulate in Kharan.');
    expect(got).toContainEqual(['Valley Front', 'responsible for', 'killing of two guards of the U.S. Consulate in Kharan (2030)']);
    expect(got.filter((a) => a[0] === 'Northern Brigade' && a[1] === 'responsible for')).toEqual([]);
  });
  it('a group named in the clause before "responsible for" is still its subject', () => {
    const got = atts('Valley Front is a splinter group of the Northern Brigade. Officials said the Northern Brigade was responsible for the bombing in Kharan.');
    expect(got).toContainEqual(['Northern Brigade', 'responsible for', 'bombing in Kharan']);
  });
});

describe('"the movement" and "The Movement for …"', () => {
  it('a capitalised "Movement" opens a name that was not found: no fall-back to the page\'s group', () => {
    const got = atts('Valley Front attacked a convoy. The Movement for the Freedom of the Delta, or MFD, denied any involvement in the attack.');
    expect(got.filter((a) => a[0] === 'Valley Front' && /den/.test(a[1]!))).toEqual([]);
  });
  it('"the movement" in lower case is the page\'s group', () => {
    const got = atts('Valley Front attacked a convoy. The movement, founded in 2030, denied any involvement in the bombing of the Kharan market.');
    expect(got.filter((a) => a[0] === 'Valley Front' && /den/.test(a[1]!)).length).toBe(1);
  });
});
