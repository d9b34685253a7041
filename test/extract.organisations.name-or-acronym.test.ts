// Branch wild19 (fresh-text audit): a body's name and, in brackets, another name "or" its acronym are one body
// ("X (Y, or ACR)", "X (Y or ACR)"): the acronym wherever it stands is that body, a known body of the same
// letters included. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });

describe('organisations: "Name (Other Name, or ACR)"', () => {
  it('the acronym is the body the brackets define, not a known body of the same letters', () => {
    const x = run('The Armed Islamic Group (Groupe Islamique Armé, or GIA) fought the army. In 1994 the GIA hijacked a plane.');
    expect(x.organisations).toEqual(['Armed Islamic Group']);
    expect(x.mentions.filter((m) => m.text === 'GIA').map((m) => m.canonical)).toEqual(['Armed Islamic Group', 'Armed Islamic Group']);
  });
  it('a foreign name before the brackets takes the known English name inside', () => {
    const x = run('Calling itself the Rote Armee Fraktion (Red Army Faction or RAF), the group killed 34 people.');
    expect(x.organisations).toEqual(['Red Army Faction']);
    expect(x.mentions.find((m) => m.text === 'Rote Armee Fraktion')?.canonical).toBe('Red Army Faction');
  });
  it('not an acronym that spells neither name', () => {
    const x = run('The Armed Islamic Group (Groupe Islamique Armé, or FIS) fought the army.');
    expect(x.mentions.find((m) => m.text === 'FIS')?.canonical ?? null).not.toBe('Armed Islamic Group');
  });
  it('not a choice between two bodies in lower-case words', () => {
    const x = run('The ministry (the police or the UN) will decide.');
    expect(x.mentions.find((m) => m.text === 'UN')?.canonical).toBe('United Nations');
  });
});
