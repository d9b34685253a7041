// Single-annotator source annotations for the Dossier extraction SIXTEENTH held-out set (eval/holdout16).
// Written blind (Dossier's extractor was not run on these texts, and its code was not read), following the
// annotation rules of eval/extraction/README.md and the boundary choices of eval/holdout/README.md to
// eval/holdout14/README.md (and eval/holdout15/README.md, the only file of that set that was read).
// `node eval/extraction/tools/build_gold.mjs --dir eval/holdout16` turns these into ../gold.json (mention
// offsets by exact string search in JavaScript/UTF-16, then verified).
//
// surfaces: [surface, canonical, type, opts?]  type: organisation|person|place ('none' = blocker span)
//   opts.occ: restrict to these 0-based occurrences of the surface (boundary-valid matches)
//   opts.loose: also match where a letter or digit touches the surface (labels glued to values)
// Longest match wins on overlap; matches must not be preceded/followed by a letter or digit.

const O = 'organisation', P = 'person', L = 'place', N = 'none';

const VOA = 'Voice of America', WP = 'Wikipedia', STATE = 'U.S. Department of State';
const DOJ = 'U.S. Department of Justice', TREAS = 'U.S. Department of the Treasury';
const US = 'United States', UK = 'United Kingdom', AQ = 'al-Qaeda', IS = 'Islamic State';
const UN = 'United Nations', UNSC = 'United Nations Security Council';

const TSARNAEV = 'Dzhokhar Tsarnaev', OTOOLE = "George A. O'Toole";
const BOSTON_BOMBING = 'Boston Marathon bombing (2013)';
const BATASUNA = 'Batasuna', EH = 'Euskal Herritarrok', HB = 'Herri Batasuna', ETA = 'ETA';
const KG = 'Kongra-Gel', PKK = "Kurdistan Workers' Party";
const BAYIK = 'Cemil Bayik', KALKAN = 'Duran Kalkan', KARTAL = 'Remzi Kartal', OK = 'Sabri Ok', UZUN = 'Adem Uzun';
const AQIM = 'al-Qaeda in the Islamic Maghreb', BOKARI = 'Salem Bokari';
const ALEG_KILLING = 'killing of four French tourists near Aleg (2007-12-24)';
const BUS = 'Jerusalem bus bombing';
const AMAQ = 'Amaq News Agency', BERLIN = 'Berlin truck attack (2016-12-19)';
const DRFLA = 'Democratic Revolutionary Front for the Liberation of Arabistan', SAS = 'Special Air Service';
const EMBASSY = 'Iranian Embassy, London', KHUZESTAN = 'Khuzestan Province', SIEGE = 'Iranian Embassy siege (1980)';
const SADAT = 'Anwar Sadat', EIJ = 'Egyptian Islamic Jihad', FARAJ = 'Muhammad Abd al-Salam Faraj';
const ISLAMBULI = 'Khalid Al-Islambuli', ASSASSINATION = 'assassination of Anwar Sadat (1981)';
const PRTC = 'Revolutionary Party of Central American Workers', MCUC = 'Mardoqueo Cruz Urban Commando';
const ZONA_ROSA = 'Zona Rosa, San Salvador', ZR_ATTACK = 'Zona Rosa attack (1985)';
const MURRAH = 'Alfred P. Murrah Federal Building', OKC = 'Oklahoma City bombing (1995)';
const FEMA = 'Federal Emergency Management Agency';
const AL_UMMAH = 'Al Ummah', BASHA = 'S. A. Basha', ADVANI = 'L. K. Advani', COIMBATORE = '1998 Coimbatore bombings';
const MOMBASA_ATTACKS = '2002 Mombasa attacks (2002-11-28)', ARKIA = 'Arkia Airlines';

