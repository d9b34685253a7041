// Single-annotator source annotations for the Dossier extraction TWENTY-SECOND held-out set (eval/holdout22).
// Written blind (Dossier's extractor was not run on these texts, and its code was not read), following the
// annotation rules of eval/extraction/README.md and the boundary choices of eval/holdout20/README.md and
// eval/holdout20/tools/annotations.mjs (the template; eval/holdout21/README.md was the only file of that set read).
// `node eval/extraction/tools/build_gold.mjs --dir eval/holdout22` turns these into ../gold.json (mention
// offsets by exact string search in JavaScript/UTF-16, then verified).
//
// surfaces: [surface, canonical, type, opts?]  type: organisation|person|place ('none' = blocker span)
//   opts.occ: restrict to these 0-based occurrences of the surface (boundary-valid matches)
//   opts.loose: also match where a letter or digit touches the surface (words glued by the copy)
// Longest match wins on overlap; matches must not be preceded/followed by a letter or digit.

const O = 'organisation', P = 'person', L = 'place', N = 'none';

const VOA = 'Voice of America', WP = 'Wikipedia', STATE = 'U.S. Department of State';
const TREAS = 'U.S. Department of the Treasury', US = 'United States';

const OLSEN = 'Matthew G. Olsen', MOISE = 'Jovenel Moïse', MOISE_ASSN = 'assassination of Jovenel Moïse (2021)';
const OFAC = 'Office of Foreign Assets Control', KOIJEE = 'Jefferson T. Koijee', CDC = 'Congress for Democratic Change';
const AKHMEDYAROV = 'Lukpan Akhmedyarov', ABBASOV = 'Idrak Abbasov', OSCE = 'Organization for Security and Co-operation in Europe';
const AKHMEDYAROV_ASSAULT = 'assault on Lukpan Akhmedyarov (2012-04-19)';
const BACAR = 'Mohamed Bacar', SAID_BACAR = 'Abdourahim Said Bacar', AU = 'African Union';
const MPRP = "Mongolian People's Revolutionary Party";
const MASEKO = 'Thulani Maseko', MASEKO_KILLING = 'killing of Thulani Maseko (2023-01-21)', MSWATI = 'Mswati III';
const BOBRIKOV = 'Nikolay Bobrikov', SCHAUMAN = 'Eugen Schauman', BOBRIKOV_ASSN = 'assassination of Nikolay Bobrikov (1904)';
const NEDELYA = 'St Nedelya Church', NEDELYA_BOMBING = 'St Nedelya Church bombing (1925)';
const BCP = 'Bulgarian Communist Party', MO = 'Military Organisation of the Bulgarian Communist Party';
const CALINESCU = 'Armand Călinescu', CALINESCU_ASSN = 'assassination of Armand Călinescu (1939)', IRON_GUARD = 'Iron Guard';
const SIMA = 'Horia Sima', ITALY = 'Kingdom of Italy';
const REMON = 'José Antonio Remón Cantera', REMON_ASSN = 'assassination of José Antonio Remón Cantera (1955)';
const MIRO = 'Rubén O. Miró', GUIZADO = 'Jose Ramón Guizado';
const RATSIMANDRAVA = 'Richard Ratsimandrava', RATSI_ASSN = 'assassination of Richard Ratsimandrava (1975)';
const GMP = 'Republican Security Forces (Groupe Mobile de Police)', NMLC = 'National Military Leadership Committee';
const YANDARBIYEV = 'Zelimkhan Yandarbiyev', YAND_ASSN = 'assassination of Zelimkhan Yandarbiyev (2004)';
const YABLOCHKOV = 'Anatoly Yablochkov', PUGACHYOV = 'Vasily Pugachyov', CHECHEN_FM = 'Foreign Ministry (Chechen separatist government)';

