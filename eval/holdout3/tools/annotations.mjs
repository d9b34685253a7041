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
];
