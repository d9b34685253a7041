// The rule expressions run only at word starts that begin as a rule can (src/extract/scan.ts, prefix.ts):
// they must find exactly what a scan of the whole text finds, on real documents and on edge cases.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadEvalDocs } from '../eval/extraction/documents.ts';
import { codeUnits, InSpan, isS, RuleSet, startRule, startsOf, wordStarts } from '../src/extract/scan.ts';
import { ANAPHORIC, anaphorsOf, DATE_RULES, DECADE, decadeStart, eventOf, impliesTrigger, NAMED, namedForms, TRIGGER } from '../src/extract/dates.ts';
import { byStart } from '../src/extract/order.ts';
import { personNameWords, withoutTitle } from '../src/extract/mentions.ts';
import type { ExtractedDate } from '../src/extract/types.ts';
import { infoboxFields, FIELD, AUTHORITY_WORD, backedSuffixes, CLAIM_ALTERNATIVES, COMBINED, DEMONYM_AUTHORITY, HEDGE, lastWordBefore, lowerWords, mayBeLabel, singleSpaced, singleSpacedAt, SPEECH } from '../src/extract/claims.ts';
import { CALL_WORD, DEMAND_RULES, OPENING_VERB } from '../src/extract/demands.ts';
import { findRules } from '../src/extract/rules.ts';
import { abbreviationAt, footnoteAt, goesOn, hasOtherTerminator, OTHER_TERMINATORS, splitSentences } from '../src/extract/sentences.ts';
import cues from '../src/extract/data/cues.json' with { type: 'json' };
import { tokenizeWithStarts } from '../src/extract/tokens.ts';

const texts = [
  ...loadEvalDocs().map((d) => d.body),
  readFileSync('data/seed/op-ed.txt', 'utf8'),
  // edge cases: a word start after a non-ASCII letter or an apostrophe, underscores, capitals, the very end
  'naïvedesignated café_listed Jama’atbanned X-backed RE-DESIGNATED_ the 1990s, mid-1980s;2019-20 ' +
    '26 civilians were killed; killed at least 12. Two days ago, last Tuesday 5 May. They must act; urged. ' +
    'Claimed Responsibility for it, and was designat',
  // digits the date rules read before trying their expressions
  '1–2 July 2016; 1 - 3 May, 2019; 12 May 2020 – 3 June 2020; the 1980s, early 2000s, mid-1990s, late 1970s the 198s ' +
    'the 19800s 2019-20 2019 – 2021 1999—2000 2019x 20199 123 May 12 May 5 days ago 123 days ago 7 weeks ago May 5, 2020 ' +
    '3\u00a0May 2018 10\u2003–\u200311 June 2019 2018',
  // three digits and more before what the day rules read after one or two
  '123 May 2019; 1234 – 5 June 2020, 100 days ago, 12 days ago, 012 May, 001–2 July 2016, 10–12 July 2016 2019-20',
  // what the digit rules test after the digits before trying their expressions
  '12  May 2019, 5\u00a0May 2019, 1 – 3 May 2019 2019 – 2021 2019\u2003-20 1999\u2013 2001 7 june 2019 07 May 2019 ' +
    '3 May–4 June 2019 3 May \u2013 4 June 2019 12-13 May 2019 1 -2 May 2019 1- May 2019 2019 -' +
    ' May 5 May 12, May 123 May 5x May  5 Mayor 5 June 30. July 4_ August 7, 2019 March 3 2020 April 2019 12 Aug May 1',
  // what the month and relative rules test after a month's name or a first word before trying their expressions
  'mid-March 2019, late May 2020, early\u00a0June 2020, mid-april 2019, Sept. 15, 2005, Sept., 2005 Sept 2005 Nov. 2008, ' +
    'May 5, 2020 May 5 ,2020 May 5 2020 May 5, 202 March 15,2020 June 30 July 4. August 7  2019 May 123, 2020 Mayday 12, 2020 ' +
    'this week, THIS Monday, last\u00a0week, past Fortnight, next sunday, thistle week, Yesterday, TODAY, yesterday’s, ' +
    'two Days ago, 12 WEEKS ago, ten  days ago, seven days, 5 weeks ago May 5, 2019',
  // what the month-alone, relative-date and glued-year rules test before trying their expressions
  'in June, since May-3 June-x March,x April 4 May, 2019 Mayor Junes July_ August. September- DECEMBER Decembers ' +
    'The following day, two days later; A day after, that same year. THIS MONTH, 12 days later, 123 days later, x5 days ' +
    'later, the next daytime, the same years, eleven years later, a  day after, the_ next month, the\u00a0next year ' +
    'Dates of operation1996–present, 2001 - present, x2019-presently, 1890 –  present, 19960-present, _2001 – present presently',
  'May 5',
  'this w',
  'designated',
  'd',
  '',
];
const global = (re: RegExp) => new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'g');
const spans = (ms: RegExpMatchArray[]) => ms.map((m) => [m.index, m[0], ...m.slice(1)]);