export const docs = [
{
  file: '01-doj-2023-haitian-president-assassination-prosecution.txt', mentions: true,
  surfaces: [
    [OLSEN, OLSEN, P], // the byline ("Assistant Attorney General for National Security" is a title)
    ['Florida', 'Florida', L], // "here in Florida", "arrested in Florida"
    [MOISE, MOISE, P], // "president Jovenel Moïse" ("president" is a title)
    ['Port-au-Prince', 'Port-au-Prince', L], // twice
    ['Haiti', 'Haiti', L], // "Port-au-Prince, Haiti", "the impact on Haiti" ("Haitian" is an adjective)
    ['US', US, L], // "US laws", "US custody", "US, Haitian and Colombian nationals", "US-Haitian", "US law", "US justice", "outside the US"
    [US, US, L], // "inside the United States", "The United States will not tolerate"
    // "Haitian", "Colombian" are adjectives; "the First Lady" is unnamed; "the complaint" is a document.
  ],
  event_dates: [
    { event: 'Four individuals arrested in Florida on federal charges ("Tuesday, February 14, 2023")', date: '2023-02-14' },
    { event: 'President Jovenel Moïse shot and killed in his home in Port-au-Prince ("July 7, 2021")', date: '2021-07-07' },
  ],
  attributions: [
    { actor: 'four individuals', action: 'arrested on federal charges for their alleged roles in a plot to assassinate the former Haitian president', target_or_event: MOISE_ASSN, according_to: OLSEN },
    { actor: 'conspirators and facilitators located in the United States', action: 'advanced aspects of the deadly plot inside the United States (as alleged in the complaint)', target_or_event: MOISE_ASSN, according_to: 'the complaint' },
    { actor: 'eleven defendants', action: 'charged (conspiracy to kill or kidnap persons abroad, material support) and now in US custody; their actions violated US law', target_or_event: MOISE_ASSN, according_to: OLSEN },
  ],
},
{
  file: '02-treasury-2023-sanctions-monrovia-mayor.txt', mentions: true,
  surfaces: [
    ['United States Department of the Treasury', TREAS, O], // the country inside the department's name is not separate
    [OFAC, OFAC, O],
    ['OFAC', OFAC, O], // "(OFAC)", "Today OFAC designated", "the Treasury Department’s OFAC announcement", "OFAC has reason to believe"
    ['Monrovia', 'Monrovia', L], // "Monrovia City Mayor" (the city inside an office's title), "mayor of Monrovia", "Monrovia’s youth"
    [KOIJEE, KOIJEE, P], // "Monrovia City Mayor" is a title
    ['Jefferson Koijee', KOIJEE, P],
    ['Koijee', KOIJEE, P], // "(Koijee)" and the bare surname throughout
    ['Liberia', 'Liberia', L], // "Liberian" is an adjective
    [CDC, CDC, O], // the political party (as written; the party's own name is Coalition for Democratic Change)
    ['CDC', CDC, O], // "(CDC)", "associated with the CDC"
    ['Treasury Department', TREAS, O], // "the Treasury Department’s OFAC announcement": two spans
    ['Amos Sawyer', 'Amos Sawyer', P], // "former Liberian president" is a title
    // "December 8" has no year in the text and is left out; "paramilitary-style organizations" is generic.
  ],
  event_dates: [
    { event: 'Violence at an opposition rally ("July 2022")', date: '2022-07' },
    { event: 'Violence against students attending a memorial service for Amos Sawyer ("March 2022")', date: '2022-03' },
    { event: 'Violence at an anti-rape protest ("August 2020")', date: '2020-08' },
    { event: 'Violence at a student graduation ceremony ("December 2019")', date: '2019-12' },
    { event: 'Violence at an opposition rally ("November 2018")', date: '2018-11' },
  ],
  attributions: [
    { actor: OFAC, action: 'sanctioned (designated) 20 individuals including him for their connection to human rights abuse', target_or_event: KOIJEE, according_to: TREAS },
    { actor: KOIJEE, action: 'has a reputation for stoking violence; controls paramilitary-style organizations associated with the CDC', target_or_event: CDC, according_to: OFAC },
    { actor: 'paramilitary-style organizations associated with the CDC', action: 'allegedly recruit former combatants and recently released prisoners', target_or_event: CDC, according_to: OFAC },
    { actor: KOIJEE, action: 'instructed these organizations to violently disrupt demonstrations by government critics or political opposition (OFAC has reason to believe)', target_or_event: 'demonstrations by government critics or political opposition', according_to: OFAC },
    { actor: 'Jefferson T. Koijee and his supporters', action: 'involved in violence in connection with an opposition rally (July 2022)', target_or_event: 'opposition rally (2022-07)', according_to: OFAC },
    { actor: 'Jefferson T. Koijee and his supporters', action: 'involved in violence against students attending a memorial service for former president Amos Sawyer (March 2022)', target_or_event: 'memorial service for Amos Sawyer (2022-03)', according_to: OFAC },
    { actor: 'Jefferson T. Koijee and his supporters', action: 'involved in violence in connection with an anti-rape protest (August 2020)', target_or_event: 'anti-rape protest (2020-08)', according_to: OFAC },
    { actor: 'Jefferson T. Koijee and his supporters', action: 'involved in violence in connection with a student graduation ceremony (December 2019)', target_or_event: 'student graduation ceremony (2019-12)', according_to: OFAC },
    { actor: 'Jefferson T. Koijee and his supporters', action: 'involved in violence in connection with an opposition rally (November 2018)', target_or_event: 'opposition rally (2018-11)', according_to: OFAC },
    { actor: KOIJEE, action: 'engaged in corrupt acts: bribery, misappropriation of state assets, pressuring anti-corruption investigators to halt investigations', target_or_event: 'Liberia', according_to: OFAC },
  ],
},
{
  file: '03-state-2012-statement-on-violence-against-journalists.txt', mentions: true,
  surfaces: [
    ['Kaye Lee', 'Kaye Lee', P], // "Director of Resource Management" is a title
    ['Permanent Council', 'OSCE Permanent Council', O], // "to the Permanent Council, Vienna" (a named council — a choice)
    ['Vienna', 'Vienna', L],
    [US, US, L], // "The United States notes", "expresses", "also notes"
    ['OSCE', OSCE, O], // "the OSCE region" (twice), "OSCE Representative on Freedom of the Media" (the body inside the office's title — a choice)
    ['Kazakhstan', 'Kazakhstan', L], // three times
    [AKHMEDYAROV, AKHMEDYAROV, P],
    ['Akhmedyarov', AKHMEDYAROV, P], // "Mr. Akhmedyarov" (twice)
    ['Uralsk', 'Oral, Kazakhstan', L],
    ['Dunja Mijatovic', 'Dunja Mijatović', P],
    ['Mijatovic', 'Dunja Mijatović', P], // "Representative Mijatovic"
    [ABBASOV, ABBASOV, P],
    ['Abbasov', ABBASOV, P], // "Mr. Abbasov"
    ['Baku', 'Baku', L],
    // "Azerbaijani" is an adjective; the newspapers "Uralskaya Nedelya" and "Zerkalo/Ayna" and the journalists' NGO
    // "Institute for Reporters’ Freedom and Safety (IRFS)" are employers, not cited sources: not annotated — a choice.
  ],
  event_dates: [
    { event: 'Lukpan Akhmedyarov shot with rubber bullets and stabbed outside his home in Uralsk ("April 19", year from the date line)', date: '2012-04-19' },
    { event: 'OSCE Representative Dunja Mijatovic called the attack shocking ("April 20")', date: '2012-04-20' },
    { event: 'Idrak Abbasov and other journalists assaulted covering demolitions in Baku ("April 18")', date: '2012-04-18' },
  ],
  attributions: [
    { actor: 'private security guards', action: 'allegedly beat him unconscious while he covered the demolition of houses in Baku', target_or_event: ABBASOV, according_to: STATE },
    { actor: 'Kazakhstan', action: 'appointed a senior prosecutor to investigate the assault', target_or_event: AKHMEDYAROV_ASSAULT, according_to: STATE },
  ],
},
{
  file: '04-voa-2008-comoros-government-claims-capture-of-three-anjouan-rebels.txt', mentions: true,
  surfaces: [
    ['Comoros', 'Comoros', L], // title line and body ("the government of Comoros", "the Comoros government", "the Comoros military", "in Comoros")
    ['Anjouan Island', 'Anjouan', L], // "president of Anjouan Island"
    ['Anjouan', 'Anjouan', L],
    [AU, AU, O],
    ['AU', AU, O], // "an AU force"
    ['VOA', VOA, O], // "VOA's Scott Bobb", "told VOA"
    ['Scott Bobb', 'Scott Bobb', P],
    ['Johannesburg', 'Johannesburg', L],
    [SAID_BACAR, SAID_BACAR, P], // "Education Minister" is a title
    ['Said Bacar', SAID_BACAR, P], // "Government spokesman Said Bacar"
    [BACAR, BACAR, P], // "dissident Mohamed Bacar" (twice), "Mohamed Bacar was elected"
    ['[Mohamed] Bacar', BACAR, P], // the quotation's bracketed insertion, one span
    ['Moheli Island', 'Mohéli', L],
    ['Moheli', 'Mohéli', L], // "taken back to Moheli"
    ['Arab League', 'Arab League', O],
    ['European Union', 'European Union', O],
    [US, US, L],
    ['Tanzania', 'Tanzania', L],
    ['Senegal', 'Senegal', L],
    ['Sudan', 'Sudan', L],
    ['Libya', 'Libya', L],
    // "Southern Africa Bureau" (VOA's bureau) is not annotated — a choice; "Tuesday", "last month", "seven years ago" and
    // "last year" have no date line in the stored text and are left out (the doc has no event date).
  ],
  event_dates: [],
  attributions: [
    { actor: 'Comoros', action: 'its troops captured three rebel soldiers (officers of Mohamed Bacar\'s militia) during a brief incursion onto the island', target_or_event: 'Anjouan', according_to: SAID_BACAR },
    { actor: BACAR, action: 'dissident who controls the breakaway island', target_or_event: 'Anjouan', according_to: VOA },
    { actor: BACAR, action: 'has committed serious human rights violations; the government wants to put him on trial', target_or_event: 'Anjouan', according_to: SAID_BACAR },
    { actor: AU, action: 'announced support for military intervention; its force of troops from Tanzania, Senegal and Sudan arriving for a possible assault', target_or_event: 'Anjouan', according_to: VOA },
    { actor: 'Arab League', action: 'announced support for military intervention', target_or_event: 'Anjouan', according_to: VOA },
    { actor: 'European Union', action: 'announced support for military intervention', target_or_event: 'Anjouan', according_to: VOA },
    { actor: US, action: 'announced support for military intervention', target_or_event: 'Anjouan', according_to: VOA },
  ],
},
{
  file: '05-voa-2008-violent-protests-erupt-in-mongolia.txt', mentions: true,
  surfaces: [
    ['Mongolia', 'Mongolia', L], // title line, "Protesters in Mongolia"
    [MPRP, MPRP, O], // twice
    ['Ulan Bator', 'Ulaanbaatar', L],
    ['Mongolian Democratic Party', 'Democratic Party (Mongolia)', O],
    ['Gobi', 'Gobi Desert', L], // "the Gobi desert" (lower-case "desert" left out, as holdout20's "Masvingo province")
    // "every Mongolian" is a demonym; "Tuesday", "Sunday's" and "today" have no date line in the stored text.
  ],
  event_dates: [
    { event: 'The ruling party introduced multi-party democracy and market reforms ("in the 1990s")', date: '1990/1999' },
  ],
  attributions: [
    { actor: 'protesters', action: 'clashed with police and set fire to the offices (headquarters) of the ruling party, blocking firefighters', target_or_event: MPRP, according_to: VOA },
    { actor: MPRP, action: 'accused of voter fraud in the parliamentary elections', target_or_event: 'parliamentary elections', according_to: 'protesters' },
    { actor: 'police', action: 'fired rubber bullets and tear gas', target_or_event: 'protesters', according_to: VOA },
  ],
},
{
  file: '06-voa-2023-eswatini-activists-murder-sparks-outrage.txt', mentions: true,
  surfaces: [
    [VOA, VOA, O], // the byline
    ['Johannesburg', 'Johannesburg', L],
    ['South Africa', 'South Africa', L], // dateline, "bordering South Africa"
    ['Eswatini', 'Eswatini', L],
    ['Swaziland', 'Eswatini', L], // "formerly known as Swaziland"
    [MASEKO, MASEKO, P],
    ['Maseko', MASEKO, P],
    ['U.N.', 'United Nations', O],
    ['Africa', 'Africa', L], // "Africa's last remaining absolute monarchy"
    ['southern Africa', 'Southern Africa', L], // "Amnesty International's southern Africa spokesman"
    [MSWATI, MSWATI, P], // "King Mswati III", "the king, Mswati III"
    ['United Nations General Assembly', 'United Nations General Assembly', O],
    ['Robert Shivambu', 'Robert Shivambu', P],
    ['Shivambu', 'Robert Shivambu', P],
    ['Amnesty International', 'Amnesty International', O],
    ['Mozambique', 'Mozambique', L],
    // "American University's Washington College of Law" (a school) is not annotated; "Western embassies", "rights
    // groups" are generic; "British" is an adjective.
  ],
  event_dates: [
    { event: 'Thulani Maseko shot dead at his home ("Saturday", before the dateline of Wednesday 25 Jan 2023)', date: '2023-01-21' },
    { event: 'King Mswati III addressed the UN General Assembly (caption, "Sept. 25, 2019")', date: '2019-09-25' },
    { event: 'Maseko jailed for more than a year ("in 2014")', date: '2014' },
    { event: 'The king has ruled Eswatini ("since 1986")', date: '1986' },
  ],
  attributions: [
    { actor: 'unknown gunmen', action: 'shot him dead at his home', target_or_event: MASEKO_KILLING, according_to: VOA },
    { actor: 'Eswatini', action: 'criticized speculation it may have been responsible for the killing (denies responsibility); pledged to investigate', target_or_event: MASEKO_KILLING, according_to: 'Eswatini' },
    { actor: 'Eswatini', action: 'made him a target in the past for his criticism of the government', target_or_event: MASEKO, according_to: 'rights groups' },
    { actor: 'Eswatini', action: 'jailed him for more than a year in 2014', target_or_event: MASEKO, according_to: VOA },
    { actor: MSWATI, action: 'spoke against activists challenging his rule, just hours before the killing', target_or_event: MASEKO_KILLING, according_to: VOA },
    { actor: 'Amnesty International', action: 'called the killing cold-blooded and unlawful; called for an investigation separate from the government and for his killers to be brought to trial', target_or_event: MASEKO_KILLING, according_to: 'Robert Shivambu' },
  ],
},
{
  file: '07-wikipedia-1904-assassination-of-nikolay-bobrikov.txt', mentions: true,
  surfaces: [
    [BOBRIKOV, BOBRIKOV, P], // heading, lead (twice), "the Tsar appointed Nikolay Bobrikov"
    ['Bobrikov', BOBRIKOV, P],
    [SCHAUMAN, SCHAUMAN, P],
    ['Schauman', SCHAUMAN, P],
    ['Finland', 'Finland', L], // "Governor-General of Finland" (the country inside an office's title counts), the grand duchy
    ['Senate of Finland', 'Senate of Finland', O], // the country inside the body's name is not separate
    ['Government Palace', 'Government Palace (Helsinki)', L], // the attack venue
    ['Russian Empire', 'Russian Empire', L], // a state
    ['Nicholas II', 'Nicholas II of Russia', P], // "the Russian Tsar" ("Tsar" is a title)
    // "Finnish", "Russian", "Swedish-speaking" are adjectives; "Finns" a demonym; the February Manifesto and the
    // Language Manifesto are orders (not annotated); "shooting clubs" generic. The assassination's date is missing from
    // the stored lead ("took place on when") and is not supplied.
  ],
  event_dates: [
    { event: 'Finland an autonomous grand duchy within the Russian Empire ("Between 1809 and 1917")', date: '1809/1917' },
    { event: 'The Tsar appointed Nikolay Bobrikov Governor-General of Finland ("In 1898")', date: '1898' },
    { event: 'The Tsar pursued a policy of Russification ("From 1899")', date: '1899' },
  ],
  attributions: [
    { actor: SCHAUMAN, action: 'shot and killed the Governor-General of Finland on a staircase in the Government Palace, then turned his gun on himself', target_or_event: BOBRIKOV_ASSN, according_to: WP },
    { actor: SCHAUMAN, action: 'claimed he was not party to any conspiracy and acted alone (denies a conspiracy)', target_or_event: BOBRIKOV_ASSN, according_to: SCHAUMAN },
  ],
},
{
  file: '08-wikipedia-1925-st-nedelya-church-bombing.txt', mentions: true,
  surfaces: [
    ['St. Nedelya Church', NEDELYA, L], // the heading (the attack venue inside the event's name)
    ['St Nedelya Church', NEDELYA, L], // infobox Location, lead (twice)
    [BCP, BCP, O], // infobox Perpetrator
    ['Sofia', 'Sofia', L],
    ['Bulgaria', 'Bulgaria', L], // "Sofia, Bulgaria", "the future leader of Bulgaria"
    [MO, MO, O], // one span (the party's name inside the unit's name is not separate)
    ['Military Organization', MO, O], // "The Military Organization (MO) of the BCP": three spans
    ['MO', MO, O],
    ['BCP', BCP, O],
    ['Communist Party', BCP, O], // "the Communist Party found itself"
    ['Soviet Military Intelligence', 'Soviet Military Intelligence', O], // a named service (one span — a choice)
    ['Konstantin Georgiev', 'Konstantin Georgiev', P], // "General" is a title
    ['Europe', 'Europe', L],
    ['Air India Flight 182', '', N], // another event's name (an airline's flight) — blocked
    ['Bulgarian Supreme Court of Appeal', 'Bulgarian Supreme Court of Appeal', O],
    ['Special Punitive Group', 'Special Punitive Group', O],
    ['Yako Dorosiev', 'Yako Dorosiev', P],
    ['Ivan Minkov', 'Ivan Minkov', P], // "Captain" is a title
    ['Minkov', 'Ivan Minkov', P],
    ['Valko Chervenkov', 'Valko Chervenkov', P],
    ['Kosta Yankov', 'Kosta Yankov', P], // "Major" is a title
    // "Bulgarian" is an adjective; "the September Uprising" (an uprising, as wars) and "the Central Committee of the BCP"
    // (the party's organ; BCP annotated) are not annotated — choices; "shestorki" is a common noun.
  ],
  event_dates: [
    { event: 'The St Nedelya Church bombing ("16 April 1925")', date: '1925-04-16' },
    { event: 'General Konstantin Georgiev killed in a previous communist assault ("14 April", the bombing\'s year)', date: '1925-04-14' },
    { event: 'Air India Flight 182 ("in 1985")', date: '1985' },
    { event: 'The failure of the September Uprising ("in 1923")', date: '1923' },
    { event: 'The BCP prohibited by the Bulgarian Supreme Court of Appeal ("2 April 1924")', date: '1924-04-02' },
  ],
  attributions: [
    { actor: BCP, action: 'perpetrator (infobox "Perpetrator"; motive far-left extremism)', target_or_event: NEDELYA_BOMBING, according_to: WP },
    { actor: MO, action: 'a group of it blew up the church\'s roof during the funeral service of General Konstantin Georgiev, killing over 200 people', target_or_event: NEDELYA_BOMBING, according_to: WP },
    { actor: 'Soviet Military Intelligence', action: 'directed and supplied the group that carried out the bombing', target_or_event: NEDELYA_BOMBING, according_to: WP },
    { actor: 'communists', action: 'killed General Konstantin Georgiev in a previous communist assault', target_or_event: 'Konstantin Georgiev', according_to: WP },
    { actor: 'Bulgarian Supreme Court of Appeal', action: 'prohibited the party', target_or_event: BCP, according_to: WP },
    { actor: MO, action: 'set up small isolated groups (shestorki) that carried out individual attacks', target_or_event: 'individual attacks', according_to: WP },
    { actor: 'Ivan Minkov', action: 'led the Military Organization of the BCP (with Kosta Yankov); member of the Special Punitive Group', target_or_event: MO, according_to: WP },
    { actor: 'Kosta Yankov', action: 'led the Military Organization of the BCP (with Ivan Minkov)', target_or_event: MO, according_to: WP },
  ],
},
{
  file: '09-wikipedia-1939-assassination-of-armand-calinescu.txt', mentions: true,
  surfaces: [
    [CALINESCU, CALINESCU, P], // heading, infobox Title and Deaths, lead
    ['Călinescu', CALINESCU, P],
    ['Cotroceni', 'Cotroceni', L],
    ['Bucharest', 'Bucharest', L],
    ['Romania', 'Romania', L], // infobox Location, "Prime Minister of Romania" (twice), "Romania's ambassador", "returned to Romania"
    ['Radu Andone', 'Radu Andone', P],
    [IRON_GUARD, IRON_GUARD, O],
    [SIMA, SIMA, P],
    ['Sima', SIMA, P], // "a supporter of Sima"
    ['Steglitz', 'Steglitz', L],
    ['Romanian Athenaeum', 'Romanian Athenaeum', L], // the target of an earlier attack (an attack venue)
    ['Dâmbovița River', 'Dâmbovița River', L],
    ['Nicolae Titulescu', 'Nicolae Titulescu', P],
    ['Dinu Brătianu', 'Dinu Brătianu', P],
    ['Gabriel Marinescu', 'Gabriel Marinescu', P], // "General" is a title
    ['Germany', 'Germany', L], // "exiled in Germany", "representatives of Germany"
    ['Alfred Rosenberg', 'Alfred Rosenberg', P],
    ['NSDAP Office of Foreign Affairs', 'NSDAP Office of Foreign Affairs', O], // one span
    ['SD', 'Sicherheitsdienst', O], // "possible SD backing"
    ['Fascist Italy', ITALY, L], // a state (as holdout18's French Third Republic)
    ['Copenhagen', 'Copenhagen', L],
    ['Mihail R. Sturdza', 'Mihail R. Sturdza', P],
    ['Denmark', 'Denmark', L],
    ['Mihai Vârfureanu', 'Mihai Vârfureanu', P],
    ['Dumitru "Miti" Dumitrescu', 'Dumitru Dumitrescu', P], // one span with the nickname inside (as holdout20's José ("Pupo") Román)
    ['Gestapo', 'Gestapo', O],
    ['Hungary', 'Hungary', L],
    ['Cezar Popescu', 'Cezar Popescu', P],
    ['Traian Popescu', 'Traian Popescu', P],
    ['Ion Moldoveanu', 'Ion Moldoveanu', P],
    ['Ion R. Ionescu', 'Ion R. Ionescu', P],
    ['Ion Vasiliu', 'Ion Vasiliu', P],
    // "Nazi", "German", "Legionary", "Romanian" are adjectives; "historian ," has lost its name in the stored text.
  ],
  event_dates: [
    { event: 'Armand Călinescu assassinated in Bucharest ("21 September 1939")', date: '1939-09-21' },
    { event: 'The Legionary leadership exiled in Germany received NSDAP support ("in 1938")', date: '1938' },
    { event: 'Representatives of Germany, Fascist Italy and the Iron Guard met in Copenhagen ("On 1 September 1939")', date: '1939-09-01' },
  ],
  attributions: [
    { actor: IRON_GUARD, action: 'accused (infobox "Accused": members of the Iron Guard with Nazi support)', target_or_event: CALINESCU_ASSN, according_to: WP },
    { actor: IRON_GUARD, action: 'hundreds of its members, including the 9 assassins, summarily executed (infobox "Sentence")', target_or_event: CALINESCU_ASSN, according_to: WP },
    { actor: IRON_GUARD, action: 'its members assassinated the Prime Minister in Bucharest', target_or_event: CALINESCU_ASSN, according_to: WP },
    { actor: SIMA, action: 'directly led the Iron Guard members who carried out the assassination', target_or_event: CALINESCU_ASSN, according_to: WP },
    { actor: IRON_GUARD, action: 'several earlier assassination attempts, including an attack on the Romanian Athenaeum and bombing a bridge over the Dâmbovița River', target_or_event: CALINESCU, according_to: WP },
    { actor: 'Germany', action: 'the action was carried out with German approval and assistance', target_or_event: CALINESCU_ASSN, according_to: WP },
    { actor: 'NSDAP Office of Foreign Affairs', action: 'supported the Legionary leadership exiled in Germany', target_or_event: IRON_GUARD, according_to: 'historian (name missing in the text)' },
    { actor: 'Sicherheitsdienst', action: 'possible backing for the assassination', target_or_event: CALINESCU_ASSN, according_to: 'historian (name missing in the text)' },
    { actor: 'Germany', action: 'representatives met in Copenhagen to discuss the killing', target_or_event: CALINESCU_ASSN, according_to: WP },
    { actor: ITALY, action: 'representatives met in Copenhagen to discuss the killing', target_or_event: CALINESCU_ASSN, according_to: WP },
    { actor: IRON_GUARD, action: 'representatives met in Copenhagen to discuss the killing', target_or_event: CALINESCU_ASSN, according_to: WP },
    { actor: 'Mihail R. Sturdza', action: 'met the representatives in Copenhagen to discuss the killing (a supporter of Sima)', target_or_event: CALINESCU_ASSN, according_to: WP },
    { actor: 'Dumitru Dumitrescu', action: 'member of the death squad (trained by the Gestapo)', target_or_event: CALINESCU_ASSN, according_to: WP },
    { actor: 'Cezar Popescu', action: 'member of the death squad', target_or_event: CALINESCU_ASSN, according_to: WP },
    { actor: 'Traian Popescu', action: 'member of the death squad', target_or_event: CALINESCU_ASSN, according_to: WP },
    { actor: 'Ion Moldoveanu', action: 'member of the death squad', target_or_event: CALINESCU_ASSN, according_to: WP },
    { actor: 'Ion R. Ionescu', action: 'member of the death squad', target_or_event: CALINESCU_ASSN, according_to: WP },
    { actor: 'Ion Vasiliu', action: 'member of the death squad', target_or_event: CALINESCU_ASSN, according_to: WP },
  ],
},
{
  file: '10-slider-1955-jose-antonio-remon-cantera.txt', mentions: true,
  surfaces: [
    [REMON, REMON, P], // heading, lead
    ['Jose Antonio Remon', REMON, P], // the redirect line and the name of the other article, as written — a choice
    ['Remón', REMON, P],
    ['Panama', 'Panama', L],
    ['Panama Canal', 'Panama Canal', L], // "the Panama Canal treaty" (the treaty itself is not annotated)
    ['Panama Canal Company', 'Panama Canal Company', O], // a U.S. government corporation — a choice
    ['Eisenhower administration', 'Eisenhower administration', O], // a political administration
    ['Martin Irving Lipstein', 'Martin Irving Lipstein', P],
    ['Lipstein', 'Martin Irving Lipstein', P],
    [MIRO, MIRO, P],
    ['Miró', MIRO, P],
    ['Hipódromo Juan Franco', 'Hipódromo Juan Franco', L], // the racetrack where he was killed (the attack venue)
    [GUIZADO, GUIZADO, P],
    ['Guizado', GUIZADO, P],
    // "American" is an adjective; "another Wikipedia article" is not a cited source (not annotated).
  ],
  event_dates: [
    { event: 'Remón Cantera president of Panama from 1 October 1952', date: '1952-10-01' },
    { event: 'Murder of José Antonio Remón Cantera ("2 January 1955")', date: '1955-01-02' },
    { event: 'His administration began to negotiate amendments to the Panama Canal treaty ("Beginning in 1953")', date: '1953' },
    { event: 'The agreement ratified ("ratified in 1955")', date: '1955' },
    { event: 'Rubén O. Miró confessed to the crime ("January 12th, 1955")', date: '1955-01-12' },
    { event: 'Guizado released from jail ("December 10th, 1957")', date: '1957-12-10' },
  ],
  attributions: [
    { actor: MIRO, action: 'confessed to the crime', target_or_event: REMON_ASSN, according_to: WP },
    { actor: GUIZADO, action: 'indicted (the investigations led to the indictment of Remón\'s Vice President and successor)', target_or_event: REMON_ASSN, according_to: WP },
    { actor: GUIZADO, action: 'accused of being the mastermind behind the murder', target_or_event: REMON_ASSN, according_to: MIRO },
    { actor: MIRO, action: 'the alleged perpetrator of the assassination, acquitted', target_or_event: REMON_ASSN, according_to: WP },
    { actor: MIRO, action: 'perceived as the material killer (the crime has not been formally solved)', target_or_event: REMON_ASSN, according_to: 'the perception in Panama' },
  ],
},
{
  file: '11-wikipedia-1975-richard-ratsimandrava.txt', mentions: true,
  surfaces: [
    [RATSIMANDRAVA, RATSIMANDRAVA, P], // heading, infobox, lead ("Colonel" is a title)
    ['Ratsimandrava', RATSIMANDRAVA, P],
    ['Madagascar', 'Madagascar', L], // "Minister of the Interior of Madagascar", "President of Madagascar" (the country inside an office's title), lead
    ['Gabriel Ramanantsoa', 'Gabriel Ramanantsoa', P, { loose: true }], // infobox "Preceded byGabriel Ramanantsoa" (glued by the copy)
    ['Ramanantsoa', 'Gabriel Ramanantsoa', P], // "the ousting of Ramanantsoa"
    ['Gilles Andriamahazo', 'Gilles Andriamahazo', P, { loose: true }], // infobox "Succeeded byGilles Andriamahazo"
    [NMLC, NMLC, O],
    ['Antananarivo', 'Antananarivo', L], // infobox Born and Died
    ['French Madagascar', 'French Madagascar', L], // a colony (one span)
    ['Democratic Republic of Madagascar', 'Democratic Republic of Madagascar', L], // a state (one span)
    ['French Africa', 'French Africa', L], // "served throughout French Africa" — a choice
    ['Philibert Tsiranana', 'Philibert Tsiranana', P],
    ['Tsiranana', 'Philibert Tsiranana', P], // "former President Tsiranana"
    ['Republican Security Forces', GMP, O],
    ['Groupe Mobile de Police', GMP, O], // "(Groupe Mobile de Police-GMP)": two spans
    ['GMP', GMP, O],
    // "Malagasy", "French" are adjectives; "Merina" an ethnic group; "Saint Cyr military college" a school (not
    // annotated); "From Wikipedia, the free encyclopedia" is page furniture kept as stored (not annotated); the infobox's
    // birth date is not listed (births are not listed, as holdout20).
  ],
  event_dates: [
    { event: 'Assassination of Richard Ratsimandrava ("11 February 1975")', date: '1975-02-11' },
    { event: 'The ousting of Ramanantsoa; Ratsimandrava took office ("February 5, 1975")', date: '1975-02-05' },
    { event: 'Ramanantsoa established a military government ("In 1972")', date: '1972' },
    { event: 'Madagascar gained independence ("in 1960")', date: '1960' },
    { event: 'A conference on the 31st anniversary of the murder ("In 2006")', date: '2006' },
  ],
  attributions: [
    { actor: GMP, action: 'members killed the President (as the new ruling military committee claimed)', target_or_event: RATSI_ASSN, according_to: NMLC },
    { actor: 'several senior officers', action: 'manipulated the army, which led to the ousting of Ramanantsoa', target_or_event: 'Gabriel Ramanantsoa', according_to: WP },
  ],
},
{
  file: '12-wikipedia-2004-assassination-of-zelimkhan-yandarbiyev.txt', mentions: true,
  surfaces: [
    [YANDARBIYEV, YANDARBIYEV, P],
    ['Yandarbiyev', YANDARBIYEV, P],
    ['Doha', 'Doha', L],
    ['Daud', 'Daud Yandarbiyev', P], // "his 13-year-old son Daud", "his son Daud"
    ['SVR', 'Foreign Intelligence Service (Russia)', O],
    ['GRU', 'GRU (Russia)', O], // "SVR or GRU", "two GRU agents"
    ['Aslan Maskhadov', 'Aslan Maskhadov', P],
    ['Foreign Ministry', CHECHEN_FM, O], // "Aslan Maskhadov's separatist Foreign Ministry" (cited for its condemnation)
    ['Dzhokhar Dudayev', 'Dzhokhar Dudayev', P],
    ['Qatar', 'Qatar', L], // "Qatar's first anti-terrorism law", "the embassy in Qatar", "into Qatar"
    ['Aleksandr Fetisov', 'Aleksandr Fetisov', P],
    [YABLOCHKOV, YABLOCHKOV, P],
    ['Belashkov', YABLOCHKOV, P], // "also known as Belashkov"
    ['Yablochkov', YABLOCHKOV, P],
    [PUGACHYOV, PUGACHYOV, P],
    ['Bogachyov', PUGACHYOV, P], // "sometimes misspelled as Bogachyov"
    ['Pugachyov', PUGACHYOV, P],
    ['Russia', 'Russia', L], // "According to Russia", "Russia's acting defence minister"
    ['Sergei Ivanov', 'Sergei Ivanov', P],
    ['Moscow', 'Moscow', L],
    // "Qatari", "Chechen", "Russian" are adjectives; "Russians" a demonym; "the Russian embassy" is a building (not
    // annotated); "the hospital" generic.
  ],
  event_dates: [
    { event: 'Yandarbiyev assassinated by a bomb in his SUV in Doha ("On February 13, 2004")', date: '2004-02-13' },
    { event: 'The attack that killed Dzhokhar Dudayev ("the 1996 attack")', date: '1996' },
    { event: 'Qatari authorities arrested three Russians ("On February 19, 2004")', date: '2004-02-19' },
    { event: 'Aleksandr Fetisov released ("in March")', date: '2004-03' },
    { event: 'Qatari wrestlers detained in Moscow ("on February 28")', date: '2004-02-28' },
  ],
  attributions: [
    { actor: 'Foreign Intelligence Service (Russia)', action: 'suspected of responsibility for the blast (suspicion fell on SVR or GRU)', target_or_event: YAND_ASSN, according_to: WP },
    { actor: 'GRU (Russia)', action: 'suspected of responsibility for the blast (suspicion fell on SVR or GRU)', target_or_event: YAND_ASSN, according_to: WP },
    { actor: 'Foreign Intelligence Service (Russia)', action: 'denied any involvement', target_or_event: YAND_ASSN, according_to: 'Foreign Intelligence Service (Russia)' },
    { actor: 'GRU (Russia)', action: 'denied any involvement', target_or_event: YAND_ASSN, according_to: 'GRU (Russia)' },
    { actor: 'the Chechen rebel leadership', action: 'internal feuding suspected as responsible for the blast', target_or_event: YAND_ASSN, according_to: WP },
    { actor: 'Russia', action: 'blamed: condemned the assassination as a "Russian terrorist attack", comparing it to the 1996 attack that killed Dzhokhar Dudayev', target_or_event: YAND_ASSN, according_to: CHECHEN_FM },
    { actor: YABLOCHKOV, action: 'GRU agent charged with the assassination, the attempted assassination of his son Daud, and smuggling weapons into Qatar', target_or_event: YAND_ASSN, according_to: WP },
    { actor: PUGACHYOV, action: 'GRU agent charged with the assassination, the attempted assassination of his son Daud, and smuggling weapons into Qatar', target_or_event: YAND_ASSN, according_to: WP },
    { actor: 'Russia', action: 'says the two were secret intelligence agents sent to collect information about global terrorism', target_or_event: YAND_ASSN, according_to: 'Russia' },
    { actor: 'Sergei Ivanov', action: 'pledged state support for the suspects and declared their imprisonment illegal', target_or_event: YAND_ASSN, according_to: WP },
  ],
},
];
