// Single-annotator source annotations for the Dossier extraction NINETEENTH held-out set (eval/holdout19).
// Written blind (Dossier's extractor was not run on these texts, and its code was not read), following the
// annotation rules of eval/extraction/README.md and the boundary choices of eval/holdout/README.md to
// eval/holdout17/README.md (holdout18 by its README only; its documents, gold and annotation source were not
// opened).
// `node eval/extraction/tools/build_gold.mjs --dir eval/holdout19` turns these into ../gold.json (mention
// offsets by exact string search in JavaScript/UTF-16, then verified).
//
// surfaces: [surface, canonical, type, opts?]  type: organisation|person|place ('none' = blocker span)
//   opts.occ: restrict to these 0-based occurrences of the surface (boundary-valid matches)
//   opts.loose: also match where a letter or digit touches the surface (labels glued to values)
// Longest match wins on overlap; matches must not be preceded/followed by a letter or digit.

const O = 'organisation', P = 'person', L = 'place', N = 'none';

const VOA = 'Voice of America', WP = 'Wikipedia', STATE = 'U.S. Department of State';
const DOJ = 'U.S. Department of Justice', TREAS = 'U.S. Department of the Treasury';
const US = 'United States', AQ = 'al-Qaeda', OBL = 'Osama bin Laden', FBI = 'Federal Bureau of Investigation';
const DHKPC = "Revolutionary People's Liberation Party/Front", DEVSOL = 'Devrimci Sol';
const DEVSOLARU = 'Dev Sol Armed Revolutionary Units', DEVGENC = 'Dev Genc';
const GHAYTH = 'Sulaiman Abu Ghayth', HOLDER = 'Eric Holder', KAPLAN = 'Lewis A. Kaplan';
const GIA = 'Armed Islamic Group';
const SIDDIQUI = 'Aafia Siddiqui', BERMAN = 'Richard Berman', KSM = 'Khalid Sheikh Mohammed';
const MUJAO = 'Movement for Unity and Jihad in West Africa';
const IS = 'Islamic State', ISK = 'Islamic State Khorasan Province', BIJ = 'Bureau of Investigative Journalism';
const UVF = 'Ulster Volunteer Force', UK = 'United Kingdom', JCJ = 'Joint Committee on Justice (Oireachtas)';
const ROSARIO = 'Guilherme Pereira do Rosário', MACHADO = 'Wilson Luiz Chaves Machado', CRUZ = 'Newton Cruz';
const BA = 'Brazilian Army';
const GEMAYEL = 'Bachir Gemayel', KATAEB = 'Kataeb Party', SSNP = 'Syrian Social Nationalist Party';
const SHARTOUNI = 'Habib Shartouni', ALAM = 'Nabil Alam', ASSAD = 'Hafez al-Assad', IDF = 'Israel Defense Forces';
const AQUINO = 'Benigno Aquino Jr.', MARCOS = 'Ferdinand Marcos', GALMAN = 'Rolando Galman', NAIA = 'Ninoy Aquino International Airport';
const RAJIV = 'Rajiv Gandhi', DHANU = 'Thenmozhi Rajaratnam', LTTE = 'Liberation Tigers of Tamil Eelam';
const NDADAYE = 'Melchior Ndadaye', NGEZE = 'François Ngeze', BUYOYA = 'Pierre Buyoya', FRODEBU = 'Front pour la Démocratie au Burundi';

const ABUGHAYTHCASE = "Abu Ghayth's conspiracy to kill U.S. nationals and material support to terrorists (al Qaeda)";
const ITALYCELL = 'ten al Qaida members operating an Italy-based terror cell';
const GHAZNI = 'July 2008 shooting at a police station in Ghazni (attempted murder of U.S. soldiers and federal agents)';
const NIGER = 'attacks on a military base in Agadez and a uranium mine in Arlit (Niger)';
const JALALABAD = 'attack on the department for refugee affairs in Jalalabad (2018-07-31)';
const FARAH = 'roadside bomb in Farah province (Bala Buluk district)';
const DUBLIN = 'Dublin and Monaghan bombings (17 May 1974)';
const RIOCENTRO = 'Riocentro bombing (Rio de Janeiro, 30 April 1981)';
const GEMAYELKILL = 'assassination of Bachir Gemayel (Achrafieh, Beirut, 14 September 1982)';
const AQUINOKILL = 'assassination of Benigno Aquino Jr. (Manila International Airport, 21 August 1983)';
const RAJIVKILL = 'assassination of Rajiv Gandhi (Sriperumbudur, 21 May 1991)';
const COUP = '1993 Burundian coup attempt (21 October 1993)';

