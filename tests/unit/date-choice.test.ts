import { describe, expect, it } from 'vitest';
import { DATE_FEATURES, chooseDateByModel, dateCandidates, readableDates } from '../../src/parse/date-choice.js';
import { toUnits } from '../../src/parse/lines.js';
import { locateByModel } from '../../src/parse/locate.js';
import { MODEL } from '../../src/parse/model/index.js';

const feature = (rows: Float64Array, candidate: number, name: (typeof DATE_FEATURES)[number]) =>
  rows[candidate * DATE_FEATURES.length + DATE_FEATURES.indexOf(name)];

describe('readableDates', () => {
  it('parts a date from the words a page dump ran into it', () => {
    expect(readableDates('March 3, 2021Updated: April 9, 2022')).toBe('March 3, 2021 Updated: April 9, 2022');
    expect(readableDates('GardeningMAY 14, 2019')).toBe('Gardening MAY 14, 2019');
    expect(readableDates('Posted4/11/2020')).toBe('Posted 4/11/2020');
    expect(readableDates('when9 Jan 2018')).toBe('when 9 Jan 2018');
  });

  it('writes numeric forms the date reader does not know as ones it does', () => {
    expect(readableDates('Issued: 07-23-2015')).toBe('Issued: 07/23/2015');
    expect(readableDates('Note - 2019.08.02 | essays')).toBe('Note - 2019/08/02 | essays');
    expect(readableDates('Printed 2.Feb.2011 in Vol 3')).toBe('Printed 2 Feb 2011 in Vol 3');
  });

  it('leaves other text alone', () => {
    for (const text of ['Ticket 12-40 to gate 7', 'Omar said 5 things', 'The 1990s were loud', 'version 3.10.2'])
      expect(readableDates(text)).toBe(text);
  });
});

/** A page of our own: a menu, a headline with its credit and date, the article, comments with later dates. */
const PAGE = [
  '  • Home',
  '  • Local',
  '  • Weather',
  '',
  'Ferry timetable changes for the winter months',
  '',
  'By Nell Okafor',
  'Published 11 October 2022 | Updated 14 October 2022',
  '',
  'The island ferry will run four times a day from November, down from six, the operator said on Tuesday, after a summer in which fewer cars crossed than in any year since the service began.',
  '',
  'The first boat will leave the harbour at seven in the morning and the last will return at half past six in the evening, which islanders said would make it hard to get back from late shifts on the mainland.',
  '',
  'The operator said the summer timetable would return in April, and that it would look again at the evening crossing if enough people asked for it at the meeting planned for next month.',
  '',
  '3 Comments',
  '',
  'Dora Quist',
  '19 October 2022 at 8:14 am',
  'The late boat was the only one I could use.',
  '',
  'Ben Ferris',
  '2 November 2022 at 6:40 pm',
  'Four a day is better than none.',
  '',
  '© 2022 Island Post',
].join('\n');

describe('dateCandidates', () => {
  it('reads every date the page prints, with its label and where it stands', () => {
    const units = toUnits(PAGE);
    const located = locateByModel(units);
    const { candidates, rows } = dateCandidates(units, located.odds, located, null);
    expect(candidates.map((c) => [c.iso, c.kind])).toEqual([
      ['2022-10-11', 'published'],
      ['2022-10-14', 'updated'],
      ['2022-10-19', 'plain'],
      ['2022-11-02', 'plain'],
    ]);
    expect(feature(rows, 0, 'earliest_on_line')).toBe(1);
    expect(feature(rows, 1, 'latest_on_line')).toBe(1);
    expect(feature(rows, 1, 'published_elsewhere')).toBe(1);
    expect(feature(rows, 3, 'latest')).toBe(1);
    expect(feature(rows, 2, 'stop_above')).toBe(1);
  });

  it('gives the article its published date, not the update or the comments', () => {
    const units = toUnits(PAGE);
    const located = locateByModel(units);
    expect(chooseDateByModel(units, located.odds, located, null, MODEL.date)?.date.iso).toBe('2022-10-11');
  });

  it('takes no date from a sentence of the text, unless it says the article was published then', () => {
    const withSentence = (sentence: string) => {
      const units = toUnits(PAGE.replace('Published 11 October 2022 | Updated 14 October 2022', sentence));
      const located = locateByModel(units);
      return dateCandidates(units, located.odds, located, null).candidates.map((c) => c.iso);
    };
    expect(
      withSentence('On 4 March 2021 the old ferry ran aground off the north point, and the service stopped for a month.'),
    ).not.toContain('2021-03-04');
    expect(
      withSentence('This story was first published on 11 October 2022 and has been updated as the timetable changed.'),
    ).toContain('2022-10-11');
    // A short line that ends with a full stop is no sentence of the text.
    expect(withSentence('Published: Oct. 11, 2022, 9:05 a.m.')).toContain('2022-10-11');
  });

  it('has no candidate on a page that prints no date', () => {
    const units = toUnits(PAGE.replace(/\d{4}/g, 'this year'));
    const located = locateByModel(units);
    expect(chooseDateByModel(units, located.odds, located, null, MODEL.date)).toBeNull();
  });
});
