// Designation statements' layouts (US State Department notes): the list a designation names, acts on a standing
// designation, the Secretary of State's designations, leaders listed one a line. Sentences from the retired
// sets or written for the tests, each with what must not change.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { splitSentences } from '../src/extract/sentences.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const atts = (text: string, gazetteer: ReturnType<typeof entry>[], publisher = 'U.S. Department of State') =>
  extract(text, { gazetteer, publisher }).attributions.map(triple);

describe('a designation names the US list; an FTO and an SDGT designation are two (holdout4, holdout6)', () => {
  const g = [entry('Department of State', 'organization', 'U.S. Department of State'), entry('Northern Front', 'organization'), entry('NF', 'organization', 'Northern Front'), entry('Karim Halloumi', 'person')];
  it('"designated G as a Foreign Terrorist Organization …" then "also designated G and its leader, P, as SDGTs" (holdout4)', () => {
    const got = atts('The Department of State has designated Northern Front as a Foreign Terrorist Organization under section 219. The Department has also designated NF and its leader, Karim Halloumi, as Specially Designated Global Terrorists (SDGTs) under E.O. 13224.', g);
    expect(got).toContainEqual(['U.S. Department of State', 'designated as a Foreign Terrorist Organization', 'Northern Front']);
    expect(got).toContainEqual(['U.S. Department of State', 'designated as a Specially Designated Global Terrorist', 'Northern Front']);
    expect(got).toContainEqual(['U.S. Department of State', 'designated as a Specially Designated Global Terrorist', 'Karim Halloumi']);
  });
  it('not: a designation that names no list keeps its verb, once', () => {
    const got = atts('The Department of State has designated Northern Front. The Department has also designated Northern Front.', g);
    expect(got.filter((a) => a[2] === 'Northern Front')).toEqual([['U.S. Department of State', 'designated', 'Northern Front']]);
  });
});

describe('an act on a standing designation: reviewed, revoked, maintained (holdout5, holdout6)', () => {
  const g = [entry('Department of State', 'organization', 'U.S. Department of State'), entry('Northern Front', 'organization'), entry('Red Cells', 'organization')];
  it('"the Department has also reviewed the FTO designation of G and maintained it" (holdout6)', () => {
    const got = atts('The Department of State has designated Northern Front as a Foreign Terrorist Organization. Additionally, the Department has also reviewed the FTO designation of Red Cells and maintained it.', g);
    expect(got).toContainEqual(['U.S. Department of State', 'reviewed the FTO designation of', 'Red Cells']);
  });
  it('"the Secretary revoked the FTO designation of G" in a note that names no department (holdout5)', () => {
    const got = atts('On April 22, 2009, the Secretary of State designated Northern Front as a Foreign Terrorist Organization (FTO) under Section 219 of the Immigration and Nationality Act. Also on April 22, 2009, the Secretary revoked the FTO designation of Red Cells after completing the five year review.', g, 'a blog');
    expect(got).toContainEqual(['U.S. Department of State', 'designated as a Foreign Terrorist Organization', 'Northern Front']);
    expect(got).toContainEqual(['U.S. Department of State', 'revoked the FTO designation of', 'Red Cells']);
  });
  it('not: a Secretary of State with no US designation named; a Secretary the text names no office of', () => {
    expect(atts('The Secretary of State designated Northern Front a threat to the region.', g, 'a blog').filter((a) => a[0] === 'U.S. Department of State')).toEqual([]);
    expect(atts('The Secretary revoked the FTO designation of Red Cells.', g, 'a blog').filter((a) => a[2] === 'Red Cells')).toEqual([]);
  });
});

describe('a designee alone on a bullet line under "three of G\'s leaders" leads G (holdout5)', () => {
  const g = [entry('Northern Front', 'organization'), entry('NF', 'organization', 'Northern Front'), entry('Karim Halloumi', 'person'), entry('Samir Haddad', 'person')];
  const text = (lines: string) => `Today, the State Department is designating the Northern Front as a Specially Designated Global Terrorist.  We’re also designating three of NF’s leaders as SDGTs:\n\n${lines}\n\nThese designations are unprecedented.`;
  it('"• P;" one a line', () => {
    const got = atts(text('  • Karim Halloumi;\n  • Samir Haddad; and'), g);
    expect(got).toContainEqual(['Karim Halloumi', 'is one of the leaders of', 'Northern Front']);
    expect(got).toContainEqual(['Samir Haddad', 'is one of the leaders of', 'Northern Front']);
  });
  it('not: a line that goes on to tell the role itself', () => {
    const got = atts(text('  • Karim Halloumi is a member of the group’s council.'), g);
    expect(got.filter((a) => a[1] === 'is one of the leaders of')).toEqual([]);
  });
});

