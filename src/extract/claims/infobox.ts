// Infobox rows (Wikipedia-style pages): where the labelled fields are, and the attributions their values give
// the page's topic.
import rules from '../data/attribution.json' with { type: 'json' };
import type { Sentence } from '../sentences.ts';
import type { ExtractedMention } from '../types.ts';
import { type Ctx, party, literalParty, isActor, typeBit, emit } from './context.ts';
import { pageEvent } from './events.ts';
import { stateOfDemonym } from '../mentions/cues.ts';

/**
 * Infobox fields (Wikipedia-style pages) whose value names parties related to the page's topic
 * (attribution.json `infobox`): "Label | value |", "Label: value", or the label alone on a line with one
 * party per line after it. A label may open with up to three capitalised words ("Patron and Supreme
 * Commander"). INFOBOX_WORD (rules.ts) finds the label's last word; the field is read from its line's start.
 */
interface InfoboxField {
  label: string;
  types: string;
  actor: 'value' | 'topic';
  predicate: string;
  action: string;
  /** "event": the value's parties relate to the event the page is about (pageEvent), not to its topic */
  of?: 'event';
}
const INFOBOX = rules.infobox as InfoboxField[];
// (a news fact box writes its labels in capitals: "• FOUNDER: …", "• TOP COMMANDERS: …")
const INFOBOX_LABELS = INFOBOX.map((f) => `(?:${f.label}|${f.label.toUpperCase()})`);
/** The Arabic articles a value glued to its label may open with ("Perpetratorsal-Qaeda"), before their hyphen. */
const GLUED_ARTICLE = '(?:al|el|ad|an|ar|as|at|ul)';
export const INFOBOX_WORD = new RegExp(`\\b(?:${INFOBOX_LABELS.join('|')})(?:\\b|(?=[A-Z][a-z]|${GLUED_ARTICLE}-[A-Z]))`);
const FIELD_SOURCE = `^[ \\t]*(?:[-•*][ \\t]*)?((?:([A-Z][a-z]+ (?:and )?|[A-Z]{2,} )){0,3}?(?:${INFOBOX_LABELS.map((l) => `(${l})`).join('|')}))(?:\\(s\\))?(?:[ \\t]*[:|][ \\t]*|[ \\t]*$|(\\t| (?=[A-Z])|(?=[A-Z][a-z]|${GLUED_ARTICLE}-[A-Z])))`;
// (group 2, the words before the label, is read by nothing: a capture in a counted repetition keeps V8 from
// copying the repetition's body and the label alternation after it three times — 167 KB of native code for a
// two-byte text without it, 28 KB with it; bench/regex-size.ts)
/** The fields infoboxFields reads, as one expression over the whole text (the tests compare). */
export const FIELD = new RegExp(FIELD_SOURCE, 'gm');
const FIELD_AT = new RegExp(FIELD_SOURCE, 'my');
const isLineBreak = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
/**
 * The matches of FIELD, from those of INFOBOX_WORD (`words`; null: not run at word starts): each is tried
 * once at the start of the line a label word is on.
 */
export function infoboxFields(body: string, words: RegExpExecArray[] | null): RegExpExecArray[] {
  if (!words) return [...body.matchAll(FIELD)];
  const out: RegExpExecArray[] = [];
  let lastLine = -1;
  for (const w of words) {
    let ls = w.index;
    while (ls > 0 && !isLineBreak(body.charCodeAt(ls - 1))) ls--;
    if (ls === lastLine) continue;
    lastLine = ls;
    FIELD_AT.lastIndex = ls;
    const m = FIELD_AT.exec(body);
    if (m) out.push(m);
  }
  return out;
}
// what a field's value line may hold besides its parties: separators, bullets, "(alleged)", periods
// ("(2014–present)", "(until 2012)") and footnote marks
// (one flat alternation of pieces that begin differently: linear on a prose line that fails)
const VALUE_REST = /^(?:[\s,;•*|]+|and\s|\([^()\n]{0,80}\)|\[\d+\]|\[(?:note|lower-alpha) \d+\])*$/i;
/** One capitalised word that opens a value line before its first party (its name replaced by a space). */
const TITLE_FIRST = /^[ \t]*[A-Z][a-z]+(?= {2})/;
/** An office and "of" right before a name, which is then the office's complement, no party ("Minister of Interior"). */
const OFFICE_OF = /\b(?:Minister|Secretary|Chief|Head|Director|Commissioner) of (?:the )?$/;
/** OFFICE_OF before a mention at a (within 30 units, from p0 on), run only where "of " or "of the " ends there. */
const officeOfBefore = (body: string, p0: number, a: number) =>
  (body.startsWith('of ', a - 3) || body.startsWith('of the ', a - 7)) && OFFICE_OF.test(body.slice(Math.max(p0, a - 30), a));
