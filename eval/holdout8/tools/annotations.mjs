// Single-annotator source annotations for the Dossier extraction EIGHTH held-out set (eval/holdout8).
// Written blind (Dossier's extractor was not run on these texts, and its code was not read), following the
// annotation rules of eval/extraction/README.md and the boundary choices of eval/holdout/README.md to
// eval/holdout6/README.md (and eval/holdout7/README.md's summary of its choices).
// `node eval/extraction/tools/build_gold.mjs --dir eval/holdout8` turns these into ../gold.json (mention
// offsets by exact string search in JavaScript/UTF-16, then verified).
//
// surfaces: [surface, canonical, type, opts?]  type: organisation|person|place ('none' = blocker span)
//   opts.occ: restrict to these 0-based occurrences of the surface (boundary-valid matches)
//   opts.loose: also match where a letter or digit touches the surface (labels glued to values)
// Longest match wins on overlap; matches must not be preceded/followed by a letter or digit.

const O = 'organisation', P = 'person', L = 'place';

const VOA = 'Voice of America', WP = 'Wikipedia', STATE = 'U.S. Department of State', UN = 'United Nations';
const UNNEWS = 'UN News', US = 'United States', HOME = 'Home Office';

const JOLO = 'Jolo Cathedral bombings (27 January 2019)';
const BANGSAMORO = 'Bangsamoro';
const HUT = 'Hizb ut-Tahrir';
const THAI_BOMBS = '11 small bomb attacks in Thai tourist towns (11–12 August 2016)';
const SARAVENA = 'Car bomb near Saravena (8 August 2003)';
const FDLR = 'Democratic Forces for the Liberation of Rwanda';
const KIGALI = 'Grenade attacks in Kigali (February 2010)';
const GEORGIA_BLASTS = 'Bomb blasts in Tbilisi and other parts of Georgia (September–November 2010)';
const YEREVAN = '1999 Armenian parliament shooting';
const NAA = 'National Assembly of Armenia';
const TAJIK = '2018 attack on cyclists in Tajikistan (Danghara district)';
const IS = 'Islamic State';
const BANJSKA = 'Banjska attack (24 September 2023)';
const CARACAS = '2018 Caracas drone attack';
const MADURO = 'Nicolás Maduro';
const LAHAD = '2013 Lahad Datu standoff';
const RSF = 'Royal Security Forces of the Sultanate of Sulu and North Borneo';
const SULU = 'Sultanate of Sulu';
const JK3 = 'Jamalul Kiram III';

