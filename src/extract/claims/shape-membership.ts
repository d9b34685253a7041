// Leadership and membership in prose that the role shape's own reading leaves (branch attr2 of the session of
// 2026-12-07 02:17): a role noun after a possessive pronoun ("G and its leader, P", "after its leader, P, split
// from …", "under its former leader, P"), the pronoun standing for the group named last before it in the sentence,
// else the group the text is about.
import type { ExtractedMention } from '../types.ts';
import { type Ctx, party, emit } from './context.ts';
import { antecedent } from './coref.ts';
import type { Hit } from './shapes.ts';

/** "its" / "their" and up to two lower-case words (no verb) right before a role noun. */
const POSSESSIVE_ROLE = /(?:^|[\s(])([Ii]ts|[Tt]heir)\s+((?:(?:former|late|new|then|current|top|founding|overall|supreme|military|spiritual|senior|self-styled|first|second|deputy|co-)\s*){0,2})$/;
/** Where the role's person stands after the noun: a comma (an apposition) or a space, then the name. */
const PERSON_AFTER = /^,?\s+$/;

/**
 * `role` with a possessive pronoun before the noun (roleShape found no group): the person right after the noun
 * (a person the mentions name, as written) has the role in the group the pronoun stands for. Singular nouns only
 * ("its leaders" lists no one), and not "of" after the noun (roleShape reads "its leader of …" no differently).
 */
export function possessiveRoleShape(ctx: Ctx, h: Hit): boolean {
  const { s, a, b, matched, ms, from, base } = h;
  const { body } = ctx;
  if (/s$/.test(matched) || !/^(?:leader|founder|co-founder|commander|chief|emir|head)$/.test(matched)) return false;
  const pz = POSSESSIVE_ROLE.exec(body.slice(Math.max(from, a - 40), a));
  if (!pz) return false;
  const its = a - pz[0].length + pz[0].indexOf(pz[1]!);
  const person = ms.find((x) => x.start >= b && x.start <= b + 3);
  if (!person || person.type !== 'person' || !PERSON_AFTER.test(body.slice(b, person.start))) return false;
  // the group: the last organisation named before the pronoun in the sentence (not a hyphen's qualifier), else the
  // group an "its" stands for (coref.ts), else the text's topic
  let org: ExtractedMention | null = null;
  for (const m of ms) if (m.start >= from && m.end <= its && m.type === 'organization' && !/^[-‐]/.test(body.slice(m.end, m.end + 1))) org = m;
  org ??= antecedent(ctx, its, 'group') ?? (ctx.topic && ctx.topic.type === 'organization' ? ctx.topic : null);
  if (!org || org.canonical === person.canonical) return false;
  const words = pz[2]!.replace(/\s+/g, ' ').trim();
  const noun = matched.toLowerCase();
  const founder = /founder$/.test(noun);
  const action = founder ? 'founded' : `is the ${words ? `${words} ` : ''}${noun} of`;
  if (founder) emit(ctx, base, { subject: party(org), predicate: 'founded_by', object: party(person), action, actor: person.canonical, target: org.canonical });
  else emit(ctx, base, { subject: party(person), predicate: 'leader_of', object: party(org), action, actor: person.canonical, target: org.canonical });
  return true;
}
