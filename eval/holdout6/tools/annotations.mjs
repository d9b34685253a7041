// Single-annotator source annotations for the Dossier extraction SIXTH held-out set (eval/holdout6).
// Written blind (Dossier's extractor was not run on these texts, and its code was not read), following the
// annotation rules of eval/extraction/README.md and the boundary choices of eval/holdout/README.md to
// eval/holdout5/README.md.
// `node eval/extraction/tools/build_gold.mjs --dir eval/holdout6` turns these into ../gold.json (mention
// offsets by exact string search in JavaScript/UTF-16, then verified).
//
// surfaces: [surface, canonical, type, opts?]  type: organisation|person|place ('none' = blocker span)
//   opts.occ: restrict to these 0-based occurrences of the surface (boundary-valid matches)
//   opts.loose: also match where a letter or digit touches the surface (labels glued to values)
// Longest match wins on overlap; matches must not be preceded/followed by a letter or digit.

const O = 'organisation', P = 'person', L = 'place';

const VOA = 'Voice of America', WP = 'Wikipedia', STATE = 'U.S. Department of State', UN = 'United Nations';
const UNSC = 'United Nations Security Council', UNNEWS = 'UN News', US = 'United States', AQ = 'al-Qaeda';
const AFP = 'Agence France-Presse', DRC = 'Democratic Republic of the Congo';
const HASM = 'Harakat Sawa’d Misr', PIJ = 'Palestinian Islamic Jihad';
const NRM = 'Nordic Resistance Movement', TFV = 'Tor Fredrik Vejdeland', LRE = 'Leif Robert Eklund';
const AAS = 'Ansar al-Sharia';
const SLA = 'Sudan Liberation Army', AU = 'African Union';
const LTTE = 'Liberation Tigers of Tamil Eelam', CBSL = 'Central Bank of Sri Lanka';
const EIJ = 'Egyptian Islamic Jihad', OBL = 'Osama bin Laden', FBI = 'Federal Bureau of Investigation';
const GIA = 'Armed Islamic Group', FIS = 'Islamic Salvation Front';
const LFM = 'La Familia Michoacana', ZETAS = 'Los Zetas', PMO = 'Plaza Melchor Ocampo';
const NLA = 'National Liberation Army', NMK = 'North Macedonia';

const CENTRAL_BANK = 'Central Bank bombing in Colombo (31 January 1996)';
const EMBASSIES = '1998 United States embassy bombings (Nairobi and Dar es Salaam)';
const MORELIA = 'Morelia grenade attacks (15 September 2008)';
const KUMANOVO = '2015 Kumanovo clashes';

