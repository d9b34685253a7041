// The extract capability's front door: `extract(body, opts)` turns a document's text into mentions,
// dates, claims, attributions and demands, each pointing at the characters it came from. Pure and fast:
// no I/O, no store; the caller passes the gazetteer (every entity name and alias it knows).
import { tokenizeWithStarts } from './tokens.ts';
import { buildMatcher, type Matcher } from './matcher.ts';
import { effectiveGazetteer } from './gazetteer.ts';
import { findMentions } from './mentions.ts';
import { findDates } from './dates.ts';
import { findClaims } from './claims.ts';
import { findDemands } from './demands.ts';
import { splitSentences } from './sentences.ts';
import { findRules } from './rules.ts';
import type { Extraction, ExtractOptions, GazetteerEntry } from './types.ts';

export { gazetteerFromReference, canonicalOf } from './gazetteer.ts';
export { splitSentences } from './sentences.ts';
export type * from './types.ts';

// The compiled matcher is cached per gazetteer array (callers pass the same array for a whole batch).
const compiled = new WeakMap<GazetteerEntry[], { matcher: Matcher; metonyms: Map<string, string> }>();
function matcherFor(g: GazetteerEntry[]) {
  let m = compiled.get(g);
  if (!m) {
    const metonyms = new Map<string, string>();
    m = { matcher: buildMatcher(effectiveGazetteer(g, metonyms)), metonyms };
    compiled.set(g, m);
  }
  return m;
}

export function extract(body: string, opts: ExtractOptions): Extraction {
  const { toks, starts } = tokenizeWithStarts(body); // starts: where rule expressions may start (scan.ts)
  const { matcher, metonyms } = matcherFor(opts.gazetteer);
  const mentions = findMentions(body, toks, matcher);
  const sentences = splitSentences(body);
  const found = findRules(body, starts, opts.published); // every rule expression, one pass over the word starts
  const dates = findDates(body, sentences, opts, found.dates);
  const { claims, attributions } = findClaims(body, sentences, mentions, dates, opts, metonyms, found);
  const demands = findDemands(body, sentences, mentions, found);
  const lists = { organization: [] as string[], person: [] as string[], place: [] as string[] };
  const seen = { organization: new Set<string>(), person: new Set<string>(), place: new Set<string>() };
  for (const m of mentions) {
    if (seen[m.type].has(m.canonical)) continue;
    seen[m.type].add(m.canonical);
    lists[m.type].push(m.canonical);
  }
  return {
    organisations: lists.organization,
    people: lists.person,
    places: lists.place,
    event_dates: dates.map((d) => ({ event: d.event, date: d.date })),
    attributions,
    mentions,
    dates,
    claims,
    demands,
  };
}
