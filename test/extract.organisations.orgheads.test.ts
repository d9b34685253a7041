// Organisations (branch orgheads, the session of 2026-12-06 20:24): the head words of bodies' names that WordNet 3.0
// gives (src/extract/data/org-heads.json, derived by scripts/derive-org-heads.mjs). Sentences written for these
// tests, not taken from the eval sets; each rule also has what it must not extract.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import orgHeads from '../src/extract/data/org-heads.json' with { type: 'json' };

const orgs = (text: string) => extract(text, { gazetteer: [] }).organisations;

describe('a name ending in a head word WordNet gives for a body', () => {
  it('is an organisation: clan, legion, syndicate', () => {
    expect(orgs('The Norte Clan is the largest drug trafficking group in the north.')).toEqual(['Norte Clan']);
    expect(orgs('The Arab Legion held the old city for a month.')).toEqual(['Arab Legion']);
    expect(orgs('The Kurdistan Workers Syndicate called a general strike.')).toEqual(['Kurdistan Workers Syndicate']);
  });
  it('in the plural too, before "of": vanguards, organizations', () => {
    expect(orgs('Six gunmen from the Vanguards of Conquest opened fire on tourists.')).toEqual(['Vanguards of Conquest']);
    expect(orgs('The Coordination of United Revolutionary Organizations claimed the bombing.')).toEqual(['Coordination of United Revolutionary Organizations']);
  });
  it('opening a name before "of": secretariat', () => {
    expect(orgs('The Secretariat of the Interior said the convoy was attacked.')).toEqual(['Secretariat of the Interior']);
  });
});

describe('what the filters keep out', () => {
  it('a government, a nation, a family, a war side, a metro are no heads', () => {
    expect(orgs('The Government of Mali condemned the attack.')).toEqual([]);
    expect(orgs('The match was part of the Africa Cup of Nations.')).toEqual([]);
    expect(orgs('Members of the Royal Family attended the funeral.')).toEqual([]);
    expect(orgs('The Western Allies landed on the coast.')).toEqual([]);
    expect(orgs('A bomb exploded in the Minsk Metro on Monday.')).toEqual([]);
  });
  it('nor a plural of people in general, nor a word mostly an adjective', () => {
    expect(orgs('U.S. Troops arrived in the city.')).toEqual([]);
    expect(orgs('Local Authorities closed the road.')).toEqual([]);
    expect(orgs('The Supreme Soviet voted on Monday.')).toEqual([]);
  });
  it('nor the people of a trade, nor a team for a task', () => {
    expect(orgs('Officials of the Oil Industry met in the capital.')).toEqual([]);
    expect(orgs('Dozens of Security Personnel were injured.')).toEqual([]);
    expect(orgs('A Rescue Team reached the site at dawn.')).toEqual([]);
  });
  it('the derived list holds the heads and not the dropped words', () => {
    for (const w of ['tribunal', 'clan', 'cartel', 'syndicate', 'legion', 'vanguard', 'secretariat', 'directorate', 'brigade']) expect(orgHeads.heads).toContain(w);
    for (const w of ['government', 'nation', 'school', 'church', 'club', 'military', 'troops', 'authorities', 'family', 'unit', 'industry', 'personnel', 'team']) expect([...orgHeads.heads, ...orgHeads.plurals]).not.toContain(w);
  });
});
