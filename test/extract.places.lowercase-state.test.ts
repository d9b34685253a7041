// Branch wild11 (fresh news texts): a lower-case "state" after a country's first-level subdivision named as its
// canonical is the state, as the capitalised form is ("Borno state" → Borno State, like "Borno State"); not
// after a country ("the Cameroon state" is its government) nor a US state ("Washington state"). Sentences
// written for these tests (the places named are real).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const places = (text: string) => extract(text, { gazetteer: [], published: null }).places;

describe('places: a subdivision and a lower-case "state"', () => {
  it.each([
    ['alone', 'Fighters took the 14 on Wednesday night in Borno state, two security sources said.', 'Borno State', 'Borno'],
    ['after the capitalised form', 'Gunmen killed 20 people in Zamfara State on Sunday. Police in Zamfara state said the attackers fled.', 'Zamfara State', 'Zamfara'],
    ['in Myanmar', "Rebels ambushed an army truck in Myanmar's restive Rakhine state on Friday.", 'Rakhine State', 'Rakhine'],
  ])('%s', (_n, text, whole, bare) => {
    const p = places(text);
    expect(p).toContain(whole);
    expect(p).not.toContain(bare);
  });
  it('not after a country or a US state', () => {
    expect(places('The rebels attacked symbols of the Cameroon state on Monday.')).not.toContain('Cameroon State');
    const p = places('He moved to Texas state politics after the war.');
    expect(p).not.toContain('Texas State');
  });
});
