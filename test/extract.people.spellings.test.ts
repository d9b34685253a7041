// People, second round (branch people2): spellings of one name in one document, given-name endings read on
// the fold key. Sentences from the
// retired evaluation sets (eval/extraction, eval/holdout4, eval/holdout5) and written ones; exact spans and
// canonical names.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const x = (text: string, published: string | null = null) => extract(text, { gazetteer: [], published });
const typed = (text: string, type: string) =>
  x(text)
    .mentions.filter((m) => m.type === type)
    .map((m) => [m.text, m.start, m.canonical]);
const persons = (text: string) => typed(text, 'person');

describe('one person spelt two ways in a document', () => {
  it('a given-name ending on the key, and the first spelling as the name (eval/extraction, Haqqani network)', () => {
    const s =
      'Maulvi Jalaluddin Haqqani and his son Sirajuddin Haqqani lead the group. The Haqqani family hails from southeastern Afghanistan. Jalalludin Haqqani rose to prominence as a senior military leader during the Soviet occupation of Afghanistan.';
    expect(persons(s)).toEqual([
      ['Maulvi Jalaluddin Haqqani', 0, 'Jalaluddin Haqqani'],
      ['Sirajuddin Haqqani', 38, 'Sirajuddin Haqqani'],
      ['Jalalludin Haqqani', 129, 'Jalaluddin Haqqani'],
    ]);
    expect(x(s).people).toEqual(['Jalaluddin Haqqani', 'Sirajuddin Haqqani']);
  });
  it('given names one letter apart, the same surname (written)', () => {
    const s = 'Nikolay Patrushev announced the drill. Later, Nikolai Patrushev said the sacks held sugar.';
    expect(persons(s)).toEqual([
      ['Nikolay Patrushev', 0, 'Nikolay Patrushev'],
      ['Nikolai Patrushev', 46, 'Nikolay Patrushev'],
    ]);
  });
  it('a vowel changed inside a given name, not a consonant, a short name or an ending vowel (written)', () => {
    const s = 'Ali Khan met Adi Khan. Hamid Karzai met Hamed Karzai. Jamal Khan met Kamal Khan. Maria Lopez met Mario Lopez.';
    expect(x(s).people).toEqual(['Ali Khan', 'Adi Khan', 'Hamid Karzai', 'Jamal Khan', 'Kamal Khan', 'Maria Lopez', 'Mario Lopez']);
  });
  it('a surname spelt otherwise later is the person (eval/holdout4, El Nogal club bombing)', () => {
    const s =
      'Colombian prosecutors linked FARC to the bombing through the participation of, among others, John Freddy Arellan, a squash instructor who died in the bombing. The government claimed Arrellan would have been employed by FARC.';
    expect(persons(s)).toEqual([
      ['John Freddy Arellan', 93, 'John Freddy Arellan'],
      ['Arrellan', 182, 'John Freddy Arellan'],
    ]);
  });
});
