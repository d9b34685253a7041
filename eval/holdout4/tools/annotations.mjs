// Single-annotator source annotations for the Dossier extraction FOURTH held-out set (eval/holdout4).
// Written blind (Dossier's extractor was not run on these texts, and its code was not read), following the
// annotation rules of eval/extraction/README.md and the boundary choices of eval/holdout/README.md,
// eval/holdout2/README.md and eval/holdout3/README.md.
// `node eval/extraction/tools/build_gold.mjs --dir eval/holdout4` turns these into ../gold.json (mention
// offsets by exact string search in JavaScript/UTF-16, then verified).
//
// surfaces: [surface, canonical, type, opts?]  type: organisation|person|place ('none' = blocker span)
//   opts.occ: restrict to these 0-based occurrences of the surface (boundary-valid matches)
//   opts.loose: also match where a letter or digit touches the surface (labels glued to values)
// Longest match wins on overlap; matches must not be preceded/followed by a letter or digit.

const O = 'organisation', P = 'person', L = 'place';

const VOA = 'Voice of America', WP = 'Wikipedia', STATE = 'U.S. Department of State';
const UNSC = 'United Nations Security Council', US = 'United States';
const IS = 'Islamic State', AQ = 'al-Qaeda', HQN = 'Haqqani network', JNIM = 'Jama’at Nusrat al-Islam wal Muslimin';
const JI = 'Jemaah Islamiyah', RIRA = 'Real IRA', PIRA = 'Provisional Irish Republican Army';
const AMIA = 'Asociación Mutual Israelita Argentina', AMIA_BOMBING = 'AMIA bombing (Buenos Aires, 18 July 1994)';
const ISGS = 'ISIS in the Greater Sahara';
const MINUSMA = 'United Nations Multidimensional Integrated Stabilization Mission in Mali';

