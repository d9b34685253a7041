// The page's own name for its subject. An encyclopedia page is titled by the name its subject is commonly known by
// ("Joseph Kony", "Claude Érignac"), while its text opens with a longer form ("Joseph Rao Kony", "Claude Jean Pierre
// Érignac"), which the finder makes the canonical name. Where a mention's text is the title itself (the page's
// heading line, or the short name again in the text), the entity it names takes the title as its canonical name in
// the whole document, so the page's subject is listed once, by the name the page gives it. (A title the finder meets
// as no mention, "EOKA" above a foreign name, changes nothing.)
import type { ExtractedMention } from '../types.ts';

/** The longest title read as a name: a headline is a sentence, not a name. */
const TITLE_MAX = 60;

/** Renames, in place, the canonical of the unknown entity whose mention's text is the title. */
export function titleCanonical(mentions: ExtractedMention[], title: string | null | undefined): void {
  const name = title?.trim();
  if (!name || name.length > TITLE_MAX) return;
  const named = mentions.find((m) => m.text === name && !m.known);
  if (!named || named.canonical === name || named.canonical === '') return;
  const { canonical, type } = named;
  for (const m of mentions) if (m.canonical === canonical && m.type === type) m.canonical = name;
}
