// Single-annotator source annotations for the Dossier extraction THIRTEENTH held-out set (eval/holdout13).
// Written blind (Dossier's extractor was not run on these texts, and its code was not read), following the
// annotation rules of eval/extraction/README.md and the boundary choices of eval/holdout/README.md to
// eval/holdout12/README.md (holdout12 by its README and annotation source only; its documents and gold were not
// opened).
// `node eval/extraction/tools/build_gold.mjs --dir eval/holdout13` turns these into ../gold.json (mention
// offsets by exact string search in JavaScript/UTF-16, then verified).
//
// surfaces: [surface, canonical, type, opts?]  type: organisation|person|place ('none' = blocker span)
//   opts.occ: restrict to these 0-based occurrences of the surface (boundary-valid matches)
//   opts.loose: also match where a letter or digit touches the surface (labels glued to values)
// Longest match wins on overlap; matches must not be preceded/followed by a letter or digit.

const O = 'organisation', P = 'person', L = 'place';

const VOA = 'Voice of America', WP = 'Wikipedia', STATE = 'U.S. Department of State';
const DOJ = 'U.S. Department of Justice', HO = 'Home Office';
const US = 'United States', UK = 'United Kingdom', AQ = 'al-Qaeda', IS = 'Islamic State';
const FBI = 'Federal Bureau of Investigation', DC = 'Washington, D.C.';
const BADAWI = 'Jamal al-Badawi', QUSO = 'Fahd al-Quso', ASHCROFT = 'John Ashcroft';
const AAB = 'Abdallah Azzam Brigades', MHB = 'Marwan Hadid Brigades', NUSRA = 'al-Nusrah Front';
const NA = 'National Action';
const CPP = "Cambodian People's Party", KNP = 'Khmer Nation Party', SRP = 'Sam Rainsy Party';
const NTJ = 'National Towheed Jamaath', JMI = 'Jamathei Millathu Ibrahim', SIRISENA = 'Maithripala Sirisena';
const DFLP = 'Democratic Front for the Liberation of Palestine', NETIV = 'Netiv Meir Elementary School';
const JRA = 'Japanese Red Army', PFLP = 'Popular Front for the Liberation of Palestine';
const EOKA = 'EOKA', GRIVAS = 'George Grivas', TUPA = 'Tupamaros', SENDIC = 'Raúl Sendic';
const MEIN = 'John Gordon Mein', FAR = 'Rebel Armed Forces';

const COLE = 'bombing of the USS Cole in the harbor of Aden (2000)';
const SULLIVANS = 'attempted attack on the USS The Sullivans in Aden (January 2000)';
const CHECKPOINT = 'June 2014 suicide bombing at a checkpoint in Lebanon';
const BEIRUTCAR = 'June 2014 car bombing near Beirut';
const GRENADE = 'grenade attack on the Khmer Nation Party rally in Phnom Penh (30 March 1997)';
const EASTER = 'Easter Sunday bombings of churches and hotels in Sri Lanka (2019)';
const MAALOT = "Ma'alot massacre (1974)";
const LAJU = 'Laju incident (attack on the Pulau Bukom refinery and ferry hijacking, 1974)';
const BAKU1 = 'first Baku Metro bombing ("20 January" station, 19 March 1994)';
const BAKU2 = 'second Baku Metro bombing (between "28 May" and "Ganjlik", 3 July 1994)';
const MEINKILL = 'assassination of John Gordon Mein (Guatemala City, 1968)';