export const docs = [
{
  file: '01-un-news-2019-jolo-cathedral-attack-philippines.txt', mentions: true,
  surfaces: [
    ['UN', UN, O], // "a UN spokesperson"
    ['Guterres', 'António Guterres', P], // "Mr. Guterres" (title not part of the span)
    ['Jolo Cathedral', 'Jolo Cathedral', L], // the attacked venue
    ['Jolo', 'Jolo', L], // "where Jolo is located"
    ['Sulu', 'Sulu', L], // "the island province of Sulu", "Sulu province"
    ['Philippines', 'Philippines', L], // also "the Philippines Government", "the Southern Philippines", "southern Philippines"
    ['Bangsamoro', BANGSAMORO, L], // "Bangsamoro region" (lower-case "region" left out)
    ['Bangsamoro Autonomous Region', BANGSAMORO, L], // the same region by its formal name (one canonical)
    ['United Nations', UN, O],
    ['Rodrigo Duterte', 'Rodrigo Duterte', P],
    ['Organic Law for Bangsamoro in the Autonomous Region in Muslim Mindanao', null, 'none'], // a law's name (not annotated)
  ],
  event_dates: [
    // "Sunday morning services"; the story is dated 2019-01-28 (a Monday) in its stored copy, so Sunday is 27 January.
    { event: 'Twin bombings of the Jolo Cathedral during Sunday morning services', date: '2019-01-27' },
    { event: 'Rodrigo Duterte signs the Organic Law for Bangsamoro ("In late July 2018")', date: '2018-07' },
    // "days after voters approved the creation of the Bangsamoro Autonomous Region": no date in the text.
  ],
  attributions: [
    { actor: 'António Guterres', action: 'calls for the perpetrators of these crimes to be swiftly brought to justice', target_or_event: JOLO, according_to: 'United Nations (statement by a UN spokesperson)' },
    { actor: 'António Guterres', action: 'reiterated the support of the United Nations in the fight against terrorism and violent extremism', target_or_event: 'Philippines', according_to: UNNEWS },
    { actor: 'Rodrigo Duterte', action: 'signed new legislation granting extra autonomy', target_or_event: BANGSAMORO, according_to: UNNEWS },
    { actor: 'voters in Sulu province', action: 'voted against the creation of the autonomous region', target_or_event: BANGSAMORO, according_to: 'reports' },
  ],
},
{
  file: '02-state-2025-antifa-ost-sdgt-designation.txt', mentions: true,
  surfaces: [
    ['Trump', 'Donald Trump', P], // "President Trump's" (twice)
    ['Antifa', 'Antifa', O, { occ: [0] }], // "Antifa's campaign" (the movement named as an actor); attributive "Antifa groups" left out
    ['Antifa Ost', 'Antifa Ost', O],
    ['Department of State', STATE, O],
    ['Italy', 'Italy', L],
    ['Greece', 'Greece', L],
    ['National Security Presidential Memorandum-7', null, 'none'], // a presidential memorandum (not annotated)
    ['United States', US, L],
    // "German-based" is an adjective (not annotated).
  ],
  event_dates: [
    // "Today" (the SDGT designation) has no date in the text (the MENAFN page is dated 2025-11-13): left out.
    { event: 'FTO designations of the four groups take effect ("effective November 20, 2025")', date: '2025-11-20' },
  ],
  attributions: [
    { actor: STATE, action: 'designating as Specially Designated Global Terrorists', target_or_event: 'Antifa Ost', according_to: STATE },
    { actor: STATE, action: 'designating as Specially Designated Global Terrorists', target_or_event: 'three other violent Antifa groups in Italy and Greece', according_to: STATE },
    { actor: STATE, action: 'intends to designate as Foreign Terrorist Organizations (effective November 20, 2025)', target_or_event: 'Antifa Ost', according_to: STATE },
    { actor: STATE, action: 'intends to designate as Foreign Terrorist Organizations (effective November 20, 2025)', target_or_event: 'three other violent Antifa groups in Italy and Greece', according_to: STATE },
    { actor: 'Antifa', action: 'campaign of political violence', target_or_event: 'political violence', according_to: STATE },
    { actor: 'Groups affiliated with this movement', action: 'use revolutionary anarchist or Marxist ideologies to incite and justify violent assaults', target_or_event: 'violent assaults domestically and overseas', according_to: STATE },
    { actor: 'Donald Trump', action: 'commitment to confront', target_or_event: 'Antifa', according_to: STATE },
  ],
},
{
  file: '03-uk-home-office-2024-hizb-ut-tahrir-proscription.txt', mentions: true,
  surfaces: [
    ['James Cleverly', 'James Cleverly', P],
    ['Parliament', 'Parliament of the United Kingdom', O], // "before Parliament", "If agreed by Parliament" (the body's short name)
    ['Hizb ut-Tahrir', HUT, O], // also "Hizb ut-Tahrir’s"
    ['Hizb ut-Tahrir Britain', 'Hizb ut-Tahrir Britain', O], // a regional branch, named
    ['Terrorism Act 2000', null, 'none'], // a law (not annotated)
    ['UK', 'United Kingdom', L],
    ['Lebanon', 'Lebanon', L],
    ['United States', US, L],
    ['Canada', 'Canada', L],
    ['Australia', 'Australia', L],
    ['Hamas', 'Hamas', O],
  ],
  event_dates: [
    { event: 'James Cleverly lays the draft proscription order before Parliament ("yesterday (15 January)")', date: '2024-01-15' },
    { event: 'The proscription order comes into force, if agreed', date: '2024-01-19' },
    { event: 'Hizb ut-Tahrir founded', date: '1953' },
    // "the 7 October attacks" has no year in the text: left out.
  ],
  attributions: [
    { actor: 'James Cleverly', action: 'laid a draft order before Parliament to proscribe', target_or_event: HUT, according_to: HOME },
    { actor: HUT, action: 'actively promotes and encourages terrorism, including praising and celebrating the 7 October attacks', target_or_event: '7 October attacks', according_to: 'James Cleverly' },
    { actor: HUT, action: 'described as ‘heroes’ on their central website (promoting and encouraging terrorism)', target_or_event: 'Hamas', according_to: HOME },
    { actor: 'Hizb ut-Tahrir Britain', action: 'regional branch of (included in the proscription)', target_or_event: HUT, according_to: HOME },
  ],
},
{
  file: '04-voa-2016-thailand-hunts-for-bombers.txt', mentions: true,
  surfaces: [
    ['Thailand', 'Thailand', L], // headline, caption, "Thailand's Muslim insurgency", "Thailand's Queen Sirikit", "Thailand's military junta"
    ['Hua Hin', 'Hua Hin', L],
    ['Bangkok', 'Bangkok', L],
    ['Sirikit', 'Sirikit', P], // "Queen Sirikit" (title not part of the span)
  ],
  event_dates: [
    // "Thursday night and Friday morning"; the caption dates the Hua Hin scene "Aug. 12, 2016" (a Friday).
    { event: '11 small bomb attacks in tourist towns (Thursday night and Friday morning)', date: '2016-08-11/2016-08-12' },
    { event: 'Military coup', date: '2014' },
    // "Last week" (the referendum) is relative: left out.
  ],
  attributions: [
    { actor: 'a local group with a political agenda', action: 'likely carried out ("acts of sabotage")', target_or_event: THAI_BOMBS, according_to: 'Police' },
    { actor: 'international Islamic militant groups', action: 'dismissed as behind the attacks (police do not suspect them)', target_or_event: THAI_BOMBS, according_to: 'Police' },
    { actor: "elements in Thailand's Muslim insurgency", action: 'blamed for', target_or_event: THAI_BOMBS, according_to: 'Some officials' },
    { actor: "Thailand's military junta", action: 'has run the country since its 2014 coup', target_or_event: 'Thailand', according_to: VOA },
    { actor: "Thailand's military junta", action: 'has cracked down on', target_or_event: 'student activists and opposition political groups', according_to: VOA },
    { actor: 'international rights groups', action: 'heavy criticism (for banning public protests, detaining political activists, tightening controls over the news media)', target_or_event: "Thailand's military junta", according_to: VOA },
  ],
},
{
  file: '05-voa-2003-car-bomb-kills-5-eastern-colombia.txt', mentions: true,
  surfaces: [
    ['Colombia', 'Colombia', L], // headline "Eastern Colombia", "eastern Colombia", "Colombia's" (twice); "Colombian" is an adjective
    ['Saravena', 'Saravena', L], // also "Saravena's military base"
    ['U.S.', US, L], // "U.S. trainers"
    ['Alvaro Uribe Velez', 'Alvaro Uribe Velez', P],
    ['Uribe', 'Alvaro Uribe Velez', P], // "Mr. Uribe"
    ['FARC', 'FARC', O],
    ['Carlos Alberto Ospina', 'Carlos Alberto Ospina', P], // "Gen." not part of the span
  ],
  event_dates: [
    { event: 'Car bomb near Saravena ("early Friday"; the story is dated 2003-08-08)', date: '2003-08-08' },
    { event: 'Alvaro Uribe Velez celebrates his one-year anniversary in office ("just a day after")', date: '2003-08-07' },
  ],
  attributions: [
    { actor: 'Suspected rebels', action: 'set off a car bomb', target_or_event: SARAVENA, according_to: VOA },
    { actor: 'bandits', action: "Friday's attack was the work of", target_or_event: SARAVENA, according_to: 'Carlos Alberto Ospina' },
    { actor: 'FARC', action: 'is planning a suicide attack against the president', target_or_event: 'Alvaro Uribe Velez', according_to: 'reports' },
    { actor: 'FARC', action: 'have used unwitting civilians to plant car bombs in the past', target_or_event: 'car bombs', according_to: VOA },
    { actor: 'Carlos Alberto Ospina', action: 'head of', target_or_event: 'the army (Colombia)', according_to: VOA },
  ],
},
{
  file: '06-wikinews-2010-grenade-attacks-kigali-rwanda.txt', mentions: true,
  surfaces: [
    ['Rwanda', 'Rwanda', L], // headline and "the African country of Rwanda" ("Rwandan" is an adjective)
    ['Kigali', 'Kigali', L],
    ['Al Jazeera', 'Al Jazeera', O], // a news agency cited as the source
    ['Eric Kayiranga', 'Eric Kayiranga', P],
    ['Kayiranga', 'Eric Kayiranga', P],
    ['FDLR', FDLR, O],
    ['Democratic Forces for the Liberation of Rwanda', FDLR, O], // Rwanda inside the name is not a separate place
    ['Interahamwe', 'Interahamwe', O], // "the Interahamwe militia"
    ['Agence France-Presse', 'Agence France-Presse', O],
  ],
  event_dates: [
    // The attacks have no date in the text (the article's dateline is Saturday, February 20, 2010): left out.
    { event: '1994 Rwandan genocide', date: '1994' },
  ],
  attributions: [
    { actor: FDLR, action: 'possibility of being responsible for (or criminals, or an accident)', target_or_event: KIGALI, according_to: 'Eric Kayiranga' },
    { actor: 'Interahamwe', action: 'two apprehended suspects belong to', target_or_event: KIGALI, according_to: 'Eric Kayiranga' },
    { actor: 'Interahamwe', action: 'considered responsible for', target_or_event: '1994 Rwandan genocide', according_to: 'Wikinews' },
  ],
},
{
  file: '07-voa-2010-georgia-says-russia-behind-bombings.txt', mentions: true,
  surfaces: [
    ['Georgia', 'Georgia', L], // headline, caption, body ("Georgian" is an adjective)
    ['Russia', 'Russia', L],
    ['Eka Zguladze', 'Eka Zguladze', P],
    ['Tbilisi', 'Tbilisi', L],
    ['Interior Ministry', 'Interior Ministry', O], // "Georgian Interior Ministry officials" (the adjective left out, as holdout6's National Security Agency)
    ['U.S.', US, L], // "the U.S. Embassy" (the building is a landmark here, not the attacked venue)
    ['Moscow', 'Moscow', L], // metonym for the Russian government (a place, as Washington in the dev set)
    ['Mikheil Saakashvili', 'Mikheil Saakashvili', P],
  ],
  event_dates: [
    { event: 'Georgian Interior Ministry officials announce the arrests ("Tuesday"; the caption dates it Dec 7, 2010)', date: '2010-12-07' },
    { event: 'Series of attacks in Georgia ("between September and November")', date: '2010-09/2010-11' },
    { event: 'Last blast, killing a woman near an opposition party headquarters in Tbilisi', date: '2010-11-28' },
    { event: 'First explosion, near the U.S. Embassy', date: '2010-09-22' },
    // "last weekend" (the arrests) and "Last month" (the spy ring) are relative: left out.
  ],
  attributions: [
    { actor: 'Russia', action: 'organizing bomb blasts (the Russian military, accused)', target_or_event: GEORGIA_BLASTS, according_to: 'Georgia' },
    { actor: 'a Russian military officer', action: 'recruited the six arrested Georgians to carry out', target_or_event: GEORGIA_BLASTS, according_to: 'Interior Ministry' },
    { actor: 'a Russian military officer', action: 'blackmailed (threatened the family of) the chief suspect', target_or_event: 'the chief suspect, a former Georgian military officer', according_to: 'Interior Ministry' },
    { actor: 'Russia', action: 'ran a spy ring (broken up, 13 suspects arrested)', target_or_event: 'Georgia', according_to: 'Georgia' },
    { actor: 'Russia', action: 'dismissed the arrests as a provocation', target_or_event: 'Russian spy ring arrests', according_to: 'Moscow' },
    { actor: 'Russia', action: 'accused of suffering from "chronic spy mania"', target_or_event: 'Mikheil Saakashvili', according_to: 'Moscow' },
  ],
},
{
  file: '08-wikipedia-1999-armenian-parliament-shooting.txt', mentions: true,
  surfaces: [
    ['Armenia', 'Armenia', L], // also in the title "National Hero of Armenia" ("Armenian" is an adjective)
    ['National Assembly Building', 'National Assembly Building', L], // the attacked venue
    ['Yerevan', 'Yerevan', L],
    ['National Assembly', NAA, O], // "the Armenian National Assembly" (adjective left out) and inside "National Assembly Speaker"
    ['Vazgen Sargsyan', 'Vazgen Sargsyan', P],
    ['Sargsyan', 'Vazgen Sargsyan', P],
    ['Nairi Hunanyan', 'Nairi Hunanyan', P],
    ['Karen Hunanyan', 'Karen Hunanyan', P],
    ['Vram Galstyan', 'Vram Galstyan', P],
    ['Derenik Ejanyan', 'Derenik Ejanyan', P],
    ['Eduard Grigoryan', 'Eduard Grigoryan', P],
    ['Defense Ministry', 'Defense Ministry (Armenia)', O], // infobox defenders
    ['Karen Demirchyan', 'Karen Demirchyan', P],
    ['Demirchyan', 'Karen Demirchyan', P],
    ['Robert Kocharyan', 'Robert Kocharyan', P],
    ['Kocharyan', 'Robert Kocharyan', P], // "President Kocharyan"
    ['Yuri Bakhshyan', 'Yuri Bakhshyan', P],
    ['Ruben Miroyan', 'Ruben Miroyan', P],
  ],
  event_dates: [
    { event: '1999 Armenian parliament shooting (infobox, lead, "Attack")', date: '1999-10-27' },
    { event: 'Parliamentary election won by the reform-minded coalition ("in May of that year")', date: '1999-05' },
  ],
  attributions: [
    { actor: 'Nairi Hunanyan', action: 'led the group of five armed men who attacked', target_or_event: YEREVAN, according_to: WP },
    { actor: 'Nairi Hunanyan', action: 'perpetrator (infobox "Perpetrators")', target_or_event: YEREVAN, according_to: WP },
    { actor: 'Karen Hunanyan', action: 'perpetrator (infobox "Perpetrators")', target_or_event: YEREVAN, according_to: WP },
    { actor: 'Vram Galstyan', action: 'perpetrator (infobox "Perpetrators")', target_or_event: YEREVAN, according_to: WP },
    { actor: 'Derenik Ejanyan', action: 'perpetrator (infobox "Perpetrators")', target_or_event: YEREVAN, according_to: WP },
    { actor: 'Eduard Grigoryan', action: 'perpetrator (infobox "Perpetrators")', target_or_event: YEREVAN, according_to: WP },
    { actor: 'five armed men led by Nairi Hunanyan', action: 'killed (the target of the attack)', target_or_event: 'Vazgen Sargsyan', according_to: WP },
    { actor: 'five armed men led by Nairi Hunanyan', action: 'killed', target_or_event: 'Karen Demirchyan', according_to: WP },
    { actor: 'five armed men led by Nairi Hunanyan', action: 'fatally shot', target_or_event: 'Yuri Bakhshyan', according_to: WP },
    { actor: 'five armed men led by Nairi Hunanyan', action: 'fatally shot', target_or_event: 'Ruben Miroyan', according_to: WP },
    { actor: 'the perpetrators', action: "motive: coup d'état (according to perpetrators)", target_or_event: YEREVAN, according_to: 'the perpetrators' },
    { actor: 'Robert Kocharyan', action: 'involved in numerous conspiracy theories about', target_or_event: YEREVAN, according_to: 'conspiracy theories' },
    { actor: 'Defense Ministry (Armenia)', action: 'defender after the occupation of the building (infobox)', target_or_event: YEREVAN, according_to: WP },
  ],
},
{
  file: '09-wikipedia-2018-tajikistan-attack-on-cyclists.txt', mentions: true,
  surfaces: [
    ['Tajikistan', 'Tajikistan', L], // also "Tajikistan's capital"
    ['Danghara', 'Danghara', L], // "Danghara district" (lower-case "district" left out)
    ['Danghara District', 'Danghara', L], // capitalised, as holdout6's Kumanovo Municipality
    ['Islamic State', IS, O], // infobox "Perpetrators"
    ['IS', IS, O], // "five IS members"
    ['Central Asia', 'Central Asia', L],
    ['Afghanistan', 'Afghanistan', L],
    ['Pamir highway', null, 'none'], // a road's name (not annotated)
    ['Kulyab', 'Kulyab', L], // in "the Kulyab-Dushanbe highway (A385)": the two cities it joins
    ['Dushanbe', 'Dushanbe', L],
    ['Safobakhsh', 'Safobakhsh', L],
    ['Radio Free Europe', 'Radio Free Europe', O], // cited as the source
    ['Jay Austin', 'Jay Austin', P],
    ['Lauren Geoghegan', 'Lauren Geoghegan', P],
    ['US', US, L], // "from the US"
    ['René Wokke', 'René Wokke', P],
    ['Markus Hummel', 'Markus Hummel', P],
    ['Switzerland', 'Switzerland', L],
  ],
  event_dates: [
    { event: 'Attack on Western touring cyclists in the Danghara district (infobox, lead, body)', date: '2018-07-29' },
    { event: 'The attackers\' backer agrees with the target ("on July 28")', date: '2018-07-28' },
  ],
  attributions: [
    { actor: IS, action: 'perpetrators (infobox "Perpetrators")', target_or_event: TAJIK, according_to: WP },
    { actor: 'five IS members', action: 'rammed the cyclists with a car, then got out and stabbed them', target_or_event: TAJIK, according_to: WP },
    { actor: 'the assailants', action: 'were searching for a target to perpetrate a terrorist attack and found the cyclists "by chance"', target_or_event: TAJIK, according_to: 'Radio Free Europe' },
    { actor: 'their backer', action: 'agreed with the target (on July 28)', target_or_event: TAJIK, according_to: 'Radio Free Europe' },
  ],
},
{
  file: '10-wikipedia-2023-banjska-attack.txt', mentions: true,
  surfaces: [
    ['Banjska', 'Banjska', L], // also inside the event name "Banjska attack"
    ['Banjska Monastery', 'Banjska Monastery', L], // the venue the attackers held
    ['Kosovo', 'Kosovo', L], // "Northern Kosovo" ("Northern" left out), "Kosovo police" (lower-case), "Hero of Kosovo order", "Kosovo's Assembly"
    ['Kosovo Police', 'Kosovo Police', O], // the named force (Kosovo inside it is not a separate place)
    ['Afrim Bunjaku', 'Afrim Bunjaku', P],
    ['Serb List', 'Serb List', O],
    ['Milan Radoičić', 'Milan Radoičić', P],
    ['Serbia', 'Serbia', L],
    ['Albania', 'Albania', L],
    ['European Union', 'European Union', O],
    ['European Parliament', 'European Parliament', O],
    ['Assembly', 'Assembly of Kosovo', O], // "Kosovo's Assembly" (the body's short name)
    ['NATO', 'NATO', O],
    ['Kosovo Intelligence Agency', 'Kosovo Intelligence Agency', O],
    // "Serb", "Serbian", "Kosovar" are adjectives (not annotated).
  ],
  event_dates: [
    { event: 'Banjska attack', date: '2023-09-24' },
    { event: 'Serb militants initiate the attack ("Between 23 and 24 September 2023")', date: '2023-09-23/2023-09-24' },
  ],
  attributions: [
    { actor: 'Serb militants', action: 'armed assault against', target_or_event: 'Kosovo Police', according_to: WP },
    { actor: 'Serb militants', action: 'attack resulted in the death of', target_or_event: 'Afrim Bunjaku', according_to: WP },
    { actor: 'Milan Radoičić', action: 'was implicated and later admitted responsibility for', target_or_event: BANJSKA, according_to: WP },
    { actor: 'Milan Radoičić', action: 'Vice-president of', target_or_event: 'Serb List', according_to: WP },
    { actor: 'Kosovo Police', action: 'retook', target_or_event: 'Banjska Monastery', according_to: WP },
    { actor: 'Kosovo', action: 'issued condemnations of', target_or_event: BANJSKA, according_to: WP },
    { actor: 'Albania', action: 'issued condemnations of', target_or_event: BANJSKA, according_to: WP },
    { actor: 'European Union', action: 'issued condemnations of', target_or_event: BANJSKA, according_to: WP },
    { actor: 'Kosovo', action: 'classified as a terrorist attack', target_or_event: BANJSKA, according_to: WP },
    { actor: 'European Union', action: 'classified as a terrorist attack', target_or_event: BANJSKA, according_to: WP },
    { actor: 'European Parliament', action: 'classified as a terrorist attack', target_or_event: BANJSKA, according_to: WP },
    { actor: 'Assembly of Kosovo', action: 'denounced; called for an international inquiry into alleged Serbian state involvement', target_or_event: BANJSKA, according_to: WP },
    { actor: 'Serbia', action: 'alleged state involvement (training on Serbian territory)', target_or_event: BANJSKA, according_to: 'Kosovo' },
    { actor: 'Kosovo Intelligence Agency', action: 'confirmed reports of a Serbian base construction near the border', target_or_event: 'Serbia', according_to: WP },
  ],
},
{
  file: '11-wikipedia-2018-caracas-drone-attack.txt', mentions: true,
  surfaces: [
    ['Caracas', 'Caracas', L], // title lines, map captions ("Central Caracas": "Central" left out), location
    ['Venezuela', 'Venezuela', L], // "the crisis in Venezuela", map captions ("Venezuelan" is an adjective)
    ['Maduro', MADURO, P], // map labels "President Maduro", "assassinate Maduro"
    ['Nicolás Maduro', MADURO, P],
    ['Don Eduardo', 'Don Eduardo', L], // map label: the building the second drone struck (an attack venue)
    ['Avenida Bolívar', 'Avenida Bolívar', L], // "LocationNear Avenida Bolívar" (not glued: "Near" is a separate word)
    ['DJI M600', null, 'none'], // a product's name (weapon; not annotated)
    ['Juan Requesens', 'Juan Requesens', P],
    ['Bolivarian National Guard', 'Bolivarian National Guard', O],
    ['Centro Simón Bolívar Towers', 'Centro Simón Bolívar Towers', L], // the buildings in front of which the parade stood (attack venue)
    ['Palacio de Justicia de Caracas', 'Palacio de Justicia de Caracas', L], // likewise (Caracas inside the name is not separate)
  ],
  event_dates: [
    { event: '2018 Caracas drone attack (infobox and lead)', date: '2018-08-04' },
  ],
  attributions: [
    { actor: 'the attackers (two drones detonated explosives)', action: 'targeted attempt to assassinate', target_or_event: MADURO, according_to: 'The Venezuelan government' },
    { actor: 'The Venezuelan government', action: 'false flag operation designed to justify repression of opposition (suggested)', target_or_event: CARACAS, according_to: 'Others' },
    { actor: 'Juan Requesens', action: 'detention (charges: treason, attempted magnicide, terrorism, …)', target_or_event: CARACAS, according_to: WP },
  ],
},
{
  file: '12-wikipedia-2013-lahad-datu-standoff.txt', mentions: true,
  surfaces: [
    ['Lahad Datu', 'Lahad Datu', L], // also inside the event name and "Lahad Datu incursion"
    ['Lahad Datu District', 'Lahad Datu', L], // as holdout6's Kumanovo Municipality
    ['Sabah', 'Sabah', L], // also "Chief Minister of Sabah" (a place inside an office's title)
    ['Malaysia', 'Malaysia', L], // also "Prime Minister of Malaysia" ("Malaysian" is an adjective)
    ['Simunul', 'Simunul', L], // "Simunul island" (lower-case "island" left out)
    ['Tawi-Tawi', 'Tawi-Tawi', L],
    ['Philippines', 'Philippines', L], // "the southern Philippines", infobox "Philippines[note 1]", "President of Philippines"
    [RSF, RSF, O], // quoted in the lead
    ['Royal Forces of the Sultanate of Sulu and North Borneo', RSF, O], // infobox "Units involved" (the same force)
    [SULU, SULU, O], // the claimant polity ("the throne of the Sultanate of Sulu", infobox belligerent)
    [JK3, JK3, P], // also "Jamalul Kiram III's faction"
    ['North Borneo', 'North Borneo', L], // "the North Borneo dispute" (a place name inside the dispute's name)
    ['Kampung Tanduo', 'Tanduo', L],
    ['Kg. Tanduo', 'Tanduo', L],
    ['Tanduo', 'Tanduo', L], // "Tanduo Village Camp" (the sign; a place name inside a camp's name)
    ['Malaysian Army', 'Malaysian Army', O], // a named army (the adjective is part of its name)
    ['Semporna', 'Semporna', L],
    ['Kunak', 'Kunak', L],
    ['Tawau', 'Tawau', L],
    ['Moro National Liberation Front', 'Moro National Liberation Front', O],
    ['Misuari', 'Nur Misuari', P], // "(Misuari faction)"
    ['Agbimuddin Kiram', 'Agbimuddin Kiram', P],
    ['Nur Misuari', 'Nur Misuari', P],
    ['Abdul Halim', 'Abdul Halim', P], // "Sultan Abdul Halim" (title not part of the span)
    ['Najib Razak', 'Najib Razak', P],
    ['Anifah Aman', 'Anifah Aman', P],
    ['Zahid Hamidi', 'Zahid Hamidi', P],
    ['Ismail Omar', 'Ismail Omar', P],
    ['Royal Malaysia Police', 'Royal Malaysia Police', O], // also "Chief of Royal Malaysia Police" (a body inside an office's title)
    ['Zulkifeli Mohd. Zin', 'Zulkifeli Mohd. Zin', P],
    ['Musa Aman', 'Musa Aman', P],
    ['Benigno Aquino III', 'Benigno Aquino III', P],
    // "Operation Daulat" / "Operasi Daulat" are operation names; "Yang di-Pertuan Agong" is a title; "Malay" a language.
  ],
  event_dates: [
    { event: '2013 Lahad Datu standoff (lead and infobox: 11 February to 24 March 2013)', date: '2013-02-11/2013-03-24' },
  ],
  attributions: [
    { actor: JK3, action: 'sent the group', target_or_event: RSF, according_to: WP },
    { actor: '235 militants', action: 'calling themselves', target_or_event: RSF, according_to: WP },
    { actor: JK3, action: 'one of the claimants to the throne of', target_or_event: SULU, according_to: WP },
    { actor: 'Moro National Liberation Front', action: 'supported (Misuari faction; infobox "Supported by")', target_or_event: SULU, according_to: WP },
    { actor: 'Philippines', action: 'supported (infobox "Supported by")', target_or_event: 'Malaysia', according_to: WP },
    { actor: 'Malaysia', action: 'decisive victory (infobox "Result")', target_or_event: LAHAD, according_to: WP },
    { actor: JK3, action: 'commander and leader (infobox)', target_or_event: LAHAD, according_to: WP },
    { actor: 'Agbimuddin Kiram', action: 'commander and leader (infobox)', target_or_event: LAHAD, according_to: WP },
    { actor: 'Nur Misuari', action: 'commander and leader (infobox)', target_or_event: LAHAD, according_to: WP },
    { actor: 'Abdul Halim', action: 'commander and leader (infobox; Yang di-Pertuan Agong)', target_or_event: LAHAD, according_to: WP },
    { actor: 'Najib Razak', action: 'commander and leader (infobox; Prime Minister of Malaysia)', target_or_event: LAHAD, according_to: WP },
    { actor: 'Anifah Aman', action: 'commander and leader (infobox; Minister of Foreign Affairs)', target_or_event: LAHAD, according_to: WP },
    { actor: 'Zahid Hamidi', action: 'commander and leader (infobox; Minister of Defence)', target_or_event: LAHAD, according_to: WP },
    { actor: 'Ismail Omar', action: 'commander and leader (infobox; Chief of Royal Malaysia Police)', target_or_event: LAHAD, according_to: WP },
    { actor: 'Zulkifeli Mohd. Zin', action: 'commander and leader (infobox; Chief of Defence Forces)', target_or_event: LAHAD, according_to: WP },
    { actor: 'Musa Aman', action: 'commander and leader (infobox; Chief Minister of Sabah)', target_or_event: LAHAD, according_to: WP },
    { actor: 'Benigno Aquino III', action: 'supporter (infobox "Supported by"; President of Philippines)', target_or_event: LAHAD, according_to: WP },
    { actor: RSF, action: 'unit involved (infobox)', target_or_event: LAHAD, according_to: WP },
    { actor: 'Royal Malaysia Police', action: 'unit involved (infobox)', target_or_event: LAHAD, according_to: WP },
  ],
},
];