const rules: Array<[string, RegExp]> = [
  ['attribution rules', COMBINED],
  ...Object.entries(DATE_RULES).map(([k, r]): [string, RegExp] => [`date rule ${k}`, r.re]),
];

describe('rules tried at word starts find what a whole-text scan finds', () => {
  it.each(rules)('%s', (_name, re) => {
    const rule = startRule(re);
    expect(rule).not.toBeNull();
    let found = 0;
    for (const t of texts) {
      const ours = new RuleSet([rule!]).run(t, wordStarts(t))[0]!;
      expect(spans(ours)).toEqual(spans([...t.matchAll(global(re))]));
      found += ours.length;
    }
    expect(found).toBeGreaterThan(0);
  });

  it('runs several rules together as each alone', () => {
    const set = new RuleSet(Object.values(DATE_RULES));
    for (const t of texts) {
      const all = set.run(t, wordStarts(t));
      Object.values(DATE_RULES).forEach((r, i) => expect(spans(all[i]!)).toEqual(spans([...t.matchAll(global(r.re))])));
    }
  });

  it("finds ANAPHORIC's matches from its second word's (anaphorsOf) as a whole-text scan finds them", () => {
    const set = new RuleSet(Object.values(DATE_RULES));
    const k = Object.keys(DATE_RULES).indexOf('ANAPHORIC');
    let found = 0;
    for (const t of texts) {
      const ours = anaphorsOf(t, codeUnits(t), set.run(t, wordStarts(t))[k]!);
      expect(spans(ours)).toEqual(spans([...t.matchAll(global(ANAPHORIC))]));
      found += ours.length;
    }
    expect(found).toBeGreaterThan(5);
  });

  it('runs more than 64 rules that share their first four characters', () => {
    const res = Array.from({ length: 100 }, (_, i) => new RegExp(`\\bword${i}\\b`, i % 2 ? 'i' : ''));
    const set = new RuleSet(res.map((re) => startRule(re)!));
    const t = 'word1 WORD99 Word64 word64 word100 word 7word word70x word99, word0';
    const all = set.run(t, wordStarts(t));
    let found = 0;
    res.forEach((re, i) => {
      expect(spans(all[i]!)).toEqual(spans([...t.matchAll(global(re))]));
      found += all[i]!.length;
    });
    expect(found).toBe(5); // word1, WORD99 (case ignored), word64 (not Word64: case kept), word99, word0
  });
});

describe('rules told apart past their first four characters (StartRule.deep)', () => {
  it('find what a whole-text scan finds, near the end of the text, beyond ASCII and in either case', () => {
    const res = [
      /\bsanctioned by\b/,
      /\bsanctions? (?:on|against)\b/i,
      /\band its alias(?:es)?,?/,
      /\b(?:has|had) (?:close |deep )?ties to\b/i,
      /\b\d[\d,]* (?:people|civilians) killed\b/,
      /\bis\s+based in\b/,
    ];
    const set = new RuleSet(res.map((re) => startRule(re)!));
    for (const r of set.rules) expect(r.deep).not.toBeNull();
    const texts = [
      'sanctioned by, sanctioned BY, Sanctions on, SANCTIONS AGAINST, sanction on, sanctionéd by, sancti, and its aliases, and ' +
        'its, and its alias. has close ties to HAD DEEP TIES TO has ties tO had closer ties to, has\u00a0ties to; 12 people killed, ' +
        '1,200 civilians killed, 2019 people, 12 peoplé killed, is based in, is\u00a0based in, is  based in, is based\tin, is based',
      'sanctioned b',
      'and its alia',
      'has close ti',
      'sanctions',
      'is based i',
    ];
    let found = 0;
    for (const t of texts) {
      const all = set.run(t, wordStarts(t));
      res.forEach((re, i) => {
        expect(spans(all[i]!)).toEqual(spans([...t.matchAll(global(re))]));
        found += all[i]!.length;
      });
    }
    expect(found).toBe(14);
  });
});

