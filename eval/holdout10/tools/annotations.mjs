// Single-annotator source annotations for the Dossier extraction TENTH held-out set (eval/holdout10).
// Written blind (Dossier's extractor was not run on these texts, and its code was not read), following the
// annotation rules of eval/extraction/README.md and the boundary choices of eval/holdout/README.md to
// eval/holdout8/README.md (and eval/holdout9/README.md's summary of its choices).
// `node eval/extraction/tools/build_gold.mjs --dir eval/holdout10` turns these into ../gold.json (mention
// offsets by exact string search in JavaScript/UTF-16, then verified).
//
// surfaces: [surface, canonical, type, opts?]  type: organisation|person|place ('none' = blocker span)
//   opts.occ: restrict to these 0-based occurrences of the surface (boundary-valid matches)
//   opts.loose: also match where a letter or digit touches the surface (labels glued to values)
// Longest match wins on overlap; matches must not be preceded/followed by a letter or digit.

const O = 'organisation', P = 'person', L = 'place';

const VOA = 'Voice of America', WP = 'Wikipedia', DOJ = 'U.S. Department of Justice', US = 'United States';
const FCO = 'Foreign and Commonwealth Office';

const SAYOC = 'Cesar Altieri Sayoc';
const MAIL_BOMBS = 'Mailing of 16 improvised explosive devices (2018 domestic terrorist attack)';
const FOLEY = 'Alleged murder of James Foley';
const VIEIRA = 'Joao Bernardo Vieira';
const NA_WAIE = 'Tagme Na Waie';
const AZAZ_STRIKE = 'Air strike on Azaz (August 2012)';
const DAMASCUS_MORTARS = 'Mortar attack on al-Shaghour, Damascus (29 April 2014)';
const MINSK = 'Minsk Metro bombing (11 April 2011)';
const FV = 'Fernando Villavicencio';
const FV_ATTACK = 'Assassination of Fernando Villavicencio';
const CHURCH = 'Church Street bombing (20 May 1983)';
const MK = 'Umkhonto we Sizwe', ANC = 'African National Congress', SAAF = 'South African Air Force';
const TRC = 'Truth and Reconciliation Commission';
const PINOCHET = 'Augusto Pinochet';
const PINOCHET_ATTEMPT = 'Attempted assassination of Augusto Pinochet (7 September 1986)';
const FPMR = 'Manuel Rodríguez Patriotic Front';
const LUXOR = 'Luxor massacre (17 November 1997)';
const GAI = "al-Gama'a al-Islamiyya";
const TEMPLE = 'Djeser-Djeseru';
const ZD = 'Zoran Đinđić';
const ZD_ATTACK = 'Assassination of Zoran Đinđić';
const ULEMEK = 'Milorad Ulemek';
const OKTO = 'Oktoberfest bombing (26 September 1980)';

