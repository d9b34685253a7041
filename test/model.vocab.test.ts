// Vocabularies are data with a description per value; the code uses them.
import { readFileSync } from 'node:fs';
import { v5 as uuidv5 } from 'uuid';
import { describe, expect, it } from 'vitest';
import {
  Claim,
  DOSSIER_NAMESPACE,
  type IdType,
  LIST_IDS,
  makeId,
  MEASURE_KIND_ALIASES,
  MEASURE_KINDS,
  PartialDate,
  PREDICATES,
  vocabularies,
  defaultReliability,
} from '../src/model/index.ts';

describe('vocabularies', () => {
  const cases: Array<[string, Record<string, unknown>]> = [
    ['predicates', vocabularies.predicates],
    ['measure kinds', vocabularies.measureKinds],
    ['verdicts', vocabularies.verdicts],
    ['stances', vocabularies.stances],
    ['lists', vocabularies.lists],
    ['admiralty reliability', vocabularies.admiralty.reliability],
    ['admiralty credibility', vocabularies.admiralty.credibility],
  ];
  it.each(cases)('%s: every value has a description', (_name, vocab) => {
    const entries = Object.entries(vocab).filter(([k]) => !k.startsWith('$'));
    expect(entries.length).toBeGreaterThan(0);
    for (const [k, v] of entries) {
      const text = typeof v === 'string' ? v : (v as { description?: string; name?: string }).description ?? (v as { name?: string }).name;
      expect(text, k).toMatch(/\w{3,}/);
    }
  });

  it('maps every finer measure kind of the reference data onto the vocabulary', () => {
    const kinds = new Set(
      (JSON.parse(readFileSync('data/reference/measures.json', 'utf8')) as Array<{ kind: string }>).map((m) => m.kind),
    );
    for (const k of kinds) expect(MEASURE_KINDS).toContain(MEASURE_KIND_ALIASES[k] ?? k);
  });

  it('gives every source kind a default reliability that is an Admiralty code', () => {
    for (const kind of ['official', 'news', 'think-tank', 'op-ed', 'encyclopedia', 'list']) {
      expect(Object.keys(vocabularies.admiralty.reliability)).toContain(defaultReliability(kind));
    }
    expect(defaultReliability('op-ed')).toBe('F');
  });

  it('knows the six official list families', () => {
    expect([...LIST_IDS].sort()).toEqual(['eu', 'ofac', 'opensanctions', 'uapa', 'uk', 'un']);
  });
});

describe('model validation', () => {
  it.each([
    ['2025', true, 'a year'],
    ['2025-04', true, 'a month'],
    ['2025-04-22', true, 'a day'],
    ['2025-13', false, 'no 13th month'],
    ['22 April 2025', false, 'prose is not ISO'],
    ['2025-04-32', false, 'no 32nd day'],
  ])('PartialDate %s → %s (%s)', (value, ok) => {
    expect(PartialDate.safeParse(value).success).toBe(ok);
  });

  it('rejects a claim whose predicate is not in the vocabulary, naming the field', () => {
    const r = Claim.safeParse({
      id: 'x', subject_name: 'A', predicate: 'hates', object: { kind: 'literal', value: 'B' },
      claimant_name: 'C', source_id: 's', quote: 'q',
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['predicate']);
    expect(PREDICATES).toContain('claimed_responsibility_for');
  });
});

describe('deterministic ids', () => {
  it('gives the same id for the same contributing properties, and a different one otherwise', () => {
    expect(makeId('entity', 'org-lashkar-e-taiba')).toBe(makeId('entity', 'org-lashkar-e-taiba'));
    expect(makeId('entity', 'org-lashkar-e-taiba')).not.toBe(makeId('source', 'org-lashkar-e-taiba'));
    expect(makeId('mention', 'doc', 1, 23)).not.toBe(makeId('mention', 'doc', 12, 3));
    expect(makeId('claim', 'a')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('is the uuid package\'s UUIDv5 of the joined properties in Dossier\'s namespace (ids already stored stay valid)', () => {
    const cases: Array<[IdType, Array<string | number | null | undefined>]> = [
      ['claim', []],
      ['evidence', ['a1', 'b2', 'supports', 'automatic']],
      ['entity', ['organization', 'Lashkar-e-Ṭaiba — لشکر طیبہ 🙂']],
      ['mention', ['doc', 0, 23]],
      ['claim', [null, undefined, '']],
      ['claim', ['x', null, 'linked_to', undefined, 0]],
      ['source', ['x'.repeat(5000) + 'é'.repeat(3000)]], // longer than any name before it
      ['source', ['short again']],
    ];
    for (const [type, parts] of cases) {
      const key = [type, ...parts.map((p) => (p === null || p === undefined ? '' : String(p)))].join('\u241f');
      expect(makeId(type, ...parts)).toBe(uuidv5(key, DOSSIER_NAMESPACE));
    }
    expect(DOSSIER_NAMESPACE).toBe(uuidv5('https://dossier.invalid/', uuidv5.URL));
  });
});
