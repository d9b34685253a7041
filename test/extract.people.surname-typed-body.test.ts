// Branch wild20 (fresh-text audit): a person's surname found alone as a body by evidence alone ("staged by Parad, a
// former … commander"; "said Reyes, a member of the rebel group's ruling junta") is that person, named in full
// before. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });

describe('people: a surname alone typed as a body', () => {
  it('is the person named in full before', () => {
    const x = run('The gunmen were led by Albader Qatrun last Monday. The governor said the raid was staged by Qatrun, a former Moro National Liberation Front commander.');
    expect(x.people).toEqual(['Albader Qatrun']);
    expect(x.organisations).toEqual(['Moro National Liberation Front']);
    expect(x.mentions.filter((m) => m.text === 'Qatrun').map((m) => m.canonical)).toEqual(['Albader Qatrun']);
    const y = run('Rebel commander Raul Qatrun denied it. "We regret the deaths," said Qatrun, a member of the rebel group\'s ruling junta.');
    expect(y.people).toEqual(['Raul Qatrun']);
    expect(y.organisations).toEqual([]);
  });
  it('not a word no person of the text has as a surname', () => {
    const x = run('The gunmen were led by Albader Qatrun last Monday. The governor said the raid was staged by Zarkun, a former Moro National Liberation Front commander.');
    expect(x.people).toEqual(['Albader Qatrun']);
    expect(x.mentions.find((m) => m.text === 'Zarkun')?.canonical ?? null).not.toBe('Albader Qatrun');
  });
});
