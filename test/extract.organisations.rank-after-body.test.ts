// A rank or an office's acronym after a body's head word opens a person's name and ends the body's (branch
// wild14): "Philippine Army Maj. Gen. …" and "Chhattisgarh Police ADG …" lost the body in an audit of fresh texts.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const x = (text: string) => extract(text, { gazetteer: [] });

describe('a rank after a body\'s name ends the name', () => {
  it('a rank after "Army"', () => {
    const r = x('Philippine Army Col. Ramon Dizon visited the camp on Monday.');
    expect(r.organisations).toEqual(['Philippine Army']);
    expect(r.people).toEqual(['Ramon Dizon']);
  });
  it('an office\'s acronym after "Police" (a known place before it)', () => {
    const r = x('Odisha Police ADG (Operations) Arun Bothra said the search went on.');
    expect(r.organisations).toEqual(['Odisha Police']);
  });
});

describe('not other titles after an office\'s head', () => {
  it('"Office of the Spokesperson" stays one body\'s name or none, unchanged', () => {
    expect(x('Office of the Spokesperson\nThe Department of State today designated the group.').organisations).not.toContain('Office of the');
  });
  it('"Defense Secretary" after a state is no body', () => {
    expect(x('U.S. Defense Secretary Ash Carter issued a statement.').organisations).toEqual([]);
  });
});
