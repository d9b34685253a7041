// Single-annotator source annotations for the Dossier extraction ELEVENTH held-out set (eval/holdout11).
// Written blind (Dossier's extractor was not run on these texts, and its code was not read), following the
// annotation rules of eval/extraction/README.md and the boundary choices of eval/holdout/README.md to
// eval/holdout10/README.md (holdout10 by its README only; its documents and gold were not opened).
// `node eval/extraction/tools/build_gold.mjs --dir eval/holdout11` turns these into ../gold.json (mention
// offsets by exact string search in JavaScript/UTF-16, then verified).
//
// surfaces: [surface, canonical, type, opts?]  type: organisation|person|place ('none' = blocker span)
//   opts.occ: restrict to these 0-based occurrences of the surface (boundary-valid matches)
//   opts.loose: also match where a letter or digit touches the surface (labels glued to values)
// Longest match wins on overlap; matches must not be preceded/followed by a letter or digit.

const O = 'organisation', P = 'person', L = 'place', N = 'none';

const VOA = 'Voice of America', WP = 'Wikipedia', STATE = 'U.S. Department of State';
const HA = 'Minister for Home Affairs (Australia)';
const US = 'United States', UK = 'United Kingdom', AQ = 'al-Qaeda', IS = 'Islamic State';
const ISK = 'Islamic State Khorasan Province', CIA = 'Central Intelligence Agency';
const MB = 'al-Mulathamun Battalion', AQIM = 'al-Qaeda in the Islamic Maghreb', TWSB = 'Those Who Sign in Blood';
const MUJAO = 'Movement for Unity and Jihad in West Africa', MURAB = 'Al-Mourabitoun';
const HEZ = 'Hezbollah', BASE = 'The Base', MORRISON = 'Morrison Government';
const NAJD = 'Najd Province', RB = 'Red Brigades', PCI = 'Italian Communist Party';
const GAGUINE = 'Vital Roberto Gaguine', PFLP = 'Popular Front for the Liberation of Palestine';
const AAR = 'Arm of the Arab Revolution', GRU = 'GRU Unit 29155';

const INAMENAS = 'January 2013 attack against a gas facility near In-Amenas, Algeria';
const NIGER = 'twin suicide bombings in Niger (May 2013)';
const MALE = 'bombing at the entrance to a park in Male (2007)';
const KUWAIT = 'suicide bombing at the Imam Sadiq Mosque in Kuwait City';
const CPH = 'shootings at a free-speech event and outside a synagogue in Copenhagen';
const KAL = 'bombing of Korean Air Flight 858 (1987)';
const HIJACK = '1977 Dutch train hijacking (De Punt)';
const LAPENCA = 'La Penca bombing (1984)';
const OPEC = 'OPEC siege (Vienna, 1975)';
const VRB = '2014 Vrbětice ammunition warehouse explosions';

