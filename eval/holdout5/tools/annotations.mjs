// Single-annotator source annotations for the Dossier extraction FIFTH held-out set (eval/holdout5).
// Written blind (Dossier's extractor was not run on these texts, and its code was not read), following the
// annotation rules of eval/extraction/README.md and the boundary choices of eval/holdout/README.md,
// eval/holdout2/README.md, eval/holdout3/README.md and eval/holdout4/README.md.
// `node eval/extraction/tools/build_gold.mjs --dir eval/holdout5` turns these into ../gold.json (mention
// offsets by exact string search in JavaScript/UTF-16, then verified).
//
// surfaces: [surface, canonical, type, opts?]  type: organisation|person|place ('none' = blocker span)
//   opts.occ: restrict to these 0-based occurrences of the surface (boundary-valid matches)
//   opts.loose: also match where a letter or digit touches the surface (labels glued to values)
// Longest match wins on overlap; matches must not be preceded/followed by a letter or digit.

const O = 'organisation', P = 'person', L = 'place';

const VOA = 'Voice of America', WP = 'Wikipedia', STATE = 'U.S. Department of State', UN = 'United Nations';
const US = 'United States', AQ = 'al-Qaeda', IS = 'Islamic State';
const JNIM = 'Jama’at Nusrat al-Islam wal Muslimin', AQIM = 'al-Qaeda in the Islamic Maghreb';
const ELN = 'Ejército de Liberación Nacional', RS = 'Revolutionary Struggle', RIM = 'Russian Imperial Movement';
const SP = 'Shining Path', AUM = 'Aum Shinrikyo';

