// Organisations (branch names11, the session of 2026-12-06 20:24): a state's armed service named by its demonym, a
// national assembly named with its state. Sentences written for these tests, not taken from the eval sets; each rule
// also has what it must not extract.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const mentions = (text: string) => extract(text, { gazetteer: [] }).mentions;
const orgs = (text: string) => mentions(text).filter((m) => m.type === 'organization').map((m) => [m.text, m.canonical]);

describe("a demonym before one armed service's name", () => {
  it('names the state\'s service, the demonym its first word', () => {
    expect(orgs('Officers of the Iraqi Army sealed the road.')).toEqual([['Iraqi Army', 'Iraqi Army']]);
    expect(orgs('A helicopter of the Lebanese Air Force crashed near the coast.')).toEqual([['Lebanese Air Force', 'Lebanese Air Force']]);
    expect(orgs('The Syrian Navy shelled the port.')).toEqual([['Syrian Navy', 'Syrian Navy']]);
  });
  it('a capitalised modifier after it is no part of it', () => {
    expect(orgs('Witnesses said a Syrian Air Force MiG jet fired two rockets.')).toEqual([['Syrian Air Force', 'Syrian Air Force']]);
  });
  it('generic words are still no body, and a known army keeps its name', () => {
    expect(orgs('Afghan Security Forces cordoned off the area.')).toEqual([]);
    expect(orgs('The Pakistani Army said the raid was over.').map((o) => o[1])).toEqual(['Pakistan Army']);
  });
});

describe('a national assembly', () => {
  it('is the legislature of the state its adjective names', () => {
    expect(orgs('Gunmen stormed the French National Assembly on Tuesday.')).toEqual([['French National Assembly', 'National Assembly of France']]);
  });
  it('is the legislature of the state in the possessive before it', () => {
    expect(orgs("The motion reached Kenya's National Assembly in May.")).toEqual([['National Assembly', 'National Assembly of Kenya']]);
  });
  it('alone, is the legislature of the state the document names most', () => {
    expect(orgs('Ecuador went to the polls. She had been a member of the National Assembly until its dissolution.')).toEqual([['National Assembly', 'National Assembly of Ecuador']]);
    expect(orgs('A United States envoy visited Ecuador. Ecuador went to the polls. She had been a member of the National Assembly.')).toEqual([['National Assembly', 'National Assembly of Ecuador']]);
  });
  it('an office after it is no person', () => {
    const m = mentions('Armenia mourned its dead:\n- Karen Petrosyan, National Assembly Speaker\n');
    expect(m.filter((x) => x.type === 'person').map((x) => x.text)).toEqual(['Karen Petrosyan']);
    expect(m.filter((x) => x.type === 'organization').map((x) => [x.text, x.canonical])).toEqual([['National Assembly', 'National Assembly of Armenia']]);
  });
  it('is no state\'s without a state, nor a building of that name', () => {
    // (without a state, the name as before this rule: the text's own words)
    expect(orgs('She had been a member of the National Assembly until its dissolution.')).toEqual([['National Assembly', 'National Assembly']]);
    expect(orgs('Armenia mourned. Gunmen broke into the National Assembly Building in Yerevan.').map((o) => o[1])).not.toContain('National Assembly of Armenia');
  });
});
