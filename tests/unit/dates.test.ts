import { describe, expect, it } from 'vitest';
import { displayDate, findDate, isoDate } from '../../src/parse/dates.js';
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
  ])('%j -> %s', (text, iso) => {
    const found = findDate(text);
    expect(found !== null && found !== 'ambiguous' ? found.iso : found).toBe(iso);
  });

  it('refuses numeric dates that read both ways', () => {
    expect(findDate('04/05/2023')).toBe('ambiguous');
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