export const docs = [
{
  file: '01-un-2019-sg-statement-bogota-police-academy.txt', mentions: true,
  surfaces: [
    ['UN', UN, O], // "UN Secretary-General" (the office is a title; the UN inside it is the organisation)
    ['António Guterres', 'António Guterres', P],
    ['Bogotá', 'Bogotá', L],
    ['Ejército de Liberación Nacional', ELN, O], // the group's own (Spanish) name, as the text gives it
    ['ELN', ELN, O],
    ['Colombia', 'Colombia', L], // "Government of Colombia"
  ],
  event_dates: [], // "today" (the statement) and the bombing have no date in the body
  attributions: [
    { actor: 'António Guterres', action: 'strongly condemns', target_or_event: 'car bombing at a police academy in Bogotá', according_to: UN },
    { actor: ELN, action: 'conducted (the authorities have proof that this terrorist act was conducted by)', target_or_event: 'car bombing at a police academy in Bogotá', according_to: 'the Colombian authorities' },
    { actor: 'António Guterres', action: 'said the perpetrators must be brought to justice', target_or_event: 'car bombing at a police academy in Bogotá', according_to: UN },
    { actor: 'António Guterres', action: 'stands in solidarity with the people and Government of', target_or_event: 'Colombia', according_to: UN },
  ],
},
{
  file: '02-state-2009-revolutionary-struggle-fto.txt', mentions: true,
  surfaces: [
    ['Ian Kelly', 'Ian Kelly', P],
    ['Office of the Spokesman', 'Office of the Spokesman', O], // as in the first held-out set
    ['Bureau of Public Affairs', 'Bureau of Public Affairs', O],
    ['Washington, DC', 'Washington, D.C.', L],
    ['Revolutionary Struggle', RS, O],
    ['RS', RS, O],
    ['U.S. Embassy', 'U.S. Embassy in Athens', L], // attack target ("the 2007 RPG attack on the U.S. Embassy in Athens"), a venue as in holdout4
    ['U.S.', US, L], // "Greek, U.S., and other targets", "U.S. persons"
    ['Athens', 'Athens', L],
    ['Greece', 'Greece', L],
    ['Citibank', 'Citibank', O], // a company (the bomb went off outside one of its branches)
    ['Clinton', 'Hillary Clinton', P], // "Secretary Clinton"
    ['Revolutionary Nuclei', 'Revolutionary Nuclei', O],
    ['RN', 'Revolutionary Nuclei', O],
    ['Revolutionary Organization 17 November', 'Revolutionary Organization 17 November', O],
    ['17N', 'Revolutionary Organization 17 November', O],
    ['United States', US, L],
  ],
  event_dates: [
    { event: 'State Department statement (dated May 18, 2009)', date: '2009-05-18' },
    { event: 'Secretary of State designates Revolutionary Struggle as an FTO', date: '2009-04-22' },
    { event: 'Secretary revokes the FTO designation of the Revolutionary Nuclei (also on April 22, 2009)', date: '2009-04-22' },
    { event: 'Revolutionary Struggle responsible for terrorist acts since 2003', date: '2003' },
    { event: 'RPG attack on the U.S. Embassy in Athens', date: '2007' },
    { event: 'Detonation of a bomb outside a Citibank branch in Athens', date: '2009-03-09' },
  ],
  attributions: [
    { actor: STATE, action: 'designated as a Foreign Terrorist Organization (the Secretary of State)', target_or_event: RS, according_to: STATE },
    { actor: 'Hillary Clinton', action: 'took this action (the FTO designation) in consultation with the Attorney General and the Secretary of the Treasury', target_or_event: RS, according_to: STATE },
    { actor: RS, action: 'is a Greek terrorist organization responsible for numerous terrorist acts against Greek, U.S., and other targets since 2003', target_or_event: 'terrorist acts against Greek, U.S., and other targets', according_to: STATE },
    { actor: RS, action: 'responsible for', target_or_event: '2007 RPG attack on the U.S. Embassy in Athens', according_to: STATE },
    { actor: RS, action: 'responsible for', target_or_event: 'March 9, 2009 detonation of a bomb outside a Citibank branch in Athens', according_to: STATE },
    { actor: STATE, action: 'revoked the FTO designation of', target_or_event: 'Revolutionary Nuclei', according_to: STATE },
    { actor: STATE, action: 'maintained the FTO designation of', target_or_event: 'Revolutionary Organization 17 November', according_to: STATE },
  ],
},
{
  file: '03-state-2020-russian-imperial-movement-sdgt.txt', mentions: true,
  surfaces: [
    ['Christchurch', 'Christchurch', L],
    ['New Zealand', 'New Zealand', L],
    ['United States', US, L],
    ['Pittsburgh', 'Pittsburgh', L],
    ['Poway', 'Poway', L],
    ['El Paso', 'El Paso', L], // also "the El Paso attack"
    ['Trump', 'Donald Trump', P], // "President Trump"
    ['State Department', STATE, O],
    ['Russian Imperial Movement', RIM, O],
    ['RIM', RIM, O], // "also known as RIM", "RIM’s leaders"
    ['Stanislav Anatolyevich Vorobyev', 'Stanislav Anatolyevich Vorobyev', P],
    ['Denis Valliullovich Gariyev', 'Denis Valliullovich Gariyev', P],
    ['Nikolay Nikolayevich Trushchalov', 'Nikolay Nikolayevich Trushchalov', P],
  ],
  event_dates: [
    // "Last month" (the Christchurch anniversary) and "Today" (the designation) have no date in the body
    // (the Published date comes from other copies, not this text), so they are left out.
    { event: 'Surge in white supremacist terrorism around the world (since 2015)', date: '2015' },
  ],
  attributions: [
    { actor: STATE, action: 'is designating as a Specially Designated Global Terrorist', target_or_event: RIM, according_to: STATE },
    { actor: STATE, action: 'is designating as a Specially Designated Global Terrorist', target_or_event: 'Stanislav Anatolyevich Vorobyev', according_to: STATE },
    { actor: STATE, action: 'is designating as a Specially Designated Global Terrorist', target_or_event: 'Denis Valliullovich Gariyev', according_to: STATE },
    { actor: STATE, action: 'is designating as a Specially Designated Global Terrorist', target_or_event: 'Nikolay Nikolayevich Trushchalov', according_to: STATE },
    { actor: 'Stanislav Anatolyevich Vorobyev', action: 'is one of the leaders of', target_or_event: RIM, according_to: STATE },
    { actor: 'Denis Valliullovich Gariyev', action: 'is one of the leaders of', target_or_event: RIM, according_to: STATE },
    { actor: 'Nikolay Nikolayevich Trushchalov', action: 'is one of the leaders of', target_or_event: RIM, according_to: STATE },
    { actor: 'Donald Trump', action: 'said the nation must condemn racism, bigotry, and white supremacy (after the El Paso attack)', target_or_event: 'El Paso attack', according_to: STATE },
  ],
},
{
  file: '04-voa-2008-suspected-shining-path-attack-peru.txt', mentions: true,
  surfaces: [
    ['Peru', 'Peru', L],
    ['Shining Path', SP, O],
    ['Huancavelica', 'Huancavelica', L], // "the southern Huancavelica province"
    ['Abimael Guzman', 'Abimael Guzmán', P],
  ],
  event_dates: [
    { event: 'Ambush killing 19 people in Huancavelica (late Thursday; the dateline in the address is Friday 2008-10-10)', date: '2008-10-09' },
    { event: 'Shining Path insurgency started', date: '1980' },
    { event: 'Capture and conviction of rebel leader Abimael Guzman', date: '1992' },
  ],
  attributions: [
    { actor: SP, action: 'suspected guerrillas killed 19 people in an ambush', target_or_event: 'ambush on military vehicles in Huancavelica province', according_to: 'the Peruvian military' },
    { actor: SP, action: 'led a brutal insurgency that left tens of thousands of people dead', target_or_event: 'insurgency in Peru (from 1980)', according_to: VOA },
    { actor: 'Abimael Guzmán', action: 'was the rebel leader of', target_or_event: SP, according_to: VOA },
    { actor: SP, action: 'remnants continue to carry out small attacks', target_or_event: 'small attacks in remote coca-producing areas', according_to: VOA },
  ],
},
{
  file: '05-voa-2010-chechen-militant-claims-moscow-bombings.txt', mentions: true,
  surfaces: [
    ['Moscow', 'Moscow', L],
    ['Doku Umarov', 'Doku Umarov', P], // also the photo caption
    ['Umarov', 'Doku Umarov', P],
    ['Chechnya', 'Chechnya', L],
    ['Russia', 'Russia', L],
    ['North Caucasus', 'North Caucasus', L],
    ['Caucasus', 'Caucasus', L], // "civilians in the Caucasus" (named as the text names it)
    ['Federal Security Service', 'Federal Security Service', O],
    ['FSB', 'Federal Security Service', O],
    ['Dagestan', 'Dagestan', L],
    ['Kizlyar', 'Kizlyar', L],
    ['Vladimir Putin', 'Vladimir Putin', P],
    ['Security Council', 'Security Council of Russia', O], // "Russia's Security Council"
    ['Nikolai Patrushev', 'Nikolai Patrushev', P],
    ['Kommersant', 'Kommersant', O], // newspaper cited as the source of Patrushev's words
  ],
  event_dates: [], // Published unknown: "Monday", "Wednesday" and "Last month" have no anchor in the text
  attributions: [
    { actor: 'Doku Umarov', action: 'claimed responsibility for', target_or_event: 'suicide bombings in the Moscow subway system (Monday)', according_to: VOA },
    { actor: 'Doku Umarov', action: 'says he personally ordered', target_or_event: 'suicide bombings in the Moscow subway system', according_to: 'Doku Umarov' },
    { actor: 'Doku Umarov', action: 'leads Islamist militants in', target_or_event: 'Chechnya and nearby regions of the North Caucasus', according_to: VOA },
    { actor: 'Russian security forces', action: 'killing civilians in the Caucasus (the bombings were retaliation for)', target_or_event: 'civilians in the Caucasus', according_to: 'Doku Umarov' },
    { actor: 'Doku Umarov', action: 'said attacks will continue on', target_or_event: 'Russia', according_to: 'Doku Umarov' },
    { actor: 'a single terrorist group', action: 'may be behind', target_or_event: 'the Moscow and Dagestan attacks', according_to: 'Vladimir Putin' },
    { actor: 'two women linked to Islamist insurgents in the southern republics', action: 'carried out', target_or_event: 'Moscow metro bombings', according_to: 'authorities' },
    { actor: 'Doku Umarov', action: "vowed (last month) to take the Islamist battle to Russia's cities", target_or_event: "Russia's cities", according_to: VOA },
    { actor: 'Georgia', action: 'possible involvement (being investigated) in', target_or_event: 'Moscow metro bombings', according_to: 'Nikolai Patrushev' },
  ],
},
{
  file: '06-voa-2016-turkey-blames-ankara-bombing.txt', mentions: true,
  surfaces: [
    ['Turkey', 'Turkey', L],
    ['Ankara', 'Ankara', L], // also "Ankara considers …" (the Turkish government by metonym, as Washington)
    ['VOA News', VOA, O], // byline
    ['United States', US, L],
    ['Ahmet Davutoglu', 'Ahmet Davutoglu', P],
    ['Davutoglu', 'Ahmet Davutoglu', P],
    ['PKK', 'PKK', O], // the text gives no full name (as FARC in holdout4)
    ['Syria', 'Syria', L],
    ['YPG', 'YPG', O],
    ['Washington', 'Washington, D.C.', L], // "In Washington", "Washington's 'steadfast commitment'"
    ['U.S.', US, L], // also inside the titles "deputy U.S. national security adviser", "U.S. Secretary of State"
    ['Ben Rhodes', 'Ben Rhodes', P],
    ['John Kerry', 'John Kerry', P],
    ['Mevlut Cavusoglu', 'Mevlut Cavusoglu', P],
    ['NATO', 'NATO', O],
    ['Islamic State', IS, O],
  ],
  event_dates: [
    { event: "Car bombing in Ankara (Wednesday; \"last night's explosion\" in the Feb. 18, 2016 caption)", date: '2016-02-17' },
    { event: 'The United States says it has yet to determine who launched the attack (Thursday)', date: '2016-02-18' },
  ],
  attributions: [
    { actor: 'a Syrian man with links to Kurdish militia groups', action: 'blamed for', target_or_event: 'Ankara car bombing', according_to: 'Turkey' },
    { actor: 'PKK', action: 'carried out (together with a person who sneaked into Turkey from Syria)', target_or_event: 'Ankara car bombing', according_to: 'Ahmet Davutoglu' },
    { actor: 'the Syrian man (the bomber)', action: 'was a member of', target_or_event: 'YPG', according_to: 'Ahmet Davutoglu' },
    { actor: 'YPG', action: 'is the armed faction of', target_or_event: 'a Syrian Kurdish rebel group', according_to: VOA },
    { actor: 'Turkey', action: 'considers a terrorist organization', target_or_event: 'YPG', according_to: VOA },
    { actor: 'Turkey', action: 'considers a terrorist organization', target_or_event: 'PKK', according_to: VOA },
    { actor: US, action: 'has yet to determine who launched; has "not settled upon assignment of responsibility" for', target_or_event: 'Ankara car bombing', according_to: 'Ben Rhodes' },
    { actor: 'Ben Rhodes', action: 'condemned', target_or_event: 'Ankara car bombing', according_to: VOA },
    { actor: 'John Kerry', action: "expressed Washington's steadfast commitment to its partnership with", target_or_event: 'Turkey', according_to: VOA },
    { actor: 'Ahmet Davutoglu', action: 'appealed for international denunciations of', target_or_event: 'YPG', according_to: VOA },
    { actor: US, action: 'supports (U.S. support for)', target_or_event: 'the Syrian Kurdish fighters (YPG)', according_to: VOA },
    { actor: 'the Syrian Kurdish fighters (YPG)', action: 'are fighting (their battle against)', target_or_event: IS, according_to: VOA },
  ],
},
{
  file: '07-voa-2018-burkina-faso-attacks-jnim-claim.txt', mentions: true,
  surfaces: [
    ['Burkina Faso', 'Burkina Faso', L],
    ['French Embassy', 'French Embassy in Ouagadougou', L], // attack target ("after an attack on the facility"), a venue
    ['Ouagadougou', 'Ouagadougou', L],
    ['Roch Kabore', 'Roch Kabore', P],
    ['France', 'France', L], // "France's embassy"
    ['Group to Support Islam and Muslims', JNIM, O], // the English name the text uses as the group's name (with its acronym)
    ['GSIM', JNIM, O],
    ["Jama'a Nusrat ul-Islam wa'al- Muslimin", JNIM, O], // spacing as stored
    ['JNIM', JNIM, O],
    ['Mauritania', 'Mauritania', L],
    ['Al-Akhbar', 'Al-Akhbar', O], // news agency cited as the source of the claim
    ['al-Qaida', AQ, O],
  ],
  event_dates: [
    { event: 'Coordinated attacks on the French Embassy, cultural center and military headquarters in Ouagadougou (Friday; March 2, 2018 in the caption)', date: '2018-03-02' },
    { event: 'President Kabore urges the public to cooperate with the military (Saturday)', date: '2018-03-03' },
    { event: 'GSIM/JNIM claims responsibility (Saturday)', date: '2018-03-03' },
    { event: 'The group formed (last year)', date: '2017' },
  ],
  attributions: [
    { actor: 'an armed group', action: 'carried out coordinated attacks on', target_or_event: "France's embassy and cultural center and the military headquarters in Ouagadougou", according_to: VOA },
    { actor: JNIM, action: 'claimed responsibility for', target_or_event: 'attacks in Ouagadougou (March 2, 2018)', according_to: 'Al-Akhbar' },
    { actor: JNIM, action: 'is a fusion of three Malian jihadist groups with previous links to', target_or_event: AQ, according_to: VOA },
    { actor: JNIM, action: 'have been behind several high-profile attacks against civilian and military forces', target_or_event: 'high-profile attacks against civilian and military forces since 2017', according_to: VOA },
    { actor: 'Roch Kabore', action: "urged the public to cooperate more closely with the country's military", target_or_event: 'Burkina Faso', according_to: VOA },
  ],
},
{
  file: '08-wikipedia-tarata-bombing.txt', mentions: true,
  surfaces: [
    ['Tarata St.', 'Tarata Street', L], // attack venue
    ['Tarata Street', 'Tarata Street', L],
    ['Tarata', 'Tarata Street', L], // inside "Tarata bombing"
    ['Miraflores District', 'Miraflores', L],
    ['Miraflores', 'Miraflores', L], // also inside "Miraflores bombing"
    ['Lima', 'Lima', L], // also inside "Lima bombing"
    ['Peru', 'Peru', L], // also inside "Internal conflict in Peru"
    ['Banco de Crédito del Perú', 'Banco de Crédito del Perú', O], // the targeted bank, a company (as AMIA in holdout4)
    ['Larco Ave.', 'Avenida Larco', L],
    ['Avenida Larco', 'Avenida Larco', L],
    ['Larco Avenue', 'Avenida Larco', L],
    ['Shining Path', SP, O],
    ['Alberto Fujimori', 'Alberto Fujimori', P],
    ['Abimael Guzmán', 'Abimael Guzmán', P],
    ['Guzmán', 'Abimael Guzmán', P],
    ['Peruvian Communist Party', 'Peruvian Communist Party', O],
  ],
  event_dates: [
    { event: 'Tarata bombing', date: '1992-07-16' },
    { event: 'Capture of Shining Path leader Abimael Guzmán ("on September of the same year")', date: '1992-09' },
  ],
  attributions: [
    { actor: SP, action: 'perpetrator of (infobox)', target_or_event: 'Tarata bombing', according_to: WP },
    { actor: SP, action: 'carried out (terrorist attack by)', target_or_event: 'Tarata bombing', according_to: WP },
    { actor: SP, action: 'began a week-long strike against the government of', target_or_event: 'Peru', according_to: WP },
    { actor: 'Alberto Fujimori', action: 'intensified his crackdown on', target_or_event: 'Peruvian insurgent groups', according_to: WP },
    { actor: 'Abimael Guzmán', action: 'is the leader of', target_or_event: SP, according_to: WP },
    { actor: SP, action: 'is a militant offshoot of', target_or_event: 'Peruvian Communist Party', according_to: WP },
  ],
},
{
  file: '09-wikipedia-2004-madrid-train-bombings.txt', mentions: true,
  surfaces: [
    ['Madrid', 'Madrid', L], // also inside "2004 Madrid train bombings"
    ['Spain', 'Spain', L], // also inside "Terrorism in Spain"
    ['Europe', 'Europe', L],
    ['Atocha station', 'Atocha station', L], // where the trains were bombed (a venue)
    ['Al-Qaeda', AQ, O],
    ['al-Qaeda', AQ, O],
    ['Iraq', 'Iraq', L], // inside "Iraq War"
    ['Lockerbie', 'Lockerbie', L],
    ['Scotland', 'Scotland', L],
    ["Spanish Socialist Workers' Party", "Spanish Socialist Workers' Party", O],
    ['PSOE', "Spanish Socialist Workers' Party", O],
    ['Partido Popular', 'Partido Popular', O],
    ['PP', 'Partido Popular', O],
    ['José María Aznar', 'José María Aznar', P],
  ],
  event_dates: [
    { event: '2004 Madrid train bombings (infobox and lead give the same date; listed once)', date: '2004-03-11' },
    { event: "Spain's general elections (three days after the bombings)", date: '2004-03-14' },
    { event: 'Bombing of Pan Am Flight 103 over Lockerbie', date: '1988' },
  ],
  attributions: [
    { actor: AQ, action: 'perpetrator of (infobox)', target_or_event: '2004 Madrid train bombings', according_to: WP },
    { actor: AQ, action: 'a terrorist cell directed the attacks (found by the official investigation)', target_or_event: '2004 Madrid train bombings', according_to: 'the Spanish judiciary' },
    { actor: AQ, action: 'no direct participation has been established in', target_or_event: '2004 Madrid train bombings', according_to: WP },
    { actor: 'the Spanish miners', action: 'sold the explosives to the terrorists (no role in the planning or implementation)', target_or_event: '2004 Madrid train bombings', according_to: WP },
    { actor: 'Partido Popular', action: 'accused of concealing or distorting evidence for electoral reasons', target_or_event: '2004 Madrid train bombings', according_to: "Spanish Socialist Workers' Party" },
    { actor: "Spanish Socialist Workers' Party", action: 'accused of concealing or distorting evidence for electoral reasons', target_or_event: '2004 Madrid train bombings', according_to: 'Partido Popular' },
    { actor: 'José María Aznar', action: 'incumbent leader of (Aznar\'s PP)', target_or_event: 'Partido Popular', according_to: WP },
  ],
},
{
  file: '10-wikipedia-2016-grand-bassam-shootings.txt', mentions: true,
  surfaces: [
    ['Grand-Bassam', 'Grand-Bassam', L, { loose: true }], // also glued "LocationGrand-Bassam"
    ['Sahel', 'Sahel', L], // inside "Sahel insurgency"
    ['Ivory Coast', 'Ivory Coast', L],
    ['Al-Qaeda in the Islamic Maghreb', AQIM, O, { loose: true }], // also glued "PerpetratorsAl-Qaeda …"
    ['AQIM', AQIM, O],
    ['Al-Mourabitoun', 'Al-Mourabitoun', O],
    ['al-Mourabitoun', 'Al-Mourabitoun', O],
    ['Étoile du Sud hotel', 'Étoile du Sud hotel', L], // attack venue
    ['Agence France-Presse', 'Agence France-Presse', O], // cited as a source
    ['La Paillote Hotel', 'La Paillote Hotel', L], // venue of the shootout
    ['Associated Press', 'Associated Press', O], // "The Associated Press quoted …" (a leading "The" is not part of a span)
    ['US', US, L], // "the US Embassy in Abidjan" (a building, not a venue: not annotated; the country is)
    ['Abidjan', 'Abidjan', L],
    ['U.S.', US, L],
    ['U.S', US, L], // "any U.S [sic] citizens", as stored
    ['Senegal', 'Senegal', L],
  ],
  event_dates: [
    { event: 'Grand-Bassam shootings (infobox and lead give the same date; listed once)', date: '2016-03-13' },
  ],
  attributions: [
    { actor: AQIM, action: 'perpetrator of (infobox)', target_or_event: 'Grand-Bassam shootings', according_to: WP },
    { actor: 'Al-Mourabitoun', action: 'perpetrator of (infobox)', target_or_event: 'Grand-Bassam shootings', according_to: WP },
    { actor: 'three Islamist gunmen', action: 'opened fire at a beach resort in Grand-Bassam', target_or_event: 'Grand-Bassam shootings (13 March 2016)', according_to: WP },
    { actor: 'security forces', action: 'had killed six armed men', target_or_event: 'the attackers in Grand-Bassam', according_to: 'Government officials (quoted by the Associated Press)' },
    { actor: 'the attackers', action: 'no evidence that U.S. citizens were targeted', target_or_event: 'U.S. citizens', according_to: 'the US Embassy in Abidjan' },
    { actor: 'French authorities', action: 'had warned of the danger of a terrorist attack (weeks earlier)', target_or_event: 'Ivory Coast and Senegal', according_to: WP },
    { actor: AQIM, action: 'claimed responsibility for', target_or_event: 'Grand-Bassam shootings', according_to: WP },
    { actor: 'Al-Mourabitoun', action: 'claimed responsibility for', target_or_event: 'Grand-Bassam shootings', according_to: WP },
  ],
},
{
  file: '11-wikipedia-tokyo-subway-sarin-attack.txt', mentions: true,
  surfaces: [
    ['Tokyo', 'Tokyo', L, { loose: true }], // also inside "Tokyo subway", "Tokyo Metro" (a rail system, not annotated) and glued "LocationTokyo", "TargetTokyo"
    ['Japan', 'Japan', L],
    ['Aum Shinrikyo', AUM, O],
    ['Aum', AUM, O], // "the senior Aum management"
    ['Kasumigaseki', 'Kasumigaseki', L],
    ['Nagatachō', 'Nagatachō', L],
    ['Diet', 'National Diet', O], // "the Diet (Japanese parliament)", a state body
    ['Shoko Asahara', 'Shoko Asahara', P],
    ['Asahara', 'Shoko Asahara', P],
    ['Matsumoto', 'Matsumoto', L], // inside "Matsumoto sarin attack"
  ],
  event_dates: [
    { event: 'Tokyo subway sarin attack (lead and infobox give the same date; listed once)', date: '1995-03-20' },
    { event: 'Matsumoto sarin attack ("nine months earlier")', date: '1994-06' },
    { event: 'Police raid scheduled for March 22 (year from the attack)', date: '1995-03-22' },
  ],
  attributions: [
    { actor: AUM, action: 'members of the cult perpetrated', target_or_event: 'Tokyo subway sarin attack', according_to: WP },
    { actor: 'Shoko Asahara', action: 'led', target_or_event: AUM, according_to: WP },
    { actor: AUM, action: 'had already carried out several assassinations and terrorist attacks using sarin, including', target_or_event: 'Matsumoto sarin attack', according_to: WP },
    { actor: AUM, action: 'produced several other nerve agents, including VX, and attempted to produce botulinum toxin', target_or_event: 'nerve agents (VX) and botulinum toxin', according_to: WP },
    { actor: 'Shoko Asahara', action: 'planned (to hinder police investigations into the cult)', target_or_event: 'Tokyo subway sarin attack', according_to: WP },
    { actor: 'Thirteen of the senior Aum management', action: 'were sentenced to death and later executed', target_or_event: 'Tokyo subway sarin attack', according_to: WP },
  ],
},
{
  file: '12-wikipedia-russian-apartment-bombings.txt', mentions: true,
  surfaces: [
    ['Buynaksk', 'Buynaksk', L, { loose: true }], // also glued "LocationBuynaksk"
    ['Moscow', 'Moscow', L],
    ['Volgodonsk', 'Volgodonsk', L],
    ['Gennady Shpigun', 'Gennady Shpigun', P],
    ['Dagestan', 'Dagestan', L], // inside "Invasion of Dagestan" (a place name inside an event name)
    ['Vladimir Putin', 'Vladimir Putin', P],
    ['Duma', 'State Duma', O], // "Russian Duma speaker" (the body inside an office's title, as UN in "UN Secretary-General") and "in the Duma"
    ['Gennadiy Seleznyov', 'Gennadiy Seleznyov', P],
    ['Aslan Maskhadov', 'Aslan Maskhadov', P],
    ['Ryazan', 'Ryazan', L],
    ['Grozny', 'Grozny', L],
    ['FSB', 'Federal Security Service', O],
    ['Nikolay Patrushev', 'Nikolai Patrushev', P], // the same person as doc 05's Nikolai Patrushev
  ],
  event_dates: [
    { event: 'Russian apartment bombings (infobox: 4–16 September 1999)', date: '1999-09-04/1999-09-16' },
    { event: 'Russian apartment bombings (lead: September 1999)', date: '1999-09' },
    { event: 'Kidnapping of Gennady Shpigun by Chechen rebels', date: '1999-03' },
    { event: 'Invasion of Dagestan', date: '1999-08' },
    { event: 'Blast in Buynaksk', date: '1999-09-04' },
    { event: 'Blast in Moscow (9 September)', date: '1999-09-09' },
    { event: 'Blast in Moscow (13 September)', date: '1999-09-13' },
    { event: 'Seleznyov announces in the Duma a report of a bombing in Volgodonsk', date: '1999-09-13' },
    { event: 'Bombing in Volgodonsk', date: '1999-09-16' },
    { event: 'Suspicious device found and defused in an apartment block in Ryazan', date: '1999-09-22' },
    { event: 'Putin praises the inhabitants of Ryazan and orders the air bombing of Grozny ("The next day")', date: '1999-09-23' },
    { event: 'Patrushev announces that the Ryazan incident was an anti-terror drill', date: '1999-09-24' },
  ],
  attributions: [
    { actor: 'Chechen militants', action: 'were blamed for', target_or_event: 'Russian apartment bombings', according_to: WP },
    { actor: 'Chechen militants', action: 'denied responsibility for', target_or_event: 'Russian apartment bombings', according_to: 'Chechen militants' },
    { actor: 'Aslan Maskhadov', action: 'denied responsibility for (along with the Chechen militants)', target_or_event: 'Russian apartment bombings', according_to: 'Aslan Maskhadov' },
    { actor: 'Chechen rebels', action: 'kidnapped', target_or_event: 'Gennady Shpigun', according_to: WP },
    { actor: 'Gennadiy Seleznyov', action: 'announced in the Duma a report that a bombing had just happened (three days before it happened)', target_or_event: 'bombing in Volgodonsk', according_to: WP },
    { actor: 'Vladimir Putin', action: 'ordered the air bombing of', target_or_event: 'Grozny', according_to: WP },
    { actor: 'Federal Security Service', action: 'three FSB agents had planted the devices at Ryazan', target_or_event: 'Ryazan incident', according_to: WP },
    { actor: 'Nikolai Patrushev', action: 'announced was an anti-terror drill (the device contained only sugar)', target_or_event: 'Ryazan incident', according_to: 'Nikolai Patrushev' },
    { actor: 'Nikolai Patrushev', action: 'head of', target_or_event: 'Federal Security Service', according_to: WP },
  ],
},
];