/** A label in capitals (a news fact box). */
const FACT_BOX = /^[A-Z]{2,}(?: [A-Z]{2,})*$/;
const TYPE_BITS: Record<string, number> = { org: 1, person: 2, place: 4 };
/** A part of a group before it in a value ("splinter group of al-Gama'a al-Islamiyya"): the group is the party. */
const GROUP_PART = /^[ \t]*(?:an?\s+|the\s+)?(?:splinter\s+(?:group|faction)|faction|members?|elements|cells?|wing|supporters|militants|fighters)\s+(?:of|from|within)\s+/i;
/** A state's part named by its demonym in a perpetrators' row ("Suspected Hezbollah and Iranian involvement"). */
const DEMONYM_PART = /\b(\p{Lu}\p{Ll}+)\s+(?:involvement|backing|support|complicity|sponsorship|government|state|agents|intelligence)\b/gu;
/** A value item that names no party but people the row counts in ("Other unknown accomplices (alleged)"). */
const UNNAMED_ITEM = /^(?:other\s+)?(?:unknown|unidentified|several|two|three|four|five|\d+)\s+(?:[a-z-]+\s+){0,2}?(?:accomplices|associates|gunmen|attackers|assailants|militants|members|men|others|conspirators|perpetrators)$/i;

/**
 * Infobox fields (see FIELD): each party of the value is related to the page's topic as the field's row
 * in attribution.json says; "(alleged)" keeps the hedge. A value on the label's line is read up to the
 * line's end (or the next "|"), its parties outside brackets; else each following line that holds only
 * parties (up to 12, blank lines skipped).
 */
