// Mentions: gazetteer matches, acronyms learnt in the document ("Full Name (ACR)"), surnames of people
// already named, and names the gazetteer does not know, typed by general evidence (titles and roles,
// verbs of speech, organisation and place head words, place patterns, infobox labels). Every mention's
// text is body.slice(start, end).
//
// Every pass reads the tokens' typed arrays and one integer of facts per token (`tc`): which cue sets its
// word is in (titles, roles, organisation heads, stop words …), worked out once per distinct word and kept
// by word id, so a pass over the tokens makes no string, slice or set lookup per token.
//
// The work is in mentions/: find.ts runs the passes in order; facts.ts keeps the facts of each word; runs.ts
// reads the capitalised runs nobody listed and classify.ts types them; acronyms.ts, joins.ts, venues.ts,
// surnames.ts and infobox.ts are the passes of their kind; merge.ts makes the names of one entity one;
// canonical.ts and context.ts are their shared helpers, cues.ts the cue sets, found.ts the mentions found.
export { findMentions } from './mentions/find.ts';
export { upperFirst } from './mentions/facts.ts';
export { personNameWords } from './mentions/merge.ts';
export { capitalisedLast, withoutTitle } from './mentions/canonical.ts';
export { INFOBOX_LINE, infoboxLines, trimmedItem } from './mentions/infobox.ts';