export const docs = [
{
  file: '01-state-2013-al-mulathamun-battalion-fto-designation.txt', mentions: true,
  surfaces: [
    ['Washington, DC', 'Washington, D.C.', L], // dateline of the media note
    ['Department of State', STATE, O], // twice
    [MB, MB, O], // five times
    ['United States', US, L], // "in the United States", "come within the United States", "three United States citizens"
    ['U.S.', US, L], // "U.S. persons"
    ['Justice', 'U.S. Department of Justice', O], // "the Departments of Justice and Treasury" (as the dev set)
    ['Treasury', 'U.S. Department of the Treasury', O],
    ['al-Qa’ida in the Islamic Maghreb', AQIM, O],
    ['AQIM', AQIM, O], // twice
    ['Mokhtar Belmokhtar', 'Mokhtar Belmokhtar', P],
    ['Belmokhtar', 'Mokhtar Belmokhtar', P], // "In Belmokhtar’s first public statement"
    [TWSB, TWSB, O], // the sub-battalion's quoted name
    ['In-Amenas', 'In Amenas', L], // the attacked gas facility's town, as written
    ['Algeria', 'Algeria', L],
    [MUJAO, MUJAO, O],
    ['MUJAO', MUJAO, O], // twice
    ['Niger', 'Niger', L],
    ['al-Murabitoun', MURAB, O], // the merged group's name (holdout4's and holdout5's canonical)
  ],
  event_dates: [
    { event: 'Department of State designated the al-Mulathamun Battalion as an FTO and SDGT (the media note\'s dateline)', date: '2013-12-18' },
    { event: 'The al-Mulathamun Battalion became a separate organization ("in late 2012")', date: '2012' },
    { event: 'Attack against a gas facility near In-Amenas, Algeria', date: '2013-01' },
    { event: 'Twin suicide bombings in Niger', date: '2013-05' },
    { event: 'The al-Mulathamun Battalion and MUJAO announced their merger', date: '2013-08' },
  ],
  attributions: [
    { actor: STATE, action: 'has designated as a Foreign Terrorist Organization (FTO)', target_or_event: MB, according_to: STATE },
    { actor: STATE, action: 'has designated as a Specially Designated Global Terrorist entity', target_or_event: MB, according_to: STATE },
    { actor: MB, action: 'was originally part of (became a separate organization in late 2012)', target_or_event: AQIM, according_to: STATE },
    { actor: 'Mokhtar Belmokhtar', action: 'is the leader of', target_or_event: MB, according_to: STATE },
    { actor: 'Mokhtar Belmokhtar', action: 'split from', target_or_event: AQIM, according_to: STATE },
    { actor: 'Mokhtar Belmokhtar', action: 'threatened to fight against', target_or_event: 'Western interests', according_to: STATE },
    { actor: 'Mokhtar Belmokhtar', action: 'announced the creation of the sub-battalion', target_or_event: TWSB, according_to: STATE },
    { actor: TWSB, action: 'is a sub-battalion of', target_or_event: MB, according_to: STATE },
    { actor: TWSB, action: 'claimed responsibility for', target_or_event: INAMENAS, according_to: STATE },
    { actor: MB, action: 'cooperated with MUJAO in', target_or_event: NIGER, according_to: STATE },
    { actor: MUJAO, action: 'carried out with the al-Mulathamun Battalion', target_or_event: NIGER, according_to: STATE },
    { actor: US, action: 'designated under E.O. 13224 (the E.O. 13224-designated MUJAO)', target_or_event: MUJAO, according_to: STATE },
    { actor: MB, action: 'announced it would merge with MUJAO under the name', target_or_event: MURAB, according_to: STATE },
    { actor: MUJAO, action: 'announced it would merge with the al-Mulathamun Battalion under the name', target_or_event: MURAB, according_to: STATE },
  ],
},
{
  file: '02-state-2023-maldives-isis-al-qaida-cells-designations.txt', mentions: true,
  surfaces: [
    ['United States', US, L], // three times
    ['ISIS', IS, O], // "supporters of ISIS", "18 ISIS and"
    ['al-Qa’ida', AQ, O], // twice
    ['ISIS-Khorasan', ISK, O],
    ['ISIS-K', ISK, O], // "(ISIS-K)", "key ISIS-K recruiter"
    ['Maldives', 'Maldives', L], // "Maldives-based", "attacks in Maldives"
    ['Mohamad Ameen', 'Mohamad Ameen', P],
    ['Department of the Treasury', 'U.S. Department of the Treasury', O],
  ],
  // "Today" has no date in the body (the header's date comes from other reports): left out.
  event_dates: [
    { event: 'Mohamad Ameen designated by the United States', date: '2019' },
  ],
  attributions: [
    { actor: US, action: 'is designating (18 ISIS and ISIS-K facilitators, two al-Qa’ida operatives, 29 associated companies)', target_or_event: 'Maldivian supporters of ISIS and al-Qa’ida', according_to: STATE },
    { actor: 'Maldivian supporters of ISIS and al-Qa’ida', action: 'are facilitators of (18 ISIS and ISIS-K facilitators)', target_or_event: IS, according_to: STATE },
    { actor: 'Maldivian supporters of ISIS and al-Qa’ida', action: 'are facilitators of (ISIS-K facilitators)', target_or_event: ISK, according_to: STATE },
    { actor: 'Maldivian supporters of ISIS and al-Qa’ida', action: 'are operatives of (two al-Qa’ida operatives)', target_or_event: AQ, according_to: STATE },
    { actor: 'Mohamad Ameen', action: 'is a key recruiter for', target_or_event: ISK, according_to: STATE },
    { actor: US, action: 'designated (in 2019)', target_or_event: 'Mohamad Ameen', according_to: STATE },
    { actor: 'Several of the designated individuals', action: 'have planned or carried out attacks that targeted', target_or_event: 'journalists and local authorities', according_to: STATE },
  ],
},
{
  file: '03-australia-2021-hizballah-and-the-base-listed.txt', mentions: true,
  surfaces: [
    ['Hizballah', HEZ, O], // the headline and "the entirety of Hizballah"
    ['The Base', BASE, O], // the article is part of the group's name (as the dev set's The Resistance Front)
    ['Australia', 'Australia', L], // "Australia now lists", "aligning Australia", "in Australia"
    ['Karen Andrews', 'Karen Andrews', P],
    ['Andrews', 'Karen Andrews', P], // "Minister Andrews" (twice, once with "’")
    [MORRISON, MORRISON, O], // a political administration (as the dev set's Obama administration), three times
    ['Coalition Government', MORRISON, O], // the same administration under its coalition's name
    ['United Kingdom', UK, L],
    ['Canada', 'Canada', L],
    ['Parliament', 'Parliament of Australia', O], // "passing the Parliament" (as holdout9's bare Parliament)
  ],
  // "Since 2013-14" is a financial year (listed as a range); "Last month" is left out (as holdout10's "last month").
  event_dates: [
    { event: 'Hizballah (entirety) and The Base formally added to Australia\'s national terrorist listing ("today", the release\'s date line)', date: '2021-12-10' },
    { event: 'Minister Andrews announced the intention to list both groups', date: '2021-11-24' },
    { event: 'Funding for programs that counter violent extremism allocated since', date: '2013/2014' },
  ],
  attributions: [
    { actor: 'Australia', action: 'lists as a terrorist organisation under the Criminal Code (the entirety of Hizballah, formally added)', target_or_event: HEZ, according_to: HA },
    { actor: 'Australia', action: 'lists as a terrorist organisation under the Criminal Code (neo-Nazi group, formally added)', target_or_event: BASE, according_to: HA },
    { actor: 'Karen Andrews', action: 'announced the intention to list as a terrorist organisation', target_or_event: HEZ, according_to: HA },
    { actor: 'Karen Andrews', action: 'announced the intention to list as a terrorist organisation', target_or_event: BASE, according_to: HA },
    { actor: MORRISON, action: 'would continue to list as terrorist organisations', target_or_event: 'groups that used violence in pursuit of political, ideological or religious objectives', according_to: 'Karen Andrews' },
    { actor: 'Karen Andrews', action: 'says both groups are rightly considered terrorist groups', target_or_event: HEZ, according_to: 'Karen Andrews' },
    { actor: 'Karen Andrews', action: 'says both groups are rightly considered terrorist groups', target_or_event: BASE, according_to: 'Karen Andrews' },
  ],
},
{
  file: '04-voa-2007-unprecedented-blast-rocks-maldives-tourist-site.txt', mentions: true,
  surfaces: [
    ['Maldives', 'Maldives', L], // five times, once in "the Maldives national museum"
    ['Male', 'Malé', L], // the capital, as written
    ['VOA', VOA, O], // "VOA correspondent Steve Herman"
    ['Steve Herman', 'Steve Herman', P],
    ['South Asia', 'South Asia', L], // "our South Asia bureau" (a place name inside a bureau's name)
    ['New Delhi', 'New Delhi', L],
    ['Indian Ocean', 'Indian Ocean', L],
    ['Information Ministry', 'Information Ministry of the Maldives', O], // twice
    ['Noora Ali', 'Noora Ali', P],
    ['Ali', 'Noora Ali', P], // "said Ali" (twice)
    ['Maumoon Abdul Gayoom', 'Maumoon Abdul Gayoom', P],
  ],
  // "three years ago" (riots) and "for nearly 30 years" are left out.
  event_dates: [
    { event: 'Home-made bomb blast at the entrance to a crowded park in Male ("Saturday afternoon"; the story is dated Saturday 2007-09-29 by its address)', date: '2007-09-29' },
  ],
  attributions: [
    { actor: 'the government (of the Maldives)', action: 'is strongly condemning this act', target_or_event: MALE, according_to: 'Noora Ali' },
    { actor: 'government forces', action: 'have had occasional clashes with', target_or_event: 'opposition activists', according_to: VOA },
  ],
},
{
  file: '05-voa-2015-is-militants-claim-kuwait-mosque-blast.txt', mentions: true,
  surfaces: [
    ['Imam Sadiq Mosque', 'Imam Sadiq Mosque', L], // the attacked mosque (caption and body)
    ['Al Sawaber', 'Al Sawaber', L],
    ['Kuwait City', 'Kuwait City', L], // caption, "Kuwait City's Imam Sadiq Mosque"
    ['Islamic State', IS, O], // twice
    ['IS', IS, O], // "An IS-affiliated group" (as holdout9's "AAB-affiliated")
    ['Kuwait', 'Kuwait', L], // "Kuwait's capital", "Kuwait's emir"
    [NAJD, NAJD, O, { occ: [0, 1] }], // the group: "known as Najd Province", "The Najd Province group"
    [NAJD, 'Najd', L, { occ: [2] }], // the region: "Najd Province is a sparsely populated region"
    ['Saudi Arabia', 'Saudi Arabia', L], // twice
    ['Sabah al-Ahmad al-Sabah', 'Sabah al-Ahmad al-Sabah', P], // "Shiekh" (a title, source spelling) left out
  ],
  // "in recent weeks" (the Saudi attacks) is left out.
  event_dates: [
    { event: 'Suicide bombing at the Imam Sadiq Mosque after Friday prayers (the caption\'s June 26, 2015)', date: '2015-06-26' },
  ],
  attributions: [
    { actor: IS, action: 'has claimed responsibility for', target_or_event: KUWAIT, according_to: VOA },
    { actor: NAJD, action: 'said it carried out', target_or_event: KUWAIT, according_to: NAJD },
    { actor: NAJD, action: 'is affiliated with (an IS-affiliated group)', target_or_event: IS, according_to: VOA },
    { actor: NAJD, action: 'said it carried out similar deadly attacks at', target_or_event: "two Shi'ite mosques in Saudi Arabia", according_to: NAJD },
    { actor: 'The bomber', action: 'detonated his explosives while the mosque was packed with worshippers', target_or_event: KUWAIT, according_to: VOA },
  ],
},
{
  file: '06-voa-2015-police-release-details-on-suspected-gunman-in-copenhagen-attacks.txt', mentions: true,
  surfaces: [
    ['Norrebro Station', 'Norrebro Station', L], // twice (captions), where the suspect was shot
    ['Copenhagen', 'Copenhagen', L],
    ['Denmark', 'Denmark', L], // also "Denmark's Prime Minister", "Denmark-born"
    ['Mjoelnerparken', 'Mjoelnerparken', L], // the searched housing estate
    ['Norrebro', 'Norrebro', L], // the district ("at Norrebro")
    ['Helle Thorning-Schmidt', 'Helle Thorning-Schmidt', P],
    ['Krystalgade', 'Krystalgade', L], // the synagogue's street (twice)
    ['VOA', VOA, O], // byline "VOA News"
    ['Joegen Skov', 'Joegen Skov', P],
  ],
  event_dates: [
    { event: 'Shootings at a free-speech event and outside a synagogue ("Saturday\'s shootings"; the captions date Sunday Feb. 15, 2015)', date: '2015-02-14' },
    { event: 'Danish police shot and killed the suspected gunman ("early Sunday")', date: '2015-02-15' },
  ],
  attributions: [
    { actor: 'the Denmark-born 22-year-old alleged gunman', action: 'is suspected in the slayings of two people (one at a free-speech event, the other outside a synagogue)', target_or_event: CPH, according_to: 'Danish police' },
    { actor: 'the Denmark-born 22-year-old alleged gunman', action: 'committed a cynical act of terror against (the prime minister\'s words)', target_or_event: 'Denmark', according_to: 'Helle Thorning-Schmidt' },
    { actor: 'Danish police', action: 'shot and killed', target_or_event: 'the Denmark-born 22-year-old alleged gunman', according_to: VOA },
    { actor: 'the Denmark-born 22-year-old alleged gunman', action: 'opened fire on', target_or_event: 'officers near a train station', according_to: 'Authorities' },
  ],
},
{
  file: '07-wikipedia-1987-korean-air-flight-858.txt', mentions: true,
  surfaces: [
    ['Korean Air Flight 858', 'Korean Air Flight 858', N], // the flight is blocked (as holdout3's Pan Am Flight 103)
    ['KOREAN AIR 858', 'KOREAN AIR 858', N], // the callsign
    ['Korean Air', 'Korean Air', O], // "Operator: Korean Air", "the Korean Air Boeing 707-3B5C"
    ['Moscos Islands', 'Moscos Islands', L],
    ['Andaman Sea', 'Andaman Sea', L], // twice
    // airports on the route are not annotated (as holdout9); blockers keep the cities inside them out
    ['Saddam International Airport', 'Saddam International Airport', N],
    ['Baghdad International Airport', 'Baghdad International Airport', N],
    ['Abu Dhabi International Airport', 'Abu Dhabi International Airport', N],
    ['Don Mueang International Airport', 'Don Mueang International Airport', N],
    ['Gimpo International Airport', 'Gimpo International Airport', N],
    ['Baghdad', 'Baghdad', L],
    ['Iraq', 'Iraq', L],
    ['Abu Dhabi', 'Abu Dhabi', L],
    ['United Arab Emirates', 'United Arab Emirates', L],
    ['Bangkok', 'Bangkok', L],
    ['Thailand', 'Thailand', L],
    ['Seoul', 'Seoul', L],
    ['South Korea', 'South Korea', L],
    ['Bahrain', 'Bahrain', L],
    ['Kim Hyon-hui', 'Kim Hyon-hui', P],
  ],
  // "North Korean" and "South Korean" are adjectives; "Korean War" and "Korean Armistice Agreement" name no place.
  event_dates: [
    { event: 'Bombing of Korean Air Flight 858 (infobox and lead)', date: '1987-11-29' },
    { event: 'Korean Armistice Agreement ended the hostilities of the Korean War', date: '1953-07-27' },
  ],
  attributions: [
    { actor: 'two North Korean agents', action: 'planted a bomb inside an overhead storage bin in the passenger cabin, destroying', target_or_event: KAL, according_to: WP },
    { actor: 'North Korea', action: 'ordered (the agents acted upon orders from the North Korean government)', target_or_event: KAL, according_to: WP },
    { actor: 'Kim Hyon-hui', action: 'confessed to', target_or_event: KAL, according_to: WP },
  ],
},
{
  file: '08-wikipedia-1977-dutch-train-hijacking.txt', mentions: true,
  surfaces: [
    ['De Punt', 'De Punt', L], // infobox and lead
    ['Netherlands', 'Netherlands', L], // three times
    ['Republic of South Maluku', 'Republic of South Maluku', L], // the proclaimed state (infobox Motive and background)
    ['Bovensmilde', 'Bovensmilde', L],
    ['Royal Netherlands East Indies Army', 'Royal Netherlands East Indies Army', O],
    ['Java', 'Java', L],
    ['Soestdijk Palace', 'Soestdijk Palace', L], // the target of the 1975 plot
    ['Juliana', 'Juliana of the Netherlands', P], // "Queen Juliana" (title left out)
    ['Amsterdam', 'Amsterdam', L],
  ],
  // "the Indonesian consulate at Amsterdam" is an adjective and a generic noun (as holdout9's Belgian consulate).
  event_dates: [
    { event: 'Train hijacking near De Punt (infobox range; the lead gives its first day)', date: '1977-05-23/1977-06-11' },
    { event: 'Four other Moluccans took over 100 hostages at a primary school in Bovensmilde ("The same day")', date: '1977-05-23' },
    { event: 'Royal Netherlands East Indies Army officially disbanded', date: '1950-07-26' },
    { event: 'Official Dutch policy had shifted toward permanent resettlement ("By the 1960s")', date: '1960/1969' },
    { event: 'Ten Moluccans arrested for conspiring to break into Soestdijk Palace and kidnap Queen Juliana', date: '1975' },
    { event: '14 Moluccans hijacked a train and held 51 people hostage at the Indonesian consulate ("Later that year")', date: '1975' },
  ],
  attributions: [
    { actor: 'Moluccan nationalists', action: 'perpetrators (infobox "Perps", 9 perpetrators)', target_or_event: HIJACK, according_to: WP },
    { actor: 'nine armed Moluccan nationalists', action: 'pulled the emergency brake and took over 50 people hostage (hijacked the train)', target_or_event: HIJACK, according_to: WP },
    { actor: 'Dutch counter-terrorist special forces', action: 'ended with a raid during which two hostages and six hijackers were killed', target_or_event: HIJACK, according_to: WP },
    { actor: 'four other Moluccans', action: 'took over 100 hostages at a primary school in', target_or_event: 'Bovensmilde', according_to: WP },
    { actor: 'ten Moluccans', action: 'were arrested for conspiring to break into Soestdijk Palace and kidnap', target_or_event: 'Juliana of the Netherlands', according_to: WP },
    { actor: '14 Moluccans', action: 'simultaneously hijacked a train and held 51 people hostage at the Indonesian consulate', target_or_event: 'Amsterdam', according_to: WP },
  ],
},
{
  file: '09-wikipedia-1978-kidnapping-and-murder-of-aldo-moro.txt', mentions: true,
  surfaces: [
    ['Aldo Moro', 'Aldo Moro', P], // heading and lead
    ['Moro', 'Aldo Moro', P], // also "the Moro case" (a name used attributively, as holdout9's "Batista regime")
    ['Italy', 'Italy', L],
    ['Giulio Andreotti', 'Giulio Andreotti', P],
    ['Italian Parliament', 'Italian Parliament', O], // a named body (the adjective is part of its name here)
    ['Christian Democracy', 'Christian Democracy', O],
    ['DC', 'Christian Democracy', O],
    ['Red Brigades', RB, O],
    ['BR', RB, O], // four times
    ['via Fani', 'Via Fani', L], // the attacked street
    ['Via Fani', 'Via Fani', L], // the section heading "Via Fani assault"
    ['via Mario Fani', 'Via Fani', L],
    ['Rome', 'Rome', L], // twice
    ['Carabinieri', 'Carabinieri', O], // "two Carabinieri in Moro's car": the force's name for its members
    ['Ezio Mauro', 'Ezio Mauro', P],
    ['La Repubblica', 'La Repubblica', O], // cited newspaper
    ['France', 'France', L],
    ['Germany', 'Germany', L],
    ['Ireland', 'Ireland', L],
    ['Spain', 'Spain', L],
    ['via Caetani', 'Via Caetani', L], // where the body was found
    [PCI, PCI, O],
    ['PCI', PCI, O],
  ],
  event_dates: [
    { event: 'Assault in via Fani and kidnapping of Aldo Moro', date: '1978-03-16' },
    { event: 'Moro\'s body found in via Caetani', date: '1978-05-09' },
    { event: 'An Italian court sentenced 32 members of the BR to life imprisonment', date: '1983-01-23' },
  ],
  attributions: [
    { actor: RB, action: 'assaulted the car of and kidnapped', target_or_event: 'Aldo Moro', according_to: WP },
    { actor: RB, action: 'killed the bodyguards (two Carabinieri and three policemen) of', target_or_event: 'Aldo Moro', according_to: WP },
    { actor: RB, action: 'held in imprisonment for 54 days and murdered', target_or_event: 'Aldo Moro', according_to: WP },
    { actor: RB, action: 'subjected to a political trial by a "people\'s court"', target_or_event: 'Aldo Moro', according_to: WP },
    { actor: RB, action: 'asked for an exchange of prisoners', target_or_event: 'the Italian government', according_to: WP },
    { actor: 'an Italian court', action: 'sentenced 32 members to life imprisonment for their role in the kidnapping and murder of Moro', target_or_event: RB, according_to: WP },
  ],
},
{
  file: '10-wikipedia-1984-la-penca-bombing.txt', mentions: true,
  surfaces: [
    ['La Penca', 'La Penca', L], // the attacked outpost, also inside "La Penca bombing"
    ['Costa Rica', 'Costa Rica', L], // twice
    ['San Juan River', 'San Juan River', L],
    ['Edén Pastora', 'Edén Pastora', P],
    ['Pastora', 'Edén Pastora', P],
    ['Nicaragua', 'Nicaragua', L], // twice
    ['Ahmad Shah Massoud', 'Ahmad Shah Massoud', P],
    ['Al-Qaeda', AQ, O],
    ['United States', US, L], // "the United States government's Central Intelligence Agency"
    [CIA, CIA, O],
    ['CIA', CIA, O],
    ['Per Anker Hansen', GAGUINE, P], // the bomber's false identity (one person under two names)
    ['Hansen', GAGUINE, P], // "the man posing as Hansen"
    [GAGUINE, GAGUINE, P],
    ['Argentina', 'Argentina', L],
    ['Peter Torbiörnsson', 'Peter Torbiörnsson', P],
    ['Renán Montero', 'Renán Montero', P],
    ['Ministry of the Interior', 'Ministry of the Interior (Nicaragua)', O], // "the Sandinista Ministry of the Interior" (the adjective left out)
  ],
  // "Contra" and "Sandinista" are used attributively ("a Contra guerrilla group", "the Sandinista regime"): not annotated.
  event_dates: [
    { event: 'La Penca bombing during Edén Pastora\'s press conference', date: '1984-05-30' },
    { event: 'Assassination of Ahmad Shah Massoud by Al-Qaeda agents posing as journalists', date: '2001' },
    { event: 'The man who placed the bomb was revealed to have been Vital Roberto Gaguine', date: '1993' },
    { event: 'Gaguine died during a guerrilla attack on a military base in Argentina', date: '1989' },
    { event: 'Peter Torbiörnsson revealed he had been asked to escort the bomber', date: '2009' },
  ],
  attributions: [
    { actor: 'an operative posing as a news photographer', action: 'carried out', target_or_event: LAPENCA, according_to: WP },
    { actor: CIA, action: 'was pointed to as responsible for', target_or_event: LAPENCA, according_to: 'some journalists and activists, as well as the Costa Rican judiciary' },
    { actor: CIA, action: 'was seeking to direct the Contra insurgency against', target_or_event: 'the leftist Sandinista regime in Nicaragua', according_to: 'some journalists and activists, as well as the Costa Rican judiciary' },
    { actor: GAGUINE, action: 'placed the bomb (revealed in 1993; under the false identity Per Anker Hansen)', target_or_event: LAPENCA, according_to: WP },
    { actor: GAGUINE, action: 'died during a guerrilla attack on', target_or_event: 'a military base in Argentina', according_to: WP },
    { actor: 'Edén Pastora', action: 'was the leader of a Contra guerrilla group fighting against', target_or_event: 'the ruling Sandinista regime in Nicaragua', according_to: WP },
    { actor: AQ, action: 'assassinated (agents posing as international journalists)', target_or_event: 'Ahmad Shah Massoud', according_to: WP },
    { actor: 'Renán Montero', action: 'asked Peter Torbiörnsson to meet and escort to the press conference at La Penca the man posing as Hansen', target_or_event: GAGUINE, according_to: 'Peter Torbiörnsson' },
    { actor: 'Renán Montero', action: 'was working with (a Cuban military counter-intelligence officer)', target_or_event: 'Ministry of the Interior (Nicaragua)', according_to: 'Peter Torbiörnsson' },
  ],
},
{
  file: '11-infogalactic-1975-opec-siege.txt', mentions: true,
  surfaces: [
    ['OPEC', 'OPEC', O], // heading, "meeting of OPEC leaders", "an Iraqi OPEC employee"
    ['OPEC Headquarters', 'OPEC Headquarters', L], // the attacked building ("Outside the OPEC Headquarters")
    ['Vienna', 'Vienna', L], // "in Vienna, Austria", "Vienna resident hostages"
    ['Vienna Police', 'Vienna Police', O], // cited source
    ['Austria', 'Austria', L],
    [AAR, AAR, O],
    ['Carlos the Jackal', 'Carlos the Jackal', P], // twice
    ['PFLP', PFLP, O],
    ['Austrian Airlines', 'Austrian Airlines', O],
    ['Algiers', 'Algiers', L], // four times
    ['Royal Navy Fleet Air Arm', 'Fleet Air Arm', O], // "Ex-Royal Navy Fleet Air Arm pilot"
    ['Neville Atkinson', 'Neville Atkinson', P],
    ['Libya', 'Libya', L], // "Libya's leader"
    ['Muammar al-Gaddafi', 'Muammar al-Gaddafi', P],
    ['Hans-Joachim Klein', 'Hans-Joachim Klein', P],
    ['Baader-Meinhof', 'Red Army Faction', O], // "the imprisoned Baader-Meinhof group" (lower-case "group" left out)
    ['Revolutionary Cells', 'Revolutionary Cells', O],
    ['Gabriele Kröcher-Tiedemann', 'Gabriele Kröcher-Tiedemann', P],
    ['Tripoli', 'Tripoli', L],
  ],
  event_dates: [
    { event: 'Six militants attacked the meeting of OPEC leaders in Vienna', date: '1975-12-21' },
    { event: 'The attackers and 42 hostages flown to Algiers ("On December 22")', date: '1975-12-22' },
  ],
  attributions: [
    { actor: 'six militants', action: 'attacked the meeting of OPEC leaders, took more than 60 hostages and killed three', target_or_event: OPEC, according_to: WP },
    { actor: AAR, action: 'carried out (the self-named group)', target_or_event: OPEC, according_to: WP },
    { actor: 'Carlos the Jackal', action: 'led', target_or_event: AAR, according_to: WP },
    { actor: PFLP, action: 'were the attackers provided with an Austrian Airlines DC-9 and flown with 42 hostages to Algiers', target_or_event: OPEC, according_to: WP },
    { actor: 'Neville Atkinson', action: 'flew the attackers and hostages from Algiers to Tripoli (the personal pilot for Libya\'s leader)', target_or_event: OPEC, according_to: WP },
    { actor: 'Hans-Joachim Klein', action: 'was among the attackers flown from Algiers to Tripoli', target_or_event: OPEC, according_to: WP },
    { actor: 'Gabriele Kröcher-Tiedemann', action: 'was among the attackers flown from Algiers to Tripoli', target_or_event: OPEC, according_to: WP },
    { actor: 'Hans-Joachim Klein', action: 'is a member of', target_or_event: 'Revolutionary Cells', according_to: WP },
    { actor: 'Hans-Joachim Klein', action: 'is a supporter of the imprisoned', target_or_event: 'Red Army Faction', according_to: WP },
  ],
},
{
  file: '12-wikipedia-2014-vrbetice-ammunition-warehouse-explosions.txt', mentions: true,
  surfaces: [
    ['Vrbětice', 'Vrbětice', L, { loose: true }], // heading, "LocationVrbětice" (glued), lead
    ['Vrběticích', 'Vrbětice', L], // the Czech native name's locative ("ve Vrběticích")
    ['Vlachovice', 'Vlachovice', L], // twice
    ['Zlín District', 'Zlín District', L], // twice
    ['Czech Republic', 'Czech Republic', L],
    ['Police of the Czech Republic', 'Police of the Czech Republic', O], // Czech Republic inside the name is not a separate place
    [GRU, GRU, O, { loose: true }], // "PerpetratorsGRU Unit 29155[1]" (glued), lead
    ['Security Information Service', 'Security Information Service', O],
    ['Ukraine', 'Ukraine', L],
    ['Petr Pavel', 'Petr Pavel', P],
    ['Military Technical Institute', 'Military Technical Institute', O],
    ['Vojenský technický ústav', 'Military Technical Institute', O],
    ['VTÚ', 'Military Technical Institute', O],
    ['Ostrava', 'Ostrava', L], // "Ostrava-based"
    ['Imex Group', 'Imex Group', O],
    ['Petr Bernatík Jr.', 'Petr Bernatík Jr.', P],
    ['Warehouse No. 16', 'Warehouse No. 16', L], // the exploded warehouse (an attack venue)
  ],
  // "Czech police" (caption), "Czech president", "Czech soil" and "a Russian attack" are adjectives.
  event_dates: [
    { event: 'First explosion, at Warehouse No. 16 (infobox and lead)', date: '2014-10-16' },
    { event: 'Second explosion (infobox and lead)', date: '2014-12-03' },
    { event: 'Cleanup of unexploded ammunition finished', date: '2020-10-13' },
    { event: 'Czech president Petr Pavel declared the event a Russian attack on Czech soil', date: '2024-04-29' },
  ],
  attributions: [
    { actor: GRU, action: 'perpetrators (infobox)', target_or_event: VRB, according_to: WP },
    { actor: GRU, action: 'two agents were involved in the explosions, to disrupt weapons supplies to Ukraine', target_or_event: VRB, according_to: 'the Security Information Service and the Police of the Czech Republic' },
    { actor: 'Russia', action: 'carried out (declared a Russian attack on Czech soil)', target_or_event: VRB, according_to: 'Petr Pavel' },
  ],
},
];
