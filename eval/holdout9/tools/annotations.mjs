// Single-annotator source annotations for the Dossier extraction NINTH held-out set (eval/holdout9).
// Written blind (Dossier's extractor was not run on these texts, and its code was not read), following the
// annotation rules of eval/extraction/README.md and the boundary choices of eval/holdout/README.md to
// eval/holdout8/README.md (holdout8 by its README only; its documents and gold were not opened).
// `node eval/extraction/tools/build_gold.mjs --dir eval/holdout9` turns these into ../gold.json (mention
// offsets by exact string search in JavaScript/UTF-16, then verified).
//
// surfaces: [surface, canonical, type, opts?]  type: organisation|person|place ('none' = blocker span)
//   opts.occ: restrict to these 0-based occurrences of the surface (boundary-valid matches)
//   opts.loose: also match where a letter or digit touches the surface (labels glued to values)
// Longest match wins on overlap; matches must not be preceded/followed by a letter or digit.

const O = 'organisation', P = 'person', L = 'place';

const VOA = 'Voice of America', WP = 'Wikipedia', STATE = 'U.S. Department of State', HO = 'Home Office';
const US = 'United States', UK = 'United Kingdom', AQ = 'al-Qaeda', CIA = 'Central Intelligence Agency';
const AAB = 'al-Ashtar Brigades', TG = 'Terrorgram', UFDD = 'Union of Forces for Democracy and Development';
const DGSE = 'Directorate-General for External Security', CORU = 'Coordination of United Revolutionary Organizations';
const ELN = 'National Liberation Army of Bolivia', LRA = "Lord's Resistance Army", BK = 'Babbar Khalsa';
const ALAWI = 'Alsayed Murtadha Majeed Ramadhan Alawi', NDJ = "N'Djamena";

const RIYADH = 'suicide bombing at a residential compound (Muhaya complex) in Riyadh';
const KUNMING = 'knife attack at the train station in Kunming';
const CU455 = 'bombing of Cubana de Aviación Flight 455 (1976)';
const RW = 'sinking of the Rainbow Warrior (Port of Auckland, 1985)';
const CASA = '2003 Casablanca bombings';
const AI182 = 'bombing of Air India Flight 182 (1985)';

