// Attending an event ("P attended a rally", "the Mass") is read as a claim with no attribution, as meeting is:
// no retired set's annotators record attendance (branch attr4: retired pooled attributions 520/164/723 →
// 520/160/723). Taking part in or participating in an act is still an attribution.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const g = [entry('Red Cells', 'organization'), entry('Omar Kestrel', 'person'), entry('Lina Farrow', 'person'), entry('Norland', 'place')];
const run = (text: string) => extract(text, { gazetteer: g, publisher: 'Example News' });

describe('attending an event', () => {
  it('"P attended …", "G representatives, including P, attended …": a claim, no attribution', () => {
    const x = run('Omar Kestrel attended a rally in Norland on Monday.');
    expect(x.attributions).toEqual([]);
    expect(x.claims.some((c) => c.predicate === 'attended' && c.subject.name === 'Omar Kestrel')).toBe(true);
    expect(run('Red Cells representatives, including Lina Farrow, attended the conference in Norland.').attributions).toEqual([]);
  });
  it('still: taking part in an act', () => {
    expect(run('Omar Kestrel took part in the bombing of the Norland embassy.').attributions.map(triple)).toContainEqual(['Omar Kestrel', 'took part in', 'bombing of the Norland embassy']);
  });
});
