// Branch wild23 (fresh-text audit; the lead's open item "Minister of Health Zweli Mkhize" → "Health Zweli Mkhize"):
// the name after an office's complement when the complement has two parts joined by "and" (Treasury release, text
// 08: "Under Secretary of the Treasury for Terrorism and Financial Intelligence Brian E. Nelson" gave a place
// "Nelson"), and when the name's given name is in no list (a portfolio's words open the complement). Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });

describe("people: the name after an office's complement", () => {
  it('a complement of two parts joined by "and"', () => {
    expect(run('The order was signed by Minister of Mines and Energy Rafael Quintero on Friday.').people).toEqual(['Rafael Quintero']);
    const x = run('"It is done," said Assistant Secretary of the Treasury for Sanctions and Financial Crimes Ellen R. Marsh.');
    expect(x.people).toEqual(['Ellen R. Marsh']);
    expect(x.places).toEqual([]);
  });
  it('a given name no list has, after a portfolio', () => {
    expect(run('The figures were released by Minister of Health Thembeka Ndlovu on Sunday.').people).toEqual(['Thembeka Ndlovu']);
  });
  it('the office alone names no one', () => {
    expect(run('The Minister of Health said on Sunday that ten clinics were closed.').people).toEqual([]);
    expect(run('He met the Minister of Foreign Affairs in Abuja.').people).toEqual([]);
  });
});
