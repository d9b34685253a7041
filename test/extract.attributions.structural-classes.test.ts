// Attribution rules of branch attr9, on real sentences from the retired sets, each with what it must not change.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const atts = (text: string, gazetteer: ReturnType<typeof entry>[], publisher = 'Wikipedia') =>
  extract(text, { gazetteer, publisher }).attributions.map(triple);

describe('an event infobox\'s numbered Commander rows name the commanders in the event (holdout3, holdout6)', () => {
  const page = (rows: string) => `= 2015 Kumanovo clashes =\n\nInfobox\n- Conflict: 2015 Kumanovo clashes\n${rows}\n\nA series of shootouts erupted during a raid.`;
  it('"Commander1: P", "Commander2: Q, R" (holdout6)', () => {
    const got = atts(page('- Commander1: Gordana Jankuloska\n- Commander2: Muhamet Krasniqi, Sami Ukshini'), [entry('Gordana Jankuloska', 'person'), entry('Muhamet Krasniqi', 'person'), entry('Sami Ukshini', 'person')]);
    expect(got).toContainEqual(['Gordana Jankuloska', 'commander in', '2015 Kumanovo clashes']);
    expect(got).toContainEqual(['Muhamet Krasniqi', 'commander in', '2015 Kumanovo clashes']);
    expect(got).toContainEqual(['Sami Ukshini', 'commander in', '2015 Kumanovo clashes']);
  });
  it('not: on a page that names no event (a group\'s page)', () => {
    const got = atts('= Lashkar-e-Jhangvi =\n\nInfobox\n- Commander1: Riaz Basra\n\nThe group is based in Pakistan.', [entry('Riaz Basra', 'person'), entry('Lashkar-e-Jhangvi', 'organization')]);
    expect(got.filter((a) => a[1] === 'commander in')).toEqual([]);
  });
});

describe('"designating three of X\'s leaders as SDGTs" and the bullet lines after it (holdout5, holdout6)', () => {
  const g = [entry('Russian Imperial Movement', 'organization'), entry('RIM', 'organization', 'Russian Imperial Movement'), entry('Stanislav Anatolyevich Vorobyev', 'person'), entry('Denis Valliullovich Gariyev', 'person'), entry('Nordic Resistance Movement', 'organization'), entry('NRM', 'organization', 'Nordic Resistance Movement'), entry('Leif Robert Eklund', 'person')];
  const run = (t: string) => atts(t, g, 'U.S. Department of State');
  it('"We’re also designating three of RIM’s leaders as SDGTs:" and a name a line (holdout5)', () => {
    const got = run('Today, the State Department is designating the Russian Imperial Movement as a Specially Designated Global Terrorist.  We’re also designating three of RIM’s leaders as SDGTs:\n\n  • Stanislav Anatolyevich Vorobyev;\n  • Denis Valliullovich Gariyev; and\n\nThese designations are unprecedented.');
    expect(got).toContainEqual(['U.S. Department of State', 'designating as a Specially Designated Global Terrorist', 'Stanislav Anatolyevich Vorobyev']);
    expect(got).toContainEqual(['U.S. Department of State', 'designating as a Specially Designated Global Terrorist', 'Denis Valliullovich Gariyev']);
  });
  it('a bullet line that goes on about the person (holdout6)', () => {
    const got = run("Today, the Department of State is designating Nordic Resistance Movement (NRM) as a Specially Designated Global Terrorist (SDGT).\nAdditionally, the Department of State is designating three of NRM's leaders as SDGTs pursuant to E.O. 13224, as amended.\n- Leif Robert Eklund is a member of NRM's national council.\n");
    expect(got).toContainEqual(['U.S. Department of State', 'designating as a Specially Designated Global Terrorist', 'Leif Robert Eklund']);
  });
  it('not: people named after the list, or on a line with no bullet', () => {
    const got = run("Additionally, the Department of State is designating three of NRM's leaders as SDGTs.\nLeif Robert Eklund is a member of NRM's national council.");
    expect(got.filter((a) => a[2] === 'Leif Robert Eklund')).toEqual([]);
  });
});

describe('subjects coordinated before an act each do it (holdout5, holdout6)', () => {
  const g = [entry('al-Qaeda in the Islamic Maghreb', 'organization'), entry('AQIM', 'organization', 'al-Qaeda in the Islamic Maghreb'), entry('al-Mourabitoun', 'organization'), entry('Fazul Abdullah Mohammed', 'person'), entry('Abdullah Ahmed Abdullah', 'person')];
  it('"Al-Qaeda in the Islamic Maghreb (AQIM) and al-Mourabitoun claimed responsibility for the attack." (holdout5)', () => {
    const got = atts('= 2016 Grand-Bassam shootings =\n\nAl-Qaeda in the Islamic Maghreb (AQIM) and al-Mourabitoun claimed responsibility for the attack.', g);
    expect(got).toContainEqual(['al-Qaeda in the Islamic Maghreb', 'claimed responsibility for', '2016 Grand-Bassam shootings']);
    expect(got).toContainEqual(['al-Mourabitoun', 'claimed responsibility for', '2016 Grand-Bassam shootings']);
  });
  it('"P and Q were credited with being the masterminds behind the bombings." (holdout6)', () => {
    const got = atts('= 1998 United States embassy bombings =\n\nFazul Abdullah Mohammed and Abdullah Ahmed Abdullah were credited with being the masterminds behind the bombings.', g);
    expect(got.filter((a) => a[2] === '1998 United States embassy bombings').map((a) => a[0]).sort()).toEqual(['Abdullah Ahmed Abdullah', 'Fazul Abdullah Mohammed']);
  });
  it('not: a party in a phrase before the subject', () => {
    const got = atts('= 2016 Grand-Bassam shootings =\n\nAfter talks with AQIM, al-Mourabitoun claimed responsibility for the attack.', g);
    expect(got.filter((a) => a[0] === 'al-Qaeda in the Islamic Maghreb')).toEqual([]);
  });
});

describe('the one attacker an event\'s page names (holdout, holdout4)', () => {
  const g = [entry('Şeyh Abdurrahman Alagöz', 'person'), entry('Adil Ahmad Dar', 'person'), entry('Islamic State', 'organization')];
  it('"The attacker, P (20), a Kurd from Adıyaman, …" (holdout4)', () => {
    expect(atts('= Suruç bombing =\n\nThe attacker, Şeyh Abdurrahman Alagöz (20), a Kurd from Adıyaman, reportedly had links to Islamic State militants.', g)).toContainEqual(['Şeyh Abdurrahman Alagöz', 'was the attacker in', 'Suruç bombing']);
  });
  it('"P, a Kashmiri local, was identified as the attacker." (holdout)', () => {
    expect(atts('= 2019 Pulwama attack =\n\nA member named Adil Ahmad Dar, a Kashmiri local, was identified as the attacker.', g)).toContainEqual(['Adil Ahmad Dar', 'was the attacker in', '2019 Pulwama attack']);
  });
  it('not: on a page that names no event, or attackers unnamed', () => {
    expect(atts('= Islamic State =\n\nThe attacker, Şeyh Abdurrahman Alagöz (20), had links to the group.', g).filter((a) => /attacker/.test(a[1]!))).toEqual([]);
    expect(atts('= Suruç bombing =\n\nThe attacker was never identified by the police.', g).filter((a) => /attacker/.test(a[1]!))).toEqual([]);
  });
});
