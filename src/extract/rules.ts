// Every rule expression of dates, claims and demands, run in one pass over the word starts (scan.ts):
// the date rules, the attribution rules (each alternative of claims/patterns.ts's COMBINED on its own, so that a
// start is tried only against the rules its first characters allow), and the whole-word expressions
// that decide whether a sentence is worth its per-sentence expressions (hedges, verbs of speech, calls
// and imperatives, the measure kinds of demands).
import { DATE_RULES, NEED_DAY, NEED_YEAR } from './dates.ts';
import { INFOBOX_WORD, BACKED_WORD, COMBINED, CLAIM_ALTERNATIVES, CLAIM_CHECKS, HEDGE, SPEECH } from './claims.ts';
import { CALL_WORD, DEMAND_RULES, OPENING_VERB } from './demands.ts';
import { InSpan, RuleSet, startRule, type StartRule } from './scan.ts';

export interface Found {
  /** per rule of DATE_RULES, in its order */
  dates: RegExpExecArray[][];
  /** matches of the attribution rules (COMBINED), in order, and the rule (index in attribution.json) of each */
  claims: RegExpExecArray[];
  claimRule: number[];
  hedges: InSpan;
  speech: InSpan;
  calls: InSpan;
  openings: InSpan;
  /** the matches of BACKED_WORD (claims/patterns.ts; null: not run at word starts, the body is scanned) */
  suffixWords: RegExpExecArray[] | null;
  /** the matches of INFOBOX_WORD (claims/infobox.ts; null: not run at word starts) */
  infobox: RegExpExecArray[] | null;
  /** per expression of DEMAND_RULES (demands.ts), in its order */
  demands: InSpan[];
}

const dateRules = Object.values(DATE_RULES);
const claimRules = CLAIM_ALTERNATIVES.map((re, i) => {
  const r = startRule(re);
  return r && { ...r, check: CLAIM_CHECKS[i]! };
});
// were an attribution rule ever to start other than at a word start, COMBINED scans the whole text
const claimsAtStarts = claimRules.every((r) => r !== null);
const marks = [HEDGE, SPEECH, CALL_WORD, OPENING_VERB, BACKED_WORD, INFOBOX_WORD, ...DEMAND_RULES.map(([re]) => re)].map(startRule);
const DEMANDS = 6; // (the index of DEMAND_RULES' first among the marks)
const rules: StartRule[] = [...dateRules];
const slots: number[] = dateRules.map((_, i) => i);
const CLAIMS = dateRules.length;
if (claimsAtStarts)
  for (const r of claimRules) {
    rules.push(r!);
    slots.push(CLAIMS);
  }
const MARKS: number[] = []; // the list of each mark expression, or -1 when it is not run at word starts
for (const r of marks) {
  if (!r) {
    MARKS.push(-1);
    continue;
  }
  MARKS.push(Math.max(...slots) + 1);
  rules.push(r);
  slots.push(MARKS[MARKS.length - 1]!);
}
const SET = new RuleSet(rules, slots);
// the rules left out when the published date, or its day, is unknown
const enabledFor = (needYear: boolean, needDay: boolean) => {
  const on = new Uint8Array(rules.length).fill(1);
  dateRules.forEach((_, i) => {
    if ((needYear && NEED_YEAR & (1 << i)) || (needDay && NEED_DAY & (1 << i))) on[i] = 0;
  });
  return on;
};
const ENABLED = [enabledFor(false, false), enabledFor(false, true), enabledFor(true, false), enabledFor(true, true)];

/** Runs every rule over `body` at its word starts. `published`: the document's date, as in ExtractOptions. */
export function findRules(body: string, starts: Int32Array, published: string | null | undefined): Found {
  // (as dates.ts reads them)
  const pub = published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : null;
  const pubYear = published ? Number(published.slice(0, 4)) : null;
  const enabled = ENABLED[(pubYear ? 0 : 2) + (pub ? 0 : 1)]!;
  const which: number[][] = [];
  which[CLAIMS] = []; // (the rule of each match is wanted of the attribution rules only)
  const all = SET.run(body, starts, enabled, which);
  let claims: RegExpExecArray[];
  let claimRule: number[];
  if (claimsAtStarts) {
    claims = all[CLAIMS]!;
    claimRule = which[CLAIMS]!.map((r) => r - CLAIMS);
  } else {
    claims = [...body.matchAll(COMBINED)] as RegExpExecArray[];
    claimRule = claims.map((m) => {
      let gi = 0;
      while (m[gi + 1] === undefined) gi++;
      return gi;
    });
  }
  const demands: InSpan[] = [];
  for (let k = 0; k < DEMAND_RULES.length; k++) demands.push(new InSpan(body, marked(all, DEMANDS + k)));
  return {
    dates: all.slice(0, CLAIMS),
    claims,
    claimRule,
    hedges: new InSpan(body, marked(all, 0)),
    speech: new InSpan(body, marked(all, 1)),
    calls: new InSpan(body, marked(all, 2)),
    openings: new InSpan(body, marked(all, 3)),
    suffixWords: marked(all, 4),
    infobox: marked(all, 5),
    demands,
  };
}

/** The matches of mark expression i, among `all` (SET.run's lists); null when it is not run at word starts. */
function marked(all: RegExpExecArray[][], i: number): RegExpExecArray[] | null {
  return MARKS[i]! < 0 ? null : all[MARKS[i]!]!;
}
