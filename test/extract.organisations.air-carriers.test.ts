// Branch wild19 (fresh-text audit): a capitalised "Air" before a place's name opens an airline's name ("Air
// France"), not the place; before "Flight" and a number the words name a flight (no mention). Sentences written
// for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });

describe('organisations: "Air" + a place is an airline', () => {
  it('an airline named as the carrier is a body, not the country', () => {
    const x = run('The gunmen reached the city aboard an Air Canada plane from Toronto.');
    expect(x.organisations).toContain('Air Canada');
    expect(x.places).not.toContain('Canada');
    expect(x.places).toContain('Toronto');
  });
  it('a flight of the airline is no place and no body', () => {
    const x = run('The hijackers seized Air Mali Flight 204 over the desert.');
    expect(x.places).not.toContain('Mali');
    expect(x.organisations).toEqual([]);
  });
  it('a two-word country after "Air"', () => {
    expect(run('She flew Air New Zealand to Sydney.').places).not.toContain('New Zealand');
  });
  it('not the country before an air force', () => {
    expect(run('Jets of the Pakistan Air Force struck the camp.').organisations).toEqual(['Pakistan Air Force']);
  });
  it('"air" in lower case before a country names no airline', () => {
    const x = run('The air strikes in Syria killed nine people.');
    expect(x.places).toContain('Syria');
    expect(x.organisations).toEqual([]);
  });
  it('a capitalised name before "Air" is another airline, left alone', () => {
    expect(run('Royal Air Maroc resumed its flights to Mali.').organisations).not.toContain('Air Maroc');
  });
});
