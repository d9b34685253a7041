// Attribution rules of branch attr8, on real sentences from the retired sets, each with what it must not change.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';

const atts = (text: string, gazetteer: ReturnType<typeof entry>[], publisher = 'Wikipedia') =>
  extract(text, { gazetteer, publisher }).attributions.map((a) => [a.actor, a.action, a.target_or_event]);

describe('"The group, led by P," / "was commanded by P": P led the group (holdout3, holdout5)', () => {
  const g = [entry('Aum Shinrikyo', 'organization'), entry("Kata'ib Hezbollah", 'organization'), entry('Abu Mahdi al-Muhandis', 'person')];
  it('a person found as such (holdout3)', () => {
    expect(atts("Kata'ib Hezbollah is an Iraqi militia. The group was commanded by Abu Mahdi al-Muhandis until he was killed in a US drone attack in 2020.", g)).toContainEqual(['Abu Mahdi al-Muhandis', 'commanded', "Kata'ib Hezbollah"]);
  });
  it('a name found as no person: the name as written (holdout5)', () => {
    expect(atts('Aum Shinrikyo is a cult. The group, led by Shoko Asahara, had already carried out several assassinations.', g)).toContainEqual(['Shoko Asahara', 'led', 'Aum Shinrikyo']);
  });
  it('not: a group led by something that is no name, or a name that goes on', () => {
    expect(atts('Aum Shinrikyo is a cult. The group, led by Former Members of the sect, grew.', g).filter((a) => a[1] === 'led')).toEqual([]);
    expect(atts('Aum Shinrikyo is a cult. The group was led by Shoko Asahara and his deputies.', g).filter((a) => a[1] === 'led')).toEqual([]);
  });
});
