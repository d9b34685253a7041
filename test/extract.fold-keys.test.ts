// Word sets looked up by a token's folded key (fold.ts: doubled letters single, "ou" → "u" …) must hold folded
// keys: a set of lower-case words looked up by key never finds a word that folding changes (branch foldkey;
// scripts/audit-fold-keys.ts checks every set against its look-ups).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], publisher: 'Example News' });
const names = (text: string) => run(text).mentions.map((m) => `${m.type}:${m.canonical}`);

describe('sets looked up by folded key', () => {
  it('ADMIN_HEADS: "county" (key "cunty") is an administrative head before "of" and the place it lies in', () => {
    const got = names('Gunmen killed six people in the Ombeni County of Norland on Monday.');
    expect(got).toContain('place:Ombeni');
    expect(got).toContain('place:Norland');
  });
  it('STOP_ADJECTIVES: "Sunni" (key "suni"), "Shiite" and "Shi\'ite" (key "shite") open a body\'s name', () => {
    expect(names('Leaders of the Sunni Unity Council met on Monday.')).toContain('organization:Sunni Unity Council');
    expect(names('The Shiite Ulema Council said the attack was a crime.')).toContain('organization:Shiite Ulema Council');
    expect(names("Members of the Shi'ite Scholars Council condemned it.")).toContain("organization:Shi'ite Scholars Council");
  });
});
