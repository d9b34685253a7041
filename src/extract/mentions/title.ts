// The page's own name for its subject. An encyclopedia page is titled by the name its subject is commonly known by
// ("Joseph Kony", "Claude Érignac"), while its text opens with a longer form ("Joseph Rao Kony", "Claude Jean Pierre
// Érignac"), which the finder makes the canonical name. Where a mention's text is the title itself (the page's
// heading line, or the short name again in the text), the entity it names takes the title as its canonical name in
// the whole document, so the page's subject is listed once, by the name the page gives it. (A title the finder meets
// as no mention, "EOKA" above a foreign name, changes nothing.) A page titled by what happened to a person
// ("Assassination of Huey Long") names the person by the title's name too.
import type { ExtractedMention } from '../types.ts';
import { GENERATION } from './surnames.ts';

/** The longest title read as a name: a headline is a sentence, not a name. */
const TITLE_MAX = 60;

/** A page titled by what happened to a person: "Assassination of Huey Long", "Kidnapping and murder of Aldo Moro". */
const EVENT_OF = /^(?:(?:attempted )?(?:assassination|murder|killing|execution|kidnapping|abduction|lynching|death|trial)(?: and (?:murder|death|trial|execution))?) of (\p{Lu}.+)$/iu;

/**
 * Renames, in place, the canonical of the unknown entity whose mention's text is the title. A page titled by what
 * happened to a person names the person so: the person whose name opens with its first word and ends with its last
 * ("Huey Pierce Long Jr." under "Assassination of Huey Long") takes it; a nickname's bearer keeps the name the text
 * gives ("Benigno Aquino Jr." under "Assassination of Ninoy Aquino").
 */
export function titleCanonical(mentions: ExtractedMention[], title: string | null | undefined): void {
  const name = title?.trim();
  if (!name || name.length > TITLE_MAX) return;
  const named = mentions.find((m) => m.text === name && !m.known);
  if (named) return renameAll(mentions, named, name);
  const subject = EVENT_OF.exec(name)?.[1];
  if (subject === undefined || !subject.includes(' ')) return;
  const first = subject.slice(0, subject.indexOf(' ') + 1);
  const last = subject.slice(subject.lastIndexOf(' '));
  const person = mentions.find((m) => m.type === 'person' && !m.known && m.canonical.startsWith(first) && m.canonical.replace(GENERATION, '').endsWith(last));
  if (person) renameAll(mentions, person, subject);
}

function renameAll(mentions: ExtractedMention[], named: ExtractedMention, name: string) {
  if (named.canonical === name || named.canonical === '') return;
  const { canonical, type } = named;
  for (const m of mentions) if (m.canonical === canonical && m.type === type) m.canonical = name;
}
