/* eslint-disable @typescript-eslint/no-unused-vars -- annotation tables keep names for reference (lint fix by the lead at the merge, without reading the file) */
// Single-annotator source annotations for the Dossier extraction TWENTY-THIRD held-out set (eval/holdout23).
// Written blind (Dossier's extractor was not run on these texts, and its code was not read), following the
// annotation rules of eval/extraction/README.md and the boundary choices of eval/holdout/README.md to
// eval/holdout21/README.md (holdout22 by its README only).
// `node eval/extraction/tools/build_gold.mjs --dir eval/holdout23` turns these into ../gold.json (mention
// offsets by exact string search in JavaScript/UTF-16, then verified).
//
// surfaces: [surface, canonical, type, opts?]  type: organisation|person|place ('none' = blocker span)
//   opts.occ: restrict to these 0-based occurrences of the surface (boundary-valid matches)
//   opts.loose: also match where a letter or digit touches the surface (labels glued to values)
// Longest match wins on overlap; matches must not be preceded/followed by a letter or digit.

const O = 'organisation', P = 'person', L = 'place', N = 'none';

const VOA = 'Voice of America', WP = 'Wikipedia', STATE = 'U.S. Department of State';
const DOJ = 'U.S. Department of Justice', TREAS = 'U.S. Department of the Treasury';
const US = 'United States', DC = 'Washington, D.C.';

// doc 01
const WAGNER = 'Benjamin B. Wagner', JACK = 'Harrison Jack', ATF = 'Bureau of Alcohol, Tobacco, Firearms and Explosives';
const FBI = 'Federal Bureau of Investigation';
const LAOSPLOT = 'alleged 2006–2007 plot to overthrow the government of Laos';
const DEFENDANTS = [JACK, 'Lo Cha Thao', 'Lo Thao', 'Youa True Vang', 'Hue Vang', 'Chong Vang Thao', 'Seng Vue', 'Chue Lo',
  'Nhia Kao Vang', 'David Vang', 'Jerry Vang', 'Thomas Vang'];
// doc 02
const KERRY = 'John Kerry', HABRE = 'Hissène Habré', EAC = 'Extraordinary African Chambers';
const HABRECRIMES = 'war crimes and crimes against humanity in Chad under Hissène Habré (1982–1990)';
// doc 03
const OFAC = 'Office of Foreign Assets Control', AGUILAR = 'Marvin Ramiro Aguilar Garcia';
const GUTIERREZ = 'Walmaro Antonio Gutierrez Mercado', DOMINGUEZ = 'Fidel De Jesus Dominguez Alvarez', ORTEGA = 'Daniel Ortega';
const NSC = 'Supreme Court of Justice of Nicaragua', MNUCHIN = 'Steven T. Mnuchin';
const REPRESSION = 'the Ortega regime’s identification, intimidation and punishment of political opposition';
// doc 04
const ZELAYA = 'Manuel Zelaya', MICHELETTI = 'Roberto Micheletti', HCONGRESS = 'National Congress of Honduras';
const OUSTER = 'military ouster of Honduran President Manuel Zelaya (28 June 2009)';
// doc 05
const JAMMEH = 'Yahya Jammeh', BAN = 'Ban Ki-moon';
const PALACEATTACK = 'armed attack on the presidential palace in Banjul, Gambia (December 2014)';
// doc 06
const KAFANDO = 'Michel Kafando', DIENDERE = 'Gilbert Diendéré', THIBAULT = 'Gilles Thibault';
const BFCOUP = 'presidential guard coup in Burkina Faso (September 2015)';
// doc 07
const OHIGGINS = 'Kevin O\'Higgins', IRA = 'Irish Republican Army', COUGHLIN = 'Timothy Coughlin', GANNON = 'Bill Gannon', DOYLE = 'Archie Doyle';
const OHIGGINSKILL = 'assassination of Kevin O\'Higgins (Booterstown, 10 July 1927)';
// doc 08
const NIKOLAEV = 'Leonid Nikolaev', KIROV = 'Sergei Kirov', CPSU = 'Communist Party of the Soviet Union', SPB = 'Saint Petersburg';
const KIROVKILL = 'assassination of Sergei Kirov (Smolny Institute, Leningrad, 1 December 1934)';
// doc 09
const OLYMPIO = 'Sylvanus Olympio', EYADEMA = 'Gnassingbé Eyadéma', BODJOLLE = 'Emmanuel Bodjollé', GRUNITZKY = 'Nicolas Grunitzky';
const MEATCHI = 'Antoine Meatchi';
const TOGOCOUP = '1963 Togolese coup d\'état and assassination of Sylvanus Olympio (13 January 1963)';
// doc 10
const DIEM = 'Ngô Đình Diệm', NHU = 'Ngô Đình Nhu', MINH = 'Dương Văn Minh', NHUNG = 'Nguyễn Văn Nhung', NGHIA = 'Dương Hiếu Nghĩa';
const ARVN = 'Army of the Republic of Vietnam';
const DIEMCOUP = '1963 South Vietnamese coup d\'état and the arrest and assassination of Ngô Đình Diệm (2 November 1963)';
// doc 11
const FORTUYN = 'Pim Fortuyn', VDG = 'Volkert van der Graaf', LPF = 'Pim Fortuyn List';
const FORTUYNKILL = 'assassination of Pim Fortuyn (Hilversum, 6 May 2002)';
// doc 12
const MANGUDADATU = 'Esmael Mangudadatu', AJR = 'Andal Ampatuan Jr.', ASR = 'Andal Ampatuan Sr.', CPJ = 'Committee to Protect Journalists';
const MASSACRE = 'Maguindanao massacre (Ampatuan, 23 November 2009)';

