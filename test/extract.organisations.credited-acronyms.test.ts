// An acronym a report credits as its source is a news outlet (branch wild12): agencies named only by their
// acronym ("NAN", "IANS") were missed in an audit of fresh news texts. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const x = (text: string) => extract(text, { gazetteer: [] });
const orgs = (text: string) => x(text).organisations;

describe('an acronym credited as a report\'s source is a body', () => {
  it('between a comma and "reports" ending the sentence', () => {
    expect(orgs('The state police commissioner confirmed the killing to reporters in Asaba on Tuesday, NAN reports.')).toContain('NAN');
  });
  it('after "told"', () => {
    expect(orgs('"We recovered two rifles from the scene," the district commander told KPN on Monday.')).toContain('KPN');
  });
  it('after "to" with a verb of speech earlier in its clause', () => {
    expect(orgs('The command\'s spokesman confirmed the attack to NAN on Thursday in Awka.')).toContain('NAN');
  });
  it('in a byline after "By", before a bar', () => {
    expect(orgs('By IANS | Updated: May 27, 2024 16:10 IST\nGunmen attacked a military outpost near the border.')).toContain('IANS');
  });
});

describe('not elsewhere', () => {
  it('not after "to" without a verb of speech ("support to ISIL")', () => {
    expect(orgs('They sought to provide support to ZQX and other groups.')).not.toContain('ZQX');
  });
  it('not before "reports" that do not end the sentence', () => {
    expect(orgs('The ministry published the figures, QZR reports show.')).not.toContain('QZR');
  });
});