describe('alternatives in one list', () => {
  it('the attribution rules, each on its own, find what COMBINED finds, and which rule', () => {
    const alts = CLAIM_ALTERNATIVES.map(startRule);
    expect(alts.every((r) => r !== null)).toBe(true);
    const set = new RuleSet(alts as NonNullable<(typeof alts)[number]>[], alts.map(() => 0));
    let found = 0;
    const counts = '1,400 people were killed, 2019 killed 12,5 Soldiers killed 100  people were killed 3 pilgrims had been killed 7 Tourists were killed 9 x 12 ,people 4,, civilians killed 5';
    for (const t of [...texts, 'was claimed by x; claimed responsibility for; behind, behind', counts]) {
      const which: number[][] = [[]];
      const ours = set.run(t, wordStarts(t), undefined, which)[0]!;
      const whole = [...t.matchAll(COMBINED)];
      expect(ours.map((m) => [m.index, m[0]])).toEqual(whole.map((m) => [m.index, m[0]]));
      expect(which[0]).toEqual(whole.map((m) => m.slice(1).findIndex((g) => g !== undefined)));
      // what extract() runs
      const r = findRules(t, wordStarts(t), '2025-05-01');
      expect(r.claims.map((m) => [m.index, m[0]])).toEqual(whole.map((m) => [m.index, m[0]]));
      expect(r.claimRule).toEqual(which[0]);
      found += ours.length;
    }
    expect(found).toBeGreaterThan(50);
  });
});

describe('"-backed" and the like, found from the words after a hyphen', () => {
  it('are the matches of the expression', () => {
    let found = 0;
    let allies = 0;
    const alliesTexts = [
      'Allies\nIran',
      'x Allies: A\nAllies: B\r\nAllies \t\nAllies\u2028Allies:C Allies\n Allies\nAllies_\nAlliesX\n\tAllies',
      'Allies',
      'Founders | A B |\nPatron and Supreme Commander | C |\nSplit to | D |\nGroup(s) | E |\n- Part of: F\nLeaders\n  • G (2014–present)\nLeaders of the group met. Allies Leaders\nThe Part of it',
    ];
    for (const t of [...texts, 'Iran-backed, US‐sponsored X-fundedY -supported- a-backed_ --backed ‐‐funded -backed al Qaeda-linked X-linkedY', '-', 'x‐', ...alliesTexts]) {
      const r = findRules(t, wordStarts(t), null);
      expect(r.suffixWords).not.toBeNull();
      const ours = backedSuffixes(t, r.suffixWords).map((m) => [m.index, m[0], m[1]]);
      expect(r.infobox).not.toBeNull();
      const fields = (ms: RegExpMatchArray[]) => ms.map((m) => [m.index, m[0]]);
      expect(fields(infoboxFields(t, r.infobox))).toEqual(fields([...t.matchAll(FIELD)]));
      allies += infoboxFields(t, r.infobox).length;
      expect(ours).toEqual([...t.matchAll(/[-‐](backed|sponsored|funded|supported|linked)\b/g)].map((m) => [m.index, m[0], m[1]]));
      found += ours.length;
    }
    expect(found).toBeGreaterThan(5);
    expect(allies).toBeGreaterThan(5);
  });
});

describe('named forms (26/11), found from the slashes', () => {
  it('are the matches of the expression', () => {
    let found = 0;
    for (const t of [...texts, '9/11 26/11 1/2/3 /12/5 123/4 12/345 x7/7x 12/5/ 3/ /4 1/22 11/2', '1/2', '/', '12/']) {
      const ours = namedForms(t).map((m) => [m.index, m[0], m[1]]);
      expect(ours).toEqual([...t.matchAll(NAMED)].map((m) => [m.index, m[0], m[1]]));
      found += ours.length;
    }
    expect(found).toBeGreaterThan(5);
  });
});

