// Branch wild20 (fresh-text audit): a broadcaster's language service after its possessive ("VOA's French to Africa
// Service", "the BBC's Hausa Service") is the broadcaster's, no body of its own. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const gazetteer = [
  { name: 'Voice of America', canonical: 'Voice of America', type: 'organization' as const, entity_kind: 'organization' as const, entity_id: null },
  { name: 'VOA', canonical: 'Voice of America', type: 'organization' as const, entity_kind: 'organization' as const, entity_id: null },
];
const run = (text: string) => extract(text, { gazetteer, published: null });

describe('organisations: a broadcaster’s language service', () => {
  it('no body of its own after the broadcaster’s possessive', () => {
    expect(run('A commander told VOA’s French to Africa Service on Monday that the truce was over.').organisations).toEqual(['Voice of America']);
    expect(run('A commander told VOA\'s Afghanistan Service that the truce was over.').organisations).toEqual(['Voice of America']);
  });
  it('not a body whose words name no language, people or place, nor one after a word not known', () => {
    expect(run('He told VOA\'s World Service about it.').organisations).toContain('World Service');
    expect(run('The ministry\'s Kenya Service arrested him.').organisations).toContain('Kenya Service');
  });
});
