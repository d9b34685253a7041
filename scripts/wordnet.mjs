// WordNet 3.0 (Princeton University; WordNet 3.0 licence, see src/extract/data/README.md) as Debian's package
// `wordnet-base` (1:3.0-37) installs it in /usr/share/wordnet (or WORDNET_DIR), read for the derive scripts
// (derive-org-heads.mjs, derive-headline-verbs.mjs, derive-common-words.mjs).
import { readFileSync } from 'node:fs';

export const WORDNET_DIR = process.env.WORDNET_DIR ?? '/usr/share/wordnet';

/** A WordNet file's lines (latin1). */
export const wordnetLines = (file) => readFileSync(`${WORDNET_DIR}/${file}`, 'latin1').split('\n');

/**
 * index.<pos> ("noun", "verb", "adj", "adv"): each lemma as listed (lower case, "_" for a space) → its synset offsets,
 * the most frequent sense first, and how often WordNet's sense-tagged texts use it (tagsense_cnt).
 */
export function readIndex(pos) {
  const m = new Map();
  for (const line of wordnetLines(`index.${pos}`)) {
    if (!line || line.startsWith(' ')) continue; // (the licence's lines)
    const f = line.split(' ');
    m.set(f[0], { offsets: f.filter((x) => /^\d{8}$/.test(x)), tagged: parseInt(f[5 + parseInt(f[3], 10)], 10) });
  }
  return m;
}

/** <pos>.exc: each line's words, the inflected form first, then its base forms ("broke break"). */
export const readExceptions = (pos) => wordnetLines(`${pos}.exc`).filter(Boolean).map((line) => line.split(' '));

/**
 * data.<pos>: each synset's offset → its words as listed (an adjective's marker such as "(a)" kept) and its pointers
 * ({ symbol: "~" for a hyponym, "@" a hypernym …, offset, pos }).
 */
export function readData(pos) {
  const m = new Map();
  for (const line of wordnetLines(`data.${pos}`)) {
    if (!/^\d{8} /.test(line)) continue;
    const f = line.split(' ');
    const wc = parseInt(f[3], 16);
    const words = [];
    for (let i = 0; i < wc; i++) words.push(f[4 + 2 * i]);
    let k = 4 + 2 * wc;
    const pc = parseInt(f[k], 10);
    k++;
    const pointers = [];
    for (let i = 0; i < pc; i++, k += 4) pointers.push({ symbol: f[k], offset: f[k + 1], pos: f[k + 2] });
    m.set(f[0], { words, pointers });
  }
  return m;
}
