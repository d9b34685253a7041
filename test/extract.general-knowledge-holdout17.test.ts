// General knowledge from eval/holdout17's errors (read after it was retired at 16:01 on 2026-12-07): a school's name
// after "at" is the institution unless an attack was there, a title inside a building's name is part of it ("King
// … Air Base"), a month's abbreviation ends a place's name, a lower-case "state" before a noun it qualifies is no
// part of a division's name, "U.S." and a head word and "of" open a body's name, an office's word before a comma
// and a place is no place, "the Honorable" is a title, a court named with its district is one body, an initialled
// person's name glued to a body's name is two names, a dateline's dash ends a name, a firm's legal form types a
// body named without it, a short name defined in brackets and quotes is the body again, an elided article is a
// word of a name, a known acronym and a glued capital ("HUJI-B") are another body, two names joined by a slash and
// given one acronym are one body, an embassy attacked is a venue (holdout15's and holdout16's), "Hajji" stays in a name, a name before ", who" is a person's, a Title Case attack's name opens
// with its place, "The Piazza …" is a venue, a surname typed a place by evidence alone is the person, and a
// weekday after words of what is to come is the next one. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string, published: string | null = null) => extract(text, { gazetteer: [], published });
const spans = (text: string) => run(text).mentions.map((m) => [m.text, m.type, m.canonical]);

