// A page titled by its subject's common name gives that name as the subject's canonical, where the text opens with a
// longer form: "Joseph Kony" for "Joseph Rao Kony" (holdout9), "Claude Érignac" for "Claude Jean Pierre Érignac"
// (holdout12). The lead's change of the session of 04:47 on 2026-12-07 (src/extract/mentions/title.ts). Texts written
// for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const page = 'Omar Kestrel\n\nOmar Abdi Kestrel (born 1961) is the leader of the Valley Front. Omar Kestrel said in 2004 that the front would fight on. Kestrel was indicted in 2005.';

describe('the page title names its subject', () => {
  it('the title’s name is the canonical of every mention of the subject', () => {
    const r = extract(page, { gazetteer: [], published: null, title: 'Omar Kestrel' });
    expect(r.people).toContain('Omar Kestrel');
    expect(r.people).not.toContain('Omar Abdi Kestrel');
    for (const m of r.mentions.filter((x) => x.type === 'person')) expect(m.canonical).toBe('Omar Kestrel');
  });
  it('without a title the text’s longest form stays', () => {
    const r = extract(page, { gazetteer: [], published: null, title: null });
    expect(r.people).toContain('Omar Abdi Kestrel');
  });
  it('a headline that names no mention changes nothing', () => {
    const r = extract(page, { gazetteer: [], published: null, title: 'Front Leader Indicted' });
    expect(r.people).toContain('Omar Abdi Kestrel');
  });
});
