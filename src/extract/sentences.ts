// Sentence split per paragraph: Intl.Segmenter proposes boundaries; a boundary right after a known
// abbreviation ("Dr.", "U.S.", "Gen.") or a single initial is taken back.
import cues from './data/cues.json' with { type: 'json' };

export interface Sentence {
  start: number;
  end: number; // exclusive, trailing whitespace trimmed
  para: number; // paragraph index
}

const ABBR = new Set(cues.abbreviations.map((a) => a.toLowerCase()));
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function endsWithAbbreviation(text: string): boolean {
  const m = /([\p{L}.]+)\.\s*$/u.exec(text);
  if (!m) return false;
  const w = m[1]!;
  if (/^\p{Lu}$/u.test(w)) return true; // an initial: "Nathan A. Sales"
  return ABBR.has(w.toLowerCase());
}

export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  let para = 0;
  let p = 0;
  const n = body.length;
  while (p < n) {
    let q = body.indexOf('\n', p);
    if (q < 0) q = n;
    if (q > p && /\S/.test(body.slice(p, q))) {
      const text = body.slice(p, q);
      // fast path: no inner sentence punctuation
      if (!/[.!?]["'”’)\]]*\s+\S/.test(text)) pushTrim(out, body, p, q, para);
      else {
        let curStart = -1;
        for (const s of segmenter.segment(text)) {
          const a = p + s.index;
          if (curStart < 0) curStart = a;
          const b = a + s.segment.length;
          if (b < q && endsWithAbbreviation(s.segment)) continue;
          pushTrim(out, body, curStart, b, para);
          curStart = -1;
        }
        if (curStart >= 0) pushTrim(out, body, curStart, q, para);
      }
      para++;
    }
    p = q + 1;
  }
  return out;
}

function pushTrim(out: Sentence[], body: string, a: number, b: number, para: number) {
  while (a < b && /\s/.test(body[a]!)) a++;
  while (b > a && /\s/.test(body[b - 1]!)) b--;
  if (b > a) out.push({ start: a, end: b, para });
}