export const docs = [
{
  file: '01-doj-2010-second-superseding-indictment-in-plot-to-overthrow-government-of-laos.txt', mentions: true,
  surfaces: [
    ['Laos', 'Laos', L], // "the Government of Laos" (headline), "the government of Laos" (twice), "insurgents in Laos"
    ['SACRAMENTO', 'Sacramento, California', L], // the dateline
    ['Sacramento', 'Sacramento, California', L], // "a federal grand jury in Sacramento", "Lo Thao, 66, of Sacramento"
    ['Calif.', 'California', L],
    ['United States', US, L], // "United States Attorney", "United States v. Harrison Jack" (a case name), "Assistant United States Attorneys"
    [WAGNER, WAGNER, P], // "United States Attorney" is a title ("United States" counts)
    [JACK, JACK, P], // inside the case name and in the list of defendants
    [ATF, ATF, O],
    [FBI, FBI, O],
    ['FBI', FBI, O], // "the FBI’s Joint Terrorism Task Force"
    ['Joint Terrorism Task Force', 'Joint Terrorism Task Force', O],
    ['S. Robert Tice-Raskin', 'S. Robert Tice-Raskin', P],
    ['Ellen Endrizzi', 'Ellen Endrizzi', P],
    ['Jill Thomas', 'Jill Thomas', P],
    ['Jared Dolan', 'Jared Dolan', P],
    ['Robert Wallace', 'Robert Wallace', P],
    ['Heather Schmidt', 'Heather Schmidt', P],
    ['National Security Division', 'National Security Division (U.S. Department of Justice)', O], // canonical as earlier sets
    ['United States Department of Justice', DOJ, O], // one span (longest match over "United States")
    ['Lo Cha Thao', 'Lo Cha Thao', P],
    ['Lo Thao', 'Lo Thao', P],
    ['Youa True Vang', 'Youa True Vang', P],
    ['Hue Vang', 'Hue Vang', P],
    ['Chong Vang Thao', 'Chong Vang Thao', P],
    ['Seng Vue', 'Seng Vue', P],
    ['Chue Lo', 'Chue Lo', P],
    ['Nhia Kao Vang', 'Nhia Kao Vang', P],
    ['David Vang', 'David Vang', P],
    ['Jerry Vang', 'Jerry Vang', P],
    ['Thomas Vang', 'Thomas Vang', P],
    ['Woodland', 'Woodland, California', L],
    ['Clovis', 'Clovis, California', L],
    ['Sanger', 'Sanger, California', L],
    ['Fresno', 'Fresno, California', L], // four times
    ['Stockton', 'Stockton, California', L], // three times
    ['Rancho Cordova', 'Rancho Cordova, California', L],
  ],
  // "Hmong" is an ethnic group; "a federal grand jury", "the defendants", "insurgents" are generic.
  event_dates: [
    { event: 'Second superseding indictment issued by a federal grand jury in Sacramento ("today", by the release\'s date line)', date: '2010-06-24' },
    { event: 'The alleged plot to overthrow the government of Laos', date: '2006/2007' },
  ],
  attributions: [
    ...DEFENDANTS.map((d) => ({ actor: d, action: 'is named as a defendant in a five-count second superseding indictment (conspiring to arm insurgents in Laos and overthrow its government)', target_or_event: LAOSPLOT, according_to: WAGNER })),
    { actor: 'the defendants', action: 'allegedly conspired to acquire and furnish military arms, munitions, materiel, personnel and money to insurgents in Laos to conduct military operations against and overthrow its government', target_or_event: 'Laos', according_to: 'the second superseding indictment' },
    { actor: ATF, action: 'investigated', target_or_event: LAOSPLOT, according_to: DOJ },
    { actor: FBI, action: 'investigated (including its Joint Terrorism Task Force)', target_or_event: LAOSPLOT, according_to: DOJ },
  ],
},
{
  file: '02-state-2016-conviction-of-hissene-habre.txt', mentions: true,
  surfaces: [
    [KERRY, KERRY, P], // the signature line ("Secretary of State" is a title)
    ['Washington, DC', DC, L],
    ['United States', US, L], // twice
    [EAC, EAC, O], // twice
    ['Hissene Habre', HABRE, P],
    ['Habre', HABRE, P], // bare ("Habre’s crimes", "Habre might")
    ['Chad', 'Chad', L], // twice
    ['African Union', 'African Union', O],
  ],
  // "Chadian", "Senegalese" are adjectives ("the Senegalese Government, the Chadian Government" not annotated).
  event_dates: [
    { event: 'Habré\'s eight-year term as president of Chad begins', date: '1982' },
  ],
  attributions: [
    { actor: HABRE, action: 'was found guilty by the Extraordinary African Chambers of war crimes and crimes against humanity, including murder, torture, rape and sexual slavery', target_or_event: HABRECRIMES, according_to: KERRY },
    { actor: HABRE, action: 'was sentenced to life in prison (by the Extraordinary African Chambers)', target_or_event: HABRECRIMES, according_to: KERRY },
    { actor: HABRE, action: 'presided over large-scale, systematic violations, including the murder of an estimated 40,000 people, sexual violence, mass imprisonment, enforced disappearance and torture', target_or_event: 'Chad', according_to: KERRY },
    { actor: 'African Union', action: 'created (with the Senegalese and Chadian governments) the court that tried Habré', target_or_event: EAC, according_to: KERRY },
  ],
},
{
  file: '03-treasury-2020-treasury-sanctions-three-nicaraguan-officials.txt', mentions: true,
  surfaces: [
    ['WASHINGTON', DC, L], // the dateline
    ['U.S. Department of the Treasury', TREAS, O],
    [OFAC, OFAC, O],
    ['OFAC', OFAC, O],
    ['Treasury', TREAS, O], // the headline's "Treasury Sanctions …"
    ['Nicaraguan Supreme Court of Justice', NSC, O], // the first paragraph (its second occurrence is inside the council's name, one span)
    [AGUILAR, AGUILAR, P], // twice
    ['Aguilar', AGUILAR, P], // bare ("(Aguilar)", "Aguilar is")
    ['MARVIN RAMIRO AGUILAR GARCIA', AGUILAR, P], // the section heading in capitals
    ['National Assembly', 'National Assembly of Nicaragua', O],
    [GUTIERREZ, GUTIERREZ, P],
    ['Nicaraguan National Police', 'Nicaraguan National Police', O],
    ['Leon', 'León, Nicaragua', L],
    [DOMINGUEZ, DOMINGUEZ, P],
    ['Ortega', ORTEGA, P], // "the Ortega regime" (four times), "President Ortega"
    ['Nicaragua', 'Nicaragua', L], // "Nicaragua’s democracy", "the Situation in Nicaragua" (inside the order's quoted title — a choice), "Government of Nicaragua" (twice, the country)
    [MNUCHIN, MNUCHIN, P], // "Secretary" is a title
    ['Supreme Court', NSC, O], // "the Vice President of the Supreme Court"
    ['Sandinista Leadership Council', 'Sandinista Leadership Council', O],
    ['Council for the Administration and Judicial Career of the Nicaraguan Supreme Court of Justice', 'Council for the Administration and Judicial Career (Supreme Court of Justice of Nicaragua)', O], // one span (a body inside a name stays part of it)
  ],
  // "Nicaraguan", "Nicaraguans" are adjectives/demonyms; "Executive Order (E.O.) 13851" is an order; "This Administration" is generic.
  event_dates: [
    { event: 'Start of the period of Government of Nicaragua service named by the designation criterion', date: '2007-01-10' },
  ],
  attributions: [
    { actor: OFAC, action: 'designated (E.O. 13851)', target_or_event: AGUILAR, according_to: TREAS },
    { actor: OFAC, action: 'designated (E.O. 13851)', target_or_event: GUTIERREZ, according_to: TREAS },
    { actor: OFAC, action: 'designated (E.O. 13851)', target_or_event: DOMINGUEZ, according_to: TREAS },
    { actor: AGUILAR, action: 'is responsible for coopting judicial or financial reporting mechanisms to support', target_or_event: REPRESSION, according_to: TREAS },
    { actor: GUTIERREZ, action: 'is responsible for coopting judicial or financial reporting mechanisms to support', target_or_event: REPRESSION, according_to: TREAS },
    { actor: DOMINGUEZ, action: 'is responsible for coopting judicial or financial reporting mechanisms to support', target_or_event: REPRESSION, according_to: TREAS },
    { actor: ORTEGA, action: 'leads a regime that seeks to undermine the democracy of', target_or_event: 'Nicaragua', according_to: TREAS },
    { actor: ORTEGA, action: 'prioritizes (with his regime) personal gain and power over Nicaraguans’ calls for reform', target_or_event: 'Nicaragua', according_to: MNUCHIN },
    { actor: AGUILAR, action: 'is the Vice President of', target_or_event: NSC, according_to: TREAS },
    { actor: AGUILAR, action: 'is National Political Secretary of', target_or_event: 'Sandinista Leadership Council', according_to: TREAS },
  ],
},
{
  file: '04-voa-2009-honduran-president-ousted-by-military.txt', mentions: true,
  surfaces: [
    [ZELAYA, ZELAYA, P], // twice (the caption)
    ['Zelaya', ZELAYA, P], // bare
    ['San Jose', 'San José, Costa Rica', L], // twice
    ['Costa Rica', 'Costa Rica', L],
    ['Organization of American States', 'Organization of American States', O],
    ['Obama administration', 'Obama administration', O],
    [MICHELETTI, MICHELETTI, P],
    ['Micheletti', MICHELETTI, P],
    ['U.S.', US, L], // "U.S. officials"
    ['Honduran Congress', HCONGRESS, O],
    ['Honduras', 'Honduras', L], // "Honduras' Supreme Court", "return to Honduras"
    ['Supreme Court', 'Supreme Court of Honduras', O],
    ['Oscar Arias', 'Óscar Arias', P],
    ['Americas', 'Americas', L], // "past dictatorships in the Americas"
    ['United States', US, L],
  ],
  // "Honduran", "Hounduran" (sic), "Central American", "Costa Rican" are adjectives; "Honduran military forces",
  // "Honduran troops", "U.S. officials" are generic.
  event_dates: [
    { event: 'Honduran military ousts President Zelaya and exiles him to Costa Rica, hours before the planned referendum', date: '2009-06-28' },
    { event: 'Honduran lawmakers name Roberto Micheletti to replace Zelaya', date: '2009-06-28' },
  ],
  attributions: [
    { actor: 'Honduran military forces', action: 'ousted and exiled to Costa Rica', target_or_event: ZELAYA, according_to: VOA },
    { actor: 'Honduran troops', action: 'forcibly removed him from his home in the dead of night and sent him to Costa Rica', target_or_event: ZELAYA, according_to: ZELAYA },
    { actor: 'Honduran military forces', action: 'carried out a coup d\'etat against (he was kidnapped with violence and brutality)', target_or_event: OUSTER, according_to: ZELAYA },
    { actor: MICHELETTI, action: 'denies that Zelaya\'s removal from office was a coup', target_or_event: OUSTER, according_to: MICHELETTI },
    { actor: HCONGRESS, action: 'named its leader to replace President Zelaya', target_or_event: MICHELETTI, according_to: VOA },
    { actor: MICHELETTI, action: 'is head of', target_or_event: HCONGRESS, according_to: VOA },
    { actor: US, action: 'will recognize no other president than', target_or_event: ZELAYA, according_to: 'U.S. officials' },
    { actor: 'Supreme Court of Honduras', action: 'had declared illegal the referendum Zelaya pressed ahead with', target_or_event: 'constitutional referendum planned for 28 June 2009', according_to: VOA },
  ],
},
{
  file: '05-voa-2014-presidential-palace-attackers-sought-in-gambia.txt', mentions: true,
  surfaces: [
    ['Gambia', 'Gambia', L], // headline, "the president of Gambia", "the violence in Gambia"
    [JAMMEH, JAMMEH, P], // caption (twice) and "President Yahya Jammeh said"
    ['Jammeh', JAMMEH, P], // bare
    ['Abuja', 'Abuja', L],
    ['Nigeria', 'Nigeria', L],
    ['Banjul', 'Banjul', L],
    ['French News Agency', 'Agence France-Presse', O], // cited as a source (canonical as an earlier set)
    ['United Nations', 'United Nations', O],
    ['U.N.', 'United Nations', O],
    [BAN, BAN, P], // "U.N. chief" is a title ("U.N." counts)
  ],
  // "Gambian", "British" are adjectives; "a Gambian intelligence source", "Human rights activists" are generic.
  event_dates: [
    { event: 'Jammeh arrives for a summit in Abuja (the file caption)', date: '2014-02-27' },
    { event: 'Jammeh seizes power in a coup', date: '1994' },
  ],
  attributions: [
    { actor: 'opponents of President Jammeh', action: 'are sought (house-to-house) as responsible for', target_or_event: PALACEATTACK, according_to: VOA },
    { actor: 'a terrorist group backed by powers outside the country', action: 'carried out', target_or_event: PALACEATTACK, according_to: JAMMEH },
    { actor: JAMMEH, action: 'denies that the attack was a military coup (no participation of the armed forces)', target_or_event: PALACEATTACK, according_to: JAMMEH },
    { actor: 'United Nations', action: 'condemned', target_or_event: PALACEATTACK, according_to: VOA },
    { actor: BAN, action: 'called for a transparent investigation of', target_or_event: PALACEATTACK, according_to: VOA },
    { actor: JAMMEH, action: 'seized power in a coup (1994, at age 29)', target_or_event: 'Gambia', according_to: VOA },
    { actor: JAMMEH, action: 'has long targeted political opponents, journalists and homosexuals', target_or_event: 'Gambia', according_to: 'human rights activists' },
  ],
},
{
  file: '06-voa-2015-burkina-faso-president-back-in-power.txt', mentions: true,
  surfaces: [
    ['Burkina Faso', 'Burkina Faso', L],
    ['Ouagadougou', 'Ouagadougou', L],
    [KAFANDO, KAFANDO, P],
    ['Kafando', KAFANDO, P],
    ['Senegal', 'Senegal', L],
    ['Togo', 'Togo', L],
    ['Benin', 'Benin', L],
    ['Nigeria', 'Nigeria', L],
    ['Gilbert Diendere', DIENDERE, P], // "General" is a title
    ['VOA', VOA, O], // "he told VOA", "A reporter for VOA"
    ['Gilles Thibault', THIBAULT, P],
    ['U.S. State Department', STATE, O], // one span
    ['U.S.', US, L], // "U.S. citizens"
    ['Emilie Iob', 'Emilie Iob', P],
  ],
  // "French", "West African" are adjectives; "the presidential guard", "Government troops", "army troops" generic;
  // "Twitter" is a platform; Tuesday/Wednesday have no date line in the stored text.
  event_dates: [
    { event: 'Anti-coup protesters in Ouagadougou (the caption)', date: '2015-09-22' },
  ],
  attributions: [
    { actor: 'members of the presidential guard', action: 'detained (staging a coup)', target_or_event: KAFANDO, according_to: VOA },
    { actor: DIENDERE, action: 'led (coup leader)', target_or_event: BFCOUP, according_to: VOA },
    { actor: DIENDERE, action: 'apologized to the country and vowed to hand over power', target_or_event: BFCOUP, according_to: VOA },
    { actor: DIENDERE, action: 'held for nearly a week and then freed', target_or_event: KAFANDO, according_to: THIBAULT },
    { actor: KAFANDO, action: 'says he is back in power and his government restored', target_or_event: BFCOUP, according_to: KAFANDO },
    { actor: 'Senegal', action: 'negotiated through its president, in Ouagadougou, the deal returning the presidential guard to barracks', target_or_event: BFCOUP, according_to: VOA },
    { actor: 'Togo', action: 'negotiated through its president, in Ouagadougou, the deal returning the presidential guard to barracks', target_or_event: BFCOUP, according_to: VOA },
    { actor: 'Benin', action: 'negotiated through its president, in Ouagadougou, the deal returning the presidential guard to barracks', target_or_event: BFCOUP, according_to: VOA },
    { actor: 'Nigeria', action: 'negotiated through its president, in Ouagadougou, the deal returning the presidential guard to barracks', target_or_event: BFCOUP, according_to: VOA },
  ],
},
{
  file: '07-liquisearch-1927-assassination-of-kevin-ohiggins.txt', mentions: true,
  surfaces: [
    ['O\'Higgins', OHIGGINS, P], // four times
    ['Booterstown Avenue', 'Booterstown Avenue', L], // the scene (a named street, as earlier sets' streets)
    ['Cross Avenue', 'Cross Avenue', L],
    ['IRA', IRA, O], // three times (the anti-Treaty IRA)
    [COUGHLIN, COUGHLIN, P],
    ['Coughlin', COUGHLIN, P],
    [GANNON, GANNON, P],
    ['Gannon', GANNON, P],
    [DOYLE, DOYLE, P],
    ['Doyle', DOYLE, P],
    ['Dublin', 'Dublin', L],
    ['Éamon de Valera', 'Éamon de Valera', P],
    ['Communist Party of Ireland', 'Communist Party of Ireland', O],
  ],
  // "the Church of the Assumption" is a building (his destination, not the scene); "Irish", "Spanish" are adjectives;
  // "Spanish Civil War" is a war.
  event_dates: [
    { event: 'Kevin O\'Higgins assassinated on his way to Mass', date: '1927-07-10' },
    { event: 'Coughlin killed by a police informer in Dublin', date: '1928' },
    { event: 'Amnesty to IRA members on de Valera\'s assumption of power', date: '1932' },
    { event: 'Death of Archie Doyle', date: '1987' },
    { event: 'Death of Bill Gannon', date: '1965' },
  ],
  attributions: [
    { actor: COUGHLIN, action: 'assassinated (with Gannon and Doyle; in revenge for the executions of IRA men during the civil war)', target_or_event: OHIGGINS, according_to: WP },
    { actor: GANNON, action: 'assassinated (with Coughlin and Doyle; in revenge for the executions of IRA men during the civil war)', target_or_event: OHIGGINS, according_to: WP },
    { actor: DOYLE, action: 'assassinated (with Coughlin and Gannon; in revenge for the executions of IRA men during the civil war)', target_or_event: OHIGGINS, according_to: WP },
    { actor: COUGHLIN, action: 'was an anti-Treaty member of', target_or_event: IRA, according_to: WP },
    { actor: GANNON, action: 'was an anti-Treaty member of', target_or_event: IRA, according_to: WP },
    { actor: DOYLE, action: 'was an anti-Treaty member of (later a prominent IRA militant)', target_or_event: IRA, according_to: WP },
    { actor: 'a police informer', action: 'killed (1928, in Dublin)', target_or_event: COUGHLIN, according_to: WP },
    { actor: 'Éamon de Valera', action: 'issued an amnesty to members of (from which Gannon and Doyle benefited)', target_or_event: IRA, according_to: WP },
    { actor: GANNON, action: 'joined', target_or_event: 'Communist Party of Ireland', according_to: WP },
  ],
},
{
  file: '08-wikipedia-1934-leonid-nikolaev.txt', mentions: true,
  surfaces: [
    [NIKOLAEV, NIKOLAEV, P], // heading and infobox
    ['Leonid Vasilevich Nikolaev', NIKOLAEV, P],
    ['Nikolaev', NIKOLAEV, P], // bare
    ['St. Petersburg', SPB, L],
    ['Russian Empire', 'Russian Empire', L],
    [KIROV, KIROV, P], // twice (the section heading, the lead)
    ['Kirov', KIROV, P], // bare
    ['Leningrad City Committee of the Communist Party of the Soviet Union', 'Leningrad City Committee of the Communist Party of the Soviet Union', O], // one span (a body inside a name stays part of it)
    ['Communist Party', CPSU, O], // "Soviet Communist Party member" ("Soviet" an adjective)
    ['Leningrad', SPB, L], // the city's name of the time (one canonical with St. Petersburg — a choice)
    ['NKVD', 'NKVD', O], // three times
    ['Smolny Institute', 'Smolny Institute', L], // the scene (twice)
    ['Smolny', 'Smolny Institute', L], // bare (three times)
    ['Stalin', 'Joseph Stalin', P],
  ],
  // "Russian", "Soviet" are adjectives; "the Party" (three times) is left as a generic reference — a choice;
  // "the Soviet government" is generic; "Nagant M1895" is a weapon.
  event_dates: [
    { event: 'Birth of Leonid Nikolaev', date: '1904-05-10' },
    { event: 'Death of Leonid Nikolaev', date: '1934-12-29' },
    { event: 'Nikolaev arrested by the NKVD near the Smolny Institute (a loaded revolver in his briefcase)', date: '1934-10-15' },
    { event: 'Nikolaev shoots Sergei Kirov at the Smolny Institute', date: '1934-12-01' },
  ],
  attributions: [
    { actor: NIKOLAEV, action: 'was the assassin of', target_or_event: KIROV, according_to: WP },
    { actor: NIKOLAEV, action: 'shot in the back of the neck with his Nagant revolver (third floor of the Smolny Institute)', target_or_event: KIROVKILL, according_to: WP },
    { actor: 'NKVD', action: 'withdrew all police protection (except an escort to Smolny and a security post at his offices)', target_or_event: KIROV, according_to: WP },
    { actor: 'NKVD', action: 'had withdrawn the remaining guards at the Smolny security desk before', target_or_event: KIROVKILL, according_to: WP },
    { actor: 'Joseph Stalin', action: 'allegedly approved the withdrawal of the guards at Smolny before', target_or_event: KIROVKILL, according_to: WP },
    { actor: NIKOLAEV, action: 'had a permit to carry a loaded handgun', target_or_event: 'Nagant M1895 revolver', according_to: 'some Soviet sources' },
    { actor: CPSU, action: 'expelled (as a member)', target_or_event: NIKOLAEV, according_to: WP },
  ],
},
{
  file: '09-wikimili-1963-sylvanus-olympio.txt', mentions: true,
  surfaces: [
    [OLYMPIO, OLYMPIO, P], // the heading
    ['Olympio', OLYMPIO, P], // bare
    ['Leon B. Poullada', 'Leon B. Poullada', P], // "U.S. Ambassador" a title ("U.S." counts)
    ['U.S. Embassy', 'U.S. Embassy in Lomé', L], // where the body lay (the scene) — a choice
    ['U.S.', US, L], // "the U.S. Ambassador"
    ['Africa', 'Africa', L], // three times
    ['Étienne Eyadéma', EYADEMA, P],
    ['Eyadéma', EYADEMA, P], // bare
    [BODJOLLE, BODJOLLE, P],
    [GRUNITZKY, GRUNITZKY, P],
    ['Grunitzky', GRUNITZKY, P],
    [MEATCHI, MEATCHI, P],
    ['Meatchi', MEATCHI, P],
    ['Guinea', 'Guinea', L],
    ['Liberia', 'Liberia', L],
    ['Ivory Coast', 'Ivory Coast', L],
    ['Tanganyika', 'Tanganyika', L],
    ['Senegal', 'Senegal', L],
    ['Ghana', 'Ghana', L],
    ['Benin', 'Benin', L],
    ['Togo', 'Togo', L], // "The government of Togo" (the country)
    ['Addis Ababa', 'Addis Ababa', L], // inside "the Addis Ababa Conference" (a place inside an event's name)
    ['Organisation of African Unity', 'Organisation of African Unity', O],
  ],
  // "French", "British" are adjectives; "Ewe" an ethnic group ("the Ewe region" left out); reference marks kept.
  event_dates: [
    { event: 'Soldiers break into Olympio\'s house; his body is found outside the U.S. Embassy (the coup and assassination)', date: '1963-01-13' },
    { event: 'Eyadéma claims power; he remains in office until 2005', date: '1967/2005' },
    { event: 'Elections in May (after which the recognition question ended)', date: '1963-05' },
    { event: 'Organisation of African Unity formed at the Addis Ababa Conference ("later that year")', date: '1963' },
    { event: 'The military under Eyadéma deposes Grunitzky\'s government after protests in the Ewe region', date: '1967' },
  ],
  attributions: [
    { actor: 'members of the military', action: 'broke into the house of (shortly after midnight)', target_or_event: OLYMPIO, according_to: WP },
    { actor: EYADEMA, action: 'claimed to have personally fired the shot that killed (as Olympio tried to escape)', target_or_event: OLYMPIO, according_to: EYADEMA },
    { actor: BODJOLLE, action: 'became head of the government for two days after', target_or_event: TOGOCOUP, according_to: WP },
    { actor: 'the military', action: 'created a new government headed by Grunitzky (president) and Meatchi (vice president)', target_or_event: GRUNITZKY, according_to: WP },
    { actor: 'Guinea', action: 'denounced the coup and the assassination', target_or_event: TOGOCOUP, according_to: WP },
    { actor: 'Liberia', action: 'denounced the coup and the assassination', target_or_event: TOGOCOUP, according_to: WP },
    { actor: 'Ivory Coast', action: 'denounced the coup and the assassination', target_or_event: TOGOCOUP, according_to: WP },
    { actor: 'Tanganyika', action: 'denounced the coup and the assassination', target_or_event: TOGOCOUP, according_to: WP },
    { actor: 'Senegal', action: 'recognized the government of Grunitzky and Meatchi', target_or_event: GRUNITZKY, according_to: WP },
    { actor: 'Ghana', action: 'recognized the government of Grunitzky and Meatchi', target_or_event: GRUNITZKY, according_to: WP },
    { actor: 'Benin', action: 'recognized (to a lesser extent) the government of Grunitzky and Meatchi', target_or_event: GRUNITZKY, according_to: WP },
    { actor: EYADEMA, action: 'deposed the government of (with the military, 1967)', target_or_event: GRUNITZKY, according_to: WP },
  ],
},
{
  file: '10-kiwix-1963-arrest-and-assassination-of-ngo-dinh-diem.txt', mentions: true,
  surfaces: [
    [DIEM, DIEM, P, { loose: true }], // heading, lead, infobox (also inside the event's name, as holdout19's Ninoy Aquino); loose for the glued infobox values "TargetNgô Đình Diệm", "DeathsNgô Đình Diệm"
    ['Diệm', DIEM, P], // bare ("the Diệm regime", "Diệm and his adviser")
    ['South Vietnam', 'South Vietnam', L],
    ['CIA', 'Central Intelligence Agency', O],
    [MINH, MINH, P], // "General" is a title
    ['Minh', MINH, P], // "Minh's bodyguard"
    ['Saigon', 'Saigon', L, { loose: true }], // also the glued infobox value "LocationSaigon"
    [NHU, NHU, P],
    [NHUNG, NHUNG, P, { loose: true }], // the glued infobox value "PerpetratorNguyễn Văn Nhung"; "Captain" is a title
    [ARVN, ARVN, O],
    ['ARVN', ARVN, O],
    ['Gia Long Palace', 'Gia Long Palace', L], // the venue of the siege
    ['Cholon', 'Cholon', L],
    ['Tân Sơn Nhứt Air Base', 'Tân Sơn Nhứt Air Base', L], // a named site — a choice
    [NGHIA, NGHIA, P], // "Major" is a title
  ],
  // "South Vietnamese", "Buddhist" are adjectives/religion ("1963 South Vietnamese coup", "Buddhist crisis");
  // "the Ngô brothers" is a family reference; "APC" a vehicle.
  event_dates: [
    { event: 'Diệm arrested and assassinated in the coup', date: '1963-11-02' },
  ],
  attributions: [
    { actor: MINH, action: 'led the CIA-backed coup d\'état in which Diệm was arrested and assassinated', target_or_event: DIEMCOUP, according_to: WP },
    { actor: 'Central Intelligence Agency', action: 'backed the coup', target_or_event: DIEMCOUP, according_to: WP },
    { actor: ARVN, action: 'launched a bloody overnight siege on Gia Long Palace', target_or_event: DIEMCOUP, according_to: WP },
    { actor: 'ARVN officers', action: 'executed (in the back of an armoured personnel carrier, after promising safe exile)', target_or_event: DIEM, according_to: WP },
    { actor: 'ARVN officers', action: 'executed (in the back of an armoured personnel carrier, after promising safe exile)', target_or_event: NHU, according_to: WP },
    { actor: NHUNG, action: 'perpetrator (infobox)', target_or_event: DIEMCOUP, according_to: WP },
    { actor: NHUNG, action: 'is commonly held responsible for the death of', target_or_event: DIEM, according_to: WP },
    { actor: NHUNG, action: 'is commonly held responsible for the death of', target_or_event: NHU, according_to: WP },
    { actor: NGHIA, action: 'is commonly held responsible for the death of', target_or_event: DIEM, according_to: WP },
    { actor: NGHIA, action: 'is commonly held responsible for the death of', target_or_event: NHU, according_to: WP },
    { actor: NHU, action: 'was the adviser and younger brother of', target_or_event: DIEM, according_to: WP },
  ],
},
{
  file: '11-kiwix-2002-assassination-of-pim-fortuyn.txt', mentions: true,
  surfaces: [
    [FORTUYN, FORTUYN, P], // also inside the event's name
    ['Fortuyn', FORTUYN, P], // bare
    [VDG, VDG, P],
    ['Van der Graaf', VDG, P],
    ['Volkert van der G', VDG, P], // "Volkert van der G." (the official form of the suspect's name)
    ['Hilversum', 'Hilversum', L],
    ['North Holland', 'North Holland', L],
    [LPF, LPF, O],
    ['LPF', LPF, O],
    ['Netherlands', 'Netherlands', L],
    ['Apeldoorn', 'Apeldoorn', L],
    ['Gelderland', 'Gelderland', L],
    ['Ruud de Wild', 'Ruud de Wild', P],
    ['Hans Smolders', 'Hans Smolders', P],
  ],
  // "Dutch" is an adjective; "Muslims" a religion; "3FM" (the radio station where he gave an interview, not a cited
  // source), "Jensen!" (a talk show), the book's title, the pistol and "CEST" are not annotated.
  event_dates: [
    { event: 'Pim Fortuyn assassinated in Hilversum', date: '2002-05-06' },
    { event: 'General election of 2002 (nine days after the assassination)', date: '2002-05-15' },
    { event: 'Fortuyn expresses his fear of being murdered on the talk show Jensen!', date: '2002-03-22' },
    { event: 'Van der Graaf released on parole', date: '2014' },
  ],
  attributions: [
    { actor: VDG, action: 'assassinated (shot dead in a car park outside a radio studio)', target_or_event: FORTUYN, according_to: WP },
    { actor: VDG, action: 'perpetrator (infobox)', target_or_event: FORTUYNKILL, according_to: WP },
    { actor: VDG, action: 'murdered him to stop him exploiting Muslims as "scapegoats" and targeting "the weak members of society"', target_or_event: FORTUYN, according_to: VDG },
    { actor: VDG, action: 'was sentenced to eighteen years in prison (upheld on appeal)', target_or_event: FORTUYNKILL, according_to: WP },
    { actor: FORTUYN, action: 'was leading', target_or_event: LPF, according_to: WP },
  ],
},
{
  file: '12-eudic-2009-maguindanao-massacre.txt', mentions: true,
  surfaces: [
    ['Maguindanao', 'Maguindanao', L], // the province (also inside the event's name)
    ['Mamasapano', 'Mamasapano', L], // inside "2015 Mamasapano clash"
    ['Philippines', 'Philippines', L],
    ['Ampatuan', 'Ampatuan, Maguindanao', L], // the town ("Location Ampatuan", "the Ampatuan massacre", "the town of Ampatuan")
    ['Mindanao', 'Mindanao', L],
    [MANGUDADATU, MANGUDADATU, P],
    ['Mangudadatu', MANGUDADATU, P],
    ['Andal Ampatuan, Jr.', AJR, P], // twice
    ['Andal Ampatuan, Sr.', ASR, P],
    ['Buluan', 'Buluan', L],
    ['Datu Unsay', 'Datu Unsay', L], // "Datu Unsay mayor" (a place inside an office's title)
    [CPJ, CPJ, O],
    ['CPJ', CPJ, O],
    ['Iraq', 'Iraq', L],
  ],
  // "Muslim" is a religion; "UTC +8" a time zone; "the Ampatuans" (a clan) is not annotated.
  event_dates: [
    { event: 'Maguindanao massacre (58 killed)', date: '2009-11-23' },
    { event: 'National elections (the gubernatorial race Mangudadatu was entering)', date: '2010' },
    { event: 'Mamasapano clash (another event, named in the hatnote)', date: '2015' },
  ],
  attributions: [
    { actor: AJR, action: 'suspected perpetrator (with his clan; infobox)', target_or_event: MASSACRE, according_to: WP },
    { actor: CPJ, action: 'called the massacre the single deadliest event for journalists in history', target_or_event: MASSACRE, according_to: CPJ },
    { actor: CPJ, action: 'labeled the second most dangerous country for journalists (after Iraq)', target_or_event: 'Philippines', according_to: CPJ },
    { actor: MANGUDADATU, action: 'was challenging (for the Maguindanao governorship)', target_or_event: AJR, according_to: WP },
    { actor: AJR, action: 'is the son of', target_or_event: ASR, according_to: WP },
  ],
},
];
