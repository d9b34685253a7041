// Reference divisions (divisions.json, from CLDR): a division's short name whose full name goes on is kept,
// a people's name is not, and a name is found without its marks. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const ms = (text: string) => extract(text, { gazetteer: [] }).mentions.map((m) => [text.slice(m.start, m.end), m.type, m.canonical]);

describe('a division’s short name', () => {
  it('is a place where the full name goes on after it (Michoacán of Michoacán de Ocampo, Sulawesi)', () => {
    expect(ms('Grenades exploded in the state of Michoacán on Monday night.')).toContainEqual(['Michoacán', 'place', 'Michoacán']);
    expect(ms('Floods displaced thousands in Sulawesi last month.')).toContainEqual(['Sulawesi', 'place', 'Sulawesi']);
  });
  it('is found without its marks, under the name as listed', () => {
    expect(ms('Troops were sent to Michoacan after the attack.')).toContainEqual(['Michoacan', 'place', 'Michoacán']);
  });
  it('but a people’s name that opens a republic’s name is no place', () => {
    expect(ms('Chuvash and Udmurt delegates met the governor.').filter((m) => m[1] === 'place')).toEqual([]);
  });
});