export const docs = [
{
  file: '01-doj-2003-uss-cole-bombing-indictment.txt', mentions: true,
  surfaces: [
    ['WASHINGTON, D.C.', DC, L], // dateline
    ['John Ashcroft', ASHCROFT, P],
    ['Michael Chertoff', 'Michael Chertoff', P],
    ['Criminal Division', 'Criminal Division', O], // as eval/holdout doc 02
    ['FBI', FBI, O],
    ['Robert Mueller', 'Robert Mueller', P],
    ['U.S.', US, L], // "U.S. Attorney" (a country inside an office's title, as holdout10), "U.S. nationals", "U.S. naval vessel", "U.S. navy ships"
    ['James Comey', 'James Comey', P],
    ['Southern District of New York', 'Southern District of New York', L], // judicial district (as eval/holdout's Eastern District of Virginia); New York inside it is not separate
    ['Manhattan', 'Manhattan', L],
    ['al Qaeda', AQ, O], // three times ("al Qaeda’s October 2000 attack", "al Qaeda associates", "al Qaeda operative")
    ['Aden', 'Aden', L], // five times
    ['Yemen', 'Yemen', L], // twice
    ['Jamal Ahmed Mohammed Ali Al-Badawi', BADAWI, P],
    ['Badawi', BADAWI, P], // twice, bare
    ['Fahd al-Quso', QUSO, P],
    ['Usama bin Laden', 'Osama bin Laden', P],
  ],
  // The USS Cole and the USS The Sullivans are ships (vehicles are not annotated); "Yemeni" and "American" are adjectives.
  // "last month" (the escape) is left out (relative, as holdout10 and holdout11).
  event_dates: [
    { event: 'Indictment of Badawi and Quso announced ("today", the release\'s date line)', date: '2003-05-15' },
    { event: 'Attack on the USS Cole in the harbor of Aden ("October 2000", "On Oct. 12, 2000")', date: '2000-10-12' },
    { event: 'Attempted attack on the USS The Sullivans', date: '2000-01' },
    { event: 'Conspirators engineered the plot to attack U.S. navy ships in Aden ("in mid-1999")', date: '1999' },
  ],
  attributions: [
    { actor: AQ, action: 'carried out (al Qaeda’s October 2000 attack on the USS Cole)', target_or_event: COLE, according_to: DOJ },
    { actor: BADAWI, action: 'indicted for plotting (50 counts of terrorism offenses)', target_or_event: COLE, according_to: DOJ },
    { actor: QUSO, action: 'indicted for plotting (50 counts of terrorism offenses)', target_or_event: COLE, according_to: DOJ },
    { actor: BADAWI, action: 'charged with attempting with co-conspirators to attack', target_or_event: SULLIVANS, according_to: DOJ },
    { actor: BADAWI, action: 'alleged to be a longtime associate of', target_or_event: AQ, according_to: DOJ },
    { actor: QUSO, action: 'alleged to be a longtime associate of', target_or_event: AQ, according_to: DOJ },
    { actor: 'Suicide terrorists', action: 'detonated the bomb alongside', target_or_event: COLE, according_to: DOJ },
    { actor: 'conspirators', action: 'engineered a plot to conduct an attack on U.S. navy ships in Aden', target_or_event: COLE, according_to: 'the indictment' },
    { actor: BADAWI, action: 'a key operative in Aden (recruited by members of Usama bin Laden’s inner circle) of', target_or_event: AQ, according_to: 'the indictment' },
    { actor: BADAWI, action: 'helped procure safehouses and obtained the attack boat, trailer and truck for', target_or_event: COLE, according_to: 'the indictment' },
  ],
},
{
  file: '02-state-abdallah-azzam-brigades-designation-amendment.txt', mentions: true,
  surfaces: [
    ['Washington, DC', DC, L], // dateline
    ['Department of State', STATE, O], // twice; bare "The Department" (twice) is a generic reference and is left out
    [AAB, AAB, O],
    ['AAB', AAB, O], // also "AAB’s"
    [MHB, MHB, O], // twice (a designated alias: its own organisation, the alias relation an attribution)
    ['Marwan Hadid Brigade', MHB, O], // the singular alias, one canonical with the plural
    ['U.S.', US, L], // "U.S. public", "U.S. jurisdiction", "U.S. persons", "U.S. financial system", "U.S. agencies"
    ['Lebanon', 'Lebanon', L], // twice
    ['Beirut', 'Beirut', L],
    ['Syria', 'Syria', L], // twice
    [NUSRA, NUSRA, O],
  ],
  // The amendment itself carries no date in the stored text ("today’s actions"); the Immigration and Nationality
  // Act and Executive Order 13224 are laws and orders (not annotated).
  event_dates: [
    { event: 'Original designation of the Abdallah Azzam Brigades as an FTO', date: '2012' },
    { event: 'AAB suicide bombing at a checkpoint in Lebanon', date: '2014-06' },
    { event: 'AAB car bombing near Beirut', date: '2014-06' },
  ],
  attributions: [
    { actor: STATE, action: 'has maintained and amended the designation as a Foreign Terrorist Organization (FTO) of', target_or_event: AAB, according_to: STATE },
    { actor: STATE, action: 'has amended the designation as a Specially Designated Global Terrorist (SDGT) of', target_or_event: AAB, according_to: STATE },
    { actor: MHB, action: 'is an alias of (added to the designations; AAB operates in Syria under the name)', target_or_event: AAB, according_to: STATE },
    { actor: AAB, action: 'carried out', target_or_event: CHECKPOINT, according_to: STATE },
    { actor: AAB, action: 'carried out', target_or_event: BEIRUTCAR, according_to: STATE },
    { actor: MHB, action: 'has carried out attacks jointly with', target_or_event: NUSRA, according_to: STATE },
    { actor: MHB, action: 'has engaged in terrorist training at a camp in Syria', target_or_event: 'terrorist training camp in Syria', according_to: STATE },
    { actor: US, action: 'designated as an FTO and SDGT (the FTO and SDGT al-Nusrah Front)', target_or_event: NUSRA, according_to: STATE },
  ],
},
{
  file: '03-uk-home-office-2016-national-action-proscribed.txt', mentions: true,
  surfaces: [
    [NA, NA, O], // headline and body, eight times
    ['UK', UK, L], // headline, "branches across the UK"
    ['Parliament', 'Parliament of the United Kingdom', O], // "laid in Parliament" (as holdout8 and holdout9)
    ['Houses of Parliament', 'Parliament of the United Kingdom', O], // "debates in the Houses of Parliament" (the chambers, one canonical)
    ['Jo Cox', 'Jo Cox', P], // "Jo Cox’s murder", "Jo Cox MP" (MP is a title)
    ['Amber Rudd', 'Amber Rudd', P],
    ['Britain', UK, L],
    ['Thomas Mair', 'Thomas Mair', P],
    ['Northern Ireland', 'Northern Ireland', L],
  ],
  // The Terrorism Act 2000 is a law (not annotated); "Home Secretary" is a title.
  event_dates: [
    { event: 'National Action proscribed (the order came into effect "today"; the page\'s "Published 16 December 2016")', date: '2016-12-16' },
    { event: 'Order to proscribe National Action laid in Parliament ("on Monday (12 December)")', date: '2016-12-12' },
    { event: 'National Action established', date: '2013' },
  ],
  attributions: [
    { actor: UK, action: 'proscribed as a terrorist organisation (the first extreme right-wing group banned)', target_or_event: NA, according_to: HO },
    { actor: 'Amber Rudd', action: 'took the decision to proscribe', target_or_event: NA, according_to: HO },
    { actor: NA, action: 'is concerned in terrorism (the assessment behind the proscription)', target_or_event: 'terrorism', according_to: HO },
    { actor: NA, action: 'promoted and encouraged acts of terrorism after', target_or_event: 'murder of Jo Cox', according_to: HO },
    { actor: NA, action: 'is a racist, antisemitic and homophobic organisation which stirs up hatred, glorifies violence and promotes a vile ideology', target_or_event: 'hatred and violence', according_to: 'Amber Rudd' },
    { actor: 'Thomas Mair', action: 'was convicted and sentenced for the murder of', target_or_event: 'Jo Cox', according_to: HO },
  ],
},
{
  file: '04-voa-khmer-2009-fbi-report-links-ruling-party-to-grenade-attack.txt', mentions: true,
  surfaces: [
    ['FBI', FBI, O], // headline and body, eight times (also inside the quoted “an FBI failure”)
    ['US', US, L], // "the US Federal Bureau of Investigation" (attributive country name)
    ['Federal Bureau of Investigation', FBI, O],
    ['Cambodian People’s Party', CPP, O],
    ['CPP', CPP, O], // twice
    ['Sam Rainsy', 'Sam Rainsy', P], // twice (and inside the party's name, which is one organisation span)
    [SRP, SRP, O],
    ['Cambodia Daily', 'The Cambodia Daily', O], // a newspaper cited as a source ("released to the English-language Cambodia Daily")
    ['Daily', 'The Cambodia Daily', O], // "the Daily reported" (the newspaper's short name, cited)
    ['Hun Sen', 'Hun Sen', P], // twice
    [KNP, KNP, O],
    ['VOA Khmer', 'VOA Khmer', O], // the publisher's service, named as the interviewer
    ['Funcinpec', 'Funcinpec', O],
    ['Khieu Sopheak', 'Khieu Sopheak', P],
    ['Ministry of Interior', 'Ministry of Interior (Cambodia)', O], // (qualified as holdout2's 'Ministry of Interior (Pakistan)')
  ],
  // "Cambodian police" is an adjective with a generic noun; "Freedom of Information request" is a procedure.
  // "the March 30 rally" takes its year from "an opposition rally in 1997".
  event_dates: [
    { event: 'Grenade attack on the opposition rally ("in 1997", "the March 30 rally")', date: '1997-03-30' },
  ],
  attributions: [
    { actor: CPP, action: 'involvement in the grenade attack indicated by a declassified FBI report', target_or_event: GRENADE, according_to: FBI },
    { actor: 'security forces loyal to then second prime minister Hun Sen', action: 'evidence pointed to the involvement of', target_or_event: GRENADE, according_to: FBI },
    { actor: 'Hun Sen’s bodyguard unit', action: 'possible collusion with the attackers in', target_or_event: GRENADE, according_to: FBI },
    { actor: 'Cambodian police at the scene', action: 'advance knowledge of', target_or_event: GRENADE, according_to: FBI },
    { actor: 'some criminals with an order from the top', action: 'threw hand grenades into the rally', target_or_event: GRENADE, according_to: 'Sam Rainsy' },
    { actor: 'those in power today', action: 'are behind', target_or_event: GRENADE, according_to: 'Sam Rainsy' },
    { actor: KNP, action: 'organized the rally (to demand an independent judiciary)', target_or_event: 'the March 30 rally', according_to: VOA },
    { actor: KNP, action: 'is the precursor of', target_or_event: SRP, according_to: VOA },
    { actor: 'Ministry of Interior (Cambodia)', action: 'dismissed the report, calling the abortive investigation an FBI failure', target_or_event: 'FBI report on the grenade attack', according_to: 'Khieu Sopheak' },
  ],
},
{
  file: '05-voa-2019-sri-lankan-police-enter-hq-of-group-blamed-for-easter-attacks.txt', mentions: true,
  surfaces: [
    ['Sri Lanka', 'Sri Lanka', L], // three times ("Sri Lankan" is an adjective and does not match)
    ['Kalmunai', 'Kalmunai', L],
    ['Colombo', 'Colombo', L], // "Colombo declared" (the capital for the government, as the dev set's Washington)
    [NTJ, NTJ, O],
    ['NTJ', NTJ, O], // three times
    ['Kattankudy', 'Kattankudy', L],
    [SIRISENA, SIRISENA, P],
    ['Sirisena', SIRISENA, P], // twice
    [JMI, JMI, O],
    ['JMI', JMI, O],
    ['Ranjith', 'Malcolm Ranjith', P], // the cardinal, named by surname only (full name from the world, as holdout11's Juliana)
    ['Ranil Wickremesinghe', 'Ranil Wickremesinghe', P],
    [IS, IS, O],
  ],
  // Dates: the story's "Sunday" is 2019-04-28 (the caption dates the overnight gunbattle Apr. 27, 2019, a Saturday);
  // "Easter Sunday" of 2019 is 21 April; the ban ("On Saturday", "A day after") and the clash ("Saturday") are 27 April.
  event_dates: [
    { event: 'Easter Sunday explosions at churches and luxury hotels', date: '2019-04-21' },
    { event: 'NTJ and JMI declared terror groups and banned by President Sirisena ("On Saturday")', date: '2019-04-27' },
    { event: 'Clash with Sri Lankan security forces in Kalmunai that killed fifteen ("Saturday", caption Apr. 27, 2019)', date: '2019-04-27' },
    { event: 'Police entered the NTJ headquarters in Kattankudy ("Sunday")', date: '2019-04-28' },
  ],
  attributions: [
    { actor: NTJ, action: 'believed to be behind', target_or_event: EASTER, according_to: VOA },
    { actor: NTJ, action: 'was believed to have been the main group behind', target_or_event: EASTER, according_to: 'Security officials' },
    { actor: JMI, action: 'suspected of carrying out', target_or_event: EASTER, according_to: VOA },
    { actor: 'Sri Lanka', action: 'declared a terror group', target_or_event: NTJ, according_to: VOA },
    { actor: SIRISENA, action: 'formally outlawed (banned under his emergency powers)', target_or_event: NTJ, according_to: VOA },
    { actor: SIRISENA, action: 'formally outlawed (banned under his emergency powers)', target_or_event: JMI, according_to: VOA },
    { actor: IS, action: 'claimed responsibility for', target_or_event: EASTER, according_to: IS },
    { actor: IS, action: 'says its men blew themselves up in the clash with Sri Lankan security forces', target_or_event: 'clash with Sri Lankan security forces in Kalmunai', according_to: IS },
  ],
},
{
  file: '06-voa-2003-us-announces-indictments-for-uss-cole-attack.txt', mentions: true,
  surfaces: [
    ['US', US, L], // headline "US Announces"
    ['U.S. Navy', 'United States Navy', O], // "the U.S. Navy destroyer Cole", "another U.S. Navy ship" (the country inside the name stays part of it)
    ['U.S.', US, L], // "U.S. law enforcement officials", "U.S. sailors"
    ['al-Qaida', AQ, O], // three times
    [ASHCROFT, ASHCROFT, P],
    ['Ashcroft', ASHCROFT, P], // "Mr. Ashcroft", "Attorney General Ashcroft"
    ['Washington', DC, L], // "a Washington news conference"
    ['Yemen', 'Yemen', L], // twice
    ['Jamal Ahmed Mohammad Ali al-Badawi', BADAWI, P],
    ['al-Badawi', BADAWI, P],
    ['Bedawi', BADAWI, P], // the quotation's spelling
    ['Fahd al-Quso', QUSO, P],
    ['al-Quso', QUSO, P],
    ['Quso', QUSO, P], // twice, bare
    ['Afghanistan', 'Afghanistan', L],
    ['Osama bin Laden', 'Osama bin Laden', P],
    ['Arabian peninsula', 'Arabian Peninsula', L],
    ['FBI', FBI, O],
    ['Aden', 'Aden', L], // twice
    ['United States', US, L], // "The United States alleges in its indictment"
    ['New York', 'New York', L], // "a federal court in New York"
  ],
  // "Cole" and "USS The Sullivans" are ships (not annotated); the headline's HTML tags are as stored.
  // "last month" and "10 months before the Cole bombing" are relative and left out.
  event_dates: [
    { event: 'Indictments announced (the headline\'s date)', date: '2003-05-15' },
    { event: 'al-Qaida attack on the U.S. Navy destroyer Cole ("in 2000")', date: '2000' },
    { event: 'Badawi and Quso trained in al-Qaida camps in Afghanistan ("in the 1990s")', date: '1990/1999' },
  ],
  attributions: [
    { actor: AQ, action: 'carried out (the al-Qaida terrorist attack on the U.S. Navy destroyer Cole)', target_or_event: COLE, according_to: VOA },
    { actor: BADAWI, action: 'indicted on 50 criminal charges for alleged role in', target_or_event: COLE, according_to: ASHCROFT },
    { actor: QUSO, action: 'indicted on 50 criminal charges for alleged role in', target_or_event: COLE, according_to: ASHCROFT },
    { actor: BADAWI, action: 'alleged to be a longtime terrorist associate of (trained in its camps)', target_or_event: AQ, according_to: ASHCROFT },
    { actor: QUSO, action: 'alleged to be a longtime terrorist associate of (trained in its camps)', target_or_event: AQ, according_to: ASHCROFT },
    { actor: BADAWI, action: 'helped to find safe houses for the terrorists in Aden for', target_or_event: COLE, according_to: ASHCROFT },
    { actor: QUSO, action: 'planned to videotape', target_or_event: COLE, according_to: ASHCROFT },
    { actor: BADAWI, action: 'plotted to bomb (with al-Quso)', target_or_event: SULLIVANS, according_to: 'the indictments' },
    { actor: QUSO, action: 'plotted to bomb (with al-Badawi)', target_or_event: SULLIVANS, according_to: 'the indictments' },
  ],
},
{
  file: '07-wikipedia-1974-maalot-massacre.txt', mentions: true,
  surfaces: [
    ["Ma'alot", "Ma'alot", L], // heading, infobox, lead, section (also inside "Ma'alot massacre": a place name inside an event's name)
    ['South Lebanon', 'South Lebanon', L], // "the Palestinian insurgency in South Lebanon"
    ['Israel', 'Israel', L], // three times ("Israelis", "Israeli" do not match)
    ['Netiv Meir elementary school', NETIV, L], // infobox "Target" (the attacked school, an attack venue)
    ['Netiv Meir Elementary School', NETIV, L],
    ['DFLP', DFLP, O], // infobox "3 DFLP gunmen", lead twice
    [DFLP, DFLP, O],
    ['Lebanon', 'Lebanon', L], // "from Lebanon" ("Lebanese" is an adjective)
    ['Safad', 'Safad', L],
    ['Damascus', 'Damascus', L],
    ['Sayeret Matkal', 'Sayeret Matkal', O], // the army unit
    ['Galilee', 'Galilee', L],
    ['Morocco', 'Morocco', L],
    ['Tunisia', 'Tunisia', L],
  ],
  // "Gadna" (a pre-military programme, used attributively) is not annotated; "Palestinian", "Israeli Arab", "Jewish" are adjectives.
  event_dates: [
    { event: "Ma'alot massacre (\"on 14–15 May 1974\")", date: '1974-05-14/1974-05-15' },
    { event: 'Hostages taken at the Netiv Meir Elementary School ("in the early hours of 15 May 1974")', date: '1974-05-15' },
    { event: 'Sayeret Matkal stormed the building ("On 15 May")', date: '1974-05-15' },
    { event: "Ma'alot founded as a development town", date: '1957' },
  ],
  attributions: [
    { actor: DFLP, action: 'perpetrators (infobox: 3 DFLP gunmen)', target_or_event: MAALOT, according_to: WP },
    { actor: DFLP, action: 'three armed members infiltrated Israel from Lebanon and carried out', target_or_event: MAALOT, according_to: WP },
    { actor: 'the hostage-takers', action: 'issued demands for the release of 23 Palestinian militants and 3 others from Israeli prisons', target_or_event: 'Israel', according_to: WP },
    { actor: DFLP, action: 'set the 18:00 deadline for killing the hostages', target_or_event: MAALOT, according_to: WP },
    { actor: 'Sayeret Matkal', action: 'stormed the building', target_or_event: NETIV, according_to: WP },
    { actor: 'the hostage-takers', action: 'killed children with grenades and automatic weapons', target_or_event: MAALOT, according_to: WP },
  ],
},
{
  file: '08-wikipedia-1974-laju-incident.txt', mentions: true,
  surfaces: [
    ['Pulau Bukom', 'Pulau Bukom', L], // infobox, lead, heading, body (the attacked island)
    ['Singapore', 'Singapore', L], // five times ("Singaporean" is an adjective)
    ['Eastern Anchorage', 'Eastern Anchorage', L],
    ['Shell', 'Shell', O], // "Shell oil refinery complex" (the company's name used attributively, as holdout12's "the Morgan building")
    [JRA, JRA, O],
    ['JRA', JRA, O],
    [PFLP, PFLP, O],
    ['PFLP', PFLP, O],
    ['Middle East', 'Middle East', L],
    ['Esso', 'Esso', O],
    ['Slagentangen', 'Slagentangen', L],
    ['Tønsberg', 'Tønsberg', L],
    ['Norway', 'Norway', L],
    ['South Vietnam', 'South Vietnam', L],
  ],
  // "Laju" is the ferryboat (vehicles are not annotated); "UTC+8" is a time zone; "Norwegian" an adjective.
  event_dates: [
    { event: 'Laju incident: attack on the Pulau Bukom refinery and hijacking (lead and body, once)', date: '1974-01-31' },
    { event: 'Norwegian authorities raised a public terror alarm', date: '1973' },
  ],
  attributions: [
    { actor: JRA, action: 'perpetrators (infobox)', target_or_event: LAJU, according_to: WP },
    { actor: PFLP, action: 'perpetrators (infobox)', target_or_event: LAJU, according_to: WP },
    { actor: JRA, action: 'two armed members attacked the Shell oil refinery complex and hijacked the ferryboat Laju', target_or_event: LAJU, according_to: WP },
    { actor: PFLP, action: 'two armed members attacked the Shell oil refinery complex and hijacked the ferryboat Laju', target_or_event: LAJU, according_to: WP },
    { actor: 'The group behind the attack-plan', action: 'originally intended to attack an Esso oil refinery', target_or_event: 'Esso oil refinery at Slagentangen', according_to: WP },
    { actor: 'Singapore', action: 'provided the militants safe passage to the Middle East in exchange for the hostages', target_or_event: LAJU, according_to: WP },
  ],
},
{
  file: '09-wikipedia-1994-baku-metro-bombings.txt', mentions: true,
  surfaces: [
    ['Baku Metro', 'Baku Metro', L, { loose: true }], // heading, glued "TargetBaku Metro", lead, "The work of Baku Metro" (the attacked metro, an attack venue; Baku inside it is not separate)
    ['Baku', 'Baku', L, { loose: true }], // glued "LocationBaku"
    ['Azerbaijan', 'Azerbaijan', L],
    ['20 January', '20 January (Baku Metro station)', L], // the attacked station, twice
    ['28 May', '28 May (Baku Metro station)', L], // twice
    ['Ganjlik', 'Ganjlik (Baku Metro station)', L], // twice
    ['Sadval', 'Sadval', O],
    ['Oktay Gurbanov', 'Oktay Gurbanov', P],
    ['Rafig Babayev', 'Rafig Babayev', P],
  ],
  // "Lezghin" and "Azeri" are adjectives; "Azeri intelligence authorities" is generic.
  event_dates: [
    { event: 'First bombing, "20 January" station (infobox and body, once)', date: '1994-03-19' },
    { event: 'Second bombing, between "28 May" and "Ganjlik" (infobox and body, once)', date: '1994-07-03' },
  ],
  attributions: [
    { actor: 'Sadval', action: 'assumed responsibility for', target_or_event: '1994 Baku Metro bombings', according_to: WP },
    { actor: 'Oktay Gurbanov', action: 'immediate perpetrator (killed) of', target_or_event: BAKU1, according_to: WP },
    { actor: 'Eleven indirect perpetrators of the first attack', action: 'were charged (two sentenced to life imprisonment, nine to 15 years) for', target_or_event: BAKU1, according_to: WP },
    { actor: 'The lone perpetrator of the second attack', action: 'was sentenced to life imprisonment for', target_or_event: BAKU2, according_to: WP },
  ],
},
{
  file: '10-wikipedia-eoka.txt', mentions: true,
  surfaces: [
    [EOKA, EOKA, O], // heading, infobox title, lead
    ['Εθνική Οργάνωσις Κυπρίων Αγωνιστών', EOKA, O], // the Greek name, twice
    ['National Organisation of Cypriot Fighters', EOKA, O], // twice
    ['Ethniki Organosis Kyprion Agoniston', EOKA, O],
    [GRIVAS, GRIVAS, P],
    ['Grigoris Afxentiou', 'Grigoris Afxentiou', P],
    ['British Cyprus', 'British Cyprus', L], // the colony (Cyprus inside it is not separate)
    ['Kingdom of Greece', 'Kingdom of Greece', L], // a state (as holdout12's Empire of Japan)
    ['United Kingdom', UK, L],
    ['TMT', 'Turkish Resistance Organisation', O],
    ['AKEL', 'AKEL', O],
    ['Black Gang', 'Black Gang', O],
    ['9 September Front', '9 September Front', O],
    ['Cyprus', 'Cyprus', L], // also inside "Cyprus Emergency" (a place name inside an event's name) and "archbishop of Cyprus"
    ['Greece', 'Greece', L],
    ['Eastern Mediterranean', 'Eastern Mediterranean', L],
    ['Ottoman Empire', 'Ottoman Empire', L],
    ['British empire', 'British Empire', L],
    ['Ioannis Kapodistrias', 'Ioannis Kapodistrias', P],
  ],
  // "Greek Cypriot", "Turkish", "British rule", "Greek nationalism", "Russo-Turkish War", "Greek War of Independence"
  // hold adjectives only; Enosis and the Megali idea are ideas.
  event_dates: [
    { event: "EOKA's dates of operation (infobox)", date: '1955/1959' },
    { event: 'Cyprus conquered by the Ottoman Empire ("from 1571")', date: '1571' },
    { event: 'Cyprus handed to the British empire', date: '1878-06-04' },
    { event: 'Greek War of Independence began; the archbishop of Cyprus and bishops beheaded', date: '1821' },
    { event: 'Ioannis Kapodistrias asked for the union of Cyprus with Greece', date: '1828' },
  ],
  attributions: [
    { actor: GRIVAS, action: 'leader of (infobox)', target_or_event: EOKA, according_to: WP },
    { actor: 'Grigoris Afxentiou', action: 'leader of (infobox)', target_or_event: EOKA, according_to: WP },
    { actor: 'Kingdom of Greece', action: 'ally of (infobox)', target_or_event: EOKA, according_to: WP },
    { actor: UK, action: 'opponent of (infobox)', target_or_event: EOKA, according_to: WP },
    { actor: 'Turkish Resistance Organisation', action: 'opponent of (infobox)', target_or_event: EOKA, according_to: WP },
    { actor: 'AKEL', action: 'opponent of (infobox)', target_or_event: EOKA, according_to: WP },
    { actor: 'Black Gang', action: 'opponent of (infobox)', target_or_event: EOKA, according_to: WP },
    { actor: '9 September Front', action: 'opponent of (infobox)', target_or_event: EOKA, according_to: WP },
    { actor: EOKA, action: 'fought a guerrilla campaign for the end of British rule in Cyprus and union with Greece', target_or_event: 'British rule in Cyprus', according_to: WP },
    { actor: 'Ottoman Empire', action: 'conquered', target_or_event: 'Cyprus', according_to: WP },
    { actor: 'Ottoman Empire', action: 'beheaded (the Ottoman colonial administration) the archbishop of Cyprus, his archdeacon and three bishops', target_or_event: 'archbishop of Cyprus', according_to: WP },
  ],
},
{
  file: '11-piglix-tupamaros.txt', mentions: true,
  surfaces: [
    [TUPA, TUPA, O], // heading, infobox lines, lead
    ['National Liberation Movement', TUPA, O], // "Tupamaros - National Liberation Movement" (the infobox title)
    ['Movimiento de Liberación Nacional - Tupamaros', TUPA, O],
    ['Movimiento de Liberación Nacional-Tupamaros', TUPA, O],
    ['Tupamaros National Liberation Movement', TUPA, O],
    ['MLN-T', TUPA, O], // twice
    ['Tupamaro', TUPA, O], // "The Tupamaro movement", twice
    [SENDIC, SENDIC, P], // infobox, lead
    ['Sendic', SENDIC, P], // "founded by Sendic"
    ['Eleuterio Fernández Huidobro', 'Eleuterio Fernández Huidobro', P],
    ['Héctor Amodio Pérez', 'Héctor Amodio Pérez', P],
    ['Henry Engler', 'Henry Engler', P],
    ['Mauricio Rosencof', 'Mauricio Rosencof', P],
    ['Uruguay', 'Uruguay', L], // infobox, lead twice
    ['José Mujica', 'José Mujica', P],
    ['Túpac Amaru II', 'Túpac Amaru II', P],
    ['Viceroyalty of Peru', 'Viceroyalty of Peru', L],
    ['Movimiento de Apoyo al Campesino', 'Movimiento de Apoyo al Campesino', O],
    ['Peasant Support Movement', 'Movimiento de Apoyo al Campesino', O],
    ['Socialist Party of Uruguay', 'Socialist Party of Uruguay', O], // Uruguay inside the party's name is not separate
    ['Montevideo', 'Montevideo', L],
    ['Jorge Pacheco', 'Jorge Pacheco', P],
  ],
  // "Ideology Communism" is an ideology; "The government" is generic.
  event_dates: [
    { event: 'Dates of operation (infobox)', date: '1967/1972' },
    { event: 'Active as an urban guerrilla group ("in the 1960s and 1970s")', date: '1960/1979' },
    { event: 'Túpac Amaru II led a revolt against the Viceroyalty of Peru', date: '1780' },
    { event: 'Robberies of banks, gun clubs and businesses ("in the early 1960s")', date: '1960/1969' },
    { event: 'President Jorge Pacheco enforced a state of emergency', date: '1968-06' },
  ],
  attributions: [
    { actor: SENDIC, action: 'leader of (infobox)', target_or_event: TUPA, according_to: WP },
    { actor: 'Eleuterio Fernández Huidobro', action: 'leader of (infobox)', target_or_event: TUPA, according_to: WP },
    { actor: 'Héctor Amodio Pérez', action: 'leader of (infobox)', target_or_event: TUPA, according_to: WP },
    { actor: 'Henry Engler', action: 'leader of (infobox)', target_or_event: TUPA, according_to: WP },
    { actor: 'Mauricio Rosencof', action: 'leader of (infobox)', target_or_event: TUPA, according_to: WP },
    { actor: SENDIC, action: 'is its most important leader', target_or_event: TUPA, according_to: WP },
    { actor: 'José Mujica', action: 'was a member of', target_or_event: TUPA, according_to: WP },
    { actor: TUPA, action: 'originated in the union of the Movimiento de Apoyo al Campesino, trade unions and cells of the Socialist Party of Uruguay', target_or_event: 'Movimiento de Apoyo al Campesino', according_to: WP },
    { actor: TUPA, action: 'staged the robbing of banks, gun clubs and other businesses', target_or_event: 'banks, gun clubs and other businesses in Montevideo', according_to: WP },
    { actor: TUPA, action: 'engaged in political kidnappings, armed propaganda and assassinations', target_or_event: 'political kidnappings and assassinations', according_to: WP },
    { actor: 'The government', action: 'imprisoned political dissidents, used torture during interrogations and repressed demonstrations', target_or_event: 'political dissidents', according_to: WP },
  ],
},
{
  file: '12-wikipedia-1968-john-gordon-mein.txt', mentions: true,
  surfaces: [
    [MEIN, MEIN, P], // heading, infobox title, lead, body
    ['Mein', MEIN, P], // bare, several times
    ['United States', US, L], // inside "United States Ambassador to Guatemala" (a country inside an office's title) and "the first United States ambassador"
    ['Guatemala', 'Guatemala', L], // "Guatemalan" does not match
    ['Guatemala City', 'Guatemala City', L], // twice (Guatemala inside it is not separate)
    ['Lyndon B. Johnson', 'Lyndon B. Johnson', P],
    ['John O. Bell', 'John O. Bell', P],
    ['Nathaniel Davis', 'Nathaniel Davis', P],
    ['Washington, D.C.', DC, L],
    ['U.S.', US, L], // "Washington, D.C., U.S.", "U.S.-backed", "U.S. consulate", "U.S. officials"
    ['US', US, L], // "the US Embassy" (the building is not annotated; the country inside it is)
    ['Cadiz, Kentucky', 'Cadiz, Kentucky', L],
    ['Kentucky', 'Kentucky', L], // "Georgetown College in Kentucky"
    ['Georgetown College', 'Georgetown College', O],
    ['George Washington University', 'George Washington University', O],
    ['American University', 'American University', O],
    ['Foreign Service', 'United States Foreign Service', O],
    ['Rio de Janeiro', 'Rio de Janeiro', L], // twice
    ['Rome', 'Rome', L],
    ['Oslo', 'Oslo', L],
    ['Jakarta', 'Jakarta', L],
    ['Manila', 'Manila', L], // twice
    ['Office of Southwest Pacific Affairs', 'Office of Southwest Pacific Affairs', O],
    ['National War College', 'National War College', O],
    [FAR, FAR, O],
    ['FAR', FAR, O], // twice
    ['Avenida Reforma', 'Avenida Reforma', L], // the street where he was shot (the attack site)
  ],
  // "Rock Creek Cemetery" (a burial place, not an attack venue) and "the US Embassy", "the U.S. consulate" (buildings)
  // are not annotated; the Meritorious Honor Award is an award; "Guatemalan Civil War" and "Guatemalan coup d'état"
  // hold an adjective only.
  event_dates: [
    { event: 'John Gordon Mein born (infobox and lead, once)', date: '1913-09-10' },
    { event: 'Mein in office as Ambassador to Guatemala (infobox)', date: '1965-09-22/1968-08-28' },
    { event: 'Mein shot and killed in Guatemala City (infobox, lead and body, once)', date: '1968-08-28' },
    { event: 'Mein joined the Foreign Service', date: '1942' },
    { event: 'Mein attended the National War College ("From 1953 to 1954")', date: '1953/1954' },
    { event: 'Mein assigned as Deputy Chief of Mission in Rio de Janeiro', date: '1963-01-20' },
    { event: 'Mein presented with the Meritorious Honor Award', date: '1959' },
    { event: 'Guatemalan coup d\'état after which U.S.-backed state terrorism started', date: '1954' },
  ],
  attributions: [
    { actor: FAR, action: 'rebels belonging to it shot and killed', target_or_event: MEINKILL, according_to: WP },
    { actor: FAR, action: 'intended to kidnap him in order to negotiate an exchange', target_or_event: MEIN, according_to: 'U.S. officials' },
    { actor: US, action: 'alleged backing of state terrorism (forced disappearances and massacres) in Guatemala', target_or_event: 'state terrorism in Guatemala', according_to: WP },
  ],
},
];
