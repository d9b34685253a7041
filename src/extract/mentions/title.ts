// The page's own name for its subject. An encyclopedia page or a release is titled by the name its subject is
// commonly known by ("EOKA", "Tupamaros", "Joseph Kony"), while its text opens with a longer or foreign form
// ("Ethniki Organosis Kyprion Agoniston (EOKA)", "Joseph Rao Kony"), which the finder makes the canonical name. Where
// a mention's text is the title itself, the entity it names takes the title as its canonical name in the whole
// document, so the page's subject is listed once, by the name the page gives it.
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
