// Phonetic key for transliterated names: a consonant skeleton. Transliterations of Arabic, Urdu and Pashto
// names differ mostly in vowels and doubled letters (Tayyiba / Taiba / Toiba, Qadoumi / Qaddoumi), so the
// key keeps the first letter (vowels folded to 'a'), folds q/k, ph/f, and drops vowels, y, w and repeats.

// Each fold with a literal its pattern needs: a token without it is left as it is, unscanned (most tokens
// have none of ph, ck, q, dh, gh, kh, v, x).
const FOLDS: Array<[string, RegExp, string]> = [
  ['ph', /ph/g, 'f'],
  ['ck', /ck/g, 'k'],
  ['q', /q/g, 'k'],
  ['c', /c(?!h)/g, 'k'],
  ['dh', /dh/g, 'd'],
  ['th', /th/g, 't'],
  ['gh', /gh/g, 'g'],
  ['kh', /kh/g, 'k'],
  ['v', /v/g, 'w'],
  ['x', /x/g, 'ks'],
];

const VOWELS = 'aeiouy';
const DROPPED = 'aeiouyw';

export function phoneticKey(token: string): string {
  if (token.length < 3 || /\d/.test(token) || !/^[a-z]+$/.test(token)) return '';
  let s = token;
  for (const [probe, re, to] of FOLDS) if (s.includes(probe)) s = s.replace(re, to);
  // The first letter (a vowel as 'a'), then the others but vowels, y and w, each run of one letter once.
  let key = VOWELS.includes(s[0]!) ? 'a' : s[0]!;
  let last = key;
  for (let i = 1; i < s.length; i++) {
    const c = s[i]!;
    if (c === last || DROPPED.includes(c)) continue;
    key += c;
    last = c;
  }
  return key.length >= 2 ? key : '';
}
