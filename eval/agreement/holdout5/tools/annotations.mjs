// Second-annotator (agreement) source annotations for 6 documents of eval/holdout5 (01, 03, 05, 06, 08, 12).
// Written blind on 2026-12-06 (without opening eval/holdout5's gold, annotation source or README, and without
// running or reading Dossier's extractor), following eval/extraction/README.md ("Annotation rules") and the
// boundary choices of eval/holdout/README.md and eval/holdout2/README.md.
// Same format as eval/holdout2/tools/annotations.mjs.
//
// surfaces: [surface, canonical, type, opts?]  type: organisation|person|place ('none' = blocker span)
//   opts.loose: also match where a letter or digit touches the surface (infobox labels glued to values)

const O = 'organisation', P = 'person', L = 'place';

const STATE = 'U.S. Department of State', VOA = 'Voice of America', WIKI = 'Wikipedia', UN = 'United Nations';
const US = 'United States', ELN = 'Ejército de Liberación Nacional', RIM = 'Russian Imperial Movement';
const FSB = 'Federal Security Service', PKK = 'Kurdistan Workers\' Party', YPG = 'People\'s Protection Units';
const SP = 'Shining Path';

export const docs = [
{
  file: '01-un-2019-sg-statement-bogota-police-academy.txt', mentions: true,
  surfaces: [
    ['UN', UN, O],
    ['António Guterres', 'António Guterres', P],
    ['Bogotá', 'Bogotá', L],
    ['Ejército de Liberación Nacional', ELN, O],
    ['ELN', ELN, O],
    ['Colombia', 'Colombia', L], // "Government of Colombia": the country stays a place
  ],
  event_dates: [
    { event: 'Statement issued by the Spokesman for the Secretary-General (today)', date: '2019-01-18' },
  ],
  attributions: [
    { actor: 'António Guterres', action: 'strongly condemns', target_or_event: 'car bombing at a police academy in Bogotá', according_to: UN },
    { actor: ELN, action: 'conducted (the authorities say they have proof)', target_or_event: 'car bombing at a police academy in Bogotá', according_to: 'Colombian authorities' },
  ],
},
{
  file: '03-state-2020-russian-imperial-movement-sdgt.txt', mentions: true,
  surfaces: [
    ['Christchurch', 'Christchurch', L],
    ['New Zealand', 'New Zealand', L],
    ['United States', US, L],
    ['Pittsburgh', 'Pittsburgh', L],
    ['Poway', 'Poway', L],
    ['El Paso', 'El Paso', L], // also inside "the El Paso attack"
    ['Trump', 'Donald Trump', P],
    ['State Department', STATE, O],
    ['Russian Imperial Movement', RIM, O],
    ['RIM', RIM, O],
    ['Stanislav Anatolyevich Vorobyev', 'Stanislav Anatolyevich Vorobyev', P],
    ['Denis Valliullovich Gariyev', 'Denis Valliullovich Gariyev', P],
    ['Nikolay Nikolayevich Trushchalov', 'Nikolay Nikolayevich Trushchalov', P],
  ],
  event_dates: [
    { event: 'Surge in white supremacist terrorism (since 2015)', date: '2015' },
    { event: 'Terrorist attack on two mosques in Christchurch (first anniversary "last month", i.e. March 2020)', date: '2019-03' },
    { event: 'State Department designates the Russian Imperial Movement and three leaders as SDGTs (today)', date: '2020-04-06' },
  ],
  attributions: [
    { actor: STATE, action: 'designates as a Specially Designated Global Terrorist', target_or_event: RIM, according_to: STATE },
    { actor: STATE, action: 'designates as a Specially Designated Global Terrorist', target_or_event: 'Stanislav Anatolyevich Vorobyev', according_to: STATE },
    { actor: STATE, action: 'designates as a Specially Designated Global Terrorist', target_or_event: 'Denis Valliullovich Gariyev', according_to: STATE },
    { actor: STATE, action: 'designates as a Specially Designated Global Terrorist', target_or_event: 'Nikolay Nikolayevich Trushchalov', according_to: STATE },
    { actor: 'Stanislav Anatolyevich Vorobyev', action: 'leader of', target_or_event: RIM, according_to: STATE },
    { actor: 'Denis Valliullovich Gariyev', action: 'leader of', target_or_event: RIM, according_to: STATE },
    { actor: 'Nikolay Nikolayevich Trushchalov', action: 'leader of', target_or_event: RIM, according_to: STATE },
  ],
},
{
  file: '05-voa-2010-chechen-militant-claims-moscow-bombings.txt', mentions: true,
  surfaces: [
    ['Moscow', 'Moscow', L],
    ['Doku Umarov', 'Doku Umarov', P],
    ['Umarov', 'Doku Umarov', P],
    ['Chechnya', 'Chechnya', L],
    ['Russia', 'Russia', L],
    ['North Caucasus', 'North Caucasus', L],
    ['Caucasus', 'Caucasus', L],
    ['Federal Security Service', FSB, O],
    ['FSB', FSB, O],
    ['Dagestan', 'Dagestan', L],
    ['Kizlyar', 'Kizlyar', L],
    ['Vladimir Putin', 'Vladimir Putin', P],
    ['Security Council', 'Security Council of Russia', O],
    ['Nikolai Patrushev', 'Nikolai Patrushev', P],
    ['Kommersant', 'Kommersant', O], // the newspaper cited as the source of Patrushev's words
  ],
  // Published: unknown; "Monday", "Wednesday", "Last month" have no year in the document: left out.
  event_dates: [],
  attributions: [
    { actor: 'Doku Umarov', action: 'claimed responsibility for', target_or_event: 'Moscow subway suicide bombings', according_to: 'Doku Umarov' },
    { actor: 'Doku Umarov', action: 'personally ordered', target_or_event: 'Moscow subway suicide bombings', according_to: 'Doku Umarov' },
    { actor: 'Doku Umarov', action: 'leads', target_or_event: 'Islamist militants in Chechnya and nearby regions of the North Caucasus', according_to: VOA },
    { actor: 'Russian security forces', action: 'killed civilians in (the bombings were retaliation for it)', target_or_event: 'Caucasus', according_to: 'Doku Umarov' },
    { actor: 'Doku Umarov', action: 'said attacks will continue on', target_or_event: 'Russia', according_to: 'Doku Umarov' },
    { actor: 'Doku Umarov', action: 'vowed to take the Islamist battle to the cities of', target_or_event: 'Russia', according_to: VOA },
    { actor: 'two suicide bombers', action: 'struck (killing at least 12 people)', target_or_event: 'Kizlyar bombings in Dagestan', according_to: VOA },
    { actor: 'a single terrorist group', action: 'may be behind', target_or_event: 'Moscow and Dagestan attacks', according_to: 'Vladimir Putin' },
    { actor: 'two women linked to Islamist insurgents in the southern republics', action: 'carried out', target_or_event: 'Moscow subway suicide bombings', according_to: 'Authorities' },
    { actor: 'Georgia', action: 'possible involvement in (Russia is investigating)', target_or_event: 'Moscow subway suicide bombings', according_to: 'Nikolai Patrushev' },
    { actor: 'Nikolai Patrushev', action: 'head of', target_or_event: 'Security Council of Russia', according_to: VOA },
  ],
},
{
  file: '06-voa-2016-turkey-blames-ankara-bombing.txt', mentions: true,
  surfaces: [
    ['Turkey', 'Turkey', L],
    ['Ankara', 'Ankara', L],
    ['VOA News', VOA, O], // the byline: the outlet of the report
    ['United States', US, L],
    ['U.S.', US, L],
    ['Ahmet Davutoglu', 'Ahmet Davutoglu', P],
    ['Davutoglu', 'Ahmet Davutoglu', P],
    ['PKK', PKK, O],
    ['Syria', 'Syria', L],
    ['YPG', YPG, O],
    ['Washington', 'Washington, D.C.', L],
    ['Ben Rhodes', 'Ben Rhodes', P],
    ['John Kerry', 'John Kerry', P],
    ['Mevlut Cavusoglu', 'Mevlut Cavusoglu', P],
    ['NATO', 'NATO', O],
    ['Islamic State', 'Islamic State', O],
  ],
  event_dates: [
    { event: 'Forensic experts arrive near the site of the explosion (photo caption)', date: '2016-02-18' },
    { event: 'Car bombing in Ankara ("last night\'s explosion", "Wednesday\'s attack")', date: '2016-02-17' },
    { event: 'The United States says it has yet to determine who launched the attack (Thursday)', date: '2016-02-18' },
  ],
  attributions: [
    { actor: 'a Syrian man with links to Kurdish militia groups', action: 'blamed for', target_or_event: 'Ankara car bombing', according_to: 'Turkey' },
    { actor: PKK, action: 'carried out (together with a person who sneaked into Turkey from Syria)', target_or_event: 'Ankara car bombing', according_to: 'Ahmet Davutoglu' },
    { actor: 'the Syrian man', action: 'was a member of', target_or_event: YPG, according_to: 'Ahmet Davutoglu' },
    { actor: YPG, action: 'armed faction of', target_or_event: 'a Syrian Kurdish rebel group', according_to: VOA },
    { actor: 'Turkey', action: 'considers a terrorist organization', target_or_event: YPG, according_to: VOA },
    { actor: 'Turkey', action: 'considers a terrorist organization', target_or_event: PKK, according_to: VOA },
    { actor: US, action: 'has yet to determine who launched; has "not settled upon assignment of responsibility" for', target_or_event: 'Ankara car bombing', according_to: 'Ben Rhodes' },
    { actor: 'Ben Rhodes', action: 'condemned', target_or_event: 'Ankara car bombing', according_to: VOA },
    { actor: 'Ahmet Davutoglu', action: 'appealed for international denunciations of', target_or_event: YPG, according_to: VOA },
    { actor: US, action: 'supports (apparently)', target_or_event: YPG, according_to: VOA },
    { actor: YPG, action: 'fighting against', target_or_event: 'Islamic State', according_to: VOA },
  ],
},
{
  file: '08-wikipedia-tarata-bombing.txt', mentions: true,
  surfaces: [
    ['Tarata', 'Tarata Street', L], // the street, also inside the event name "Tarata bombing"
    ['Tarata St.', 'Tarata Street', L],
    ['Tarata Street', 'Tarata Street', L],
    ['Miraflores', 'Miraflores', L], // also inside "Miraflores bombing"
    ['Miraflores District', 'Miraflores', L],
    ['Lima', 'Lima', L], // also inside "Lima bombing"
    ['Peru', 'Peru', L], // also inside "Internal conflict in Peru"
    ['Banco de Crédito del Perú', 'Banco de Crédito del Perú', L], // the attack's target venue
    ['Larco Ave.', 'Avenida Larco', L],
    ['Larco Avenue', 'Avenida Larco', L],
    ['Avenida Larco', 'Avenida Larco', L],
    ['Shining Path', SP, O],
    ['Alberto Fujimori', 'Alberto Fujimori', P],
    ['Abimael Guzmán', 'Abimael Guzmán', P],
    ['Guzmán', 'Abimael Guzmán', P],
    ['Peruvian Communist Party', 'Peruvian Communist Party', O],
  ],
  event_dates: [
    { event: 'Tarata bombing', date: '1992-07-16' },
    { event: 'Capture of Shining Path leader Abimael Guzmán (September of the same year)', date: '1992-09' },
    { event: 'Peru in the midst of a terrorist insurgency', date: '1992' },
  ],
  attributions: [
    { actor: SP, action: 'carried out (Perp)', target_or_event: 'Tarata bombing', according_to: WIKI },
    { actor: SP, action: 'week-long strike against the Peruvian government (40 deaths)', target_or_event: 'Peruvian government', according_to: WIKI },
    { actor: 'Alberto Fujimori', action: 'intensified his crackdown on', target_or_event: 'Peruvian insurgent groups', according_to: WIKI },
    { actor: 'Abimael Guzmán', action: 'leader of', target_or_event: SP, according_to: WIKI },
    { actor: SP, action: 'militant offshoot of', target_or_event: 'Peruvian Communist Party', according_to: WIKI },
  ],
},
{
  file: '12-wikipedia-russian-apartment-bombings.txt', mentions: true,
  surfaces: [
    ['Buynaksk', 'Buynaksk', L, { loose: true }], // also glued (LocationBuynaksk)
    ['Moscow', 'Moscow', L],
    ['Volgodonsk', 'Volgodonsk', L],
    ['Gennady Shpigun', 'Gennady Shpigun', P],
    ['Dagestan', 'Dagestan', L], // inside "Invasion of Dagestan"
    ['Vladimir Putin', 'Vladimir Putin', P],
    ['Duma', 'State Duma', O],
    ['Gennadiy Seleznyov', 'Gennadiy Seleznyov', P],
    ['Aslan Maskhadov', 'Aslan Maskhadov', P],
    ['Ryazan', 'Ryazan', L],
    ['Grozny', 'Grozny', L],
    ['FSB', FSB, O],
    ['Nikolay Patrushev', 'Nikolay Patrushev', P],
  ],
  event_dates: [
    { event: 'Russian apartment bombings (infobox 4–16 September 1999; "in September 1999")', date: '1999-09-04/1999-09-16' },
    { event: 'Kidnapping of Gennady Shpigun by Chechen rebels', date: '1999-03' },
    { event: 'Invasion of Dagestan', date: '1999-08' },
    { event: 'Bombing in Buynaksk', date: '1999-09-04' },
    { event: 'Bombing in Moscow (9 September)', date: '1999-09-09' },
    { event: 'Bombing in Moscow (13 September)', date: '1999-09-13' },
    { event: 'Seleznyov announces in the Duma a report of a bombing in Volgodonsk', date: '1999-09-13' },
    { event: 'Bombing in Volgodonsk', date: '1999-09-16' },
    { event: 'Device found and defused in an apartment block in Ryazan', date: '1999-09-22' },
    { event: 'Putin praises Ryazan inhabitants and orders the air bombing of Grozny; beginning of the Second Chechen War (the next day)', date: '1999-09-23' },
    { event: 'Patrushev announces the Ryazan incident was an anti-terror drill', date: '1999-09-24' },
  ],
  attributions: [
    { actor: 'Chechen rebels', action: 'kidnapped', target_or_event: 'Gennady Shpigun', according_to: WIKI },
    { actor: 'Chechen militants', action: 'blamed for', target_or_event: 'Russian apartment bombings', according_to: WIKI },
    { actor: 'Chechen militants', action: 'denied responsibility for', target_or_event: 'Russian apartment bombings', according_to: WIKI },
    { actor: 'Aslan Maskhadov', action: 'denied responsibility for', target_or_event: 'Russian apartment bombings', according_to: WIKI },
    { actor: 'Gennadiy Seleznyov', action: 'announced a report of a bombing (three days before it happened) in', target_or_event: 'Volgodonsk', according_to: WIKI },
    { actor: 'Vladimir Putin', action: 'ordered the air bombing of', target_or_event: 'Grozny', according_to: WIKI },
    { actor: 'three FSB agents', action: 'planted the devices at', target_or_event: 'Ryazan incident', according_to: WIKI },
    { actor: 'local police', action: 'arrested', target_or_event: 'three FSB agents', according_to: WIKI },
    { actor: FSB, action: 'announced the Ryazan incident had been an anti-terror drill (the device contained only sugar)', target_or_event: 'Ryazan incident', according_to: 'Nikolay Patrushev' },
    { actor: 'Nikolay Patrushev', action: 'head of', target_or_event: FSB, according_to: WIKI },
  ],
},
];