describe('whether a sentence holds a whole-word expression, from its matches in the whole text', () => {
  const marks: Array<[string, RegExp, (t: string) => InSpan]> = [
    ['hedges', HEDGE, (t) => findRules(t, wordStarts(t), null).hedges],
    ['verbs of speech', SPEECH, (t) => findRules(t, wordStarts(t), null).speech],
    ['call words', CALL_WORD, (t) => findRules(t, wordStarts(t), null).calls],
    ['opening verbs', OPENING_VERB, (t) => findRules(t, wordStarts(t), null).openings],
    ...DEMAND_RULES.map(([re, kind], k): [string, RegExp, (t: string) => InSpan] => [`the ${kind} rule of demands`, re, (t) => findRules(t, wordStarts(t), null).demands[k]!]),
    // (dates.ts asks it of each sentence before chrono reads one)
    ['relative dates', new RegExp(DATE_RULES.RELATIVE!.re.source, 'i'), (t) => new InSpan(t, findRules(t, wordStarts(t), '2025-05-01').dates[Object.keys(DATE_RULES).indexOf('RELATIVE')]!)],
  ];
  // demands whose expressions reach across sentences (`.*`) or end inside a word
  const demands =
    'Suspend them. It came from FATF. The FATF should suspend it; suspend Iran from the FATF and grey-list it, then greylist. ' +
    'Isolate and isolation. Expel them: investigate, prosecute, hold to account and bring to justice. Cut all military aid. ' +
    'Halt economic assistance; end defence cooperation. Impose asset freezes and travel bans. List them, blacklisted, designate. ' +
    'Last week, on 5 May, it met. This Monday. Next month it will. The past weeks were calm; past Sunday.';
  it.each(marks)('%s: as the slice\'s own test, or no answer', (_name, re, spans) => {
    let yes = 0;
    const extra = 'They must act.Designate X—it is alleged; he said so. Hedgeallegedly said: must';
    for (const t of [...texts, extra, demands]) {
      const inSpan = spans(t);
      const ss = [...splitSentences(t).map((s) => [s.start, s.end] as const), [0, t.length] as const];
      if (t === extra) ss.splice(0, ss.length, [5, 9], [10, 14], [15, 24], [34, 45], [60, 70], [77, 81]);
      for (const [a, b] of ss.sort((x, y) => x[0] - y[0])) {
        const h = inSpan.has(a, b);
        if (h !== null) expect(h).toBe(re.test(t.slice(a, b)));
        if (h) yes++;
      }
    }
    expect(yes).toBeGreaterThan(0);
  });
});

describe('the tokenizer lists the same word starts', () => {
  it('as scan.ts computes them', () => {
    for (const t of [...texts, 'a_b __x ’t don’t Jama’at_x café5 9é', 'a b c', 'x']) expect([...tokenizeWithStarts(t).starts]).toEqual([...wordStarts(t)]);
  });
});

describe('what the prefix reading leaves to the whole-text scan', () => {
  it('a rule not led by a word boundary, or with a back-reference, is not run at word starts', () => {
    expect(startRule(/(?<![\d/])(\d{1,2}\/\d{1,2})/g)).toBeNull();
    expect(startRule(/\b(\w)x\1/g)).toBeNull();
    expect(startRule(/[-‐](backed|funded)\b/g)).toBeNull();
    expect(startRule(/\b(?:a|b)?/g)).toBeNull(); // may match nothing
  });
  it('an anchored or unmodelled expression is left to the whole-text scan', () => {
    expect(startsOf(/^(?:\d+\.\s*)?Designate\b/u).inner).toBeNull();
    expect(startRule(/^Designate\b/g)).toBeNull();
    expect(startRule(/\bDesignate\b/g)).not.toBeNull();
  });
});

describe('a date rule match that proves the date trigger', () => {
  const sticky = new RegExp(TRIGGER.source, 'g');
  it('holds a match of the trigger within it; none of the others is counted', () => {
    const extra = ['Yesterday they met.', 'This week, last month.', 'TODAY 5 DAYS AGO', 'in the 1990s', 'mid-1980s and May 5', 'Friday'];
    let proved = 0;
    for (const t of [...texts, ...extra])
      for (const pub of ['2025-05-01', '2025', null]) {
        const all = findRules(t, wordStarts(t), pub).dates;
        if (impliesTrigger(all)) {
          expect(TRIGGER.test(t)).toBe(true);
          proved++;
        }
        // every match of a rule counted holds a trigger match: the rule itself proves it, not this text
        Object.keys(DATE_RULES).forEach((name, i) => {
          const counted = impliesTrigger(Object.keys(DATE_RULES).map((_, j) => (j === i ? all[i]! : [])));
          for (const m of all[i]!) {
            sticky.lastIndex = m.index;
            const x = sticky.exec(t);
            if (counted) expect(x !== null && x.index < m.index + m[0].length).toBe(true);
          }
        });
      }
    expect(proved).toBeGreaterThan(20);
    // these match date rules without a trigger: they must not count
    expect(impliesTrigger(findRules('Yesterday', wordStarts('Yesterday'), '2025-05-01').dates)).toBe(false);
    expect(TRIGGER.test('Yesterday')).toBe(false);
    expect(findRules('Yesterday', wordStarts('Yesterday'), '2025-05-01').dates.some((ms) => ms.length > 0)).toBe(true);
  });
});

