// Demands: recommendations and calls for measures ("Designate TRF … under UN frameworks", "impose
// sanctions on …", "cut military aid", "suspend … from FATF"). The measure kind comes from
// src/model/vocab/measure-kinds.json; the target is the first party the demand names.
import type { Found } from './rules.ts';
import type { Sentence } from './sentences.ts';
import type { ExtractedDemand, ExtractedMention, ExtractedParty } from './types.ts';
import type { MeasureKind } from '../model/index.ts';

/** The measure kinds' expressions, in order: the first that matches a demand names its kind (rules.ts runs them over the body). */
export const DEMAND_RULES: Array<[RegExp, MeasureKind]> = [
  [/\b(?:designate|blacklist|proscribe|list)\b/i, 'designation'],
  [/\b(?:sanction|impose (?:travel bans|asset freezes|sanctions)|asset freezes?|travel bans?)\b/i, 'sanction'],
  [/\b(?:cut|halt|suspend|stop|end|withhold|freeze) (?:all )?(?:military |economic |financial |defen[cs]e )?(?:aid|assistance|cooperation)\b/i, 'aid_suspension'],
  [/\bgrey[- ]?list|\bFATF\b.*\bsuspend|\bsuspend\b.*\bFATF\b/i, 'suspension'],
  [/\bsuspend\b.*\bfrom\b|\bexpel\b|\bisolat/i, 'suspension'],
  [/\b(?:investigate|inquiry|probe)\b/i, 'investigation'],
  [/\b(?:prosecute|indict|bring to justice|held accountable)\b/i, 'prosecution'],
];
// Imperatives and calls: a sentence that opens with a verb of action, or says what someone must/should do.
// (Two expressions, not one alternation: the first is anchored, so it is tried at the sentence start only.)
const CALL_OPENING = /^(?:\d+\.\s*)?(?:[\p{Lu}][\p{L}\s-]{0,40}[–—-]\s*)?(?:Designate|Blacklist|Sanction|Impose|Cut|Halt|Suspend|Push|Freeze|Ban|Proscribe|List|Investigate|Expose|Isolate|End|Stop)\b/u;
/** CALL_OPENING's verbs as whole words: a sentence without one cannot open with one. */
export const OPENING_VERB = /\b(?:Designate|Blacklist|Sanction|Impose|Cut|Halt|Suspend|Push|Freeze|Ban|Proscribe|List|Investigate|Expose|Isolate|End|Stop)\b/;
export const CALL_WORD = /\b(?:must|should|ought to|need to|needs to|urge[sd]?|call(?:s|ed)? (?:on|for))\b/;

/**
 * `found`: where the whole-word expressions match in the body (rules.ts, one pass over the word starts
 * with the other rules), so that only a sentence holding a call word or an opening verb is read, and
 * DEMAND_RULES are tested on a sentence only where their matches in the body do not tell.
 */
export function findDemands(body: string, sentences: Sentence[], mentions: ExtractedMention[], found: Pick<Found, 'calls' | 'openings' | 'demands'>): ExtractedDemand[] {
  const out: ExtractedDemand[] = [];
  let mi = 0;
  for (const s of sentences) {
    const opening = found.openings.has(s.start, s.end);
    const call = found.calls.has(s.start, s.end);
    if (opening === false && call === false) continue;
    const text = body.slice(s.start, s.end);
    if (!((opening ?? OPENING_VERB.test(text)) && CALL_OPENING.test(text)) && !(call ?? CALL_WORD.test(text))) continue;
    // the first rule that matches names the kind (the later ones are not tried)
    let kind: MeasureKind | null = null;
    for (let k = 0; k < DEMAND_RULES.length && !kind; k++) if (found.demands[k]!.has(s.start, s.end) ?? DEMAND_RULES[k]![0].test(text)) kind = DEMAND_RULES[k]![1];
    if (!kind) continue;
    while (mi < mentions.length && mentions[mi]!.end <= s.start) mi++;
    const ms: ExtractedMention[] = [];
    for (let k = mi; k < mentions.length && mentions[k]!.start < s.end; k++) ms.push(mentions[k]!);
    // the target: the first organisation, else the first state named after the verb
    const target = ms.find((m) => m.type === 'organization' && !/United Nations|FATF|Financial Action|Commonwealth/.test(m.canonical)) ?? ms.find((m) => m.type === 'place') ?? null;
    const by = ms.find((m) => m.type === 'organization' && /United Nations|FATF|Financial Action|Commonwealth|Security Council/.test(m.canonical));
    const against: ExtractedParty | null = target ? { name: target.canonical, entity_id: target.entity_id, start: target.start, end: target.end } : null;
    out.push({
      measure_kind: kind,
      against,
      of_whom: by ? by.canonical : null,
      quote: text,
      span: { start: s.start, end: s.end },
    });
  }
  return out;
}
