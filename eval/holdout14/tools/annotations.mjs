// Single-annotator source annotations for the Dossier extraction FOURTEENTH held-out set (eval/holdout14).
// Written blind (Dossier's extractor was not run on these texts, and its code was not read), following the
// annotation rules of eval/extraction/README.md and the boundary choices of eval/holdout/README.md to
// eval/holdout12/README.md (and eval/holdout13/README.md, the only file of that set that was read).
// `node eval/extraction/tools/build_gold.mjs --dir eval/holdout14` turns these into ../gold.json (mention
// offsets by exact string search in JavaScript/UTF-16, then verified).
//
// surfaces: [surface, canonical, type, opts?]  type: organisation|person|place ('none' = blocker span)
//   opts.occ: restrict to these 0-based occurrences of the surface (boundary-valid matches)
//   opts.loose: also match where a letter or digit touches the surface (labels glued to values)
// Longest match wins on overlap; matches must not be preceded/followed by a letter or digit.

const O = 'organisation', P = 'person', L = 'place', N = 'none';

const VOA = 'Voice of America', WP = 'Wikipedia', STATE = 'U.S. Department of State';
const DOJ = 'U.S. Department of Justice', TREAS = 'U.S. Department of the Treasury';
const FBI = 'Federal Bureau of Investigation';
const US = 'United States', AQ = 'al-Qaeda', UN = 'United Nations', UNSC = 'United Nations Security Council';
const AI = 'Ansar al-Islam', JUND = 'Jund al-Islam', OBL = 'Osama bin Laden', ZARQAWI = 'Abu Musab al-Zarqawi';
const OJEDA = 'Filiberto Ojeda Ríos', EPB = 'Boricua Popular Army', FRATICELLI = 'Luis S. Fraticelli';
const TAWHID = "Jama'at al-Tawhid wal-Jihad", LIFG = 'Libyan Islamic Fighting Group', MANAR = 'Al-Manar';
const ULFA = 'United Liberation Front of Assam', INDIAN_POLICE = 'Indian police';
const AIAI = 'al-Itihaad al-Islamiya', ATOM = 'Mohamed Said Atom', FAROLE = 'Abdirahman Farole', SHABAAB = 'al-Shabaab';
const ASALA = 'Armenian Secret Army for the Liberation of Armenia', PGC = 'Pierre Gulumian commando';
const ESB = 'Esenboğa International Airport';
const FFC = 'Fighters for Free Croatia', TWA = 'Trans World Airlines';
const ARAMBURU = 'Pedro Eugenio Aramburu', MONTONEROS = 'Montoneros';
const M19 = '19th of April Movement', IMOC = 'Iván Marino Ospina Company', OTERO = 'Luis Otero Cifuentes';
const SCC = 'Supreme Court of Colombia';
const ONLF = 'Ogaden National Liberation Front', ZPEB = 'Zhongyuan Petroleum Exploration Bureau';
const SINOPEC = 'China Petroleum & Chemical Corporation';
const CHUN = 'Chun Doo-hwan', NK = 'North Korea', KJI = 'Kim Jong-il';

const WELLS = 'Wells Fargo depot robbery, West Hartford, Connecticut (1983-09-12)';
const DIBRUGARH = 'grenade attack outside a cinema hall in Dibrugarh (2004-08-25)';
const ASSAM_ATTACKS = 'bomb attacks in Assam (August 2004)';
const CAR = 'Central African Republic', SELEKA = 'Seleka';
const BAMBARI = 'clashes between former Seleka factions in Bambari';
const ESB_ATTACK = 'Esenboğa International Airport attack (1982)';
const HIJACK = 'hijacking of TWA Flight 355 (1976)';
const ASSASSINATION = 'assassination of Pedro Eugenio Aramburu (1970)';
const SIEGE = 'Palace of Justice siege (1985)';
const ABOLE = 'Abole raid (2007)';
const RANGOON = 'Rangoon bombing (1983)';