describe('a phrase already single-spaced, by one expression test', () => {
  it('is one that folding its spaces and trimming leaves as it is', () => {
    const extra = ['', ' ', 'a', 'a b', 'a  b', ' a', 'a ', 'a\tb', 'a\u00a0b', 'a\nb', '\u2028', 'a \u3000b', 'x\ufeff', 'claimed  responsibility for'];
    let single = 0;
    for (const t of [...texts, ...extra]) {
      const parts = [t, ...splitSentences(t).map((s) => t.slice(s.start, s.end)), ...splitSentences(t).map((s) => t.slice(Math.max(0, s.start - 1), s.end + 1))];
      for (const p of parts) {
        expect(singleSpaced(p)).toBe(p.replace(/\s+/g, ' ').trim() === p);
        if (singleSpaced(p)) single++;
      }
    }
    expect(single).toBeGreaterThan(100);
  });

  it('is told alike from the code units', () => {
    const extra = ['a', 'a b', 'a  b', ' a', 'a ', 'a\tb', 'a\u00a0b', 'a\nb', 'a \u3000b', 'x\ufeff', 'a \nb', 'claimed  responsibility for', 'linked to'];
    let single = 0;
    for (const t of [...texts, ...extra]) {
      const units = codeUnits(t);
      for (const s of [{ start: 0, end: t.length }, ...splitSentences(t)]) {
        // the sentence, and runs of one to four words from each word start in it
        const ws = [...wordStarts(t.slice(s.start, s.end))].map((w) => s.start + w);
        const parts = [[s.start, s.end], ...ws.flatMap((w, i) => [1, 2, 4].map((k) => [w, Math.min(s.end, (ws[i + k] ?? s.end) + 1)]))];
        for (const [a, b] of parts) {
          if (a! >= b!) continue;
          expect(singleSpacedAt(units, a!, b!)).toBe(singleSpaced(t.slice(a, b)));
          if (singleSpacedAt(units, a!, b!)) single++;
        }
      }
    }
    expect(single).toBeGreaterThan(1000);
  });
});

describe('the lower-case words a first gap may be, told without the expression', () => {
  // claims/actors.ts's FIRST_GAP
  const FIRST_GAP = /^\s*(?:(?:the|a|an|both|its|their|his|her|also|two|several|other|to|of|U\.S\.|US|(?:the )?(?:government|governments|authorities) of|[-‐]?[\p{Ll}][\p{Ll}-]*|[\p{Lu}][\p{Ll}]+(?:an|ian|i|ese|ch|sh)|NGO|[\p{Lu}][\p{Ll}]+ic)[,]?\s+){0,7}$/u;
  it('are gaps the expression takes', () => {
    const extra = ['', ' ', 'the ', ' the', ' a b c d e f g ', ' a b c d e f g h ', 'one, two,  three\n', 'pro-Iran ', 'a-b- ', '-a ', 'a,, ', 'a , ', 'a\u00a0b\u3000', 'é ', 'aé ', 'the Iranian '];
    let plain = 0;
    for (const t of [...texts, ...extra]) {
      // the text between two word starts, one, three or eight words apart
      const ws = [...wordStarts(t), t.length];
      for (let i = 0; i + 1 < ws.length; i++)
        for (const k of [1, 3, 8]) {
          const g = t.slice(ws[i]! - (i > 0 ? 1 : 0), ws[Math.min(i + k, ws.length - 1)]!);
          if (!lowerWords(g)) continue;
          expect(FIRST_GAP.test(g)).toBe(true);
          plain++;
        }
    }
    expect(extra.filter(lowerWords)).toEqual(['', ' ', 'the ', ' a b c d e f g ', 'one, two,  three\n', 'a-b- ', 'a\u00a0b\u3000']);
    for (const g of extra) if (lowerWords(g)) expect(FIRST_GAP.test(g)).toBe(true);
    expect(plain).toBeGreaterThan(1000);
  });
});

