// Official judgements of an event: "declared the bombings a terrorist attack", "classified the incident as a
// terrorist attack", condemnations issued with no object; subjects listed before the verb each judge it. Sentences
// written for the tests (attr14, 2026-12-06).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const g = [entry('Moldova', 'place'), entry('Romania', 'place'), entry('European Union', 'organization'), entry('European Parliament', 'organization'), entry('Council of Europe', 'organization')];
const atts = (text: string) => extract(text, { gazetteer: g, publisher: 'en.wikipedia.org' }).attributions.map(triple);
const page = (body: string) => `2031 Tiraspol bombing\n\nThe 2031 Tiraspol bombing was an explosion at a bus station. ${body}`;

describe('a judgement of the page\'s event, by each listed subject (holdout2, holdout8; attr14)', () => {
  it('"A, B and C classified the incident as a terrorist attack" (a state and bodies in one list)', () => {
    const got = atts(page('Moldova, the European Union and European Parliament classified the incident as a terrorist attack.'));
    for (const who of ['Moldova', 'European Union', 'European Parliament']) expect(got).toContainEqual([who, 'classified as a terrorist attack', '2031 Tiraspol bombing']);
  });
  it('"The Turkish government declared the bombing a terrorist attack": a demonym\'s government is its state', () => {
    expect(atts(page('The Turkish government declared the bombing a terrorist attack.'))).toContainEqual(['Turkey', 'declared a terrorist attack', '2031 Tiraspol bombing']);
  });
  it('"A, B, and C, along with several other nations, issued condemnations" after a fronted adverbial; listed besides a classification', () => {
    const got = atts(page('In the aftermath of the attack, Moldova, Romania, and the European Union, along with several other nations, issued condemnations. Moldova and the Council of Europe labelled the bombing an act of terrorism.'));
    for (const who of ['Moldova', 'Romania', 'European Union']) expect(got).toContainEqual([who, 'issued condemnations of', '2031 Tiraspol bombing']);
    expect(got).toContainEqual(['Moldova', 'labelled an act of terrorism', '2031 Tiraspol bombing']);
    expect(got).toContainEqual(['Council of Europe', 'labelled an act of terrorism', '2031 Tiraspol bombing']);
  });
  it('not: a judgement of no event ("called the decision a terrorist act"), or with no event to refer to', () => {
    expect(atts(page('Moldova called the decision a terrorist act.')).filter((a) => /called/.test(a[1] ?? ''))).toEqual([]);
    expect(atts('Moldova classified the incident as a terrorist attack.')).toEqual([]);
  });
});
