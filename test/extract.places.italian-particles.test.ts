// Branch wild24 (fresh-text audit of encyclopedia articles): Italian "di", "della", "dei" … join a name's words as
// "de", "del" do ("Piazza della Loggia" was "Loggia"; "Piazza del Popolo" always worked). Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });

describe('places: Italian particles inside a name', () => {
  it('a square named with "della" or "dei" is one place', () => {
    expect(run('Thousands marched to Piazza della Signoria on Saturday.').places).toEqual(['Piazza della Signoria']);
    expect(run('A second device was found in Piazza dei Cinquecento.').places).toEqual(['Piazza dei Cinquecento']);
  });
  it('a person\'s "di" stays in the name', () => {
    expect(run('Prosecutor Antonio di Pietro said the trial would go on.').people).toEqual(['Antonio di Pietro']);
  });
});
