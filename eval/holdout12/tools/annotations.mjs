// Single-annotator source annotations for the Dossier extraction TWELFTH held-out set (eval/holdout12).
// Written blind (Dossier's extractor was not run on these texts, and its code was not read), following the
// annotation rules of eval/extraction/README.md and the boundary choices of eval/holdout/README.md to
// eval/holdout11/README.md.
// `node eval/extraction/tools/build_gold.mjs --dir eval/holdout12` turns these into ../gold.json (mention
// offsets by exact string search in JavaScript/UTF-16, then verified).
//
// surfaces: [surface, canonical, type, opts?]  type: organisation|person|place ('none' = blocker span)
//   opts.occ: restrict to these 0-based occurrences of the surface (boundary-valid matches)
//   opts.loose: also match where a letter or digit touches the surface (labels glued to values)
// Longest match wins on overlap; matches must not be preceded/followed by a letter or digit.

const O = 'organisation', P = 'person', L = 'place', N = 'none';

const VOA = 'Voice of America', WP = 'Wikipedia', STATE = 'U.S. Department of State';
const DOJ = 'U.S. Department of Justice';
const HA = 'Minister for Home Affairs (Australia)';
const US = 'United States', UK = 'United Kingdom', IS = 'Islamic State';
const RUDOLPH = 'Eric Robert Rudolph';
const CIRA = 'Continuity Irish Republican Army', RSF = 'Republican Sinn Fein', CAC = 'Continuity Army Council';
const SKD = 'Sonnenkrieg Division', MORRISON = 'Morrison Government';
const AMAQ = 'Amaq News Agency';
const FLQ = 'Front de libération du Québec';
const EAAJAF = 'East Asia Anti-Japan Armed Front', MHI = 'Mitsubishi Heavy Industries';
const ZIPRA = "Zimbabwe People's Revolutionary Army";
const JAM = 'Jamaat al Muslimeen', ABUBAKR = 'Yasin Abu Bakr';
const ERIGNAC = 'Claude Érignac', FLNC = 'National Liberation Front of Corsica';

const OLYMPIC = 'bombing at Centennial Olympic Park, Atlanta (1996-07-27)';
const SANDY = 'bombing of a Sandy Springs, Georgia, family planning clinic (1997-01-16)';
const OTHERSIDE = 'bombing of the Otherside Lounge nightclub, Atlanta (1997-02-21)';
const BHAM = 'bombing of a Birmingham, Alabama family planning clinic (1998-01-29)';
const JAKARTA = 'coordinated bomb and gun attack in central Jakarta (2016)';
const STOCKHOLM = 'truck attack on a shopping street in Stockholm (2017)';
const LONDON = 'March 22 truck attack in London (2017)';
const WALLST = 'Wall Street bombing (1920)';
const MSE = 'Montreal Stock Exchange bombing (1969)';
const MHIB = '1974 Mitsubishi Heavy Industries bombing';
const AR825 = 'shootdown of Air Rhodesia Flight 825 (1978)';
const COUP = 'Jamaat al Muslimeen coup attempt (1990)';
const MURDER = 'assassination of Claude Érignac (1998)';

