// Single-annotator source annotations for the Dossier extraction THIRD held-out set (eval/holdout3).
// Written blind (Dossier's extractor was not run on these texts, and its code was not read), following the
// annotation rules of eval/extraction/README.md and the boundary choices of eval/holdout/README.md and
// eval/holdout2/README.md.
// `node eval/extraction/tools/build_gold.mjs --dir eval/holdout3` turns these into ../gold.json (mention
// offsets by exact string search in JavaScript/UTF-16, then verified).
//
// surfaces: [surface, canonical, type, opts?]  type: organisation|person|place ('none' = blocker span)
//   opts.occ: restrict to these 0-based occurrences of the surface (boundary-valid matches)
//   opts.loose: also match where a letter or digit touches the surface (infobox labels glued to values)
// Longest match wins on overlap; matches must not be preceded/followed by a letter or digit.

const O = 'organisation', P = 'person', L = 'place';

const STATE = 'U.S. Department of State', DOJ = 'U.S. Department of Justice', VOA = 'Voice of America', WP = 'Wikipedia';
const UNSC = 'United Nations Security Council', US = 'United States', UK = 'United Kingdom';
const IS = 'Islamic State', AQ = 'al-Qaeda', TTP = 'Tehrik-i-Taliban Pakistan', JEM = 'Jaish-e-Mohammed';
const IM = 'Indian Mujahideen', JUA = 'Jamaat-ul-Ahrar', ASG = 'Abu Sayyaf', KH = "Kata'ib Hezbollah";

