// Branch wild24 (fresh-text audit of encyclopedia articles): well-known bodies and places the tables lacked —
// "Provisional IRA" (the usual short form, never expanded in some articles), UNESCO, the Committee to Protect
// Journalists, Kopassus, Ordine Nuovo; Sharm el-Sheikh ("el-Sheikh" read as a title), Hadhramaut. (Not Sinn Féin,
// whose name would make the list data drop "Republican Sinn Fein" as its front, nor Florence, which the given
// names' derivation would then drop: "Florence Mbeki said" would be the city.) Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string) => extract(text, { gazetteer: [], published: null });

describe('known names added by wild24', () => {
  it('bodies by their usual short forms', () => {
    expect(run('Police said members of the Provisional IRA had planted the device.').organisations).toEqual(['Provisional Irish Republican Army']);
    expect(run('The old town is listed by UNESCO.').organisations).toEqual(['United Nations Educational, Scientific and Cultural Organization']);
    expect(run('The Committee to Protect Journalists (CPJ) condemned the killing.').organisations).toEqual(['Committee to Protect Journalists']);
    expect(run('Kopassus troops surrounded the village.').organisations).toEqual(['Kopassus']);
    expect(run('Two former Ordine Nuovo militants were acquitted.').organisations).toEqual(['Ordine Nuovo']);
  });
  it('places', () => {
    expect(run('Tourists fled Sharm el-Sheikh after the blasts.').places).toEqual(['Sharm el-Sheikh']);
    expect(run('Troops raided a house in Mukalla, Hadhramaut.').places).toEqual(['Mukalla', 'Hadhramaut']);
  });
});

describe('Revolutionary Organization 17 November (wild24 text 06; holdout5/02)', () => {
  it('its full name, with the date in it, and its short forms', () => {
    expect(run('Revolutionary Organization 17 November (17N) shot the attaché in Athens.').organisations).toEqual(['Revolutionary Organization 17 November']);
    expect(run('Police said the 17 November Group had used the same pistol.').organisations).toEqual(['Revolutionary Organization 17 November']);
  });
});
