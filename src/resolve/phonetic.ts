// Phonetic key for transliterated names: a consonant skeleton. Transliterations of Arabic, Urdu and Pashto
// names differ mostly in vowels and doubled letters (Tayyiba / Taiba / Toiba, Qadoumi / Qaddoumi), so the
// key keeps the first letter (vowels folded to 'a'), folds q/k, ph/f, and drops vowels, y, w and repeats.

const FOLDS: Array<[RegExp, string]> = [
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/q/g, 'k'],
  [/c(?!h)/g, 'k'],
  [/dh/g, 'd'],
  [/th/g, 't'],
  [/gh/g, 'g'],
  [/kh/g, 'k'],
  [/v/g, 'w'],
  [/z/g, 'z'],
  [/x/g, 'ks'],
];

export function phoneticKey(token: string): string {
  if (token.length < 3 || /\d/.test(token) || !/^[a-z]+$/.test(token)) return '';
  let s = token;
  for (const [re, to] of FOLDS) s = s.replace(re, to);
  const first = /[aeiouy]/.test(s[0]!) ? 'a' : s[0]!;
  const rest = s.slice(1).replace(/[aeiouyw]/g, '');
  const key = (first + rest).replace(/(.)\1+/g, '$1');
  return key.length >= 2 ? key : '';
}