describe('the pre-test of the label expression', () => {
  // claims/cues.ts's LABEL, as sentenceClaims runs it on a clause from `from` to its sentence's end
  const LABEL = /^(?:[•*\-–]\s*)?(?:\d+\.\s*)?[\p{L} ]{2,30}:\s+/u;
  it('passes every clause the expression matches', () => {
    const extra = [
      'Iran: Tehran has accused Israel.', '• Iran: Tehran', '1. Sanction Iran: now', '* 12.  Key points:\tthe', '– Über Straße: x',
      'A: b', 'Ab: c', 'Ab:c', 'Ab :  c', 'Label:', 'Label: ', '   \t 123.   Thirty letters and spaces here: x', 'Thirty-one letters and spaces ok: x',
      'abcdefghijklmnopqrstuvwxyzabcd: x', 'abcdefghijklmnopqrstuvwxyzabcde: x', ' 9. ab: x', '9.ab: x', 'Say, what: x', 'Cé: x', 'x\u00a0y:\u3000z',
    ];
    let matched = 0;
    let skipped = 0;
    for (const t of [...texts, ...extra]) {
      for (const s of [{ start: 0, end: t.length }, ...splitSentences(t)]) {
        // from the sentence's start and from each word start in it (a claimant or a label taken off before)
        for (const from of [s.start, ...wordStarts(t.slice(s.start, s.end)).map((w) => s.start + w)]) {
          const c = t.indexOf(':', from);
          if (c < 0 || c >= s.end) continue;
          const label = LABEL.test(t.slice(from, s.end));
          if (label) matched++;
          if (!mayBeLabel(codeUnits(t), from, c, s.end)) {
            expect(label).toBe(false);
            skipped++;
          }
        }
      }
    }
    expect(matched).toBeGreaterThan(20);
    expect(skipped).toBeGreaterThan(100);
  });
});

describe('footnote marks, read from the code units', () => {
  it('are those of the expression', () => {
    const extra = '[1] [12] [123] [1234] [] [a] [1a] [12 [9]. x[3]';
    let marks = 0;
    for (const t of [...texts, extra]) {
      const units = codeUnits(t);
      for (let j = t.indexOf('['); j >= 0; j = t.indexOf('[', j + 1)) {
        const m = /^\[\d{1,3}\]/.exec(t.slice(j, j + 6));
        expect(footnoteAt(units, j, t.length)).toBe(m ? m[0].length : 0);
        if (m) marks++;
      }
    }
    expect(marks).toBeGreaterThan(10);
  });
});

describe('the pre-test of the demonym authority expression', () => {
  it('passes every text the expression matches', () => {
    const demonyms = DEMONYM_AUTHORITY.source.slice(4, DEMONYM_AUTHORITY.source.indexOf(')')).split('|');
    expect(demonyms.length).toBeGreaterThan(10);
    const extra = demonyms.flatMap((d) => [`the ${d} Government said`, `${d} authorities`, `${d} government.`, `${d}  Government`, `${d} Governments`]);
    let matched = 0;
    for (const t of [...texts, ...extra]) {
      for (const [a, b] of [[0, t.length], ...splitSentences(t).map((s) => [s.start, s.end])]) {
        const part = t.slice(a, b);
        if (DEMONYM_AUTHORITY.test(part)) {
          expect(AUTHORITY_WORD.test(part)).toBe(true);
          matched++;
        }
      }
    }
    expect(matched).toBeGreaterThan(3 * demonyms.length);
  });
});

describe('a line that goes on, from its first character where it can', () => {
  it('is what the expression says of its first two characters', () => {
    const extra = 'a\n b\n\tc\n\u00a0d\n é\n\u2003Ж\n,x\n 1\n  z\n-\n\u201cq\n\u0000';
    let yes = 0;
    for (const t of [...texts, extra])
      for (let i = 0; i <= t.length; i++) {
        expect(goesOn(t, i)).toBe(/^\s*[\p{L}\d]/u.test(t.slice(i, i + 2)));
        if (goesOn(t, i)) yes++;
      }
    expect(yes).toBeGreaterThan(1000);
  });
});

