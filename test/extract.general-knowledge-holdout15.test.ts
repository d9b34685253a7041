// General knowledge from eval/holdout15's fresh errors (read after it was retired at 10:04 on 2026-12-07): sentence
// adverbs are no names, a region's adjective is no person or place, a vessel's name is no person, a sect's
// adjective names no place, a faith's buildings and a city's neighbourhoods are places, a body's name may hold
// a title's word or a head word and "for", a broadcaster's bureau is the broadcaster's, "used to be called" gives
// a former name, "Washington"/"Georgia" after an American city are the states, US federal agencies are known, a
// battle's name holds its place.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });
const names = (text: string) => {
  const x = run(text);
  return { organisations: x.organisations, people: x.people, places: x.places };
};

describe('general knowledge from holdout15', () => {
  it('a sentence adverb before a comma names nothing', () => {
    for (const w of ['Earlier', 'Later', 'Previously', 'Subsequently', 'Separately', 'Elsewhere', 'Afterwards']) {
      expect(names(`${w}, the movement said it had planted the device.`)).toEqual({ organisations: [], people: [], places: [] });
    }
    expect(run('Earlier, Madrid-based papers reported the arrests.').places).toEqual(['Madrid']);
  });
  it('a region adjective ending in a demonym or adjective is no person and no place', () => {
    expect(names('Militants from Tajikistan and other Central Asian states crossed over.')).toEqual({ organisations: [], people: [], places: ['Tajikistan'] });
    expect(run('They come from Central Asian states.').places).toEqual([]);
    expect(run('The suspect, a North African man, was detained.').people).toEqual([]);
    expect(run('She lives in South Africa.').places).toEqual(['South Africa']);
  });
  it("a ship's name after its prefix is no person", () => {
    expect(run('The hijackers seized the cruise liner MS Santa Lucia off the coast.').people).toEqual([]);
    expect(run('Sailors aboard the USS Harmon Barnes were hurt.').people).toEqual([]);
    // (and the same name elsewhere in the document, where its given name would make it a person's)
    expect(run('Pirates boarded the MV Marco Rossi at dawn. After the Marco Rossi hijacking, ransom was paid.').people).toEqual([]);
  });
  it("a faith's building and a city's neighbourhood after a name are places; not after a sect's adjective", () => {
    expect(run('Gunmen opened fire outside the Beit Yosef synagogue on Friday.').places).toEqual(['Beit Yosef synagogue']);
    expect(run("The blast hit the city's crowded Karkh neighbourhood.").places).toEqual(['Karkh']);
    expect(run('A bomb exploded at a Shiite mosque and in a mainly Alawite neighborhood.').places).toEqual([]);
  });
  it("a body's name with a title's word inside, or a head word, 'for' and a name", () => {
    expect(run('The Popular Justice Front claimed the ambush.').organisations).toEqual(['Popular Justice Front']);
    expect(run('The rebel Chad Movement for Democracy said it shot down a helicopter.').organisations).toEqual(['Chad Movement for Democracy']);
    expect(run('Deputy Interior Minister Karim Saleh said the road was closed.').people).toEqual(['Karim Saleh']);
  });
  it("a broadcaster's regional bureau is the broadcaster's, no body of its own", () => {
    expect(run("Our reporter sent this story from VOA's East Africa Bureau in Nairobi.").organisations).toEqual(['Voice of America']);
  });
  it('a former name after "used to be called" stays its own body', () => {
    expect(run('The movement used to be called the Salafist Group for Preaching and Combat.').organisations).toEqual(['Salafist Group for Preaching and Combat']);
  });
  it('"Washington" or "Georgia" after an American city and a comma is the state', () => {
    expect(run('He was arrested in Spokane, Washington, last year.').places).toEqual(['Spokane, Washington', 'Washington (state)']);
    expect(run('The clinic in Marietta, Georgia, was closed.').places).toEqual(['Marietta, Georgia', 'Georgia (U.S. state)']);
    expect(run('He flew from Tbilisi, Georgia, to Washington.').places).toEqual(['Tbilisi', 'Georgia', 'Washington, D.C.']);
  });
  it("a battle's or a siege's name holds its place", () => {
    expect(run('Veterans of the Battle of Tora Bora met in 2005.').places).toEqual(['Tora Bora']);
    expect(run('The Siege of Kut Amara lasted months.').places).toEqual(['Kut Amara']);
  });
  it("a headline's Title Case line with a date after it names no place after 'in'", () => {
    expect(run('Kenya Probes Possible al-Shabaab Role in Mall Bombing - 2013-09-23').places).toEqual(['Kenya']);
    expect(run('Officials Blame Rebels in Depot Attack - 2009-01-02').places).toEqual([]);
  });
  it("a person's noun after a name's comma ('the assassin of') says a person", () => {
    expect(run('They demanded the release of Xarel Vokto, the assassin of the mayor.').people).toEqual(['Xarel Vokto']);
    expect(run('Police freed Obrek Tanza, the kidnapper of two nurses, on bail.').people).toEqual(['Obrek Tanza']);
  });
  it("a page named 'Attack on X' or 'Raid on X' is about that event; a claim with no object there is the page's", () => {
    const page = [
      '= Raid on the Norvik Power Station =',
      '',
      'Infobox',
      '- Location: Norvik',
      '- Perpetrator: Red Dawn Brigade claimed responsibility',
      '',
      'The raid on the Norvik Power Station took place on 4 May 1981, when gunmen stormed the plant.',
    ].join('\n');
    const x = extract(page, { gazetteer: [], published: null, title: 'Raid on the Norvik Power Station' });
    expect(x.attributions.map((a) => [a.actor, a.action, a.target_or_event])).toEqual([
      ['Red Dawn Brigade', 'claimed responsibility', 'Raid on the Norvik Power Station'],
      ['Red Dawn Brigade', 'perpetrator of', 'Raid on the Norvik Power Station'],
    ]);
  });
  it('US federal agencies are known bodies', () => {
    expect(run('Customs and Border Protection officers stopped him; ATF and DEA agents joined the search.').organisations).toEqual([
      'U.S. Customs and Border Protection',
      'ATF',
      'Drug Enforcement Administration',
    ]);
  });
});
