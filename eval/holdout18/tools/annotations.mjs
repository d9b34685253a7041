// Single-annotator source annotations for the Dossier extraction EIGHTEENTH held-out set (eval/holdout18).
// Written blind (Dossier's extractor was not run on these texts, and its code was not read), following the
// annotation rules of eval/extraction/README.md and the boundary choices of eval/holdout16/README.md and
// eval/holdout16/tools/annotations.mjs (the template; eval/holdout17/README.md was the only file of that set read).
// `node eval/extraction/tools/build_gold.mjs --dir eval/holdout18` turns these into ../gold.json (mention
// offsets by exact string search in JavaScript/UTF-16, then verified).
//
// surfaces: [surface, canonical, type, opts?]  type: organisation|person|place ('none' = blocker span)
//   opts.occ: restrict to these 0-based occurrences of the surface (boundary-valid matches)
//   opts.loose: also match where a letter or digit touches the surface (labels glued to values)
// Longest match wins on overlap; matches must not be preceded/followed by a letter or digit.

const O = 'organisation', P = 'person', L = 'place', N = 'none';

const VOA = 'Voice of America', WP = 'Wikipedia', STATE = 'U.S. Department of State';
const DOJ = 'U.S. Department of Justice', TREAS = 'U.S. Department of the Treasury';
const US = 'United States', AQ = 'al-Qaeda', UN = 'United Nations', DC = 'Washington, D.C.';

const NAVARRETE = 'Diego Alfonso Navarrete Beltran', FARC = 'FARC';
const KIDNAP = 'kidnapping of three U.S. citizens in Colombia (2003)';
const CFN = 'Conspiracy of Fire Nuclei';
const PARCELS = '2010 mail parcel bombings (EU government offices in Germany and Italy, foreign embassies in Greece)';
const AHF = 'Al-Haramain Islamic Foundation', AHF_SOM = 'Al-Haramain Islamic Foundation (Somalia)';
const AHF_BIH = 'Al-Haramain Islamic Foundation (Bosnia and Herzegovina)', BIH = 'Bosnia and Herzegovina';
const AIAI = 'al-Itihaad al-Islamiya', BARAKAAT = 'Al-Barakaat Bank', GAMAA = "al-Jama'a al-Islamiyya";
const OBL = 'Osama bin Laden';
const LAOS_BUS = 'attack on a bus outside Veing Kham, Laos (2003-04-20)', HMONG = 'Ethnic Hmong militants';
const CONDE = 'Alpha Conde', CONDE_ATTACK = 'attacks on the home of Alpha Conde in Conakry (2011-07-19)';
const DIALLO = 'Alpha Oumar Diallo', THIAM = 'Nouhou Thiam', GARMY = 'Guinean Army';
const ARBABSIAR = 'Manssor Arbabsiar', PLOT = 'plot to assassinate the Saudi ambassador to the United States (2011)';
const QUDS = 'Quds Force', IRGC = 'Islamic Revolutionary Guard Corps';
const ALEX = 'Alexander II', ALEX_ASSN = 'assassination of Alexander II of Russia (1881)';
const NV = 'Narodnaya Volya', EXEC = 'Executive Committee (Narodnaya Volya)';
const CARLOS = 'Carlos I', LF = 'Luís Filipe', REGICIDE = 'Lisbon Regicide (1908)', PRACA = 'Praça do Comércio';
const KDH = 'King David Hotel', KDH_BOMBING = 'King David Hotel bombing (1946)', SECRETARIAT = 'Secretariat of the Government of Palestine';
const ASANUMA = 'Inejirō Asanuma', YAMAGUCHI = 'Otoya Yamaguchi', JSP = 'Japan Socialist Party';
const ASANUMA_ASSN = 'assassination of Inejirō Asanuma (1960)', GJPP = 'Greater Japan Patriotic Party';
const PFLPGC = 'Popular Front for the Liberation of Palestine – General Command', SR330 = 'bombing of Swissair Flight 330 (1970)';
const FLNKS = 'Kanak and Socialist National Liberation Front', OUVEA = 'Ouvéa cave hostage taking (1988)';
const GIGN = "Groupe d'Intervention de la Gendarmerie Nationale", EPIGN = "Escadron Parachutiste d'Intervention de la Gendarmerie Nationale";
const CHOC = '11e régiment parachutiste de choc', DGSE = 'Directorate-General for External Security';

