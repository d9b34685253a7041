// Organisations of the bundled official lists as built-in names (src/extract/data/list-organisations.json,
// derived by scripts/derive-list-organisations.ts). Sentences written for these tests, not taken from the
// eval sets; each rule also has what it must not extract.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { canonicalOf, nameKey } from '../src/extract/gazetteer.ts';
import listOrganisations from '../src/extract/data/list-organisations.json' with { type: 'json' };
import places from '../src/extract/data/places.json' with { type: 'json' };

const orgs = (text: string) => extract(text, { gazetteer: [] }).mentions.filter((m) => m.type === 'organization');
const canonicals = (text: string) => orgs(text).map((m) => m.canonical);
const surfaceOf = (text: string, canonical: string) => orgs(text).filter((m) => m.canonical === canonical).map((m) => text.slice(m.start, m.end));

describe('a listed group found under an alias', () => {
  it('takes the display name of its list entry where the text writes it, else the text\'s own form (orgs2)', () => {
    const text = 'Investigators said the Real Irish Republican Army planted the device outside the courthouse. The Real IRA denied it.';
    expect(canonicals(text)).toContain('Real IRA');
    expect(surfaceOf(text, 'Real IRA')).toEqual(['Real Irish Republican Army', 'Real IRA']);
    expect(canonicals('Investigators said the Real Irish Republican Army planted the device.')).toContain('Real Irish Republican Army');
  });
  it('a spelling variant of the list is the same group', () => {
    expect(canonicals('Police in the port city arrested three men they linked to Jemaah Islamiah.')).toContain('Jemaah Islamiyah');
    // (found under its alias; named as the text names it, which gives only the acronym)
    expect(canonicals('A new statement attributed to ISIS-GS was posted overnight.')).toContain('ISIS-GS');
    expect(canonicals('A statement by the Islamic State in the Greater Sahara (ISIS-GS) was posted.')).toContain('Islamic State in the Greater Sahara');
  });
  it("organisations.json's canonical wins over the list's name", () => {
    expect(canonicals('Fighters loyal to Hizbul Shabaab withdrew from the market town.')).toContain('al-Shabaab');
  });
  it('a front the list files as an alias keeps its own name', () => {
    const cs = canonicals('The Milli Muslim League held a rally in the provincial capital on Friday.');
    expect(cs).toContain('Milli Muslim League');
    expect(cs).not.toContain('Lashkar-e-Taiba');
  });
});

describe('what the list names must not match', () => {
  it('a generic alias is not the listed group', () => {
    // "Islamic Army" and "The Base" are al-Qaida's aliases on the lists; "Islamic Jihad" and "Party of God" Hizballah's
    const text = 'The Islamic Army said it had no part in it. Soldiers returned to The Base at dusk. Islamic Jihad and the Party of God issued statements.';
    const cs = canonicals(text);
    expect(cs).not.toContain('al-Qaeda');
    expect(cs).not.toContain('Hezbollah');
    expect(canonicalOf('Islamic Army')).toBeNull();
    expect(canonicalOf('The Base')).toBeNull();
    expect(canonicalOf('Youth')).toBeNull(); // "THE YOUTH", an alias of al-Shabaab
  });
  it('a listed acronym of 2-3 letters is not taken (it names other things too)', () => {
    // MIT is Mujahidin Indonesia Timur's on the UN list
    expect(canonicalOf('MIT')).toBeNull();
    expect(canonicals('She studied engineering at MIT before joining the ministry.')).not.toContain('Mujahidin Indonesian Timur');
    // a longer one is: FDLR
    expect(canonicals('Fighters of the FDLR crossed the border.')).toContain('FDLR');
    expect(canonicals('Fighters of the FDLR, the Forces Democratiques de Liberation du Rwanda, crossed.')).toContain('Forces Democratiques de Liberation du Rwanda');
  });
  it('lower-case words are not names', () => {
    expect(canonicals('the shining path of the river, and the jemaah islamiah spelling in a word list')).toEqual([]);
  });
  it('no list name is a built-in place', () => {
    const placeKeys = new Set<string>();
    for (const [group, table] of Object.entries(places))
      if (!group.startsWith('$')) for (const [c, vs] of Object.entries(table as Record<string, string[]>)) for (const v of [c, ...vs]) placeKeys.add(nameKey(v));
    const clashes: string[] = [];
    for (const [name, { aliases }] of Object.entries(listOrganisations.organisations as Record<string, { aliases: string[] }>))
      for (const n of [name, ...aliases]) if (placeKeys.has(nameKey(n))) clashes.push(n);
    expect(clashes).toEqual([]);
  });
  it('every entry names its list entries (ca: Public Safety Canada, from the MISP galaxy)', () => {
    for (const { lists } of Object.values(listOrganisations.organisations as Record<string, { lists: string[] }>)) expect(lists.every((l) => /^(un|ofac|uk|uapa|ca):\S+$/.test(l))).toBe(true);
  });
});
