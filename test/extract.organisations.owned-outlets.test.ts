// A name right after an outlet's noun that something owns is the outlet's (branch wild14): "the group's news
// agency Amaq" and "its broadcaster, al-Andalus" were missed in an audit of fresh texts. Sentences written for
// the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const orgs = (text: string) => extract(text, { gazetteer: [] }).organisations;

describe('an owned outlet\'s name', () => {
  it('after a possessive and "news agency"', () => {
    expect(orgs('"The attacker was one of our fighters," the militia\'s news agency Wakala said on Sunday.')).toContain('Wakala');
  });
  it('after "its broadcaster" and a comma, with a lower-case Arabic article', () => {
    expect(orgs('The group named the bomber through its broadcaster, al-Bayan, late on Friday.')).toContain('al-Bayan');
  });
});

describe('not elsewhere', () => {
  it('not without an owner ("a news agency X")', () => {
    expect(orgs('He spoke to a news agency Monday and left.')).toEqual([]);
  });
  it('not a time word after the noun ("its newspaper Sunday")', () => {
    expect(orgs('The militia printed the claim in its newspaper Sunday.')).toEqual([]);
  });
});