export const docs = [
{
  file: '01-doj-2016-farc-member-sentenced-to-27-years-for-hostage-taking-of-us-citizens.txt', mentions: true,
  surfaces: [
    ['U.S.', US, L], // "U.S. Citizens" (headline), "three U.S. citizens", "U.S. Attorney" (twice), "Senior U.S. District Judge"
    ['Office of Public Affairs', 'Office of Public Affairs (U.S. Department of Justice)', O], // the letterhead office (as holdout16)
    ['Colombia', 'Colombia', L], // subheading and four times in the body ("Colombian" is an adjective)
    [NAVARRETE, NAVARRETE, P],
    ['Navarrete Beltran', NAVARRETE, P], // three bare mentions
    ['Fuerzas Armadas Revolucionarias Colombianas', FARC, O], // the Spanish name as written (canonical FARC, as earlier sets)
    ['FARC', FARC, O],
    ['U.S. District Court for the District of Columbia', 'U.S. District Court for the District of Columbia', O], // one span (as holdout17)
    ['John P. Carlin', 'John P. Carlin', P],
    ['Carlin', 'John P. Carlin', P],
    ['Channing D. Phillips', 'Channing D. Phillips', P],
    ['Phillips', 'Channing D. Phillips', P],
    ['District of Columbia', 'District of Columbia', L], // "U.S. Attorney ... of the District of Columbia", "Judge ... of the District of Columbia"
    ['George L. Piro', 'George L. Piro', P],
    ['FBI', 'Federal Bureau of Investigation', O],
    ['Miami Division', 'Miami Division (FBI)', O], // a field division (as holdout16's Boston Division)
    [US, US, L],
    ['Royce C. Lamberth', 'Royce C. Lamberth', P],
    // "Assistant Attorney General for National Security", "Special Agent in Charge", "Senior ... District Judge" are
    // titles; "Americans" is a demonym; "today" has no date in the stored text.
  ],
  event_dates: [
    { event: 'Kidnappings of three U.S. citizens in Colombia ("the 2003 kidnappings")', date: '2003' },
    { event: 'Navarrete Beltran extradited from Colombia to the United States', date: '2014-11' },
    { event: 'Superseding indictment returned', date: '2011-02' },
    { event: 'Navarrete Beltran pleaded guilty to three counts of hostage-taking', date: '2015-08-26' },
  ],
  attributions: [
    { actor: 'Royce C. Lamberth', action: 'sentenced to 27 years in prison on hostage-taking charges', target_or_event: NAVARRETE, according_to: DOJ },
    { actor: NAVARRETE, action: 'member of (the FARC terrorist organization)', target_or_event: FARC, according_to: DOJ },
    { actor: NAVARRETE, action: 'pleaded guilty to three counts of hostage-taking; convicted for his role in', target_or_event: KIDNAP, according_to: DOJ },
    { actor: NAVARRETE, action: 'participated in the hostage taking and captivity of three Americans by the FARC', target_or_event: KIDNAP, according_to: 'John P. Carlin' },
    { actor: FARC, action: 'took three Americans hostage and held them captive', target_or_event: KIDNAP, according_to: 'John P. Carlin' },
    { actor: 'Diego Alfonso Navarrete Beltran and other FARC guerillas', action: 'ruthlessly subjected their American hostages to constant threats of violence in the jungles of Colombia', target_or_event: KIDNAP, according_to: 'Channing D. Phillips' },
    { actor: NAVARRETE, action: 'among the armed guards who prevented their escape for over 16 months', target_or_event: KIDNAP, according_to: 'Channing D. Phillips' },
  ],
},
{
  file: '02-state-2011-terrorist-designation-of-conspiracy-of-fire-nuclei.txt', mentions: true,
  surfaces: [
    [CFN, CFN, O], // the title and the statement
    ['Office of the Spokesperson', 'Office of the Spokesperson', O], // the letterhead office (as the Office of the Spokesman of earlier sets)
    ['Washington, DC', DC, L],
    ['Department of State', STATE, O], // three times
    ['SPF', CFN, O],
    ['Conspiracy of Cells of Fire', CFN, O], // "also known as": other renderings of the same name map to one canonical (as holdout17's aka list)
    ['Synomosia Pyrinon Tis Fotias', CFN, O],
    ['Thessaloniki-Athens Fire Nuclei Conspiracy', CFN, O], // the cities inside the name are not separate
    ['Greece', 'Greece', L], // "Greece-based" (attributive), "embassies in Greece", "The Government of Greece", "based in Greece"
    ['Athens', 'Athens', L],
    ['Thessaloniki', 'Thessaloniki', L],
    ['EU', 'European Union', O], // "EU government offices"
    ['Germany', 'Germany', L],
    ['Italy', 'Italy', L],
    ['U.S.', US, L], // "U.S. persons" (twice)
    [US, US, L],
    ['Justice', DOJ, O], // "the Departments of Justice and Treasury" (as the dev set)
    ['Treasury', TREAS, O],
    // Executive Order 13224 is an order; "Greek" is an adjective; "Greek authorities" is generic; "PRN: 2011/1712" is a
    // release number.
  ],
  event_dates: [
    { event: 'Department of State designated the Conspiracy of Fire Nuclei (date line "October 13, 2011"; "Today\'s designation")', date: '2011-10-13' },
    { event: 'The group first emerged with a wave of fire-bombings in Athens and Thessaloniki', date: '2008-01' },
    { event: 'Four members of the group arrested', date: '2009' },
    { event: 'SPF attempted to mail parcel bombs to EU government offices and foreign embassies', date: '2010-11' },
    { event: 'Greek authorities arrested two SPF members ("Earlier this year", by the date line)', date: '2011' },
  ],
  attributions: [
    { actor: STATE, action: 'designated under section 1(b) of Executive Order 13224', target_or_event: CFN, according_to: STATE },
    { actor: CFN, action: 'Greece-based extremist group (based in)', target_or_event: 'Greece', according_to: STATE },
    { actor: CFN, action: 'has targeted civilians and government officials, both Greek and foreign, to spread its violent anarchist ideology', target_or_event: 'civilians and government officials', according_to: STATE },
    { actor: CFN, action: 'emerged with a wave of fire-bombings against car dealerships and banks in Athens and Thessaloniki', target_or_event: 'fire-bombings in Athens and Thessaloniki (2008)', according_to: STATE },
    { actor: CFN, action: 'attempted to mail parcel bombs to EU government offices in Germany and Italy and foreign embassies in Greece', target_or_event: PARCELS, according_to: STATE },
    { actor: 'two SPF members', action: 'involvement in (arrested by Greek authorities for)', target_or_event: PARCELS, according_to: STATE },
    { actor: 'Greece', action: 'has made important strides in countering the threat posed by', target_or_event: CFN, according_to: STATE },
  ],
},
{
  file: '03-treasury-2002-designations-of-somalia-and-bosnia-branches-of-al-haramain.txt', mentions: true,
  surfaces: [
    ['Somalia', 'Somalia', L],
    ['Bosnia-Herzegovina', BIH, L],
    ['Bosnia', BIH, L], // "in Somalia and Bosnia", "The Bosnia office"
    [AHF, AHF, O], // title, "The Saudi Arabia-based Al-Haramain Islamic Foundation"
    ['Al Haramain Islamic foundation', AHF, O], // as written
    ['Al Haramain', AHF, O], // "The branch offices of Al Haramain"
    ['Al-Haramain', AHF, O], // "The Somalia office of Al-Haramain", "The Bosnia office of Al-Haramain"
    ['Al-Haramain Somalia', AHF_SOM, O], // the branch named as such ("Al-Haramain Somalia employed"; Somalia inside it is not separate) — a choice
    ["Paul O'Neill", "Paul O'Neill", P], // "Treasury Secretary" is a title
    [US, US, L],
    ['Saudi Arabia', 'Saudi Arabia', L], // also "Saudi Arabia-based" (attributive)
    ['Usama bin Laden', OBL, P], // twice (canonical as holdout17)
    ['al-Qaida', AQ, O],
    ['Al-Itihaad al-Islamiya', AIAI, O], // canonical as holdout14
    ['AIAI', AIAI, O],
    [BARAKAAT, BARAKAAT, O],
    ["Al-Gama'at Al-Islamiyya", GAMAA, O], // the Egyptian group (canonical as holdout16's al-Jama'a al-Islamiyya); twice
    // E.O. 13224 is an order; "Somali", "Egyptian", "Muslim", "Islamic" are adjectives; "the attacks of September 11"
    // hold no place name.
  ],
  event_dates: [
    { event: 'United States and Saudi Arabia jointly designated the Somalia and Bosnia-Herzegovina branches (fact sheet dated "March 11, 2002", listed once; "Today")', date: '2002-03-11' },
    { event: 'Attacks of September 11 ("six months after", by the date line)', date: '2001-09-11' },
    { event: 'Al-Barakaat Bank designated under E.O. 13224', date: '2001-11-07' },
  ],
  attributions: [
    { actor: US, action: 'acted jointly with Saudi Arabia to block the funds of (designated)', target_or_event: AHF_SOM, according_to: TREAS },
    { actor: US, action: 'acted jointly with Saudi Arabia to block the funds of (designated)', target_or_event: AHF_BIH, according_to: TREAS },
    { actor: 'Saudi Arabia', action: 'acted jointly with the United States to block the funds of (designated)', target_or_event: AHF_SOM, according_to: TREAS },
    { actor: 'Saudi Arabia', action: 'acted jointly with the United States to block the funds of (designated)', target_or_event: AHF_BIH, according_to: TREAS },
    { actor: AHF_SOM, action: 'diverting charitable funds to terrorism', target_or_event: 'terrorism', according_to: TREAS },
    { actor: AHF_BIH, action: 'diverting charitable funds to terrorism', target_or_event: 'terrorism', according_to: TREAS },
    { actor: AHF, action: 'Saudi Arabia-based (based in)', target_or_event: 'Saudi Arabia', according_to: TREAS },
    { actor: AHF_SOM, action: 'is linked to (Usama bin Laden\'s al-Qaida network)', target_or_event: AQ, according_to: TREAS },
    { actor: AHF_SOM, action: 'is linked to', target_or_event: AIAI, according_to: TREAS },
    { actor: AHF_SOM, action: 'employed AIAI members and provided them with salaries through Al-Barakaat Bank', target_or_event: AIAI, according_to: TREAS },
    { actor: US, action: 'designated under E.O. 13224 (November 7, 2001)', target_or_event: BARAKAAT, according_to: TREAS },
    { actor: BARAKAAT, action: 'a principal source of funding, intelligence and money transfers for', target_or_event: OBL, according_to: TREAS },
    { actor: OBL, action: 'leader of (Usama bin Laden\'s al-Qaida network)', target_or_event: AQ, according_to: TREAS },
    { actor: AHF_BIH, action: 'is linked to', target_or_event: GAMAA, according_to: TREAS },
  ],
},
{
  file: '04-voa-2003-armed-attacks-in-northern-laos-raise-concern.txt', mentions: true,
  surfaces: [
    ['Laos', 'Laos', L], // "northern Laos", "Laos accuses"
    ['Somboon Kaewchaiyajak', 'Somboon Kaewchaiyajak', P],
    ['Associated Press', 'Associated Press', O], // cited as the outlet the journalist told
    ['Veing Kham', 'Veing Kham', L], // "outside Veing Kham village"
    ['Somsavat Lengsavad', 'Somsavat Lengsavad', P], // "Deputy Prime Minister" is a title
    [US, US, L], // twice
    ['James Warren', 'James Warren', P],
    ['Vientiane', 'Vientiane', L],
    ['Route 13', 'Route 13 (Laos)', L], // the highway where the attacks occur — a choice
    ['Thailand', 'Thailand', L], // twice
    // "Laotian", "Lao", "Swiss" are adjectives; "Hmong" is an ethnic group; "the American Embassy in Vientiane" is a
    // building with an adjective (the city is annotated); "the state news agency" is generic.
  ],
  // The story is dated 2003-04-22 by its address (a Tuesday); "Sunday" is 2003-04-20; "two weeks ago" is left out.
  event_dates: [
    { event: 'Gunmen shot at a bus and set it on fire outside Veing Kham ("Sunday", before the story of 2003-04-22)', date: '2003-04-20' },
    { event: 'Communist takeover; start of the Hmong rebellion', date: '1975' },
  ],
  attributions: [
    { actor: 'gunmen', action: 'shot at the bus and set it on fire during a rest stop (twelve killed)', target_or_event: LAOS_BUS, according_to: 'Somboon Kaewchaiyajak' },
    { actor: 'the attackers', action: 'the incident was just a robbery', target_or_event: LAOS_BUS, according_to: 'Somsavat Lengsavad' },
    { actor: 'ethnic Hmong rebels', action: 'fears that the attack was carried out by (downplayed)', target_or_event: LAOS_BUS, according_to: 'Somsavat Lengsavad' },
    { actor: HMONG, action: 'waging a low-level rebellion in the northern part of the country since the 1975 communist takeover', target_or_event: 'Laos', according_to: VOA },
    { actor: 'Thailand', action: 'accused of supporting the rebels', target_or_event: HMONG, according_to: 'Laos' },
    { actor: 'Thailand', action: 'denies supporting the rebels', target_or_event: HMONG, according_to: 'Thailand' },
    { actor: 'ethnic Hmong living in the United States', action: 'the rebels receive backing from', target_or_event: HMONG, according_to: 'Laos' },
  ],
},
{
  file: '05-voa-2011-guinea-arrests-dozens-of-soldiers-after-failed-assassination.txt', mentions: true,
  surfaces: [
    ['Guinea', 'Guinea', L], // headline, "Guinea's previous military leaders", "Guinea's first democratic election"
    [CONDE, CONDE, P],
    ['Conde', CONDE, P], // "President Conde" (three times), "Mr. Conde" (twice)
    ['Abdoul Kabele Camara', 'Abdoul Kabele Camara', P],
    ['Camara', 'Abdoul Kabele Camara', P],
    ['VOA', VOA, O], // "told VOA"
    [DIALLO, DIALLO, P],
    ['Diallo', DIALLO, P],
    ['AOB', DIALLO, P], // "known as AOB"
    ['Lansana Conte', 'Lansana Conte', P],
    ['Conakry', 'Conakry', L],
    ['Guinean army', GARMY, O], // "the former head of the Guinean army" (as holdout17's Egyptian army and the dev set's Indian army)
    [THIAM, THIAM, P], // "General" is a title
    ['Thiam', THIAM, P],
    [UN, UN, O], // "United Nations Secretary-General"
    ['Ban Ki-moon', 'Ban Ki-moon', P],
    ['Ban', 'Ban Ki-moon', P], // "Mr. Ban"
    // "Guinean authorities", "A military source", "the presidential guard" are generic; "Guineans" is a demonym;
    // "UTC-5" is a time zone.
  ],
  // The post is dated 2011-07-20 (a Wednesday); "Tuesday" is 2011-07-19.
  event_dates: [
    { event: 'Two attacks on President Conde\'s home in Conakry ("Tuesday", by the post of 2011-07-20)', date: '2011-07-19' },
    { event: 'Guinea won independence', date: '1958' },
  ],
  attributions: [
    { actor: 'gunmen', action: 'targeted his bedroom with gunfire and a bazooka (a member of the presidential guard killed)', target_or_event: CONDE_ATTACK, according_to: CONDE },
    { actor: 'the detained soldiers', action: 'many have ties to Guinea\'s previous military leaders', target_or_event: 'Guinea\'s previous military leaders', according_to: 'A military source' },
    { actor: DIALLO, action: 'well-known military figure and close ally of', target_or_event: 'Lansana Conte', according_to: VOA },
    { actor: THIAM, action: 'former head of', target_or_event: GARMY, according_to: VOA },
    { actor: CONDE, action: 'fired earlier this year', target_or_event: THIAM, according_to: VOA },
    { actor: 'Ban Ki-moon', action: 'condemned the assassination attempts', target_or_event: CONDE_ATTACK, according_to: VOA },
  ],
},
{
  file: '06-voa-2013-iranian-american-man-sentenced-in-saudi-ambassador-assassination-plot.txt', mentions: true,
  surfaces: [
    ['Saudi Arabia', 'Saudi Arabia', L], // "Saudi Arabia's ambassador"
    [US, US, L], // twice
    [ARBABSIAR, ARBABSIAR, P],
    ['Arbabsiar', ARBABSIAR, P], // four bare mentions
    ['U.S.', US, L], // "The U.S. citizen"
    ['Iran', 'Iran', L], // "born in Iran", "Iran denied"
    ['Mexico', 'Mexico', L],
    ['New York', 'New York City', L], // "the sentencing hearing in New York" (as holdout16)
    ['John Keenan', 'John Keenan', P],
    ['Washington', DC, L], // "a Washington restaurant"
    ['Texas', 'Texas', L],
    [QUDS, QUDS, O],
    [IRGC, IRGC, O], // "the Iranian Islamic Revolutionary Guard Corps" (the adjective left out)
    ['U.S. Treasury Department', TREAS, O],
    ['Taliban', 'Taliban', O],
    // "Saudi", "Iranian", "Iranian-American" are adjectives; "Iranian military officials", "Prosecutors", "The government"
    // are generic; "in October" has no year in the stored text and is left out.
  ],
  event_dates: [
    { event: 'Arbabsiar went to Mexico on multiple occasions to arrange the assassination attempt', date: '2011' },
    { event: 'Arbabsiar moved to the United States', date: '1977' },
    { event: 'Quds Force designated by the U.S. Treasury Department', date: '2007' },
  ],
  attributions: [
    { actor: 'John Keenan', action: 'sentenced to 25 years in prison (federal judge at the sentencing hearing)', target_or_event: ARBABSIAR, according_to: VOA },
    { actor: ARBABSIAR, action: 'admitted he plotted to kill Saudi Arabia\'s ambassador to the United States', target_or_event: PLOT, according_to: VOA },
    { actor: ARBABSIAR, action: 'pleaded guilty to two conspiracy charges and a murder-for-hire count', target_or_event: PLOT, according_to: VOA },
    { actor: 'Iranian military officials', action: 'directed him to go to Mexico to arrange the assassination attempt', target_or_event: PLOT, according_to: ARBABSIAR },
    { actor: 'Iran', action: 'denied any involvement in', target_or_event: PLOT, according_to: 'Iran' },
    { actor: ARBABSIAR, action: 'intended to kill the ambassador by planting a bomb at a Washington restaurant', target_or_event: PLOT, according_to: 'Prosecutors' },
    { actor: ARBABSIAR, action: 'demanded at least $1 million for his involvement in the plot from', target_or_event: QUDS, according_to: US },
    { actor: QUDS, action: 'a branch of', target_or_event: IRGC, according_to: VOA },
    { actor: TREAS, action: 'designated (in 2007) as a supporter of the Taliban and terrorist organizations', target_or_event: QUDS, according_to: VOA },
  ],
},
{
  file: '07-owiki-1881-assassination-of-alexander-ii-of-russia.txt', mentions: true,
  surfaces: [
    [ALEX, ALEX, P], // title line, lead (four times), background, conspirators (twice); "of Russia" is a place mention
    ['Alexander', ALEX, P], // "Alexander's life"
    ['Russia', 'Russia', L], // "of Russia" (title line, lead), "Saint Petersburg, Russia"
    ['Saint Petersburg', 'Saint Petersburg', L],
    ['Winter Palace', 'Winter Palace', L], // the building bombed in February 1880 (an attack venue), annotated throughout — a choice
    ['Mikhailovsky Manège', null, N], // a riding hall (a building other than an attack venue), twice
    ['Executive Committee', EXEC, O], // "the Executive Committee of Narodnaya Volya" (twice): the committee and the group are separate spans
    [NV, NV, O],
    ['Andrei Zhelyabov', 'Andrei Zhelyabov', P],
    ['Sophia Perovskaya', 'Sophia Perovskaya', P],
    ['Nikolai Rysakov', 'Nikolai Rysakov', P],
    ['Ignacy Hryniewiecki', 'Ignacy Hryniewiecki', P],
    ['Dmitry Karakozov', 'Dmitry Karakozov', P],
    ['Alexander Soloviev', 'Alexander Soloviev', P],
    ['Zaporizhia', 'Zaporizhia', L],
    ['Malaya Sadovaya Street', 'Malaya Sadovaya Street', L], // where a mine was to be laid
    ['Malaya Sadovaya', 'Malaya Sadovaya Street', L],
    ['Catherine Canal', 'Catherine Canal', L],
    // "Tsar" is a title, "the Tsar" generic; "Russian nihilist movement" holds an adjective; "The Committee" and
    // "The group" are generic.
  ],
  event_dates: [
    { event: 'Assassination of Alexander II in Saint Petersburg ("13 March , 1881", as written)', date: '1881-03-13' },
    { event: 'Bombing of the Winter Palace', date: '1880-02' },
    { event: 'Executive Committee of Narodnaya Volya resolved to assassinate Alexander II ("25–26 August of 1879")', date: '1879-08-25/1879-08-26' },
  ],
  attributions: [
    { actor: EXEC, action: 'planned the assassination', target_or_event: ALEX_ASSN, according_to: WP },
    { actor: 'Andrei Zhelyabov', action: 'chiefly planned; the chief organizer of the plot', target_or_event: ALEX_ASSN, according_to: WP },
    { actor: 'Sophia Perovskaya', action: 'coordinated the four assassins of', target_or_event: ALEX_ASSN, according_to: WP },
    { actor: 'Nikolai Rysakov', action: 'threw a bomb which damaged the carriage', target_or_event: ALEX_ASSN, according_to: WP },
    { actor: 'Ignacy Hryniewiecki', action: 'threw a bomb that fatally wounded', target_or_event: ALEX, according_to: WP },
    { actor: 'Dmitry Karakozov', action: 'earlier attempt on the life of', target_or_event: ALEX, according_to: WP },
    { actor: 'Alexander Soloviev', action: 'earlier attempt on the life of', target_or_event: ALEX, according_to: WP },
    { actor: EXEC, action: 'resolved (25–26 August 1879) to assassinate', target_or_event: ALEX, according_to: WP },
  ],
},
{
  file: '08-eudic-1908-lisbon-regicide.txt', mentions: true,
  surfaces: [
    ['Lisbon', 'Lisbon', L], // title lines, caption and lead ("Lisbon Regicide": a place inside the event's name), infobox Location, "in Lisbon"
    [CARLOS, CARLOS, P], // "King D. Carlos I of Portugal", "King Carlos I of Portugal" ("King" and "D." are titles)
    ['Portugal', 'Portugal', L],
    [LF, LF, P], // "Duke of Braganza" is a title
    ['Terreiro do Paço', PRACA, L], // the square's old name (infobox Location, lead)
    [PRACA, PRACA, L],
    ['Palace Courtyard', PRACA, L], // the gloss "(or Palace Courtyard)" (as holdout17's glosses)
    ['Tagus River', 'Tagus River', L],
    ['Carbonária', 'Carbonária', O], // "the Portuguese Carbonária" (the adjective left out)
    ['French Third Republic', 'French Third Republic', L], // a state — a choice
    ['French Republic', 'France', L], // a state — a choice
    // "the French Press" is generic; "(Portuguese: O Regicídio de 1908)" names a language; "Participants" and
    // "Outcome" are infobox labels; "French Jacobinism" holds an adjective.
  ],
  event_dates: [
    { event: 'Lisbon Regicide (infobox "1 February 1908 (1908-02-01)"; lead the same; the caption\'s "February 1908" listed once with it)', date: '1908-02-01' },
    { event: 'Founding of the French Third Republic', date: '1870' },
  ],
  attributions: [
    { actor: 'assassins sympathetic to republican interests', action: 'assassinated', target_or_event: CARLOS, according_to: WP },
    { actor: 'assassins sympathetic to republican interests', action: 'assassinated (his heir-apparent)', target_or_event: LF, according_to: WP },
    { actor: 'elements within the Portuguese Carbonária', action: 'aided the assassins of', target_or_event: REGICIDE, according_to: WP },
    { actor: 'disenchanted politicians and anti-monarchists', action: 'aided the assassins of', target_or_event: REGICIDE, according_to: WP },
    { actor: 'two anarchists acting alone', action: 'early on portrayed as having committed', target_or_event: REGICIDE, according_to: WP },
  ],
},
{
  file: '09-taggedwiki-1946-king-david-hotel-bombing.txt', mentions: true,
  surfaces: [
    [KDH, KDH, L], // the bombed hotel (venue), also inside the event's name (title line, infobox heading, lead)
    ['Jerusalem', 'Jerusalem', L],
    ['Israel', 'Israel', L], // infobox Location "Jerusalem, Israel"
    ['Irgun', 'Irgun', O],
    ['Palestine', 'Mandatory Palestine', L], // "the British Mandatory authorities of Palestine"
    [SECRETARIAT, SECRETARIAT, O], // a named office (Palestine inside it is not separate)
    ['Mandate Secretariat', SECRETARIAT, O],
    ['British Forces in Palestine and Transjordan', 'British Forces in Palestine and Transjordan', O], // "Headquarters of the ..."
    ['Palestine Post', null, N], // a newspaper that received a warning, not cited as a source (not annotated)
    // "Irgunists" names members (not annotated); "British", "Arab", "French" are adjectives; "the French consulate"
    // is a building; Operation Agatha is an operation's name; "UTC+2" is a time zone.
  ],
  event_dates: [
    { event: 'King David Hotel bombing (infobox "July 22, 1946"; lead "22 July 1946", listed once)', date: '1946-07-22' },
    { event: 'The Mandate era ("(1920-1948)")', date: '1920/1948' },
  ],
  attributions: [
    { actor: 'Irgun', action: 'perpetrator (infobox "Perpetrator(s)")', target_or_event: KDH_BOMBING, according_to: WP },
    { actor: 'Irgun', action: 'attack on the central offices of the British Mandatory authorities of Palestine at the King David Hotel', target_or_event: KDH_BOMBING, according_to: WP },
    { actor: 'Irgunists', action: 'mostly disguised in Arab costume, planted a bomb in the basement of the main building of the hotel', target_or_event: KDH_BOMBING, according_to: WP },
    { actor: 'Irgun', action: 'the attack was in response to Operation Agatha', target_or_event: KDH_BOMBING, according_to: WP },
  ],
},
{
  file: '10-wikipedia-1960-assassination-of-inejiro-asanuma.txt', mentions: true,
  surfaces: [
    [ASANUMA, ASANUMA, P], // title line, infobox Title, Target, Victim (the lead's name is missing in the stored text)
    ['Asanuma', ASANUMA, P],
    ['Japan', 'Japan', L],
    ['Hibiya Public Hall', 'Hibiya Public Hall', L], // the venue (infobox, lead)
    ['Chiyoda', 'Chiyoda, Tokyo', L],
    ['Tokyo', 'Tokyo', L],
    [JSP, JSP, O],
    ['JSP', JSP, O],
    [YAMAGUCHI, YAMAGUCHI, P],
    ['Yamaguchi', YAMAGUCHI, P],
    ['China', 'China', L], // "his visit to China", "China and Japan"
    ['Communist China', 'China', L], // as written
    [GJPP, GJPP, O], // Japan inside the name is not separate
    [US, US, L],
    ['Beijing', 'Beijing', L],
    ['U.S.-Japan Security Treaty', null, N], // a treaty's name, with the places inside it (not annotated)
    ['National Diet', 'National Diet', O], // "the Japanese National Diet", "the National Diet compound" (the legislature) — a choice
    // "Anpo" names protests and the treaty; "Japanese" is an adjective; "the Japanese Left" is generic; "Chairman" is
    // a title; "Wakizashi" is a weapon; "UTC+09:00" a time zone.
  ],
  event_dates: [
    { event: 'Assassination of Inejirō Asanuma at Hibiya Public Hall', date: '1960-10-12' },
    { event: 'Asanuma visited Communist China and spoke in Beijing', date: '1959' },
    { event: 'Revision of the U.S.-Japan Security Treaty (the Anpo protests)', date: '1960' },
    { event: 'June 15th incident: anti-treaty protestors stormed the National Diet compound', date: '1960-06-15' },
  ],
  attributions: [
    { actor: YAMAGUCHI, action: 'perpetrator (infobox "Perpetrator")', target_or_event: ASANUMA_ASSN, according_to: WP },
    { actor: YAMAGUCHI, action: 'charged onto the stage and fatally stabbed with a wakizashi', target_or_event: ASANUMA, according_to: WP },
    { actor: YAMAGUCHI, action: 'had been a member of', target_or_event: GJPP, according_to: WP },
    { actor: ASANUMA, action: 'chairman of', target_or_event: JSP, according_to: WP },
    { actor: ASANUMA, action: 'declared "the shared enemy of China and Japan" during a speech in Beijing', target_or_event: US, according_to: WP },
    { actor: 'anti-treaty protestors', action: 'stormed the National Diet compound', target_or_event: 'June 15th incident (1960)', according_to: WP },
  ],
},
{
  file: '11-wikipedia-1970-swissair-flight-330.txt', mentions: true,
  surfaces: [
    ['Swissair Flight 330', null, N], // the flight is blocked (as holdout9's and holdout11's flights)
    ['Swissair', 'Swissair', O], // "Operator: Swissair"
    ['Würenlingen', 'Würenlingen', L],
    ['Switzerland', 'Switzerland', L],
    ['Zurich Airport', 'Zurich Airport', L], // the airport of origin (as holdout16's Moi International Airport)
    ['Tel Aviv-Lod International Airport', 'Tel Aviv-Lod International Airport', L], // the planned stopover
    ['Israel', 'Israel', L],
    ['Kai Tak Airport', 'Kai Tak Airport', L],
    ['British Hong Kong', 'Hong Kong', L], // as written
    ['Hong Kong', 'Hong Kong', L],
    ['Kloten', 'Kloten', L],
    ['Tel Aviv', 'Tel Aviv', L],
    [PFLPGC, PFLPGC, O],
    ['PFLP–GC', PFLPGC, O],
    ['Lucerne', 'Lucerne', L],
    ['St. Gotthard Pass', 'St. Gotthard Pass', L],
    ['Zurich', 'Zurich', L], // "landing at Zurich", "near Zurich"
    // "SR330", "SWR330", "SWISSAIR 330", "HB-ICD", "Baselland" and the Convair are the flight's codes and the aircraft;
    // "UTC" is a time zone.
  ],
  event_dates: [
    { event: 'Bombing of Swissair Flight 330 (infobox "1970-02-21"; lead and history "21 February 1970", listed once)', date: '1970-02-21' },
  ],
  attributions: [
    { actor: PFLPGC, action: 'some sources attribute the bombing to (no one was ever charged)', target_or_event: SR330, according_to: WP },
  ],
},
{
  file: '12-wikipedia-1988-ouvea-cave-hostage-taking.txt', mentions: true,
  surfaces: [
    ['Ouvéa', 'Ouvéa', L], // title line and lead ("Ouvéa cave hostage taking": a place inside the event's name), "the island of Ouvéa"
    ['Ouvéa Island', 'Ouvéa', L], // infobox Place
    ['New Caledonia', 'New Caledonia', L],
    ['GIGN', GIGN, O],
    [GIGN, GIGN, O],
    ['FLNKS', FLNKS, O],
    [FLNKS, FLNKS, O],
    ['Jacques Vidal', 'Jacques Vidal', P],
    ['Alphonse Dianou', 'Alphonse Dianou', P, { loose: true }], // infobox "Alphonse DianouKIA" (the KIA mark glued to the name)
    ['Commando Hubert', 'Commando Hubert', O],
    ['11^{e} choc', CHOC, O], // infobox Units1, as written
    ['11^{e} régiment parachutiste de choc', CHOC, O],
    ['EPIGN', EPIGN, O],
    [EPIGN, EPIGN, O],
    ['France', 'France', L],
    ['Richard Kamuda', 'Richard Kamuda', P],
    ['Théodore Daye', 'Théodore Daye', P],
    ['Eloi Machoro', 'Eloi Machoro', P],
    ['Marcel Nonaro', 'Marcel Nonaro', P],
    [DGSE, DGSE, O],
    // Operation Victor is an operation's name; "French" is an adjective ("the French government", "the French GIGN");
    // "Kanak(s)" and "the Saint-Louis tribe" are an ethnic group and a tribe.
  ],
  event_dates: [
    { event: 'Ouvéa cave hostage taking ("from 22 April 1988 to 5 May 1988")', date: '1988-04-22/1988-05-05' },
    { event: 'Operation Victor, the assault (infobox "May 4 - 5, 1988")', date: '1988-05-04/1988-05-05' },
    { event: 'Richard Kamuda killed', date: '1975' },
    { event: 'Théodore Daye killed', date: '1980' },
    { event: 'Eloi Machoro and Marcel Nonaro killed', date: '1985' },
    { event: 'A young Kanak of the Saint-Louis tribe killed', date: '1987' },
  ],
  attributions: [
    { actor: FLNKS, action: 'belligerent (infobox Combatant2)', target_or_event: OUVEA, according_to: WP },
    { actor: 'Alphonse Dianou', action: 'commander (infobox Commander2)', target_or_event: OUVEA, according_to: WP },
    { actor: 'Jacques Vidal', action: 'commander (infobox Commander1)', target_or_event: OUVEA, according_to: WP },
    { actor: GIGN, action: 'unit (infobox Units1); victory (infobox Result)', target_or_event: OUVEA, according_to: WP },
    { actor: 'Commando Hubert', action: 'unit (infobox Units1)', target_or_event: OUVEA, according_to: WP },
    { actor: CHOC, action: 'unit (infobox Units1)', target_or_event: OUVEA, according_to: WP },
    { actor: EPIGN, action: 'unit (infobox Units1)', target_or_event: OUVEA, according_to: WP },
    { actor: FLNKS, action: 'members killed four gendarmes and took 27 unarmed gendarmes hostages, later a public prosecutor, seven GIGN members and an army lieutenant', target_or_event: OUVEA, according_to: WP },
    { actor: FLNKS, action: 'demanded talks with the French government about independence from France for', target_or_event: 'New Caledonia', according_to: WP },
    { actor: 'policiers and gendarmes', action: 'killed (1975)', target_or_event: 'Richard Kamuda', according_to: WP },
    { actor: 'policiers and gendarmes', action: 'killed (1980)', target_or_event: 'Théodore Daye', according_to: WP },
    { actor: 'policiers and gendarmes', action: 'killed (1985)', target_or_event: 'Eloi Machoro', according_to: WP },
    { actor: 'policiers and gendarmes', action: 'killed (1985)', target_or_event: 'Marcel Nonaro', according_to: WP },
    { actor: 'France', action: 'refused to negotiate with terrorists or agree to the group\'s demands', target_or_event: FLNKS, according_to: 'France' },
    { actor: CHOC, action: 'covert unit part of', target_or_event: DGSE, according_to: WP },
  ],
},
];
