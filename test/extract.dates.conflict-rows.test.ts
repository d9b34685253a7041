// Branch names10: a wider conflict's infobox row whose date opens a period to the present ("Part of the X
// (2002–present)", a "Battles and wars" bullet "• Y (2009–present)") dates that conflict, not the page's event:
// not in event_dates (still in dates). Rows written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const events = (text: string) => extract(text, { gazetteer: [], published: null }).event_dates.map((d) => d.date);
const all = (text: string) => extract(text, { gazetteer: [], published: null }).dates.map((d) => d.date);

describe('event_dates: a wider conflict’s period to the present', () => {
  it.each([
    ['a "Part of" line', '2011 Marrakesh bombing\nPart of the Insurgency in the Sahel (2007–present)\nLocationMarrakesh\nDate28 April 2011', ['2011-04-28']],
    ['a "Part of:" row', '- Part of: Kivu conflict (2004–present)\n- Date: 12 May 2013', ['2013-05-12']],
    ['a bullet under "Battles and wars"', 'Battles and warsNorthern conflict\n  • Border War (2012–present)\n\nThe group was founded in 2010.', ['2010']],
  ])('%s', (_n, text, want) => {
    expect(events(text)).toEqual(want);
    expect(all(text).length).toBeGreaterThan(want.length);
  });
  // what must not change
  it.each([
    ['a war’s closed period', 'Battles and wars\n  • Border War (2006–2009)', ['2006/2009']],
    ['a leader’s period to the present', 'Leaders\n  • Ahmad Umar (2014–present)', ['2014']],
    ['prose with "part of"', 'Part of the group left in 2015–present day accounts differ.', ['2015']],
    ['a "Part of" line with a closed period', 'Part of the Border War (2006–2009)\nDate 3 May 2008', ['2006/2009', '2008-05-03']],
  ])('not: %s', (_n, text, want) => {
    expect(events(text)).toEqual(want);
  });
});
