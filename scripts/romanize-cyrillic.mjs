// Romanizes a Russian or Ukrainian given name written in Cyrillic into the Latin spellings English-language
// reporting uses for it: the BGN/PCGN system and the common press and library simplifications of it
// (Геннадий → Gennadiy, Gennady, Gennadi, Gennadii; Алексей → Aleksey, Alexei; Евгений → Yevgeny, Evgeny; Юрий → Yuri, Yury, Iurii;
// Ukrainian Олександр → Oleksandr). Used by scripts/derive-given-names.mjs only: a letter with several
// customary spellings gives each of them (a few variants per name, bounded by MAX_VARIANTS).

const COMMON = {
  а: ['a'], б: ['b'], в: ['v'], д: ['d'], з: ['z'], к: ['k'], л: ['l'], м: ['m'], н: ['n'], о: ['o'], п: ['p'],
  р: ['r'], с: ['s'], т: ['t'], у: ['u'], ф: ['f'], х: ['kh', 'h'], ц: ['ts'], ч: ['ch'], ш: ['sh'],
  щ: ['shch'], ъ: [''], ь: [''], ж: ['zh'], ю: ['yu', 'iu'], я: ['ya', 'ia'], э: ['e'], ё: ['yo', 'e'],
};
const RUSSIAN = { ...COMMON, г: ['g'], е: ['e'], и: ['i'], й: ['y', 'i'], ы: ['y'] };
const UKRAINIAN = { ...COMMON, г: ['h'], ґ: ['g'], е: ['e'], и: ['y'], і: ['i'], ї: ['yi', 'i'], є: ['ye', 'ie'], й: ['y', 'i'] };
const VOWELS = new Set('аеёиоуыэюяіїє');
const MAX_VARIANTS = 16;

/** The Latin spellings of one Cyrillic given name (lower case), or [] when a letter has no romanization here. */
export function romanizeCyrillic(name, language) {
  const table = language === 'uk' ? UKRAINIAN : RUSSIAN;
  const s = name.toLowerCase();
  let out = [''];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const prev = s[i - 1];
    let options = table[c];
    // a Russian е opening a name or after a vowel or a sign reads "ye" (Евгений → Yevgeny, also written Evgeny)
    if (c === 'е' && language !== 'uk' && (i === 0 || VOWELS.has(prev) || prev === 'ь' || prev === 'ъ')) options = ['ye', 'e'];
    // a name's final -ий/-ій/-ый: Gennadiy, Gennady, Gennadi, Gennadii
    if ((c === 'и' || c === 'і' || c === 'ы') && s[i + 1] === 'й' && i + 2 === s.length) {
      options = c === 'ы' ? ['y', 'iy'] : ['iy', 'y', 'i', 'ii'];
      i++;
    }
    // кс: Aleksey and the press's Alexei, Alexander
    if (c === 'к' && s[i + 1] === 'с') {
      options = ['ks', 'x'];
      i++;
    }
    if (!options) return [];
    const next = [];
    for (const head of out) for (const o of options) next.push(head + o);
    out = next.slice(0, MAX_VARIANTS);
  }
  return [...new Set(out)].filter((x) => /^[a-z]+$/.test(x));
}