/** The first of `ms` (in order of their start) that starts at p or after, or ms.length. */
function firstFrom(ms: ExtractedMention[], p: number): number {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ms[mid]!.start < p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
export function infobox(ctx: Ctx, fields: RegExpExecArray[]) {
  const { body, mentions } = ctx;
  const topic = ctx.topic;
  for (const fm of fields) {
    const k = INFOBOX.findIndex((_, i) => fm[i + 3] !== undefined);
    const field = INFOBOX[k]!;
    const types = field.types.split('|').reduce((t, n) => t | TYPE_BITS[n]!, 0);
    const label = fm[1]!.toLowerCase().replace(/s$/, '');
    const attAction = field.action.replace('{label}', label);
    const lines: Array<[number, number, boolean]> = []; // value spans, and whether only parties may stand there
    let p = fm.index! + fm[0].length;
    if (p < body.length && !isLineBreak(body.charCodeAt(p)) && !isLineBreak(body.charCodeAt(p - 1))) {
      let q = p;
      while (q < body.length && !isLineBreak(body.charCodeAt(q)) && body[q] !== '|') q++;
      // a value after a tab or a space, or glued to its label ("PerpetratorsIslamic State", "Leaders Riaz Basra"):
      // only parties (a group page's rows too: the annotators of the later sets record them; branch attr3)
      const loose = fm[INFOBOX.length + 3] !== undefined;
      lines.push([p, q, loose]);
      // such a row, and an event's, goes on with one party a line ("PerpetratorsAl-Qaeda in the Islamic
      // Maghreb\nAl-Mourabitoun", "LeadersP\nQ"): the lines that follow are read as a label-alone row's are, up to
      // the first that holds more than parties
      if (field.of === 'event' || loose)
        for (let n = 0, r = q + 1; r < body.length && n < 6 && !isLineBreak(body.charCodeAt(r)); n++) {
          let e = body.indexOf('\n', r);
          if (e < 0) e = body.length;
          lines.push([r, e, true]);
          r = e + 1;
        }
    } else
      for (let n = 0; p < body.length && n < 12; n++) {
        let q = body.indexOf('\n', p);
        if (q < 0) q = body.length;
        if (body.slice(p, q).trim() === '') {
          p = q + 1;
          n--;
          if (p >= body.length || body.slice(p).trim() === '') break;
          continue;
        }
        lines.push([p, q, true]);
        p = q + 1;
      }
    // (an event's perpetrators' or suspects' row: its value may name them inside brackets, by a part of a group, by a
    // state's demonym, or as unnamed people; branch attr21)
    const doers = field.of === 'event' && (field.predicate === 'perpetrated' || field.predicate === 'accused_of');
    for (const [p0, q, strict] of lines) {
      const line = body.slice(p0, q);
      let depth = 0;
      let at = p0;
      const ms: ExtractedMention[] = [];
      // (the mentions are in order of their start: those of the line are from the first at p0 or after, up to q)
      const m0 = firstFrom(mentions, p0);
      for (let k = m0; k < mentions.length && mentions[k]!.start <= q; k++) {
        const m = mentions[k]!;
        if (m.end > q) continue;
        for (; at < m.start; at++) depth += body[at] === '(' ? 1 : body[at] === ')' ? -1 : 0;
        at = m.end;
        // (not an office's complement: "Minister of Interior (Police)")
        if ((depth <= 0 || (doers && !strict && m.type === 'person')) && isActor(m) && !officeOfBefore(body, p0, m.start)) ms.push(m);
      }
      // a fact box's row ("• TOP COMMANDERS: P, son of founder Q. R, uncle of P."): the parties that open the
      // value or one of its sentences (the others describe them)
      if (FACT_BOX.test(fm[1]!)) {
        for (let k = ms.length - 1; k >= 0; k--) {
          const before = body.slice(p0, ms[k]!.start);
          if (!/^\s*$|[.;]\s+$/.test(before)) ms.splice(k, 1);
        }
      }
      if (strict) {
        if (line.length > 200) break; // (a value line is short; prose ends the field)
        let rest = line;
        // (each occurrence of a party's name: a flag icon's caption repeats it, "Islamic State Islamic State")
        for (let k = m0; k < mentions.length && mentions[k]!.start <= q; k++) if (mentions[k]!.end <= q) rest = rest.split(mentions[k]!.text).join(' ');
        // (a title before the line's first name: "Sultan Abdul Halim (Yang di-Pertuan Agong)")
        if (field.types === 'person') rest = rest.replace(TITLE_FIRST, '');
        if (doers) rest = rest.replace(GROUP_PART, '');
        if (ms.length === 0 || !VALUE_REST.test(rest)) break;
      }
      const alleged = /\(alleged\)/i.test(line);
      const s: Sentence = { start: p0, end: q, para: -1 };
      const event = field.of === 'event' ? pageEvent(ctx) : null;
      if (field.of === 'event' && !event) break;
      const rowParties: Array<{ name: string; m: ExtractedMention | null }> = ms.map((m) => ({ name: m.canonical, m }));
      if (doers && event && !strict) {
        for (const d of line.matchAll(DEMONYM_PART)) {
          const state = stateOfDemonym(d[1]!);
          if (state && !rowParties.some((r) => r.name === state)) rowParties.push({ name: state, m: null });
        }
        for (const item of line.split(/,|;|\band\b/)) {
          const it = item.replace(/\(alleged\)|\[\d+\]/gi, '').replace(/\s+/g, ' ').trim();
          if (UNNAMED_ITEM.test(it)) rowParties.push({ name: it, m: null });
        }
      }
      // (a party the row names by no mention, a state by its demonym or people as written, is an event row's only)
      for (const { name, m } of rowParties) {
        if (m && (typeBit(m) & types) === 0) continue;
        if (event) {
          emit(ctx, { s, claimant: ctx.voice, hedged: alleged, negated: false, when: null }, { subject: m ? party(m) : literalParty(name), predicate: field.predicate, object: { literal: event }, action: attAction, actor: name, target: event, attAction: alleged ? `alleged ${attAction}` : attAction, row: true, rowLabel: m?.type === 'person' ? attAction : undefined });
          continue;
        }
        if (!m || !topic || m.canonical === topic.canonical) continue; // (a page with no topic: only an event's fields)
        const [actor, target] = field.actor === 'value' ? [m, topic] : [topic, m];
        const [subject, object] = field.predicate.endsWith('_by') ? [target, actor] : [actor, target];
        emit(ctx, { s, claimant: ctx.voice, hedged: alleged, negated: false, when: null }, { subject: party(subject), predicate: field.predicate, object: party(object), action: attAction, actor: actor.canonical, target: target.canonical, attAction: alleged ? `alleged ${attAction}` : attAction });
      }
    }
  }
}
