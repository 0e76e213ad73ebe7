import { describe, expect, it } from 'vitest';
import { withoutDateline } from '../../src/compare/dateline.js';
import { parseDateline } from '../../src/parse/rules/dateline.js';

const DATELINES: Array<[string, { place: string; agency: string | null; rest: string }]> = [
  ['LONDON (Reuters) - Shares fell on Monday.', { place: 'LONDON', agency: 'Reuters', rest: 'Shares fell on Monday.' }],
  ['WASHINGTON (AP) — The Senate voted.', { place: 'WASHINGTON', agency: 'AP', rest: 'The Senate voted.' }],
  ['BEIRUT, Lebanon (AP) — Rescuers searched.', { place: 'BEIRUT, Lebanon', agency: 'AP', rest: 'Rescuers searched.' }],
  ['CLEAR LAKE, Iowa, Dec 23 (Reuters) - Polls moved.', { place: 'CLEAR LAKE, Iowa', agency: 'Reuters', rest: 'Polls moved.' }],
  ['LONDON, March 2 (Reuters) - Shares fell.', { place: 'LONDON', agency: 'Reuters', rest: 'Shares fell.' }],
  ['Jeddah, Dec. 22 (AFP) - The final began.', { place: 'Jeddah', agency: 'AFP', rest: 'The final began.' }],
  [
    'NAPA COUNTY, Calif. (KGO) -- A plan was approved.',
    { place: 'NAPA COUNTY, Calif.', agency: null, rest: 'A plan was approved.' },
  ],
  ['SPRINGFIELD, Ill. — It was the dog.', { place: 'SPRINGFIELD, Ill.', agency: null, rest: 'It was the dog.' }],
  ['RIVERTON ― A hiker was found.', { place: 'RIVERTON', agency: null, rest: 'A hiker was found.' }],
  ['London (Reuters) - Shares fell.', { place: 'London', agency: 'Reuters', rest: 'Shares fell.' }],
  ['SEOUL, September 30 (Yonhap) - Talks resumed.', { place: 'SEOUL', agency: 'Yonhap', rest: 'Talks resumed.' }],
];

describe('parseDateline', () => {
  it.each(DATELINES)('%j', (text, expected) => expect(parseDateline(text)).toEqual(expected));

  it.each([
    'UK - The economy grew.',
    'London - the capital - is busy.',
    'The G7 ministers said — again — that peace matters.',
    'NASA announced five new companies.',
  ])('%j has no dateline', (text) => expect(parseDateline(text)).toBeNull());
});

describe('withoutDateline (how the comparison of copies reads a first paragraph)', () => {
  it.each(DATELINES)('%j loses the dateline the parser found', (text, { place, rest }) =>
    expect(withoutDateline(text, place)).toBe(rest),
  );

  it.each([
    ['a paragraph that does not open with the place', 'Shares fell in LONDON on Monday.', 'LONDON'],
    ['a place with no dash after it', 'LONDON is busy today.', 'LONDON'],
    ['a dateline from front matter only', 'Shares fell on Monday.', 'LONDON'],
    ['no dateline at all', 'LONDON (Reuters) - Shares fell.', null],
  ])('keeps %s as it is', (_, text, place) => expect(withoutDateline(text, place)).toBe(text));
});
