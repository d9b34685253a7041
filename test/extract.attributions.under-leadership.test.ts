// "Under the leadership of P, G …", "G, under P's leadership, …", "G … under P's leadership": P leads G (branch attr4:
// retired pooled attributions 520/160/723 → 521/160/722).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const g = [entry('Red Cells', 'organization'), entry('Omar Kestrel', 'person'), entry('Norland', 'place')];
const atts = (text: string) => extract(text, { gazetteer: g, publisher: 'Example News' }).attributions.map(triple);
const leads = (text: string) => atts(text).filter((a) => a[1] === 'is the leader of' || a[1] === 'is the commander of');

describe('under P\'s leadership', () => {
  it('fronted, set off by commas, or at the clause\'s end', () => {
    expect(leads('Under the leadership of Omar Kestrel, the Red Cells have killed about 1300 civilians.')).toEqual([['Omar Kestrel', 'is the leader of', 'Red Cells']]);
    expect(leads('The Red Cells were founded in 1990. Under the leadership of Omar Kestrel, the group grew.')).toEqual([['Omar Kestrel', 'is the leader of', 'Red Cells']]);
    expect(leads('The Red Cells, under Omar Kestrel’s leadership, have been responsible for numerous killings.')).toEqual([['Omar Kestrel', 'is the leader of', 'Red Cells']]);
    expect(leads('The Red Cells have claimed responsibility for several attacks under Omar Kestrel’s leadership.')).toEqual([['Omar Kestrel', 'is the leader of', 'Red Cells']]);
  });
  it('not: no group led, no person named', () => {
    expect(leads('Troops under the command of General Omar Kestrel entered the town.')).toEqual([]);
    expect(leads('Under the leadership of Omar Kestrel, Norland grew richer.')).toEqual([]);
    expect(leads('The Red Cells grew under a new leadership in Norland.')).toEqual([]);
  });
});
