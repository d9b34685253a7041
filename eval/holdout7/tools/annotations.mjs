// Single-annotator source annotations for the Dossier extraction SEVENTH held-out set (eval/holdout7).
// Written blind (Dossier's extractor was not run on these texts, and its code was not read), following the
// annotation rules of eval/extraction/README.md and the boundary choices of eval/holdout/README.md to
// eval/holdout6/README.md (READMEs only; holdout6's documents and gold were not opened).
// `node eval/extraction/tools/build_gold.mjs --dir eval/holdout7` turns these into ../gold.json (mention
// offsets by exact string search in JavaScript/UTF-16, then verified).
//
// surfaces: [surface, canonical, type, opts?]  type: organisation|person|place ('none' = blocker span)
//   opts.occ: restrict to these 0-based occurrences of the surface (boundary-valid matches)
//   opts.loose: also match where a letter or digit touches the surface (labels glued to values)
// Longest match wins on overlap; matches must not be preceded/followed by a letter or digit.

const O = 'organisation', P = 'person', L = 'place';

const VOA = 'Voice of America', WP = 'Wikipedia', STATE = 'U.S. Department of State', UN = 'United Nations';
const UNSC = 'United Nations Security Council', UNNEWS = 'UN News';
const US = 'United States', AQ = 'al-Qaeda', IS = 'Islamic State';
const MIT = 'Mujahidin Indonesia Timur', VA = 'Viv Ansanm', GG = 'Gran Grif';
const OLA = 'Oromo Liberation Army', AQI = 'al-Qaeda in Iraq';
const FLECPM = 'Front for the Liberation of the Enclave of Cabinda – Military Position';
const FLEC = 'Front for the Liberation of the Enclave of Cabinda';
const ARSA = 'Arakan Rohingya Salvation Army', EPP = "Paraguayan People's Army", FPMR = 'Manuel Rodríguez Patriotic Front';

const SURABAYA = 'suicide attacks on three churches in Surabaya';
const BILBAO = 'bomb explosion in a suburb of Bilbao';
const KTM = 'bomb blast in Kathmandu';
const HARIRI = 'assassination of Rafik Hariri (2005 truck bombing in Beirut)';
const QW = 'massacre of civilians in Qellem Wollega';
const AMMAN = '2005 Amman bombings', TOGO = 'Togo national football team attack', NOR = '2011 Norway attacks';

