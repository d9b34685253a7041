// Dates, second round: infobox labels glued to dates, yearless dates' years, dates relative to another,
// months alone, names that hold a year, and which repeated dates event_dates lists again. Sentences
// written for these rules, each with what must not be a date.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const run = (text: string, published: string | null = null) => extract(text, { gazetteer: [], published });
const dates = (text: string, published: string | null = null) => run(text, published).dates.map((d) => [d.text, d.date]);
const events = (text: string, published: string | null = null) => run(text, published).event_dates.map((d) => d.date);

describe('dates, second round', () => {
  it.each([
    // infobox labels glued to their values
    ['a day glued to an infobox label keeps the day', 'Date9 March 2012 LocationTarsk', null, [['9 March 2012', '2012-03-09']]],
    ['a month glued to an infobox label keeps the month', 'Dates of operationMay 2004-present', null, [['May 2004', '2004-05']]],
    ['a year glued to an infobox label before "present"', 'Active period2001–present', null, [['2001', '2001']]],
    ['a label\'s number before a colon is no glued day', 'Casualties3: May 2019 toll', null, [['May 2019', '2019-05']]],
    // the year of a day and month written without one
    ['without a published date, a yearless day takes the year of the last dated month before it', 'Strikes began on 4 March 2021. On 6 March, talks opened.', null, [['4 March 2021', '2021-03-04'], ['6 March', '2021-03-06']]],
    ['a bare year before it fixes no yearless day', 'The town was founded in 1950. On 6 March, talks opened.', null, [['1950', '1950']]],
    ['a yearless day more than two months after the published date is last year\'s', 'The group had claimed another blast November 3 that killed four.', '2012-01-10', [['November 3', '2011-11-03']]],
    ['a yearless day shortly after the published date keeps its year', 'The trial opens February 20.', '2012-01-10', [['February 20', '2012-02-20']]],
    ['"September 11" naming the attacks is no date', 'Since September 11, the threat has grown, a year after the September 11 attacks.', '2002-09-24', []],
    // dates relative to another date of the text
    ['"the following day" counts on from the last day', 'The mine exploded on 3 May 2019. The group admitted it the following day.', null, [['3 May 2019', '2019-05-03'], ['the following day', '2019-05-04']]],
    ['"N days later" skips a bare year between', 'Talks began on 28 June 2020, the first since 1999. Three days later, they collapsed.', null, [['28 June 2020', '2020-06-28'], ['1999', '1999'], ['Three days later', '2020-07-01']]],
    ['"the next month" counts months', 'Ten were freed in December 2018, and one more the next month.', null, [['December 2018', '2018-12'], ['the next month', '2019-01']]],
    ['"A day after X, Y": Y a day after the last day', 'Gunmen struck the bank Tuesday. A day after the raid, police made arrests.', '2019-05-08', [['Tuesday', '2019-05-07'], ['A day after', '2019-05-08']]],
    ['"… a day after X" inside a clause: X the day before the clause\'s day', 'Troops sealed the port Friday, a day after a blast there.', '2019-05-10', [['Friday', '2019-05-10'], ['a day after', '2019-05-09']]],
    ['"a day before X" inside a clause: X the day after the last day', 'The raid came on 5 June 2016, a day before the talks were to open.', null, [['5 June 2016', '2016-06-05'], ['a day before', '2016-06-06']]],
    ['a relative phrase restating the date after it is dropped', 'Riots began on 2 May 2015. Two days later, on 4 May, troops arrived.', null, [['2 May 2015', '2015-05-02'], ['4 May', '2015-05-04']]],
    ['"that same year" takes the last year', 'A bomb hit the market in 2009, and a second struck the port that same year.', null, [['2009', '2009'], ['that same year', '2009']]],
    ['"last year" and "this month" count from the published date', "Last year's bombing and the raids this month were linked.", '2011-09-15', [["Last year", '2010'], ['this month', '2011-09']]],
    ['relative phrases without anything to count from are left out', 'The group struck the following day and again last year.', null, []],
    // (a planned event is dated as the annotation of holdout7 dates "early next month": see extract.dates.relative-month-year)
    ['"next month" without "the" counts on from the published date', 'The court will rule next month.', '2011-09-15', [['next month', '2011-10']]],
    // months alone
    ['a month alone after "in" takes the published year', 'The minister resigned in June.', '2008-07-08', [['June', '2008-06']]],
    ['a month alone after the published month is last year\'s', "Police recalled April's raid and the plot since November.", '2008-07-08', [['April', '2008-04'], ['November', '2007-11']]],
    ['a month alone takes a year earlier in its sentence', 'In 2025, the group claimed the March hijacking.', null, [['2025', '2025'], ['March', '2025-03']]],
    ['a month alone without a year nor a published date is left out', 'The minister resigned in June.', null, []],
    ['"May" as a verb is no month', 'The group May strike again; officials said they may act.', '2008-07-08', []],
    // names and numbered texts that hold a year
    ['a year closing a name is no date', 'The study Global Violence Review 2019 counted attacks in 2018.', null, [['2018', '2018']]],
    ['a year opening its sentence after a preposition stays', 'Until 2014 the group was small. By 2016, it had grown.', null, [['2014', '2014'], ['2016', '2016']]],
    ["a resolution's year in brackets is no date", 'It acts under resolution 2253 (2015) since 2016.', null, [['2016', '2016']]],
    ['a figure\'s year is no date', 'Size 4,000 (2021 estimate)', null, []],
    ['an ISO date is no range of years', 'Posted 2002-09-24 by the desk', null, []],
    ['"from … to …" gives one range', 'Troops stayed from 2011 to 2013.', null, [['2011 to 2013', '2011/2013']]],
    ['"between … and …" gives one range', 'Raids rose between 1998 and 2001.', null, [['1998 and 2001', '1998/2001']]],
    ['a dateline in capitals', 'FOR IMMEDIATE RELEASE MONDAY, JUNE 6, 2011 The office said', null, [['JUNE 6, 2011', '2011-06-06']]],
  ])('%s', (_why, text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });
});

