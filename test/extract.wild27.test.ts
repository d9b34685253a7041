// Branch wild27 (fresh-text audit of encyclopedia articles on attacks, organisations and places): two names joined
// by "and" in an infobox row of people or places, two places' names each ending in a head word joined by "and" in
// prose, and arenas and theatres as venues ("Theater", "Theatre", "Arena" as place heads; a lone head after a
// city's name). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });
const spans = (text: string, type: string) => run(text).mentions.filter((m) => m.type === type).map((m) => m.text);

describe('"and" between two names of an infobox row (wild27)', () => {
  it('two people in an assailants row', () => {
    expect(spans('- Assailants: Karim Haddad and Samir Toumi (both killed)', 'person')).toEqual(['Karim Haddad', 'Samir Toumi']);
  });
  it('two places in a location row, not a place the gazetteer knows whole', () => {
    expect(spans('Location: Hotel Alhambra and Soviva, Port El Kantaoui, Tunisia', 'place')).toEqual(['Hotel Alhambra', 'Soviva', 'Port El Kantaoui', 'Tunisia']);
    expect(spans('Location: Trinidad and Tobago', 'place')).toEqual(['Trinidad and Tobago']);
  });
});

describe('two places each ending in a head word (wild27)', () => {
  it('are two places', () => {
    expect(spans('The ferry sailed for Davao via Bacolod City and Iloilo City with 800 passengers.', 'place')).toEqual(['Davao', 'Bacolod City', 'Iloilo City']);
  });
  it('a name with "and" and one head word stays one', () => {
    expect(spans('He was born in Bosnia and Herzegovina.', 'place')).toEqual(['Bosnia and Herzegovina']);
  });
});

describe('arenas and theatres (wild27)', () => {
  it('a theatre named before its head word is a venue', () => {
    expect(spans('The crowd gathered at the Dubrovka Theater in Moscow.', 'place')).toEqual(['Dubrovka Theater', 'Moscow']);
  });
  it("a city's name and a lone head word are the venue's name", () => {
    expect(spans('The bomb went off in the foyer of the Manchester Arena after the concert.', 'place')).toEqual(['Manchester Arena']);
    expect(spans('A crowd left the Moscow Theatre on Sunday.', 'place')).toEqual(['Moscow Theatre']);
  });
  it('not before another capitalised word', () => {
    expect(spans('The Boston Arena Company was sold.', 'place')).not.toContain('Boston Arena');
  });
});
