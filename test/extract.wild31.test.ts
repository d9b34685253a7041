// Branch wild31 (fresh-text audit of 26 U.S. Government releases, news stories and encyclopedia pages on
// designations, coups, assassinations and insurgencies): a person after a role's "identified as", a town's name
// that is an ethnic group's before a noun for a people, doctrines in "-ism" and "-ist", "official" as an adjective,
// a name written without its last part, the Shebab spelling, Iraqi militias' names and "Terrorist Organizations".
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });
const spans = (text: string, type: string) => run(text).mentions.filter((m) => m.type === type).map((m) => m.text);
const canonicals = (text: string, type: string) => run(text).mentions.filter((m) => m.type === type).map((m) => m.canonical);

describe('"identified as" after a role (wild31)', () => {
  it('names the role\'s person, after a comma or a copula', () => {
    expect(spans('The attacker, identified as Tetsuro Hamagaki, was detained at the scene.', 'person')).toEqual(['Tetsuro Hamagaki']);
    expect(spans('The second gunman was identified as Okwudili Nnabuike.', 'person')).toEqual(['Okwudili Nnabuike']);
  });
  it('not after a group noun or "identifying itself as"', () => {
    const text = 'A new faction, identifying itself as the Patriotic Kamtapur Brigade, issued a warning.';
    expect(spans(text, 'person')).toEqual([]);
  });
});

describe('a town\'s name before a noun for a people (wild31)', () => {
  it('is an ethnic group\'s name, no place', () => {
    expect(spans('Armed Naga separatists and Bodo militants clashed with the police for a week.', 'place')).toEqual([]);
    expect(spans('The autonomy of the Moro people was the rebels\' aim.', 'place')).toEqual([]);
  });
  it('a town named as a place stays one', () => {
    expect(spans('The police in Naga said the market was closed.', 'place')).toEqual(['Naga']);
  });
  it('a town of a country the text names stays a place before such a noun', () => {
    expect(spans('In western Iraq, Ramadi insurgents attacked a convoy.', 'place')).toEqual(['Iraq', 'Ramadi']);
  });
});

describe('doctrines (wild31)', () => {
  it('"-ism" is neither a body nor a place', () => {
    const text = 'As a student he grew interested in Trotskyism. Guided by Maoism, the cadres moved to the hills.';
    expect(run(text).mentions).toEqual([]);
  });
  it('"-ist" before a lower-case word is an adjective', () => {
    expect(spans('The Maoist guerrilla group attacked a police post.', 'organization')).toEqual([]);
  });
});

describe('"official" as an adjective (wild31)', () => {
  it('before a platform and a noun names no person', () => {
    expect(spans('The ministry said on its official Twitter account that the border was shut.', 'person')).toEqual([]);
  });
  it('a person named after "official" still is one', () => {
    expect(spans('A senior official, Maria Okonkwo, said the border was shut.', 'person')).toEqual(['Maria Okonkwo']);
  });
});

describe('a name written without its last part (wild31)', () => {
  it('is the person named in full', () => {
    const text = 'President Abdirahman Sheikh Warsame spoke first. Later, President Abdirahman Sheikh left the hall.';
    expect(canonicals(text, 'person')).toEqual(['Abdirahman Sheikh Warsame', 'Abdirahman Sheikh Warsame']);
  });
});

describe('known names (wild31)', () => {
  it('"Shebab" is al-Shabaab', () => {
    expect(canonicals('Shebab fighters stormed the hotel before dawn.', 'organization')).toEqual(['al-Shabaab']);
  });
  it('Iraqi militias are one name each, not Ansarallah', () => {
    const text = 'The department named Harakat Ansar Allah al-Awfiya and Kata’ib al-Imam Ali, members of the Islamic Resistance in Iraq.';
    expect(canonicals(text, 'organization')).toEqual(['Harakat Ansar Allah al-Awfiya', "Kata'ib al-Imam Ali", 'Islamic Resistance in Iraq']);
  });
  it('"Terrorist Organizations" names no body', () => {
    expect(spans('The order lists the branches as Terrorist Organizations under the law.', 'organization')).toEqual([]);
  });
});

