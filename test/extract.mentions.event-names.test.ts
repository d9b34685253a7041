// Branch wild6 (fresh encyclopedia texts): (1) a name whose last word names an event or a doctrine —
// "Revolution", "Uprising", "Intifada", "Olympics", "Thought" — is no person, body or place ("the Cedar
// Revolution", "the Munich Olympics", "Gonzalo Thought"); (2) "Wikipedia", named in a mirror's boilerplate
// ("This article is issued from Wikipedia", "From Wikipedia, the free encyclopedia"), is no place. Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const all = (text: string) => {
  const x = extract(text, { gazetteer: [], published: null });
  return [...x.people, ...x.organisations, ...x.places];
};

describe('mentions: names of events and doctrines', () => {
  it.each([
    ['a revolution (typed a body)', 'The murder triggered the Cedar Revolution, a popular movement that forced the army out.', 'Cedar Revolution'],
    ['a doctrine named for its author (typed a person)', 'The party teaches Marxism and Gonzalo Thought to its cadres.', 'Gonzalo Thought'],
    ['games (typed a place)', 'Munich massacre\n(Redirected from Munich Olympics massacre)\nThe hostages were taken in September.', 'Munich Olympics'],
  ])('%s', (_n, text, name) => {
    expect(all(text)).not.toContain(name);
  });
  it.each([
    ['a body named for a revolution', 'The Islamic Revolutionary Guard Corps fired missiles at the base.', 'Islamic Revolutionary Guard Corps'],
    ['a square named for one', 'Protesters gathered on Revolution Square in Tehran.', 'Revolution Square'],
    ['the place beside it', 'His assassination triggered the Cedar Revolution in Lebanon.', 'Lebanon'],
  ])('still: %s', (_n, text, name) => {
    expect(all(text)).toContain(name);
  });
});

describe('mentions: the encyclopedia named in a mirror’s boilerplate', () => {
  it.each([
    ['"issued from"', 'The bomb killed 51 people in Baghdad.\nThis article is issued from Wikipedia - version of the 2/2/2016. The text is available under the Creative Commons Attribution/Share Alike.'],
    ['"From …, the free encyclopedia"', 'From Wikipedia, the free encyclopedia\nThe bomb killed 51 people in Baghdad.'],
  ])('%s', (_n, text) => {
    expect(all(text)).not.toContain('Wikipedia');
    expect(all(text)).toContain('Baghdad');
  });
});
