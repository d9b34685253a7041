// Attributions and names from an event page's infobox as a rendered copy gives it (labels alone on their line,
// one entry a line): "Commanders and leaders", "Units involved", "Belligerents", "Dfens"/"Defenders".
// Pages written for these tests (invented names, not taken from the eval sets); each rule also has what it
// must not extract.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const gazetteer = [
  entry('Northern Brigade', 'organization'),
  entry('Valley Front', 'organization'),
  entry('Coastal Guard Service', 'organization'),
  entry('Egypt', 'place'),
  entry('Norway', 'place'),
  entry('Kharan', 'place'),
];
const run = (text: string) => extract(text, { gazetteer, publisher: 'Daily Ledger', published: '2021-08-01' });
const atts = (text: string) => run(text).attributions.map(triple);
const page = (rows: string) => `2014 Kharan harbour standoff\n\nDate 3 May 2014\n${rows}\n\nThe 2014 Kharan harbour standoff was a siege of the port of Kharan.`;

describe('"Commanders and leaders" alone on its line, one person a line', () => {
  const rows = 'Commanders and leaders\nOmar Kestrel\nGeneral Lina Farouk Haddad\nSami Dunn (Minister of Harbours)\nKarim Mohd. Tahir (Chief of the Coastal Guard Service)\nSupported by:\nNorway';
  it('each person is a commander and leader in the page\'s event, a title before or an office after left out', () => {
    const a = atts(page(rows));
    for (const p of ['Omar Kestrel', 'Lina Farouk Haddad', 'Sami Dunn', 'Karim Mohd. Tahir'])
      expect(a).toContainEqual([p, 'commander and leader in', '2014 Kharan harbour standoff']);
  });
  it('the names are people, the office in brackets no party, and the row ends at the next label', () => {
    const x = run(page(rows));
    expect(x.people).toEqual(expect.arrayContaining(['Omar Kestrel', 'Lina Farouk Haddad', 'Sami Dunn', 'Karim Mohd. Tahir']));
    expect(x.organisations).not.toContain('Sami Dunn');
    const a = atts(page(rows)).filter((t) => t[1] === 'commander and leader in');
    expect(a.map((t) => t[0])).not.toContain('Coastal Guard Service');
    expect(a.map((t) => t[0])).not.toContain('Norway');
  });
});

describe('"Units involved", "Belligerents" and "Dfens" rows', () => {
  it('units and belligerents are parties in the event', () => {
    const a = atts(page('Belligerents\nValley Front\nUnits involved\nNorthern Brigade\nCoastal Guard Service'));
    expect(a).toContainEqual(['Valley Front', 'belligerent in', '2014 Kharan harbour standoff']);
    expect(a).toContainEqual(['Northern Brigade', 'unit involved in', '2014 Kharan harbour standoff']);
    expect(a).toContainEqual(['Coastal Guard Service', 'unit involved in', '2014 Kharan harbour standoff']);
  });
  it('a defender, not the complement of an office ("Minister of …")', () => {
    const a = atts(page('- Dfens: After the siege:, Minister of Egypt (Police), Coastal Guard Service (Navy),'));
    expect(a).toContainEqual(['Coastal Guard Service', 'defender in', '2014 Kharan harbour standoff']);
    expect(a.filter((t) => t[0] === 'Egypt')).toEqual([]);
  });
  it('no event page, no row; a prose line opening with a label is no row', () => {
    expect(atts('Valley Front\n\nUnits involved\nNorthern Brigade\n\nValley Front is a group.').filter((t) => t[1] === 'unit involved in')).toEqual([]);
    expect(atts(page('Belligerents Valley Front and Northern Brigade fought for a week in Kharan.')).filter((t) => t[1] === 'belligerent in')).toEqual([]);
  });
});

describe('entries of a "Perpetrators" row typed by their own words and the document', () => {
  const shooting = (rows: string, prose = '') => `= Kharan council shooting =\nInfobox\n- Title: 2009 Kharan council shooting\n${rows}\n==Attack==\nThe Kharan council shooting left nine dead.${prose}`;
  it('a name ending in a surname\'s ending is a person, the row\'s other entries bodies', () => {
    const x = run(shooting('- Perpetrators: Tigran Arakelyan, Davit Sargsyan, Valley Front'));
    expect(x.people).toEqual(expect.arrayContaining(['Tigran Arakelyan', 'Davit Sargsyan']));
    expect(x.organisations).not.toContain('Tigran Arakelyan');
    expect(x.organisations).toContain('Valley Front');
    expect(atts(shooting('- Perpetrators: Tigran Arakelyan, Valley Front'))).toContainEqual(['Tigran Arakelyan', 'perpetrator of', 'Kharan council shooting']);
  });
  it('a name the prose gives a person is a person; two words with a given name first are otherwise left to the row', () => {
    expect(run(shooting('- Perpetrators: Ansel Marrowby', ' Ansel Marrowby said he acted alone.')).organisations).not.toContain('Ansel Marrowby');
    expect(run(shooting('- Accused: Ansel Marrowby')).people).not.toContain('Ansel Marrowby');
  });
  it('a body\'s long name and its acronym in brackets', () => {
    const x = run(shooting('- Perpetrators: Front for the Liberation of the Northern Coast of Kharan-Armed Wing (FLNCK-AW)'));
    expect(x.organisations).toContain('Front for the Liberation of the Northern Coast of Kharan-Armed Wing');
  });
  it('a value glued to its label after an Arabic article, two bodies joined by "and" (the second found already)', () => {
    const x = run('Kharan market bombing\nPerpetratorsal-Mahdi Front and Valley Front\n\nThe Kharan market bombing killed 12 people.');
    expect(x.attributions.map(triple)).toContainEqual(['al-Mahdi Front', 'perpetrator of', 'Kharan market bombing']);
    expect(x.attributions.map(triple)).toContainEqual(['Valley Front', 'perpetrator of', 'Kharan market bombing']);
    expect(run(shooting('- Perpetrators: Coastal Diving and Salvage')).organisations).toContain('Coastal Diving and Salvage');
  });
});

describe('an office on an infobox line names no one', () => {
  it('an office in brackets after a person\'s entry, an office as an entry', () => {
    const x = run(page('Commanders and leaders\nOmar Kestrel (Minister of Harbour Affairs)\nSami Dunn\n- Dfens: Minister of Coastal Works (Police), Coastal Guard Service'));
    expect(x.people).toEqual(expect.arrayContaining(['Omar Kestrel', 'Sami Dunn']));
    expect(x.people).not.toContain('Harbour Affairs');
    expect(x.people).not.toContain('Coastal Works');
    expect(x.organisations).not.toContain('Harbour Affairs');
  });
});