export const docs = [
{
  file: '01-doj-2015-judge-imposes-death-sentence-for-boston-marathon-bomber.txt', mentions: true,
  surfaces: [
    ['Boston', 'Boston', L], // "Boston Marathon" (title twice, body; a place inside an event's name) and "in Boston" (three times)
    ['Office of Public Affairs', 'Office of Public Affairs (U.S. Department of Justice)', O], // the letterhead office (as holdout15's Office of the Spokesman)
    ['Dzhokhar A. Tsarnaev', TSARNAEV, P],
    ['Tsarnaev', TSARNAEV, P], // four bare mentions
    ['U.S.', US, L], // "U.S. District Judge", "U.S. Attorney" (a country inside an office's title counts)
    ['George A. O’Toole', OTOOLE, P],
    ['Massachusetts', 'Massachusetts', L], // "of the District of Massachusetts" (twice)
    ['Carmen M. Ortiz', 'Carmen M. Ortiz', P],
    ['John P. Carlin', 'John P. Carlin', P],
    ['Leslie R. Caldwell', 'Leslie R. Caldwell', P],
    ['Justice Department', DOJ, O], // "the Justice Department’s Criminal Division"
    ['Criminal Division', 'Criminal Division (U.S. Department of Justice)', O], // a unit
    ['FBI', 'Federal Bureau of Investigation', O],
    ['Boston Division', 'Boston Division (FBI)', O], // a field division (Boston inside it is not separate, as holdout14's San Juan Division)
    ['Vincent B. Lisi', 'Vincent B. Lisi', P],
    ['William B. Evans', 'William B. Evans', P],
    ['Boston Police Department', 'Boston Police Department', O],
    ['Timothy P. Alben', 'Timothy P. Alben', P],
    ['Massachusetts State Police', 'Massachusetts State Police', O],
    ['Daniel J. Kumor', 'Daniel J. Kumor', P],
    ['Bureau of Alcohol, Tobacco, Firearms and Explosives', 'Bureau of Alcohol, Tobacco, Firearms and Explosives', O],
    ['Boston Field Division', 'Boston Field Division (ATF)', O],
    ['Michael Shea', 'Michael Shea', P],
    ['Immigration and Customs Enforcement', 'U.S. Immigration and Customs Enforcement', O],
    ['Homeland Security Investigations', 'Homeland Security Investigations', O],
    ['ICE-HSI', 'Homeland Security Investigations', O],
    ['Forum', 'Forum (restaurant), Boston', L], // where the bomb was planted and detonated (the venue; "restaurant" left out)
    ['Lingzi Lu', 'Lingzi Lu', P],
    ['Martin Richard', 'Martin Richard', P],
    // "Assistant Attorney General for National Security", "Special Agent in Charge", "Commissioner", "Colonel" are
    // titles; "weapons of mass destruction" and "pressure cooker bomb" are weapons.
  ],
  // "on June 24" has no year in the stored text (no date line) and is left out (as holdout14's doc 06 weekdays).
  event_dates: [
    { event: 'Boston Marathon bombing ("the 2013 Boston Marathon")', date: '2013' },
    { event: 'Federal jury in Boston recommended a death sentence ("In May 2014", as written)', date: '2014-05' },
    { event: 'Jury convicted Tsarnaev on all 30 counts', date: '2015-04-08' },
  ],
  attributions: [
    { actor: OTOOLE, action: 'formally sentenced to death and multiple consecutive life sentences', target_or_event: TSARNAEV, according_to: DOJ },
    { actor: TSARNAEV, action: 'sentenced to death for his role in using weapons of mass destruction at', target_or_event: BOSTON_BOMBING, according_to: DOJ },
    { actor: 'a federal jury in Boston', action: 'recommended that he be sentenced to death', target_or_event: TSARNAEV, according_to: DOJ },
    { actor: TSARNAEV, action: 'planted and detonated the pressure cooker bomb in front of the Forum restaurant, killing', target_or_event: 'Lingzi Lu', according_to: DOJ },
    { actor: TSARNAEV, action: 'planted and detonated the pressure cooker bomb in front of the Forum restaurant, killing', target_or_event: 'Martin Richard', according_to: DOJ },
    { actor: TSARNAEV, action: 'convicted on all 30 counts of the indictment over', target_or_event: BOSTON_BOMBING, according_to: DOJ },
  ],
},
{
  file: '02-state-2003-designation-of-batasuna-euskal-herritarrok-and-herri-batasuna.txt', mentions: true,
  surfaces: [
    ['Washington File', 'Washington File', O], // the State Department's news service named as the heading (a choice)
    ['State Department', STATE, O], // heading and twice in the preamble
    ['U.S. Department of State', STATE, O], // the statement's letterhead (U.S. inside it is not separate)
    [BATASUNA, BATASUNA, O],
    ['BATASUNA', BATASUNA, O], // the statement's title in capitals
    ['Euskal\nHerritarrok', EH, O], // broken by the copy's line wrapping
    [EH, EH, O],
    ['EUSKAL HERRITARROK', EH, O],
    [HB, HB, O], // longest match (Batasuna inside it is not separate)
    ['HERRI BATASUNA', HB, O],
    ['ETA', ETA, O], // also "ETA's"
    ['Basque Fatherland and\nLiberty', ETA, O], // the full name, broken by the line wrapping (canonical ETA as holdout7)
    ['Spain', 'Spain', L],
    ['Richard Boucher', 'Richard Boucher', P],
    ['Washington, DC', 'Washington, D.C.', L],
    ['U.S.', US, L], // "U.S. nationals"
    ['United States', US, L],
    // "Basque" is an adjective; Executive Order 13224 is an order; "Secretary of State", "Secretary of the Treasury",
    // "Attorney General", "Secretary of Homeland Security", "Spokesman" are titles.
  ],
  event_dates: [
    { event: 'Designation of Batasuna, Euskal Herritarrok and Herri Batasuna announced (Washington File "07 May 2003"; statement date line "May 7, 2003")', date: '2003-05-07' },
    { event: 'Secretary of State designated ETA under Executive Order 13224 ("in [November] 2001")', date: '2001-11' },
  ],
  attributions: [
    { actor: STATE, action: 'amending the designation of ETA under Executive Order 13224 to add (designated)', target_or_event: BATASUNA, according_to: STATE },
    { actor: STATE, action: 'amending the designation of ETA under Executive Order 13224 to add (designated)', target_or_event: EH, according_to: STATE },
    { actor: STATE, action: 'amending the designation of ETA under Executive Order 13224 to add (designated)', target_or_event: HB, according_to: STATE },
    { actor: EH, action: 'predecessor group of', target_or_event: BATASUNA, according_to: STATE },
    { actor: HB, action: 'predecessor group of', target_or_event: BATASUNA, according_to: STATE },
    { actor: BATASUNA, action: 'associated with; has supported the acts of terrorism in Spain of', target_or_event: ETA, according_to: STATE },
    { actor: EH, action: 'associated with; has supported the acts of terrorism in Spain of', target_or_event: ETA, according_to: STATE },
    { actor: HB, action: 'associated with; has supported the acts of terrorism in Spain of', target_or_event: ETA, according_to: STATE },
    { actor: STATE, action: 'designated (the Secretary of State) under Executive Order 13224 in November 2001', target_or_event: ETA, according_to: STATE },
  ],
},
{
  file: '03-treasury-2011-five-kongra-gel-leaders-designated-narcotics-traffickers.txt', mentions: true,
  surfaces: [
    ['Treasury', TREAS, O], // the title line "Treasury Designates ..."
    ['U.S. Department of the Treasury', TREAS, O],
    ['WASHINGTON', 'Washington, D.C.', L], // the dateline
    [KG, KG, O], // title and nine times in the body (also "Kongra-Gel’s")
    ['Kongra Gel', KG, O], // in the quotation, without the hyphen
    ['Kurdistan Workers’ Party', PKK, O], // the former name, an organisation of its own (the relation is an attribution)
    ['PKK', PKK, O],
    [BAYIK, BAYIK, P],
    [KALKAN, KALKAN, P],
    [KARTAL, KARTAL, P],
    [OK, OK, P],
    [UZUN, UZUN, P],
    ['Europe', 'Europe', L], // three times
    ['State Department', STATE, O],
    ['David S. Cohen', 'David S. Cohen', P],
    ['Iraq', 'Iraq', L], // "northern Iraq"
    // The Foreign Narcotics Kingpin Designation Act / Kingpin Act and Executive Order 13224 are laws and an order;
    // "Specially Designated Narcotics Traffickers", "Specially Designated Global Terrorist" and "Foreign Terrorist
    // Organization" are list designations; "Acting Under Secretary for Terrorism and Financial Intelligence" is a
    // title; "Turkish" is an adjective.
  ],
  // "today" has no date in the stored text (no date line) and is left out.
  event_dates: [
    { event: 'Kongra-Gel named a significant foreign narcotics trafficker under the Kingpin Act', date: '2008-05' },
    { event: 'State Department designated the Kongra-Gel a Specially Designated Global Terrorist', date: '2001' },
    { event: 'State Department designated the Kongra-Gel a Foreign Terrorist Organization', date: '1997' },
    { event: 'Attack that killed seven Turkish soldiers (Duran Kalkan responsible)', date: '2009-12' },
  ],
  attributions: [
    { actor: TREAS, action: 'designated as a Specially Designated Narcotics Trafficker (SDNT) under the Kingpin Act', target_or_event: BAYIK, according_to: TREAS },
    { actor: TREAS, action: 'designated as a Specially Designated Narcotics Trafficker (SDNT) under the Kingpin Act', target_or_event: KALKAN, according_to: TREAS },
    { actor: TREAS, action: 'designated as a Specially Designated Narcotics Trafficker (SDNT) under the Kingpin Act', target_or_event: KARTAL, according_to: TREAS },
    { actor: TREAS, action: 'designated as a Specially Designated Narcotics Trafficker (SDNT) under the Kingpin Act', target_or_event: OK, according_to: TREAS },
    { actor: TREAS, action: 'designated as a Specially Designated Narcotics Trafficker (SDNT) under the Kingpin Act', target_or_event: UZUN, according_to: TREAS },
    { actor: PKK, action: 'former name of (formerly known as)', target_or_event: KG, according_to: TREAS },
    { actor: US, action: 'named (the President) a significant foreign narcotics trafficker under the Kingpin Act', target_or_event: KG, according_to: TREAS },
    { actor: STATE, action: 'designated as a Specially Designated Global Terrorist', target_or_event: KG, according_to: TREAS },
    { actor: STATE, action: 'designated as a Foreign Terrorist Organization', target_or_event: KG, according_to: TREAS },
    { actor: KG, action: 'uses its network to produce, transport, and traffic opiates and cannabis across', target_or_event: 'Europe', according_to: TREAS },
    { actor: BAYIK, action: 'founder and senior military commander of', target_or_event: KG, according_to: TREAS },
    { actor: KALKAN, action: 'founder of; serves on the group’s chairmanship council', target_or_event: KG, according_to: TREAS },
    { actor: KALKAN, action: 'is responsible for an attack that killed seven Turkish soldiers', target_or_event: 'attack that killed seven Turkish soldiers (December 2009)', according_to: TREAS },
    { actor: KARTAL, action: 'leader; the chief operative in Europe of', target_or_event: KG, according_to: TREAS },
    { actor: OK, action: 'senior leader responsible for the finances in Europe of', target_or_event: KG, according_to: TREAS },
    { actor: UZUN, action: 'leader; operates in northern Iraq on behalf of', target_or_event: KG, according_to: TREAS },
    { actor: TREAS, action: 'striking at the heart of (action against its founders, key leaders and sources of funding)', target_or_event: KG, according_to: 'David S. Cohen' },
  ],
},
{
  file: '04-voa-2007-suspected-terrorists-flee-mauritania-after-allegedly-killing-tourists.txt', mentions: true,
  surfaces: [
    ['Mauritania', 'Mauritania', L], // headline and five times ("eastern", "southeastern Mauritania")
    ['al-Qaida of the Magreb', AQIM, O], // as written
    ['Senegal', 'Senegal', L],
    ['Naomi Schwarz', 'Naomi Schwarz', P], // the reporter
    ["VOA's West and Central Africa bureau", VOA, O], // the publisher's bureau (as holdout15's VOA's West Africa Bureau)
    ['Dakar', 'Dakar', L],
    ['National Police', 'National Police (Senegal)', O], // "Senegalese National Police spokesman" (the adjective left out)
    ['Daouda Diop', 'Daouda Diop', P],
    ['Diop', 'Daouda Diop', P],
    ['Mali', 'Mali', L],
    ['Burkina Faso', 'Burkina Faso', L],
    ['Aleg', 'Aleg', L],
    [BOKARI, BOKARI, P],
    ['Bokari', BOKARI, P], // "he says" aside, "said Bokari"
    ['al-Qaida in the North of Africa', AQIM, O], // the journalist's name for the group
    // "Mauritanian", "Senegalese", "French", "Algerian" are adjectives; "Mercedes" is a car; "Police say" and
    // "Authorities say" are generic.
  ],
  event_dates: [
    { event: 'Four French tourists killed and a fifth wounded near Aleg ("on Monday afternoon"; the story is dated 2007-12-26 by its address)', date: '2007-12-24' },
  ],
  attributions: [
    { actor: 'Three Mauritanians', action: 'said to have links to', target_or_event: AQIM, according_to: VOA },
    { actor: 'Three Mauritanians', action: 'alleged to have killed four French tourists and severely wounded a fifth', target_or_event: ALEG_KILLING, according_to: VOA },
    { actor: 'Three Mauritanians', action: 'believed to have fled from Mauritania to', target_or_event: 'Senegal', according_to: VOA },
    { actor: 'Three men with guns', action: 'pulled up in a black Mercedes, demanded money, and then shot all five', target_or_event: ALEG_KILLING, according_to: 'authorities' },
    { actor: 'a different set of suspects', action: 'the police turned their attention to suspects with ties to an Algerian terrorist organization', target_or_event: AQIM, according_to: BOKARI },
    { actor: AQIM, action: 'the attack is terrorist, made by very dangerous elements belonging to (the Mauritanian investigation is convinced)', target_or_event: ALEG_KILLING, according_to: BOKARI },
  ],
},
{
  file: '05-voa-2016-bus-blast-in-jerusalem-wounds-21-israel-cites-terrorism.txt', mentions: true,
  surfaces: [
    ['Jerusalem', 'Jerusalem', L], // headline, lead and three more
    ['Israel', 'Israel', L], // headline "Israel Cites Terrorism", "Israel proper"
    ['Benjamin Netanyahu', 'Benjamin Netanyahu', P],
    [UN, UN, O], // "United Nations headquarters"
    ['New York', 'New York City', L],
    ['Security Council', UNSC, O],
    ['Middle East', 'Middle East', L],
    ['Danny Danon', 'Danny Danon', P],
    ['Riyad Mansour', 'Riyad Mansour', P],
    ['Mansour', 'Riyad Mansour', P],
    ['West Bank', 'West Bank', L],
    // "Israeli police", "the Palestinian government", "the Council president" and "Israeli authorities" hold
    // adjectives or are generic; "Israeli", "Palestinian(s)" are demonyms; "Prime Minister" and "envoy" are titles.
  ],
  // "Monday" has no date in the stored text and is left out.
  event_dates: [
    { event: 'Series of knife attacks by Palestinians on Israeli civilians and security officials ("since October 2015")', date: '2015-10' },
  ],
  attributions: [
    { actor: 'those terrorists', action: 'linked the blast to terrorism ("We will settle accounts with those terrorists")', target_or_event: BUS, according_to: 'Benjamin Netanyahu' },
    { actor: 'the Palestinian government', action: 'accused of paying the families of suicide bombers and other terrorists', target_or_event: 'suicide bombers and other terrorists', according_to: 'Danny Danon' },
    { actor: 'Palestinian officials', action: 'accused of promoting violence by labeling such attackers as martyrs and naming streets after them (glorifying terrorism)', target_or_event: 'such attackers', according_to: 'Danny Danon' },
    { actor: 'Israel', action: 'killing thousands of Palestinian children ("Shame on you")', target_or_event: 'Palestinian children', according_to: 'Riyad Mansour' },
    { actor: 'Israel', action: 'called occupiers and colonizers (the Israelis)', target_or_event: 'Palestinian people', according_to: 'Riyad Mansour' },
    { actor: 'Palestinians', action: 'a series of knife attacks on Israeli civilians and security officials in Israel and the occupied West Bank', target_or_event: 'Israeli civilians and security officials', according_to: VOA },
  ],
},
{
  file: '06-voa-2016-is-boasts-berlin-truck-attack-as-police-release-lone-suspect.txt', mentions: true,
  surfaces: [
    ['IS', IS, O], // headline "IS Boasts ..."
    ['Berlin', 'Berlin', L], // headline (a place inside the event's name), two captions twice each, lead
    ['Germany', 'Germany', L], // in the captions (four times)
    [IS, IS, O], // "Islamic State extremists"
    ['Amaq', AMAQ, O], // "the group's Amaq news agency", the outlet that carried the claim ("news agency" left out)
    ['Breitscheidplatz', 'Breitscheidplatz', L], // the square of the attacked market ("square" left out)
    ['Kurfuerstendamm', 'Kurfürstendamm', L], // as written
    ["Chief Federal Prosecutor's Office", "Chief Federal Prosecutor's Office (Germany)", O],
    ['Angela Merkel', 'Angela Merkel', P],
    ['Kaiser Wilhelm Memorial Church', null, N], // a landmark building near the attack site, not the attacked venue (not annotated)
    // "German police", "the German capital" hold adjectives; "Pakistani" is a demonym; "Crusader coalition" is
    // the claim's phrase, not a named body; "Chancellor" is a title.
  ],
  event_dates: [
    { event: 'Truck attack on the Christmas market in Berlin (captions "Dec. 19, 2016" and "one day after" Dec. 20, 2016)', date: '2016-12-19' },
    { event: 'Islamic State claimed responsibility ("Tuesday", the day after the Monday attack)', date: '2016-12-20' },
    { event: 'A lone suspect captured ("Monday evening")', date: '2016-12-19' },
  ],
  attributions: [
    { actor: IS, action: 'claimed responsibility (posted on the website of its Amaq news agency) for', target_or_event: BERLIN, according_to: AMAQ },
    { actor: IS, action: 'said the attack was carried out in response to a call for targeting citizens of the Crusader coalition', target_or_event: BERLIN, according_to: AMAQ },
    { actor: AMAQ, action: 'news agency of (the group\'s Amaq news agency)', target_or_event: IS, according_to: VOA },
  ],
},
{
  file: '07-wikipedia-1980-iranian-embassy-siege.txt', mentions: true,
  surfaces: [
    ['Iranian Embassy', EMBASSY, L], // the seized embassy (venue), also inside the event's name (infobox, lead)
    ['Iranian embassy', EMBASSY, L], // "stormed the Iranian embassy"
    [KHUZESTAN, KHUZESTAN, L],
    ['Khuzestan', KHUZESTAN, L], // "Arab separatism in Khuzestan", "prisoners in Khuzestan"
    ["Prince's Gate", "Prince's Gate", L], // the embassy's street (infobox "16 Prince's Gate", lead)
    ['South Kensington', 'South Kensington', L],
    ['London', 'London', L],
    ['England', 'England', L],
    [DRFLA, DRFLA, O], // Arabistan inside the name is not separate
    ['DRFLA', DRFLA, O],
    ['Oan Ali Mohammed', 'Oan Ali Mohammed', P],
    ['SAS', SAS, O], // "SAS soldiers", "SAS soldier", "(SAS)", "cleared the SAS"
    [SAS, SAS, O], // "The British Special Air Service" (the adjective left out)
    ['Metropolitan Police', 'Metropolitan Police', O], // "Metropolitan Police officers"
    ['United Kingdom', UK, L],
    ['Britain', UK, L],
    // "Iranian Arabs" is an ethnic group; "British government", "British television" hold adjectives; "Operation
    // Nimrod" is an operation's name; the bare "Embassy recaptured" (infobox Result) and "the embassy" are generic.
  ],
  event_dates: [
    { event: 'Iranian Embassy siege (infobox "30 April – 5 May 1980"; lead the same)', date: '1980-04-30/1980-05-05' },
    { event: 'Gunmen killed a hostage; the SAS raid ("By the sixth day of the siege ... That evening")', date: '1980-05-05' },
  ],
  attributions: [
    { actor: DRFLA, action: 'belligerent (infobox Combatant2)', target_or_event: SIEGE, according_to: WP },
    { actor: 'Oan Ali Mohammed', action: 'commander (infobox Commander2)', target_or_event: SIEGE, according_to: WP },
    { actor: 'a group of six armed men', action: 'stormed the Iranian embassy and took 26 people hostage', target_or_event: SIEGE, according_to: WP },
    { actor: 'The gunmen', action: 'campaigning for sovereignty of', target_or_event: KHUZESTAN, according_to: WP },
    { actor: 'The gunmen', action: 'demanded the release of prisoners in Khuzestan and their own safe passage out of the United Kingdom', target_or_event: SIEGE, according_to: WP },
    { actor: 'the gunmen', action: 'killed a hostage and threw his body out of the embassy', target_or_event: SIEGE, according_to: WP },
    { actor: SAS, action: 'initiated Operation Nimrod, rescued all but one of the remaining hostages and killed five of the six hostage-takers', target_or_event: SIEGE, according_to: WP },
    { actor: 'The sole remaining gunman', action: 'served 27 years in prison in Britain', target_or_event: SIEGE, according_to: WP },
  ],
},
{
  file: '08-wikipedia-1981-assassination-of-anwar-sadat.txt', mentions: true,
  surfaces: [
    [SADAT, SADAT, P], // title line, infobox (three times), lead
    ['Sadat', SADAT, P], // "Sadat bodyguards", "Sadat's" (six times)
    ['Cairo', 'Cairo', L],
    ['Egypt', 'Egypt', L], // infobox, "President of Egypt" (a country inside an office's title), "Egypt's" twice, "In Egypt"
    [EIJ, EIJ, O], // infobox, lead, background (Egypt inside the name is not separate)
    [FARAJ, FARAJ, P],
    [ISLAMBULI, ISLAMBULI, P],
    ['Hussein Abbas Mohammed', 'Hussein Abbas Mohammed', P],
    ['Atta Tayel Hemeida', 'Atta Tayel Hemeida', P],
    ['Abdel-Hamad Abdel-Salem Abdel-Aal', 'Abdel-Hamad Abdel-Salem Abdel-Aal', P],
    ['Israel', 'Israel', L],
    ['Egyptian Army', 'Egyptian Army', O],
    ['Suez Canal', 'Suez Canal', L],
    [US, US, L],
    ['Camp David Accords', null, N], // an agreement's name (not annotated, as holdout4's Good Friday Agreement)
    ['Egypt–Israel Peace Treaty', null, N], // a treaty's name (not annotated)
    ['Arab League', 'Arab League', O],
    ['PLO', 'Palestine Liberation Organization', O], // "PLO Leader Yasser Arafat"
    ['Yasser Arafat', 'Yasser Arafat', P],
    ["al-Jama'a al-Islamiyya", "al-Jama'a al-Islamiyya", O],
    // "Yom Kippur War" and "the 1973 war" hold no place name; "Egyptian", "Palestinian(s)", "Arab", "Islamic" are
    // adjectives; "the Egyptian president" is generic; "Dfens" is an infobox label.
  ],
  event_dates: [
    { event: 'Anwar Sadat assassinated during the annual victory parade in Cairo', date: '1981-10-06' },
    { event: 'The 1973 war (Egyptian Army crossed the Suez Canal)', date: '1973' },
    { event: 'Egypt–Israel Peace Treaty', date: '1979' },
    { event: 'Egypt reinstated in the Arab League', date: '1989' },
  ],
  attributions: [
    { actor: EIJ, action: 'perpetrators (infobox "Perpetrators")', target_or_event: ASSASSINATION, according_to: WP },
    { actor: FARAJ, action: 'perpetrator (infobox "Perpetrators", "namely")', target_or_event: ASSASSINATION, according_to: WP },
    { actor: ISLAMBULI, action: 'led the assassination squad (infobox "Perpetrators")', target_or_event: ASSASSINATION, according_to: WP },
    { actor: ISLAMBULI, action: 'assailant (infobox "Assailants")', target_or_event: ASSASSINATION, according_to: WP },
    { actor: FARAJ, action: 'assailant (infobox "Assailants")', target_or_event: ASSASSINATION, according_to: WP },
    { actor: 'Hussein Abbas Mohammed', action: 'assailant (infobox "Assailants")', target_or_event: ASSASSINATION, according_to: WP },
    { actor: 'Atta Tayel Hemeida', action: 'assailant (infobox "Assailants")', target_or_event: ASSASSINATION, according_to: WP },
    { actor: 'Abdel-Hamad Abdel-Salem Abdel-Aal', action: 'assailant (infobox "Assailants")', target_or_event: ASSASSINATION, according_to: WP },
    { actor: EIJ, action: 'members undertook the assassination', target_or_event: ASSASSINATION, according_to: WP },
    { actor: 'Islamic nationalists, anti-imperialists, and pro-Palestinian groups', action: 'assassination likely stemmed from (opposed to Sadat’s peace initiative; the motive has been debated)', target_or_event: ASSASSINATION, according_to: WP },
    { actor: 'Egyptian Army', action: 'crossed at the beginning of the Yom Kippur War (1973)', target_or_event: 'Suez Canal', according_to: WP },
    { actor: 'Arab League', action: 'suspended the membership of (until 1989)', target_or_event: 'Egypt', according_to: WP },
    { actor: 'Yasser Arafat', action: 'PLO Leader (leader of)', target_or_event: 'Palestine Liberation Organization', according_to: WP },
    { actor: 'Yasser Arafat', action: 'said "Let them sign what they like. False peace will not last." of', target_or_event: 'Egypt–Israel Peace Treaty (1979)', according_to: WP },
    { actor: EIJ, action: 'used to rally support for their cause', target_or_event: 'Camp David Accords', according_to: WP },
    { actor: "al-Jama'a al-Islamiyya", action: 'used to rally support for their cause', target_or_event: 'Camp David Accords', according_to: WP },
    { actor: "Egypt's Islamists", action: 'publicly called for the overthrow of', target_or_event: SADAT, according_to: WP },
  ],
},
{
  file: '09-wikipedia-1985-zona-rosa-attacks.txt', mentions: true,
  surfaces: [
    ['Zona Rosa', ZONA_ROSA, L], // "The Zona Rosa attack" (a place inside the event's name), "the Zona Rosa nightclub area", '"Zona Rosa"'
    ['San Salvador', 'San Salvador', L],
    ['El Salvador', 'El Salvador', L],
    ['United States Marines', 'United States Marine Corps', O], // "four United States Marines" (the bare "Marines" later is generic)
    [US, US, L], // "two United States businessmen", "the United States offered"
    ["Central American Revolutionary Workers' Party", PRTC, O],
    ['PRTC', PRTC, O],
    [MCUC, MCUC, O], // the person's name inside it is not a person mention
    ['CMC', MCUC, O],
    ['U.S.', US, L], // "$100,000 U.S. dollars" (attributive)
    ['Américo Mauro Araujo', 'Américo Mauro Araujo', P],
    ['Communist Party', 'Communist Party of El Salvador', O], // "a high-ranking Salvadoran Communist Party official" (the adjective left out)
    ["Chili's", "Chili's restaurant (Zona Rosa)", L], // where the Marines were shot (the venue; "restaurant" left out)
    ['San Benito', 'San Benito, San Salvador', L], // "the San Benito district"
    ['Bobby J. Dickson', 'Bobby J. Dickson', P],
    ['Gregory Weber', 'Gregory Weber', P],
    ['Thomas T. Handwork', 'Thomas T. Handwork', P],
    ['Patrick R. Kwiatkowski', 'Patrick R. Kwiatkowski', P],
    ['United States Embassy', null, N], // a building other than the attacked venue (not annotated, with the country inside)
    // "Salvadoran", "Guatemalan", "Chilean" are adjectives and demonyms; the Combat Terrorism Act is a law;
    // "Staff Sergeant" and "Sergeant" are titles.
  ],
  event_dates: [
    { event: 'Zona Rosa attack ("approximately 21:30 on June 19, 1985")', date: '1985-06-19' },
    { event: 'United States offered a reward under the Combat Terrorism Act', date: '1985-07' },
    { event: 'Salvadoran government had arrested four men ("By September 1985")', date: '1985-09' },
  ],
  attributions: [
    { actor: 'gunmen dressed as Salvadoran soldiers', action: 'conducted the attack (twelve people killed)', target_or_event: ZR_ATTACK, according_to: WP },
    { actor: PRTC, action: 'claimed responsibility for', target_or_event: ZR_ATTACK, according_to: WP },
    { actor: MCUC, action: 'claimed responsibility for', target_or_event: ZR_ATTACK, according_to: WP },
    { actor: MCUC, action: 'terrorist arm of', target_or_event: PRTC, according_to: WP },
    { actor: US, action: 'offered a reward of $100,000 for information leading to the conviction of the attackers of', target_or_event: ZR_ATTACK, according_to: WP },
    { actor: 'Américo Mauro Araujo', action: 'high-ranking official of', target_or_event: 'Communist Party of El Salvador', according_to: WP },
    { actor: 'Seven others', action: 'were involved in the attack (not apprehended)', target_or_event: ZR_ATTACK, according_to: WP },
  ],
},
{
  file: '10-piglix-1995-oklahoma-city-bombing.txt', mentions: true,
  surfaces: [
    ['Oklahoma City', 'Oklahoma City', L], // the heading and title line (a place inside the event's name), lead twice
    ['Oklahoma City, Oklahoma', 'Oklahoma City', L], // infobox Location (a US city with its state is one span)
    ['Oklahoma', 'Oklahoma', L], // "the U.S. state of Oklahoma"
    [US, US, L], // "Part of Terrorism in the United States"
    ['U.S.', US, L], // infobox "Oklahoma, U.S.", "U.S. federal government", lead "U.S. state"
    [MURRAH, MURRAH, L], // the bombed building (venue): two caption lines, infobox Location, lead
    ['Timothy McVeigh', 'Timothy McVeigh', P],
    ['Terry Nichols', 'Terry Nichols', P],
    ['Ruby Ridge', 'Ruby Ridge', L], // "the Ruby Ridge and Waco sieges" (places inside events' names)
    ['Waco', 'Waco, Texas', L],
    [FEMA, FEMA, O],
    ['FEMA', FEMA, O],
    ['Urban Search and Rescue Task Forces', 'Urban Search and Rescue Task Forces (FEMA)', O], // FEMA's named units
    // "ANNM truck bomb" and "Glock 21" are weapons; "CDT" and "UTC-05:00" are time zones.
  ],
  event_dates: [
    { event: 'Oklahoma City bombing (infobox "April 19, 1995 ... (1995-04-19)"; lead the same)', date: '1995-04-19' },
  ],
  attributions: [
    { actor: 'Timothy McVeigh', action: 'perpetrator (infobox "Perpetrators")', target_or_event: OKC, according_to: WP },
    { actor: 'Terry Nichols', action: 'perpetrator (infobox "Perpetrators")', target_or_event: OKC, according_to: WP },
    { actor: 'Timothy McVeigh', action: 'carried out the bombing of the Alfred P. Murrah Federal Building', target_or_event: OKC, according_to: WP },
    { actor: 'Terry Nichols', action: 'carried out the bombing of the Alfred P. Murrah Federal Building', target_or_event: OKC, according_to: WP },
    { actor: FEMA, action: 'activated eleven of its Urban Search and Rescue Task Forces (665 rescue workers) in the wake of', target_or_event: OKC, according_to: WP },
  ],
},
{
  file: '11-wikipedia-1998-coimbatore-bombings.txt', mentions: true,
  surfaces: [
    ['Coimbatore', 'Coimbatore', L], // title lines, infobox, lead (also in "1997 Coimbatore riots": places inside events' names)
    ['Tamil Nadu', 'Tamil Nadu', L],
    ['India', 'India', L],
    ['L.K. Advani', ADVANI, P],
    ['L.K Advani', ADVANI, P], // infobox Motive, as written
    ['L.K.Advani', ADVANI, P], // lead, as written
    ['Al Umma', AL_UMMAH, O], // infobox Perpetrators
    [AL_UMMAH, AL_UMMAH, O], // infobox Perps and three times in the lead
    ['S. A. Basha', BASHA, P],
    ['S A Basha', BASHA, P],
    ['Army', 'Indian Army', O], // "bomb disposal squads of the Army"
    ['National Security Guards', 'National Security Guards', O],
    ['Tamil Nadu Commando School', 'Tamil Nadu Commando School', O], // Tamil Nadu inside it is not separate
    ['Selvaraj', 'Selvaraj', P],
    ['Bharatiya Janata Party', 'Bharatiya Janata Party', O],
    ['P.R. Gokulakrishnan', 'P. R. Gokulakrishnan', P], // "Justice" is a title
    ['Tamil Nadu Assembly', 'Tamil Nadu Legislative Assembly', O],
    // "Muslims", "Hindus", "Hindu", "Islamist", "Islamic" are religions and adjectives; "UTC+05:30" is a time zone.
  ],
  event_dates: [
    { event: '1998 Coimbatore bombings (infobox "1998-02-14"; lead "Saturday, 14 February 1998")', date: '1998-02-14' },
    { event: '1997 Coimbatore riots ("November – December the previous year")', date: '1997-11/1997-12' },
    { event: 'Judicial committee formed under Justice P.R. Gokulakrishnan', date: '2000-04-07' },
    { event: 'Committee tabled its final report in the Tamil Nadu Assembly', date: '2000-05-18' },
  ],
  attributions: [
    { actor: AL_UMMAH, action: 'perpetrator (infobox "Perpetrators" and "Perps")', target_or_event: COIMBATORE, according_to: WP },
    { actor: BASHA, action: 'perpetrator (infobox "Perpetrators")', target_or_event: COIMBATORE, according_to: WP },
    { actor: 'Hindu fundamentalists groups', action: 'killed 18 Muslims and 2 Hindus and looted several thousands of properties of Muslims', target_or_event: '1997 Coimbatore riots', according_to: WP },
    { actor: 'a member of the radical Islamist group Al Ummah', action: 'murdered the traffic policeman', target_or_event: 'Selvaraj', according_to: WP },
    { actor: BASHA, action: 'was found to be the main conspirator of', target_or_event: COIMBATORE, according_to: WP },
    { actor: BASHA, action: 'founder of', target_or_event: AL_UMMAH, according_to: WP },
    { actor: AL_UMMAH, action: 'the blasts were part of a larger conspiracy to target (at his election meeting; infobox Target)', target_or_event: ADVANI, according_to: 'Investigators' },
    { actor: ADVANI, action: 'leader of', target_or_event: 'Bharatiya Janata Party', according_to: WP },
    { actor: AL_UMMAH, action: 'was responsible for the attacks (confirmed by the judicial committee)', target_or_event: COIMBATORE, according_to: 'judicial committee under P. R. Gokulakrishnan' },
  ],
},
{
  file: '12-piglix-2002-mombasa-attacks.txt', mentions: true,
  surfaces: [
    ['Mombasa', 'Mombasa', L], // title row (a place inside the event's name), map caption, infobox, lead (six times)
    ['Arkia', ARKIA, O], // caption "Arkia had two Boeing 757s", "The Arkia charter company"
    [ARKIA, ARKIA, O],
    ['Kenya', 'Kenya', L],
    [AQ, AQ, O], // infobox Perpetrators
    ['Paradise Hotel', 'Paradise Hotel (Mombasa)', L], // the bombed hotel (venue), twice
    ['Israel', 'Israel', L], // "from Israel", "Israel-based" (attributive)
    ['Moi International Airport', 'Moi International Airport', L], // where the targeted plane took off
    ['Tel Aviv', 'Tel Aviv', L],
    ['Changamwe', 'Changamwe', L], // "the Changamwe area of Mombasa"
    // "Boeing 757" and "Hercules" are aircraft, "Strela 2 (SA-7)" a weapon; "Israeli", "Kenyan(s)" are adjectives
    // and demonyms; "Kenyan police" is generic; "Hanukkah" is a religious holiday.
  ],
  event_dates: [
    { event: '2002 Mombasa attacks (infobox "28 November 2002"; lead the same)', date: '2002-11-28' },
  ],
  attributions: [
    { actor: AQ, action: 'perpetrators (infobox "Perpetrators")', target_or_event: MOMBASA_ATTACKS, according_to: WP },
    { actor: 'attackers', action: 'fired two surface-to-air missiles at an Israeli charter plane (of Arkia Airlines, taking off from Moi International Airport)', target_or_event: ARKIA, according_to: WP },
  ],
},
];
