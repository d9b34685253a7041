// Branch wild11 (fresh news and encyclopedia texts): an administrative division named before "of" and the place
// it lies in are two places, the first named without its head word ("the Miraflores District of Lima":
// Miraflores and Lima); a compass word or an adjective before the head keeps the one name ("the Eastern District
// of Virginia", "the Autonomous Region of Bougainville"). Sentences written for these tests (places real).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const places = (text: string) => extract(text, { gazetteer: [], published: null }).places;

describe('places: a division "of" the place it lies in', () => {
  it.each([
    ['a district of a city', 'The bomb exploded on Tarata Street, in the Miraflores District of Lima, on 16 July 1992.', ['Miraflores', 'Lima'], 'Miraflores District of Lima'],
    ['a province of a region', 'Lucanamarca is a small town in the Huanca Sancos Province of Ayacucho.', ['Huanca Sancos', 'Ayacucho'], 'Huanca Sancos Province of Ayacucho'],
    ['a local government area of a state', 'Gunmen raided a police station at Eika in the Okehi Local Government Area of Kogi State on Monday.', ['Eika', 'Kogi State'], 'Okehi Local Government Area of Kogi State'],
  ])('%s', (_n, text, parts, joined) => {
    const p = places(text);
    for (const x of parts) expect(p).toContain(x);
    expect(p).not.toContain(joined);
  });
  it.each([
    ['a compass word', 'He was charged in the Eastern District of Virginia last year.', 'Eastern District of Virginia'],
    ['an adjective', 'Voters in the Autonomous Region of Bougainville chose independence.', 'Autonomous Region of Bougainville'],
  ])('not after %s', (_n, text, whole) => {
    expect(places(text)).toContain(whole);
  });
});
