// The event a clause's verb phrase governs, for the clause-level relations (relations.ts): "X coordinated the
// attacks", "X was convicted for the May 2004 grenade attack that wounded …". The relation layer finds the verb
// phrase from the tokens; this names the event its noun phrase stands for.
import type { ExtractedMention } from '../types.ts';
import { BARE_EVENT, type PageCtx, eventCore, eventPhrase, phraseAfter, storyEvent } from './events.ts';

/** An infinitive of purpose after an event's noun ("the attack to encourage …"): no part of its name. */
const PURPOSE = /\s+to\s+(?!the\b|an?\b)\p{Ll}+\b.*$/u;

/**
 * The event named by the noun phrase at [from, nounEnd) and what qualifies it up to its clause's end (`end`):
 * the page's own event where the phrase stands for it ("the attacks", "his assassination" on a page about one),
 * else the phrase as written without what only qualifies it ("May 2004 grenade attack that wounded …" → "May
 * 2004 grenade attack"). Null where it names no event of its own (a bare "the attack" on a page about none).
 */
export function eventObject(page: PageCtx, body: string, ms: ExtractedMention[], from: number, nounEnd: number, end: number): string | null {
  const story = storyEvent(page, body.slice(from, nounEnd).replace(/\s+/g, ' '));
  if (story) return story;
  const ph = phraseAfter(body, from, end, true);
  if (!ph) return null;
  // (not a purpose after it: "videotape the attack to encourage others …")
  const ev = eventPhrase(eventCore(ph.replace(PURPOSE, '')), ms, from, end);
  return BARE_EVENT.test(ev) ? null : ev;
}