export const docs = [
{
  file: '01-un-news-2016-security-council-ben-gardane-tunisia.txt', mentions: true,
  surfaces: [
    ['Tunisia', 'Tunisia', L], // also "Tunisia's democracy", "Tunisia's security forces"
    ['UN Security Council', UNSC, O], // headline
    ['World Bank', 'World Bank', O], // photo credit
    ['Dana Smillie', 'Dana Smillie', P], // photo credit (a named photographer, as bylines)
    ['United Nations Security Council', UNSC, O],
    ['Ben Gardane', 'Ben Gardane', L],
    ['Libya', 'Libya', L],
    ['Council', UNSC, O], // "the Council underlined", "the Council reaffirmed", "the Council's President" (the body's short name)
    ['Security Council', UNSC, O], // "relevant Security Council resolutions" (as in holdout3 and holdout4)
    ['Charter of the United Nations', null, 'none'], // a treaty's name (not annotated)
    ['Ban Ki-moon', 'Ban Ki-moon', P],
  ],
  event_dates: [
    // "7 March" takes 2016 from the story's address (news.un.org/en/story/2016/03/…); the attack was "on Monday".
    { event: 'Terrorist attack in Ben Gardane, Tunisia (7 March)', date: '2016-03-07' },
    { event: 'Ban Ki-moon issues a statement through his spokesman condemning the attack ("on Monday")', date: '2016-03-07' },
    // "last night" (the Council's press statement) has no anchor in the text: left out.
  ],
  attributions: [
    { actor: UNSC, action: 'strongly condemned', target_or_event: 'terrorist attack in Ben Gardane, Tunisia (7 March)', according_to: UNNEWS },
    { actor: UNSC, action: 'stressed that no terrorist attack can reverse the democracy of', target_or_event: 'Tunisia', according_to: UNSC },
    { actor: UNSC, action: 'underlined the need to bring perpetrators, organizers, financiers and sponsors to justice', target_or_event: 'terrorist attack in Ben Gardane, Tunisia (7 March)', according_to: UNNEWS },
    { actor: 'Ban Ki-moon', action: 'issued a statement through his spokesman condemning', target_or_event: 'terrorist attack in Ben Gardane, Tunisia (7 March)', according_to: UNNEWS },
  ],
},
{
  file: '02-state-2021-hasm-fto-designation-pij-maintained.txt', mentions: true,
  surfaces: [
    ['Office of the Spokesperson', 'Office of the Spokesperson', O], // as holdout4's state.gov note
    ['State Department', STATE, O],
    ['HASM', HASM, O], // also "HASM’s"
    ['Harakat Sawa’d Misr', HASM, O],
    ['PIJ', PIJ, O],
    ['Department of State', STATE, O],
    ['Yahya al-Sayyid Ibrahim Musa', 'Yahya al-Sayyid Ibrahim Musa', P],
    ['Musa', 'Yahya al-Sayyid Ibrahim Musa', P], // "Musa’s"
    ['Alaa Ali Ali Mohammed al-Samahi', 'Alaa Ali Ali Mohammed al-Samahi', P],
    ['al-Samahi', 'Alaa Ali Ali Mohammed al-Samahi', P], // "al-Samahi’s"
    ['Palestinian Islamic Jihad', PIJ, O],
    ['United States', US, L],
    ['U.S.', US, L], // "U.S. persons"
    ['Egypt', 'Egypt', L], // "active in Egypt", "Egypt’s former Grand Mufti" ("Egyptian" is an adjective)
    ['National Security Agency', 'National Security Agency', O], // "Egyptian National Security Agency officer" (the adjective is not part of the span)
    ['Ibrahim Azzazy', 'Ibrahim Azzazy', P],
    ['Ali Gomaa', 'Ali Gomaa', P],
    ['Myanmar', 'Myanmar', L], // "Myanmar’s embassy in Cairo" (lower-case embassy: a description, not a venue name)
    ['Cairo', 'Cairo', L],
  ],
  event_dates: [
    // The FTO designation itself has no date in the text (the blog's address gives 2021-01 only): left out.
    { event: 'HASM previously designated as a Specially Designated Global Terrorist', date: '2018-01' },
    { event: 'HASM formed', date: '2015' },
    { event: 'HASM attack on Myanmar’s embassy in Cairo', date: '2017-09-30' },
  ],
  attributions: [
    { actor: STATE, action: 'designated as a Foreign Terrorist Organization (increased sanctions against)', target_or_event: HASM, according_to: STATE },
    { actor: STATE, action: 'previously designated as a Specially Designated Global Terrorist (January 2018)', target_or_event: HASM, according_to: STATE },
    { actor: STATE, action: 'designated as a Specially Designated Global Terrorist (for being a leader of HASM)', target_or_event: 'Yahya al-Sayyid Ibrahim Musa', according_to: STATE },
    { actor: STATE, action: 'designated as a Specially Designated Global Terrorist (for being a leader of HASM)', target_or_event: 'Alaa Ali Ali Mohammed al-Samahi', according_to: STATE },
    { actor: 'Yahya al-Sayyid Ibrahim Musa', action: 'is a leader of', target_or_event: HASM, according_to: STATE },
    { actor: 'Alaa Ali Ali Mohammed al-Samahi', action: 'is a leader of', target_or_event: HASM, according_to: STATE },
    { actor: STATE, action: 'reviewed and maintained the FTO designation of', target_or_event: PIJ, according_to: STATE },
    { actor: HASM, action: 'is a terrorist group active in', target_or_event: 'Egypt', according_to: STATE },
    { actor: HASM, action: 'claimed responsibility for the assassination of', target_or_event: 'Ibrahim Azzazy', according_to: STATE },
    { actor: HASM, action: 'claimed responsibility for the attempted assassination of', target_or_event: 'Ali Gomaa', according_to: STATE },
    { actor: HASM, action: 'claimed responsibility for', target_or_event: 'September 30, 2017 attack on Myanmar’s embassy in Cairo', according_to: STATE },
  ],
},
{
  file: '03-state-2024-nordic-resistance-movement-sdgt.txt', mentions: true,
  surfaces: [
    ['United States', US, L],
    ['Department of State', STATE, O],
    ['Nordic Resistance Movement', NRM, O],
    ['NRM', NRM, O], // also "NRM's"
    ['Sweden', 'Sweden', L],
    ['Norway', 'Norway', L],
    ['Denmark', 'Denmark', L],
    ['Iceland', 'Iceland', L],
    ['Finland', 'Finland', L],
    ['Swedish Resistance movement', 'Swedish Resistance Movement', O], // the group's former name, kept as its own organisation (as the dev set's aliases)
    ['Simon Lindberg', 'Simon Lindberg', P],
    ['Tor Fredrik Vejdeland', TFV, P],
    ['Fredrik Vejdeland', TFV, P], // "also known as"
    ['Vejdeland', TFV, P],
    ['Pär Öberg', 'Pär Öberg', P],
    ['Leif Robert Eklund', LRE, P],
    ['Robert Eklund', LRE, P], // "also known as"
  ],
  event_dates: [
    // "Today" (the designation) has no date in the text (the Published date comes from other copies): left out.
    { event: 'NRM banned in Finland (since 2020)', date: '2020' },
    { event: 'Group formed (as the Swedish Resistance movement)', date: '1997' },
    { event: 'Group rebranded itself as NRM under Simon Lindberg', date: '2016' },
  ],
  attributions: [
    { actor: STATE, action: 'is designating as a Specially Designated Global Terrorist', target_or_event: NRM, according_to: STATE },
    { actor: STATE, action: 'is designating as a Specially Designated Global Terrorist (one of three NRM leaders)', target_or_event: TFV, according_to: STATE },
    { actor: STATE, action: 'is designating as a Specially Designated Global Terrorist (one of three NRM leaders)', target_or_event: 'Pär Öberg', according_to: STATE },
    { actor: STATE, action: 'is designating as a Specially Designated Global Terrorist (one of three NRM leaders)', target_or_event: LRE, according_to: STATE },
    { actor: TFV, action: 'is the leader of', target_or_event: NRM, according_to: STATE },
    { actor: 'Pär Öberg', action: "is a member of NRM's national council and head of the group's parliamentary branch", target_or_event: NRM, according_to: STATE },
    { actor: LRE, action: "is a member of NRM's national council and the coordinator of the NRM divisions within Sweden", target_or_event: NRM, according_to: STATE },
    { actor: NRM, action: "members and leaders have carried out violent attacks against political opponents, protestors, journalists", target_or_event: 'political opponents, protestors, journalists and other perceived adversaries', according_to: STATE },
    { actor: NRM, action: 'members have taken steps to collect and prepare weapons and explosive materials', target_or_event: 'weapons and explosive materials', according_to: STATE },
    { actor: NRM, action: 'has organized training in violent tactics', target_or_event: 'training in hand-to-hand combat and knife fighting', according_to: STATE },
    { actor: 'Finland', action: 'has banned (since 2020)', target_or_event: NRM, according_to: STATE },
    { actor: NRM, action: 'was originally known as', target_or_event: 'Swedish Resistance Movement', according_to: STATE },
    { actor: 'Simon Lindberg', action: 'former leader of (the group rebranded itself as NRM under him)', target_or_event: NRM, according_to: STATE },
    { actor: NRM, action: 'goal is to replace the Nordic democracies with a "united ethnic Nordic nation"', target_or_event: 'the Nordic democracies', according_to: NRM },
  ],
},
{
  file: '04-voa-2014-us-says-libyan-militant-groups-behind-benghazi-attack.txt', mentions: true,
  surfaces: [
    ['United States', US, L],
    ['Libya', 'Libya', L], // also "eastern Libya", "U.S. Ambassador to Libya" (a country inside a title stays a place)
    ['U.S.', US, L], // "U.S. consulate", "U.S. Ambassador", "U.S. officials", "U.S. presidential campaign", "U.S. embassy"
    ['Benghazi', 'Benghazi', L],
    ['Ansar al-Sharia', AAS, O], // the name the text gives to the Benghazi, Darnah and Tunisian groups
    ['Darnah', 'Darnah', L],
    ['State Department', STATE, O],
    ['Chris Stevens', 'Chris Stevens', P],
    ['Obama administration', 'Obama administration', O],
    ['Tunisia', 'Tunisia', L],
    ['Tunis', 'Tunis', L],
  ],
  event_dates: [
    // "Friday" (the designation of the Tunisian group) has no date in the text (Published comes from other copies): left out.
    { event: 'Attack on the U.S. consulate in Benghazi (September 11, 2012)', date: '2012-09-11' },
    { event: 'Attack against the U.S. embassy in Tunis and an American school', date: '2012-09-14' },
    { event: 'U.S. presidential campaign in which the Benghazi attack became a political issue', date: '2012' },
  ],
  attributions: [
    { actor: US, action: 'has designated as a terrorist organization', target_or_event: 'Ansar al-Sharia in Benghazi', according_to: VOA },
    { actor: US, action: 'has designated as a terrorist organization', target_or_event: 'Ansar al-Sharia in Darnah', according_to: VOA },
    { actor: 'Ansar al-Sharia in Benghazi', action: 'was involved in', target_or_event: '2012 attack on the U.S. consulate in Benghazi', according_to: US },
    { actor: 'Ansar al-Sharia in Darnah', action: 'was involved in', target_or_event: '2012 attack on the U.S. consulate in Benghazi', according_to: US },
    { actor: STATE, action: 'declared to be global terrorists', target_or_event: 'the leaders of Ansar al-Sharia in Benghazi and in Darnah', according_to: VOA },
    { actor: AAS, action: '(the two Libyan groups) have been involved in terrorist attacks against civilians, assassinations and attempted assassinations of security officials and political figures', target_or_event: 'eastern Libya', according_to: 'U.S. officials' },
    { actor: 'Republicans', action: 'criticized the way the attack was handled by', target_or_event: 'Obama administration', according_to: VOA },
    { actor: STATE, action: 'designated as a terrorist organization (Friday)', target_or_event: 'Ansar al-Sharia in Tunisia', according_to: VOA },
    { actor: 'Ansar al-Sharia in Tunisia', action: 'blamed for', target_or_event: 'September 14, 2012 attack against the U.S. embassy in Tunis and an American school', according_to: STATE },
  ],
},
{
  file: '05-voa-cameroon-says-rebel-bomb-kills-officials.txt', mentions: true,
  surfaces: [
    ['Cameroon', 'Cameroon', L], // also "Cameroon’s military", "Cameroon state broadcaster"
    ['Bekora', 'Bekora', L],
    ['Ekondo Titi', 'Ekondo Titi', L], // "the Ekondo Titi district", "mayor of Ekondo Titi", "the Ekondo Titi president of …"
    ['South-West', 'South-West', L], // "South-West region" (lower-case "region" left out, as holdout5's Huancavelica)
    ['Timothee Aboloa', 'Timothee Aboloa', P],
    ['Nanji Kenneth', 'Nanji Kenneth', P],
    ['Ebeku William', 'Ebeku William', P],
    ["Cameroon People's Democratic Movement", "Cameroon People's Democratic Movement", O], // the ruling party
    ['Bernard Okalia Bilai', 'Bernard Okalia Bilai', P],
    ['Bilai', 'Bernard Okalia Bilai', P],
    ['CRTV', 'CRTV', O], // state broadcaster that carried the governor's press conference
  ],
  event_dates: [], // Published unknown: "Wednesday" (the attack) and "Thursday" have no anchor in the text
  attributions: [
    { actor: 'Anglophone separatists', action: 'claimed responsibility for', target_or_event: 'attack (Wednesday) that killed seven people including a senior official and a mayor', according_to: VOA },
    { actor: 'rebels', action: 'rebel bomb kills officials (a homemade bomb hit their car)', target_or_event: 'bombing of the officials\' car in Bekora village, Ekondo Titi', according_to: 'Cameroon' },
    { actor: 'separatist fighters', action: 'started shooting after the device exploded (hiding in a nearby bush)', target_or_event: 'attack on the officials in Bekora village, Ekondo Titi', according_to: "Cameroon's military" },
    { actor: 'Ebeku William', action: 'Ekondo Titi president of', target_or_event: "Cameroon People's Democratic Movement", according_to: 'the government' },
  ],
},
{
  file: '06-voa-2013-congo-army-strikes-m23-rebels-say-children-killed.txt', mentions: true,
  surfaces: [
    ['GOMA', 'Goma', L], // dateline
    ['DEMOCRATIC REPUBLIC OF CONGO', DRC, L], // dateline
    ['M23', 'M23', O],
    ['Goma', 'Goma', L],
    ['Olivier Hamuli', 'Olivier Hamuli', P],
    ['Kavodo', 'Kavodo', L],
    ['Rumangabo', 'Rumangabo', L],
    ['Bertrand Bisimwa', 'Bertrand Bisimwa', P],
    ['French News Agency', AFP, O], // "The French News Agency says" — capitalised, cited by name as the source
    ['DRC', DRC, L], // "the DRC government", "the eastern DRC", "DRC government spokesman"
    ['U.S.', US, L], // "a U.S. call", "U.S. State Department"
    ['State Department', STATE, O],
    ['Rwanda', 'Rwanda', L],
    ['Jen Psaki', 'Jen Psaki', P],
    ['Lambert Mende', 'Lambert Mende', P],
    ['VOA', VOA, O], // "told VOA"
    ['United States', US, L],
  ],
  event_dates: [
    // Published unknown: "Wednesday", "Tuesday", "last year" and "in November" have no anchor in the text.
    { event: 'Peace deal the M23 demands be fully implemented', date: '2009' },
  ],
  attributions: [
    { actor: 'Congolese army', action: 'has attacked', target_or_event: 'M23 base near Goma', according_to: 'Congolese army' },
    { actor: 'Congolese army', action: "military strikes (Wednesday) targeted the rebel group's storage sites for weapons and ammunition", target_or_event: 'M23', according_to: 'Olivier Hamuli' },
    { actor: 'Congolese army', action: 'military helicopters bombed a nearby neighborhood, striking the village of Kavodo and killing several people', target_or_event: 'Kavodo', according_to: 'M23' },
    { actor: 'Congolese army', action: 'did not attack any military position; attacked only houses and people around', target_or_event: 'Rumangabo', according_to: 'Bertrand Bisimwa' },
    { actor: 'Congolese army', action: 'denies civilians were killed', target_or_event: 'strikes near Goma (Kavodo, Rumangabo)', according_to: 'Congolese army' },
    { actor: 'M23', action: 'claim more than 400 troops have been killed since the unrest erupted', target_or_event: 'unrest near Goma', according_to: AFP },
    { actor: 'Bertrand Bisimwa', action: 'leader of', target_or_event: 'M23', according_to: VOA },
    { actor: 'M23', action: 'captured (briefly, in November) before withdrawing', target_or_event: 'Goma', according_to: VOA },
    { actor: 'Rwanda', action: 'support of / backing (the U.S. called on Rwanda to end it)', target_or_event: 'M23', according_to: 'U.S. State Department' },
    { actor: STATE, action: 'urged to stop backing the rebel group', target_or_event: 'Rwanda', according_to: VOA },
    { actor: 'Jen Psaki', action: 'said renewed fighting "seriously undermines regional and international efforts"', target_or_event: 'M23', according_to: 'Jen Psaki' },
    { actor: 'Lambert Mende', action: 'would like the United States to take action (sanctions) against', target_or_event: 'Rwanda', according_to: 'Lambert Mende' },
  ],
},
{
  file: '07-voa-darfur-rebels-accuse-army-sudan-denies.txt', mentions: true,
  surfaces: [
    ['Sudan', 'Sudan', L], // "Sudan's Darfur region" ("Sudanese" is an adjective)
    ['Darfur', 'Darfur', L], // also "another Darfur tribe", "mission in Darfur"
    ['Tabra', 'Tabra', L], // "the rebel-controlled Tabra district"
    ['VOA', VOA, O], // "VOA reporter"
    ['Alsanosi Ahmed', 'Alsanosi Ahmed', P],
    ['Ahmed', 'Alsanosi Ahmed', P], // "says Ahmed"
    ['Ibrahim al-Helwu', 'Ibrahim al-Helwu', P],
    ['Al-Helwu', 'Ibrahim al-Helwu', P],
    ['Sudan Liberation Army', SLA, O],
    ['SLA', SLA, O],
    ['Abdelwahid Nur', 'Abdelwahid Nur', P],
    ['United Nations', UN, O], // "The United Nations-African Union mission in Darfur" (lower-case mission: the two bodies are annotated)
    ['African Union', AU, O],
    ['AU', AU, O], // "the hybrid AU/UN mission"
    ['UN', UN, O],
    ['UNAMID', 'UNAMID', O],
  ],
  event_dates: [], // Published unknown: "last night", "Thursday" and "Friday" have no anchor in the text
  attributions: [
    { actor: 'the government army (Sudan)', action: 'accused of being behind attacks that led to the death of scores of people', target_or_event: 'attacks in the Tabra district of Darfur', according_to: "Rebels in Sudan's Darfur region" },
    { actor: 'a third group of attackers believed to be from the government side', action: 'also joined into the attacks', target_or_event: 'attacks in the Tabra district of Darfur', according_to: 'Alsanosi Ahmed' },
    { actor: 'the government army (Sudan)', action: 'is the third party (in the attacks)', target_or_event: 'attacks in the Tabra district of Darfur', according_to: 'the tribes (quoted by Alsanosi Ahmed)' },
    { actor: 'the Sudanese army', action: 'denies: says the SLA claims are "completely baseless" and that there have been no clashes between the army and the rebels', target_or_event: 'attacks in the Tabra district of Darfur', according_to: 'a Sudanese army spokesman (quoted by the French news agency)' },
    { actor: 'Ibrahim al-Helwu', action: 'spokesman for', target_or_event: SLA, according_to: VOA },
    { actor: SLA, action: '(the faction al-Helwu represents) is loyal to', target_or_event: 'Abdelwahid Nur', according_to: VOA },
  ],
},
{
  file: '08-wikipedia-colombo-central-bank-bombing.txt', mentions: true,
  surfaces: [
    ['Colombo', 'Colombo', L], // also inside the title "Colombo Central Bank bombing"
    ['Central Bank', CBSL, O], // the targeted bank, an organisation (as holdout4's AMIA, holdout5's Banco de Crédito del Perú), also inside "Central Bank bombing"
    ['Central Bank of Sri Lanka', CBSL, O], // one span (Sri Lanka inside the bank's name is not a separate place)
    ['Liberation Tigers of Tamil Eelam', LTTE, O],
    ['Tamil Tigers', LTTE, O],
    ['LTTE', LTTE, O],
    ['Tigers', LTTE, O], // "the Tigers denied responsibility"
    ['Sri Lanka', 'Sri Lanka', L], // "Sri Lankan" is an adjective
    ['US', US, L], // "two US citizens"
    ['Raju', 'Raju', P, { occ: [0] }], // "the bomber Raju"
    ['Raju', 'Sivasamy Dharmendra', P, { occ: [1] }], // "Sivasamy Dharmendra alias Raju" (another man)
    ['Subramanium Vigneswaram', 'Subramanium Vigneswaram', P],
    ['Kittu', 'Subramanium Vigneswaram', P], // alias
    ['Sivasamy Dharmendra', 'Sivasamy Dharmendra', P],
    ['Jaffna', 'Jaffna', L],
    ['BBC', 'BBC', O], // cited as the source of the denial
  ],
  event_dates: [
    { event: 'Central Bank bombing in Colombo', date: '1996-01-31' },
    { event: 'Train bombing that killed more than 70 ("one in July", the same year)', date: '1996-07' },
  ],
  attributions: [
    { actor: LTTE, action: 'carried out (one of the deadliest attacks carried out by)', target_or_event: CENTRAL_BANK, according_to: WP },
    { actor: 'Raju', action: 'was the (suicide) bomber in the lorry; died immediately', target_or_event: CENTRAL_BANK, according_to: WP },
    { actor: 'Subramanium Vigneswaram', action: 'was in the back up team of (apprehended)', target_or_event: CENTRAL_BANK, according_to: WP },
    { actor: 'Sivasamy Dharmendra', action: 'was in the back up team of (apprehended)', target_or_event: CENTRAL_BANK, according_to: WP },
    { actor: 'the bombers', action: 'had come from Jaffna and were members of (eventually determined)', target_or_event: LTTE, according_to: WP },
    { actor: LTTE, action: 'denied responsibility for', target_or_event: CENTRAL_BANK, according_to: 'BBC' },
  ],
},
{
  file: '09-wikipedia-1998-united-states-embassy-bombings.txt', mentions: true,
  surfaces: [
    ['United States', US, L, { loose: true }], // also in the article's name and glued "TargetUnited States embassies"
    ['United States Embassy', 'United States Embassy in Dar es Salaam', L, { occ: [0] }], // an attack venue (as holdout5's U.S. Embassy in Athens)
    ['United States Embassy', 'United States Embassy in Nairobi', L, { occ: [1] }],
    ['Dar es Salaam', 'Dar es Salaam', L],
    ['Tanzania', 'Tanzania', L],
    ['Nairobi', 'Nairobi', L, { loose: true }], // glued "LocationNairobi"
    ['Kenya', 'Kenya', L], // also the image label "Kenya bombing 1"
    ['Egyptian Islamic Jihad', EIJ, O],
    ['EIJ', EIJ, O],
    ['Osama bin Laden', OBL, P],
    ['bin Laden', OBL, P],
    ['Ayman al-Zawahiri', 'Ayman al-Zawahiri', P],
    ['al-Qaeda', AQ, O, { loose: true }], // glued "Perpetratorsal-Qaeda"
    ['U.S.', US, L], // "the U.S. public", "U.S. involvement"
    ['Federal Bureau of Investigation', FBI, O],
    ['FBI', FBI, O],
    ['Azerbaijan', 'Azerbaijan', L],
    ['Baku', 'Baku', L],
    ['Fazul Abdullah Mohammed', 'Fazul Abdullah Mohammed', P],
    ['Abdullah Ahmed Abdullah', 'Abdullah Ahmed Abdullah', P],
    ['Albania', 'Albania', L],
    ['Egypt', 'Egypt', L], // "murders in Egypt" ("Egyptian" is not matched)
  ],
  event_dates: [
    { event: 'Truck bombings of the U.S. embassies in Dar es Salaam and Nairobi (lead and infobox)', date: '1998-08-07' },
  ],
  attributions: [
    { actor: EIJ, action: 'the attacks were linked to local members of', target_or_event: EMBASSIES, according_to: WP },
    { actor: OBL, action: 'leads (their terrorist organization)', target_or_event: AQ, according_to: WP },
    { actor: 'Ayman al-Zawahiri', action: 'leads (their terrorist organization)', target_or_event: AQ, according_to: WP },
    { actor: FBI, action: 'placed on its ten most-wanted fugitives list (as a result of the attacks)', target_or_event: OBL, according_to: WP },
    { actor: FBI, action: 'connected the attack to', target_or_event: 'Azerbaijan', according_to: WP },
    { actor: OBL, action: 'placed 60 calls via satellite phone to associates in', target_or_event: 'Baku', according_to: WP },
    { actor: 'Fazul Abdullah Mohammed', action: 'credited with being a mastermind behind', target_or_event: EMBASSIES, according_to: WP },
    { actor: 'Abdullah Ahmed Abdullah', action: 'credited with being a mastermind behind', target_or_event: EMBASSIES, according_to: WP },
    { actor: AQ, action: 'perpetrator (infobox "Perpetrators")', target_or_event: EMBASSIES, according_to: WP },
    { actor: EIJ, action: 'perpetrator (infobox "Perpetrators")', target_or_event: EMBASSIES, according_to: WP },
    { actor: US, action: 'involvement in the extradition and alleged torture of four members of (the bombings are widely believed to be revenge for it)', target_or_event: EIJ, according_to: WP },
  ],
},
{
  file: '10-military-wiki-1995-paris-metro-and-rer-bombings.txt', mentions: true,
  surfaces: [
    ['Paris', 'Paris', L], // also inside the article's name and "(Paris regional train network)"; Métro and RER are transport systems (not annotated)
    ['France', 'France', L],
    ['Armed Islamic Group', GIA, O],
    ['GIA', GIA, O],
    ['Abdelbaki Sahraoui', 'Abdelbaki Sahraoui', P],
    ['Islamic Salvation Front', FIS, O],
    ['FIS', FIS, O],
    ['Saint-Michel station', 'Saint-Michel station', L], // the attack venue (as holdout5's Atocha station)
    ['Place Saint-Michel', 'Place Saint-Michel', L],
    ['Parvis Notre-Dame', 'Parvis Notre-Dame', L],
    ['France 2', 'France 2', O], // the channel whose news is cited
    ['Arc de Triomphe', 'Arc de Triomphe', L], // venue of the 17 August bomb
    // "Le depart Saint-Michel" (a pub used as a field hospital: a building, not an attack venue) is not annotated;
    // "Algerian Civil War" and "the French/Algerian government" are adjectives.
  ],
  event_dates: [
    { event: 'The 1995 bombings in France (the series)', date: '1995' },
    { event: 'Gas bottle explosion in the Saint-Michel station (infobox and body)', date: '1995-07-25' },
    { event: 'Last attack date in the infobox', date: '1995-10-17' },
    { event: 'Bomb at the Arc de Triomphe ("On 17 August", after 25 July 1995)', date: '1995-08-17' },
  ],
  attributions: [
    { actor: GIA, action: 'carried out', target_or_event: '1995 bombings in France', according_to: WP },
    { actor: GIA, action: 'were broadening the Algerian Civil War to', target_or_event: 'France', according_to: WP },
    { actor: GIA, action: 'assailant (infobox "Assailant")', target_or_event: '1995 Paris Métro and RER bombings', according_to: WP },
    { actor: 'Abdelbaki Sahraoui', action: 'co-founder of', target_or_event: FIS, according_to: WP },
  ],
},
{
  file: '11-wikipedia-2008-morelia-grenade-attacks.txt', mentions: true,
  surfaces: [
    ['Morelia', 'Morelia', L], // also in "The Morelia grenade attacks", "Morelia's bandera monumental"
    ['Plaza Melchor Ocampo', PMO, L], // the attack venue
    ['Plaza', PMO, L], // "on the Plaza itself" (the same square, by its short name)
    ['Michoacán', 'Michoacán', L],
    ['Leonel Godoy', 'Leonel Godoy', P],
    ['Salamanca', 'Salamanca', L],
    ['Guanajuato', 'Guanajuato', L],
    ['Santa María', 'Santa María', L], // "the Santa María district"
    ['La Familia Michoacana', LFM, O],
    ['La Familia', LFM, O],
    ['Los Zetas', ZETAS, O],
    ['SIEDO', 'SIEDO', O],
    ['Federal Investigations Agency', 'Federal Investigations Agency', O],
    ['Servando Gomez Martinez', 'Servando Gomez Martinez', P],
    ['José de Jesús Méndez Vargas', 'José de Jesús Méndez Vargas', P],
    ['Nazario Moreno', 'Nazario Moreno', P],
    ['Lázaro Cárdenas', 'Lázaro Cárdenas', L], // "the city of Lázaro Cárdenas"
    ['Apatzingan', 'Apatzingan', L], // "the Apatzingan municipality"
    ['Procuraduría General de la República', 'Procuraduría General de la República', O],
    // "Mexican Independence Day" is an adjective + holiday (not annotated).
  ],
  event_dates: [
    { event: 'Grenade attacks in Morelia (also "the night of September 15,2008")', date: '2008-09-15' },
    { event: 'Police arrest three men of the Los Zetas gang ("A week after the attacks")', date: '2008-09-22' },
    { event: 'A federal corrections judge proves the suspects innocent', date: '2019' },
  ],
  attributions: [
    { actor: LFM, action: 'blamed for (the police have blamed drug cartels, specifically)', target_or_event: MORELIA, according_to: 'the police' },
    { actor: LFM, action: 'denied it (the grenade attacks)', target_or_event: MORELIA, according_to: LFM },
    { actor: ZETAS, action: 'blamed for (instead)', target_or_event: MORELIA, according_to: LFM },
    { actor: 'three men of the Los Zetas gang', action: 'accused of throwing the grenades (arrested)', target_or_event: MORELIA, according_to: 'police from SIEDO and the Federal Investigations Agency' },
    { actor: 'the three suspects', action: 'were proven innocent (had not been present in Morelia that night)', target_or_event: MORELIA, according_to: 'a federal corrections judge' },
    { actor: 'Servando Gomez Martinez', action: 'ordered the kidnapping and false imprisonment of', target_or_event: 'the three suspects', according_to: WP },
    { actor: 'José de Jesús Méndez Vargas', action: 'ordered the kidnapping and false imprisonment of', target_or_event: 'the three suspects', according_to: WP },
    { actor: 'Nazario Moreno', action: 'ordered the kidnapping and false imprisonment of', target_or_event: 'the three suspects', according_to: WP },
    { actor: 'Procuraduría General de la República', action: 'agents were paid 10,000,000 pesos to arrest', target_or_event: 'the three suspects', according_to: WP },
  ],
},
{
  file: '12-wikipedia-2015-kumanovo-clashes.txt', mentions: true,
  surfaces: [
    ['Kumanovo', 'Kumanovo', L], // also inside "2015 Kumanovo clashes"
    ['Kumanovo Municipality', 'Kumanovo', L], // as holdout5's Miraflores District
    ['Macedonia', NMK, L], // "Kumanovo, Macedonia" ("Macedonian" is an adjective)
    ['North Macedonia', NMK, L], // infobox map type
    ['Republic of Macedonia', NMK, L],
    ['Gordana Jankuloska', 'Gordana Jankuloska', P],
    ['Mirsad Ndrecaj', 'Mirsad Ndrecaj', P, { loose: true }], // glued "Mirsad NdrecajKIA"
    ['Muhamet Krasniqi', 'Muhamet Krasniqi', P],
    ['Sami Ukshini', 'Sami Ukshini', P],
    ['Beg Rizaj', 'Beg Rizaj', P, { loose: true }], // glued "Beg RizajKIA"
    ['Demë Shehu', 'Demë Shehu', P],
    ['Special Police Unit "Tigers"', 'Special Police Unit "Tigers"', O],
    ['Rapid Deployment Unit', 'Rapid Deployment Unit', O],
    ['Special Support Unit', 'Special Support Unit', O],
    ['National Liberation Army', NLA, O],
    ['NLA', NLA, O],
    ['Ohrid agreement', null, 'none'], // an agreement's name (not annotated, as the Good Friday Agreement in holdout4)
  ],
  event_dates: [
    { event: '2015 Kumanovo clashes (infobox and lead: 9 May to "the following day on 10 May")', date: '2015-05-09/2015-05-10' },
    { event: 'Operation in which the shooting ended and 30 militants were arrested and charged', date: '2015-05-10' },
    { event: 'Armed conflict between Macedonian authorities and the NLA', date: '2001' },
    { event: 'Kumanovo Municipality a battlefield ("from May until August" 2001)', date: '2001-05/2001-08' },
    { event: 'Ohrid agreement signed ("August", 2001)', date: '2001-08' },
    { event: 'Attack against a government building by NLA splinter groups', date: '2007' },
    { event: 'Attack against a government building by NLA splinter groups', date: '2014' },
    { event: '2014 general elections', date: '2014' },
  ],
  attributions: [
    { actor: 'an armed group', action: 'identifying itself as', target_or_event: NLA, according_to: WP },
    { actor: 'the Macedonian authorities', action: 'charged with terrorism-related charges', target_or_event: '30 militants arrested in the operation of 10 May 2015', according_to: WP },
    { actor: NLA, action: 'armed conflict (2001) with', target_or_event: 'the Macedonian authorities', according_to: WP },
    { actor: 'NLA splinter groups', action: 'have sporadically engaged in violence, including attacks against a government building in 2007 and 2014', target_or_event: 'the Macedonian security forces and government', according_to: WP },
    { actor: 'Gordana Jankuloska', action: 'commander (infobox "Commander1", Macedonian police)', target_or_event: KUMANOVO, according_to: WP },
    { actor: 'Mirsad Ndrecaj', action: 'commander of the armed group (infobox "Commander2"; killed in action)', target_or_event: KUMANOVO, according_to: WP },
    { actor: 'Muhamet Krasniqi', action: 'commander of the armed group (infobox "Commander2")', target_or_event: KUMANOVO, according_to: WP },
    { actor: 'Sami Ukshini', action: 'commander of the armed group (infobox "Commander2")', target_or_event: KUMANOVO, according_to: WP },
    { actor: 'Beg Rizaj', action: 'commander of the armed group (infobox "Commander2"; killed in action)', target_or_event: KUMANOVO, according_to: WP },
    { actor: 'Demë Shehu', action: 'commander of the armed group (infobox "Commander2")', target_or_event: KUMANOVO, according_to: WP },
  ],
},
];