export const docs = [
{
  file: '01-state-crt2021-revolutionary-peoples-liberation-party-front.txt', mentions: true,
  surfaces: [
    ['Revolutionary People’s Liberation Party/Front', DHKPC, O], // heading and description (the stored text's curly apostrophe)
    ['DHKP/C', DHKPC, O], // heading, aka list and many times
    ['Devrimci Halk Kurtulus Partisi-Cephesi', DHKPC, O], // the aka list's Turkish form of the same name
    // the differently named aliases of the aka list are organisations of their own (the alias relation an
    // attribution), as holdout17's IDEK: the former name (Devrimci Sol / Dev Sol / Revolutionary Left, one
    // canonical: the abbreviation and the translation of the same name) and the armed units' name
    ['Devrimci Sol', DEVSOL, O], // aka list and description ("formed in 1978 as Devrimci Sol")
    ['Dev Sol', DEVSOL, O], // aka list and description ("or Dev Sol")
    ['Revolutionary Left', DEVSOL, O], // aka list (the English of Devrimci Sol)
    ['Dev Sol Armed Revolutionary Units', DEVSOLARU, O],
    ['Dev Sol Silahli Devrimci Birlikleri', DEVSOLARU, O], // the Turkish of the same name
    ['Dev Sol SDB', DEVSOLARU, O], // its abbreviation
    ['Dev Genc', DEVGENC, O], // "a splinter faction of Dev Genc (Revolutionary Youth)"
    ['Revolutionary Youth', DEVGENC, O], // the gloss of the same name
    ['United States', US, L],
    ['NATO', 'NATO', O], // twice
    ['U.S.', US, L], // "U.S. military and diplomatic personnel", "two U.S. military contractors", "20 U.S. and NATO", "U.S. targets"
    ['U.S. Air Force', 'United States Air Force', O], // "a U.S. Air Force officer" (the country inside the name is not separate)
    ['Istanbul', 'Istanbul', L],
    ['Embassy Ankara', 'U.S. Embassy in Ankara', L], // the attacked embassy (an attack venue; the city inside the venue's name is not separate) — a choice
  ],
  // "Turkish" is an adjective (Turkey is not named); "FTO" is a list designation; "Marxist-Leninist" is not a name;
  // "Country Report on Terrorism 2021 - Chapter 5" is the report's title.
  event_dates: [
    { event: 'DHKP/C designated a Foreign Terrorist Organization', date: '1997-10-08' },
    { event: 'The group formed as Devrimci Sol', date: '1978' },
    { event: 'The group renamed after factional infighting', date: '1994' },
    { event: 'The group began conducting attacks against foreign interests', date: '1990' },
    { event: 'First DHKP/C suicide bombing attacks against Turkish police (and IED use "since the end of 2001"; listed once)', date: '2001' },
    { event: 'High-profile attacks, including the suicide bombing of a police station in Istanbul', date: '2012' },
    { event: 'A DHKP/C operative exploded a suicide vest at the employee entrance to Embassy Ankara', date: '2013' },
  ],
  // "Since the late 1980s" is not fixed to a year and is left out.
  attributions: [
    { actor: US, action: 'designated as a Foreign Terrorist Organization (FTO)', target_or_event: DHKPC, according_to: STATE },
    { actor: DEVSOL, action: 'is an alias (aka) and the former name of', target_or_event: DHKPC, according_to: STATE },
    { actor: DEVSOLARU, action: 'is an alias (aka) of', target_or_event: DHKPC, according_to: STATE },
    { actor: DHKPC, action: 'was formed as a splinter faction of', target_or_event: DEVGENC, according_to: STATE },
    { actor: DHKPC, action: 'opposes (advocates a Marxist-Leninist ideology)', target_or_event: US, according_to: STATE },
    { actor: DHKPC, action: 'opposes', target_or_event: 'NATO', according_to: STATE },
    { actor: DHKPC, action: 'has primarily targeted current and retired Turkish security and military officials', target_or_event: 'current and retired Turkish security and military officials', according_to: STATE },
    { actor: DHKPC, action: 'began conducting attacks against foreign interests, including U.S. military and diplomatic personnel and facilities', target_or_event: US, according_to: STATE },
    { actor: DHKPC, action: 'assassinated two U.S. military contractors', target_or_event: 'two U.S. military contractors', according_to: STATE },
    { actor: DHKPC, action: 'wounded a U.S. Air Force officer', target_or_event: 'a U.S. Air Force officer', according_to: STATE },
    { actor: DHKPC, action: 'bombed more than 20 U.S. and NATO military, diplomatic, commercial and cultural facilities', target_or_event: 'U.S. and NATO facilities', according_to: STATE },
    { actor: DHKPC, action: 'began conducting its first suicide bombing attacks against Turkish police', target_or_event: 'Turkish police', according_to: STATE },
    { actor: DHKPC, action: 'has typically used IEDs against official Turkish and U.S. targets', target_or_event: 'official Turkish and U.S. targets', according_to: STATE },
    { actor: DHKPC, action: 'was responsible for high-profile attacks, including the suicide bombing of a police station in', target_or_event: 'Istanbul', according_to: STATE },
    { actor: DHKPC, action: 'its operative exploded a suicide vest at the employee entrance, killing a Turkish guard and seriously wounding a Turkish journalist', target_or_event: 'U.S. Embassy in Ankara', according_to: STATE },
  ],
},
{
  file: '02-doj-2014-al-qaeda-spokesman-abu-ghayth-sentenced-to-life.txt', mentions: true,
  surfaces: [
    ['Al Qaeda', AQ, O], // the headings
    ['al Qaeda', AQ, O], // the text, twice
    [GHAYTH, GHAYTH, P], // headings and text
    ['Salman Abu Ghayth', GHAYTH, P], // his aka
    ['Abu Ghayth', GHAYTH, P], // bare
    ['Manhattan', 'Manhattan', L], // "Manhattan Federal Court", "Manhattan federal court"
    ['Usama Bin Laden', OBL, P], // heading, "Usama Bin Laden’s son-in-law"
    ['Usama bin Laden', OBL, P], // Holder's quotation
    ['Ayman Al-Zawahiri', 'Ayman al-Zawahiri', P],
    ['United States', US, L], // "Against the United States", "United States Attorney General", "United States Attorney for …" (a country inside an office's title counts)
    [HOLDER, HOLDER, P],
    ['Holder', HOLDER, P], // "said Attorney General Holder"
    ['Southern District of New York', 'Southern District of New York', L], // inside the U.S. Attorney's title (as holdout15)
    ['Preet Bharara', 'Preet Bharara', P],
    ['John P. Carlin', 'John P. Carlin', P], // "Assistant Attorney General for National Security" is a title
    ['George Venizelos', 'George Venizelos', P], // "Assistant Director-in-Charge" is a title
    ['New York Field Office', 'New York Field Office (FBI)', O], // the FBI's unit (the city inside the unit's name is not separate, as holdout16's Boston Division)
    [FBI, FBI, O],
    ['FBI', FBI, O],
    ['New York City', 'New York City', L], // "New York City Police Commissioner" (a place inside an office's title)
    ['William J. Bratton', 'William J. Bratton', P],
    ['Lewis A. Kaplan', KAPLAN, P], // "U.S. District Judge" is a title (the country inside it counts)
    ['U.S.', US, L], // "U.S. District Judge", "U.S. nationals"
    ['America', US, L], // "America’s Article III court system"
  ],
  // "Article III" is a constitutional provision; "this district" is generic; the copy's date line is kept.
  event_dates: [
    { event: 'Abu Ghayth sentenced to life in prison ("today", the date line of the copy)', date: '2014-09-23' },
    { event: 'Abu Ghayth arrested overseas', date: '2013-02-28' },
    { event: 'Abu Ghayth first appeared in the Southern District of New York', date: '2013-03-01' },
    { event: 'Abu Ghayth found guilty after a three-week jury trial', date: '2014-03-26' },
    { event: 'The September 11th terrorist attacks (heading "September 11, 2001" and "the September 11th terrorist attacks"; listed once)', date: '2001-09-11' },
  ],
  attributions: [
    { actor: KAPLAN, action: 'sentenced to life in prison (Manhattan federal court) for conspiring to kill Americans and providing material support to terrorists', target_or_event: GHAYTH, according_to: DOJ },
    { actor: GHAYTH, action: 'was found guilty (three-week jury trial) of conspiring to kill U.S. nationals, conspiring to provide material support to terrorists and providing material support to terrorists', target_or_event: ABUGHAYTHCASE, according_to: DOJ },
    { actor: GHAYTH, action: 'was the spokesman (at the time of the September 11th terrorist attacks) of', target_or_event: AQ, according_to: DOJ },
    { actor: GHAYTH, action: 'is the son-in-law of', target_or_event: OBL, according_to: DOJ },
    { actor: GHAYTH, action: 'appeared with Usama Bin Laden and Ayman Al-Zawahiri immediately after September 11, 2001, threatening additional attacks against', target_or_event: US, according_to: DOJ },
    { actor: GHAYTH, action: 'is a senior member of', target_or_event: AQ, according_to: HOLDER },
    { actor: GHAYTH, action: 'is an associate of', target_or_event: OBL, according_to: HOLDER },
  ],
},
{
  file: '03-treasury-2004-ten-al-qaida-members-of-italy-based-cell-designated.txt', mentions: true,
  surfaces: [
    ['OFFICE OF PUBLIC AFFAIRS', 'Office of Public Affairs (U.S. Department of the Treasury)', O], // the release's letterhead (as holdout18's Office of Public Affairs)
    ['Treasury', TREAS, O], // "Treasury Designates …" (the headline)
    ['Department of the Treasury', TREAS, O],
    ['Al Qaida', AQ, O], // the headline
    ['al Qaida', AQ, O],
    ['Italy', 'Italy', L], // "Italy-Based", "Italy’s" (twice), "immigration to Italy", "submitted by Italy" ("Italian" is an adjective)
    ['U.N.', 'United Nations', O], // "to the U.N.", "(U.N.)"
    ['United Nations', 'United Nations', O], // twice
    [GIA, GIA, O], // canonical as holdout6
    ['GIA', GIA, O],
    ['U.S.', US, L], // "The U.S. has determined", "U.S. law"
    ['Financial Action Task Force', 'Financial Action Task Force', O],
    ['United States', US, L], // "the United States government"
  ],
  // "Executive Order 13224" is an order, "Special Recommendation III on Terrorist Financing" a standard; "Member
  // States" and "the Italian government" are generic (an adjective). The copy's "Press Room" and the PDF reader
  // line were dropped as page furniture. No person is named (the ten individuals' names are not in this excerpt).
  event_dates: [
    { event: 'Treasury announced the terrorist designation of ten al Qaida loyalists ("today", the date line)', date: '2004-03-18' },
  ],
  attributions: [
    { actor: TREAS, action: 'announced the terrorist designation of (ten al Qaida loyalists)', target_or_event: ITALYCELL, according_to: TREAS },
    { actor: 'ten individuals (an Italy-based terror cell)', action: 'are members (loyalists) of', target_or_event: AQ, according_to: TREAS },
    { actor: 'Italy', action: 'submitted the individuals for listing as terrorists by the United Nations', target_or_event: ITALYCELL, according_to: TREAS },
    { actor: 'ten individuals (an Italy-based terror cell)', action: 'used their relationship with the GIA to provide financial and material support for terrorist groups', target_or_event: GIA, according_to: 'Italy (documents provided by the Italian government)' },
    { actor: 'ten individuals (an Italy-based terror cell)', action: 'assisted in illegal immigration to', target_or_event: 'Italy', according_to: 'Italy (documents provided by the Italian government)' },
    { actor: US, action: 'determined that the individuals meet the standards for designation under U.S. law', target_or_event: ITALYCELL, according_to: TREAS },
  ],
},
{
  file: '04-voa-2010-pakistani-receives-86-year-sentence-for-firing-at-us-troops.txt', mentions: true,
  surfaces: [
    ['US', US, L], // the headline's "US Troops"
    ['U.S.', US, L], // many times ("A U.S. federal court", "U.S. soldiers", "U.S. forces", "U.S. prosecutors", "U.S. officials", "U.S. military reports")
    ['New York', 'New York City', L], // "a U.S. federal court in New York" (as holdout18's sentencing hearing in New York), "the 2001 terrorist attacks on New York and Washington"
    [SIDDIQUI, SIDDIQUI, P],
    ['Siddiqui', SIDDIQUI, P], // bare, many times (also "Siddiqui's")
    ['Afghanistan', 'Afghanistan', L],
    [BERMAN, BERMAN, P], // twice ("District Court Judge", "Judge" are titles)
    ['Berman', BERMAN, P],
    ['Ghazni', 'Ghazni', L],
    ['United States', US, L], // twice
    ['al-Qaida', AQ, O],
    [KSM, KSM, P],
    ['Washington', 'Washington, D.C.', L], // "the 2001 terrorist attacks on New York and Washington"
    ['Charles Swift', 'Charles Swift', P],
  ],
  // "Pakistani", "American", "Afghan" are adjectives; "the jury", "Afghan police", "U.S. forces" are generic;
  // "the WikiLeaks website" is a publishing platform (not annotated, as the dev set's platforms). The page's
  // "Accessibility links" and "Breaking News" were dropped as furniture.
  event_dates: [
    { event: 'Siddiqui grabbed a soldier\'s rifle at a Ghazni police station and began firing ("a July 2008 incident")', date: '2008-07' },
    { event: 'Terrorist attacks on New York and Washington ("the 2001 terrorist attacks")', date: '2001' },
  ],
  // The sentencing ("two years ago", "this year") has no date in the stored text (no date line) and is left out.
  attributions: [
    { actor: BERMAN, action: 'sentenced to 86 years in prison (conviction on seven counts) for attempting to murder U.S. soldiers and federal agents', target_or_event: SIDDIQUI, according_to: VOA },
    { actor: SIDDIQUI, action: 'grabbed an American soldier\'s rifle at a police station and began firing (attempted murder of U.S. soldiers and federal agents)', target_or_event: GHAZNI, according_to: VOA },
    { actor: 'U.S. forces', action: 'returned fire, wounding', target_or_event: SIDDIQUI, according_to: VOA },
    { actor: SIDDIQUI, action: 'was found carrying plans for terrorist attacks in the United States', target_or_event: US, according_to: 'U.S. prosecutors' },
    { actor: SIDDIQUI, action: 'helped al-Qaida operatives who were sent to the United States by Khalid Sheikh Mohammed', target_or_event: AQ, according_to: 'U.S. officials' },
    { actor: KSM, action: 'sent al-Qaida operatives to the United States (U.S. officials say)', target_or_event: AQ, according_to: 'U.S. officials' },
    { actor: KSM, action: 'is the alleged mastermind of', target_or_event: '2001 terrorist attacks on New York and Washington', according_to: VOA },
    { actor: BERMAN, action: 'repeatedly termed her acts premeditated and increased the sentence for terrorist intent and motivation to commit a hate crime', target_or_event: SIDDIQUI, according_to: VOA },
    { actor: SIDDIQUI, action: 'pointed a weapon (the military report does not mention her as having fired the gun)', target_or_event: GHAZNI, according_to: 'Charles Swift (defense attorney)' },
  ],
},
{
  file: '05-voa-2013-soldiers-killed-in-niger-attacks-on-agadez-base-and-arlit-mine.txt', mentions: true,
  surfaces: [
    ['DAKAR', 'Dakar', L], // the dateline
    ['Niger', 'Niger', L], // "Niger's government", "Niger's role", "Niger has contributed"
    ['Agadez', 'Agadez', L], // four times
    ['Arlit', 'Arlit', L], // twice
    ['VOA', VOA, O], // "Sources confirmed to VOA"
    ['MUJAO', MUJAO, O], // canonical as holdout11
    ['Mali', 'Mali', L], // "northern Mali", twice
    ['Morou Amadou', 'Morou Amadou', P], // "Government spokesman" is a title
    ['Hassane', 'Hassane', P], // "This resident, Hassane" (as written: one name)
    ['Somair', 'Somair', O], // "the French-owned Somair uranium mine" (the company's name used attributively, as holdout17's Fiat)
    ['Paris', 'Paris', L], // "The Paris-based Areva" (a place inside "-based", as holdout18)
    ['Areva', 'Areva', O],
  ],
  // "French", "French-owned", "French-led", "Nigerien", "West African", "Malian" are adjectives (France is not
  // named); "French media", "Islamist fighters", "security forces" are generic.
  event_dates: [],
  // The stored text has no date line and no headline: "Thursday" (the attacks) and "in January" (the intervention)
  // have no year in the text and are left out. Doc 05 has no event date.
  attributions: [
    { actor: MUJAO, action: 'claimed responsibility for the double attack (as retribution for Niger\'s role in the French-led military intervention in northern Mali)', target_or_event: NIGER, according_to: 'French media' },
    { actor: 'five suicide bombers (the attackers)', action: 'killed at least 20 soldiers in attacks on a military base in Agadez and a uranium mine in Arlit', target_or_event: NIGER, according_to: "Niger (Niger's government)" },
    { actor: 'one attacker in Agadez', action: 'remains on the loose and is holding a few young officers hostage at the base', target_or_event: NIGER, according_to: 'sources (confirmed to VOA)' },
    { actor: 'multiple insurgents', action: 'were involved; some wore explosive belts, arrived in a vehicle rigged with explosives and attacked, killing soldiers', target_or_event: 'attack on the military barracks in Agadez', according_to: 'Morou Amadou' },
    { actor: 'a suicide car bomb (attackers)', action: 'struck the French-owned Somair uranium mine, killing one person and injuring 14', target_or_event: 'attack on the Somair uranium mine in Arlit', according_to: 'Areva (statement)' },
    { actor: 'France', action: 'led the military intervention in northern Mali against', target_or_event: MUJAO, according_to: VOA },
    { actor: 'Niger', action: 'contributed troops to a West African regional force fighting Islamist militants in northern', target_or_event: 'Mali', according_to: VOA },
    { actor: 'Islamist fighters', action: 'have re-emerged to carry out guerilla attacks against Malian troops and regional targets', target_or_event: 'Mali', according_to: VOA },
  ],
},
{
  file: '06-voa-2018-suicide-bombers-raid-afghan-government-office.txt', mentions: true,
  surfaces: [
    ['Jalalabad', 'Jalalabad', L], // caption and text
    ['Afghanistan', 'Afghanistan', L], // three times ("Afghan" is an adjective)
    ['Nangarhar', 'Nangarhar', L], // "the Nangarhar province", "in Nangarhar"
    ['Pakistan', 'Pakistan', L],
    ['Attahullah Khogyani', 'Attahullah Khogyani', P],
    ['VOA', VOA, O], // "told VOA", twice
    ['Taliban', 'Taliban', O], // "The Taliban insurgency", "Taliban insurgents"
    ['Islamic State', IS, O], // twice ("Islamic State could be behind", "franchise of Islamic State")
    ['IS-K', ISK, O], // "[known as IS-K]"
    [BIJ, BIJ, O], // a research outlet cited as a source
    ['Farah', 'Farah', L], // "western Farah province"
    ['Nasar Mehri', 'Nasar Mehri', P],
    ['Bala Buluk', 'Bala Buluk', L], // "the Bala Buluk district"
  ],
  // "the department for refugee affairs" is generic; "Sikh" is a religion; "Afghan" is an adjective. The page's
  // "Accessibility links" and "Breaking News" were dropped as furniture; "issued Monda" is as stored (a word cut in
  // the source).
  event_dates: [
    { event: 'Attack on the refugee affairs department in Jalalabad (the caption, "July 31, 2018")', date: '2018-07-31' },
    { event: 'Roadside bomb in Farah province killed at least 11 passengers ("early Tuesday": the caption\'s day, a Tuesday; computed)', date: '2018-07-31' },
  ],
  // "in the past month" and "Monda[y]" (the report) are left out.
  attributions: [
    { actor: 'the assailants', action: 'targeted the department for refugee affairs in Jalalabad (the attack killed at least 15 people)', target_or_event: JALALABAD, according_to: 'Afghanistan (Afghan authorities; officials)' },
    { actor: 'a suicide bomber', action: 'began the attack by blowing himself up at the entrance, enabling the assailants to storm the building', target_or_event: JALALABAD, according_to: 'Attahullah Khogyani' },
    { actor: 'Taliban', action: 'denied its involvement in', target_or_event: JALALABAD, according_to: 'Taliban' },
    { actor: IS, action: 'could be behind the violence (suspicions strengthened by the Taliban statement)', target_or_event: JALALABAD, according_to: VOA },
    { actor: IS, action: 'has claimed most of the attacks in Nangarhar in the past month', target_or_event: 'attacks in Nangarhar in the past month', according_to: VOA },
    { actor: IS, action: 'claimed the beheading of three school guards', target_or_event: 'beheading of three school guards in Nangarhar', according_to: VOA },
    { actor: IS, action: 'claimed a suicide blast that killed 19 people, mostly members of the Afghan Sikh minority', target_or_event: 'suicide blast in Nangarhar that killed 19 people', according_to: VOA },
    { actor: ISK, action: 'is the country\'s franchise of', target_or_event: IS, according_to: BIJ },
    { actor: ISK, action: 'has managed to gain a foothold in the province (Nangarhar)', target_or_event: 'Nangarhar', according_to: BIJ },
    { actor: 'Taliban', action: 'had recently planted the roadside bomb to target Afghan security forces (claimed)', target_or_event: FARAH, according_to: 'Nasar Mehri' },
  ],
},
{
  file: '07-liquisearch-1974-dublin-and-monaghan-bombings.txt', mentions: true,
  surfaces: [
    ['Dublin', 'Dublin', L], // heading, lead (also inside the event's name), "Three exploded in Dublin"
    ['Monaghan', 'Monaghan', L], // likewise
    ['Republic of Ireland', 'Ireland', L], // twice (canonical as the earlier sets)
    [UVF, UVF, O],
    ['UVF', UVF, O], // three times
    ['United Kingdom', UK, L],
    ['Merlyn Rees', 'Merlyn Rees', P],
    ['Northern Ireland', 'Northern Ireland', L], // "Secretary of State for Northern Ireland" (a place inside an office's title), "in Northern Ireland", "governance of Northern Ireland"
    ['Joint Committee on Justice', JCJ, O], // "The Irish parliament's Joint Committee on Justice" (a named committee)
    ["Ulster Workers' Council", "Ulster Workers' Council", O], // inside the strike's name (a named body; Ulster inside it is not separate)
    ['Northern Ireland Assembly', 'Northern Ireland Assembly', O], // the legislature (as holdout18's National Diet); the bare "the Assembly" is generic
    ['Sunningdale Agreement', null, N], // an agreement's name (not annotated, with the place inside it, as holdout18's treaty)
  ],
  // "British", "Irish" are adjectives ("the British Government" is the United Kingdom as an actor, with no place
  // mention); "The Troubles" is a period's name; "loyalist", "unionists", "Irish nationalists" are not names. The
  // copy's "Read more about Dublin And Monaghan Bombings: …" line was dropped as furniture.
  event_dates: [
    { event: 'Car bombings in Dublin and Monaghan', date: '1974-05-17' },
    { event: 'The UVF claimed responsibility for the bombings', date: '1993' },
    { event: 'The UVF\'s status as a proscribed organisation lifted by Merlyn Rees ("The month before the bombings"; computed)', date: '1974-04' },
    { event: 'Downfall of the Northern Ireland Assembly ("on 28 May", year from the lead)', date: '1974-05-28' },
  ],
  attributions: [
    { actor: UVF, action: 'claimed responsibility for (in 1993)', target_or_event: DUBLIN, according_to: WP },
    { actor: 'Merlyn Rees', action: 'lifted the status as a proscribed organisation in the United Kingdom of', target_or_event: UVF, according_to: WP },
    { actor: 'elements of the British security forces', action: 'colluded with the UVF in the bombings (various credible allegations)', target_or_event: DUBLIN, according_to: WP },
    { actor: 'British security forces', action: 'involved in the attacks, an act of international terrorism', target_or_event: DUBLIN, according_to: JCJ },
    { actor: 'elements of the British security forces', action: 'denies (contests) the allegations of collusion with the UVF in', target_or_event: DUBLIN, according_to: 'United Kingdom (the British Government)' },
    { actor: 'elements of the British security forces', action: 'denies (contests) the allegations of collusion in', target_or_event: DUBLIN, according_to: UVF },
  ],
},
{
  file: '08-wikipedia-1981-riocentro-bombing.txt', mentions: true,
  surfaces: [
    ['Riocentro', 'Riocentro', L], // the attacked convention center (an attack venue): heading, infobox, lead (also inside the event's name)
    ['Brazil', 'Brazil', L], // infobox (four times) and lead ("Brazil's military regime")
    ['Rio de Janeiro', 'Rio de Janeiro', L], // twice
    [ROSARIO, ROSARIO, P], // infobox perpetrators ("Sgt." is a title)
    [MACHADO, MACHADO, P], // infobox perpetrators ("Cpt." is a title)
    ['Wilson Machado', MACHADO, P], // infobox charges ("Colonel" is a title)
    ['Machado', MACHADO, P], // infobox verdict
    ['Cruz', CRUZ, P], // infobox verdict
    [CRUZ, CRUZ, P], // infobox charges ("General" is a title)
    [BA, BA, O], // "officers of the Brazilian Army"
    ['National Truth Commission', 'National Truth Commission (Brazil)', O],
    ['João Goulart', 'João Goulart', P],
    ['Humberto Castelo Branco', 'Humberto Castelo Branco', P],
    ['Artur da Costa e Silva', 'Artur da Costa e Silva', P],
  ],
  // "BRT" is a time zone; "May Day" is a holiday; "Brazilian military" is an adjective with a generic noun;
  // "left-wing guerrillas" is generic.
  event_dates: [
    { event: 'Riocentro bombing (infobox and lead, once)', date: '1981-04-30' },
    { event: 'Coup d\'état that overthrew João Goulart ("In April 1964"; the regime "in power since 1964", listed once)', date: '1964-04' },
    { event: 'End of the military government', date: '1985' },
    { event: 'Renewed investigations began ("since 1999")', date: '1999' },
    { event: 'Castelo Branco sidelined by Costa e Silva', date: '1967' },
  ],
  attributions: [
    { actor: ROSARIO, action: 'perpetrator (infobox)', target_or_event: RIOCENTRO, according_to: WP },
    { actor: MACHADO, action: 'perpetrator (infobox)', target_or_event: RIOCENTRO, according_to: WP },
    { actor: BA, action: 'carried out (its officers) the bombing, a false flag operation intended to frame left-wing guerrillas', target_or_event: RIOCENTRO, according_to: WP },
    { actor: 'military authorities', action: 'were responsible for the planning and execution of', target_or_event: RIOCENTRO, according_to: 'National Truth Commission (Brazil)' },
    { actor: MACHADO, action: 'charged with qualified manslaughter for', target_or_event: RIOCENTRO, according_to: WP },
    { actor: CRUZ, action: 'charged with perjury in the case of', target_or_event: RIOCENTRO, according_to: WP },
    { actor: MACHADO, action: 'found not guilty on any charges (verdict)', target_or_event: RIOCENTRO, according_to: WP },
    { actor: CRUZ, action: 'found not guilty on any charges (verdict)', target_or_event: RIOCENTRO, according_to: WP },
    { actor: 'a coup d\'état (the military)', action: 'overthrew elected president', target_or_event: 'João Goulart', according_to: WP },
  ],
},
{
  file: '09-wikipedia-1982-assassination-of-bachir-gemayel.txt', mentions: true,
  surfaces: [
    [GEMAYEL, GEMAYEL, P], // heading, infobox (title, target "Bachir Gemayel KIA", fatalities), also inside the event's name
    ['Bashir Gemayel', GEMAYEL, P], // infobox motive, lead (the other spelling of the same man)
    ['Gemayel', GEMAYEL, P], // bare, twice
    ['Kataeb Party', KATAEB, O], // infobox location ("Kataeb Party headquarters"), lead twice
    ['Phalanges', KATAEB, O], // "(also known as the Phalanges)"
    ['Beirut', 'Beirut', L], // twice
    ['Lebanon', 'Lebanon', L], // infobox "Beirut, Lebanon", inside "The 1982 Lebanon War" / "the 1982 Lebanon war", and three times in the background
    ['Achrafieh', 'Achrafieh', L],
    ['SSNP-L', SSNP, O], // infobox "SSNP-L members" (the party's Lebanese branch; one canonical — a choice)
    [SSNP, SSNP, O],
    ['SSNP', SSNP, O],
    [SHARTOUNI, SHARTOUNI, P], // infobox twice, lead
    [ALAM, ALAM, P], // infobox, lead
    ['Hafez Al-Assad', ASSAD, P], // infobox (as written)
    [ASSAD, ASSAD, P], // lead ("president" is a title); canonical as holdout15
    [IDF, IDF, O],
    ['IDF', IDF, O], // three times
    ['Israeli Defense Force', IDF, O], // the background's form of the same army
    ['Lebanese Forces', 'Lebanese Forces', O], // "the Lebanese Forces militia"
    ['Elie Hobeika', 'Elie Hobeika', P],
    ['Sabra', 'Sabra', L], // "the centrally located Sabra neighborhood"
    ['Shatila', 'Shatila', L], // "adjoining Shatila refugee camp"
    ['Israel', 'Israel', L], // four times ("Israeli" is an adjective)
    ['Ariel Sharon', 'Ariel Sharon', P], // "Defense Minister of Israel" is an office (the country inside it counts)
    ['PLO', 'Palestine Liberation Organization', O],
  ],
  // "Lebanese", "Syrian", "Israeli", "Palestinians", "Shia Muslims" are adjectives or groups; "The Lebanese Civil
  // War" and "The Arab-Israeli conflict" hold adjectives only; "the Syrian government" is Syria as an actor (no
  // place mention); "KIA", "TNT" are not names.
  event_dates: [
    { event: 'Bomb detonated at the Kataeb Party meeting, killing Bachir Gemayel', date: '1982-09-14' },
    { event: 'Habib Shartouni sentenced to death (infobox "Convicted")', date: '2011' },
    { event: 'The IDF moved to occupy the city ("The next day"; computed)', date: '1982-09-15' },
    { event: 'Israel invaded Lebanon (the 1982 Lebanon War; listed once)', date: '1982' },
  ],
  attributions: [
    { actor: SHARTOUNI, action: 'perpetrator (infobox "SSNP-L members Habib Shartouni and Nabil Alam")', target_or_event: GEMAYELKILL, according_to: WP },
    { actor: ALAM, action: 'perpetrator (infobox)', target_or_event: GEMAYELKILL, according_to: WP },
    { actor: ASSAD, action: 'allegedly commanded the perpetrators (infobox)', target_or_event: GEMAYELKILL, according_to: WP },
    { actor: SHARTOUNI, action: 'convicted and sentenced to death in 2011 (mass murder, assassination, premeditated murder) for', target_or_event: GEMAYELKILL, according_to: WP },
    { actor: SHARTOUNI, action: 'carried out the attack', target_or_event: GEMAYELKILL, according_to: WP },
    { actor: ALAM, action: 'allegedly planned the attack', target_or_event: GEMAYELKILL, according_to: WP },
    { actor: SHARTOUNI, action: 'is a member of', target_or_event: SSNP, according_to: WP },
    { actor: ALAM, action: 'is a member of', target_or_event: SSNP, according_to: WP },
    { actor: 'Syria', action: 'Shartouni and Alam believed to have acted on instructions of the Syrian government led by Hafez al-Assad in', target_or_event: GEMAYELKILL, according_to: WP },
    { actor: IDF, action: 'moved to occupy the city, allowing the Lebanese Forces militia to enter Sabra and Shatila', target_or_event: 'Beirut', according_to: WP },
    { actor: 'Lebanese Forces', action: 'its militia members massacred between 1,300 and 3,500 civilians, mostly Palestinians and Lebanese Shia Muslims', target_or_event: 'massacre in Sabra and Shatila (September 1982)', according_to: WP },
    { actor: 'Elie Hobeika', action: 'commanded the militia of', target_or_event: 'Lebanese Forces', according_to: WP },
    { actor: 'Israel', action: 'invaded (1982)', target_or_event: 'Lebanon', according_to: WP },
    { actor: IDF, action: 'were planning an invasion to uproot the PLO threat to Israel (as Sharon told Gemayel)', target_or_event: 'Palestine Liberation Organization', according_to: 'Ariel Sharon' },
  ],
},
{
  file: '10-iiab-1983-assassination-of-ninoy-aquino.txt', mentions: true,
  surfaces: [
    ['Ninoy Aquino', AQUINO, P], // the heading and infobox title "Assassination of Ninoy Aquino" (the person inside the event's name)
    ['Benigno "Ninoy" Aquino Jr.', AQUINO, P], // the lead's full name with the quoted nickname
    ['Benigno Aquino Jr.', AQUINO, P, { loose: true }], // infobox lines (also glued: "TargetBenigno Aquino Jr.", "DeathsBenigno Aquino Jr.")
    ['Aquino', AQUINO, P], // bare, several times (also "Aquino's")
    ['Corazon Aquino', 'Corazon Aquino', P], // his widow
    [NAIA, NAIA, L], // "(now named Ninoy Aquino International Airport in his honor)": the attack venue's present name
    ['Manila International Airport', NAIA, L, { loose: true }], // lead and infobox ("LocationManila International Airport"): the same airport, canonical its present name (as holdout17's Bombay/Mumbai)
    ['Parañaque', 'Parañaque', L],
    ['Philippines', 'Philippines', L], // infobox, "return to the Philippines"
    ['Philippine Senate', 'Senate of the Philippines', O], // the legislature ("a former Philippine senator" holds an adjective only)
    [MARCOS, MARCOS, P], // "President" is a title
    ['Marcos', MARCOS, P], // bare, five times (also "Marcos's", "Marcos'")
    ['Imelda', 'Imelda Marcos', P], // "Marcos' wife, Imelda"
    ['United States', US, L],
    [GALMAN, GALMAN, P, { loose: true }], // lead, infobox "Deaths" line and glued "AccusedRolando Galman[2]"
    ['Pablo Martinez', 'Pablo Martinez', P], // infobox twice ("Pablo Martinez[3]" keeps its mark outside the span)
    ['Rogelio Moreno', 'Rogelio Moreno', P], // infobox twice
    ['Boston', 'Boston', L],
  ],
  // "Philippine" is an adjective; "People Power Revolution" is an event's name without a place; "PST" is a time
  // zone; ".45 caliber pistol" is a weapon; "AssailantDisputed[1]" holds no name.
  event_dates: [
    { event: 'Benigno Aquino Jr. assassinated at Manila International Airport (lead and infobox, once)', date: '1983-08-21' },
    { event: 'Aquino elected to the Philippine Senate', date: '1967' },
    { event: 'Marcos declared martial law (Aquino imprisoned shortly after)', date: '1972' },
    { event: 'Aquino had a heart attack in prison (and was allowed to leave the country)', date: '1980' },
    { event: 'Snap presidential election', date: '1986' },
  ],
  attributions: [
    { actor: GALMAN, action: 'was (falsely) accused of the murder of', target_or_event: AQUINO, according_to: WP },
    { actor: GALMAN, action: 'accused (infobox)', target_or_event: AQUINOKILL, according_to: WP },
    { actor: 'Pablo Martinez', action: 'accused (infobox)', target_or_event: AQUINOKILL, according_to: WP },
    { actor: 'Rogelio Moreno', action: 'accused (infobox)', target_or_event: AQUINOKILL, according_to: WP },
    { actor: 'Pablo Martinez', action: 'convicted (one of 16, infobox)', target_or_event: AQUINOKILL, according_to: WP },
    { actor: 'Rogelio Moreno', action: 'convicted (one of 16, infobox)', target_or_event: AQUINOKILL, according_to: WP },
  ],
  // The infobox's "Assailant: Disputed" names nobody; Galman's own death ("Also killed") has no named actor.
},
{
  file: '11-piglix-1991-assassination-of-rajiv-gandhi.txt', mentions: true,
  surfaces: [
    [RAJIV, RAJIV, P], // five times
    ['Gandhi', RAJIV, P], // "Gandhi, his assassin and 14 others"
    ['India', 'India', L], // "Prime Minister of India" (a country inside an office's title), "Tamil Nadu, India", "India had just ended"
    ['Sriperumbudur', 'Sriperumbudur', L], // four times
    ['Madras', 'Chennai', L], // twice ("Madras (now Chennai)": one city, canonical its present name)
    ['Chennai', 'Chennai', L],
    ['Tamil Nadu', 'Tamil Nadu', L], // twice
    [DHANU, DHANU, P],
    ['Dhanu', DHANU, P], // "also known as Dhanu", "the assassin, Dhanu"
    [LTTE, LTTE, O], // canonical as holdout6
    ['LTTE', LTTE, O],
    ['Sri Lanka', 'Sri Lanka', L], // ("the Sri Lankan Civil War" holds an adjective only)
    ['Indian Peace Keeping Force', 'Indian Peace Keeping Force', O],
    ['Visakhapatnam', 'Visakhapatnam', L],
    ['Congress party', 'Indian National Congress', O], // "Congress party workers" (the party's short name) — a choice
  ],
  // "Ambassador car" is a car model; "RDX" an explosive; "two commissions of inquiry" and "one national
  // government" are generic. The stored text has no heading; the title comes from the address.
  event_dates: [
    { event: 'Suicide bombing that killed Rajiv Gandhi in Sriperumbudur (lead; "On 21 May" the same day, listed once)', date: '1991-05-21' },
  ],
  attributions: [
    { actor: DHANU, action: 'carried out (the suicide bombing)', target_or_event: RAJIVKILL, according_to: WP },
    { actor: DHANU, action: 'detonated an RDX explosive-laden belt, killing', target_or_event: RAJIV, according_to: WP },
    { actor: LTTE, action: 'the attack was blamed on', target_or_event: RAJIVKILL, according_to: WP },
    { actor: 'Indian Peace Keeping Force', action: 'was India\'s involvement (just ended) in', target_or_event: 'Sri Lankan Civil War', according_to: WP },
  ],
},
{
  file: '12-pinocchiopedia-1993-burundian-coup-attempt.txt', mentions: true,
  surfaces: [
    ['Burundi', 'Burundi', L], // lead (twice), infobox, background (three times; also "Burundi's")
    [NDADAYE, NDADAYE, P], // lead and infobox caption ("Hutu President", "President" are not part of the span)
    ['Ndadaye', NDADAYE, P], // bare, twice (also "Ndadaye's")
    [NGEZE, NGEZE, P],
    ['Ngeze', NGEZE, P],
    ['Sylvie Kinigi', 'Sylvie Kinigi', P], // "Prime Minister" is a title
    ['Bujumbura', 'Bujumbura', L, { loose: true }], // the infobox's glued "LocationBujumbura, Burundi"
    [FRODEBU, FRODEBU, O], // the country inside the party's name is not separate
    ['FRODEBU', FRODEBU, O], // twice
    ['Union pour le Progrès National', 'Union pour le Progrès National', O],
    ['UPRONA', 'Union pour le Progrès National', O],
    [BUYOYA, BUYOYA, P],
    ['Buyoya', BUYOYA, P],
    ['Jean Bikomagu', 'Jean Bikomagu', P], // "Army Chief of Staff" is a title
    ['Jean-Baptiste Bagaza', 'Jean-Baptiste Bagaza', P], // "ex-President" is a title
  ],
  // "Burundian", "Tutsi", "Hutu" are adjectives or ethnic groups ("1993 Burundian coup attempt" holds an adjective
  // only); "the army" and "elements in the army" are generic.
  event_dates: [
    { event: 'Coup attempted; President Ndadaye assassinated (lead)', date: '1993-10-21' },
    { event: 'Coup attempt (infobox "21 October–November 1993")', date: '1993-10-21/1993-11' },
    { event: 'Presidential and parliamentary elections won by FRODEBU', date: '1993-06' },
    { event: 'New coalition government installed with Ndadaye as president ("on 10 July", year from the context)', date: '1993-07-10' },
  ],
  attributions: [
    { actor: 'a Tutsi-dominated army faction', action: 'attempted a coup in Burundi', target_or_event: COUP, according_to: WP },
    { actor: 'a Tutsi-dominated army faction', action: 'the coup attempt resulted in the assassination of', target_or_event: NDADAYE, according_to: WP },
    { actor: 'the army', action: 'presented as the new President of Burundi', target_or_event: NGEZE, according_to: WP },
    { actor: NGEZE, action: 'widely suspected to have been involved in leading the plot', target_or_event: COUP, according_to: WP },
    { actor: 'Jean Bikomagu', action: 'widely suspected to have been involved in leading the plot', target_or_event: COUP, according_to: WP },
    { actor: 'Jean-Baptiste Bagaza', action: 'widely suspected to have been involved in leading the plot', target_or_event: COUP, according_to: WP },
    { actor: BUYOYA, action: 'widely suspected to have been involved in leading the plot', target_or_event: COUP, according_to: WP },
    { actor: NDADAYE, action: 'was the leader of', target_or_event: FRODEBU, according_to: WP },
  ],
},
];