export const docs = [
{
  file: '01-un-2024-sc-press-statement-bamako-jnim.txt', mentions: true,
  surfaces: [
    ['Security Council', UNSC, O], // also in "relevant Security Council resolutions"
    ['Samuel Žbogar', 'Samuel Žbogar', P],
    ['Slovenia', 'Slovenia', L],
    ['Bamako', 'Bamako', L],
    ['Mali', 'Mali', L],
    ['Al Qaida', AQ, O], // "Al Qaida-linked"
    ['Jama’at Nusrat al-Islam wal Muslimin', JNIM, O],
    ['JNIM', JNIM, O],
    ['Sahel', 'Sahel', L],
    ['West Africa', 'West Africa', L],
    ['Charter of the United Nations', null, 'none'], // a treaty's name (not annotated)
  ],
  event_dates: [
    { event: 'Terrorist attacks in Bamako, Mali (17 September 2024)', date: '2024-09-17' },
  ],
  attributions: [
    { actor: JNIM, action: 'claimed', target_or_event: 'terrorist attacks in Bamako (17 September 2024)', according_to: UNSC },
    { actor: JNIM, action: 'is linked to (Al Qaida-linked militant group)', target_or_event: AQ, according_to: UNSC },
    { actor: UNSC, action: 'condemned in the strongest terms', target_or_event: 'terrorist attacks in Bamako (17 September 2024)', according_to: UNSC },
    { actor: UNSC, action: 'underlined the need to bring perpetrators, organizers, financiers and sponsors to justice', target_or_event: 'terrorist attacks in Bamako', according_to: UNSC },
  ],
},
{
  file: '02-voa-2012-us-says-haqqanis-behind-afghan-attacks.txt', mentions: true,
  surfaces: [
    ['US', US, L], // headline "US Says"
    ['Haqqanis', HQN, O],
    ['Luis Ramirez', 'Luis Ramirez', P], // byline
    ['U.S.', US, L], // "U.S. Defense Secretary", "U.S.-led", "U.S. officials", "U.S. soldiers"
    ['Leon Panetta', 'Leon Panetta', P],
    ['Panetta', 'Leon Panetta', P],
    ['al-Qaida', AQ, O], // "al-Qaida-linked"
    ['Al-Qaida', AQ, O],
    ['Haqqani', HQN, O], // "Haqqani insurgent group"
    ['Haqqani Network', HQN, O],
    ['Afghanistan', 'Afghanistan', L],
    ['Jalaluddin Haqqani', 'Jalaluddin Haqqani', P],
    ['North Waziristan', 'North Waziristan', L],
    ['Pakistan', 'Pakistan', L],
    ['Siraj Haqqani', 'Sirajuddin Haqqani', P],
    ['Haji Mali Khan', 'Haji Mali Khan', P],
    ['Pakistani Taliban', 'Tehrik-i-Taliban Pakistan', O],
    ['ISI', 'Inter-Services Intelligence', O],
    ['NATO', 'NATO', O],
    ['U.S. Embassy', 'U.S. Embassy in Kabul', L], // attack venue ("the attack on the U.S. Embassy in Kabul")
    ['Kabul', 'Kabul', L],
    ['Taliban', 'Taliban', O],
  ],
  event_dates: [], // "early Sunday" and "last year's" have no anchor in the text (Published: unknown)
  attributions: [
    { actor: HQN, action: 'were behind', target_or_event: 'coordinated attacks in Afghanistan (early Sunday)', according_to: 'Leon Panetta' },
    { actor: 'Taliban', action: 'claimed responsibility for', target_or_event: 'coordinated attacks in Kabul and eastern Afghanistan', according_to: VOA },
    { actor: 'Leon Panetta', action: 'denies (says "that is not so")', target_or_event: 'Taliban claim of responsibility for the attacks', according_to: 'Leon Panetta' },
    { actor: HQN, action: 'is linked to (al-Qaida-linked)', target_or_event: AQ, according_to: VOA },
    { actor: 'Jalaluddin Haqqani', action: 'founded', target_or_event: HQN, according_to: VOA },
    { actor: 'Sirajuddin Haqqani', action: 'is a top commander of', target_or_event: HQN, according_to: VOA },
    { actor: 'Haji Mali Khan', action: 'is a top commander of', target_or_event: HQN, according_to: VOA },
    { actor: HQN, action: 'linked to', target_or_event: AQ, according_to: 'U.S. officials' },
    { actor: HQN, action: 'linked to', target_or_event: 'Tehrik-i-Taliban Pakistan', according_to: 'U.S. officials' },
    { actor: HQN, action: 'linked to', target_or_event: 'Inter-Services Intelligence', according_to: 'U.S. officials' },
    { actor: HQN, action: 'is one of the biggest threats to', target_or_event: 'NATO', according_to: US },
    { actor: HQN, action: 'blamed for', target_or_event: "last year's attack on a NATO base that wounded 77 U.S. soldiers", according_to: VOA },
    { actor: HQN, action: 'blamed for', target_or_event: 'attack on the U.S. Embassy in Kabul', according_to: VOA },
  ],
},
{
  file: '03-wikipedia-amia-bombing.txt', mentions: true,
  surfaces: [
    ['AMIA', AMIA, O], // also inside "AMIA bombing" and "AMIA building" (the association's name)
    ['Asociación Mutual Israelita Argentina', AMIA, O],
    ['Iran', 'Iran', L], // "Iran–Israel proxy conflict", "nuclear agreements with Iran"
    ['Israel', 'Israel', L],
    ['Buenos Aires', 'Buenos Aires', L],
    ['Argentina', 'Argentina', L],
    ['Hezbollah', 'Hezbollah', O],
    ['Ibrahim Hussein Berro', 'Ibrahim Hussein Berro', P],
    ['Latin America', 'Latin America', L],
    ['Buenos Aires Provincial Police', 'Buenos Aires Provincial Police', O],
    ['Juan José Galeano', 'Juan José Galeano', P],
    ['Jorge Mario Bergoglio', 'Jorge Mario Bergoglio', P],
    ['Pope Francis', 'Jorge Mario Bergoglio', P],
    ['Alberto Nisman', 'Alberto Nisman', P],
    ['Marcelo Martínez Burgos', 'Marcelo Martínez Burgos', P],
  ],
  event_dates: [
    { event: 'AMIA bombing', date: '1994-07-18' },
    { event: 'All suspects in the "local connection" found not guilty', date: '2004-09' },
    { event: 'Judge Galeano impeached and removed', date: '2005-08' },
    { event: 'Bergoglio signs a petition for justice in the AMIA case', date: '2005' },
    { event: 'Bergoglio becomes Pope Francis', date: '2013' },
    { event: 'Prosecutors Nisman and Martínez Burgos formally accuse Iran and Hezbollah', date: '2006-10-25' },
  ],
  attributions: [
    { actor: 'Hezbollah', action: 'suspected involvement in (infobox perpetrators)', target_or_event: AMIA_BOMBING, according_to: WP },
    { actor: 'Iran', action: 'suspected involvement in (infobox perpetrators)', target_or_event: AMIA_BOMBING, according_to: WP },
    { actor: 'Ibrahim Hussein Berro', action: 'was the assailant of', target_or_event: AMIA_BOMBING, according_to: WP },
    { actor: 'Iran', action: 'accused of directing', target_or_event: AMIA_BOMBING, according_to: 'Alberto Nisman and Marcelo Martínez Burgos' },
    { actor: 'Hezbollah', action: 'accused of carrying out', target_or_event: AMIA_BOMBING, according_to: 'Alberto Nisman and Marcelo Martínez Burgos' },
    { actor: 'suspects in the "local connection" (many members of the Buenos Aires Provincial Police)', action: 'were found not guilty', target_or_event: AMIA_BOMBING, according_to: WP },
    { actor: 'Juan José Galeano', action: 'impeached and removed for mishandling the investigation of', target_or_event: AMIA_BOMBING, according_to: WP },
  ],
},
{
  file: '04-wikipedia-omagh-bombing.txt', mentions: true,
  surfaces: [
    ['Omagh', 'Omagh', L], // also inside "Omagh bombing"
    ['County Tyrone', 'County Tyrone', L],
    ['Northern Ireland', 'Northern Ireland', L], // also "Northern Ireland peace process"
    ['Real IRA', RIRA, O],
    ['Real Irish Republican Army', RIRA, O],
    ['Provisional Irish Republican Army', PIRA, O],
    ['IRA', PIRA, O], // "(IRA)", "the IRA's ceasefire"
    ['Republic of Ireland', 'Ireland', L],
    ['United Kingdom', 'United Kingdom', L],
    ['Ireland', 'Ireland', L],
  ],
  event_dates: [
    { event: 'Omagh car bombing', date: '1998-08-15' },
    { event: 'Good Friday Agreement signed (earlier in the year)', date: '1998' },
  ],
  attributions: [
    { actor: RIRA, action: 'perpetrator of (infobox)', target_or_event: 'Omagh bombing', according_to: WP },
    { actor: RIRA, action: 'carried out', target_or_event: 'Omagh bombing', according_to: WP },
    { actor: RIRA, action: 'is a splinter group of', target_or_event: PIRA, according_to: WP },
    { actor: RIRA, action: "opposed the IRA's ceasefire and the Good Friday Agreement", target_or_event: 'Good Friday Agreement', according_to: WP },
    { actor: RIRA, action: 'denied that the bomb was intended to kill civilians', target_or_event: 'Omagh bombing', according_to: WP },
    { actor: RIRA, action: 'apologised for', target_or_event: 'Omagh bombing', according_to: WP },
    { actor: RIRA, action: 'declared a ceasefire', target_or_event: 'ceasefire after the Omagh bombing', according_to: WP },
  ],
},
{
  file: '05-voa-2002-jemaah-islamiah-may-be-added-to-us-terror-list.txt', mentions: true,
  surfaces: [
    ['Jemaah Islamiah', JI, O],
    ['JI', JI, O],
    ['US', US, L], // headline "US Terror List"
    ['Washington', 'Washington, D.C.', L], // the U.S. government by metonym, as in the dev set
    ['Southeast Asia', 'Southeast Asia', L],
    ['al-Qaida', AQ, O],
    ['Al-Qaida', AQ, O],
    ['Indonesia', 'Indonesia', L],
    ['Matthew Daley', 'Matthew Daley', P],
    ['Daley', 'Matthew Daley', P],
    ['Hanoi', 'Hanoi', L],
    ['United States', US, L],
    ['Malaysia', 'Malaysia', L],
    ['Singapore', 'Singapore', L],
    ['Brunei', 'Brunei', L],
    ['Philippines', 'Philippines', L],
    ['U.S.', US, L], // "U.S. targets"
    ['Abu Bakar Bashir', 'Abu Bakar Bashir', P],
    ['Bashir', 'Abu Bakar Bashir', P],
    ['Ralph Boyce', 'Ralph Boyce', P],
  ],
  event_dates: [
    { event: 'The United States closed a handful of embassies across Southeast Asia (this month; year and month from the dated title)', date: '2002-09' },
  ],
  attributions: [
    { actor: US, action: 'is considering designating as a terrorist organization (may place on its list of terrorist groups)', target_or_event: JI, according_to: 'Matthew Daley' },
    { actor: JI, action: 'is believed to be linked to', target_or_event: AQ, according_to: VOA },
    { actor: JI, action: 'is linked to', target_or_event: AQ, according_to: 'the Malaysian, Philippine and Singaporean governments' },
    { actor: JI, action: 'some members planned to attack American and local targets', target_or_event: 'American and local targets in the region', according_to: 'the Malaysian, Philippine and Singaporean governments' },
    { actor: JI, action: 'aims to create an Islamic state incorporating Indonesia, Malaysia, Singapore, Brunei and the Philippines', target_or_event: 'Islamic state in Southeast Asia', according_to: VOA },
    { actor: 'Abu Bakar Bashir', action: 'alleged to be the leader of', target_or_event: JI, according_to: VOA },
    { actor: 'Abu Bakar Bashir', action: 'denies any involvement in terrorist activities', target_or_event: 'terrorist activities', according_to: 'Abu Bakar Bashir' },
    { actor: 'Indonesia', action: 'says there is no evidence to justify an arrest of', target_or_event: 'Abu Bakar Bashir', according_to: 'Indonesia' },
    { actor: AQ, action: 'most likely exists in (warns)', target_or_event: 'Indonesia', according_to: 'Ralph Boyce' },
  ],
},
{
  file: '06-un-2014-sc-press-statement-mali-minusma.txt', mentions: true,
  surfaces: [
    ['Security Council', UNSC, O, { loose: true }], // glued letterhead "Security CouncilSC/11461"
    ['Mali', 'Mali', L],
    ['Department of Public Information', 'United Nations Department of Public Information', O],
    ['News and Media Division', 'News and Media Division', O],
    ['New York', 'New York', L],
    ['Eugène-Richard Gasana', 'Eugène-Richard Gasana', P],
    ['Rwanda', 'Rwanda', L],
    ['Timbuktu', 'Timbuktu', L],
    ['United Nations Multidimensional Integrated Stabilization Mission in Mali', MINUSMA, O],
    ['MINUSMA', MINUSMA, O],
    ['Burkina Faso', 'Burkina Faso', L],
    ['Charter of the United Nations', null, 'none'],
  ],
  event_dates: [
    { event: 'Security Council press statement issued (1 July 2014)', date: '2014-07-01' },
    { event: 'IED explosion west of Timbuktu killing a MINUSMA peacekeeper', date: '2014-06-30' },
  ],
  attributions: [
    { actor: UNSC, action: 'condemned in the strongest terms', target_or_event: 'improvised explosive device explosion west of Timbuktu (30 June 2014)', according_to: UNSC },
    { actor: UNSC, action: 'reiterated their full support to', target_or_event: MINUSMA, according_to: UNSC },
    { actor: UNSC, action: 'called on to swiftly investigate the attack and bring the perpetrators to justice', target_or_event: 'Mali', according_to: UNSC },
    { actor: UNSC, action: 'stressed that those responsible shall be held accountable', target_or_event: 'IED attack west of Timbuktu', according_to: UNSC },
  ],
},
{
  file: '07-wikipedia-2015-suruc-bombing.txt', mentions: true,
  surfaces: [
    ['Suruç', 'Suruç', L, { loose: true }], // also glued "LocationSuruç"
    ['Rojava', 'Rojava', L], // "Rojava-Islamist conflict" (a place name inside a conflict's name)
    ['Şanlıurfa Province', 'Şanlıurfa Province', L],
    ['Turkey', 'Turkey', L],
    ['Islamic State', IS, O, { loose: true }], // also glued "PerpetratorsIslamic State"
    ['ISIL', IS, O],
    ['Dokumacılar', 'Dokumacılar', O],
    ['Amara Culture Centre', 'Amara Culture Centre', L], // attack venue
    ['Amara Cultural Centre', 'Amara Culture Centre', L],
    ['Socialist Party of the Oppressed', 'Socialist Party of the Oppressed', O],
    ['ESP', 'Socialist Party of the Oppressed', O],
    ['Socialist Youth Associations Federation', 'Socialist Youth Associations Federation', O],
    ['SGDF', 'Socialist Youth Associations Federation', O],
    ['Kobanî', 'Kobanî', L],
    ['İstanbul', 'Istanbul', L],
    ['Şeyh Abdurrahman Alagöz', 'Şeyh Abdurrahman Alagöz', P],
    ['Adıyaman', 'Adıyaman', L],
  ],
  event_dates: [
    { event: 'Suruç bombing (infobox and lead give the same date; listed once)', date: '2015-07-20' },
    { event: 'Siege of Kobanî by Islamic State forces lasted until January 2015', date: '2015-01' },
    { event: 'ISIL claimed responsibility (the following day)', date: '2015-07-21' },
  ],
  attributions: [
    { actor: IS, action: 'perpetrator of (infobox)', target_or_event: 'Suruç bombing', according_to: WP },
    { actor: 'Dokumacılar', action: 'carried out (suicide attack by)', target_or_event: 'Suruç bombing', according_to: WP },
    { actor: 'Dokumacılar', action: 'is the Turkish sect of', target_or_event: IS, according_to: WP },
    { actor: IS, action: 'had besieged', target_or_event: 'Kobanî', according_to: WP },
    { actor: IS, action: 'claimed responsibility for', target_or_event: 'Suruç bombing', according_to: WP },
    { actor: IS, action: 'allegedly decided to pursue more active operations in', target_or_event: 'Turkey', according_to: WP },
    { actor: 'Şeyh Abdurrahman Alagöz', action: 'was the attacker in', target_or_event: 'Suruç bombing', according_to: WP },
    { actor: 'Şeyh Abdurrahman Alagöz', action: 'reportedly had links to', target_or_event: IS, according_to: WP },
  ],
},
{
  file: '08-voa-2015-al-shabab-attack-garissa-kenya.txt', mentions: true,
  surfaces: [
    ['Al-Shabab', 'al-Shabaab', O],
    ['al-Shabab', 'al-Shabaab', O],
    ['Kenya', 'Kenya', L], // also "Kenya's interior ministry" (the ministry itself is generic here)
    ['VOA News', VOA, O], // byline
    ['VOA', VOA, O], // "VOA's Somali news service", cited as a source
    ['Garissa University College', 'Garissa University College', L], // attack venue
    ['Garissa', 'Garissa', L],
    ['Disaster Operations Center', 'Kenya National Disaster Operation Center', O],
    ['Kenya National Disaster Operation Center', 'Kenya National Disaster Operation Center', O],
    ['Kenya Defense Forces', 'Kenya Defence Forces', O],
  ],
  event_dates: [
    { event: 'Al-Shabab attack on Garissa University College (Thursday, April 2, 2015)', date: '2015-04-02' },
  ],
  attributions: [
    { actor: 'al-Shabaab', action: 'militants attacked', target_or_event: 'attack on Garissa University College', according_to: 'the interior minister' },
    { actor: 'al-Shabaab', action: 'claimed responsibility for', target_or_event: 'attack on Garissa University College', according_to: VOA },
  ],
},
{
  file: '09-wikipedia-2014-peshawar-school-massacre.txt', mentions: true,
  surfaces: [
    ['Peshawar', 'Peshawar', L], // also inside the event name and the map's file name
    ['Army Public School Peshawar', 'Army Public School Peshawar', L], // attack venue
    ['Army Public School', 'Army Public School Peshawar', L],
    ['Warsak Road', 'Warsak Road', L],
    ['Khyber Pakhtunkhwa', 'Khyber Pakhtunkhwa', L],
    ['Pakistan', 'Pakistan', L],
    ['Tehrik-i-Taliban Pakistan', 'Tehrik-i-Taliban Pakistan', O],
    ['TTP', 'Tehrik-i-Taliban Pakistan', O],
    ['Special Services Group', 'Special Services Group', O],
    ['SSG', 'Special Services Group', O],
    ['Pakistan Army', 'Pakistan Army', O],
    ['Beslan', 'Beslan', L], // inside "Beslan school hostage crisis"
    ['North Ossetia–Alania', 'North Ossetia–Alania', L],
    ['Russian Federation', 'Russia', L],
  ],
  event_dates: [
    { event: 'Attack on the Army Public School in Peshawar', date: '2014-12-16' },
    { event: 'Beslan school hostage crisis', date: '2004' },
  ],
  attributions: [
    { actor: 'Tehrik-i-Taliban Pakistan', action: 'perpetrator of (infobox)', target_or_event: '2014 Peshawar school massacre', according_to: WP },
    { actor: 'Tehrik-i-Taliban Pakistan', action: 'six gunmen affiliated with it conducted a terrorist attack on', target_or_event: 'attack on the Army Public School in Peshawar (16 December 2014)', according_to: WP },
    { actor: 'Special Services Group', action: 'defender (infobox)', target_or_event: '2014 Peshawar school massacre', according_to: WP },
    { actor: 'Special Services Group', action: 'undertook the rescue operation and killed all six terrorists in', target_or_event: 'attack on the Army Public School in Peshawar', according_to: WP },
    { actor: 'Special Services Group', action: 'is a special forces unit of', target_or_event: 'Pakistan Army', according_to: WP },
  ],
},
{
  file: '10-wikipedia-2003-el-nogal-club-bombing.txt', mentions: true,
  surfaces: [
    ['El Nogal Club', 'El Nogal Club', L], // attack venue, also inside the event name
    ['El Nogal club', 'El Nogal Club', L],
    ['Bogotá', 'Bogotá', L],
    ['Colombia', 'Colombia', L],
    ['United Nations', 'United Nations', O],
    ['Security Council', UNSC, O], // in "Security Council Resolution 1465" (the resolution itself is not annotated)
    ['Francisco Santos', 'Francisco Santos', P],
    ['FARC', 'FARC', O],
    ['ATF', 'ATF', O],
    ['U.S.', US, L],
    ['John Freddy Arellan', 'John Freddy Arellan', P],
    ['Arellan', 'John Freddy Arellan', P],
    ['Arrellan', 'John Freddy Arellan', P], // source typo
    ['Javier Paz', 'Javier Paz', P],
  ],
  event_dates: [
    { event: 'El Nogal Club bombing', date: '2003-02-07' },
    { event: 'United Nations adopts Security Council Resolution 1465 condemning the attack', date: '2003-02-13' },
    { event: 'Car used in the bombing bought with false documents (late 2002)', date: '2002' },
    { event: 'FARC denies any responsibility', date: '2003-03-10' },
  ],
  attributions: [
    { actor: 'United Nations', action: 'condemned (adopted Security Council Resolution 1465 condemning)', target_or_event: '2003 El Nogal Club bombing', according_to: WP },
    { actor: 'FARC', action: 'blamed for; "not the slightest doubt" that they were responsible', target_or_event: '2003 El Nogal Club bombing', according_to: 'Francisco Santos' },
    { actor: 'FARC', action: 'linked to', target_or_event: '2003 El Nogal Club bombing', according_to: 'Colombian prosecutors' },
    { actor: 'John Freddy Arellan', action: 'drove the car containing the explosives (participated in)', target_or_event: '2003 El Nogal Club bombing', according_to: 'the government' },
    { actor: 'Javier Paz', action: 'would have employed', target_or_event: 'John Freddy Arellan', according_to: 'the government' },
    { actor: 'Javier Paz', action: 'is a member of (FARC\'s)', target_or_event: 'FARC', according_to: 'the government' },
    { actor: 'FARC', action: 'denied any responsibility in', target_or_event: '2003 El Nogal Club bombing', according_to: 'FARC' },
    { actor: 'Colombia', action: 'planted the bomb ("state terrorism")', target_or_event: '2003 El Nogal Club bombing', according_to: 'FARC' },
  ],
},
{
  file: '11-state-2018-isis-greater-sahara-designation.txt', mentions: true,
  surfaces: [
    ['Office of the Spokesperson', 'Office of the Spokesperson', O], // as the first held-out set's "Office of the Spokesman"
    ['Washington, DC', 'Washington, D.C.', L],
    ['Department of State', STATE, O],
    ['ISIS in the Greater Sahara', ISGS, O],
    ['ISIS-GS', ISGS, O],
    ['Adnan Abu Walid al-Sahrawi', 'Adnan Abu Walid al-Sahrawi', P],
    ['al-Sahrawi', 'Adnan Abu Walid al-Sahrawi', P],
    ['Al-Sahrawi', 'Adnan Abu Walid al-Sahrawi', P],
    ['U.S.', US, L], // "U.S. persons", "U.S. jurisdiction", "U.S.-designated", "U.S.-Nigerien", "U.S. soldiers"
    ['Al-Mourabitoun', 'Al-Mourabitoun', O],
    ['al-Qa’ida', AQ, O],
    ['ISIS', IS, O],
    ['Mali', 'Mali', L],
    ['Niger', 'Niger', L],
    ['Tongo Tongo', 'Tongo Tongo', L],
  ],
  event_dates: [
    { event: 'State Department designates ISIS-GS and al-Sahrawi (media note dated May 16, 2018)', date: '2018-05-16' },
    { event: 'Al-Sahrawi first pledged allegiance to ISIS', date: '2015-05' },
    { event: 'ISIS acknowledged the pledge of allegiance from the group', date: '2016-10' },
    { event: 'Attack on a joint U.S.-Nigerien patrol near Tongo Tongo, Niger', date: '2017-10-04' },
  ],
  attributions: [
    { actor: STATE, action: 'designated as a Foreign Terrorist Organization', target_or_event: ISGS, according_to: STATE },
    { actor: STATE, action: 'designated as a Specially Designated Global Terrorist', target_or_event: ISGS, according_to: STATE },
    { actor: STATE, action: 'designated as a Specially Designated Global Terrorist', target_or_event: 'Adnan Abu Walid al-Sahrawi', according_to: STATE },
    { actor: 'Adnan Abu Walid al-Sahrawi', action: 'is the leader of', target_or_event: ISGS, according_to: STATE },
    { actor: ISGS, action: 'emerged when al-Sahrawi and his followers split from', target_or_event: 'Al-Mourabitoun', according_to: STATE },
    { actor: 'Al-Mourabitoun', action: 'is a splinter group of', target_or_event: AQ, according_to: STATE },
    { actor: US, action: 'designated as FTO and SDGT (U.S.-designated)', target_or_event: 'Al-Mourabitoun', according_to: STATE },
    { actor: 'Adnan Abu Walid al-Sahrawi', action: 'pledged allegiance to', target_or_event: IS, according_to: STATE },
    { actor: IS, action: 'acknowledged a pledge of allegiance from', target_or_event: ISGS, according_to: STATE },
    { actor: ISGS, action: 'claimed responsibility for', target_or_event: 'October 4, 2017 attack on a joint U.S.-Nigerien patrol near Tongo Tongo, Niger', according_to: STATE },
  ],
},
];