export const docs = [
{
  file: '01-voa-2011-us-designates-indian-mujahideen.txt', mentions: true,
  surfaces: [
    ['United States', US, L],
    ['U.S.', US, L], // "U.S.-designated", "The U.S. designation", "assets in the U.S."
    ['Indian Mujahideen', IM, O],
    ['Pakistan', 'Pakistan', L], // also "Pakistan-based"
    ['State Department', STATE, O],
    ['Lashkar-e-Taiba', 'Lashkar-e-Taiba', O],
    ['Mumbai', 'Mumbai', L],
    ['India', 'India', L],
    ['New Delhi', 'New Delhi', L],
    ['P. Chidambaram', 'P. Chidambaram', P],
    ['Chidambaram', 'P. Chidambaram', P],
    ['Afghanistan', 'Afghanistan', L],
    ['Pune', 'Pune', L],
    ['Hyderabad', 'Hyderabad', L],
    ['South Asia', 'South Asia', L],
  ],
  event_dates: [
    { event: 'State Department statement designating the Indian Mujahideen (Thursday)', date: '2011-09-15' },
    { event: 'Chidambaram tells a conference of law enforcers that Pakistan and Afghanistan remain "the epicenter of terror" (Thursday)', date: '2011-09-15' },
    { event: '2008 terrorist attacks in Mumbai', date: '2008' },
    { event: 'Indian Mujahideen bomb attacks throughout India (since 2005)', date: '2005' },
    { event: "Bombing of a German bakery in Pune (last year's)", date: '2010' },
    { event: 'Blast in New Delhi that killed 30 people', date: '2008' },
    { event: 'Series of bombings in Hyderabad that killed 38 people (that same year)', date: '2008' },
  ],
  attributions: [
    { actor: US, action: 'placed on its list of terrorist organizations (designated as a terrorist organization)', target_or_event: IM, according_to: VOA },
    { actor: IM, action: 'has close links to', target_or_event: 'Pakistan', according_to: VOA },
    { actor: IM, action: 'has "significant ties" to', target_or_event: 'Lashkar-e-Taiba', according_to: STATE },
    { actor: 'Lashkar-e-Taiba', action: 'blamed for', target_or_event: '2008 terrorist attacks in Mumbai', according_to: STATE },
    { actor: IM, action: 'has been responsible for dozens of deadly bomb attacks', target_or_event: 'bomb attacks throughout India since 2005', according_to: STATE },
    { actor: IM, action: 'blamed for', target_or_event: "bombing of a German bakery in Pune (last year's)", according_to: VOA },
    { actor: IM, action: 'was responsible for', target_or_event: '2008 blast in New Delhi that killed 30 people', according_to: STATE },
    { actor: IM, action: 'was responsible for', target_or_event: 'series of bombings in Hyderabad that killed 38 people (2008)', according_to: STATE },
    { actor: 'P. Chidambaram', action: 'said remains "the epicenter of terror"', target_or_event: 'Pakistan', according_to: 'P. Chidambaram' },
    { actor: 'P. Chidambaram', action: 'said remains "the epicenter of terror"', target_or_event: 'Afghanistan', according_to: 'P. Chidambaram' },
    { actor: IM, action: 'aims to carry out terrorist attacks against non-Muslims to establish a caliphate across', target_or_event: 'South Asia', according_to: STATE },
  ],
},
{
  file: '02-state-2016-jamaat-ul-ahrar-abrini-sdgt.txt', mentions: true,
  surfaces: [
    ['Department of State', STATE, O],
    ['Jamaat-ul-Ahrar', JUA, O],
    ['JuA', JUA, O],
    ['Mohamed Abrini', 'Mohamed Abrini', P],
    ['Abrini', 'Mohamed Abrini', P],
    ['U.S.', US, L],
    ['United States', US, L],
    ['Tehrik-e Taliban Pakistan', TTP, O],
    ['TTP', TTP, O],
    ['Afghanistan', 'Afghanistan', L], // "Afghanistan-Pakistan border region"
    ['Pakistan', 'Pakistan', L],
    ['Peshawar', 'Peshawar', L],
    ['Gulshan-e-Iqbal', 'Gulshan-e-Iqbal Park', L], // attack venue ("the Gulshan-e-Iqbal amusement park")
    ['Lahore', 'Lahore', L],
    ['Europe', 'Europe', L], // "Europe-based"
    ['Islamic State of Iraq and the Levant', IS, O],
    ['ISIL', IS, O],
    ['Paris', 'Paris', L],
    ['Brussels', 'Brussels', L],
    ['Brussel', 'Brussels', L], // source typo "Brussel’s Zaventem airport"
    ['Zaventem', 'Zaventem', L],
  ],
  event_dates: [
    { event: 'Jamaat-ul-Ahrar founded by a former TTP leader', date: '2014-08' },
    { event: 'Killing of two Pakistani employees of the U.S. Consulate in Peshawar (early March 2016)', date: '2016-03' },
    { event: 'JuA suicide assault at the Gulshan-e-Iqbal amusement park in Lahore (late March 2016, Easter Sunday)', date: '2016-03' },
    { event: 'Previous deadlier terror attack in Pakistan (since December 2014)', date: '2014-12' },
    { event: 'November 2015 Paris attacks', date: '2015-11' },
    { event: 'Brussels attacks: Abrini seen at Zaventem airport minutes before the attack (March 22; March 2016 Brussels attacks)', date: '2016-03-22' },
    { event: 'Abrini arrested by Belgian authorities', date: '2016-04-08' },
  ],
  attributions: [
    { actor: STATE, action: 'designated as a Specially Designated Global Terrorist', target_or_event: JUA, according_to: STATE },
    { actor: STATE, action: 'designated as a Specially Designated Global Terrorist', target_or_event: 'Mohamed Abrini', according_to: STATE },
    { actor: JUA, action: 'is a splinter group of', target_or_event: TTP, according_to: STATE },
    { actor: 'a former TTP leader', action: 'founded', target_or_event: JUA, according_to: STATE },
    { actor: JUA, action: 'has staged multiple attacks targeting civilians, religious minorities, military personnel, and law enforcement', target_or_event: 'attacks in the Afghanistan-Pakistan border region', according_to: STATE },
    { actor: JUA, action: 'was responsible for', target_or_event: 'killing of two Pakistani employees of the U.S. Consulate in Peshawar (March 2016)', according_to: STATE },
    { actor: JUA, action: 'carried out', target_or_event: 'suicide assault at the Gulshan-e-Iqbal amusement park in Lahore (March 2016)', according_to: STATE },
    { actor: 'Mohamed Abrini', action: 'is a member of (the Europe-based ISIL cell)', target_or_event: IS, according_to: STATE },
    { actor: `${IS} (Europe-based cell)`, action: 'responsible for', target_or_event: 'November 2015 Paris attacks', according_to: STATE },
    { actor: `${IS} (Europe-based cell)`, action: 'responsible for', target_or_event: 'March 2016 Brussels attacks', according_to: STATE },
    { actor: 'Mohamed Abrini', action: 'identified as "the man in white" seen with two suicide bombers minutes before', target_or_event: 'attack at Zaventem airport (March 22)', according_to: STATE },
  ],
},
{
  file: '03-un-2008-sc-press-statement-islamabad-karachi.txt', mentions: true,
  surfaces: [
    ['SECURITY COUNCIL', UNSC, O],
    ['PAKISTAN', 'Pakistan', L],
    ['Department of Public Information', 'United Nations Department of Public Information', O],
    ['News and Media Division', 'News and Media Division', O],
    ['New York', 'New York', L],
    ['Security Council', UNSC, O], // also in "relevant Security Council resolutions"
    ['Le Luong Minh', 'Le Luong Minh', P],
    ['Viet Nam', 'Viet Nam', L],
    ['Pakistan', 'Pakistan', L],
    ['Islamabad', 'Islamabad', L],
    ['Karachi', 'Karachi', L],
    ['Taliban', 'Taliban', O],
    ['Al-Qaida', AQ, O],
    ['Charter of the United Nations', null, 'none'], // a treaty's name (laws and documents are not annotated)
  ],
  event_dates: [
    { event: 'Terrorist suicide attack in Islamabad (6 July; year from the address)', date: '2008-07-06' },
    { event: 'Series of terrorist attacks in parts of Karachi (7 July; year from the address)', date: '2008-07-07' },
  ],
  attributions: [
    { actor: UNSC, action: 'condemned in the strongest terms', target_or_event: 'terrorist suicide attack in Islamabad (6 July)', according_to: UNSC },
    { actor: UNSC, action: 'condemned in the strongest terms', target_or_event: 'series of terrorist attacks in Karachi (7 July)', according_to: UNSC },
    { actor: UNSC, action: 'underlined the need to bring perpetrators, organizers, financiers and sponsors to justice; urged all States to cooperate with the Pakistan authorities', target_or_event: 'terrorist attacks in Pakistan', according_to: UNSC },
    { actor: 'Taliban', action: 'poses threats to peace and security (concern reiterated)', target_or_event: 'the region', according_to: UNSC },
    { actor: AQ, action: 'poses threats to peace and security (concern reiterated)', target_or_event: 'the region', according_to: UNSC },
  ],
},
{
  file: '04-voa-2002-abu-sayyaf-claims-general-santos-blasts.txt', mentions: true,
  surfaces: [
    ['Abu Sayyaf', ASG, O],
    ['Gloria Macapagal Arroyo', 'Gloria Macapagal Arroyo', P],
    ['Arroyo', 'Gloria Macapagal Arroyo', P], // "Mrs. Arroyo"
    ['General Santos', 'General Santos', L],
    ['Moro Islamic Liberation Front', 'Moro Islamic Liberation Front', O],
    ['U.S.', US, L],
    ['Special Forces', 'United States Army Special Forces', O], // "U.S. Special Forces": U.S. (place) + the unit
    ['Basilan', 'Basilan', L],
    ['Washington', 'Washington, D.C.', L], // metonym for the U.S. government
    ['Osama bin Laden', 'Osama bin Laden', P],
    ['al-Qaida', AQ, O],
    ['Philippines', 'Philippines', L],
  ],
  event_dates: [
    { event: 'Series of bomb explosions in General Santos kills 14 (a day before Monday)', date: '2002-04-21' },
    { event: 'Arroyo orders tight security for General Santos (Monday)', date: '2002-04-22' },
    { event: 'Arroyo visits General Santos and pledges all-out war on the Abu Sayyaf (Monday)', date: '2002-04-22' },
    { event: 'U.S. Special Forces begin training Philippine troops on Basilan (since February)', date: '2002-02' },
  ],
  attributions: [
    { actor: ASG, action: 'claimed responsibility for (said his group was responsible for)', target_or_event: 'bomb explosions in General Santos', according_to: 'a man claiming to be an Abu Sayyaf spokesman' },
    { actor: ASG, action: 'deny knowledge of (other members claim they have no knowledge of)', target_or_event: 'bomb explosions in General Santos', according_to: 'other Abu Sayyaf members' },
    { actor: 'two men suspected of belonging to the Moro Islamic Liberation Front', action: 'questioned in connection with', target_or_event: 'bomb explosions in General Santos', according_to: 'police' },
    { actor: ASG, action: 'warned of more attacks unless U.S. soldiers leave', target_or_event: 'Philippines', according_to: 'a man claiming to be an Abu Sayyaf spokesman' },
    { actor: 'United States Army Special Forces', action: 'training Philippine troops on Basilan to combat', target_or_event: ASG, according_to: VOA },
    { actor: ASG, action: 'linked to', target_or_event: AQ, according_to: 'Washington, D.C.' },
    { actor: ASG, action: 'earned millions of dollars from kidnap-for-ransom activities', target_or_event: 'kidnap-for-ransom of foreigners', according_to: VOA },
    { actor: ASG, action: 'has been holding captive', target_or_event: 'an American missionary couple and a Philippine nurse', according_to: VOA },
    { actor: 'Gloria Macapagal Arroyo', action: 'pledged an all-out war on', target_or_event: ASG, according_to: VOA },
    { actor: 'Gloria Macapagal Arroyo', action: 'called a "crime against the Filipino people"', target_or_event: 'bomb explosions in General Santos', according_to: VOA },
    { actor: ASG, action: 'has been the most violent and brutal, beheading several of their hostages', target_or_event: 'hostages', according_to: VOA },
  ],
},
{
  file: '05-wikipedia-westgate-shopping-mall-attack.txt', mentions: true,
  surfaces: [
    ['Westgate shopping mall', 'Westgate shopping mall', L], // attack venue (also inside "Westgate shopping mall attack")
    ['Westgate Mall', 'Westgate shopping mall', L],
    ['Somalia', 'Somalia', L],
    ['Kenya', 'Kenya', L],
    ['Westlands', 'Westlands', L],
    ['Nairobi', 'Nairobi', L],
    ['Al-Shabaab', 'al-Shabaab', O],
    ['al-Shabaab', 'al-Shabaab', O],
    ['Kenya Defence Forces', 'Kenya Defence Forces', O],
    ['Kenya Police Service', 'Kenya Police Service', O],
    ['Administration Police', 'Administration Police', O],
    ['National Intelligence Service (Kenya)', 'National Intelligence Service (Kenya)', O], // the infobox's name with its disambiguator: one mention
    ['General Service Unit (Kenya)', 'General Service Unit (Kenya)', O],
    ['Kenya Army Infantry', 'Kenya Army Infantry', O],
    ['Recce Squad', 'Recce Squad', O],
    ['Ahmed Godane', 'Ahmed Godane', P],
    ['Adan Garaar', 'Adan Garaar', P],
    ['Abu Baara al Sudani', 'Abu Baara al Sudani', P, { loose: true }], // glued "KIA"
    ['Omar Nabhan', 'Omar Nabhan', P],
    ['Umayr al-Mogadish', 'Umayr al-Mogadish', P, { loose: true }],
    ['Khattab al-Kene', 'Khattab al-Kene', P, { loose: true }],
    ['Uhuru Kenyatta', 'Uhuru Kenyatta', P],
    ['Joseph Ole Lenku', 'Joseph Ole Lenku', P],
    ['William Saiya Aswenje', 'William Saiya Aswenje', P],
    ['Julius Waweru Karangi', 'Julius Waweru Karangi', P],
    ['Grace Kaindi', 'Grace Kaindi', P],
    ['Martin Munene', 'Martin Munene', P, { loose: true }],
  ],
  event_dates: [
    { event: 'Westgate shopping mall attack and siege (infobox: 21–24 September 2013)', date: '2013-09-21/2013-09-24' },
    { event: 'Four masked gunmen attack the Westgate shopping mall', date: '2013-09-21' },
    { event: 'Operation Linda Nchi (from 2011 to 2012)', date: '2011/2012' },
    { event: 'Kenyan court charges four Somali nationals with harbouring the gunmen', date: '2013-11-04' },
  ],
  attributions: [
    { actor: 'four masked gunmen', action: 'attacked', target_or_event: 'Westgate shopping mall', according_to: WP },
    { actor: 'the Kenyan military', action: 'deployed (following Operation Linda Nchi, 2011–2012) in', target_or_event: 'Somalia', according_to: WP },
    { actor: 'al-Shabaab', action: 'claimed responsibility for (as retribution for the Kenyan military deployment in Somalia)', target_or_event: 'Westgate shopping mall attack', according_to: WP },
    { actor: 'al-Shabaab', action: 'combatant (attacking side) in', target_or_event: 'Westgate shopping mall attack', according_to: WP },
    { actor: 'Kenya Defence Forces', action: 'combatant against al-Shabaab in', target_or_event: 'Westgate shopping mall attack', according_to: WP },
    { actor: 'Kenya Police Service', action: 'combatant against al-Shabaab in', target_or_event: 'Westgate shopping mall attack', according_to: WP },
    { actor: 'Administration Police', action: 'combatant against al-Shabaab in', target_or_event: 'Westgate shopping mall attack', according_to: WP },
    { actor: 'National Intelligence Service (Kenya)', action: 'combatant against al-Shabaab in', target_or_event: 'Westgate shopping mall attack', according_to: WP },
    { actor: 'General Service Unit (Kenya)', action: 'combatant against al-Shabaab in', target_or_event: 'Westgate shopping mall attack', according_to: WP },
    { actor: 'Kenya Army Infantry', action: 'unit involved (against al-Shabaab) in', target_or_event: 'Westgate shopping mall attack', according_to: WP },
    { actor: 'Recce Squad', action: 'unit involved (against al-Shabaab) in', target_or_event: 'Westgate shopping mall attack', according_to: WP },
    { actor: 'Ahmed Godane', action: 'commander (al-Shabaab side) in', target_or_event: 'Westgate shopping mall attack', according_to: WP },
    { actor: 'Adan Garaar', action: 'commander (al-Shabaab side) in', target_or_event: 'Westgate shopping mall attack', according_to: WP },
    { actor: 'Abu Baara al Sudani', action: 'commander (al-Shabaab side) in, killed in action', target_or_event: 'Westgate shopping mall attack', according_to: WP },
    { actor: 'Omar Nabhan', action: 'commander (al-Shabaab side) in, killed in action', target_or_event: 'Westgate shopping mall attack', according_to: WP },
    { actor: 'Umayr al-Mogadish', action: 'commander (al-Shabaab side) in, killed in action', target_or_event: 'Westgate shopping mall attack', according_to: WP },
    { actor: 'Khattab al-Kene', action: 'commander (al-Shabaab side) in, killed in action', target_or_event: 'Westgate shopping mall attack', according_to: WP },
    { actor: 'Uhuru Kenyatta', action: 'commander (Kenyan side) in', target_or_event: 'Westgate shopping mall attack', according_to: WP },
    { actor: 'Joseph Ole Lenku', action: 'commander (Kenyan side) in', target_or_event: 'Westgate shopping mall attack', according_to: WP },
    { actor: 'William Saiya Aswenje', action: 'commander (Kenyan side) in', target_or_event: 'Westgate shopping mall attack', according_to: WP },
    { actor: 'Julius Waweru Karangi', action: 'commander (Kenyan side) in', target_or_event: 'Westgate shopping mall attack', according_to: WP },
    { actor: 'Grace Kaindi', action: 'commander (Kenyan side) in', target_or_event: 'Westgate shopping mall attack', according_to: WP },
    { actor: 'Martin Munene', action: 'commander (Kenyan side) in, killed in action', target_or_event: 'Westgate shopping mall attack', according_to: WP },
    { actor: 'a Kenyan court', action: 'charged with harbouring the gunmen in their homes', target_or_event: 'four Somali nationals', according_to: WP },
    { actor: 'four Somali nationals', action: 'denied (each pleaded not guilty to) harbouring the gunmen', target_or_event: 'harbouring the Westgate gunmen', according_to: WP },
  ],
},
{
  file: '06-wikipedia-2016-uri-attack.txt', mentions: true,
  surfaces: [
    ['Uri', 'Uri', L], // also inside "2016 Uri attack"
    ['Jammu and Kashmir', 'Jammu and Kashmir', L],
    ['Indian administered Kashmir', 'Indian-administered Kashmir', L],
    ['India', 'India', L],
    ['Jaish-e-Muhammad', JEM, O],
    ['Jaish-e-Mohammed', JEM, O],
    ['Indian Army', 'Indian Army', O],
    ['4 Para', '4 Para (Special Forces)', O], // a unit ("Indian Army 4 Para (special forces)")
    ['Pakistan', 'Pakistan', L], // also "Pakistan-based"
    ['BBC', 'BBC', O], // news organisation cited as a source
    ['Kashmir', 'Kashmir', L],
    ['Kashmir Valley', 'Kashmir Valley', L],
    ['Australia', 'Australia', L],
    ['US', US, L],
    ['UK', UK, L],
  ],
  event_dates: [
    { event: '2016 Uri attack', date: '2016-09-18' },
  ],
  attributions: [
    { actor: 'Kashmiri Separatists', action: 'belligerent (attacking side) in', target_or_event: '2016 Uri attack', according_to: WP },
    { actor: 'India', action: 'belligerent (defending side) in', target_or_event: '2016 Uri attack', according_to: WP },
    { actor: JEM, action: 'unit involved (attacking side) in', target_or_event: '2016 Uri attack', according_to: WP },
    { actor: 'Indian Army', action: 'unit involved (defending side) in', target_or_event: '2016 Uri attack', according_to: WP },
    { actor: '4 Para (Special Forces)', action: 'unit involved (defending side) in', target_or_event: '2016 Uri attack', according_to: WP },
    { actor: JEM, action: 'carried out (four Jaish-e-Mohammed terrorists)', target_or_event: '2016 Uri attack', according_to: WP },
    { actor: 'four Jaish-e-Mohammed terrorists', action: 'came from', target_or_event: 'Pakistan', according_to: WP },
    { actor: JEM, action: 'was involved in the planning and execution of', target_or_event: '2016 Uri attack', according_to: WP },
    { actor: 'India', action: 'designated as a terrorist organization', target_or_event: JEM, according_to: WP },
    { actor: 'Australia', action: 'designated as a terrorist organization', target_or_event: JEM, according_to: WP },
    { actor: US, action: 'designated as a terrorist organization', target_or_event: JEM, according_to: WP },
    { actor: UK, action: 'designated as a terrorist organization', target_or_event: JEM, according_to: WP },
  ],
},
{
  file: '07-wikipedia-2016-brussels-bombings.txt', mentions: true,
  surfaces: [
    ['Brussels', 'Brussels', L],
    ['Brussels Airport', 'Brussels Airport', L], // attack venue
    ['Europe', 'Europe', L],
    ['Maalbeek metro station', 'Maalbeek metro station', L], // attack venue
    ['Zaventem', 'Zaventem', L],
    ['Belgium', 'Belgium', L],
    ['Islamic State of Iraq and the Levant', IS, O],
    ['ISIL', IS, O],
    ['Paris', 'Paris', L],
    ['Baghdad', 'Baghdad', L],
    ['Iraq', 'Iraq', L],
    ['Abu Bakr al-Baghdadi', 'Abu Bakr al-Baghdadi', P],
  ],
  event_dates: [
    { event: '2016 Brussels bombings', date: '2016-03-22' },
    { event: 'November 2015 Paris attacks', date: '2015-11' },
    { event: 'A Belgian F-16 drops its first bomb on an ISIL target east of Baghdad', date: '2014-10-05' },
    { event: 'Iraq warns coalition members that al-Baghdadi ordered retaliatory attacks', date: '2015-11-12' },
  ],
  attributions: [
    { actor: IS, action: 'perpetrator of (infobox)', target_or_event: '2016 Brussels bombings', according_to: WP },
    { actor: IS, action: 'claimed responsibility for', target_or_event: '2016 Brussels bombings', according_to: WP },
    { actor: 'a terrorist cell (the perpetrators)', action: 'had been involved in', target_or_event: 'November 2015 Paris attacks', according_to: WP },
    { actor: 'Belgium', action: 'is a participant in the military intervention against', target_or_event: IS, according_to: WP },
    { actor: 'a Belgian F-16', action: 'dropped its first bomb on a target of', target_or_event: IS, according_to: WP },
    { actor: 'Abu Bakr al-Baghdadi', action: 'is the leader of', target_or_event: IS, according_to: WP },
    { actor: 'Abu Bakr al-Baghdadi', action: 'had ordered retaliatory attacks on', target_or_event: 'countries involved in the coalition against ISIL', according_to: 'Iraq' },
  ],
},
{
  file: '08-doj-2020-pan-am-103-bomb-maker-charged.txt', mentions: true,
  surfaces: [
    ['William Barr', 'William Barr', P],
    ['William P. Barr', 'William Barr', P],
    ['FBI', 'Federal Bureau of Investigation', O],
    ['Christopher Wray', 'Christopher Wray', P],
    ['John Demers', 'John Demers', P],
    ['U.S.', US, L], // "Acting U.S. Attorney"
    ['District of Columbia', 'District of Columbia', L],
    ['Michael Sherwin', 'Michael Sherwin', P],
    ['Abu Agela Mas’ud Kheir Al-Marimi', 'Abu Agela Mas’ud Kheir Al-Marimi', P],
    ['Hasan Abu Ojalya Ibrahim', 'Abu Agela Mas’ud Kheir Al-Marimi', P], // alias
    ['Masud', 'Abu Agela Mas’ud Kheir Al-Marimi', P],
    ['Pan Am Flight 103', null, 'none'], // an aircraft's flight (as trains are not annotated)
    ['Lockerbie', 'Lockerbie', L],
    ['Scotland', 'Scotland', L],
    ['James Wolffe', 'James Wolffe', P],
    ['Crown Office', 'Crown Office', O], // "The Crown Office": leading "The" not in the span
    ['Police Scotland', 'Police Scotland', O],
    ['United Kingdom', UK, L],
    ['Muamar Qaddafi', 'Muamar Qaddafi', P],
    ['United States', US, L],
  ],
  event_dates: [
    { event: 'Bombing of Pan Am Flight 103 over Lockerbie, Scotland', date: '1988-12-21' },
  ],
  attributions: [
    { actor: 'William Barr', action: 'announced new charges (with Wray, Demers and Sherwin) against', target_or_event: 'Abu Agela Mas’ud Kheir Al-Marimi', according_to: DOJ },
    { actor: 'Abu Agela Mas’ud Kheir Al-Marimi', action: 'charged for his role in building the bomb used in', target_or_event: 'destruction of Pan Am Flight 103 over Lockerbie (1988)', according_to: DOJ },
    { actor: 'Abu Agela Mas’ud Kheir Al-Marimi', action: 'is a former intelligence operative of', target_or_event: 'Libyan intelligence', according_to: DOJ },
    { actor: 'terrorists operating on behalf of the former Muamar Qaddafi regime', action: 'attacked (murdered citizens of the United States, the United Kingdom and 19 other countries)', target_or_event: 'Pan Am Flight 103 bombing', according_to: 'William Barr' },
  ],
},
{
  file: '09-wikipedia-chibok-schoolgirls-kidnapping.txt', mentions: true,
  surfaces: [
    ['Chibok', 'Chibok', L, { loose: true }], // also glued (LocationChibok) and in the image file name
    ['Boko Haram', 'Boko Haram', O, { loose: true }], // also glued (SuspectsBoko Haram)
    ['Borno State', 'Borno State', L],
    ['Nigeria', 'Nigeria', L],
    ['Amina Ali', 'Amina Ali', P],
  ],
  event_dates: [
    { event: 'Chibok schoolgirls kidnapping (infobox date)', date: '2014-04-14' },
    { event: 'Chibok schoolgirls kidnapped (night of 14–15 April 2014)', date: '2014-04-14/2014-04-15' },
    { event: 'Amina Ali, one of the missing girls, found', date: '2016-05' },
    { event: 'A further 21 girls freed', date: '2016-10' },
    { event: 'Another girl rescued (the next month)', date: '2016-11' },
    { event: 'Another girl found', date: '2017-01' },
    { event: '82 more girls freed', date: '2017-05' },
    { event: 'One of the girls rescued', date: '2018-01' },
    { event: 'An unknown number of girls escaped', date: '2021-01' },
  ],
  attributions: [
    { actor: 'Boko Haram', action: 'kidnapped 276 mostly Christian female students', target_or_event: 'Chibok schoolgirls kidnapping', according_to: WP },
    { actor: 'Boko Haram', action: 'suspect (infobox) in', target_or_event: 'Chibok schoolgirls kidnapping', according_to: WP },
    { actor: 'Boko Haram', action: 'was hoping to use the girls as negotiating pawns in exchange for its jailed commanders', target_or_event: 'kidnapped Chibok schoolgirls', according_to: 'newspaper reports' },
  ],
},
{
  file: '10-handwiki-kataib-hezbollah.txt', mentions: true,
  surfaces: [
    ["Kata'ib Hezbollah", KH, O], // "Hezbollah Brigades" is the English translation (not annotated, as translated names in the earlier sets)
    ['KH', KH, O],
    ['Popular Mobilization Forces', 'Popular Mobilization Forces', O],
    ['PMF', 'Popular Mobilization Forces', O],
    ['Iraq', 'Iraq', L], // also inside "Iraq War"
    ['Abu Mahdi al-Muhandis', 'Abu Mahdi al-Muhandis', P],
    ['US', US, L],
    ['U.S.', US, L],
    ['United States', US, L],
    ['Abdul Aziz al-Muhammadawi', 'Abdul Aziz al-Muhammadawi', P],
    ['Abu Fadak', 'Abdul Aziz al-Muhammadawi', P],
    ['Iran', 'Iran', L], // also "Iran-aligned"
    ['Axis of Resistance', 'Axis of Resistance', O],
    ['Islamic Revolutionary Guard Corps', 'Islamic Revolutionary Guard Corps', O],
    ['IRGC', 'Islamic Revolutionary Guard Corps', O],
    ['Quds Force', 'Quds Force', O],
    ['Japan', 'Japan', L],
    ['United Arab Emirates', 'United Arab Emirates', L],
    ['United Kingdom', UK, L],
    ['Saddam Hussein', 'Saddam Hussein', P],
  ],
  event_dates: [
    { event: 'Iraq War (2003–11)', date: '2003/2011' },
    { event: 'War in Iraq (2013–2017)', date: '2013/2017' },
    { event: 'Syrian civil war (2011–present)', date: '2011' },
    { event: 'Abu Mahdi al-Muhandis killed in a US drone attack', date: '2020' },
    { event: "Kata'ib Hezbollah established", date: '2003-03' },
  ],
  attributions: [
    { actor: KH, action: 'used to be part of', target_or_event: 'Popular Mobilization Forces', according_to: WP },
    { actor: KH, action: 'fought against Coalition forces during the Iraq War', target_or_event: 'Coalition forces', according_to: WP },
    { actor: 'Abu Mahdi al-Muhandis', action: 'commanded', target_or_event: KH, according_to: WP },
    { actor: US, action: 'killed in a drone attack', target_or_event: 'Abu Mahdi al-Muhandis', according_to: WP },
    { actor: 'Abdul Aziz al-Muhammadawi', action: 'replaced him as the new leader of', target_or_event: 'Popular Mobilization Forces', according_to: WP },
    { actor: KH, action: 'seeks to establish an Iran-aligned government in and expel American forces from', target_or_event: 'Iraq', according_to: WP },
    { actor: KH, action: 'seeks to advance the regional and international interests of', target_or_event: 'Iran', according_to: WP },
    { actor: KH, action: 'is responsible for killing hundreds of U.S. soldiers', target_or_event: 'U.S. soldiers', according_to: WP },
    { actor: KH, action: 'takes a central part in carrying out attacks against', target_or_event: 'U.S. targets in Iraq', according_to: WP },
    { actor: KH, action: 'acts as part of', target_or_event: 'Axis of Resistance', according_to: WP },
    { actor: 'Quds Force', action: 'provided extensive training, funding, logistic support, weapons, and intelligence to', target_or_event: KH, according_to: WP },
    { actor: 'Quds Force', action: 'is part of', target_or_event: 'Islamic Revolutionary Guard Corps', according_to: WP },
    { actor: 'Japan', action: 'officially listed as a terrorist organization', target_or_event: KH, according_to: WP },
    { actor: 'United Arab Emirates', action: 'officially listed as a terrorist organization', target_or_event: KH, according_to: WP },
    { actor: US, action: 'officially listed as a terrorist organization', target_or_event: KH, according_to: WP },
    { actor: KH, action: 'is an official part of the security apparatus of', target_or_event: 'Iraq', according_to: WP },
    { actor: US, action: 'invaded, overthrowing the regime of Saddam Hussein', target_or_event: 'Iraq', according_to: WP },
    { actor: UK, action: 'invaded, overthrowing the regime of Saddam Hussein', target_or_event: 'Iraq', according_to: WP },
  ],
},
{
  file: '11-voa-2001-philippines-suspect-abu-sayyaf-zamboanga.txt', mentions: true,
  surfaces: [
    ['Abu Sayyaf', ASG, O],
    ['Philippines', 'Philippines', L],
    ['U.S.', US, L],
    ['Zamboanga', 'Zamboanga', L],
    ['Manila', 'Manila', L],
    ['Jolo', 'Jolo', L], // "Jolo island"
  ],
  event_dates: [
    { event: 'Bomb attack at an outdoor food plaza in Zamboanga kills five (Sunday evening)', date: '2001-10-28' },
    { event: 'Officials say there is evidence the Abu Sayyaf staged the attack (Monday)', date: '2001-10-29' },
    { event: 'Army kills five guerrillas in a clash on Jolo island (Sunday morning)', date: '2001-10-28' },
  ],
  attributions: [
    { actor: ASG, action: 'suspected of being responsible for', target_or_event: 'Sunday bomb attack in Zamboanga', according_to: 'authorities in the Philippines' },
    { actor: ASG, action: 'staged the attack in retaliation for a recent military offensive (evidence says)', target_or_event: 'Sunday bomb attack in Zamboanga', according_to: 'officials' },
    { actor: ASG, action: 'blamed for', target_or_event: 'wave of bombings in the region in recent months', according_to: 'military authorities' },
    { actor: 'the army', action: 'killed five guerrillas, including a commander, in a clash on Jolo island', target_or_event: ASG, according_to: 'a military spokesman' },
    { actor: ASG, action: 'is fighting for an independent Islamic state in', target_or_event: 'Philippines', according_to: VOA },
    { actor: ASG, action: 'has taken dozens of hostages, including foreign tourists', target_or_event: 'hostages', according_to: VOA },
    { actor: ASG, action: 'executed hostages, including an American tourist', target_or_event: 'hostages', according_to: VOA },
    { actor: ASG, action: 'holds and has threatened to kill', target_or_event: 'nine Philippine workers and two American missionaries', according_to: VOA },
    { actor: 'Philippines', action: 'considers a criminal gang and pledges to eliminate', target_or_event: ASG, according_to: 'the Philippine government' },
  ],
},
{
  file: '12-voa-2011-nigerian-militants-deny-abuja-bombing.txt', mentions: true,
  surfaces: [
    ['Abuja', 'Abuja', L],
    ['Nigeria', 'Nigeria', L],
    ['Movement for the Emancipation of the Niger Delta', 'Movement for the Emancipation of the Niger Delta', O],
    ['MEND', 'Movement for the Emancipation of the Niger Delta', O],
    ['Goodluck Jonathan', 'Goodluck Jonathan', P],
    ['Jos', 'Jos', L],
    ['Boko Haram', 'Boko Haram', O],
    ['Maiduguri', 'Maiduguri', L],
  ],
  event_dates: [
    { event: 'Bombing at a busy market in Abuja (New Year’s eve, Friday)', date: '2010-12-31' },
    { event: 'MEND statement denying involvement (late Saturday)', date: '2011-01-01' },
    { event: 'Earlier bombing in Abuja claimed by MEND (October 1)', date: '2010-10-01' },
    { event: 'Goodluck Jonathan says the bombing appears similar to the Jos bombings (On Saturday)', date: '2011-01-01' },
    { event: 'Bombings in Jos (Christmas eve)', date: '2010-12-24' },
    { event: 'Attacks on churches in Maiduguri (the same evening)', date: '2010-12-24' },
  ],
  attributions: [
    { actor: 'Movement for the Emancipation of the Niger Delta', action: 'denied any involvement in (say they had no role in)', target_or_event: 'New Year’s eve bombing in Abuja', according_to: 'Movement for the Emancipation of the Niger Delta' },
    { actor: 'Movement for the Emancipation of the Niger Delta', action: 'had claimed responsibility for', target_or_event: 'October 1 bombing in Abuja that killed 12 people', according_to: VOA },
    { actor: 'Boko Haram', action: 'claimed responsibility for', target_or_event: 'Christmas eve bombings in Jos', according_to: VOA },
    { actor: 'Boko Haram', action: 'claimed responsibility for', target_or_event: 'attacks on churches in Maiduguri', according_to: VOA },
  ],
},
];
