// Single-annotator source annotations for the Dossier extraction FIFTEENTH held-out set (eval/holdout15).
// Written blind (Dossier's extractor was not run on these texts, and its code was not read), following the
// annotation rules of eval/extraction/README.md and the boundary choices of eval/holdout/README.md to
// eval/holdout13/README.md (holdout14 by its README only; its documents, gold and annotation source were not
// opened).
// `node eval/extraction/tools/build_gold.mjs --dir eval/holdout15` turns these into ../gold.json (mention
// offsets by exact string search in JavaScript/UTF-16, then verified).
//
// surfaces: [surface, canonical, type, opts?]  type: organisation|person|place ('none' = blocker span)
//   opts.occ: restrict to these 0-based occurrences of the surface (boundary-valid matches)
//   opts.loose: also match where a letter or digit touches the surface (labels glued to values)
// Longest match wins on overlap; matches must not be preceded/followed by a letter or digit.

const O = 'organisation', P = 'person', L = 'place';

const VOA = 'Voice of America', WP = 'Wikipedia', STATE = 'U.S. Department of State';
const DOJ = 'U.S. Department of Justice';
const US = 'United States', AQ = 'al-Qaeda', DC = 'Washington, D.C.', OBL = 'Osama bin Laden';
const IMU = 'Islamic Movement of Uzbekistan', YULDASHEV = 'Tohir Yuldashev';
const CPPNPA = "Communist Party of the Philippines/New People's Army", CPP = 'Communist Party of the Philippines';
const NPA = "New People's Army", POWELL = 'Colin Powell';
const RESSAM = 'Ahmed Ressam', LAX = 'Los Angeles International Airport';
const ABUHAFZ = 'Brigades of the Martyr Abu Hafz al-Masri', AKSU = 'Abdul Kadir Aksu';
const AQIM = 'al-Qaeda in the Islamic Maghreb', GSPC = 'Salafist Group for Preaching and Combat';
const MNJ = 'Niger Movement for Justice', KRISKA = 'El Kontchi Kriska';
const BSO = 'Black September Organization', NOEL = 'Cleo A. Noel Jr.', MOORE = 'George Curtis Moore';
const LETELIER = 'Orlando Letelier', PINOCHET = 'Augusto Pinochet', ALLENDE = 'Salvador Allende';
const IJO = 'Islamic Jihad Organization', MNF = 'Multinational Force in Lebanon';
const PIRA = 'Provisional Irish Republican Army', THATCHER = 'Margaret Thatcher';
const PLF = 'Palestine Liberation Front', PLO = 'Palestine Liberation Organization', ARAFAT = 'Yasser Arafat';
const MRTA = 'Túpac Amaru Revolutionary Movement';

const TASHKENT = 'car bombings in Tashkent (1999)';
const CLIMBERS = 'hostage-taking of four American mountain climbers (August 2000)';
const PLOT = 'plot to bomb Los Angeles International Airport (December 1999, the "Millennium" plot)';
const SYN = 'twin suicide truck bombings of two Istanbul synagogues (15 November 2003)';
const ALG = 'suicide car bombings of the prime minister\'s office in Algiers and a police station in Bab Ezzouar (11 April 2007)';
const AGADEZ = 'two rebel attacks on electricity companies in the Agadez region (9 August 2007)';
const KHARTOUM = 'attack on the Saudi Embassy in Khartoum (1 March 1973)';
const LETKILL = 'assassination of Orlando Letelier by car bombing (Washington, D.C., 21 September 1976)';
const BEIRUT = '1983 Beirut barracks bombings';
const BRIGHTON = 'Brighton hotel bombing (Grand Hotel, 12 October 1984)';
const LAURO = 'Achille Lauro hijacking (October 1985)';
const JAPEMB = 'Japanese embassy hostage crisis (Lima, 1996–1997)';

