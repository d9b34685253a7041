// The event side of an attribution (branch attr18): the page's event typed by its infobox and used by a denial
// that names no event (holdout5, holdout9); an event or target phrase without how the act was done and without a
// place's description (holdout4, holdout9); an event named only by its noun and its weekday (holdout3, holdout6).
// Sentences written for the tests, each with what must not come out.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const atts = (text: string, gazetteer: ReturnType<typeof entry>[], title: string | null = null, published?: string) =>
  extract(text, { gazetteer, publisher: 'Voice of America', title, published }).attributions.map(triple);

describe('a page named for what an act struck, typed by its infobox: the page\'s event', () => {
  const g = [entry('Crimson Hand', 'organization'), entry('Tomas Verhoeven', 'person')];
  const page = (row: string) =>
    `= Northway Airlines Flight 212 =\n\nNorthway Airlines Flight 212\n- Occurrence Type: ${row}\n- Date: 3 May 1979\n\nNorthway Airlines Flight 212 was a scheduled passenger flight that exploded over the sea in 1979. Tomas Verhoeven denied involvement but wrote about the flight in his memoirs.`;
  it('"Occurrence Type: Bombing": a denial naming nothing denies the bombing of the flight', () => {
    const got = atts(page('Bombing'), g, 'Northway Airlines Flight 212');
    expect(got).toContainEqual(['Tomas Verhoeven', 'denies involvement in', 'bombing of Northway Airlines Flight 212']);
  });
  it('not: a type that is no act ("Occurrence Type: Accident"), so no event to deny', () => {
    const got = atts(page('Accident'), g, 'Northway Airlines Flight 212');
    expect(got.filter((a) => a[0] === 'Tomas Verhoeven')).toEqual([]);
  });
  it('"Type:Bombing by the G" is the page\'s event, not "Type:Bombing"', () => {
    const text = 'Northway Airlines Flight 212 Explained\n\nOccurrence Type:Bombing\nType:Bombing by the Crimson Hand\nSite:North Sea\n\nNorthway Airlines Flight 212 was a scheduled passenger flight that exploded over the sea in 1979.';
    const got = atts(text, g, 'Northway Airlines Flight 212');
    expect(got).toContainEqual(['Crimson Hand', 'bombing by', 'bombing of Northway Airlines Flight 212']);
    expect(got.filter((a) => /Type:/.test(a[2] ?? ''))).toEqual([]);
  });
  it('a page whose name opens with the act and "of" is that event ("Sinking of …")', () => {
    const text = '= Sinking of the Sea Lark =\n\nThe sinking of the Sea Lark was an attack on a ship in 1981. Tomas Verhoeven denied responsibility, and left the country.';
    const got = atts(text, g, 'Sinking of the Sea Lark');
    expect(got).toContainEqual(['Tomas Verhoeven', 'denies responsibility for', 'Sinking of the Sea Lark']);
  });
  it('not: a pronoun\'s bare denial ("They initially denied responsibility")', () => {
    const text = '= Sinking of the Sea Lark =\n\nThe sinking of the Sea Lark was an attack on a ship in 1981 that embarrassed the Crimson Hand. They initially denied responsibility, but two men were arrested.';
    const got = atts(text, g, 'Sinking of the Sea Lark');
    expect(got.filter((a) => /denies/.test(a[1] ?? ''))).toEqual([]);
  });
});

describe('"X were blamed for the bombings, but denied responsibility": the same subject denies the page\'s event', () => {
  const g = [entry('Crimson Hand', 'organization')];
  it('the second verb\'s subject is the first\'s', () => {
    const text = '= 2001 Harbor City bombings =\n\nThe 2001 Harbor City bombings were a series of explosions. The Crimson Hand was blamed for the bombings, but denied responsibility.';
    const got = atts(text, g, '2001 Harbor City bombings');
    expect(got).toContainEqual(['Crimson Hand', 'denies responsibility for', '2001 Harbor City bombings']);
  });
  it('not: a denial with no event on the page and none named before', () => {
    const got = atts('The Crimson Hand held a rally, but denied responsibility.', g);
    expect(got.filter((a) => /denies/.test(a[1] ?? ''))).toEqual([]);
  });
});

describe('a target without how the act was done or the place\'s description', () => {
  const g = [entry('Crimson Hand', 'organization'), entry('Norland', 'place'), entry('Velsk', 'place')];
  it('"accused Norland of attacking the border town of Velsk with tanks and artillery" → Velsk', () => {
    const got = atts('The government has accused Norland of attacking the border town of Velsk with tanks and artillery.', g);
    expect(got).toContainEqual(['Norland', 'accused of attacking', 'Velsk']);
  });
  it('"linked G to the bombing through the testimony of …" on a bombing\'s page → the page\'s event', () => {
    const text = '= 2004 Velsk market bombing =\n\nThe 2004 Velsk market bombing killed nine people. Prosecutors linked the Crimson Hand to the bombing through the testimony of, among others, a driver.';
    const got = atts(text, g, '2004 Velsk market bombing');
    expect(got).toContainEqual(['Crimson Hand', 'linked to', '2004 Velsk market bombing']);
    expect(got.filter((a) => /through/.test(a[2] ?? ''))).toEqual([]);
  });
  it('not: "clashes with the army" keeps its other party', () => {
    const got = atts('The Crimson Hand claimed responsibility for the clashes with the army in Velsk.', g);
    expect(got.some((a) => a[0] === 'Crimson Hand' && /clashes with the army/.test(a[2] ?? ''))).toBe(true);
  });
  it('not: "the siege of the city of Velsk" keeps the siege', () => {
    const got = atts('The Crimson Hand claimed responsibility for the siege of the city of Velsk.', g);
    expect(got.some((a) => a[0] === 'Crimson Hand' && /^siege of/.test(a[2] ?? ''))).toBe(true);
  });
});

describe('an event named only by its noun and its weekday keeps the day', () => {
  const g = [entry('Crimson Hand', 'organization'), entry('Velsk', 'place')];
  it('"claimed responsibility for an attack Wednesday that killed …" → "attack (Wednesday)"', () => {
    const got = atts('The Crimson Hand has claimed responsibility for an attack Wednesday that killed seven people.', g, null, '2019-05-10');
    expect(got).toContainEqual(['Crimson Hand', 'claimed responsibility for', 'attack (Wednesday)']);
  });
  it('"responsible for Sunday\'s bomb attack" → "Sunday bomb attack", with no date label', () => {
    const got = atts('Officials suspect the Crimson Hand is responsible for Sunday\'s bomb attack that killed five people.', g, null, '2019-05-07');
    expect(got).toContainEqual(['Crimson Hand', 'responsible for', 'Sunday bomb attack']);
  });
  it('not: an event named by its place drops the day ("the attack in Velsk on Sunday")', () => {
    const got = atts('The Crimson Hand claimed responsibility for the attack in Velsk on Sunday.', g, null, '2019-05-07');
    expect(got.some((a) => a[0] === 'Crimson Hand' && /Sunday/.test(a[2] ?? ''))).toBe(false);
    expect(got.some((a) => a[0] === 'Crimson Hand' && /attack in Velsk/.test(a[2] ?? ''))).toBe(true);
  });
  it('not: "Sunday\'s attack in Velsk" keeps no day in its name', () => {
    const got = atts('The Crimson Hand claimed responsibility for Sunday\'s attack in Velsk.', g, null, '2019-05-07');
    expect(got.some((a) => a[0] === 'Crimson Hand' && /Sunday/.test(a[2] ?? ''))).toBe(false);
  });
});
