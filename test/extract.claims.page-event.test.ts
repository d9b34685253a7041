// The event a page is about, from its first line (claims/events.ts, pageEventOf): "=" and "|" marks stripped only
// where the line holds them, and a line longer than EVENT_NAME can match (80 characters and its longest noun,
// "hostage crisis": 94) is no event's name without running the expression (speed19). Written for the tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const g = [entry('Red Cells', 'organization')];
const atts = (text: string) => extract(text, { gazetteer: g, publisher: 'Wikipedia' }).attributions.map(triple);
const lead = '\n\nRed Cells claimed responsibility for the incident, which it called a warning.';
/** A name of `n` characters ending in "hostage crisis" (its first word capitalised). */
const nameOf = (n: number) => `Harbour ${'x'.repeat(n - 'Harbour '.length - ' hostage crisis'.length)} hostage crisis`;

describe('the page\'s event from its first line', () => {
  it('a heading in "=" marks, or with "|" marks after it, names the event "the incident" stands for', () => {
    expect(atts(`= 2013 Harbour Mall attack =${lead}`)).toContainEqual(['Red Cells', 'claimed responsibility for', '2013 Harbour Mall attack']);
    expect(atts(`2013 Harbour Mall attack | |${lead}`)).toContainEqual(['Red Cells', 'claimed responsibility for', '2013 Harbour Mall attack']);
    expect(atts(`2013 Harbour Mall attack${lead}`)).toContainEqual(['Red Cells', 'claimed responsibility for', '2013 Harbour Mall attack']);
  });
  it('a name of 94 characters is the page\'s event, in marks or not', () => {
    expect(nameOf(94)).toHaveLength(94);
    expect(atts(`${nameOf(94)}${lead}`)).toContainEqual(['Red Cells', 'claimed responsibility for', nameOf(94)]);
    expect(atts(`=  ${nameOf(94)}  =${lead}`)).toContainEqual(['Red Cells', 'claimed responsibility for', nameOf(94)]);
  });
  it('not: a line of 95 characters, a line of prose, a headline that says something', () => {
    expect(atts(`${nameOf(95)}${lead}`).filter((a) => a[1] === 'claimed responsibility for')).toEqual([]);
    expect(atts(`= ${nameOf(95)} =${lead}`).filter((a) => a[1] === 'claimed responsibility for')).toEqual([]);
    expect(atts(`Gunmen stormed the mall on Monday and held shoppers for hours in the Harbour hostage crisis.${lead}`).filter((a) => a[1] === 'claimed responsibility for')).toEqual([]);
    expect(atts(`Police Say Red Cells Behind Harbour Mall Attack${lead}`).filter((a) => a[1] === 'claimed responsibility for')).toEqual([]);
  });
});