export const docs = [
{
  file: '01-treasury-2003-ansar-al-islam-designation.txt', mentions: true,
  surfaces: [
    ['Treasury Department', TREAS, O], // "Treasury Department Statement" (heading)
    [AI, AI, O], // heading, lead and four times in the body
    ['AI', AI, O], // the statement's short form (also "AI’s", twice)
    [JUND, JUND, O], // the former name / predecessor, kept as its own organisation (alias rule)
    ['United States', US, L], // "The United States government" (the country, dev rule)
    ['Al-Qa’ida', AQ, O],
    ['al-Qa’ida', AQ, O], // also attributive "al-Qa’ida-trained"
    ['United Nations', UN, O],
    ['Iraq', 'Iraq', L], // "northeastern Iraq" (four times)
    ['Usama bin Laden', OBL, P],
    ['bin Laden', OBL, P],
    ['Bin Laden', OBL, P],
    ['Afghanistan', 'Afghanistan', L],
    ['Chechnya', 'Chechnya', L],
    [ZARQAWI, ZARQAWI, P],
    ['Zarqawi', ZARQAWI, P], // "Zarqawi’s lieutenants"
    // "Kurdish" is an adjective; "Islamic figures abroad" a generic reference.
  ],
  event_dates: [
    { event: 'Ansar al-Islam designated as a terrorist group ("today", the statement\'s date line)', date: '2003-02-20' },
    { event: 'Jund al-Islam (AI\'s predecessor) formed', date: '2001-09' },
    { event: 'AI\'s leaders visited al-Qa\'ida in Afghanistan', date: '2000' },
    { event: 'AI\'s leaders visited al-Qa\'ida in Afghanistan', date: '2001' },
  ],
  attributions: [
    { actor: US, action: 'is taking action today to designate as a terrorist group with links to Al-Qa’ida', target_or_event: AI, according_to: TREAS },
    { actor: JUND, action: 'former name of (formerly known as; AI’s predecessor)', target_or_event: AI, according_to: TREAS },
    { actor: AI, action: 'operates in northeastern Iraq with close links to and support from', target_or_event: AQ, according_to: TREAS },
    { actor: AQ, action: 'participated in the formation and funding of', target_or_event: AI, according_to: TREAS },
    { actor: OBL, action: 'participated in the formation and funding of', target_or_event: AI, according_to: TREAS },
    { actor: AI, action: 'has provided safe haven to', target_or_event: AQ, according_to: TREAS },
    { actor: OBL, action: 'provided an estimated $300,000 to $600,000 in seed money to', target_or_event: AI, according_to: TREAS },
    { actor: AI, action: 'has received training and logistical assistance from', target_or_event: AQ, according_to: TREAS },
    { actor: AI, action: 'has a close association with', target_or_event: ZARQAWI, according_to: TREAS },
    { actor: ZARQAWI, action: 'network has established a poison and explosives training camp in the area controlled by', target_or_event: AI, according_to: TREAS },
  ],
},
{
  file: '02-fbi-2005-san-juan-statement-on-attempted-capture.txt', mentions: true,
  surfaces: [
    ['U.S. Department of Justice', DOJ, O],
    [FBI, FBI, O], // letterhead and "of the Federal Bureau of Investigation (FBI)"
    ['FBI', FBI, O], // five times
    ['San Juan Division', 'San Juan Division (FBI)', O], // a field division (unit); San Juan inside it is not separate
    ['San Juan', 'San Juan, Puerto Rico', L], // dateline
    ['Puerto Rico', 'Puerto Rico', L], // dateline and "the Hormigueros area of Puerto Rico"
    ['Luis S. Fraticelli', FRATICELLI, P],
    ['Filiberto Ojeda-Rios', OJEDA, P],
    ['Ojeda-Rios', OJEDA, P], // eleven times, also "(Ojeda-Rios)"
    ['Ejercito Popular Boricua-Macheteros', EPB, O],
    ['Los Macheteros', EPB, O],
    ['Wells Fargo Armored Services Corporation', 'Wells Fargo Armored Services Corporation', O], // the robbed company
    ['West Hartford', 'West Hartford, Connecticut', L],
    ['Connecticut', 'Connecticut', L],
    ['United States District Court of Connecticut', 'United States District Court for the District of Connecticut', O], // a court; the country and state inside it are not separate
    ['United States Code', 'United States Code', N], // a law (blocker)
    ['Hormigueros', 'Hormigueros, Puerto Rico', L], // "the Hormigueros area", "a Hormigueros residence/farm house", "the Hormigueros farm house"
    // "Special Agent in Charge" is a title; "Title 18 ... Section 3148" a law.
  ],
  event_dates: [
    { event: 'FBI San Juan Division statement (dateline)', date: '2005-09-24' },
    { event: 'Federal grand jury indicted Ojeda-Rios', date: '1985-08-30' },
    { event: 'Robbery of approximately $7 million from Wells Fargo Armored Services Corporation, West Hartford', date: '1983-09-12' },
    { event: 'Arrest warrant for bond default issued', date: '1990-09-25' },
    { event: 'FBI developed information on Ojeda-Rios\'s whereabouts and began surveillance in Hormigueros', date: '2005-09-20' },
    { event: 'FBI agents approached the Hormigueros farm house; Ojeda-Rios opened fire', date: '2005-09-23' },
  ],
  attributions: [
    { actor: OJEDA, action: 'the proclaimed leader of', target_or_event: EPB, according_to: FRATICELLI },
    { actor: OJEDA, action: 'was indicted for robbery and transportation of stolen money stemming from', target_or_event: WELLS, according_to: FRATICELLI },
    { actor: 'several other members of "Los Macheteros"', action: 'were indicted for robbery and transportation of stolen money stemming from', target_or_event: WELLS, according_to: FRATICELLI },
    { actor: OJEDA, action: 'was convicted in his absence and sentenced to 55 years in prison (charges stemming from)', target_or_event: WELLS, according_to: FRATICELLI },
    { actor: OJEDA, action: 'arrest warrant charging him with having violated Section 3148 (Bond Default)', target_or_event: 'United States District Court for the District of Connecticut', according_to: FRATICELLI },
    { actor: OJEDA, action: 'opened the front door to the residence and opened fire on the FBI agents', target_or_event: FBI, according_to: FRATICELLI },
  ],
},
{
  file: '03-state-2004-terrorist-exclusion-list-and-fto-designations.txt', mentions: true,
  surfaces: [
    ['Adam Ereli', 'Adam Ereli', P],
    ['Washington, DC', 'Washington, D.C.', L],
    [MANAR, MANAR, O], // title line, heading and four times in the body (a satellite television operation)
    [LIFG, LIFG, O],
    ['Jam’at al Tawhid wa’al-Jihad', TAWHID, O],
    ['Zarqawi', ZARQAWI, P], // "the Zarqawi-led organization" (a name used attributively)
    ['U.S.', US, L], // "U.S. efforts"
    ['United States', US, L],
    // The Federal Register, the Terrorist Exclusion List and the Immigration and Nationality Act are a gazette, a
    // list and a law; "Deputy Secretary of State", "Attorney General", "Secretary of Homeland Security" are titles.
  ],
  event_dates: [
    { event: 'Press statement (date line)', date: '2004-12-28' },
    { event: 'Federal Register published the Al-Manar listing and the FTO designations', date: '2004-12-17' },
    { event: 'Al-Manar designated and placed on the Terrorist Exclusion List', date: '2004-12-14' },
  ],
  attributions: [
    { actor: STATE, action: 'designated (the Deputy Secretary of State) under the Immigration and Nationality Act, placing it on the Terrorist Exclusion List', target_or_event: MANAR, according_to: STATE },
    { actor: STATE, action: 'new designation as a Foreign Terrorist Organization (FTO)', target_or_event: LIFG, according_to: STATE },
    { actor: STATE, action: 'amended FTO designation to reflect new aliases of the organization', target_or_event: TAWHID, according_to: STATE },
    { actor: ZARQAWI, action: 'leads (the Zarqawi-led organization)', target_or_event: TAWHID, according_to: STATE },
  ],
},
{
  file: '04-voa-2004-bombs-in-north-india-kill-5.txt', mentions: true,
  surfaces: [
    ['North India', 'North India', L], // headline (a region, longest match)
    ['India', 'India', L], // "India's" (four times: the state, "India's Independence Day", "India's Pioneer newspaper") and "from India"
    ['Assam', 'Assam', L], // five times outside the group's name (also "Assam's")
    ['Gossaigoan', 'Gossaigaon', L], // as written; canonical the town's usual spelling
    ['Gauhati', 'Guwahati', L],
    ['Paikan', 'Paikan', L],
    ['Dibrugarh', 'Dibrugarh', L],
    [ULFA, ULFA, O],
    ['Hiranmay Karlekar', 'Hiranmay Karlekar', P],
    // "Pioneer" (the commentator's newspaper, not itself cited as a source) and "Independence Day" (an event) are
    // not annotated.
  ],
  event_dates: [
    { event: 'Explosion on a passenger bus near Gossaigoan ("early Thursday"; the story is dated 2004-08-26, a Thursday)', date: '2004-08-26' },
    { event: 'Bomb on a bus carrying paramilitary troops in Paikan ("Hours later")', date: '2004-08-26' },
    { event: 'Grenade thrown outside a cinema hall in Dibrugarh ("Wednesday night")', date: '2004-08-25' },
    { event: 'Bomb attack that killed 17 students at India\'s Independence Day celebrations in Assam ("earlier this month")', date: '2004-08-15' },
  ],
  attributions: [
    { actor: 'separatist militants', action: 'recent attacks blamed on', target_or_event: ASSAM_ATTACKS, according_to: VOA },
    { actor: 'rebels', action: 'threw a grenade outside a cinema hall', target_or_event: DIBRUGARH, according_to: INDIAN_POLICE },
    { actor: 'Suspected militants', action: 'set off an explosive device on a rail line, disrupting train service', target_or_event: ASSAM_ATTACKS, according_to: INDIAN_POLICE },
    { actor: ULFA, action: 'police are blaming the attacks on', target_or_event: ASSAM_ATTACKS, according_to: INDIAN_POLICE },
    { actor: ULFA, action: 'a prominent militant group fighting for independence from', target_or_event: 'India', according_to: VOA },
  ],
},
{
  file: '05-voa-2010-somali-puntland-forces-attack-al-qaida.txt', mentions: true,
  surfaces: [
    ['Puntland', 'Puntland', L], // headline and eight times ("Puntland President", "Puntland forces", "Puntland's")
    ['al-Qaida', AQ, O], // headline
    ['Somalia', 'Somalia', L], // "Somalia's" and three more
    ['Bosaso', 'Bosaso', L],
    ['Bari', 'Bari, Somalia', L], // "the western Bari region"
    [FAROLE, FAROLE, P],
    ['Farole', FAROLE, P], // "President Farole" (twice)
    ['al-Ittihad al Islamiya', AIAI, O],
    [ATOM, ATOM, P],
    ['Atom', ATOM, P], // twice
    ['Afghanistan', 'Afghanistan', L],
    ['U.N. Security Council', UNSC, O],
    ['al-Shabab', SHABAAB, O],
    // The copy's vocabulary marks are kept as stored ("initiated1", "insurgents4"); "Somali" and "Islamist" are
    // adjectives.
  ],
  event_dates: [
    { event: 'Rebels attacked Puntland security forces near Bosaso ("early Monday"; the copy is dated 2010-08-10 Beijing time)', date: '2010-08-09' },
    { event: 'Most of al-Ittihad al Islamiya driven out by the government ("in the early 1990s")', date: '1990/1999' },
  ],
  attributions: [
    { actor: 'Puntland', action: 'forces attack (headline)', target_or_event: AQ, according_to: VOA },
    { actor: 'Islamist forces', action: 'accused of destabilizing the region; the government mounts an offensive to drive them out of', target_or_event: 'Puntland', according_to: VOA },
    { actor: 'the rebels', action: 'initiated the fighting when they attacked Puntland security forces', target_or_event: 'Puntland', according_to: FAROLE },
    { actor: 'Puntland', action: 'forces killed some rebels and captured one of the leaders of the attack', target_or_event: 'the rebels', according_to: FAROLE },
    { actor: 'Puntland', action: 'government has been preparing an offensive to expel the remnants of', target_or_event: AIAI, according_to: VOA },
    { actor: ATOM, action: 'leads', target_or_event: AIAI, according_to: VOA },
    { actor: ATOM, action: 'identified as one of the principal suppliers for', target_or_event: SHABAAB, according_to: UNSC },
    { actor: SHABAAB, action: 'controls much of southern and central', target_or_event: 'Somalia', according_to: VOA },
  ],
},
{
  file: '06-voa-2014-17-killed-in-car-battle-between-seleka-factions.txt', mentions: true,
  surfaces: [
    ['CAR', CAR, L], // headline "CAR Battle" (the country's short name)
    ['C.A.R.', CAR, L],
    [CAR, CAR, L],
    ['Seleka', SELEKA, O], // headline, lead ("the former Seleka rebel movement") and "the mainly Muslim Seleka rebels"
    ['Bambari', 'Bambari', L],
    ["VOA's French to Africa Service", VOA, O], // the publisher's service, named as the interviewer (as holdout13's VOA Khmer)
    ['Joseph Zoundeko', 'Joseph Zoundeko', P],
    ['Zoundeko', 'Joseph Zoundeko', P],
    ['Ali Djarras', 'Ali Djarras', P],
    ['anti-Balaka', 'Anti-balaka', O], // the militia
    ['Bangui', 'Bangui', L],
    ['Cameroon', 'Cameroon', L],
    ['Chad', 'Chad', L],
    ['African Union', 'African Union', O], // "African Union peacekeepers"
    ['Catherine Samba Panza', 'Catherine Samba-Panza', P],
    // "General" and "president" are titles; "Muslim", "Christian", "French" are religions and adjectives.
  ],
  // "on Monday" and "on Tuesday" have no date in the text (no date line in the stored copy) and are left out.
  event_dates: [
    { event: 'Seleka rebels toppled the government', date: '2013-03' },
  ],
  attributions: [
    { actor: 'factions of the former Seleka rebel movement', action: 'clashes between (at least 17 killed)', target_or_event: BAMBARI, according_to: VOA },
    { actor: 'Joseph Zoundeko', action: 'leader of one of the factions (of the former Seleka)', target_or_event: SELEKA, according_to: VOA },
    { actor: 'Joseph Zoundeko', action: 'said his backers tried to replace the supporters of (a dispute over control of a checkpoint sparked the violence)', target_or_event: 'Ali Djarras', according_to: 'Joseph Zoundeko' },
    { actor: SELEKA, action: 'toppled the government and went on a killing and looting spree', target_or_event: CAR, according_to: VOA },
    { actor: 'Anti-balaka', action: 'reprisal attacks prompted hundreds of thousands of Muslims to flee Bangui and other cities', target_or_event: 'Bangui', according_to: VOA },
  ],
},
{
  file: '07-piglix-1982-esenboga-airport-attack.txt', mentions: true,
  surfaces: [
    [ESB, ESB, L], // attack venue: title line, infobox, lead (twice), background (the place inside the event's name counts)
    ['Esenboğa Airport', ESB, L], // "Ankara's Esenboğa Airport"
    ['Ankara', 'Ankara', L],
    ['Turkey', 'Turkey', L],
    [ASALA, ASALA, O], // infobox "Perpetrators" (Armenia inside it is not separate)
    ['ASALA', ASALA, O],
    [PGC, PGC, O], // the named commando group (the person's name inside it is not a person mention)
    ['Zohrab Sarkissian', 'Zohrab Sarkissian', P],
    ['Sarkissian', 'Zohrab Sarkissian', P],
    ['Levon Ekmekjian', 'Levon Ekmekjian', P],
    ['Ekmekdjian', 'Levon Ekmekjian', P], // alternative spellings in brackets
    ['Ekmekçiyan', 'Levon Ekmekjian', P],
    ['Ekmekjian', 'Levon Ekmekjian', P],
    ['KLM', 'KLM', O], // the airline ("a KLM flight")
    ['Associated Press', 'Associated Press', O], // where the communique was delivered (as holdout12's BBC)
    ['Beirut', 'Beirut', L],
    // "Armenian", "Turkish", "American", "West German" are adjectives; "EEST" a time zone.
  ],
  event_dates: [
    { event: 'Esenboğa International Airport attack (infobox and lead)', date: '1982-08-07' },
    { event: 'Esenboğa International Airport operating since', date: '1955' },
  ],
  attributions: [
    { actor: ASALA, action: 'perpetrators (infobox "Perpetrators")', target_or_event: ESB_ATTACK, according_to: WP },
    { actor: PGC, action: 'perpetrated (the "Pierre Gulumian commando" group)', target_or_event: ESB_ATTACK, according_to: WP },
    { actor: PGC, action: 'group from the Armenian militant organization', target_or_event: ASALA, according_to: WP },
    { actor: 'Zohrab Sarkissian', action: 'carried out the attack (detonated a bomb and opened fire)', target_or_event: ESB_ATTACK, according_to: WP },
    { actor: 'Levon Ekmekjian', action: 'carried out the attack (detonated a bomb and opened fire)', target_or_event: ESB_ATTACK, according_to: WP },
    { actor: 'Security forces', action: 'rushed into the cafeteria, killing', target_or_event: 'Zohrab Sarkissian', according_to: WP },
    { actor: ASALA, action: 'claimed responsibility (in a phone call and a communique delivered to the Associated Press office in Beirut) for', target_or_event: ESB_ATTACK, according_to: WP },
  ],
},
{
  file: '08-wikipedia-1976-twa-flight-355.txt', mentions: true,
  surfaces: [
    ['TWA Flight 355', 'TWA Flight 355', N], // the flight is blocked (as holdout3's Pan Am Flight 103)
    ['Trans World Airlines Flight 355', 'TWA Flight 355', N],
    ['TWA 355', 'TWA Flight 355', N], // the callsign
    [TWA, TWA, O], // the operator (infobox, "a domestic Trans World Airlines flight")
    ['Boeing Commercial Airplanes', 'Boeing Commercial Airplanes', O], // the manufacturer (the "Boeing 727" aircraft are not annotated)
    ['United States', US, L],
    ['Canada', 'Canada', L],
    ['LaGuardia Airport', 'LaGuardia Airport', L],
    ['New York', 'New York City', L], // "LaGuardia Airport, New York", "New York's LaGuardia Airport"
    ['Mirabel International Airport', 'Mirabel International Airport', L],
    ['Montreal', 'Montreal', L],
    ['Gander International Airport', 'Gander International Airport', L],
    ['Gander', 'Gander, Newfoundland and Labrador', L],
    ['Newfoundland', 'Newfoundland', L],
    ['Keflavik International Airport', 'Keflavík International Airport', L],
    ['Iceland', 'Iceland', L],
    ['Paris', 'Paris', L],
    ['France', 'France', L],
    ["O'Hare International Airport", "O'Hare International Airport", L],
    ['Chicago', 'Chicago', L],
    [FFC, FFC, O], // Croatia inside the name is not separate
    ['Croatia', 'Croatia', L], // "Croatia's independence"
    ['Yugoslavia', 'Yugoslavia', L],
    ['Slobodan Vlašić', 'Slobodan Vlašić', P],
    ['Zvonko Bušić', 'Zvonko Bušić', P],
    ['Julienne Bušić', 'Julienne Bušić', P],
    ['Petar Matanić', 'Petar Matanić', P],
    ['Frane Pešut', 'Frane Pešut', P],
    ['Grand Central Terminal', 'Grand Central Terminal', L], // where the bomb was planted (venue)
    // The five newspapers are where the appeal was to be printed, not sources: not annotated (news organisations
    // count only when cited as a source), with the places inside their names.
    ['The New York Times', 'The New York Times', N],
    ['The Washington Post', 'The Washington Post', N],
    ['Chicago Tribune', 'Chicago Tribune', N],
    ['Los Angeles Times', 'Los Angeles Times', N],
    ['International Herald Tribune', 'International Herald Tribune', N],
  ],
  event_dates: [
    { event: 'TWA Flight 355 hijacked (infobox and lead)', date: '1976-09-10' },
    { event: 'The aircraft manufactured by Boeing Commercial Airplanes', date: '1968' },
  ],
  attributions: [
    { actor: FFC, action: 'hijacked (five "Fighters for Free Croatia")', target_or_event: HIJACK, according_to: WP },
    { actor: FFC, action: 'a group seeking Croatian independence from', target_or_event: 'Yugoslavia', according_to: WP },
    { actor: 'Slobodan Vlašić', action: 'was one of the hijackers of', target_or_event: HIJACK, according_to: WP },
    { actor: 'Zvonko Bušić', action: 'was one of the hijackers of', target_or_event: HIJACK, according_to: WP },
    { actor: 'Julienne Bušić', action: 'was one of the hijackers of', target_or_event: HIJACK, according_to: WP },
    { actor: 'Petar Matanić', action: 'was one of the hijackers of', target_or_event: HIJACK, according_to: WP },
    { actor: 'Frane Pešut', action: 'was one of the hijackers of', target_or_event: HIJACK, according_to: WP },
    { actor: FFC, action: 'told officials they had planted a bomb in a locker at', target_or_event: 'Grand Central Terminal', according_to: WP },
  ],
},
{
  file: '09-wikipedia-1970-assassination-of-pedro-eugenio-aramburu.txt', mentions: true,
  surfaces: [
    [ARAMBURU, ARAMBURU, P], // title line, infobox twice, lead
    ['Aramburu', ARAMBURU, P], // six bare mentions (also "Aramburu's")
    ['Timote', 'Timote', L],
    ['Carlos Tejedor Partido', 'Carlos Tejedor Partido', L],
    ['Argentina', 'Argentina', L], // infobox and "President of Argentina" (twice; a country inside an office's title)
    [MONTONEROS, MONTONEROS, O],
    ['Juan José Valle', 'Juan José Valle', P],
    ['Eva Perón', 'Eva Perón', P],
    ['Argentine Army', 'Argentine Army', O],
    ['Juan Perón', 'Juan Perón', P],
    ['Perón', 'Juan Perón', P], // "A fervent opponent of Perón"
    ['Eduardo Lonardi', 'Eduardo Lonardi', P],
    ['Lonardi', 'Eduardo Lonardi', P],
    ['Arturo Umberto Illia', 'Arturo Umberto Illia', P],
    ['Illia', 'Arturo Umberto Illia', P], // "the fragile democratic government of Illia"
    ['Juan Carlos Onganía', 'Juan Carlos Onganía', P],
    // "Revolución Libertadora" (a coup's name), "Peronist" (adjective), "1963 Argentine general election" (an
    // adjective only) are not annotated.
  ],
  event_dates: [
    { event: 'Aramburu killed by his captors (lead; infobox time 7 am)', date: '1970-06-01' },
    { event: 'Aramburu kidnapped by members of Montoneros ("three days" before 1 June 1970)', date: '1970-05-29' },
    { event: 'Revolución Libertadora overthrew President Juan Perón', date: '1955-09' },
    { event: 'Aramburu replaced Lonardi', date: '1955-11' },
    { event: 'Aramburu\'s three-year tenure until May 1958', date: '1955-11/1958-05' },
    { event: 'Execution of general Juan José Valle for leading a rebellion (infobox and text)', date: '1956' },
    { event: '1963 Argentine general election', date: '1963' },
    { event: 'Coup led by General Juan Carlos Onganía', date: '1966' },
    { event: '1973 presidential election', date: '1973' },
  ],
  attributions: [
    { actor: MONTONEROS, action: 'perpetrator (infobox "Perpetrator")', target_or_event: ASSASSINATION, according_to: WP },
    { actor: MONTONEROS, action: 'members kidnapped (the far-left guerrilla Montoneros)', target_or_event: ARAMBURU, according_to: WP },
    { actor: MONTONEROS, action: 'killed by his captors three days after being kidnapped by members of', target_or_event: ARAMBURU, according_to: WP },
    { actor: ARAMBURU, action: 'took part in the Revolución Libertadora which overthrew', target_or_event: 'Juan Perón', according_to: WP },
    { actor: ARAMBURU, action: 'brutally repressed', target_or_event: 'Peronist militants', according_to: WP },
    { actor: ARAMBURU, action: 'ordered the execution by firing squad of', target_or_event: 'Juan José Valle', according_to: WP },
    { actor: 'Juan Carlos Onganía', action: 'led the 1966 coup against the government of', target_or_event: 'Arturo Umberto Illia', according_to: WP },
  ],
},
{
  file: '10-wikipedia-1985-palace-of-justice-siege.txt', mentions: true,
  surfaces: [
    ['Palace of Justice', 'Palace of Justice (Bogotá)', L], // the attacked venue, also inside the event's name (five times)
    ['Bogotá', 'Bogotá', L],
    ['Colombia', 'Colombia', L], // infobox "Bogotá, Colombia"
    ['Supreme Court of Colombia', SCC, O],
    ['Supreme Court', SCC, O], // "held the Supreme Court hostage", "Supreme Court Justices" (twice)
    ['AFEUR', 'AFEUR', O], // a unit ("Creation of the AFEUR unit")
    ['M-19', M19, O], // infobox twice (after "22px|"), lead twice
    ['M19', M19, O], // infobox "M-19's flag M19"
    ['Miguel Vega Uribe', 'Miguel Vega Uribe', P],
    ['Augusto Moreno Guerrero', 'Augusto Moreno Guerrero', P],
    ['Rafael Samudio Molina', 'Rafael Samudio Molina', P],
    ['Víctor Alberto Delgado Mallarino', 'Víctor Alberto Delgado Mallarino', P],
    ['Alfonso Plazas Vega', 'Alfonso Plazas Vega', P],
    [OTERO, OTERO, P, { loose: true }], // "Luis Otero CifuentesKIA" (glued to the killed-in-action mark)
    ['Luis Otero', OTERO, P],
    ['Alfonso Jacquin', 'Alfonso Jacquin', P],
    ['Andrés Almarales', 'Andrés Almarales', P],
    ['Colombian Army', 'National Army of Colombia', O],
    ['National Police', 'National Police of Colombia', O],
    ['Department of Security', 'Administrative Department of Security', O],
    ['Ivan Marino Ospina Company', IMOC, O], // infobox Units2 (the person's name inside it is not a person mention)
    [IMOC, IMOC, O], // lead
    ['Belisario Betancur', 'Belisario Betancur', P],
    ['United States', US, L],
    // "Colombian government", "Colombian military", "Colombian armed conflict" hold adjectives only; "EE-9
    // Cascavel" is a vehicle; "Gen." and "Col." are titles.
  ],
  event_dates: [
    { event: 'Palace of Justice siege (infobox "6–7 November 1985"; lead "a 1985 attack")', date: '1985-11-06/1985-11-07' },
    { event: 'M-19 commander (Iván Marino Ospina) killed by the Colombian military', date: '1985-08-28' },
    { event: 'Major drug traffickers issued death threats against the Supreme Court Justices since', date: '1985' },
  ],
  attributions: [
    { actor: M19, action: 'belligerent (infobox Combatant2)', target_or_event: SIEGE, according_to: WP },
    { actor: OTERO, action: 'commander (infobox Commander2)', target_or_event: SIEGE, according_to: WP },
    { actor: 'Alfonso Jacquin', action: 'commander (infobox Commander2)', target_or_event: SIEGE, according_to: WP },
    { actor: 'Andrés Almarales', action: 'commander (infobox Commander2)', target_or_event: SIEGE, according_to: WP },
    { actor: IMOC, action: 'unit involved (infobox Units2)', target_or_event: SIEGE, according_to: WP },
    { actor: M19, action: 'members took over the Palace of Justice and held the Supreme Court hostage', target_or_event: SIEGE, according_to: WP },
    { actor: M19, action: 'intending to hold a trial against', target_or_event: 'Belisario Betancur', according_to: WP },
    { actor: IMOC, action: 'name the guerrilla group called themselves', target_or_event: M19, according_to: WP },
    { actor: OTERO, action: 'was in charge of directing the military aspects of', target_or_event: SIEGE, according_to: WP },
    { actor: 'Major drug traffickers', action: 'had issued death threats against the Justices of', target_or_event: SCC, according_to: WP },
  ],
},
{
  file: '11-wikipedia-2007-abole-raid.txt', mentions: true,
  surfaces: [
    ['Abole', 'Abole', L], // title lines ("Abole raid", twice), infobox, lead (twice) — a place inside the event's name counts
    ['Ethiopia', 'Ethiopia', L],
    ['Somali Region', 'Somali Region', L],
    ['Somali region', 'Somali Region', L], // the map caption's lower-case form
    [ONLF, ONLF, O],
    ['ONLF', ONLF, O],
    ['Degehabur', 'Degehabur', L],
    ['Liu Jianchao', 'Liu Jianchao', P],
    ['Foreign Ministry', 'Ministry of Foreign Affairs (China)', O], // "Chinese Foreign Ministry" (the adjective left out)
    [ZPEB, ZPEB, O],
    [SINOPEC, SINOPEC, O], // China inside the company's name is not separate
    ['Sinopec', SINOPEC, O],
    ['Ogaden Basin', 'Ogaden Basin', L],
    ['Red Cross', 'Red Cross', O], // twice ("the Red Cross", "Red Cross officials")
    // "Chinese", "Ethiopian", "Somali" (adjectives), "UTC+3" (a time zone) are not annotated.
  ],
  event_dates: [
    { event: 'Abole raid (infobox and lead)', date: '2007-04-24' },
    { event: 'Seven kidnapped Chinese oil workers released and handed to the Red Cross ("On April 29")', date: '2007-04-29' },
  ],
  attributions: [
    { actor: ONLF, action: 'perpetrator (infobox "Perpetrator(s)")', target_or_event: ABOLE, according_to: WP },
    { actor: ONLF, action: 'gunmen attacked a Chinese oil company\'s premises in the town of Abole', target_or_event: ABOLE, according_to: WP },
    { actor: 'more than 200 unidentified gunmen', action: 'attacked the field', target_or_event: ABOLE, according_to: 'Liu Jianchao' },
    { actor: 'the gunmen', action: 'kidnapped seven Chinese workers and killed 65 Ethiopian employees of', target_or_event: ZPEB, according_to: WP },
    { actor: ONLF, action: 'claimed responsibility (its spokesman: in retaliation for the policies of the Ethiopian government) for', target_or_event: ABOLE, according_to: WP },
    { actor: ONLF, action: 'had previously warned international oil companies not to sign agreements with the Ethiopian government for exploration in', target_or_event: 'Ogaden Basin', according_to: WP },
  ],
},
{
  file: '12-wikipedia-1983-rangoon-bombing.txt', mentions: true,
  surfaces: [
    ['Rangoon', 'Yangon', L], // title line, "The 1983 Rangoon bombing" (a place inside the event's name), "a visit to Rangoon"
    ['Yangon', 'Yangon', L],
    ['Chun Doo Hwan', CHUN, P],
    ['Chun', CHUN, P], // "President Chun" (twice), "Had Chun been killed"
    ['Burma', 'Myanmar', L],
    ['Myanmar', 'Myanmar', L],
    ['Martyr’s Mausoleum', 'Martyrs\' Mausoleum', L], // the bombed venue
    ['Mausoleum', 'Martyrs\' Mausoleum', L], // "assembling at the Mausoleum"
    ['Aung San', 'Aung San', P],
    ['Lee Bum Suk', 'Lee Bum Suk', P],
    ['Suh Suk Joo', 'Suh Suk-joon', P],
    ['Kim Dong Whie', 'Kim Dong Whie', P],
    ['Korean peninsula', 'Korean Peninsula', L],
    [KJI, KJI, P],
    ['Kim', KJI, P], // "to link Kim or the DPRK"
    ['DPRK', NK, L], // twice
    ['North Korea', NK, L],
    // "South Korean", "Korean" are adjectives; "Korean War" holds an adjective only.
  ],
  event_dates: [
    { event: 'Rangoon bombing ("On October 9, 1983"; lead "1983")', date: '1983-10-09' },
    { event: 'Aung San assassinated', date: '1947' },
  ],
  attributions: [
    { actor: 'The persons who detonated the bomb', action: 'detonated the bomb early (an attack aimed to kill the South Korean President)', target_or_event: RANGOON, according_to: WP },
    { actor: 'several suspects', action: 'admitted they had been sent to kill', target_or_event: CHUN, according_to: WP },
    { actor: KJI, action: 'links suspected (no direct evidence has emerged) to', target_or_event: RANGOON, according_to: WP },
    { actor: NK, action: 'links suspected (no direct evidence has emerged) to', target_or_event: RANGOON, according_to: WP },
  ],
},
];
