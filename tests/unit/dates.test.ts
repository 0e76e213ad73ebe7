import { describe, expect, it } from 'vitest';
import { displayDate, findDate, findDates, isoDate, numericOrder } from '../../src/parse/dates.js';
import { chooseDate, parseDateLine } from '../../src/parse/rules/date.js';

describe('isoDate (front matter)', () => {
  it.each([
    ['2023-04-18', '2023-04-18'],
    ['2024-02-29', '2024-02-29'],
    ['2023-04-18T09:30:00Z', '2023-04-18T09:30:00Z'],
    ['2023-04-18 09:30:00+01:00', '2023-04-18T09:30:00+01:00'],
    ['2024-02-30', null],
    ['2023-02-29', null],
    ['2023-13-01', null],
    ['2023-04-18T25:00', null],
    ['18 April 2023', null],
    ['yesterday', null],
  ])('%j -> %j', (text, expected) => {
    expect(isoDate(text)).toBe(expected);
  });
});

describe('findDate (text)', () => {
  it.each([
    ['Published: 18 April 2023', '2023-04-18'],
    ['Tuesday 18th Apr 2023, 09:30 BST', '2023-04-18'],
    ['April 18, 2023', '2023-04-18'],
    ['Sept. 3 2021', '2021-09-03'],
    ['2023-04-18T09:30:00Z', '2023-04-18'],
    ['18/04/2023', '2023-04-18'],
    ['04/18/2023', '2023-04-18'],
    ['2023/04/18', '2023-04-18'],
    // Two-digit years only where a clock time (or nothing) follows: a page's date stamp.
    ['by Jane Roe - 12/22/23 11:35 AM ET', '2023-12-22'],
    ['By Sam Lee • 05/26/22 4:20pm', '2022-05-26'],
    ['12/19/16', '2016-12-19'],
    ['11/30/98 9:00', '1998-11-30'],
    // A US time zone says the month comes first.
    ['9/8/2015 12:15 PM PT', '2015-09-08'],
    ['3/4/2021, 10:00 EST', '2021-03-04'],
    // Day-first dates in other languages.
    ['mardi 5 juin 2018', '2018-06-05'],
    ['Veröffentlicht am 12. März 2020', '2020-03-12'],
    ['5 de junio de 2018', '2018-06-05'],
    ['1er mai 2019', '2019-05-01'],
    ['30 aprile 2015', '2015-04-30'],
    ['12 mei 2021', '2021-05-12'],
  ])('%j -> %s', (text, iso) => {
    const found = findDate(text);
    expect(found !== null && found !== 'ambiguous' ? found.iso : found).toBe(iso);
  });

  it('refuses numeric dates that read both ways', () => {
    expect(findDate('04/05/2023')).toBe('ambiguous');
    expect(findDate('04/05/23 10:15')).toBe('ambiguous');
    expect(findDate('04/05/2023 10:15 BST')).toBe('ambiguous');
  });

  it('reads a foreign month name only in a whole date', () => {
    expect(findDate('the 2020 Mars rover landed')).toBeNull();
    expect(findDate('Mai 2019')).toBeNull();
  });

  it('does not read scores, fractions or versions with two digits as dates', () => {
    expect(findDate('The vote went 12/22/23 in favour of the plan')).toBeNull();
    expect(findDate('Release 1.2.23 fixes the bug')).toBeNull();
  });

  it('reads an ambiguous date the way the rest of the text writes its dates', () => {
    const page = '12/04/2020 by Kay\n\nA comment\n14/04/2020 at 3:00 pm';
    expect(numericOrder(page)).toBe('day-first');
    expect(numericOrder('04/14/2020 and 05/03/2021')).toBe('month-first');
    expect(numericOrder('14/04/2020 and 04/14/2020')).toBeNull();
    expect(numericOrder('no numeric dates, only 3/4 of a cup')).toBeNull();
    const found = findDate('12/04/2020 by Kay', numericOrder(page));
    expect(found !== null && found !== 'ambiguous' ? found.iso : found).toBe('2020-04-12');
  });

  it('finds every date on a line', () => {
    const all = findDates('Updated: Dec. 23, 2023 at 6:33 a.m. First Published: Dec. 18, 2023');
    expect(all.map((d) => d.iso)).toEqual(['2023-12-23', '2023-12-18']);
  });

  it('finds nothing in relative times or impossible days', () => {
    expect(findDate('3 hours ago')).toBeNull();
    expect(findDate('30 February 2023')).toBeNull();
  });
});

describe('date lines', () => {
  it.each([
    ['Published: 18 April 2023', { iso: '2023-04-18', kind: 'published' }],
    ['Last updated 09:30 BST, 19 April 2023', { iso: '2023-04-19', kind: 'updated' }],
    ['Tuesday 18 April 2023', { iso: '2023-04-18', kind: 'plain' }],
    ['It was 18 April 2023 when the storm hit the coast.', null],
    ['Story published on Oct 5, 2022.', { iso: '2022-10-05', kind: 'published' }],
    ['Issue Published: 7 April 2020', { iso: '2020-04-07', kind: 'published' }],
    ['PUBLISHED: March 12, 2024 at 6:10 a.m.', { iso: '2024-03-12', kind: 'published' }],
    ['It rained on Oct 5, 2022.', null],
    // Several dates on one line: each takes the label before it, and the published one wins.
    [
      'Last Updated: Dec. 23, 2023 at 6:33 a.m. ET First Published: Dec. 18, 2023 at 4:12 p.m. ET',
      { iso: '2023-12-18', kind: 'published' },
    ],
    [
      'PUBLISHED: December 22, 2023 at 1:52 p.m. | UPDATED: December 24, 2023 at 1:55 p.m.',
      { iso: '2023-12-22', kind: 'published' },
    ],
    ['Updated 24 May 2021, 3 May 2021', { iso: '2021-05-03', kind: 'plain' }],
    ['Publié le 30 avril 2015 à 18h01', { iso: '2015-04-30', kind: 'published' }],
    ['Mis à jour le 2 mai 2016', { iso: '2016-05-02', kind: 'updated' }],
    ['Veröffentlicht am 12. März 2020, 10:15 Uhr', { iso: '2020-03-12', kind: 'published' }],
    ['Il a été publié le 30 avril 2015 à Paris.', null],
  ])('%j', (text, expected) => {
    expect(parseDateLine(text)).toEqual(expected);
  });

  it('prefers the published date over an updated one', () => {
    expect(
      chooseDate([
        { iso: '2023-04-19', kind: 'updated', line: 2 },
        { iso: '2023-04-18', kind: 'published', line: 3 },
      ]),
    ).toBe('2023-04-18');
  });

  it('displays dates the same on any machine', () => {
    expect(displayDate('2023-04-18T23:30:00-05:00')).toBe('18 April 2023');
  });
});
