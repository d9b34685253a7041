// Organisations named in unseen text (branch orgs3): acronyms typed as bodies by what the text says they have
// or do, joined to a body's full name by apposition or initials, and typed alike across the document; infobox
// values of the suspects/accused fields, split at footnote marks, and a name the infobox writes twice.
// Sentences from the retired evaluation sets (eval/holdout, holdout2–holdout5), with exact spans.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const x = (text: string) => extract(text, { gazetteer: [] });
/** The organisation mentions as [text, start, end, canonical]. */
const orgs = (text: string) => x(text).mentions.filter((m) => m.type === 'organization').map((m) => [m.text, m.start, m.end, m.canonical]);
const at = (text: string, s: string, from = 0) => text.indexOf(s, from);

describe('an acronym is a body by what the text says it has or does', () => {
  it('its people after it, across a line break ("ATF members")', () => {
    const s = 'Colombian authorities and investigators, with the aid of ATF\nmembers from the U.S., inspected the scene.';
    expect(orgs(s)).toContainEqual(['ATF', at(s, 'ATF'), at(s, 'ATF') + 3, 'ATF']);
  });
  it('its voice after a demonym ("The Afghan NSC said")', () => {
    const s = 'The Afghan NSC said Pakistan has not abided by its commitment to fight terrorism.';
    expect(orgs(s)).toEqual([['NSC', 11, 14, 'NSC']]);
  });
  it('"a member of the YPG", and the YPG everywhere else in the document', () => {
    const s = 'He said the Syrian man was a member of the YPG, the armed faction of a Syrian Kurdish rebel group. Ankara considers both the YPG and the PKK to be terrorist organizations.';
    const y = orgs(s).filter((m) => m[0] === 'YPG');
    expect(y).toEqual([
      ['YPG', at(s, 'YPG'), at(s, 'YPG') + 3, 'YPG'],
      ['YPG', at(s, 'YPG', at(s, 'YPG') + 1), at(s, 'YPG', at(s, 'YPG') + 1) + 3, 'YPG'],
    ]);
  });
  it('no acronym in a line of capitals, nor one with nothing said of it', () => {
    expect(orgs('BREAKING NEWS FROM THE CITY')).toEqual([]);
    expect(orgs('The bomb was an IED hidden in a car.')).toEqual([]);
    // (nor an office's acronym: "the PM" is a person's post)
    expect(orgs("The PM said the PM's spokesman would brief members of the MNA committee.")).toEqual([]);
  });
});

describe('an acronym joined to the body it stands for', () => {
  it('in apposition, then alone ("Russia\'s Federal Security Service, the FSB")', () => {
    const s = "One of the metro stations bombed was just meters away from the headquarters of Russia's Federal Security Service, the FSB. The bombings killed 39 people.";
    expect(orgs(s)).toEqual([
      ['Federal Security Service', at(s, 'Federal'), at(s, 'Federal') + 24, 'Federal Security Service'],
      ['FSB', at(s, 'FSB'), at(s, 'FSB') + 3, 'Federal Security Service'],
    ]);
  });
  it('after "also known as", and its possessive later ("RIM’s leaders")', () => {
    const s = 'Today, the State Department is designating the Russian Imperial Movement – also known as RIM – as a Specially Designated Global Terrorist. We’re also designating three of RIM’s leaders as SDGTs.';
    const r = orgs(s).filter((m) => m[0] === 'RIM');
    expect(r).toEqual([
      ['RIM', at(s, 'RIM'), at(s, 'RIM') + 3, 'Russian Imperial Movement'],
      ['RIM', at(s, 'RIM’s'), at(s, 'RIM’s') + 3, 'Russian Imperial Movement'],
    ]);
  });
  it('by the initials of a body named elsewhere in the document ("the JI")', () => {
    const s = 'Officials said the Jemaah Islamiah network planned the attacks. A Muslim cleric in Indonesia has been alleged to be the leader of the JI.';
    const ji = orgs(s).find((m) => m[0] === 'JI');
    expect(ji).toEqual(['JI', at(s, 'JI.'), at(s, 'JI.') + 2, 'Jemaah Islamiyah']);
  });
});

describe('infobox values', () => {
  it('a value glued to a "Suspects" label', () => {
    const s = 'Chibok schoolgirls kidnapping\nOutcome276 female students abducted by Boko Haram\nSuspectsBoko Haram\n\nOn the night of 14–15 April 2014, 276 students were kidnapped.';
    expect(orgs(s).filter((m) => m[1] === at(s, 'Boko Haram\n\n'))).toEqual([['Boko Haram', at(s, 'Boko Haram\n\n'), at(s, 'Boko Haram\n\n') + 10, 'Boko Haram']]);
  });
  it('"Accused" items split at footnote marks', () => {
    const s = 'Weapons | Bombs |\nAccused | Lashkar-e-Taiba[1][2] Abhinav Bharat[3] |\nThe 2007 Samjhauta Express bombing was a terrorist attack.';
    const p = at(s, 'Abhinav');
    expect(orgs(s)).toContainEqual(['Abhinav Bharat', p, p + 14, 'Abhinav Bharat']);
    expect(x(s).places).not.toContain('Bharat');
  });
  it('a name written twice (a flag icon\'s title and the link) is the name once', () => {
    const s = 'Deaths34 (including suicide bomber)[1][2]\nPerpetratorsIslamic State Islamic State\n\nThe Suruç bombing was a suicide bombing.';
    const p = at(s, 'Islamic State');
    expect(orgs(s)).toContainEqual(['Islamic State', p, p + 13, 'Islamic State']);
    expect(x(s).places.some((n) => n.startsWith('Perpetrators'))).toBe(false);
  });
});
