// Single-annotator source annotations for the Dossier extraction TWENTIETH held-out set (eval/holdout20).
// Written blind (Dossier's extractor was not run on these texts, and its code was not read), following the
// annotation rules of eval/extraction/README.md and the boundary choices of eval/holdout18/README.md and
// eval/holdout18/tools/annotations.mjs (the template; eval/holdout19/README.md was the only file of that set read).
// `node eval/extraction/tools/build_gold.mjs --dir eval/holdout20` turns these into ../gold.json (mention
// offsets by exact string search in JavaScript/UTF-16, then verified).
//
// surfaces: [surface, canonical, type, opts?]  type: organisation|person|place ('none' = blocker span)
//   opts.occ: restrict to these 0-based occurrences of the surface (boundary-valid matches)
//   opts.loose: also match where a letter or digit touches the surface (glossary numbers glued to words)
// Longest match wins on overlap; matches must not be preceded/followed by a letter or digit.

const O = 'organisation', P = 'person', L = 'place', N = 'none';

const VOA = 'Voice of America', WP = 'Wikipedia', STATE = 'U.S. Department of State';
const DOJ = 'U.S. Department of Justice', US = 'United States';
const ICE = 'U.S. Immigration and Customs Enforcement', CRIM = 'Criminal Division (U.S. Department of Justice)';

const JORDAN = 'Gilberto Jordan', DOS_ERRES = 'Dos Erres massacre (1982)';
const NZIG = 'Vincent Nzigiyimfura', GENOCIDE = 'Rwandan genocide (1994)';
const CACERES = 'Berta Cáceres', CACERES_MURDER = 'murder of Berta Cáceres';
const MFDC = 'Movement of Democratic Forces of Casamance', CASA_AMBUSH = 'ambush of a Senegalese army convoy in Casamance (2006-12-20)';
const CHAMISA = 'Nelson Chamisa', MDC = 'Movement for Democratic Change', ZANU = 'ZANU-PF';
const CHAMISA_FAMILY = 'assault on the family of Nelson Chamisa (2008-05-30)';
const WADE = 'Abdoulaye Wade', BADJI = 'Oumar Lamine Badji', BADJI_KILLING = 'killing of Oumar Lamine Badji (2006-12-30)';
const TRUJILLO = 'Rafael Trujillo', TRUJILLO_ASSN = 'assassination of Rafael Trujillo (1961)';
const IMBERT = 'Antonio Imbert Barrera', SIM = 'Military Intelligence Service (Dominican Republic)', CIA = 'Central Intelligence Agency';
const TSAFENDAS = 'Dimitri Tsafendas', VERWOERD = 'Hendrik Verwoerd', VERWOERD_ASSN = 'assassination of Hendrik Verwoerd (1966)';
const PARK = 'Park Chung-hee', PARK_ASSN = 'assassination of Park Chung-hee (1979)', KCIA = 'Korean Central Intelligence Agency';
const KIM = 'Kim Jae-kyu';
const POPIELUSZKO = 'Jerzy Popiełuszko', POP_ASSN = 'assassination of Jerzy Popiełuszko (1984)', SB = 'Security Service (Poland)';
const PIOTROWSKI = 'Grzegorz Piotrowski';
const PALME = 'Olof Palme', LISBETH = 'Lisbeth Palme', PALME_ASSN = 'assassination of Olof Palme (1986)';
const ENGSTROM = 'Stig Engström', PETTERSSON = 'Christer Pettersson';
const BOUDIAF = 'Mohamed Boudiaf', BOUDIAF_ASSN = 'assassination of Mohamed Boudiaf (1992)', FIS = 'Islamic Salvation Front';
const BOUMAARAFI = 'Lambarek Boumaarafi';