export const docs = [
{
  file: '01-un-news-2018-surabaya-church-attacks.txt', mentions: true,
  surfaces: [
    ['UN', UN, O], // "UN chief", "UN Photo" (photo credit), "UN Secretary-General", "the UN spokesman’s statement"
    ['United Nations', UN, O],
    ['António Guterres', 'António Guterres', P], // also the photo caption
    ['Guterres', 'António Guterres', P], // "Mr. Guterres’ spokesman"
    ['Mark Garten', 'Mark Garten', P], // photographer credited in the caption (as holdout6's World Bank photo credit)
    ['Surabaya', 'Surabaya', L],
    ['Indonesia', 'Indonesia', L],
    ['Security Council', UNSC, O],
    ['Council', UNSC, O], // "The 15-member Council" (the Security Council by its short name, as in holdout6)
  ],
  // "earlier today", "Sunday" and "Monday" have no date in the body; the address gives only 2018-05.
  event_dates: [],
  attributions: [
    { actor: 'António Guterres', action: 'condemned the wave of suicide attacks on worshipers at', target_or_event: SURABAYA, according_to: UNNEWS },
    { actor: 'António Guterres', action: 'is appalled at reports that children were used to participate in', target_or_event: SURABAYA, according_to: UNNEWS },
    { actor: 'suicide bombers, including four children', action: 'used motorcycles and a truck in a coordinated assault on', target_or_event: SURABAYA, according_to: 'Media reports' },
    { actor: 'Indonesian authorities', action: 'reportedly foiled attacks on', target_or_event: 'other churches in Surabaya', according_to: UNNEWS },
    { actor: 'António Guterres', action: 'reiterates the support of the United Nations to the Government and people of', target_or_event: 'Indonesia', according_to: UNNEWS },
    { actor: UNSC, action: 'condemned "in the strongest terms" the "heinous and cowardly" terrorist attacks on', target_or_event: 'Christian churches and a police station in Surabaya', according_to: UNNEWS },
  ],
},
{
  file: '02-state-2016-santoso-mit-sdgt-designation.txt', mentions: true,
  surfaces: [
    ['State Department', STATE, O], // heading line
    ['Bureau of Counterterrorism and Countering Violent Extremism', 'Bureau of Counterterrorism and Countering Violent Extremism', O],
    ['Department of State', STATE, O],
    ['U.S. Department of State', STATE, O], // also in "U.S. Department of State-designated"
    ['Santoso', 'Santoso', P], // also "Santoso’s leadership"
    ['U.S.', US, L], // "U.S. nationals", "U.S. jurisdiction", "U.S. persons", "the U.S. public"
    ['United States', US, L],
    ['Mujahidin Indonesia Timur', MIT, O], // Indonesia inside the group's name is not a separate place
    ['MIT', MIT, O],
    ['Indonesia', 'Indonesia', L],
    ['Indonesian National Police', 'Indonesian National Police', O], // the force's name (the adjective is part of it)
    ['POLRI', 'Indonesian National Police', O],
    ['Mobile Brigade', 'Mobile Brigade', O],
    ['BRIMOB', 'Mobile Brigade', O],
    ['ISIL', IS, O], // "ISIL/Daesh": two names, two mentions
    ['Daesh', IS, O],
    ['Abu Bakr al-Baghdadi', 'Abu Bakr al-Baghdadi', P],
    ['al-Baghdadi', 'Abu Bakr al-Baghdadi', P],
  ],
  event_dates: [
    { event: 'The Department of State designates Santoso as an SDGT (statement dated March 22, 2016; "Today’s action")', date: '2016-03-22' },
    { event: 'MIT killed two police officers', date: '2012-08' },
    { event: 'MIT bomb attack against an Indonesian police station', date: '2012-09' },
    { event: 'MIT shooting of an Indonesian police chief', date: '2012-11' },
    { event: 'MIT shot four POLRI Mobile Brigade personnel', date: '2012-12' },
    { event: 'Santoso pledged allegiance to ISIL/Daesh and al-Baghdadi', date: '2014' },
  ],
  attributions: [
    { actor: STATE, action: 'has designated as a Specially Designated Global Terrorist (SDGT)', target_or_event: 'Santoso', according_to: STATE },
    { actor: 'Santoso', action: 'is the leader of', target_or_event: MIT, according_to: STATE },
    { actor: STATE, action: 'designated as an SDGT entity (MIT is a U.S. Department of State SDGT entity)', target_or_event: MIT, according_to: STATE },
    { actor: MIT, action: 'responsible for numerous killings and kidnappings (under Santoso’s leadership)', target_or_event: 'killings and kidnappings in Indonesia', according_to: STATE },
    { actor: MIT, action: 'killed two police officers', target_or_event: 'killing of two police officers (August 2012)', according_to: STATE },
    { actor: MIT, action: 'conducted a bomb attack against', target_or_event: 'an Indonesian police station (September 2012)', according_to: STATE },
    { actor: MIT, action: 'responsible for the shooting of', target_or_event: 'an Indonesian police chief (November 2012)', according_to: STATE },
    { actor: MIT, action: 'shot four personnel of', target_or_event: 'Indonesian National Police Mobile Brigade (December 2012)', according_to: STATE },
    { actor: 'Santoso', action: 'pledged his allegiance to (ISIL/Daesh and its leader al-Baghdadi)', target_or_event: IS, according_to: STATE },
    { actor: 'Abu Bakr al-Baghdadi', action: 'is the leader of', target_or_event: IS, according_to: STATE },
    { actor: STATE, action: 'designated as a Foreign Terrorist Organization (FTO)', target_or_event: IS, according_to: STATE },
    { actor: STATE, action: 'designated as an SDGT', target_or_event: 'Abu Bakr al-Baghdadi', according_to: STATE },
  ],
},
{
  file: '03-state-2025-viv-ansanm-gran-grif-fto-designation.txt', mentions: true,
  surfaces: [
    ['Viv Ansanm', VA, O],
    ['Gran Grif', GG, O],
    ['Marco Rubio', 'Marco Rubio', P],
    ['State Department', STATE, O], // "the State Department's designation"
    ['Haiti', 'Haiti', L], // also "Haiti's political leaders"
    ['U.S.', US, L],
    ['Multinational Security Support', 'Multinational Security Support', O], // the mission's name ("(MSS) mission")
    ['MSS', 'Multinational Security Support', O],
    ['United States', US, L],
    ['Haitian National Police', 'Haitian National Police', O], // the force's name (the adjective is part of it)
  ],
  event_dates: [
    { event: 'Designation of Viv Ansanm and Gran Grif as FTOs and SDGTs (statement dated May 2, 2025; "Today")', date: '2025-05-02' },
  ],
  attributions: [
    { actor: STATE, action: 'designated as a Foreign Terrorist Organization and Specially Designated Global Terrorist', target_or_event: VA, according_to: STATE },
    { actor: STATE, action: 'designated as a Foreign Terrorist Organization and Specially Designated Global Terrorist', target_or_event: GG, according_to: STATE },
    { actor: 'Marco Rubio', action: 'announced the State Department’s designation of', target_or_event: VA, according_to: STATE },
    { actor: 'Marco Rubio', action: 'announced the State Department’s designation of', target_or_event: GG, according_to: STATE },
    { actor: VA, action: 'is (one of the Haitian gangs that are) the primary source of instability and violence in', target_or_event: 'Haiti', according_to: STATE },
    { actor: GG, action: 'is (one of the Haitian gangs that are) the primary source of instability and violence in', target_or_event: 'Haiti', according_to: STATE },
    { actor: VA, action: 'has killed and continues attacking the people of Haiti, Haitian security forces and MSS mission personnel', target_or_event: 'the people of Haiti, Haitian security forces and MSS mission personnel', according_to: STATE },
    { actor: GG, action: 'has killed and continues attacking the people of Haiti, Haitian security forces and MSS mission personnel', target_or_event: 'the people of Haiti, Haitian security forces and MSS mission personnel', according_to: STATE },
    { actor: 'these gangs (Viv Ansanm and Gran Grif)', action: 'are committed to overthrowing the government of', target_or_event: 'Haiti', according_to: STATE },
    { actor: 'Haitian gangs, including the Viv Ansanm coalition and Gran Grif', action: 'are a direct threat to U.S. national security interests', target_or_event: US, according_to: STATE },
    { actor: 'Marco Rubio', action: 'commends the extraordinary bravery of', target_or_event: 'Haitian National Police', according_to: STATE },
    { actor: 'Marco Rubio', action: 'urges to prioritize the security of the Haitian people and stop the violence', target_or_event: "Haiti's political leaders", according_to: STATE },
    { actor: US, action: 'stands with (the Haitian people)', target_or_event: 'Haiti', according_to: STATE },
  ],
},
{
  file: '04-voa-2002-basque-separatists-blamed-bilbao-bomb.txt', mentions: true,
  surfaces: [
    ['Spain', 'Spain', L], // also "Spain's Interior Minister"
    ['Bilbao', 'Bilbao', L],
    ['Esther Cabezudo', 'Esther Cabezudo', P],
    ['ETA', 'ETA', O], // the text gives no full name (as PKK in holdout5)
    ['Popular Party', 'Popular Party', O], // the ruling party, named in English as the text names it
    ['Basque Nationalist party', 'Basque Nationalist Party', O], // the party's name (lower-case "party" as stored)
    ['Mariano Rajoy', 'Mariano Rajoy', P],
    ['Rajoy', 'Mariano Rajoy', P],
    ['Pamplona', 'Pamplona', L],
    ['Navarre', 'Navarre', L],
    ['Barcelona', 'Barcelona', L], // also "The Barcelona newspaper La Vanguardia"
    ['La Vanguardia', 'La Vanguardia', O], // newspaper cited as a source
    ['European Union', 'European Union', O],
  ],
  event_dates: [
    { event: 'Bombing in a suburb of Bilbao (Thursday; dateline 2002-02-28)', date: '2002-02-28' },
    { event: 'Rajoy announces the arrest of five suspected ETA members in Pamplona (Thursday)', date: '2002-02-28' },
    { event: 'European Union summit in Barcelona ("early next month")', date: '2002-03' },
  ],
  attributions: [
    { actor: 'ETA', action: 'blamed for (police are blaming the explosion on)', target_or_event: BILBAO, according_to: 'police' },
    { actor: 'ETA', action: 'frequently targets politicians of the two mainstream Spanish parties (Socialists and Popular Party)', target_or_event: 'politicians of the Socialists and the Popular Party', according_to: VOA },
    { actor: 'Popular Party', action: 'opposes holding a referendum on Basque independence', target_or_event: 'referendum on Basque independence', according_to: VOA },
    { actor: 'the Socialists', action: 'oppose holding a referendum on Basque independence', target_or_event: 'referendum on Basque independence', according_to: VOA },
    { actor: 'Basque Nationalist Party', action: 'advocates holding a referendum on Basque independence', target_or_event: 'referendum on Basque independence', according_to: VOA },
    { actor: 'five people arrested in Pamplona', action: 'suspected members of', target_or_event: 'ETA', according_to: 'Mariano Rajoy' },
    { actor: 'ETA', action: 'plan to carry out terrorist attacks (revealed by recently detained ETA suspects under questioning)', target_or_event: 'European Union summit in Barcelona', according_to: 'La Vanguardia' },
    { actor: 'Basque separatists', action: 'claim as part of their homeland', target_or_event: 'Navarre', according_to: VOA },
  ],
},
{
  file: '05-voa-2004-kathmandu-bomb-maoists-suspected.txt', mentions: true,
  surfaces: [
    ['Kathmandu', 'Kathmandu', L],
    ['Nepal', 'Nepal', L], // also "Nepal's"
    ['Yuvraj Ghimre', 'Yuvraj Ghimre', P],
    ['Ghimre', 'Yuvraj Ghimre', P],
    ['Samay', 'Samay', O], // the news magazine he edits
    ['Gyanendra', 'Gyanendra', P], // "King Gyanendra" (the title is not part of the span)
  ],
  // The blast itself has no day in the body ("have been injured"); "more than a year ago" is not fixed.
  event_dates: [
    { event: "Nepal's Maoist insurgency fighting to overturn the monarchy (since 1996)", date: '1996' },
    { event: '10-day ceasefire between the government and the Maoists ("in October")', date: '2004-10' },
    { event: 'Parliamentary elections the king pledged to hold ("April next year")', date: '2005-04' },
  ],
  attributions: [
    { actor: 'Maoist rebels', action: 'suspected of (suspicion has fallen on the country’s Maoist rebels)', target_or_event: KTM, according_to: VOA },
    { actor: 'three men', action: 'entered a building complex under construction, planted a bomb and then left', target_or_event: KTM, according_to: 'Officials' },
    { actor: 'three men', action: 'suspected to be members of', target_or_event: "Nepal's Maoist insurgency", according_to: 'Officials' },
    { actor: "Nepal's Maoist insurgency", action: 'has been fighting to overturn (since 1996)', target_or_event: "Nepal's monarchy", according_to: VOA },
    { actor: 'the Maoists', action: 'threatened the capital, planting small bombs and once blockading it', target_or_event: 'Kathmandu', according_to: VOA },
    { actor: 'the Maoists', action: 'changed tactics to increase fear', target_or_event: 'Kathmandu', according_to: 'Yuvraj Ghimre' },
    { actor: 'Gyanendra', action: 'has pledged to hold parliamentary elections', target_or_event: 'Nepal parliamentary elections (April 2005)', according_to: VOA },
  ],
},
{
  file: '06-voa-2011-lebanon-tribunal-unseals-hariri-indictment.txt', mentions: true,
  surfaces: [
    ['U.N.', UN, O], // "The U.N.-backed tribunal"
    ['Lebanon', 'Lebanon', L], // also "Lebanon's"
    ['Rafik Hariri', 'Rafik Hariri', P],
    ['Saad Hariri', 'Saad Hariri', P],
    ['Hariri', 'Rafik Hariri', P], // "Mr. Hariri and 22 others were killed"
    ['Hezbollah', 'Hezbollah', O], // also "Hezbollah-led bloc"
    ['Hassan Nasrallah', 'Hassan Nasrallah', P],
    ['Nasrallah', 'Hassan Nasrallah', P],
    ['Antonio Cassese', 'Antonio Cassese', P],
    ['Beirut', 'Beirut', L],
  ],
  event_dates: [
    { event: 'Murder of Rafik Hariri', date: '2005' },
    { event: 'The tribunal confirms the charges and makes the indictment public (Wednesday; address 2011/08/17)', date: '2011-08-17' },
    { event: 'Lebanon formed a new Cabinet ("in June")', date: '2011-06' },
    { event: 'Hezbollah and its allies forced the coalition government to collapse ("five months" before June)', date: '2011-01' },
  ],
  attributions: [
    { actor: 'four Hezbollah members', action: 'carried out (prosecutors say)', target_or_event: HARIRI, according_to: 'prosecutors' },
    { actor: 'the four suspects', action: 'are members of', target_or_event: 'Hezbollah', according_to: VOA },
    { actor: 'the U.N.-backed tribunal', action: 'released its indictment and confirmed the charges against', target_or_event: 'the four Hezbollah members', according_to: VOA },
    { actor: 'Saad Hariri', action: 'called the unsealing of the indictment a "critical step towards uncovering the truth and achieving justice"', target_or_event: HARIRI, according_to: 'Saad Hariri' },
    { actor: 'Hassan Nasrallah', action: 'dismissed the indictment ("no direct evidence", "solely on telecommunications data")', target_or_event: 'the indictment against the four Hezbollah members', according_to: 'Hassan Nasrallah' },
    { actor: 'Hassan Nasrallah', action: 'is the leader of', target_or_event: 'Hezbollah', according_to: VOA },
    { actor: 'Antonio Cassese', action: 'urged to appear before the court', target_or_event: 'the four suspects', according_to: VOA },
    { actor: 'Hezbollah', action: 'has denied involvement in', target_or_event: HARIRI, according_to: 'Hezbollah' },
    { actor: 'Hezbollah', action: 'forced (with its allies) the coalition government to collapse', target_or_event: "Lebanon's coalition government", according_to: VOA },
    { actor: 'Hezbollah', action: 'leads the bloc that holds the majority of seats in', target_or_event: "Lebanon's 30-member Cabinet", according_to: VOA },
  ],
},
{
  file: '07-voa-2022-ola-denies-qellem-wollega-massacre.txt', mentions: true,
  surfaces: [
    ['OLA', OLA, O],
    ['Oromo Liberation Army', OLA, O],
    ['Oromia', 'Oromia', L], // also "Western Oromia region" in the caption (the adjective and "region" are not part of the span)
    ['Ethiopia', 'Ethiopia', L], // also "Ethiopia's"
    ['Odaa Tarbii', 'Odaa Tarbii', P],
    ['Tarbii', 'Odaa Tarbii', P],
    ['Abiy Ahmed', 'Abiy Ahmed', P],
    ['Abiy', 'Abiy Ahmed', P], // "Abiy and others" (inside a quotation)
    ['Qellem Wollega', 'Qellem Wollega', L],
    ['ENDF', 'ENDF', O], // "the ENDF (the Ethiopian federal army)"; the text gives no full name
    ['Amhara Association of America', 'Amhara Association of America', O],
    ['AAA', 'Amhara Association of America', O],
    ['United States', US, L],
    ['Tole', 'Tole', L], // "the hamlet of Tole", also inside "the Tole massacre"
    ['West Wollega', 'West Wollega', L],
    ['Billene Seyoum', 'Billene Seyoum', P],
  ],
  // Published unknown: "Tuesday", "Monday", "June 18" and "June 30" have no year in the text; the caption's
  // "Taken 4.11.2021" dates a file photo, not an event.
  event_dates: [],
  attributions: [
    { actor: OLA, action: 'denied responsibility for', target_or_event: QW, according_to: OLA },
    { actor: 'a government-allied militia (with the passive complicity of security forces)', action: 'blamed for', target_or_event: QW, according_to: OLA },
    { actor: OLA, action: 'massacred civilians (the Prime Minister’s accusation)', target_or_event: QW, according_to: 'Abiy Ahmed' },
    { actor: 'Odaa Tarbii', action: 'is the spokesperson of', target_or_event: OLA, according_to: VOA },
    { actor: 'Odaa Tarbii', action: 'called for "independent investigations" so that Abiy and others answer for their cruelty', target_or_event: QW, according_to: VOA },
    { actor: 'ENDF', action: 'two divisions, with allied forces, occupy the localities of (where civilians were killed by regime militias)', target_or_event: 'Qellem Wollega', according_to: 'Odaa Tarbii' },
    { actor: 'the attackers of the new massacre', action: 'targeted Amhara (as previously)', target_or_event: 'massacre in the "20 village"', according_to: 'Amhara Association of America' },
    { actor: OLA, action: 'accused of having killed several hundred Amhara villagers', target_or_event: 'Tole massacre (June 18)', according_to: 'the authorities and survivors' },
  ],
},
{
  file: '08-wikipedia-2005-amman-bombings.txt', mentions: true,
  surfaces: [
    ['Amman', 'Amman', L], // also inside "2005 Amman bombings"
    ['Iraq', 'Iraq', L], // inside "Iraq War"
    ['Jordan', 'Jordan', L],
    ['al-Qaeda', AQ, O], // infobox "Perps"
    ['Grand Hyatt Hotel', 'Grand Hyatt Hotel', L], // attacked hotels are venues
    ['Grand Hyatt', 'Grand Hyatt Hotel', L],
    ['Radisson SAS Hotel', 'Radisson SAS Hotel', L],
    ['Radisson SAS', 'Radisson SAS Hotel', L], // also the table and the section heading
    ['Landmark Hotel', 'Radisson SAS Hotel', L], // "now known as the \"Landmark Hotel\""
    ['Days Inn', 'Days Inn', L],
    ['Philadelphia Ballroom', 'Philadelphia Ballroom', L], // where the Radisson bomb exploded (a venue)
    ['Al-Qaeda in Iraq', AQI, O], // its own canonical here (not the dev set's UN-listing alias of Islamic State)
    ['AP', 'Associated Press', O], // "(AP)" as the cited source in the casualty table
    ['Ali Hussein Ali al-Shamari', 'Ali Hussein Ali al-Shamari', P],
    ['Ali al-Shamari', 'Ali Hussein Ali al-Shamari', P],
    ['Ali', 'Ali Hussein Ali al-Shamari', P], // "Ali jumped onto a dining-room table"
    ['Sajida Mubarak Atrous al-Rishawi', 'Sajida Mubarak Atrous al-Rishawi', P],
    ['Sajida al-Rishawi', 'Sajida Mubarak Atrous al-Rishawi', P],
    ['Ashraf Akhras', 'Ashraf Akhras', P],
    ['Nadia Al-Alami', 'Nadia Al-Alami', P],
  ],
  event_dates: [
    { event: '2005 Amman bombings (infobox and lead give the same date; listed once)', date: '2005-11-09' },
  ],
  attributions: [
    { actor: AQ, action: 'perpetrator of (infobox "Perps")', target_or_event: AMMAN, according_to: WP },
    { actor: AQI, action: 'was quick to claim responsibility for', target_or_event: AMMAN, according_to: WP },
    { actor: 'Ali Hussein Ali al-Shamari', action: 'suicide bomber who detonated his explosives in the Philadelphia Ballroom', target_or_event: 'Radisson SAS Hotel bombing', according_to: WP },
    { actor: 'Sajida Mubarak Atrous al-Rishawi', action: 'suicide bomber who entered the ballroom but was unable to detonate her belt', target_or_event: 'Radisson SAS Hotel bombing', according_to: WP },
  ],
},
{
  file: '09-wikipedia-togo-national-football-team-attack.txt', mentions: true,
  surfaces: [
    // The targeted team is an organisation (as the targeted banks and companies of the earlier sets), also
    // inside the attack's name; Togo inside it is not a separate place.
    ['Togo national football team', 'Togo national football team', O],
    ['Cabinda', 'Cabinda', L], // also inside "Cabinda War", the map caption, "province of Cabinda"
    ['Cabinda Province', 'Cabinda', L],
    ['Angola', 'Angola', L],
    ['Angolan Armed Forces', 'Angolan Armed Forces', O],
    ['Front for the Liberation of the Enclave of Cabinda-Military Position', FLECPM, O], // infobox spelling as stored
    ['Front for the Liberation of the Enclave of Cabinda – Military Position', FLECPM, O],
    ['FLEC-PM', FLECPM, O],
    ['Front for the Liberation of the Enclave of Cabinda', FLEC, O],
    ['FLEC', FLEC, O],
    ['Mário Adjoua', 'Mário Adjoua', P],
    ['Améleté Abalo', 'Améleté Abalo', P],
    ['Stanislas Ocloo', 'Stanislas Ocloo', P],
    ['Rodrigues Mingas', 'Rodrigues Mingas', P],
    ['France', 'France', L],
    ['Africa', 'Africa', L], // inside "2010 Africa Cup of Nations" (a place name inside an event name)
  ],
  event_dates: [
    { event: 'Togo national football team attack (infobox and lead give the same date; listed once)', date: '2010-01-08' },
    { event: '2010 Africa Cup of Nations began ("two days" after the attack)', date: '2010-01-10' },
  ],
  attributions: [
    { actor: FLECPM, action: 'perpetrator of (infobox)', target_or_event: TOGO, according_to: WP },
    { actor: FLECPM, action: 'claimed responsibility for', target_or_event: TOGO, according_to: WP },
    { actor: FLECPM, action: 'is a little-known offshoot of', target_or_event: FLEC, according_to: WP },
    { actor: FLEC, action: 'promotes independence for the province of', target_or_event: 'Cabinda', according_to: WP },
    { actor: 'Rodrigues Mingas', action: 'is Secretary General of', target_or_event: FLECPM, according_to: WP },
    { actor: FLECPM, action: 'aimed the attack at the Angolan forces at the head of the convoy, not at the Togolese players', target_or_event: TOGO, according_to: 'Rodrigues Mingas' },
  ],
},
{
  file: '10-wikipedia-2011-norway-attacks.txt', mentions: true,
  surfaces: [
    ['Norway', 'Norway', L], // also inside "2011 Norway attacks"
    ['Anders Behring Breivik', 'Anders Behring Breivik', P], // also inside "Trial of Anders Behring Breivik"
    ['Breivik', 'Anders Behring Breivik', P],
    ["Workers' Youth League", "Workers' Youth League", O],
    ['AUF', "Workers' Youth League", O],
    ['Oslo', 'Oslo', L],
    ['Utøya', 'Utøya', L],
    ['Labour Party', 'Norwegian Labour Party', O], // infobox "Target | Labour Party members"
    ['Norwegian Labour Party', 'Norwegian Labour Party', O],
    ['AP', 'Norwegian Labour Party', O], // "(AP)", the party's abbreviation here
    ['Regjeringskvartalet', 'Regjeringskvartalet', L], // the bombed government quarter (a venue)
    ['Jens Stoltenberg', 'Jens Stoltenberg', P],
    ['Tyrifjorden', 'Tyrifjorden', L],
    ['Viken', 'Viken', L],
    ['Buskerud', 'Buskerud', L],
  ],
  event_dates: [
    { event: '2011 Norway attacks (infobox: 22 July 2011; the lead\'s "22 July" is the same day)', date: '2011-07-22' },
  ],
  attributions: [
    { actor: 'Anders Behring Breivik', action: 'carried out (two domestic terrorist attacks by far right terrorist)', target_or_event: NOR, according_to: WP },
    { actor: 'Anders Behring Breivik', action: 'perpetrator of (infobox)', target_or_event: NOR, according_to: WP },
    { actor: 'Anders Behring Breivik', action: 'convicted of committing a terrorist attack (2 counts); verdict legally sane and guilty (infobox)', target_or_event: NOR, according_to: WP },
    { actor: 'Anders Behring Breivik', action: 'opened fire at the participants of the summer camp, killing 69', target_or_event: 'Utøya summer camp shooting', according_to: WP },
    { actor: "Workers' Youth League", action: 'is the youth wing of', target_or_event: 'Norwegian Labour Party', according_to: WP },
  ],
},
{
  file: '11-wikipedia-arakan-rohingya-salvation-army.txt', mentions: true,
  surfaces: [
    ['Arakan Rohingya Salvation Army', ARSA, O],
    ['ARSA', ARSA, O],
    ['Harakah al-Yaqin', 'Harakah al-Yaqin', O], // former name, kept as its own organisation (as holdout6's former names); "Faith Movement" is a translation, not annotated
    ['Rakhine State', 'Rakhine State', L], // "northern Rakhine State", infobox "Northern Rakhine State"
    ['Myanmar', 'Myanmar', L], // also "Myanmar's", the infobox flag lines, "Bangladesh–Myanmar border"
    ['International Crisis Group', 'International Crisis Group', O],
    ['Ataullah abu Ammar Jununi', 'Ataullah abu Ammar Jununi', P, { loose: true }], // also glued "LeadersAtaullah …"
    ['Karachi', 'Karachi', L],
    ['Pakistan', 'Pakistan', L],
    ['Mecca', 'Mecca', L],
    ['Saudi Arabia', 'Saudi Arabia', L],
    ['Bangladesh', 'Bangladesh', L],
    ['Arakan Army', 'Arakan Army', O],
    ['Malaysia', 'Malaysia', L],
    ['Anti-Terrorism Central Committee', 'Anti-Terrorism Central Committee', O],
  ],
  event_dates: [
    { event: 'International Crisis Group report on ARSA ("a December 2016 report")', date: '2016-12' },
    { event: 'ARSA formed (infobox "Dates of operation 2013")', date: '2013' },
    { event: 'ARSA active militarily from 9 October 2016 (infobox)', date: '2016-10-09' },
    { event: "Myanmar's Anti-Terrorism Central Committee declares ARSA a terrorist group", date: '2017-08-25' },
    { event: 'ARSA statement calling the government allegations "baseless"', date: '2017-08-28' },
  ],
  attributions: [
    { actor: ARSA, action: 'also known by its former name', target_or_event: 'Harakah al-Yaqin', according_to: WP },
    { actor: 'Ataullah abu Ammar Jununi', action: 'leads', target_or_event: ARSA, according_to: 'International Crisis Group' },
    { actor: 'Ataullah abu Ammar Jununi', action: 'leader of (infobox "Leaders")', target_or_event: ARSA, according_to: WP },
    { actor: ARSA, action: 'opponent (infobox "State opponents")', target_or_event: 'Myanmar', according_to: WP },
    { actor: ARSA, action: 'opponent (infobox "Non-state opponents")', target_or_event: 'Arakan Army', according_to: WP },
    { actor: 'Malaysia', action: 'designated as a terrorist group (infobox)', target_or_event: ARSA, according_to: WP },
    { actor: 'Myanmar', action: 'designated as a terrorist group (infobox)', target_or_event: ARSA, according_to: WP },
    { actor: 'Anti-Terrorism Central Committee', action: 'declared a terrorist group (in accordance with the country’s counter-terrorism law)', target_or_event: ARSA, according_to: WP },
    { actor: 'Malaysia', action: 'considers a terrorist group', target_or_event: ARSA, according_to: WP },
    { actor: ARSA, action: 'accused of being involved with and subsidised by foreign Islamists (no firm evidence)', target_or_event: 'foreign Islamists', according_to: "Myanmar's government" },
    { actor: ARSA, action: 'rejected as "baseless" the government allegations of links to', target_or_event: 'foreign Islamists', according_to: ARSA },
  ],
},
{
  file: '12-wikipedia-paraguayan-peoples-army.txt', mentions: true,
  surfaces: [
    ["Paraguayan People's Army", EPP, O],
    ['Ejército del Pueblo Paraguayo', EPP, O], // the Spanish name the text gives (one canonical)
    ['EPP', EPP, O],
    ['Paraguay', 'Paraguay', L], // also inside "internal conflict in Paraguay", "Insurgency in Paraguay"
    ['Osvaldo Villalba', 'Osvaldo Villalba', P],
    ['Manuel Cristaldo Mieres', 'Manuel Cristaldo Mieres', P],
    ['Magna Meza', 'Magna Meza', P],
    ['Carmen Villalba', 'Carmen Villalba', P],
    ['Osmar Martínez', 'Osmar Martínez', P],
    ['Horqueta', 'Horqueta', L],
    ['FARC', 'FARC', O], // canonical as written (as holdout4)
    ['ELN', 'ELN', O], // the text gives no full name
    ['FPMR', FPMR, O],
    ['Manuel Rodríguez Patriotic Front', FPMR, O],
    ['Primeiro Comando da Capital', 'Primeiro Comando da Capital', O],
    ['Patria Libre', 'Patria Libre', O],
    ['Concepción Department', 'Concepción', L], // as holdout5's Miraflores District
    ['Canindeyú', 'Canindeyú', L], // "the neighboring departments of Canindeyú and San Pedro"
    ['San Pedro', 'San Pedro', L],
    ['Colombia', 'Colombia', L],
    ['Chile', 'Chile', L],
  ],
  event_dates: [
    { event: 'EPP officially operates since 1 March 2008 (infobox "Active" and lead give the same date; listed once)', date: '2008-03-01' },
    { event: "EPP's antecedents (the 1990s)", date: '1990/1999' },
    { event: 'Patria Libre founded', date: '1990' },
  ],
  attributions: [
    { actor: 'Osvaldo Villalba', action: 'leader of (infobox "Leaders")', target_or_event: EPP, according_to: WP },
    { actor: 'Manuel Cristaldo Mieres', action: 'leader of (infobox "Leaders")', target_or_event: EPP, according_to: WP },
    { actor: 'Magna Meza', action: 'leader of (infobox "Leaders")', target_or_event: EPP, according_to: WP },
    { actor: 'Carmen Villalba', action: 'leader of (infobox "Leaders")', target_or_event: EPP, according_to: WP },
    { actor: 'Osmar Martínez', action: 'leader of (infobox "Leaders")', target_or_event: EPP, according_to: WP },
    { actor: 'FARC', action: 'ally of (infobox "Allies")', target_or_event: EPP, according_to: WP },
    { actor: 'ELN', action: 'ally of (infobox "Allies")', target_or_event: EPP, according_to: WP },
    { actor: FPMR, action: 'ally of (infobox "Allies")', target_or_event: EPP, according_to: WP },
    { actor: 'Primeiro Comando da Capital', action: 'ally of (infobox "Allies")', target_or_event: EPP, according_to: WP },
    { actor: EPP, action: 'acted in the 1990s as the "clandestine armed wing" of', target_or_event: 'Patria Libre', according_to: WP },
    { actor: EPP, action: 'claiming expropriations and kidnappings against', target_or_event: 'businessmen, bankers and ranchers', according_to: WP },
    { actor: EPP, action: 'has staged a number of armed operations, including bombings, arson attacks, shootings', target_or_event: 'insurgency in northeastern Paraguay', according_to: WP },
    { actor: 'FARC', action: 'trained its first leaders and members', target_or_event: EPP, according_to: 'the Paraguayan government' },
    { actor: FPMR, action: 'trained its first leaders and members', target_or_event: EPP, according_to: 'the Paraguayan government' },
  ],
},
];
