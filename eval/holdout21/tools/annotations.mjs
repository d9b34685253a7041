// Single-annotator source annotations for the Dossier extraction TWENTY-FIRST held-out set (eval/holdout21).
// Written blind (Dossier's extractor was not run on these texts, and its code was not read), following the
// annotation rules of eval/extraction/README.md and the boundary choices of eval/holdout/README.md to
// eval/holdout19/README.md (holdout20 by its README only; its documents, gold and annotation source were not
// opened).
// `node eval/extraction/tools/build_gold.mjs --dir eval/holdout21` turns these into ../gold.json (mention
// offsets by exact string search in JavaScript/UTF-16, then verified).
//
// surfaces: [surface, canonical, type, opts?]  type: organisation|person|place ('none' = blocker span)
//   opts.occ: restrict to these 0-based occurrences of the surface (boundary-valid matches)
//   opts.loose: also match where a letter or digit touches the surface (labels glued to values)
// Longest match wins on overlap; matches must not be preceded/followed by a letter or digit.

const O = 'organisation', P = 'person', L = 'place', N = 'none';

const VOA = 'Voice of America', WP = 'Wikipedia', STATE = 'U.S. Department of State';
const DOJ = 'U.S. Department of Justice', TREAS = 'U.S. Department of the Treasury';
const US = 'United States';
const FOX = 'Adam Fox', CROFT = 'Barry Croft Jr.', WHITMER = 'Gretchen Whitmer', OLSEN = 'Matthew G. Olsen', BIRGE = 'Andrew Birge';
const RUBIO = 'Marco Rubio', TRUMP = 'Donald Trump';
const TDA = 'Tren de Aragua', MS13 = 'Mara Salvatrucha', CDS = 'Cártel de Sinaloa', CJNG = 'Cártel de Jalisco Nueva Generación';
const CDN = 'Cártel del Noreste', LNFM = 'La Nueva Familia Michoacana', CDG = 'Cártel de Golfo', CU = 'Cárteles Unidos';
const OFAC = 'Office of Foreign Assets Control', WAGNER = 'Wagner Group', MASLOV = 'Ivan Aleksandrovich Maslov';
const PRIGOZHIN = 'Yevgeniy Viktorovich Prigozhin', UTKIN = 'Dmitriy Valeryevich Utkin', NELSON = 'Brian E. Nelson';
const SORO = 'Guillaume Soro', YABI = 'Gilles Yabi';
const BAKIYEV = 'Kurmanbek Bakiyev', OTUNBAYEVA = 'Roza Otunbayeva';
const LAF = 'Lebanese Army', FAI = 'Fatah al-Islam', JAS = 'Jund al-Sham', HILWEH = 'Ein el-Hilweh';
const LUCHENI = 'Luigi Lucheni', ELISABETH = 'Empress Elisabeth of Austria', RIA = 'Royal Italian Army';
const BRESCI = 'Gaetano Bresci', UMBERTO = 'Umberto I of Italy';
const RATHENAU = 'Walther Rathenau', OC = 'Organisation Consul', TECHOW = 'Ernst Werner Techow', KERN = 'Erwin Kern';
const FISCHER = 'Hermann Fischer', EHRHARDT = 'Hermann Ehrhardt';
const SCHWARTZBARD = 'Sholem Schwartzbard', PETLIURA = 'Symon Petliura', RIAU = 'Revolutionary Insurgent Army of Ukraine';
const IJN = 'Imperial Japanese Navy', IJA = 'Imperial Japanese Army', LOB = 'League of Blood', INUKAI = 'Inukai Tsuyoshi';
const NINOUE = 'Nisshō Inoue';
const LONG = 'Huey Long', WEISS = 'Carl Austin Weiss Sr.', PAVY = 'Benjamin Henry Pavy', CAPITOL = 'Louisiana State Capitol';

const PLOT = 'plot to kidnap Michigan Governor Gretchen Whitmer';
const SOROATTACK = 'rocket attack on the airplane carrying Prime Minister Guillaume Soro (Bouake, June 2007)';
const OSH = 'clashes in Osh (June 2010)';
const ELISABETHKILL = 'assassination of Empress Elisabeth of Austria (1898)';
const UMBERTOKILL = 'assassination of Umberto I of Italy (Monza, July 1900)';
const RATHENAUKILL = 'assassination of Walther Rathenau (Berlin-Grunewald, 24 June 1922)';
const PETLIURAKILL = 'assassination of Symon Petliura (Paris, 25 May 1926)';
const MAY15 = 'May 15 incident (attempted coup, 15 May 1932)';
const LONGKILL = 'assassination of Huey Long (Louisiana State Capitol, 8 September 1935)';