export const docs = [
{
  file: '01-doj-2010-former-guatemalan-soldier-indicted-dos-erres-massacre.txt', mentions: true,
  surfaces: [
    ['Palm Beach County', 'Palm Beach County, Florida', L],
    ['Fla.', 'Florida', L], // "Palm Beach County, Fla.", "Delray Beach, Fla." (the state's abbreviation)
    ['Dos Erres', 'Dos Erres', L], // the massacred village (the attack venue), five times
    ['Lanny A. Breuer', 'Lanny A. Breuer', P], // "Assistant Attorney General" is a title
    ['Criminal Division', CRIM, O],
    ['U.S.', US, L], // "U.S. Attorney" (a country inside an office's title), "U.S. citizenship"
    ['Wifredo A. Ferrer', 'Wifredo A. Ferrer', P],
    ['Florida', 'Florida', L], // "the Southern District of Florida": the state inside the district's name — a choice
    ['John Morton', 'John Morton', P], // "Assistant Secretary" is a title
    ['U.S. Immigration and Customs Enforcement', ICE, O], // the country inside the agency's name is not separate
    ['ICE', ICE, O],
    [JORDAN, JORDAN, P],
    ['Jordan', JORDAN, P], // two bare mentions (the person, not the country)
    ['Delray Beach', 'Delray Beach, Florida', L],
    ['Guatemala', 'Guatemala', L], // "Dos Erres, Guatemala"
    // "Guatemalan" is an adjective (headline, body); "Kaibiles" names the unit's members (not annotated, as holdout18's
    // "Irgunists"); "a Guatemalan guerrilla group", "the special patrol" and "a federal grand jury" are generic.
  ],
  event_dates: [
    { event: 'A Guatemalan guerrilla group ambushed a military convoy near Dos Erres ("approximately November 1982")', date: '1982-11' },
    { event: 'A patrol of Kaibiles deployed to Dos Erres ("approximately December 1982")', date: '1982-12' },
    { event: 'Members of the special patrol entered Dos Erres ("on or about Dec. 7, 1982"); the massacre', date: '1982-12-07' },
    { event: 'Gilberto Jordan charged via a criminal complaint', date: '2010-05-05' },
  ],
  attributions: [
    { actor: JORDAN, action: 'indicted for lying on his naturalization application about his participation in the massacre', target_or_event: DOS_ERRES, according_to: DOJ },
    { actor: JORDAN, action: 'charged with unlawful procurement of U.S. citizenship', target_or_event: 'United States', according_to: DOJ },
    { actor: 'a Guatemalan guerrilla group', action: 'ambushed a military convoy near Dos Erres, killing soldiers and taking rifles', target_or_event: 'ambush of a military convoy near Dos Erres (1982-11)', according_to: 'the indictment' },
    { actor: JORDAN, action: 'one of the Kaibiles special forces patrol deployed to Dos Erres', target_or_event: DOS_ERRES, according_to: 'the indictment' },
    { actor: 'approximately 40 Kaibiles', action: 'allegedly established a perimeter around the town to prevent anyone from entering or escaping', target_or_event: DOS_ERRES, according_to: 'the indictment' },
    { actor: 'members of the special patrol', action: 'systematically murdered the men, women and children at Dos Erres (hammer blows, thrown into the village well)', target_or_event: DOS_ERRES, according_to: 'the indictment' },
    { actor: 'members of the special patrol', action: 'allegedly raped many of the women and girls before killing them', target_or_event: DOS_ERRES, according_to: 'the indictment' },
  ],
},
{
  file: '02-usao-2025-dayton-man-charged-concealing-role-in-rwandan-genocide.txt', mentions: true,
  surfaces: [
    ['Office of United States Attorneys', 'Office of United States Attorneys', O], // the copy's source line (the country inside the name is not separate)
    ['DAYTON', 'Dayton, Ohio', L], // the dateline, as written
    ['Dayton', 'Dayton, Ohio', L], // "a Dayton man"
    ['Ohio', 'Ohio', L], // dateline, "the Southern District of Ohio" (the state inside the district's name — a choice), "in Ohio"
    [US, US, L], // "United States citizenship", "in the United States" (twice), "The United States is not safe haven"
    ['Rwanda', 'Rwanda', L], // three times ("Rwandan" is an adjective)
    [NZIG, NZIG, P],
    ['Nzigiyimfura', NZIG, P],
    ['U.S.', US, L], // "U.S. Attorney", "U.S. authorities"
    ['Kelly A. Norris', 'Kelly A. Norris', P], // "Acting U.S. Attorney" is a title (the country inside it counts)
    ['Matthew R. Galeotti', 'Matthew R. Galeotti', P],
    ['Justice Department', DOJ, O], // "the Justice Department’s Criminal Division": two spans
    ['Criminal Division', CRIM, O],
    ['ICE', ICE, O], // "ICE HSI" (twice): the agency and its directorate are separate spans
    ['HSI', 'Homeland Security Investigations', O],
    ['Detroit', 'Detroit', L], // "ICE HSI Detroit" (the field office's city) — a choice
    ['Jared Murphey', 'Jared Murphey', P], // "acting Special Agent in Charge" is a title
    // "Tutsis", "Tutsi people" and "Hutus" are ethnic groups; "Rwandan" an adjective; "today" has no date line in the
    // stored text and is left out.
  ],
  event_dates: [
    { event: 'The genocide in Rwanda', date: '1994' },
  ],
  attributions: [
    { actor: NZIG, action: 'charged with lying on applications for a green card and citizenship by concealing his past role as a leader and perpetrator of', target_or_event: GENOCIDE, according_to: DOJ },
    { actor: NZIG, action: 'allegedly used his wealth and leadership position to organize violence against and killings of Tutsis during', target_or_event: GENOCIDE, according_to: 'court documents' },
    { actor: NZIG, action: 'facilitated the killings of Tutsis, then lied about it on immigration applications', target_or_event: GENOCIDE, according_to: 'Kelly A. Norris' },
    { actor: NZIG, action: 'directed and encouraged murders during the genocide, then lied to U.S. authorities', target_or_event: GENOCIDE, according_to: 'Matthew R. Galeotti' },
    { actor: NZIG, action: 'inflicted horror on the Tutsi people (as alleged)', target_or_event: GENOCIDE, according_to: 'Jared Murphey' },
  ],
},
{
  file: '03-state-2017-statement-on-the-anniversary-of-the-murder-of-berta-caceres.txt', mentions: true,
  surfaces: [
    [CACERES, CACERES, P], // title line, lead, last sentence
    [US, US, L], // "United States Embassy personnel" (the embassy is not annotated, the country inside it is, as holdout17), "The United States" (twice)
    ['Public Ministry', 'Public Ministry (Honduras)', O], // the prosecution service leading the investigation
    // "Honduran" and "Hondurans" are an adjective and a demonym; "the Embassy" is generic; "March 3" and "in January"
    // have no year in the text and are left out (the doc has no event date).
  ],
  event_dates: [],
  attributions: [
    { actor: 'eight people', action: 'in custody, charged with planning or carrying out her murder', target_or_event: CACERES_MURDER, according_to: STATE },
    { actor: 'Public Ministry (Honduras)', action: 'leading the investigation into', target_or_event: CACERES_MURDER, according_to: STATE },
    { actor: US, action: 'embassy personnel provide technical assistance to the investigation of', target_or_event: CACERES_MURDER, according_to: STATE },
  ],
},
{
  file: '04-voa-2006-two-senegalese-soldiers-shot-dead-in-casamance.txt', mentions: true,
  surfaces: [
    ['Jordan Davis', 'Jordan Davis', P], // byline and "For VOA, Jordan Davis reports"
    ['Dakar', 'Dakar', L], // byline, "from Dakar", "officials in Dakar" (twice)
    ['Casamance', 'Casamance', L], // outside the group's name (the region)
    ['VOA', VOA, O], // "For VOA", "The VOA was unable"
    ['Ziginchor', 'Ziguinchor', L], // as written
    ['Antoine Wardini', 'Antoine Wardini', P], // "Army spokesman Colonel" is a title
    [MFDC, MFDC, O], // Casamance inside the name is not separate
    ['Gambia', 'Gambia', L],
    ['Guinea-Bissau', 'Guinea-Bissau', L],
    ['Senegal', 'Senegal', L],
    ['Handicap International', 'Handicap International', O], // cited as the source of an estimate
    // "Senegalese", "Gambian", "British-based" are adjectives; "the national army" and "the separatist group" are
    // generic; "two years ago" is relative and left out; the 2009 de-mining pledge is a plan, not an event.
  ],
  // The story is dated 21 December 2006 (a Thursday); "on Wednesday" is 2006-12-20.
  event_dates: [
    { event: 'A troop convoy fired on near the Gambian border ("on Wednesday", by the date line of 21 December 2006)', date: '2006-12-20' },
  ],
  attributions: [
    { actor: 'snipers', action: 'fired on a troop convoy guarding a landmine removal team (two soldiers killed, 14 injured)', target_or_event: CASA_AMBUSH, according_to: 'Senegalese army officials' },
    { actor: 'snipers', action: 'doing these kinds of operations to discourage the de-mining operation', target_or_event: CASA_AMBUSH, according_to: 'Antoine Wardini' },
    { actor: MFDC, action: 'signed a peace deal with officials in Dakar two years ago', target_or_event: 'Senegal', according_to: VOA },
    { actor: 'some hardliners', action: 'refused to agree to the peace deal', target_or_event: MFDC, according_to: VOA },
    { actor: 'Senegalese and rebel forces', action: 'laid thousands of mines across Casamance', target_or_event: 'Casamance', according_to: VOA },
    { actor: 'landmines', action: 'have maimed nearly 800 people', target_or_event: 'Casamance', according_to: 'Handicap International' },
  ],
},
{
  file: '05-voa-2008-political-violence-strikes-family-of-zimbabwe-opposition-official.txt', mentions: true,
  surfaces: [
    ['Zimbabwe', 'Zimbabwe', L], // headline ("Senior Zimbabwe Opposition Official", attributive), "Zimbabwe's opposition"
    [CHAMISA, CHAMISA, P], // "spokesman" is a title
    ['Chamisa', CHAMISA, P], // three bare mentions
    [MDC, MDC, O],
    ['MDC', MDC, O], // "MDC sources", "MDC activists", "MDC membership cards"
    ['ZANU-Pf', ZANU, O], // as written
    ['ZANU-PF', ZANU, O],
    ['Chiwara', 'Chiwara', L], // "the Chiwara communal lands" — the named area — a choice
    ['Gutu South', 'Gutu South', L], // a constituency
    ['Masvingo', 'Masvingo Province', L], // "Masvingo province" (twice; the lower-case "province" is left out)
    ['Harare', 'Harare', L], // "the Harare airport" (the airport is not an attack venue here; the city is annotated)
    ['Europe', 'Europe', L],
    ['Irwin Chifera', 'Irwin Chifera', P],
    ['VOA', VOA, O], // "VOA's Studio 7 for Zimbabwe"
    ['Studio 7 for Zimbabwe', 'Studio 7 for Zimbabwe (VOA)', O], // VOA's service (Zimbabwe inside the name is not separate)
    ['Mashonaland Central', 'Mashonaland Central Province', L],
    ['Bindura South', 'Bindura South', L],
    ['Jeremiah Mupandira', 'Jeremiah Mupandira', P],
    ['Machokoto', 'Machokoto', P], // "a councilor identified only as Machokoto"
    ['Guruve North', 'Guruve North', L],
    ['Bakasa', 'Bakasa', L],
    ['Kachuta', 'Kachuta', L],
    ['Gota', 'Gota', L],
    ['Chimanikire school', null, N], // a building (not annotated)
    ['Buhera South', 'Buhera South', L],
    // "South African-mediated" is an adjective; "war veterans", "state security agents", "sources" are generic.
  ],
  // The story is dated 2008-05-30 (a Friday): "on Friday" is 2008-05-30, "late Thursday" 2008-05-29, "on Wednesday"
  // 2008-05-28; "elections March 29" takes the year of the date line.
  event_dates: [
    { event: 'Chamisa\'s parents and brother assaulted ("on Friday")', date: '2008-05-30' },
    { event: 'Elections ("since elections March 29", by the date line)', date: '2008-03-29' },
    { event: 'Chamisa attacked at the Harare airport', date: '2007-03' },
    { event: 'South African-mediated negotiations dead-ended ("early 2008")', date: '2008' },
    { event: 'Two MDC activists abducted in Bindura South ("late Thursday")', date: '2008-05-29' },
    { event: 'Villagers force-marched to Chimanikire school ("on Wednesday")', date: '2008-05-28' },
  ],
  attributions: [
    { actor: 'armed soldiers and suspected ZANU-Pf militia members', action: 'assaulted Chamisa\'s parents and younger brother at his rural home and battered other relatives', target_or_event: CHAMISA_FAMILY, according_to: 'MDC sources' },
    { actor: CHAMISA, action: 'spokesman of', target_or_event: MDC, according_to: VOA },
    { actor: 'suspected state security agents', action: 'attacked him with iron bars at the Harare airport (March 2007)', target_or_event: CHAMISA, according_to: VOA },
    { actor: 'men believed to be state security agents', action: 'abducted from his home (an MDC activist)', target_or_event: 'Jeremiah Mupandira', according_to: 'sources in Mashonaland Central province' },
    { actor: 'men believed to be state security agents', action: 'abducted from his home (an MDC councilor)', target_or_event: 'Machokoto', according_to: 'sources in Mashonaland Central province' },
    { actor: 'war veterans and ZANU-PF militia', action: 'said to be forcing opposition supporters to surrender MDC membership cards and denounce the party', target_or_event: MDC, according_to: VOA },
    { actor: 'war veterans', action: 'force-marched villagers to Chimanikire school, showed them guns and told them they had invited war by voting for the opposition', target_or_event: 'villagers from Bakasa, Kachuta and Gota', according_to: 'Sources in the area' },
  ],
},
{
  file: '06-voa-2007-casamance-violence-likely-to-become-issue-in-senegal.txt', mentions: true,
  surfaces: [
    ['Jordan Davis', 'Jordan Davis', P], // byline and "Jordan Davis reports for VOA"
    ['Dakar', 'Dakar', L],
    [WADE, WADE, P, { loose: true }], // "Abdoulaye Wade1" (the copy's glossary number glued to the name)
    ['Wade', WADE, P], // "President Wade", "Mr. Wade" (twice)
    ['Casamance', 'Casamance', L], // the region (outside the group's name)
    ['VOA', VOA, O],
    ['Senegal', 'Senegal', L],
    ['Ziguinchor', 'Ziguinchor', L],
    [BADJI, BADJI, P],
    ['Badji', BADJI, P],
    ['Movement of Democratic Foces in Casamance', MFDC, O], // as written (source typo)
    // "Senegalese" is an adjective; "the regional council", "the political wing", "extremist factions" are generic;
    // "in two months" (the polls) is a future date and left out; the glossary numbers ("assassinated2", "eulogy3",
    // "killers4", "factions6") are the copy's, kept as stored.
  ],
  // The story is dated 02 January 2007 (a Tuesday): "Tuesday" is 2007-01-02 and "late Saturday" 2006-12-30.
  event_dates: [
    { event: 'Wade attended funeral services ("Tuesday", by the date line of 02 January 2007)', date: '2007-01-02' },
    { event: 'Oumar Lamine Badji killed in his home ("late Saturday")', date: '2006-12-30' },
    { event: 'Peace agreement with the political wing of the MFDC', date: '2004' },
  ],
  attributions: [
    { actor: 'the killers', action: 'killed him in his home near the regional capital (assassinated)', target_or_event: BADJI_KILLING, according_to: VOA },
    { actor: BADJI, action: 'close political ally and long-time political friend of', target_or_event: WADE, according_to: VOA },
    { actor: WADE, action: 'signed a 2004 peace agreement with the political wing of', target_or_event: MFDC, according_to: VOA },
    { actor: 'extremist factions', action: 'want the world to believe the war continues in Casamance', target_or_event: 'Casamance', according_to: WADE },
    { actor: 'Several armed factions in Casamance', action: 'did not sign the peace agreement', target_or_event: MFDC, according_to: VOA },
  ],
},
{
  file: '07-liquisearch-1961-assassination-of-rafael-trujillo.txt', mentions: true,
  surfaces: [
    [TRUJILLO, TRUJILLO, P], // the heading line
    ['Trujillo', TRUJILLO, P], // "Trujillo was shot and killed", "Trujillo's funeral"
    ['Trujillo family', null, N], // "the Trujillo family" (twice) is generic (as the dev set's "the Haqqani family")
    ['Trujillo regime', null, N], // "the Trujillo regime" (not annotated) — a choice
    ['Ramfis Trujillo', 'Ramfis Trujillo', P],
    ['Ramfis', 'Ramfis Trujillo', P], // two bare mentions
    ['Antonio de la Maza', 'Antonio de la Maza', P],
    ['Amado García Guerrero', 'Amado García Guerrero', P],
    [IMBERT, IMBERT, P], // "General" is a title
    ['Imbert', IMBERT, P], // two bare mentions
    ['José ("Pupo") Román', 'José Román', P], // as written, the nickname inside the span
    ['Johnny Abbes', 'Johnny Abbes', P],
    ['Roberto Figueroa Carrión', 'Roberto Figueroa Carrión', P],
    ['SIM', SIM, O], // twice
    ['Paris', 'Paris', L], // twice
    ['Hacienda Maria', 'Hacienda Maria', L], // inside the event's name "Hacienda Maria Massacre"
    ['San Cristóbal', 'San Cristóbal, Dominican Republic', L],
    ['Joaquín Balaguer', 'Joaquín Balaguer', P],
    ['Balaguer', 'Joaquín Balaguer', P],
    ['El Pardo cemetery', null, N], // a cemetery (a site other than an attack venue), with the place inside it
    ['Madrid', 'Madrid', L],
    ['Spain', 'Spain', L],
    [CIA, CIA, O],
    // "Dominican" and "American" are adjectives; "Chevrolet Bel Air" and "Angelita" are a car and a boat; "Cimetière du
    // Père Lachaise" is a cemetery (not annotated, no surface inside it).
  ],
  event_dates: [
    { event: 'Trujillo shot and killed in an ambush ("On Tuesday, May 30, 1961")', date: '1961-05-30' },
    { event: 'Last executions of conspirators, "Hacienda Maria Massacre" ("On November 18", the year of the assassination — a choice)', date: '1961-11-18' },
    { event: 'Military uprising ("in November", the same year — a choice)', date: '1961-11' },
    { event: 'Remains interred in the Cimetière du Père Lachaise', date: '1964-08-14' },
    { event: 'Remains moved to El Pardo cemetery ("six years later", computed)', date: '1970' },
  ],
  attributions: [
    { actor: 'Antonio de la Maza', action: 'plotted the ambush (among the plotters)', target_or_event: TRUJILLO_ASSN, according_to: WP },
    { actor: 'Amado García Guerrero', action: 'plotted the ambush (among the plotters)', target_or_event: TRUJILLO_ASSN, according_to: WP },
    { actor: IMBERT, action: 'plotted the ambush (among the plotters); the only one of the seven assassins who survived the manhunt', target_or_event: TRUJILLO_ASSN, according_to: WP },
    { actor: 'José Román', action: 'betrayed his co-conspirators by his inactivity (later executed)', target_or_event: TRUJILLO_ASSN, according_to: WP },
    { actor: SIM, action: 'put to work to hunt down the members of the plot; detained hundreds of suspects, many tortured', target_or_event: 'members of the plot', according_to: WP },
    { actor: 'Johnny Abbes', action: 'put the SIM to work to hunt down the members of the plot', target_or_event: 'members of the plot', according_to: WP },
    { actor: 'Roberto Figueroa Carrión', action: 'put the SIM to work to hunt down the members of the plot', target_or_event: 'members of the plot', according_to: WP },
    { actor: CIA, action: 'its role in the killing has been debated', target_or_event: TRUJILLO_ASSN, according_to: WP },
    { actor: CIA, action: 'denies a role: the plotters acted on their own', target_or_event: TRUJILLO_ASSN, according_to: IMBERT },
  ],
},
{
  file: '08-kiwix-1966-dimitri-tsafendas.txt', mentions: true,
  surfaces: [
    [TSAFENDAS, TSAFENDAS, P], // title lines and lead
    ['Tsafendas', TSAFENDAS, P], // caption and lead
    ['Krugersdorp', 'Krugersdorp', L],
    ['Gauteng', 'Gauteng', L],
    ['South Africa', 'South Africa', L], // infobox Died, "Prime Minister of South Africa" (the title left out)
    [VERWOERD, VERWOERD, P], // infobox Known for, lead
    ['Verwoerd', VERWOERD, P],
    ['SACP', 'South African Communist Party', O], // infobox Political party
    ['United States Merchant Marine', 'United States Merchant Marine', O], // the country inside the name is not separate
    ['Democratic Army of Greece', 'Democratic Army of Greece', O],
    ['House of Assembly', 'House of Assembly (South Africa)', O], // the legislature (as holdout18's National Diet) — a choice
    ['Cape Town', 'Cape Town', L],
    // "South African", "Greek", "Greek-Mozambican" are adjectives ("(Greek: ...)" names a language); "World War II" and
    // "Greek Civil War" are wars; "State President" is a title; births and deaths are not listed as event dates.
  ],
  event_dates: [
    { event: 'Tsafendas stabbed Verwoerd to death in the House of Assembly', date: '1966-09-06' },
    { event: 'Service in the United States Merchant Marine ("(1941–1945)")', date: '1941/1945' },
    { event: 'Service in the Democratic Army of Greece ("(1947–1949)")', date: '1947/1949' },
  ],
  attributions: [
    { actor: TSAFENDAS, action: 'known for the assassination of (infobox "Known for")', target_or_event: VERWOERD_ASSN, according_to: WP },
    { actor: TSAFENDAS, action: 'the assassin of; stabbed Verwoerd to death during a sitting of the House of Assembly', target_or_event: VERWOERD, according_to: WP },
    { actor: TSAFENDAS, action: 'charged with murder; found not guilty by reason of insanity (infobox)', target_or_event: VERWOERD_ASSN, according_to: WP },
    { actor: TSAFENDAS, action: 'member of (infobox "Political party")', target_or_event: 'South African Communist Party', according_to: WP },
    { actor: TSAFENDAS, action: 'served in (infobox "Branch", 1941–1945)', target_or_event: 'United States Merchant Marine', according_to: WP },
    { actor: TSAFENDAS, action: 'served in (infobox "Branch", 1947–1949)', target_or_event: 'Democratic Army of Greece', according_to: WP },
  ],
},
{
  file: '09-uncensoredwiki-1979-park-chung-hee-assassination.txt', mentions: true,
  surfaces: [
    [PARK, PARK, P], // title line ("Park Chung-hee assassination") and lead
    ['Park', PARK, P], // "invited Park", "After Park", "shots at Park", "president Park"
    ['South Korea', 'South Korea', L], // twice
    ['Cheong Wa Dae', 'Cheong Wa Dae', L], // the compound where he was shot (the attack venue), twice — a choice
    ['Blue House', 'Cheong Wa Dae', L], // the gloss ("Blue House")
    [KCIA, KCIA, O],
    ['KCIA', KCIA, O],
    ['Gungjeong-dong', 'Gungjeong-dong', L],
    ['Jongno-gu', 'Jongno District', L],
    ['Seoul', 'Seoul', L],
    [KIM, KIM, P],
    ['Kim', KIM, P], // "Kim reentered the room"
    ['Cha Ji-cheol', 'Cha Ji-cheol', P],
    ['Park Heung-ju', 'Park Heung-ju', P],
    ['Park Seon-ho', 'Park Seon-ho', P],
    ['Yoo Seong-ok', 'Yoo Seong-ok', P],
    ['Lee Ki-ju', 'Lee Ki-ju', P],
    ['Kim Tae-won', 'Kim Tae-won', P],
    ['Seo Young-jun', 'Seo Young-jun', P],
    ['CIA', CIA, O], // "American CIA" (the adjective left out)
    // "Walther PPK" is a weapon; "Yusin Constitution" a constitution; "10.26 incident" an event's name with no place.
  ],
  event_dates: [
    { event: 'Assassination of Park Chung-hee', date: '1979-10-26' },
    { event: 'Kim Jae-kyu and four conspirators hanged (listed once)', date: '1980-05-24' },
    { event: 'Park Heung-ju executed by firing squad', date: '1980-03-06' },
  ],
  attributions: [
    { actor: KIM, action: 'shot and killed the president (fired several shots at Park)', target_or_event: PARK_ASSN, according_to: WP },
    { actor: KIM, action: 'shot and killed the chief bodyguard of the president', target_or_event: 'Cha Ji-cheol', according_to: WP },
    { actor: KIM, action: 'director of', target_or_event: KCIA, according_to: WP },
    { actor: 'five armed KCIA agents', action: 'stormed the rooms and killed two of the president\'s security detail and his driver', target_or_event: PARK_ASSN, according_to: WP },
    { actor: KIM, action: 'KCIA conspirator; hanged on May 24, 1980', target_or_event: PARK_ASSN, according_to: WP },
    { actor: 'Park Heung-ju', action: 'KCIA conspirator; executed by firing squad', target_or_event: PARK_ASSN, according_to: WP },
    { actor: 'Park Seon-ho', action: 'KCIA conspirator (a KCIA agent); hanged', target_or_event: PARK_ASSN, according_to: WP },
    { actor: 'Yoo Seong-ok', action: 'KCIA conspirator (a driver in the secret house); hanged', target_or_event: PARK_ASSN, according_to: WP },
    { actor: 'Lee Ki-ju', action: 'KCIA conspirator (head of secret house security); hanged', target_or_event: PARK_ASSN, according_to: WP },
    { actor: 'Kim Tae-won', action: 'KCIA conspirator (secret house security agent); hanged', target_or_event: PARK_ASSN, according_to: WP },
    { actor: 'Seo Young-jun', action: 'KCIA conspirator (secret house security agent); released after imprisonment', target_or_event: PARK_ASSN, according_to: WP },
    { actor: KIM, action: 'shot "the heart of Yusin Constitution" for democracy (his testimony in court)', target_or_event: PARK_ASSN, according_to: KIM },
    { actor: CIA, action: 'Kim allegedly inquired whether it had attempted to contact him after the shooting', target_or_event: PARK_ASSN, according_to: WP },
  ],
},
{
  file: '10-wikipedia-1984-assassination-of-jerzy-popieluszko.txt', mentions: true,
  surfaces: [
    [POPIELUSZKO, POPIELUSZKO, P], // title line, infobox Target, lead
    ['Popiełuszko', POPIELUSZKO, P], // infobox Victims and Fatalities
    ['Jerzy', POPIELUSZKO, P], // "Father Jerzy" (three times; "Father" is a title)
    ['Górsk', 'Górsk', L],
    ['Poland', 'Poland', L], // infobox Location (twice), "the Soviet-led Poland"
    ['Vistula River', 'Vistula River', L],
    ['Włocławek', 'Włocławek', L],
    ['Waldemar Chrostowski', 'Waldemar Chrostowski', P],
    ['Chrostowski', 'Waldemar Chrostowski', P],
    [PIOTROWSKI, PIOTROWSKI, P],
    ['Piotrowski', PIOTROWSKI, P],
    ['Leszek Pękala', 'Leszek Pękala', P],
    ['Waldemar Chmielewski', 'Waldemar Chmielewski', P],
    ['Adam Pietruszka', 'Adam Pietruszka', P],
    ['Security Service', SB, O], // "the Polish Security Service" (the adjective left out)
    ["Polish People's Republic", "Polish People's Republic", L], // a state (as holdout18's French Third Republic)
    ['Lech Wałęsa', 'Lech Wałęsa', P],
    ['Grzegorz Przemyk', 'Grzegorz Przemyk', P],
    // "Polish", "Catholic", "Soviet-led" are adjectives; "CET; UTC+01:00" time zones; "traffic police" generic.
  ],
  event_dates: [
    { event: 'Popiełuszko attacked, kidnapped and killed ("On the night of 19 October 1984")', date: '1984-10-19' },
    { event: 'Funeral of Father Jerzy', date: '1984-11-03' },
  ],
  attributions: [
    { actor: PIOTROWSKI, action: 'perpetrator (infobox "Perpetrators")', target_or_event: POP_ASSN, according_to: WP },
    { actor: 'Leszek Pękala', action: 'perpetrator (infobox "Perpetrators")', target_or_event: POP_ASSN, according_to: WP },
    { actor: 'Waldemar Chmielewski', action: 'perpetrator (infobox "Perpetrators")', target_or_event: POP_ASSN, according_to: WP },
    { actor: 'Adam Pietruszka', action: 'perpetrator (infobox "Perpetrators")', target_or_event: POP_ASSN, according_to: WP },
    { actor: SB, action: 'three of its agents, disguised as traffic police, attacked, kidnapped and killed', target_or_event: POPIELUSZKO, according_to: WP },
    { actor: PIOTROWSKI, action: 'responsible for and involved in the death of; the ringleader, confessed he hit Father Jerzy with a baton repeatedly', target_or_event: POP_ASSN, according_to: WP },
    { actor: 'Leszek Pękala', action: 'responsible for and involved in the death of', target_or_event: POP_ASSN, according_to: WP },
    { actor: 'Waldemar Chmielewski', action: 'responsible for and involved in the death of', target_or_event: POP_ASSN, according_to: WP },
    { actor: 'Adam Pietruszka', action: 'aiding and abetting (not involved in the assassination itself)', target_or_event: POP_ASSN, according_to: WP },
    { actor: PIOTROWSKI, action: 'sentenced to 25 years in prison', target_or_event: POP_ASSN, according_to: WP },
  ],
},
{
  file: '11-cryer-1986-assassination-of-olof-palme.txt', mentions: true,
  surfaces: [
    [PALME, PALME, P], // infobox title, Target, Fatalities; lead
    [LISBETH, LISBETH, P], // infobox Injuries; lead (twice)
    ['Palme', LISBETH, P, { occ: [0] }], // "by Mrs. Palme" (his wife)
    ['Palme', PALME, P], // "the Palme assassination", "anti-Palme circles" (attributive)
    ['Sveavägen', 'Sveavägen', L], // infobox Location, lead
    ['Tunnelgatan', 'Tunnelgatan', L],
    ['Stockholm', 'Stockholm', L],
    ['Sweden', 'Sweden', L], // infobox Location, "Prime Minister of Sweden" (outside the court's name)
    [ENGSTROM, ENGSTROM, P],
    ['Engström', ENGSTROM, P],
    ['Skandia Man', ENGSTROM, P], // "also known as the "Skandia Man"" (his nickname)
    [PETTERSSON, PETTERSSON, P],
    ['Pettersson', PETTERSSON, P],
    ['Svea Court of Appeal', 'Svea Court of Appeal', O],
    ['Supreme Court of Sweden', 'Supreme Court of Sweden', O], // Sweden inside the name is not separate
    ['Krister Petersson', 'Krister Petersson', P], // "chief prosecutor" is a title
    // "Central European Time", "CET", "UTC" are time zones; ".357 Magnum revolver" is a weapon; "the prosecutor" is generic.
  ],
  event_dates: [
    { event: 'Olof Palme fatally shot on Sveavägen (lead; the infobox has no date)', date: '1986-02-28' },
    { event: 'Christer Pettersson convicted of the murder (lead "in 1988")', date: '1988' },
    { event: 'Christer Pettersson convicted (infobox "convicted in 1989", as written)', date: '1989' },
    { event: 'Christer Pettersson died', date: '2004-09-29' },
    { event: 'Krister Petersson named Stig Engström the most likely suspect (lead; infobox "in 2020", listed once)', date: '2020-06-10' },
    { event: 'Stig Engström died (lead; infobox "died in 2000", listed once)', date: '2000-06-26' },
  ],
  attributions: [
    { actor: ENGSTROM, action: 'perpetrator (infobox; posthumously declared a suspect in 2020)', target_or_event: PALME_ASSN, according_to: WP },
    { actor: PETTERSSON, action: 'perpetrator (infobox; convicted in 1989, verdict quashed on appeal)', target_or_event: PALME_ASSN, according_to: WP },
    { actor: PETTERSSON, action: 'convicted of the murder in 1988', target_or_event: PALME_ASSN, according_to: WP },
    { actor: PETTERSSON, action: 'identified as the killer', target_or_event: PALME_ASSN, according_to: LISBETH },
    { actor: PETTERSSON, action: 'acquitted on appeal; legally declared not guilty of the Palme assassination', target_or_event: PALME_ASSN, according_to: 'Svea Court of Appeal' },
    { actor: ENGSTROM, action: 'the most likely suspect (no direct evidence presented)', target_or_event: PALME_ASSN, according_to: 'Krister Petersson' },
  ],
},
{
  file: '12-detailedpedia-1992-assassination-of-mohamed-boudiaf.txt', mentions: true,
  surfaces: [
    [BOUDIAF, BOUDIAF, P], // the title line
    ['Boudiaf', BOUDIAF, P], // bare mentions throughout
    [BOUMAARAFI, BOUMAARAFI, P],
    [FIS, FIS, O],
    ['FIS', FIS, O], // three times
    ['Annaba', 'Annaba', L],
    ['Morocco', 'Morocco', L],
    ['HCE', 'High Council of State (Algeria)', O],
    ['High Council of State', 'High Council of State (Algeria)', O],
    ['Islamic State', null, N], // "the Islamic State declared by the FIS" (a form of state, not the group; not annotated)
    ['Krim Belkacem', 'Krim Belkacem', P],
    ['Frankfurt', 'Frankfurt', L],
    ['Mohamed Khider', 'Mohamed Khider', P],
    ['Madrid', 'Madrid', L],
    ['Mohammed Seddik Benyahia', 'Mohammed Seddik Benyahia', P],
    ['Iran', 'Iran', L], // "the Iran–Iraq border"
    ['Iraq', 'Iraq', L],
    ['Mostafa Beloucif', 'Mostafa Beloucif', P], // "General" is a title
    ['Blida', 'Blida', L], // "the Blida tribunal"
    ['Khaled Nezzar', 'Khaled Nezzar', P],
    ['Tamanrasset', 'Tamanrasset', L], // "a Tamanrasset businessman" (attributive)
    ['Sahel', 'Sahel', L],
    ['Sub-Saharan Africa', 'Sub-Saharan Africa', L],
    // "Algerian" is an adjective; "First Gulf War" is a war; "national TV", "the colonel" are generic.
  ],
  event_dates: [
    { event: 'Boudiaf assassinated in Annaba', date: '1992-06-29' },
    { event: 'FIS won the first democratic elections', date: '1991' },
    { event: 'Independence', date: '1962' },
    { event: 'Krim Belkacem assassinated in Frankfurt', date: '1970' },
    { event: 'Mohamed Khider assassinated in Madrid', date: '1967' },
  ],
  attributions: [
    { actor: BOUMAARAFI, action: 'killed him (one of his own bodyguards); assassinated while addressing a public meeting', target_or_event: BOUDIAF_ASSN, according_to: WP },
    { actor: BOUMAARAFI, action: 'presented officially as an Islamic fundamentalist and a sympathiser of', target_or_event: FIS, according_to: 'official account' },
    { actor: BOUMAARAFI, action: 'acted alone (as officially presented)', target_or_event: BOUDIAF_ASSN, according_to: 'official account' },
    { actor: BOUDIAF, action: 'his mission was to crush', target_or_event: FIS, according_to: WP },
  ],
},
];