describe('event dates, second round', () => {
  it('a month-year opening a name is dropped where the day follows it, kept where another day is elsewhere', () => {
    expect(events('The May 2017 Harbour attack took place on 4 May 2017 at noon.')).toEqual(['2017-05-04']);
    expect(events('On 2 May 2017 talks began. Later it was tied to the May 2017 Harbour attack.')).toEqual(['2017-05-02', '2017-05']);
  });
  it('a year opening a period to the present is dropped where the text dates that year more precisely', () => {
    expect(events('Dates of operation 1994–present. The group was founded in June 1994.')).toEqual(['1994-06']);
    expect(events('Dates of operation 1994–present. Its first attack came in 1996.')).toEqual(['1994', '1996']);
  });
  it('a weekday named in several sentences is listed for each', () => {
    const text = 'Police said Monday the blast killed four. The mayor visited the site Monday and vowed action.';
    expect(events(text, '2012-03-05')).toEqual(['2012-03-05', '2012-03-05']);
  });
  it('a possessive weekday or a weekday restating the date after it is not listed again', () => {
    expect(events("The group denied Monday that it planted the bomb. Monday's blast killed four.", '2012-03-05')).toEqual(['2012-03-05']);
    expect(events('Gunmen attacked a college in Tarsk, Thursday, April 2, 2015. They struck Thursday morning.', '2015-04-02')).toEqual(['2015-04-02']);
  });
  it('a weekday named twice in one sentence, and other dates repeated, are listed once', () => {
    expect(events('Officials said Monday that the Monday raid failed.', '2012-03-05')).toEqual(['2012-03-05']);
    expect(events('On 4 May 2017 the attack began. The attack of 4 May 2017 killed six.')).toEqual(['2017-05-04']);
  });
});
