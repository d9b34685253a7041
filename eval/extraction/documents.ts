// Reads the annotated documents: header lines (`Title:`, `Source:`, `Published:`, `Licence:`, …), one
// blank line, then the body. Shared by the extraction eval, its bench and tests.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDate } from '../../src/ingest/metadata.ts';

export interface EvalDoc {
  file: string;
  header: Record<string, string>;
  body: string;
}

export const EVAL_DIR = dirname(fileURLToPath(import.meta.url));
/** The held-out set (eval/holdout): same layout, for measuring only — see its README. */
export const HOLDOUT_DIR = join(EVAL_DIR, '..', 'holdout');
/** The second held-out set (eval/holdout2), annotated blind to judge the 2026-12-05 rule changes — see its README. */
export const HOLDOUT2_DIR = join(EVAL_DIR, '..', 'holdout2');
/** The third held-out set (eval/holdout3), annotated blind to judge the 2026-12-06 rule changes — see its README. */
export const HOLDOUT3_DIR = join(EVAL_DIR, '..', 'holdout3');
/** The fourth held-out set (eval/holdout4), annotated blind on 2026-12-06 to judge that day's changes — see its README. */
export const HOLDOUT4_DIR = join(EVAL_DIR, '..', 'holdout4');
/** The fifth held-out set (eval/holdout5), annotated blind on 2026-12-06 to judge the changes made after holdout4 was retired — see its README. */
export const HOLDOUT5_DIR = join(EVAL_DIR, '..', 'holdout5');
/** The sixth held-out set (eval/holdout6), annotated blind on 2026-12-06 to judge the changes made after holdout5 is used up — see its README. */
export const HOLDOUT6_DIR = join(EVAL_DIR, '..', 'holdout6');
/** The seventh held-out set (eval/holdout7), annotated blind on 2026-12-06 to judge the session after holdout6 is used up — see its README. */
export const HOLDOUT7_DIR = join(EVAL_DIR, '..', 'holdout7');
/** The eighth held-out set (eval/holdout8), annotated blind on 2026-12-06 to judge the session after holdout7 is used up — see its README. */
export const HOLDOUT8_DIR = join(EVAL_DIR, '..', 'holdout8');
/** The ninth held-out set (eval/holdout9), annotated blind on 2026-12-06 to judge the session after holdout8 is used up — see its README. */
export const HOLDOUT9_DIR = join(EVAL_DIR, '..', 'holdout9');
/** The tenth held-out set (eval/holdout10), annotated blind on 2026-12-06 to judge the session after holdout9 is used up — see its README. */
export const HOLDOUT10_DIR = join(EVAL_DIR, '..', 'holdout10');
/** The eleventh held-out set (eval/holdout11), annotated blind on 2026-12-06 to judge the session after holdout10 is used up — see its README. */
export const HOLDOUT11_DIR = join(EVAL_DIR, '..', 'holdout11');
/** The twelfth held-out set (eval/holdout12), annotated blind on 2026-12-06 to judge the session after holdout11 is used up — see its README. */
export const HOLDOUT12_DIR = join(EVAL_DIR, '..', 'holdout12');
/** The thirteenth held-out set (eval/holdout13), annotated blind on 2026-12-06 to judge the session after holdout12 is used up — see its README. */
export const HOLDOUT13_DIR = join(EVAL_DIR, '..', 'holdout13');
/** The fourteenth held-out set (eval/holdout14), annotated blind on 2026-12-07 to judge the session after holdout13 is used up — see its README. */
export const HOLDOUT14_DIR = join(EVAL_DIR, '..', 'holdout14');
/** The fifteenth held-out set (eval/holdout15), annotated blind on 2026-12-07 to judge the session after holdout14 is used up — see its README. */
export const HOLDOUT15_DIR = join(EVAL_DIR, '..', 'holdout15');
/** The sixteenth held-out set (eval/holdout16), annotated blind on 2026-12-07 to judge the session after holdout15 is used up — see its README. */
export const HOLDOUT16_DIR = join(EVAL_DIR, '..', 'holdout16');
/** The seventeenth held-out set (eval/holdout17), annotated blind on 2026-12-07 to judge the session after holdout16 is used up — see its README. */
export const HOLDOUT17_DIR = join(EVAL_DIR, '..', 'holdout17');
/** The eighteenth held-out set (eval/holdout18), annotated blind on 2026-12-07 to judge the session after holdout17 is used up — see its README. */
export const HOLDOUT18_DIR = join(EVAL_DIR, '..', 'holdout18');
/** The nineteenth held-out set (eval/holdout19), annotated blind on 2026-12-07 to judge the session after holdout18 is used up — see its README. */
export const HOLDOUT19_DIR = join(EVAL_DIR, '..', 'holdout19');
/** The twentieth held-out set (eval/holdout20), annotated blind on 2026-12-07 to judge the session after holdout19 is used up — see its README. */
export const HOLDOUT20_DIR = join(EVAL_DIR, '..', 'holdout20');
/** The twenty-first held-out set (eval/holdout21), annotated blind on 2026-12-07 to judge the session after holdout20 is used up — see its README. */
export const HOLDOUT21_DIR = join(EVAL_DIR, '..', 'holdout21');
/** The twenty-second held-out set (eval/holdout22), annotated blind on 2026-12-08 to judge the session after holdout21 is used up — see its README. */
export const HOLDOUT22_DIR = join(EVAL_DIR, '..', 'holdout22');
/** The twenty-third held-out set (eval/holdout23), annotated blind on 2026-12-08 to judge the session after holdout22 is used up — see its README. */
export const HOLDOUT23_DIR = join(EVAL_DIR, '..', 'holdout23');
/**
 * The sets still blind (not yet retired): only the lead runs the extractor on them, for totals. Tools that
 * read every eval text (the ingest bench's sentence pool, hence the golden cases) leave these out, so that no
 * output or diff shows their text. A set leaves this list when it is retired.
 */