describe('a text\'s code units, copied into a kept typed array', () => {
  it('are its charCodeAt values, whatever text came before', () => {
    const long = 'x'.repeat(40000) + '\u3002';
    for (const t of [...texts, long, 'ab', long.slice(0, 39999), '\ud83d\ude00 é', ...texts.map((t) => t.slice(1))]) {
      const u = codeUnits(t);
      for (let i = 0; i < t.length; i++) if (u[i] !== t.charCodeAt(i)) expect([i, u[i]]).toEqual([i, t.charCodeAt(i)]);
    }
  });
});

describe('other scripts\' terminators, read two code units at a time', () => {
  it('are found where the expression finds them', () => {
    const marks = [...'。！？؟।॥።'];
    const near = ['\u3001', '\u3003', '\uff00', '\uff02', '\u061e', '\u0963', '\u0966', '\u1361', '\u2019', '\u0200', '\u01ff', 'é'];
    const extra: string[] = [];
    for (const c of [...marks, ...near])
      for (const n of [0, 1, 2, 3, 7, 8, 9, 16, 17]) {
        extra.push('a'.repeat(n) + c, c + 'b'.repeat(n), 'a'.repeat(n) + c + 'b'.repeat(n % 5));
      }
    let found = 0;
    // (a text longer than the next leaves its units in the array past the next one's end)
    for (const t of [...texts, ...extra, ...extra.map((t) => t + '\u3002').flatMap((t) => [t, t.slice(0, -1)])]) {
      expect(hasOtherTerminator(t)).toBe(OTHER_TERMINATORS.test(t));
      if (hasOtherTerminator(t)) found++;
    }
    expect(found).toBeGreaterThan(300);
  });
});

describe('a date\'s event, worked out on the code units', () => {
  // the string version it replaces
  const isW = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  const byStrings = (text: string, a: number, b: number): string => {
    const l0 = Math.max(0, a - 60);
    const left = text.slice(l0, a);
    const cut = l0 + Math.max(left.lastIndexOf(','), left.lastIndexOf(';'), left.lastIndexOf(':')) + 1;
    const r1 = Math.min(text.length, b + 80);
    const k = text.slice(b, r1).search(/[,;.]/);
    const stop = k < 0 ? r1 : b + k;
    const s = `${text.slice(cut, a).trim()} … ${text.slice(b, stop).trim()}`;
    let i = 0;
    let j = s.length;
    while (i < j && !isW(s.charCodeAt(i))) i++;
    while (j > i && !isW(s.charCodeAt(j - 1))) j--;
    return s.slice(i, j).slice(0, 140);
  };
  it('is what the string version gives, at every span of the texts', () => {
    const extra = [' , ; : . ', 'é, (x) ; \u3000a\u2028 … b\ufeff. ', `${'w'.repeat(150)}, y`, `a; ${'long '.repeat(40)}`, ' \t\n'];
    let nonEmpty = 0;
    for (const t of [...texts, ...extra]) {
      const u = codeUnits(t);
      for (let a = 0; a < t.length; a += 1 + (a % 3))
        for (const len of [0, 1, 4, 11]) {
          const b = Math.min(t.length, a + len);
          const ours = eventOf(t, u, a, b);
          if (ours !== byStrings(t, a, b)) expect([a, b, ours]).toEqual([a, b, byStrings(t, a, b)]);
          if (ours) nonEmpty++;
        }
    }
    expect(nonEmpty).toBeGreaterThan(10000);
  });
});

describe('dates put in order of start', () => {
  it('as a stable sort puts them', () => {
    const d = (start: number, text: string) => ({ start, text }) as ExtractedDate;
    for (const starts of [[], [1], [3, 1, 2], [5, 5, 1, 5, 0], [0, 1, 2], [9, 8, 7, 7, 6, 1, 1, 0]]) {
      const ds = starts.map((s, i) => d(s, String(i)));
      const want = [...ds].sort((x, y) => x.start - y.start).map((x) => x.text);
      expect(byStart(ds).map((x) => x.text)).toEqual(want);
    }
  });
});