describe('a body\'s head, "of the" and a state named with its article (wild31)', () => {
  it('is one body, and its acronym in brackets is that body', () => {
    const x = run('Rebels ambushed a patrol of the Armed Forces of the Philippines (AFP) near the river.');
    expect(x.mentions.map((m) => [m.text, m.type, m.canonical])).toEqual([
      ['Armed Forces of the Philippines', 'organization', 'Armed Forces of the Philippines'],
      ['AFP', 'organization', 'Armed Forces of the Philippines'],
    ]);
  });
  it('an office\'s title before it stays a title', () => {
    expect(run('He was sworn in as President of the Philippines.').mentions.map((m) => [m.text, m.type])).toEqual([['Philippines', 'place']]);
  });
});

describe('a plain word before a known body\'s one word read as a longer name (wild31)', () => {
  it('makes another body ("National Congress" is not the U.S. Congress)', () => {
    expect(canonicals('Loyalists of the old National Congress regime were arrested.', 'organization')).toEqual(['National Congress']);
  });
  it('"Congress" alone stays the U.S. Congress', () => {
    expect(canonicals('The bill went to Congress in March.', 'organization')).toEqual(['United States Congress']);
  });
});

describe('a venue in apposition (wild31)', () => {
  it('a name a venue\'s noun describes is a place', () => {
    const x = run('Gunmen attacked Villa Marisol, a seafront hotel popular with lawmakers.');
    expect(x.mentions.map((m) => [m.text, m.type])).toEqual([['Villa Marisol', 'place']]);
  });
  it('a person described by a job at a venue stays a person', () => {
    expect(spans('The blast killed Maria Lopez, a hotel worker.', 'person')).toEqual(['Maria Lopez']);
  });
});

describe('a body\'s other name after ", or" (wild31)', () => {
  it('is a body, with its article', () => {
    const text = 'Officials listed Hizb ut-Tahrir, or al-Jamaa al-Suriyya, as a terrorist group.';
    expect(spans(text, 'organization')).toContain('al-Jamaa al-Suriyya');
    expect(spans(text, 'person')).toEqual([]);
  });
});

describe('common surnames and roles of rulers (wild31)', () => {
  it('a name ending in a common surname is a person\'s, given names no list has', () => {
    expect(spans('Officers said Harbhajan Singh and Satbir Singh, both constables, fired first.', 'person')).toEqual(['Harbhajan Singh', 'Satbir Singh']);
  });
  it('"dictator" and "warlord" are roles before a name', () => {
    expect(spans('The exiled dictator Okonkwo Zabarra died in 2009, and the warlord Temesgen Abera fled.', 'person')).toEqual(['Okonkwo Zabarra', 'Temesgen Abera']);
  });
});

describe('an office\'s title, "of the" and a state (wild31)', () => {
  it('stays a title: no body "Defense Minister of the Philippines"', () => {
    const x = run('In 1972 the Defense Minister of the Philippines, Rogelio Manansala, was ambushed.');
    expect(x.mentions.filter((m) => m.type === 'organization')).toEqual([]);
    expect(spans('In 1972 the Defense Minister of the Philippines, Rogelio Manansala, was ambushed.', 'place')).toEqual(['Philippines']);
  });
});

describe('a quoted name used as a modifier, a comma inside the quotes (wild31)', () => {
  it('after an article and an adjective is no person', () => {
    expect(spans('They saw it as one stage of the larger “Karim Jihad,” a war of three phases.', 'person')).toEqual([]);
  });
  it('a nickname in quotes still is a person', () => {
    expect(spans('The cell was run by a man known as “Javier Paz,” police said.', 'person')).toEqual(['Javier Paz']);
  });
});

describe('prizes and a Burmese honorific (wild31)', () => {
  it('a prize\'s name is no person', () => {
    expect(spans('In 1991 she won the Nobel Peace Prize for her campaign.', 'person')).toEqual([]);
  });
  it('"Daw" is a title, out of the span', () => {
    const text = 'Soldiers detained the civilian leader Daw Aung San Suu Kyi at dawn.';
    expect(spans(text, 'person')).toEqual(['Aung San Suu Kyi']);
  });
});

describe('a title\'s word between a given name and a surname (wild31)', () => {
  it('is a word of the name (a Spanish double surname)', () => {
    expect(spans('The interior minister, Jaime Mayor Larrea, condemned the bombing.', 'person')).toEqual(['Jaime Mayor Larrea']);
    expect(spans('Yesterday Carlos Mayor Ibarra spoke to reporters.', 'person')).toEqual(['Carlos Mayor Ibarra']);
  });
  it('a title after a place stays a title', () => {
    expect(spans('Kabul Governor Ahmad Ghafoor spoke.', 'person')).toEqual(['Ahmad Ghafoor']);
  });
});
