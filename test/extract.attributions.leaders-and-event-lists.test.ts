// Attribution rules of branch attr8, on real sentences from the retired sets, each with what it must not change.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { entry } from './helpers/gazetteer.ts';
import { triple } from './helpers/attributions.ts';

const atts = (text: string, gazetteer: ReturnType<typeof entry>[], publisher = 'Wikipedia') =>
  extract(text, { gazetteer, publisher }).attributions.map(triple);

describe('"The group, led by P," / "was commanded by P": P led the group (holdout3, holdout5)', () => {
  const g = [entry('Aum Shinrikyo', 'organization'), entry("Kata'ib Hezbollah", 'organization'), entry('Abu Mahdi al-Muhandis', 'person')];
  it('a person found as such (holdout3)', () => {
    expect(atts("Kata'ib Hezbollah is an Iraqi militia. The group was commanded by Abu Mahdi al-Muhandis until he was killed in a US drone attack in 2020.", g)).toContainEqual(['Abu Mahdi al-Muhandis', 'commanded', "Kata'ib Hezbollah"]);
  });
  it('a name found as no person: the name as written (holdout5)', () => {
    expect(atts('Aum Shinrikyo is a cult. The group, led by Shoko Asahara, had already carried out several assassinations.', g)).toContainEqual(['Shoko Asahara', 'led', 'Aum Shinrikyo']);
  });
  it('not: a group led by something that is no name, or a name that goes on', () => {
    expect(atts('Aum Shinrikyo is a cult. The group, led by Former Members of the sect, grew.', g).filter((a) => a[1] === 'led')).toEqual([]);
    // (the person found after "led by" is the leader, not the words that go on: people3 types the name after "led by" a person's)
    expect(atts('Aum Shinrikyo is a cult. The group was led by Shoko Asahara and his deputies.', g).filter((a) => a[1] === 'led')).toEqual([['Shoko Asahara', 'led', 'Aum Shinrikyo']]);
  });
});

describe('events coordinated or listed after an event phrase, past a place or a toll between (holdout3, holdout5)', () => {
  const g = [entry('Indian Mujahideen', 'organization'), entry('Revolutionary Struggle', 'organization'), entry('Lashkar-e-Taiba', 'organization')];
  const run = (t: string) => atts(t, g, 'U.S. Department of State');
  it('"responsible for a 2008 blast in the Indian capital, New Delhi, that killed 30 people, and a series of bombings in …" (holdout3)', () => {
    const got = run('The State Department says the Indian Mujahideen was also responsible for a 2008 blast in the Indian capital, New Delhi, that killed 30 people, and a series of bombings in the southern Indian city of Hyderabad that killed 38 people that same year.');
    expect(got).toContainEqual(['Indian Mujahideen', 'responsible for', 'blast in New Delhi']);
    expect(got).toContainEqual(['Indian Mujahideen', 'responsible for', 'bombings in Hyderabad']);
  });
  it('"including A in Athens, Greece and the March 9, 2009 detonation of …", further on than the phrase the list stopped (holdout5)', () => {
    const got = run('RS is a Greek terrorist organization. Revolutionary Struggle is responsible for numerous terrorist acts against Greek, U.S., and other targets since 2003, including the 2007 RPG attack on the U.S. Embassy in Athens, Greece and the March 9, 2009 detonation of a bomb outside a Citibank branch in Athens.');
    expect(got).toContainEqual(['Revolutionary Struggle', 'responsible for', 'RPG attack on the U.S. Embassy in Athens']);
    expect(got).toContainEqual(['Revolutionary Struggle', 'responsible for', 'detonation of a bomb outside a Citibank branch in Athens']);
  });
  it('not: "including" after a relative clause lists the victims (holdout)', () => {
    const got = run('Lashkar-e-Taiba admitted planning the January 14, 2008 attack against the Serena Hotel in Kabul that killed six people, including American citizen Thor David Hesla.');
    expect(got.map((a) => a[2]).join(' ')).not.toMatch(/Hesla/);
  });
});

