// `npm run eval -- extraction`: runs `extract` on each annotated document, builds predictions in
// gold.json's shape and scores them with the set's own scorer (eval/extraction/score.mjs, unchanged).
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { EvalSection } from './index.ts';
import { extract, gazetteerFromReference } from '../src/extract/index.ts';
import { score, prf } from './extraction/score.mjs';
import { EVAL_DIR, loadEvalDocs, loadGold, publishedOf, publisherOf } from './extraction/documents.ts';

const GOALS: Record<string, number> = {
  organisations: 0.9,
  places: 0.9,
  people: 0.85,
  attributions: 0.7,
  'mentions (exact)': 0.85,
};

/** Predictions in gold.json's shape for every document of an annotated set (the dev set by default). */
export function predictions(set: string = EVAL_DIR) {
  const actors = JSON.parse(readFileSync(join(process.cwd(), 'data/reference/actors.json'), 'utf8')) as unknown[];
  const gazetteer = gazetteerFromReference(actors);
  return loadEvalDocs(set).map((d) => {
    const x = extract(d.body, {
      gazetteer,
      published: publishedOf(d),
      title: d.header.title ?? null,
      publisher: publisherOf(d),
      author: null,
    });
    return {
      file: d.file,
      organisations: x.organisations,
      people: x.people,
      places: x.places,
      event_dates: x.event_dates,
      attributions: x.attributions,
      mentions: x.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, canonical: m.canonical, type: m.type })),
    };
  });
}

/** Scores `extract` on an annotated set and renders the table; `enforceGoals: false` lists shortfalls as notes. */
export function scoreSet(set: string, title: string, notes: string[] = [], enforceGoals = true): EvalSection {
  const counts = score(loadGold(set), predictions(set));
  const rows = Object.entries(counts).map(([field, c]) => {
    const { p, r, f } = prf(c);
    return [field, c.tp, c.fp, c.fn, p.toFixed(3), r.toFixed(3), f.toFixed(3), GOALS[field] !== undefined ? `≥ ${GOALS[field]!.toFixed(2)}` : ''];
  });
  const missed: string[] = [];
  for (const [field, goal] of Object.entries(GOALS)) {
    const f = prf(counts[field]!).f;
    if (f < goal) missed.push(`${field} F1 ${f.toFixed(3)} < ${goal.toFixed(2)}`);
  }
  return {
    title,
    headers: ['field', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1', 'goal'],
    rows,
    missed: enforceGoals ? missed : [],
    notes: [
      'Scored with eval/extraction/score.mjs (the set\'s own scorer, unchanged); according_to is not scored.',
      ...notes,
      ...(enforceGoals ? [] : missed.map((m) => `below goal (not enforced here): ${m}`)),
    ],
  };
}

/**
 * A set annotated blind (eval/holdout, eval/holdout2): scored like the dev set, its shortfalls as notes.
 * `what` says what the set is now, for the title; its README says how it was made and used.
 */
export function scoreBlindSet(set: string, what: string): EvalSection {
  const name = relative(join(EVAL_DIR, '..', '..'), set);
  return scoreSet(
    set,
    `Extraction quality on ${name} (${loadEvalDocs(set).length} documents, annotated blind; ${what})`,
    [`A rule changed because of an error seen here makes the set stop being held out for that error (${name}/README.md).`],
    false,
  );
}

export async function run(): Promise<EvalSection> {
  return scoreSet(EVAL_DIR, 'Extraction quality (17 annotated documents, eval/extraction; dev set, not held out)');
}