export const docs = [
{
  file: '01-state-2000-islamic-movement-of-uzbekistan-fact-sheet.txt', mentions: true,
  surfaces: [
    ['U.S. DEPARTMENT OF STATE', STATE, O], // the letterhead (the country inside the department's name is not separate)
    ['Office of the Spokesman', 'Office of the Spokesman', O], // as eval/holdout and holdout5
    ['ISLAMIC MOVEMENT OF UZBEKISTAN', IMU, O], // the heading in capitals (Uzbekistan inside the name is not separate)
    [IMU, IMU, O],
    ['IMU', IMU, O], // nine times
    ['Uzbekistan', 'Uzbekistan', L], // also inside "the Government of Uzbekistan" (twice; the government is the country, as the dev set's Government of India)
    [YULDASHEV, YULDASHEV, P],
    ['Tajikistan', 'Tajikistan', L], // "Tajikistan's 1992-97 civil war", "the peace process in Tajikistan"
    ['Afghanistan', 'Afghanistan', L], // twice
    ['Usama Bin Laden', OBL, P],
    ['Taliban', 'Taliban', O],
    ['Tashkent', 'Tashkent', L],
    ['United States', US, L],
    ['US', US, L], // "US interests"
  ],
  // "Central Asian", "Uzbek", "American" are adjectives; "jihad"/"holy war" are not names.
  event_dates: [
    { event: 'Fact sheet on the IMU and its designation issued (the date line)', date: '2000-09-15' },
    { event: 'IMU founded', date: '1996' },
    { event: "Tajikistan's civil war (\"1992-97\")", date: '1992/1997' },
    { event: 'IMU activities became more violent, including bombings and kidnappings ("Since early 1999")', date: '1999' },
    { event: 'IMU fighters trained in camps in Afghanistan ("Since the mid-1990\'s")', date: '1990/1999' },
    { event: 'Four American mountain climbers taken hostage and held for six days ("in August", "in August 2000"; listed once)', date: '2000-08' },
  ],
  attributions: [
    { actor: US, action: 'designated as a terrorist organization ("our designation of the IMU")', target_or_event: IMU, according_to: STATE },
    { actor: IMU, action: 'seeks to overthrow the government by force and establish an Islamic state in', target_or_event: 'Uzbekistan', according_to: STATE },
    { actor: YULDASHEV, action: 'leader of', target_or_event: IMU, according_to: STATE },
    { actor: YULDASHEV, action: 'has declared a "jihad" or "holy war" against the Government of', target_or_event: 'Uzbekistan', according_to: STATE },
    { actor: IMU, action: 'fighters have trained in camps in Afghanistan, some controlled by', target_or_event: OBL, according_to: STATE },
    { actor: IMU, action: 'receives assistance from', target_or_event: 'Taliban', according_to: STATE },
    { actor: IMU, action: 'carried out (its record of terrorist activity includes) the car bombings that killed 16 people in Tashkent', target_or_event: TASHKENT, according_to: STATE },
    { actor: IMU, action: 'seized as hostages (among numerous hostages)', target_or_event: CLIMBERS, according_to: STATE },
    { actor: IMU, action: 'is the only group to actively threaten US interests and to have attacked American citizens', target_or_event: US, according_to: STATE },
    { actor: IMU, action: 'opposes', target_or_event: 'peace process in Tajikistan', according_to: STATE },
  ],
},
{
  file: '02-state-2002-powell-cpp-npa-fto-designation.txt', mentions: true,
  surfaces: [
    ['Colin L. Powell', POWELL, P], // "Secretary Colin L. Powell" (the title is not part of the span)
    ['Washington, DC', DC, L], // the date line
    ['Communist Party of the Philippines/New People’s Army', CPPNPA, O], // the designated entity's name, one span (the Philippines inside it is not separate)
    ['CPP/NPA', CPPNPA, O], // twice
    ['CPP', CPP, O], // "The CPP, a Maoist group", "CPP’s military wing"
    ['New People’s Army', NPA, O], // the military wing, named on its own
    ['U.S.', US, L], // "U.S. law" (twice), "any U.S. presence", "U.S. citizens"
    ['Philippines', 'Philippines', L], // "U.S. presence in the Philippines"
  ],
  // "Philippine" is an adjective; the Attorney General and the Secretary of the Treasury are offices; the Federal
  // Register, the Immigration and Nationality Act and the Antiterrorism and Effective Death Penalty Act are a gazette
  // and laws (not annotated).
  event_dates: [
    { event: 'CPP/NPA designated as a Foreign Terrorist Organization ("Today", the date line)', date: '2002-08-09' },
    { event: 'CPP founded', date: '1969' },
  ],
  attributions: [
    { actor: POWELL, action: 'announced the designation as a Foreign Terrorist Organization of', target_or_event: CPPNPA, according_to: POWELL },
    { actor: CPP, action: 'was founded with the aim of overthrowing the government through guerilla warfare in', target_or_event: 'Philippines', according_to: POWELL },
    { actor: NPA, action: 'is the military wing of', target_or_event: CPP, according_to: POWELL },
    { actor: NPA, action: 'strongly opposes any U.S. presence in the Philippines and has killed U.S. citizens there', target_or_event: US, according_to: POWELL },
    { actor: NPA, action: 'has also killed, injured, or kidnapped numerous Philippine citizens, including government officials', target_or_event: 'Philippine citizens, including government officials', according_to: POWELL },
  ],
},
{
  file: '03-doj-2005-ahmed-ressam-millennium-bomber-sentenced.txt', mentions: true,
  surfaces: [
    ['AHMED RESSAM', RESSAM, P], // headline and first line
    ['RESSAM', RESSAM, P], // the release's capitals, many times
    ['Algeria', 'Algeria', L], // "a native of Algeria"
    [LAX, LAX, L], // the plot's target (an attack venue; Los Angeles inside it is not separate)
    ['John C. Coughenour', 'John C. Coughenour', P], // "Judge" is a title
    ['United States', US, L], // twice
    ['Port Angeles, Washington', 'Port Angeles, Washington', L], // one span, as holdout13's "Cadiz, Kentucky"
    ['Victoria, BC', 'Victoria, British Columbia', L], // one span (city and province)
    ['Customs and Border Protection', 'U.S. Customs and Border Protection', O],
  ],
  // "MV Coho" is a ferry (vehicles are not annotated); the nine counts are offences, not names.
  event_dates: [
    { event: 'Ressam sentenced to 22 years in prison ("today", the date line)', date: '2005-07-27' },
    { event: 'Planned bombing of Los Angeles International Airport ("in December, 1999")', date: '1999-12' },
    { event: 'Ressam arrested at Port Angeles', date: '1999-12-14' },
    { event: 'Ressam convicted on nine counts', date: '2001-04-06' },
  ],
  attributions: [
    { actor: RESSAM, action: 'plotted to bomb', target_or_event: LAX, according_to: DOJ },
    { actor: RESSAM, action: 'was sentenced to 22 years in prison in connection with', target_or_event: PLOT, according_to: DOJ },
    { actor: 'John C. Coughenour', action: 'sentenced to 22 years in prison', target_or_event: RESSAM, according_to: DOJ },
    { actor: RESSAM, action: 'was convicted of nine counts, including an act of terrorism transcending a national boundary and placing an explosive in proximity to a terminal, for', target_or_event: PLOT, according_to: DOJ },
    { actor: RESSAM, action: 'had the materials for a powerful explosive hidden in the trunk of his rental car', target_or_event: PLOT, according_to: DOJ },
  ],
},
{
  file: '04-voa-2003-turkey-probes-possible-al-qaida-role-in-synagogue-bombing.txt', mentions: true,
  surfaces: [
    ['Turkey', 'Turkey', L], // headline, "entry into Turkey", "Turkey's Vatan daily" ("Turkish" is an adjective)
    ['al-Qaida', AQ, O], // headline and twice in the body
    ['Istanbul', 'Istanbul', L], // four times
    ['Neve Shalom synagogue', 'Neve Shalom Synagogue', L], // one of the two bombed synagogues (an attack venue)
    ['Galata', 'Galata', L],
    [AKSU, AKSU, P], // "Turkish interior minister" is a title
    ['Vatan', 'Vatan', O], // the newspaper he spoke to (as holdout12's BBC and holdout14's Associated Press)
    ['London', 'London', L], // "London-based"
    ['al Quds-Al Arabi', 'Al-Quds Al-Arabi', O], // the newspaper cited as the source of the claim
    [ABUHAFZ, ABUHAFZ, O], // the person's name inside the group's name is not a person mention
    ['U.N.', 'United Nations', O], // "U.N. headquarters in Baghdad" (the organisation inside a building's name)
    ['Baghdad', 'Baghdad', L],
  ],
  // "Pakistani", "Israeli", "Turkish", "Muslim Turks" are adjectives and demonyms; "the Israeli security service" is generic.
  event_dates: [
    { event: 'Turkish investigators began probing the claims (the headline\'s date)', date: '2003-11-17' },
    { event: 'Twin blasts at two Istanbul synagogues ("Saturday", before the headline\'s Monday)', date: '2003-11-15' },
    { event: 'Al Quds-Al Arabi received the claim of responsibility ("Sunday")', date: '2003-11-16' },
    { event: 'Attack on U.N. headquarters in Baghdad ("the August attack", year from the headline)', date: '2003-08' },
  ],
  attributions: [
    { actor: AQ, action: 'claimed to be responsible (Turkish investigators probing claims; possible role) for', target_or_event: SYN, according_to: VOA },
    { actor: 'a suicide bomber', action: 'filmed driving a pick up truck packed with explosives in', target_or_event: SYN, according_to: 'Turkish police' },
    { actor: 'an international group', action: 'likely involvement in (evidence pointing to)', target_or_event: SYN, according_to: 'Turkish police' },
    { actor: 'foreign groups', action: 'planned the attack (no Turkish organization could have carried it out on its own)', target_or_event: SYN, according_to: AKSU },
    { actor: ABUHAFZ, action: 'claimed responsibility for', target_or_event: SYN, according_to: 'Al-Quds Al-Arabi' },
    { actor: ABUHAFZ, action: 'is linked to', target_or_event: AQ, according_to: 'Al-Quds Al-Arabi' },
    { actor: ABUHAFZ, action: 'had also claimed responsibility for', target_or_event: 'August 2003 attack on U.N. headquarters in Baghdad', according_to: VOA },
    { actor: ABUHAFZ, action: 'said it had targeted the Istanbul synagogues because they were frequented by Israeli intelligence agents', target_or_event: SYN, according_to: ABUHAFZ },
  ],
},
{
  file: '05-voa-2007-al-qaida-linked-group-claims-algiers-car-bombs.txt', mentions: true,
  surfaces: [
    ['al-Qaida', AQ, O], // "An al-Qaida-linked", "Osama Bin Laden's al-Qaida group", "al-Qaida and its affiliates"
    ['Algeria', 'Algeria', L], // "Algerian" is an adjective
    ['North Africa', 'North Africa', L], // a region ("North African states" holds an adjective only)
    ['Algiers', 'Algiers', L], // twice
    ['Bab Ezzouar', 'Bab Ezzouar', L],
    ['Abdelaziz Belkhadem', 'Abdelaziz Belkhadem', P],
    ['al-Qaida Organization in the Islamic Maghreb', AQIM, O], // al-Qaida inside the name is not separate
    [GSPC, GSPC, O], // the former name (its own organisation; the relation is an attribution)
    ['GSPC', GSPC, O],
    ['Osama Bin Laden', OBL, P],
  ],
  // "the prime minister's office" and "a police station" are generic buildings (no names); "Algerian state media" is generic.
  event_dates: [
    { event: 'Two suicide car bombings in Algiers ("Wednesday", before the address\'s 2007-04-12)', date: '2007-04-11' },
    { event: 'GSPC changed its name to al-Qaida Organization in the Islamic Maghreb ("in January")', date: '2007-01' },
    { event: 'Parliamentary election annulled by the military', date: '1992' },
    { event: 'Islamic insurgency in Algeria ("since the 1990s")', date: '1990/1999' },
  ],
  attributions: [
    { actor: AQIM, action: 'claimed responsibility for the attacks in a statement published on the Internet', target_or_event: ALG, according_to: VOA },
    { actor: AQIM, action: 'is an al-Qaida-linked militant group; strengthened its ties to', target_or_event: AQ, according_to: VOA },
    { actor: GSPC, action: 'is the former name of (the group used to be called)', target_or_event: AQIM, according_to: VOA },
    { actor: 'three suicide bombers', action: 'carried out (photos published with the claim)', target_or_event: ALG, according_to: AQIM },
  ],
},
{
  file: '06-voa-2007-niger-rebels-vow-continued-violence-after-deadly-attack.txt', mentions: true,
  surfaces: [
    ['Niger', 'Niger', L], // headline, "the Niger government" (twice), "the Niger army", "the government of Niger"
    [MNJ, MNJ, O], // Niger inside the name is not separate
    ['Agadez', 'Agadez', L], // "the uranium-rich Agadez region"
    ['Phuong Tran', 'Phuong Tran', P], // the reporter
    ["VOA's West Africa Bureau", VOA, O], // the publisher's bureau (as holdout14's "VOA's French to Africa Service")
    ['Dakar', 'Dakar', L],
    [KRISKA, KRISKA, P],
    ['Kriska', KRISKA, P], // bare
  ],
  // "Tuareg" and "Tuaregs" are an ethnic group; "the government" alone is generic.
  event_dates: [
    { event: 'Two rebel attacks in the Agadez region ("late Thursday", before the address\'s 2007-08-10)', date: '2007-08-09' },
    { event: 'MNJ began its low-intensity war against the government ("since earlier this year")', date: '2007' },
  ],
  attributions: [
    { actor: MNJ, action: 'says it launched two attacks in the uranium-rich Agadez region', target_or_event: AGADEZ, according_to: MNJ },
    { actor: 'the rebels', action: 'attacked two electricity companies supplying uranium mines', target_or_event: AGADEZ, according_to: KRISKA },
    { actor: 'Niger', action: 'the government, in retaliation, killed two civilians', target_or_event: 'two civilians killed in the Agadez region', according_to: KRISKA },
    { actor: 'the Niger army', action: 'has killed civilians many times', target_or_event: 'civilians', according_to: KRISKA },
    { actor: MNJ, action: 'will continue attacking government positions until the government negotiates', target_or_event: 'Niger', according_to: KRISKA },
    { actor: MNJ, action: 'has waged a low-intensity war against the government of', target_or_event: 'Niger', according_to: VOA },
    { actor: 'Niger', action: 'has refused to recognize or negotiate with', target_or_event: MNJ, according_to: VOA },
    { actor: MNJ, action: 'has taken responsibility for kidnapping', target_or_event: 'government soldiers', according_to: VOA },
    { actor: MNJ, action: 'has been accused of laying mines in nearby areas', target_or_event: 'mines in nearby areas', according_to: VOA },
  ],
},
{
  file: '07-wikipedia-1973-attack-on-the-saudi-embassy-in-khartoum.txt', mentions: true,
  surfaces: [
    ['Saudi Embassy', 'Saudi Embassy in Khartoum', L], // heading, infobox title and target (the attacked embassy, an attack venue)
    ['Saudi embassy', 'Saudi Embassy in Khartoum', L], // lead and section
    ['Khartoum', 'Khartoum', L], // also inside the event's name
    ['Sudan', 'Sudan', L], // infobox, section, and inside the five diplomats' titles
    ['US', US, L], // "2 US diplomats", "the US Ambassador to Sudan", "US Deputy Chief of Mission" (a country inside an office's title)
    ['Black September', BSO, O], // infobox, "Eight masked men from Black September"
    [BSO, BSO, O],
    ['Richard Nixon', 'Richard Nixon', P], // "President" is a title
    ['U.S.', US, L], // "two U.S. hostages", "former U.S. Attorney General"
    [MOORE, MOORE, P], // twice
    ['Moore', MOORE, P],
    ['Cleo Allen Noel', NOEL, P],
    [NOEL, NOEL, P],
    ['Abdullah al Malhouk', 'Abdullah al Malhouk', P], // "Sheikh" is a title
    ['Guy Eid', 'Guy Eid', P],
    ['Adli al Nasser', 'Adli al Nasser', P],
    ['Jasim Bourisly', 'Jasim Bourisly', P],
    ['State of Kuwait', 'Kuwait', L],
    ['Baader-Meinhof Group', 'Baader-Meinhof Group', O],
    ['Sirhan Sirhan', 'Sirhan Sirhan', P],
    ['Robert F. Kennedy', 'Robert F. Kennedy', P],
  ],
  // "the American embassy" is a building other than the attack venue (an adjective only); "Belgian", "Palestinian",
  // "American", "Saudi Arabian", "Jordanian", "Israeli" are adjectives.
  event_dates: [
    { event: 'Attack on the Saudi embassy in Khartoum (lead and section, once)', date: '1973-03-01' },
    { event: 'The gunmen demanded the release of prisoners ("The morning after the hostages had been taken")', date: '1973-03-02' },
  ],
  attributions: [
    { actor: BSO, action: 'perpetrator (infobox: Black September claimed responsibility)', target_or_event: KHARTOUM, according_to: WP },
    { actor: BSO, action: 'carried out', target_or_event: KHARTOUM, according_to: WP },
    { actor: BSO, action: 'eight masked men entered the building, fired shots in the air and detained ten hostages', target_or_event: KHARTOUM, according_to: WP },
    { actor: 'Palestinian gunmen', action: 'burst into the embassy and took hostage', target_or_event: MOORE, according_to: WP },
    { actor: 'Richard Nixon', action: 'refused to negotiate with the terrorists and insisted that no concessions would be made in', target_or_event: KHARTOUM, according_to: WP },
    { actor: 'the gunmen', action: 'demanded the release of members of', target_or_event: 'Baader-Meinhof Group', according_to: WP },
    { actor: 'the gunmen', action: 'demanded the release of', target_or_event: 'Sirhan Sirhan', according_to: WP },
    { actor: 'Sirhan Sirhan', action: 'the assassin of', target_or_event: 'Robert F. Kennedy', according_to: WP },
  ],
},
{
  file: '08-wikipedia-1976-assassination-of-orlando-letelier.txt', mentions: true,
  surfaces: [
    [LETELIER, LETELIER, P], // heading, infobox title and target, lead (also inside the event's name)
    ['Letelier', LETELIER, P], // bare, many times
    ['Washington, D.C.', DC, L], // infobox, lead, background
    ['U.S.', US, L], // "Washington, D.C., U.S.", "Declassified U.S. intelligence documents"
    [PINOCHET, PINOCHET, P], // twice
    ['Pinochet', PINOCHET, P],
    ['United States', US, L], // twice
    ['Ronni Karpen Moffitt', 'Ronni Karpen Moffitt', P],
    ['Michael', 'Michael Moffitt', P], // "her husband Michael" (full name from the world, as holdout13's Ranjith)
    ['DINA', 'DINA', O], // infobox perpetrators, "the Chilean secret police (DINA)"
    ['Salvador Allende', ALLENDE, P],
    ['Allende', ALLENDE, P], // three times
    ['US', US, L], // "US–Chile diplomatic relations"
    ['Chile', 'Chile', L], // "president of Chile"; also "US–Chile" ("Chilean" is an adjective)
    ['Tierra del Fuego', 'Tierra del Fuego', L],
    ['Tacna Regiment', 'Tacna Regiment', O], // an army unit (where he was held)
    ['Military Academy', 'Military Academy (Chile)', O],
    ['Dawson Island', 'Dawson Island', L],
    ['Air Force War Academy', 'Air Force War Academy (Chile)', O],
    ['Ritoque', 'Ritoque', L],
  ],
  // "Operation Condor" is an operation name (not annotated); "Minister of Foreign Affairs", "Interior Minister",
  // "Defense Minister" are offices; "the Chilean government" holds an adjective only.
  event_dates: [
    { event: 'Letelier assassinated by car bombing in Washington, D.C. (infobox and lead, once)', date: '1976-09-21' },
    { event: 'Letelier appointed ambassador to the United States', date: '1971' },
    { event: 'Letelier lived in Washington, D.C. ("during the 1960s")', date: '1960/1969' },
    { event: 'Letelier served as minister of foreign affairs, of the interior and of defense ("During 1973")', date: '1973' },
    { event: 'Chilean coup that brought Pinochet to power', date: '1973' },
  ],
  attributions: [
    { actor: 'DINA', action: 'perpetrators (infobox)', target_or_event: LETKILL, according_to: WP },
    { actor: 'DINA', action: 'its agents carried out the assassination of', target_or_event: LETELIER, according_to: WP },
    { actor: PINOCHET, action: 'directly ordered the killing of', target_or_event: LETELIER, according_to: 'Declassified U.S. intelligence documents' },
    { actor: LETELIER, action: 'was a leading opponent of', target_or_event: PINOCHET, according_to: WP },
  ],
},
{
  file: '09-wikipedia-1983-beirut-barracks-bombing.txt', mentions: true,
  surfaces: [
    ['Beirut International Airport', 'Beirut International Airport', L], // the site of the bombed barracks (an attack venue); Beirut inside it is not separate
    ['BIA', 'Beirut International Airport', L],
    ['Beirut', 'Beirut', L], // heading, infobox title, lead, "commander Hossein Dehghan, in Beirut" (also inside the event's name)
    [IJO, IJO, O], // infobox perpetrators
    ['Islamic Jihad', IJO, O], // "An obscure group calling itself 'Islamic Jihad'"
    ['Lebanon', 'Lebanon', L], // "Beirut, Lebanon", "(MNF) in Lebanon", "assets in Lebanon" ("Lebanese Civil War" holds an adjective only)
    ['United States Marine Corps', 'United States Marine Corps', O], // the country inside the name is not separate
    ['United States', US, L], // "housing United States and French military forces", "the United States military"
    ['Multinational Force', MNF, O],
    ['MNF', MNF, O],
    ['Tehran', 'Tehran', L], // twice
    ['Iran', 'Iran', L], // "Iran's Ambassador to Syria" (a country inside an office's title), "Hezbollah, Iran and Syria" ("Iranian", "Iranians" are adjectives/demonyms)
    ['Syria', 'Syria', L], // twice
    ['Ali Akbar Mohtashamipur', 'Ali Akbar Mohtashamipur', P],
    ['Damascus', 'Damascus', L],
    ['IRGC', 'Islamic Revolutionary Guard Corps', O],
    ['Hossein Dehghan', 'Hossein Dehghan', P],
    ['Hezbollah', 'Hezbollah', O],
    ['1st Battalion 8th Marines', '1st Battalion 8th Marines', O], // the unit whose barracks was bombed
    ['BLT 1/8', '1st Battalion 8th Marines', O],
    ['Iwo Jima', 'Iwo Jima', L], // a place name inside a battle's name
    ['Vietnam', 'Vietnam', L], // "the Vietnam War's Tet Offensive" (a place name inside a war's name)
  ],
  // "Battalion Landing Team" (the unit type before its designation) is left out; "French Paratroopers", "American
  // Military Servicemen", "Americans", "Iranians" are adjectives and demonyms; "World War II", "Tet Offensive" hold no place.
  event_dates: [
    { event: 'Two truck bombs struck the barracks in Beirut (infobox and lead, once)', date: '1983-10-23' },
    { event: 'The Iranian government erected a monument in Tehran to commemorate the bombings', date: '2004' },
  ],
  attributions: [
    { actor: IJO, action: 'perpetrators (infobox)', target_or_event: BEIRUT, according_to: WP },
    { actor: IJO, action: "an obscure group calling itself 'Islamic Jihad' claimed responsibility for", target_or_event: BEIRUT, according_to: WP },
    { actor: 'Iran', action: 'the chain of command likely ran from Tehran (through its ambassador to Syria and an IRGC commander in Beirut) for', target_or_event: BEIRUT, according_to: WP },
    { actor: 'Ali Akbar Mohtashamipur', action: 'was likely in the chain of command (Iran\'s Ambassador to Syria, in Damascus) for', target_or_event: BEIRUT, according_to: WP },
    { actor: 'Hossein Dehghan', action: 'was likely in the chain of command (IRGC commander in Beirut) for', target_or_event: BEIRUT, according_to: WP },
    { actor: 'Hezbollah', action: 'has continued to deny any involvement in', target_or_event: BEIRUT, according_to: WP },
    { actor: 'Iran', action: 'has continued to deny any involvement in', target_or_event: BEIRUT, according_to: WP },
    { actor: 'Syria', action: 'has continued to deny any involvement in', target_or_event: BEIRUT, according_to: WP },
    { actor: 'Iran', action: 'the government erected a monument in Tehran to commemorate the bombings and its "martyrs"', target_or_event: BEIRUT, according_to: WP },
    { actor: 'Suicide bombers', action: 'detonated each of the truck bombs in', target_or_event: BEIRUT, according_to: WP },
  ],
},
{
  file: '10-wikipedia-1984-brighton-hotel-bombing.txt', mentions: true,
  surfaces: [
    ['Brighton', 'Brighton', L], // heading, infobox title and location, lead (also inside the event's name)
    ['Grand Hotel', 'Grand Hotel (Brighton)', L], // the bombed hotel (an attack venue)
    ['East Sussex', 'East Sussex', L],
    ['England', 'England', L], // twice
    [THATCHER, THATCHER, P], // infobox target, lead
    ['Thatcher', THATCHER, P], // bare, several times
    [PIRA, PIRA, O], // infobox perpetrator, lead ("Irish" inside the name is not separate)
    ['IRA', PIRA, O], // four times
    ['Anthony Berry', 'Anthony Berry', P], // "the Conservative MP Sir Anthony Berry" (titles are not part of the span)
    ['Northern Ireland', 'Northern Ireland', L], // twice
    ['Conservative Party', 'Conservative Party (UK)', O], // "the 1982 and 1983 Conservative Party Conferences" (the party's name inside the events' name)
    ['Patrick Magee', 'Patrick Magee', P],
  ],
  // "the Troubles" is a conflict's name without a place; "British government", "Irish hunger strike" and "Conservative
  // MP" hold adjectives only; "Special Category Status" is a legal status; "BST" is a time zone.
  event_dates: [
    { event: 'Bomb exploded at the Grand Hotel in Brighton (lead; "2:54 am")', date: '1984-10-12' },
    { event: 'The Troubles ("between the late 1960s and 1998")', date: '1960/1998' },
    { event: 'The IRA decided to assassinate Thatcher during the Irish hunger strike', date: '1981' },
    { event: 'Reconnoitering of the 1982 Conservative Party Conference', date: '1982' },
    { event: 'Reconnoitering of the 1983 Conservative Party Conference', date: '1983' },
  ],
  attributions: [
    { actor: PIRA, action: 'perpetrator (infobox)', target_or_event: BRIGHTON, according_to: WP },
    { actor: PIRA, action: 'attempted to assassinate members of the British government, including the prime minister', target_or_event: THATCHER, according_to: WP },
    { actor: PIRA, action: 'killed five people, including', target_or_event: 'Anthony Berry', according_to: WP },
    { actor: PIRA, action: 'decided to assassinate (during the 1981 Irish hunger strike)', target_or_event: THATCHER, according_to: WP },
    { actor: 'Patrick Magee', action: 'planted a long-delay time bomb in the hotel', target_or_event: BRIGHTON, according_to: WP },
    { actor: 'Patrick Magee', action: 'is a member of', target_or_event: PIRA, according_to: WP },
  ],
},
{
  file: '11-wikipedia-1985-achille-lauro-hijacking.txt', mentions: true,
  surfaces: [
    [PLF, PLF, O, { loose: true }], // lead and infobox (glued to its label: "PerpetratorsPalestine Liberation Front")
    ['Egypt', 'Egypt', L], // "off the coast of Egypt" ("the Egyptian coast" holds an adjective only)
    ['Alexandria', 'Alexandria', L],
    ['Ashdod', 'Ashdod', L],
    ['Israel', 'Israel', L], // "Ashdod, Israel", "by Israel in 1978 and 1982"
    ['Leon Klinghoffer', 'Leon Klinghoffer', P],
    ['Sigonella', 'Sigonella', L], // inside the "Sigonella Crisis" (a place name inside an event's name)
    [PLO, PLO, O], // section heading and text
    ['PLO', PLO, O], // many times
    ['Jordan', 'Jordan', L], // twice
    ['Southern Lebanon', 'Southern Lebanon', L],
    ['Beirut', 'Beirut', L],
    ['Tunisia', 'Tunisia', L], // twice
    ['Southern Yemen', 'South Yemen', L],
    ['Yemen', 'Yemen', L],
    ['Algeria', 'Algeria', L],
    ['Syria', 'Syria', L], // the list, "the Lebanese border with Syria"
    ['Iraq', 'Iraq', L],
    ['Sudan', 'Sudan', L], // "the Sudan"
    ['Lebanon', 'Lebanon', L], // "While in Lebanon", "escape Lebanon", "Tripoli, Lebanon"
    [ARAFAT, ARAFAT, P],
    ['Arafat', ARAFAT, P], // bare, three times
    ['Hafez al-Assad', 'Hafez al-Assad', P],
    ['Soviet Union', 'Soviet Union', L],
    ['Rifaat Assad', 'Rifaat al-Assad', P],
    ['Red Knights', 'Red Knights', O], // the named militia of Alawite notables
    ['Tripoli', 'Tripoli, Lebanon', L], // twice ("within Tripoli, Lebanon", "from Tripoli to Tunisia")
  ],
  // "MS Achille Lauro" / "Achille Lauro" is a ship (vehicles are not annotated, also inside the event's name);
  // "Syrian", "Lebanese", "Italian", "Palestinian", "Jewish American", "Alawite" are adjectives.
  event_dates: [
    { event: 'The Achille Lauro hijacked off the coast of Egypt (lead and background, once)', date: '1985-10-07' },
    { event: 'Hijacking and hostage crisis (infobox, "October 7–10, 1985")', date: '1985-10-07/1985-10-10' },
    { event: 'PLO driven out of Jordan', date: '1970' },
    { event: 'PLO driven out of Southern Lebanon by Israel', date: '1978' },
    { event: 'PLO driven out of Beirut by Israel', date: '1982' },
    { event: 'Hafez al-Assad backed a mutiny within the PLO', date: '1983' },
  ],
  attributions: [
    { actor: PLF, action: 'perpetrators (infobox)', target_or_event: LAURO, according_to: WP },
    { actor: PLF, action: 'four men representing it hijacked the Italian MS Achille Lauro', target_or_event: LAURO, according_to: WP },
    { actor: 'the hijackers', action: 'murdered and threw overboard', target_or_event: 'Leon Klinghoffer', according_to: WP },
    { actor: 'Israel', action: 'drove out of Southern Lebanon and Beirut (in 1978 and 1982)', target_or_event: PLO, according_to: WP },
    { actor: ARAFAT, action: 'chairman of', target_or_event: PLO, according_to: WP },
    { actor: 'Hafez al-Assad', action: 'sought to wrest control of the group from Arafat by backing a mutiny within', target_or_event: PLO, according_to: WP },
    { actor: 'Soviet Union', action: 'backed', target_or_event: ARAFAT, according_to: WP },
    { actor: 'Rifaat al-Assad', action: 'helped to escape Lebanon', target_or_event: ARAFAT, according_to: WP },
    { actor: 'the Syrian military', action: 'backed the mutineers in an attack on Arafat loyalists within Tripoli, Lebanon', target_or_event: 'Arafat loyalists in Tripoli, Lebanon', according_to: WP },
  ],
},
{
  file: '12-wikipedia-1996-japanese-embassy-hostage-crisis.txt', mentions: true,
  surfaces: [
    ['Peru', 'Peru', L], // infobox target and part-of, lead ("Lima, Peru", "ambassador to Peru")
    [MRTA, MRTA, O], // infobox and lead (the person's name inside the group's name is not a person mention)
    ['MRTA', MRTA, O], // many times
    ['Japón', 'Japan', L], // inside the Spanish name of the event (a place name inside an event's name)
    ['Lima', 'Lima', L], // inside the Spanish name and "in Lima, Peru"
    ['Akihito', 'Akihito', P], // "Emperor" is a title
    ['San Isidro', 'San Isidro', L],
    ['Peruvian Armed Forces', 'Peruvian Armed Forces', O],
    ['Alberto Fujimori', 'Alberto Fujimori', P],
    ['Hidetaka Ogura', 'Hidetaka Ogura', P],
  ],
  // The Japanese-script name and its romanisation ("Zai Perū Nihon …") are not annotated; "Japanese embassy" and
  // "Japanese embassy residence" hold an adjective only (no proper name of the residence is given; the ambassador's
  // name is missing in this copy: "ambassador to Peru,,"); "Peruvian forces", "Peruvians", "Spanish", "Castilian" are
  // adjectives, demonyms and languages.
  event_dates: [
    { event: 'MRTA members took hundreds hostage at the Japanese ambassador\'s residence in Lima', date: '1996-12-17' },
    { event: 'Remaining hostages freed in a raid by Peruvian Armed Forces commandos', date: '1997-04-22' },
  ],
  attributions: [
    { actor: MRTA, action: 'perpetrators (infobox)', target_or_event: JAPEMB, according_to: WP },
    { actor: MRTA, action: '14 members took hostage hundreds of high-level diplomats, government and military officials and business executives', target_or_event: JAPEMB, according_to: WP },
    { actor: 'Peruvian Armed Forces', action: 'commandos raided the residence and freed the remaining hostages (one hostage, two commandos and all the MRTA militants killed)', target_or_event: JAPEMB, according_to: WP },
  ],
},
];