describe('an event page’s defining sentence: "… was a <act> … by G" (holdout4, holdout5)', () => {
  const g = [entry('Islamic State', 'organization'), entry('Dokumacılar', 'organization'), entry('Shining Path', 'organization'), entry('Aum Shinrikyo', 'organization')];
  const run = (t: string) => atts(t, g);
  it('"was a suicide attack by the Turkish sect of Islamic State named Dokumacılar" (holdout4): the group so named', () => {
    const got = run('Suruç bombing\nDeaths34\n\nThe Suruç bombing was a suicide attack[4] by the Turkish sect of Islamic State named Dokumacılar against Turkish leftists that took place in the Suruç district.');
    expect(got).toContainEqual(['Dokumacılar', 'carried out', 'Suruç bombing']);
    expect(got.filter((a) => a[0] === 'Islamic State' && a[1] === 'carried out')).toEqual([]);
  });
  it('"was a terrorist attack carried out in …, on 16 July 1992, by the leftist Shining Path terrorist group"; "an act of domestic terrorism perpetrated … by members of the cult movement Aum Shinrikyo" (holdout5)', () => {
    expect(run('= Tarata bombing =\n\nThe Tarata bombing, known also as the Miraflores bombing, was a terrorist attack carried out in Tarata Street, located in Miraflores District of Lima, Peru, on 16 July 1992, by the leftist Shining Path terrorist group.')).toContainEqual(['Shining Path', 'carried out', 'Tarata bombing']);
    expect(run('= Tokyo subway sarin attack =\n\nThe Tokyo subway sarin attack was an act of domestic terrorism perpetrated on 20 March 1995, in Tokyo, Japan, by members of the cult movement Aum Shinrikyo.')).toContainEqual(['Aum Shinrikyo', 'perpetrated', 'Tokyo subway sarin attack']);
  });
  it('"The 2016 Uri attack was carried out on 18 September 2016 by four Jaish-e-Mohammed terrorists …" (holdout3), listed besides "was involved in the planning and execution of the attack"', () => {
    const ug = [entry('Jaish-e-Mohammed', 'organization'), entry('Pakistan', 'place')];
    const got = atts('2016 Uri attack\n\nThe 2016 Uri attack was carried out on 18 September 2016 by four Jaish-e-Mohammed terrorists from Pakistan against an Indian Army brigade headquarters near the town of Uri.\n\nJaish-e-Mohammed, a Pakistan-based jihadist organization, was involved in the planning and execution of the attack.', ug);
    expect(got).toContainEqual(['Jaish-e-Mohammed', 'carried out', '2016 Uri attack']);
    expect(got.filter((a) => a[0] === 'Jaish-e-Mohammed' && a[2] === '2016 Uri attack')).toHaveLength(2);
  });
  it('not: a page about no event, or a sentence that does not define the page’s event', () => {
    expect(run('= Shining Path =\n\nThe Shining Path was a group founded by a professor.').filter((a) => a[1] === 'carried out')).toEqual([]);
    expect(run('= Tarata bombing =\n\nThe street was a target chosen by the Shining Path.').filter((a) => a[1] === 'carried out')).toEqual([]);
  });
});

describe('"responsible for" a toll: the people are the target (holdout2, holdout3)', () => {
  const g = [entry("Kata'ib Hezbollah", 'organization'), entry('ISIS-DRC', 'organization'), entry('United States', 'place', 'U.S.')];
  const run = (t: string) => atts(t, g, 'Voice of America');
  it('"is responsible for killing hundreds of U.S. soldiers and takes …" (holdout3), "… for the deaths of 849 civilians in 2020 alone" (holdout2)', () => {
    expect(run("Kata'ib Hezbollah is an Iraqi militia. The group is responsible for killing hundreds of U.S. soldiers and takes a central part in carrying out attacks against U.S. targets in Iraq.")).toContainEqual(["Kata'ib Hezbollah", 'responsible for killing', 'U.S. soldiers']);
    expect(run('Under the leadership of Seka Musa Baluku, ISIS-DRC is responsible for the deaths of 849 civilians in 2020 alone.')).toContainEqual(['ISIS-DRC', 'responsible for deaths of', 'civilians']);
  });
  it('not: a death that names no people ("the deaths of its leaders’ hopes" stays an event phrase or nothing)', () => {
    expect(run('ISIS-DRC is responsible for the killing of the peace process.').filter((a) => a[2] === 'peace process')).toEqual([]);
  });
});
