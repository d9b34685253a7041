// Single-annotator source annotations for the Dossier extraction SEVENTEENTH held-out set (eval/holdout17).
// Written blind (Dossier's extractor was not run on these texts, and its code was not read), following the
// annotation rules of eval/extraction/README.md and the boundary choices of eval/holdout/README.md to
// eval/holdout15/README.md (holdout16 by its README only; its documents, gold and annotation source were not
// opened).
// `node eval/extraction/tools/build_gold.mjs --dir eval/holdout17` turns these into ../gold.json (mention
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
const CHIQ = 'Chiquita Brands International', AUC = 'United Self-Defense Forces of Colombia';
const HUJIB = 'Harakat ul-Jihad-i-Islami/Bangladesh', HUJI = 'Harakat-ul-Jihad al-Islami', IDEK = 'Islami Dawat-e-Kafela';
const LET = 'Lashkar-e-Taiba', HANNAN = 'Abdul Hannan';
const ABM = 'Ansar Bayt al-Maqdis';
const N17 = 'Revolutionary Organization 17 November';
const TAYLOR = 'Charles Taylor', LUSSICK = 'Richard Lussick', RUF = 'Revolutionary United Front';
const KNU = 'Karen National Union';
const ON = 'Ordine Nuovo', PINELLI = 'Giuseppe Pinelli', BNA = "Banca Nazionale dell'Agricoltura";
const EZLN = 'Zapatista Army of National Liberation', PRI = 'Institutional Revolutionary Party';
const HANI = 'Chris Hani', WALUS = 'Janusz Waluś', DERBY = 'Clive Derby-Lewis', ANC = 'African National Congress';
const MK = 'Umkhonto we Sizwe';
const IBRAHIM = 'Dawood Ibrahim', MEMON = 'Tiger Memon', MUQUDDAM = 'Asghar Yusuf Muquddam', QURESHI = 'Shahnawaz Qureshi';
const ISI = 'Inter-Services Intelligence';
const RAMOS = 'José Ramos-Horta', GUSMAO = 'Xanana Gusmão', REINADO = 'Alfredo Reinado', FDTL = 'Timor Leste Defence Force';
const HAH = 'Hezbollah Al-Hejaz';

const PLEA = "Chiquita's payments to the AUC (1997–2004; guilty plea of 2007-03-19)";
const GRENADE = 'May 2004 grenade attack that wounded the British High Commissioner in Sylhet';
const N17CRIMES = 'November 17 killings, bombings, rocket attacks and bank robberies (1975–2000)';
const SLWAR = 'Sierra Leone civil war (1991–2002)';
const BURMABOMBS = 'series of small-scale bombings in Burma (incl. Namkham and a Rangoon hotel)';
const FONTANA = 'Piazza Fontana bombing (Milan, 12 December 1969)';
const ACTEAL = 'Acteal massacre (22 December 1997)';
const HANIKILL = 'assassination of Chris Hani (Dawn Park, Boksburg, 10 April 1993)';
const BOMBAY = '1993 Bombay bombings (12 March 1993)';
const TIMOR = 'attacks on the homes of President Ramos-Horta and Prime Minister Gusmão (Dili, 11 February 2008)';
const KHOBAR = 'Khobar Towers bombing (25 June 1996)';
const RIYADH = 'car bombing in Riyadh (13 November 1995)';

