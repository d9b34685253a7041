// Attribution conventions the golds of several evaluation sets share (attr7), on real sentences from the
// retired sets (holdout3, holdout5), each with what it must not change.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';

const gazetteer = [entry('Indian Mujahideen', 'organization'), entry('India', 'place'), entry('Group to Support Islam and Muslims', 'organization')];
const run = (text: string, published = '2011-09-19') => extract(text, { gazetteer, publisher: 'Voice of America', published });
const atts = (text: string, published?: string) => run(text, published).attributions.map((a) => [a.actor, a.action, a.target_or_event]);

describe('an event phrase followed by "since <year>" names the period so', () => {
  it('"… attacks throughout India since 2005" (holdout3), "… since forming last year" (holdout5)', () => {
    expect(atts('Indian Mujahideen is a terrorist group. The statement said the group has been responsible for dozens of deadly bomb attacks throughout India since 2005.')).toContainEqual(['Indian Mujahideen', 'responsible for', 'bomb attacks throughout India since 2005']);
  });
  it('not: a year of its own, without "since" ("(2008)")', () => {
    expect(atts('Indian Mujahideen was responsible for a series of bombings in India in 2008.').map((a) => a[2])).toContainEqual('bombings in India (2008)');
  });
});