export const docs = [
{
  file: '01-doj-2019-sayoc-sentenced-mail-bombs.txt', mentions: true,
  surfaces: [
    ['New York', 'New York', L], // dateline "New York -"
    [SAYOC, SAYOC, P],
    ['Cesar Sayoc', SAYOC, P],
    ['SAYOC', SAYOC, P], // "SAYOC pled guilty" (the release's capitals)
    ['Sayoc', SAYOC, P], // "Sayoc’s domestic terrorism", "Sayoc will now spend"
    ['U.S.', US, L], // inside titles ("U.S. District Judge", "Manhattan U.S. Attorney"): a country inside an office's title
    ['Manhattan', 'Manhattan', L], // "Manhattan U.S. Attorney" (a place inside an office's title)
    ['Jed S. Rakoff', 'Jed S. Rakoff', P],
    ['John C. Demers', 'John C. Demers', P],
    ['Geoffrey S. Berman', 'Geoffrey S. Berman', P],
    ['Joint Terrorism Task Forces', 'Joint Terrorism Task Force', O], // "our Joint Terrorism Task Forces across the country"
    ['U.S. Postal Inspection Service', 'U.S. Postal Inspection Service', O],
    ['U.S. Secret Service', 'U.S. Secret Service', O],
    ['FBI', 'Federal Bureau of Investigation', O], // "the FBI’s Laboratory and Counterterrorism Divisions", "the FBI’s Counterterrorism Division" (the divisions left out)
    ['Michael McGarrity', 'Michael McGarrity', P],
    // "Superseding Information" is a charging document; "Americans" a demonym (not annotated).
  ],
  event_dates: [
    // "on March 21": the year is the release's (2019, the copy's month); the sentencing ("yesterday", "Tuesday’s
    // sentence") has no consistent date in the stored text and is left out.
    { event: 'Cesar Altieri Sayoc pleads guilty to a 65-count Superseding Information', date: '2019-03-21' },
  ],
  attributions: [
    { actor: SAYOC, action: 'mailed 16 improvised explosive devices to victims across the country', target_or_event: MAIL_BOMBS, according_to: DOJ },
    { actor: SAYOC, action: 'pled guilty to a 65-count Superseding Information', target_or_event: MAIL_BOMBS, according_to: DOJ },
    { actor: 'Jed S. Rakoff', action: 'sentenced to 20 years in prison', target_or_event: SAYOC, according_to: DOJ },
    { actor: SAYOC, action: 'acts of domestic terrorism (sentenced for)', target_or_event: MAIL_BOMBS, according_to: 'John C. Demers' },
    { actor: SAYOC, action: 'assembled and mailed explosive devices to incite fear and to terrorize his victims', target_or_event: 'high-ranking officials and former elected leaders', according_to: 'Geoffrey S. Berman' },
    { actor: 'Joint Terrorism Task Force', action: 'work to bring to justice', target_or_event: SAYOC, according_to: 'Michael McGarrity' },
    { actor: 'U.S. Postal Inspection Service', action: 'work to bring to justice (partner)', target_or_event: SAYOC, according_to: 'Michael McGarrity' },
    { actor: 'U.S. Secret Service', action: 'work to bring to justice (partner)', target_or_event: SAYOC, according_to: 'Michael McGarrity' },
    { actor: 'Federal Bureau of Investigation', action: 'work to bring to justice (Laboratory and Counterterrorism Divisions)', target_or_event: SAYOC, according_to: 'Michael McGarrity' },
  ],
},
{
  file: '02-uk-fco-2014-foreign-secretary-condemns-murder-of-james-foley.txt', mentions: true,
  surfaces: [
    ['James Foley', 'James Foley', P], // heading and body
    ['US', US, L], // "US journalist" (a country used attributively)
    ['Philip Hammond', 'Philip Hammond', P],
    ['Syria', 'Syria', L],
    ['Iraq', 'Iraq', L],
    ['UK', 'United Kingdom', L], // "the UK’s national security", "return to the UK", "outside the UK"
    // "Conservative and Liberal Democrat coalition government": party names used attributively (not annotated);
    // "British" is a demonym; "this organisation" is not named in the text.
  ],
  event_dates: [
    // The video's release and the comments have no date in the stored text.
  ],
  attributions: [
    { actor: 'this organisation', action: 'alleged murder shown in a video ("all the hallmarks point to it being genuine")', target_or_event: 'James Foley', according_to: 'Philip Hammond' },
    { actor: 'Philip Hammond', action: 'condemns the alleged murder of', target_or_event: FOLEY, according_to: FCO },
    { actor: 'this organisation', action: 'represents a direct threat to national security', target_or_event: 'United Kingdom', according_to: 'Philip Hammond' },
    { actor: 'a significant number of British nationals', action: 'operating with extremist organisations in Syria and Iraq', target_or_event: 'extremist organisations in Syria and Iraq', according_to: 'Philip Hammond' },
  ],
},
{
  file: '03-voa-2009-soldiers-kill-guinea-bissau-president.txt', mentions: true,
  surfaces: [
    ['Guinea-Bissau', 'Guinea-Bissau', L], // headline, caption, body (also "Guinea-Bissau's coastline")
    [VIEIRA, VIEIRA, P],
    ['Vieira', VIEIRA, P], // "President Vieira"
    [NA_WAIE, NA_WAIE, P], // "General Tagme Na Waie"
    ['Waie', NA_WAIE, P], // "an assassination attempt on Waie"
    ['Portugal', 'Portugal', L],
    ['Europe', 'Europe', L],
    // "Latin American drug gangs": an adjective; "the interior ministry", "the armed forces command" are generic.
  ],
  event_dates: [
    // Dated Monday 2 March 2009 (the stored copy's date line).
    { event: "Bomb attack that killed General Tagme Na Waie (\"Sunday night\")", date: '2009-03-01' },
    { event: 'Soldiers attack the presidential palace and kill President Vieira ("Monday")', date: '2009-03-02' },
    { event: 'Joao Bernardo Vieira re-elected', date: '2005' },
    { event: 'Failed coup attempt against the presidential palace ("in November", before the story\'s March 2009)', date: '2008-11' },
    { event: 'Independence from Portugal', date: '1974' },
    // "last month" (the assassination attempt on Waie) is relative: left out.
  ],
  attributions: [
    { actor: 'Soldiers loyal to the slain army chief', action: 'attacked the presidential palace, killing', target_or_event: VIEIRA, according_to: VOA },
    { actor: VIEIRA, action: "blamed for Sunday night's bomb attack that killed the head of the joint chiefs of staff", target_or_event: NA_WAIE, according_to: 'Soldiers loyal to the slain army chief' },
    { actor: 'soldiers attacking the presidential palace', action: 'failed coup attempt (pushed back by security forces)', target_or_event: VIEIRA, according_to: VOA },
    { actor: 'a 400-man militia recruited by the interior ministry', action: 'linked to an assassination attempt on', target_or_event: NA_WAIE, according_to: 'the armed forces command' },
    { actor: 'Latin American drug gangs', action: 'made instability worse, using remote airstrips to smuggle cocaine', target_or_event: 'Guinea-Bissau', according_to: 'Regional diplomats' },
  ],
},
{
  file: '04-voa-2012-voa-reporter-witnesses-air-strike-in-syria.txt', mentions: true,
  surfaces: [
    ['VOA', VOA, O], // headline, byline "VOA News", "a VOA reporter", "VOA correspondent"
    ['Syria', 'Syria', L],
    ['Azaz', 'Azaz', L],
    ['Scott Bobb', 'Scott Bobb', P],
    ['Bobb', 'Scott Bobb', P],
    ['Syrian Air Force', 'Syrian Air Force', O], // a named force (the adjective is part of its name)
    ['Syrian Observatory for Human Rights', 'Syrian Observatory for Human Rights', O],
    ['Reuters', 'Reuters', O], // a news agency cited as the source
    ['Turkey', 'Turkey', L],
    // "MiG" is an aircraft type (not annotated).
  ],
  event_dates: [
    // "on Wednesday": the page gives no date (the copy is dated only 2012-08): left out.
  ],
  attributions: [
    { actor: 'Syrian Air Force', action: 'bombarded (a warplane dropped bombs on) the rebel-controlled town', target_or_event: 'Azaz', according_to: 'Scott Bobb' },
    { actor: 'the Syrian government', action: 'one of the deadliest government attacks in the uprising', target_or_event: AZAZ_STRIKE, according_to: 'Reuters' },
  ],
},
{
  file: '05-voa-2014-attacks-kill-50-in-syria.txt', mentions: true,
  surfaces: [
    ['Syria', 'Syria', L], // headline, "send a team to Syria", "Syria's government"
    ['Damascus', 'Damascus', L], // caption, "the capital, Damascus", "the Damascus attack"
    ['VOA', VOA, O], // byline "VOA News"
    ['Homs', 'Homs', L],
    ['al-Shaghour', 'al-Shaghour', L], // "the al-Shaghour section" (lower-case "section" left out)
    ['Bashar al-Assad', 'Bashar al-Assad', P],
    ['Organization for the Prohibition of Chemical Weapons', 'Organization for the Prohibition of Chemical Weapons', O],
    ['Human Rights Watch', 'Human Rights Watch', O],
    ['Aleppo', 'Aleppo', L],
    ['United Nations Security Council', 'United Nations Security Council', O],
    // "Syrian" and "Alawite" are adjectives; "the watchdog", "the council", "the rights group" are generic.
  ],
  event_dates: [
    // The caption dates the Damascus photograph "April 29, 2014", a Tuesday.
    { event: 'Two car bombs in a mainly Alawite neighborhood of Homs ("Tuesday\'s bombing")', date: '2014-04-29' },
    { event: 'Mortar shells kill at least 14 people in al-Shaghour, Damascus (the caption\'s date)', date: '2014-04-29' },
    { event: 'The OPCW says it will send a team to Syria ("Also Tuesday")', date: '2014-04-29' },
    { event: 'UN Security Council resolution demanding a halt to barrel bomb attacks ("since February", the story\'s 2014)', date: '2014-02' },
    // "this month" (the alleged chlorine attack) is relative: left out.
  ],
  attributions: [
    { actor: 'terrorists (the rebels fighting to oust Bashar al-Assad)', action: 'blamed for', target_or_event: DAMASCUS_MORTARS, according_to: 'Syria' },
    { actor: 'Syria', action: 'used chlorine gas in an attack on a rebel area (allegations)', target_or_event: 'a rebel area', according_to: 'recent allegations' },
    { actor: 'Organization for the Prohibition of Chemical Weapons', action: 'will send a team to investigate allegations of chlorine gas use', target_or_event: 'Syria', according_to: 'Organization for the Prohibition of Chemical Weapons' },
    { actor: 'Syria', action: 'has agreed to the mission and will provide security', target_or_event: 'Organization for the Prohibition of Chemical Weapons', according_to: 'Organization for the Prohibition of Chemical Weapons' },
    { actor: 'government forces (Syria)', action: 'have continued to use barrel bombs', target_or_event: 'Aleppo', according_to: 'Human Rights Watch' },
    { actor: 'United Nations Security Council', action: 'passed a resolution demanding a halt to barrel bomb attacks', target_or_event: 'barrel bomb attacks', according_to: VOA },
  ],
},
{
  file: '06-wikinews-2011-eleven-dead-after-belarus-subway-bombing.txt', mentions: true,
  surfaces: [
    ['Belarus', 'Belarus', L],
    ['Oktyabrskaya', 'Oktyabrskaya', L], // the attacked station (lower-case "station" left out); also the photo caption
    ['Minsk', 'Minsk', L], // also inside "a Minsk Metro station" (the network's name; a place name inside a name)
    ['Alexander Lukashenko', 'Alexander Lukashenko', P],
    ['Lukashenko', 'Alexander Lukashenko', P],
    // "Image: Redline." is an image credit (a user name, not annotated); "UTC" a time zone.
  ],
  event_dates: [
    { event: 'Bomb in the Oktyabrskaya station of the Minsk Metro ("Monday evening"; the dateline is Tuesday, April 12, 2011)', date: '2011-04-11' },
  ],
  attributions: [
    { actor: 'terrorist activity', action: 'was responsible for', target_or_event: MINSK, according_to: 'police' },
    { actor: 'whoever gained by undermining peace and stability in the country', action: 'stands behind (to be found out)', target_or_event: MINSK, according_to: 'Alexander Lukashenko' },
  ],
},
{
  file: '07-wikipedia-2023-assassination-of-fernando-villavicencio.txt', mentions: true,
  surfaces: [
    [FV, FV, P], // heading, infobox, lead (inside the event's name too)
    ['Villavicencio', FV, P],
    ['Villevicencio', FV, P], // the source's typo, kept
    ['Colegio Anderson', 'Colegio Anderson', L], // the rally venue (infobox "Location")
    ['Quito', 'Quito', L],
    ['Ecuador', 'Ecuador', L], // "Ecuadorian" is an adjective
    ['Los Lobos', 'Los Lobos', O], // "Los Lobos (gang)" (the lower-case gloss left out)
    ['Carlos Edwin Angulo Lara', 'Carlos Edwin Angulo Lara', P],
    ['Laura Castillo', 'Laura Castillo', P],
    ['Johan David Castillo López', 'Johan David Castillo López', P],
    ['Leandro Norero', 'Leandro Norero', P],
    ['Norero', 'Leandro Norero', P],
    ['Christian Zurita', 'Christian Zurita', P],
    ['National Assembly', 'National Assembly of Ecuador', O],
    ['Guillermo Lasso', 'Guillermo Lasso', P],
    // "muerte cruzada" is a constitutional provision; "ET", "UTC−05:00" are time zones.
  ],
  event_dates: [
    { event: 'Assassination of Fernando Villavicencio (infobox and lead)', date: '2023-08-09' },
    { event: '2023 Ecuadorian general election ("eleven days" after 9 August 2023)', date: '2023-08-20' },
    { event: 'A prosecution witness says the murder was ordered by Leandro Norero', date: '2025-11' },
  ],
  attributions: [
    { actor: 'Los Lobos', action: 'perpetrators (infobox "Perpetrators")', target_or_event: FV_ATTACK, according_to: WP },
    { actor: 'Carlos Edwin Angulo Lara', action: 'planning (infobox "Perpetrators")', target_or_event: FV_ATTACK, according_to: WP },
    { actor: 'Laura Castillo', action: 'planning (infobox "Perpetrators")', target_or_event: FV_ATTACK, according_to: WP },
    { actor: 'Johan David Castillo López', action: 'material (infobox "Perpetrators")', target_or_event: FV_ATTACK, according_to: WP },
    { actor: 'Leandro Norero', action: 'ordered the murder of', target_or_event: FV, according_to: 'a prosecution witness' },
    { actor: 'Christian Zurita', action: 'supposedly solicited money to hide an investigation', target_or_event: 'Leandro Norero', according_to: 'a prosecution witness' },
    { actor: 'Guillermo Lasso', action: 'invocation of muerte cruzada (dissolution)', target_or_event: 'National Assembly of Ecuador', according_to: WP },
  ],
},
{
  file: '08-wikipedia-1983-church-street-bombing.txt', mentions: true,
  surfaces: [
    ['Church Street', 'Church Street', L], // the attacked street (also inside the event's name, as a place name)
    ['Pretoria', 'Pretoria', L],
    [MK, MK, O],
    ['MK', MK, O], // "(MK)", "Ten MK operatives"
    [ANC, ANC, O],
    ['ANC', ANC, O], // also "the ANC's"
    ['Nedbank Square', 'Nedbank Square', L], // "the Nedbank Square building" (the attack venue; lower-case "building" left out)
    [SAAF, SAAF, O],
    ['SAAF', SAAF, O],
    ['Freddie Shangwe', 'Freddie Shangwe', P],
    ['Ezekial Maseko', 'Ezekial Maseko', P],
    [TRC, TRC, O],
    ['TRC', TRC, O],
    ['Truth Commission', TRC, O], // the heading "Truth Commission hearing" (the body's short name)
    ['Aboobaker Ismail', 'Aboobaker Ismail', P],
    ['Oliver Tambo', 'Oliver Tambo', P],
    ['Tambo', 'Oliver Tambo', P],
    ['Joe Slovo', 'Joe Slovo', P],
    ['Lesotho', 'Lesotho', L],
    ['Ruth First', 'Ruth First', P],
    ['Maputo', 'Maputo', L],
    ['Mozambique', 'Mozambique', L],
    // "South African" (capital, raid) is an adjective; "South African Air Force" is a name.
  ],
  event_dates: [
    { event: 'Church Street bombing ("on 20 May 1983", "on a Friday")', date: '1983-05-20' },
    { event: 'ANC submissions to the Truth and Reconciliation Commission ("in 1997 and 1998")', date: '1997/1998' },
    { event: 'Special operations units authorized by Oliver Tambo', date: '1979' },
    { event: 'South African cross-border raid into Lesotho', date: '1982-12' },
  ],
  attributions: [
    { actor: MK, action: 'car bomb attack (the military wing of the ANC)', target_or_event: CHURCH, according_to: WP },
    { actor: 'Aboobaker Ismail', action: 'commanded the special operations unit of Umkhonto we Sizwe that orchestrated', target_or_event: CHURCH, according_to: ANC },
    { actor: 'Oliver Tambo', action: 'authorised', target_or_event: CHURCH, according_to: ANC },
    { actor: 'Freddie Shangwe', action: 'perpetrator (killed when the bomb went off early)', target_or_event: CHURCH, according_to: WP },
    { actor: 'Ezekial Maseko', action: 'perpetrator (killed when the bomb went off early)', target_or_event: CHURCH, according_to: WP },
    { actor: 'South Africa', action: 'cross-border raid that killed 42 ANC supporters and civilians', target_or_event: 'Lesotho', according_to: ANC },
    { actor: ANC, action: 'claimed 11 of the casualties were SAAF personnel and hence a military target', target_or_event: SAAF, according_to: ANC },
    { actor: 'The legal representative of some of the victims', action: 'rejected (could not accept) that the administrative staff were a legitimate military target', target_or_event: CHURCH, according_to: 'The legal representative of some of the victims' },
    { actor: 'Ten MK operatives, including Aboobaker Ismail', action: 'applied for amnesty for', target_or_event: CHURCH, according_to: WP },
  ],
},
{
  file: '09-wikipedia-1986-attempted-assassination-of-augusto-pinochet.txt', mentions: true,
  surfaces: [
    [PINOCHET, PINOCHET, P], // heading and lead (inside the event's name too)
    ['Pinochet', PINOCHET, P], // also "Pinochet's country estate"
    [FPMR, FPMR, O],
    ['Frente Patriótico Manuel Rodríguez', FPMR, O], // the Spanish name (one canonical); the person's name inside is not separate
    ['FPMR', FPMR, O],
    ['Santiago', 'Santiago', L],
    ['Operation 20th Century', null, 'none'], // an operation's name (not annotated)
    ['Operación Siglo XX', null, 'none'],
    ['Patricio Manns', 'Patricio Manns', P],
    ['Switzerland', 'Switzerland', L],
    ['Paris', 'Paris', L],
    ['Sweden', 'Sweden', L],
    ['Cuesta de Las Achupallas', 'Cuesta de Las Achupallas', L], // the ambush site (attack venue)
    ['El Melocoton', 'El Melocoton', L], // Pinochet's country estate
    ['Cajón del Maipo', 'Cajón del Maipo', L],
    ['Jorge Alessandri', 'Jorge Alessandri', P],
    // "Chilean" is an adjective; "Mercedes" a car, "M16" a rifle (not annotated).
  ],
  event_dates: [
    { event: 'FPMR ambush of the motorcade carrying Pinochet ("the evening of 7 September 1986")', date: '1986-09-07' },
    { event: 'Death of former President Jorge Alessandri ("on August 31", before the attack of 1986)', date: '1986-08-31' },
  ],
  attributions: [
    { actor: FPMR, action: 'ambushed a motorcade carrying Pinochet (assassination attempt)', target_or_event: PINOCHET, according_to: WP },
    { actor: FPMR, action: 'partially planned the attack in Switzerland and at his house in Paris', target_or_event: PINOCHET_ATTEMPT, according_to: 'Patricio Manns' },
    { actor: 'conscripts in Sweden and Switzerland', action: 'reportedly donated bulletproof vests for the operation', target_or_event: PINOCHET_ATTEMPT, according_to: 'reports' },
    { actor: 'an army officer', action: 'reportedly gave training to the guerrillas', target_or_event: FPMR, according_to: 'reports' },
  ],
},
{
  file: '10-wikipedia-1997-luxor-massacre.txt', mentions: true,
  surfaces: [
    ['Luxor', 'Luxor', L], // also inside the event's name ("Luxor massacre", "Luxor Massacre")
    ['Djeser-Djeseru', TEMPLE, L], // the attacked temple (caption, and the quoted name)
    ['Hatshepsut’s Temple', TEMPLE, L], // the same temple by another name (caption)
    ['Temple of Hatshepsut', TEMPLE, L], // "descended on the Temple of Hatshepsut"
    ['Hatshepsut', 'Hatshepsut', P], // "female pharaoh Hatshepsut"
    ['Deir el-Bahri', 'Deir el-Bahri', L],
    ['Egypt', 'Egypt', L], // also "Egypt's top tourist attractions" ("Egyptian" is an adjective)
    ['Nile River', 'Nile River', L],
    [GAI, GAI, O], // infobox "splinter group of al-Gama'a al-Islamiyya"
    ["Al-Gama'a al-Islamiyya", GAI, O], // the lead (capitalised)
    ['Islamic Group', GAI, O], // "six gunmen from the Islamic Group" (the English name, one canonical)
    ['Vanguards of Conquest', 'Vanguards of Conquest', O],
    // "Nonviolence Initiative" is an initiative's name; "British", "Japanese" are adjectives; "Islam" a religion.
  ],
  event_dates: [
    { event: 'Luxor massacre (infobox and lead)', date: '1997-11-17' },
    { event: 'al-Gama\'a al-Islamiyya\'s "Nonviolence Initiative"', date: '1997-07' },
    { event: 'The group denied that it was involved in the massacre', date: '2013-06' },
  ],
  attributions: [
    { actor: GAI, action: 'suspected perpetrators: a splinter group of (infobox "Suspected perpetrators")', target_or_event: LUXOR, according_to: WP },
    { actor: "exiled leaders of Al-Gama'a al-Islamiyya", action: 'thought to have instigated', target_or_event: LUXOR, according_to: WP },
    { actor: GAI, action: 'denied that it was involved in', target_or_event: LUXOR, according_to: GAI },
    { actor: GAI, action: 'six gunmen from the Islamic Group massacred 62 people', target_or_event: LUXOR, according_to: WP },
    { actor: 'Vanguards of Conquest', action: 'six gunmen from the Islamic Group and Vanguards of Conquest massacred 62 people', target_or_event: LUXOR, according_to: WP },
  ],
},
{
  file: '11-wikipedia-2003-assassination-of-zoran-djindjic.txt', mentions: true,
  surfaces: [
    [ZD, ZD, P], // title line, caption, infobox, lead (inside the event's name too)
    ['Đinđić', ZD, P],
    ['Davos', 'Davos', L], // caption "at Davos Conference" (a place name inside a conference's name)
    ['Belgrade', 'Belgrade', L],
    ['Serbia', 'Serbia', L],
    ['Republic of Serbia', 'Serbia', L], // "Prime Minister of the Republic of Serbia" (a place inside an office's title)
    ['Milan Veruović', 'Milan Veruović', P],
    ['Zvezdan Jovanović', 'Zvezdan Jovanović', P],
    [ULEMEK, ULEMEK, P],
    ['Legija', ULEMEK, P], // "also known as Legija"
    ['Dejan Milenković', 'Dejan Milenković', P],
    ['Milenković', 'Dejan Milenković', P],
    ['Bagzi', 'Dejan Milenković', P], // "(AKA Bagzi)"
    ['Zemun Clan', 'Zemun Clan', O],
    ['Novi Beograd', 'Novi Beograd', L],
    ['Slobodan Milošević', 'Slobodan Milošević', P],
    ['ICTY', 'International Criminal Tribunal for the former Yugoslavia', O],
    ['Dušan Spasojević', 'Dušan Spasojević', P],
    // "Serbian Organized Crime" (infobox) is a generic description; "Central European Time" a time zone;
    // "Serbian government headquarters" an adjective and a generic noun.
  ],
  event_dates: [
    { event: 'Assassination of Zoran Đinđić (infobox and lead)', date: '2003-03-12' },
    { event: 'Earlier assassination attempt with a truck in Novi Beograd', date: '2003-02' },
    { event: 'Đinđić extradites Slobodan Milošević to the ICTY', date: '2001' },
  ],
  attributions: [
    { actor: 'Zvezdan Jovanović', action: 'perpetrator (infobox "Perpetrators", with 11 accomplices)', target_or_event: ZD_ATTACK, according_to: WP },
    { actor: ULEMEK, action: 'orders to the 11 accomplices (infobox "Perpetrators")', target_or_event: ZD_ATTACK, according_to: WP },
    { actor: ULEMEK, action: 'organized and planned', target_or_event: ZD_ATTACK, according_to: WP },
    { actor: 'Dušan Spasojević', action: 'organized and planned', target_or_event: ZD_ATTACK, according_to: WP },
    { actor: 'Dejan Milenković', action: 'attempted to force the Prime Minister\'s car off the road (assassination attempt)', target_or_event: ZD, according_to: WP },
    { actor: 'Dejan Milenković', action: 'a member of', target_or_event: 'Zemun Clan', according_to: WP },
    { actor: ZD, action: 'extradited to the ICTY', target_or_event: 'Slobodan Milošević', according_to: WP },
  ],
},
{
  file: '12-wikipedia-1980-oktoberfest-bombing.txt', mentions: true,
  surfaces: [
    ['Oktoberfest', 'Oktoberfest', L], // the festival at whose main entrance the bomb exploded (attack venue; also inside the event's names)
    ['Munich', 'Munich', L], // also inside "1972 Munich massacre"
    ['West Germany', 'West Germany', L],
    ['Germany', 'Germany', L], // "deadliest in Germany", "Munich, Germany"
    ['Gundolf Köhler', 'Gundolf Köhler', P],
    ['Köhler', 'Gundolf Köhler', P],
    ['Wehrsportgruppe Hoffmann', 'Wehrsportgruppe Hoffmann', O],
    ['Berlin', 'Berlin', L], // inside "2016 Berlin truck attack"
    // "World War II" is a war's name without a place; "Nazism", "neo-Nazi" ideologies (not annotated).
  ],
  event_dates: [
    { event: 'Oktoberfest bombing (infobox and lead, "At 10:19 p.m. on 26 September 1980")', date: '1980-09-26' },
    { event: 'Federal investigation concluded', date: '2020' },
    { event: '2016 Berlin truck attack', date: '2016' },
    { event: '1972 Munich massacre', date: '1972' },
  ],
  attributions: [
    { actor: 'Gundolf Köhler', action: 'perpetrator (infobox "Perpetrator")', target_or_event: OKTO, according_to: WP },
    { actor: 'Other unknown accomplices (alleged)', action: 'perpetrators, alleged (infobox "Perpetrator")', target_or_event: OKTO, according_to: WP },
    { actor: 'Gundolf Köhler', action: 'the bombing was attributed to', target_or_event: OKTO, according_to: WP },
    { actor: 'Gundolf Köhler', action: 'had been involved with', target_or_event: 'Wehrsportgruppe Hoffmann', according_to: WP },
    { actor: 'accomplices or backers', action: 'participation could not be proven beyond reasonable doubt, although it could not be precluded', target_or_event: OKTO, according_to: 'A federal investigation' },
  ],
},
];
