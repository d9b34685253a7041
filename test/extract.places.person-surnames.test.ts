// Branch wild15 (fresh-text audit): a person's name goes on over a one-word place that is its surname, after a
// middle initial ("Brian E. Nelson" was the person "Brian E" and the region Nelson) or after an Arabic article
// glued by a hyphen ("Sabah al-Ahmad al-Sabah" was a shorter person and the state Sabah). A country after an
// initial is left alone (a sentence may open with it). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });

describe('places: a person’s surname that is a place', () => {
  it('after a middle initial', () => {
    const x = run('The sanctions were announced by Brian E. Nelson, the under secretary, on Tuesday.');
    expect(x.people).toContain('Brian E. Nelson');
    expect(x.places).not.toContain('Nelson');
  });
  it('after an Arabic article', () => {
    const x = run('The emir, Sheikh Sabah al-Ahmad al-Sabah, visited the wounded.');
    expect(x.people.some((p) => p.endsWith('al-Sabah'))).toBe(true);
    expect(x.places).not.toContain('Sabah');
  });
  it('the place alone stays a place', () => {
    expect(run('The ferry sailed from Nelson to Wellington. Sabah lies in the north of Borneo.').places).toEqual(expect.arrayContaining(['Nelson', 'Sabah']));
  });
  it('a country after an initial is no surname', () => {
    expect(run('The report was signed by John A. India remains a partner.').places).toContain('India');
  });
});
