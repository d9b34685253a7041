// Branch attr3 (the session of 04:47 on 2026-12-07; applied by the lead at the merge): a group page's infobox rows
// as a rendered copy gives them, the value after a space or glued to the label and going on with one name a line:
// each party relates to the page's group as the row says.
// Rows as Wikipedia's pages on Lashkar-e-Jhangvi and Jaish ul-Adl render them.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const gazetteer = [
  entry('Lashkar-e-Jhangvi', 'organization'),
  entry('Jaish ul-Adl', 'organization'),
  entry('Sipah-e-Sahaba Pakistan', 'organization'),
  entry('Riaz Basra', 'person'),
  entry('Malik Ishaq', 'person'),
  entry('Akram Lahori', 'person'),
  entry('Salahuddin Farooqui', 'person'),
  entry('Pakistan', 'place'),
];
const atts = (text: string) => extract(text, { gazetteer, publisher: 'Wikipedia', title: null }).attributions.map(triple);
const LEJ = 'Lashkar-e-Jhangvi\n\nThe Lashkar-e-Jhangvi is a Deobandi militant organisation.\n\nLashkar-e-Jhangvi\nLeaderRiaz Basra \nMalik Ishaq \nAkram Lahori (POW)\nDates of operation1996–present\nSplit fromSipah-e-Sahaba Pakistan\n';
const JUA = 'Jaish ul-Adl\n\nLeaders Salahuddin Farooqui[1]\nDates of operation 2012–present\n\nJaish ul-Adl is a Sunni insurgent group based in Pakistan.';

describe('a group page\'s glued or space-separated rows', () => {
  it('a glued "Leader" row going on with one person a line: each leads the group', () => {
    const a = atts(LEJ);
    for (const p of ['Riaz Basra', 'Malik Ishaq', 'Akram Lahori']) expect(a).toContainEqual([p, 'is leader of', 'Lashkar-e-Jhangvi']);
  });
  it('a space-separated "Leaders" row', () => {
    expect(atts(JUA)).toContainEqual(['Salahuddin Farooqui', 'is leader of', 'Jaish al-Adl']);
  });
  it('not: the row ends at the next label, and a prose line opening with a label is no row', () => {
    expect(atts(LEJ).filter((t) => t[1] === 'is leader of').map((t) => t[0])).not.toContain('Sipah-e-Sahaba Pakistan');
    expect(atts('Jaish ul-Adl\n\nLeaders of Jaish ul-Adl met Riaz Basra in Pakistan.').filter((t) => t[1] === 'is leader of')).toEqual([]);
  });
});