describe('general knowledge from holdout17', () => {
  it('a school after "at" is the institution, a place only where an attack was at it', () => {
    expect(run('She completed her degree at Halvorsen University in 1988.').organisations).toEqual(['Halvorsen University']);
    expect(run('The bombing at Halvorsen University killed four.').places).toEqual(['Halvorsen University']);
  });
  it('a title opening a building\'s name is part of it, and "Air Base" is a place', () => {
    expect(spans('Jets landed at King Faisal Air Base on Monday.')).toEqual([['King Faisal Air Base', 'place', 'King Faisal Air Base']]);
    expect(run('Prince Talal Hospital treated the wounded.').places).toEqual(['Prince Talal Hospital']);
    expect(run('Prince Talal Hospital treated the wounded.').people).toEqual([]);
  });
  it("a month's abbreviation ends a place's name", () => {
    expect(run('A bus exploded in the resort town of Dahab Feb. 16, 2014.').places).toEqual(['Dahab']);
  });
  it('a lower-case "state" before a noun it qualifies is no part of a division\'s name', () => {
    expect(run('Officials of the Oaxaca state government denied it.').places).toEqual(['Oaxaca']);
    expect(run('Gunmen struck in Borno state on Sunday.').places).toEqual(['Borno State']);
  });
  it('"U.S." or "UK", a head word and "of" open a body\'s name; an office\'s word before a comma and a place is none', () => {
    expect(spans('Officials of the U.S. Department of Energy met them.')).toEqual([['U.S. Department of Energy', 'organization', 'U.S. Department of Energy']]);
    expect(run('Rona Vell, Deputy Assistant Secretary, U.S. Department of Commerce, spoke.').organisations).toEqual(['U.S. Department of Commerce']);
    expect(run('Rona Vell, Deputy Assistant Secretary, U.S. Department of Commerce, spoke.').places).toEqual([]);
    expect(run('Rona Vell, Deputy Assistant Secretary, U.S. Department of Commerce, spoke.').people).toEqual(['Rona Vell']);
  });
  it('"the Honorable" is a title, and a court named with its district is one body', () => {
    const x = run('He pleaded guilty before the Honorable Dana Q. Merriwether of the U.S. District Court for the District of Columbia.');
    expect(x.people).toEqual(['Dana Q. Merriwether']);
    expect(x.organisations).toEqual(['U.S. District Court for the District of Columbia']);
  });
  it("an initialled person's name glued to a body's name is two names", () => {
    const x = run('The plea was announced by Assistant Attorney General Howard T. Brell National Security Division and others.');
    expect(x.people).toEqual(['Howard T. Brell']);
    expect(x.organisations).toEqual(['National Security Division']);
  });
  it("a dateline's dash ends a name; a firm's legal form types a body named without it; a short name defined in quotes is the body again", () => {
    const x = run('NEW YORK — Ostrava Fruit Holdings Inc. ("Ostrava"), a multinational firm, pleaded guilty. Later Ostrava paid the fine.');
    expect(x.organisations).toEqual(['Ostrava Fruit Holdings']);
    expect(x.mentions.filter((m) => m.type === 'organization').map((m) => m.text)).toEqual(['Ostrava Fruit Holdings Inc.', 'Ostrava', 'Ostrava']);
    // (a quoted word that is no word of the name defines nothing)
    expect(run('Ostrava Fruit Holdings Inc. ("the Company") paid. The Company agreed.').mentions.filter((m) => m.text === 'Company')).toEqual([]);
  });
  it('an elided Italian article is a word of a name', () => {
    expect(run('The headquarters of Banca Rurale dell\'Artigianato was hit.').organisations).toEqual(["Banca Rurale dell'Artigianato"]);
  });
  it('"Hajji" stays in a name, and a name before ", who" is a person\'s', () => {
    expect(run('The smugglers, Hajji Karim, Hajji Osman and Taufiq Lalani, paid.').people).toEqual(['Hajji Karim', 'Hajji Osman', 'Taufiq Lalani']);
    expect(run('Bashir Latifi and Shahrukh Qanungo, who were found guilty, appealed.').people).toEqual(['Bashir Latifi', 'Shahrukh Qanungo']);
    // (not a label's word after a role: "accomplices Material:")
    expect(run('- Perpetrators: Tomas Rell and three accomplices Material: six others').people).toEqual(['Tomas Rell']);
  });
  it("an attack's name in Title Case opens with its place, not in a headline", () => {
    expect(run('The Xochitlan Massacre was a killing of 40 people.').places).toEqual(['Xochitlan']);
    expect(run('Bus Blast in Kigoma Wounds 21').places).toEqual(['Kigoma']);
  });
  it('"The Piazza …" after a sentence\'s article is the venue', () => {
    expect(run('The Piazza Fontana bombing killed 17.').places).toEqual(['Piazza Fontana']);
  });
  it('a surname typed a place by evidence alone is the person again', () => {
    const x = run('Tomas Vendry was shot dead. The killing occurred outside Vendry\'s home.');
    expect(x.people).toEqual(['Tomas Vendry']);
    expect(x.places).toEqual([]);
  });
  it("a known acronym and a capital glued by a hyphen is another body; two names joined by a slash with one acronym are one body", () => {
    expect(run('The group HUJI-B was designated.').organisations).toEqual(['HUJI-B']);
    const x = run("The Communist Party of the Philippines/New People's Army (CPP/NPA) was designated. The CPP/NPA attacked. The CPP said so.");
    expect(x.organisations).toEqual(["Communist Party of the Philippines/New People's Army", 'Communist Party of the Philippines']);
    expect(x.mentions.map((m) => m.text)).toEqual(["Communist Party of the Philippines/New People's Army", 'CPP/NPA', 'CPP/NPA', 'CPP']);
    const y = run('Harakat ul-Jihad-i-Islami/Bangladesh (HUJI-B) was designated. HUJI-B leaders met.');
    expect(y.organisations).toEqual(['Harakat ul-Jihad-i-Islami/Bangladesh']);
    expect(y.places).toEqual([]);
    // (not two bodies joined by a slash without an acronym of their own)
    expect(run('AU/UN troops arrived.').organisations).toEqual(['African Union', 'United Nations']);
  });
  it('an embassy attacked is a venue, in lower case too; one where people work is not', () => {
    expect(run('The Qatari Embassy in Lusaka was stormed by gunmen.').places).toEqual(['Qatari Embassy in Lusaka', 'Lusaka']);
    expect(run('Six armed men stormed the Qatari embassy in Lusaka.').places).toEqual(['Qatari Embassy in Lusaka', 'Lusaka']);
    expect(run('Tom Vale, the chargé at the Qatari embassy, was the guest.').places).toEqual([]);
    expect(run('Infobox\n- Title: Attack on the Qatari Embassy in Lusaka\n- Target: Qatari Embassy').places).toEqual(['Qatari Embassy in Lusaka', 'Lusaka']);
  });
  it('a palace or a tomb before "of" opens a place\'s name', () => {
    expect(run('Rebels took over the Palace of Justice in the capital.').places).toEqual(['Palace of Justice']);
    expect(run('Rebels took over the Palace of Justice in the capital.').organisations).toEqual([]);
  });
  it('an acronym spelt by the initials of a listed body\'s name as the document writes it is that body', () => {
    const x = run('Payments went to the United Self-Defense Forces of Colombia, in Spanish Autodefensas Unidas de Colombia (the "AUC"). The AUC had been designated.');
    expect(x.mentions.filter((m) => m.text === 'AUC').map((m) => m.canonical)).toEqual(['United Self-Defense Forces of Colombia', 'United Self-Defense Forces of Colombia']);
  });
  it('a weekday after words of what is to come is the next one', () => {
    const x = run('Sentencing is expected when the court reconvenes on Wednesday.', '2003-12-08');
    expect(x.event_dates.map((e) => e.date)).toEqual(['2003-12-10']);
    expect(run('The court convicted them on Wednesday.', '2003-12-08').event_dates.map((e) => e.date)).toEqual(['2003-12-03']);
  });
});