export const docs = [
{
  file: '01-doj-2007-chiquita-pleads-guilty-to-payments-to-the-auc.txt', mentions: true,
  surfaces: [
    ['Chiquita Brands International', CHIQ, O], // the release's heading
    ['Chiquita Brands International Inc.', CHIQ, O], // the company's full name ("Inc." kept, as holdout12's J.P. Morgan Inc.)
    ['Chiquita', CHIQ, O], // many times, also "Chiquita's"
    ['WASHINGTON', DC, L], // the dateline
    ['New Jersey', 'New Jersey', L],
    ['Cincinnati, Ohio', 'Cincinnati, Ohio', L], // a US city with its state is one span (as holdout15's Port Angeles, Washington)
    ['Royce C. Lamberth', 'Royce C. Lamberth', P], // "the Honorable" is a title
    ['U.S. District Court for the District of Columbia', 'U.S. District Court for the District of Columbia', O], // the country and district inside the court's name are not separate
    ['Kenneth L. Wainstein', 'Kenneth L. Wainstein', P], // "Assistant Attorney General" is a title
    ['National Security Division', 'National Security Division (U.S. Department of Justice)', O],
    ['U.S.', US, L], // "U.S. Attorney" (a country inside an office's title), "the U.S. government", "a U.S. corporation"
    ['Jeffrey A. Taylor', 'Jeffrey A. Taylor', P],
    ['Wendy Wysong', 'Wendy Wysong', P],
    ['U.S. Department of Commerce', 'U.S. Department of Commerce', O],
    ['Commerce', 'U.S. Department of Commerce', O], // the release's short form ("Commerce")
    ['William Reid', 'William Reid', P], // "Special Agent in Charge" is a title
    ['U.S. Immigration and Customs Enforcement', 'U.S. Immigration and Customs Enforcement', O],
    ['ICE', 'U.S. Immigration and Customs Enforcement', O],
    ['Washington, D.C. Office of Investigations', 'Office of Investigations, Washington, D.C. (ICE)', O], // the agency's unit; the city inside a unit's name is not separate (as holdout16's Boston Division)
    [AUC, AUC, O], // Colombia inside the name is not separate
    ['Autodefensas Unidas de Colombia', AUC, O], // the group's Spanish name (the same group)
    ['AUC', AUC, O], // three times
  ],
  // "Spanish" is an adjective; "Foreign Terrorist Organization" and "Specially-Designated Global Terrorist" are list
  // designations; "Deputy Assistant Secretary" is an office. The seal line of the page ("Department of Justice Seal
  // Department of Justice") was dropped as furniture.
  event_dates: [
    { event: 'Chiquita pleaded guilty before Judge Lamberth ("today", the date line)', date: '2007-03-19' },
    { event: 'Sentencing scheduled ("Sentencing will occur on June 1, 2007")', date: '2007-06-01' },
    { event: 'AUC designated a Foreign Terrorist Organization', date: '2001-09-10' },
    { event: 'AUC designated a Specially-Designated Global Terrorist', date: '2001-10-31' },
  ],
  attributions: [
    { actor: CHIQ, action: 'pleaded guilty to one count of engaging in transactions with a specially-designated global terrorist', target_or_event: AUC, according_to: DOJ },
    { actor: CHIQ, action: 'had made payments for years to', target_or_event: AUC, according_to: DOJ },
    { actor: CHIQ, action: 'agreed (plea agreement) to a $25 million criminal fine, a compliance and ethics program and five years\' probation for', target_or_event: PLEA, according_to: DOJ },
    { actor: US, action: 'designated as a Foreign Terrorist Organization (the U.S. government)', target_or_event: AUC, according_to: DOJ },
    { actor: US, action: 'designated as a Specially-Designated Global Terrorist (the U.S. government)', target_or_event: AUC, according_to: DOJ },
  ],
},
{
  file: '02-state-crt2019-harakat-ul-jihad-i-islami-bangladesh.txt', mentions: true,
  surfaces: [
    [HUJIB, HUJIB, O], // heading and description (Bangladesh inside the name is not separate)
    ['HUJI-B', HUJIB, O], // many times
    // the "Aka" list: spellings of the same name are mentions of the same group; the differently named front
    // (Islami Dawat-e-Kafela / IDEK) is an organisation of its own, the alias relation an attribution
    ['Harakat ul Jihad e Islami Bangladesh', HUJIB, O],
    ['Harkatul Jihad al Islam', HUJIB, O],
    ['Harkatul Jihad', HUJIB, O],
    ['Harakat ul Jihad al Islami', HUJIB, O],
    ['Harkat ul Jihad al Islami', HUJIB, O],
    ['Harkat-ul-Jehad-al-Islami', HUJIB, O],
    ['Harakat ul Jihad Islami Bangladesh', HUJIB, O],
    [IDEK, IDEK, O],
    ['IDEK', IDEK, O],
    ['Bangladesh', 'Bangladesh', L], // "Islamist rule in Bangladesh", "Sylhet, Bangladesh" ("Bangladeshi" is an adjective)
    ['Usama bin Laden', OBL, P],
    ['U.S.', US, L], // "U.S. civilians"
    ['al-Qa’ida', AQ, O],
    ['HUJI', HUJI, O], // the Pakistani group ("including HUJI and Lashkar e-Tayyiba"), not HUJI-B
    ['Lashkar e-Tayyiba', LET, O],
    ['LeT', LET, O], // twice
    ['Abdul Hannan', HANNAN, P], // "HUJI-B leader Mufti Abdul Hannan" ("Mufti" is a title)
    ['Hannan', HANNAN, P], // bare, twice
    ['Sylhet', 'Sylhet', L],
    ['Shah AMS Kibria', 'Shah AMS Kibria', P], // "former Finance Minister" is an office
    ['Pakistan', 'Pakistan', L], // "traveled to Pakistan" ("Pakistani" is an adjective)
    ['Dhaka', 'Dhaka', L], // "Dhaka police"
  ],
  // "Afghan", "Bangladeshi", "Pakistani", "British" are adjectives; "the British High Commissioner" is an office
  // (no name); "FTO" is a list designation.
  event_dates: [
    { event: 'HUJI-B designated a Foreign Terrorist Organization', date: '2008-03-05' },
    { event: 'HUJI-B formed by former Bangladeshi Afghan veterans', date: '1992-04' },
    { event: 'Bangladeshi authorities banned the group', date: '2005-10' },
    { event: "Fatwa sponsored by Usama bin Laden, signed by HUJI-B's leaders", date: '1998-02' },
    { event: 'Three HUJI-B members, including Abdul Hannan, convicted', date: '2008-12' },
    { event: 'Grenade attack that wounded the British High Commissioner in Sylhet ("the May 2004 grenade attack", twice; listed once)', date: '2004-05' },
    { event: 'Bangladeshi authorities charged suspects, including Hannan, with the killing of Kibria', date: '2011' },
    { event: 'Shah AMS Kibria killed in a grenade attack', date: '2005-01-27' },
    { event: 'Bangladeshi police arrested a group of terrorists including HUJI-B members', date: '2013' },
    { event: 'HUJI-B continued its operations; members reportedly traveled to Pakistan for training', date: '2014' },
    { event: 'Bangladeshi authorities executed Hannan and two associates', date: '2017-04-12' },
    { event: 'Dhaka police arrested three HUJI-B operatives', date: '2019-10' },
  ],
  attributions: [
    { actor: US, action: 'designated as a Foreign Terrorist Organization', target_or_event: HUJIB, according_to: STATE },
    { actor: HUJIB, action: 'was formed by former Bangladeshi Afghan veterans seeking to establish Islamist rule in', target_or_event: 'Bangladesh', according_to: STATE },
    { actor: 'Bangladesh', action: 'banned (Bangladeshi authorities banned the group)', target_or_event: HUJIB, according_to: STATE },
    { actor: HUJIB, action: 'its leaders signed the February 1998 fatwa sponsored by', target_or_event: OBL, according_to: STATE },
    { actor: HUJIB, action: 'has connections to', target_or_event: AQ, according_to: STATE },
    { actor: HUJIB, action: 'has connections to', target_or_event: HUJI, according_to: STATE },
    { actor: HUJIB, action: 'has connections to', target_or_event: LET, according_to: STATE },
    { actor: IDEK, action: 'is an alias (aka) of', target_or_event: HUJIB, according_to: STATE },
    { actor: HANNAN, action: 'is the leader of', target_or_event: HUJIB, according_to: STATE },
    { actor: HANNAN, action: 'was convicted (with two other HUJI-B members) for', target_or_event: GRENADE, according_to: STATE },
    { actor: HUJIB, action: 'three members were convicted for', target_or_event: GRENADE, according_to: STATE },
    { actor: HANNAN, action: 'was formally charged (with other suspects) with the killing of', target_or_event: 'Shah AMS Kibria', according_to: STATE },
    { actor: LET, action: 'may have given military training (reports suggested) in Pakistan to members of', target_or_event: HUJIB, according_to: STATE },
    { actor: 'Bangladesh', action: 'executed (Bangladeshi authorities) for the May 2004 grenade attack', target_or_event: HANNAN, according_to: STATE },
  ],
},
{
  file: '03-voa-editorial-2014-ansar-bayt-al-maqdis-designation.txt', mentions: true,
  surfaces: [
    [ABM, ABM, O], // heading and text, many times
    ['ABM', ABM, O],
    ['Sinai', 'Sinai Peninsula', L], // "south Sinai resort town", "Sinai-based" (twice)
    ['Taba', 'Taba', L],
    ['U.S. Department of State', STATE, O], // twice (the country inside the department's name is not separate)
    ['U.S.', US, L], // "within U.S. reach", "No U.S. citizen", "no U.S. entity"
    ['Egypt', 'Egypt', L], // twice ("Egyptian" is an adjective)
    ['Hosni Mubarak', 'Hosni Mubarak', P], // "President" is a title
    ['Israel', 'Israel', L], // twice ("Israeli border patrol unit" holds an adjective only)
    ['Jordan', 'Jordan', L],
    ['Eilat', 'Eilat', L],
    ['Mohammed Morsy', 'Mohammed Morsy', P], // as written
    ['Muslim Brotherhood', 'Muslim Brotherhood', O], // "the Muslim Brotherhood–led government"
    ['Egyptian army', 'Egyptian Army', O], // "by the Egyptian army" (as the dev set's "Indian army")
  ],
  // The Immigration and Nationality Act and Executive Order 13224 are a law and an order; "Foreign Terrorist
  // Organization" and "Specially Designated Global Terrorist" are list designations. The player line "Your browser
  // doesn’t support HTML5" and the audio title under it were dropped as page furniture.
  event_dates: [
    { event: 'Tourist bus blast in Taba (the caption, "Feb. 16, 2014")', date: '2014-02-16' },
    { event: 'Uprising that toppled Hosni Mubarak ("the January 2011 uprising")', date: '2011-01' },
    { event: 'ABM blew up a gas pipeline exporting gas to Israel and Jordan ("the July, 2012 blowing up")', date: '2012-07' },
  ],
  // "On April 9th" (the designation) has no year in the text (no date line) and is left out.
  attributions: [
    { actor: STATE, action: 'announced the designation as a Foreign Terrorist Organization of', target_or_event: ABM, according_to: VOA },
    { actor: STATE, action: 'designated as a Specially Designated Global Terrorist entity', target_or_event: ABM, according_to: VOA },
    { actor: ABM, action: 'formed (a relatively new group) after the January 2011 uprising in', target_or_event: 'Egypt', according_to: VOA },
    { actor: ABM, action: 'first known terrorist act: blew up a gas pipeline exporting gas to Israel and Jordan', target_or_event: 'July 2012 blowing up of a gas pipeline exporting gas to Israel and Jordan', according_to: VOA },
    { actor: ABM, action: 'began a series of attacks on', target_or_event: 'Israel', according_to: VOA },
    { actor: ABM, action: 'shot rockets into the city of', target_or_event: 'Eilat', according_to: VOA },
    { actor: ABM, action: 'attacked an Israeli border patrol unit', target_or_event: 'Israeli border patrol unit', according_to: VOA },
    { actor: ABM, action: 'shifted its focus (of attacks) to inside', target_or_event: 'Egypt', according_to: VOA },
    { actor: 'Egyptian Army', action: 'ousted President Mohammed Morsy and the Muslim Brotherhood–led government', target_or_event: 'Mohammed Morsy', according_to: VOA },
  ],
},
{
  file: '04-voa-2003-greek-court-convicts-15-in-november-17-group-assassinations.txt', mentions: true,
  surfaces: [
    ['November 17', N17, O], // headline, lead, three more times (also "November 17's"); canonical as holdout5's
    ['Greece', 'Greece', L], // "Greek" is an adjective
    ['U.S.', US, L], // "U.S., British and Turkish diplomats"
    ['Alexandros Giotopoulos', 'Alexandros Giotopoulos', P],
    ['Dimitris Koufodinas', 'Dimitris Koufodinas', P],
    ['Richard Welch', 'Richard Welch', P],
    ['CIA', 'Central Intelligence Agency', O], // "the CIA station chief in Athens"
    ['Athens', 'Athens', L],
    ['Stephen Saunders', 'Stephen Saunders', P], // "Brigadier" is a title
    ['Sakis Kehayioglu', 'Sakis Kehayioglu', P],
  ],
  // "Greek", "British", "Turkish", "Marxist" are adjectives; "the military junta" and "a Greek anti-terrorism court"
  // are generic.
  event_dates: [
    { event: 'Three judges convicted 15 of the 19 defendants ("Monday", the headline\'s date; listed once)', date: '2003-12-08' },
    { event: 'Sentencing expected when the court reconvenes ("on Wednesday")', date: '2003-12-10' },
    { event: 'Failed student uprising against the military junta, whose date gave the group its name', date: '1973' },
    { event: 'Botched bombing that led to the capture of a member ("last year")', date: '2002' },
    { event: 'Richard Welch gunned down, the group\'s first victim', date: '1975' },
    { event: 'Stephen Saunders shot to death, the group\'s last victim ("25 years later", computed)', date: '2000' },
  ],
  attributions: [
    { actor: 'a Greek anti-terrorism court', action: 'convicted 15 members (including its leader and chief gunman) of', target_or_event: N17, according_to: VOA },
    { actor: N17, action: 'killed 23 people over 25 years and carried out a string of bombings, rocket attacks and bank robberies', target_or_event: N17CRIMES, according_to: VOA },
    { actor: N17, action: 'targeted for assassination U.S., British and Turkish diplomats as well as Greek politicians and businessmen', target_or_event: 'U.S., British and Turkish diplomats; Greek politicians and businessmen', according_to: VOA },
    { actor: 'Alexandros Giotopoulos', action: 'was convicted (among the 15); was the group\'s leader', target_or_event: N17, according_to: VOA },
    { actor: 'Dimitris Koufodinas', action: 'was found guilty of carrying out many of the assassinations of', target_or_event: N17, according_to: VOA },
    { actor: N17, action: 'killed (its first victim, gunned down in 1975)', target_or_event: 'Richard Welch', according_to: VOA },
    { actor: N17, action: 'killed (its last victim, shot to death)', target_or_event: 'Stephen Saunders', according_to: VOA },
  ],
},
{
  file: '05-voa-2012-charles-taylor-found-guilty-of-war-crimes-in-sierra-leone.txt', mentions: true,
  surfaces: [
    [TAYLOR, TAYLOR, P], // heading and four times
    ['Sierra Leone', 'Sierra Leone', L], // heading, lead, "Sierra Leone's civil war", "eastern Sierra Leone"
    ['VOA Special English', VOA, O], // the publisher's service (as holdout15's VOA's West Africa Bureau)
    [LUSSICK, LUSSICK, P], // "Presiding Judge" is a title
    ['RICHARD LUSSICK', LUSSICK, P], // the transcript's speaker label
    ['Lussick', LUSSICK, P], // "Judge Lussick"
    ['United Nations', 'United Nations', O], // "a special United Nations court"
    ['The Hague', 'The Hague', L], // "The" is part of the city's name
    ['Kono', 'Kono', L],
    ['Makeni', 'Makeni', L],
    ['Freetown', 'Freetown', L],
    [RUF, RUF, O],
    ['RUF', RUF, O],
    ['Human Rights Watch', 'Human Rights Watch', O],
    ['Geraldine Mattioli-Zeitner', 'Geraldine Mattioli-Zeitner', P],
  ],
  // "Liberian" is an adjective; "an international court", "the trial chamber" and "the court" are generic (the court is
  // not named in the text). The page's image block (a repeated headline, "Photo: AP" and the caption "Charles Taylor")
  // was dropped as furniture.
  event_dates: [
    { event: 'Attacks on Kono and Makeni ("in December 1998")', date: '1998-12' },
    { event: 'Invasion of and retreat from Freetown ("between December 1998 and February 1999")', date: '1998-12/1999-02' },
    { event: 'Sierra Leone\'s civil war ("from nineteen ninety-one to two thousand two")', date: '1991/2002' },
  ],
  // "This week" (the verdict) has no date in the stored text and is left out.
  attributions: [
    { actor: 'a special United Nations court in The Hague', action: 'found guilty of war crimes in Sierra Leone (aiding and abetting)', target_or_event: TAYLOR, according_to: VOA },
    { actor: TAYLOR, action: 'found guilty of aiding and abetting, and planning, the crimes in the attacks on Kono and Makeni', target_or_event: 'attacks on Kono and Makeni (December 1998)', according_to: LUSSICK },
    { actor: TAYLOR, action: 'found guilty of planning the crimes in the invasion of and retreat from Freetown', target_or_event: 'invasion of and retreat from Freetown (December 1998–February 1999)', according_to: LUSSICK },
    { actor: TAYLOR, action: 'found guilty of helping rebels from', target_or_event: RUF, according_to: VOA },
    { actor: RUF, action: 'killed tens of thousands of people and terrorized civilians during', target_or_event: SLWAR, according_to: VOA },
    { actor: RUF, action: 'crimes included murder, rape, drafting of child soldiers and sexual slavery in', target_or_event: SLWAR, according_to: VOA },
    { actor: TAYLOR, action: 'was secretly financing the hostilities while publicly involved in peace efforts', target_or_event: SLWAR, according_to: LUSSICK },
    { actor: TAYLOR, action: 'received blood diamonds mined in eastern Sierra Leone from', target_or_event: RUF, according_to: 'the court' },
    { actor: TAYLOR, action: 'provided arms, ammunition, communications equipment and planning help to', target_or_event: RUF, according_to: 'the court' },
    { actor: TAYLOR, action: 'not enough proof that his influence amounted to effective command and control of', target_or_event: RUF, according_to: 'the court' },
  ],
},
{
  file: '06-voa-2013-two-more-bombings-kill-1-wound-6-in-burma.txt', mentions: true,
  surfaces: [
    ['Burma', 'Myanmar', L], // headline and five more times (also "Burma's"); canonical as holdout14's
    ['Shan state', 'Shan State', L], // "eastern Shan state"
    ['Namkham', 'Namkham', L],
    ['China', 'China', L],
    ['Rangoon', 'Yangon', L], // "a prestigious Rangoon hotel", "a senior Rangoon police official" (canonical as holdout14's)
    ['Saw Myint Lwin', 'Saw Myint Lwin', P],
    [KNU, KNU, O],
    ['KNU', KNU, O], // three times (also "the Central Committee of KNU": the committee is not annotated, the group is)
    ["VOA's Burmese service", VOA, O], // the publisher's service (as holdout15's VOA's West Africa Bureau)
    ['VOA Burmese service', VOA, O],
    ['U.S.', US, L], // "The U.S. Embassy in Burma" (the building is not annotated; the country inside it is)
  ],
  // "Southeast Asian", "American", "Burmese newspapers", "ethnic Karen" are adjectives or an ethnic group; "the
  // government" and "the military" are generic. The trailing "16x9 Image" and "VOA News" were dropped as furniture.
  event_dates: [],
  // "early Thursday", "on Thursday", "last year", "in the past week" and "the two years since" have no date in the
  // stored text (no date line) and are left out.
  attributions: [
    { actor: KNU, action: 'ordered the bombings (a suspect confessed they were acting under orders from)', target_or_event: BURMABOMBS, according_to: 'a senior Rangoon police official (quoted by Burmese newspapers)' },
    { actor: KNU, action: 'denied having anything to do with (a senior KNU official said his group did not have anything to do with)', target_or_event: BURMABOMBS, according_to: 'a senior KNU official (interview with VOA\'s Burmese service)' },
    { actor: KNU, action: 'signed a cease-fire with the government of', target_or_event: 'Myanmar', according_to: VOA },
    { actor: US, action: 'condemned the attacks (the U.S. Embassy in Burma), calling them "acts of terror"', target_or_event: BURMABOMBS, according_to: 'the U.S. Embassy in Burma' },
  ],
},
{
  file: '07-wikipedia-1969-piazza-fontana-bombing.txt', mentions: true,
  surfaces: [
    ['Piazza Fontana', 'Piazza Fontana', L], // the square of the attacked bank: heading, infobox, lead, section; also inside the event's name (English and Italian)
    ['Milan', 'Milan', L], // three times
    ['Italy', 'Italy', L], // twice ("Italian" is an adjective)
    [BNA, BNA, L], // the bombed bank's headquarters (an attack venue): infobox target and lead
    ['National Agricultural Bank', BNA, L], // the lead's English gloss of the venue's name
    ['New Order', ON, O], // infobox "Perps: New Order" (the English name of Ordine Nuovo)
    [ON, ON, O],
    ['Rome', 'Rome', L],
    ['Tomb of the Unknown Soldier', 'Tomb of the Unknown Soldier (Rome)', L], // where another bomb was found unexploded (a target, as an attack venue)
    ['Fiat', 'Fiat', O], // "the Fiat booth" (the company's name used attributively, as holdout13's Shell)
    ['Calabresi', 'Luigi Calabresi', P], // the section heading (full name from the article's next sentence, cut from this excerpt)
    [PINELLI, PINELLI, P],
    ['Pinelli', PINELLI, P], // heading and bare, three times
  ],
  // "the Years of Lead" is a period's name without a place; "the Duomo" (near which the bank stands) is a landmark
  // building, not an attack venue, and is not annotated; "the city's central station" is generic; "UTC+1" is a time
  // zone; "Italian anarchists" holds an adjective only.
  event_dates: [
    { event: 'Bomb exploded at the Banca Nazionale dell\'Agricoltura in Piazza Fontana (infobox and lead, once)', date: '1969-12-12' },
    { event: 'Bomb exploded at the Fiat booth at a Milan trade fair', date: '1969-04-25' },
  ],
  attributions: [
    { actor: ON, action: 'perpetrators (infobox "Perps: New Order")', target_or_event: FONTANA, according_to: WP },
    { actor: ON, action: 'carried out (the neo-fascist paramilitary terrorist group, and possibly undetermined collaborators)', target_or_event: FONTANA, according_to: WP },
    { actor: 'Italian anarchists', action: 'the bombing was initially attributed to', target_or_event: FONTANA, according_to: WP },
    { actor: PINELLI, action: 'was held as a suspect in (after over 80 arrests)', target_or_event: FONTANA, according_to: WP },
    { actor: PINELLI, action: 'had committed suicide by leaping from the window (the police account, with serious discrepancies)', target_or_event: 'death of Giuseppe Pinelli (fall from the police station window)', according_to: 'the police' },
  ],
},
{
  file: '08-academickids-1997-acteal-massacre.txt', mentions: true,
  surfaces: [
    ['Acteal', 'Acteal', L], // heading, "The Acteal Massacre", "the small village of Acteal"
    ['Chiapas', 'Chiapas', L], // four times ("the Mexican state of Chiapas", "Chiapas state governments", "Chiapas governor", "Chiapas residents")
    ['EZLN', EZLN, O], // three times (also "EZLN's")
    ['Zapatista', EZLN, O], // "the EZLN (\"Zapatista\") rebels" (the group's common name, in quotes)
    ['Julio César Ruiz', 'Julio César Ruiz', P], // as written ("Chiapas governor" is an office)
    ['Ernesto Zedillo', 'Ernesto Zedillo', P], // "Mexican president" is an office
    [PRI, PRI, O],
    ['PRI', PRI, O],
  ],
  // "Mexican" is an adjective (Mexico is not named); "Roman Catholic" is a religion; "the federal military", "the
  // army", "the political establishment" are generic. The copy's lone "|" line (a table rest) is kept as stored.
  event_dates: [
    { event: 'Acteal massacre ("on December 22, 1997")', date: '1997-12-22' },
    { event: 'Change of government', date: '2000' },
  ],
  attributions: [
    { actor: 'paramilitary forces', action: 'carried out the massacre', target_or_event: ACTEAL, according_to: WP },
    { actor: 'paramilitary forces', action: 'widely assumed to have close ties to figures in the federal military and in the federal and Chiapas state governments', target_or_event: 'federal military and federal and Chiapas state governments', according_to: WP },
    { actor: 'Roman Catholic activists', action: 'professed support for the goals of (almost certainly the reason for the attack)', target_or_event: EZLN, according_to: WP },
    { actor: 'Julio César Ruiz', action: 'possibly organized the attack (opinion differs; the political establishment possibly including the Chiapas governor)', target_or_event: ACTEAL, according_to: WP },
    { actor: 'Ernesto Zedillo', action: 'possibly organized the attack (opinion differs; the political establishment possibly including the Mexican president)', target_or_event: ACTEAL, according_to: WP },
    { actor: 'the army', action: 'possibly organized the attack (without the knowledge of the political leadership, by a branch, or by rogue officers controlling private militias)', target_or_event: ACTEAL, according_to: WP },
    { actor: PRI, action: 'blamed for the massacre (the ruling party)', target_or_event: ACTEAL, according_to: 'the EZLN; many Chiapas residents' },
    { actor: 'authorities', action: 'stalled the investigation, refusing to question or arrest any suspects in the attacks', target_or_event: ACTEAL, according_to: 'survivors' },
  ],
},
{
  file: '09-wikipedia-1993-assassination-of-chris-hani.txt', mentions: true,
  surfaces: [
    [HANI, HANI, P], // heading, infobox title and target, lead, background (also inside the event's name)
    ['Hani', HANI, P], // bare, several times (also "Hani's")
    ['Chris', HANI, P], // "he changed his name to Chris"
    ['Thembisile', HANI, P], // "(previously Thembisile)", his earlier name
    ['Dawn Park', 'Dawn Park', L], // twice (where he was shot, outside his home)
    ['Boksburg', 'Boksburg', L],
    ['South Africa', 'South Africa', L], // infobox, twice in the lead ("South African" is an adjective)
    [WALUS, WALUS, P], // infobox perpetrator, lead
    ['Waluś', WALUS, P],
    [DERBY, DERBY, P], // twice
    ['South African Communist Party', 'South African Communist Party', O], // the country inside the name is not separate
    ['SACP', 'South African Communist Party', O],
    ['Conservative Party', 'Conservative Party (South Africa)', O],
    [ANC, ANC, O], // twice (also inside "ANC (African National Congress) Youth League": the league's name is split by the gloss, so the party's names are annotated)
    ['ANC', ANC, O], // four times
    ['University of Fort Hare', 'University of Fort Hare', O], // a university (an organisation, as holdout13's Georgetown College)
    ['Rhodes University', 'Rhodes University', O],
    [MK, MK, O],
    ['MK', MK, O], // twice
    ['Lesotho', 'Lesotho', L],
  ],
  // "Z-88 9mm pistol" is a weapon; the ‘Suppression of Communism Act’ is a law; "Marxist", "anti-apartheid",
  // "Anti-communism" are not names; "General-Secretary" is an office.
  event_dates: [
    { event: 'Chris Hani assassinated outside his home in Dawn Park (infobox and lead, once)', date: '1993-04-10' },
    { event: 'Inclusive national democratic election won by the ANC ("in April 1994")', date: '1994-04' },
    { event: 'Waluś and Derby-Lewis arrested ("after their arrests in 1993")', date: '1993' },
    { event: 'Hani at the University of Fort Hare ("between 1959 and 1961")', date: '1959/1961' },
    { event: 'Hani completed his degree at Rhodes University and joined Umkhonto we Sizwe', date: '1962' },
    { event: 'Hani arrested and exiled to Lesotho', date: '1963' },
  ],
  attributions: [
    { actor: WALUS, action: 'perpetrator (infobox)', target_or_event: HANIKILL, according_to: WP },
    { actor: DERBY, action: 'perpetrator (infobox)', target_or_event: HANIKILL, according_to: WP },
    { actor: WALUS, action: 'assassinated (the right-wing extremist)', target_or_event: HANI, according_to: WP },
    { actor: 'Conservative Party (South Africa)', action: 'the assassination was later tied to members within', target_or_event: HANIKILL, according_to: WP },
    { actor: DERBY, action: 'was the accomplice of Waluś in', target_or_event: HANIKILL, according_to: WP },
    { actor: WALUS, action: 'was sentenced to death (later commuted to life imprisonment) for', target_or_event: HANIKILL, according_to: WP },
    { actor: DERBY, action: 'was sentenced to death (later commuted to life imprisonment) for', target_or_event: HANIKILL, according_to: WP },
    { actor: HANI, action: 'was General-Secretary of', target_or_event: 'South African Communist Party', according_to: WP },
    { actor: HANI, action: 'joined (1962)', target_or_event: MK, according_to: WP },
    { actor: MK, action: 'is the military wing of', target_or_event: ANC, according_to: WP },
  ],
},
{
  file: '10-liquisearch-1993-bombay-bombings.txt', mentions: true,
  surfaces: [
    ['Bombay', 'Mumbai', L], // "The 1993 Bombay bombings" (inside the event's name), "Bombay (now Mumbai)", "Bombay-based", "the bombings in Bombay"; one city, canonical its present name
    ['Mumbai', 'Mumbai', L], // "(now Mumbai)", "Plaza cinema, Mumbai"
    ['Maharashtra', 'Maharashtra', L],
    ['India', 'India', L], // "Maharashtra, India", "the India smugglers" (as written), "training in India" ("Indian" is an adjective)
    [IBRAHIM, IBRAHIM, P],
    ['Ibrahim', IBRAHIM, P],
    ['D-Company', 'D-Company', O],
    [MEMON, MEMON, P],
    ['Hajji Ahmed', 'Hajji Ahmed', P],
    ['Hajji Umar', 'Hajji Umar', P],
    ['Taufiq Jaliawala', 'Taufiq Jaliawala', P],
    ['Aslam Bhatti', 'Aslam Bhatti', P],
    ['Dawood Jatt', 'Dawood Jatt', P],
    [ISI, ISI, O],
    ['ISI', ISI, O],
    ['Dubai', 'Dubai', L], // twice
    ['UAE', 'United Arab Emirates', L],
    [MUQUDDAM, MUQUDDAM, P],
    ['Muquddam', MUQUDDAM, P],
    ['Mukadam', MUQUDDAM, P], // the copy's other spelling of the same man
    [QURESHI, QURESHI, P],
    ['Qureshi', QURESHI, P],
    ['Quareshi', QURESHI, P], // the copy's other spelling of the same man
    ['Babri Masjid', 'Babri Masjid', L], // the demolished mosque (the site of the violence the text names)
    ['Plaza cinema', 'Plaza Cinema (Mumbai)', L], // where the explosive-filled vehicle was parked (an attack venue)
    ['Pakistan', 'Pakistan', L], // twice ("Pakistani" is an adjective)
  ],
  // "Indian", "Pakistani" are adjectives; "the Indian authorities" is the Indian state (no place mention: an adjective only).
  event_dates: [
    { event: '13 bomb explosions in Bombay ("on Friday, 12 March 1993")', date: '1993-03-12' },
  ],
  attributions: [
    { actor: IBRAHIM, action: 'coordinated the attacks', target_or_event: BOMBAY, according_to: WP },
    { actor: IBRAHIM, action: 'is the don of', target_or_event: 'D-Company', according_to: WP },
    { actor: IBRAHIM, action: 'is believed to have ordered and helped organise (through his subordinate Tiger Memon)', target_or_event: BOMBAY, according_to: WP },
    { actor: MEMON, action: 'helped organise, as Ibrahim\'s subordinate (believed)', target_or_event: BOMBAY, according_to: WP },
    { actor: 'Hajji Ahmed', action: 'believed to have financially assisted (expatriate Indian smuggler)', target_or_event: BOMBAY, according_to: WP },
    { actor: 'Hajji Umar', action: 'believed to have financially assisted (expatriate Indian smuggler)', target_or_event: BOMBAY, according_to: WP },
    { actor: 'Taufiq Jaliawala', action: 'believed to have financially assisted (expatriate Indian smuggler)', target_or_event: BOMBAY, according_to: WP },
    { actor: 'Aslam Bhatti', action: 'believed to have financially assisted (smuggler)', target_or_event: BOMBAY, according_to: WP },
    { actor: 'Dawood Jatt', action: 'believed to have financially assisted (smuggler)', target_or_event: BOMBAY, according_to: WP },
    { actor: ISI, action: 'alleged involvement in the blasts', target_or_event: BOMBAY, according_to: 'India (the Indian authorities)' },
    { actor: MUQUDDAM, action: 'found guilty for involvement in', target_or_event: BOMBAY, according_to: WP },
    { actor: QURESHI, action: 'found guilty for involvement in', target_or_event: BOMBAY, according_to: WP },
    { actor: MUQUDDAM, action: 'denied being a terrorist (pleaded for leniency, claiming he was emotionally driven to participate)', target_or_event: BOMBAY, according_to: MUQUDDAM },
    { actor: QURESHI, action: 'denied being a terrorist (pleaded for leniency, claiming he was emotionally driven to participate)', target_or_event: BOMBAY, according_to: QURESHI },
    { actor: QURESHI, action: 'was trained to handle arms and ammunition in', target_or_event: 'Pakistan', according_to: WP },
    { actor: QURESHI, action: 'parked the explosive-filled vehicle at Plaza cinema (10 deaths, 37 injuries)', target_or_event: BOMBAY, according_to: WP },
    { actor: MUQUDDAM, action: 'parked the explosive-filled vehicle at Plaza cinema (10 deaths, 37 injuries)', target_or_event: BOMBAY, according_to: WP },
  ],
},
{
  file: '11-wikipedia-2008-east-timorese-assassination-attempts.txt', mentions: true,
  surfaces: [
    [FDTL, FDTL, O],
    ['East Timor', 'East Timor', L], // "the President and Prime Minister of East Timor" ("East Timorese" is an adjective)
    [RAMOS, RAMOS, P], // twice ("President" is a title)
    ['Ramos-Horta', RAMOS, P], // bare, several times (also "Ramos-Horta's")
    [GUSMAO, GUSMAO, P], // twice ("Prime Minister" is a title)
    [REINADO, REINADO, P], // twice
    ['Reinado', REINADO, P], // bare (also "Reinado's")
    ['Renaido', REINADO, P], // the article's misspelling of the same man
    ['Darwin, Northern Territory', 'Darwin, Northern Territory', L], // a city with its territory is one span (as a US city with its state)
    ['Darwin', 'Darwin, Northern Territory', L], // "remained in Darwin"
    ['Australia', 'Australia', L],
    ['Dili', 'Dili', L], // twice
    ['Leopoldino Mendonça Exposto', 'Leopoldino Mendonça Exposto', P],
  ],
  // "East Timorese", "presidential security forces", "the military", "the second security team" are adjectives or generic.
  event_dates: [
    { event: 'Rebel soldiers invaded the homes of the President and Prime Minister ("on 11 February 2008")', date: '2008-02-11' },
    { event: 'Reinado deserted the military, sparking the 2006 East Timorese crisis (listed once)', date: '2006' },
    { event: 'Ramos-Horta discharged from hospital in Darwin ("on 19 March", year from the title)', date: '2008-03-19' },
    { event: 'Ramos-Horta remained in Darwin for treatment ("until April", year from the title)', date: '2008-04' },
  ],
  attributions: [
    { actor: FDTL, action: 'its rebel soldiers invaded the homes of the President and Prime Minister', target_or_event: TIMOR, according_to: WP },
    { actor: REINADO, action: 'led the rebel soldiers who entered the residential compound of President José Ramos-Horta', target_or_event: TIMOR, according_to: WP },
    { actor: "Reinado's men", action: 'opened fire on (shooting and seriously wounding)', target_or_event: RAMOS, according_to: WP },
    { actor: 'rebel soldiers', action: 'shot up the car of', target_or_event: GUSMAO, according_to: WP },
    { actor: 'presidential security forces', action: 'shot dead (the second security team opened fire, killing him)', target_or_event: REINADO, according_to: WP },
    { actor: 'presidential security forces', action: 'also killed (another rebel)', target_or_event: 'Leopoldino Mendonça Exposto', according_to: WP },
    { actor: REINADO, action: 'deserted the military with 600 others, sparking', target_or_event: '2006 East Timorese crisis', according_to: WP },
  ],
},
{
  file: '12-piglix-1996-khobar-towers-bombing.txt', mentions: true,
  surfaces: [
    ['Khobar Towers', 'Khobar Towers', L], // the bombed housing complex (an attack venue): title line, lead, three more times
    ['Khobar Tower', 'Khobar Towers', L], // inside the infobox's event name "Khobar Tower Bombings"
    ['Khobar', 'Khobar', L], // the city: infobox location, "the city of Khobar", "at Khobar"
    ['Saudi Arabia', 'Saudi Arabia', L], // twice ("a Saudi local" holds an adjective only)
    [HAH, HAH, O], // infobox perpetrators, lead
    ['Party of God in the Hijaz', HAH, O], // the lead's English gloss of the name
    ['Iran', 'Iran', L], // "Hezbollah Al-Hejaz/Iran" (infobox perpetrators), "found Iran and Hezbollah guilty"
    ['Saudi Aramco', 'Saudi Aramco', O], // the national oil company (Saudi inside the name is not separate)
    ['Dhahran', 'Dhahran', L],
    ['King Abdulaziz Air Base', 'King Abdulaziz Air Base', L],
    ['Iraq', 'Iraq', L], // "southern Iraq" ("the Iraqi no-fly zones" holds an adjective only)
    ['United States Air Force', 'United States Air Force', O], // the country inside the name is not separate
    ['4404th Wing (Provisional)', '4404th Wing (Provisional)', O], // the unit housed in the bombed building
    ['U.S.', US, L], // "19 U.S. servicemen", "a U.S. court", "the U.S. forces", "the U.S. had received"
    ['United States', US, L], // "statement by the United States"
    ['Hezbollah', 'Hezbollah', O], // "found Iran and Hezbollah guilty"
    ['Riyadh', 'Riyadh', L], // twice
    ['United States Armed Forces', 'United States Armed Forces', O],
  ],
  // "Coalition forces" is generic; "Operation Southern Watch" is an operation name; "THREATCON DELTA" is a threat
  // level; "Building #131" (the building inside the complex) is a number, not a name, and is not annotated. The
  // copy's "*** Welcome to piglix ***" and the image's file name were dropped as furniture.
  event_dates: [
    { event: 'Truck bomb at Khobar Towers (infobox and lead, once)', date: '1996-06-25' },
    { event: 'Official statement by the United States naming Hezbollah Al-Hejaz members as responsible ("The official June 25, 1996 statement")', date: '1996-06-25' },
    { event: 'A U.S. court found Iran and Hezbollah guilty of orchestrating the attack', date: '2006' },
    { event: 'Car bombing in Riyadh ("A November 13, 1995 car bombing")', date: '1995-11-13' },
  ],
  attributions: [
    { actor: HAH, action: 'perpetrators (infobox "Hezbollah Al-Hejaz/Iran")', target_or_event: KHOBAR, according_to: WP },
    { actor: 'Iran', action: 'perpetrators (infobox "Hezbollah Al-Hejaz/Iran")', target_or_event: KHOBAR, according_to: WP },
    { actor: HAH, action: 'named (its members) as responsible for', target_or_event: KHOBAR, according_to: 'United States (official statement of June 25, 1996)' },
    { actor: 'Iran', action: 'found guilty of orchestrating the attack', target_or_event: KHOBAR, according_to: 'a U.S. court' },
    { actor: 'Hezbollah', action: 'found guilty of orchestrating the attack', target_or_event: KHOBAR, according_to: 'a U.S. court' },
    { actor: 'an organization (anonymous communications to the U.S.)', action: 'claimed to have carried out', target_or_event: RIYADH, according_to: 'military commanders at Khobar' },
    { actor: 'The attackers (of the Riyadh bombing)', action: 'threatened that Khobar Towers would be attacked next unless the United States Armed Forces began to withdraw', target_or_event: 'Khobar Towers', according_to: 'military commanders at Khobar' },
  ],
},
];
