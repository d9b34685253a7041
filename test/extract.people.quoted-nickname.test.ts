// Branch wild23 (fresh-text audit): a nickname in quotes inside a person's name ('Joaquin "El Chapo" Guzman',
// 'Marciano "Chano" Millan Vasquez'; five cartel reports of the audit, where the name broke at the quotes into a
// given name alone or a surname alone). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });

describe('people: a quoted nickname inside the name', () => {
  it('is one mention over the whole name; the canonical leaves the nickname out', () => {
    const x = run('Prosecutors in Houston charged Ramiro "El Flaco" Castillo Duarte with smuggling cocaine.');
    expect(x.people).toEqual(['Ramiro Castillo Duarte']);
    expect(x.mentions.filter((m) => m.type === 'person').map((m) => m.text)).toEqual(['Ramiro "El Flaco" Castillo Duarte']);
  });
  it('with curly quotes and two given names; a possessive ends the name', () => {
    const x = run('The plaza belonged to José Manuel “Tito” Robles’s network until 2015.');
    expect(x.people).toEqual(['José Manuel Robles']);
  });
  it('the surname alone later is the same person', () => {
    const x = run('Agents arrested Ramiro "El Flaco" Castillo in May. Castillo had fled to Monterrey.');
    expect(x.people).toEqual(['Ramiro Castillo']);
    expect(x.mentions.filter((m) => m.type === 'person').length).toBe(2);
  });
  it('not a quotation between a lower-case word and a name', () => {
    const x = run('He said "Hello there" Smith was waiting outside.');
    expect(x.people).not.toContain('Hello Smith');
  });
});
