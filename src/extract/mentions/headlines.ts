// Names that only a headline gives. A headline in Title Case capitalises every word, so capitals there are no
// evidence of a name: "Manhattan Federal Court", "Colombian Terrorist Organization", "Italy-Based Terror Cell" are
// descriptions that the story writes in lower case ("was sentenced today in Manhattan federal court"). A real
// name in a headline comes back in the story, written the same way.
import { type Tokens } from '../tokens.ts';
import { titleCaseLine } from './classify.ts';
import { tokenAt } from './context.ts';
import { type Found, foundI } from './found.ts';
import { onLabelledLine } from './infobox.ts';

/**
 * A body found by evidence (not known) on a line in Title Case is no mention unless its text is written again, with
 * the same capitals, somewhere not on a Title Case line (holdout18, holdout19: the Justice Department's and VOA's
 * headlines). An infobox row's line (its label first) is no headline. A person's name is a name in a headline too
 * ("Statement of Robert A. Hartung Before the House …"): a verb that ended up in it is runs.ts headlineVerb's.
 */
export function headlineOnlyNames(body: string, t: Tokens, tc: Int32Array, found: Found[]) {
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    if (f.known || f.canonical === '' || f.type !== 'organization') continue;
    const q = foundI[x]!;
    if (!titleCaseLine(t, tc, q) || onLabelledLine(t, q) || !headlineLine(body, f.start)) continue;
    const text = body.slice(f.start, f.end);
    // (an official name's "of", "and" or "on" is no headline's description: "Office of the Spokesman", "News and Media Division")
    if (/ (?:of|and|for|on) /.test(text)) continue;
    let again = false;
    for (let p = body.indexOf(text); p >= 0 && !again; p = body.indexOf(text, p + 1)) {
      if (p === f.start) continue;
      const k = tokenAt(t, p, 'start');
      again = k >= 0 && !titleCaseLine(t, tc, k);
    }
    if (!again) f.canonical = '';
  }
}

/**
 * The line around offset p reads as a headline, not a sentence, a list of names nor an infobox's or a table's cell:
 * six words or more; no bullet or wiki heading's "=" opening it; no bar, tab, bracket, bullet or semicolon in it (a
 * letterhead's or a list's); no full stop or colon ending it (a sentence's: "Delegates from Kelvara, France and the
 * Ardent Liberation Front met."); and no comma unless a short word in lower case ("to", "in", "of") says it is a
 * sentence ("… Sentenced in Manhattan Federal Court to Life in Prison for Conspiring to Kill Americans, Providing …";
 * not "Pierre Lacoste, Dominique Prieur, Alain Mafart").
 */
function headlineLine(body: string, p: number): boolean {
  const a = body.lastIndexOf('\n', p) + 1;
  let b = body.indexOf('\n', p);
  if (b < 0) b = body.length;
  const line = body.slice(a, b);
  if (/^\s*[-*=]|[|(\t•;]|[.!?:]["'”’]?\s*$/.test(line) || (line.match(/\p{L}+/gu)?.length ?? 0) < 6) return false;
  return !line.includes(',') || / (?:to|in|of|for|on|at|by|and|the|a|an|with|as) /.test(line);
}