describe('decades, found from their digits', () => {
  it('with their prefix put back, are the matches of the expression', () => {
    const extra = [
      'the 1990s bathe 1990s amid-1990s the early 1990s The 1990s late 2000s mid-1880s the 1985s early-1990s xthe 1990s',
      'the 1990s', 'early 2020s; late  1990s, the\u00a01990s mid-mid-1970s the the 1960s 1990sx the 1990s_',
    ];
    let found = 0;
    for (const t of [...texts, ...extra]) {
      const ours = findRules(t, wordStarts(t), null).dates[Object.keys(DATE_RULES).indexOf('DECADE')]!.map((m) => {
        const a = decadeStart(t, m.index);
        return [a, t.slice(a, m.index + m[0].length), m[1]];
      });
      expect(ours).toEqual([...t.matchAll(DECADE)].map((m) => [m.index, m[0], m[1]]));
      found += ours.length;
    }
    expect(found).toBeGreaterThan(10);
  });
});

describe('an abbreviation before a period, told first by its length and end characters', () => {
  it('is what the look-up of the word gives', () => {
    const abbr = new Set(cues.abbreviations.map((a) => a.toLowerCase()));
    const max = Math.max(...[...abbr].map((a) => a.length));
    const reference = (body: string, dot: number) => {
      let a = dot;
      while (a > 0 && /[A-Za-z.]/.test(body[a - 1]!) && dot - a <= max) a--;
      if (dot - a > max) return false;
      const w = body.slice(a, dot);
      return w.length > 0 && ((w.length === 1 && w >= 'A' && w <= 'Z') || abbr.has(w.toLowerCase()));
    };
    const extra = cues.abbreviations.flatMap((a) => [`${a}. x`, `${a.toUpperCase()}. x`, `x${a}. `, `${a.slice(1)}. `, `${a}s. `]).join(' ') + ' A. b. U.S.A. e.g. I.E. DR. dR. Approx. approxi. Z.';
    let yes = 0;
    for (const t of [...texts, extra])
      for (let i = t.indexOf('.'); i >= 0; i = t.indexOf('.', i + 1)) {
        expect(abbreviationAt(t, i)).toBe(reference(t, i));
        if (abbreviationAt(t, i)) yes++;
      }
    expect(yes).toBeGreaterThan(100);
  });
});

describe('the last word before a position, read back from the code units', () => {
  it('is where /(\\S+)\\s+$/ matches the range', () => {
    const texts = [...loadEvalDocs().map((d) => d.body.slice(0, 3000)), 'a  b\u00a0 c\t', '  ', 'word', ' x ', 'one\u2003two \n'];
    let found = 0;
    for (const t of texts)
      for (let end = 0; end <= t.length; end++)
        for (const lo of [0, Math.max(0, end - 40), Math.max(0, end - 3)]) {
          const m = /(\S+)\s+$/.exec(t.slice(lo, end));
          const st = lastWordBefore(t, lo, end);
          expect([t.slice(lo, end), st < 0 ? null : t.slice(st, end)]).toEqual([t.slice(lo, end), m ? m[0] : null]);
          if (m) found++;
        }
    expect(found).toBeGreaterThan(1000);
  });
});

describe('one code unit tested for \\s', () => {
  it('is what the expression says, over every code unit', () => {
    for (let c = 0; c < 0x10000; c++) expect([c, isS(c)]).toEqual([c, /\s/.test(String.fromCharCode(c))]);
  });
});

describe("samePeople's name words split by a code-unit loop", () => {
  // what personNameWords did with an expression
  const byExpression = (c: string) =>
    withoutTitle(c)
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w.length > 1 && !(w.length === 2 && w.endsWith('.')));
  it('gives the words the expression gave', () => {
    const names = ['Matthew Daley', 'Mr. Daley', 'William P. Barr', '  Abdur  Rahman ', 'Shaykh Abdur Rahman', 'A B. Cd', 'Jalaluddin\u00a0Haqqani', 'X\u2003Y\tZz', 'Ö. Çelik', '', ' ', 'P.', 'Al-Sahrawi', 'President Karzai'];
    for (const n of names) expect([n, personNameWords(n)]).toEqual([n, byExpression(n)]);
  });
  it('splits at every code unit \\s matches, and only there', () => {
    for (let c = 0; c < 0x10000; c += c < 0x3100 ? 1 : 97) {
      const n = `Ab${String.fromCharCode(c)}Cd Ef`;
      expect([c, personNameWords(n)]).toEqual([c, byExpression(n)]);
    }
  });
});
