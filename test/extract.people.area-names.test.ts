// Branch wild9 (audit of people on fresh news texts): a capitalised name ending in "Area" names an area (a
// Nigerian "Local Government Area", a "Tribal Area"), never a person, and is a place. Written sentences of the
// shapes the fresh texts had ("… attacked the Divisional Police Headquarters at Kaura Local Government Area",
// "… along a road in Oshimili North Local Government Area of the state").
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const x = (text: string) => extract(text, { gazetteer: [] });

describe('a name ending in "Area"', () => {
  it('is no person, and is a place', () => {
    const r = x('Gunmen attacked the police headquarters at Kaura Local Government Area on Tuesday night.');
    expect(r.people).toEqual([]);
    expect(r.places).toContain('Kaura Local Government Area');
  });
  it('is found whole when no known place word is in it', () => {
    expect(x('The incident happened along a busy road in Oshimili North Local Government Area of the state.').places).toContain('Oshimili North Local Government Area');
    expect(x('Gunmen attacked a village in Gwer West Local Government Area on Monday.').places).toContain('Gwer West Local Government Area');
  });
  it('leaves the people named beside it alone', () => {
    const r = x('The commissioner, Mr Olufemi Adenike, visited Kaura Local Government Area on Wednesday.');
    expect(r.people).toEqual(['Olufemi Adenike']);
  });
});
