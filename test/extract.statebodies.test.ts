// National state bodies as built-in names (src/extract/data/state-bodies.json, derived by
// scripts/derive-state-bodies.ts from the MISP galaxy's intelligence agencies and EveryPolitician's
// legislatures). Sentences written for these tests, not taken from the eval sets; each rule also has what
// it must not extract.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import stateBodies from '../src/extract/data/state-bodies.json' with { type: 'json' };

const orgs = (text: string) => extract(text, { gazetteer: [] }).mentions.filter((m) => m.type === 'organization');
const spans = (text: string) => orgs(text).map((m) => [text.slice(m.start, m.end), m.canonical, m.start, m.end]);
const table = stateBodies.organisations as Record<string, { aliases: string[]; country: string | null; kind: string }>;

describe('state bodies the text does not mark as organisations', () => {
  it('an intelligence service and its acronym, with exact spans', () => {
    const text = "The car exploded near the headquarters of Russia's Federal Security Service. The FSB said two officers were hurt.";
    expect(spans(text)).toEqual([
      ['Federal Security Service', 'Federal Security Service', 51, 75],
      ['FSB', 'Federal Security Service', 81, 84],
    ]);
  });
  it("a legislature under its English title, the source's name an alias", () => {
    const text = 'The Duma approved the bill on Friday, and members of the Knesset condemned the attack.';
    expect(spans(text)).toEqual([
      ['Duma', 'State Duma', 4, 8],
      ['Knesset', 'Knesset', 57, 64],
    ]);
    expect(orgs('Opposition members walked out of the Lok Sabha after the debate.').map((m) => m.canonical)).toEqual(['Lok Sabha']);
  });
  it('a native name is an alias of the English one', () => {
    expect(orgs('Germany’s Bundesnachrichtendienst shared the intercepts.').map((m) => m.canonical)).toEqual(['Bundesnachrichtendienst']);
    expect(table['Bundesnachrichtendienst']!.aliases).toContain('BND');
    expect(table['Directorate-General for External Security']!.aliases).toContain('DGSE');
  });
  it('a Wikipedia qualifier is no part of the name', () => {
    expect(table['Federal Security Service']!.country).toBe('Russia');
    expect(Object.keys(table).some((n) => n.endsWith('(Russia)'))).toBe(false);
  });
});

describe('what the state bodies must not match', () => {
  it('a bare generic word is not an organisation', () => {
    // ("Congress" alone is the U.S. Congress in organisations.json, hand-kept: not this table's)
    const text = 'Parliament met on Monday. The Senate adjourned. The Army and the Police were deployed, and the Cabinet resigned.';
    expect(orgs(text).map((m) => text.slice(m.start, m.end))).toEqual([]);
    for (const w of ['Parliament', 'Congress', 'Senate', 'Army', 'Police', 'Cabinet', 'National Assembly', 'House of Representatives', 'Military Intelligence', 'Border Guard'])
      expect(table[w], w).toBeUndefined();
  });
  it('a generic two-word body does not cut a longer name short', () => {
    const text = 'Commandos set up a perimeter with the Border Guard Bangladesh overnight.';
    expect(orgs(text).map((m) => text.slice(m.start, m.end))).not.toContain('Border Guard');
  });
  it('a body in an infobox with its country in brackets keeps the qualifier', () => {
    const text = 'Westgate attack\nBelligerents\nNational Intelligence Service (Kenya), Kenya Defence Forces\n';
    expect(orgs(text).map((m) => text.slice(m.start, m.end))).toContain('National Intelligence Service (Kenya)');
  });
});