export const docs = [
{
  file: '01-doj-2022-michigan-man-sentenced-in-plot-to-kidnap-governor.txt', mentions: true,
  surfaces: [
    ['Michigan', 'Michigan', L], // "A Michigan man", "the Governor of Michigan" (twice; a place inside an office's title counts)
    [FOX, FOX, P],
    ['Fox', FOX, P], // bare ("Fox and Croft", "Mr. Fox", twice)
    ['Wyoming', 'Wyoming, Michigan', L], // "of Wyoming, Michigan" (the Michigan city)
    [CROFT, CROFT, P],
    ['Croft', CROFT, P], // bare
    ['Bear', 'Bear, Delaware', L], // "of Bear, Delaware"
    ['Delaware', 'Delaware', L],
    [WHITMER, WHITMER, P], // "Governor" is a title
    ['Elk Rapids', 'Elk Rapids, Michigan', L],
    [OLSEN, OLSEN, P], // "Assistant Attorney General" is a title
    ['Justice Department', DOJ, O], // "the Justice Department’s National Security Division"
    ['National Security Division', 'National Security Division (U.S. Department of Justice)', O], // canonical as an earlier set
    ['Department of Justice', DOJ, O],
    ['U.S.', US, L], // "Former U.S. Attorney" (a country inside an office's title counts)
    [BIRGE, BIRGE, P],
    ['Western District of Michigan', 'Western District of Michigan', L], // a federal district (as holdout15's Southern District of New York)
  ],
  // "Governor", "Assistant Attorney General", "Former U.S. Attorney" are titles ("U.S." counts); "a federal jury",
  // "the governor’s security detail" are generic; the stored copy has no date line ("today" is not fixed).
  event_dates: [
    { event: 'Fox and Croft convicted by a federal jury during an 11-day retrial', date: '2022-08' },
  ],
  attributions: [
    { actor: FOX, action: 'was sentenced to 16 years in prison (followed by five years of supervised release) for conspiracy to kidnap the Governor of Michigan and conspiracy to use weapons of mass destruction', target_or_event: PLOT, according_to: DOJ },
    { actor: FOX, action: 'was convicted by a federal jury (11-day retrial) in', target_or_event: PLOT, according_to: DOJ },
    { actor: CROFT, action: 'was convicted by a federal jury (11-day retrial) in', target_or_event: PLOT, according_to: DOJ },
    { actor: CROFT, action: 'is the co-conspirator of', target_or_event: FOX, according_to: DOJ },
    { actor: FOX, action: 'intended to kidnap (from her vacation cottage near Elk Rapids)', target_or_event: WHITMER, according_to: DOJ },
    { actor: CROFT, action: 'intended to kidnap (from her vacation cottage near Elk Rapids)', target_or_event: WHITMER, according_to: DOJ },
    { actor: FOX, action: 'explored placing a bomb under an interstate overpass (to harm the governor’s security detail and responding officers)', target_or_event: PLOT, according_to: DOJ },
    { actor: CROFT, action: 'explored placing a bomb under an interstate overpass (to harm the governor’s security detail and responding officers)', target_or_event: PLOT, according_to: DOJ },
    { actor: CROFT, action: 'was also convicted of possessing an improvised explosive device', target_or_event: 'an improvised explosive device (a firework refashioned with shrapnel)', according_to: DOJ },
    { actor: FOX, action: 'masterminded (with his confederate Croft) a plot to kidnap the Governor of Michigan and to use weapons of mass destruction against responding law enforcement', target_or_event: PLOT, according_to: OLSEN },
    { actor: CROFT, action: 'masterminded (with Fox) a plot to kidnap the Governor of Michigan and to use weapons of mass destruction against responding law enforcement', target_or_event: PLOT, according_to: OLSEN },
    { actor: FOX, action: 'will serve a long term in prison for his role in', target_or_event: PLOT, according_to: BIRGE },
  ],
},
{
  file: '02-state-2025-terrorist-designations-of-international-cartels.txt', mentions: true,
  surfaces: [
    [RUBIO, RUBIO, P], // the statement's author ("Secretary of State" is a title)
    ['State Department', STATE, O], // three times
    ['Trump', TRUMP, P], // "President Trump’s", "President Trump said" ("President" is a title)
    ['Trump Administration', 'Trump administration', O], // a political administration (as the dev set's Obama administration; canonical as an earlier set)
    ['Department', STATE, O], // "the Department’s designation" (as the dev set's "The Department")
    ['United States', US, L], // twice
    ['Western Hemisphere', 'Western Hemisphere', L], // a region (inside Trump's quotation)
    [TDA, TDA, O],
    [MS13, MS13, O],
    ['MS-13', MS13, O], // its abbreviation
    [CDS, CDS, O], // canonicals as written in the statement (Spanish names)
    [CJNG, CJNG, O],
    [CDN, CDN, O],
    ['Los Zetas', 'Los Zetas', O], // "(formerly Los Zetas)": the former name is an organisation of its own (the relation an attribution, as holdout19's Devrimci Sol)
    [LNFM, LNFM, O],
    [CDG, CDG, O],
    ['Gulf Cartel', CDG, O], // the English gloss of the same name (as holdout19's Revolutionary Youth)
    [CU, CU, O],
  ],
  // "Secretary of State" and "President" are titles; "Executive Order 14157" is an order; "Foreign Terrorist
  // Organizations (FTOs)" and "Specially Designated Global Terrorists (SDGTs)" are list designations; "American" is
  // an adjective; "our nation" and "our hemisphere" are generic.
  event_dates: [
    { event: 'The State Department announces the designation of eight organizations as FTOs and SDGTs (date line, "Today"; listed once)', date: '2025-02-20' },
  ],
  attributions: [
    { actor: STATE, action: 'designated as a Foreign Terrorist Organization and Specially Designated Global Terrorist', target_or_event: TDA, according_to: RUBIO },
    { actor: STATE, action: 'designated as a Foreign Terrorist Organization and Specially Designated Global Terrorist', target_or_event: MS13, according_to: RUBIO },
    { actor: STATE, action: 'designated as a Foreign Terrorist Organization and Specially Designated Global Terrorist', target_or_event: CDS, according_to: RUBIO },
    { actor: STATE, action: 'designated as a Foreign Terrorist Organization and Specially Designated Global Terrorist', target_or_event: CJNG, according_to: RUBIO },
    { actor: STATE, action: 'designated as a Foreign Terrorist Organization and Specially Designated Global Terrorist', target_or_event: CDN, according_to: RUBIO },
    { actor: STATE, action: 'designated as a Foreign Terrorist Organization and Specially Designated Global Terrorist', target_or_event: LNFM, according_to: RUBIO },
    { actor: STATE, action: 'designated as a Foreign Terrorist Organization and Specially Designated Global Terrorist', target_or_event: CDG, according_to: RUBIO },
    { actor: STATE, action: 'designated as a Foreign Terrorist Organization and Specially Designated Global Terrorist', target_or_event: CU, according_to: RUBIO },
    { actor: CDN, action: 'was formerly (known as)', target_or_event: 'Los Zetas', according_to: RUBIO },
    { actor: 'cartels and other transnational organizations', action: 'threaten the safety of the American people, the security of the United States, and the stability of the international order in the Western Hemisphere', target_or_event: US, according_to: TRUMP },
    { actor: 'these vicious groups (the designated cartels and transnational organizations)', action: 'conduct campaigns of violence and terror both in the United States and internationally', target_or_event: US, according_to: RUBIO },
  ],
},
{
  file: '03-treasury-2023-treasury-sanctions-the-head-of-the-wagner-group-in-mali.txt', mentions: true,
  surfaces: [
    ['Treasury', TREAS, O], // the headline ("Treasury Sanctions …") and Nelson's "Treasury’s sanctions"
    ['U.S. Department of the Treasury', TREAS, O], // the country inside the department's name is not separate
    ['Under Secretary of the Treasury for Terrorism and Financial Intelligence', null, N], // a title (as the earlier sets' "Acting Under Secretary for Terrorism and Financial Intelligence")
    [OFAC, OFAC, O],
    ['OFAC', OFAC, O],
    [WAGNER, WAGNER, O], // many times
    ['Wagner', WAGNER, O], // "Russian Private Military Company ‘Wagner’" (the name inside the quotation marks)
    ['Mali', 'Mali', L], // many times ("Malian" is an adjective)
    ['WASHINGTON', 'Washington, D.C.', L], // the dateline
    [MASLOV, MASLOV, P],
    ['IVAN ALEKSANDROVICH MASLOV', MASLOV, P], // the section heading
    ['Maslov', MASLOV, P], // bare
    [PRIGOZHIN, PRIGOZHIN, P], // twice
    ['Prigozhin', PRIGOZHIN, P], // bare
    [UTKIN, UTKIN, P],
    ['Utkin', UTKIN, P], // "(Utkin)", "Prigozhin and Utkin"
    ['Russia', 'Russia', L], // "Russia’s war against Ukraine", "assist Russia" ("Russian" is an adjective)
    ['Ukraine', 'Ukraine', L], // twice
    ['United States', US, L], // twice
    ['United Kingdom', 'United Kingdom', L],
    ['European Union', 'European Union', O], // canonical as the earlier sets
    ['Canada', 'Canada', L],
    [NELSON, NELSON, P],
  ],
  // "Under Secretary of the Treasury for Terrorism and Financial Intelligence" is a title (blocked); "Russian",
  // "Malian", "African" are adjectives ("the African continent" is not annotated); "Private Military Company" is
  // generic. The stored copy has no date line: no event date.
  event_dates: [],
  attributions: [
    { actor: OFAC, action: 'sanctioned', target_or_event: MASLOV, according_to: TREAS },
    { actor: MASLOV, action: 'is the head of the paramilitary units and the principal administrator based in Mali of', target_or_event: WAGNER, according_to: TREAS },
    { actor: PRIGOZHIN, action: 'is the leader of', target_or_event: WAGNER, according_to: TREAS },
    { actor: WAGNER, action: 'is sanctioned under multiple authorities, including for support of Russia’s war against', target_or_event: 'Ukraine', according_to: TREAS },
    { actor: WAGNER, action: 'may be attempting to obscure its efforts to acquire military equipment for use in Ukraine, including by working through', target_or_event: 'Mali', according_to: TREAS },
    { actor: US, action: 'opposes efforts by any country to assist Russia through', target_or_event: WAGNER, according_to: TREAS },
    { actor: MASLOV, action: 'is the most senior representative in Mali (a key operative supporting the group’s global activities) of', target_or_event: WAGNER, according_to: NELSON },
    { actor: WAGNER, action: 'its presence on the African continent is a destabilizing force for any country that allows its deployment', target_or_event: 'the African continent', according_to: NELSON },
    { actor: PRIGOZHIN, action: 'tasked Maslov to lead the Wagner Group’s mercenary units in Mali', target_or_event: MASLOV, according_to: TREAS },
    { actor: UTKIN, action: 'tasked Maslov to lead the Wagner Group’s mercenary units in Mali', target_or_event: MASLOV, according_to: TREAS },
    { actor: US, action: 'previously sanctioned', target_or_event: PRIGOZHIN, according_to: TREAS },
    { actor: US, action: 'previously sanctioned', target_or_event: UTKIN, according_to: TREAS },
    { actor: 'United Kingdom', action: 'previously sanctioned', target_or_event: PRIGOZHIN, according_to: TREAS },
    { actor: 'United Kingdom', action: 'previously sanctioned', target_or_event: UTKIN, according_to: TREAS },
    { actor: 'European Union', action: 'previously sanctioned', target_or_event: PRIGOZHIN, according_to: TREAS },
    { actor: 'European Union', action: 'previously sanctioned', target_or_event: UTKIN, according_to: TREAS },
    { actor: 'Canada', action: 'previously sanctioned', target_or_event: PRIGOZHIN, according_to: TREAS },
    { actor: 'Canada', action: 'previously sanctioned', target_or_event: UTKIN, according_to: TREAS },
    { actor: MASLOV, action: 'has worked in close coordination with Malian government officials to execute the Wagner Group’s deployment in', target_or_event: 'Mali', according_to: TREAS },
    { actor: MASLOV, action: 'has secured living accommodations for the incoming forces deployed to Mali of', target_or_event: WAGNER, according_to: TREAS },
    { actor: MASLOV, action: 'arranges meetings with government officials from several African nations for', target_or_event: PRIGOZHIN, according_to: TREAS },
  ],
},
{
  file: '04-voa-2007-analysts-say-attack-on-ivory-coast-prime-minister.txt', mentions: true,
  surfaces: [
    ['Kari Barber', 'Kari Barber', P], // byline and "Kari Barber reports"
    ['Dakar', 'Dakar', L], // dateline and "our West Africa bureau in Dakar"
    ['Ivory Cost', 'Ivory Coast', L], // the caption's misspelling (twice), kept as stored
    ['Ivory Coast', 'Ivory Coast', L], // "An Ivory Coast government minister"
    [SORO, SORO, P], // the caption (twice) and the lead
    ['Soro', SORO, P], // "Mr. Soro" (twice), "Prime Minister Soro" (twice)
    ['West Africa', 'West Africa', L], // "our West Africa bureau", "A West Africa-based analyst"
    ['Bouake', 'Bouake', L],
    ['International Crisis Group', 'International Crisis Group', O],
    [YABI, YABI, P],
    ['Yabi', YABI, P], // bare
    ['Laurent Gbagbo', 'Laurent Gbagbo', P], // "President" is a title
  ],
  // "rebels", "police", "the government" are generic; the glossary numbers of the copy (analysts2,
  // reconciliation3, …) are kept as stored; the caption's "(Apr 2007)" dates a photograph and is left out.
  event_dates: [
    { event: 'Rocket attack on the airplane carrying Prime Minister Soro as it landed at Bouake ("on Friday", the day before the Saturday dateline; computed)', date: '2007-06-29' },
  ],
  attributions: [
    { actor: 'unidentified attackers (the group behind the attack)', action: 'carried out a rocket attack on the airplane carrying (what is being called an assassination attempt on)', target_or_event: SORO, according_to: VOA },
    { actor: 'unidentified attackers (the group behind the attack)', action: 'the attack left as many as four dead', target_or_event: SOROATTACK, according_to: 'journalists who were on the plane' },
    { actor: SORO, action: 'is the former leader of', target_or_event: 'the rebels', according_to: VOA },
  ],
},
{
  file: '05-voa-2010-kyrgyz-leaders-call-for-calm-amid-renewed-bloodshed.txt', mentions: true,
  surfaces: [
    ['Osh', 'Osh', L], // the caption (twice) and the text
    ['Osh province', 'Osh Region', L], // "near a majority in Osh province" (the province, one span) — a choice
    ['Kyrgyzstan', 'Kyrgyzstan', L], // many times ("Kyrgyz" is an adjective)
    ['United States', US, L],
    ['Russia', 'Russia', L],
    ['China', 'China', L],
    [BAKIYEV, BAKIYEV, P],
    ['Bakiyev', BAKIYEV, P], // "Mr. Bakiyev"
    ['Belarus', 'Belarus', L],
    [OTUNBAYEVA, OTUNBAYEVA, P],
    ['Uzbekistan', 'Uzbekistan', L],
  ],
  // "Kyrgyz", "Central Asian" are adjectives; "Uzbeks", "Uzbek" are an ethnic group; "the interim government" is
  // Kyrgyzstan as an actor.
  event_dates: [
    { event: 'Kyrgyz soldiers in Osh amid the clashes (the caption, "11 Jun 2010")', date: '2010-06-11' },
    { event: 'Nationwide protests toppled Bakiyev ("in early April", the year from the caption)', date: '2010-04' },
  ],
  attributions: [
    { actor: 'forces opposed to the interim government (opposition elements)', action: 'blamed for this week\'s outbreak: fueled ethnic tensions between Uzbek and Kyrgyz communities to disrupt an upcoming referendum', target_or_event: OSH, according_to: OTUNBAYEVA },
    { actor: 'angry crowds', action: 'attack shops and torch cars; men battle in the streets with guns and improvised weapons in', target_or_event: 'Osh', according_to: VOA },
    { actor: 'Kyrgyzstan', action: 'declared a state of emergency and imposed a curfew on', target_or_event: 'Osh', according_to: VOA },
    { actor: 'a wave of nationwide protests (the April uprising)', action: 'toppled and forced to flee to Belarus', target_or_event: BAKIYEV, according_to: VOA },
  ],
},
{
  file: '06-voa-2007-lebanese-army-clashes-with-militants-in-second-palestinian-camp.txt', mentions: true,
  surfaces: [
    ['Beirut', 'Beirut', L], // dateline, "From Beirut"
    ['Lebanon', 'Lebanon', L], // three times ("Lebanese" is an adjective)
    ['VOA', VOA, O], // "VOA's Margaret Besheer" (the publisher's byline credit, as the earlier sets)
    ['Margaret Besheer', 'Margaret Besheer', P],
    [HILWEH, HILWEH, L], // the caption's spelling of the refugee camp (a place)
    ['Ein al-Hilweh', HILWEH, L], // the text's spelling
    [LAF, LAF, O], // "the Lebanese Army kept up its offensive" (a named army)
    ['Lebanese army', LAF, O], // "Palestinian officials and the Lebanese army" — a choice (the same army in lower case)
    [FAI, FAI, O],
    ['Tripoli', 'Tripoli, Lebanon', L], // canonical as an earlier set
    ['Sidon', 'Sidon', L], // three times
    [JAS, JAS, O],
    ['Nahr el-Bared', 'Nahr el-Bared', L], // the northern refugee camp
    ['Bahia Hariri', 'Bahia Hariri', P],
    ['Hariri', 'Bahia Hariri', P], // "Hariri told Lebanese television"
  ],
  // "Lebanese", "Palestinian", "Lebanese-Palestinian" are adjectives; "Palestinians" a people; "Islamic militants",
  // "the army", "Authorities" are generic; the copy's glossary numbers (militants 1, flared 2, …) are kept.
  event_dates: [
    { event: 'Lebanese troops fight militants in the northern camp and clash with another group in the southern camp (Monday, the dateline and the caption; listed once)', date: '2007-06-04' },
    { event: 'Gun battles first flared near Ein al-Hilweh ("Sunday evening")', date: '2007-06-03' },
    { event: 'The army took on Islamic militants at Nahr el-Bared ("16 days ago", computed)', date: '2007-05-19' },
  ],
  attributions: [
    { actor: LAF, action: 'kept up its offensive against (continued fighting)', target_or_event: FAI, according_to: VOA },
    { actor: JAS, action: 'threw a hand grenade at an army checkpoint near Ein al-Hilweh, wounding five people', target_or_event: 'an army checkpoint (Sidon)', according_to: VOA },
    { actor: LAF, action: 'clashed with (two soldiers and two militants killed, according to authorities)', target_or_event: JAS, according_to: VOA },
    { actor: LAF, action: 'is working with Palestinian officials to quickly contain', target_or_event: 'the fighting near Sidon', according_to: 'Bahia Hariri' },
  ],
},
{
  file: '07-piglix-1898-luigi-lucheni.txt', mentions: true,
  surfaces: [
    [LUCHENI, LUCHENI, P], // the infobox title, the caption and the lead
    ['Lucheni', LUCHENI, P], // bare
    ['Paris', 'Paris', L], // "Paris, France" (born), "Born in Paris"
    ['France', 'France', L],
    ['Geneva', 'Geneva', L], // "Geneva, Switzerland" (died), "visiting Geneva", "from Geneva"
    ['Lake Geneva', 'Lake Geneva', L], // longest match
    ['Switzerland', 'Switzerland', L], // three times
    ['Vienna', 'Vienna', L], // the resting place's city ("Viennese" is an adjective)
    ['Austria', 'Austria', L], // "Vienna, Austria"
    ['Elisabeth of Austria', ELISABETH, P], // "Murder of Empress Elisabeth of Austria" ("Empress" is a title; the country inside her name is not separate)
    ['Elisabeth', ELISABETH, P], // bare, four times
    ['Sisi', ELISABETH, P], // her common name
    ['Kingdom of Italy', 'Kingdom of Italy', L], // a state (as holdout12's Empire of Japan)
    [RIA, RIA, O],
    ['Italian Army', RIA, O], // "drafted in the Italian Army" (the same army)
    ['Philippe, Duke of Orleans', 'Philippe, Duke of Orléans', P],
    ['Irma Sztáray', 'Irma Sztáray', P], // "Countess" is a title
    ['Montreux', 'Montreux', L],
  ],
  // "Zentralfriedhof" (a cemetery, a site other than an attack venue), the steamer "Genève" (a vessel) and the
  // coordinates are not annotated; "Italian", "Austrian", "Viennese" are adjectives; "First Italo-Ethiopian War"
  // holds adjectives only; "the Duke's" is a bare title.
  event_dates: [
    { event: 'Lucheni born (infobox and lead; listed once)', date: '1873-04-22' },
    { event: 'Lucheni died, a suicide (infobox and lead; listed once)', date: '1910-10-19' },
    { event: 'Lucheni assassinated Empress Elisabeth ("in 1898"; the mugshot\'s year listed once with it)', date: '1898' },
    { event: 'Elisabeth and her lady-in-waiting intended to travel from Geneva to Montreux', date: '1898-09-10' },
    { event: 'Lucheni\'s years of service in the Royal Italian Army', date: '1893/1896' },
  ],
  attributions: [
    { actor: LUCHENI, action: 'assassinated', target_or_event: ELISABETH, according_to: WP },
    { actor: LUCHENI, action: 'criminal charge: murder of (infobox)', target_or_event: ELISABETH, according_to: WP },
    { actor: LUCHENI, action: 'criminal penalty: life imprisonment (infobox)', target_or_event: ELISABETHKILL, according_to: WP },
    { actor: LUCHENI, action: 'at first decided that he would kill', target_or_event: 'Philippe, Duke of Orléans', according_to: WP },
    { actor: LUCHENI, action: 'served in (and fought in the First Italo-Ethiopian War)', target_or_event: RIA, according_to: WP },
  ],
},
{
  file: '08-wikipedia-1900-gaetano-bresci.txt', mentions: true,
  surfaces: [
    [BRESCI, BRESCI, P], // heading, infobox name, lead
    ['Bresci', BRESCI, P], // bare
    ['Prato', 'Prato', L],
    ['Italy', 'Italy', L], // "Prato, Italy", "Santo Stefano Island, Italy", "Anarchism in Italy", "return to Italy", "The government of Italy"
    ['Santo Stefano Island', 'Santo Stefano Island', L], // twice
    ['Umberto I of Italy', UMBERTO, P], // "King Umberto I of Italy" ("King" is a title; the country inside his name is not separate)
    ['Umberto I', UMBERTO, P], // the infobox's "Murder of Umberto I"
    ['Umberto', UMBERTO, P], // "assassinate Umberto", "Umberto's scheduled appearance"
    ['United States', US, L], // "emigrated to the United States", "United States President" (a country inside an office's title)
    ['Paterson', 'Paterson, New Jersey', L],
    ['New Jersey', 'New Jersey', L],
    ['Bava Beccaris', 'Bava Beccaris', P], // the person inside the event's name "Bava Beccaris massacre" (as written) — a choice
    ['Monza', 'Monza', L],
    ['Latina', 'Latina', L],
    ['Lazio', 'Lazio', L],
    ['Leon Czolgosz', 'Leon Czolgosz', P],
    ['William McKinley', 'William McKinley', P],
    ['Carrara', 'Carrara', L],
  ],
  // "Italian" is an adjective; "Anarchism in Italy" is a movement (only the place inside it is annotated);
  // "Local police", "the Italian anarchist movement" are generic; "/it/" is a pronunciation stub.
  event_dates: [
    { event: 'Bresci born (infobox and lead, as stored "11 November 186922 May 1901"; listed once)', date: '1869-11-11' },
    { event: 'Bresci found dead, an apparent suicide (infobox and lead; listed once)', date: '1901-05-22' },
    { event: 'Bresci killed King Umberto I in Monza', date: '1900-07' },
  ],
  attributions: [
    { actor: BRESCI, action: 'assassinated (killed the king during his appearance in Monza)', target_or_event: UMBERTO, according_to: WP },
    { actor: BRESCI, action: 'conviction: murder of (infobox)', target_or_event: UMBERTO, according_to: WP },
    { actor: BRESCI, action: 'was sentenced to life imprisonment for murder (infobox penalty and lead)', target_or_event: UMBERTOKILL, according_to: WP },
    { actor: BRESCI, action: 'was suspected of having been part of a conspiracy (no evidence found that others were involved)', target_or_event: UMBERTOKILL, according_to: 'Italy' },
    { actor: BRESCI, action: 'inspired (propaganda by deed)', target_or_event: 'Leon Czolgosz', according_to: WP },
    { actor: 'Leon Czolgosz', action: 'assassinated', target_or_event: 'William McKinley', according_to: WP },
  ],
},
{
  file: '09-liquisearch-1922-assassination-of-walther-rathenau.txt', mentions: true,
  surfaces: [
    ['Rathenau', RATHENAU, P], // bare throughout (the section's article is "Walther Rathenau")
    ['Treaty of Rapallo', null, N], // a treaty (blocked, as holdout18's treaty and holdout19's Sunningdale Agreement)
    ['Grunewald', 'Grunewald', L], // "his house in Grunewald"
    ['Berlin-Grunewald', 'Grunewald', L], // one span (the Berlin locality) — a choice
    ['Foreign Office', 'Foreign Office (Germany)', O],
    ['Wilhelmstraße', 'Wilhelmstraße', L], // the Foreign Office's street (as an earlier set's Prince's Gate)
    ['NAG-Convertible', null, N], // a car model
    ['Mercedes-Touring', null, N], // a car model
    [TECHOW, TECHOW, P],
    ['Techow', TECHOW, P], // "before Techow quickly drove", "Techow's younger brother"
    [KERN, KERN, P],
    ['Kern', KERN, P],
    [FISCHER, FISCHER, P],
    ['Fischer', FISCHER, P],
    ['Hans Gerd Techow', 'Hans Gerd Techow', P],
    ['Ernst von Salomon', 'Ernst von Salomon', P],
    ['Willi Günther', 'Willi Günther', P],
    [OC, OC, O],
    ['O.C.', OC, O], // four times
    ['O. C.', OC, O], // "by O. C. assassins"
    ['Koenigsallee', 'Koenigsallee', L], // the street where the attack took place ("the scene of the crime")
    ['Matthias Erzberger', 'Matthias Erzberger', P],
    ['Philipp Scheidemann', 'Philipp Scheidemann', P],
    ['Martin Sabrow', 'Martin Sabrow', P], // "Historian" is a description
    [EHRHARDT, EHRHARDT, P],
    ['Ehrhardt', EHRHARDT, P], // bare, twice
    ['Weimar Republic', 'Weimar Republic', L], // a state (as the earlier sets' Empire of Japan)
    ['Reichswehr', 'Reichswehr', O], // the army
  ],
  // "WWI" is an event's name without a place; "German" is an adjective; "MP 18" is a weapon; "the Left" and "the
  // government" are generic.
  event_dates: [
    { event: 'Rathenau assassinated (a Saturday morning)', date: '1922-06-24' },
    { event: 'The signing of the Treaty of Rapallo ("two months" before the assassination; computed)', date: '1922-04' },
    { event: 'Assassination of former finance minister Matthias Erzberger', date: '1921-08' },
    { event: 'Philipp Scheidemann barely survived an attempt on his life by O.C. assassins', date: '1922-06-04' },
  ],
  attributions: [
    { actor: KERN, action: 'opened fire with a submachine gun at close range, killing', target_or_event: RATHENAU, according_to: WP },
    { actor: FISCHER, action: 'threw a hand grenade into the car of', target_or_event: RATHENAU, according_to: WP },
    { actor: TECHOW, action: 'drove the attackers\' car (and drove them away) in', target_or_event: RATHENAUKILL, according_to: WP },
    { actor: 'Hans Gerd Techow', action: 'was involved in the plot', target_or_event: RATHENAUKILL, according_to: WP },
    { actor: 'Ernst von Salomon', action: 'was involved in the plot', target_or_event: RATHENAUKILL, according_to: WP },
    { actor: 'Willi Günther', action: 'was involved in the plot (aided and abetted by seven others)', target_or_event: RATHENAUKILL, according_to: WP },
    { actor: 'all conspirators (Techow, Kern, Fischer and the others)', action: 'were members of', target_or_event: OC, according_to: WP },
    { actor: OC, action: 'carried out (one in a row of terrorist attacks)', target_or_event: RATHENAUKILL, according_to: WP },
    { actor: OC, action: 'assassinated (the most sensational of its attacks)', target_or_event: 'Matthias Erzberger', according_to: WP },
    { actor: OC, action: 'its assassins attempted to kill (he barely survived)', target_or_event: 'Philipp Scheidemann', according_to: WP },
    { actor: EHRHARDT, action: 'ordered the murders', target_or_event: RATHENAUKILL, according_to: 'Martin Sabrow' },
    { actor: EHRHARDT, action: 'was the undisputed leader of', target_or_event: OC, according_to: WP },
  ],
},
{
  file: '10-wikipedia-1926-schwartzbard-trial.txt', mentions: true,
  surfaces: [
    ['Schwartzbard', SCHWARTZBARD, P], // bare throughout, also inside the event's name "Schwartzbard trial" (the person inside the event's name, as holdout19)
    ['Samuel "Sholem" Schwartzbard', SCHWARTZBARD, P], // the lead's full form, one span
    ['Sholem Schwarzbard', SCHWARTZBARD, P], // the infobox's spelling
    ['Paris', 'Paris', L],
    ['France', 'France', L],
    [PETLIURA, PETLIURA, P], // infobox (cause, casualties) and text
    ['Petliura', PETLIURA, P], // bare
    ['Ukraine', 'Ukraine', L], // "pogroms in Ukraine" (twice), "especially in Ukraine", "southern Ukraine", "Odesa, Ukraine"
    [RIAU, RIAU, O], // "the Bolshevik Revolutionary Insurgent Army of Ukraine" ("Bolshevik" is an adjective; the country inside the name is not separate)
    ['RIAU', RIAU, O],
    ['Grigori Kotovsky', 'Grigori Kotovsky', P],
    ['Odesa', 'Odesa', L],
    ['Directorate of the Ukrainian National Republic', 'Directorate of the Ukrainian National Republic', O], // the governing body, one span
    ['Józef Piłsudski', 'Józef Piłsudski', P],
    ['Rue Racine', 'Rue Racine', L], // the street of the shooting
    ['boulevard Saint-Michel', 'Boulevard Saint-Michel', L],
    ['Latin Quarter', 'Latin Quarter', L],
  ],
  // "Ukrainian", "Soviet", "French" are adjectives; "Encyclopédie Larousse" is a publication (not cited as a
  // source); "the Gibert bookstore" is a shop named as a landmark (not annotated); "Native Name Lang: uk" is markup.
  event_dates: [
    { event: 'The Schwartzbard trial ("a sensational 1927 French murder trial")', date: '1927' },
    { event: 'Pogroms in Ukraine ("1919-1920")', date: '1919/1920' },
    { event: 'Schwartzbard fighting in southern Ukraine; pogroms in Odesa "that year"', date: '1919' },
    { event: 'Petliura relocated to Paris', date: '1924' },
    { event: 'Schwartzbard shot Petliura on the Rue Racine', date: '1926-05-25' },
  ],
  attributions: [
    { actor: SCHWARTZBARD, action: 'was accused of murdering (charge: murder; infobox "Accused")', target_or_event: PETLIURA, according_to: WP },
    { actor: SCHWARTZBARD, action: 'was acquitted of all charges (infobox "Verdict: Acquittal")', target_or_event: PETLIURAKILL, according_to: WP },
    { actor: SCHWARTZBARD, action: 'was a Soviet agent and assassinated Petliura on Soviet orders (alleged)', target_or_event: PETLIURA, according_to: 'the prosecution' },
    { actor: PETLIURA, action: 'was held responsible for the deaths of Schwartzbard\'s family in the 1919-1920 pogroms', target_or_event: 'pogroms in Ukraine (1919-1920)', according_to: SCHWARTZBARD },
    { actor: SCHWARTZBARD, action: 'fought (in southern Ukraine) as part of', target_or_event: RIAU, according_to: WP },
    { actor: 'Grigori Kotovsky', action: 'led', target_or_event: RIAU, according_to: WP },
    { actor: PETLIURA, action: 'was the head of', target_or_event: 'Directorate of the Ukrainian National Republic', according_to: WP },
    { actor: SCHWARTZBARD, action: 'started plotting the assassination of', target_or_event: PETLIURA, according_to: 'Sholem Schwartzbard (his autobiography)' },
  ],
},
{
  file: '11-wikipedia-1932-may-15-incident.txt', mentions: true,
  surfaces: [
    ['Empire of Japan', 'Empire of Japan', L], // twice (a state, as holdout12)
    [IJN, IJN, O], // twice
    [IJA, IJA, O], // twice
    [LOB, LOB, O], // "League of Blood (Ketsumei-dan)", "\"League of Blood\"", and inside the event's name "League of Blood Incident" (twice)
    ['Ketsumei-dan', LOB, O], // its Japanese name
    [INUKAI, INUKAI, P], // "Prime Minister" is a title
    ['London Naval Treaty', null, N], // a treaty (blocked)
    ['Sakurakai', 'Sakurakai', O], // a secret society
    [NINOUE, NINOUE, P],
    ['Inoue', NINOUE, P], // "Inoue's group"
    ['Inoue Junnosuke', 'Inoue Junnosuke', P],
    ['Rikken Minseitō', 'Rikken Minseitō', O],
    ['Takuma Dan', 'Takuma Dan', P],
    ['Mitsui Holding Company', 'Mitsui Holding Company', O],
    ['Shūmei Ōkawa', 'Shūmei Ōkawa', P],
    ['Mitsuru Tōyama', 'Mitsuru Tōyama', P],
    ['Kōzaburō Tachibana', 'Kōzaburō Tachibana', P],
  ],
  // "Japanese" is an adjective; "Shōwa Restoration" is a slogan; "Zaibatsu" is a class of firms; "May 15 incident"
  // is an event's name without a place; "The '" is the stored text's damage (the article's Japanese name lost).
  event_dates: [
    { event: 'Attempted coup; Prime Minister Inukai assassinated (lead and "Incident" section; listed once)', date: '1932-05-15' },
    { event: 'League of Blood Incident ("In 1932")', date: '1932' },
    { event: 'Inoue\'s group killed Inoue Junnosuke', date: '1932-02-09' },
    { event: 'Inoue\'s group killed Takuma Dan', date: '1932-03-05' },
  ],
  attributions: [
    { actor: IJN, action: 'reactionary elements launched an attempted coup d\'état', target_or_event: MAY15, according_to: WP },
    { actor: IJA, action: 'its cadets aided the attempted coup', target_or_event: MAY15, according_to: WP },
    { actor: LOB, action: 'civilian remnants aided the attempted coup', target_or_event: MAY15, according_to: WP },
    { actor: '11 young naval officers', action: 'assassinated', target_or_event: INUKAI, according_to: WP },
    { actor: 'the assassins (the naval officers)', action: 'received extremely light sentences (after the trial)', target_or_event: MAY15, according_to: WP },
    { actor: 'the naval officers', action: 'established contacts with Nisshō Inoue and his League of Blood', target_or_event: LOB, according_to: WP },
    { actor: NINOUE, action: 'leads', target_or_event: LOB, according_to: WP },
    { actor: LOB, action: 'killed (Inoue\'s group, during the League of Blood Incident)', target_or_event: 'Inoue Junnosuke', according_to: WP },
    { actor: LOB, action: 'killed (Inoue\'s group, during the League of Blood Incident)', target_or_event: 'Takuma Dan', according_to: WP },
    { actor: 'Shūmei Ōkawa', action: 'staged (as a right-wing civilian element) the attempt', target_or_event: MAY15, according_to: WP },
    { actor: 'Mitsuru Tōyama', action: 'staged (as a right-wing civilian element) the attempt', target_or_event: MAY15, according_to: WP },
    { actor: 'Kōzaburō Tachibana', action: 'staged (as a right-wing civilian element) the attempt', target_or_event: MAY15, according_to: WP },
  ],
},
{
  file: '12-wikipedia-1935-assassination-of-huey-long.txt', mentions: true,
  surfaces: [
    [LONG, LONG, P], // heading and infobox title (the person inside the event's name), lead
    ['Huey Pierce Long Jr.', LONG, P], // the infobox target
    ['Long', LONG, P], // bare, many times
    [CAPITOL, CAPITOL, L], // the venue of the shooting (infobox, lead, funeral paragraph)
    ['Baton Rouge', 'Baton Rouge', L], // twice
    ['Louisiana', 'Louisiana', L], // "Baton Rouge, Louisiana" (twice), "former Louisiana governor" (a place inside an office's title)
    ['U.S.', US, L], // the infobox location
    [WEISS, WEISS, P], // the infobox perpetrator
    ['Carl Weiss', WEISS, P],
    ['Weiss', WEISS, P], // bare
    ['United States', US, L], // "a United States senator"
    ['Franklin D. Roosevelt', 'Franklin D. Roosevelt', P],
    ['Roosevelt', 'Franklin D. Roosevelt', P],
    [PAVY, PAVY, P], // "Judge" is a title
    ['Pavy', PAVY, P], // "Pavy's son-in-law"
    ['Charles Keck', 'Charles Keck', P],
    ['Share Our Wealth', 'Share Our Wealth', O], // "his Share Our Wealth movement" (a political movement)
    ['White House', 'White House', O], // "re-elected to the White House" (as the dev set's White House) — a choice
  ],
  // "Central Daylight Time" is a time zone; "FN Model 1910" is a weapon; "Our Lady of the Lake Regional Medical
  // Center" is a hospital (a building other than the venue); "Democrat" is a party label used as an adjective.
  event_dates: [
    { event: 'Huey Long fatally shot at the Louisiana State Capitol', date: '1935-09-08' },
    { event: 'Long pronounced dead', date: '1935-09-10' },
    { event: 'A possible 1936 presidential bid (eliminated by his death)', date: '1936' },
    { event: 'Statue of Long by Charles Keck erected on his grave', date: '1940' },
  ],
  attributions: [
    { actor: WEISS, action: 'perpetrator (infobox "Perp")', target_or_event: LONGKILL, according_to: WP },
    { actor: WEISS, action: 'ambushed in a hallway and shot in the chest (the most widely accepted version of events)', target_or_event: LONG, according_to: WP },
    { actor: 'Long\'s bodyguards', action: 'shot and killed (instantly)', target_or_event: WEISS, according_to: WP },
    { actor: 'Long\'s bodyguards', action: 'shot Long by accident during the fight (an alternative theory)', target_or_event: LONG, according_to: 'an alternative theory' },
    { actor: WEISS, action: 'punched Long, who was then killed in the crossfire (another theory)', target_or_event: LONG, according_to: 'another theory' },
    { actor: LONG, action: 'sought to oust (with a redistricting bill)', target_or_event: PAVY, according_to: WP },
    { actor: WEISS, action: 'was the son-in-law of', target_or_event: PAVY, according_to: WP },
    { actor: LONG, action: 'was the leader of', target_or_event: 'Share Our Wealth', according_to: WP },
  ],
},
];
