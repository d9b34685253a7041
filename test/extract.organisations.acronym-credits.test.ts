// Branch wild14, from an audit of fresh news texts. Sentences written for the test.
// 1. A dateline's credit in brackets may be an agency's acronym ("(CNN) --", "(RHC)--"), not only a word.
// 2. An acronym is a known body's only as written: the fold that squashes doubled letters ("Tayyiba" is
//    "Tayiba") made "CNN" the National Cryptologic Center's "CCN".
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const orgs = (text: string) => extract(text, { gazetteer: [] }).organisations;

describe('an acronym in a dateline\'s brackets is the agency that filed the text', () => {
  it('after the dateline\'s place, before a dash', () => {
    expect(orgs('MARAWI, Philippines (CNN) -- Troops cleared the last building on Monday, the army said.')).toContain('CNN');
  });
  it('after the dateline\'s date, before a glued dash', () => {
    expect(orgs('Herat, March 3 (RHC)-- Four soldiers were killed by a roadside bomb, officials said.')).toContain('RHC');
  });
  it('not a time zone after a clock time ("12:00 (EEST)")', () => {
    expect(orgs('Date 20 July 2015\n12:00 (EEST)\nAttack type Suicide bombing')).toEqual([]);
  });
  it('not a body\'s own acronym after its name', () => {
    expect(orgs('Norwegian Labour Party (AP) - a report on the vote')).toEqual(['Norwegian Labour Party']);
  });
});

describe('an acronym is a known body\'s only as written', () => {
  it('"told CNN" is not the National Cryptologic Center ("CCN")', () => {
    const o = orgs('The mayor told CNN on Saturday that the blast was a retaliation.');
    expect(o).toEqual(['CNN']);
  });
  it('the listed acronym as written still is the body', () => {
    expect(orgs('Spain\'s National Cryptologic Center (CCN) issued a warning. The CCN said more.')).toEqual(['National Cryptologic Center']);
  });
});
