// A state's capital that acts stands for the state, for every capital (src/extract/data/capitals.json, from
// GeoNames) and not only the reference gazetteer's aliases (Tehran, Islamabad): "Ankara considers …" is Turkey's,
// in the rules' claims and in the relations read from the text's own verb phrase (branch attr4: retired pooled
// attributions 517/167/726 → 520/164/723). A capital stays a place as a target, and as a mention.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const g = [entry('Red Cells', 'organization'), entry('Blue Front', 'organization')];
const run = (text: string) => extract(text, { gazetteer: g, publisher: 'Example News' });
const atts = (text: string) => run(text).attributions.map(triple);

describe('a capital as the subject of an attribution', () => {
  it('"Ankara considers both …" (a relation); "Colombo designated …" (a rule): the state', () => {
    const a = atts('Ankara considers both the Red Cells and the Blue Front terrorist organizations.');
    expect(a.map((x) => x[0])).toContain('Turkey');
    expect(a.map((x) => x[0])).not.toContain('Ankara');
    expect(atts('Colombo designated the Red Cells as a terrorist organization in May.').map((x) => x[0])).toEqual(['Sri Lanka']);
  });
  it('not: a capital as the target or as a mention; a city that is no capital', () => {
    const x = run('The Red Cells attacked a market in Kabul.');
    expect(x.attributions.map((a) => a.target_or_event)).not.toContain('Afghanistan');
    expect(x.mentions.find((m) => m.text === 'Kabul')?.canonical).toBe('Kabul');
    expect(atts('Karachi designated the Red Cells as a terrorist organization in May.').map((a) => a[0])).not.toContain('Pakistan');
  });
});