describe('a heading line is no sentence broken at its end (holdout6)', () => {
  const para = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));
  it('"Office of the Spokesperson" / a title-case heading / the statement', () => {
    const t = 'Office of the Spokesperson\nState Department Terrorist Designations of Northern Front and its Leaders\nThe Department of State has designated the group.';
    expect(para(t)).toEqual(['Office of the Spokesperson', 'State Department Terrorist Designations of Northern Front and its Leaders', 'The Department of State has designated the group.']);
  });
  it('not: prose broken after a name, or after a lone "The"', () => {
    expect(para('Colombian Vice President Francisco Santos\nblamed the group for it.')).toHaveLength(1);
    expect(para('The\n2025 Pahalgam attack was an attack on tourists.')).toHaveLength(1);
  });
  it('the authority of "by designating the group" is the clause\'s subject, not the heading\'s office', () => {
    const g = [entry('Office of the Spokesperson', 'organization'), entry('Department of State', 'organization', 'U.S. Department of State'), entry('Northern Front', 'organization')];
    const got = atts('Office of the Spokesperson\nTerrorist Designations of Northern Front\nThe Department of State has increased sanctions against Northern Front by designating the group as a Foreign Terrorist Organization.', g);
    expect(got.filter((a) => a[0] === 'Office of the Spokesperson')).toEqual([]);
    expect(got).toContainEqual(['U.S. Department of State', 'designating as a Foreign Terrorist Organization', 'Northern Front']);
  });
});

// Rules added on 2026-12-06 in the session of 14:18 (branch attr14)
describe('a party described as on an authority\'s list: "X is a <A>-designated FTO", "X, a <A> SDGT entity" (holdout4, holdout7; attr14)', () => {
  const g = [entry('Department of State', 'organization', 'U.S. Department of State'), entry('Northern Front', 'organization'), entry('Red Cells', 'organization'), entry('Karim Halloumi', 'person'), entry('U.S.', 'place', 'United States'), entry('Ansar al-Tawhid', 'organization')];
  it('after a copula, with a hyphen or a space before "designated"', () => {
    const got = atts('In 2015 he joined Northern Front. Northern Front is a U.S. Department of State-designated Foreign Terrorist Organization (FTO), and Karim Halloumi is a U.S. Department of State designated SDGT.', g, 'a blog');
    expect(got).toContainEqual(['U.S. Department of State', 'designated as a Foreign Terrorist Organization', 'Northern Front']);
    expect(got).toContainEqual(['U.S. Department of State', 'designated as a Specially Designated Global Terrorist', 'Karim Halloumi']);
  });
  it('in apposition, over an acronym in brackets and over a description joined by "and"', () => {
    const got = atts('Karim Halloumi leads the Red Cells (RC), a U.S. Department of State SDGT entity. The group split from Ansar al-Tawhid, a regional splinter group and U.S.-designated FTO and SDGT.', g, 'a blog');
    expect(got).toContainEqual(['U.S. Department of State', 'designated as a Specially Designated Global Terrorist', 'Red Cells']);
    expect(got).toContainEqual(['United States', 'designated as a Foreign Terrorist Organization', 'Ansar al-Tawhid']);
  });
  it('not: a label before the name ("the U.S.-designated terrorist group X", "several U.S.-designated entities")', () => {
    const got = atts('Officials blamed the U.S.-designated terrorist group Northern Front. It has ties to several U.S.-designated terrorist entities, including Red Cells.', g, 'a blog');
    expect(got.filter((a) => /designated/.test(a[1] ?? ''))).toEqual([]);
  });
});

describe('the designated named by no mention; "along with"; "and intends to designate all four groups" (holdout7, holdout8; attr14)', () => {
  const g = [entry('Department of State', 'organization', 'U.S. Department of State'), entry('Northern Front', 'organization')];
  it('a name right before "as" that no mention covers, a "<Place>-based" qualifier left out', () => {
    const got = atts('The Department of State has designated Zoltar as a Specially Designated Global Terrorist. The Department of State is designating Austrian-based Rote Zelle Nord as a Specially Designated Global Terrorist.', g);
    expect(got).toContainEqual(['U.S. Department of State', 'designated as a Specially Designated Global Terrorist', 'Zoltar']);
    expect(got).toContainEqual(['U.S. Department of State', 'designating as a Specially Designated Global Terrorist', 'Rote Zelle Nord']);
  });
  it('"X, along with two other violent groups in A and B, as …" and the second verb of the same subject', () => {
    const got = atts('Today, the Department of State is designating Northern Front, along with two other violent groups in Spain and Portugal, as Specially Designated Global Terrorists and intends to designate all three groups as Foreign Terrorist Organizations, effective May 1.', g);
    expect(got).toContainEqual(['U.S. Department of State', 'designating as a Specially Designated Global Terrorist', 'Northern Front']);
    expect(got).toContainEqual(['U.S. Department of State', 'designating as a Specially Designated Global Terrorist', 'two other violent groups in Spain and Portugal']);
    expect(got).toContainEqual(['U.S. Department of State', 'intends to designate as a Foreign Terrorist Organization', 'Northern Front']);
    expect(got).toContainEqual(['U.S. Department of State', 'intends to designate as a Foreign Terrorist Organization', 'two other violent groups in Spain and Portugal']);
  });
  it('not: a day or a list\'s own words before "as"; "all groups" with no designation before in the sentence', () => {
    const got = atts('The Department of State designated Tuesday as a day of review. The Department of State intends to designate all four groups as Foreign Terrorist Organizations.', g);
    expect(got).toEqual([]);
  });
  it('not: "labelled X as" or "listed X as" (a judgement, a count) with no mention after', () => {
    const got = atts('The Department of State labelled Western Governments as partners. The Department of State listed Zoltar as a contact.', g);
    expect(got).toEqual([]);
  });
});
