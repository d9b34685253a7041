// The rule expressions run only at word starts that begin as a rule can (src/extract/scan.ts, prefix.ts):
// they must find exactly what a scan of the whole text finds, on real documents and on edge cases.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadEvalDocs } from '../eval/extraction/documents.ts';
import { RuleSet, startRule, startsOf, wordStarts } from '../src/extract/scan.ts';
import { DATE_RULES } from '../src/extract/dates.ts';
import { COMBINED } from '../src/extract/claims.ts';
import { tokenizeWithStarts } from '../src/extract/tokens.ts';

const texts = [
  ...loadEvalDocs().map((d) => d.body),
  readFileSync('data/seed/op-ed.txt', 'utf8'),
  // edge cases: a word start after a non-ASCII letter or an apostrophe, underscores, capitals, the very end
  'naïvedesignated café_listed Jama’atbanned X-backed RE-DESIGNATED_ the 1990s, mid-1980s;2019-20 ' +
    '26 civilians were killed; killed at least 12. Two days ago, last Tuesday 5 May. They must act; urged. ' +
    'Claimed Responsibility for it, and was designat',
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
