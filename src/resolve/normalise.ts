// Name normalisation: the key stored in aliases.norm and list_names.norm, and the first step of matching.
// A pure function of the name. If what it returns changes, run reindexNames(db) (src/resolve/reindex.ts).
import vocab from './equivalences.json' with { type: 'json' };

const LETTERS = vocab.letters as Record<string, string>;
const LETTER_RE = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'gu');
// Apostrophes and ʿayn/hamza marks inside a word are dropped, not turned into a space: Hay’at → hayat,
// Da'wa → dawa. UK ConList writes ʿayn as a comma between letters (JAMA,AT-UD-DA,AWAH).
const APOSTROPHES = /[’'‘ʼʻ`´ʿʾ′]/gu;
const LETTER_COMMA = /(?<=\p{L}),(?=\p{L})/gu;

/**
 * Unicode NFKC, Latin letters transliterated to ASCII (diacritics stripped, ß → ss, ø → o …), case-folded,
 * apostrophes dropped, every other run of non-alphanumerics → one space, trimmed. Other scripts (Arabic,
 * Cyrillic) are kept as they are.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(LETTER_RE, (c) => LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(LETTER_COMMA, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The forms of a name worth comparing: the whole name, and where it packs more, its parts — names joined
 * by ';' (UN packs several names in one alias) and the name without a parenthesised part
 * ('HAQQANI NETWORK (HQN)' → 'HAQQANI NETWORK', and the acronym 'HQN').
 */
const FORMS_CACHE = new Map<string, Array<{ text: string; form: string }>>();

export function nameForms(name: string): Array<{ text: string; form: string }> {
  let forms = FORMS_CACHE.get(name);
  if (!forms) {
    forms = computeForms(name);
    if (FORMS_CACHE.size >= 200_000) FORMS_CACHE.clear();
    FORMS_CACHE.set(name, forms);
  }
  return forms;
}

function computeForms(name: string): Array<{ text: string; form: string }> {
  const out: Array<{ text: string; form: string }> = [{ text: name, form: 'whole name' }];
  const seen = new Set([normaliseName(name)]);
  const add = (text: string, form: string) => {
    const n = normaliseName(text);
    if (n && !seen.has(n)) {
      seen.add(n);
      out.push({ text, form });
    }
  };
  const parts = name.includes(';') ? name.split(';') : [name];
  for (const p of parts) {
    if (parts.length > 1) add(p, 'one of the names joined by ";"');
    const bare = p.replace(/\([^)]*\)?/g, ' ');
    if (bare !== p) {
      add(bare, 'without its parenthesised part');
      // Only an acronym in parentheses stands for the name ('(HQN)', '(ISIL-K)'); '(India)' qualifies it.
      for (const m of p.matchAll(/\(([^)]*)\)/g)) if (/^[A-Z0-9][A-Z0-9.\- ]{0,9}$/.test(m[1]!.trim()) && m[1] !== m[1]!.toLowerCase()) add(m[1]!, 'its parenthesised part');
    }
  }
  return out;
}