export const docs = [
{
  file: '01-state-2018-al-ashtar-brigades-fto-designation.txt', mentions: true,
  surfaces: [
    ['Washington, DC', 'Washington, D.C.', L], // dateline of the copy
    ['Department of State', STATE, O],
    ['The Department', STATE, O], // "The Department has also designated …" (as the dev set's doc 02)
    ['al-Ashtar Brigades', AAB, O],
    ['AAB', AAB, O], // also "AAB-affiliated"
    ['Al-Ashtar', AAB, O], // in the Coordinator's quotation, twice
    ['Iran', 'Iran', L], // "Iran-backed" (twice, attributive), "Iran’s malign behavior", "Iran is using", "what Iran is trying"
    ['Bahrain', 'Bahrain', L],
    ['Ahmad Hasan Yusuf', 'Ahmad Hasan Yusuf', P],
    [ALAWI, ALAWI, P],
    ['Mortada Majid Al-Sanadi', ALAWI, P], // "AKA": an alternative name of the same person
    ['U.S.', US, L], // "U.S. jurisdiction", "U.S. persons"
    ['Nathan A. Sales', 'Nathan A. Sales', P],
    ['Africa', 'Africa', L],
    ['Europe', 'Europe', L],
    ['North America', 'North America', L],
    ['Asia', 'Asia', L],
    ['Gulf', 'Gulf', L], // "and the Gulf": the region as written
    ['United States', US, L],
  ],
  // "Today’s designations" has no date in the body (the header's 2018-07-10 is the copy's date): left out.
  event_dates: [
    { event: 'Department of State designated two AAB-affiliated individuals as SDGTs', date: '2017-03' },
    { event: 'AAB established', date: '2013' },
  ],
  attributions: [
    { actor: STATE, action: 'has designated as a Foreign Terrorist Organization', target_or_event: AAB, according_to: STATE },
    { actor: STATE, action: 'has designated as a Specially Designated Global Terrorist (SDGT)', target_or_event: AAB, according_to: STATE },
    { actor: STATE, action: 'designated as an SDGT (March 2017)', target_or_event: 'Ahmad Hasan Yusuf', according_to: STATE },
    { actor: STATE, action: 'designated as an SDGT (March 2017)', target_or_event: ALAWI, according_to: STATE },
    { actor: 'Ahmad Hasan Yusuf', action: 'is affiliated with (AAB-affiliated individual)', target_or_event: AAB, according_to: STATE },
    { actor: ALAWI, action: 'is affiliated with (AAB-affiliated individual)', target_or_event: AAB, according_to: STATE },
    { actor: 'Iran', action: 'backs (AAB is an Iran-backed terrorist group)', target_or_event: AAB, according_to: STATE },
    { actor: 'Nathan A. Sales', action: 'announced the designations of', target_or_event: AAB, according_to: STATE },
    { actor: 'Iran', action: 'is using terrorist proxies to extend its malevolent influence and upend international peace and stability', target_or_event: 'terrorist proxies in Africa, Europe, North America, Asia and the Gulf', according_to: 'Nathan A. Sales' },
    { actor: AAB, action: 'is one of the Iranian sponsored terrorists who kill on behalf of a corrupt regime', target_or_event: 'Iran', according_to: 'Nathan A. Sales' },
    { actor: 'Iran', action: 'is trying to do (harm) to Bahrain through its proxy', target_or_event: 'Bahrain', according_to: 'Nathan A. Sales' },
    { actor: 'Iran', action: 'uses as its proxy', target_or_event: AAB, according_to: 'Nathan A. Sales' },
    { actor: AAB, action: 'is aimed at overthrowing the government of', target_or_event: 'Bahrain', according_to: STATE },
    { actor: AAB, action: 'has claimed responsibility for numerous terrorist attacks against', target_or_event: 'police and security targets in Bahrain', according_to: STATE },
  ],
},
{
  file: '02-uk-home-office-2024-terrorgram-proscription.txt', mentions: true,
  surfaces: [
    ['Terrorgram', TG, O], // headline and "the Terrorgram collective" (lower-case "collective" left out, as holdout7's "the Viv Ansanm coalition")
    ['UK', UK, L],
    ['Parliament', 'Parliament of the United Kingdom', O], // bare "Parliament" (as holdout8 doc 03)
    ['James Cleverly', 'James Cleverly', P],
    ['United Kingdom', UK, L],
  ],
  // "today (22 April)" and "on 26 April": the year from the release's own date (the body gives none).
  event_dates: [
    { event: 'Draft proscription order against the Terrorgram collective laid in Parliament ("today (22 April)")', date: '2024-04-22' },
    { event: 'The order comes into effect if agreed by Parliament', date: '2024-04-26' },
  ],
  attributions: [
    { actor: UK, action: 'is to become the first country in the world to proscribe', target_or_event: TG, according_to: HO },
    { actor: 'James Cleverly', action: 'confirmed a draft proscription order laid against (outlawing membership or support for)', target_or_event: TG, according_to: HO },
    { actor: TG, action: 'produces and disseminates violent propaganda to encourage those who consume its content to engage in terrorist activity', target_or_event: 'terrorist activity', according_to: HO },
    { actor: TG, action: 'spreads vile propaganda and aims to radicalise young people to conduct heinous terrorist acts', target_or_event: 'young people', according_to: 'James Cleverly' },
  ],
},
{
  file: '03-voa-2003-saudi-officials-blame-al-qaida-riyadh-bombing.txt', mentions: true,
  surfaces: [
    ['al-Qaida', AQ, O], // "suspected al-Qaida terrorists"
    ['Riyadh', 'Riyadh', L], // also "a Riyadh hospital"
    ['Muhaya', 'Muhaya', L], // the attacked compound ("the Muhaya complex", twice; lower-case "complex" left out)
    ['Saudi Television', 'Saudi Television', O], // the broadcaster, cited
    ['Saudi TV', 'Saudi Television', O], // "official Saudi TV said", "shown by Saudi TV"
  ],
  event_dates: [
    { event: 'Suicide bombing at the Muhaya residential compound in Riyadh ("the late Saturday blast"; the story is dated Sunday 2003-11-09)', date: '2003-11-08' },
  ],
  attributions: [
    { actor: AQ, action: 'are blamed (suspected al-Qaida terrorists) for', target_or_event: RIYADH, according_to: 'Saudi officials' },
  ],
},
{
  file: '04-voa-2006-chad-accuses-sudan-of-backing-rebels.txt', mentions: true,
  surfaces: [
    ['Chad', 'Chad', L], // also "Chad's foreign minister", "Chad's east"
    ['Sudan', 'Sudan', L],
    [NDJ, NDJ, L],
    ['Ahmat Allam-mi', 'Ahmat Allam-mi', P],
    ['Khartoum', 'Khartoum', L], // the Sudanese government by metonym (as holdout8's Moscow)
    [UFDD, UFDD, O],
    ['Evariste Ngaralbaye', 'Evariste Ngaralbaye', P],
    ['Ngaralbaye', 'Evariste Ngaralbaye', P],
    ['Darfur', 'Darfur', L], // also "the Darfur-region"
    ['Janjaweed', 'Janjaweed', O], // "Sudanese-backed Janjaweed militias" (as holdout8's Interahamwe)
    ['Idriss Deby', 'Idriss Deby', P],
    ['Deby', 'Idriss Deby', P], // "Mr. Deby"
  ],
  event_dates: [
    { event: 'Rebel incursions in three eastern villages ("Sunday\'s"; the story is dated Wednesday 2006-10-25)', date: '2006-10-22' },
    { event: 'Failed rebel surface-to-air missile attack on a French reconnaissance plane ("Monday")', date: '2006-10-23' },
    { event: 'Rebels reached the outskirts of the capital ("last April"; the rebel assault on the capital)', date: '2006-04' },
  ],
  attributions: [
    { actor: 'Sudan', action: 'is backing the rebels behind the incursions in three eastern villages', target_or_event: 'rebels (incursions in three eastern villages of Chad)', according_to: 'Chad' },
    { actor: 'the rebels', action: 'failed surface-to-air missile attack on', target_or_event: 'a French reconnaissance plane', according_to: 'Ahmat Allam-mi' },
    { actor: 'Khartoum', action: 'is providing arms to', target_or_event: "rebels in Chad's east", according_to: 'Ahmat Allam-mi' },
    { actor: UFDD, action: 'denies it has received arms from', target_or_event: 'Sudan', according_to: UFDD },
    { actor: 'rebels', action: 'reached the outskirts of (rebel assault on) the capital', target_or_event: NDJ, according_to: VOA },
    { actor: 'Chad', action: 'is backing rebels in', target_or_event: 'Darfur', according_to: 'Sudan' },
    { actor: 'Sudan', action: 'backs (Sudanese-backed)', target_or_event: 'Janjaweed', according_to: NDJ },
    { actor: 'Janjaweed', action: 'have crossed the border to attack villages and support rebel opponents of', target_or_event: 'Idriss Deby', according_to: NDJ },
    { actor: 'Janjaweed', action: 'accused of atrocities in', target_or_event: 'Darfur', according_to: VOA },
    { actor: 'Sudan', action: 'has denied (backing Janjaweed attacks across the border)', target_or_event: 'Janjaweed', according_to: 'Sudan' },
    { actor: 'Idriss Deby', action: 'came to power in a coup', target_or_event: 'Chad', according_to: VOA },
  ],
},
{
  file: '05-voa-2014-china-blames-terrorists-kunming-attack.txt', mentions: true,
  surfaces: [
    ['China', 'China', L], // headline, "the China Dream" (a slogan's name), "western China's", "southwest China's", "China's restive", "China's 9-11"
    ['Kunming Railway Station', 'Kunming Railway Station', L], // the attacked station (venue)
    ['Kunming', 'Kunming', L],
    ['Yunnan Province', 'Yunnan', L],
    ['Yunnan', 'Yunnan', L], // "Yunnan province" (lower-case "province" left out)
    ['William Ide', 'William Ide', P], // byline
    ['Xinjiang', 'Xinjiang', L],
    ['United States', US, L],
    ['Xinhua', 'Xinhua', O], // "the state-run Xinhua news agency argued", cited
    ['Xi Jinping', 'Xi Jinping', P],
  ],
  // The caption's "March 2, 2014" dates the photograph; "late Saturday night" is 2014-03-01 from it.
  event_dates: [
    { event: 'Knife attack at the Kunming train station ("late Saturday night")', date: '2014-03-01' },
    { event: 'September 11 terrorist attacks in the United States', date: '2001-09-11' },
  ],
  attributions: [
    { actor: 'separatist terrorists', action: 'carried out a violent and bloody attack at', target_or_event: KUNMING, according_to: 'Chinese authorities' },
    { actor: "separatists from China's restive western Xinjiang region", action: 'carried out (ample evidence shows)', target_or_event: KUNMING, according_to: 'authorities' },
    { actor: 'more than 10 assailants dressed in black', action: 'randomly slashed and hacked travelers in', target_or_event: 'the station in Kunming', according_to: 'eyewitness accounts and state-run media' },
  ],
},
{
  file: '06-voa-2008-chad-rebels-move-government-accuses-sudan.txt', mentions: true,
  surfaces: [
    ['Chad', 'Chad', L],
    ['Sudan', 'Sudan', L], // also "Sudan's army"
    ['VOA', VOA, O], // "VOA's Nico Colombant" (as holdout2/holdout4)
    ['Nico Colombant', 'Nico Colombant', P],
    ['Dakar', 'Dakar', L],
    ['Am Zoer', 'Am Zoer', L],
    ['Abeche', 'Abeche', L],
    [NDJ, NDJ, L],
    ['Idriss Deby', 'Idriss Deby', P],
    ['Paul-Simon Handy', 'Paul-Simon Handy', P],
    ['Handy', 'Paul-Simon Handy', P],
    ['Institute for Security Studies', 'Institute for Security Studies', O],
    ['Ade', 'Ade', L],
  ],
  event_dates: [
    { event: 'Rebels almost toppled President Idriss Deby ("earlier this year"; "in February")', date: '2008-02' },
  ],
  attributions: [
    { actor: 'Rebels', action: 'seized the town of (capturing the chief of the town garrison)', target_or_event: 'Am Zoer', according_to: 'Rebels' },
    { actor: 'rebels', action: 'almost toppled', target_or_event: 'Idriss Deby', according_to: VOA },
    { actor: 'French intelligence', action: 'is giving support to', target_or_event: 'the Chadian army', according_to: 'Paul-Simon Handy' },
    { actor: 'Sudan', action: "is accused of attacking (Sudan's army, with ground troops and helicopter fire) the border town of", target_or_event: 'Ade', according_to: 'Chad' },
    { actor: 'Sudan', action: 'has denied backing', target_or_event: 'the Chadian rebels', according_to: 'Sudan' },
    { actor: 'Sudan', action: 'has denied attacking Chadian territory', target_or_event: 'Chad', according_to: 'Sudan' },
  ],
},
{
  file: '07-wikipedia-1976-cubana-flight-455-bombing.txt', mentions: true,
  surfaces: [
    ['Cubana de Aviación Flight 455', null, 'none'], // an aircraft's flight (as holdout3's Pan Am Flight 103)
    ['Cubana Flight 455', null, 'none'],
    ['Cubana de Aviación', 'Cubana de Aviación', O], // "Operator: Cubana de Aviación"
    ['Cubana', 'Cubana de Aviación', O], // "to bomb a Cubana airliner"
    ['Bridgetown', 'Bridgetown', L],
    ['Barbados', 'Barbados', L],
    ['Kingston', 'Kingston', L],
    ['Jamaica', 'Jamaica', L],
    ['Havana', 'Havana', L],
    ['Cuba', 'Cuba', L],
    ['Georgetown', 'Georgetown', L],
    ['Guyana', 'Guyana', L],
    ['Trinidad and Tobago', 'Trinidad and Tobago', L],
    ['Trinidad', 'Trinidad', L], // "Piarco International Airport, Trinidad, Trinidad and Tobago"
    ['CIA', CIA, O], // also "CIA-linked"
    ['Castro', 'Fidel Castro', P], // "anti-Castro" (twice): a person's name used attributively (as holdout8's "Misuari faction")
    ['Rafael De Jesus Gutierrez', 'Rafael De Jesus Gutierrez', P],
    ['Batista', 'Fulgencio Batista', P], // "the Batista regime"
    ['US', US, L], // "the US government"
    ['Luis Posada Carriles', 'Luis Posada Carriles', P],
    ['Carriles', 'Luis Posada Carriles', P],
    [CORU, CORU, O],
    ['Venezuela', 'Venezuela', L],
  ],
  event_dates: [
    { event: 'Cubana de Aviación Flight 455 brought down by a terrorist bomb attack (infobox and lead, listed once)', date: '1976-10-06' },
    { event: 'CIA had concrete advance intelligence on plans to bomb a Cubana airliner ("as early as June 1976")', date: '1976-06' },
    { event: 'CIA documents released', date: '2005' },
  ],
  attributions: [
    { actor: 'Several CIA-linked anti-Castro Cuban exiles', action: 'were implicated by the evidence in', target_or_event: CU455, according_to: WP },
    { actor: 'Rafael De Jesus Gutierrez', action: 'was implicated by the evidence in', target_or_event: CU455, according_to: WP },
    { actor: 'Rafael De Jesus Gutierrez', action: 'Cuban intelligence officer of the Batista regime turned spy for', target_or_event: CIA, according_to: WP },
    { actor: US, action: 'was an accomplice to (the US government)', target_or_event: CU455, according_to: 'Cuba' },
    { actor: CIA, action: 'had concrete advance intelligence on plans by Cuban exile terrorist groups to bomb', target_or_event: 'a Cubana airliner', according_to: 'CIA documents released in 2005' },
    { actor: 'Cuban exile terrorist groups', action: 'planned to bomb', target_or_event: 'a Cubana airliner', according_to: 'CIA documents released in 2005' },
    { actor: 'Luis Posada Carriles', action: 'denied involvement in', target_or_event: CU455, according_to: WP },
    { actor: 'Luis Posada Carriles', action: 'former operative of', target_or_event: CIA, according_to: WP },
    { actor: CORU, action: 'is widely seen as responsible for', target_or_event: CU455, according_to: WP },
    { actor: 'Luis Posada Carriles', action: 'was a founder of', target_or_event: CORU, according_to: WP },
  ],
},
{
  file: '08-wikipedia-1985-sinking-of-the-rainbow-warrior.txt', mentions: true,
  surfaces: [
    ['Port of Auckland', 'Port of Auckland', L], // the attack venue
    ['Auckland', 'Auckland', L],
    ['New Zealand Police', 'New Zealand Police', O], // New Zealand inside the force's name is not a separate place
    ['New Zealand', 'New Zealand', L], // "Auckland, New Zealand", "New Zealand prison"
    ['Greenpeace', 'Greenpeace', O],
    ['Fernando Pereira', 'Fernando Pereira', P],
    ['Pierre Lacoste', 'Pierre Lacoste', P],
    ['Dominique Prieur', 'Dominique Prieur', P],
    ['Alain Mafart', 'Alain Mafart', P],
    ['Christine Cabon', 'Christine Cabon', P],
    ['Roland Verge', 'Roland Verge', P],
    ['Jean-Michel Bartelo', 'Jean-Michel Bartelo', P],
    ['Gérard Andries', 'Gérard Andries', P],
    ['Jean-Luc Kister', 'Jean-Luc Kister', P],
    ['Jean Camas', 'Jean Camas', P],
    ['Gérard Royal', 'Gérard Royal', P],
    ['Louis-Pierre Dillais', 'Louis-Pierre Dillais', P],
    ['France', 'France', L],
    [DGSE, DGSE, O],
    ['DGSE', DGSE, O],
    ['Moruroa', 'Moruroa', L],
    ['François Mitterrand', 'François Mitterrand', P],
    ['Charles Hernu', 'Charles Hernu', P],
  ],
  event_dates: [
    { event: 'Sinking of the Rainbow Warrior', date: '1985-07-10' },
  ],
  attributions: [
    { actor: 'France', action: 'carried out an act of state-terrorism (the sinking of)', target_or_event: RW, according_to: WP },
    { actor: DGSE, action: 'carried out (a "covert operation" by its "action" branch)', target_or_event: RW, according_to: 'France' },
    { actor: 'two operatives (both French citizens)', action: 'sank the flagship of the Greenpeace fleet', target_or_event: 'Rainbow Warrior', according_to: WP },
    { actor: 'two operatives (both French citizens)', action: 'killed (drowned on the sinking ship)', target_or_event: 'Fernando Pereira', according_to: WP },
    { actor: 'France', action: 'initially denied responsibility for', target_or_event: RW, according_to: WP },
    { actor: 'François Mitterrand', action: 'initially denied responsibility for', target_or_event: RW, according_to: WP },
    { actor: 'two French agents', action: 'were charged with arson, conspiracy to commit arson, willful damage and murder over', target_or_event: RW, according_to: WP },
    { actor: 'two French agents', action: 'pleaded guilty to manslaughter over', target_or_event: RW, according_to: WP },
    // Infobox "Leadfigures1" (the side of the operation): one attribution per listed person (as holdout8's infobox lines).
    ...['Pierre Lacoste', 'Dominique Prieur', 'Alain Mafart', 'Christine Cabon', 'Roland Verge', 'Jean-Michel Bartelo',
      'Gérard Andries', 'Jean-Luc Kister', 'Jean Camas', 'Gérard Royal', 'Louis-Pierre Dillais'].map((p) => (
      { actor: p, action: 'lead figure (infobox "Leadfigures1") of', target_or_event: RW, according_to: WP })),
  ],
},
{
  file: '09-wikipedia-2003-casablanca-bombings.txt', mentions: true,
  surfaces: [
    ['Casablanca', 'Casablanca', L, { loose: true }], // also glued "LocationCasablanca, Morocco"
    ['Morocco', 'Morocco', L], // also "Morocco's" is not in this copy; "Moroccan(s)" not annotated
    ['Casa de España', 'Casa de España', L], // attacked restaurant (venue), also map label and target list
    ['Hotel Farah', 'Hotel Farah', L], // attacked hotel (venue)
    ['Jewish Alliance of Casablanca', 'Jewish Alliance of Casablanca', L], // attacked venue (Casablanca inside its name not separate)
    ['Jewish Alliance', 'Jewish Alliance of Casablanca', L], // map label and target list
    ['Jewish Cemetery of Casablanca', 'Jewish Cemetery of Casablanca', L], // map label of the attacked cemetery
    ['Jewish Cemetery', 'Jewish Cemetery of Casablanca', L], // target list
    ['Positano', 'Positano', L], // attacked venue (map label and target list)
    ['Salafia Jihadia', 'Salafia Jihadia', O, { loose: true }], // also glued "PerpetratorsSalafia Jihadia"
    ['Maghreb', 'Maghreb', L], // "Insurgency in the Maghreb" (a place inside an event's name)
    ['Mohammed V Square', 'Mohammed V Square', L], // the square of the commemorative stele
    ['Mostafa Tahiri', 'Mostafa Tahiri', P, { loose: true }], // glued "DefenderMostafa Tahiri"
  ],
  event_dates: [
    { event: '2003 Casablanca bombings (lead and infobox, listed once)', date: '2003-05-16' },
  ],
  attributions: [
    { actor: 'twelve suicide bombers loyal to Salafia Jihadia organization', action: 'detonated bombs hidden in their backpacks in', target_or_event: 'Casa de España, Hotel Farah, the Jewish Alliance of Casablanca, sites near the Belgian consulate and an old Jewish cemetery', according_to: WP },
    { actor: 'Salafia Jihadia', action: 'perpetrators (infobox) of', target_or_event: CASA, according_to: WP },
    { actor: 'Salafia Jihadia', action: 'targeted (infobox "Target")', target_or_event: 'Moroccan Jews and European tourists', according_to: WP },
    { actor: 'Mostafa Tahiri', action: 'defender (infobox) against', target_or_event: CASA, according_to: WP },
  ],
},
{
  file: '10-wikipedia-1985-air-india-flight-182.txt', mentions: true,
  surfaces: [
    ['Air India Flight 182', null, 'none'], // an aircraft's flight (as holdout3's Pan Am Flight 103)
    ['Air India', 'Air India', O], // the airline: "Operator:Air India", "the history of Air India"
    [BK, BK, O],
    ['Atlantic Ocean', 'Atlantic Ocean', L],
    ['Waterville', 'Waterville', L],
    ['Ireland', 'Ireland', L],
    ['Toronto', 'Toronto', L],
    ['Mirabel', 'Mirabel', L],
    ['Quebec', 'Quebec', L],
    ['Canada', 'Canada', L],
    ['London Heathrow Airport', null, 'none'], // an airport on the route, not the attack site (London inside is not counted)
    ['London', 'London', L, { loose: true }], // also inside glued "MontrealLondonDelhiBombay"
    ['United Kingdom', UK, L],
    ['Delhi', 'Delhi', L, { loose: true }],
    ['India', 'India', L],
    ['Bombay', 'Bombay', L, { loose: true }],
    ['Montreal', 'Montreal', L, { loose: true }],
    ['Inderjit Singh Reyat', 'Inderjit Singh Reyat', P],
    ['Talwinder Singh Parmar', 'Talwinder Singh Parmar', P],
  ],
  event_dates: [
    { event: 'Air India Flight 182 disintegrated over the Atlantic Ocean (bomb)', date: '1985-06-23' },
    { event: 'Inderjit Singh Reyat pleaded guilty', date: '2003' },
    { event: 'September 11 attacks ("in 2001")', date: '2001-09-11' },
  ],
  attributions: [
    { actor: BK, action: 'bombing by (infobox "Type")', target_or_event: AI182, according_to: WP },
    { actor: 'Canadian Sikh terrorists', action: 'planted the bomb that destroyed', target_or_event: AI182, according_to: WP },
    { actor: 'Inderjit Singh Reyat', action: 'was believed to be the mastermind behind', target_or_event: AI182, according_to: WP },
    { actor: 'Inderjit Singh Reyat', action: 'pleaded guilty (2003) over', target_or_event: AI182, according_to: WP },
    { actor: 'Talwinder Singh Parmar', action: 'was believed to be the mastermind behind', target_or_event: AI182, according_to: WP },
    { actor: 'Talwinder Singh Parmar', action: 'was one of the key individuals associated with', target_or_event: BK, according_to: WP },
    { actor: BK, action: 'was implicated in', target_or_event: AI182, according_to: WP },
  ],
},
{
  file: '11-wikipedia-terrorism-in-bolivia-nancahuazu-insurgency.txt', mentions: true,
  surfaces: [
    ['Bolivia', 'Bolivia', L],
    ['Ñancahuazu', 'Ñancahuazú', L], // section heading "Ñancahuazu insurgency" (a place inside an event's name)
    ['Ñancahuazú', 'Ñancahuazú', L], // "the Ñancahuazú river"
    ['Ejército de Liberación Nacional de Bolivia', ELN, O], // Bolivia inside the names is not a separate place
    [ELN, ELN, O],
    ['ELN', ELN, O],
    ['Che Guevara', 'Che Guevara', P],
    ['Guevara', 'Che Guevara', P],
    ['Che', 'Che Guevara', P], // "to shoot Che"
    ['Cordillera Province', 'Cordillera Province', L],
    ['Rio Grande', 'Rio Grande', L],
    ['Santa Cruz de la Sierra', 'Santa Cruz de la Sierra', L],
    ['Chile', 'Chile', L],
    ['René Barrientos', 'René Barrientos', P],
    ['Félix Rodríguez', 'Félix Rodríguez', P],
    ['US', US, L], // "the US government's desire"
    ['Panama', 'Panama', L],
    ['Mario Terán', 'Mario Terán', P],
    ['B Company', 'B Company', O], // a named army unit ("his friends from B Company")
  ],
  // "October 9" (Guevara's killing) has no year in the text: left out.
  event_dates: [
    { event: 'Terrorism in Bolivia has occurred since the 1960s', date: '1960/1969' },
    { event: 'ELN active in the Cordillera Province', date: '1966/1967' },
  ],
  attributions: [
    { actor: 'Che Guevara', action: 'led', target_or_event: ELN, according_to: WP },
    { actor: ELN, action: 'intended to overthrow the government of (and create a socialist state)', target_or_event: 'Bolivia', according_to: WP },
    { actor: ELN, action: 'defeated several patrols of', target_or_event: 'the Bolivian army (several Bolivian patrols)', according_to: WP },
    { actor: 'René Barrientos', action: 'ordered the killing of', target_or_event: 'Che Guevara', according_to: WP },
    { actor: 'Félix Rodríguez', action: 'relayed the order to kill', target_or_event: 'Che Guevara', according_to: WP },
    { actor: US, action: 'reportedly desired that he be taken to Panama for further interrogation (the US government)', target_or_event: 'Che Guevara', according_to: WP },
    { actor: 'Mario Terán', action: 'was the executioner of', target_or_event: 'Che Guevara', according_to: WP },
    { actor: "Guevara's band of guerrillas", action: 'killed in an earlier firefight', target_or_event: "three of Mario Terán's friends from B Company", according_to: WP },
  ],
},
{
  file: '12-wikipedia-joseph-kony-lords-resistance-army.txt', mentions: true,
  surfaces: [
    ['Joseph Kony', 'Joseph Kony', P],
    ['Joseph Rao Kony', 'Joseph Kony', P],
    ['Kony', 'Joseph Kony', P],
    [LRA, LRA, O], // also inside "Lord's Resistance Army insurgency" (twice)
    ['LRA', LRA, O],
    ['Odek', 'Odek', L],
    ['Northern Region', 'Northern Region', L],
    ["Uganda People's Democratic Army", "Uganda People's Democratic Army", O], // Uganda inside the name not separate
    ['Uganda', 'Uganda', L], // "British Uganda" (adjective left out), "from Uganda", "in Uganda"
    ['United Nations Peacekeepers', 'United Nations Peacekeepers', O], // as written ("designated … by the United Nations Peacekeepers")
    ['European Union', 'European Union', O],
    ['United Kingdom', UK, L],
    ['United States of America', US, L],
    ['Yoweri Museveni', 'Yoweri Museveni', P],
    ['Holy Spirit Movement', 'Holy Spirit Movement', O],
    ['South Sudan', 'South Sudan', L],
    ['Africa', 'Africa', L], // "Africa's most notorious"
    ['International Criminal Court', 'International Criminal Court', O],
    ['ICC', 'International Criminal Court', O],
    ['The Hague', 'The Hague', L], // the article is part of the city's name
    ['Interpol', 'Interpol', O],
    ['Juba', 'Juba', L], // "the Juba peace talks" (a place inside an event's name)
    ['Democratic Republic of the Congo', 'Democratic Republic of the Congo', L],
    ['DRC', 'Democratic Republic of the Congo', L],
    ['Central African Republic', 'Central African Republic', L],
    ['CAR', 'Central African Republic', L],
  ],
  event_dates: [
    { event: 'Kony assumed office as head of the LRA (infobox)', date: '1987-08' },
    { event: 'Kony founded the LRA ("in 1987")', date: '1987' },
    { event: 'Children made soldiers and 2 million people displaced by his forces', date: '1986/2009' },
    { event: 'Kony indicted by the ICC', date: '2005' },
    { event: 'Interpol Red Notice since', date: '2006' },
    { event: 'Juba peace talks', date: '2006' },
  ],
  attributions: [
    { actor: 'Joseph Kony', action: 'head (infobox) of', target_or_event: LRA, according_to: WP },
    { actor: 'Joseph Kony', action: 'allegiance (infobox)', target_or_event: LRA, according_to: WP },
    { actor: 'Joseph Kony', action: 'founded', target_or_event: LRA, according_to: WP },
    { actor: 'United Nations Peacekeepers', action: 'designated as a terrorist group', target_or_event: LRA, according_to: WP },
    { actor: 'European Union', action: 'designated as a terrorist group', target_or_event: LRA, according_to: WP },
    { actor: UK, action: 'designated as a terrorist group', target_or_event: LRA, according_to: WP },
    { actor: US, action: 'designated as a terrorist group', target_or_event: LRA, according_to: WP },
    { actor: 'Joseph Kony', action: 'participated in the insurgency against', target_or_event: 'Yoweri Museveni', according_to: WP },
    { actor: 'Joseph Kony', action: 'fought in the insurgency under (or under the Uganda People\'s Democratic Army)', target_or_event: 'Holy Spirit Movement', according_to: WP },
    { actor: 'Joseph Kony', action: 'fought in the insurgency under (or under the Holy Spirit Movement)', target_or_event: "Uganda People's Democratic Army", according_to: WP },
    { actor: 'Joseph Kony', action: 'directed the multi-decade insurgency', target_or_event: "Lord's Resistance Army insurgency", according_to: WP },
    { actor: 'Joseph Kony', action: 'is accused of ordering the abduction of children to become child soldiers and sex slaves', target_or_event: 'children', according_to: 'government entities' },
    { actor: LRA, action: 'displaced internally 2 million people (his forces)', target_or_event: '2 million people', according_to: WP },
    { actor: 'International Criminal Court', action: 'indicted for war crimes and crimes against humanity', target_or_event: 'Joseph Kony', according_to: WP },
    { actor: 'Interpol', action: 'made subject to a Red Notice (at the ICC\'s request)', target_or_event: 'Joseph Kony', according_to: WP },
  ],
},
];
