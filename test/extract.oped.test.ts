// Acceptance on the founding example: the op-ed (data/seed/op-ed.txt) must yield its main claims, each
// with its quote, claimant and date, and the five demands.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, gazetteerFromReference, type ExtractedClaim } from '../src/extract/index.ts';

const body = readFileSync('data/seed/op-ed.txt', 'utf8');
const gazetteer = gazetteerFromReference(JSON.parse(readFileSync('data/reference/actors.json', 'utf8')) as unknown[]);
const x = extract(body, { gazetteer, publisher: 'TICE News', author: 'Manoj Singh', published: null });
const obj = (c: ExtractedClaim) => ('literal' in c.object ? c.object.literal : c.object.name);
const find = (pred: string, subject: string, object: RegExp) =>
  x.claims.filter((c) => c.predicate === pred && c.subject.name === subject && object.test(obj(c)));

describe('the op-ed yields its main claims, each with its quote', () => {
  it.each([
    ['TRF claimed responsibility for the Pahalgam attack', 'claimed_responsibility_for', 'The Resistance Front', /Pahalgam/, 'TICE News', 'claimed responsibility'],
    ['TRF is a proxy of Lashkar-e-Taiba', 'proxy_of', 'The Resistance Front', /^Lashkar-e-Taiba$/, 'TICE News', 'a proxy of Lashkar-e-Taiba'],
    ['Hamas representatives attended the rally in PoK', 'attended', 'Hamas', /rally/, 'TICE News', 'Hamas representatives, including Dr. Khalid Al-Qadoumi, attended'],
    ['Khaled Qaddoumi attended it', 'attended', 'Khaled Qaddoumi', /rally/, 'TICE News', 'Khalid Al-Qadoumi'],
    ['Iran (Tehran) accuses Pakistan of harbouring Jaish ul-Adl', 'harboured_by', 'Jaish al-Adl', /^Pakistan$/, 'Iran', 'Tehran has repeatedly accused Pakistan of harboring Jaish ul-Adl'],
    ['Russian intelligence linked Pakistani networks to the Moscow attack', 'linked_to', 'Pakistani terror networks', /Moscow concert hall attack/, 'Russian intelligence', 'Russian intelligence linked'],
    ['the ISI supported the Taliban', 'supported_by', 'Taliban', /^Inter-Services Intelligence$/, 'TICE News', 'The ISI supported the Taliban'],
    ['the ISI supported the Haqqani network', 'supported_by', 'Haqqani network', /^Inter-Services Intelligence$/, 'TICE News', 'Haqqani Network'],
  ])('%s', (_why, pred, subject, object, claimant, quotePart) => {
    const hits = find(pred, subject, object);
    expect(hits.length).toBeGreaterThan(0);
    const c = hits[0]!;
    expect(c.claimant.name).toBe(claimant);
    expect(c.quote).toContain(quotePart);
    expect(body.slice(c.span.start, c.span.end)).toBe(c.quote);
  });

  it('dates the Pahalgam claim 22 April 2025 and counts 26 killed', () => {
    const c = find('claimed_responsibility_for', 'The Resistance Front', /Pahalgam/)[0]!;
    expect(c.when?.start).toBe('2025-04-22');
    const k = x.claims.find((k) => k.predicate === 'killed' && /Pahalgam/.test(k.subject.name));
    expect(k && obj(k)).toBe('26');
    expect(k!.quote).toContain('executed 26 civilians');
  });

  it('dates the Rawalakot conference 5 February 2025 and places it', () => {
    const c = find('attended', 'Khaled Qaddoumi', /rally/)[0]!;
    expect(c.when).toEqual({ start: '2025-02-05', end: null, precision: 'day' });
    expect(x.places).toContain('Rawalakot');
    expect(x.mentions.some((m) => m.text === 'Rawalakot' && m.type === 'place')).toBe(true);
  });

  it('yields the five demands with their measure kinds', () => {
    expect(x.demands.map((d) => d.measure_kind)).toEqual(['sanction', 'designation', 'aid_suspension', 'suspension', 'investigation']);
    const designate = x.demands[1]!;
    expect(designate.against?.name).toBe('The Resistance Front');
    expect(designate.quote).toContain('Designate TRF and other Pakistan-backed fronts as global terror groups under UN frameworks');
    for (const d of x.demands) expect(body.slice(d.span.start, d.span.end)).toBe(d.quote);
  });

  it('keeps the op-ed\'s denials of India\'s role as negated claims, not attributions', () => {
    const neg = x.claims.filter((c) => c.negated && c.object && 'name' in c.object && c.object.name === 'India');
    expect(neg.length).toBeGreaterThan(0);
    expect(x.attributions.some((a) => a.actor === 'India')).toBe(false);
  });
});