export const BLIND_DIRS = [HOLDOUT22_DIR, HOLDOUT23_DIR];
/**
 * The development set and the retired sets, by name: the documents that tools running the extractor on every
 * set (bench/golden.ts's cases, bench/claims-ab.ts) read. A set joins this list when it is retired.
 */
export const RETIRED_DIRS = [EVAL_DIR, HOLDOUT_DIR, HOLDOUT2_DIR, HOLDOUT3_DIR, HOLDOUT4_DIR, HOLDOUT5_DIR, HOLDOUT6_DIR, HOLDOUT7_DIR, HOLDOUT8_DIR, HOLDOUT9_DIR, HOLDOUT10_DIR, HOLDOUT11_DIR, HOLDOUT12_DIR, HOLDOUT13_DIR, HOLDOUT14_DIR, HOLDOUT15_DIR, HOLDOUT16_DIR, HOLDOUT17_DIR, HOLDOUT18_DIR, HOLDOUT19_DIR, HOLDOUT20_DIR, HOLDOUT21_DIR];

export function parseDoc(file: string, text: string): EvalDoc {
  const cut = text.indexOf('\n\n');
  const head = cut < 0 ? '' : text.slice(0, cut);
  const body = cut < 0 ? text : text.slice(cut + 2);
  const header: Record<string, string> = {};
  for (const line of head.split('\n')) {
    const m = /^([A-Za-z]+):\s*(.*)$/.exec(line);
    if (m) header[m[1]!.toLowerCase()] = m[2]!.trim();
  }
  return { file, header, body };
}

/** The documents of an annotated set (the dev set unless `set` names another folder laid out the same way). */
export function loadEvalDocs(set: string = EVAL_DIR): EvalDoc[] {
  const dir = join(set, 'documents');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseDoc(f, readFileSync(join(dir, f), 'utf8')));
}

export function loadGold(set: string = EVAL_DIR): Array<Record<string, unknown> & { file: string }> {
  return JSON.parse(readFileSync(join(set, 'gold.json'), 'utf8')) as Array<Record<string, unknown> & { file: string }>;
}

/** `Published: 2023-10-27` (or any form ingest's parseDate reads, a note in brackets after it) → '2023-10-27'; `unknown` or no date → null. */
export function publishedOf(doc: EvalDoc): string | null {
  // (read as `dossier ingest` reads a `Published:` header line, a note in brackets after the date left out)
  return parseDate(doc.header.published ?? '');
}

/** The publisher a document speaks for, from its Source/Licence header (the host name as a fallback). */
export function publisherOf(doc: EvalDoc): string | null {
  const src = doc.header.source ?? '';
  try {
    return new URL(src).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
