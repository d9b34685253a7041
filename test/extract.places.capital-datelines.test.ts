// Branch wild19 (fresh-text audit): a dateline's city in capitals that the cities' table knows in its own case is
// that city ("CINCINNATI (AP) —", "MEDELLIN, COLOMBIA —"), and "(AP)" after a dateline's city, also before the old
// wire's underscore ("BERLIN (AP) _"), is the Associated Press, not the city's acronym. Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });

describe('places and agencies: datelines in capitals', () => {
  it('a city the table knows in title case, before the agency', () => {
    const x = run('CINCINNATI (AP) — A man was arrested on Monday.');
    expect(x.places).toEqual(['Cincinnati']);
    expect(x.organisations).toEqual(['Associated Press']);
  });
  it('one canonical for the dateline and the prose', () => {
    expect(run('MEDELLIN, COLOMBIA — A bomb went off in Medellin on Friday.').places).toEqual(['Medellín', 'Colombia']);
  });
  it('the old wire’s underscore after "(AP)"', () => {
    const x = run('LIMA, Peru (AP) _ Guerrillas bombed three offices in Lima.');
    expect(x.organisations).toEqual(['Associated Press']);
    expect(x.places).toEqual(['Lima', 'Peru']);
  });
  it('"(AP)" right after a known capital city is the agency', () => {
    const x = run('ISLAMABAD (AP) — Militants attacked a police post.');
    expect(x.organisations).toEqual(['Associated Press']);
    expect(x.mentions.find((m) => m.text === 'AP')?.type).toBe('organization');
  });
  it('words in capitals that are no city, or not opening a line, stay as they were', () => {
    expect(run('BREAKING NEWS — Militants attacked a police post.').places).toEqual([]);
    expect(run('The report said LIMA, the code name, was dropped.').places).toEqual([]);
  });
});
