// Claims and attributions from general sentences (not taken from the eval set): predicate, parties,
// claimant, hedges and denials.
import { describe, expect, it } from 'vitest';
import { extract, type GazetteerEntry } from '../src/extract/index.ts';
import { Listed } from '../src/extract/claims.ts';
import { PREDICATES } from '../src/model/vocab.ts';

const org = (name: string, canonical = name): GazetteerEntry => ({ name, canonical, type: 'organization', entity_kind: 'organization', entity_id: null });
const gazetteer = [org('Northern Brigade'), org('NB', 'Northern Brigade'), org('Valley Front'), org('Coastal Agency'), org('People’s Council')];
const run = (text: string) => extract(text, { gazetteer, publisher: 'Daily Ledger' });
const show = (text: string) =>
  run(text).claims.map((c) => [c.predicate, c.subject.name, 'literal' in c.object ? c.object.literal : c.object.name, c.claimant.name, c.negated, c.hedged]);

describe('claims', () => {
  it.each([
    ['claim of responsibility in the text\'s own voice', 'Northern Brigade claimed responsibility for the bridge bombing.', ['claimed_responsibility_for', 'Northern Brigade', 'bridge bombing', 'Daily Ledger', false, false]],
    ['support: the supported party is the subject of supported_by', 'Coastal Agency funded Valley Front for a decade.', ['funded_by', 'Valley Front', 'Coastal Agency', 'Daily Ledger', false, false]],
    ['accusation: the accuser is the claimant', 'Egypt has accused Coastal Agency of harbouring Valley Front.', ['harboured_by', 'Valley Front', 'Coastal Agency', 'Egypt', false, false]],
    ['linking: the linker is the claimant', 'In May 2024, Turkish investigators linked local cells to the station attack.', ['linked_to', 'local cells', 'station attack', 'Turkish investigators', false, false]],
    ['front of', 'Valley Front, a front of Northern Brigade, recruits online.', ['alias_or_front_of', 'Valley Front', 'Northern Brigade', 'Daily Ledger', false, false]],
    ['passive designation by named authorities', 'Northern Brigade is a designated terrorist organisation by Japan.', ['designated_by', 'Northern Brigade', 'Japan', 'Daily Ledger', false, false]],
    ['hedge sets hedged', 'Coastal Agency allegedly supported Valley Front.', ['supported_by', 'Valley Front', 'Coastal Agency', 'Daily Ledger', false, true]],
    ['"according to" names the claimant', 'According to Reuters, Northern Brigade claimed responsibility for the raid.', ['claimed_responsibility_for', 'Northern Brigade', 'raid', 'Reuters', false, false]],
    ['"X said" names the claimant', 'Coastal Agency said Valley Front was trained by Northern Brigade.', ['trained_by', 'Valley Front', 'Northern Brigade', 'Coastal Agency', false, false]],
    ['denial of a charge refers to the previous claim', 'Coastal Agency backed Valley Front. Egypt rejects that charge.', ['denied', 'Egypt', 'Coastal Agency backed Valley Front.', 'Daily Ledger', true, false]],
  ])('%s', (_why, text, expected) => {
    expect(show(text)).toContainEqual(expected);
  });

  it('a retraction withdraws the last claim of responsibility', () => {
    const cs = show('Northern Brigade claimed responsibility for the market attack. Two days later, they retracted their claim of responsibility.');
    expect(cs).toContainEqual(['retracted_claim_for', 'Northern Brigade', 'market attack', 'Daily Ledger', true, false]);
  });

  it('a possessive in capitals ("AGENCY’S SUPPORT") is read like one in lower case, not a crash', () => {
    const cs = show('VALLEY FRONT HAD COASTAL AGENCY’S FULL SUPPORT.');
    expect(cs).toContainEqual(['supported_by', 'Valley Front', 'Coastal Agency', 'Daily Ledger', false, false]);
  });

  it('hedged and negated claims get lower confidence', () => {
    const plain = run('Coastal Agency supported Valley Front.').claims[0]!;
    const hedged = run('Coastal Agency reportedly supported Valley Front.').claims[0]!;
    expect(hedged.confidence).toBeLessThan(plain.confidence);
  });

  it('every predicate comes from the vocabulary and every quote is its span', () => {
    const text = 'Northern Brigade claimed responsibility for the raid. Coastal Agency funded Valley Front. Egypt has accused Coastal Agency of harbouring NB. The group killed 12 people.';
    const x = run(text);
    expect(x.claims.length).toBeGreaterThan(2);
    for (const c of x.claims) {
      expect(PREDICATES).toContain(c.predicate);
      expect(text.slice(c.span.start, c.span.end)).toBe(c.quote);
    }
  });

  it('attributions are in the evaluation set\'s shape', () => {
    const a = run('Coastal Agency funded Valley Front.').attributions;
    expect(a).toEqual([{ actor: 'Coastal Agency', action: 'funded', target_or_event: 'Valley Front', according_to: 'Daily Ledger' }]);
  });
});

describe('demands', () => {
  it.each([
    ['designate', 'Designate Northern Brigade as a terrorist group.', 'designation', 'Northern Brigade'],
    ['impose sanctions', 'Governments must impose sanctions on Coastal Agency.', 'sanction', 'Coastal Agency'],
    ['cut aid', 'Donors should cut military aid to Egypt.', 'aid_suspension', 'Egypt'],
    ['suspend from a forum', 'Push to suspend Egypt from the Commonwealth.', 'suspension', 'Egypt'],
  ])('%s', (_why, text, kind, against) => {
    const d = run(text).demands[0]!;
    expect(d.measure_kind).toBe(kind);
    expect(d.against?.name).toBe(against);
  });

  it('a statement of fact is not a demand', () => {
    expect(run('Japan designated Northern Brigade in 2019.').demands).toEqual([]);
  });
});

describe('the attributions listed so far', () => {
  it('take each (actor, predicate, negation, target, action) once, past the short lists too', () => {
    const listed = new Listed();
    const seen = new Set<string>();
    let rnd = 7;
    const pick = (xs: string[]) => xs[(rnd = (rnd * 1103515245 + 12345) % 2147483648) % xs.length]!;
    const parts = ['a', 'b', 'ab', '1:a', '', 'x:1', '!p'];
    let added = 0;
    for (let i = 0; i < 4000; i++) {
      const t = [pick(['Iran', 'Hamas', 'x']), pick(['p', 'q', 'designated_by']), pick(['y', 'n']), pick(parts), pick(parts)] as const;
      const fresh = !seen.has(JSON.stringify(t));
      seen.add(JSON.stringify(t));
      expect(listed.add(t[0], t[1], t[2] === 'y', t[3], t[4])).toBe(fresh);
      if (fresh) added++;
    }
    expect(added).toBeGreaterThan(3 * 8 * 3);
  });
});
