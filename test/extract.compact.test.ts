import { describe, expect, it } from 'vitest';
import { compact, compactSource } from '../src/extract/compact.ts';

describe('compactSource: an empty alternative in non-capturing groups repeated from 0', () => {
  it('adds it under ?, ??, {0,n} and {0,n}?, and nowhere else', () => {
    expect(compactSource(String.raw`(?:the\s+)?(?:\w+\s+){0,3}?x`)).toBe(String.raw`(?:the\s+|)?(?:\w+\s+|){0,3}?x`);
    expect(compactSource(String.raw`(?:ab)??(?:cd){0,2}`)).toBe(String.raw`(?:ab|)??(?:cd|){0,2}`);
    // a minimum above 0, a capture, a lookahead, a class or an escaped parenthesis: unchanged
    expect(compactSource(String.raw`(?:ab)+(?:cd){1,2}(ef)?(?=gh)?[(?:)]?\(?:x\)?`)).toBe(String.raw`(?:ab)+(?:cd){1,2}(ef)?(?=gh)?[(?:)]?\(?:x\)?`);
    // inside a lookbehind: unchanged (V8 does not copy repetitions read backwards)
    expect(compactSource(String.raw`(?<!\b(?:the\s)?)x(?:y)?`)).toBe(String.raw`(?<!\b(?:the\s)?)x(?:y|)?`);
  });

  it('matches what the expression matched, groups included', () => {
    const cases: Array<[RegExp, string[]]> = [
      [/^(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s+(?:(?:military|army)\s+)?(?:base|camp))(\s+(?:in|near)\s+(?:the\s+)?)$/u, ['the Camp Bastion Lower army base near ', 'Al Asad base in the ', 'the base near ', 'A B C D base in ']],
      [/(?:^|\s)((?:an?|two)\s+(?:(?:group|band)\s+of\s+)?(?:(?!(?:the|of)\s)[\p{L}-]+\s+){0,3}?(?:gunmen|militants))\s+$/u, ['then two masked armed gunmen ', 'a group of militants ', 'a the gunmen ', 'two very many armed masked gunmen ']],
      [/\b(?:called) (?:the|this) (?:[\w-]+ ){0,2}?(?:attacks?)(?: as| to be)? (?:an? )?(?:[\w-]+ ){0,3}?(?:act of terrorism)\b/iy, ['called the attack an act of terrorism', 'Called this deadly attack to be a cowardly act of terrorism', 'called the attacks a b c d act of terrorism']],
    ];
    for (const [re, texts] of cases) {
      const small = compact(re);
      expect(small.source).not.toBe(re.source);
      expect(small.flags).toBe(re.flags);
      for (const t of texts) {
        re.lastIndex = small.lastIndex = 0;
        expect(small.exec(t)).toEqual(re.exec(t));
      }
    }
  });
});
