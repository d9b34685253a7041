// Organisations of the proscription lists transcribed in data/lists/proscribed (the UK's Terrorism Act 2000
// Schedule 2 and its amending Orders, the U.S. State Department's Foreign Terrorist Organizations,
// Australia's listed terrorist organisations), read by scripts/derive-list-organisations.ts into
// src/extract/data/list-organisations.json. Sentences written for these tests, not taken from the eval sets.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { extract } from '../src/extract/index.ts';
import listOrganisations from '../src/extract/data/list-organisations.json' with { type: 'json' };

const orgs = (text: string) => extract(text, { gazetteer: [] }).mentions.filter((m) => m.type === 'organization');
const canonicals = (text: string) => orgs(text).map((m) => m.canonical);
const listed = listOrganisations.organisations as Record<string, { aliases: string[]; lists: string[] }>;

describe('groups only the proscription lists name', () => {
  it('finds UK-proscribed groups by their scheduled names', () => {
    const cs = canonicals('Two teenagers admitted supporting the Sonnenkrieg Division, and a third shared videos of the Wagner Group.');
    expect(cs).toContain('Sonnenkrieg Division');
    expect(cs).toContain('Wagner Group');
    expect(canonicals('Detectives said the Ulster Volunteer Force had ordered the shooting in east Belfast.')).toContain('Ulster Volunteer Force');
    expect(canonicals('A mural honouring Cumann na mBan was painted over in Derry.')).toContain('Cumann na mBan');
  });
  it('a proscription list does not respell a group the other lists name, nor make a description a name', () => {
    // Hansard writes "the Terrorgram collective"; Canada's list "Terrorgram Collective"
    expect(Object.keys(listed)).toContain('Terrorgram Collective');
    expect(Object.keys(listed)).not.toContain('Terrorgram collective');
    // a revoked entry's wording: "The military wing of Hizballah, including the Jihad Council …"
    expect(Object.keys(listed).filter((k) => /^military wing/i.test(k))).toEqual([]);
    expect(canonicals('Two men were charged with supporting Feuerkrieg Division online.')).toContain('Feuerkrieg Division');
  });
  it('finds FTO-designated groups by their designated names', () => {
    expect(canonicals('Colombian officials blamed Segunda Marquetalia for the attack on the pipeline.')).toContain('Segunda Marquetalia');
    expect(canonicals('Fighters of ISIS-Mozambique raided the coastal town overnight.')).toContain('ISIS-Mozambique');
  });
  it('an alternative name an Order or a listing gives is found', () => {
    // "Atomwaffen Division (AWD), including National Socialist Order (NSO)" (a bracketed name that shares no
    // word with the entry's name is kept under its own name, as the derivation keeps fronts; named as written)
    expect(canonicals('Prosecutors said he had joined the National Socialist Order online.')).toContain('National Socialist Order');
    expect(listed['National Socialist Order']!.lists).toEqual(expect.arrayContaining(['gb-proscribed:72', 'au-listed:5']));
    // "Turkestan Islamic Party (East Turkestan Islamic Party) (East Turkestan Islamic Movement) …"
    expect(canonicals('A video released by the Turkestan Islamic Party showed the camp.')).toContain('East Turkestan Islamic Movement');
  });
  it('a row naming a group the sanctions lists carry adds to it, not a second group', () => {
    // the UK lists the Macina Liberation Front inside JNIM's entry; the UN and Canada list it as Front de Libération du Macina
    expect(canonicals('The Front de Libération du Macina claimed the ambush near Mopti.')).toEqual(['Front de Libération du Macina']);
    expect(listed['Front de Libération du Macina']!.aliases).toContain('Macina Liberation Front');
    expect(listed['Front de Libération du Macina']!.lists).toEqual(expect.arrayContaining(['gb-proscribed:66', 'ca:580']));
    expect(Object.keys(listed)).not.toContain('Macina Liberation Front');
  });
});

describe('what the proscription lists must not add', () => {
  it('a scheduled name of English words alone is not taken (it opens longer names)', () => {
    expect(canonicals("Pakistan's National Action Plan was revised after the attack.")).not.toContain('National Action');
    expect(Object.keys(listed)).not.toContain('National Action');
  });
  it('names a proscription list drops as its own are not matched in lower case', () => {
    expect(canonicals('The ministry published a national action plan and a wagner group recital.')).toEqual([]);
  });
});

describe('the transcribed lists', () => {
  it.each(['uk/proscribed-organisations.csv', 'us/foreign-terrorist-organizations.csv', 'au/listed-terrorist-organisations.csv'])('%s has a name, a status and a source on every row', (file) => {
    const rows = parse(readFileSync(`data/lists/proscribed/${file}`, 'utf8'), { columns: true }) as Array<Record<string, string>>;
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) {
      expect(Object.keys(r)).toEqual(['name', 'aliases', 'listed', 'status', 'source', 'entry']);
      expect(r.name, JSON.stringify(r)).toBeTruthy();
      expect(['current', 'revoked']).toContain(r.status);
      expect(r.source).toMatch(/^https?:\/\//);
      expect(r.listed).toMatch(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/);
    }
  });
});