export const docs = [
{
  file: '01-doj-2005-rudolph-to-plead-guilty-olympic-park-and-clinic-bombings.txt', mentions: true,
  surfaces: [
    [RUDOLPH, RUDOLPH, P],
    ['Rudolph', RUDOLPH, P], // headline and five bare mentions
    ['WASHINGTON, D.C.', 'Washington, D.C.', L], // dateline
    ['Department of Justice', DOJ, O],
    ['Centennial Olympic Park', 'Centennial Olympic Park', L], // attack venue (twice)
    ['Atlanta', 'Atlanta', L], // also "the three Atlanta bombings" (a place name inside an event's name)
    ['Midtown Atlanta', 'Midtown Atlanta', L], // "a Midtown Atlanta nightclub": the district, one span (longest match)
    ['Birmingham', 'Birmingham', L], // also "Birmingham Police Officer" (a place inside an office's title)
    ['Alabama', 'Alabama', L],
    ['Northern District of Georgia', 'Northern District of Georgia', L], // as eval/holdout's Eastern District of Virginia
    ['Northern District of Alabama', 'Northern District of Alabama', L],
    ['Murphy', 'Murphy, North Carolina', L],
    ['North Carolina', 'North Carolina', L],
    ['Alice Hawthorne', 'Alice Hawthorne', P],
    ['Sandy Springs', 'Sandy Springs', L],
    ['Georgia', 'Georgia (U.S. state)', L],
    ['Otherside Lounge', 'Otherside Lounge', L], // attacked nightclub (venue)
    ['Robert Sanderson', 'Robert Sanderson', P],
    ['Emily Lyons', 'Emily Lyons', P],
    ['U.S.', US, L], // "U.S. District Judge" twice (a country inside an office's title, as holdout10)
    ['Lynwood Smith', 'Lynwood Smith', P],
    ['U.S. Marshal’s Service', 'U.S. Marshals Service', O],
    ['Charles A. Pannell, Jr.', 'Charles A. Pannell, Jr.', P],
    ['U.S. Attorneys’ Offices', "U.S. Attorneys' Offices", O], // "the U.S. Attorneys’ Offices in Birmingham and Atlanta"
    // "Olympics", "Olympic spectator", "Eastern Time", "Central Time" are not annotated (an event's name, time zones).
  ],
  // "today" (the announcement) has no date in the body and is left out; "Wednesday, April 13" takes the year of the
  // release (2005).
  event_dates: [
    { event: 'Bombing attack at Centennial Olympic Park', date: '1996-07-27' },
    { event: 'Bombing attack on a Sandy Springs, Georgia, family planning clinic', date: '1997-01-16' },
    { event: 'Bombing attack on the Otherside Lounge nightclub in Midtown Atlanta', date: '1997-02-21' },
    { event: 'Bombing attack on a Birmingham family planning clinic', date: '1998-01-29' },
    { event: 'Rudolph scheduled to plead guilty in Birmingham and Atlanta ("Wednesday, April 13")', date: '2005-04-13' },
  ],
  attributions: [
    { actor: RUDOLPH, action: 'will plead guilty to federal charges stemming from (the fatal attack at)', target_or_event: OLYMPIC, according_to: DOJ },
    { actor: RUDOLPH, action: 'will plead guilty to federal charges stemming from (the fatal attack at)', target_or_event: BHAM, according_to: DOJ },
    { actor: RUDOLPH, action: 'agreed to plead guilty to (the three Atlanta bombings)', target_or_event: SANDY, according_to: DOJ },
    { actor: RUDOLPH, action: 'agreed to plead guilty to (the three Atlanta bombings)', target_or_event: OTHERSIDE, according_to: DOJ },
    { actor: RUDOLPH, action: 'was charged in the Northern District of Georgia for the bombing attack at', target_or_event: OLYMPIC, according_to: DOJ },
    { actor: RUDOLPH, action: 'was charged in the Northern District of Georgia for the bombing attack on', target_or_event: SANDY, according_to: DOJ },
    { actor: RUDOLPH, action: 'was charged in the Northern District of Georgia for the bombing attack on', target_or_event: OTHERSIDE, according_to: DOJ },
    { actor: RUDOLPH, action: 'was indicted in the Northern District of Alabama for the bombing attack on', target_or_event: BHAM, according_to: DOJ },
  ],
},
{
  file: '02-state-2004-continuity-ira-fto-designation.txt', mentions: true,
  surfaces: [
    [CIRA, CIRA, O], // headline and three times in the body
    ['CONTINUITY IRISH REPUBLICAN ARMY', CIRA, O], // the statement's capitalised heading
    [CAC, CAC, O], // a designated alias, kept as its own organisation (dev-set rule); twice
    [RSF, RSF, O], // alias twice, and "the clandestine armed wing of Republican Sinn Fein"
    ['United States', US, L], // three times
    ['U.S.', US, L], // "U.S. financial institutions" (twice), "U.S. efforts", "U.S. law", "U.S. jurisdiction"
    ['State Department', STATE, O], // "the State Department announcement"
    ['U.S. DEPARTMENT OF STATE', STATE, O],
    ['Office of the Spokesman', 'Office of the Spokesman', O], // as eval/holdout and holdout5
    ['Richard Boucher', 'Richard Boucher', P],
    ['Belfast', 'Belfast', L],
    ['Northern Ireland', 'Northern Ireland', L],
    // "Secretary of State", "Attorney General", "Secretary of the Treasury" are titles; the Immigration and
    // Nationality Act is a law.
  ],
  event_dates: [
    { event: 'Continuity Irish Republican Army designated as a foreign terrorist organization (dateline and statement)', date: '2004-07-13' },
    { event: 'Continuity Irish Republican Army active as a terrorist group since', date: '1994' },
  ],
  attributions: [
    { actor: STATE, action: 'has designated (the Secretary of State) as a foreign terrorist organization, along with its aliases', target_or_event: CIRA, according_to: STATE },
    { actor: CAC, action: 'is an alias of', target_or_event: CIRA, according_to: STATE },
    { actor: RSF, action: 'is an alias of', target_or_event: CIRA, according_to: STATE },
    { actor: CIRA, action: 'originally formed as the clandestine armed wing of', target_or_event: RSF, according_to: STATE },
    { actor: CIRA, action: 'has carried out terrorist bombings and shootings primarily in Belfast and the border areas of', target_or_event: 'Northern Ireland', according_to: STATE },
  ],
},
{
  file: '03-australia-2021-sonnenkrieg-division-listed.txt', mentions: true,
  surfaces: [
    [MORRISON, MORRISON, O], // a political administration (holdout11's canonical)
    [SKD, SKD, O], // twice
    ['SKD', SKD, O], // six times (also "SKD’s", twice)
    ['Peter Dutton', 'Peter Dutton', P],
    ['Dutton', 'Peter Dutton', P], // "Mr Dutton said"
    ['United Kingdom', UK, L],
    // "Minister for Home Affairs" is a title; "the Government" a generic reference; the Criminal Code a law.
  ],
  event_dates: [
    { event: 'Regulations made to list the Sonnenkrieg Division as a terrorist organisation (the release\'s date line)', date: '2021-03-22' },
  ],
  attributions: [
    { actor: MORRISON, action: 'has made regulations to list for the first time as a terrorist organisation under the Criminal Code', target_or_event: SKD, according_to: HA },
    { actor: SKD, action: 'adheres to an abhorrent, violent ideology that encourages', target_or_event: 'lone-wolf terrorist actors', according_to: 'Peter Dutton' },
    { actor: 'Members of SKD', action: 'have been convicted of terrorist offences in the United Kingdom (encouraging terrorism, preparing for a terrorist attack, dissemination of terrorist material)', target_or_event: 'terrorist offences', according_to: 'Peter Dutton' },
    { actor: SKD, action: 'active promotion and encouragement of terrorism has the potential to inspire', target_or_event: 'extremists across the world', according_to: 'Peter Dutton' },
  ],
},
{
  file: '04-voa-2016-islamic-state-claims-deadly-jakarta-attack.txt', mentions: true,
  surfaces: [
    ['Islamic State', IS, O], // headline, "the Islamic State group", "Islamic State has claimed", "Islamic State-linked", "leaders of Islamic State"
    ['IS', IS, O], // "an IS-affiliated group", "[Indonesian IS fighter]"
    ['Jakarta', 'Jakarta', L], // also "The Jakarta police chief"
    ['Indonesia', 'Indonesia', L],
    ['VOA', VOA, O], // "VOA Correspondent Steve Herman"
    ['Steve Herman', 'Steve Herman', P],
    ['Aamaq News Agency', AMAQ, O], // as written
    ['Anton Charliyan', 'Anton Charliyan', P],
    ['Paris', 'Paris', L], // "the November Paris terror attacks" (a place inside an event's name)
    ['Syria', 'Syria', L],
    ['Southeast Asia', 'Southeast Asia', L],
    ['Tito Karnavian', 'Tito Karnavian', P],
    ['Bahrun Naim', 'Bahrun Naim', P],
    ['Starbucks', 'Starbucks (Jakarta)', L], // "a parking lot of a Starbucks": the attacked café (venue) — a choice
    // "Canadian", "Indonesian" are adjectives; "national police", "a small police station" are generic.
  ],
  // The story is dated January 15, 2016 by its page; "Thursday's ... attack" is 2016-01-14, "the November Paris
  // terror attacks" 2015-11.
  event_dates: [
    { event: 'Coordinated bomb and gun attack in central Jakarta ("Thursday\'s")', date: '2016-01-14' },
    { event: 'Paris terror attacks ("the November Paris terror attacks")', date: '2015-11' },
  ],
  attributions: [
    { actor: IS, action: 'has claimed responsibility for', target_or_event: JAKARTA, according_to: VOA },
    { actor: IS, action: 'the attack targeted foreign nationals and security forces charged with protecting them', target_or_event: JAKARTA, according_to: AMAQ },
    { actor: AMAQ, action: 'is linked to (Islamic State-linked)', target_or_event: IS, according_to: VOA },
    { actor: 'an IS-affiliated group', action: 'was probably behind the assault', target_or_event: JAKARTA, according_to: 'Anton Charliyan' },
    { actor: 'Bahrun Naim', action: 'plotted this attack', target_or_event: JAKARTA, according_to: 'Tito Karnavian' },
    { actor: 'Bahrun Naim', action: 'is an Indonesian IS fighter in Syria', target_or_event: IS, according_to: VOA },
    { actor: 'five attackers', action: 'carried out (some blew themselves up; all five killed)', target_or_event: JAKARTA, according_to: VOA },
  ],
},
{
  file: '05-voa-2017-uzbek-man-is-main-suspect-in-swedish-truck-killings.txt', mentions: true,
  surfaces: [
    ['VOA', VOA, O], // byline "VOA News"
    ['Sweden', 'Sweden', L], // "Sweden's national police", "Sweden's King"
    ['Dan Eliasson', 'Dan Eliasson', P],
    ['Eliasson', 'Dan Eliasson', P],
    ['London', 'London', L], // twice
    ['Parliament', 'Parliament of the United Kingdom', O], // "near Parliament" (bare Parliament, as holdout9)
    ['Islamic State', IS, O],
    ['Stockholm', 'Stockholm', L], // "the Stockholm killings", "Stockholm's central train station"
    ['Spendrups', 'Spendrups', O], // the beer maker (a company, as holdout11's Imex Group)
    ['Ahlens Department Store', 'Ahlens Department Store', L], // the store the truck crashed into (venue)
    ['Drottninggatan', 'Drottninggatan', L], // the attacked pedestrian street
    ['Carl Gustaf', 'Carl XVI Gustaf', P], // "Sweden's King Carl Gustaf" (title left out)
    ['Brazil', 'Brazil', L],
    // "Swedish", "Uzbek" are adjectives; "the Swedish capital" names no place.
  ],
  // The story is dated Saturday 8 April 2017 ("Last Updated"): "Friday's attack" is 2017-04-07.
  event_dates: [
    { event: 'Stolen truck rammed into an upscale shopping hub in Stockholm ("Friday\'s attack")', date: '2017-04-07' },
    { event: 'Truck attack in London near Parliament ("a March 22 truck attack")', date: '2017-03-22' },
  ],
  attributions: [
    { actor: 'a 39-year-old Uzbek national', action: 'suspected of ramming a stolen truck into an upscale shopping hub, killing four people', target_or_event: STOCKHOLM, according_to: VOA },
    { actor: 'a 39-year-old Uzbek national', action: 'nothing indicates we have the wrong person; suspicions have strengthened', target_or_event: STOCKHOLM, according_to: 'Dan Eliasson' },
    { actor: IS, action: 'claimed (Islamic State extremists)', target_or_event: LONDON, according_to: VOA },
  ],
},
{
  file: '06-wikipedia-1920-wall-street-bombing.txt', mentions: true,
  surfaces: [
    ['Wall Street', 'Wall Street', L], // the title line's event name, "on Wall Street", "23 Wall Street"
    ['New York City', 'New York City', L], // three times
    ['New York', 'New York (state)', L], // "Location New York City, New York"
    ['Financial District', 'Financial District, Manhattan', L], // twice
    ['Galleanists', 'Galleanists', O], // infobox perpetrators
    ['J.P. Morgan Inc.', 'J.P. Morgan & Co.', O], // "the J.P. Morgan Inc. bank"
    ['Morgan', 'J.P. Morgan & Co.', O], // "the Morgan building" (a name used attributively)
    ['Cedar Street', 'Cedar Street', L],
    ['Broadway', 'Broadway', L],
    ['American Anarchist Fighters', 'American Anarchist Fighters', O], // the warning note's signature
    // "Bath School disaster": a school's name inside an event's name (not an attack venue here), not annotated;
    // "American soil", "Italian anarchists" are adjectives.
  ],
  event_dates: [
    { event: 'Wall Street bombing (infobox and lead)', date: '1920-09-16' },
  ],
  attributions: [
    { actor: 'Galleanists', action: 'are suspected (perpetrators unknown; infobox)', target_or_event: WALLST, according_to: WP },
    { actor: 'American Anarchist Fighters', action: 'signed the warning note placed shortly before the bomb exploded ("Free the political prisoners")', target_or_event: WALLST, according_to: WP },
  ],
},
{
  file: '07-wikipedia-front-de-liberation-du-quebec.txt', mentions: true,
  surfaces: [
    [FLQ, FLQ, O], // title line and lead
    ['FLQ', FLQ, O], // five times
    ['Charles Gagnon', 'Charles Gagnon', P, { loose: true }], // glued: "LeadersCharles Gagnon"
    ['Gabriel Hudon', 'Gabriel Hudon', P],
    ['Georges Schoeters', 'Georges Schoeters', P],
    ['Jacques Lanctôt', 'Jacques Lanctôt', P],
    ['Pierre-Paul Geoffroy', 'Pierre-Paul Geoffroy', P],
    ['Pierre Vallières', 'Pierre Vallières', P],
    ['Raymond Villeneuve', 'Raymond Villeneuve', P],
    ['Canada', 'Canada', L, { loose: true }], // glued "CountryCanada", and "from Canada"
    ['Quebec', 'Quebec', L, { loose: true }], // glued "Active regionsQuebec"; also attributive "Quebec separatist", "Quebec Labour Minister", "the Quebec government"
    ['Montreal Stock Exchange', 'Montreal Stock Exchange', L, { loose: true }], // the bombed venue, inside "Montreal Stock Exchange bombing" (twice; glued in the infobox "Notable attacksMontreal …")
    ['James Cross', 'James Cross', P],
    ['Pierre Laporte', 'Pierre Laporte', P],
    ['Cuba', 'Cuba', L],
    ['Réseau de résistance', 'Réseau de résistance', O], // infobox "Preceded by"
    // "Canadian government", "British", "Anglo-Saxon", "French-speaking" are adjectives; "October Crisis" holds no
    // place name; "[fr]" language marks are kept as stored.
  ],
  event_dates: [
    { event: 'FLQ dates of operation (infobox)', date: '1963/1971' },
    { event: 'FLQ conducted a number of attacks', date: '1963/1970' },
    { event: 'Montreal Stock Exchange bombing', date: '1969' },
    { event: 'October Crisis (kidnappings of James Cross and Pierre Laporte)', date: '1970' },
  ],
  attributions: [
    { actor: 'Charles Gagnon', action: 'leader of (infobox "Leaders")', target_or_event: FLQ, according_to: WP },
    { actor: 'Gabriel Hudon', action: 'leader of (infobox "Leaders")', target_or_event: FLQ, according_to: WP },
    { actor: 'Georges Schoeters', action: 'leader of (infobox "Leaders")', target_or_event: FLQ, according_to: WP },
    { actor: 'Jacques Lanctôt', action: 'leader of (infobox "Leaders")', target_or_event: FLQ, according_to: WP },
    { actor: 'Pierre-Paul Geoffroy', action: 'leader of (infobox "Leaders")', target_or_event: FLQ, according_to: WP },
    { actor: 'Pierre Vallières', action: 'leader of (infobox "Leaders")', target_or_event: FLQ, according_to: WP },
    { actor: 'Raymond Villeneuve', action: 'leader of (infobox "Leaders")', target_or_event: FLQ, according_to: WP },
    { actor: 'Réseau de résistance', action: 'preceded (infobox "Preceded by")', target_or_event: FLQ, according_to: WP },
    { actor: 'Canada', action: 'considered a terrorist group (the Canadian government)', target_or_event: FLQ, according_to: WP },
    { actor: FLQ, action: 'conducted a number of attacks (over 160 violent incidents, killing eight people)', target_or_event: 'attacks between 1963 and 1970', according_to: WP },
    { actor: FLQ, action: 'notable attack (infobox); attacks culminated with', target_or_event: MSE, according_to: WP },
    { actor: FLQ, action: 'kidnapping (the October Crisis began with the kidnapping of British Trade Commissioner)', target_or_event: 'James Cross', according_to: WP },
    { actor: 'a cell of the FLQ', action: 'kidnapped and murdered', target_or_event: 'Pierre Laporte', according_to: WP },
  ],
},
{
  file: '08-wikipedia-1974-mitsubishi-heavy-industries-bombing.txt', mentions: true,
  surfaces: [
    [MHI, MHI, O], // the company, also inside the event's name (title line, lead twice, "the Mitsubishi Heavy Industries headquarters", "against Mitsubishi Heavy Industries")
    ['Marunouchi', 'Marunouchi', L],
    ['Chiyoda', 'Chiyoda', L],
    ['Tokyo', 'Tokyo', L], // infobox, lead, "Tokyo subway sarin attack"
    ['Japan', 'Japan', L], // infobox, "Tokyo, Japan", "in Japan until", "committed by Japan"
    ['Empire of Japan', 'Empire of Japan', L], // a state (longest match)
    [EAAJAF, EAAJAF, O], // infobox "Perps", lead, background
    ['EAAJAF', EAAJAF, O], // five times (also "EAAJAF's")
    ['United States', US, L],
    ['North Vietnam', 'North Vietnam', L],
    ['Vietnam', 'Vietnam', L], // "Vietnam War" (a place inside an event's name)
    ['Hirohito', 'Hirohito', P], // "Emperor Hirohito's" (title left out)
    ['Mun Se-gwang', 'Mun Se-gwang', P],
    ['Chongryon', 'Chongryon', O],
    ['Park Chung-hee', 'Park Chung-hee', P], // "President" left out
    ['South Korea', 'South Korea', L],
    // The Japanese name (三菱重工爆破事件) is not annotated (no word boundary for the company's name inside it);
    // "New Left" (a movement), "Pacific War" (an adjective), "Rainbow Operation" (an operation's name),
    // "Korean-Japanese", "Japanese", "anti-Japanese" are not annotated.
  ],
  event_dates: [
    { event: 'Bombing of the Mitsubishi Heavy Industries headquarters (infobox and lead)', date: '1974-08-30' },
    { event: 'Tokyo subway sarin attack', date: '1995' },
    { event: 'EAAJAF founded', date: '1972' },
    { event: 'EAAJAF\'s predecessor organization launched a campaign of non-fatal bombings', date: '1971' },
    { event: 'EAAJAF tried to blow up the bridge under Emperor Hirohito\'s royal train ("Rainbow Operation")', date: '1974-08-14' },
    { event: 'Mun Se-gwang attempted to assassinate President Park Chung-hee ("The following day")', date: '1974-08-15' },
  ],
  attributions: [
    { actor: EAAJAF, action: 'perpetrators (infobox "Perps")', target_or_event: MHIB, according_to: WP },
    { actor: EAAJAF, action: 'committed the bombing, against Mitsubishi Heavy Industries for supplying the United States against North Vietnam', target_or_event: MHIB, according_to: WP },
    { actor: "the EAAJAF's predecessor organization", action: 'launched a campaign of non-fatal bombings against', target_or_event: 'the Japanese state', according_to: WP },
    { actor: EAAJAF, action: 'tried to blow up the bridge over which the royal train was travelling (aborted)', target_or_event: 'Hirohito', according_to: WP },
    { actor: 'Mun Se-gwang', action: 'attempted to assassinate', target_or_event: 'Park Chung-hee', according_to: WP },
    { actor: 'Mun Se-gwang', action: 'is a member of', target_or_event: 'Chongryon', according_to: WP },
    { actor: 'Mun Se-gwang', action: 'member of a far-left militant organization tied to', target_or_event: EAAJAF, according_to: WP },
  ],
},
{
  file: '09-wikipedia-1978-air-rhodesia-flight-825.txt', mentions: true,
  surfaces: [
    ['Air Rhodesia Flight 825', 'Air Rhodesia Flight 825', N], // the flight is blocked (as holdout3's Pan Am Flight 103)
    ['Flight 825', 'Air Rhodesia Flight 825', N], // "Soon after Flight 825 took off"
    ['Air Rhodesia', 'Air Rhodesia', O], // "Air Rhodesia's regular scheduled service", "Operator | Air Rhodesia"
    [ZIPRA, ZIPRA, O],
    ['ZIPRA', ZIPRA, O], // three times
    ['Victoria Falls', 'Victoria Falls', L], // twice
    ['Salisbury', 'Salisbury, Rhodesia', L], // twice
    ['Kariba', 'Kariba', L], // twice
    ['Karoi', 'Karoi', L], // twice
    ['Rhodesia', 'Rhodesia', L], // four infobox lines ("Karoi, Rhodesia[n 1]", "Victoria Falls, Rhodesia", ...)
    ['Joshua Nkomo', 'Joshua Nkomo', P],
    ['BBC', 'BBC', O], // "the BBC's Today programme" (where the claim was made)
    // "Rhodesian Bush War", "Rhodesians", "Soviet-made" hold no place name (adjectives, demonyms); the aircraft
    // ("Vickers Viscount", "Hunyani") and its registration are not annotated.
  ],
  event_dates: [
    { event: 'Air Rhodesia Flight 825 shot down (lead and infobox)', date: '1978-09-03' },
    { event: 'Joshua Nkomo claimed responsibility on the BBC ("the next day")', date: '1978-09-04' },
  ],
  attributions: [
    { actor: ZIPRA, action: 'shot down (a group of ZIPRA guerrillas hit it with a Strela-2 missile)', target_or_event: AR825, according_to: WP },
    { actor: 'the insurgents', action: 'rounded up and massacred with automatic gunfire', target_or_event: 'the 10 survivors of the crash', according_to: WP },
    { actor: 'Joshua Nkomo', action: 'is the leader of', target_or_event: ZIPRA, according_to: WP },
    { actor: ZIPRA, action: 'publicly claimed responsibility (its leader, on the BBC) for shooting down the Hunyani', target_or_event: AR825, according_to: 'Joshua Nkomo' },
    { actor: ZIPRA, action: 'denied that his men had killed survivors on the ground', target_or_event: 'massacre of survivors of Air Rhodesia Flight 825', according_to: 'Joshua Nkomo' },
  ],
},
{
  file: '10-wikipedia-1990-jamaat-al-muslimeen-coup-attempt.txt', mentions: true,
  surfaces: [
    [JAM, JAM, O], // also inside the event's name (title line, infobox, lead)
    ['Trinidad and Tobago', 'Trinidad and Tobago', L], // infobox "Place", "Government of Trinidad and Tobago", "the government of Trinidad and Tobago"
    ['Trinidad and Tobago Defence Force', 'Trinidad and Tobago Defence Force', O],
    ['Defence Forces', 'Trinidad and Tobago Defence Force', O], // the infobox's short form
    ['Trinidad and Tobago Police Service', 'Trinidad and Tobago Police Service', O],
    ['Police Service', 'Trinidad and Tobago Police Service', O], // the infobox's short form
    ['Trinidad and Tobago Television', 'Trinidad and Tobago Television', O],
    ['TTT', 'Trinidad and Tobago Television', O],
    ['A. N. R. Robinson', 'A. N. R. Robinson', P], // infobox and lead
    ['Winston Chandarbhan Dookeran', 'Winston Chandarbhan Dookeran', P],
    ['Noor Mohamed Hassanali', 'Noor Mohamed Hassanali', P],
    ['Joseph Emmanuel Carter', 'Joseph Emmanuel Carter', P],
    ['Ralph Brown', 'Ralph Brown', P], // "Col." left out
    ['Jules Bernard', 'Jules Bernard', P],
    ['Leonard Taylor', 'Leonard Taylor', P],
    ['Selwyn Richardson', 'Selwyn Richardson', P],
    ['Nizam Mohammed', 'Nizam Mohammed', P],
    ['Patrick Manning', 'Patrick Manning', P],
    [ABUBAKR, ABUBAKR, P], // infobox, lead, background
    ['Bilaal Abdullah', 'Bilaal Abdullah', P],
    ['Red House', 'Red House', L], // the parliament building where hostages were held (venue)
    ['Court of Appeal', 'Court of Appeal of Trinidad and Tobago', O],
    ['No. 1 Mucurapo Road', 'No. 1 Mucurapo Road', L], // the compound (heading and background)
    ['Port of Spain City Corporation', 'Port of Spain City Corporation', O],
    ['Port of Spain', 'Port of Spain', L],
    // "Senate President", "House Speaker", "Prime Minister" are titles; "Islam" a religion.
  ],
  event_dates: [
    { event: 'Coup attempt instigated (Friday, 27 July 1990)', date: '1990-07-27' },
    { event: 'The insurgents surrendered ("On 1 August")', date: '1990-08-01' },
    { event: 'Jamaat al Muslimeen founded', date: '1982' },
  ],
  attributions: [
    { actor: JAM, action: 'combatant (infobox "Combatant2")', target_or_event: COUP, according_to: WP },
    { actor: ABUBAKR, action: 'commander (infobox "Commander2")', target_or_event: COUP, according_to: WP },
    { actor: 'Bilaal Abdullah', action: 'commander (infobox "Commander2")', target_or_event: COUP, according_to: WP },
    { actor: JAM, action: 'attempted to overthrow the government, holding hostages at the Red House and TTT', target_or_event: COUP, according_to: WP },
    { actor: JAM, action: 'held hostage', target_or_event: 'A. N. R. Robinson', according_to: WP },
    { actor: ABUBAKR, action: 'leads (a radical extremist Islamist group led by)', target_or_event: JAM, according_to: WP },
    { actor: ABUBAKR, action: 'founded (in 1982)', target_or_event: JAM, according_to: WP },
  ],
},
{
  file: '11-wikipedia-1998-claude-erignac.txt', mentions: true,
  surfaces: [
    ['Claude Jean Pierre Érignac', ERIGNAC, P], // lead and infobox
    [ERIGNAC, ERIGNAC, P], // infobox heading and "Claude Érignac was on his way"
    ['Érignac', ERIGNAC, P], // "Érignac was born", "Érignac's wife"
    ['Claude-Érignac Association', 'Claude-Érignac Association', O], // longest match (the name inside is not a person mention)
    ['Corsica', 'Corsica', L],
    ['Mende', 'Mende', L], // twice
    ['France', 'France', L], // "Mende, France", "Ajaccio, Corsica, France"
    ['Ajaccio', 'Ajaccio', L], // three times
    ['University of Paris', 'University of Paris', O, { loose: true }], // glued "EducationUniversity of Paris"
    ['Sciences Po', 'Sciences Po', O],
    ['ÉNA', 'École nationale d\'administration', O],
    ['Dominique', 'Dominique Érignac', P, { loose: true }], // glued "SpouseDominique"
    ['Lozère', 'Lozère', L],
    ['Corse-du-Sud', 'Corse-du-Sud', L], // "the Prefect of Corse-du-Sud" (a place inside an office's title)
    [FLNC, FLNC, O], // Corsica inside the name is not a separate place
    ['Pietrosella', 'Pietrosella', L], // the stormed gendarmerie barracks' place
    ['Yvan Colonna', 'Yvan Colonna', P],
    ['Ministry of the Interior', 'Ministry of the Interior (France)', O], // "The French Ministry of the Interior" (adjective left out)
    ['Place Beauvau', 'Place Beauvau', L],
    ['Paris', 'Paris', L], // "at Place Beauvau in Paris"
    // "Journal officiel" (an official gazette, as the dev set's Federal Register) is not annotated; "French",
    // "Corsican" are adjectives; "Beretta" is a weapon.
  ],
  event_dates: [
    { event: 'Claude Érignac born', date: '1937-12-15' },
    { event: 'Claude Érignac assassinated in Ajaccio (infobox and lead)', date: '1998-02-06' },
    { event: 'Members of the National Liberation Front of Corsica stormed a gendarmerie barracks at Pietrosella (the weapon stolen)', date: '1997-09-06' },
    { event: 'Érignac prefect of several departments since', date: '1967' },
    { event: 'Érignac took office as the Prefect of Corse-du-Sud', date: '1996' },
    { event: 'Yvan Colonna arrested', date: '2003' },
    { event: 'Yvan Colonna found guilty for the third time and sentenced to life imprisonment', date: '2011-06' },
    { event: 'Bylaws of the Claude-Érignac Association published in the Journal officiel', date: '2000-02-05' },
  ],
  attributions: [
    { actor: 'two gunmen', action: 'assassinated (shot him three times with a 9 mm Beretta pistol)', target_or_event: ERIGNAC, according_to: WP },
    { actor: FLNC, action: 'stormed a gendarmerie barracks at Pietrosella (members of), where the weapon was stolen', target_or_event: 'gendarmerie barracks at Pietrosella', according_to: WP },
    { actor: 'Yvan Colonna', action: 'was suspected of the killing', target_or_event: MURDER, according_to: WP },
    { actor: 'Yvan Colonna', action: 'was found guilty for the third time for the murder and sentenced to life imprisonment', target_or_event: MURDER, according_to: WP },
  ],
},
];
