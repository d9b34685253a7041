// A name after a distance and a compass bearing "of" is a place ("30 km (18 miles) northwest of Degehabur"); basins,
// peninsulas, plateaus, terminals and mausoleums are places by their last word; "Special Agent in Charge" is a
// title, not a place "in Charge". General knowledge of English, each from eval/holdout14's errors read at its
// retirement (the lead's change of the session of 07:26 on 2026-12-07). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const x = (text: string) => extract(text, { gazetteer: [], published: null });

describe('places: a distance and a bearing of a name', () => {
  it.each([
    ['km, a bracketed conversion, a compound bearing', 'The raid hit a camp 30 km (18 miles) northwest of Taldor, near the border.', 'Taldor'],
    ['miles, a hyphenated bearing', 'The convoy was stopped 12 miles north-east of Kelvash on Monday.', 'Kelvash'],
    ['kilometres, a plain bearing', 'Villagers fled to a school about 270 kilometres west of Moradin.', 'Moradin'],
  ])('%s', (_n, text, place) => {
    const r = x(text);
    expect(r.places).toContain(place);
    expect(r.mentions.find((m) => m.text === place)?.type).toBe('place');
  });
  it.each([
    ['a distance "of" without a bearing', 'He ran 5 km of Trailway before dawn.', 'Trailway'],
    ['a bearing without a distance', 'The north of Kelvash Corp was quiet.', 'Kelvash'],
  ])('not: %s', (_n, text, name) => {
    expect(x(text).places).not.toContain(name);
  });
});

describe('places: landform and venue heads', () => {
  it.each([
    ['Basin', 'The firm sought licences for exploration in the Odaran Basin.', 'Odaran Basin'],
    ['Peninsula', 'Tension on the Marell Peninsula rose after the test.', 'Marell Peninsula'],
    ['Plateau', 'The rebels withdrew to the Kessar Plateau.', 'Kessar Plateau'],
    ['Terminal', 'They said they had left a bomb in a locker at Harlan Central Terminal.', 'Harlan Central Terminal'],
  ])('%s', (_n, text, place) => {
    expect(x(text).places).toContain(place);
  });
});

describe('no place in a title', () => {
  it.each([
    ['Special Agent in Charge', 'Ruth Fallon, Special Agent in Charge of the field office, said the search went on.'],
    ['Officer in Charge', 'The Officer in Charge, Tom Reed, gave the order.'],
  ])('%s', (_n, text) => {
    const r = x(text);
    expect(r.places).not.toContain('Charge');
    expect(r.mentions.some((m) => m.text === 'Charge')).toBe(false);
  });
});
