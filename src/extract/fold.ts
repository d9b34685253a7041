// Transliteration-folded keys: the matcher compares names token by token on these keys, so spelling
// variants that differ only in case, diacritics, apostrophes, doubled letters or common vowel spellings
// (Qaddoumi/Qadoumi, Tehreek/Tehrik, Jama'at/Jamaat) meet. Pure, cached per raw token.

const cache = new Map<string, string>();
const NON_ASCII = /[\u0080-\uffff]/;

/** The folded key of one token (a run of letters/digits, apostrophes already inside). */
export function foldToken(raw: string): string {
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  let s = raw;
  if (NON_ASCII.test(s)) s = s.normalize('NFKD').replace(/\p{M}+/gu, '');
  s = s.toLowerCase().replace(/['’ʼ‘`´]/g, '');
  if (s === '&') s = 'and';
  else if (s === 'i') s = 'e'; // Jaish-i-Mohammed / Jaish-e-Mohammed, Tehrik-i / Tehrik-e
  else if (s.length > 2) {
    s = s
      .replace(/ee/g, 'i') // Tehreek → Tehrik (before doubled letters go single, which would leave "e")
      .replace(/([a-z])\1+/g, '$1') // Qaddoumi → Qadoumi, Tayyiba → Tayiba
      .replace(/o[ou]/g, 'u') // Qadoumi → Qadumi
      .replace(/ph/g, 'f');
  }
  if (cache.size > 200_000) cache.clear();
  cache.set(raw, s);
  return s;
}
